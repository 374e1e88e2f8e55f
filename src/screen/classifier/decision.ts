import { readFileSync } from 'node:fs';
import type { Category, RequestMode, Signal } from '../../types.ts';
import type { Head } from './model.ts';

/**
 * The learned decision layer: one logistic regression over what the two readers of a request found
 * (the lexicon's fired rules, the people and minors it named, how it backs the model, the model's
 * head probabilities and a few of their products), giving P(the strict policy must refuse it).
 * Trained by `npm run train:screener` on out-of-fold model scores (training/train-screener.ts,
 * "decision layer"), so it learns how far to trust the model on requests the model did not see.
 * Its work per request is a sum over the handful of features present: no further pass over the text.
 */
export const DECISION_LAYER = 'decision-layer';
/** The weights, written by `npm run train:screener` beside the classifier's. */
export const DECISION_URL = new URL('./decision-layer.json', import.meta.url);

/** Categories whose signals make the strict policy refuse or review a request on their own or with a person. */
export const HARMFUL_CATEGORIES: ReadonlySet<Category> = new Set(['undress', 'sexual', 'suggestive']);

/** What the decision layer reads of one request. */
export interface DecisionInput {
  mode: RequestMode;
  /** The classifier's probability per head, in `heads` order. */
  probabilities: ArrayLike<number>;
  heads: readonly Head[];
  /** The lexicon's signals, before anything weakened them. */
  lexicon: readonly Signal[];
  support: 'cue' | 'against' | 'none';
  /** A real person is named (a name, a public figure, "my ex"), not only the supplied photo. */
  named: boolean;
  /** Nobody at all is named: no pronoun, person noun or name. */
  namesNoOne: boolean;
  /** A minor is named or implied (lexicon or classifier). */
  minor: boolean;
  /** The request is in a language or script the lexicon does not cover. */
  notCovered: boolean;
  /** The linear head's logit (classifier/linear.ts), when the layer reads it (see usesLinear). */
  linear?: number | undefined;
}

export interface DecisionWeights {
  format: 'consentry-decision-layer';
  version: 1;
  bias: number;
  /** Weight per feature name (see decisionFeatures); a feature the file lacks weighs nothing. */
  weights: Record<string, number>;
  /**
   * Below `allowBelow` the layer reads the request as benign and the lexicon's non-floor rules stand
   * as weak evidence only; at or above `blockAt` it blocks even where neither reader would alone.
   */
  thresholds: { allowBelow: number; blockAt: number };
  trainedOn?: Record<string, unknown>;
}

/** Feature names already built, by category and reason (bounded: the rules' reasons, ages aside, are fixed strings). */
const RULE_NAMES = new Map<string, string>();

/** The rule a signal came from, as a stable feature name: its category and reason, digits left out. */
export function ruleFeature(s: Signal): string {
  const key = `${s.category}\u0000${s.reason}`;
  let name = RULE_NAMES.get(key);
  if (name === undefined) {
    name = `rule:${s.category}:${s.reason.replace(/\d+/g, '#')}`;
    if (RULE_NAMES.size < 4096) RULE_NAMES.set(key, name);
  }
  return name;
}

const HEAD_NAMES = new Map<string, { p: string; logit: string }>();
const headNames = (h: Head) => {
  let names = HEAD_NAMES.get(h);
  if (!names) HEAD_NAMES.set(h, (names = { p: `p:${h}`, logit: `logit:${h}` }));
  return names;
};
const CATEGORY_NAMES = new Map<string, string>();
const categoryName = (c: Category) => {
  let name = CATEGORY_NAMES.get(c);
  if (!name) CATEGORY_NAMES.set(c, (name = `cat:${c}`));
  return name;
};

const SUPPORT_NAMES = { cue: 'support:cue', against: 'support:against', none: 'support:none' } as const;

const clampedLogit = (p: number) => Math.max(-6, Math.min(6, Math.log(Math.max(p, 1e-9) / Math.max(1 - p, 1e-9)))) / 6;

/**
 * The features of one request, by name. Bounded: four heads, a dozen fixed features, and one
 * feature per lexicon rule fired (at most the number of rules). Values lie in [-1, 1].
 */
