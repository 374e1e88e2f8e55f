// node --import tsx bench/edit-analysis-ab.ts — the edit analysis (embeddings + body regions) in one
// thread, MoveNet through Human on TF.js WASM ("before") against MoveNet on ONNX Runtime ("after"),
// interleaved photo by photo so that load from other processes hits both alike. CPU ms per photo
// (decode excluded, the same for both) and whether the two analyses are identical (levels, classes,
// boxes, regions and their basis, ages, embeddings). The shared photos at ~1 MP, as bench:images.
// Needs ../shared (CONSENTRY_SHARED). ROUNDS (default 3) timed rounds after one warm-up.
import os from 'node:os';
import sharp from 'sharp';
import type { ImageAnalysis } from '../src/image/analysis-types.ts';
import { analyzeDecoded, loadImageModels, type ImageModels } from '../src/image/analyze-image.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { loadPoseFinder } from '../src/image/pose-region.ts';
import { peoplePhotos } from './portraits.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

const dir = sharedPath('data', 'people');
if (!dir) {
  console.error('edit-analysis-ab: ../shared/data/people is absent (set CONSENTRY_SHARED).');
  process.exit(0);
}
sharp.concurrency(1);
sharp.cache(false);
const limits = { maxBytes: 50e6, maxPixels: 100e6 };
const decoded = [];
for (const { name, megapixel } of await peoplePhotos(dir)) decoded.push({ name, image: await decodeImage(megapixel, limits) });
const names = decoded.map((d) => d.name);
const models = await loadImageModels();
const [tfjsPose, onnxPose] = [loadPoseFinder(models.tf, { runtime: 'tfjs' }), loadPoseFinder(models.tf)];
const variants: Record<'before' | 'after', ImageModels> = { before: { ...models, pose: () => tfjsPose }, after: { ...models, pose: () => onnxPose } };
console.log(
  `# pose runtime after: ${(await onnxPose).runtime}; load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const stable = (a: ImageAnalysis) => JSON.stringify({ ...a, timings: undefined });
const rounds = Number(process.env.ROUNDS ?? 3);
const spent: Record<string, { before: number[]; after: number[] }> = {};
const differ = new Set<string>();
for (let r = 0; r <= rounds; r++) {
  for (const { name, image } of decoded) {
    const out: Partial<Record<'before' | 'after', string>> = {};
    for (const side of r % 2 ? (['after', 'before'] as const) : (['before', 'after'] as const)) {
      const c = cpu();
      out[side] = stable(await analyzeDecoded(variants[side], image, { embeddings: true, regions: true }));
      if (r > 0) (spent[name] ??= { before: [], after: [] })[side].push(cpu() - c);
    }
    if (out.before !== out.after) differ.add(name);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log('| photo | before CPU ms | after CPU ms | identical |');
console.log('| --- | --- | --- | --- |');
let [sb, sa] = [0, 0];
for (const name of names) {
  const { before, after } = spent[name]!;
  [sb, sa] = [sb + median(before), sa + median(after)];
  console.log(`| ${name} | ${median(before).toFixed(0)} | ${median(after).toFixed(0)} | ${differ.has(name) ? 'NO' : 'yes'} |`);
}
console.log(`| mean of ${names.length} | ${(sb / names.length).toFixed(0)} | ${(sa / names.length).toFixed(0)} | ${differ.size === 0 ? 'all' : `${differ.size} differ`} |`);
console.log(
  `# load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
models.close();
