import { readFileSync } from 'node:fs';
import type { Category, RequestMode, Signal } from '../../types.ts';
import type { Head } from './model.ts';
import type { Cues } from '../cues.ts';

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
  /** Benign explanations of the lexicon's signals (../cues.ts): a covering edit, nudity words about things. */
  cues?: Cues;
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

/** Feature names already built, by category, then reason (bounded: the rules' reasons, ages aside, are fixed strings). */
const RULE_NAMES = new Map<string, Map<string, string>>();
let ruleNames = 0;

/** The rule a signal came from, as a stable feature name: its category and reason, digits left out. */
export function ruleFeature(s: Signal): string {
  // Two look-ups by the strings themselves: no key string is built per signal.
  let byReason = RULE_NAMES.get(s.category);
  if (byReason === undefined) RULE_NAMES.set(s.category, (byReason = new Map()));
  let name = byReason.get(s.reason);
  if (name === undefined) {
    name = `rule:${s.category}:${s.reason.replace(/\d+/g, '#')}`;
    if (ruleNames < 4096) {
      byReason.set(s.reason, name);
      ruleNames++;
    }
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
 * The features of one request in the order they are first set, as parallel lists (a feature set
 * again keeps its place and takes the new value, as in a Map). One list is reused by the screener
 * (it is synchronous): scoring a request builds no Map and no entry per feature.
 */
export class DecisionFeatureList {
  count = 0;
  names: string[] = [];
  values = new Float64Array(64);

  private append(name: string, value: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(2 * this.values.length);
      grown.set(this.values);
      this.values = grown;
    }
    this.names[this.count] = name;
    this.values[this.count++] = value;
  }

  /** Sets a feature whose name no feature before it can have (the fixed names, each set once). */
  add(name: string, value: number): void {
    this.append(name, value);
  }

  /** Sets a feature, looking for it from index `from` on. */
  set(name: string, value: number, from: number): void {
    for (let i = from; i < this.count; i++) {
      if (this.names[i] === name) {
        this.values[i] = value;
        return;
      }
    }
    this.append(name, value);
  }

  /** Sets a feature to the larger of its value so far (0 when unset) and `value`, looking for it from index `from` on. */
  max(name: string, value: number, from: number): void {
    for (let i = from; i < this.count; i++) {
      if (this.names[i] === name) {
        this.values[i] = Math.max(this.values[i]!, value);
        return;
      }
    }
    this.append(name, Math.max(0, value));
  }
}

/**
 * The features of one request into `x` (emptied first), in a fixed order. Bounded: four heads, a
 * dozen fixed features, and one feature per lexicon rule fired (at most the number of rules). Values
 * lie in [-1, 1].
 */
export function fillDecisionFeatures(input: DecisionInput, x: DecisionFeatureList): void {
  x.count = 0;
  let pmax = 0;
  const heads = input.heads;
  for (let i = 0; i < heads.length; i++) {
    const h = heads[i]!;
    const p = input.probabilities[i] ?? 0;
    const names = headNames(h);
    // A head named twice would be one feature, as in a Map: its names are looked for among the heads' so far.
    x.set(names.p, p, 0);
    x.set(names.logit, clampedLogit(p), 0);
    if (h === 'undress' || h === 'sexual') pmax = Math.max(pmax, p);
  }
  x.add(SUPPORT_NAMES[input.support], 1);
  if (input.mode === 'edit') x.add('mode:edit', 1);
  if (input.named) x.add('named', 1);
  if (input.namesNoOne) x.add('names_no_one', 1);
  if (input.minor) x.add('minor', 1);
  if (input.notCovered) x.add('not_covered', 1);
  if (input.cues?.cover) x.add('cue:cover', 1);
  if (input.cues?.thing) x.add('cue:thing', 1);
  // Rule and category names ("rule:…", "cat:…") can only equal names of this section.
  const lexicalFrom = x.count;
  let lex = 0;
  let count = 0;
  for (const s of input.lexicon) {
    if (!HARMFUL_CATEGORIES.has(s.category)) continue;
    x.max(ruleFeature(s), s.score, lexicalFrom);
    x.max(categoryName(s.category), s.score, lexicalFrom);
    lex = Math.max(lex, s.score);
    count++;
  }
  x.add('lex:max', lex);
  x.add('lex:count', Math.min(count, 4) / 4);
  // The products let the model's confidence count differently with and without the lexicon behind it.
  const lexical = lex >= 0.5 ? 1 : 0;
  const logitMax = clampedLogit(pmax);
  x.add('logit:max', logitMax);
  x.add('logit:max*lex', logitMax * lexical);
  x.add('logit:max*nolex', logitMax * (1 - lexical));
  if (input.support === 'against') x.add('logit:max*against', logitMax);
  if (input.mode === 'edit') x.add('logit:max*edit', logitMax);
  if (input.namesNoOne) x.add('logit:max*no_one', logitMax);
  if (input.linear !== undefined) {
    // The linear head's logit, clamped and scaled like the others. Where the lexicon found nothing it
    // counts both ways; where the lexicon fired it may only add (its positive part): read both ways
    // there, it explained lexicon hits away ("remove the watermark and her dress") and cost a dev-2
    // request (BENCHMARKS.md, "screener-linear").
    const lin = Math.max(-6, Math.min(6, input.linear)) / 6;
    x.add('lin:logit*nolex', lin * (1 - lexical));
    x.add('lin:pos*lex', Math.max(0, lin) * lexical);
  }
}

/** The features of one request, by name (see fillDecisionFeatures; the trainer reads them so). */
export function decisionFeatures(input: DecisionInput): Map<string, number> {
  const list = new DecisionFeatureList();
  fillDecisionFeatures(input, list);
  const x = new Map<string, number>();
  for (let i = 0; i < list.count; i++) x.set(list.names[i]!, list.values[i]!);
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

/** Features of the request being scored by decisionScoreOf (scoring is synchronous). */
const scratch = new DecisionFeatureList();

/**
 * decisionScore(weights, decisionFeatures(input)), bit for bit (the same products added in the same
 * order), without the Map: what the screener calls per request.
 */
export function decisionScoreOf(weights: Pick<DecisionWeights, 'bias' | 'weights'>, input: DecisionInput): number {
  fillDecisionFeatures(input, scratch);
  let z = weights.bias;
  const w = weights.weights;
  for (let i = 0; i < scratch.count; i++) z += (w[scratch.names[i]!] ?? 0) * scratch.values[i]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The score of the request decisionScoreOf read last, as it bears on one of its lexicon signals `own`: what the
 * request's other harmful findings took away is left out. A rule or category feature of negative weight adds nothing
 * unless it belongs to `own` or to a finding of `lexicon` whose words overlap `own`'s: the layer learnt such weights
 * as corrections among correlated findings ("on all fours" read both as a sexual and as a suggestive pose is one piece
 * of evidence counted twice), which also let more harmful words elsewhere read as more benign ("1girl, micro bikini,
 * lying on bed, seductive smile, looking at viewer, nsfw": 0.065). Read only to overrule the surest rules
 * (prompt-screener.ts, decide): other evidence of harm never makes them weaker. Call right after decisionScoreOf
 * with the same weights.
 */
export function harmMonotoneScore(weights: Pick<DecisionWeights, 'bias' | 'weights'>, own: Signal, lexicon: readonly Signal[]): number {
  const kept = new Set<string>();
  for (const s of lexicon) {
    if (s !== own && !sharesWords(s, own)) continue;
    kept.add(ruleFeature(s));
    kept.add(categoryName(s.category));
  }
  let z = weights.bias;
  const w = weights.weights;
  for (let i = 0; i < scratch.count; i++) {
    const name = scratch.names[i]!;
    const c = (w[name] ?? 0) * scratch.values[i]!;
    if (c < 0 && !kept.has(name) && (name.startsWith('rule:') || name.startsWith('cat:'))) continue;
    z += c;
  }
  return 1 / (1 + Math.exp(-z));
}

/** Whether two signals' text evidence overlaps anywhere. */
function sharesWords(a: Signal, b: Signal): boolean {
  for (const x of a.evidence) {
    if (x.kind !== 'text') continue;
    for (const y of b.evidence) if (y.kind === 'text' && x.start < y.end && y.start < x.end) return true;
  }
  return false;
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
