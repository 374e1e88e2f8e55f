import type { FaceResult } from './analysis-types.ts';

/**
 * Age estimates carry a measured mean error of about 7 years (worse for the young and the old; see
 * BENCHMARKS.md), so the band is wide and a face is a possible minor whenever the band's low end is
 * under 18: any estimate below 18 + AGE_BAND_MARGIN. See docs/image-analysis.md.
 */
export const AGE_BAND_MARGIN = 10;
export const ADULT_AGE = 18;
/**
 * face-api's age net underestimates older faces (by 12 years at 70+ on the tuning portraits). Above
 * CALIBRATION_PIVOT the estimate is stretched by CALIBRATION_SLOPE per year, fitted on the tuning
 * split (BENCHMARKS.md, "Trust"); at and below the pivot it is unchanged, so no possible-minor flag
 * (estimate under 18 + AGE_BAND_MARGIN = 28) can change through it.
 */
export const CALIBRATION_PIVOT = 30;
export const CALIBRATION_SLOPE = 0.1;

/** The net's estimate with the older-face correction. Pure; the identity up to CALIBRATION_PIVOT. */
export function calibratedAge(raw: number): number {
  return raw + CALIBRATION_SLOPE * Math.max(0, raw - CALIBRATION_PIVOT);
}

/** Builds a FaceResult with the conservative age band. Exported for tests of the band rule. */
export function faceResult(box: [number, number, number, number], score: number, age: number, gender: FaceResult['gender'], genderScore: number, embedding?: number[]): FaceResult {
  const known = Number.isFinite(age) && age > 0;
  if (known) age = calibratedAge(age);
  // An unknown age is treated as possibly minor: fail closed.
  const ageBand = known ? ageBandFor(age) : { low: 0, high: 100 };
  const result: FaceResult = {
    box: box.map((v) => Math.round(v)) as [number, number, number, number],
    score: round(score, 3),
    age: known ? round(age, 1) : Number.NaN,
    ageBand,
    possibleMinor: ageBand.low < ADULT_AGE,
    gender,
    genderScore: round(genderScore, 3),
  };
  if (embedding) result.embedding = embedding;
  return result;
}

export function ageBandFor(age: number): { low: number; high: number } {
  return { low: Math.max(0, Math.floor(age - AGE_BAND_MARGIN)), high: Math.ceil(age + AGE_BAND_MARGIN) };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
