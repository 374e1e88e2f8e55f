// Measures the face models on the shared labelled portraits and group photos, so the combination
// used by src/image/face-model.ts is chosen by numbers. Run: npm run eval:faces (needs ../shared).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';
import { decodeImage } from '../src/image/decode-image.ts';
import { FACE_API_MODEL_DIR, humanConfig, loadFaceApi, loadFaceModel, loadHuman } from '../src/image/face-model.ts';
import { initTf } from '../src/image/tf-runtime.ts';
import { ADULT_AGE, AGE_BAND_MARGIN, ageBandFor } from '../src/image/age-band.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

const ageDir = sharedPath('data', 'age-gender');
const peopleDir = sharedPath('data', 'people');
if (!ageDir || !peopleDir) {
  console.error('face-models-eval: ../shared/data is absent (set CONSENTRY_SHARED); nothing to measure.');
  process.exit(0);
}
const labels = JSON.parse(readFileSync(path.join(ageDir, 'labels.json'), 'utf8')) as Array<{ filename: string; age: string; gender: string }>;
const tf = await initTf();
const limits = { maxBytes: 50e6, maxPixels: 100e6 };

async function load(file: string, maxSide = 1024): Promise<tfTypes.Tensor4D> {
  const d = await decodeImage(readFileSync(file), limits, maxSide);
  return tf.tensor4d(new Float32Array(d.data), [1, d.height, d.width, 3]);
}

function ageRange(bin: string): [number, number] {
  const m = /^(\d+)-(\d+)$/.exec(bin);
  if (m) return [Number(m[1]), Number(m[2])];
  if (/70/.test(bin)) return [70, 80];
  throw new Error(`age bin ${bin}`);
}

interface Row {
  name: string;
  found: number;
  total: number;
  genderOk: number;
  absErr: number[];
  binErr: number[];
  ms: number;
  flaggedByBin: Record<string, [number, number]>;
}
type Predict = (x: tfTypes.Tensor4D) => Promise<Array<{ box: number[]; age: number; gender: string }>>;

async function evaluate(name: string, predict: Predict): Promise<Row> {
  const row: Row = { name, found: 0, total: labels.length, genderOk: 0, absErr: [], binErr: [], ms: 0, flaggedByBin: {} };
  for (const label of labels) {
    const x = await load(path.join(ageDir!, label.filename));
    const t = performance.now();
    const faces = await predict(x);
    row.ms += performance.now() - t;
    x.dispose();
    if (faces.length === 0) continue;
    row.found++;
    const face = faces.reduce((a, b) => (b.box[2]! * b.box[3]! > a.box[2]! * a.box[3]! ? b : a));
    if (face.gender.toLowerCase() === label.gender.toLowerCase()) row.genderOk++;
    const [lo, hi] = ageRange(label.age);
    row.absErr.push(Math.abs(face.age - (lo + hi + 1) / 2));
    row.binErr.push(face.age < lo ? lo - face.age : face.age > hi + 1 ? face.age - hi - 1 : 0);
    const counts = (row.flaggedByBin[label.age] ??= [0, 0]);
    counts[1]++;
    if (ageBandFor(face.age).low < ADULT_AGE) counts[0]++;
  }
  return row;
}

const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / Math.max(1, a.length);
const pct = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(p * a.length))] ?? NaN;

const rows: Row[] = [];
const humanPlain = await loadHuman(humanConfig({ faceres: true, mesh: false }));
rows.push(
  await evaluate('Human BlazeFace + faceres (no mesh)', async (x) =>
    (await humanPlain.detect(x)).face.filter((f) => f.score >= 0.35).map((f) => ({ box: f.box, age: f.age ?? NaN, gender: f.gender ?? '' })),
  ),
);
const humanMesh = await loadHuman(humanConfig({ faceres: true, mesh: true }));
rows.push(
  await evaluate('Human BlazeFace + mesh + faceres (Human default)', async (x) =>
    (await humanMesh.detect(x)).face.filter((f) => f.score >= 0.35).map((f) => ({ box: f.box, age: f.age ?? NaN, gender: f.gender ?? '' })),
  ),
);
rows.push(
  await evaluate('Human faceres fed 0..1 pixels (wrong range)', async (x) => {
    const y = tf.div(x, 255) as tfTypes.Tensor4D;
    try {
      return (await humanPlain.detect(y)).face.map((f) => ({ box: f.box, age: f.age ?? NaN, gender: f.gender ?? '' }));
    } finally {
      y.dispose();
    }
  }),
);
const faceapi = loadFaceApi() as unknown as {
  nets: { ssdMobilenetv1: { loadFromDisk(d: string): Promise<void> }; ageGenderNet: { loadFromDisk(d: string): Promise<void> } };
  SsdMobilenetv1Options: new (o: object) => unknown;
  detectAllFaces(x: tfTypes.Tensor3D, o: unknown): { withAgeAndGender(): Promise<Array<{ detection: { box: { x: number; y: number; width: number; height: number } }; age: number; gender: string }>> };
};
await faceapi.nets.ssdMobilenetv1.loadFromDisk(FACE_API_MODEL_DIR());
await faceapi.nets.ageGenderNet.loadFromDisk(FACE_API_MODEL_DIR());
const ssd = async (x: tfTypes.Tensor4D) => {
  const x3 = tf.squeeze(x, [0]) as tfTypes.Tensor3D;
  try {
    const r = await faceapi.detectAllFaces(x3, new faceapi.SsdMobilenetv1Options({ minConfidence: 0.5, maxResults: 100 })).withAgeAndGender();
    return r.map((f) => ({ box: [f.detection.box.x, f.detection.box.y, f.detection.box.width, f.detection.box.height], age: f.age, gender: f.gender }));
  } finally {
    x3.dispose();
  }
};
rows.push(await evaluate('face-api SSD + age/gender net (face-api default)', ssd));
const ours = await loadFaceModel(tf);
const lowThreshold = await loadHuman(humanConfig({ minConfidence: 0.2 }));
rows.push(await evaluate('Human BlazeFace + face-api age/gender, gender from a landmark-aligned crop + mirror (Consentry)', (x) => ours.detect(x))); // Consentry's default
rows.push(await evaluate('Human BlazeFace + face-api age/gender on the square box crop (before issue 12)', (x) => ours.detect(x, { genderCrop: 'box' })));

