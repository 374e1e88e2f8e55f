import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { normalize } from '../src/screen/normalize.ts';
import { extractFeatures, FEATURE_VERSION } from '../src/screen/classifier/features.ts';
import { HashedNgramModel, HEADS, type Head, type HeadThresholds, type ModelHeader } from '../src/screen/classifier/model.ts';
import { MODEL_URL } from '../src/screen/classifier/index.ts';
import { seededRandom, shuffled } from '../src/stats/random.ts';
import { DEFAULT_GENERATE, generateExamples, type Example } from './generate.ts';
import { loadRealData } from './real-data.ts';
import { type Corpus, type CorpusExample, loadCorpus, textHash } from './corpus.ts';
import { decisionReport, fitDecisionLayer, type OutOfFold } from './decision-layer.ts';
import { DECISION_URL, type DecisionWeights } from '../src/screen/classifier/decision.ts';
import { LINEAR_URL } from '../src/screen/classifier/index.ts';
import { LinearHead } from '../src/screen/classifier/linear.ts';
import { buildLinear, LINEAR_SETTINGS, type LinearExample, trainLinear } from './linear-head.ts';

// `npm run train:screener [-- --out path] [-- --report path]`: generates the training data,
// trains the hashed n-gram classifier (multi-label logistic regression, AdaGrad, fixed seed),
// quantises it to int8, calibrates each head's thresholds on benign data it did not train on, and
// writes src/screen/classifier/screener-model.bin and training/report.json. Same inputs, same
// bytes. Four extra models, each trained without a quarter of the sentence frames (and a quarter of
// the real and hand-written requests, by text hash), give the out-of-fold scores that calibrate the
// thresholds, measure phrasings the model never saw, and train the decision layer
// (src/screen/classifier/decision-layer.json, see training/decision-layer.ts).

const BITS = Number(process.env.BITS ?? 17);
const DIM = Number(process.env.DIM ?? 16);
const HIDDEN = Number(process.env.HIDDEN ?? 32);
const WINDOW = 128;
const STRIDE = 64;
const EPOCHS = Number(process.env.EPOCHS ?? 3);
const RATE_EMBEDDING = Number(process.env.RATE_E ?? 0.15);
const INIT = Number(process.env.INIT ?? 0.05);
/** Share of an example's features dropped at random in each epoch: no single n-gram may carry a verdict. */
const DROPOUT = Number(process.env.DROPOUT ?? 0.4);
/** Targets of 0.1 and 0.9 instead of 0 and 1: probabilities stay graded, so thresholds mean something. */
const SMOOTHING = Number(process.env.SMOOTHING ?? 0.1);
const RATE_DENSE = Number(process.env.RATE_D ?? 0.02);
/**
 * Weight of a hand-written corpus request (training/corpus/) against a generated one (1) and a real
 * benign prompt (0.5): they are about one in twenty of the examples but written as people write.
 */
const CORPUS_WEIGHT = Number(process.env.CORPUS_WEIGHT ?? 5);
const SEED = Number(process.env.SEED ?? 20261130);
/**
 * Share (percent) of the hand-written requests that are also trained on with a social filler added
 * ("@grok … haha", "… pls 😂"). The writers put such fillers on harmful requests far more often than
 * on benign ones (e.g. "haha" 27 to 2, "pls" 58 to 5, "😂" 45 to 4 in 13.4k harmful / 14.7k benign
 * lines), so the model learned them as evidence ("make her hair blond haha" read as sexual). The
 * same fillers on benign and harmful copies alike make them carry no verdict. Off by default: at 35 %
 * it fixed that reading but moved the development sets only within noise (BENCHMARKS.md, "Social
 * fillers"), so the shipped model is trained without it.
 */
