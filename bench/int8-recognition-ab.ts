// node --import tsx bench/int8-recognition-ab.ts — the recognition ResNet-34 in fp32 against int8
// (dynamic: ConvInteger; static: QDQ → QLinearConv with the ranges of int8-ranges.ts, calibrated on
// the FairFace tuning portraits): the chips the edit analysis of the shared people photos fed it, re-run on each session, alternating, one process. CPU ms per
// chip and the cosine similarity of each chip's int8 descriptor with its fp32 one.
// ROUNDS (default 3) timed rounds after one warm-up.
import os from 'node:os';
import sharp from 'sharp';
import { analyzeDecoded, loadImageModels } from '../src/image/analyze-image.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { FACE_API_MODEL_DIR, loadFaceApi } from '../src/image/face-model.ts';
import { RECOGNITION_INT8_RANGES } from '../src/image/int8-ranges.ts';
import { createSession, loadOrt, type OrtSession } from '../src/image/onnx-runtime.ts';
import { recognitionGraph, type FaceApiRecognitionNet } from '../src/image/recognition-net.ts';
import { initTf } from '../src/image/tf-runtime.ts';
import { sharedPath } from '../src/testing/shared-path.ts';
import { peoplePhotos } from './portraits.ts';

const dir = sharedPath('data', 'people');
const ort = await loadOrt();
if (!dir || !ort) {
  console.error('int8-recognition-ab: needs ../shared/data/people (CONSENTRY_SHARED) and onnxruntime-node.');
  process.exit(0);
}
sharp.concurrency(1);
sharp.cache(false);
type Feeds = Record<string, InstanceType<typeof ort.Tensor>>;
const feeds: Feeds[] = [];
const proto = (ort.InferenceSession as unknown as { prototype: unknown }).prototype as { run: (this: OrtSession, feeds: Feeds) => Promise<unknown> };
const run = proto.run;
proto.run = function (this: OrtSession, f: Feeds) {
  if (this.outputNames.includes('descriptor')) feeds.push(f);
  return run.call(this, f);
};
process.env.CONSENTRY_INT8 = '0';
const models = await loadImageModels();
for (const { megapixel } of await peoplePhotos(dir)) await analyzeDecoded(models, await decodeImage(megapixel, { maxBytes: 50e6, maxPixels: 100e6 }), { embeddings: true, regions: true });
proto.run = run;

const tf = await initTf('wasm');
const faceapi = loadFaceApi();
await faceapi.nets.faceRecognitionNet.loadFromDisk(FACE_API_MODEL_DIR());
const net = faceapi.nets.faceRecognitionNet as unknown as FaceApiRecognitionNet;

const variants: Record<string, OrtSession> = {
  fp32: await createSession(ort, recognitionGraph(tf, net)!),
  'int8 dynamic': await createSession(ort, recognitionGraph(tf, net, { mode: 'dynamic' })!),
  'int8 static (shipped ranges)': await createSession(ort, recognitionGraph(tf, net, { mode: 'static', ranges: RECOGNITION_INT8_RANGES })!),
};
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rounds = Number(process.env.ROUNDS ?? 3);
const items = feeds.reduce((s, f) => s + Object.values(f)[0]!.dims[0]!, 0);
console.log(`# ${feeds.length} runs, ${items} chips; load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const names = Object.keys(variants);
const spent: Record<string, number[]> = {};
const outputs: Record<string, Float32Array[]> = {};
for (let r = 0; r <= rounds; r++) {
  for (const k of r % 2 ? [...names].reverse() : names) {
    const s = variants[k]!;
    const c = cpu();
    const out: Float32Array[] = [];
    for (const f of feeds) out.push((await s.run(f)).descriptor!.data as Float32Array);
    if (r > 0) (spent[k] ??= []).push(cpu() - c);
    outputs[k] = out;
  }
}
const cosines = (k: string) => {
  const cs: number[] = [];
  outputs[k]!.forEach((batch, b) => {
    const ref = outputs.fp32![b]!;
    for (let i = 0; i < batch.length; i += 128) {
      let [dot, na, nb] = [0, 0, 0];
      for (let j = i; j < i + 128; j++) {
        dot += batch[j]! * ref[j]!;
        na += batch[j]! ** 2;
        nb += ref[j]! ** 2;
      }
      cs.push(dot / Math.sqrt(na * nb));
    }
  });
  return cs.sort((a, b) => a - b);
};
console.log('| variant | CPU ms/chip (median of rounds) | rounds | cosine to fp32: min / median |\n| --- | --- | --- | --- |');
for (const k of names) {
  const cs = cosines(k);
  console.log(`| ${k} | ${(median(spent[k]!) / items).toFixed(2)} | ${spent[k]!.map((x) => (x / items).toFixed(2)).join(' ')} | ${cs[0]!.toFixed(4)} / ${median(cs).toFixed(4)} |`);
}
console.log(`# load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
process.exit(0);
