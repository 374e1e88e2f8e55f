// node --import tsx bench/age-gender-refined-eval.ts [--split tune|holdout] [--bins VARIANT]
// Issue 12: do face-match's refined two-pass landmarks (face-embedding.ts: 68 landmarks on the
// face-sized box, then again on a square around the first landmarks) and its landmark fit check
// (face-chip.ts chipFit) improve the aligned GENDER crop and make an aligned AGE crop usable?
// Today's gender crop (face-align.ts) warps the eye and mouth centres of ONE landmark pass on
// BlazeFace's 1.4x box, whose landmarks drift (eyes on the forehead). For each FairFace portrait
// (largest face) and each face of the shared people photos it runs face-api's age/gender net on: the
// box crop (today's age), today's aligned gender crop (+ mirror), aligned crops from the refined
// landmarks at several zooms (+ mirror; the template is the tuning portraits' mean refined layout,
// made symmetric), and dlib's chip (the embedding's alignment) at several paddings (+ mirror).
// Every choice is scored on the tuning split; --split holdout prints the held-out split's scores
// for the one confirmation run. People photos carry no labels: they show how many faces each age
// variant newly puts under 28 (the possible-minor line) and how many the fit check rejects.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';
import { AGE_GENDER_INPUT } from '../src/image/age-gender-net.ts';
import { CALIBRATION_PIVOT, CALIBRATION_SLOPE } from '../src/image/age-band.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { ALIGN_TEMPLATE, alignedCrops, keyPointsFrom68, plausibleAlignment } from '../src/image/face-align.ts';
import { alignedChips, chipFit, chipToImage } from '../src/image/face-chip.ts';
import { MIN_FACE_SCORE } from '../src/image/face-model.ts';
import { LANDMARK_INPUT } from '../src/image/recognition-net.ts';
import { loadFaceEvalNets } from './face-eval-nets.ts';
import { argValue, centre, eachSharedImage, sharedPortraits, squareBox, symmetricTemplate } from './portraits.ts';

const portraits = sharedPortraits('age-gender-refined-eval');
const split = argValue('split') ?? 'tune';

const { tf, blaze, ageGender, landmarks: landmarkNet } = await loadFaceEvalNets();

