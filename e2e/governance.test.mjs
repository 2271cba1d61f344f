// Foundation governance as council members meet it in Polkadot.js Apps (Council, Treasury and
// Extrinsics pages) and an integrator over JSON-RPC: motions, a witness appointed by 5 of 8
// votes, a treasury grant with its CID, and a transaction signed with the metadata hash
// (CheckMetadataHash mode 1, as Ledger's generic app signs). No custom types.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { merkleizeMetadata } from '@polkadot-api/merkleize-metadata';
import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { startDevNode, findEvent as event, describeError, sendAndInclude } from './lib/node.mjs';

const CEC = 10n ** 12n;
const CID = 'bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq';
const CID_V0 = 'QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG';
// The dev chain's founding council (README, "Governance").
const COUNCIL = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie', '//Alice//stash', '//Bob//stash'];

let node;
let api;
let keyring;
let seats; // key pairs of the council, in the chain's (sorted) order

before(async () => {
  node = await startDevNode();
  api = node.api;
  keyring = new Keyring({ type: 'sr25519', ss58Format: 3686 });
  const pairs = COUNCIL.map((uri) => keyring.addFromUri(uri));
  const members = (await api.query.council.members()).map((m) => m.toString());
  seats = members.map((m) => pairs.find((p) => p.address === m));
});

after(async () => {
  await node?.stop();
});

const send = sendAndInclude;

/**
 * Propose `call` with threshold `ayes`, have the first `ayes` seats vote aye (all at once), close
 * it, and return the `council.Executed` event's result.
 */
async function motion(call, ayes) {
  const len = call.method.encodedLength;
  const { events } = await send(api.tx.council.propose(ayes, call, len), seats[0]);
  const { proposalIndex, proposalHash } = event(events, 'council', 'Proposed').data;
  // Apps' Council page lists open motions through this derive.
  const open = await api.derive.council.proposals();
  assert.ok(open.some((p) => p.hash.eq(proposalHash)), 'the motion is listed');
  await Promise.all(seats.slice(0, ayes).map((s) => send(api.tx.council.vote(proposalHash, proposalIndex, true), s)));
  const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(call.method, len);
  const closed = await send(api.tx.council.close(proposalHash, proposalIndex, weight, len), seats[0]);
  const executed = event(closed.events, 'council', 'Executed').data.result;
  return { executed, events: closed.events };
}

const resultText = (r) => (r.isOk ? 'Ok' : describeError(api.registry, r.asErr));

test('the council appoints a witness by 5 of 8 votes; the witness registers trees; a plain account gets BadOrigin', async () => {
  // Apps' Council page: members and the elections module through the derive it uses.
  const info = await api.derive.elections.info();
  assert.equal(info.desiredSeats.toNumber(), 8);
  // Founding phase: elections are passive (term 0) and the founding council sits.
  assert.equal(info.termDuration.toNumber(), 0);
  assert.equal((await api.query.council.members()).length, 8);
  assert.equal(seats.filter(Boolean).length, 8);

  const witness = keyring.addFromUri('//Governance//Witness');
  const plain = keyring.addFromUri('//Governance//Plain');
  const owner = keyring.addFromUri('//Bob');
  await Promise.all([
    send(api.tx.balances.transferKeepAlive(witness.address, 100n * CEC), seats[1]),
    send(api.tx.balances.transferKeepAlive(plain.address, 10n * CEC), seats[2]),
  ]);

  await assert.rejects(
    send(api.tx.forestry.appointWitness(plain.address, 'FJ-WIT-0666', 'CN-35'), plain),
    /dispatch error: BadOrigin/,
  );
  // Four votes are not a majority of eight: the motion passes its own threshold but the call
  // fails its origin check.
  const four = await motion(api.tx.forestry.appointWitness(witness.address, 'FJ-WIT-0042', 'CN-35'), 4);
  assert.equal(resultText(four.executed), 'BadOrigin');
  assert.ok((await api.query.forestry.witnesses(witness.address)).isNone);

  const five = await motion(api.tx.forestry.appointWitness(witness.address, 'FJ-WIT-0042', 'CN-35'), 5);
  assert.equal(resultText(five.executed), 'Ok');
  assert.equal((await api.query.forestry.witnesses(witness.address)).unwrap().licence.toUtf8(), 'FJ-WIT-0042');

  const { events } = await send(api.tx.forestry.registerParcel({
    region: 'CN-350481',
    areaM2: 186_000,
    boundaryCid: CID,
    boundaryHash: '0x' + '22'.repeat(32),
    certificateCid: CID_V0,
  }), owner);
  const parcel = event(events, 'forestry', 'ParcelRegistered').data.parcel;
  const trees = Array.from({ length: 3 }, (_, i) => ({
    species: 2,
    position: { lat: 261_000_000 + i, lon: 1_176_000_000 + i },
    heightCm: 900 + i,
    crownCm: 300,
    trunkMm: 180,
    planted: 2015,
    origin: 'Planted',
  }));
  const batch = await send(api.tx.utility.batchAll([
    api.tx.forestry.attestParcel(parcel),
    api.tx.forestry.registerTrees(parcel, trees),
  ]), witness);
  assert.equal(event(batch.events, 'forestry', 'TreesRegistered').data.count.toNumber(), 3);
});

