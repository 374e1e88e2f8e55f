// node --import tsx bench/age-gender-variants-fit.ts /tmp/variants.json [--split tune|holdout]
// Scores each combination of the crops and nets measured by age-gender-variants-eval.ts on the
// labelled FairFace portraits of one split. Parameters (ensemble weights, the age stretch above 30)
// are fitted on the tuning split only and printed; --split holdout applies those tuning fits to the
// held-out split, for the one confirmation run at the end.
import { readFileSync } from 'node:fs';

interface Out {
  age: number;
  ageExpected?: number;
  pMale: number;
}
interface Face {
  file: string;
  split: 'tune' | 'holdout' | 'people';
  label?: { age: string; gender: string };
  box: [number, number, number, number];
  faceapi: Record<'box' | 'boxFlip' | 'aligned' | 'alignedFlip', Out> & Record<string, Out | undefined>;
  faceres: Record<'box' | 'boxFlip', Out>;
}
const file = process.argv[2] ?? '/tmp/variants.json';
const splitArg = process.argv.indexOf('--split');
const split = splitArg > 0 ? process.argv[splitArg + 1]! : 'tune';
const all = (JSON.parse(readFileSync(file, 'utf8')) as { faces: Face[] }).faces.filter((f) => f.label);
const tune = all.filter((f) => f.split === 'tune');
const evalSet = all.filter((f) => f.split === split);

const mid = (bin: string) => {
  const m = /^(\d+)-(\d+)$/.exec(bin);
  return m ? (Number(m[1]) + Number(m[2]) + 1) / 2 : 75;
};
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const avg = (outs: Out[], w?: number[]) => {
  const ws = w ?? outs.map(() => 1 / outs.length);
  return { age: outs.reduce((s, o, i) => s + ws[i]! * o.age, 0), pMale: outs.reduce((s, o, i) => s + ws[i]! * o.pMale, 0) };
};
type Pick = (f: Face) => { age: number; pMale: number };
const fr = (o: Out): Out => ({ age: o.ageExpected ?? o.age, pMale: o.pMale });
const variants: Record<string, Pick> = {
  'face-api, box crop (today)': (f) => f.faceapi.box,
  'face-api, box + mirror': (f) => avg([f.faceapi.box, f.faceapi.boxFlip]),
  'face-api, aligned': (f) => f.faceapi.aligned,
  'face-api, aligned + mirror': (f) => avg([f.faceapi.aligned, f.faceapi.alignedFlip]),
  'face-api, box + aligned': (f) => avg([f.faceapi.box, f.faceapi.aligned]),
  'face-api, box + aligned, each + mirror': (f) => avg([f.faceapi.box, f.faceapi.boxFlip, f.faceapi.aligned, f.faceapi.alignedFlip]),
  'face-api, aligned zoom 1.1': (f) => f.faceapi['aligned1.1']!,
  'face-api, aligned zoom 1.1 + mirror': (f) => avg([f.faceapi['aligned1.1']!, f.faceapi['alignedFlip1.1']!]),
  'face-api, aligned zoom 1.2': (f) => f.faceapi['aligned1.2']!,
  'face-api, aligned zoom 1.2 + mirror': (f) => avg([f.faceapi['aligned1.2']!, f.faceapi['alignedFlip1.2']!]),
  'face-api, aligned zoom 1.3': (f) => f.faceapi['aligned1.3']!,
  'face-api, aligned zoom 1.3 + mirror': (f) => avg([f.faceapi['aligned1.3']!, f.faceapi['alignedFlip1.3']!]),
  'face-api, aligned zoom 1.4': (f) => f.faceapi['aligned1.4']!,
  'face-api, aligned zoom 1.4 + mirror': (f) => avg([f.faceapi['aligned1.4']!, f.faceapi['alignedFlip1.4']!]),
  'face-api, aligned zoom 1.5': (f) => f.faceapi['aligned1.5']!,
  'face-api, aligned zoom 1.5 + mirror': (f) => avg([f.faceapi['aligned1.5']!, f.faceapi['alignedFlip1.5']!]),
  'face-api, box zoom 1.2': (f) => f.faceapi['box1.2']!,
  'face-api, box zoom 1.2 + mirror': (f) => avg([f.faceapi['box1.2']!, f.faceapi['boxFlip1.2']!]),
  'face-api, box zoom 1.4': (f) => f.faceapi['box1.4']!,
  'face-api, box zoom 1.4 + mirror': (f) => avg([f.faceapi['box1.4']!, f.faceapi['boxFlip1.4']!]),
  'ADOPTED: age from the box crop, gender from aligned 1.3 + mirror': (f) => ({ age: f.faceapi.box.age, pMale: avg([f.faceapi['aligned1.3']!, f.faceapi['alignedFlip1.3']!]).pMale }),
  'faceres, box (Human decoding)': (f) => f.faceres.box,
  'faceres, box (expected age)': (f) => fr(f.faceres.box),
  'faceres, box + mirror (expected age)': (f) => avg([fr(f.faceres.box), fr(f.faceres.boxFlip)]),
};
// Ensembles: face-api (aligned + mirror) with faceres (box + mirror), weight w on face-api, w fitted
// on the tuning split separately for gender (accuracy, then mean log-loss as tie-break) and age (MAE).
const faFull: Pick = (f) => avg([f.faceapi['aligned1.3']!, f.faceapi['alignedFlip1.3']!]);
const faBox: Pick = (f) => avg([f.faceapi.box, f.faceapi.boxFlip]);
const frFull: Pick = (f) => avg([fr(f.faceres.box), fr(f.faceres.boxFlip)]);
const grid = [0, 0.25, 0.5, 0.75, 1];
const genderOk = (p: { pMale: number }, f: Face) => p.pMale > 0.5 === (f.label!.gender === 'Male');
const logLoss = (p: { pMale: number }, f: Face) => -Math.log(Math.max(1e-6, f.label!.gender === 'Male' ? p.pMale : 1 - p.pMale));
function fitWeights(fa: Pick, name: string) {
  let wg = 1;
  let best = [-1, Infinity];
  for (const w of grid) {
    const ps = tune.map((f) => avg([fa(f), frFull(f)], [w, 1 - w]));
    const score = [tune.filter((f, i) => genderOk(ps[i]!, f)).length, mean(tune.map((f, i) => logLoss(ps[i]!, f)))];
    if (score[0]! > best[0]! || (score[0] === best[0] && score[1]! < best[1]!)) [best, wg] = [score, w];
  }
  let wa = 1;
  let bestMae = Infinity;
  for (const w of grid) {
    const mae = mean(tune.map((f) => Math.abs(avg([fa(f), frFull(f)], [w, 1 - w]).age - mid(f.label!.age))));
    if (mae < bestMae) [bestMae, wa] = [mae, w];
  }
  console.log(`${name}: weight on face-api fitted on tuning: gender ${wg}, age ${wa}`);
  variants[`${name} (w gender ${wg}, w age ${wa})`] = (f) => ({ pMale: avg([fa(f), frFull(f)], [wg, 1 - wg]).pMale, age: avg([fa(f), frFull(f)], [wa, 1 - wa]).age });
}
fitWeights(faFull, 'ensemble: face-api aligned 1.3 + mirror, faceres box + mirror');
fitWeights(faBox, 'ensemble: face-api box + mirror, faceres box + mirror');
fitWeights((f) => f.faceapi.box, 'ensemble: face-api box, faceres box + mirror');

