// The detectors' measured error rates, recorded as data from BENCHMARKS.md, for the transparency
// report's "automated means" section (DSA Art 15(1)(e): accuracy indicators and error rates).
// Update these rows when BENCHMARKS.md changes; regulatory.test.ts checks each figure is still there.

export interface DetectorErrorRate {
  detector: string;
  /** What was measured, on what. */
  measure: string;
  /** Errors / trials. */
  errors: number;
  trials: number;
  /** Where the figure comes from (BENCHMARKS.md section and the command). */
  source: string;
  /** The figure as BENCHMARKS.md writes it, to check the row against the file. */
  asWritten: string;
}

export const DETECTOR_ERROR_RATES: readonly DetectorErrorRate[] = [
  {
    detector: 'prompt-screener',
    measure: 'Missed harmful requests (1 − recall), held-out set',
    errors: 13,
    trials: 141,
    source: 'BENCHMARKS.md, Prompt screening (npm run eval:prompts): held-out recall 0.908 (128 of 141)',
    asWritten: '0.908',
  },
  {
    detector: 'prompt-screener',
    measure: 'Benign requests blocked or sent to review (FPR), held-out set',
    errors: 6,
    trials: 120,
    source: 'BENCHMARKS.md, Prompt screening (npm run eval:prompts): held-out FPR 0.050',
    asWritten: '0.050',
  },
  {
    detector: 'prompt-screener',
    measure: 'Missed harmful requests, devset-2 before tuning on it (out-of-sample)',
    errors: 39,
    trials: 160,
    source: 'BENCHMARKS.md, Prompt screening: devset-2 recall 0.756 before tuning',
    asWritten: '0.756',
  },
  {
    detector: 'image (nudity, nsfwjs MobileNetV2)',
    measure: 'Clothed adults rated other than "none" (false positives)',
    errors: 12,
    trials: 65,
    source: 'BENCHMARKS.md, Nudity (npm run eval:nudity): 12/65, all tight face crops',
    asWritten: '12/65',
  },
];
