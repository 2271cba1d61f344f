// Parametric forest insurance as its users meet it over JSON-RPC with @polkadot/api and no
// custom types: an insurer appointed by Root posts CEC collateral and a fire product for region
// CN-35, priced from the registry's survey data (read through the ForestryPricingApi); a forest
// owner insures three surveyed trees; two members of the oracle committee report a fire in CN-35
// on a day of cover (cover starts at the next day boundary; a development day lasts 10 blocks)
// and the event is of record (quorum 2, lower median severity). The owner claims (nobody else
// may): she is paid the exact sum from the insurer's held collateral, with no insurer call; a
// second claim pays nothing, and the uninsured neighbour's parcel in the same region gets
// nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { startDevNode, sendAndInclude, findEvent as event, describeError } from './lib/node.mjs';

const CEC = 10n ** 12n;
const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const EVIDENCE = 'QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG';
const INSURANCE = { trade: false, land: true, insurance: true, crowdfunding: false };
const DAYS = 14_400; // blocks in a day of 6-second blocks: cover periods are counted in them
const PER_BILLION = 1_000_000_000n;
const FEE_RATE = 20_000_000n; // InsuranceFeeRate: 2 % of the premium, its default
const CEC_ASSET = { Native: null };
const COLLATERAL = 1_000n * CEC;
const PREMIUM_RATE = 30_000_000; // 3 %, in parts per billion (Perbill)
const BASE = 20n * CEC;
const PER_METRE = 5n * CEC;
const REGION = 'CN-35';
// The insured parcel's trees: two Chinese firs and a larch, with known heights and crowns.
const TREES = [
  { species: 2, heightCm: 1_250, crownCm: 400 },
  { species: 2, heightCm: 1_480, crownCm: 460 },
  { species: 5, heightCm: 905, crownCm: 310 },
];
let node;
let api;
let alice; // Root (sudo), the KYC provider and the forestry witness of CN-35
let bob; // oracle member; tries to claim for others (refused)
let charlie; // the insurer
let dave; // oracle member
let eve; // the insured forest owner
let ferdie; // the uninsured neighbour, owner of a parcel in the same region

before(async () => {
  node = await startDevNode();
  api = node.api;
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 3686 });
  [alice, bob, charlie, dave, eve, ferdie] =
    ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'].map((u) => keyring.addFromUri(u));
});

after(async () => {
  await node?.stop();
});

/** `a × b / 10^9` rounded up: `Perbill::mul_ceil`. */
const mulCeil = (parts, x) => (x * BigInt(parts) + PER_BILLION - 1n) / PER_BILLION;
/** Storage at block `hash`, or at the best block. */
const query = async (hash) => (hash ? (await api.at(hash)).query : api.query);
const free = async (who, hash) => (await (await query(hash)).system.account(who.address)).data.free.toBigInt();
/** What `pallet-insurance` holds on `who` for `reason` (`Collateral` or `Deposit`), in CEC. */
const held = async (who, reason, hash) => (await (await query(hash)).balances.holds(who.address))
  .filter((h) => h.id.isInsurance && h.id.asInsurance.type === reason)
  .reduce((sum, h) => sum + h.amount.toBigInt(), 0n);
const pool = async (who, hash) => {
  const p = (await (await query(hash)).insurance.pools(who.address, CEC_ASSET)).unwrap();
  return { collateral: p.collateral.toBigInt(), exposure: p.exposure.toBigInt() };
};
/** The state before block `hash`: its parent's. */
const parentOf = async (hash) => (await api.rpc.chain.getHeader(hash)).parentHash;
/** Root dispatches `call` through sudo; fails if the call itself failed (sudo alone succeeds). */
async function sudo(call) {
  const r = await sendAndInclude(api.tx.sudo.sudo(call), alice);
  const { sudoResult } = event(r.events, 'sudo', 'Sudid').data;
  if (sudoResult.isErr) throw new Error(`sudo: ${describeError(api.registry, sudoResult.asErr)}`);
  return r;
}
const survey = (t, i) => ({
  species: t.species,
  position: { lat: 261_234_567 + i * 10, lon: 1_176_543_210 },
  heightCm: t.heightCm,
  crownCm: t.crownCm,
  trunkMm: 250,
  planted: 2012,
  origin: 'Planted',
});
const parcelInfo = (hashByte) => ({
  region: 'CN-350481',
  areaM2: 120_000,
  boundaryCid: CID,
  boundaryHash: '0x' + hashByte.repeat(32),
  certificateCid: EVIDENCE,
});

let parcel; // Eve's insured parcel
let neighbour; // Ferdie's parcel, never insured
let product;
let policy;
let sum; // the sum insured

