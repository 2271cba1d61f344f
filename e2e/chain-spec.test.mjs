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
