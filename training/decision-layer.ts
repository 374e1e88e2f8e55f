import { normalize } from '../src/screen/normalize.ts';
import { extractFeatures } from '../src/screen/classifier/features.ts';
import type { HashedNgramModel } from '../src/screen/classifier/model.ts';
import { HEADS } from '../src/screen/classifier/model.ts';
import { decisionFeatures, decisionScore, type DecisionWeights } from '../src/screen/classifier/decision.ts';
import { decisionInput, readLexicon } from '../src/screen/prompt-screener.ts';
import type { Example } from './generate.ts';

// The decision layer's training (see src/screen/classifier/decision.ts): a weighted, L2-regularised
// logistic regression fitted by Newton's method over the features of requests whose classifier
// scores are out of fold (the fold's model never trained on them). Deterministic: rows in a fixed
// order, features sorted by name, a fixed number of steps, weights rounded to 1e-6.

/** One request with the scores of a model that never trained on it. */
export interface OutOfFold {
  e: Example;
  p: ArrayLike<number>;
  /** The linear head's out-of-fold logit, when it was trained. */
  lin?: number;
}

/** Relative weight of a row by where it comes from: the hand-written requests are written as people write. */
export const STACK_WEIGHTS = { corpus: 1, generated: Number(process.env.STACK_GENERATED ?? 0.1), real: Number(process.env.STACK_REAL ?? 0.3) } as const;
/** L2 penalty (on the summed row weights' scale): keeps rare rules' weights near zero. */
const L2 = Number(process.env.STACK_L2 ?? 3);
const STEPS = 12;
/** A feature seen in fewer rows than this gets no weight of its own. */
const MIN_ROWS = 5;

interface Row {
  x: Map<string, number>;
  y: number;
  w: number;
}

/** The features of a request as the screener builds them at run time, with the given head probabilities. */
export function featuresOf(e: Pick<Example, 'text' | 'mode'>, p: ArrayLike<number>, lin?: number): Map<string, number> {
  const { findings, notCovered } = readLexicon(e.text, e.mode);
  return decisionFeatures(decisionInput(findings, e.mode, findings.signals(), p, HEADS, !notCovered, lin));
}

/** Scores texts with a model the way the screener does (every window). */
export function scoreTexts(model: HashedNgramModel, examples: readonly Pick<Example, 'text'>[]): Float64Array[] {
  return examples.map((e) => {
    const norm = normalize(e.text);
    return model.score(extractFeatures(norm, e.text), norm.text.length).probability;
  });
}

function rowWeight(e: Example): number {
  if (e.source === 'corpus') return STACK_WEIGHTS.corpus;
  if (e.source === 'generated') return STACK_WEIGHTS.generated;
  return STACK_WEIGHTS.real;
}

/** Fits the decision layer on out-of-fold rows; the thresholds are given (chosen on the development sets). */
export function fitDecisionLayer(rows: readonly OutOfFold[], thresholds: DecisionWeights['thresholds'], trainedOn: Record<string, unknown>): DecisionWeights {
  const data: Row[] = rows.map(({ e, p, lin }) => ({ x: featuresOf(e, p, lin), y: e.harmful ? 1 : 0, w: rowWeight(e) }));
  const seen = new Map<string, number>();
  for (const r of data) for (const k of r.x.keys()) seen.set(k, (seen.get(k) ?? 0) + 1);
  const names = [...seen.entries()]
    .filter(([, n]) => n >= MIN_ROWS)
    .map(([k]) => k)
    .sort();
  const index = new Map(names.map((k, i) => [k, i + 1]));
  // Column 0 is the bias (not penalised).
  const n = names.length + 1;
  const sparse = data.map((r) => {
    const idx = [0];
    const val = [1];
    for (const [k, v] of r.x) {
      const i = index.get(k);
      if (i !== undefined && v !== 0) {
        idx.push(i);
        val.push(v);
      }
    }
    return { idx, val, y: r.y, w: r.w };
  });
  const beta = new Float64Array(n);
  for (let step = 0; step < STEPS; step++) {
    const grad = new Float64Array(n);
    const hess = new Float64Array(n * n);
    for (const r of sparse) {
      let z = 0;
      for (let a = 0; a < r.idx.length; a++) z += beta[r.idx[a]!]! * r.val[a]!;
      const q = 1 / (1 + Math.exp(-z));
      const g = r.w * (q - r.y);
      const h = r.w * Math.max(q * (1 - q), 1e-9);
      for (let a = 0; a < r.idx.length; a++) {
        const ia = r.idx[a]!;
        grad[ia]! += g * r.val[a]!;
        for (let b = 0; b < r.idx.length; b++) hess[ia * n + r.idx[b]!]! += h * r.val[a]! * r.val[b]!;
      }
    }
    for (let i = 1; i < n; i++) {
      grad[i]! += L2 * beta[i]!;
      hess[i * n + i]! += L2;
    }
    hess[0]! += 1e-6;
    const delta = choleskySolve(hess, grad, n);
    for (let i = 0; i < n; i++) beta[i]! -= delta[i]!;
  }
  const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
  const weights: Record<string, number> = {};
  names.forEach((k, i) => {
    if (beta[i + 1] !== 0) weights[k] = r6(beta[i + 1]!);
  });
  return {
    format: 'consentry-decision-layer',
    version: 1,
    bias: r6(beta[0]!),
    weights,
    thresholds,
    trainedOn: { ...trainedOn, rows: data.length, features: names.length, l2: L2, weights: STACK_WEIGHTS },
  };
}

/** Solves A x = b for a symmetric positive definite A (n × n, row-major). */
function choleskySolve(A: Float64Array, b: Float64Array, n: number): Float64Array {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * n + j]!;
      for (let k = 0; k < j; k++) s -= L[i * n + k]! * L[j * n + k]!;
      L[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / L[j * n + j]!;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= L[i * n + k]! * y[k]!;
    y[i] = s / L[i * n + i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= L[k * n + i]! * x[k]!;
    x[i] = s / L[i * n + i]!;
  }
  return x;
}

/** Weighted log loss and accuracy of a fitted layer on rows (for the trainer's report). */
export function decisionReport(layer: DecisionWeights, rows: readonly OutOfFold[]): { rows: number; harmful: number; recallAtBlock: number; fprAtAllow: number } {
  let pos = 0;
  let tp = 0;
  let neg = 0;
  let fp = 0;
  for (const { e, p, lin } of rows) {
    const s = decisionScore(layer, featuresOf(e, p, lin));
    if (e.harmful) {
      pos++;
      if (s >= layer.thresholds.blockAt) tp++;
    } else {
      neg++;
      if (s >= layer.thresholds.allowBelow) fp++;
    }
  }
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  return { rows: rows.length, harmful: pos, recallAtBlock: r(tp / Math.max(1, pos)), fprAtAllow: r(fp / Math.max(1, neg)) };
}
