// node --import tsx bench/images-trust-eval.ts [--split tune|holdout|all] [--json out.json]
// How far the image analysis can be trusted on photos of clothed adults: nudity levels, age error and
// gender accuracy (FairFace labels), possible-minor flags and strict-policy decisions (how many would
// be blocked as floor.minor_sexualised), the effect of a greyscale copy on the age estimate, and
// face-match scores over every pair of faces. Runs the production pipeline (analyzeBytes).
// The FairFace portraits are split: bench/data/age-gender-holdout.json lists the held-out third,
// which is read only for the final evaluation (--split holdout); tuning uses --split tune.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { analyzeBytes, loadImageModels } from '../src/image/analyze-image.ts';
import type { ImageAnalysis } from '../src/image/analysis-types.ts';
import { detectionFromAnalysis } from '../src/image/image-detectors.ts';
import { STRICT_POLICY } from '../src/policy/builtin-policies.ts';
import { decide } from '../src/policy/decide.ts';
import { argValue, sharedPortraits } from './portraits.ts';

const { ageDir, peopleDir, labels: allLabels, inSplit } = sharedPortraits('images-trust-eval');
const split = argValue('split') ?? 'tune';
const labels = allLabels.filter((l) => inSplit(l.filename, split));
const limits = { maxBytes: 50e6, maxPixels: 100e6 };
const models = await loadImageModels();

export function binRange(bin: string): [number, number] {
  const m = /^(\d+)-(\d+)$/.exec(bin);
  if (m) return [Number(m[1]), Number(m[2]) + 1];
  return [70, 80];
}

interface Item {
  file: string;
  group: 'portrait' | 'people';
  analysis: ImageAnalysis;
  grey?: ImageAnalysis;
  /** The same image re-encoded as JPEG in colour: the noise floor for the greyscale comparison. */
  recoded?: ImageAnalysis;
  rules: string[];
  verdict: string;
  label?: { age: string; gender: string };
}

async function run(file: string, group: Item['group'], label?: Item['label']): Promise<Item> {
  const bytes = readFileSync(file);
  const analysis = await analyzeBytes(models, bytes, limits, { embeddings: true });
  const greyBytes = await sharp(bytes).rotate().greyscale().jpeg({ quality: 92 }).toBuffer();
  const grey = await analyzeBytes(models, greyBytes, limits);
  const recoded = await analyzeBytes(models, await sharp(bytes).rotate().jpeg({ quality: 92 }).toBuffer(), limits);
  const decision = decide(detectionFromAnalysis(analysis), STRICT_POLICY);
  return { file: path.basename(file), group, analysis, grey, recoded, rules: decision.rules.map((r) => r.id), verdict: decision.verdict, label };
}

const items: Item[] = [];
const t0 = performance.now();
for (const l of labels) items.push(await run(path.join(ageDir, l.filename), 'portrait', { age: l.age, gender: l.gender }));
const peopleFiles = readdirSync(peopleDir)
  .filter((n) => /\.(jpe?g|png)$/i.test(n))
  .sort();
for (const f of peopleFiles) items.push(await run(path.join(peopleDir, f), 'people'));
const seconds = (performance.now() - t0) / 1000;

const largest = (a: ImageAnalysis) => [...a.faces].sort((p, q) => q.box[2] * q.box[3] - p.box[2] * p.box[3])[0];
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const pct = (x: number, n: number) => `${x}/${n}`;

