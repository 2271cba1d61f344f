// Trade with escrow as users meet it in Polkadot.js Apps: KYC → list → accept → fund → deliver →
// confirm → rate, and a dispute ruled 70/30 by an arbiter, with balances checked at every step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aConcat } from '@polkadot/util';
import { encodeAddress } from '@polkadot/util-crypto';
import { startDevNode, sendAndInclude, findEvent } from './lib/node.mjs';

const CEC = 10n ** 12n;
const CNY = { WithId: 1 }; // the dev chain's test yuan, 2 decimals
const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const EVIDENCE = 'QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG';
// A KYC scope is a struct of named flags: Apps shows one checkbox per use.
const TRADE_AND_LAND = { trade: true, land: true, insurance: false, crowdfunding: false };
let node;
let api;
let alice; // Root, KYC provider, witness, and the test-yuan issuer of the dev chain
let bob; // forest owner, seller
let charlie; // buyer
let dave; // arbiter
let ferdie; // never verified
// The escrow's account, PalletId(*b"cec/escr"): a funded contract's CEC waits here (CEC can
// carry freezes, so it is paid in rather than held on the buyer; test yuan is held).
const ESCROW = encodeAddress(u8aConcat(stringToU8a('modlcec/escr'), new Uint8Array(20)), 3686);

before(async () => {
  node = await startDevNode();
  api = node.api;
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 3686 });
  [alice, bob, charlie, dave, ferdie] =
    ['//Alice', '//Bob', '//Charlie', '//Dave', '//Ferdie'].map((u) => keyring.addFromUri(u));
});

after(async () => {
  await node?.stop();
});

const cny = async (who) => {
  const acc = await api.query.settlementAssets.account(1, who.address);
  return acc.isSome ? acc.unwrap().balance.toBigInt() : 0n;
};
const cec = async (who) => (await api.query.system.account(who.address)).data.free.toBigInt();
const blockNumber = async (hash) => (await api.rpc.chain.getHeader(hash)).number.toNumber();

test('set-up: KYC provider and claims, a witnessed parcel of Bob with two trees, funds for the others', async () => {
  const survey = (i) => ({
    species: 2,
    position: { lat: 261_000_000 + i, lon: 1_193_000_000 },
    heightCm: 1_500, crownCm: 500, trunkMm: 280, planted: 2012, origin: 'Planted',
  });
  await Promise.all([
    sendAndInclude(api.tx.sudo.sudo(api.tx.utility.batchAll([
      api.tx.kyc.appointProvider(alice.address, 'Dev KYC'),
      api.tx.forestry.appointWitness(alice.address, 'FJ-WIT-0001', 'CN-35'),
      api.tx.escrow.setArbiters([dave.address]),
    ])), alice),
    sendAndInclude(api.tx.forestry.registerParcel({
      region: 'CN-350481', areaM2: 186_000, boundaryCid: CID,
      boundaryHash: '0x' + '11'.repeat(32), certificateCid: EVIDENCE,
    }), bob),
  ]);
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  const expires = head + 100_000;
  // Charlie sits on the dev council, so it already holds test yuan from genesis.
  const charlieCny = await cny(charlie);
  await sendAndInclude(api.tx.utility.batchAll([
    api.tx.forestry.attestParcel(0),
    api.tx.forestry.registerTrees(0, [survey(0), survey(1)]),
    api.tx.kyc.issueClaim(bob.address, 1, TRADE_AND_LAND, expires, '0x' + 'b0'.repeat(32)),
    api.tx.kyc.issueClaim(charlie.address, 1, TRADE_AND_LAND, expires, '0x' + 'c0'.repeat(32)),
    api.tx.balances.transferKeepAlive(charlie.address, 1_000n * CEC),
    api.tx.balances.transferKeepAlive(dave.address, 10n * CEC),
    api.tx.balances.transferKeepAlive(ferdie.address, 10n * CEC),
    api.tx.settlementAssets.transfer(1, charlie.address, 1_000_000n),
  ]), alice);
  assert.equal(await cny(charlie), charlieCny + 1_000_000n);
  assert.equal((await api.query.forestry.parcels(0)).unwrap().trees.toNumber(), 2);
});

