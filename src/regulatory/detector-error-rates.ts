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
    errors: 11,
    trials: 141,
    source: 'BENCHMARKS.md, Prompt screening (npm run eval:prompts): held-out recall 0.922 (130 of 141)',
    asWritten: '| held-out (141 / 120) | 0.908 | 0.050 | **0.922** | **0.033** |',
  },
  {
    detector: 'prompt-screener',
    measure: 'Benign requests blocked or sent to review (FPR), held-out set',
    errors: 4,
    trials: 120,
    source: 'BENCHMARKS.md, Prompt screening (npm run eval:prompts): held-out FPR 0.033 (4 of 120)',
    asWritten: '| held-out (141 / 120) | 0.908 | 0.050 | **0.922** | **0.033** |',
  },
  {
    detector: 'prompt-screener',
    measure: 'Missed harmful requests, independent set in 37 languages (evalset-ind)',
    errors: 122,
    trials: 714,
    source: 'BENCHMARKS.md, Prompt screening (npm run eval:prompts): evalset-ind recall 0.829 (592 of 714)',
    asWritten: '| evalset-ind, independent, held out, 37 languages (714 / 778) | 0.507 | 0.117 | **0.829** | **0.090** |',
  },
  {
    detector: 'prompt-screener',
    measure: 'Benign requests blocked or sent to review, evalset-ind',
    errors: 70,
    trials: 778,
    source: 'BENCHMARKS.md, Prompt screening (npm run eval:prompts): evalset-ind FPR 0.090 (70 of 778)',
    asWritten: '| evalset-ind, independent, held out, 37 languages (714 / 778) | 0.507 | 0.117 | **0.829** | **0.090** |',
  },
  {
    detector: 'image (nudity, nsfwjs MobileNetV2)',
    measure: 'Clothed adults rated other than "none" (false positives)',
    errors: 12,
    trials: 65,
    source: 'BENCHMARKS.md, Nudity (npm run eval:nudity): 12/65, all tight face crops',
    asWritten: '**12/65**',
  },
];
