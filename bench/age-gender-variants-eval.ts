// node --import tsx bench/age-gender-variants-eval.ts --out /tmp/variants.json
// Raw age/gender outputs of every crop variant considered for issue 12, for each FairFace portrait
// (largest face) and each face of the shared people photos: face-api's net on the detector's square
// box (today's crop), on its mirror image, on a landmark-aligned crop (similarity transform of the
// eye and mouth centres onto a fixed template) and its mirror; Human's faceres on the box and its
// mirror. The template is the mean eye/mouth layout of the TUNING portraits' box crops, made
// left-right symmetric, so the aligned crop has the box crop's scale on average. Analysis of the
// outputs (which combination, fitted on which split) is bench/age-gender-variants-fit.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';
import { decodeImage } from '../src/image/decode-image.ts';
import { AGE_GENDER_INPUT } from '../src/image/age-gender-net.ts';
import { MIN_FACE_SCORE } from '../src/image/face-model.ts';
import { LANDMARK_INPUT } from '../src/image/recognition-net.ts';
import { require } from '../src/image/tf-runtime.ts';
import { loadFaceEvalNets } from './face-eval-nets.ts';
import { centre, eachSharedImage, sharedPortraits, squareBox, symmetricTemplate } from './portraits.ts';

const portraits = sharedPortraits('age-gender-variants-eval');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1]! : 'age-gender-variants.json';

const { tf, blaze, ageGender, landmarks } = await loadFaceEvalNets();
const faceres = await tf.loadGraphModel(`file://${path.join(path.dirname(require.resolve('@vladmandic/human')), '..', 'models', 'faceres.json')}`);

type Box = [number, number, number, number];
type Pt = { x: number; y: number };
const square = squareBox;
const crop = (img: tfTypes.Tensor4D, boxes: Box[], size: number) => {
  const [, h, w] = img.shape;
  return tf.image.cropAndResize(
    img,
    boxes.map((b) => {
      const [x, y, s] = square(b);
      return [y / h, x / w, (y + s) / h, (x + s) / w];
    }),
    boxes.map(() => 0),
    [size, size],
  );
};
/** Eye and mouth centres (68-point scheme) in image pixels, found in the square crop of the box. */
async function keyPoints(img: tfTypes.Tensor4D, box: Box): Promise<Pt[]> {
  const c = crop(img, [box], LANDMARK_INPUT) as tfTypes.Tensor4D;
  const [marks] = await landmarks(c);
  c.dispose();
  const [x, y, s] = square(box);
  const k = s / LANDMARK_INPUT;
  const p = marks!.map((m) => ({ x: x + m.x * k, y: y + m.y * k }));
  return [centre(p.slice(36, 42)), centre(p.slice(42, 48)), centre(p.slice(48, 68))];
}
/** Least-squares similarity (scale, rotation, shift) taking src points onto dst points. */
function similarity(src: Pt[], dst: Pt[]) {
  const ms = centre(src);
  const md = centre(dst);
  let a = 0;
  let b = 0;
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const sx = src[i]!.x - ms.x;
    const sy = src[i]!.y - ms.y;
    const dx = dst[i]!.x - md.x;
    const dy = dst[i]!.y - md.y;
    a += sx * dx + sy * dy;
    b += sx * dy - sy * dx;
    n += sx * sx + sy * sy;
  }
  return { a: a / n, b: b / n, tx: md.x - (a / n) * ms.x + (b / n) * ms.y, ty: md.y - (b / n) * ms.x - (a / n) * ms.y };
}
/** The crop whose pixel (u, v) (0..size) shows the image point that the template maps there. */
function alignedCrop(img: tfTypes.Tensor4D, pts: Pt[], template: Pt[], size: number): tfTypes.Tensor4D {
  // Inverse map: output pixel → image point. Template points are in 0..1 of the crop.
  const t = similarity(
    template.map((p) => ({ x: p.x * size, y: p.y * size })),
    pts,
  );
  return tf.image.transform(img, tf.tensor2d([[t.a, -t.b, t.tx, t.b, t.a, t.ty, 0, 0]]), 'bilinear', 'nearest', 0, [size, size]) as tfTypes.Tensor4D;
}
async function faceApiOut(crops: tfTypes.Tensor4D) {
  const r = await ageGender(crops);
  return r.map((p) => ({ age: p.age, pMale: p.gender === 'male' ? p.genderProbability : 1 - p.genderProbability }));
}
async function faceresOut(crops224: tfTypes.Tensor4D) {
  const outs = faceres.execute(crops224) as tfTypes.Tensor[];
  const g = await outs.find((t) => t.shape[1] === 1)!.data();
  const a = await outs.find((t) => t.shape[1] === 100)!.data();
  tf.dispose(outs);
  return Array.from(g, (pm, i) => {
    const all = Array.from(a.slice(i * 100, (i + 1) * 100) as Float32Array);
    let idx = 0;
    for (let k = 1; k < 100; k++) if (all[k]! > all[idx]!) idx = k;
    // Human's decoding (faceres.ts), and the expectation over the 100 one-year classes.
    const human = Math.round(all[idx - 1]! > all[idx + 1]! ? 10 * idx - 100 * all[idx - 1]! : 10 * idx + 100 * all[idx + 1]!) / 10;
    const expected = all.reduce((s, p, k) => s + p * k, 0);
    return { age: human, ageExpected: expected, pMale: pm };
  });
}

