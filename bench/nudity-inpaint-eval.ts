// node --import tsx bench/nudity-inpaint-eval.ts [--split tune]
// Is a close-up's Porn reading driven by the face? Both nsfwjs models on the image with the detected
// faces (boxes grown 1.1x and 1.3x) filled from their surroundings by push-pull interpolation (a smooth
// fill, not the flat box of bench/nudity-mask-eval.ts). Measured and NOT adopted (BENCHMARKS.md,
// "Clothed portraits rated none"): the smooth skin-toned blob still reads as Porn.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeDecoded, loadImageModels } from '../src/image/analyze-image.ts';
import type { NsfwClasses } from '../src/image/analysis-types.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { nudityFromClasses } from '../src/image/nudity-level.ts';
import { argValue, eachSharedImage, sharedPortraits } from './portraits.ts';

const split = argValue('split') ?? 'tune';
const portraits = sharedPortraits('nudity-inpaint-eval');
const models = await loadImageModels();
const second = await models.secondOpinion!();
const { tf } = models;

/** Fills masked pixels from the unmasked ones: averages down a pyramid, then interpolates back up. */
function pushPull(data: Float32Array, w: number, h: number, mask: Uint8Array): Float32Array {
  type Level = { w: number; h: number; v: Float32Array; wt: Float32Array };
  const base: Level = { w, h, v: new Float32Array(w * h * 3), wt: new Float32Array(w * h) };
  for (let p = 0; p < w * h; p++) {
    if (mask[p]) continue;
    base.wt[p] = 1;
    for (let c = 0; c < 3; c++) base.v[p * 3 + c] = data[p * 3 + c]!;
  }
  const levels: Level[] = [base];
  while (levels.at(-1)!.w > 1 || levels.at(-1)!.h > 1) {
    const prev = levels.at(-1)!;
    const next: Level = { w: Math.ceil(prev.w / 2), h: Math.ceil(prev.h / 2), v: new Float32Array(0), wt: new Float32Array(0) };
    next.v = new Float32Array(next.w * next.h * 3);
    next.wt = new Float32Array(next.w * next.h);
    for (let y = 0; y < prev.h; y++) {
      for (let x = 0; x < prev.w; x++) {
        const p = y * prev.w + x;
        const q = (y >> 1) * next.w + (x >> 1);
        next.wt[q]! += prev.wt[p]!;
        for (let c = 0; c < 3; c++) next.v[q * 3 + c]! += prev.v[p * 3 + c]! * prev.wt[p]!;
      }
    }
    for (let q = 0; q < next.w * next.h; q++) {
      if (!next.wt[q]) continue;
      for (let c = 0; c < 3; c++) next.v[q * 3 + c]! /= next.wt[q]!;
      next.wt[q] = Math.min(1, next.wt[q]!);
    }
    levels.push(next);
  }
  for (let l = levels.length - 2; l >= 0; l--) {
    const cur = levels[l]!;
    const up = levels[l + 1]!;
    for (let y = 0; y < cur.h; y++) {
      for (let x = 0; x < cur.w; x++) {
        const p = y * cur.w + x;
        const a = cur.wt[p]!;
        if (a >= 1) continue;
        const fx = Math.min(up.w - 1, Math.max(0, (x - 0.5) / 2));
        const fy = Math.min(up.h - 1, Math.max(0, (y - 0.5) / 2));
        const [x0, y0] = [Math.floor(fx), Math.floor(fy)];
        const [x1, y1] = [Math.min(up.w - 1, x0 + 1), Math.min(up.h - 1, y0 + 1)];
        const [tx, ty] = [fx - x0, fy - y0];
        for (let c = 0; c < 3; c++) {
          const g = (xx: number, yy: number) => up.v[(yy * up.w + xx) * 3 + c]!;
          const v = (1 - ty) * ((1 - tx) * g(x0, y0) + tx * g(x1, y0)) + ty * ((1 - tx) * g(x0, y1) + tx * g(x1, y1));
          cur.v[p * 3 + c] = a * cur.v[p * 3 + c]! + (1 - a) * v;
        }
        cur.wt[p] = 1;
      }
    }
  }
  const out = Float32Array.from(data);
  for (let p = 0; p < w * h; p++) if (mask[p]) for (let c = 0; c < 3; c++) out[p * 3 + c] = base.v[p * 3 + c]!;
  return out;
}

async function both(pixels: Float32Array, w: number, h: number): Promise<[NsfwClasses, NsfwClasses]> {
  const t = tf.tensor3d(pixels, [h, w, 3], 'float32');
  try {
    return [await models.nudity.classify(t), await second.classify(t)];
  } finally {
    tf.dispose(t);
  }
}

const counts: Record<string, number> = {};
const count = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
const fmt = (c: NsfwClasses) => `Porn ${c.Porn.toFixed(2)} Sexy ${c.Sexy.toFixed(2)}`;
await eachSharedImage(portraits, async (file, where) => {
  if (where !== 'people' && where !== split) return;
  const d = await decodeImage(readFileSync(file), { maxBytes: 5e7, maxPixels: 1e8 });
  const a = await analyzeDecoded(models, d);
  const s = d.width / a.width;
  const pixels = Float32Array.from(d.data);
  const [m, i] = await both(pixels, d.width, d.height);
  const level = (x: NsfwClasses, y: NsfwClasses) =>
    nudityFromClasses({ Drawing: (x.Drawing + y.Drawing) / 2, Hentai: (x.Hentai + y.Hentai) / 2, Neutral: (x.Neutral + y.Neutral) / 2, Porn: (x.Porn + y.Porn) / 2, Sexy: (x.Sexy + y.Sexy) / 2 })
      .level;
  count(`original ${level(m, i)}`);
  const parts = [`${path.basename(file)}: original ${level(m, i)} (MobileNetV2 ${fmt(m)}, InceptionV3 ${fmt(i)})`];
  if (a.faces.length > 0) {
    for (const grow of [1.1, 1.3]) {
      const mask = new Uint8Array(d.width * d.height);
      for (const f of a.faces) {
        const [fx, fy, fw, fh] = f.box.map((v) => v * s) as [number, number, number, number];
        const x1 = Math.max(0, Math.round(fx + fw / 2 - (grow * fw) / 2));
        const x2 = Math.min(d.width, Math.round(fx + fw / 2 + (grow * fw) / 2));
        const y1 = Math.max(0, Math.round(fy + fh / 2 - (grow * fh) / 2));
        const y2 = Math.min(d.height, Math.round(fy + fh / 2 + (grow * fh) / 2));
        for (let y = y1; y < y2; y++) mask.fill(1, y * d.width + x1, y * d.width + x2);
      }
      const [mm, ii] = await both(pushPull(pixels, d.width, d.height, mask), d.width, d.height);
      count(`faces filled ${grow}x ${level(mm, ii)}`);
      parts.push(`filled ${grow}x ${level(mm, ii)} (MobileNetV2 ${fmt(mm)}, InceptionV3 ${fmt(ii)})`);
    }
  }
  console.log(parts.join(' | '));
});
console.log(
  Object.entries(counts)
    .sort()
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n'),
);
models.close();
