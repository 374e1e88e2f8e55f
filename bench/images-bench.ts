// npm run bench:images — throughput and latency of the full image scan (decode + nudity + faces) in
// the worker pool, beside the baseline a user would otherwise get: nsfwjs alone on TensorFlow.js's
// default pure-JS CPU backend. Inputs: the shared photos resized to ~1 MP JPEGs.
import os from 'node:os';
import sharp from 'sharp';
import { createImageAnalyzer } from '../src/image/image-analyzer.ts';
import type { ImageAnalysis } from '../src/image/analysis-types.ts';
import { peoplePhotos } from './portraits.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

const dir = sharedPath('data', 'people');
if (!dir) {
  console.error('bench:images needs ../shared/data/people (set CONSENTRY_SHARED).');
  process.exit(0);
}
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const BASELINE_IMAGES = Number(process.env.BENCH_BASELINE_IMAGES ?? 3);
const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(0.9 * (xs.length - 1))] ?? NaN;

// ~1 megapixel JPEGs.
const inputs = (await peoplePhotos(dir)).map(({ name, megapixel }) => ({ name, bytes: megapixel }));
console.log(
  `# bench:images — ${inputs.length} photos at ~1 MP, ${cores} cores, Node ${process.version}, load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);

// Baseline: nsfwjs alone, tfjs's default CPU backend, in this thread, decoding with sharp.
const tf = await import('@tensorflow/tfjs');
await tf.setBackend('cpu');
const nsfwjs = await import('nsfwjs');
const info = console.info;
console.info = () => {};
const baselineModel = await nsfwjs.load('MobileNetV2');
console.info = info;
const baselineMs: number[] = [];
const baselineCpu0 = process.cpuUsage();
for (const { bytes } of inputs.slice(0, BASELINE_IMAGES)) {
  const t = performance.now();
  const { data, info: meta } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const img = tf.tensor3d(data, [meta.height, meta.width, 3], 'int32');
  await baselineModel.classify(img);
  img.dispose();
  baselineMs.push(performance.now() - t);
}
const baselineLatency = median(baselineMs);
const baselineCpuMs = cpuMs(process.cpuUsage(baselineCpu0)) / baselineMs.length;
console.log(
  `baseline (nsfwjs MobileNetV2, tfjs cpu backend, 1 thread): median ${baselineLatency.toFixed(0)} ms/image → ${(1000 / baselineLatency).toFixed(2)} images/s; ` +
    `CPU time ${baselineCpuMs.toFixed(0)} ms/image → ${(1000 / baselineCpuMs).toFixed(2)} images/s on one idle core`,
);

// CPU time of this process (main thread and workers): what an image costs whatever else the machine runs.
function cpuMs(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1000;
}

// A fresh copy of the bytes for every job: the analyzer shares one decode per bytes object within an
// image's time budget (src/image/shared-decode.ts), and each job here stands for a new upload.
const fresh = (bytes: Buffer) => Buffer.from(bytes);

async function measure(label: string, options: { embeddings?: boolean; regions?: boolean }) {
  const analyzer = createImageAnalyzer({ workers: cores, timeoutMs: 120_000 });
  const t0 = performance.now();
  await analyzer.ready();
  const startupMs = performance.now() - t0;
  // Warm each worker's kernels before timing.
  await Promise.all(inputs.slice(0, cores * 2).map((i) => analyzer.analyze(fresh(i.bytes), options)));
  // Latency: one image at a time.
  const latency: number[] = [];
  const alone: ImageAnalysis[] = [];
  for (const i of inputs) {
    const t = performance.now();
    alone.push(await analyzer.analyze(fresh(i.bytes), options));
    latency.push(performance.now() - t);
  }
  // Throughput: every core busy.
  const jobs = Array.from({ length: ROUNDS }, () => inputs).flat();
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  const results: ImageAnalysis[] = await Promise.all(jobs.map((i) => analyzer.analyze(fresh(i.bytes), options)));
  const wall = performance.now() - t1;
  const cpuPerImage = cpuMs(process.cpuUsage(cpu0)) / jobs.length;
  await analyzer.close();
  const ips = (jobs.length * 1000) / wall;
  const pick = (k: keyof ImageAnalysis['timings']) => Math.round(median(results.map((r) => r.timings[k] ?? 0)) * 10) / 10;
  const pickAlone = (k: keyof ImageAnalysis['timings']) => Math.round(median(alone.map((r) => r.timings[k] ?? 0)) * 10) / 10;
  const faces = results.reduce((s, r) => s + r.faces.length, 0) / results.length;
  console.log(
    `${label}: ${ips.toFixed(2)} images/s with ${cores} workers (${jobs.length} images in ${(wall / 1000).toFixed(1)} s); ` +
      `latency one at a time median ${median(latency).toFixed(0)} ms, p90 ${p90(latency).toFixed(0)} ms ` +
      `(decode ${pickAlone('decodeMs')} ms, nudity ${pickAlone('nudityMs')} ms, faces ${pickAlone('facesMs')} ms${options.regions ? `, regions ${pickAlone('regionsMs')} ms` : ''}); ` +
      `breakdown medians under load: decode ${pick('decodeMs')} ms, nudity ${pick('nudityMs')} ms, faces ${pick('facesMs')} ms` +
      `${options.regions ? `, regions ${pick('regionsMs')} ms` : ''}; ${faces.toFixed(1)} faces/image; worker start ${(startupMs / 1000).toFixed(1)} s; ` +
      `CPU time ${cpuPerImage.toFixed(0)} ms/image → ${((cores * 1000) / cpuPerImage).toFixed(2)} images/s on ${cores} idle cores`,
  );
  return { ips, latency: median(latency), capacity: (cores * 1000) / cpuPerImage };
}

const scan = await measure('full scan (decode + nudity + faces with age/gender)', {});
const edit = await measure('edit-comparison analysis (+ embeddings + body regions)', { embeddings: true, regions: true });
console.log(
  `\nspeed-up of the full scan over the baseline's nsfwjs-only throughput: ${(scan.ips / (1000 / baselineLatency)).toFixed(1)}x wall-clock; by CPU time ${(scan.capacity / (1000 / baselineCpuMs)).toFixed(1)}x (edit analysis ${(edit.capacity / (1000 / baselineCpuMs)).toFixed(1)}x)`,
);
console.log(
  `target 10 images/s: ${scan.ips >= 10 ? 'met' : 'NOT met'} (measured ${scan.ips.toFixed(2)} wall-clock, ${scan.capacity.toFixed(2)} by CPU time); load average now ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
