// Lockup and the C2C market as users meet them in Polkadot.js Apps: a KYC-verified buyer buys
// CEC in test yuan and it arrives locked; a dev day (10 blocks) passes and the drip can be
// unlocked and spent; a long holder's transaction outranks a newcomer's in the pool; a listing
// the reference price has left behind is refused with its named error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { startDevNode, sendAndInclude, findEvent } from './lib/node.mjs';

const CEC = 10n ** 12n;
const TEST_CNY = 1;
const ALL = { trade: true, land: true, insurance: true, crowdfunding: true };
let node;
let api;
let alice; // Root, KYC provider, market maker
let bob; // never verified
let dave; // locked 1,000 CEC at genesis: the long holder
let eve; // seller
let ferdie; // buyer

before(async () => {
  node = await startDevNode();
  api = node.api;
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 3686 });
  [alice, bob, dave, eve, ferdie] =
    ['//Alice', '//Bob', '//Dave', '//Eve', '//Ferdie'].map((u) => keyring.addFromUri(u));
});

after(async () => {
  await node?.stop();
});

const lockupFreeze = async (who) => {
  const freezes = await api.query.balances.freezes(who.address);
  const f = freezes.find((x) => x.id.isLockup);
  return f ? f.amount.toBigInt() : 0n;
};
const cny = async (who) => {
  const acc = await api.query.settlementAssets.account(TEST_CNY, who.address);
  return acc.isSome ? acc.unwrap().balance.toBigInt() : 0n;
};
/** Locked and unlockable CEC of `who`, from storage as the pallet computes them. */
const lockState = async (who) => {
  const [rec, index, era] = await Promise.all([
    api.query.lockup.locks(who.address), api.query.lockup.index(), api.query.lockup.currentEra(),
  ]);
  const r = rec.unwrap();
  assert.equal(r.era.toNumber(), era.toNumber(), 'the dev chain stays in era 0');
  const base = r.base.toBigInt();
  const locked = (base * index.toBigInt()) / r.index.toBigInt();
  const unlockable = r.carried.toBigInt() + base - locked - r.released.toBigInt();
  return { locked, unlockable };
};
const waitForBlock = (n) => new Promise((resolve) => {
  let unsub;
  api.rpc.chain.subscribeNewHeads((h) => {
    if (h.number.toNumber() >= n) { unsub?.(); resolve(h); }
  }).then((u) => { unsub = u; });
});
const expectError = async (promise, name) => {
  await assert.rejects(promise, (e) => e.message.includes(name), `expected ${name}`);
};

test('set-up: Alice is a KYC provider and verifies Eve (seller) and Ferdie (buyer)', async () => {
  await sendAndInclude(api.tx.sudo.sudo(api.tx.kyc.appointProvider(alice.address, 'Dev KYC')), alice);
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  // Alice, the dev chain's market maker, also quotes CEC at 0.99/1.01 test yuan for the rest
  // of the run: the C2C market's reference price is her mid, 1.00.
  await sendAndInclude(api.tx.utility.batchAll([
    api.tx.kyc.issueClaim(eve.address, 1, ALL, head + 100_000, '0x' + 'e0'.repeat(32)),
    api.tx.kyc.issueClaim(ferdie.address, 1, ALL, head + 100_000, '0x' + 'f0'.repeat(32)),
    api.tx.marketMaker.postQuote(TEST_CNY, 99, 101, head + 10_000),
  ]), alice);
  const params = await api.query.lockup.params();
  assert.equal(params.dayLength.toNumber(), 10, 'the dev chain shortens the day');
  assert.equal(params.band.toNumber(), 20_000_000, '±2 %');
});