/** The stretch above 30 (identity below), least squares on the tuning split: age + s * max(0, age - 30). */
function fitStretch(p: Pick): number {
  let num = 0;
  let den = 0;
  for (const f of tune) {
    const a = p(f).age;
    const x = Math.max(0, a - 30);
    num += x * (mid(f.label!.age) - a);
    den += x * x;
  }
  return den > 0 ? Math.max(0, num / den) : 0;
}
const stretch = (a: number, s: number) => a + s * Math.max(0, a - 30);

// Bootstrap (2,000 resamples of the faces, fixed seed) for intervals.
let seed = 12345;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
function interval(values: number[], stat: (xs: number[]) => number): [number, number] {
  const stats: number[] = [];
  for (let b = 0; b < 2000; b++) stats.push(stat(values.map(() => values[Math.floor(rand() * values.length)]!)));
  stats.sort((x, y) => x - y);
  return [stats[50]!, stats[1949]!];
}

const base = variants['face-api, box crop (today)']!;
console.log(`\nsplit ${split}: ${evalSet.length} portraits (fits from the ${tune.length} tuning portraits)`);
console.log('| variant | gender | gender 95% CI | vs today: gained / lost | gender log-loss | age MAE raw | stretch s | age MAE stretched | 95% CI | possible minor (est. < 28) |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [name, p] of Object.entries(variants)) {
  const s = fitStretch(p);
  const ok: number[] = evalSet.map((f) => (genderOk(p(f), f) ? 1 : 0));
  const baseOk: number[] = evalSet.map((f) => (genderOk(base(f), f) ? 1 : 0));
  const gained = ok.filter((o, i) => o && !baseOk[i]).length;
  const lost = ok.filter((o, i) => !o && baseOk[i]).length;
  const raw = evalSet.map((f) => Math.abs(p(f).age - mid(f.label!.age)));
  const cal = evalSet.map((f) => Math.abs(stretch(p(f).age, s) - mid(f.label!.age)));
  const [glo, ghi] = interval(ok, mean);
  const [alo, ahi] = interval(cal, mean);
  const minors = evalSet.filter((f) => p(f).age < 28).length;
  console.log(
    `| ${name} | ${ok.reduce((a, b) => a + b, 0)}/${ok.length} (${mean(ok).toFixed(3)}) | ${glo.toFixed(2)}-${ghi.toFixed(2)} | +${gained} / -${lost} | ${mean(evalSet.map((f) => logLoss(p(f), f))).toFixed(3)} | ${mean(raw).toFixed(2)} | ${s.toFixed(3)} | ${mean(cal).toFixed(2)} | ${alo.toFixed(1)}-${ahi.toFixed(1)} | ${minors}/${evalSet.length} |`,
  );
}
if (process.argv.includes('--bins')) {
  const name = process.argv[process.argv.indexOf('--bins') + 1]!;
  const p = variants[Object.keys(variants).find((k) => k.startsWith(name))!]!;
  const s = fitStretch(p);
  console.log(`\nper bin for "${name}" (stretch ${s.toFixed(3)}):`);
  for (const bin of [...new Set(evalSet.map((f) => f.label!.age))].sort()) {
    const fs = evalSet.filter((f) => f.label!.age === bin);
    const errs = fs.map((f) => stretch(p(f).age, s) - mid(bin));
    console.log(`| ${bin} | ${fs.length} | ${mean(errs.map(Math.abs)).toFixed(1)} | ${mean(errs) >= 0 ? '+' : ''}${mean(errs).toFixed(1)} | ${fs.filter((f) => p(f).age < 28).length} |`);
  }
  const errs = evalSet.map((f) => stretch(p(f).age, s) - mid(f.label!.age));
  console.log(`residual sd ${Math.sqrt(mean(errs.map((e) => (e - mean(errs)) ** 2))).toFixed(2)}, mean ${mean(errs).toFixed(2)}`);
}
