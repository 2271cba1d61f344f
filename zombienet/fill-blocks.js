// zombienet js-script: keep the 4-validator network's blocks full of transfers for a while and
// count the BABE slots that got no block meanwhile. Returns that count (the .zndsl asserts 0).
//   args: "<transfers>" (default 20000), "<per slot>" (default 3300, about one full block)
// Prints, per block, its transfers and the block-import histograms of every validator's
// Prometheus endpoint, so the log shows how long the other validators took to import them.
const CEC = 10n ** 12n;

async function metric(uri, name) {
  const text = await (await fetch(uri)).text();
  const get = (suffix) => {
    const line = text.split('\n').find((l) => l.startsWith(`${name}_${suffix}`) && !l.startsWith('#'));
    return line ? Number(line.split(' ').pop()) : 0;
  };
  return { sum: get('sum'), count: get('count') };
}

async function run(nodeName, networkInfo, args) {
  const total = Number(args[0] ?? 20000);
  const names = Object.keys(networkInfo.nodesByName);
  const { wsUri } = networkInfo.nodesByName[nodeName];
  const api = await zombie.connect(wsUri);
  await zombie.util.cryptoWaitReady();
  const keyring = new zombie.Keyring({ type: 'sr25519' });
  const senders = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'].map((u) => keyring.addFromUri(u));
  const accs = await api.query.system.account.multi(senders.map((s) => s.address));
  const nonces = accs.map((a) => a.nonce.toNumber());

  console.log(`signing ${total} transfers`);
  const hexes = [];
  for (let i = 0; i < total; i++) {
    // Signing never yields to the event loop on its own: let the WebSocket answer the node's
    // pings now and then, or the node drops the connection as dead.
    if (i % 100 === 0) await new Promise((r) => setImmediate(r));
    const s = i % senders.length;
    const to = keyring.addFromUri(`//zombienet//${i}`).address;
    const tx = await api.tx.balances.transferKeepAlive(to, CEC / 50n).signAsync(senders[s], { nonce: nonces[s]++, era: 0 });
    hexes.push(tx.toHex());
  }
  // As wallets do, each sender submits to one validator's RPC (its nonces then arrive in order
  // there) and gossip carries the transactions to the others. They go in waves of about one full
  // block a slot: a sustained load, not one burst of 20,000 that every node would have to gossip
  // to every other at once (their transaction notification channels clog and drop peers).
  const providers = await Promise.all(names.map(async (n) => {
    const p = new zombie.WsProvider(networkInfo.nodesByName[n].wsUri);
    await p.isReady;
    return p;
  }));
  const before = await Promise.all(names.map((n) => metric(networkInfo.nodesByName[n].prometheusUri, 'substrate_block_verification_and_import_time')));
  const start = (await api.rpc.chain.getHeader()).number.toNumber();
  const wave = Number(args[1] ?? 3300);
  let refused = 0;
  for (let from = 0; from < hexes.length; from += wave) {
    const began = Date.now();
    const sent = await Promise.allSettled(hexes.slice(from, from + wave).map((hex, k) =>
      providers[((from + k) % senders.length) % providers.length].send('author_submitExtrinsic', [hex])));
    refused += sent.filter((r) => r.status === 'rejected').length;
    await new Promise((r) => setTimeout(r, Math.max(0, 6000 - (Date.now() - began))));
  }
  console.log(`sent from #${start}; ${refused} refused`);

  // Until every transfer is in a block, or three blocks pass without one.
  let n = start + 1;
  let included = 0;
  let idle = 0;
  const blocks = [];
  while (included < total - refused && idle < 3) {
    while ((await api.rpc.chain.getHeader()).number.toNumber() < n) await new Promise((r) => setTimeout(r, 500));
    const hash = await api.rpc.chain.getBlockHash(n);
    const [block, slot] = await Promise.all([api.rpc.chain.getBlock(hash), api.query.babe.currentSlot.at(hash)]);
    const transfers = block.block.extrinsics.filter((ex) => ex.isSigned && ex.method.method === 'transferKeepAlive').length;
    blocks.push({ n, slot: slot.toNumber(), transfers });
    console.log(`#${n} slot ${slot.toNumber()}: ${transfers} transfers`);
    included += transfers;
    idle = transfers ? 0 : idle + 1;
    n += 1;
  }
  const after = await Promise.all(names.map((n) => metric(networkInfo.nodesByName[n].prometheusUri, 'substrate_block_verification_and_import_time')));
  names.forEach((name, i) => {
    const count = after[i].count - before[i].count;
    const avg = count ? ((after[i].sum - before[i].sum) / count) * 1000 : 0;
    console.log(`${name}: ${count} blocks verified and imported, ${avg.toFixed(0)} ms on average`);
  });
  // Slots from the first to the last block that carried transfers: each should have its block.
  const full = blocks.filter((b) => b.transfers > 0);
  const missed = full.length ? full.at(-1).slot - full[0].slot + 1 - full.length : 0;
  const most = Math.max(0, ...blocks.map((b) => b.transfers));
  console.log(`${included} transfers in ${full.length} blocks (at most ${most} a block); ${missed} slots missed`);
  await Promise.all(providers.map((p) => p.disconnect()));
  await api.disconnect();
  return missed;
}

module.exports = { run };