const FILLER_PERCENT = Number(process.env.FILLER_PERCENT ?? 0);
/** Fillers of replies under photos, in several languages' chat styles; none says anything about the request. */
const FILLER_PREFIXES = ['@grok ', 'grok ', 'hey bot ', 'ok ', 'pls ', 'bro ', 'yo '];
const FILLER_SUFFIXES = [
  ' haha',
  ' lol',
  ' pls',
  ' please',
  ' 😂',
  ' xd',
  ' jaja',
  ' kkk',
  ' ㅋㅋ',
  ' 555',
  ' lah',
  ' bro',
  ' 🙏',
  ' thx',
  ' hehe',
  ' mdr',
  ' wkwk',
  ' rs',
  ' 哈哈',
  ' www',
  ' !!',
  ' ?',
];
const FOLDS = 4;
/** Largest share of benign calibration texts a head may flag at its strong and weak thresholds. */
const STRONG_FPR = 0.003;
const WEAK_FPR = 0.01;
const REVIEW_BAND = process.env.REVIEW_BAND === '1';
const UNSEEN_FPR = Number(process.env.UNSEEN_FPR ?? 0.01);
const UNSEEN_WEAK_FPR = Number(process.env.UNSEEN_WEAK_FPR ?? 0.03);
/**
 * Lowest strong threshold per head. Calibration on generated near-misses is optimistic: benign
 * requests by other hands score higher than the generator's own. These floors are the lowest
 * thresholds at which the sexual and suggestive heads add no false positive to the lexicon's on the
 * development sets (devset, devset-2, devset-3, devset-fp), read off a grid (BENCHMARKS.md, "training
 * data v2"). Undress has none: its scores of clear requests ("desnúdala por completo") sit at
 * 0.92-0.95, as high as the few benign removals it gets wrong, and a floor there switches it off.
 */
const STRONG_FLOOR: Partial<Record<Head, number>> = { sexual: 0.78, suggestive: 0.97 };

/** Per source: generated 1, hand-written corpus CORPUS_WEIGHT, real benign prompts (every other source) 0.5. */
const WEIGHTS: Record<string, number> = { generated: 1, corpus: CORPUS_WEIGHT };

interface Encoded {
  /** bucket * 2 + (1 if the sign is negative). */
  cells: Int32Array;
  norm: number;
  y: Float64Array;
  weight: number;
  /** The same first window for the linear head (raw hashes: it has buckets of its own). */
  lin: LinearExample;
}

/**
 * The linear "harmful" head (src/screen/classifier/linear.ts, training/linear-head.ts) is trained
 * in the same folds as the model and read by the decision layer; LINEAR=0 leaves it out (the
 * decision layer then has no linear features and the runtime never loads the head).
 */
const LINEAR = process.env.LINEAR !== '0';

const shift = 32 - BITS;
const mask = (1 << BITS) - 1;

/** The features of a text as the runtime sees them: its first window only, as training examples are short. */
function encode(example: Example): Encoded {
  const norm = normalize(example.text);
  const f = extractFeatures(norm, example.text);
  const cells: number[] = [];
  const hashes: number[] = [];
  for (let i = 0; i < f.count; i++) {
    if (norm.text.length > WINDOW && f.position[i]! >= WINDOW) continue;
    const h = f.hash[i]!;
    cells.push((((h >>> shift) & mask) << 1) | (h & 1));
    hashes.push(h);
  }
  const y = new Float64Array(HEADS.map((head) => example.labels[head]));
  const weight = WEIGHTS[example.source] ?? 0.5;
  const lin = { hashes: Int32Array.from(hashes), edit: example.mode === 'edit', harmful: example.harmful, weight };
  return { cells: Int32Array.from(cells), norm: cells.length > 0 ? 1 / Math.sqrt(cells.length) : 0, y, weight, lin };
}

function dropped(d: Encoded, random: () => number): Encoded {
  const kept = d.cells.filter(() => random() >= DROPOUT);
  const cells = kept.length > 0 ? kept : d.cells;
  return { ...d, cells, norm: 1 / Math.sqrt(cells.length) };
}

interface Trained {
  embeddings: Float32Array;
  w1: Float64Array;
  b1: Float64Array;
  w2: Float64Array;
  b2: Float64Array;
}

