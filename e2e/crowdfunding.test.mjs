// Equity crowdfunding as its users meet it over JSON-RPC with @polkadot/api and no custom types.
// Charlie promotes three forestry projects; Bob and Dave (KYC-verified) back each of them 1:3.
// - An eco-lodge raising test yuan succeeds: its contributions wait as holds on the investors'
//   accounts, are collected into the campaign's account, and project tokens are minted 1:3; the
//   council (Root here) approves the first milestone and Charlie releases it less the 1 % fee;
//   revenue Charlie deposits is claimed 1:3.
// - A seedling nursery raising CEC misses its minimum: after the deadline anyone settles both
//   investors and each recovers exactly what was contributed.
// - A plantation raising CEC is declared in default by the council: its token is frozen in the
//   project-token ledger, and the unreleased funds go back to the token holders 1:3 by their own
//   claims.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { startDevNode, sendAndInclude, findEvent as event, describeError } from './lib/node.mjs';

const CEC = 10n ** 12n;
const YUAN = 100n; // test yuan has 2 decimals
const TEST_CNY = 1;
const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const EVIDENCE = 'QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG';
const CROWDFUNDING = { trade: false, land: false, insurance: false, crowdfunding: true };
const DAYS = 14_400;
let node;
let api;
let alice; // Root (sudo) and the KYC provider
let bob; // investor, 1 part
let charlie; // the promoter
let dave; // investor, 3 parts
let eve; // no KYC claim; settles others' contributions (anyone may)
let head; // the block the campaigns were opened at

before(async () => {
  node = await startDevNode();
  api = node.api;
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 3686 });
  [alice, bob, charlie, dave, eve] =
    ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve'].map((u) => keyring.addFromUri(u));
});

after(async () => {
  await node?.stop();
});

async function sudo(call) {
  const r = await sendAndInclude(api.tx.sudo.sudo(call), alice);
  const { sudoResult } = event(r.events, 'sudo', 'Sudid').data;
  if (sudoResult.isErr) throw new Error(`sudo: ${describeError(api.registry, sudoResult.asErr)}`);
  return r;
}
const at = async (hash) => (hash ? (await api.at(hash)).query : api.query);
const parentOf = async (hash) => (await api.rpc.chain.getHeader(hash)).parentHash;
const cny = async (who, hash) => {
  const acc = await (await at(hash)).settlementAssets.account(TEST_CNY, who.address);
  return acc.isSome ? acc.unwrap().balance.toBigInt() : 0n;
};
const free = async (who, hash) => (await (await at(hash)).system.account(who.address)).data.free.toBigInt();
const tokens = async (campaign, who) => {
  const acc = await api.query.projectAssets.account(campaign, who.address);
  return acc.isSome ? acc.unwrap().balance.toBigInt() : 0n;
};
const campaign = async (id) => (await api.query.crowdfunding.campaigns(id)).unwrap();
const events = (r, method) => r.events.filter((e) => e.event.section === 'crowdfunding' && e.event.method === method);
const fee = (r) => event(r.events, 'transactionPayment', 'TransactionFeePaid').data.actualFee.toBigInt();

const plan = (asset, min, max, deadline, name, symbol) => ({
  description: CID,
  asset,
  target: min,
  minRaise: min,
  maxRaise: max,
  deadline,
  tokenSupply: 1_000_000,
  equity: 200_000, // 20 %, in parts per million (Permill)
  name,
  symbol,
  decimals: 0,
  milestones: [
    { share: 300_000, due: deadline + 100, proof: CID },
    { share: 700_000, due: deadline + 200, proof: CID },
  ],
  reportInterval: DAYS,
});

