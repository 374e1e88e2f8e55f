// Per-stage CPU profile of the image analysis in one thread (warm, medians). Not a test.
import os from 'node:os';
import sharp from 'sharp';
import { loadImageModels, analyzeDecoded } from '../src/image/analyze-image.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { peoplePhotos } from './portraits.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

const dir = sharedPath('data', 'people')!;
const photos = await peoplePhotos(dir);
const _names = photos.map((p) => p.name);
const inputs = photos.map((p) => p.megapixel);
sharp.concurrency(1);
sharp.cache(false);
const models = await loadImageModels();
const tf = models.tf;
console.log(
  'backend',
  tf.getBackend(),
  'simd',
  await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'),
  'threads',
  await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'),
  'load',
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' '),
);
const limits = { maxBytes: 50e6, maxPixels: 100e6 };
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const stages: Record<string, number[]> = {};
const rec = (k: string, v: number) => (stages[k] ??= []).push(v);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
for (let r = 0; r < ROUNDS + 1; r++) {
  for (const bytes of inputs) {
    let c = cpu();
    const d = await decodeImage(bytes, limits);
    const cDec = cpu() - c;
    c = cpu();
    const a = await analyzeDecoded(models, d, {});
    const cAn = cpu() - c;
    if (r === 0) continue;
    rec('decode cpu', cDec);
    rec('analyze cpu', cAn);
    rec('nudity wall', a.timings.nudityMs);
    rec('faces wall', a.timings.facesMs);
  }
}
for (const [k, v] of Object.entries(stages)) console.log(k.padEnd(14), 'median', median(v).toFixed(1), 'ms');
console.log(
  'tensors alive',
  tf.memory().numTensors,
  'load',
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' '),
);
