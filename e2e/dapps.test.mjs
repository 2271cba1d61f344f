// DApps as their developers and users meet them: a developer bonds CEC to deploy, deploys the
// sample tree-sponsorship contract with @polkadot/api-contract (what Polkadot.js Apps' Contracts
// page uses) from the `.contract` bundle `cargo contract build` made, a sponsor sponsors a tree
// the registry knows (the contract reads it through the chain extension), and the certificate
// is read back. No custom types: the node's metadata and the contract's own ABI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { CodePromise, ContractPromise } from '@polkadot/api-contract';
import { startDevNode, sendAndInclude, findEvent as event, describeError } from './lib/node.mjs';

const CEC = 10n ** 12n;
const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const PRICE_PER_DAY = 10n * CEC;
const TARGET = process.env.CARGO_TARGET_DIR ?? join(homedir(), '.cache/cec-chain/target');
const BUNDLE = process.env.CEC_SPONSORSHIP_CONTRACT
  ?? join(TARGET, 'ink/tree_sponsorship/tree_sponsorship.contract');

let node;
let api;
let alice; // Root (sudo) and the forestry witness
let bob; // owns the parcel and its trees
let eve; // sponsor
let ferdie; // the DApp developer
let bundle; // the .contract JSON: ABI + Wasm
let gasLimit;

before(async () => {
  bundle = JSON.parse(readFileSync(BUNDLE, 'utf8'));
  node = await startDevNode();
  api = node.api;
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 3686 });
  [alice, bob, eve, ferdie] = ['//Alice', '//Bob', '//Eve', '//Ferdie'].map((u) => keyring.addFromUri(u));
  gasLimit = api.registry.createType('WeightV2', { refTime: 20_000_000_000n, proofSize: 1_000_000n });
});

after(async () => {
  await node?.stop();
});

/** The dispatch error of a signed transaction, as `pallet.Error`. */
async function refusal(tx, signer) {
  const err = await sendAndInclude(tx, signer).then(() => null, (e) => e);
  assert.ok(err, 'the transaction should fail');
  return err.message;
}

/** What the dry-run `ContractsApi_upload_code` says for `who`'s upload. */
async function dryUpload(who) {
  const r = await api.call.contractsApi.uploadCode(who.address, bundle.source.wasm, null, 'Enforced');
  return r.isOk ? 'ok' : describeError(api.registry, r.asErr);
}

let contract; // the deployed ContractPromise
let codes; // smart codes of the standing tree and the felled tree

test('an unbonded developer is refused with dappBond.NotBonded; after bonding it deploys the DApp', async () => {
  const minBond = 1_000n * CEC;
  assert.equal(api.consts.dappBond.unbondingPeriod.toNumber(), 28 * 14_400);
  // Polkadot.js Apps and api-contract dry-run first: the runtime names the reason there.
  assert.equal(await dryUpload(ferdie), 'dappBond.NotBonded');
  // The signed call itself fails pallet-contracts' origin check.
  assert.match(
    await refusal(api.tx.contracts.uploadCode(bundle.source.wasm, null, 'Enforced'), ferdie),
    /BadOrigin/,
  );
  assert.match(await refusal(api.tx.dappBond.bond(minBond - 1n), ferdie), /dappBond\.BondTooSmall/);

  // Meanwhile the registry: Alice becomes a witness, Bob registers a parcel.
  const [, , parcelTx] = await Promise.all([
    sendAndInclude(api.tx.dappBond.bond(minBond), ferdie),
    sendAndInclude(api.tx.sudo.sudo(api.tx.forestry.appointWitness(alice.address, 'FJ-WIT-0001', 'CN-35')), alice),
    sendAndInclude(api.tx.forestry.registerParcel({
      region: 'CN-350481', areaM2: 186_000, boundaryCid: CID, boundaryHash: '0x' + '11'.repeat(32), certificateCid: CID,
    }), bob),
  ]);
  const parcel = event(parcelTx.events, 'forestry', 'ParcelRegistered').data.parcel.toNumber();
  const bond = (await api.query.dappBond.bonds(ferdie.address)).unwrap();
  assert.equal(bond.amount.toBigInt(), minBond);
  assert.ok(bond.unbondingUntil.isNone);
  assert.equal(await dryUpload(ferdie), 'ok');

  // Deploy from the bundle, as the Contracts page does; register two trees at the same time.
  const code = new CodePromise(api, bundle, bundle.source.wasm);
  const survey = (i) => ({
    species: 2, position: { lat: 261_234_567 + i, lon: 1_176_543_210 }, heightCm: 1_400 + i, crownCm: 420,
    trunkMm: 260, planted: 2011, origin: 'Planted',
  });
  const [deployed] = await Promise.all([
    sendAndInclude(code.tx.new({ gasLimit, storageDepositLimit: null }, PRICE_PER_DAY), ferdie),
    sendAndInclude(api.tx.utility.batchAll([
      api.tx.forestry.attestParcel(parcel),
      api.tx.forestry.registerTrees(parcel, [survey(0), survey(1)]),
    ]), alice),
  ]);
  const address = event(deployed.events, 'contracts', 'Instantiated').data.contract.toString();
  contract = new ContractPromise(api, bundle, address);
  // The code and the contract's storage are paid by deposits held on the developer.
  assert.ok(event(deployed.events, 'contracts', 'CodeStored'));
  // Messages answer `Result<_, LangError>`: `ok` is the message's own value.
  const { output } = await contract.query.pricePerDay(eve.address, { gasLimit });
  assert.equal(BigInt(output.asOk.toString()), PRICE_PER_DAY);

  const page = await api.call.forestryApi.parcelTrees(parcel, 0, 2);
  codes = page.map(([, smartCode]) => smartCode.toUtf8());
  await sendAndInclude(api.tx.forestry.recordFelling({ parcel, index: 1 }), alice);
});