test('three campaigns open; contributions wait as holds on the investors', async () => {
  head = (await api.rpc.chain.getHeader()).number.toNumber();
  await sudo(api.tx.kyc.appointProvider(alice.address, 'Dev KYC'));
  const expires = head + 100_000;
  await sendAndInclude(api.tx.utility.batchAll([
    api.tx.kyc.issueClaim(bob.address, 1, CROWDFUNDING, expires, '0x' + 'b1'.repeat(32)),
    api.tx.kyc.issueClaim(charlie.address, 1, CROWDFUNDING, expires, '0x' + 'c1'.repeat(32)),
    api.tx.kyc.issueClaim(dave.address, 1, CROWDFUNDING, expires, '0x' + 'd1'.repeat(32)),
  ]), alice);

  // 0: the eco-lodge, 1,000–4,000 yuan; 1: the nursery, 10,000–20,000 CEC, deadline in 8
  // blocks; 2: the plantation, 100–400 CEC.
  const opened = await sendAndInclude(api.tx.utility.batchAll([
    api.tx.crowdfunding.createCampaign(
      plan({ WithId: TEST_CNY }, 1_000n * YUAN, 4_000n * YUAN, head + 1_000, 'Wuyi Eco Lodge', 'WEL')),
    api.tx.crowdfunding.createCampaign(
      plan({ Native: null }, 10_000n * CEC, 20_000n * CEC, head + 8, 'Fir Seedling Nursery', 'FSN')),
    api.tx.crowdfunding.createCampaign(
      plan({ Native: null }, 100n * CEC, 400n * CEC, head + 1_000, 'Larch Plantation', 'LRP')),
  ]), charlie);
  assert.deepEqual(events(opened, 'CampaignCreated').map((e) => e.event.data.campaign.toNumber()), [0, 1, 2]);

  // Eve has no claim; the promoter cannot back his own project.
  await assert.rejects(
    sendAndInclude(api.tx.crowdfunding.contribute(0, 100n * YUAN), eve), /kyc\.NoKyc/);
  await assert.rejects(
    sendAndInclude(api.tx.crowdfunding.contribute(0, 100n * YUAN), charlie), /PromoterCannotInvest/);

  const [bobBefore, daveBefore] = [await cny(bob), await cny(dave)];
  const [b, d] = await Promise.all([
    sendAndInclude(api.tx.utility.batchAll([
      api.tx.crowdfunding.contribute(0, 1_000n * YUAN),
      api.tx.crowdfunding.contribute(1, 100n * CEC),
      api.tx.crowdfunding.contribute(2, 100n * CEC),
    ]), bob),
    sendAndInclude(api.tx.utility.batchAll([
      api.tx.crowdfunding.contribute(0, 3_000n * YUAN),
      api.tx.crowdfunding.contribute(1, 300n * CEC),
      api.tx.crowdfunding.contribute(2, 300n * CEC),
    ]), dave),
  ]);
  assert.equal(events(b, 'Contributed').length, 3);
  assert.equal(events(d, 'Contributed').length, 3);
  // The yuan left the free balance but not the account: it is held there.
  assert.equal(await cny(bob), bobBefore - 1_000n * YUAN);
  assert.equal(await cny(dave), daveBefore - 3_000n * YUAN);
  assert.equal((await api.query.settlementHolds.balancesOnHold(TEST_CNY, bob.address)).unwrap().toBigInt(), 1_000n * YUAN);
  assert.equal((await api.query.crowdfunding.contributions(1, dave.address)).unwrap().amount.toBigInt(), 300n * CEC);
  const account = await api.query.system.account(bob.address);
  assert.ok(account.data.reserved.toBigInt() >= 200n * CEC, 'the CEC contributions are held on Bob');
  // Nobody takes money before success.
  await assert.rejects(
    sendAndInclude(api.tx.crowdfunding.releaseMilestone(0, 0), charlie), /NotActive/);
});

test('the eco-lodge succeeds: tokens 1:3, a milestone released on approval, revenue claimed 1:3', async () => {
  // The maximum is reached: anyone may decide it before the deadline, and settle investors.
  await sendAndInclude(api.tx.crowdfunding.finalize(0), eve);
  assert.equal((await campaign(0)).status.toString(), 'Funded');
  const settled = await sendAndInclude(api.tx.utility.batchAll([
    api.tx.crowdfunding.settle(0, bob.address),
    api.tx.crowdfunding.settle(0, dave.address),
  ]), eve);
  assert.equal(events(settled, 'CampaignActive').length, 1);
  assert.equal(await tokens(0, bob), 250_000n);
  assert.equal(await tokens(0, dave), 750_000n);
  const meta = await api.query.projectAssets.metadata(0);
  assert.equal(meta.symbol.toUtf8(), 'WEL');
  const onHold = await api.query.settlementHolds.balancesOnHold(TEST_CNY, bob.address);
  assert.equal(onHold.isNone ? 0n : onHold.unwrap().toBigInt(), 0n, 'the contribution left its hold');

  // Release needs the council's approval.
  await sendAndInclude(api.tx.crowdfunding.submitMilestone(0, 0, EVIDENCE), charlie);
  await assert.rejects(
    sendAndInclude(api.tx.crowdfunding.releaseMilestone(0, 0), charlie), /NotApproved/);
  await sudo(api.tx.crowdfunding.approveMilestone(0, 0));
  const released = await sendAndInclude(api.tx.crowdfunding.releaseMilestone(0, 0), charlie);
  const parent = await parentOf(released.blockHash);
  // 30 % of 4,000 yuan is 1,200; 1 % of it (12) is the platform's.
  const r = event(released.events, 'crowdfunding', 'MilestoneReleased').data;
  assert.equal(r.amount.toBigInt(), 1_188n * YUAN);
  assert.equal(r.fee.toBigInt(), 12n * YUAN);
  assert.equal(await cny(charlie, released.blockHash) - await cny(charlie, parent), 1_188n * YUAN);

  // Revenue of 400 yuan: 100 to Bob, 300 to Dave.
  await sendAndInclude(api.tx.crowdfunding.depositRevenue(0, 400n * YUAN), charlie);
  const [cb, cd] = await Promise.all([
    sendAndInclude(api.tx.crowdfunding.claim(0), bob),
    sendAndInclude(api.tx.crowdfunding.claim(0), dave),
  ]);
  assert.equal(event(cb.events, 'crowdfunding', 'Claimed').data.amount.toBigInt(), 100n * YUAN);
  assert.equal(event(cd.events, 'crowdfunding', 'Claimed').data.amount.toBigInt(), 300n * YUAN);
  assert.equal(await cny(bob, cb.blockHash) - await cny(bob, await parentOf(cb.blockHash)), 100n * YUAN);
  await assert.rejects(sendAndInclude(api.tx.crowdfunding.claim(0), bob), /NothingToClaim/);
});

