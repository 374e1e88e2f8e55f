// node --import tsx bench/int8-nets-ab.ts — face-api's recognition ResNet-34, 68-landmark and
// age/gender nets in fp32 against their int8 graphs (onnx-int8.ts: static QDQ, which ONNX Runtime
// fuses into QLinearConv, with the ranges of int8-ranges.ts calibrated on the FairFace tuning
// portraits; for the ResNet also `dynamic`, DynamicQuantizeLinear + ConvInteger). Inputs: the crops
// the edit analysis of the shared people photos fed each net (not the calibration images), re-run on
// each session, alternating, one process. CPU ms per crop and how far int8's outputs are from fp32's.
// ROUNDS (default 3) timed rounds after one warm-up.
import os from 'node:os';
import { ageGenderGraph, type FaceApiAgeGenderNet } from '../src/image/age-gender-net.ts';
import { analyzeDecoded, loadImageModels } from '../src/image/analyze-image.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { FACE_API_MODEL_DIR, loadFaceApi } from '../src/image/face-model.ts';
import { AGE_GENDER_INT8_RANGES, LANDMARK_INT8_RANGES, RECOGNITION_INT8_RANGES } from '../src/image/int8-ranges.ts';
import { createSession, type OrtSession } from '../src/image/onnx-runtime.ts';
import { landmarkGraph, recognitionGraph, type FaceApiLandmarkNet, type FaceApiRecognitionNet } from '../src/image/recognition-net.ts';
import { initTf } from '../src/image/tf-runtime.ts';
import { captureFeeds } from './onnx-feeds.ts';
import { peoplePhotos, onnxPeopleBench } from './portraits.ts';

const { dir, ort } = await onnxPeopleBench('int8-nets-ab');
const { feeds, stop } = captureFeeds(ort);
process.env.CONSENTRY_INT8 = '0';
const models = await loadImageModels();
for (const { megapixel } of await peoplePhotos(dir)) await analyzeDecoded(models, await decodeImage(megapixel, { maxBytes: 50e6, maxPixels: 100e6 }), { embeddings: true, regions: true });
stop();

const tf = await initTf('wasm');
const faceapi = loadFaceApi();
for (const net of [faceapi.nets.faceRecognitionNet, faceapi.nets.faceLandmark68Net, faceapi.nets.ageGenderNet]) await net.loadFromDisk(FACE_API_MODEL_DIR());
const nets = faceapi.nets as unknown as { faceRecognitionNet: FaceApiRecognitionNet; faceLandmark68Net: FaceApiLandmarkNet; ageGenderNet: FaceApiAgeGenderNet };

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rounds = Number(process.env.ROUNDS ?? 3);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

