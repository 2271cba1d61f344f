// Start and stop a real cec-node for a test, and connect @polkadot/api to it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { ApiPromise, WsProvider } from '@polkadot/api';

/**
 * `n` distinct free TCP ports on 127.0.0.1. All `n` listeners are open at once before any is
 * closed: picking one port at a time can hand out the same port twice (the OS reuses a port
 * just released), and then the node's Prometheus exporter took the RPC port and RPC moved
 * elsewhere.
 */
export async function freePorts(n) {
  const servers = await Promise.all(Array.from({ length: n }, () => new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => resolve(srv));
  })));
  const ports = servers.map((srv) => srv.address().port);
  await Promise.all(servers.map((srv) => new Promise((resolve) => srv.close(resolve))));
  return ports;
}

/** Path of the node binary (built by scripts/test.sh). */
export function nodeBinary() {
  const bin = process.env.CEC_NODE
    ?? join(process.env.CARGO_TARGET_DIR ?? join(process.env.HOME, '.cache/cec-chain/target'), 'release/cec-node');
  return bin;
}

/**
 * Start `cec-node --dev` on loopback ports and connect to it. Fails loudly (throws with the
 * node's last output) if the node does not answer RPC within `timeoutMs`. `keepBasePath`: the
 * database directory to use and keep (by default a temporary one, removed at `stop`); `onLine`:
 * called with each line the node logs.
 */
export async function startDevNode({ timeoutMs = 120_000, args = [], keepBasePath, onLine } = {}) {
  const [rpcPort, p2pPort, promPort] = await freePorts(3);
  const basePath = keepBasePath ?? mkdtempSync(join(tmpdir(), 'cec-e2e-'));
  const child = spawn(nodeBinary(), [
    '--dev', '--base-path', basePath,
    '--rpc-port', String(rpcPort),
    '--prometheus-port', String(promPort),
    '--no-telemetry', '--no-mdns', '--no-hardware-benchmarks',
    '--listen-addr', `/ip4/127.0.0.1/tcp/${p2pPort}`,
    ...args,
  ], { stdio: ['ignore', 'pipe', 'pipe'] });

  let output = '';
  let partial = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-20_000);
    if (!onLine) return;
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop();
    lines.forEach(onLine);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  const deadline = Date.now() + timeoutMs;
  let api;
  while (!api) {
    if (exited) throw new Error(`cec-node exited early (${JSON.stringify(exited)}):\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`cec-node did not answer RPC on port ${rpcPort} within ${timeoutMs} ms:\n${output}`);
    }
    try {
      const provider = new WsProvider(`ws://127.0.0.1:${rpcPort}`, false);
      await provider.connect();
      await new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error('connect timeout')), 2_000);
        provider.on('connected', () => { clearTimeout(t); resolve(); });
        provider.on('error', () => { clearTimeout(t); reject(new Error('ws error')); });
      });
      api = await ApiPromise.create({ provider, throwOnConnect: true, noInitWarn: true });
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  return {
    api,
    pid: child.pid,
    basePath,
    rpcPort,
    promPort,
    output: () => output,
    async stop() {
      await api.disconnect().catch(() => {});
      if (!exited) {
        child.kill('SIGINT');
        await new Promise((resolve) => {
          const t = setTimeout(() => { child.kill('SIGKILL'); resolve(); }, 10_000);
          child.on('exit', () => { clearTimeout(t); resolve(); });
        });
      }
      if (!keepBasePath) rmSync(basePath, { recursive: true, force: true });
    },
  };
}

/** Resolve when `pred(header)` holds for a finalised head, or reject after `timeoutMs`. */
export function waitForFinalized(api, pred, timeoutMs = 120_000) {
  return new Promise((resolve, reject) => {
    let unsub;
    const t = setTimeout(() => { unsub?.(); reject(new Error('no such finalised block in time')); }, timeoutMs);
    api.rpc.chain.subscribeFinalizedHeads((h) => {
      if (pred(h)) { clearTimeout(t); unsub?.(); resolve(h); }
    }).then((u) => { unsub = u; });
  });
}

/** How many dividend days have closed (the day under way), at block `at` or the best block. */
export async function dividendDay(api, at) {
  const q = (at ? await api.at(at) : api).query.dividends.today();
  return (await q).toNumber();
}

/** The first new head at which at least `day` dividend days have closed. */
export function waitForDividendDay(api, day) {
  return new Promise((resolve) => {
    let unsub;
    api.rpc.chain.subscribeNewHeads(async (h) => {
      if ((await dividendDay(api, h.hash)) >= day) { unsub?.(); resolve(h); }
    }).then((u) => { unsub = u; });
  });
}

/** The first event `section.method` among a transaction's `events`; fails the test if absent. */
export function findEvent(events, section, method) {
  const found = events.find(({ event: e }) => e.section === section && e.method === method);
  if (!found) throw new Error(`no event ${section}.${method}`);
  return found.event;
}

/** A dispatch error as `pallet.Error` (e.g. `forestry.NotWitness`) when it is a module error. */
export function describeError(registry, err) {
  if (err.isModule) {
    const { section, name } = registry.findMetaError(err.asModule);
    return `${section}.${name}`;
  }
  return err.toString();
}

/** Sign and send `tx`, resolving with the events once its block is finalised. */
export function sendAndFinalize(tx, signer, timeoutMs = 180_000) {
  return new Promise((resolve, reject) => {
    let unsub;
    const t = setTimeout(() => { unsub?.(); reject(new Error('transaction not finalised in time')); }, timeoutMs);
    tx.signAndSend(signer, (result) => {
      if (result.dispatchError) {
        clearTimeout(t); unsub?.();
        reject(new Error(`dispatch error: ${describeError(tx.registry, result.dispatchError)}`));
      } else if (result.status.isFinalized) {
        clearTimeout(t); unsub?.();
        resolve({ blockHash: result.status.asFinalized, events: result.events });
      } else if (result.status.isInvalid || result.status.isDropped || result.status.isUsurped) {
        clearTimeout(t); unsub?.();
        reject(new Error(`transaction ${result.status.type}`));
      }
    }).then((u) => { unsub = u; }).catch((e) => { clearTimeout(t); reject(e); });
  });
}

/**
 * Sign and send `tx` (with signer `options`, e.g. `{ mode: 1, metadataHash }`), resolving with
 * the events as soon as it is in a block: what a wallet shows as "in block". Use
 * `sendAndFinalize` only where finality itself is tested.
 */
export function sendAndInclude(tx, signer, options = {}, timeoutMs = 120_000) {
  return new Promise((resolve, reject) => {
    let unsub;
    const t = setTimeout(() => { unsub?.(); reject(new Error('transaction not included in time')); }, timeoutMs);
    tx.signAndSend(signer, options, (result) => {
      if (result.dispatchError) {
        clearTimeout(t); unsub?.();
        reject(new Error(`dispatch error: ${describeError(tx.registry, result.dispatchError)}`));
      } else if (result.status.isInBlock) {
        clearTimeout(t); unsub?.();
        resolve({ blockHash: result.status.asInBlock, events: result.events });
      } else if (result.status.isInvalid || result.status.isDropped || result.status.isUsurped) {
        clearTimeout(t); unsub?.();
        reject(new Error(`transaction ${result.status.type}`));
      }
    }).then((u) => { unsub = u; }).catch((e) => { clearTimeout(t); reject(e); });
  });
}
