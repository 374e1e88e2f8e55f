// Face matching, every pair of faces in the shared photos: which embedding separates the same person
// from different people. Run: npm run eval:face-match [-- --json out.json] (needs ../shared).
//
// Faces: Human's BlazeFace (as the product finds them) in shared/data/people and the FairFace
// portraits (shared/data/age-gender), decoded as the analysis decodes them (1024 px). Identities
// (shared/data/people/README.md): the largest face of the four fr_obama* photos and the left face of
// fr_two_people.jpg are one person; the largest face of fr_biden.jpg and the right face of
// fr_two_people.jpg another; every other face is its own person. Tuning faces: the people photos and
// the FairFace portraits not listed in bench/data/age-gender-holdout.json; held-out faces: the listed
// ones. Thresholds are chosen on tuning pairs; held-out pairs are the pairs with a held-out face.
// Options: --no-faceres (skip Human's faceres rows, ~100 ms a face), --table "name;name" (threshold
// tables of those embeddings), --chips DIR (write the aligned chips as PNG), DIAG=1 (fit figures per face).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';
import { decodeImage } from '../src/image/decode-image.ts';
import { alignedChips, applySimilarity, canonicalPoint, CHIP_LANDMARKS, chipFit, chipScale, chipToImage, type Point } from '../src/image/face-chip.ts';
import { FACE_API_MODEL_DIR, loadFaceApi, loadFaceModel } from '../src/image/face-model.ts';
import { loadOrt } from '../src/image/onnx-runtime.ts';
import { LANDMARK_INPUT, RECOGNITION_INPUT, onnxFaceRecognition, onnxLandmarks, type FaceApiLandmarkNet, type FaceApiRecognitionNet } from '../src/image/recognition-net.ts';
import { initTf, require } from '../src/image/tf-runtime.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

const ageDir = sharedPath('data', 'age-gender');
const peopleDir = sharedPath('data', 'people');
if (!ageDir || !peopleDir) {
  console.error('face-match-eval: ../shared/data is absent (set CONSENTRY_SHARED); nothing to measure.');
  process.exit(0);
}
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const holdout = new Set((JSON.parse(readFileSync(new URL('./data/age-gender-holdout.json', import.meta.url), 'utf8')) as { files: string[] }).files);

const tf = await initTf('wasm');
const ort = await loadOrt();
if (!ort) throw new Error('face-match-eval needs onnxruntime-node');
const faces = await loadFaceModel(tf);
const faceapi = loadFaceApi();
await faceapi.nets.faceRecognitionNet.loadFromDisk(FACE_API_MODEL_DIR());
await faceapi.nets.faceLandmark68Net.loadFromDisk(FACE_API_MODEL_DIR());
const marksNet = (await onnxLandmarks(tf, ort, faceapi.nets.faceLandmark68Net as unknown as FaceApiLandmarkNet))!;
const resnet = (await onnxFaceRecognition(tf, ort, faceapi.nets.faceRecognitionNet as unknown as FaceApiRecognitionNet))!;
// --int8: the int8 graph (onnx-int8.ts) beside the fp32 one, as `${RESNET} int8` rows.
const resnet8 = args.includes('--int8') ? (await onnxFaceRecognition(tf, ort, faceapi.nets.faceRecognitionNet as unknown as FaceApiRecognitionNet, { int8: true }))! : undefined;
const faceresPath = path.join(path.dirname(require.resolve('@vladmandic/human')), '..', 'models', 'faceres.json');
const faceres = await tf.loadGraphModel(`file://${faceresPath}`);

type Box = [number, number, number, number];
interface Face {
  file: string;
  index: number;
  split: 'tune' | 'holdout';
  identity: string;
  box: Box;
  score: number;
  emb: Record<string, Float32Array>;
}

const cpu: Record<string, { us: number; faces: number }> = {};
async function timed<T>(name: string, n: number, f: () => Promise<T>): Promise<T> {
  const c = process.cpuUsage();
  const r = await f();
  const d = process.cpuUsage(c);
  const e = (cpu[name] ??= { us: 0, faces: 0 });
  e.us += d.user + d.system;
  e.faces += n;
  return r;
}

