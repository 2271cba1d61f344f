// A trade in fiat end to end, as users meet it over JSON-RPC with @polkadot/api and no custom
// types: an account that never holds CEC gets test yuan minted by the dev market maker (Alice)
// against a bank reference, passes KYC and buys Bob's registered tree through escrow, paying
// every transaction fee and every deposit in yuan (signing with `assetId`, the yuan's XCM
// location). Afterwards Bob holds 100 % of the price, the maker's CEC inventory fell by exactly
// the fees it paid the chain for the buyer, and at the day close the trade's fee in yuan was sold
// to the maker for CEC and reached the dividend pool.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { blake2AsHex } from '@polkadot/util-crypto';
import {
  startDevNode, sendAndInclude, findEvent, dividendDay, waitForDividendDay,
} from './lib/node.mjs';

const CEC = 10n ** 12n;
const TEST_CNY = 1;
const CNY = { WithId: TEST_CNY };
const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const EVIDENCE = 'QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG';
const ALL = { trade: true, land: true, insurance: true, crowdfunding: true };
const PRICE = 50_000n; // 500.00 yuan
const MINTED = 100_000n; // 1,000.00 yuan
let node;
let api;
let alice; // Root, witness, KYC provider, market maker of the test yuan
let bob; // forest owner, seller
let buyer; // a fresh account: only ever holds test yuan
let yuanLocation;

before(async () => {
  node = await startDevNode();
  api = node.api;
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 3686 });
  [alice, bob, buyer] = ['//Alice', '//Bob', '//FiatTreeBuyer'].map((u) => keyring.addFromUri(u));
  const pallet = api.runtimeMetadata.asLatest.pallets
    .find((p) => p.name.toString() === 'SettlementAssets').index.toNumber();
  yuanLocation = { parents: 0, interior: { X2: [{ PalletInstance: pallet }, { GeneralIndex: TEST_CNY }] } };
});

after(async () => {
  await node?.stop();
});

const cny = async (who, at) => {
  const acc = await (at ? await api.at(at) : api).query.settlementAssets.account(TEST_CNY, who.address);
  return acc.isSome ? acc.unwrap().balance.toBigInt() : 0n;
};
const cec = async (who) => {
  const { data } = await api.query.system.account(who.address);
  return data.free.toBigInt() + data.reserved.toBigInt();
};
const inventory = async (who, at) => {
  const holds = await (await api.at(at)).query.balances.holds(who.address);
  const h = holds.find((x) => x.id.isMarketMaker && x.id.asMarketMaker.isInventory);
  return h ? h.amount.toBigInt() : 0n;
};
const today = (at) => dividendDay(api, at);
const waitForDay = (day) => waitForDividendDay(api, day);

// What the maker's inventory paid the chain for the buyer, and the yuan the buyer paid for it.
const feesPaid = { cec: 0n, yuan: 0n };
/** The buyer signs `tx` paying its fee in yuan; the fee's conversion is added to `feesPaid`. */
const asBuyer = async (tx) => {
  const r = await sendAndInclude(tx, buyer, { assetId: yuanLocation });
  const paid = findEvent(r.events, 'assetTxPayment', 'AssetTxFeePaid').data;
  const converted = findEvent(r.events, 'marketMaker', 'FeeConverted').data;
  assert.equal(paid.who.toString(), buyer.address);
  assert.equal(converted.who.toString(), buyer.address);
  assert.equal(converted.maker.toString(), alice.address);
  assert.equal(paid.actualFee.toBigInt(), converted.cost.toBigInt());
  feesPaid.cec += converted.fee.toBigInt();
  feesPaid.yuan += converted.cost.toBigInt();
  return r;
};

let listing;
let contract;
let bobBefore;
let inventoryBefore;
let receiptBlock;

test('set-up: a witnessed tree of Bob, a live quote, yuan minted to the buyer, who passes KYC', async () => {
  await Promise.all([
    sendAndInclude(api.tx.sudo.sudo(api.tx.utility.batchAll([
      api.tx.kyc.appointProvider(alice.address, 'Dev KYC'),
      api.tx.forestry.appointWitness(alice.address, 'FJ-WIT-0001', 'CN-35'),
    ])), alice),
    sendAndInclude(api.tx.forestry.registerParcel({
      region: 'CN-350481', areaM2: 186_000, boundaryCid: CID,
      boundaryHash: '0x' + '11'.repeat(32), certificateCid: EVIDENCE,
    }), bob),
  ]);
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  const expires = head + 100_000;
  await sendAndInclude(api.tx.utility.batchAll([
    api.tx.forestry.attestParcel(0),
    api.tx.forestry.registerTrees(0, [{
      species: 2, position: { lat: 261_000_000, lon: 1_193_000_000 },
      heightCm: 1_500, crownCm: 500, trunkMm: 280, planted: 2012, origin: 'Planted',
    }]),
    api.tx.kyc.issueClaim(bob.address, 1, ALL, expires, '0x' + 'b0'.repeat(32)),
    api.tx.kyc.issueClaim(buyer.address, 1, ALL, expires, '0x' + 'f1'.repeat(32)),
    // Alice quotes 0.99/1.01 yuan a CEC: the reference price is 1.00.
    api.tx.marketMaker.postQuote(TEST_CNY, 99, 101, head + 10_000),
    // Bank deposits: 1,000 yuan for the buyer, 10 yuan for Bob's listing deposit.
    api.tx.marketMaker.mint(TEST_CNY, buyer.address, MINTED, blake2AsHex('ICBC-2026-12-07-000777')),
    api.tx.marketMaker.mint(TEST_CNY, bob.address, 1_000n, blake2AsHex('ICBC-2026-12-07-000778')),
  ]), alice);
  assert.equal(await cny(buyer), MINTED);
  assert.equal(await cec(buyer), 0n, 'the buyer never held CEC');
  assert.ok((await api.query.kyc.claims(buyer.address)).isSome, 'KYC-verified');
});