test('a sponsor sponsors a standing tree: the owner is paid, the certificate is readable; a felled tree is refused', async () => {
  const [standing, felled] = codes;
  const days = 3;
  const value = PRICE_PER_DAY * BigInt(days);

  // A felled tree: the dry run says why, and the signed call reverts.
  const dry = await contract.query.sponsor(eve.address, { gasLimit, value }, felled, days);
  assert.ok(dry.result.isOk, 'the dry run executes');
  assert.deepEqual(dry.output.toJSON(), { ok: { err: 'TreeFelled' } });
  assert.match(
    await refusal(contract.tx.sponsor({ gasLimit, value }, felled, days), eve),
    /contracts\.ContractReverted/,
  );
  // Malformed and unknown codes: named errors from the chain extension's status codes.
  const malformed = await contract.query.sponsor(eve.address, { gasLimit, value }, '1-ZZZZ', days);
  assert.deepEqual(malformed.output.toJSON(), { ok: { err: 'MalformedCode' } });
  const unknown = await contract.query.sponsor(eve.address, { gasLimit, value }, '7-0', days);
  assert.ok(['UnknownTree', 'MalformedCode'].includes(unknown.output.toJSON().ok.err));
  // Its own tree: the owner may not sponsor it.
  const own = await contract.query.sponsor(bob.address, { gasLimit, value }, standing, days);
  assert.deepEqual(own.output.toJSON(), { ok: { err: 'OwnTree' } });
  // A storage deposit limit below what the certificate's storage costs is refused.
  assert.match(
    await refusal(contract.tx.sponsor({ gasLimit, value, storageDepositLimit: 1 }, standing, days), eve),
    /contracts\.StorageDepositLimitExhausted/,
  );

  const bobBefore = (await api.query.system.account(bob.address)).data.free.toBigInt();
  const { events, blockHash } = await sendAndInclude(contract.tx.sponsor({ gasLimit, value }, standing, days), eve);
  assert.ok(event(events, 'contracts', 'ContractEmitted'));
  const transfer = events.map(({ event: e }) => e)
    .find((e) => e.section === 'balances' && e.method === 'Transfer' && e.data.to.toString() === bob.address);
  assert.equal(transfer.data.amount.toBigInt(), value, 'the contract pays the whole value to the owner');
  const bobAfter = (await api.query.system.account(bob.address)).data.free.toBigInt();
  assert.equal(bobAfter - bobBefore, value);

  const certificate = (await contract.query.certificate(eve.address, { gasLimit }, 1)).output.toJSON().ok;
  const header = await api.rpc.chain.getHeader(blockHash);
  assert.equal(certificate.id, 1);
  assert.equal(api.createType('AccountId', certificate.sponsor).toString(), eve.address);
  assert.equal(api.createType('AccountId', certificate.owner).toString(), bob.address);
  assert.equal(certificate.parcel, 0);
  assert.equal(certificate.index, 0);
  assert.equal(certificate.species, 2);
  assert.equal(BigInt(certificate.paid), value);
  assert.equal(certificate.from, header.number.toNumber());
  assert.equal(certificate.until, header.number.toNumber() + days * 14_400);
  const active = await contract.query.activeCertificate(alice.address, { gasLimit }, 0, 0);
  assert.equal(active.output.toJSON().ok, 1);
  // One sponsor at a time: no double-counted offsets.
  const again = await contract.query.sponsor(alice.address, { gasLimit, value }, standing, days);
  assert.deepEqual(again.output.toJSON(), { ok: { err: 'AlreadySponsored' } });
});

test('unbonding starts the cooldown: deploying is refused (dappBond.CoolingDown), calling stays open', async () => {
  const { events } = await sendAndInclude(api.tx.dappBond.unbond(), ferdie);
  const until = event(events, 'dappBond', 'UnbondingStarted').data.until.toNumber();
  assert.ok(until > 28 * 14_400);
  assert.match(await refusal(api.tx.dappBond.unbond(), ferdie), /dappBond\.AlreadyUnbonding/);
  assert.match(await refusal(api.tx.dappBond.withdraw(), ferdie), /dappBond\.CooldownNotOver/);
  assert.equal(await dryUpload(ferdie), 'dappBond.CoolingDown');
  const code = new CodePromise(api, bundle, bundle.source.wasm);
  assert.match(
    await refusal(code.tx.new({ gasLimit, storageDepositLimit: null, salt: '0x01' }, PRICE_PER_DAY), ferdie),
    /BadOrigin/,
  );
  // Slashing needs governance.
  assert.match(await refusal(api.tx.dappBond.slash(ferdie.address, CEC, CID, true), eve), /BadOrigin/);
  // Anyone still reads the DApp.
  const count = await contract.query.certificatesCount(alice.address, { gasLimit });
  assert.equal(count.output.toJSON().ok, 1);
});