test('an insurer posts CEC collateral and a fire product for CN-35; the owner insures three trees', async () => {
  // Root appoints the KYC provider, the witness and two oracle members; both owners register
  // their parcels in the same region meanwhile.
  const [, eveTx, ferdieTx] = await Promise.all([
    sudo(api.tx.utility.batchAll([
      api.tx.kyc.appointProvider(alice.address, 'Dev KYC'),
      api.tx.forestry.appointWitness(alice.address, 'FJ-WIT-0001', REGION),
      api.tx.oracleCommittee.addMember(bob.address),
      api.tx.oracleCommittee.addMember(dave.address),
    ])),
    sendAndInclude(api.tx.forestry.registerParcel(parcelInfo('21')), eve),
    sendAndInclude(api.tx.forestry.registerParcel(parcelInfo('22')), ferdie),
  ]);
  parcel = event(eveTx.events, 'forestry', 'ParcelRegistered').data.parcel.toNumber();
  neighbour = event(ferdieTx.events, 'forestry', 'ParcelRegistered').data.parcel.toNumber();
  assert.deepEqual(
    (await api.query.oracleCommittee.members()).map((m) => m.toString()).sort(),
    [bob.address, dave.address].sort(),
  );

  // The witness attests both parcels and registers their trees; the provider verifies the
  // insurer and the owner for insurance, then Root appoints the insurer (it needs the claim).
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  const expires = head + 100_000;
  await sendAndInclude(api.tx.utility.batchAll([
    api.tx.forestry.attestParcel(parcel),
    api.tx.forestry.attestParcel(neighbour),
    api.tx.forestry.registerTrees(parcel, TREES.map(survey)),
    api.tx.forestry.registerTrees(neighbour, [survey(TREES[0], 7)]),
    api.tx.kyc.issueClaim(charlie.address, 1, INSURANCE, expires, '0x' + 'c1'.repeat(32)),
    api.tx.kyc.issueClaim(eve.address, 1, INSURANCE, expires, '0x' + 'e1'.repeat(32)),
  ]), alice);
  const appointed = await sudo(api.tx.insurance.appointInsurer(charlie.address));
  assert.equal(event(appointed.events, 'insurance', 'InsurerAppointed').data.who.toString(), charlie.address);
  assert.ok((await api.query.insurance.insurers(charlie.address)).unwrap().active.isTrue);

  // The insurer prices the parcel by its profile (runtime API ForestryPricingApi).
  const profile = (await api.call.forestryPricingApi.parcelProfile(parcel, 0, 100)).unwrap();
  assert.equal(profile.region.toUtf8(), 'CN-350481');
  assert.ok(profile.attested.isTrue);
  assert.equal(profile.trees.toNumber(), 3);
  assert.ok(profile.next.isNone, 'one page covers the parcel');
  assert.deepEqual(profile.species.map((s) => ({
    species: s.species.toNumber(),
    standing: s.standing.toNumber(),
    felled: s.felled.toNumber(),
    meanHeightCm: s.meanHeightCm.toNumber(),
    maxHeightCm: s.maxHeightCm.toNumber(),
    meanCrownCm: s.meanCrownCm.toNumber(),
  })), [
    { species: 2, standing: 2, felled: 0, meanHeightCm: 1_365, maxHeightCm: 1_480, meanCrownCm: 430 },
    { species: 5, standing: 1, felled: 0, meanHeightCm: 905, maxHeightCm: 905, meanCrownCm: 310 },
  ]);
  assert.equal(profile.damage.length, 0);
  assert.ok((await api.call.forestryPricingApi.parcelProfile(999, 0, 100)).isNone);

  // Collateral in CEC, held on the insurer, and a 30-day fire product for CN-35.
  const posted = await sendAndInclude(api.tx.utility.batchAll([
    api.tx.insurance.depositCollateral(CEC_ASSET, COLLATERAL),
    api.tx.insurance.createProduct(
      CEC_ASSET, 'Fire', REGION, 30 * DAYS, PREMIUM_RATE,
      { PerTree: { base: BASE, perMetre: PER_METRE } }, COLLATERAL,
    ),
  ]), charlie);
  product = event(posted.events, 'insurance', 'ProductCreated').data.product.toNumber();
  assert.equal(await held(charlie, 'Collateral', posted.blockHash), COLLATERAL);
  assert.deepEqual(await pool(charlie, posted.blockHash), { collateral: COLLATERAL, exposure: 0n });

  // Each tree is insured for base + per metre × whole metres of its height.
  sum = TREES.reduce((s, t) => s + BASE + PER_METRE * BigInt(Math.floor(t.heightCm / 100)), 0n);
  assert.equal(sum, 235n * CEC);
  const premium = mulCeil(PREMIUM_RATE, sum);
  const fee = mulCeil(FEE_RATE, premium);
  assert.equal(premium + fee, 7_191_000_000_000n, '7.05 CEC premium, 0.141 CEC fee');
  await assert.rejects(
    sendAndInclude(api.tx.insurance.buyPolicy(product, parcel, [0, 1, 2], premium + fee - 1n), eve),
    /insurance\.PremiumAboveLimit/,
  );
  const bought = await sendAndInclude(api.tx.insurance.buyPolicy(product, parcel, [0, 1, 2], premium + fee), eve);
  const b = event(bought.events, 'insurance', 'PolicyBought').data;
  policy = b.policy.toNumber();
  assert.equal(b.holder.toString(), eve.address);
  assert.equal(b.parcel.toNumber(), parcel);
  assert.equal(b.trees.toNumber(), 3);
  assert.equal(b.sum.toBigInt(), sum);
  assert.equal(b.premium.toBigInt(), premium);
  assert.equal(b.fee.toBigInt(), fee);
  const deposit = api.consts.insurance.policyDeposit.toBigInt() + 3n * api.consts.insurance.treeDeposit.toBigInt();
  const p = (await api.query.insurance.policies(policy)).unwrap();
  assert.equal(p.deposit.toBigInt(), deposit);
  assert.equal(p.unpaid.toBigInt(), sum);
  assert.equal(b.end.toNumber() - p.start.toNumber(), 30 * DAYS);
  // Cover starts at the next event-day boundary (10 blocks on the development chain).
  const dayLength = (await api.query.insurance.dayLengthOverride()).unwrap().toNumber();
  assert.equal(dayLength, 10);
  assert.equal(p.start.toNumber() % dayLength, 0);
  assert.ok(p.start.toNumber() > (await api.rpc.chain.getHeader(bought.blockHash)).number.toNumber());
  assert.equal((await api.query.insurance.policyTrees(policy, 1)).unwrap().sum.toBigInt(), BASE + 14n * PER_METRE);

  // The owner paid premium, fee, deposit and its transaction fee; the insurer got the premium;
  // the cover now counts against the insurer's collateral.
  const prev = await parentOf(bought.blockHash);
  const txFee = event(bought.events, 'transactionPayment', 'TransactionFeePaid').data.actualFee.toBigInt();
  assert.equal(await free(eve, prev) - await free(eve, bought.blockHash), premium + fee + deposit + txFee);
  assert.equal(await held(eve, 'Deposit', bought.blockHash), deposit);
  assert.equal(await free(charlie, bought.blockHash) - await free(charlie, prev), premium);
  assert.deepEqual(await pool(charlie, bought.blockHash), { collateral: COLLATERAL, exposure: sum });
});