// Nudity and decisions.
for (const group of ['portrait', 'people'] as const) {
  const g = items.filter((i) => i.group === group);
  const levels: Record<string, number> = {};
  for (const i of g) levels[i.analysis.nudity.level] = (levels[i.analysis.nudity.level] ?? 0) + 1;
  const floor = g.filter((i) => i.rules.includes('floor.minor_sexualised'));
  const blocked = g.filter((i) => i.verdict === 'block');
  console.log(`\n## ${group === 'portrait' ? `FairFace portraits (split ${split})` : 'shared/data/people'}: ${g.length} images`);
  console.log(
    `nudity levels: ${Object.entries(levels)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; above none: ${pct(g.filter((i) => i.analysis.nudity.level !== 'none').length, g.length)}`,
  );
  console.log(`strict policy: blocked ${pct(blocked.length, g.length)}, floor.minor_sexualised ${pct(floor.length, g.length)}${floor.length ? ` (${floor.map((i) => i.file).join(', ')})` : ''}`);
  console.log(`images with a possible minor: ${pct(g.filter((i) => i.analysis.possibleMinor).length, g.length)}`);
  for (const i of g.filter((x) => x.analysis.nudity.level !== 'none')) {
    const c = i.analysis.nudity.classes;
    console.log(
      `  ${i.file}: ${i.analysis.nudity.level} (Porn ${c.Porn.toFixed(2)} Sexy ${c.Sexy.toFixed(2)} Hentai ${c.Hentai.toFixed(2)})${i.analysis.nudity.opinions ? ` (opinions: ${i.analysis.nudity.opinions.map((o) => `${o.model} Porn ${o.classes.Porn.toFixed(2)}`).join(', ')})` : ''}`,
    );
  }
}

// Age and gender on the labelled portraits.
const portraits = items.filter((i) => i.label);
const residuals: Array<{ bin: string; gender: string; err: number; abs: number; outside: number; grey: number; recoded: number; est: number; minor: boolean }> = [];
let genderOk = 0;
let found = 0;
for (const i of portraits) {
  const f = largest(i.analysis);
  if (!f) continue;
  found++;
  if (f.gender === i.label!.gender.toLowerCase()) genderOk++;
  const [lo, hi] = binRange(i.label!.age);
  const mid = (lo + hi) / 2;
  const g = i.grey ? largest(i.grey) : undefined;
  residuals.push({
    bin: i.label!.age,
    gender: i.label!.gender,
    err: f.age - mid,
    abs: Math.abs(f.age - mid),
    outside: f.age < lo ? lo - f.age : f.age > hi ? f.age - hi : 0,
    grey: g ? g.age - f.age : Number.NaN,
    recoded: i.recoded && largest(i.recoded) ? largest(i.recoded)!.age - f.age : Number.NaN,
    est: f.age,
    minor: f.possibleMinor,
  });
}
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
console.log(`\n## Age and gender (${found}/${portraits.length} faces found)`);
console.log(
  `gender accuracy ${(genderOk / Math.max(1, found)).toFixed(3)} (${genderOk}/${found}); age MAE vs bin midpoint ${mean(residuals.map((r) => r.abs)).toFixed(2)}; mean signed error ${mean(residuals.map((r) => r.err)).toFixed(2)}; sd ${sd(residuals.map((r) => r.err)).toFixed(2)}; outside bin ${mean(residuals.map((r) => r.outside)).toFixed(2)}`,
);
console.log('| labelled bin | n | MAE | mean signed error | largest abs error | flagged possible minor |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const bin of [...new Set(residuals.map((r) => r.bin))].sort()) {
  const rs = residuals.filter((r) => r.bin === bin);
  console.log(
    `| ${bin} | ${rs.length} | ${mean(rs.map((r) => r.abs)).toFixed(1)} | ${mean(rs.map((r) => r.err)).toFixed(1)} | ${Math.max(...rs.map((r) => r.abs)).toFixed(1)} | ${rs.filter((r) => r.minor).length} |`,
  );
}
for (const gender of ['Female', 'Male']) {
  const rs = residuals.filter((r) => r.gender === gender);
  console.log(`${gender}: n ${rs.length}, MAE ${mean(rs.map((r) => r.abs)).toFixed(1)}, signed ${mean(rs.map((r) => r.err)).toFixed(1)}`);
}
const greyShift = residuals.map((r) => r.grey).filter(Number.isFinite);
console.log(`greyscale copy: mean age shift ${mean(greyShift).toFixed(2)}, mean |shift| ${mean(greyShift.map(Math.abs)).toFixed(2)}, largest drop ${Math.min(...greyShift).toFixed(1)}`);
const recodedShift = residuals.map((r) => r.recoded).filter(Number.isFinite);
console.log(`colour JPEG re-encode (noise floor): mean |shift| ${mean(recodedShift.map(Math.abs)).toFixed(2)}, largest drop ${Math.min(...recodedShift).toFixed(1)}`);
const greyPeople = items
  .filter((i) => i.group === 'people')
  .flatMap((i) => i.analysis.faces.map((f, k) => (i.grey?.faces[k] ? i.grey.faces[k]!.age - f.age : NaN)))
  .filter(Number.isFinite);
