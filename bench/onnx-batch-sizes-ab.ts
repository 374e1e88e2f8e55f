// node --import tsx bench/onnx-batch-sizes-ab.ts — what each new batch size costs ONNX Runtime on a
// stream of varied photos, and whether fixed batch sizes or session options avoid it (issue 12).
// The stream: the shared people photos, each also cropped and rescaled (seeded, so face counts vary),
// shuffled. The edit analysis of the stream records every input it feeds the face nets (recognition
// ResNet-34 int8, 68 landmarks, age/gender); those inputs are then re-run, in stream order, on fresh
// sessions of each variant, interleaved input by input with the variants' order rotating, so load from
// other processes hits all alike. CPU ms per item: the first pass over the stream (new sessions: every
// batch size is new once) and a second pass (every size seen). Outputs are compared with the current
// way (one run per batch) by max |difference|. TRIALS (default 2) fresh sets of sessions; VARIANTS (stream
// length per photo, default 4); SEED. "runs of 16/8/4/2/1, warmed" is what onnx-runtime.ts does.
import os from 'node:os';
import { ageGenderGraph, type FaceApiAgeGenderNet } from '../src/image/age-gender-net.ts';
import { analyzeDecoded, loadImageModels } from '../src/image/analyze-image.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { FACE_API_MODEL_DIR, loadFaceApi } from '../src/image/face-model.ts';
import { RECOGNITION_INT8_RANGES } from '../src/image/int8-ranges.ts';
import { cropRuns, type OrtSession } from '../src/image/onnx-runtime.ts';
import { landmarkGraph, recognitionGraph, type FaceApiLandmarkNet, type FaceApiRecognitionNet } from '../src/image/recognition-net.ts';
import { initTf } from '../src/image/tf-runtime.ts';
import { captureFeeds, type Feeds } from './onnx-feeds.ts';
import { variedPeoplePhotos, onnxPeopleBench } from './portraits.ts';

const { dir, ort } = await onnxPeopleBench('onnx-batch-sizes-ab');
const TRIALS = Number(process.env.TRIALS ?? 2);
const VARIANTS = Number(process.env.VARIANTS ?? 4);
const SEED = Number(process.env.SEED ?? 12);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

const stream = await variedPeoplePhotos(dir, VARIANTS, SEED);

// The batches as the analysis asks for them (each whole), not as runOnCrops cuts them.
cropRuns.fixed = false;
const { feeds, stop } = captureFeeds(ort);
const models = await loadImageModels();
let faces = 0;
for (const { bytes } of stream) faces += (await analyzeDecoded(models, await decodeImage(bytes, { maxBytes: 50e6, maxPixels: 100e6 }), { embeddings: true, regions: true })).faces.length;
stop();

const tf = await initTf('wasm');
const faceapi = loadFaceApi();
for (const net of [faceapi.nets.faceRecognitionNet, faceapi.nets.faceLandmark68Net, faceapi.nets.ageGenderNet]) await net.loadFromDisk(FACE_API_MODEL_DIR());
const nets = faceapi.nets as unknown as { faceRecognitionNet: FaceApiRecognitionNet; faceLandmark68Net: FaceApiLandmarkNet; ageGenderNet: FaceApiAgeGenderNet };
const graphs: Record<string, { output: string; graph: Uint8Array }> = {
  'recognition (int8)': { output: 'descriptor', graph: recognitionGraph(tf, nets.faceRecognitionNet, { mode: 'static', ranges: RECOGNITION_INT8_RANGES })! },
  '68 landmarks': { output: 'landmarks', graph: landmarkGraph(tf, nets.faceLandmark68Net)! },
  'age/gender': { output: 'age', graph: ageGenderGraph(tf, nets.ageGenderNet)! },
};

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const POW2 = [16, 8, 4, 2, 1];
/** How a batch of n is cut: one run of n, runs of fixed sizes (largest first), or runs padded up to a fixed size. */
type Plan = (n: number) => Array<{ take: number; size: number }>;
const whole: Plan = (n) => [{ take: n, size: n }];
const pow2Chunks: Plan = (n) => {
  const out: Array<{ take: number; size: number }> = [];
  while (n > 0) {
    const s = POW2.find((p) => p <= n)!;
    out.push({ take: s, size: s });
    n -= s;
  }
  return out;
};
const pow2Padded: Plan = (n) => {
  const out: Array<{ take: number; size: number }> = [];
  while (n > 0) {
    const take = Math.min(16, n);
    out.push({ take, size: [...POW2].reverse().find((p) => p >= take)! });
    n -= take;
  }
  return out;
};
const single: Plan = (n) => Array.from({ length: n }, () => ({ take: 1, size: 1 }));
const variants: Record<string, { plan: Plan; memPattern: boolean; warm?: boolean }> = {
  'current (one run per batch)': { plan: whole, memPattern: true },
  'no memory pattern': { plan: whole, memPattern: false },
  'padded to 1/2/4/8/16': { plan: pow2Padded, memPattern: true },
  'padded, no memory pattern': { plan: pow2Padded, memPattern: false },
  'runs of 16/8/4/2/1': { plan: pow2Chunks, memPattern: true },
  'runs of 16/8/4/2/1, no memory pattern': { plan: pow2Chunks, memPattern: false },
  'runs of 16/8/4/2/1, warmed': { plan: pow2Chunks, memPattern: true, warm: true },
  'one crop per run': { plan: single, memPattern: true },
};

