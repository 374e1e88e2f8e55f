// How far the image analysis can be trusted, as measured on photos of clothed adults. Reports print
// these beside their figures. The numbers come from bench/images-trust-eval.ts on the held-out split
// (BENCHMARKS.md, "Trust"); re-measure and update them whenever a model or threshold changes.
import { LOW_RESOLUTION_SIDE, NUDITY_THRESHOLDS } from './nudity-level.ts';
import { NSFW_MODEL, SECOND_OPINION_MODEL } from './nudity-model.ts';
import { ADULT_AGE, AGE_BAND_MARGIN } from './age-band.ts';
import { SAME_PERSON_SIMILARITY } from './compare-edit.ts';
import { BODY_SKIN_CAP_FACE_AREAS, BODY_SKIN_CAP_STRAY_SHARE, CLOSE_UP_LIMITS, MIN_FACE_SCORE } from './body-skin.ts';
import { FACE_EMBEDDING_MODEL } from './face-embedding.ts';

export interface MeasuredTrust {
  /** Where and how the figures were measured. */
  source: string;
  /** Clothed adults' photos rated above `none` (false positives): k of n. */
  clothedRatedAboveNone: { k: number; n: number };
  /** Of those, rated partial or explicit ("undressed"). */
  clothedRatedUndressed: { k: number; n: number };
  /** Labelled adult portraits whose age band reached under 18 (a possible minor). */
  adultsFlaggedPossibleMinor: { k: number; n: number };
  /** Mean absolute age error against the labelled bin's midpoint, in years. */
  ageMaeYears: number;
  /** Share of labelled portraits whose gender estimate matched the label. */
  genderAccuracy: { k: number; n: number };
  /** Face matching at SAME_PERSON_SIMILARITY over every pair of shared faces (npm run eval:face-match). */
  faceMatching: FaceMatchingTrust;
}

export interface FaceMatchingTrust {
  source: string;
  embeddingModel: string;
  threshold: number;
  /** Same-person pairs across different photos that were not matched (false non-matches): k of n. */
  falseNonMatches: { k: number; n: number };
  /** Different-person pairs matched (false matches), among the tuning faces and with a held-out face. */
  falseMatchesTuning: { k: number; n: number };
  falseMatchesHeldOut: { k: number; n: number };
  /** Faces found but given no embedding (landmarks that do not fit a frontal face: profiles, false detections). */
  facesWithoutIdentity: { k: number; n: number };
}

export const MEASURED_TRUST: MeasuredTrust = Object.freeze({
  source:
    'bench/images-trust-eval.ts --split holdout: 18 held-out FairFace portraits of adults (shared/data/age-gender) and 11 photos of clothed adults (shared/data/people); BENCHMARKS.md, "Trust", "Age and gender: aligned crops", "Age and gender: refined landmarks" and "Clothed portraits rated none"',
  // 4/29 before the close-up test (body-skin.ts, clearClothedCloseUp), all capped at suggestive; 1/29 after it (a face
  // filling 60% of the frame). With 29 images the Wilson interval still reaches about 17%; on the tuning split 2/47 stay suggestive.
  clothedRatedAboveNone: { k: 1, n: 29 },
  // 4/29 before the body-skin cap (body-skin.ts).
  clothedRatedUndressed: { k: 0, n: 29 },
  adultsFlaggedPossibleMinor: { k: 4, n: 18 },
  ageMaeYears: 9.55,
  // Gender from crops aligned on the refined two-pass landmarks and their mirror images (13/18 from the box crop, 14/18 from
  // single-pass landmarks; BENCHMARKS.md, "Age and gender: aligned crops" and "Age and gender: refined landmarks").
  genderAccuracy: { k: 15, n: 18 },
  faceMatching: Object.freeze({
    source:
      'npm run eval:face-match: every pair of the 107 faces found in shared/data/people and the FairFace portraits; threshold chosen on the tuning faces; BENCHMARKS.md, "Face matching, aligned"',
    embeddingModel: FACE_EMBEDDING_MODEL,
    threshold: SAME_PERSON_SIMILARITY,
    falseNonMatches: { k: 0, n: 11 },
    falseMatchesTuning: { k: 0, n: 2474 },
    falseMatchesHeldOut: { k: 0, n: 1431 },
    facesWithoutIdentity: { k: 18, n: 107 },
  }),
});

/** The models and thresholds behind an analysis, for a report's Method section. */
export function analysisMethod() {
  return {
    models: {
      nudity: `nsfwjs ${NSFW_MODEL}, with ${SECOND_OPINION_MODEL} averaged in when ${NSFW_MODEL} rates an image partial or explicit; partial/explicit capped at suggestive without body skin of the faces' own colour, and a capped close-up rated none when a stricter second test finds no skin under other light either`,
      faces: `Human BlazeFace detector; face-api age/gender net (age from the square box crop; gender from a crop aligned on the eye and mouth centres of the refined 68 landmarks (two passes, frontal fit check), averaged with its mirror image); identity: face-api 68 landmarks, dlib's aligned chip and its mirror through face-api's recognition net (${FACE_EMBEDDING_MODEL})`,
    },
    thresholds: {
      nudity: { ...NUDITY_THRESHOLDS },
      lowResolutionSide: LOW_RESOLUTION_SIDE,
      bodySkin: `partial/explicit needs ${BODY_SKIN_CAP_FACE_AREAS} face area of body skin or ${BODY_SKIN_CAP_STRAY_SHARE * 100}% of the image as skin outside people's regions, measured with the colour of faces scoring ${MIN_FACE_SCORE}+; else suggestive`,
      clothedCloseUp: `a capped reading is rated none when every model's Sexy is under ${CLOSE_UP_LIMITS.maxSexy}, the largest face covers ${CLOSE_UP_LIMITS.minFaceShare * 100}%+ of the frame, the faces' chromaticity lies ${CLOSE_UP_LIMITS.minFaceChroma}+ from grey, possible skin of the faces' colour under other light (0.25-3.5x brightness, casts, blown highlights) is under ${CLOSE_UP_LIMITS.maxPossibleSkin} face areas and under ${CLOSE_UP_LIMITS.maxBelowFaceSkinShare * 100}% of the frame below the face, and skin of any tone under ${CLOSE_UP_LIMITS.maxAnyToneSkin} face area outside the faces`,
      possibleMinor: `age estimate below ${ADULT_AGE + AGE_BAND_MARGIN} (band of ±${AGE_BAND_MARGIN} years reaching under ${ADULT_AGE})`,
      samePersonSimilarity: SAME_PERSON_SIMILARITY,
    },
    measured: MEASURED_TRUST,
  };
}
