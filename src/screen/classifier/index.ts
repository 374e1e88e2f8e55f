import type { Category, Evidence, RequestMode, Signal } from '../../types.ts';
import type { NormalizedText } from '../normalize.ts';
import { extractFeatures, FeatureBuffers, type FeatureList, splitBySpans } from './features.ts';
import { styleTagSpans } from '../style-boilerplate.ts';
import { HashedNgramModel, type Head, type ModelScores } from './model.ts';
import { LinearHead, type LinearScore } from './linear.ts';

export { HashedNgramModel, HEADS, type Head, type ModelHeader, type HeadThresholds } from './model.ts';
export { extractFeatures, FEATURE_VERSION, type FeatureList } from './features.ts';
export { LinearHead, type LinearHeader, type LinearScore } from './linear.ts';

export const PROMPT_CLASSIFIER = 'prompt-classifier';
/** The trained weights, produced by `npm run train:screener` (see training/DATA_CARD.md). */
export const MODEL_URL = new URL('./screener-model.bin', import.meta.url);
/** The linear "harmful" head's weights, written beside the model's by the same training run. */
export const LINEAR_URL = new URL('./screener-linear.bin', import.meta.url);

/** How many n-grams a signal names as its evidence. */
const EVIDENCE_GRAMS = 3;

let loaded: HashedNgramModel | undefined;
/** Feature arrays reused by every screening: the screener is synchronous, so one set serves. */
const scratch = new FeatureBuffers();

/** The shipped model, read once on first use; a missing or corrupt file throws (the screener then fails closed). */
export function screenerModel(): HashedNgramModel {
  loaded ??= HashedNgramModel.load(MODEL_URL);
  return loaded;
}

let linear: LinearHead | undefined;

/** The shipped linear head, read once on first use; a missing or corrupt file throws (the screener then fails closed). */
export function screenerLinear(): LinearHead {
  linear ??= LinearHead.load(LINEAR_URL);
  return linear;
}

/** The linear head's logit for a reading (the model's features, not extracted again) and its window. */
export function linearScore(reading: ClassifierReading, length: number, mode: RequestMode, head = screenerLinear()): LinearScore {
  return head.score(reading.features, length, mode);
}

/** The linear head's score and the n-grams that weighed most in its window, as evidence. */
export function linearEvidence(reading: ClassifierReading, score: LinearScore, original: string, head = screenerLinear()): Evidence[] {
  const spans = mergeSpans(head.topContributions(reading.features, score, EVIDENCE_GRAMS));
  return [
    { kind: 'score', name: `${PROMPT_CLASSIFIER}.linear`, value: Math.round((1 / (1 + Math.exp(-score.logit))) * 1000) / 1000 },
    ...spans.map((s): Evidence => ({ kind: 'text', start: s.start, end: s.end, text: original.slice(s.start, s.end), term: 'n-gram (linear)' })),
  ];
}

/** The model's probability per head for a text (for evaluation and calibration). */
export function classifierScores(normalized: NormalizedText, original: string, model = screenerModel()): Record<Head, number> {
  const { scores } = classifierReading(normalized, original, model);
  return Object.fromEntries(model.header.heads.map((h, i) => [h, scores.probability[i]!])) as Record<Head, number>;
}

/**
 * Signals of the learned classifier for a request already normalised by the lexicon screener.
 * The lexicon is the exact layer; the model adds what it does not know. A head at or above its
 * strong threshold (calibrated on benign data to keep false positives rare) reports its category;
 * an undress or sexual score between the weak and strong thresholds reports `suggestive`, which
 * the built-in policies send to review when a real person is involved and allow otherwise. Each
 * signal names the n-grams that weighed most, as spans of the original text.
 */
export function classifierSignals(normalized: NormalizedText, original: string, model = screenerModel(), support: LexicalSupport = 'cue'): Signal[] {
  return readingSignals(classifierReading(normalized, original, model), original, support);
}

/** The model's reading of one request: its features and scores (valid until the next reading, see scoreReused). */
export interface ClassifierReading {
  model: HashedNgramModel;
  features: FeatureList;
  scores: ModelScores;
}

/** Feature arrays of a request read without its style tags (classifierReading), reused like `scratch`. */
const quietScratch = new FeatureBuffers();

/** Scores a request once; `readingSignals`, `headEvidence` and the decision layer then read the same scores. */
export function classifierReading(normalized: NormalizedText, original: string, model = screenerModel()): ClassifierReading {
  const length = normalized.text.length;
  const features = extractFeatures(normalized, original, scratch);
  const scores = model.scoreReused(features, length);
  const spans = styleTagSpans(original);
  if (spans.length === 0) return { model, features, scores };
  // Style tags ("8k", "masterpiece"; style-boilerplate.ts) never make a request read as more harmful:
  // it is read again with them weighing nothing, and that reading is kept when it is the less harmful.
  const { kept: quiet, removed } = splitBySpans(features, spans, quietScratch);
  if (quiet === features) return { model, features, scores };
  // A fresh result, so `scores` stays the full reading's: the full reading's sums less the features taken out.
  const quietScores = model.scoreWithout(features, removed, length);
  return harm(model, quietScores) < harm(model, scores) ? { model, features: quiet, scores: quietScores } : { model, features, scores };
}

/** Feature arrays of the second reading (asAdult): the first reading's stay valid beside it. */
const adultScratch = new FeatureBuffers();