test('the nursery misses its minimum: both investors recover their full contributions', async () => {
  // Wait for the deadline (8 blocks after opening).
  while ((await api.rpc.chain.getHeader()).number.toNumber() <= head + 8) {
    await new Promise((r) => setTimeout(r, 1_000));
  }
  await sendAndInclude(api.tx.crowdfunding.finalize(1), eve);
  // Eve settles both, so their balances move by the refunds alone.
  const refunded = await sendAndInclude(api.tx.utility.batchAll([
    api.tx.crowdfunding.settle(1, bob.address),
    api.tx.crowdfunding.settle(1, dave.address),
  ]), eve);
  const parent = await parentOf(refunded.blockHash);
  const amounts = events(refunded, 'ContributionRefunded').map((e) => e.event.data.amount.toBigInt());
  assert.deepEqual(amounts, [100n * CEC, 300n * CEC]);
  const deposit = (await api.consts.crowdfunding.contributionDeposit).toBigInt();
  assert.equal(await free(bob, refunded.blockHash) - await free(bob, parent), 100n * CEC + deposit);
  assert.equal(await free(dave, refunded.blockHash) - await free(dave, parent), 300n * CEC + deposit);
  assert.equal(events(refunded, 'CampaignRemoved').length, 1);
  assert.ok((await api.query.crowdfunding.campaigns(1)).isNone);
  await assert.rejects(sendAndInclude(api.tx.crowdfunding.settle(1, bob.address), bob), /UnknownCampaign/);
});

test('the plantation defaults: its token freezes and the holders recover the funds 1:3', async () => {
  await sendAndInclude(api.tx.crowdfunding.finalize(2), eve);
  await sendAndInclude(api.tx.utility.batchAll([
    api.tx.crowdfunding.settle(2, bob.address),
    api.tx.crowdfunding.settle(2, dave.address),
  ]), eve);
  assert.equal((await campaign(2)).status.toString(), 'Active');
  // Only the council declares default.
  await assert.rejects(
    sendAndInclude(api.tx.crowdfunding.declareDefault(2, EVIDENCE), bob), /BadOrigin/);
  const declared = await sudo(api.tx.crowdfunding.declareDefault(2, EVIDENCE));
  const d = event(declared.events, 'crowdfunding', 'Defaulted').data;
  assert.equal(d.unreleased.toBigInt(), 400n * CEC);
  assert.equal((await api.query.projectAssets.asset(2)).unwrap().status.toString(), 'Frozen');
  await assert.rejects(
    sendAndInclude(api.tx.crowdfunding.transfer(2, dave.address, 1), bob), /TokenFrozen/);
  const [cb, cd] = await Promise.all([
    sendAndInclude(api.tx.crowdfunding.claim(2), bob),
    sendAndInclude(api.tx.crowdfunding.claim(2), dave),
  ]);
  assert.equal(event(cb.events, 'crowdfunding', 'Claimed').data.amount.toBigInt(), 100n * CEC);
  assert.equal(event(cd.events, 'crowdfunding', 'Claimed').data.amount.toBigInt(), 300n * CEC);
  assert.equal(await free(bob, cb.blockHash) - await free(bob, await parentOf(cb.blockHash)), 100n * CEC - fee(cb));
  // The record and its evidence stay.
  const c = await campaign(2);
  assert.equal(c.status.toString(), 'Defaulted');
  assert.equal(c.defaultEvidence.unwrap().toUtf8(), EVIDENCE);
  const claimable = await api.call.crowdfundingApi.claimable(2, bob.address);
  assert.equal(claimable.toBigInt(), 0n);
});