/** Per crop: a figure of how far `b` is from the fp32 output `a` (both the whole batch's values). */
type Delta = (a: Record<string, Float32Array>, b: Record<string, Float32Array>) => string;
const cosine: Delta = (a, b) => {
  const [x, y] = [a.descriptor!, b.descriptor!];
  const cs: number[] = [];
  for (let i = 0; i < x.length; i += 128) {
    let [dot, nx, ny] = [0, 0, 0];
    for (let j = i; j < i + 128; j++) [dot, nx, ny] = [dot + x[j]! * y[j]!, nx + x[j]! ** 2, ny + y[j]! ** 2];
    cs.push(dot / Math.sqrt(nx * ny));
  }
  return `cosine min ${Math.min(...cs).toFixed(4)}, median ${median(cs).toFixed(4)}`;
};
const points: Delta = (a, b) => {
  const d = Array.from({ length: a.landmarks!.length / 2 }, (_, k) => 112 * Math.hypot(a.landmarks![2 * k]! - b.landmarks![2 * k]!, a.landmarks![2 * k + 1]! - b.landmarks![2 * k + 1]!));
  return `point shift (px of 112) mean ${(d.reduce((s, x) => s + x, 0) / d.length).toFixed(2)}, max ${Math.max(...d).toFixed(2)}`;
};
const ageGender: Delta = (a, b) => {
  const ages = Array.from(a.age!, (v, i) => Math.abs(v - b.age![i]!));
  const pMale = Array.from({ length: a.age!.length }, (_, i) => Math.abs(a.gender![2 * i]! - b.gender![2 * i]!));
  const flips = pMale.filter((_, i) => a.gender![2 * i]! > 0.5 !== b.gender![2 * i]! > 0.5).length;
  return `age |diff| mean ${(ages.reduce((s, x) => s + x, 0) / ages.length).toFixed(2)}, max ${Math.max(...ages).toFixed(2)} y; p(male) |diff| max ${Math.max(...pMale).toFixed(3)}; gender flips ${flips}/${ages.length}`;
};
const tests: Array<{ net: string; output: string; delta: Delta; variants: Record<string, Uint8Array> }> = [
  {
    net: 'recognition ResNet-34',
    output: 'descriptor',
    delta: cosine,
    variants: {
      fp32: recognitionGraph(tf, nets.faceRecognitionNet)!,
      'int8 static': recognitionGraph(tf, nets.faceRecognitionNet, { mode: 'static', ranges: RECOGNITION_INT8_RANGES })!,
      'int8 dynamic': recognitionGraph(tf, nets.faceRecognitionNet, { mode: 'dynamic' })!,
    },
  },
  {
    net: '68 landmarks',
    output: 'landmarks',
    delta: points,
    variants: { fp32: landmarkGraph(tf, nets.faceLandmark68Net)!, 'int8 static': landmarkGraph(tf, nets.faceLandmark68Net, { mode: 'static', ranges: LANDMARK_INT8_RANGES })! },
  },
  {
    net: 'age/gender',
    output: 'age',
    delta: ageGender,
    variants: { fp32: ageGenderGraph(tf, nets.ageGenderNet)!, 'int8 static': ageGenderGraph(tf, nets.ageGenderNet, { mode: 'static', ranges: AGE_GENDER_INT8_RANGES })! },
  },
];
const wanted = process.env.NETS?.split(',');
console.log(`# load ${load()}`);
console.log('| net | variant | crops | CPU ms/crop (median) | rounds | output against fp32 |\n| --- | --- | --- | --- | --- | --- |');
for (const t of tests) {
  if (wanted && !wanted.some((w) => t.net.includes(w))) continue;
  const inputs = feeds.get(t.output) ?? [];
  const items = inputs.reduce((s, f) => s + Object.values(f)[0]!.dims[0]!, 0);
  const sessions: Record<string, OrtSession> = {};
  for (const [k, bytes] of Object.entries(t.variants)) sessions[k] = await createSession(ort, bytes);
  const names = Object.keys(sessions);
  const spent: Record<string, number[]> = {};
  const outputs: Record<string, Array<Record<string, Float32Array>>> = {};
  for (let r = 0; r <= rounds; r++) {
    for (const k of r % 2 ? [...names].reverse() : names) {
      const s = sessions[k]!;
      const c = cpu();
      const out: Array<Record<string, Float32Array>> = [];
      for (const f of inputs) out.push(Object.fromEntries(Object.entries(await s.run(f)).map(([n, v]) => [n, v.data as Float32Array])));
      if (r > 0) (spent[k] ??= []).push(cpu() - c);
      outputs[k] = out;
    }
  }
  const joined = (k: string) => Object.fromEntries(Object.keys(outputs[k]![0]!).map((n) => [n, Float32Array.from(outputs[k]!.flatMap((o) => Array.from(o[n]!)))]));
  for (const k of names)
    console.log(
      `| ${t.net} | ${k} | ${items} | ${(median(spent[k]!) / items).toFixed(2)} | ${spent[k]!.map((x) => (x / items).toFixed(2)).join(' ')} | ${k === 'fp32' ? '' : t.delta(joined('fp32'), joined(k))} |`,
    );
}
console.log(`# load ${load()}`);
process.exit(0);