const unit = (v: ArrayLike<number>): Float32Array => {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i]! * v[i]!;
  const s = 1 / (Math.sqrt(n) || 1);
  return Float32Array.from(v, (x) => x * s);
};
const meanUnit = (a: Float32Array, b: Float32Array) => unit(a.map((x, i) => x + b[i]!));
const squareAround = (b: Box): [number, number, number] => {
  const side = Math.max(b[2], b[3]);
  return [b[0] + b[2] / 2 - side / 2, b[1] + b[3] / 2 - side / 2, side];
};
function squareCrops(image: tfTypes.Tensor4D, boxes: Box[], size: number): tfTypes.Tensor4D {
  const [, h, w] = image.shape;
  const rects = boxes.map((b) => {
    const [x, y, s] = squareAround(b);
    return [y / h, x / w, (y + s) / h, (x + s) / w];
  });
  return tf.image.cropAndResize(
    image,
    rects,
    rects.map(() => 0),
    [size, size],
  );
}
async function runFaceres(chips: tfTypes.Tensor4D): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (let i = 0; i < chips.shape[0]; i++) {
    const one = tf.slice(chips, [i, 0, 0, 0], [1, -1, -1, -1]);
    // The 1024-d descriptor Human reads: MobileNet's global pooling, before the age and gender heads.
    const desc = faceres.execute(one, 'global_pooling/Mean') as tfTypes.Tensor;
    out.push(Float32Array.from(await desc.data()));
    tf.dispose([one, desc]);
  }
  return out;
}
const flip = (t: tfTypes.Tensor4D) => tf.reverse(t, 2) as tfTypes.Tensor4D;