/** Multi-label logistic loss, AdaGrad, backpropagation through the hidden layer into the embeddings. */
function train(data: Encoded[], label: string): Trained {
  const H = HEADS.length;
  const random = seededRandom(SEED);
  const uniform = (a: number) => (random() * 2 - 1) * a;
  const embeddings = new Float32Array((1 << BITS) * DIM);
  for (let k = 0; k < embeddings.length; k++) embeddings[k] = uniform(INIT);
  const eAccum = new Float32Array(embeddings.length).fill(1e-6);
  const w1 = Float64Array.from({ length: HIDDEN * DIM }, () => uniform(Math.sqrt(6 / (DIM + HIDDEN))));
  const b1 = new Float64Array(HIDDEN).fill(0.01);
  const w2 = Float64Array.from({ length: H * HIDDEN }, () => uniform(Math.sqrt(6 / (HIDDEN + H))));
  const b2 = new Float64Array(H);
  const acc = { w1: new Float64Array(w1.length).fill(1e-6), b1: new Float64Array(HIDDEN).fill(1e-6), w2: new Float64Array(w2.length).fill(1e-6), b2: new Float64Array(H).fill(1e-6) };
  // Positive examples are rarer for some heads: weight them so each head sees balanced classes.
  const positives = HEADS.map((_, j) => data.reduce((s, d) => s + d.y[j]!, 0));
  const classWeight = positives.map((p) => ({ pos: data.length / (2 * Math.max(1, p)), neg: data.length / (2 * Math.max(1, data.length - p)) }));
  const h0 = new Float64Array(DIM);
  const pre = new Float64Array(HIDDEN);
  const dz = new Float64Array(H);
  const da = new Float64Array(HIDDEN);
  const dh0 = new Float64Array(DIM);
  const step = (w: Float64Array, a: Float64Array, k: number, g: number) => {
    a[k]! += g * g;
    w[k]! -= (RATE_DENSE * g) / Math.sqrt(a[k]!);
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    let loss = 0;
    for (const full of shuffled(data, random)) {
      const d = DROPOUT > 0 ? dropped(full, random) : full;
      h0.fill(0);
      for (const cell of d.cells) {
        const base = (cell >> 1) * DIM;
        const s = cell & 1 ? -d.norm : d.norm;
        for (let q = 0; q < DIM; q++) h0[q]! += s * embeddings[base + q]!;
      }
      for (let u = 0; u < HIDDEN; u++) {
        let a = b1[u]!;
        for (let q = 0; q < DIM; q++) a += w1[u * DIM + q]! * h0[q]!;
        pre[u] = a;
      }
      for (let j = 0; j < H; j++) {
        let z = b2[j]!;
        for (let u = 0; u < HIDDEN; u++) if (pre[u]! > 0) z += w2[j * HIDDEN + u]! * pre[u]!;
        const p = 1 / (1 + Math.exp(-z));
        const y = d.y[j]! === 1 ? 1 - SMOOTHING : SMOOTHING;
        const w = (d.y[j] === 1 ? classWeight[j]!.pos : classWeight[j]!.neg) * d.weight;
        loss -= w * (y * Math.log(Math.max(p, 1e-12)) + (1 - y) * Math.log(Math.max(1 - p, 1e-12)));
        dz[j] = w * (p - y);
      }
      da.fill(0);
      for (let j = 0; j < H; j++) {
        for (let u = 0; u < HIDDEN; u++) {
          if (pre[u]! <= 0) continue;
          da[u]! += dz[j]! * w2[j * HIDDEN + u]!;
          step(w2, acc.w2, j * HIDDEN + u, dz[j]! * pre[u]!);
        }
        step(b2, acc.b2, j, dz[j]!);
      }
      dh0.fill(0);
      for (let u = 0; u < HIDDEN; u++) {
        if (da[u] === 0) continue;
        for (let q = 0; q < DIM; q++) {
          dh0[q]! += da[u]! * w1[u * DIM + q]!;
          step(w1, acc.w1, u * DIM + q, da[u]! * h0[q]!);
        }
        step(b1, acc.b1, u, da[u]!);
      }
      for (const cell of d.cells) {
        const base = (cell >> 1) * DIM;
        const s = cell & 1 ? -d.norm : d.norm;
        for (let q = 0; q < DIM; q++) {
          const k = base + q;
          const g = s * dh0[q]!;
          eAccum[k]! += g * g;
          embeddings[k]! -= (RATE_EMBEDDING * g) / Math.sqrt(eAccum[k]!);
        }
      }
    }
    console.error(`${label} epoch ${epoch + 1}/${EPOCHS}: mean loss ${(loss / data.length / H).toFixed(4)}`);
  }
  return { embeddings, w1, b1, w2, b2 };
}

