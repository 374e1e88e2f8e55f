// Whether each person's torso is covered, for an image that nsfwjs rates `suggestive`. nsfwjs's `Sexy`
// class fires on party dresses, crop tops and tennis outfits as readily as on bikinis (0.7-0.98 on
// everyday photos of clothed women, BENCHMARKS.md, "Covered torsos"), and with an age estimate under
// 28 that made ordinary photos of adult women `floor.minor_sexualised`. Swimwear, lingerie and nudity
// all leave some part of the torso bare: the chest, the midriff or the hips. So a pose (MoveNet) places
// each person's shoulders and hips, and three bands of the torso between them are searched for that
// person's own skin colour with the lenient test (body-skin.ts, isPossibleSkin: other light, colour
// casts, highlights), which errs towards counting skin. Only when every person in the image is
// located and every band of every torso is mostly not skin is the `suggestive` reading taken as
// clothing rather than exposure. Anything unmeasured (no pose, a cropped torso, a grey picture, a
// low-confidence face, more people than are measured) keeps the reading as it was.
import { type Box, isPossibleSkin, type SkinModel, skinModel } from './body-skin.ts';

interface Rgb {
  data: Uint8Array;
  width: number;
  height: number;
}

export type Point = readonly [number, number];
export interface TorsoPoints {
  leftShoulder: Point;
  rightShoulder: Point;
  leftHip: Point;
  rightHip: Point;
}

/** Share of possible skin in one person's torso bands. */
export interface TorsoBands {
  chest: number;
  midriff: number;
  hips: number;
}

export const TORSO_COVER = Object.freeze({
  /** A band with at least this share of possible skin is bare; every band of every torso must stay under it. */
  maxBareShare: 0.3,
  /** Shoulders-to-hips distance, in face heights, of an upright torso seen from the front or the side. */
  torsoFaceHeights: [1, 3.5] as const,
  /** The chest band must lie this much inside the image (a torso cropped above the chest is not measured). */
  minInside: 0.8,
  /** The face's chromaticity distance from grey, under which skin cannot be told from cloth by colour. */
  minFaceChroma: 0.03,
  /** Each band is sampled on at most this many columns and rows (bounded work per person). */
  samples: 48,
});

/**
 * The three bands, as fractions of the shoulders-to-hips distance t (0 at the shoulders, 1 at the hip
 * joints), and how much of the torso's width each takes: the chest below the collarbones, the midriff
 * from below the chest to the waist, and the pelvis from below the waist to the hip joints, widened by a
 * tenth on each side (a bikini's sides). The thighs are not a band: bare legs below shorts or a skirt are
 * everyday clothing.
 */
const BANDS: ReadonlyArray<{ name: keyof TorsoBands; t: readonly [number, number]; widen: number }> = [
  { name: 'chest', t: [0.15, 0.45], widen: -0.1 },
  { name: 'midriff', t: [0.5, 0.78], widen: -0.1 },
  { name: 'hips', t: [0.82, 1.05], widen: 0.1 },
];

/**
 * Possible skin in each torso band of the person whose face is `face` and whose shoulders and hips are
 * `points` (image pixels); a string saying why when it cannot be measured. Linear in the bands' sampled
 * pixels, at most 3 x samples^2. Pure.
 */
export function measureTorso(image: Rgb, face: Box, points: TorsoPoints): TorsoBands | string {
  const model = skinModel(image, face);
  if (!model) return 'no skin colour could be read from the face';
  if (Math.hypot(model.mean[0] - 1 / 3, model.mean[1] - 1 / 3) < TORSO_COVER.minFaceChroma) return 'too little colour to tell skin from cloth';
  const { leftShoulder: ls, rightShoulder: rs, leftHip: lh, rightHip: rh } = points;
  const shoulderY = (ls[1] + rs[1]) / 2;
  const hipY = (lh[1] + rh[1]) / 2;
  const length = hipY - shoulderY;
  const [low, high] = TORSO_COVER.torsoFaceHeights;
  if (!(length >= low * face[3] && length <= high * face[3])) return 'the pose is not an upright torso below the face';
  const bands = {} as TorsoBands;
  for (const band of BANDS) {
    const share = bandSkin(image, model, shoulderY, length, [Math.min(ls[0], rs[0]), Math.max(ls[0], rs[0])], [Math.min(lh[0], rh[0]), Math.max(lh[0], rh[0])], band);
    if (share === undefined) return `the ${band.name} is not in the picture`;
    bands[band.name] = share;
  }
  return bands;
}

function bandSkin(image: Rgb, model: SkinModel, top: number, length: number, shoulders: Point, hips: Point, band: (typeof BANDS)[number]): number | undefined {
  const { samples } = TORSO_COVER;
  let [total, inside, skin] = [0, 0, 0];
  for (let r = 0; r < samples; r++) {
    const t = band.t[0] + ((r + 0.5) / samples) * (band.t[1] - band.t[0]);
    const y = Math.floor(top + t * length);
    // The torso's edges at this height, between the shoulders' and the hips' (past the hips, the hips').
    const k = Math.min(1, t);
    const left = shoulders[0] * (1 - k) + hips[0] * k;
    const right = shoulders[1] * (1 - k) + hips[1] * k;
    const grow = band.widen * (right - left);
    for (let c = 0; c < samples; c++) {
      const x = Math.floor(left - grow + ((c + 0.5) / samples) * (right - left + 2 * grow));
      total++;
      if (x < 0 || y < 0 || x >= image.width || y >= image.height) continue;
      inside++;
      if (isPossibleSkin(model, image.data, (y * image.width + x) * 3)) skin++;
    }
  }
  // The chest must be in the picture. Below it, what the picture does not show is not exposed: a
  // waist-up photo has no pelvis to measure, and the part of a band inside the frame is measured alone.
  if (band.name === 'chest' && inside < TORSO_COVER.minInside * total) return undefined;
  return inside === 0 ? 0 : Math.round((skin / inside) * 1000) / 1000;
}

/** Whether a torso's bands are all mostly not skin. */
export function isCovered(bands: TorsoBands): boolean {
  return bands.chest < TORSO_COVER.maxBareShare && bands.midriff < TORSO_COVER.maxBareShare && bands.hips < TORSO_COVER.maxBareShare;
}