console.log(`greyscale, shared people photos (faces in detector order): mean |shift| ${mean(greyPeople.map(Math.abs)).toFixed(2)}, largest drop ${Math.min(...greyPeople).toFixed(1)}`);
console.log(
  `greyscale copies gaining a possible minor: ${
    items
      .filter((i) => i.grey?.possibleMinor && !i.analysis.possibleMinor)
      .map((i) => i.file)
      .join(', ') || 'none'
  }`,
);

// Face matching over every pair of faces.
function identity(file: string, analysis: ImageAnalysis, k: number): string {
  const obama = ['fr_obama.jpg', 'fr_obama2.jpg', 'fr_obama_small.jpg', 'fr_obama_partial_face.jpg'];
  if (obama.includes(file)) return 'obama';
  if (file === 'fr_biden.jpg') return 'biden';
  if (file === 'fr_two_people.jpg') {
    const xs = analysis.faces.map((f) => f.box[0]);
    return analysis.faces[k]!.box[0] === Math.min(...xs) ? 'obama' : 'biden';
  }
  return `${file}#${k}`;
}
const faces = items.flatMap((i) => i.analysis.faces.map((f, k) => ({ id: identity(i.file, i.analysis, k), where: `${i.file}#${k}`, e: f.embedding })).filter((f) => f.e));
const cos = (a: number[], b: number[]) => a.reduce((s, v, k) => s + v * b[k]!, 0);
const same: Array<{ s: number; pair: string }> = [];
const diff: Array<{ s: number; pair: string }> = [];
for (let a = 0; a < faces.length; a++) {
  for (let b = a + 1; b < faces.length; b++) {
    const s = cos(faces[a]!.e!, faces[b]!.e!);
    (faces[a]!.id === faces[b]!.id ? same : diff).push({ s, pair: `${faces[a]!.where} / ${faces[b]!.where}` });
  }
}
same.sort((x, y) => x.s - y.s);
diff.sort((x, y) => y.s - x.s);
console.log(`\n## Face matching: ${faces.length} faces, ${same.length} same-person pairs, ${diff.length} different-person pairs`);
console.log(`same-person scores (lowest first): ${same.map((p) => `${p.s.toFixed(3)} ${p.pair}`).join('; ')}`);
console.log(
  `highest different-person scores: ${diff
    .slice(0, 6)
    .map((p) => `${p.s.toFixed(3)} ${p.pair}`)
    .join('; ')}`,
);
console.log('| threshold | false non-match (same pairs not matched) | false match (different pairs matched) |');
console.log('| --- | --- | --- |');
for (const t of [0.86, 0.88, 0.89, 0.9, 0.91, 0.92, 0.93, 0.94]) {
  console.log(`| ${t.toFixed(2)} | ${same.filter((p) => p.s < t).length}/${same.length} | ${diff.filter((p) => p.s >= t).length}/${diff.length} |`);
}
console.log(`\n${items.length} images in ${seconds.toFixed(1)} s (each analysed three times: colour with embeddings, greyscale and re-encoded without)`);

const out = argValue('json');
if (out)
  writeFileSync(
    out,
    JSON.stringify(
      {
        split,
        items: items.map(({ analysis, grey, ...rest }) => ({ ...rest, nudity: analysis.nudity, faces: analysis.faces.map(({ embedding: _e, ...f }) => f), greyAges: grey?.faces.map((f) => f.age) })),
        residuals,
      },
      null,
      1,
    ),
  );
models.close();