/** Int8 embeddings with one scale; the small dense layers stay in floating point in the header. */
function build(t: Trained, thresholds: Record<Head, HeadThresholds>, trainedOn?: Record<string, unknown>): { header: ModelHeader; q: Int8Array } {
  let max = 0;
  for (const v of t.embeddings) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const q = new Int8Array(t.embeddings.length);
  for (let k = 0; k < q.length; k++) q[k] = Math.max(-127, Math.min(127, Math.round(t.embeddings[k]! / scale)));
  const r = (a: Float64Array) => [...a].map((x) => Math.round(x * 1e6) / 1e6);
  const header: ModelHeader = {
    format: 'consentry-screener-model',
    featureVersion: FEATURE_VERSION,
    bits: BITS,
    dim: DIM,
    hidden: HIDDEN,
    heads: [...HEADS],
    scale,
    w1: r(t.w1),
    b1: r(t.b1),
    w2: r(t.w2),
    b2: r(t.b2),
    window: WINDOW,
    stride: STRIDE,
    thresholds,
    ...(trainedOn ? { trainedOn } : {}),
  };
  return { header, q };
}

/** The score at which at most `fpr` of `negatives` are flagged (never below 0.5). */
function thresholdFor(negatives: number[], fpr: number): number {
  const sorted = [...negatives].sort((a, b) => b - a);
  const allowed = Math.floor(negatives.length * fpr);
  const at = sorted[allowed] ?? 0;
  return Math.max(0.5, Math.min(1 - 1e-6, at + 1e-7));
}

/** The linear head's logit per example, as the screener computes it (every window). */
function linearAll(head: LinearHead, examples: Example[]): number[] {
  return examples.map((e) => {
    const norm = normalize(e.text);
    return head.score(extractFeatures(norm, e.text), norm.text.length, e.mode).logit;
  });
}

function scoreAll(model: HashedNgramModel, examples: Example[]): Float64Array[] {
  return examples.map((e) => {
    const norm = normalize(e.text);
    return model.score(extractFeatures(norm, e.text), norm.text.length).probability;
  });
}

const PLACEHOLDER = Object.fromEntries(HEADS.map((h) => [h, { strong: 0.5, weak: 0.5 }])) as Record<Head, HeadThresholds>;