interface FaceRow {
  file: string;
  face: number;
  split: 'tune' | 'holdout' | 'people';
  label?: { age: string; gender: string };
  box: Box;
  score: number;
  imageSide: number;
  points: Pt[];
}
const rows: FaceRow[] = [];
const images = new Map<string, tfTypes.Tensor4D>();
const limits = { maxBytes: 50e6, maxPixels: 100e6 };
async function collect(file: string, split: FaceRow['split'], label?: FaceRow['label']) {
  const d = await decodeImage(readFileSync(file), limits);
  const img = tf.tensor4d(Float32Array.from(d.data), [1, d.height, d.width, 3]);
  const faces = (await blaze.detect(img)).filter((f) => f.score >= MIN_FACE_SCORE && f.box[2] >= 8 && f.box[3] >= 8);
  const chosen = label ? faces.sort((p, q) => q.box[2] * q.box[3] - p.box[2] * p.box[3]).slice(0, 1) : faces;
  images.set(path.basename(file), img);
  for (const [k, f] of chosen.entries()) {
    rows.push({ file: path.basename(file), face: k, split, label, box: f.box, score: f.score, imageSide: Math.max(d.width, d.height), points: await keyPoints(img, f.box) });
  }
}
await eachSharedImage(portraits, collect);

// The template: the tuning portraits' key points in their box crops (0..1), mirrored and averaged.
const { template, means: m } = symmetricTemplate(rows.filter((r) => r.split === 'tune').map((r) => ({ box: r.box, keyPoints: r.points })));
console.log('template (0..1 of the crop):', template.map((p) => `(${p.x.toFixed(3)}, ${p.y.toFixed(3)})`).join(' '), 'mean horizontal centre', ((m[0]!.x + m[1]!.x + m[2]!.x) / 3).toFixed(3));

const results = [];
const cpu = { box: 0, landmarks: 0, aligned: 0, faceres: 0, flip: 0 };
const cpuMs = (f: () => Promise<unknown>, key: keyof typeof cpu) => async () => {
  const t = process.cpuUsage();
  const r = await f();
  const d = process.cpuUsage(t);
  cpu[key] += (d.user + d.system) / 1000;
  return r;
};
for (const r of rows) {
  const img = images.get(r.file)!;
  const box112 = crop(img, [r.box], AGE_GENDER_INPUT) as tfTypes.Tensor4D;
  const box224 = crop(img, [r.box], 224) as tfTypes.Tensor4D;
  const al112 = alignedCrop(img, r.points, template, AGE_GENDER_INPUT);
  const flip = (t: tfTypes.Tensor4D) => tf.image.flipLeftRight(t) as tfTypes.Tensor4D;
  const t0 = process.cpuUsage();
  const [box] = await faceApiOut(box112);
  const t1 = process.cpuUsage(t0);
  cpu.box += (t1.user + t1.system) / 1000;
  const [boxFlip] = (await cpuMs(() => faceApiOut(flip(box112)), 'flip')()) as Awaited<ReturnType<typeof faceApiOut>>;
  const [aligned] = await faceApiOut(al112);
  const [alignedFlip] = await faceApiOut(flip(al112));
  // Tighter crops: the aligned template zoomed (the crop shows 1/z of the box crop's width), and the
  // box crop's centre 1/1.4 (BlazeFace's box before Human's 1.4 enlargement, close to face-api's own SSD box).
  const zoomed: Record<string, { age: number; pMale: number } | undefined> = {};
  for (const z of [1.1, 1.2, 1.3, 1.4, 1.5]) {
    const t = template.map((p) => ({ x: 0.5 + (p.x - 0.5) * z, y: 0.5 + (p.y - 0.5) * z }));
    const c = alignedCrop(img, r.points, t, AGE_GENDER_INPUT);
    [zoomed[`aligned${z}`]] = await faceApiOut(c);
    [zoomed[`alignedFlip${z}`]] = await faceApiOut(flip(c));
    tf.dispose(c);
    const [x, y, s] = square(r.box);
    const inner = s / z;
    const cb = crop(img, [[x + (s - inner) / 2, y + (s - inner) / 2, inner, inner]], AGE_GENDER_INPUT) as tfTypes.Tensor4D;
    [zoomed[`box${z}`]] = await faceApiOut(cb);
    [zoomed[`boxFlip${z}`]] = await faceApiOut(flip(cb));
    tf.dispose(cb);
  }
  const t2 = process.cpuUsage();
  await keyPoints(img, r.box);
  const t3 = process.cpuUsage(t2);
  cpu.landmarks += (t3.user + t3.system) / 1000;
  const t4 = process.cpuUsage();
  tf.dispose(alignedCrop(img, r.points, template, AGE_GENDER_INPUT));
  const t5 = process.cpuUsage(t4);
  cpu.aligned += (t5.user + t5.system) / 1000;
  const [fr] = (await cpuMs(() => faceresOut(box224), 'faceres')()) as Awaited<ReturnType<typeof faceresOut>>;
  const [frFlip] = await faceresOut(flip(box224));
  tf.dispose([box112, box224, al112]);
  results.push({ ...r, box: r.box, faceapi: { box, boxFlip, aligned, alignedFlip, ...zoomed }, faceres: { box: fr, boxFlip: frFlip } });
}
const n = rows.length;
console.log(
  `CPU ms per face (process.cpuUsage, ${n} faces): face-api net on one crop ${(cpu.box / n).toFixed(1)}, flipped crop ${(cpu.flip / n).toFixed(1)}, 68 landmarks ${(cpu.landmarks / n).toFixed(1)}, aligned warp ${(cpu.aligned / n).toFixed(1)}, faceres ${(cpu.faceres / n).toFixed(1)}`,
);
writeFileSync(out, JSON.stringify({ template, faces: results }, null, 1));
console.log(`wrote ${results.length} faces to ${out}`);