test('a spend motion pays a grant from the treasury with its CID, listed on chain', async () => {
  // The treasury's account: `modl` + its pallet id, zero-padded (the foundation allocation).
  const treasury = api.registry.createType('AccountId', u8aConcat(
    stringToU8a('modl'), api.consts.treasury.palletId.toU8a(), new Uint8Array(20),
  )).toString();
  const grantee = keyring.addFromUri('//Governance//Grantee');
  // Nothing of the foundation's locked tranches is spendable yet: the motion's call fails.
  const early = await motion(api.tx.foundation.spend(grantee.address, 100n * CEC, CID), 5);
  assert.equal(resultText(early.executed), 'foundation.InsufficientTreasuryFunds');
  // A donation funds it (the operations share of revenue arrives the same way).
  await send(api.tx.balances.transferKeepAlive(treasury, 1_000n * CEC), seats[3]);

  const index = (await api.query.treasury.spendCount()).toNumber();
  const { executed, events } = await motion(api.tx.foundation.spend(grantee.address, 250n * CEC, CID), 5);
  assert.equal(resultText(executed), 'Ok');
  const approved = event(events, 'foundation', 'SpendApproved').data;
  assert.equal(approved.index.toNumber(), index);
  assert.equal(approved.justification.toUtf8(), CID);
  event(events, 'treasury', 'AssetSpendApproved');
  // Apps and integrators list spends from plain storage.
  assert.equal((await api.query.foundation.spends(index)).unwrap().justification.toUtf8(), CID);
  assert.ok((await api.query.treasury.spends(index)).isSome);

  // Apps' Treasury page: its derive reads the treasury's proposal storage and the council's
  // motions without custom types.
  const overview = await api.derive.treasury.proposals();
  assert.equal(overview.proposalCount.toNumber(), 0);
  assert.equal((await api.query.treasury.spendCount()).toNumber(), index + 1);

  // Anyone pays an approved spend out.
  const paid = await send(api.tx.treasury.payout(index), seats[4]);
  event(paid.events, 'treasury', 'Paid');
  assert.equal((await api.query.system.account(grantee.address)).data.free.toBigInt(), 250n * CEC);
});

test('a transaction signed with the metadata hash (CheckMetadataHash mode 1) is accepted; a wrong hash is refused', async () => {
  const raw = (await api.call.metadata.metadataAtVersion(15)).unwrap();
  const props = await api.rpc.system.properties();
  const hash = merkleizeMetadata(raw.toU8a(true), {
    decimals: props.tokenDecimals.unwrap()[0].toNumber(),
    tokenSymbol: props.tokenSymbol.unwrap()[0].toString(),
    base58Prefix: api.consts.system.ss58Prefix.toNumber(),
    specName: api.runtimeVersion.specName.toString(),
    specVersion: api.runtimeVersion.specVersion.toNumber(),
  }).digest();
  const signer = keyring.addFromUri('//Eve');
  const to = keyring.addFromUri('//Governance//MetadataHash').address;
  const { events } = await send(api.tx.balances.transferKeepAlive(to, CEC), signer, { mode: 1, metadataHash: u8aToHex(hash) });
  event(events, 'balances', 'Transfer');
  await assert.rejects(
    send(api.tx.balances.transferKeepAlive(to, CEC), signer, { mode: 1, metadataHash: '0x' + '00'.repeat(32) }),
    /bad signature|Invalid|1010/i,
  );
});
