// node --import tsx bench/images-pool-cpu.ts — CPU ms per ~1 MP photo of the worker pool, as in
// bench:images's throughput phase but longer: WORKERS (default 2), MODE=scan|edit, ROUNDS (default 6).
import os from 'node:os';
import { createImageAnalyzer } from '../src/image/image-analyzer.ts';
import { sharedPath } from '../src/testing/shared-path.ts';
import { peoplePhotos } from './portraits.ts';

const dir = sharedPath('data', 'people');
if (!dir) throw new Error('needs CONSENTRY_SHARED');
const WORKERS = Number(process.env.WORKERS ?? 2);
const ROUNDS = Number(process.env.ROUNDS ?? 6);
const edit = process.env.MODE === 'edit';
const options = edit ? { embeddings: true, regions: true } : {};
const inputs = (await peoplePhotos(dir)).map(({ megapixel }) => megapixel);
const analyzer = createImageAnalyzer({ workers: WORKERS, timeoutMs: 120_000, preloadAll: process.env.PRELOAD === '1' });
await analyzer.ready();
await Promise.all([...inputs, ...inputs].map((b) => analyzer.analyze(Buffer.from(b), options)));
const jobs = Array.from({ length: ROUNDS }, () => inputs).flat();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
await Promise.all(jobs.map((b) => analyzer.analyze(Buffer.from(b), options)));
const wall = performance.now() - t0;
const u = process.cpuUsage(cpu0);
await analyzer.close();
const ms = (u.user + u.system) / 1000 / jobs.length;
console.log(
  `${edit ? 'edit' : 'scan'} workers=${WORKERS}: CPU ${ms.toFixed(1)} ms/image (user ${(u.user / 1000 / jobs.length).toFixed(1)}, sys ${(u.system / 1000 / jobs.length).toFixed(1)}) → ${(2000 / ms).toFixed(1)}/s on 2 cores; wall ${(wall / jobs.length).toFixed(1)} ms/image; load ${os.loadavg()[0]!.toFixed(1)}`,
);
