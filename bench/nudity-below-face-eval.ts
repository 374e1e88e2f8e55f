// node --import tsx bench/nudity-below-face-eval.ts
// A measured alternative to body-skin.ts, not adopted: nsfwjs MobileNetV2 on the strip below the
// largest face (the face's guessed body region from its chin down) of each tuning-split FairFace
// portrait (clothed adults). Prints the whole-image level before the body-skin cap and the strip's.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyzeBytes, loadImageModels } from '../src/image/analyze-image.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { nudityFromClasses } from '../src/image/nudity-level.ts';
import type * as tfTypes from '@tensorflow/tfjs';
import { sharedPath } from '../src/testing/shared-path.ts';
const dir = sharedPath('data', 'age-gender');
if (!dir) {
  console.error('nudity-below-face-eval: ../shared/data is absent (set CONSENTRY_SHARED); nothing to measure.');
  process.exit(0);
}
const holdout = new Set((JSON.parse(readFileSync(new URL('./data/age-gender-holdout.json', import.meta.url), 'utf8')) as { files: string[] }).files);
const files = readdirSync(dir)
  .filter((n) => n.endsWith('.jpg') && !holdout.has(n))
  .sort();
const models = await loadImageModels();
const limits = { maxBytes: 50e6, maxPixels: 100e6 };
let cpu = 0;
let n = 0;
const levels: Record<string, number> = {};
for (const f of files) {
  const bytes = readFileSync(path.join(dir, f));
  const a = await analyzeBytes(models, bytes, limits);
  const d = await decodeImage(bytes, limits);
  const face = [...a.faces].sort((p, q) => q.box[2] * q.box[3] - p.box[2] * p.box[3])[0];
  if (!face) continue;
  const [x, y, w, h] = face.box;
  const y1 = Math.min(d.height - 16, Math.round(y + 1.05 * h));
  const x1 = Math.max(0, Math.round(x - 1.5 * w));
  const x2 = Math.min(d.width, Math.round(x + 2.5 * w));
  const t = models.tf.tensor3d(Float32Array.from(d.data), [d.height, d.width, 3]);
  const crop = models.tf.slice(t, [y1, x1, 0], [d.height - y1, x2 - x1, 3]);
  const c0 = process.cpuUsage();
  const cls = await models.nudity.classify(crop as tfTypes.Tensor3D);
  const c = process.cpuUsage(c0);
  cpu += (c.user + c.system) / 1000;
  n++;
  models.tf.dispose([t, crop]);
  const r = nudityFromClasses(cls);
  levels[r.level] = (levels[r.level] ?? 0) + 1;
  console.log(f, 'whole', a.nudity.bodySkin?.cappedFrom ?? a.nudity.level, 'below-face', `${d.height - y1}px`, r.level, `Porn ${cls.Porn.toFixed(2)} Sexy ${cls.Sexy.toFixed(2)}`);
}
console.log(levels, `cpu ${(cpu / n).toFixed(1)} ms per crop`);
models.close();
