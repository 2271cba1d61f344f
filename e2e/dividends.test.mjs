// The daily dividend pool as users meet it in Polkadot.js Apps (no custom types): Dave (1,000
// CEC locked since genesis) and Eve (3,000 CEC locked now) hold power 1:3; Bob and Ferdie pay a
// C2C trade fee in test yuan and transaction fees in CEC during a (10-block) dev day; the close
// sells the day's yuan to the market maker (Alice) at her ask, so the day's revenue is all CEC;
// each claims 70 % of it split 1:3 to the planck, the treasury got the other 30 %, and a second
// claim pays nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aConcat } from '@polkadot/util';
import { encodeAddress } from '@polkadot/util-crypto';
import {
  startDevNode, sendAndInclude, findEvent, dividendDay, waitForDividendDay,
} from './lib/node.mjs';

const CEC = 10n ** 12n;
const SCALE = 10n ** 36n;
const TEST_CNY = 1;
// The treasury, where the buy-back/operations share goes: PalletId(*b"cec/fund").
const TREASURY = encodeAddress(u8aConcat(stringToU8a('modlcec/fund'), new Uint8Array(20)), 3686);
const ALL = { trade: true, land: true, insurance: true, crowdfunding: true };
let node;
let api;
let alice; // Root, KYC provider
let bob; // C2C seller
let dave; // holder since genesis: 1,000 CEC
let eve; // holder: 3,000 CEC
let ferdie; // C2C buyer

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

const today = (at) => dividendDay(api, at);
const waitForDay = (day) => waitForDividendDay(api, day);
/** Each pool's reward per share after `closes` days closed, from the day records. */
const accsAfter = async (closes, at) => {
  if (closes === 0) return [0n, 0n];
  const rec = (await (await api.at(at)).call.dividendsApi.day(closes - 1)).unwrap();
  return [0, 1].map((i) => (rec.assets[i] ? BigInt(rec.assets[i].acc.toString()) : 0n));
};
const cnyAt = async (who, at) => {
  const acc = await (await api.at(at)).query.settlementAssets.account(TEST_CNY, who);
  return acc.isSome ? acc.unwrap().balance.toBigInt() : 0n;
};
const cecAt = async (who, at) => (await (await api.at(at)).query.system.account(who)).data.free.toBigInt();

let sDave;
let sEve;
let firstDay; // the first day both earn for

test('set-up: Eve locks three times what Dave holds; Bob and Ferdie are KYC-verified', async () => {
  // Lock and claim in one batch (so in one block): the claim fails, her day has not closed.
  const locked = await sendAndInclude(
    api.tx.utility.batch([api.tx.lockup.lock(3_000n * CEC), api.tx.dividends.claim()]), eve);
  firstDay = (await today(locked.blockHash)) + 1;
  const interrupted = findEvent(locked.events, 'utility', 'BatchInterrupted').data;
  assert.equal(interrupted.index.toNumber(), 1, 'the lock went through');
  const err = api.registry.findMetaError(interrupted.error.asModule);
  assert.equal(`${err.section}.${err.name}`, 'dividends.DayNotClosed');
  const [d, e] = await Promise.all([api.query.lockup.locks(dave.address), api.query.lockup.locks(eve.address)]);
  sDave = d.unwrap().shares.toBigInt();
  sEve = e.unwrap().shares.toBigInt();
  assert.equal(sEve, 3n * sDave, 'power 1:3');
  await assert.rejects(sendAndInclude(api.tx.dividends.claim(), bob), /dividends\.NoPower/);
  await sendAndInclude(api.tx.sudo.sudo(api.tx.kyc.appointProvider(alice.address, 'Dev KYC')), alice);
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  // Alice, the dev market maker, quotes 0.99/1.01 test yuan: the C2C reference price is 1.00.
  await sendAndInclude(api.tx.utility.batchAll([
    api.tx.kyc.issueClaim(bob.address, 1, ALL, head + 100_000, '0x' + 'b0'.repeat(32)),
    api.tx.kyc.issueClaim(ferdie.address, 1, ALL, head + 100_000, '0x' + 'f0'.repeat(32)),
    api.tx.marketMaker.postQuote(TEST_CNY, 99, 101, head + 10_000),
  ]), alice);
});