const chipDir = args.includes('--chips') ? args[args.indexOf('--chips') + 1] : undefined;
async function saveChips(chips: tfTypes.Tensor4D, dir: string, name: string): Promise<void> {
  const sharp = (await import('sharp')).default;
  const [n, h, w] = chips.shape;
  const px = Uint8Array.from(await chips.data(), (v) => Math.max(0, Math.min(255, Math.round(v))));
  for (let i = 0; i < n; i++)
    await sharp(Buffer.from(px.subarray(i * h * w * 3, (i + 1) * h * w * 3)), { raw: { width: w, height: h, channels: 3 } })
      .png()
      .toFile(path.join(dir, `${name}#${i}.png`));
}
const RESNET = 'resnet dlib-aligned (refined marks) + flip';
const FACERES_PADDINGS = args.includes('--no-faceres') ? [] : [0.1, 0.25];
const all: Face[] = [];
const files = [
  ...readdirSync(peopleDir)
    .filter((n) => /\.(jpe?g|png)$/i.test(n))
    .sort()
    .map((n) => ({ dir: peopleDir, name: n, split: 'tune' as const })),
  ...readdirSync(ageDir)
    .filter((n) => /\.jpe?g$/i.test(n))
    .sort()
    .map((n) => ({ dir: ageDir, name: n, split: holdout.has(n) ? ('holdout' as const) : ('tune' as const) }))
    // --tune-only: the held-out portraits are not read at all.
    .filter((f) => f.split === 'tune' || !args.includes('--tune-only')),
];
for (const f of files) {
  const d = await decodeImage(readFileSync(path.join(f.dir, f.name)), { maxBytes: 50e6, maxPixels: 100e6 });
  const image = tf.tensor4d(Float32Array.from(d.data), [1, d.height, d.width, 3]);
  const found = await faces.detect(image);
  if (found.length === 0) {
    image.dispose();
    continue;
  }
  const boxes = found.map((x) => x.box as Box);
  const n = boxes.length;
  // 68 landmarks in a square crop around a box, in image pixels: today's crop is the detector's box
  // (Human scales BlazeFace's box by 1.4); 'tight' undoes that scale, the face-sized box face-api's
  // landmark net was trained on; 'refined' runs the net again on a square around the first points.
  const landmarksIn = (bs: Box[]) =>
    timed('68 landmarks', bs.length, async () => {
      const crops = squareCrops(image, bs, LANDMARK_INPUT);
      const m = await marksNet(crops);
      crops.dispose();
      return m.map((pts, i) => {
        const [x, y, s] = squareAround(bs[i]!);
        return pts.map((p) => ({ x: x + (p.x * s) / LANDMARK_INPUT, y: y + (p.y * s) / LANDMARK_INPUT }));
      });
    });
  const boxOf = (pts: Point[]): Box => {
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
  };
  const scaleBox = (b: Box, k: number): Box => [b[0] + (b[2] * (1 - k)) / 2, b[1] + (b[3] * (1 - k)) / 2, b[2] * k, b[3] * k];
  const marks = await landmarksIn(boxes);
  const landmarkBoxes = marks.map(boxOf);
  const tight = await landmarksIn(boxes.map((b) => scaleBox(b, 1 / 1.4)));
  const refined = await landmarksIn(tight.map((m) => scaleBox(boxOf(m), 1.1)));
  const emb: Array<Record<string, Float32Array>> = boxes.map(() => ({}));
  if (process.env.DIAG) {
    for (let i = 0; i < n; i++) {
      const side = Math.max(boxes[i]![2], boxes[i]![3]) / 1.4;
      const t1 = chipToImage(tight[i]! as Point[], 1, 0.25);
      const t2 = chipToImage(refined[i]! as Point[], 1, 0.25);
      const res = (m: Point[], t: ReturnType<typeof chipToImage>) => {
        let e = 0;
        for (const k of CHIP_LANDMARKS) {
          const q = applySimilarity(t, canonicalPoint(k, 1, 0.25));
          e += Math.hypot(q.x - m[k]!.x, q.y - m[k]!.y);
        }
        return e / CHIP_LANDMARKS.length / chipScale(t);
      };
      console.error(
        `DIAG ${f.name}#${i} side ${side.toFixed(0)} r1 ${(chipScale(t1) / side).toFixed(2)} r2 ${(chipScale(t2) / side).toFixed(2)} res1 ${res(tight[i]! as Point[], t1).toFixed(3)} res2 ${res(refined[i]! as Point[], t2).toFixed(3)} score ${found[i]!.score}`,
      );
    }
  }
  const put = (name: string, vs: Float32Array[]) => vs.forEach((v, i) => (emb[i]![name] = unit(v)));
  // Today's: a square crop of the landmark box.
  put(
    'resnet box (today)',
    await timed('resnet box', n, async () => {
      const c = squareCrops(image, landmarkBoxes, RECOGNITION_INPUT);
      try {
        return await resnet(c);
      } finally {
        c.dispose();
      }
    }),
  );
  // dlib's chip: similarity fit of the mean face, 150 px, padding 0.25.
  for (const [tag, ms] of [
    ['', marks],
    [' (tight marks)', tight],
    [' (refined marks)', refined],
  ] as const) {
    const dlib = await alignedChips(
      tf,
      image,
      ms.map((m) => chipToImage(m as Point[], RECOGNITION_INPUT, 0.25)),
      RECOGNITION_INPUT,
    );
    if (chipDir && tag === ' (refined marks)') await saveChips(dlib, chipDir, f.name);
    put(`resnet dlib-aligned${tag}`, await timed('resnet aligned', n, () => resnet(dlib)));
    const dlibFlip = flip(dlib);
    put(`resnet dlib-aligned${tag} flipped only`, await timed('resnet aligned', n, () => resnet(dlibFlip)));
    if (resnet8 && tag === ' (refined marks)') {
      put(`${RESNET} int8 (unflipped)`, await timed('resnet aligned int8', n, () => resnet8(dlib)));
      put(`${RESNET} int8 (flipped only)`, await timed('resnet aligned int8', n, () => resnet8(dlibFlip)));
      emb.forEach((e) => (e[`${RESNET} int8`] = meanUnit(e[`${RESNET} int8 (unflipped)`]!, e[`${RESNET} int8 (flipped only)`]!)));
    }
    tf.dispose([dlib, dlibFlip]);
    emb.forEach((e) => (e[`resnet dlib-aligned${tag} + flip`] = meanUnit(e[`resnet dlib-aligned${tag}`]!, e[`resnet dlib-aligned${tag} flipped only`]!)));
  }
  // The fit check (face-chip.ts chipFit): faces whose landmarks do not fit a frontal face get no embedding.
  emb.forEach((e, i) => {
    if (chipFit(refined[i]! as Point[], Math.max(boxes[i]![2], boxes[i]![3]) / 1.4).usable) {
      e[`${RESNET}, fit-checked`] = e[RESNET]!;
      if (resnet8) e[`${RESNET} int8, fit-checked`] = e[`${RESNET} int8`]!;
      e['resnet dlib-aligned (refined marks), fit-checked'] = e['resnet dlib-aligned (refined marks)']!;
    }
  });
  // faceres on aligned chips (224 px, 0..255), several paddings, with its mirror.
  for (const pad of FACERES_PADDINGS) {
    const chips = await alignedChips(
      tf,
      image,
      refined.map((m) => chipToImage(m as Point[], 224, pad)),
      224,
    );
    put(`faceres aligned p${pad}`, await timed('faceres aligned', n, () => runFaceres(chips)));
    const flipped = flip(chips);
    put(`faceres aligned p${pad} flipped only`, await timed('faceres aligned', n, () => runFaceres(flipped)));
    tf.dispose([chips, flipped]);
    emb.forEach((e) => (e[`faceres aligned p${pad} + flip`] = meanUnit(e[`faceres aligned p${pad}`]!, e[`faceres aligned p${pad} flipped only`]!)));
  }
  // faceres on Human's own crop with the mesh off: the BlazeFace box, squared, resized to 224. (Human
  // 3.3.6's own call returns an empty descriptor here: its execute() yields only the age and gender
  // outputs of faceres.json, so its embedding is read from 'global_pooling/Mean' as above.)
  if (FACERES_PADDINGS.length) {
    const crops = squareCrops(image, boxes, 224);
    put('faceres Human box crop', await timed('faceres box crop', n, () => runFaceres(crops)));
    crops.dispose();
  }
  image.dispose();
  const order = boxes.map((b, i) => ({ b, i })).sort((p, q) => q.b[2] * q.b[3] - p.b[2] * p.b[3]);
  const largest = order[0]!.i;
  for (let i = 0; i < n; i++) {
    let identity = `${f.name}#${i}`;
    if (/^fr_obama/.test(f.name) && i === largest) identity = 'obama';
    if (f.name === 'fr_biden.jpg' && i === largest) identity = 'biden';
    if (f.name === 'fr_two_people.jpg' && n >= 2) {
      const two = order.slice(0, 2).sort((p, q) => p.b[0] - q.b[0]);
      if (i === two[0]!.i) identity = 'obama';
      if (i === two[1]!.i) identity = 'biden';
    }
    all.push({ file: f.name, index: i, split: f.split, identity, box: boxes[i]!, score: found[i]!.score, emb: emb[i]! });
  }
  process.stderr.write('.');
}
process.stderr.write('\n');

