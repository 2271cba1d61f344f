// What a validator does first: export the chain spec (plain and raw) to share with the others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { nodeBinary } from './lib/node.mjs';

function buildSpec(...args) {
  const out = spawnSync(nodeBinary(), ['build-spec', '--disable-default-bootnode', ...args], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(out.status, 0, out.stderr);
  return JSON.parse(out.stdout);
}

test('the local chain spec exports with its properties and a genesis preset', () => {
  const spec = buildSpec('--chain', 'local');
  assert.equal(spec.id, 'cec_local');
  assert.equal(spec.chainType, 'Local');
  assert.deepEqual(spec.properties, { ss58Format: 3686, tokenDecimals: 12, tokenSymbol: 'CEC' });
  const patch = spec.genesis.runtimeGenesis.patch;
  assert.equal(patch.session.keys.length, 4, 'four validators');
  assert.equal(patch.staking.stakers.length, 6, 'four validators and two nominators');
});

test('the raw spec carries genesis storage and the runtime code', () => {
  const spec = buildSpec('--chain', 'dev', '--raw');
  const top = spec.genesis.raw.top;
  // `:code` is 0x3a636f6465.
  assert.ok(top['0x3a636f6465']?.length > 100_000, 'runtime Wasm in genesis');
  assert.ok(Object.keys(top).length > 50);
});

test('the production spec (--chain mainnet) has no sudo key, seats the council and builds its genesis', () => {
  const spec = buildSpec('--chain', 'mainnet');
  assert.equal(spec.id, 'cec_mainnet');
  assert.equal(spec.chainType, 'Live');
  const patch = spec.genesis.runtimeGenesis.patch;
  assert.equal(patch.sudo.key, null, 'no sudo key');
  assert.equal(patch.councilMembership.members.length, 8, 'eight council seats');
  assert.equal(patch.session.keys.length, 3, 'three launch validators');
  assert.equal(patch.settlementAssets.assets.length, 0, 'no test yuan');
  const total = patch.balances.balances.reduce((sum, [, b]) => sum + BigInt(b), 0n);
  assert.equal(total, 4_000_000n * 10n ** 12n, 'exactly 4,000,000 CEC');
  // The raw form runs the genesis build of every pallet.
  const raw = buildSpec('--chain', 'mainnet', '--raw');
  assert.ok(raw.genesis.raw.top['0x3a636f6465']?.length > 100_000);
});
