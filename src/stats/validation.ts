import { clamp01, roganGladen, type Estimate } from './rogan-gladen.ts';
import { normal, quantile, seededRandom } from './random.ts';
import { wilson } from './wilson.ts';

/** One human-labelled item: the stratum it was sampled from, the detector's call, the human's. */
export interface LabelledItem {
  stratum: string;
  predicted: boolean;
  truth: boolean;
}

export interface ValidationEstimate {
  labelled: number;
  /** Weighted confusion counts (sampling weights N_stratum / labelled_stratum). */
  weighted: { tp: number; fp: number; fn: number; tn: number };
  precision: Estimate;
  recall: Estimate;
  specificity: Estimate;
  /** Share the detector flagged in the whole corpus. */
  apparent: number;
  /** Rogan-Gladen prevalence, corrected for the estimated sensitivity and specificity. */
  corrected: Estimate;
  bootstrap: { replicates: number; seed: number; discarded: number };
}

interface Rates {
  precision: number | null;
  recall: number | null;
  specificity: number | null;
  corrected: number | null;
  rawCorrected: number | null;
}

/**
 * Precision, recall, specificity and Rogan-Gladen-corrected prevalence from a stratified labelled
 * sample. Items are weighted by how under-sampled their stratum is, so the rates estimate the whole
 * corpus, not the sample. Intervals are stratified-bootstrap percentiles (fixed seed, so the same
 * labels give the same numbers); the apparent prevalence varies binomially in each replicate.
 * With few labels a bootstrap degenerates (5 labels that all agree resample to 100%-100%), so each
 * rate's interval is widened to contain the Wilson score interval on the unweighted labelled counts,
 * and the corrected prevalence's interval to contain Rogan-Gladen at the corners of those intervals.
 */
export function validationEstimates(
  items: readonly LabelledItem[],
  strataSizes: ReadonlyMap<string, number>,
  corpus: { positives: number; n: number },
  options: { replicates?: number; seed?: number } = {},
): ValidationEstimate {
  const replicates = options.replicates ?? 2000;
  const seed = options.seed ?? 20260101;
  const byStratum = new Map<string, LabelledItem[]>();
  for (const item of items) {
    if (!strataSizes.has(item.stratum)) continue;
    const list = byStratum.get(item.stratum) ?? [];
    list.push(item);
    byStratum.set(item.stratum, list);
  }
  // Items with the same labels are interchangeable; sorting makes the bootstrap order-free.
  for (const list of byStratum.values()) list.sort((a, b) => Number(a.truth) - Number(b.truth) || Number(a.predicted) - Number(b.predicted));
  const apparent = corpus.n > 0 ? corpus.positives / corpus.n : Number.NaN;
  const weighted = confusion(byStratum, strataSizes);
  const point = rates(weighted, apparent);

  const random = seededRandom(seed);
  const samples: Record<keyof Omit<Rates, 'rawCorrected'>, number[]> = { precision: [], recall: [], specificity: [], corrected: [] };
  let discarded = 0;
  const apparentSd = corpus.n > 0 ? Math.sqrt((apparent * (1 - apparent)) / corpus.n) : 0;
  // Stable stratum order so the bootstrap stream is the same whatever order labels came in.
  const strata = [...byStratum.keys()].sort();
  for (let b = 0; b < replicates && items.length > 0; b++) {
    const resampled = new Map<string, LabelledItem[]>();
    for (const s of strata) {
      const list = byStratum.get(s)!;
      resampled.set(
        s,
        list.map(() => list[Math.floor(random() * list.length)]!),
      );
    }
    const r = rates(confusion(resampled, strataSizes), clamp01(apparent + normal(random) * apparentSd));
    if (r.precision !== null) samples.precision.push(r.precision);
    if (r.recall !== null) samples.recall.push(r.recall);
    if (r.specificity !== null) samples.specificity.push(r.specificity);
    if (r.corrected !== null) samples.corrected.push(r.corrected);
    else discarded++;
  }
  const method = `stratified bootstrap, ${replicates} replicates, 95% percentile interval, widened to contain the Wilson 95% interval on the labelled counts`;
  const estimate = (value: number | null, list: number[], floor: { low: number | null; high: number | null }, raw: number | null = value): Estimate => {
    const sorted = list.sort((a, b) => a - b);
    const ok = value !== null && sorted.length > 0;
    return {
      value: value === null ? null : clamp01(value),
      low: ok ? Math.min(quantile(sorted, 0.025), floor.low ?? 1) : null,
      high: ok ? Math.max(quantile(sorted, 0.975), floor.high ?? 0) : null,
      raw,
      clamped: raw !== null && (raw < 0 || raw > 1),
      method,
    };
  };
  const counts = confusion(byStratum, new Map([...byStratum].map(([s, list]) => [s, list.length])));
  const recallWilson = wilson(counts.tp, counts.tp + counts.fn);
  const specificityWilson = wilson(counts.tn, counts.tn + counts.fp);
  return {
    labelled: [...byStratum.values()].reduce((a, l) => a + l.length, 0),
    weighted,
    precision: estimate(point.precision, samples.precision, wilson(counts.tp, counts.tp + counts.fp)),
    recall: estimate(point.recall, samples.recall, recallWilson),
    specificity: estimate(point.specificity, samples.specificity, specificityWilson),
    apparent,
    corrected: { ...estimate(point.corrected, samples.corrected, correctedCorners(corpus, recallWilson, specificityWilson), point.rawCorrected), method: `Rogan-Gladen; ${method}` },
    bootstrap: { replicates, seed, discarded },
  };
}

/** Rogan-Gladen over the corners of the apparent, recall and specificity Wilson intervals. */
function correctedCorners(corpus: { positives: number; n: number }, recall: { low: number | null; high: number | null }, specificity: { low: number | null; high: number | null }) {
  if (corpus.n === 0 || recall.low === null || recall.high === null || specificity.low === null || specificity.high === null) return { low: null, high: null };
  const apparent = wilson(corpus.positives, corpus.n);
  const values: number[] = [];
  for (const a of [apparent.low!, apparent.high!]) {
    for (const se of [recall.low, recall.high]) {
      for (const sp of [specificity.low, specificity.high]) {
        const v = roganGladen(a, se, sp);
        if (v !== null) values.push(clamp01(v));
      }
    }
  }
  return values.length ? { low: Math.min(...values), high: Math.max(...values) } : { low: null, high: null };
}

function confusion(byStratum: ReadonlyMap<string, readonly LabelledItem[]>, sizes: ReadonlyMap<string, number>) {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const [stratum, list] of byStratum) {
    if (list.length === 0) continue;
    const w = (sizes.get(stratum) ?? 0) / list.length;
    for (const item of list) {
      if (item.predicted && item.truth) c.tp += w;
      else if (item.predicted) c.fp += w;
      else if (item.truth) c.fn += w;
      else c.tn += w;
    }
  }
  return c;
}

function rates(c: { tp: number; fp: number; fn: number; tn: number }, apparent: number): Rates {
  const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
  const recall = ratio(c.tp, c.tp + c.fn);
  const specificity = ratio(c.tn, c.tn + c.fp);
  const raw = recall !== null && specificity !== null && Number.isFinite(apparent) ? roganGladen(apparent, recall, specificity) : null;
  return { precision: ratio(c.tp, c.tp + c.fp), recall, specificity, corrected: raw === null ? null : clamp01(raw), rawCorrected: raw };
}
