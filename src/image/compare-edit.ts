import type { FaceResult, ImageAnalysis, NudityLevel, NudityResult } from './analysis-types.ts';
import { exposureScore, LEVEL_RANK } from './nudity-level.ts';

/**
 * Cosine similarity of unit face embeddings (face-embedding.ts: dlib's aligned chip and its mirror)
 * from which two faces are taken for the same person. Chosen on the tuning faces of
 * `npm run eval:face-match` (BENCHMARKS.md, "Face matching, aligned"): the 11 same-person pairs
 * across different photos scored 0.961-1.000 and the different-person tuning pairs at most 0.945;
 * this is the midpoint. On the held-out faces no different-person pair reached it (max 0.936). The
 * margin is thin (0.008 each side) and the photos few: a fixed point, not a guarantee.
 */
export const SAME_PERSON_SIMILARITY = 0.953;
/** A rise of the exposure score (Porn + Hentai + Sexy / 2) this large counts even within one level. */
export const EXPOSURE_RISE = 0.3;

export interface NudityState {
  level: NudityLevel;
  exposure: number;
}

export interface PersonChange {
  beforeFace: number;
  afterFace: number;
  /** Cosine similarity of the two face embeddings, in [-1, 1]. */
  similarity: number;
  /** Where the nudity was measured: the person's body region in both images, or the whole images. */
  basis: 'region' | 'global';
  /** How the output's body region was found: a pose (photos of several people) or a guess from the face. */
  regionFrom?: 'pose' | 'face';
  before: NudityState;
  after: NudityState;
  /** Levels gained (negative when exposure fell). */
  levelChange: number;
  exposureChange: number;
  undressing: boolean;
  box: [number, number, number, number];
}

export interface EditComparison {
  people: PersonChange[];
  /** Faces of the input with no match in the output, and vice versa. */
  unmatchedBefore: number[];
  unmatchedAfter: number[];
  global: { before: NudityState; after: NudityState; levelChange: number; exposureChange: number; rose: boolean };
  /** The same person is more exposed after the edit. */
  undressingEdit: boolean;
  /** Exposure rose in the whole image though no person could be matched across the edit. */
  unattributedRise: boolean;
  reasons: string[];
}

export interface CompareOptions {
  samePersonSimilarity?: number;
  exposureRise?: number;
}

/**
 * Compares the analyses of an edit's input and output: matches people by face embedding and
 * reports, per matched person, the identity similarity and the change in nudity (in the person's
 * body region where both images have one, otherwise in the whole image). Pure: takes detector
 * outputs as data.
 *
 * @example
 * const cmp = compareEdit(await analyzer.analyze(input, { embeddings: true, regions: true }),
 *                         await analyzer.analyze(output, { embeddings: true, regions: true }));
 * if (cmp.undressingEdit) refuse(cmp.reasons);
 */