/** A copy of a hand-written request with one social filler before or after it, for FILLER_PERCENT of them (by text hash). */
function withFiller(e: CorpusExample): CorpusExample | undefined {
  const h = textHash(`filler\u0000${e.text}`);
  if (h % 100 >= FILLER_PERCENT) return undefined;
  const pick = Math.floor(h / 100);
  const prefix = pick % 3 === 0;
  const list = prefix ? FILLER_PREFIXES : FILLER_SUFFIXES;
  const filler = list[Math.floor(pick / 3) % list.length]!;
  return { ...e, text: prefix ? `${filler}${e.text}` : `${e.text}${filler}` };
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' }, report: { type: 'string' }, folds: { type: 'string' }, decision: { type: 'string' } } });
  const started = Date.now();
  const generated = generateExamples(DEFAULT_GENERATE);
  const real = loadRealData();
  // Weights trained without the real benign prompts read many everyday requests as harmful, and the
  // run says so only in a count: refuse to train rather than write such weights (set CONSENTRY_SHARED
  // when ../shared is not beside the checkout, as in a git worktree).
  if (real.train.length === 0) {
    console.error('No real benign prompts found (shared/data/prompts): set CONSENTRY_SHARED to the shared folder. Nothing was trained.');
    process.exit(2);
  }
  const isDev = (e: Example) => textHash(e.text) % 100 < 12;
  const dev = generated.filter(isDev);
  const trainGenerated = generated.filter((e) => !isDev(e));
  const corpus = loadCorpus();
  // The real and hand-written requests are split into the same folds by text hash: each fold's
  // model scores the ones it did not train on, which the decision layer is fitted to.
  const written = [...real.train, ...corpus.train];
  const writtenEncoded = written.map(encode);
  // Copies with a social filler train with their original's fold (writtenFold of the original).
  const fillers = corpus.train.flatMap((e) => {
    const copy = withFiller(e);
    return copy ? [{ from: e, copy }] : [];
  });
  const fillerEncoded = fillers.map(({ copy }) => encode(copy));
  console.error(
    `examples: ${generated.length} generated (${trainGenerated.length} train, ${dev.length} dev), ${real.train.length} real benign train, ${real.calibration.length} real benign calibration, ${corpus.train.length} hand-written train, ${corpus.dev.length} hand-written corpus-dev`,
  );

  // Cross-fitting over sentence frames: each fold's model never saw the frames it scores, so the
  // out-of-fold scores say how the model meets phrasings it was not trained on. Thresholds are
  // calibrated on them (and on real benign texts), not on the optimistic scores of seen frames.
  const folds = Number(values.folds ?? FOLDS);
  const foldOf = (e: Example) => textHash(e.frame) % folds;
  const outOfFold: { e: Example; p: Float64Array; lin?: number }[] = [];
  const writtenOutOfFold: OutOfFold[] = [];
  const writtenFold = (e: Example) => textHash(e.text) % folds;
  const only = process.env.ONLY_FOLD === undefined ? undefined : Number(process.env.ONLY_FOLD);
  const stackOnly = process.env.STACK_ONLY;
  for (let f = 0; f < folds && !stackOnly; f++) {
    if (only !== undefined && f !== only) continue;
    const foldData = [
      ...trainGenerated.filter((e) => foldOf(e) !== f).map(encode),
      ...writtenEncoded.filter((_, i) => writtenFold(written[i]!) !== f),
      ...fillerEncoded.filter((_, i) => writtenFold(fillers[i]!.from) !== f),
    ];
    const trained = train(foldData, `fold ${f + 1}/${folds}`);
    const linear = LINEAR
      ? buildLinear(
          trainLinear(
            foldData.map((d) => d.lin),
            SEED,
            `fold ${f + 1}/${folds}`,
          ),
          WINDOW,
          STRIDE,
        ).head
      : undefined;
    const model = new HashedNgramModel(build(trained, PLACEHOLDER).header, build(trained, PLACEHOLDER).q);
    const held = generated.filter((e) => foldOf(e) === f);
    const heldLin = linear ? linearAll(linear, held) : [];
    scoreAll(model, held).forEach((p, i) => outOfFold.push({ e: held[i]!, p, ...(linear ? { lin: heldLin[i]! } : {}) }));
    const heldWritten = written.filter((e) => writtenFold(e) === f);
    const writtenLin = linear ? linearAll(linear, heldWritten) : [];
    scoreAll(model, heldWritten).forEach((p, i) => writtenOutOfFold.push({ e: heldWritten[i]!, p, ...(linear ? { lin: writtenLin[i]! } : {}) }));
  }
  if (only !== undefined) {
    const negatives = (j: number) => outOfFold.filter(({ e }) => !e.harmful).map(({ p }) => p[j]!);
    const t = Object.fromEntries(HEADS.map((h, j) => [h, { strong: thresholdFor(negatives(j), STRONG_FPR), weak: thresholdFor(negatives(j), WEAK_FPR) }])) as Record<Head, HeadThresholds>;
    const m = new HashedNgramModel({ ...build(train([], 'none'), t).header }, new Int8Array((1 << BITS) * DIM));
    console.error(`fold ${only} thresholds ${JSON.stringify(t)}`);
    console.error(
      `fold ${only} out-of-fold: ${JSON.stringify(
        evaluate(
          m,
          outOfFold.map(({ e }) => e),
          outOfFold.map(({ p }) => p),
        ).overall,
      )}`,
    );
    for (const fpr of [0.003, 0.01, 0.03]) {
      const th = thresholdFor(
        outOfFold.filter(({ e }) => !e.harmful).map(({ p }) => Math.max(p[0]!, p[1]!)),
        fpr,
      );
      const pos = outOfFold.filter(({ e }) => e.harmful);
      console.error(`  max(undress,sexual) at FPR ${fpr}: threshold ${th.toFixed(4)} recall ${(pos.filter(({ p }) => Math.max(p[0]!, p[1]!) >= th).length / pos.length).toFixed(3)}`);
    }
    return;
  }

  if (stackOnly) {
    // Refits the decision layer alone from rows dumped by an earlier run (DUMP_OOF): for trying its settings.
    const rows = readFileSync(stackOnly, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Example & { p: number[]; lin?: number })
      .map(({ p, lin, ...e }) => ({ e, p, ...(lin === undefined || !LINEAR ? {} : { lin }) }));
    writeDecisionLayer(rows, values.decision);
    return;
  }
  const stackRows: OutOfFold[] = [...outOfFold, ...writtenOutOfFold];
  if (process.env.DUMP_OOF) writeFileSync(process.env.DUMP_OOF, stackRows.map(({ e, p, lin }) => JSON.stringify({ ...e, p: Array.from(p), lin })).join('\n'));
  const finalData = [...trainGenerated.map(encode), ...writtenEncoded, ...fillerEncoded];
  const final = train(finalData, 'final');
  let linearBytes = 0;
  if (LINEAR) {
    const built = buildLinear(
      trainLinear(
        finalData.map((d) => d.lin),
        SEED,
        'final',
      ),
      WINDOW,
      STRIDE,
      { seed: SEED, ...LINEAR_SETTINGS, folds, examples: finalData.length, target: 'harmful', weights: { generated: 1, corpus: CORPUS_WEIGHT, real: 0.5 } },
    );
    const bytes = LinearHead.toBytes(built.header, built.q);
    const linearOut = process.env.LINEAR_OUT ?? fileURLToPath(LINEAR_URL);
    writeFileSync(linearOut, bytes);
    linearBytes = bytes.length;
    console.error(`wrote ${linearOut} (${bytes.length} bytes, scale ${built.header.scale})`);
  }
  const draft = build(final, PLACEHOLDER);
  const draftModel = new HashedNgramModel(draft.header, draft.q);
  // Thresholds: the stricter of two calibrations. (1) Benign texts the final model did not train
  // on (the generated dev split and the real calibration share). (2) The out-of-fold scores of
  // benign texts from frames a fold never saw: how the model meets a benign phrasing it was not
  // shown, which is what independent requests are. Only a high score may block on its own.
  const calibration = [...dev, ...real.calibration];
  const calScores = scoreAll(draftModel, calibration);
  const thresholds = {} as Record<Head, HeadThresholds>;
  HEADS.forEach((head, j) => {
    const negative = (e: Example) => (head === 'minor' ? e.labels.minor === 0 : !e.harmful);
    const negatives = calibration
      .map((e, i) => ({ e, p: calScores[i]![j]! }))
      .filter(({ e }) => negative(e))
      .map(({ p }) => p);
    const unseen = outOfFold.filter(({ e }) => negative(e)).map(({ p }) => p[j]!);
    const strong = Math.max(thresholdFor(negatives, STRONG_FPR), unseen.length ? thresholdFor(unseen, UNSEEN_FPR) : 0, STRONG_FLOOR[head] ?? 0);
    const weak = Math.max(thresholdFor(negatives, WEAK_FPR), unseen.length ? thresholdFor(unseen, UNSEEN_WEAK_FPR) : 0);
    // The review band (weak ≤ p < strong) is off unless asked for: measured on the dev sets it sent
    // benign requests to review without adding a single block (README, screener model section).
    thresholds[head] = { strong: round(strong), weak: round(REVIEW_BAND ? Math.min(weak, strong) : strong) };
  });
  const { header, q } = build(final, thresholds, {
    seed: SEED,
    epochs: EPOCHS,
    folds,
    generated: generated.length,
    trainGenerated: trainGenerated.length,
    realBenignTrain: real.train.length,
    realBenignCalibration: real.calibration.length,
    corpusTrain: corpus.train.length,
    corpusWeight: CORPUS_WEIGHT,
    ...(fillers.length > 0 ? { fillerCopies: fillers.length, fillerPercent: FILLER_PERCENT } : {}),
  });
  const bytes = HashedNgramModel.toBytes(header, q);
  const out = values.out ?? fileURLToPath(MODEL_URL);
  writeFileSync(out, bytes);
  const model = HashedNgramModel.fromBytes(bytes);

  const decision = writeDecisionLayer(stackRows, values.decision);
  const report = {
    sizeBytes: bytes.length,
    ...(LINEAR ? { linearSizeBytes: linearBytes } : {}),
    seconds: (Date.now() - started) / 1000,
    thresholds,
    data: { ...summarise(generated, real.counts), corpus: summariseCorpus(corpus) },
    dev: evaluate(model, dev, scoreAll(model, dev)),
    unseenFrames: evaluate(
      model,
      outOfFold.map(({ e }) => e),
      outOfFold.map(({ p }) => p),
    ),
    realCalibration: evaluate(model, real.calibration, scoreAll(model, real.calibration)),
    corpusDev: evaluate(model, corpus.dev, scoreAll(model, corpus.dev), (e) => (e as CorpusExample).kind),
    decisionLayer: { ...decision.trainedOn, outOfFold: decisionReport(decision, stackRows) },
  };
  const reportPath = values.report ?? fileURLToPath(new URL('./report.json', import.meta.url));
  writeFileSync(reportPath, `${JSON.stringify(report, null, 1)}\n`);
  console.error(`wrote ${out} (${bytes.length} bytes) and ${reportPath} in ${report.seconds}s`);
  console.error(`thresholds ${JSON.stringify(thresholds)}`);
  console.error(`dev (seen frames): ${JSON.stringify(report.dev.overall)}`);
  console.error(`out-of-fold (unseen frames): ${JSON.stringify(report.unseenFrames.overall)}`);
  console.error(`real benign calibration: ${JSON.stringify(report.realCalibration.overall)}`);
  console.error(`hand-written corpus-dev (model alone): ${JSON.stringify(report.corpusDev.overall)}`);
}