async function runPlanned(session: OrtSession, plan: Plan, f: Feeds, output: string): Promise<Float32Array> {
  const x = f.crops!;
  const [n, ...rest] = x.dims as number[];
  const per = rest.reduce((a, b) => a * b, 1);
  const data = x.data as Float32Array;
  const parts: Float32Array[] = [];
  let at = 0;
  for (const { take, size } of plan(n!)) {
    const input = new Float32Array(size * per);
    input.set(data.subarray(at * per, (at + take) * per));
    const out = (await session.run({ crops: new ort!.Tensor('float32', input, [size, ...rest]) }))[output]!;
    const width = out.data.length / size;
    parts.push((out.data as Float32Array).slice(0, take * width));
    at += take;
  }
  const all = new Float32Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    all.set(p, o);
    o += p.length;
  }
  return all;
}

console.log(`# ${stream.length} photos in the stream (${faces} faces), seed ${SEED}; load ${load()}`);
const names = Object.keys(variants);
for (const [net, { output, graph }] of Object.entries(graphs)) {
  const inputs = feeds.get(output) ?? [];
  const sizes = inputs.map((f) => f.crops!.dims[0]!);
  const items = sizes.reduce((a, b) => a + b, 0);
  console.log(`\n## ${net}: ${inputs.length} runs, ${items} items, ${new Set(sizes).size} batch sizes (${[...new Set(sizes)].sort((a, b) => a - b).join(' ')})`);
  console.log('| variant | pass 1 CPU ms/item (trials) | pass 2 CPU ms/item (trials) | warm-up ms | max abs diff vs current |\n| --- | --- | --- | --- | --- |');
  const rows: Record<string, { p1: number[]; p2: number[]; warm: number[]; diff: number }> = {};
  for (const k of names) rows[k] = { p1: [], p2: [], warm: [], diff: 0 };
  for (let trial = 0; trial < TRIALS; trial++) {
    const sessions: Record<string, OrtSession> = {};
    for (const k of names) {
      sessions[k] = await ort.InferenceSession.create(graph, {
        intraOpNumThreads: 1,
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
        enableMemPattern: variants[k]!.memPattern,
      });
      // Every session runs the stream's first input once (a worker's sessions have run something before
      // the stream); the warmed variant also runs each fixed size twice on zeros.
      await runPlanned(sessions[k]!, variants[k]!.plan, inputs[0]!, output);
      if (variants[k]!.warm) {
        const c = cpu();
        const [, ...rest] = inputs[0]!.crops!.dims as number[];
        for (const s of POW2) for (let r = 0; r < 2; r++) await sessions[k]!.run({ crops: new ort.Tensor('float32', new Float32Array(s * rest.reduce((a, b) => a * b, 1)), [s, ...rest]) });
        rows[k]!.warm.push(cpu() - c);
      }
    }
    for (const pass of [1, 2]) {
      const spent: Record<string, number> = Object.fromEntries(names.map((k) => [k, 0]));
      for (const [i, f] of inputs.entries()) {
        const outs: Record<string, Float32Array> = {};
        const order = names.map((_, j) => names[(i + j + trial) % names.length]!);
        for (const k of order) {
          const c = cpu();
          outs[k] = await runPlanned(sessions[k]!, variants[k]!.plan, f, output);
          spent[k]! += cpu() - c;
        }
        const ref = outs[names[0]!]!;
        for (const k of names) for (let j = 0; j < ref.length; j++) rows[k]!.diff = Math.max(rows[k]!.diff, Math.abs(ref[j]! - outs[k]![j]!));
      }
      for (const k of names) rows[k]![pass === 1 ? 'p1' : 'p2'].push(spent[k]! / items);
    }
    for (const s of Object.values(sessions)) await s.release();
  }
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' / ');
  for (const k of names) console.log(`| ${k} | ${fmt(rows[k]!.p1)} | ${fmt(rows[k]!.p2)} | ${rows[k]!.warm.length ? fmt(rows[k]!.warm) : ''} | ${rows[k]!.diff.toExponential(1)} |`);
}
console.log(`\n# load ${load()}`);
process.exit(0);