test('happy path: list, accept, fund, deliver, confirm, rate — the seller gets 100 %, the fee comes on top', async () => {
  const price = 50_000n; // 500.00 CNY
  const fee = 500n; // 1 %
  const listed = await sendAndInclude(
    api.tx.escrow.list({ Tree: { parcel: 0, index: 0 } }, CNY, price, '0x' + '33'.repeat(32), 100),
    bob,
  );
  const listing = findEvent(listed.events, 'escrow', 'Listed').data.listing.toNumber();

  // No KYC, no trade.
  await assert.rejects(sendAndInclude(api.tx.escrow.accept(listing), ferdie), /kyc\.NoKyc/);
  // Nothing is revealed before both have signed.
  assert.ok((await api.query.kyc.grants(bob.address, charlie.address)).isNone);

  const accepted = await sendAndInclude(api.tx.escrow.accept(listing), charlie);
  const created = findEvent(accepted.events, 'escrow', 'ContractCreated').data;
  const contract = created.contract.toNumber();
  assert.equal(created.fee.toBigInt(), fee);
  assert.equal(created.fundBy.toNumber() - (await blockNumber(accepted.blockHash)), 14_400, 'one day to pay');
  assert.ok((await api.query.kyc.grants(bob.address, charlie.address)).isSome);
  assert.ok((await api.query.kyc.grants(charlie.address, bob.address)).isSome);
  assert.ok((await api.query.kyc.grants(bob.address, dave.address)).isNone, 'no third party');
  assert.equal(
    (await api.query.forestry.trees(0, 0)).unwrap().lockedBy.unwrap().asTrade.toNumber(),
    contract,
  );

  const before = { bob: await cny(bob), charlie: await cny(charlie) };
  await sendAndInclude(api.tx.escrow.fund(contract), charlie);
  assert.equal(await cny(charlie), before.charlie - price - fee);
  assert.equal(
    (await api.query.settlementHolds.balancesOnHold(1, charlie.address)).unwrap().toBigInt(),
    price + fee,
    'held, not transferred',
  );
  const [view, lapsed] = (await api.call.escrowApi.contract(contract)).unwrap();
  assert.ok(view.state.isFunded && lapsed.isFalse);

  await sendAndInclude(api.tx.escrow.confirmDelivery(contract, CID), bob);
  await assert.rejects(sendAndInclude(api.tx.escrow.confirmDelivery(contract, CID), bob), /escrow\.AlreadyDelivered/);
  const done = await sendAndInclude(api.tx.escrow.confirmReceipt(contract), charlie);
  const completed = findEvent(done.events, 'escrow', 'Completed').data;
  assert.equal(completed.toSeller.toBigInt(), price);
  assert.equal(completed.fee.toBigInt(), fee);
  assert.equal(await cny(bob), before.bob + price, '100 % of the price');
  assert.equal(await cny(charlie), before.charlie - price - fee);
  // The fee is platform revenue: paid into the revenue account and noted for the day's dividend
  // (a day close may already have moved part of the account's yuan on to buy-back).
  const noted = done.events
    .map(({ event }) => event)
    .filter((e) => api.events.dividends.RevenueNoted.is(e) && e.data.asset.isWithId);
  assert.equal(noted.length, 1);
  assert.equal(noted[0].data.asset.asWithId.toNumber(), 1);
  assert.equal(noted[0].data.amount.toBigInt(), fee, 'the fee goes to the platform');
  assert.equal(
    (await api.query.settlementHolds.balancesOnHold(1, charlie.address)).unwrapOr(0).toString(),
    '0',
  );
  const tree = (await api.query.forestry.trees(0, 0)).unwrap();
  assert.equal(tree.owner.unwrap().toString(), charlie.address, 'the tree changed owner');
  assert.ok(tree.lockedBy.isNone);

  await Promise.all([
    sendAndInclude(api.tx.escrow.rate(contract, 5, CID), charlie),
    sendAndInclude(api.tx.escrow.rate(contract, 4, null), bob),
  ]);
  await assert.rejects(sendAndInclude(api.tx.escrow.rate(contract, 1, null), charlie), /escrow\.AlreadyRated/);
  const rep = await api.call.escrowApi.reputation(bob.address);
  assert.equal(rep.count.toNumber(), 1);
  assert.equal(rep.total.toNumber(), 5);
});