// Fusions: concatenated unit embeddings (the cosine of the concatenation is the weighted mean of the cosines).
for (const pad of FACERES_PADDINGS)
  for (const w of [0.5, 0.75])
    for (const f of all) {
      const a = f.emb[RESNET]!;
      const b = f.emb[`faceres aligned p${pad} + flip`]!;
      const v = new Float32Array(a.length + b.length);
      v.set(a.map((x) => x * Math.sqrt(w)));
      v.set(
        b.map((x) => x * Math.sqrt(1 - w)),
        a.length,
      );
      f.emb[`fusion ${w} resnet + ${(1 - w).toFixed(2)} faceres p${pad} (aligned, flip)`] = unit(v);
    }
// faceres centred on the tuning faces' mean (its descriptors share a large common component).
for (const name of [...new Set(all.flatMap((f) => Object.keys(f.emb)))].filter((k) => k.startsWith('faceres'))) {
  const tune = all.filter((f) => f.split === 'tune' && f.emb[name]);
  const mean = new Float32Array(tune[0]!.emb[name]!.length);
  for (const f of tune) f.emb[name]!.forEach((x, i) => (mean[i]! += x / tune.length));
  for (const f of all) if (f.emb[name]) f.emb[`${name}, centred`] = unit(f.emb[name]!.map((x, i) => x - mean[i]!));
}

// The same fit check applied to the faceres rows and the fusions, for a like-for-like comparison.
for (const f of all) {
  if (!f.emb[`${RESNET}, fit-checked`]) continue;
  for (const name of Object.keys(f.emb)) if ((name.startsWith('faceres aligned') && name.endsWith('+ flip')) || name.startsWith('fusion')) f.emb[`${name}, fit-checked`] = f.emb[name]!;
}

