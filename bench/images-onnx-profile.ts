// node --import tsx bench/images-onnx-profile.ts — where the image analysis's time goes per net: every
// ONNX Runtime `run` timed (wall clock, one thread) per net over the shared photos at ~1 MP, beside
// the process's CPU time per image; the difference is pre/post-processing (TF.js WASM crops and
// resizes, JavaScript loops, GC). SCAN=1 for the full scan, else the edit analysis. ROUNDS (default 2)
// timed rounds after one warm-up. For the JavaScript side, run it under `node --cpu-prof`.
// STREAM=n: a stream of varied photos (portraits.ts variedPeoplePhotos; SEED) after one photo of two
// people as the only warm-up, each round reported on its own: the first meets new face counts.
// WHOLE=1: each face net's batch in one run, as before fixed batch sizes (onnx-runtime.ts cropRuns).
import os from 'node:os';
import type { AnalyzeOptions } from '../src/image/analysis-types.ts';
import { analyzeDecoded, loadImageModels } from '../src/image/analyze-image.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { cropRuns, type OrtSession } from '../src/image/onnx-runtime.ts';
import { peoplePhotos, variedPeoplePhotos, onnxPeopleBench } from './portraits.ts';

const { dir, ort } = await onnxPeopleBench('images-onnx-profile');
const limits = { maxBytes: 50e6, maxPixels: 100e6 };
const decoded = [];
const STREAM = Number(process.env.STREAM ?? 0);
const photos = STREAM > 0 ? await variedPeoplePhotos(dir, STREAM, Number(process.env.SEED ?? 12)) : (await peoplePhotos(dir)).map(({ name, megapixel }) => ({ name, bytes: megapixel }));
for (const { bytes } of photos) decoded.push(await decodeImage(bytes, limits));
const warmUp = STREAM > 0 ? [decoded[photos.findIndex((p) => p.name === 'fr_two_people.jpg')]!] : decoded;
type Feeds = Record<string, { dims: readonly number[] }>;
const runs: Record<string, { ms: number; calls: number; items: number }> = {};
let timing = false;
const proto = (ort.InferenceSession as unknown as { prototype: unknown }).prototype as { run: (this: OrtSession, feeds: Feeds, ...rest: unknown[]) => Promise<unknown> };
const run = proto.run;
proto.run = async function (this: OrtSession, feeds: Feeds, ...rest: unknown[]) {
  const t = performance.now();
  const out = await run.call(this, feeds, ...rest);
  const input = Object.values(feeds)[0]!;
  if (timing) {
    const r = (runs[`${this.outputNames[0]!.slice(0, 40)} ${input.dims.slice(1).join('x')}`] ??= { ms: 0, calls: 0, items: 0 });
    r.ms += performance.now() - t;
    r.calls++;
    r.items += input.dims[0]!;
  }
  return out;
};
cropRuns.fixed = !process.env.WHOLE;
const models = await loadImageModels();
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const options: AnalyzeOptions = process.env.SCAN ? {} : { embeddings: true, regions: true };
for (const d of warmUp) await analyzeDecoded(models, d, options);
const rounds = Number(process.env.ROUNDS ?? 2);
timing = true;
const report = (label: string, n: number, c0: number) => {
  console.log(`${label}| net (first output, input) | ms per image | runs per image | items per image | ms per item |\n| --- | --- | --- | --- | --- |`);
  for (const [k, v] of Object.entries(runs)) console.log(`| ${k} | ${(v.ms / n).toFixed(1)} | ${(v.calls / n).toFixed(1)} | ${(v.items / n).toFixed(1)} | ${(v.ms / v.items).toFixed(2)} |`);
  const total = Object.values(runs).reduce((s, v) => s + v.ms, 0) / n;
  console.log(
    `# ONNX Runtime ${total.toFixed(1)} ms per image of ${((cpu() - c0) / n).toFixed(1)} ms CPU; load ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
};
if (STREAM > 0)
  for (let r = 0; r < rounds; r++) {
    for (const k of Object.keys(runs)) delete runs[k];
    const c0 = cpu();
    for (const d of decoded) await analyzeDecoded(models, d, options);
    report(`\npass ${r + 1} over ${decoded.length} photos\n`, decoded.length, c0);
  }
else {
  const c0 = cpu();
  for (let r = 0; r < rounds; r++) for (const d of decoded) await analyzeDecoded(models, d, options);
  report('', rounds * decoded.length, c0);
}
process.exit(0);