type Box = [number, number, number, number];
type Pt = { x: number; y: number };
const DETECTOR_BOX_SCALE = 1.4;
const REFINE_SCALE = 1.1;
const square = squareBox;
const scaleBox = (b: Box, k: number): Box => [b[0] + (b[2] * (1 - k)) / 2, b[1] + (b[3] * (1 - k)) / 2, b[2] * k, b[3] * k];
const boxOf = (ps: Pt[]): Box => {
  const xs = ps.map((p) => p.x);
  const ys = ps.map((p) => p.y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
};
const crop = (img: tfTypes.Tensor4D, box: Box, size: number) => {
  const [, h, w] = img.shape;
  const [x, y, s] = square(box);
  return tf.image.cropAndResize(img, [[y / h, x / w, (y + s) / h, (x + s) / w]], [0], [size, size]) as tfTypes.Tensor4D;
};
/** 68 landmarks (image pixels) found in the square crop around a box, as face-model.ts does. */
async function marks68(img: tfTypes.Tensor4D, box: Box): Promise<Pt[]> {
  const c = crop(img, box, LANDMARK_INPUT);
  const [m] = await landmarkNet(c);
  c.dispose();
  const [x, y, s] = square(box);
  const k = s / LANDMARK_INPUT;
  return m!.map((p) => ({ x: x + p.x * k, y: y + p.y * k }));
}
interface Out {
  age: number;
  pMale: number;
}
/** The net on a crop and its mirror image: [crop, mirror]. */
async function withMirror(c: tfTypes.Tensor4D): Promise<[Out, Out]> {
  const batch = tf.concat([c, tf.image.flipLeftRight(c)]) as tfTypes.Tensor4D;
  const r = await ageGender(batch);
  tf.dispose([batch, c]);
  const o = r.map((p) => ({ age: p.age, pMale: p.gender === 'male' ? p.genderProbability : 1 - p.genderProbability }));
  return [o[0]!, o[1]!];
}

interface Face {
  file: string;
  split: 'tune' | 'holdout' | 'people';
  label?: { age: string; gender: string };
  box: Box;
  single: Pt[];
  refined: Pt[];
  img: tfTypes.Tensor4D;
  out: Record<string, [Out, Out]>;
  singlePlausible: boolean;
  refinedPlausible: boolean;
  fitUsable: boolean;
  fitRatio: number;
  fitResidual: number;
}
const faces: Face[] = [];
const cpu = { landmarkPass: 0, passes: 0, fit: 0, fits: 0 };
async function collect(file: string, split: Face['split'], label?: Face['label']) {
  const d = await decodeImage(readFileSync(file), { maxBytes: 50e6, maxPixels: 100e6 });
  const img = tf.tensor4d(Float32Array.from(d.data), [1, d.height, d.width, 3]);
  const found = (await blaze.detect(img)).filter((f) => f.score >= MIN_FACE_SCORE && f.box[2] >= 8 && f.box[3] >= 8);
  const chosen = label ? found.sort((p, q) => q.box[2] * q.box[3] - p.box[2] * p.box[3]).slice(0, 1) : found;
  for (const f of chosen) {
    const box = f.box as Box;
    const single = await marks68(img, box);
    const first = await marks68(img, scaleBox(box, 1 / DETECTOR_BOX_SCALE));
    // The pass the refined landmarks add on the scan path (the first replaces today's single pass).
    const t0 = process.cpuUsage();
    const refined = await marks68(img, scaleBox(boxOf(first), REFINE_SCALE));
    const t1 = process.cpuUsage(t0);
    cpu.landmarkPass += (t1.user + t1.system) / 1000;
    cpu.passes++;
    const t2 = process.cpuUsage();
    const fit = chipFit(refined, Math.max(box[2], box[3]) / DETECTOR_BOX_SCALE, 0.25);
    const t3 = process.cpuUsage(t2);
    cpu.fit += (t3.user + t3.system) / 1000;
    cpu.fits++;
    const kpS = keyPointsFrom68(single)!;
    const kpR = keyPointsFrom68(refined)!;
    faces.push({
      file: path.basename(file),
      split,
      label,
      box,
      single,
      refined,
      img,
      out: {},
      singlePlausible: plausibleAlignment(kpS, box),
      refinedPlausible: plausibleAlignment(kpR, box),
      fitUsable: fit.usable,
      fitRatio: fit.scaleRatio,
      fitResidual: fit.residual,
    });
  }
}
await eachSharedImage(portraits, collect);

// The refined template: the tuning portraits' refined key points in their box crops, mirrored and averaged.
const tuning = faces.filter((f) => f.split === 'tune');
const { template: refinedTemplate, means: m } = symmetricTemplate(tuning.map((f) => ({ box: f.box, keyPoints: keyPointsFrom68(f.refined)! })));
console.log('refined template (0..1 of the box crop):', refinedTemplate.map((p) => `(${p.x.toFixed(3)}, ${p.y.toFixed(3)})`).join(' '));
const { means: ms } = symmetricTemplate(tuning.map((f) => ({ box: f.box, keyPoints: keyPointsFrom68(f.single)! })));
console.log(`tuning mean key points in the box crop: single pass eyes y ${((ms[0]!.y + ms[1]!.y) / 2).toFixed(3)}, mouth y ${ms[2]!.y.toFixed(3)}, eye distance ${(ms[1]!.x - ms[0]!.x).toFixed(3)}`);
console.log(`                                         refined     eyes y ${((m[0]!.y + m[1]!.y) / 2).toFixed(3)}, mouth y ${m[2]!.y.toFixed(3)}, eye distance ${(m[1]!.x - m[0]!.x).toFixed(3)}`);
const ZOOMS = [1, 1.1, 1.2, 1.3, 1.4, 1.5];
const PADDINGS = [0.25, 0.4, 0.6];
/** tf.image.transform crop of `size` showing the template (0..1) at the key points. */
function templateCrop(img: tfTypes.Tensor4D, kp: Pt[], template: readonly Pt[], zoom: number) {
  const t = template.map((p) => ({ x: 0.5 + (p.x - 0.5) * zoom, y: 0.5 + (p.y - 0.5) * zoom }));
  // alignedCrops uses ALIGN_TEMPLATE; the same warp with another template, through face-align's fit.
  return tf.tidy(() => {
    const [, h, w] = img.shape;
    void h;
    void w;
    const src = t.map((p) => ({ x: p.x * AGE_GENDER_INPUT, y: p.y * AGE_GENDER_INPUT }));
    const a = similarity(src, kp);
    return tf.image.transform(img, tf.tensor2d([[a.a, -a.b, a.tx, a.b, a.a, a.ty, 0, 0]]), 'bilinear', 'nearest', 0, [AGE_GENDER_INPUT, AGE_GENDER_INPUT]) as tfTypes.Tensor4D;
  });
}
function similarity(src: Pt[], dst: Pt[]) {
  const a0 = centre(src);
  const b0 = centre(dst);
  let a = 0;
  let b = 0;
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const [sx, sy, dx, dy] = [src[i]!.x - a0.x, src[i]!.y - a0.y, dst[i]!.x - b0.x, dst[i]!.y - b0.y];
    a += sx * dx + sy * dy;
    b += sx * dy - sy * dx;
    n += sx * sx + sy * sy;
  }
  [a, b] = [a / n, b / n];
  return { a, b, tx: b0.x - a * a0.x + b * a0.y, ty: b0.y - b * a0.x - a * a0.y };
}
const cpuWarp = { chip: 0, template: 0, n: 0 };
for (const f of faces) {
  f.out.box = await withMirror(crop(f.img, f.box, AGE_GENDER_INPUT));
  f.out.today = await withMirror(alignedCrops(tf, f.img, [keyPointsFrom68(f.single)!], AGE_GENDER_INPUT));
  const kpR = keyPointsFrom68(f.refined)!;
  for (const z of ZOOMS) {
    const t0 = process.cpuUsage();
    const c = templateCrop(f.img, kpR, refinedTemplate, z);
    const t1 = process.cpuUsage(t0);
    if (z === 1.3) cpuWarp.template += (t1.user + t1.system) / 1000;
    f.out[`refined${z}`] = await withMirror(c);
  }
  for (const p of PADDINGS) {
    const t0 = process.cpuUsage();
    const c = await alignedChips(tf, f.img, [chipToImage(f.refined, AGE_GENDER_INPUT, p)], AGE_GENDER_INPUT);
    const t1 = process.cpuUsage(t0);
    if (p === 0.4) cpuWarp.chip += (t1.user + t1.system) / 1000;
    f.out[`chip${p}`] = await withMirror(c);
  }
  cpuWarp.n++;
}
void ALIGN_TEMPLATE;

