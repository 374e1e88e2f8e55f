// node --import tsx bench/images-check-cpu.ts — CPU ms per image check through the guard with the
// `image` and `protected-person` detectors on the worker pool behind the cached analyzer (as
// createContext wires them), for a tenant with no enrolled person and for one with an enrolled person
// (whose photo is one of the checked ones), the shared people photos at ~1 MP. Also the number of
// analyses the pool ran per check. ROUNDS (default 3), WORKERS (default 2). Prints the decisions'
// verdicts and categories, so that two trees can be compared.
import { createHash } from 'node:crypto';
import os from 'node:os';
import { readConfig } from '../src/config.ts';
import { createDetectors, type DetectorParts } from '../src/detectors/registry.ts';
import { createGuard } from '../src/guard.ts';
import type { ImageAnalyzer } from '../src/image/analysis-types.ts';
import { createCachedAnalyzer } from '../src/image/cached-analyzer.ts';
import { createImageAnalyzer } from '../src/image/image-analyzer.ts';
import { enrolPerson } from '../src/protect/persons.ts';
import { createProtection } from '../src/protect/protection.ts';
import { sharedPath } from '../src/testing/shared-path.ts';
import { pgliteStorage } from '../src/testing/test-database.ts';
import { peoplePhotos } from './portraits.ts';

const dir = sharedPath('data', 'people');
if (!dir) throw new Error('needs CONSENTRY_SHARED');
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const photos = await peoplePhotos(dir);
const pool = createImageAnalyzer({ workers: Number(process.env.WORKERS ?? 2), timeoutMs: 120_000 });
let analyses = 0;
const counting: ImageAnalyzer = {
  analyze: (b, o) => {
    analyses++;
    return pool.analyze(b, o);
  },
  close: () => pool.close(),
};
await pool.ready();
const storage = pgliteStorage();
const db = await storage.open();
const key = Buffer.alloc(32, 7);
const obama = photos.find((p) => p.name === 'fr_obama.jpg')!;
const face = (await pool.analyze(Buffer.from(obama.megapixel), { embeddings: true })).faces[0]!.embedding!;
await enrolPerson(db, { tenantId: 'enrolled', name: 'Enrolled', embeddings: [Float32Array.from(face)], key });
// The first photo warms each round's detectors (and stays cached); the other ten are measured.
const measured = photos.slice(1);
const config = readConfig({ CONSENTRY_BIOMETRIC_KEY: key.toString('base64'), CONSENTRY_DETECTORS: 'image,protected-person' });

async function round(tenantId: string, record: string[]): Promise<{ cpu: number; perCheck: number }> {
  // A fresh cache each round: each check stands for a new upload.
  const analyzer = createCachedAnalyzer(counting);
  const protection = createProtection(async () => db, config, analyzer);
  const parts: DetectorParts = { config, analyzer, protection: () => protection };
  const guard = createGuard({ detectors: await createDetectors(config.detectors, parts), timeoutMs: 120_000 });
  await guard.check({ kind: 'image', bytes: Buffer.from(photos[0]!.megapixel) }, { request: { tenantId, request: 'image' } });
  const before = analyses;
  const c0 = process.cpuUsage();
  await Promise.all(
    measured.map(async (p) => {
      const { decision, detection } = await guard.check({ kind: 'image', bytes: Buffer.from(p.megapixel), label: p.name }, { request: { tenantId, request: 'image' } });
      // The details without timings: equal hashes mean equal analyses and face matches (person ids are new each run).
      const details = JSON.stringify(detection.details, (k, v) => (k === 'timings' || k === 'personId' ? undefined : v));
      const signals = detection.signals.map((s) => `${s.category}:${s.score}`).sort();
      record.push(`${tenantId} ${p.name} ${decision.verdict} [${signals.join(' ')}] ${createHash('sha256').update(details).digest('hex').slice(0, 12)}`);
    }),
  );
  const u = process.cpuUsage(c0);
  return { cpu: (u.user + u.system) / 1000 / measured.length, perCheck: (analyses - before) / measured.length };
}

const record: string[] = [];
for (const tenantId of ['plain', 'enrolled']) {
  const cpus: number[] = [];
  let perCheck = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const x = await round(tenantId, r === 0 ? record : []);
    cpus.push(x.cpu);
    perCheck = x.perCheck;
  }
  console.log(
    `tenant ${tenantId}: CPU ${cpus.map((c) => c.toFixed(0)).join(', ')} ms per image check (mean ${(cpus.reduce((a, b) => a + b, 0) / cpus.length).toFixed(1)}); ${perCheck.toFixed(2)} analyses per check; load ${os.loadavg()[0]!.toFixed(1)}`,
  );
}
if (process.env.DECISIONS) console.log(record.sort().join('\n'));
await pool.close();
await db.close();
await storage.dispose();
