// Full blocks of every heavy kind on a release dev node: how many items a block takes, how long
// the node takes to build it, and what the state and the node cost afterwards.
//
// Run by scripts/bench-throughput.sh (which builds nothing: it uses $CEC_NODE). Each kind is
// prepared (accounts funded, claims issued, trees registered...), then 2.5 blocks' worth of its
// transactions, signed beforehand, are sent at once; a block the pool still had transactions for
// when it was sealed is a full block. Items per block are counted from the blocks themselves and
// the node's own build time of each block is read from its log ("Prepared block for proposing at
// N (T ms) ...; end: HitBlockWeightLimit"). Writes a JSON report to $OUT (default
// throughput.json) and prints a Markdown table.
import { existsSync, readFileSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { WsProvider, Keyring } from '@polkadot/api';
import { CodePromise, ContractPromise } from '@polkadot/api-contract';
import { hexToU8a } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { startDevNode } from '../lib/node.mjs';

const CEC = 10n ** 12n;
const CNY = 1; // the dev chain's test yuan
const CID = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const TARGET = process.env.CARGO_TARGET_DIR ?? join(homedir(), '.cache/cec-chain/target');
const NODE = process.env.CEC_NODE ?? join(TARGET, 'release/cec-node');
const BUNDLE = process.env.CEC_SPONSORSHIP_CONTRACT ?? join(TARGET, 'ink/tree_sponsorship/tree_sponsorship.contract');
const KINDS = (process.env.KINDS ?? 'transfers,trees,escrow,c2c,claims,contracts').split(',');
const FULL_BLOCKS = Number(process.env.FULL_BLOCKS ?? 100);
const OVERFILL = Number(process.env.OVERFILL ?? 2.5);
const OUT = process.env.OUT ?? 'throughput.json';
const ALL = { trade: true, land: true, insurance: true, crowdfunding: true };

const log = (...a) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------- the node ----------

/** The node's log: per block, its build time and why its building stopped. */
const built = new Map(); // number -> { ms, end, count }

async function startNode() {
  const re = /Prepared block for proposing at (\d+) \((\d+) ms\).*end: (\w+); extrinsics_count: (\d+)/;
  const node = await startDevNode({
    // Room for 2.5 full blocks of every kind at once.
    args: ['--pool-limit', '100000', '--pool-kbytes', '2000000', '--rpc-max-connections', '1000',
      '--rpc-max-request-size', '100', '--rpc-max-response-size', '100'],
    // BASE_PATH: keep the database (scripts/benchmark.sh runs `benchmark storage` on it).
    keepBasePath: process.env.BASE_PATH,
    onLine: (line) => {
      const m = re.exec(line);
      if (m) built.set(Number(m[1]), { ms: Number(m[2]), end: m[3], count: Number(m[4]) });
    },
  });
  // Long-running calls (state pages, blocks of thousands of extrinsics) on a second connection.
  const provider = new WsProvider(`ws://127.0.0.1:${node.rpcPort}`, false, {}, 600_000);
  await provider.connect();
  await provider.isReady;
  return { ...node, provider, async stop() { await provider.disconnect(); await node.stop(); } };
}

function rssMiB(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

function duBytes(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? duBytes(p) : statSync(p).size;
  }
  return total;
}

// ---------- transactions ----------

let api;
let provider;
let keyring;
const nonces = new Map();

function nextNonce(pair) {
  const n = nonces.get(pair.address);
  nonces.set(pair.address, n + 1);
  return n;
}

async function loadNonces(pairs) {
  for (let i = 0; i < pairs.length; i += 500) {
    const chunk = pairs.slice(i, i + 500);
    const accs = await api.query.system.account.multi(chunk.map((p) => p.address));
    chunk.forEach((p, j) => nonces.set(p.address, accs[j].nonce.toNumber()));
  }
}

/** Sign `tx` for `pair` with its next nonce, immortal: the hex to submit. */
async function sign(tx, pair) {
  const signed = await tx.signAsync(pair, { nonce: nextNonce(pair), era: 0 });
  return signed.toHex();
}

/** Submit hex extrinsics, `inFlight` at a time; resolves with the number refused by the pool. */
async function submit(hexes, inFlight = 256) {
  let refused = 0;
  let next = 0;
  let firstError;
  const worker = async () => {
    while (next < hexes.length) {
      const hex = hexes[next++];
      try { await provider.send('author_submitExtrinsic', [hex]); } catch (e) { refused += 1; firstError ??= e.message; }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  if (refused) log(`  ${refused} refused by the pool, first: ${firstError}`);
  return refused;
}

const head = async () => (await api.rpc.chain.getHeader()).number.toNumber();

/** Wait until `pred()` holds, checking at every new block; throws after `blocks` blocks. */
async function waitBlocks(pred, blocks = 30) {
  const start = await head();
  for (;;) {
    if (await pred()) return;
    if ((await head()) > start + blocks) throw new Error('condition not reached in time');
    await sleep(1_000);
  }
}

/** Send set-up transactions, wait until every sender's nonce has caught up; fail on a failure. */
async function setUp(hexes, pairs) {
  const from = (await head()) + 1;
  const refused = await submit(hexes, 64);
  if (refused) throw new Error('set-up transaction refused');
  await waitBlocks(async () => {
    const accs = await api.query.system.account.multi(pairs.map((p) => p.address));
    return accs.every((a, i) => a.nonce.toNumber() >= nonces.get(pairs[i].address));
  }, 60);
  const failed = await failures(from, await head());
  if (Object.keys(failed).length) throw new Error(`set-up failed: ${JSON.stringify(failed)}`);
}

/** Failed extrinsics of a block range, as `pallet.Error` strings with counts. */
async function failures(from, to) {
  const out = {};
  for (let n = from; n <= to; n++) {
    const events = await api.query.system.events.at(await api.rpc.chain.getBlockHash(n));
    for (const { event } of events) {
      if (api.events.system.ExtrinsicFailed.is(event) || api.events.utility.BatchInterrupted.is(event)) {
        const err = event.data.dispatchError ?? event.data.error;
        let name = err.toString();
        if (err.isModule) { const m = api.registry.findMetaError(err.asModule); name = `${m.section}.${m.name}`; }
        out[name] = (out[name] ?? 0) + 1;
      }
    }
  }
  return out;
}

// ---------- measuring a kind ----------

const results = [];
let fullBlocksSoFar = 0;
const maxNormal = () => {
  const w = api.consts.system.blockWeights;
  return w.perClass.normal.maxTotal.unwrap().refTime.toBigInt();
};

/** Weight (ref time, ps) and length of one signed transaction, as a block is charged for it. */
async function weightOf(hex) {
  // As `tx.paymentInfo` does: the encoded extrinsic and its length.
  const u8a = hexToU8a(hex);
  const info = await api.call.transactionPaymentApi.queryInfo(u8a, u8a.length);
  // What the block is charged: the call and its extensions, plus the base of every extrinsic.
  const base = api.consts.system.blockWeights.perClass.normal.baseExtrinsic.refTime.toBigInt();
  return { refTime: info.weight.refTime.toBigInt() + base, len: u8a.length };
}

/**
 * Send all `hexes` (each one item of `kind`, matched in blocks by `section.method`) at once and
 * measure the blocks they land in.
 */
async function measure(kind, call, hexes, perItem = 1, note = '') {
  const [section, method] = call.split('.');
  const { refTime, len } = await weightOf(hexes[0]);
  const estimate = Number(maxNormal() / refTime) * perItem;
  const from = (await head()) + 1;
  log(`${kind}: sending ${hexes.length} transactions (${(Number(refTime) / 1e6).toFixed(1)} µs, ${len} B each; the weight limit allows ${estimate} items)`);
  const refused = await submit(hexes);
  // Until every accepted one is in a block (or nothing lands for 3 blocks).
  const blocks = [];
  let included = 0;
  let n = from;
  let idle = 0;
  while (included < (hexes.length - refused) * perItem && idle < 3) {
    while ((await head()) < n) await sleep(500);
    const hash = await api.rpc.chain.getBlockHash(n);
    const [block, events, weight] = await Promise.all([
      api.rpc.chain.getBlock(hash), api.query.system.events.at(hash), api.query.system.blockWeight.at(hash),
    ]);
    const ok = new Set(events.filter(({ event, phase }) => phase.isApplyExtrinsic && api.events.system.ExtrinsicSuccess.is(event))
      .map(({ phase }) => phase.asApplyExtrinsic.toNumber()));
    let items = 0;
    let failed = 0;
    block.block.extrinsics.forEach((ex, i) => {
      if (ex.isSigned && ex.method.section === section && ex.method.method === method) {
        if (ok.has(i)) items += perItem; else failed += 1;
      }
    });
    for (let t = 0; !built.has(n) && t < 20; t++) await sleep(100);
    const b = built.get(n) ?? {};
    blocks.push({
      number: n, items, failed, extrinsics: block.block.extrinsics.length, ms: b.ms, end: b.end,
      weightMs: Number(weight.normal.refTime.toBigInt() / 1_000_000_000n), bytes: block.block.encodedLength,
    });
    log(`  #${n}: ${items} items${failed ? `, ${failed} failed` : ''}, built in ${b.ms} ms (${b.end}), weight ${blocks.at(-1).weightMs} ms, ${(block.block.encodedLength / 1024).toFixed(0)} KiB`);
    included += items + failed * perItem;
    idle = items + failed ? 0 : idle + 1;
    n += 1;
  }
  const fails = await failures(from, n - 1);
  if (Object.keys(fails).length) log(`  failures: ${JSON.stringify(fails)}`);
  // Full: the block builder stopped at a limit, with transactions of this kind still waiting.
  const full = blocks.filter((b) => b.items > 0 && (b.end === 'HitBlockWeightLimit' || b.end === 'HitBlockSizeLimit' || b.end === 'HitDeadline'));
  fullBlocksSoFar += full.length;
  const r = {
    kind, call, perItem, sent: hexes.length, refused, weightUs: Number(refTime) / 1e6, len, estimate,
    fullBlocks: full.length, itemsPerFullBlock: full.length ? Math.min(...full.map((b) => b.items)) : null,
    maxItemsPerBlock: Math.max(0, ...blocks.map((b) => b.items)),
    maxBuildMs: full.length ? Math.max(...full.map((b) => b.ms ?? 0)) : null,
    ends: [...new Set(full.map((b) => b.end))], failures: fails, blocks, note,
  };
  results.push(r);
  return r;
}

// ---------- state size ----------

/** Keys and values under a storage prefix: their count and total bytes. */
async function prefixBytes(prefix) {
  let start;
  let keys = 0;
  let bytes = 0;
  for (;;) {
    const page = await provider.send('state_getKeysPaged', [prefix, 1000, start]);
    if (!page.length) break;
    const values = await provider.send('state_queryStorageAt', [page]);
    for (const [k, v] of values[0].changes) { keys += 1; bytes += (k.length - 2) / 2 + (v ? (v.length - 2) / 2 : 0); }
    start = page.at(-1);
    if (page.length < 1000) break;
  }
  return { keys, bytes };
}
const palletPrefix = (name) => api.query[name][Object.keys(api.query[name])[0]].keyPrefix().slice(0, 34);

// ---------- the kinds ----------

const dev = {};
let accounts = []; // fresh accounts, funded by the transfers kind
const codesOf = []; // smart codes of trees no listing uses, for sponsorships

async function prepare() {
  for (const n of ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']) dev[n.toLowerCase()] = keyring.addFromUri(`//${n}`);
  await loadNonces(Object.values(dev));
  const h = await head();
  // Alice: Root, KYC provider, witness and the test yuan's market maker. As the witness she holds
  // the trees' deposits (0.017 CEC a tree, about 2,000 CEC for 2.5 blocks of batches) besides
  // paying most of the transfers: 10,000 CEC more than her genesis balance.
  const { free } = (await api.query.system.account(dev.alice.address)).data;
  const hexes = [
    await sign(api.tx.sudo.sudo(api.tx.utility.batchAll([
      api.tx.kyc.appointProvider(dev.alice.address, 'Dev KYC'),
      api.tx.forestry.appointWitness(dev.alice.address, 'FJ-WIT-0001', 'CN-35'),
      api.tx.balances.forceSetBalance(dev.alice.address, free.toBigInt() + 10_000n * CEC),
    ])), dev.alice),
    await sign(api.tx.marketMaker.postQuote(CNY, 99, 101, h + 10_000), dev.alice),
    await sign(api.tx.kyc.issueClaim(dev.bob.address, 1, ALL, h + 100_000, '0x' + 'b0'.repeat(32)), dev.alice),
    await sign(api.tx.kyc.issueClaim(dev.eve.address, 1, ALL, h + 100_000, '0x' + 'e0'.repeat(32)), dev.alice),
  ];
  await setUp(hexes, [dev.alice]);
}

/** Plain transfers: the dev accounts pay fresh accounts, which the other kinds then use. */
async function transfers() {
  const probe = await api.tx.balances.transferKeepAlive(dev.bob.address, CEC).signAsync(dev.ferdie, { nonce: 1_000_000, era: 0 });
  const { refTime } = await weightOf(probe.toHex());
  const count = Math.ceil(Number(maxNormal() / refTime) * OVERFILL);
  log(`deriving ${count} accounts`);
  accounts = Array.from({ length: count }, (_, i) => keyring.addFromUri(`//throughput//${i}`));
  // Alice (110,000 CEC) pays most; Charlie and Dave (10,000 each) up to 800 accounts each.
  const hexes = [];
  for (let i = 0; i < count; i++) {
    const from = i < 3 * 800 && i % 3 === 1 ? dev.charlie : i < 3 * 800 && i % 3 === 2 ? dev.dave : dev.alice;
    hexes.push(await sign(api.tx.balances.transferKeepAlive(accounts[i].address, CEC / 2n), from));
  }
  await measure('plain transfers', 'balances.transferKeepAlive', hexes, 1, 'to new accounts (each transfer creates one)');
  accounts.forEach((a) => nonces.set(a.address, 0));
}

const survey = (p, i) => ({
  species: 2, position: { lat: 261_000_000 + p * 10_000 + (i % 100), lon: 1_170_000_000 + Math.floor(i / 100) },
  heightCm: 1_400 + (i % 300), crownCm: 420, trunkMm: 260, planted: 2011, origin: 'Planted',
});

/** Tree registrations: a witness registers 1,000-tree batches on Bob's attested parcels. */
async function trees() {
  const one = await api.tx.forestry.registerTrees(0, Array.from({ length: 1000 }, (_, i) => survey(0, i)))
    .signAsync(dev.ferdie, { nonce: 1_000_000, era: 0 });
  const { refTime } = await weightOf(one.toHex());
  const batches = Math.max(3, Math.ceil(Number(maxNormal() / refTime) * OVERFILL));
  const parcels = [];
  const hexes = [];
  for (let p = 0; p < batches; p++) {
    hexes.push(await sign(api.tx.forestry.registerParcel({
      region: 'CN-350481', areaM2: 186_000, boundaryCid: CID, boundaryHash: '0x' + p.toString(16).padStart(64, '0'), certificateCid: CID,
    }), dev.bob));
  }
  const first = (await api.query.forestry.nextParcelId()).toNumber();
  await setUp(hexes, [dev.bob]);
  for (let p = 0; p < batches; p++) parcels.push(first + p);
  await setUp([await sign(api.tx.utility.batchAll(parcels.map((p) => api.tx.forestry.attestParcel(p))), dev.alice)], [dev.alice]);
  const before = await prefixBytes(palletPrefix('forestry'));
  const heldBefore = await heldCec([dev.alice, dev.bob]);
  const regs = [];
  for (const p of parcels) regs.push(await sign(api.tx.forestry.registerTrees(p, Array.from({ length: 1000 }, (_, i) => survey(p, i))), dev.alice));
  const r = await measure('tree registrations', 'forestry.registerTrees', regs, 1000, '1,000-tree batches by a witness');
  const after = await prefixBytes(palletPrefix('forestry'));
  const heldAfter = await heldCec([dev.alice, dev.bob]);
  const registered = r.blocks.reduce((s, b) => s + b.items, 0);
  r.state = {
    perTreeBytes: (after.bytes - before.bytes) / registered, perTreeKeys: (after.keys - before.keys) / registered,
    perTreeDepositCec: Number(heldAfter - heldBefore) / 1e12 / registered,
  };
  log(`  state per tree: ${r.state.perTreeBytes.toFixed(1)} B in ${r.state.perTreeKeys.toFixed(2)} keys, deposit ${r.state.perTreeDepositCec} CEC`);
  // Parcels whose trees sponsors may pick (not listed): every other one.
  for (const p of parcels.filter((_, i) => i % 2 === 1)) {
    for (let start = 0; start < 1000; start += 250) {
      const page = await api.call.forestryApi.parcelTrees(p, start, 250);
      for (const [, code] of page) codesOf.push(code.toUtf8());
    }
  }
  return parcels.filter((_, i) => i % 2 === 0);
}

async function heldCec(pairs) {
  const accs = await api.query.system.account.multi(pairs.map((p) => p.address));
  return accs.reduce((s, a) => s + a.data.reserved.toBigInt(), 0n);
}

/**
 * KYC claims (all scopes, by Alice, the provider) and 10.00 test yuan (from Charlie, Dave and
 * Ferdie, who hold 100,000.00 each) for every fresh account, 250 to a batch.
 */
async function verify() {
  const h = await head();
  const payers = [dev.charlie, dev.dave, dev.ferdie];
  const setup = [];
  for (let i = 0; i < accounts.length; i += 250) {
    const chunk = accounts.slice(i, i + 250);
    setup.push(await sign(api.tx.utility.batchAll(chunk.map((b, j) =>
      api.tx.kyc.issueClaim(b.address, 1, ALL, h + 100_000, '0x' + (i + j + 1).toString(16).padStart(64, '0')))), dev.alice));
    setup.push(await sign(api.tx.utility.batchAll(chunk.map((b) =>
      api.tx.settlementAssets.transfer(CNY, b.address, 1_000n))), payers[(i / 250) % 3]));
  }
  log(`verifying ${accounts.length} accounts in ${setup.length} batches`);
  await setUp(setup, [dev.alice, ...payers]);
}

/** Escrow: Bob lists trees for test yuan, then KYC-verified buyers accept (contract created). */
async function escrow(parcels) {
  const buyers = accounts.slice(0, Math.min(accounts.length, 1000 * parcels.length));
  const items = [];
  for (const p of parcels) for (let i = 0; i < 1000 && items.length < buyers.length; i++) items.push({ Tree: { parcel: p, index: i } });
  const escrowPrefix = palletPrefix('escrow');
  const before = await prefixBytes(escrowPrefix);
  const lists = [];
  for (const item of items) lists.push(await sign(api.tx.escrow.list(item, { WithId: CNY }, 5_000n, '0x' + '33'.repeat(32), 100), dev.bob));
  const listed = await measure('escrow listings', 'escrow.list', lists, 1, 'a tree listed for test yuan');
  const first = (await api.query.escrow.nextListingId()).toNumber() - lists.length;
  const accepts = [];
  for (let i = 0; i < lists.length; i++) accepts.push(await sign(api.tx.escrow.accept(first + i), buyers[i]));
  const accepted = await measure('escrow trades (accept)', 'escrow.accept', accepts, 1, 'a KYC-verified buyer accepts: the contract is created, the tree locked, KYC details granted');
  const after = await prefixBytes(escrowPrefix);
  const trades = accepted.blocks.reduce((s, b) => s + b.items, 0);
  accepted.state = { perTradeBytes: (after.bytes - before.bytes) / trades, perTradeKeys: (after.keys - before.keys) / trades };
  log(`  escrow state per trade (listing + contract): ${accepted.state.perTradeBytes.toFixed(1)} B`);
  return listed;
}

/** C2C: Eve lists CEC for test yuan near the maker's price; buyers each buy 1 CEC, locked. */
async function c2c() {
  const buyers = accounts.slice(0, Math.min(accounts.length, 6000));
  const listed = await sign(api.tx.lockup.list(CNY, 8_000n * CEC, 100), dev.eve);
  await setUp([listed], [dev.eve]);
  const id = (await api.query.lockup.nextListingId()).toNumber() - 1;
  const hexes = [];
  for (const b of buyers) hexes.push(await sign(api.tx.lockup.buy(id, CEC), b));
  await measure('C2C purchases', 'lockup.buy', hexes, 1, '1 CEC each from one listing, paid in test yuan, bought locked');
  return buyers;
}

/** Dividend claims by holders who bought locked CEC, once a day with revenue has closed. */
async function claims(holders) {
  const today = async () => (await api.query.dividends.today()).toNumber();
  const start = await today();
  // Holders earn from the day after they lock; that day needs revenue: fees of some remarks.
  log(`claims: waiting for day ${start + 1}, paying fees in it, then waiting for its close`);
  await waitBlocks(async () => (await today()) >= start + 1, 40);
  const fees = [];
  for (const h of holders.slice(0, 200)) fees.push(await sign(api.tx.system.remark('0x' + '11'.repeat(100)), h));
  await setUp(fees, holders.slice(0, 200));
  await waitBlocks(async () => (await today()) >= start + 2, 40);
  const hexes = [];
  for (const h of holders) hexes.push(await sign(api.tx.dividends.claim(), h));
  await measure('dividend claims', 'dividends.claim', hexes, 1, 'a holder claims its share of the closed days');
}

/** Contract calls: sponsors sponsor trees through the sample ink! DApp. */
async function contracts() {
  if (!existsSync(BUNDLE)) { log(`contracts: no bundle at ${BUNDLE}, skipped`); return; }
  const bundle = JSON.parse(readFileSync(BUNDLE, 'utf8'));
  const gasLimit = api.registry.createType('WeightV2', { refTime: 20_000_000_000n, proofSize: 1_000_000n });
  const minBond = api.consts.dappBond.minDeveloperBond.toBigInt();
  await setUp([await sign(api.tx.dappBond.bond(minBond), dev.ferdie)], [dev.ferdie]);
  const code = new CodePromise(api, bundle, bundle.source.wasm);
  const price = CEC / 100n;
  await setUp([await sign(code.tx.new({ gasLimit, storageDepositLimit: null }, price), dev.ferdie)], [dev.ferdie]);
  const events = await api.query.system.events();
  const inst = events.find(({ event }) => api.events.contracts.Instantiated.is(event));
  let address = inst?.event.data.contract.toString();
  if (!address) {
    const keys = await api.query.contracts.contractInfoOf.keys();
    address = keys.at(-1).args[0].toString();
  }
  const contract = new ContractPromise(api, bundle, address);
  const sponsors = accounts.slice(0, Math.min(accounts.length, codesOf.length));
  const dry = await contract.query.sponsor(sponsors[0].address, { gasLimit, value: price }, codesOf[0], 1);
  const limit = api.registry.createType('WeightV2', {
    refTime: (dry.gasRequired.refTime.toBigInt() * 11n) / 10n, proofSize: (dry.gasRequired.proofSize.toBigInt() * 11n) / 10n,
  });
  const hexes = [];
  for (let i = 0; i < sponsors.length; i++) {
    hexes.push(await sign(contract.tx.sponsor({ gasLimit: limit, value: price, storageDepositLimit: null }, codesOf[i], 1), sponsors[i]));
  }
  await measure('contract calls', 'contracts.call', hexes, 1, 'tree_sponsorship.sponsor (reads the registry through the chain extension, pays the owner)');
}

/** More transfers between the funded accounts until `FULL_BLOCKS` full blocks in all. */
async function sustain() {
  let round = 0;
  while (fullBlocksSoFar < FULL_BLOCKS) {
    const need = FULL_BLOCKS - fullBlocksSoFar;
    const perBlock = results.find((r) => r.kind === 'plain transfers')?.itemsPerFullBlock ?? 2000;
    const count = Math.min(accounts.length, Math.ceil(perBlock * Math.min(need + 1, 4)));
    const hexes = [];
    for (let i = 0; i < count; i++) hexes.push(await sign(api.tx.balances.transferKeepAlive(accounts[(i + 1 + round) % accounts.length].address, CEC / 100n), accounts[i]));
    const r = await measure(`sustained transfers ${round}`, 'balances.transferKeepAlive', hexes);
    results.pop();
    results.push({ ...r, blocks: undefined });
    round += 1;
    if (r.fullBlocks === 0) break;
  }
}

// ---------- main ----------

await cryptoWaitReady();
keyring = new Keyring({ type: 'sr25519', ss58Format: 3686 });
const node = await startNode();
({ api, provider } = node);
const t0 = Date.now();
let report;
try {
  const machine = { rssStartMiB: rssMiB(node.pid), dbStartBytes: duBytes(node.basePath) };
  await prepare();
  await transfers();
  if (KINDS.includes('escrow') || KINDS.includes('c2c') || KINDS.includes('claims')) await verify();
  let parcels = [];
  if (KINDS.includes('trees') || KINDS.includes('escrow') || KINDS.includes('contracts')) parcels = await trees();
  if (KINDS.includes('escrow')) await escrow(parcels);
  let holders = [];
  if (KINDS.includes('c2c') || KINDS.includes('claims')) holders = await c2c();
  if (KINDS.includes('claims')) await claims(holders);
  if (KINDS.includes('contracts')) await contracts();
  if (FULL_BLOCKS > 0) await sustain();
  const best = await head();
  report = {
    node: NODE, date: new Date().toISOString(), minutes: (Date.now() - t0) / 60_000, best,
    fullBlocks: fullBlocksSoFar, rssMiB: rssMiB(node.pid), dbBytes: duBytes(node.basePath), ...machine,
    maxNormalWeightMs: Number(maxNormal() / 1_000_000_000n), results,
  };
} finally {
  await node.stop();
}
writeFileSync(OUT, JSON.stringify(report, null, 1));
console.log('| kind | weight per transaction | items per full block | weight-limit estimate | full blocks | longest build of a full block | block stopped by |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of report.results) {
  if (r.kind.startsWith('sustained')) continue;
  console.log(`| ${r.kind} (\`${r.call}\`${r.perItem > 1 ? ` × ${r.perItem}` : ''}) | ${r.weightUs.toFixed(1)} µs | ${r.itemsPerFullBlock ?? `${r.maxItemsPerBlock} (no full block)`} | ${r.estimate} | ${r.fullBlocks} | ${r.maxBuildMs ?? '–'} ms | ${r.ends.join(', ') || '–'} |`);
}
console.log(`\nAfter ${report.fullBlocks} full blocks (best #${report.best}): node RSS ${report.rssMiB.toFixed(0)} MiB (at start ${report.rssStartMiB.toFixed(0)}), database ${(report.dbBytes / 2 ** 20).toFixed(1)} MiB (at start ${(report.dbStartBytes / 2 ** 20).toFixed(1)}).`);
for (const r of report.results) if (r.state) console.log(`${r.kind}: ${JSON.stringify(r.state)}`);
process.exit(0);
