// npm run bench:match [-- --sizes 1000000,10000000 --queries 1000]
// Builds PDQ match indexes over random hashes with planted near-duplicates and measures build
// time, memory, query latency (near and far) and recall, beside a linear scan in the same run.
// Each size runs in its own child process so memory figures are not polluted by the previous one.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_MATCH_THRESHOLD, PdqIndex, linearScan } from '../src/internal.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000000,10000000' },
    size: { type: 'string' },
    queries: { type: 'string', default: '1000' },
    'linear-queries': { type: 'string', default: '30' },
    seed: { type: 'string', default: '20261122' },
  },
});

const WORDS = 8;
const T = DEFAULT_MATCH_THRESHOLD;

function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>>= 0);
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

function runSize(n: number): Record<string, unknown> {
  const queries = Number(values.queries);
  const next = rng(Number(values.seed) + n);
  const rssStart = process.memoryUsage().rss;
  const words = new Uint32Array(n * WORDS);
  for (let i = 0; i < words.length; i++) words[i] = next();

  // Plant one near-duplicate of each near query, at a distance spread evenly over 0..31.
  const near: { query: Uint32Array; position: number; distance: number }[] = [];
  for (let q = 0; q < queries; q++) {
    const query = Uint32Array.from({ length: WORDS }, next);
    const distance = q % (T + 1);
    const position = next() % n;
    const bits = new Set<number>();
    while (bits.size < distance) bits.add(next() & 255);
    const planted = Uint32Array.from(query);
    for (const b of bits) planted[b >> 5] = (planted[b >> 5]! ^ (1 << (b & 31))) >>> 0;
    words.set(planted, position * WORDS);
    near.push({ query, position, distance });
  }
  // A later plant may overwrite an earlier one's slot; drop those from the recall count.
  const live = near.filter((p, i) => near.findIndex((o, j) => j > i && o.position === p.position) < 0);
  const far = Array.from({ length: queries }, () => Uint32Array.from({ length: WORDS }, next));

  const t0 = performance.now();
  const index = PdqIndex.fromWords(words);
  index.build();
  const buildMs = performance.now() - t0;
  global.gc?.();
  const rssAfterBuild = process.memoryUsage().rss;

  // Wall time is what a caller sees; CPU time (user+system of this process) shows how much of it
  // is our work rather than waiting for a core on a shared machine.
  const cpu: number[] = [];
  const time = (fn: () => unknown) => {
    const c = process.cpuUsage();
    const s = performance.now();
    fn();
    const wall = performance.now() - s;
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    return wall;
  };
  // Warm up the JIT on a few queries that are not measured.
  for (let i = 0; i < 200; i++) index.search(i % 2 ? far[i % far.length]! : near[i % near.length]!.query);

  let found = 0;
  let beyond = 0;
  const nearMs = live.map((p) => {
    let result: ReturnType<PdqIndex['search']> = [];
    const ms = time(() => (result = index.search(p.query)));
    if (result.some((m) => m.position === p.position && m.distance === p.distance)) found++;
    beyond += result.filter((m) => m.distance > T).length;
    return ms;
  });
  const nearCpu = cpu.splice(0);
  const farMs = far.map((q) => time(() => index.search(q)));
  const farCpu = cpu.splice(0);

  // Linear scan on a subset, and an exactness check of the index against it on the same queries.
  const lq = Math.min(Number(values['linear-queries']), live.length);
  let mismatches = 0;
  const linearMs = live.slice(0, lq).map((p) => {
    let scan: ReturnType<typeof linearScan> = [];
    const ms = time(() => (scan = linearScan(words, n, p.query, T)));
    const key = (m: { position: number; distance: number }) => `${m.position}:${m.distance}`;
    const idx = index.search(p.query).map(key).sort().join();
    if (idx !== scan.map(key).sort().join()) mismatches++;
    return ms;
  });

  const sort = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const s = { near: sort(nearMs), far: sort(farMs), linear: sort(linearMs), nearCpu: sort(nearCpu), farCpu: sort(farCpu) };
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    hashes: n,
    buildS: round(buildMs / 1000),
    indexMB: mb(index.memoryBytes()),
    rssMB: mb(rssAfterBuild),
    rssGrowthMB: mb(rssAfterBuild - rssStart),
    nearQueries: live.length,
    recall: round(found / live.length),
    returnedBeyondThreshold: beyond,
    nearP50ms: round(percentile(s.near, 50)),
    nearP99ms: round(percentile(s.near, 99)),
    nearMaxMs: round(s.near[s.near.length - 1]!),
    nearCpuP50ms: round(percentile(s.nearCpu, 50)),
    nearCpuP99ms: round(percentile(s.nearCpu, 99)),
    farP50ms: round(percentile(s.far, 50)),
    farP99ms: round(percentile(s.far, 99)),
    farCpuP50ms: round(percentile(s.farCpu, 50)),
    farCpuP99ms: round(percentile(s.farCpu, 99)),
    chunks: index.chunkCount,
    loadAverage: loadavg().map((x) => Math.round(x * 10) / 10),
    linearQueries: lq,
    linearP50ms: round(percentile(s.linear, 50)),
    linearP99ms: round(percentile(s.linear, 99)),
    speedupP50: Math.round(percentile(s.linear, 50) / percentile(s.near, 50)),
    indexVsLinearMismatches: mismatches,
  };
}

if (values.size) {
  console.log(JSON.stringify(runSize(Number(values.size))));
} else {
  const sizes = values.sizes.split(',').map(Number);
  console.log(`# bench:match — ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, threshold ${T}`);
  const rows: Record<string, unknown>[] = [];
  for (const n of sizes) {
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--size', String(n), '--queries', values.queries, '--linear-queries', values['linear-queries'], '--seed', values.seed],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    if (child.status !== 0) throw new Error(`size ${n} failed with status ${child.status}`);
    const row = JSON.parse(child.stdout.trim().split('\n').pop()!);
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  console.log(
    '\n| hashes | chunks | build s | index MB | RSS MB | recall (near) | near p50 / p99 ms | near CPU p50 / p99 ms | far p50 / p99 ms | far CPU p50 / p99 ms | linear p50 / p99 ms | speed-up p50 | load avg |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${Number(r.hashes).toLocaleString('en')} | ${r.chunks} | ${r.buildS} | ${r.indexMB} | ${r.rssMB} | ${r.recall} (${r.nearQueries}) | ${r.nearP50ms} / ${r.nearP99ms} | ${r.nearCpuP50ms} / ${r.nearCpuP99ms} | ${r.farP50ms} / ${r.farP99ms} | ${r.farCpuP50ms} / ${r.farCpuP99ms} | ${r.linearP50ms} / ${r.linearP99ms} | ${r.speedupP50}x | ${(r.loadAverage as number[])[0]} |`,
    );
  }
}