const cos = (a: Float32Array, b: Float32Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};
interface Pairs {
  genuine: Array<{ a: Face; b: Face; s: number }>;
  tune: number[];
  held: number[];
}
// --int8: fp32 embeddings (as enrolled before the switch) against int8 ones (as found after it).
const MIXED = `${RESNET} fp32 x int8, fit-checked`;
const mixed: Record<string, [string, string]> = resnet8 ? { [MIXED]: [`${RESNET}, fit-checked`, `${RESNET} int8, fit-checked`] } : {};
function pairs(name: string): Pairs {
  const p: Pairs = { genuine: [], tune: [], held: [] };
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      // A mixed row: one face's embedding from one name, the other's from another, both ways round.
      const [na, nb] = mixed[name] ?? [name, name];
      for (const [x, y] of na === nb
        ? [[a, b]]
        : [
            [a, b],
            [b, a],
          ]) {
        if (!x!.emb[na] || !y!.emb[nb]) continue;
        const s = cos(x!.emb[na]!, y!.emb[nb]!);
        if (a.identity === b.identity) p.genuine.push({ a: x!, b: y!, s });
        else if (a.split === 'tune' && b.split === 'tune') p.tune.push(s);
        else p.held.push(s);
      }
    }
  return p;
}
const names = [...new Set(all.flatMap((f) => Object.keys(f.emb))), ...Object.keys(mixed)].filter((k) => !k.includes('flipped only'));
const tuneFaces = all.filter((f) => f.split === 'tune').length;
console.log(`\nFaces: ${all.length} (${tuneFaces} tuning, ${all.length - tuneFaces} held-out)`);
for (const id of ['obama', 'biden'])
  console.log(
    `  ${id}: ${all
      .filter((f) => f.identity === id)
      .map((f) => `${f.file}#${f.index}`)
      .join(', ')}`,
  );
const fitted = (split: string) => all.filter((f) => f.split === split && f.emb[`${RESNET}, fit-checked`]).length;
console.log(`Faces passing the landmark fit check: ${fitted('tune')}/${tuneFaces} tuning, ${fitted('holdout')}/${all.length - tuneFaces} held-out`);
console.log(
  `  rejected: ${all
    .filter((f) => !f.emb[`${RESNET}, fit-checked`])
    .map((f) => `${f.file}#${f.index}`)
    .join(', ')}`,
);
console.log('\nCPU per face (process.cpuUsage, one thread; ms of CPU per face, not wall-clock):');
for (const [k, v] of Object.entries(cpu))
  console.log(`  ${k}: ${(v.us / 1000 / v.faces).toFixed(1)} ms/face (${v.faces} faces${k === 'resnet aligned' || k === 'faceres aligned' ? ', the crop and its mirror counted as two' : ''})`);

console.log(
  '\n| embedding | genuine pairs found | genuine min | tuning impostor max | held-out impostor max | margin (tuning) | threshold (tuning) | FNM at it | FM tuning | FM held-out | impostor median |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const summary: Record<string, unknown> = {};
for (const name of names) {
  const p = pairs(name);
  const gmin = Math.min(...p.genuine.map((g) => g.s));
  const tmax = Math.max(...p.tune);
  const hmax = Math.max(...p.held);
  // The tuning threshold: midway between the worst genuine and best impostor pair when they separate;
  // otherwise the one with fewest errors (false non-matches weighted like false matches).
  let threshold = (gmin + tmax) / 2;
  if (gmin <= tmax) {
    const cands = [...p.genuine.map((g) => g.s), ...p.tune].sort((x, y) => x - y);
    let best = Infinity;
    for (const t of cands) {
      const err = p.genuine.filter((g) => g.s < t).length + p.tune.filter((s) => s >= t).length;
      if (err < best) [best, threshold] = [err, t];
    }
  }
  const fnm = p.genuine.filter((g) => g.s < threshold).length;
  const fmT = p.tune.filter((s) => s >= threshold).length;
  const fmH = p.held.filter((s) => s >= threshold).length;
  summary[name] = { gmin, tmax, hmax, threshold, fnm, fmT, fmH, genuine: p.genuine.map((g) => [`${g.a.file}#${g.a.index}`, `${g.b.file}#${g.b.index}`, g.s]) };
  console.log(
    `| ${name} | ${p.genuine.length} | ${gmin.toFixed(3)} | ${tmax.toFixed(3)} | ${hmax.toFixed(3)} | ${(gmin - tmax).toFixed(3)} | ${threshold.toFixed(3)} | ${fnm}/${p.genuine.length} | ${fmT}/${p.tune.length} | ${fmH}/${p.held.length} | ${[...p.tune].sort((x, y) => x - y)[Math.floor(p.tune.length / 2)]!.toFixed(3)} |`,
  );
}