const mid = (bin: string) => {
  const r = /^(\d+)-(\d+)$/.exec(bin);
  return r ? (Number(r[1]) + Number(r[2]) + 1) / 2 : 75;
};
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const stretch = (a: number) => a + CALIBRATION_SLOPE * Math.max(0, a - CALIBRATION_PIVOT);
const both = (o: [Out, Out]): Out => ({ age: (o[0].age + o[1].age) / 2, pMale: (o[0].pMale + o[1].pMale) / 2 });
type Pick = (f: Face) => Out;
/** Gender from a crop where the check passes, else from the box crop; age likewise. */
const gated =
  (key: string, check: (f: Face) => boolean, what: 'gender' | 'age' | 'both'): Pick =>
  (f) => {
    const use = check(f);
    const al = both(f.out[key]!);
    const bx = f.out.box![0];
    return { pMale: what === 'age' ? todayGender(f).pMale : use ? al.pMale : bx.pMale, age: use && what !== 'gender' ? al.age : bx.age };
  };
const todayGender: Pick = (f) => ({ age: f.out.box![0].age, pMale: f.singlePlausible ? both(f.out.today!).pMale : f.out.box![0].pMale });
const variants: Record<string, Pick> = {
  'box crop (gender and age)': (f) => f.out.box![0],
  'today: age box, gender single-pass aligned 1.3 + mirror (plausibleAlignment)': todayGender,
};
for (const z of ZOOMS) {
  variants[`gender refined aligned ${z} + mirror, fit check`] = gated(`refined${z}`, (f) => f.fitUsable, 'gender');
  variants[`gender refined aligned ${z} + mirror, plausibleAlignment`] = gated(`refined${z}`, (f) => f.refinedPlausible, 'gender');
  variants[`gender refined aligned ${z} + mirror, fit check and plausibleAlignment`] = gated(`refined${z}`, (f) => f.fitUsable && f.refinedPlausible, 'gender');
}
for (const p of PADDINGS) variants[`gender dlib chip pad ${p} + mirror, fit check`] = gated(`chip${p}`, (f) => f.fitUsable, 'gender');
for (const z of ZOOMS) variants[`age refined aligned ${z} + mirror, fit check (gender today)`] = gated(`refined${z}`, (f) => f.fitUsable, 'age');
for (const p of PADDINGS) variants[`age dlib chip pad ${p} + mirror, fit check (gender today)`] = gated(`chip${p}`, (f) => f.fitUsable, 'age');
for (const z of [1, 1.2]) {
  variants[`age mean(box, refined aligned ${z} + mirror), fit check (gender today)`] = (f) => {
    const t = todayGender(f);
    return { pMale: t.pMale, age: f.fitUsable ? (f.out.box![0].age + both(f.out[`refined${z}`]!).age) / 2 : t.age };
  };
}
variants['age box + mirror (gender today)'] = (f) => ({ pMale: todayGender(f).pMale, age: both(f.out.box!).age });