/**
 * The model's reading of a request in which the words for a child were replaced by words for an adult (the caller
 * builds that text: prompt-screener.ts, asAdult): fresh scores and its own feature arrays, so the request's own
 * reading (classifierReading, which reuses one set of arrays) stays valid beside it.
 */
export function secondReading(normalized: NormalizedText, original: string, model = screenerModel()): ClassifierReading {
  const features = extractFeatures(normalized, original, adultScratch);
  return { model, features, scores: model.score(features, normalized.text.length) };
}

/** The highest probability among the heads that say harm (not `minor`, which says who is depicted). */
function harm(model: HashedNgramModel, scores: ModelScores): number {
  let most = 0;
  model.header.heads.forEach((head, i) => {
    if (head !== 'minor') most = Math.max(most, scores.probability[i]!);
  });
  return most;
}

/** The score and the n-grams that weighed most for one head of a reading, as evidence. */
export function headEvidence(reading: ClassifierReading, head: Head, original: string): Evidence[] {
  const i = reading.model.header.heads.indexOf(head);
  return evidenceOf(reading.model, reading.features, reading.scores, i, original, head, reading.scores.probability[i]!);
}

/** The signals of a reading (see classifierSignals). */
export function readingSignals(reading: ClassifierReading, original: string, support: LexicalSupport = 'cue'): Signal[] {
  const { model, features, scores } = reading;
  const { heads, thresholds } = model.header;
  const signals: Signal[] = [];
  let weakest: { head: number; p: number } | undefined;
  heads.forEach((head, i) => {
    const p = scores.probability[i]!;
    const t = thresholds[head];
    if (p >= blockingThreshold(t.strong, support)) {
      signals.push(signal(head, strongScore(p, t.strong), REASONS[head], evidenceOf(model, features, scores, i, original, head, p)));
    } else if (p >= blockingThreshold(t.weak, support) && (head === 'undress' || head === 'sexual') && (weakest === undefined || p > weakest.p)) {
      weakest = { head: i, p };
    }
  });
  if (weakest && !signals.some((s) => s.category !== 'minor')) {
    const head = heads[weakest.head]!;
    signals.push(
      signal(
        'suggestive',
        0.5,
        `The classifier finds the request possibly ${head === 'undress' ? 'undressing' : 'sexual'} (below its blocking threshold).`,
        evidenceOf(model, features, scores, weakest.head, original, head, weakest.p),
      ),
    );
  }
  return signals;
}

/**
 * How the lexicon backs the model on the same text (see lexicalSupport in rules.ts): `cue` when it
 * found a body, clothing or sexual word it left standing (or a person and nothing it explained away),
 * `against` when it explained such words away, `none` when it knows none of the words.
 */
export type LexicalSupport = 'cue' | 'against' | 'none';

/**
 * Without a lexical cue the model must be surer: a third of the way from its strong threshold to
 * certainty. The calibrated threshold kept false positives near the lexicon's on the training benign
 * data; on near-misses the lexicon had read and explained away (masks, negations, emoji without a
 * person, anatomy) the model alone was wrong, so it never blocks there alone. Where the lexicon knows
 * none of the words (a language or a phrasing it lacks) the model is the only reader: a third of the way, not
 * two thirds, since retraining on 39 languages' poses, euphemisms and near-misses (training/DATA_CARD.md)
 * raised out-of-fold recall there at no cost on the development sets (BENCHMARKS.md, "training data v2").
 */
export const UNSUPPORTED_MARGIN = 1 / 3;

/**
 * A head's threshold (strong or weak) under the lexicon's support: as calibrated with a cue, raised
 * when the lexicon knows none of the words, and out of reach when it read them and explained them
 * away ("jogando uma pelada na praia" is football): there the exact layer knows better than the model.
 */
function blockingThreshold(threshold: number, support: LexicalSupport): number {
  if (support === 'against') return Number.POSITIVE_INFINITY;
  return support === 'cue' ? threshold : threshold + UNSUPPORTED_MARGIN * (1 - threshold);
}

const REASONS: Record<Head, string> = {
  undress: 'The classifier reads the request as undressing or revealing a person.',
  sexual: 'The classifier reads the request as sexual or nude content.',
  suggestive: 'The classifier reads the request as sexualised or suggestive.',
  minor: 'The classifier reads the request as referring to a child or teenager.',
};

function signal(category: Category, score: number, reason: string, evidence: Evidence[]): Signal {
  return { detector: PROMPT_CLASSIFIER, category, score, reason, evidence };
}

/** Maps a probability at or above the threshold onto [0.5, 0.95]: present under the default policy threshold. */
function strongScore(p: number, threshold: number): number {
  return Math.round((0.5 + (0.45 * (p - threshold)) / Math.max(1e-9, 1 - threshold)) * 1000) / 1000;
}

function evidenceOf(model: HashedNgramModel, features: ReturnType<typeof extractFeatures>, scores: ModelScores, head: number, original: string, name: Head, p: number): Evidence[] {
  const spans = mergeSpans(model.topContributions(features, scores, head, EVIDENCE_GRAMS));
  return [
    { kind: 'score', name: `${PROMPT_CLASSIFIER}.${name}`, value: Math.round(p * 1000) / 1000 },
    ...spans.map((s): Evidence => ({ kind: 'text', start: s.start, end: s.end, text: original.slice(s.start, s.end), term: `n-gram (${name})` })),
  ];
}

/** Overlapping or touching spans become one, in text order. */
function mergeSpans(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
