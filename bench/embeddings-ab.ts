// node --import tsx bench/embeddings-ab.ts — the edit analysis with face embeddings (what
// /v1/check/edit, /v1/check/output and scan-edit run: nudity, faces with embeddings, body regions),
// before and after the landmark and recognition nets moved from TF.js WASM to ONNX Runtime
// (recognition-net.ts). One thread, both pipelines on the same decoded photos, interleaved image by
// image (order alternating each pass) so that load from other processes hits both alike. CPU time,
// decode excluded (the same for both). Per face: the faces stage with embeddings minus without,
// divided by the faces found. Medians over passes. Needs the shared photos (CONSENTRY_SHARED).
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import sharp from 'sharp';
import type * as tfTypes from '@tensorflow/tfjs';
import { analyzeDecoded, loadImageModels, type ImageModels } from '../src/image/analyze-image.ts';
import { decodeImage, type DecodedImage } from '../src/image/decode-image.ts';
import { loadFaceModel } from '../src/image/face-model.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

const people = sharedPath('data', 'people');
if (!people) {
  console.error('bench/embeddings-ab.ts needs ../shared/data/people (set CONSENTRY_SHARED).');
  process.exit(0);
}
sharp.concurrency(1);
sharp.cache(false);
const after = await loadImageModels();
const before: ImageModels = { ...after, faces: await loadFaceModel(after.tf, { embeddingRuntime: 'tfjs' }) };
const { tf } = after;
const PASSES = Number(process.env.PASSES ?? 5);
const [beforeRuntime, afterRuntime] = [await before.faces.embeddingRuntime(), await after.faces.embeddingRuntime()];
console.log(
  `# embeddings A/B: before = landmarks ${beforeRuntime.landmarks}, recognition ${beforeRuntime.recognition}; ` +
    `after = landmarks ${afterRuntime.landmarks}, recognition ${afterRuntime.recognition}; ` +
    `nsfwjs ${after.nudity.runtime}, age/gender ${after.faces.ageGenderRuntime}, BlazeFace ${after.faces.detectorRuntime} in both; ${PASSES} passes; load ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
);

// ~1 MP JPEGs, as bench:images uses.
const decoded: DecodedImage[] = [];
for (const name of readdirSync(people)
  .filter((n) => /\.(jpe?g|png)$/i.test(n))
  .sort()) {
  const src = readFileSync(`${people}/${name}`);
  const m = await sharp(src).metadata();
  const s = Math.sqrt(1e6 / (m.width! * m.height!));
  decoded.push(
    await decodeImage(
      await sharp(src)
        .rotate()
        .resize(Math.round(m.width! * s))
        .jpeg({ quality: 85 })
        .toBuffer(),
      { maxBytes: 5e7, maxPixels: 1e8 },
    ),
  );
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
async function cpuOf(f: () => Promise<unknown>): Promise<number> {
  const c = cpu();
  await f();
  return cpu() - c;
}
async function facesStage(models: ImageModels, d: DecodedImage, embeddings: boolean): Promise<{ ms: number; faces: number }> {
  const image = tf.tensor4d(Float32Array.from(d.data), [1, d.height, d.width, 3]) as tfTypes.Tensor4D;
  try {
    let faces = 0;
    const ms = await cpuOf(async () => (faces = (await models.faces.detect(image, { embeddings })).length));
    return { ms, faces };
  } finally {
    image.dispose();
  }
}

const edit = { embeddings: true, regions: true };
// Warm both (kernels, ONNX Runtime's first-run allocations).
for (const d of decoded.slice(0, 3)) for (const m of [before, after]) await analyzeDecoded(m, d, edit);

const rows: Array<{ before: number; after: number; perFaceBefore: number; perFaceAfter: number }> = [];
let facesPerPass = 0;
for (let pass = 0; pass < PASSES; pass++) {
  const sums = { before: 0, after: 0, embedBefore: 0, embedAfter: 0, faces: 0 };
  for (const d of decoded) {
    const order = pass % 2 ? ([after, before] as const) : ([before, after] as const);
    for (const m of order) {
      const ms = await cpuOf(() => analyzeDecoded(m, d, edit));
      if (m === before) sums.before += ms;
      else sums.after += ms;
    }
    const plain = await facesStage(after, d, false);
    for (const m of order) {
      const { ms } = await facesStage(m, d, true);
      if (m === before) sums.embedBefore += ms - plain.ms;
      else sums.embedAfter += ms - plain.ms;
    }
    sums.faces += plain.faces;
  }
  facesPerPass = sums.faces;
  rows.push({ before: sums.before, after: sums.after, perFaceBefore: sums.embedBefore / sums.faces, perFaceAfter: sums.embedAfter / sums.faces });
  const n = decoded.length;
  console.log(
    `pass ${pass + 1}: edit analysis before ${(sums.before / n).toFixed(0)} ms/image, after ${(sums.after / n).toFixed(0)} ms/image; ` +
      `embedding before ${rows.at(-1)!.perFaceBefore.toFixed(1)} ms/face, after ${rows.at(-1)!.perFaceAfter.toFixed(1)} ms/face`,
  );
}

const n = decoded.length;
const msBefore = median(rows.map((r) => r.before)) / n;
const msAfter = median(rows.map((r) => r.after)) / n;
const faceBefore = median(rows.map((r) => r.perFaceBefore));
const faceAfter = median(rows.map((r) => r.perFaceAfter));
const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
console.log(`\n${n} photos at ~1 MP, ${facesPerPass} faces a pass (${(facesPerPass / n).toFixed(1)} a photo), medians of ${PASSES} passes, CPU time in one thread:`);
console.log(`  edit analysis  before ${msBefore.toFixed(0)} ms/image (${(1000 / msBefore).toFixed(2)} images/s a core, ${((cores * 1000) / msBefore).toFixed(2)} on ${cores} cores)`);
console.log(
  `                 after  ${msAfter.toFixed(0)} ms/image (${(1000 / msAfter).toFixed(2)} images/s a core, ${((cores * 1000) / msAfter).toFixed(2)} on ${cores} cores); ${(msBefore / msAfter).toFixed(2)}x`,
);
console.log(`  embedding (landmarks + recognition, crops included)  before ${faceBefore.toFixed(1)} ms/face, after ${faceAfter.toFixed(1)} ms/face; ${(faceBefore / faceAfter).toFixed(2)}x`);
console.log(
  `load now ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
