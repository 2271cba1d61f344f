// The market maker as users meet it over JSON-RPC with @polkadot/api and no custom types: an
// account that never held CEC gets test yuan minted by Alice (the dev chain's maker) against a
// bank reference, pays every transaction fee in yuan (signing with `assetId`, the yuan's XCM
// location), passes KYC and buys CEC that arrives locked; the pool refuses a fee no maker can
// convert without charging anyone; a payout burns; each asset's supply stays minted − burned.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { blake2AsHex } from '@polkadot/util-crypto';
import { startDevNode, sendAndInclude, findEvent } from './lib/node.mjs';

const CEC = 10n ** 12n;
const TEST_CNY = 1;
const ALL = { trade: true, land: true, insurance: true, crowdfunding: true };
let node;
let api;
let alice; // Root, market maker of the test yuan, KYC provider
let user; // a fresh account: never holds CEC
let yuanLocation; // how a transaction names the yuan to pay its fee in it

before(async () => {
  node = await startDevNode();
  api = node.api;
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 3686 });
  alice = keyring.addFromUri('//Alice');
  user = keyring.addFromUri('//YuanOnlyUser');
  // `SettlementAssets` is pallet 51; the yuan is its asset 1 (as Asset Hub names its assets).
  const pallet = api.runtimeMetadata.asLatest.pallets
    .find((p) => p.name.toString() === 'SettlementAssets').index.toNumber();
  yuanLocation = { parents: 0, interior: { X2: [{ PalletInstance: pallet }, { GeneralIndex: TEST_CNY }] } };
});

after(async () => {
  await node?.stop();
});

const cny = async (who) => {
  const acc = await api.query.settlementAssets.account(TEST_CNY, who.address);
  return acc.isSome ? acc.unwrap().balance.toBigInt() : 0n;
};
const cec = async (who) => {
  const { data } = await api.query.system.account(who.address);
  return data.free.toBigInt() + data.reserved.toBigInt();
};
const inventory = async (who) => {
  const holds = await api.query.balances.holds(who.address);
  const h = holds.find((x) => x.id.isMarketMaker && x.id.asMarketMaker.isInventory);
  return h ? h.amount.toBigInt() : 0n;
};
const ledger = async () => {
  const [l, asset] = await Promise.all([
    api.query.marketMaker.ledgers(TEST_CNY), api.query.settlementAssets.asset(TEST_CNY),
  ]);
  return { minted: l.minted.toBigInt(), burned: l.burned.toBigInt(), supply: asset.unwrap().supply.toBigInt() };
};

test('a maker mints test yuan against a bank reference, once', async () => {
  const reference = blake2AsHex('ICBC-2026-12-07-000123');
  const before = await ledger();
  assert.equal(before.supply, before.minted - before.burned);
  const { events } = await sendAndInclude(
    api.tx.marketMaker.mint(TEST_CNY, user.address, 100_000n, reference), alice);
  assert.equal(findEvent(events, 'marketMaker', 'Minted').data.reference.toHex(), reference);
  assert.equal(await cny(user), 100_000n, '1,000.00 yuan');
  assert.equal(await cec(user), 0n);
  await assert.rejects(
    sendAndInclude(api.tx.marketMaker.mint(TEST_CNY, user.address, 1n, reference), alice),
    /marketMaker\.DuplicateReference/);
  await assert.rejects(
    sendAndInclude(api.tx.marketMaker.mint(TEST_CNY, user.address, 1n, '0x' + '00'.repeat(32)), alice),
    /marketMaker\.MissingReference/);
  // pallet-assets' own mint is closed to everyone, the issuer role included.
  await assert.rejects(
    sendAndInclude(api.tx.settlementAssets.mint(TEST_CNY, user.address, 1n), alice),
    /system\.CallFiltered/);
  const after = await ledger();
  assert.equal(after.minted, before.minted + 100_000n);
  assert.equal(after.supply, after.minted - after.burned);
});

test('without a live quote the pool refuses a fee in yuan and charges nobody', async () => {
  await assert.rejects(
    sendAndInclude(api.tx.system.remark('0x01'), user, { assetId: yuanLocation }),
    (e) => /1010/.test(e.message) && /Custom error: 1/.test(e.message),
    'Invalid Transaction: Custom error: 1 (no maker can convert)');
  assert.equal(await cny(user), 100_000n);
});