const labelled = faces.filter((f) => f.split === split);
const people = faces.filter((f) => f.split === 'people');
const ok = (p: Out, f: Face) => p.pMale > 0.5 === (f.label!.gender === 'Male');
const logLoss = (p: Out, f: Face) => -Math.log(Math.max(1e-6, f.label!.gender === 'Male' ? p.pMale : 1 - p.pMale));
const base = variants['today: age box, gender single-pass aligned 1.3 + mirror (plausibleAlignment)']!;
console.log(`\nsplit ${split}: ${labelled.length} portraits (largest face); people photos: ${people.length} faces`);
console.log(
  `fit check: usable on ${labelled.filter((f) => f.fitUsable).length}/${labelled.length} portraits, ${people.filter((f) => f.fitUsable).length}/${people.length} people faces; single-pass plausibleAlignment ${labelled.filter((f) => f.singlePlausible).length}/${labelled.length}, ${people.filter((f) => f.singlePlausible).length}/${people.length}`,
);
console.log('| variant | gender | vs today +/- | log-loss | age MAE (shipped stretch) | est. < 28 (portraits) | people faces < 28 (box: N) | people faces newly < 28 |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
const boxPeopleMinors = people.filter((f) => f.out.box![0].age < 28).length;
for (const [name, p] of Object.entries(variants)) {
  const g = labelled.map((f) => ok(p(f), f));
  const gained = g.filter((x, i) => x && !ok(base(labelled[i]!), labelled[i]!)).length;
  const lost = g.filter((x, i) => !x && ok(base(labelled[i]!), labelled[i]!)).length;
  const mae = mean(labelled.map((f) => Math.abs(stretch(p(f).age) - mid(f.label!.age))));
  const minors = labelled.filter((f) => p(f).age < 28).length;
  const pm = people.filter((f) => p(f).age < 28).length;
  const newly = people.filter((f) => p(f).age < 28 && f.out.box![0].age >= 28).length;
  console.log(
    `| ${name} | ${g.filter(Boolean).length}/${g.length} | +${gained}/-${lost} | ${mean(labelled.map((f) => logLoss(p(f), f))).toFixed(3)} | ${mae.toFixed(2)} | ${minors}/${labelled.length} | ${pm} (${boxPeopleMinors}) | ${newly} |`,
  );
}
const binsName = argValue('bins');
if (binsName) {
  const p = variants[Object.keys(variants).find((k) => k.startsWith(binsName))!]!;
  console.log(`\nper age bin (${split}), "${binsName}" vs box crop: | bin | n | MAE | mean error | box MAE | est. < 28 |`);
  for (const bin of [...new Set(labelled.map((f) => f.label!.age))].sort()) {
    const fs = labelled.filter((f) => f.label!.age === bin);
    const errs = fs.map((f) => stretch(p(f).age) - mid(bin));
    const boxErr = fs.map((f) => Math.abs(stretch(f.out.box![0].age) - mid(bin)));
    console.log(
      `| ${bin} | ${fs.length} | ${mean(errs.map(Math.abs)).toFixed(1)} | ${mean(errs) >= 0 ? '+' : ''}${mean(errs).toFixed(1)} | ${mean(boxErr).toFixed(1)} | ${fs.filter((f) => p(f).age < 28).length} |`,
    );
  }
}
if (process.argv.includes('--people')) {
  for (const f of people)
    console.log(
      `${f.file} box ${f.box.map(Math.round).join(',')} fit ${f.fitUsable ? 'ok' : 'REJECTED'} (ratio ${f.fitRatio.toFixed(2)}, residual ${f.fitResidual.toFixed(3)}) age box ${f.out.box![0].age.toFixed(1)} refined1.2 ${both(f.out['refined1.2']!).age.toFixed(1)} chip0.4 ${both(f.out['chip0.4']!).age.toFixed(1)} pMale today ${todayGender(f).pMale.toFixed(2)} refined1.3 ${both(f.out['refined1.3']!).pMale.toFixed(2)}`,
    );
}
console.log(
  `\nCPU ms per face (process.cpuUsage, ${cpu.passes} faces): second landmark pass ${(cpu.landmarkPass / cpu.passes).toFixed(1)}, chipFit ${(cpu.fit / cpu.fits).toFixed(2)}, template warp (tf.image.transform) ${(cpuWarp.template / cpuWarp.n).toFixed(1)}, dlib chip warp (alignedChips) ${(cpuWarp.chip / cpuWarp.n).toFixed(1)}`,
);