test('dispute path: frozen, then the arbiter rules 70 % to the buyer and 30 % to the seller', async () => {
  const price = 100n * CEC;
  const fee = CEC;
  const listed = await sendAndInclude(
    api.tx.escrow.list({ Tree: { parcel: 0, index: 1 } }, 'Native', price, '0x' + '44'.repeat(32), 100),
    bob,
  );
  const listing = findEvent(listed.events, 'escrow', 'Listed').data.listing.toNumber();
  // Charlie still holds the happy path's contract and review deposits (until pruning).
  const heldBefore = (await api.query.balances.holds(charlie.address))
    .filter((h) => JSON.stringify(h.id.toJSON()) === JSON.stringify({ escrow: 'StorageDeposit' }))
    .reduce((sum, h) => sum + h.amount.toBigInt(), 0n);
  const accepted = await sendAndInclude(api.tx.escrow.accept(listing), charlie);
  const contract = findEvent(accepted.events, 'escrow', 'ContractCreated').data.contract.toNumber();
  const escrowBefore = await cec({ address: ESCROW });
  await sendAndInclude(api.tx.escrow.fund(contract), charlie);
  const deposits = {
    listing: api.consts.escrow.listingDeposit.toBigInt(),
    contract: api.consts.escrow.contractDeposit.toBigInt(),
    evidence: api.consts.escrow.evidenceDeposit.toBigInt(),
  };
  const holdsOf = async (who) => Object.fromEntries(
    (await api.query.balances.holds(who.address)).map((h) => [JSON.stringify(h.id.toJSON()), h.amount.toBigInt()]),
  );
  const escrowHold = JSON.stringify({ escrow: 'Escrow' });
  const depositHold = JSON.stringify({ escrow: 'StorageDeposit' });
  const holds = await holdsOf(charlie);
  assert.equal(holds[escrowHold], undefined, 'CEC is not held on the buyer');
  assert.equal(await cec({ address: ESCROW }), escrowBefore + price + fee, "paid into the escrow's account");
  assert.equal(holds[depositHold], heldBefore + deposits.contract, "the buyer's contract deposit");

  const opened = await sendAndInclude(api.tx.escrow.openDispute(contract, EVIDENCE), charlie);
  const dispute = findEvent(opened.events, 'escrow', 'DisputeOpened').data;
  assert.equal(dispute.arbiter.unwrap().toString(), dave.address);
  // Frozen: neither side can settle or cancel, strangers cannot rule.
  await Promise.all([
    assert.rejects(sendAndInclude(api.tx.escrow.confirmReceipt(contract), charlie), /escrow\.InDispute/),
    assert.rejects(sendAndInclude(api.tx.escrow.cancel(contract), bob), /escrow\.InDispute/),
    assert.rejects(sendAndInclude(api.tx.escrow.rule(contract, 70, true), ferdie), /escrow\.NotArbiter/),
  ]);
  await sendAndInclude(api.tx.escrow.addEvidence(contract, CID), bob);

  const bobBefore = await cec(bob);
  const charlieBefore = await cec(charlie);
  const ruled = await sendAndInclude(api.tx.escrow.rule(contract, 70, false), dave);
  const r = findEvent(ruled.events, 'escrow', 'Ruled').data;
  assert.equal(r.toBuyer.toBigInt(), 70n * CEC);
  assert.equal(r.toSeller.toBigInt(), 30n * CEC);
  assert.equal(r.fee.toBigInt(), fee);
  // Each side also gets its evidence deposit back, the seller its listing deposit.
  assert.equal(await cec(bob), bobBefore + 30n * CEC + deposits.listing + deposits.evidence, 'the seller gets its 30 %');
  assert.equal(await cec(charlie), charlieBefore + 70n * CEC + deposits.evidence, 'the buyer gets its 70 % back');
  assert.deepEqual(
    await holdsOf(charlie),
    { [depositHold]: heldBefore + deposits.contract },
    'no escrow hold left; only the contract deposits stay, until pruning',
  );
  assert.equal(await cec({ address: ESCROW }), escrowBefore, 'nothing of it left in escrow');
  const tree = (await api.query.forestry.trees(0, 1)).unwrap();
  assert.ok(tree.owner.isNone, 'the tree stays with the parcel owner, Bob');
  assert.ok(tree.lockedBy.isNone);
  await sendAndInclude(api.tx.escrow.rate(contract, 2, null), charlie);
  assert.equal((await api.call.escrowApi.reputation(bob.address)).count.toNumber(), 2);
});
