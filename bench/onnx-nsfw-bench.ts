// node --import tsx bench/onnx-nsfw-bench.ts — what would ONNX Runtime's native CPU kernels buy?
// A prototype, not the pipeline: exports nsfwjs's MobileNetV2 (as folded by fold-layers.ts, from the
// weights inside node_modules; nothing is downloaded) to an in-memory ONNX graph, runs it with
// onnxruntime-node on one thread, checks that the probabilities match TF.js, and times both.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import sharp from 'sharp';
import { compileLayersModel } from '../src/image/fold-layers.ts';
import { foldedToOnnx } from '../src/image/onnx-export.ts';
import { loadNudityModel, prepare } from '../src/image/nudity-model.ts';
import { initTf } from '../src/image/tf-runtime.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

const people = sharedPath('data', 'people');
if (!people) {
  console.error('bench/onnx-nsfw-bench.ts needs ../shared/data/people (set CONSENTRY_SHARED).');
  process.exit(0);
}
let ort: typeof import('onnxruntime-node');
try {
  ort = await import('onnxruntime-node');
} catch {
  console.error('onnxruntime-node is not installed; this prototype needs it.');
  process.exit(0);
}

const tf = await initTf('wasm');
const nudity = await loadNudityModel(tf);
const compiled = compileLayersModel(tf, (nudity.raw as { model: Parameters<typeof compileLayersModel>[1] }).model);
const onnx = foldedToOnnx(tf, compiled.steps, compiled.input, compiled.output, ['N', 224, 224, 3], ['N', 5]);
const session = await ort.InferenceSession.create(onnx, { intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: 'all' });
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
console.log(
  `# ONNX export of nsfwjs MobileNetV2 (folded): ${(onnx.length / 1e6).toFixed(1)} MB; load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
let maxDiff = 0;
const tfjsMs: number[] = [];
const ortMs: number[] = [];
for (const name of ['fr_two_people.jpg', 'vh_solvay1927.jpg', 'max_group.jpeg', 'fr_obama.jpg']) {
  const { data, info } = await sharp(readFileSync(`${people}/${name}`))
    .resize(1024)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const image = tf.tensor3d(data, [info.height, info.width, 3], 'int32');
  const x = prepare(tf, image);
  const input = new ort.Tensor('float32', x.dataSync() as Float32Array, [1, 224, 224, 3]);
  const expected = tf.tidy(() => compiled.forward(x).dataSync());
  const got = (await session.run({ [compiled.input]: input }))[session.outputNames[0]!]!.data as Float32Array;
  for (let i = 0; i < 5; i++) maxDiff = Math.max(maxDiff, Math.abs(got[i]! - expected[i]!));
  for (let r = 0; r < 12; r++) {
    let c = cpu();
    tf.tidy(() => compiled.forward(x).dataSync());
    if (r >= 2) tfjsMs.push(cpu() - c);
    c = cpu();
    await session.run({ [compiled.input]: input });
    if (r >= 2) ortMs.push(cpu() - c);
  }
  tf.dispose([image, x]);
}
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${s[0]!.toFixed(1)} / median ${s[Math.floor(s.length / 2)]!.toFixed(1)} ms`;
};
console.log(`largest probability difference ONNX Runtime vs TF.js: ${maxDiff.toExponential(2)}`);
console.log(`CPU per 224 x 224 inference, one thread, interleaved: TF.js WASM (folded) ${stats(tfjsMs)}; ONNX Runtime CPU ${stats(ortMs)}`);
await session.release();
