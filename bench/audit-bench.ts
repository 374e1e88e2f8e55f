// Audit throughput. Usage:
//   node --import tsx bench/audit-bench.ts [--images DIR] [--count N] [--fake] [--concurrency N]
// With --fake (or when the models are not wired) the analyzer and hasher are stand-ins that only
// decode/hash: it then measures the audit's own plumbing (reading, journal fsyncs, statistics,
// near-duplicate clustering, reports), not the models.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { loadAuditDependencies, nearDuplicateClusters, readConfig, runAudit, type AuditDependencies } from '../src/internal.ts';
import { fakeHasher, tableAnalyzer } from '../src/testing/fake-image-analyzer.ts';

const { values } = parseArgs({ options: { images: { type: 'string' }, count: { type: 'string', default: '2000' }, fake: { type: 'boolean' }, concurrency: { type: 'string' } } });
const count = Number(values.count);
const images = values.images ?? join(tmpdir(), `consentry-synthetic-${count}`);
if (!values.images) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-synthetic-images.ts', '--count', String(count), '--out', images], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}
let deps: AuditDependencies;
let kind = 'real models';
if (values.fake) {
  deps = { analyzer: tableAnalyzer(), hasher: fakeHasher() };
  kind = 'stand-in analyzer (sharp metadata) + MD5/SHA-256 hasher';
} else {
  try {
    deps = await loadAuditDependencies(readConfig());
  } catch (error) {
    console.error(`Models not available (${(error as Error).message}); using stand-ins.`);
    deps = { analyzer: tableAnalyzer(), hasher: fakeHasher() };
    kind = 'stand-in analyzer (sharp metadata) + MD5/SHA-256 hasher';
  }
}
const out = await mkdtemp(join(tmpdir(), 'audit-bench-'));
const started = performance.now();
const result = await runAudit({ input: images, outDir: out, deps, concurrency: values.concurrency ? Number(values.concurrency) : undefined });
const seconds = (performance.now() - started) / 1000;
await deps.analyzer.close();
const n = result.summary.images.total;
console.log(
  JSON.stringify({
    kind,
    images: n,
    analysed: result.summary.images.analysed,
    seconds: +seconds.toFixed(1),
    imagesPerSecond: +(n / seconds).toFixed(1),
    msPerImage: +((seconds * 1000) / n).toFixed(2),
    projected20kMinutes: +(20000 / (n / seconds) / 60).toFixed(1),
    cores: cpus().length,
    node: process.version,
  }),
);

// Near-duplicate clustering alone at 20,000 hashes (linear scan).
const random = (i: number) => Array.from({ length: 8 }, (_, k) => ((Math.imul(i + 1, 2654435761) ^ Math.imul(k + 7, 40503)) >>> 0).toString(16).padStart(8, '0')).join('');
const hashes = Array.from({ length: 20000 }, (_, i) => ({ id: String(i), pdq: random(i) }));
const t = performance.now();
const clusters = nearDuplicateClusters(hashes);
console.log(JSON.stringify({ nearDuplicateScan: { hashes: 20000, seconds: +((performance.now() - t) / 1000).toFixed(2), clusters: clusters.length } }));
await rm(out, { recursive: true, force: true });
