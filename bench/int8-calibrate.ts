// node --import tsx bench/int8-calibrate.ts — writes src/image/int8-ranges.ts: the activation ranges
// of the int8 graphs (onnx-int8.ts), the min and max of every quantised value over the inputs the
// analysis feeds each net on the tuning split of the shared FairFace portraits (never the held-out
// split, never the people photos: those are the check). Deterministic for the same data and models.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { analyzeDecoded, loadImageModels } from '../src/image/analyze-image.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { FACE_API_MODEL_DIR, loadFaceApi } from '../src/image/face-model.ts';
import type { Int8Plan } from '../src/image/onnx-int8.ts';
import { createSession, loadOrt } from '../src/image/onnx-runtime.ts';
import { landmarkGraph, recognitionGraph, type FaceApiLandmarkNet, type FaceApiRecognitionNet } from '../src/image/recognition-net.ts';
import { ageGenderGraph, type FaceApiAgeGenderNet } from '../src/image/age-gender-net.ts';
import { initTf } from '../src/image/tf-runtime.ts';
import { captureFeeds, type Feeds } from './onnx-feeds.ts';
import { sharedPortraits } from './portraits.ts';

const portraits = sharedPortraits('int8-calibrate');
const ort = await loadOrt();
if (!ort) throw new Error('int8-calibrate needs onnxruntime-node');
sharp.concurrency(1);
const { feeds, stop } = captureFeeds(ort);
process.env.CONSENTRY_INT8 = '0';
const models = await loadImageModels();
const tune = portraits.labels.filter((l) => portraits.inSplit(l.filename, 'tune'));
for (const l of tune) {
  const decoded = await decodeImage(readFileSync(path.join(portraits.ageDir, l.filename)), { maxBytes: 50e6, maxPixels: 100e6 });
  await analyzeDecoded(models, decoded, { embeddings: true, regions: true });
}
stop();

const tf = await initTf('wasm');
const faceapi = loadFaceApi();
await faceapi.nets.faceRecognitionNet.loadFromDisk(FACE_API_MODEL_DIR());
await faceapi.nets.faceLandmark68Net.loadFromDisk(FACE_API_MODEL_DIR());
await faceapi.nets.ageGenderNet.loadFromDisk(FACE_API_MODEL_DIR());

/** Min and max of each observed value of a calibrate-plan graph over recorded feeds. */
async function ranges(graph: (plan: Int8Plan) => Uint8Array | undefined, inputs: Feeds[]): Promise<Array<[number, number]>> {
  const plan: Int8Plan & { mode: 'calibrate' } = { mode: 'calibrate', observed: [] };
  const session = await createSession(ort!, graph(plan)!);
  const out = plan.observed.map(() => [Infinity, -Infinity] as [number, number]);
  for (const f of inputs) {
    const values = await session.run(f);
    plan.observed.forEach((name, k) => {
      for (const v of values[name]!.data as Float32Array) {
        if (v < out[k]![0]) out[k]![0] = v;
        if (v > out[k]![1]) out[k]![1] = v;
      }
    });
  }
  return out;
}
const nets = faceapi.nets as unknown as { faceRecognitionNet: FaceApiRecognitionNet; faceLandmark68Net: FaceApiLandmarkNet; ageGenderNet: FaceApiAgeGenderNet };
const written: Array<{ constant: string; about: string; ranges: Array<[number, number]> }> = [];
for (const [constant, output, net, graph] of [
  ['RECOGNITION_INT8_RANGES', 'descriptor', "face-api's recognition ResNet-34", (plan: Int8Plan) => recognitionGraph(tf, nets.faceRecognitionNet, plan)],
  ['LANDMARK_INT8_RANGES', 'landmarks', "face-api's 68-landmark net", (plan: Int8Plan) => landmarkGraph(tf, nets.faceLandmark68Net, plan)],
  ['AGE_GENDER_INT8_RANGES', 'age', "face-api's age/gender net", (plan: Int8Plan) => ageGenderGraph(tf, nets.ageGenderNet, plan)],
] as const) {
  const inputs = feeds.get(output) ?? [];
  const items = inputs.reduce((s, f) => s + Object.values(f)[0]!.dims[0]!, 0);
  written.push({ constant, about: `${net} (${items} crops)`, ranges: await ranges(graph, inputs) });
  console.log(`int8-calibrate: ${constant}: ${written.at(-1)!.ranges.length} ranges from ${items} crops of ${tune.length} portraits`);
}
const list = (rs: Array<[number, number]>) => rs.map(([a, b]) => `  [${Number(a.toPrecision(6))}, ${Number(b.toPrecision(6))}],`).join('\n');
writeFileSync(
  new URL('../src/image/int8-ranges.ts', import.meta.url),
  `// Written by bench/int8-calibrate.ts (do not edit): activation ranges [min, max] of the int8 graphs'
// quantised values, in the order their graphs quantise them (onnx-int8.ts), measured on the inputs the
// analysis fed each net for the ${tune.length} tuning FairFace portraits of ../shared/data/age-gender.
${written.map((w) => `\n/** ${w.about}. */\nexport const ${w.constant}: ReadonlyArray<readonly [number, number]> = [\n${list(w.ranges)}\n];\n`).join('')}`,
);
process.exit(0);