/**
 * The decision layer's thresholds, chosen on the development sets and corpus-dev with
 * training/tune-decision.ts (BENCHMARKS.md, "learned decision layer"; with the linear head and the cues, "The
 * screener after the seventh session's merges"):
 * below ALLOW_BELOW the lexicon's non-floor rules stand as weak evidence only; at BLOCK_AT or above the
 * layer blocks on its own. Without the linear head (LINEAR=0), the thresholds chosen before it.
 */
const DECISION_THRESHOLDS = {
  allowBelow: Number(process.env.ALLOW_BELOW ?? (LINEAR ? 0.3 : 0.25)),
  blockAt: Number(process.env.BLOCK_AT ?? 0.85),
};

/** Fits the decision layer on out-of-fold rows and writes it beside the model. */
function writeDecisionLayer(rows: readonly OutOfFold[], out?: string): DecisionWeights {
  const layer = fitDecisionLayer(rows, DECISION_THRESHOLDS, { folds: FOLDS, seed: SEED });
  const path = out ?? fileURLToPath(DECISION_URL);
  writeFileSync(path, `${JSON.stringify(layer, null, 1)}\n`);
  console.error(`wrote ${path}: ${Object.keys(layer.weights).length} weights from ${rows.length} out-of-fold rows`);
  return layer;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The model alone flags a text when a strong head would make the strict policy block or review it. */
export function modelFlags(model: HashedNgramModel, e: Example, p: Float64Array): boolean {
  const t = model.header.thresholds;
  const at = (h: Head) => p[HEADS.indexOf(h)]! >= t[h].strong;
  const realOrMinor = e.mode === 'edit' || at('minor');
  return at('undress') || at('sexual') || (at('suggestive') && realOrMinor) || ((p[0]! >= t.undress.weak || p[1]! >= t.sexual.weak) && realOrMinor);
}

interface Rates {
  harmful: number;
  recall: number;
  benign: number;
  fpr: number;
}

function rates(model: HashedNgramModel, examples: Example[], scores: Float64Array[]): Rates {
  let tp = 0;
  let pos = 0;
  let fp = 0;
  let neg = 0;
  examples.forEach((e, i) => {
    const flagged = modelFlags(model, e, scores[i]!);
    if (e.harmful) {
      pos++;
      if (flagged) tp++;
    } else {
      neg++;
      if (flagged) fp++;
    }
  });
  return { harmful: pos, recall: pos ? round(tp / pos) : NaN, benign: neg, fpr: neg ? round(fp / neg) : NaN };
}

function evaluate(
  model: HashedNgramModel,
  examples: Example[],
  scores: Float64Array[],
  kindOf?: (e: Example) => string,
): { overall: Rates; byLanguage: Record<string, Rates>; byKind?: Record<string, Rates> } {
  const by = (key: (e: Example) => string) => {
    const out: Record<string, Rates> = {};
    for (const k of [...new Set(examples.map(key))].sort()) {
      const idx = examples.map((e, i) => [e, i] as const).filter(([e]) => key(e) === k);
      out[k] = rates(
        model,
        idx.map(([e]) => e),
        idx.map(([, i]) => scores[i]!),
      );
    }
    return out;
  };
  return { overall: rates(model, examples, scores), byLanguage: by((e) => e.lang), ...(kindOf ? { byKind: by(kindOf) } : {}) };
}

function summariseCorpus(corpus: Corpus) {
  const perLanguage: Record<string, { train: number; dev: number; harmful: number; benign: number }> = {};
  for (const [split, list] of [
    ['train', corpus.train],
    ['dev', corpus.dev],
  ] as const) {
    for (const e of list) {
      const s = (perLanguage[e.lang] ??= { train: 0, dev: 0, harmful: 0, benign: 0 });
      s[split]++;
      if (e.harmful) s.harmful++;
      else s.benign++;
    }
  }
  const sorted = Object.fromEntries(
    Object.keys(perLanguage)
      .sort()
      .map((k) => [k, perLanguage[k]!]),
  );
  return { ...corpus.counts, weight: CORPUS_WEIGHT, languages: Object.keys(sorted).length, perLanguage: sorted };
}

function summarise(generated: Example[], real: Record<string, unknown>) {
  const perLanguage: Record<string, { total: number; harmful: number; benign: number; undress: number; sexual: number; suggestive: number; minor: number }> = {};
  for (const e of generated) {
    const s = (perLanguage[e.lang] ??= { total: 0, harmful: 0, benign: 0, undress: 0, sexual: 0, suggestive: 0, minor: 0 });
    s.total++;
    if (e.harmful) s.harmful++;
    else s.benign++;
    for (const h of HEADS) s[h] += e.labels[h];
  }
  return { languages: Object.keys(perLanguage).length, generated: generated.length, perLanguage, real };
}

main();
