// The dev chain as Polkadot.js Apps and integrators meet it, over JSON-RPC.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aConcat } from '@polkadot/util';
import { encodeAddress, mnemonicGenerate } from '@polkadot/util-crypto';
import { startDevNode, sendAndFinalize, waitForFinalized } from './lib/node.mjs';

const CEC = 10n ** 12n;
const SS58 = 3686;
const MONTH = 30 * 14_400;
let node;
let api;

/** The keyless account of a genesis allocation: "modl" ++ 8-byte id, zero-padded. */
function allocationAccount(id) {
  return encodeAddress(u8aConcat(stringToU8a('modl'), stringToU8a(id), new Uint8Array(20)), SS58);
}

before(async () => {
  node = await startDevNode();
  api = node.api;
});

after(async () => {
  await node?.stop();
});

test('chain properties name CEC with 12 decimals and its own address format', async () => {
  const props = await api.rpc.system.properties();
  assert.deepEqual(props.tokenSymbol.unwrap().map(String), ['CEC']);
  assert.deepEqual(props.tokenDecimals.unwrap().map((d) => d.toNumber()), [12]);
  assert.equal(props.ss58Format.unwrap().toNumber(), SS58);
  assert.equal(api.consts.system.ss58Prefix.toNumber(), SS58);
  assert.equal((await api.rpc.system.chain()).toString(), 'CEC Development');
  assert.equal(api.runtimeVersion.specName.toString(), 'cec');
});

test('metadata v16 is served, as Polkadot.js Apps needs no custom types', async () => {
  const versions = (await api.call.metadata.metadataVersions()).map((v) => v.toNumber());
  assert.ok(versions.includes(15) && versions.includes(16), `versions ${versions}`);
  for (const pallet of ['babe', 'grandpa', 'staking', 'session', 'offences', 'vesting', 'supply']) {
    assert.ok(api.query[pallet], `pallet ${pallet} in metadata`);
  }
});

test('blocks are produced and finalised', async () => {
  const start = (await api.rpc.chain.getHeader()).number.toNumber();
  const h = await waitForFinalized(api, (hdr) => hdr.number.toNumber() > start + 1);
  assert.ok(h.number.toNumber() >= 2);
});

test('Prometheus serves block metrics', async () => {
  const res = await fetch(`http://127.0.0.1:${node.promPort}/metrics`);
  assert.equal(res.status, 200);
  const text = await res.text();
  assert.match(text, /substrate_block_height\{status="finalized",chain="cec_dev"\} \d+/);
});

test('a transfer is finalised and moves exactly the amount', async () => {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: SS58 });
  const alice = keyring.addFromUri('//Alice');
  const dest = keyring.addFromMnemonic(mnemonicGenerate());
  const amount = 12n * CEC;

  const { events } = await sendAndFinalize(api.tx.balances.transferKeepAlive(dest.address, amount), alice);
  assert.ok(events.some(({ event }) => api.events.system.ExtrinsicSuccess.is(event)));
  const transfer = events.find(({ event }) => api.events.balances.Transfer.is(event));
  assert.ok(transfer, 'Transfer event');
  assert.equal(transfer.event.data.amount.toBigInt(), amount);

  const { data } = await api.query.system.account(dest.address);
  assert.equal(data.free.toBigInt(), amount);
  // The fee was charged to Alice and paid to the block author (Alice), so issuance is unchanged.
  assert.equal((await api.query.balances.totalIssuance()).toBigInt(), 4_000_000n * CEC);
});

test('staking: Alice is the validator of era 0', async () => {
  const alice = new Keyring({ type: 'sr25519', ss58Format: SS58 }).addFromUri('//Alice').address;
  const validators = (await api.query.session.validators()).map(String);
  assert.deepEqual(validators, [alice]);
  const era = await api.query.staking.currentEra();
  assert.equal(era.unwrap().toNumber(), 0);
  const active = await api.query.staking.activeEra();
  assert.equal(active.unwrap().index.toNumber(), 0);
  const prefs = await api.query.staking.validators(alice);
  assert.ok(prefs, 'validator prefs');
  const ledger = (await api.query.staking.ledger(alice)).unwrap();
  assert.equal(ledger.total.toBigInt(), 5_000n * CEC);
  assert.equal(api.consts.staking.sessionsPerEra.toNumber(), 24);
});

test("the tech team's allocation vests in four tranches at 6/12/18/24 months", async () => {
  const team = allocationAccount('cec/team');
  const { data } = await api.query.system.account(team);
  assert.equal(data.free.toBigInt(), 100_000n * CEC);
  const schedules = (await api.query.vesting.vesting(team)).unwrap();
  assert.equal(schedules.length, 4);
  schedules.forEach((s, k) => {
    assert.equal(s.locked.toBigInt(), 25_000n * CEC);
    assert.equal(s.perBlock.toBigInt(), 25_000n * CEC, 'a whole tranche in one block');
    assert.equal(s.startingBlock.toNumber(), 6 * (k + 1) * MONTH - 1, 'free at its month, not a block earlier');
  });
  const locks = await api.query.balances.locks(team);
  assert.equal(locks[0].amount.toBigInt(), 100_000n * CEC);
});

test('the emission cap and period are exposed as constants', async () => {
  assert.equal(api.consts.supply.emissionTotal.toBigInt(), 32_867_216n * CEC);
  assert.equal(api.consts.supply.issuanceCap.toBigInt(), 36_867_216n * CEC);
  assert.equal(api.consts.supply.emissionPeriodMillis.toBigInt(), 730n * 86_400_000n);
});