/** False match and false non-match counts at several thresholds for one embedding. */
export function thresholdTable(name: string, thresholds: number[]): string {
  const p = pairs(name);
  const rows = [
    `\n${name}: ${p.genuine.length} same-person pairs (all tuning), ${p.tune.length} different-person tuning pairs, ${p.held.length} held-out pairs`,
    '| threshold | false non-match | FNMR | false match, tuning | FMR tuning | false match, held-out | FMR held-out |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const t of thresholds) {
    const fnm = p.genuine.filter((g) => g.s < t).length;
    const ft = p.tune.filter((s) => s >= t).length;
    const fh = p.held.filter((s) => s >= t).length;
    rows.push(`| ${t.toFixed(3)} | ${fnm}/${p.genuine.length} | ${(fnm / p.genuine.length).toFixed(3)} | ${ft} | ${(ft / p.tune.length).toFixed(4)} | ${fh} | ${(fh / p.held.length).toFixed(4)} |`);
  }
  return rows.join('\n');
}
const chosen = args.includes('--table') ? args[args.indexOf('--table') + 1]!.split(';') : ['resnet box (today)', `${RESNET}, fit-checked`, ...(resnet8 ? [`${RESNET} int8, fit-checked`, MIXED] : [])];
if (resnet8) {
  // Each face's int8 embedding against its fp32 one (unit vectors: the dot product is the cosine).
  for (const [tag, key] of [
    ['chip', 'resnet dlib-aligned (refined marks)'],
    ['chip + mirror', RESNET],
  ] as const) {
    const cs = all.map((f) => cos(f.emb[key === RESNET ? `${RESNET} int8` : `${RESNET} int8 (unflipped)`]!, f.emb[key]!)).sort((a, b) => a - b);
    console.log(
      `int8 vs fp32 (${tag}), cosine over ${cs.length} faces: min ${cs[0]!.toFixed(5)}, 5th percentile ${cs[Math.floor(cs.length * 0.05)]!.toFixed(5)}, median ${cs[Math.floor(cs.length / 2)]!.toFixed(5)}`,
    );
  }
}
for (const name of chosen) {
  const p = pairs(name);
  console.log(thresholdTable(name, [0.86, 0.88, 0.9, 0.91, 0.92, 0.93, 0.94, 0.95, 0.953, 0.96, 0.97, 0.98]));
  console.log('same-person pairs:', p.genuine.map((g) => `${g.a.file}#${g.a.index}~${g.b.file}#${g.b.index} ${g.s.toFixed(3)}`).join('; '));
  const tuneFacesOnly = all.filter((f) => f.split === 'tune');
  const top: Array<[number, string]> = [];
  for (let i = 0; i < tuneFacesOnly.length; i++)
    for (let j = i + 1; j < tuneFacesOnly.length; j++) {
      const a = tuneFacesOnly[i]!;
      const b = tuneFacesOnly[j]!;
      if (a.identity !== b.identity && a.emb[name] && b.emb[name])
        top.push([cos(a.emb[name]!, b.emb[name]!), `${a.file}#${a.index} (${a.box[2].toFixed(0)} px) ~ ${b.file}#${b.index} (${b.box[2].toFixed(0)} px)`]);
    }
  console.log(
    'closest different-person tuning pairs:',
    top
      .sort((x, y) => y[0] - x[0])
      .slice(0, 5)
      .map(([s, d]) => `${d} ${s.toFixed(3)}`)
      .join('; '),
  );
}
if (jsonOut)
  writeFileSync(jsonOut, JSON.stringify({ cpu, summary, faces: all.map((f) => ({ file: f.file, index: f.index, split: f.split, identity: f.identity, box: f.box, score: f.score })) }, null, 2));
