// node --import tsx bench/images-ab.ts — A/B of the model stages in one thread, interleaved image by
// image so that load from other processes hits both alike: the previous pipeline (tfjs-layers
// predict for nsfwjs, Human.detect, face-api's predictAgeAndGender) against the current
// analyzeDecoded (folded nsfwjs and fused age/gender, on ONNX Runtime when onnxruntime-node is
// installed, direct BlazeFace). CPU time per image, decode
// excluded (the same for both). Needs the shared photos (CONSENTRY_SHARED).
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import sharp from 'sharp';
import { loadImageModels, analyzeDecoded } from '../src/image/analyze-image.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { prepare } from '../src/image/nudity-model.ts';
import { humanConfig, loadHuman, loadFaceApi } from '../src/image/face-model.ts';
import { sharedPath } from '../src/testing/shared-path.ts';
sharp.concurrency(1);
sharp.cache(false);
const models = await loadImageModels();
const tf = models.tf;
console.log(
  `# current pipeline: nsfwjs on ${models.nudity.runtime}, age/gender on ${models.faces.ageGenderRuntime}, BlazeFace on ${models.faces.detectorRuntime}; load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
const human: any = await loadHuman(humanConfig({}));
const faceapi: any = loadFaceApi();
const nsfw = (models.nudity.raw as any).model;
const people = sharedPath('data', 'people');
if (!people) {
  console.error('bench/images-ab.ts needs ../shared/data/people (set CONSENTRY_SHARED).');
  process.exit(0);
}
const dir = `${people}/`;
const inputs: Buffer[] = [];
const names = readdirSync(dir)
  .filter((n) => /\.(jpe?g|png)$/i.test(n))
  .sort();
for (const n of names) {
  const src = readFileSync(dir + n);
  const m = await sharp(src).metadata();
  const s = Math.sqrt(1e6 / (m.width! * m.height!));
  inputs.push(
    await sharp(src)
      .rotate()
      .resize(Math.round(m.width! * s))
      .jpeg({ quality: 85 })
      .toBuffer(),
  );
}
const decoded = await Promise.all(inputs.map((b) => decodeImage(b, { maxBytes: 5e7, maxPixels: 1e8 })));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
async function oldPipeline(d: any) {
  const img = tf.tensor3d(d.data, [d.height, d.width, 3], 'int32');
  const probs = tf.tidy(() => nsfw.predict(prepare(tf, img)));
  await probs.data();
  probs.dispose();
  const batch = tf.tidy(() => img.toFloat().expandDims(0)) as any;
  const res = await human.detect(batch);
  const faces = res.face.filter((f: any) => f.score >= 0.35);
  if (faces.length) {
    const [, h, w] = batch.shape;
    const rects = faces.map((f: any) => {
      const [x, y, bw, bh] = f.box;
      const side = Math.max(bw, bh);
      const sx = x + bw / 2 - side / 2,
        sy = y + bh / 2 - side / 2;
      return [sy / h, sx / w, (sy + side) / h, (sx + side) / w];
    });
    const crops = tf.tidy(() =>
      tf.unstack(
        tf.image.cropAndResize(
          batch,
          rects,
          rects.map(() => 0),
          [112, 112],
        ),
      ),
    );
    await faceapi.nets.ageGenderNet.predictAgeAndGender(crops);
    tf.dispose(crops);
  }
  tf.dispose([img, batch]);
}
const newPipeline = (d: any) => analyzeDecoded(models, d, {});
for (const d of decoded.slice(0, 3)) {
  await oldPipeline(d);
  await newPipeline(d);
}
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const A: number[] = [],
  B: number[] = [];
let sumA = 0,
  sumB = 0;
for (let r = 0; r < ROUNDS; r++)
  for (const d of decoded) {
    let c = cpu();
    await oldPipeline(d);
    const a = cpu() - c;
    c = cpu();
    await newPipeline(d);
    const b = cpu() - c;
    A.push(a);
    B.push(b);
    sumA += a;
    sumB += b;
  }
const med = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!;
const dec: number[] = [];
for (const b of inputs) {
  const c = cpu();
  await decodeImage(b, { maxBytes: 5e7, maxPixels: 1e8 });
  dec.push(cpu() - c);
}
console.log(
  `models only (no decode), CPU ms/image over ${A.length} images: previous mean ${(sumA / A.length).toFixed(1)} median ${med(A).toFixed(1)}; now mean ${(sumB / B.length).toFixed(1)} median ${med(B).toFixed(1)}; ratio of means ${(sumA / sumB).toFixed(2)}x; decode median ${med(dec).toFixed(1)}; load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
// Per photo, the current pipeline: median of 3 (CPU ms, stage wall-clock ms, faces).
for (const [i, d] of decoded.entries()) {
  const xs: Array<{ cpu: number; nudityMs: number; facesMs: number; faces: number }> = [];
  for (let k = 0; k < 3; k++) {
    const c = cpu();
    const r = await newPipeline(d);
    xs.push({ cpu: cpu() - c, nudityMs: r.timings.nudityMs, facesMs: r.timings.facesMs, faces: r.faces.length });
  }
  xs.sort((p, q) => p.cpu - q.cpu);
  console.log(`${names[i]}: ${xs[1]!.cpu.toFixed(0)} ms CPU (nudity ${xs[1]!.nudityMs} ms, faces ${xs[1]!.facesMs} ms, ${xs[1]!.faces} faces)`);
}