test('the yuan-only buyer accepts, pays and confirms a tree priced in yuan; every fee and deposit is yuan', async () => {
  bobBefore = await cny(bob);
  const listed = await sendAndInclude(
    api.tx.escrow.list({ Tree: { parcel: 0, index: 0 } }, CNY, PRICE, '0x' + '33'.repeat(32), 100), bob);
  listing = findEvent(listed.events, 'escrow', 'Listed').data.listing.toNumber();
  const listingDeposit = (await api.query.escrow.listings(listing)).unwrap();
  assert.ok(listingDeposit.depositRate.isSome, 'Bob\'s listing deposit is held in yuan too');

  inventoryBefore = await inventory(alice, listed.blockHash);
  const accepted = await asBuyer(api.tx.escrow.accept(listing));
  const created = findEvent(accepted.events, 'escrow', 'ContractCreated').data;
  contract = created.contract.toNumber();
  const fee = created.fee.toBigInt();
  assert.equal(fee, PRICE / 100n, 'a 1 % fee on top');
  const c = (await api.query.escrow.contracts(contract)).unwrap();
  // The contract deposit is the CEC deposit's worth in yuan at the reference price (1.00).
  assert.equal(c.depositRate.unwrap().toBigInt(), 100n);
  const deposit = c.deposit.toBigInt();
  assert.ok(deposit > 0n);

  await asBuyer(api.tx.escrow.fund(contract));
  assert.equal(
    (await api.query.settlementHolds.balancesOnHold(TEST_CNY, buyer.address)).unwrap().toBigInt(),
    PRICE + fee + deposit, 'price, fee and deposit held on the buyer, in yuan');
  await sendAndInclude(api.tx.escrow.confirmDelivery(contract, CID), bob);
  const done = await asBuyer(api.tx.escrow.confirmReceipt(contract));
  const completed = findEvent(done.events, 'escrow', 'Completed').data;
  assert.equal(completed.toSeller.toBigInt(), PRICE);
  assert.equal(completed.fee.toBigInt(), fee);
  const noted = done.events.map(({ event }) => event)
    .find((e) => api.events.dividends.RevenueNoted.is(e) && e.data.asset.isWithId);
  assert.equal(noted.data.amount.toBigInt(), fee, 'the fee is the day\'s revenue');

  // Bob got 100 % of the price (his listing deposit is back).
  assert.equal(await cny(bob), bobBefore + PRICE);
  // The buyer paid price, fee and its fees in yuan; its deposit stays held until the contract
  // is pruned; it owns the tree; it never held CEC.
  assert.equal(await cny(buyer), MINTED - PRICE - fee - deposit - feesPaid.yuan);
  assert.equal((await api.query.forestry.trees(0, 0)).unwrap().owner.unwrap().toString(), buyer.address);
  assert.equal(await cec(buyer), 0n, 'the buyer never held CEC');
  // The maker's inventory paid the chain exactly the fees of the buyer's three transactions
  // (read at the receipt's block: the next day close takes its own share of the inventory).
  assert.ok(feesPaid.cec > 0n);
  assert.equal(await inventory(alice, done.blockHash), inventoryBefore - feesPaid.cec);
  receiptBlock = done.blockHash;
});

test('at the day close the trade fee in yuan is sold to the maker and reaches the dividend pool in CEC', async () => {
  // The block that closed the receipt's day (it may have closed already).
  const day = await today(receiptBlock);
  await waitForDay(day + 1);
  let n = (await api.rpc.chain.getHeader(receiptBlock)).number.toNumber();
  let atClose;
  while (!atClose) {
    n += 1;
    const hash = await api.rpc.chain.getBlockHash(n);
    if ((await today(hash)) > day) atClose = hash;
  }
  const events = (await (await api.at(atClose)).query.system.events()).map(({ event }) => event);
  const sold = events.find((e) => api.events.dividends.RevenueConverted.is(e)).data;
  // The fee less the yuan pool's one-unit reserve (its minimum balance), at Alice's ask.
  assert.equal(sold.amount.toBigInt(), PRICE / 100n - 1n);
  assert.equal(sold.cec.toBigInt(), (sold.amount.toBigInt() * CEC) / 101n);
  const maker = events.find((e) => api.events.marketMaker.RevenueConverted.is(e)).data;
  assert.equal(maker.maker.toString(), alice.address);
  const closedDay = events.find((e) => api.events.dividends.DayClosed.is(e)).data;
  const [cecDay, cnyDay] = closedDay.assets;
  assert.ok(cecDay.asset.isNative && cnyDay.asset.isWithId);
  assert.equal(cnyDay.revenue.toBigInt(), 0n);
  assert.ok(cecDay.revenue.toBigInt() >= sold.cec.toBigInt(), 'the yuan\'s worth is CEC revenue');
  const revenue = cecDay.revenue.toBigInt();
  assert.equal(cecDay.buyback.toBigInt(), revenue - (revenue * 7n) / 10n, '30 % bought back in CEC');
});
