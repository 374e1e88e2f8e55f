/** A proportion with its confidence interval. */
export interface Proportion {
  /** Successes. */
  k: number;
  /** Trials. */
  n: number;
  /** k / n, or null when n is 0 (no data is not a rate of zero). */
  p: number | null;
  low: number | null;
  high: number | null;
}

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for k successes in n trials (Wilson 1927; Newcombe 1998, method 3).
 * Unlike the Wald interval it stays inside [0, 1] and is not degenerate at 0/n or n/n.
 * @example wilson(8, 10) // { p: 0.8, low: 0.4902, high: 0.9433 } (rounded)
 */
export function wilson(k: number, n: number, z = Z95): Proportion {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || n < 0 || k > n) {
    throw new RangeError(`wilson: need integers 0 <= k <= n, got k=${k}, n=${n}`);
  }
  if (n === 0) return { k, n, p: null, low: null, high: null };
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At k = 0 or k = n the bound is exactly 0 or 1; floating point leaves ~1e-17 otherwise.
  const low = k === 0 ? 0 : Math.max(0, centre - half);
  const high = k === n ? 1 : Math.min(1, centre + half);
  return { k, n, p, low, high };
}