test('every fee of a yuan-only account is paid in yuan; the maker pays the chain in CEC', async () => {
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  await sendAndInclude(api.tx.marketMaker.postQuote(TEST_CNY, 99, 101, head + 10_000), alice);
  const [yuanBefore, aliceYuan, inv] = await Promise.all([cny(user), cny(alice), inventory(alice)]);
  const { events } = await sendAndInclude(api.tx.system.remark('0x' + '42'.repeat(64)), user, { assetId: yuanLocation });
  const paid = findEvent(events, 'assetTxPayment', 'AssetTxFeePaid').data;
  const converted = findEvent(events, 'marketMaker', 'FeeConverted').data;
  assert.equal(paid.who.toString(), user.address);
  assert.equal(paid.actualFee.toBigInt(), converted.cost.toBigInt());
  assert.ok(converted.fee.toBigInt() > 0n);
  assert.equal(converted.maker.toString(), alice.address);
  // The fee at Alice's ask of 1.01 yuan a CEC, rounded up to whole fen.
  const expected = (converted.fee.toBigInt() * 101n + CEC - 1n) / CEC;
  assert.equal(converted.cost.toBigInt(), expected > 0n ? expected : 1n);
  assert.equal(await cny(user), yuanBefore - converted.cost.toBigInt());
  // Alice may be this block's author (20 % of the fee comes back to her), so compare the hold.
  assert.equal(await inventory(alice), inv - converted.fee.toBigInt(), 'the inventory paid exactly the fee');
  assert.equal(await cny(alice), aliceYuan + converted.cost.toBigInt());
  assert.equal(await cec(user), 0n, 'the user never held CEC');
});

test('the yuan-only account passes KYC and buys CEC from the maker; it arrives locked', async () => {
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  await sendAndInclude(api.tx.sudo.sudo(api.tx.kyc.appointProvider(alice.address, 'Dev KYC')), alice);
  await sendAndInclude(api.tx.kyc.issueClaim(user.address, 1, ALL, head + 100_000, '0x' + 'a1'.repeat(32)), alice);
  await assert.rejects(
    sendAndInclude(api.tx.marketMaker.buyCec(alice.address, TEST_CNY, 10n * CEC, 100), user, { assetId: yuanLocation }),
    /marketMaker\.PriceAboveLimit/);
  const before = await cny(user);
  const { events } = await sendAndInclude(
    api.tx.marketMaker.buyCec(alice.address, TEST_CNY, 10n * CEC, 101), user, { assetId: yuanLocation });
  const bought = findEvent(events, 'marketMaker', 'CecBought').data;
  assert.equal(bought.cost.toBigInt(), 1_010n, '10 CEC at 1.01');
  const fee = findEvent(events, 'assetTxPayment', 'AssetTxFeePaid').data.actualFee.toBigInt();
  assert.equal(await cny(user), before - 1_010n - fee);
  const lock = await api.query.lockup.locks(user.address);
  assert.ok(lock.isSome, 'a lock record');
  assert.equal(lock.unwrap().base.toBigInt(), 10n * CEC, 'the CEC bought is locked');
});

test('a payout: the user hands yuan back and the maker burns it against the payout reference', async () => {
  await sendAndInclude(api.tx.settlementAssets.transferKeepAlive(TEST_CNY, alice.address, 5_000n), user, { assetId: yuanLocation });
  const before = await ledger();
  const payout = blake2AsHex('ICBC-PAYOUT-2026-12-07-000045');
  await assert.rejects(
    sendAndInclude(api.tx.marketMaker.burn(TEST_CNY, 10n ** 30n, payout), alice), /marketMaker\.BurnExceedsBalance/);
  await sendAndInclude(api.tx.marketMaker.burn(TEST_CNY, 5_000n, payout), alice);
  const after = await ledger();
  assert.equal(after.burned, before.burned + 5_000n);
  assert.equal(after.supply, before.supply - 5_000n);
  assert.equal(after.supply, after.minted - after.burned, 'supply = minted − burned');
});
