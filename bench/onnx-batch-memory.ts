// node --import tsx bench/onnx-batch-memory.ts — what a face net's batch size costs in memory: the
// age/gender net on ONNX Runtime, run (twice each) on batches of 3, 22, 66 and 150 crops (1, about 7,
// 22 and 50 faces: MAX_FACES), the process's resident memory after each. WHOLE=1 runs each batch in
// one run, as before fixed batch sizes (onnx-runtime.ts RUN_SIZES); run each way in its own process.
import type { Tensor4D } from '@tensorflow/tfjs';
import { AGE_GENDER_INPUT, ageGenderGraph, type FaceApiAgeGenderNet } from '../src/image/age-gender-net.ts';
import { FACE_API_MODEL_DIR, loadFaceApi } from '../src/image/face-model.ts';
import { createSession, cropRuns, loadOrt, runOnCrops } from '../src/image/onnx-runtime.ts';
import { initTf } from '../src/image/tf-runtime.ts';

const ort = await loadOrt();
if (!ort) {
  console.error('onnx-batch-memory: needs onnxruntime-node.');
  process.exit(0);
}
const tf = await initTf('wasm');
const net = loadFaceApi().nets.ageGenderNet;
await net.loadFromDisk(FACE_API_MODEL_DIR());
const session = await createSession(ort, ageGenderGraph(tf, net as unknown as FaceApiAgeGenderNet)!);
cropRuns.fixed = process.env.WHOLE !== '1';
const rss = () => Math.round(process.memoryUsage().rss / 2 ** 20);
const start = rss();
const row = [`| ${cropRuns.fixed ? 'runs of 16/8/4/2/1' : 'one run per batch'} | ${start}`];
for (const n of [3, 22, 66, 150]) {
  const crops = tf.zeros([n, AGE_GENDER_INPUT, AGE_GENDER_INPUT, 3]) as Tensor4D;
  for (let r = 0; r < 2; r++) await runOnCrops(ort, session, crops);
  crops.dispose();
  row.push(`${rss()} (+${rss() - start})`);
}
console.log('| age/gender | RSS MB after load | after 3 crops | 22 | 66 | 150 |\n| --- | --- | --- | --- | --- | --- |');
console.log(`${row.join(' | ')} |`);
process.exit(0);