test('two oracle members report a fire in CN-35 during cover: the owner is paid once, the neighbour nothing', async () => {
  // Wait for cover to start (the next day boundary after purchase).
  const start = (await api.query.insurance.policies(policy)).unwrap().start.toNumber();
  const dayLength = (await api.query.insurance.dayLengthOverride()).unwrap().toNumber();
  await new Promise((resolve) => {
    let unsub;
    api.rpc.chain.subscribeNewHeads((h) => {
      if (h.number.toNumber() >= start) { unsub?.(); resolve(); }
    }).then((u) => { unsub = u; });
  });
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  const key = { region: REGION, peril: 'Fire', day: Math.floor(head / dayLength) };

  // The first report, and (independently) the witness records the fire's damage to tree 1.
  const [first, damaged] = await Promise.all([
    sendAndInclude(api.tx.insurance.reportEvent(key, 60, CID), bob),
    sendAndInclude(api.tx.forestry.recordDamage({ parcel, index: 1 }, 'Fire', 70), alice),
  ]);
  assert.equal(event(first.events, 'insurance', 'EventReported').data.reports.toNumber(), 1);
  const damageSeq = event(damaged.events, 'forestry', 'TreeRecorded').data.seq.toNumber();
  assert.ok((await api.query.insurance.eventsOfRecord(key)).isNone, 'one report is not a quorum');
  assert.equal((await api.query.insurance.pendingReports(key)).length, 1);
  // A member votes once; the insurer is no oracle member.
  await Promise.all([
    assert.rejects(sendAndInclude(api.tx.insurance.reportEvent(key, 90, CID), bob), /insurance\.AlreadyReported/),
    assert.rejects(sendAndInclude(api.tx.insurance.reportEvent(key, 1, CID), charlie), /insurance\.NotOracleMember/),
  ]);
  const second = await sendAndInclude(api.tx.insurance.reportEvent(key, 40, EVIDENCE), dave);
  // Of 60 and 40 the lower median, 40, is the event's severity.
  assert.equal(event(second.events, 'insurance', 'EventRecorded').data.severity.toNumber(), 40);
  const record = (await api.query.insurance.eventsOfRecord(key)).unwrap();
  assert.equal(record.severity.toNumber(), 40);
  assert.deepEqual(record.reports.map((r) => r.by.toString()), [bob.address, dave.address]);
  assert.equal((await api.query.insurance.pendingReports(key)).length, 0);

  // Only the holder claims (nobody can settle her policy for less); 40 % of the 235 CEC sum.
  await assert.rejects(sendAndInclude(api.tx.insurance.claimEvent(policy, key), bob), /insurance\.NotHolder/);
  const payout = (sum * 40n) / 100n;
  assert.equal(payout, 94n * CEC);
  const claimed = await sendAndInclude(api.tx.insurance.claimEvent(policy, key), eve);
  const paid = event(claimed.events, 'insurance', 'ClaimPaid').data;
  assert.equal(paid.policy.toNumber(), policy);
  assert.equal(paid.holder.toString(), eve.address);
  assert.equal(paid.amount.toBigInt(), payout);
  assert.ok(paid.trigger.isEvent && paid.trigger.asEvent.day.toNumber() === key.day);
  const prev = await parentOf(claimed.blockHash);
  const after = claimed.blockHash;
  const claimFee = event(claimed.events, 'transactionPayment', 'TransactionFeePaid').data.actualFee.toBigInt();
  assert.equal(await free(eve, after) - await free(eve, prev), payout - claimFee,
    'the owner gets exactly the payout (less her transaction fee)');
  assert.equal(await held(charlie, 'Collateral', prev) - await held(charlie, 'Collateral', after), payout,
    'straight from the insurer\'s held collateral');
  assert.equal(await free(charlie, after), await free(charlie, prev), 'no insurer call, no insurer money moved');
  assert.deepEqual(await pool(charlie, after), { collateral: COLLATERAL - payout, exposure: 0n });
  const settled = (await api.query.insurance.policies(policy)).unwrap();
  assert.ok(settled.settled.isTrue);
  assert.equal(settled.paid.toBigInt(), payout);
  assert.equal(settled.unpaid.toBigInt(), 0n);

  // A second claim pays nothing: neither the event again nor the witness's record of the same
  // fire. The neighbour's parcel has no policy: a claim for it has none to name.
  const noPolicy = (await api.query.insurance.nextPolicyId()).toNumber();
  const [eveBefore, ferdieBefore, collateralBefore] =
    await Promise.all([free(eve), free(ferdie), held(charlie, 'Collateral')]);
  // (Eve's two claims one after the other: both would take her next nonce.)
  await Promise.all([
    (async () => {
      await assert.rejects(sendAndInclude(api.tx.insurance.claimEvent(policy, key), eve), /insurance\.AlreadyPaid/);
      await assert.rejects(
        sendAndInclude(api.tx.insurance.claimTree(policy, 1, damageSeq, null), eve),
        /insurance\.AlreadyPaid/,
      );
    })(),
    assert.rejects(sendAndInclude(api.tx.insurance.claimEvent(noPolicy, key), alice), /insurance\.UnknownPolicy/),
  ]);
  const next = (await api.query.forestry.parcels(neighbour)).unwrap();
  assert.equal(next.info.region.toUtf8(), 'CN-350481', 'the neighbour is in the event\'s region');
  assert.ok(next.attestedBy.isSome);
  const policies = await api.query.insurance.policies.entries();
  assert.deepEqual(policies.map(([k]) => k.args[0].toNumber()), [policy], 'the only policy is Eve\'s');
  assert.ok(policies.every(([, v]) => v.unwrap().parcel.toNumber() !== neighbour));
  assert.ok(await free(eve) <= eveBefore, 'nothing more paid to the owner (only her fees left)');
  assert.equal(await free(ferdie), ferdieBefore, 'the uninsured neighbour gets nothing');
  assert.equal(await held(charlie, 'Collateral'), collateralBefore);

  // The witness's fire record shows in the parcel's pricing profile.
  const profile = (await api.call.forestryPricingApi.parcelProfile(parcel, 0, 100)).unwrap();
  assert.equal(profile.damage.length, 1);
  const [fire] = profile.damage;
  assert.ok(fire.cause.isFire);
  assert.equal(fire.records.toNumber(), 1);
  assert.equal(fire.trees.toNumber(), 1);
  assert.equal(fire.meanSeverity.toNumber(), 70);
  assert.equal(fire.maxSeverity.toNumber(), 70);
  assert.equal(profile.species[0].standing.toNumber(), 2, 'damaged, still standing');
});
