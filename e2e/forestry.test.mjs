// The forestry registry and tree-backed tokens as a user meets them in Polkadot.js Apps and an
// integrator over JSON-RPC: no custom types, only the metadata the node serves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { WsProvider } from '@polkadot/api';
import { startDevNode, sendAndInclude, findEvent as event } from './lib/node.mjs';

const CEC = 10n ** 12n;
const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const CID_V0 = 'QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG';
let node;
let api;
let alice; // Root (sudo) and, once appointed, the witness
let bob; // the forest owner
let rpc; // a raw JSON-RPC connection, as an integrator without @polkadot/api types would use

before(async () => {
  node = await startDevNode();
  api = node.api;
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 3686 });
  alice = keyring.addFromUri('//Alice');
  bob = keyring.addFromUri('//Bob');
  rpc = new WsProvider(`ws://127.0.0.1:${node.rpcPort}`);
  await rpc.isReady;
});

after(async () => {
  await rpc?.disconnect();
  await node?.stop();
});

function survey(i) {
  return {
    species: 2, // Cunninghamia lanceolata, from the genesis species list
    position: { lat: 261_234_567 + i * 10, lon: 1_176_543_210 - i * 10 },
    heightCm: 1_400 + i,
    crownCm: 420,
    trunkMm: 260,
    planted: 2011,
    origin: 'Planted',
  };
}

let code; // the smart code of tree 42

test('a witness appointed by Root registers a parcel and 100 trees; a re-measurement is appended', async () => {
  assert.equal((await api.query.forestry.species(2)).unwrap().toUtf8(), 'Cunninghamia lanceolata');
  await sendAndInclude(
    api.tx.sudo.sudo(api.tx.forestry.appointWitness(alice.address, 'FJ-WIT-0001', 'CN-35')),
    alice,
  );
  assert.equal((await api.query.forestry.witnesses(alice.address)).unwrap().licence.toUtf8(), 'FJ-WIT-0001');

  const { events } = await sendAndInclude(api.tx.forestry.registerParcel({
    region: 'CN-350481',
    areaM2: 186_000,
    boundaryCid: CID,
    boundaryHash: '0x' + '11'.repeat(32),
    certificateCid: CID_V0,
  }), bob);
  const parcel = event(events, 'forestry', 'ParcelRegistered').data.parcel.toNumber();
  assert.equal(parcel, 0);

  // The owner cannot register trees; a witness can, once the parcel is attested.
  await assert.rejects(
    sendAndInclude(api.tx.forestry.registerTrees(parcel, [survey(0)]), bob),
    /forestry\.NotWitness/,
  );
  const trees = Array.from({ length: 100 }, (_, i) => survey(i));
  const batch = await sendAndInclude(api.tx.utility.batchAll([
    api.tx.forestry.attestParcel(parcel),
    api.tx.forestry.registerTrees(parcel, trees),
  ]), alice);
  const registered = event(batch.events, 'forestry', 'TreesRegistered').data;
  assert.equal(registered.count.toNumber(), 100);

  const page = await api.call.forestryApi.parcelTrees(parcel, 40, 5);
  assert.equal(page.length, 5);
  const [id, smartCode, tree] = page[2];
  assert.equal(id.index.toNumber(), 42);
  assert.equal(tree.survey.heightCm.toNumber(), 1_442);
  code = smartCode.toUtf8();
  assert.match(code, /^[0-9A-Z]+-[0-9A-Z]+$/);

  await sendAndInclude(api.tx.forestry.recordMeasurement({ parcel, index: 42 }, 1_520, 450, 275), alice);
});

test('the tree is found by its smart code, with its whole history, by runtime API and JSON-RPC', async () => {
  const view = (await api.call.forestryApi.treeByCode(code)).unwrap();
  assert.equal(view.id.index.toNumber(), 42);
  assert.equal(view.owner.toString(), bob.address);
  assert.equal(view.tree.witness.toString(), alice.address);
  assert.equal(view.tree.survey.heightCm.toNumber(), 1_442, 'the registration survey is kept');
  assert.equal(view.history.length, 1);
  const measured = view.history[0].event.asMeasured;
  assert.equal(measured.heightCm.toNumber(), 1_520);

  // The node's JSON-RPC answers plain JSON (lower case and look-alikes accepted).
  const json = await rpc.send('forestry_treeByCode', [code.toLowerCase()]);
  assert.equal(json.code, code);
  assert.equal(json.owner, bob.address);
  assert.equal(json.witness, alice.address);
  assert.equal(json.heightCm, 1_442);
  assert.ok(Math.abs(json.lat - 26.1234987) < 1e-9, `lat ${json.lat}`);
  assert.deepEqual(json.history.map((r) => r.event), [
    { kind: 'measured', heightCm: 1_520, crownCm: 450, trunkMm: 275 },
  ]);
  assert.equal(json.history[0].by, alice.address);

  const parcel = await rpc.send('forestry_parcel', [0]);
  assert.equal(parcel.trees, 100);
  assert.equal(parcel.boundaryCid, CID);
  assert.equal(parcel.attestedBy, alice.address);
  const page = await rpc.send('forestry_parcelTrees', [0, 95, 50]);
  assert.deepEqual(page.map((t) => t.id.index), [95, 96, 97, 98, 99]);

  assert.equal(await rpc.send('forestry_treeByCode', ['0-ZZZZ']), null);
});

test('a tokenised parcel pays its revenue to holders who claim it', async () => {
  const tokenised = await sendAndInclude(
    api.tx.treeTokens.tokenise(0, [], 'Revenue', 1_000_000, 0, 'Sanming fir revenue', 'SMFIR'),
    bob,
  );
  const token = event(tokenised.events, 'treeTokens', 'Tokenised').data.token.toNumber();
  assert.equal((await api.query.treeAssets.account(token, bob.address)).unwrap().balance.toBigInt(), 1_000_000n);
  assert.equal((await api.query.treeAssets.metadata(token)).symbol.toUtf8(), 'SMFIR');
  // Locked trees cannot be felled.
  await assert.rejects(
    sendAndInclude(api.tx.forestry.recordFelling({ parcel: 0, index: 1 }), alice),
    /forestry\.TreeLocked/,
  );

  await sendAndInclude(api.tx.utility.batchAll([
    api.tx.treeTokens.transfer(token, alice.address, 250_000),
    api.tx.treeTokens.depositRevenue(token, 100n * CEC),
  ]), bob);
  assert.equal((await api.call.treeTokensApi.claimable(token, alice.address)).toBigInt(), 25n * CEC);

  const issuance = (await api.query.balances.totalIssuance()).toBigInt();
  const claimed = await sendAndInclude(api.tx.treeTokens.claim(token), alice);
  assert.equal(event(claimed.events, 'treeTokens', 'RevenueClaimed').data.amount.toBigInt(), 25n * CEC);
  assert.equal((await api.call.treeTokensApi.claimable(token, alice.address)).toBigInt(), 0n);
  await assert.rejects(sendAndInclude(api.tx.treeTokens.claim(token), alice), /treeTokens\.NothingToClaim/);

  const info = (await api.query.treeTokens.tokens(token)).unwrap();
  assert.equal(info.deposited.toBigInt() - info.claimed.toBigInt(), 75n * CEC);
  // Only fees, burnt or paid to the block author, change issuance; the claim itself moves CEC.
  assert.ok((await api.query.balances.totalIssuance()).toBigInt() <= issuance);
  // The token ledger has no calls of its own: every move settles revenue through treeTokens.
  assert.equal(api.tx.treeAssets, undefined);
});