export function compareEdit(before: ImageAnalysis, after: ImageAnalysis, options: CompareOptions = {}): EditComparison {
  const threshold = options.samePersonSimilarity ?? SAME_PERSON_SIMILARITY;
  const rise = options.exposureRise ?? EXPOSURE_RISE;
  const globalBefore = state(before.nudity);
  const globalAfter = state(after.nudity);
  const globalLevelChange = LEVEL_RANK[globalAfter.level] - LEVEL_RANK[globalBefore.level];
  const globalExposureChange = round(globalAfter.exposure - globalBefore.exposure);
  const globalRose = rises(globalBefore, globalAfter, rise);

  const people: PersonChange[] = [];
  const usedAfter = new Set<number>();
  const usedBefore = new Set<number>();
  // Greedy matching on the most similar pairs first; each face is used once.
  const candidates: Array<{ i: number; j: number; s: number }> = [];
  before.faces.forEach((a, i) =>
    after.faces.forEach((b, j) => {
      const s = similarity(a, b);
      if (s !== undefined && s >= threshold) candidates.push({ i, j, s });
    }),
  );
  candidates.sort((x, y) => y.s - x.s);
  for (const { i, j, s } of candidates) {
    if (usedBefore.has(i) || usedAfter.has(j)) continue;
    usedBefore.add(i);
    usedAfter.add(j);
    const a = before.faces[i]!;
    const b = after.faces[j]!;
    const basis = a.region && b.region ? 'region' : 'global';
    const sBefore = basis === 'region' ? state(a.region!.nudity) : globalBefore;
    const sAfter = basis === 'region' ? state(b.region!.nudity) : globalAfter;
    // A region reading can miss what the whole image shows (a body outside the crop), so the
    // person counts as undressed when either the region or, with one person, the image rose.
    const regionRose = rises(sBefore, sAfter, rise);
    const soleRose = before.faces.length === 1 && after.faces.length === 1 && globalRose;
    people.push({
      beforeFace: i,
      afterFace: j,
      similarity: round(s),
      basis,
      before: sBefore,
      after: sAfter,
      levelChange: LEVEL_RANK[sAfter.level] - LEVEL_RANK[sBefore.level],
      exposureChange: round(sAfter.exposure - sBefore.exposure),
      undressing: regionRose || soleRose,
      ...(basis === 'region' && b.region!.basis ? { regionFrom: b.region!.basis } : {}),
      box: b.region?.box ?? b.box,
    });
  }
  const unmatchedBefore = before.faces.map((_, i) => i).filter((i) => !usedBefore.has(i));
  const unmatchedAfter = after.faces.map((_, j) => j).filter((j) => !usedAfter.has(j));
  const undressingEdit = people.some((p) => p.undressing);
  const unattributedRise = !undressingEdit && globalRose && before.faces.length > 0;

  const reasons: string[] = [];
  for (const p of people.filter((x) => x.undressing)) {
    reasons.push(
      `The same person (face similarity ${p.similarity.toFixed(2)}) is more exposed after the edit: ${p.before.level} → ${p.after.level} (exposure ${p.before.exposure.toFixed(2)} → ${p.after.exposure.toFixed(2)}, ${p.basis}${p.regionFrom === 'pose' ? ' from a pose' : ''}).`,
    );
  }
  if (unattributedRise) {
    reasons.push(`The image is more exposed after the edit (${globalBefore.level} → ${globalAfter.level}) and the person in the input could not be matched in the output.`);
  }
  return {
    people,
    unmatchedBefore,
    unmatchedAfter,
    global: { before: globalBefore, after: globalAfter, levelChange: globalLevelChange, exposureChange: globalExposureChange, rose: globalRose },
    undressingEdit,
    unattributedRise,
    reasons,
  };
}

/** Cosine similarity of two faces' embeddings, or undefined when either has none. */
export function faceSimilarity(a: FaceResult, b: FaceResult): number | undefined {
  return similarity(a, b);
}

function similarity(a: FaceResult, b: FaceResult): number | undefined {
  if (!a.embedding || !b.embedding || a.embedding.length !== b.embedding.length || a.embedding.length === 0) return undefined;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let k = 0; k < a.embedding.length; k++) {
    dot += a.embedding[k]! * b.embedding[k]!;
    na += a.embedding[k]! ** 2;
    nb += b.embedding[k]! ** 2;
  }
  return dot / (Math.sqrt(na * nb) || 1);
}

function state(n: NudityResult): NudityState {
  return { level: n.level, exposure: round(exposureScore(n.classes)) };
}

/** Exposure rose: a higher level that is at least suggestive, or a large rise of the score. */
function rises(a: NudityState, b: NudityState, rise: number): boolean {
  const levelUp = LEVEL_RANK[b.level] > LEVEL_RANK[a.level] && LEVEL_RANK[b.level] >= LEVEL_RANK.suggestive;
  return levelUp || b.exposure - a.exposure >= rise;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