console.log('\n| pipeline | faces found | gender accuracy | age MAE (bin midpoint) | age error outside bin | 90th pct abs error | ms/image |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.found}/${r.total} | ${(r.genderOk / Math.max(1, r.found)).toFixed(2)} | ${mean(r.absErr).toFixed(1)} | ${mean(r.binErr).toFixed(1)} | ${pct(r.absErr, 0.9).toFixed(1)} | ${(r.ms / r.total).toFixed(0)} |`,
  );
}
const oursRow = rows.at(-2)!;
console.log(`\nConsentry ages: largest distance outside the labelled bin ${Math.max(0, ...oursRow.binErr).toFixed(1)} years`);
console.log(
  `Adults flagged "possible minor" (band low end < ${ADULT_AGE} with margin ${AGE_BAND_MARGIN}), by labelled bin: ${Object.entries(oursRow.flaggedByBin)
    .sort()
    .map(([bin, [f, n]]) => `${bin}: ${f}/${n}`)
    .join(', ')}`,
);

// Face counts on the group photos, at the analysis resolution and at full resolution.
console.log('\n| photo | Human BlazeFace (1024 px) | face-api SSD (1024 px) | Human BlazeFace (full size) | BlazeFace min confidence 0.2 |');
console.log('| --- | --- | --- | --- | --- |');
for (const f of readdirSync(peopleDir)
  .filter((n) => /\.(jpe?g|png)$/i.test(n))
  .sort()) {
  const x = await load(path.join(peopleDir, f));
  const full = await load(path.join(peopleDir, f), 4096);
  const a = (await ours.detect(x)).length;
  const b = (await ssd(x)).length;
  const c = (await ours.detect(full)).length;
  const d = (await lowThreshold.detect(x)).face.filter((q) => q.score >= 0.2).length;
  console.log(`| ${f} | ${a} | ${b} | ${c} | ${d} |`);
  tf.dispose([x, full]);
}

// Identity: cosine similarity of embeddings for the same person and for different people.
const emb = async (f: string) => {
  const x = await load(path.join(peopleDir, f));
  const faces = await ours.detect(x, { embeddings: true });
  x.dispose();
  return faces.sort((p, q) => q.box[2] * q.box[3] - p.box[2] * p.box[3])[0]?.embedding;
};
const cos = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);
const pairs: Array<[string, string, string]> = [
  ['fr_obama.jpg', 'fr_obama2.jpg', 'same'],
  ['fr_obama.jpg', 'fr_obama_small.jpg', 'same'],
  ['fr_obama2.jpg', 'fr_obama_small.jpg', 'same'],
  ['fr_obama.jpg', 'fr_biden.jpg', 'different'],
  ['fr_obama2.jpg', 'fr_biden.jpg', 'different'],
  ['fr_obama.jpg', 'maxage_tom_cruise.jpg', 'different'],
  ['fr_biden.jpg', 'maxage_tom_cruise.jpg', 'different'],
  ['fr_obama.jpg', 'max_angry.jpg', 'different'],
  ['fr_obama2.jpg', 'maxage_tom_cruise.jpg', 'different'],
  ['max_angry.jpg', 'max_surprised.jpeg', 'different'],
  ['fr_biden.jpg', 'max_surprised.jpeg', 'different'],
];
console.log('\n| pair | truth | cosine |');
console.log('| --- | --- | --- |');
for (const [a, b, truth] of pairs) {
  const [ea, eb] = [await emb(a), await emb(b)];
  console.log(`| ${a} / ${b} | ${truth} | ${ea && eb ? cos(ea, eb).toFixed(3) : 'no face'} |`);
}