export function decisionFeatures(input: DecisionInput): Map<string, number> {
  const x = new Map<string, number>();
  let pmax = 0;
  input.heads.forEach((h, i) => {
    const p = input.probabilities[i] ?? 0;
    const names = headNames(h);
    x.set(names.p, p);
    x.set(names.logit, clampedLogit(p));
    if (h === 'undress' || h === 'sexual') pmax = Math.max(pmax, p);
  });
  x.set(SUPPORT_NAMES[input.support], 1);
  if (input.mode === 'edit') x.set('mode:edit', 1);
  if (input.named) x.set('named', 1);
  if (input.namesNoOne) x.set('names_no_one', 1);
  if (input.minor) x.set('minor', 1);
  if (input.notCovered) x.set('not_covered', 1);
  let lex = 0;
  let count = 0;
  for (const s of input.lexicon) {
    if (!HARMFUL_CATEGORIES.has(s.category)) continue;
    const key = ruleFeature(s);
    x.set(key, Math.max(x.get(key) ?? 0, s.score));
    const category = categoryName(s.category);
    x.set(category, Math.max(x.get(category) ?? 0, s.score));
    lex = Math.max(lex, s.score);
    count++;
  }
  x.set('lex:max', lex);
  x.set('lex:count', Math.min(count, 4) / 4);
  // The products let the model's confidence count differently with and without the lexicon behind it.
  const lexical = lex >= 0.5 ? 1 : 0;
  const logitMax = clampedLogit(pmax);
  x.set('logit:max', logitMax);
  x.set('logit:max*lex', logitMax * lexical);
  x.set('logit:max*nolex', logitMax * (1 - lexical));
  if (input.support === 'against') x.set('logit:max*against', logitMax);
  if (input.mode === 'edit') x.set('logit:max*edit', logitMax);
  if (input.namesNoOne) x.set('logit:max*no_one', logitMax);
  if (input.linear !== undefined) {
    // The linear head's logit, clamped and scaled like the others. Where the lexicon found nothing it
    // counts both ways; where the lexicon fired it may only add (its positive part): read both ways
    // there, it explained lexicon hits away ("remove the watermark and her dress") and cost a dev-2
    // request (BENCHMARKS.md, "screener-linear").
    const lin = Math.max(-6, Math.min(6, input.linear)) / 6;
    x.set('lin:logit*nolex', lin * (1 - lexical));
    x.set('lin:pos*lex', Math.max(0, lin) * lexical);
  }
  return x;
}

/** Whether a layer reads the linear head (it has a weight for one of its features): else the head is never loaded. */
export function usesLinear(weights: Pick<DecisionWeights, 'weights'>): boolean {
  let uses = USES_LINEAR.get(weights);
  if (uses === undefined) {
    uses = Object.keys(weights.weights).some((name) => name.startsWith('lin:'));
    USES_LINEAR.set(weights, uses);
  }
  return uses;
}

/** usesLinear per weights object (read once: the screener asks on every request). */
const USES_LINEAR = new WeakMap<object, boolean>();

/** P(harmful) for the features of one request under some weights. */
export function decisionScore(weights: Pick<DecisionWeights, 'bias' | 'weights'>, features: Map<string, number>): number {
  let z = weights.bias;
  for (const [name, value] of features) z += (weights.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

let loaded: DecisionWeights | undefined;

/** The shipped decision layer, read once on first use; a missing or malformed file throws (the screener then fails closed). */
export function decisionLayer(): DecisionWeights {
  if (loaded) return loaded;
  const parsed = JSON.parse(readFileSync(DECISION_URL, 'utf8')) as DecisionWeights;
  const { allowBelow, blockAt } = parsed.thresholds ?? {};
  if (parsed.format !== 'consentry-decision-layer' || typeof parsed.bias !== 'number' || typeof parsed.weights !== 'object' || !(allowBelow! <= blockAt!)) {
    throw new Error(`malformed decision layer ${DECISION_URL.pathname}`);
  }
  loaded = parsed;
  return loaded;
}
