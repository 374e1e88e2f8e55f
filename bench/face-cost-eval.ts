// node --import tsx bench/face-cost-eval.ts
// CPU time per face of FaceModel.detect with gender from the aligned crops (default) and from the box
// crop (before issue 12's aligned crops), and with identity embeddings as well (the edit path), over the shared FairFace portraits and people photos,
// alternating the two settings per image. process.cpuUsage counts every thread of this process
// (ONNX Runtime's included), so the figure does not depend on the machine's load.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeImage } from '../src/image/decode-image.ts';
import { loadFaceModel, type FaceOptions } from '../src/image/face-model.ts';
import { initTf } from '../src/image/tf-runtime.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

const dirs = [sharedPath('data', 'age-gender'), sharedPath('data', 'people')];
if (dirs.some((d) => !d)) {
  console.error('face-cost-eval: ../shared/data is absent (set CONSENTRY_SHARED).');
  process.exit(0);
}
const tf = await initTf('wasm');
const faces = await loadFaceModel(tf);
const files = dirs.flatMap((d) =>
  readdirSync(d!)
    .filter((n) => /\.(jpe?g|png)$/i.test(n))
    .map((n) => path.join(d!, n)),
);
const settings: Record<string, FaceOptions> = { 'box crop': { genderCrop: 'box' }, 'aligned + mirror (default)': {}, 'aligned + mirror and embeddings (edit path)': { embeddings: true } };
const cpu: Record<string, number> = {};
let faceCount = 0;
for (const round of [0, 1, 2]) {
  for (const file of files) {
    const d = await decodeImage(readFileSync(file), { maxBytes: 50e6, maxPixels: 100e6 });
    const img = tf.tensor4d(Float32Array.from(d.data), [1, d.height, d.width, 3]);
    for (const [name, opts] of Object.entries(settings)) {
      const t = process.cpuUsage();
      const found = await faces.detect(img, opts);
      const u = process.cpuUsage(t);
      // Round 0 warms both paths up (first-use loading of the landmark net) and is not counted.
      if (round > 0) cpu[name] = (cpu[name] ?? 0) + (u.user + u.system) / 1000;
      if (round > 0 && name === 'box crop') faceCount += found.length;
    }
    img.dispose();
  }
}
const images = files.length * 2;
for (const [name, ms] of Object.entries(cpu))
  console.log(`${name}: ${(ms / images).toFixed(1)} CPU ms per image, ${(ms / faceCount).toFixed(1)} CPU ms per face (${images} image runs, ${faceCount} faces, detector included)`);
faces.dispose();
