// node --import tsx bench/everyday-photos-eval.ts
// Issue 12's second target on photos that every install has: the six demo photos that
// @vladmandic/face-api ships in its npm package (node_modules/@vladmandic/face-api/demo/sample1-6.jpg):
// everyday party and evening photos of three to five clothed adult women each (dresses, tops, jeans,
// bare arms and legs, drinks). None of them is sexual and none shows a child; they are read from the
// dependency, never copied into this repository. The target: none rated `partial` or `explicit` and
// none blocked under `floor.minor_sexualised`. Prints the production pipeline's reading of each (both
// nudity models' classes, the body-skin measure, every face's age estimate) and the strict and adult
// policies' decisions. A development measure only: the project has looked at these photos.
// With paths as arguments it reads those photos instead (BENCHMARKS.md, "Covered torsos": the sample
// photos of Human's repository, fetched outside this one).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { analyzeBytes, loadImageModels } from '../src/image/analyze-image.ts';
import { detectionFromAnalysis } from '../src/image/image-detectors.ts';
import { ADULT_POLICY, STRICT_POLICY } from '../src/policy/builtin-policies.ts';
import { decide } from '../src/policy/decide.ts';

const require = createRequire(import.meta.url);
const demo = path.join(path.dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo');
const files = process.argv.length > 2 ? process.argv.slice(2) : [1, 2, 3, 4, 5, 6].map((k) => path.join(demo, `sample${k}.jpg`)).filter((f) => existsSync(f));
if (files.length === 0) throw new Error(`no demo photos under ${demo}`);

const models = await loadImageModels();
const limits = { maxBytes: 50e6, maxPixels: 100e6 };
const fmt = (c: { Porn: number; Hentai: number; Sexy: number; Neutral: number }) => `Porn ${c.Porn.toFixed(2)} Hentai ${c.Hentai.toFixed(2)} Sexy ${c.Sexy.toFixed(2)} Neutral ${c.Neutral.toFixed(2)}`;
let aboveSuggestive = 0;
let floor = 0;
let minorFaces = 0;
let faces = 0;
console.log('| photo | level | classes (mean of the models asked) | body skin, face areas | torso bands (chest/midriff/pelvis) | age estimates (* possible minor) | strict | adult |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const file of files) {
  const analysis = await analyzeBytes(models, readFileSync(file), limits);
  const detection = detectionFromAnalysis(analysis);
  const strict = decide(detection, STRICT_POLICY);
  const adult = decide(detection, ADULT_POLICY);
  const { nudity } = analysis;
  if (nudity.level === 'partial' || nudity.level === 'explicit') aboveSuggestive++;
  if (strict.rules.some((r) => r.id === 'floor.minor_sexualised')) floor++;
  faces += analysis.faces.length;
  minorFaces += analysis.faces.filter((f) => f.possibleMinor).length;
  const ages = analysis.faces.map((f) => `${f.age.toFixed(0)}${f.possibleMinor ? '*' : ''}`).join(', ');
  const cover = nudity.torsoCover;
  const torso = cover
    ? `${cover.covered ? 'covered' : 'not covered'}: ${cover.persons.map((p) => ('unmeasured' in p ? String(p.unmeasured) : `${p.chest.toFixed(2)}/${p.midriff.toFixed(2)}/${p.hips.toFixed(2)}`)).join('; ')}`
    : '-';
  const rules = (d: typeof strict) => `${d.verdict}${d.rules.length ? ` (${d.rules.map((r) => r.id).join(', ')})` : ''}`;
  console.log(
    `| ${path.basename(file)} | ${nudity.level} | ${fmt(nudity.classes)}${nudity.opinions ? `; ${nudity.opinions.map((o) => `${o.model}: Porn ${o.classes.Porn.toFixed(2)}`).join(', ')}` : ''} | ${nudity.bodySkin?.faceAreas.toFixed(2) ?? '-'} | ${torso} | ${ages} | ${rules(strict)} | ${rules(adult)} |`,
  );
}
console.log(
  `\nrated partial or explicit: ${aboveSuggestive}/${files.length}; blocked under floor.minor_sexualised (strict): ${floor}/${files.length}; faces flagged as possible minors: ${minorFaces}/${faces} (all are adults)`,
);
process.exit(0);