test('a KYC-verified buyer buys CEC on the C2C market in test yuan; it arrives locked', async () => {
  // Reference price 1.00 test yuan per CEC (Alice's mid): 1.01 is inside the band, 1.03 is not.
  await expectError(
    sendAndInclude(api.tx.lockup.list(TEST_CNY, 100n * CEC, 103), eve), 'lockup.PriceOutOfBand');
  const { events } = await sendAndInclude(api.tx.lockup.list(TEST_CNY, 100n * CEC, 101), eve);
  const listed = findEvent(events, 'lockup', 'Listed');
  const id = listed.data.id.toNumber();
  assert.equal((await api.query.lockup.listings(id)).unwrap().amount.toBigInt(), 100n * CEC);
  const [ferdieCny, eveCny, ferdieFreeze] = await Promise.all([cny(ferdie), cny(eve), lockupFreeze(ferdie)]);
  // Independent refusals, sent together.
  await Promise.all([
    expectError(sendAndInclude(api.tx.lockup.buy(id, 10n * CEC), bob), 'kyc.NoKyc'),
    expectError(sendAndInclude(api.tx.lockup.buy(id, 10n * CEC), eve), 'lockup.OwnListing'),
    expectError(sendAndInclude(api.tx.lockup.buy(id, 101n * CEC), ferdie), 'lockup.MoreThanListed'),
  ]);
  const bought = await sendAndInclude(api.tx.lockup.buy(id, 40n * CEC), ferdie);
  const ev = findEvent(bought.events, 'lockup', 'Bought');
  // 40 CEC × 1.01 = 40.40 yuan to Eve; the 1 % fee (0.41, rounded up) on top.
  assert.equal(ev.data.cost.toBigInt(), 4_040n);
  assert.equal(ev.data.fee.toBigInt(), 41n);
  assert.equal(await cny(eve), eveCny + 4_040n);
  assert.equal(await cny(ferdie), ferdieCny - 4_081n);
  assert.equal(await lockupFreeze(ferdie), ferdieFreeze + 40n * CEC, 'the bought CEC is frozen');
  const { locked } = await lockState(ferdie);
  assert.equal(locked, 40n * CEC, 'and locked, with power');
  assert.equal((await api.query.lockup.listings(id)).unwrap().amount.toBigInt(), 60n * CEC);
});

test('a day passes: the drip can be unlocked and transferred, no more', async () => {
  const day = (await api.query.lockup.currentDay()).toNumber();
  const start = (await api.query.lockup.dayStart()).toNumber();
  await waitForBlock(start + 10 + 1);
  assert.equal((await api.query.lockup.currentDay()).toNumber(), day + 1);
  const { locked, unlockable } = await lockState(ferdie);
  // Between 0.5 % and 1 % of the 40 CEC dripped.
  assert.ok(unlockable >= 40n * CEC / 200n && unlockable <= 40n * CEC / 100n, `${unlockable}`);
  assert.equal(locked + unlockable, 40n * CEC);
  await expectError(
    sendAndInclude(api.tx.lockup.unlock(unlockable + 1n), ferdie), 'lockup.InsufficientUnlockable');
  const freeze = await lockupFreeze(ferdie);
  await sendAndInclude(api.tx.lockup.unlock(unlockable), ferdie);
  assert.equal(await lockupFreeze(ferdie), freeze - unlockable);
  const before = (await api.query.system.account(bob.address)).data.free.toBigInt();
  await sendAndInclude(api.tx.balances.transferKeepAlive(bob.address, unlockable), ferdie);
  assert.equal((await api.query.system.account(bob.address)).data.free.toBigInt(), before + unlockable);
});

test("a long holder's transaction outranks a newcomer's in the pool", async () => {
  // Eve locks as much as Dave, now; Dave has held his 1,000 CEC since genesis.
  await sendAndInclude(api.tx.lockup.lock(1_000n * CEC), eve);
  const head = await api.rpc.chain.getHeader();
  const priority = async (who) => {
    const tx = api.tx.system.remark('0x01');
    await tx.signAsync(who, { nonce: -1 });
    // The runtime API's metadata types the extrinsic as `SpRuntimeUncheckedExtrinsic`, which
    // @polkadot/api 16 encodes as bytes: pass the extrinsic's own encoding (`toU8a()`, with
    // its length prefix); an `Extrinsic` object or its hex would be prefixed twice.
    const v = await api.call.taggedTransactionQueue.validateTransaction('External', tx.toU8a(), head.hash);
    assert.ok(v.isOk, v.toString());
    return v.asOk.priority.toBigInt();
  };
  const [long, newcomer] = await Promise.all([priority(dave), priority(eve)]);
  // Validation runs as if in the next block; Dave's coin-days count from block 0.
  const days = BigInt(Math.floor((head.number.toNumber() + 1) / 10));
  assert.ok(days >= 1n);
  assert.equal(long - newcomer, days * 1_000_000n, 'one million a day held');
});

test('a listing the reference price has left behind is refused as stale; anyone may cancel it', async () => {
  // The maker moves its quote to 1.03/1.05: the mid, 1.04, leaves 1.01 3 % off.
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  await sendAndInclude(api.tx.marketMaker.postQuote(TEST_CNY, 103, 105, head + 10_000), alice);
  await expectError(sendAndInclude(api.tx.lockup.buy(0, 10n * CEC), ferdie), 'lockup.StaleListing');
  const { events } = await sendAndInclude(api.tx.lockup.cancel(0), bob);
  assert.equal(findEvent(events, 'lockup', 'ListingCancelled').data.by.toString(), bob.address);
  assert.ok((await api.query.lockup.listings(0)).isNone);
  assert.equal(await lockupFreeze(eve), 1_000n * CEC, "only Eve's own lock is left frozen");
});