test('a day of trade and transaction fees is paid the next day, 70 % split 1:3, 30 % to the treasury', async () => {
  // A day after both started earning (so no earlier day's dividend is carried into this one).
  await waitForDay(firstDay + 1);
  // During one day: a C2C trade (1 % fee in test yuan) and transaction fees.
  const listed = await sendAndInclude(api.tx.lockup.list(TEST_CNY, 100n * CEC, 100), bob);
  const id = findEvent(listed.events, 'lockup', 'Listed').data.id.toNumber();
  const [bought] = await Promise.all([
    sendAndInclude(api.tx.lockup.buy(id, 50n * CEC), ferdie),
    sendAndInclude(api.tx.system.remark('0x' + '11'.repeat(200)), bob),
  ]);
  const feeNoted = bought.events.map(({ event }) => event)
    .find((e) => api.events.dividends.RevenueNoted.is(e) && e.data.asset.isWithId);
  assert.equal(feeNoted.data.amount.toBigInt(), 50n, '50 CEC at 1.00 yuan: a 0.50 yuan fee');
  const tradeDay = await today(bought.blockHash);

  // The day closes; the record shows its split.
  const closed = await waitForDay(tradeDay + 1);
  const rec = (await (await api.at(closed.hash)).call.dividendsApi.day(tradeDay)).unwrap();
  assert.equal(rec.shares.toBigInt(), sDave + sEve, 'paid to the power held through the day');
  const [cec, cny] = rec.assets;
  assert.ok(cec.asset.isNative && cny.asset.isWithId);
  for (const a of [cec, cny]) {
    const revenue = a.revenue.toBigInt();
    assert.equal(a.dividend.toBigInt(), (revenue * 7n) / 10n + a.rewards.toBigInt(), '70 %');
    assert.equal(a.buyback.toBigInt(), revenue - (revenue * 7n) / 10n, '30 %');
  }
  // The treasury (buy-back and operations) received the 30 % in the block that closed the day.
  const closeBlock = (await (await api.at(closed.hash)).query.lockup.dayStart()).toNumber();
  const [atClose, beforeClose] = await Promise.all(
    [closeBlock, closeBlock - 1].map((n) => api.rpc.chain.getBlockHash(n)));
  // The close sold the day's yuan (50 less the pool's one-unit reserve, its minimum balance,
  // kept for good) to Alice at her ask of 1.01 yuan: the day's revenue is all CEC.
  const closeEvents = (await (await api.at(atClose)).query.system.events()).map(({ event }) => event);
  const sold = closeEvents.find((e) => api.events.dividends.RevenueConverted.is(e)).data;
  assert.ok(sold.asset.isWithId && sold.amount.toBigInt() >= 49n);
  assert.equal(sold.cec.toBigInt(), (sold.amount.toBigInt() * CEC) / 101n, 'at the maker\'s ask');
  const maker = closeEvents.find((e) => api.events.marketMaker.RevenueConverted.is(e)).data;
  assert.equal(maker.maker.toString(), alice.address);
  assert.equal(cny.revenue.toBigInt(), 0n, 'no yuan left to pay out');
  assert.ok(cec.revenue.toBigInt() > sold.cec.toBigInt(), 'fees in CEC and the yuan\'s worth');
  assert.equal(
    (await cnyAt(TREASURY, atClose)) - (await cnyAt(TREASURY, beforeClose)), cny.buyback.toBigInt(), 'yuan');
  assert.equal(
    (await cecAt(TREASURY, atClose)) - (await cecAt(TREASURY, beforeClose)), cec.buyback.toBigInt(), 'CEC');

  // What Apps shows (runtime API, no custom types), then both claim, together.
  const shown = await api.call.dividendsApi.claimable(dave.address);
  assert.ok(shown.length >= 1 && shown[0][0].isNative);
  const [dc, ec] = await Promise.all([
    sendAndInclude(api.tx.dividends.claim(), dave),
    sendAndInclude(api.tx.dividends.claim(), eve),
  ]);
  // Dave has earned since day 1 (his genesis lock came in during day 0), Eve since `firstDay`.
  for (const [claim, shares, start, name] of [[dc, sDave, 1, 'Dave'], [ec, sEve, firstDay, 'Eve']]) {
    const paid = findEvent(claim.events, 'dividends', 'Claimed').data.payouts;
    // Every day from the first both earned for to the last closed before the claim, by the
    // chain's reward per share: shares × Δacc, rounded down once.
    const closes = await today(claim.blockHash);
    const [from, to] = await Promise.all([accsAfter(start, claim.blockHash), accsAfter(closes, claim.blockHash)]);
    const expected = [0, 1].map((i) => (shares * (to[i] - from[i])) / SCALE);
    assert.equal(paid[0][1].toBigInt(), expected[0], `${name}'s CEC`);
    // Every day's yuan was sold for CEC: nothing is owed in yuan.
    assert.equal(expected[1], 0n, `${name}'s yuan`);
    assert.equal(paid.length, 1, 'paid in CEC only');
  }
  const d = findEvent(dc.events, 'dividends', 'Claimed').data.payouts;
  const e = findEvent(ec.events, 'dividends', 'Claimed').data.payouts;
  if (firstDay === 1 && (await today(dc.blockHash)) === (await today(ec.blockHash))) {
    // The same days: 1:3 to the planck (each rounded down once: Eve's is 3 × Dave's + 0..2).
    for (const i of [0]) {
      const [x, y] = [d[i][1].toBigInt(), e[i][1].toBigInt()];
      assert.ok(y >= 3n * x && y - 3n * x <= 2n, `${y} vs 3 × ${x}`);
    }
  }
  // A second claim pays nothing.
  await assert.rejects(sendAndInclude(api.tx.dividends.claim(), dave), /dividends\.(AlreadyClaimed|NothingToClaim)/);
});
