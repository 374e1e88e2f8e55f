// node --import tsx bench/nudity-mask-eval.ts [--incep]  (FILL=grey|black|white|mean, INCEP_MASKED=1)
// The face-masked second nudity pass, measured and NOT adopted: on the tuning portraits and the shared
// photos, painting the detected face boxes with a flat colour makes nsfwjs call more clothed photos
// nude, not fewer (a flat rectangle reads as "Porn"; BENCHMARKS.md, "Trust"). Kept as the record.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadImageModels } from '../src/image/analyze-image.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { nudityFromClasses } from '../src/image/nudity-level.ts';
import { sharedPath } from '../src/testing/shared-path.ts';
const holdout = new Set(JSON.parse(readFileSync(new URL('./data/age-gender-holdout.json', import.meta.url), 'utf8')).files);
const ag = sharedPath('data', 'age-gender')!,
  pp = sharedPath('data', 'people')!;
const files = [
  ...readdirSync(ag)
    .filter((f) => f.endsWith('.jpg') && !holdout.has(f))
    .map((f) => path.join(ag, f)),
  ...readdirSync(pp)
    .filter((f) => /jpe?g$/.test(f))
    .map((f) => path.join(pp, f)),
];
const m = await loadImageModels();
const tf = m.tf;
const useIncep = process.argv.includes('--incep');
let incep: any;
if (useIncep) {
  const nsfwjs = await import('nsfwjs');
  incep = await nsfwjs.load('InceptionV3', { size: 299 });
}
const counts: Record<string, number> = { 'incep not none': 0 };
for (const f of files) {
  const d = await decodeImage(readFileSync(f), { maxBytes: 5e7, maxPixels: 1e8 });
  const fl = Float32Array.from(d.data);
  const img = tf.tensor3d(fl, [d.height, d.width, 3]);
  const faces = await m.faces.detect(tf.expandDims(img, 0) as any);
  const a = await m.nudity.classify(img);
  const boxes = faces.map((x) => x.box);
  const FILL = process.env.FILL ?? 'grey';
  let fill: [number, number, number] = [128, 128, 128];
  if (FILL === 'black') fill = [0, 0, 0];
  if (FILL === 'white') fill = [255, 255, 255];
  if (FILL === 'mean') {
    const s = [0, 0, 0];
    for (let i = 0; i < fl.length; i++) s[i % 3]! += fl[i]!;
    fill = s.map((v) => v / (fl.length / 3)) as any;
  }
  const masked = tf.tensor3d(maskFaces(fl, d.width, d.height, boxes, fill), [d.height, d.width, 3]);
  const b = await m.nudity.classify(masked);
  const _strong = faces.filter((x) => x.score >= 0.6).map((x) => x.box);
  const la = nudityFromClasses(a).level,
    lb = nudityFromClasses(b).level;
  let li = '';
  if (incep) {
    const r = await incep.classify(process.env.INCEP_MASKED ? masked : img);
    const c: any = {};
    for (const x of r) c[x.className] = x.probability;
    li = `${nudityFromClasses(c).level} P${c.Porn.toFixed(2)} S${c.Sexy.toFixed(2)}`;
  }
  counts[`orig ${la}`] = (counts[`orig ${la}`] ?? 0) + 1;
  counts[`mask ${lb}`] = (counts[`mask ${lb}`] ?? 0) + 1;
  if (li && !li.startsWith('none')) counts['incep not none'] = (counts['incep not none'] ?? 0) + 1;
  if (la !== 'none' || lb !== 'none' || (li && !li.startsWith('none')))
    console.log(
      path.basename(f),
      'share',
      maskedShare(d.width, d.height, boxes).toFixed(2),
      'faces',
      faces.map((x) => x.score.toFixed(2)).join(','),
      'orig',
      la,
      a.Porn.toFixed(2),
      a.Sexy.toFixed(2),
      '| masked',
      lb,
      b.Porn.toFixed(2),
      b.Sexy.toFixed(2),
      b.Drawing.toFixed(2),
      '| incep',
      li,
    );
  tf.dispose([img, masked]);
}
console.log(counts);

type Box = [number, number, number, number];
function rect(b: Box, w: number, h: number) {
  return [Math.max(0, Math.floor(b[0])), Math.max(0, Math.floor(b[1])), Math.min(w, Math.ceil(b[0] + b[2])), Math.min(h, Math.ceil(b[1] + b[3]))] as const;
}
function maskFaces(px: Float32Array, w: number, h: number, boxes: Box[], fill: [number, number, number]): Float32Array {
  const out = px.slice();
  for (const b of boxes) {
    const [x1, y1, x2, y2] = rect(b, w, h);
    for (let y = y1; y < y2; y++) for (let x = x1; x < x2; x++) out.set(fill, (y * w + x) * 3);
  }
  return out;
}
function maskedShare(w: number, h: number, boxes: Box[]): number {
  const seen = new Uint8Array(w * h);
  for (const b of boxes) {
    const [x1, y1, x2, y2] = rect(b, w, h);
    for (let y = y1; y < y2; y++) seen.fill(1, y * w + x1, y * w + x2);
  }
  return seen.reduce((s, v) => s + v, 0) / (w * h);
}
