import { Z95 } from './wilson.ts';

/** An estimate with an interval; `clamped` says the raw estimate fell outside [0, 1]. */
export interface Estimate {
  value: number | null;
  low: number | null;
  high: number | null;
  /** The unclamped point estimate (can be < 0 or > 1 when the classifier is poor or the sample small). */
  raw: number | null;
  clamped: boolean;
  method: string;
}

/**
 * Rogan-Gladen (1978) true prevalence from an apparent prevalence and the test's sensitivity and
 * specificity: (p + Sp - 1) / (Se + Sp - 1). Returns null when Se + Sp <= 1 (the test carries no
 * information, the formula divides by ~0 or flips sign).
 */
export function roganGladen(apparent: number, sensitivity: number, specificity: number): number | null {
  const youden = sensitivity + specificity - 1;
  if (!(youden > 0)) return null;
  return (apparent + specificity - 1) / youden;
}

export interface RoganGladenInput {
  /** Images the detector flagged, out of n. */
  positives: number;
  n: number;
  sensitivity: number;
  /** Number of truly positive items the sensitivity was estimated on. */
  sensitivityN: number;
  specificity: number;
  /** Number of truly negative items the specificity was estimated on. */
  specificityN: number;
}

/**
 * Rogan-Gladen with a 95% interval by the delta method (Greiner & Gardner 2000):
 * Var = [p(1-p)/n + π²·Se(1-Se)/nSe + (1-π)²·Sp(1-Sp)/nSp] / (Se+Sp-1)², each proportion
 * treated as an independent binomial. The point and bounds are clamped to [0, 1].
 */
export function roganGladenInterval(input: RoganGladenInput, z = Z95): Estimate {
  const { positives, n, sensitivity: se, sensitivityN, specificity: sp, specificityN } = input;
  const method = 'Rogan-Gladen, delta-method 95% interval';
  if (n <= 0 || sensitivityN <= 0 || specificityN <= 0) return { value: null, low: null, high: null, raw: null, clamped: false, method };
  const p = positives / n;
  const raw = roganGladen(p, se, sp);
  if (raw === null) return { value: null, low: null, high: null, raw: null, clamped: false, method };
  const youden = se + sp - 1;
  const variance = ((p * (1 - p)) / n + (raw * raw * (se * (1 - se))) / sensitivityN + ((1 - raw) * (1 - raw) * (sp * (1 - sp))) / specificityN) / (youden * youden);
  const half = z * Math.sqrt(variance);
  return {
    value: clamp01(raw),
    low: clamp01(raw - half),
    high: clamp01(raw + half),
    raw,
    clamped: raw < 0 || raw > 1,
    method,
  };
}

export function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
