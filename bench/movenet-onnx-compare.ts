// node --import tsx bench/movenet-onnx-compare.ts — MoveNet on ONNX Runtime (movenet.ts) against
// Human.detect on TF.js WASM, on every body region that the analysis cuts in the shared people photos
// (the guessed region around each of the 4 largest faces): keypoint differences in crop pixels,
// score differences, whether the same body box follows (bodyBoxFromPose), and CPU ms a region.
// Needs ../shared (CONSENTRY_SHARED).
import { bodyRegion, loadImageModels, MAX_REGIONS } from '../src/image/analyze-image.ts';
import { decodeShared } from '../src/image/shared-decode.ts';
import { bodyBoxFromPose, loadPoseFinder, type Keypoint } from '../src/image/pose-region.ts';
import { peoplePhotos } from './portraits.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

const dir = sharedPath('data', 'people');
if (!dir) {
  console.error('movenet-onnx-compare: ../shared/data/people is absent (set CONSENTRY_SHARED).');
  process.exit(0);
}
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const models = await loadImageModels();
const { tf } = models;
const [onnx, human] = [await loadPoseFinder(tf), await loadPoseFinder(tf, { runtime: 'tfjs' })];
if (onnx.runtime !== 'onnxruntime') throw new Error('movenet-onnx-compare: the ONNX Runtime path did not load');
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const time = { onnx: 0, human: 0, calls: 0 };
let [maxDelta, maxScore, regions, sameParts, sameBox] = [0, 0, 0, 0, 0];
const deltas: number[] = [];
console.log('| photo | region | keypoints human / onnx | same parts | max position delta px (crop side) | max score delta | same body box |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
// Each photo as stored and as bench:images sends it (re-encoded at ~1 MP): slightly different pixels.
// BENCH_SIZES: both (default), stored or 1mp.
const sizes = process.env.BENCH_SIZES ?? 'both';
const photos: Array<{ name: string; bytes: Buffer }> = [];
for (const { name, stored, megapixel } of await peoplePhotos(dir)) {
  if (sizes !== '1mp') photos.push({ name, bytes: stored });
  if (sizes !== 'stored') photos.push({ name: `${name} at 1 MP`, bytes: megapixel });
}
for (const { name, bytes } of photos) {
  const decoded = await decodeShared(bytes, { maxBytes: 5e7, maxPixels: 1e8 });
  const pixels = { data: Float32Array.from(decoded.data), width: decoded.width, height: decoded.height };
  const batch = tf.tensor4d(pixels.data, [1, decoded.height, decoded.width, 3]);
  const faces = await models.faces.detect(batch);
  batch.dispose();
  const largest = [...faces].sort((a, b) => b.box[2] * b.box[3] - a.box[2] * a.box[3]).slice(0, MAX_REGIONS);
  for (const [i, face] of largest.entries()) {
    const guess = bodyRegion(face.box, decoded.width, decoded.height);
    if (guess[2] < 16 || guess[3] < 16) continue;
    let a: { score: number; keypoints: Keypoint[] } | undefined;
    let b: { score: number; keypoints: Keypoint[] } | undefined;
    for (let r = 0; r < rounds; r++) {
      let t = cpu();
      a = await human(pixels, guess);
      time.human += cpu() - t;
      t = cpu();
      b = await onnx(pixels, guess);
      time.onnx += cpu() - t;
      time.calls++;
    }
    regions++;
    const ka = a?.keypoints ?? [];
    const kb = b?.keypoints ?? [];
    const parts = ka.map((k) => k.part).join() === kb.map((k) => k.part).join();
    if (parts) sameParts++;
    let delta = 0;
    let scoreDelta = Math.abs((a?.score ?? 0) - (b?.score ?? 0));
    for (const k of ka) {
      const o = kb.find((x) => x.part === k.part);
      if (!o) continue;
      const d = Math.max(Math.abs(k.position[0] - o.position[0]), Math.abs(k.position[1] - o.position[1]));
      deltas.push(d);
      delta = Math.max(delta, d);
      scoreDelta = Math.max(scoreDelta, Math.abs(k.score - o.score));
    }
    [maxDelta, maxScore] = [Math.max(maxDelta, delta), Math.max(maxScore, scoreDelta)];
    const boxA = bodyBoxFromPose(a, [guess[0], guess[1]], face.box, decoded.width, decoded.height);
    const boxB = bodyBoxFromPose(b, [guess[0], guess[1]], face.box, decoded.width, decoded.height);
    const box = JSON.stringify(boxA) === JSON.stringify(boxB);
    if (box) sameBox++;
    console.log(
      `| ${name} | ${i + 1} (${guess[2]}x${guess[3]}) | ${ka.length} / ${kb.length} | ${parts ? 'yes' : 'NO'} | ${delta.toFixed(2)} (${Math.max(guess[2], guess[3])}) | ${scoreDelta.toFixed(2)} | ${box ? 'yes' : `NO ${JSON.stringify(boxA)} vs ${JSON.stringify(boxB)}`} |`,
    );
  }
}
deltas.sort((x, y) => x - y);
console.log(
  `\n${regions} regions: same keypoint parts on ${sameParts}, same body box on ${sameBox}; position delta over ${deltas.length} keypoints: median ${(deltas[Math.floor(deltas.length / 2)] ?? 0).toFixed(2)} px, max ${maxDelta.toFixed(2)} px; max score delta ${maxScore.toFixed(2)}`,
);
console.log(
  `CPU ms a region (${time.calls} calls, ${rounds} rounds, the first warms): Human on TF.js WASM ${(time.human / time.calls).toFixed(1)}, ONNX Runtime ${(time.onnx / time.calls).toFixed(1)}`,
);
models.close();
