// Evidence of exposed body skin, measured with each person's own skin colour. nsfwjs reads a face
// close-up as nudity because skin fills its 224 px frame (BENCHMARKS.md, "Nudity"); a face alone is
// never nude. So a `partial` or `explicit` reading needs skin outside the faces: each detected face's
// central region (cheeks and nose) gives that person's skin colour, as chromaticity, which does not
// depend on brightness, and pixels of the person's body region outside every face box are counted
// when their colour is that person's. The model is relative to the face by construction, so it holds
// for every skin tone; there is no fixed skin-colour range. Work is on a copy of at most
// BODY_SKIN_SIDE pixels on its longer side. Without body skin the reading is capped at `suggestive`;
// only a second, stricter test that counts generously (other light, colour casts, any skin tone,
// bare shoulders in a tight crop) may take a clothed close-up on to `none` (clearClothedCloseUp).
import type { NudityResult } from './analysis-types.ts';
import { LEVEL_RANK } from './nudity-level.ts';

export type Box = [number, number, number, number];

/** Longer side of the downscaled copy the measurement runs on. */
export const BODY_SKIN_SIDE = 128;

/**
 * Body skin, in face areas, under which a `partial`/`explicit` reading is capped at `suggestive`.
 * A neck, collar and hands measure 0.1-0.9 face areas on clothed adults; a bare chest below a face shows
 * two or more (BENCHMARKS.md, "Body skin").
 */
export const BODY_SKIN_CAP_FACE_AREAS = 1;
/** Stray skin (not in a confident person's body region), as a share of the image, under which the cap may apply. */
export const BODY_SKIN_CAP_STRAY_SHARE = 0.05;
/** Detector score from which a face's box is trusted to show that person's skin. */
export const MIN_FACE_SCORE = 0.5;

/** Squared Mahalanobis distance in chromaticity within which a pixel is the face's skin colour. */
const MATCH_DISTANCE_SQ = 6;
/** Share of the face sample, nearest its median colour, that the skin model is fitted to. */
const CORE_SHARE = 0.6;
/** A 2-D normal's inner 60% has about half its variance; the core's covariance is widened by this. */
const CORE_WIDEN = 2;
/** Floor on the chromaticity spread (JPEG noise, an evenly lit face), so the model is never a point. */
const MIN_CHROMA_SD = 0.006;
/** Brightness range, relative to the face's median, of a pixel of that face's skin (shade, sunlight). */
const BRIGHTNESS_RANGE: readonly [number, number] = [0.45, 2];
/** A red channel at or above this is taken as clipped (overexposed). */
const CLIPPED = 250;
/** Red minus blue of a clipped pixel for it to count as warm (skin) rather than white. */
const MIN_WARMTH = 16;
/** Below this sum of R+G+B a pixel's chromaticity is noise; it is never counted as skin. */
const MIN_INTENSITY = 24;

/**
 * The second, stricter test that may rate a capped close-up `none` (clearClothedCloseUp): every limit
 * must hold, and each errs towards keeping `suggestive`. Chosen on the tuning split and the people
 * photos (BENCHMARKS.md, "Clothed portraits rated none").
 */
export const CLOSE_UP_LIMITS = Object.freeze({
  /** Each model's `Sexy` (swimwear, lingerie) under this: a fifth of the suggestive threshold. */
  maxSexy: 0.1,
  /** Possible skin (lenient measure, anywhere outside the confident faces), in the largest face's areas. */
  maxPossibleSkin: 0.5,
  /** Skin of any tone (a fixed skin locus, anywhere outside the confident faces), in the largest face's areas. */
  maxAnyToneSkin: 1,
  /**
   * Possible skin as a share of the frame below the largest face (the body of an upright person): a
   * head-and-shoulders crop shows under half a face area of body at all, so bare shoulders filling it
   * must keep `suggestive` however few face areas they make.
   */
  maxBelowFaceSkinShare: 0.5,
  /** The largest confident face's box as a share of the frame: a close-up, where the models' measured failure lies. */
  minFaceShare: 0.2,
  /** Each confident face's chromaticity distance from grey: under it the picture has too little colour to measure. */
  minFaceChroma: 0.03,
});
/** Lenient brightness range, relative to the face, of possible skin: shade to sunlight, flash, a lamp. */
const LENIENT_BRIGHTNESS: readonly [number, number] = [0.25, 3.5];
/** Lenient Mahalanobis distance (squared) from the face's colour. */
const LENIENT_DISTANCE_SQ = 12;
/** Radius in log-chromaticity (log R/G, log B/G) of a colour cast between face and body: about ±20% per channel. */
const CAST_RADIUS = 0.2;
/** Pixel noise, in levels per channel, by which the log-chromaticity tolerance grows on dark pixels. */
const CHANNEL_NOISE = 2;

export interface SkinModel {
  /** Mean chromaticity r = R/(R+G+B), g = G/(R+G+B). */
  mean: [number, number];
  /** Inverse of the 2x2 covariance (regularised), row-major [a, b, b, d]. */
  inverse: [number, number, number, number];
  /** Median R+G+B of the sampled pixels. */
  brightness: number;
  samples: number;
}

export interface BodySkinMeasure {
  /**
   * Per face (in the order given): skin pixels of its colour in its body region outside all faces, in
   * its own face areas; 0 for a face under MIN_FACE_SCORE (a box on a dress or a wall would give the
   * dress's colour, and a small box inflates the ratio), whose colour still counts in strayShare.
   */
  perFace: number[];
  /** Largest of perFace. */
  faceAreas: number;
  /**
   * Pixels outside every face and every confident face's body region (a body lying far from its face,
   * a person whose face was not found) matching any face's skin, as a share of the image.
   */
  strayShare: number;
  /** Confident faces (MIN_FACE_SCORE) whose skin could be sampled; with none, no cap applies. */
  sampled: number;
  /** The lenient measures behind the stricter test for `none` (clearClothedCloseUp). */
  closeUp: CloseUpMeasure;
}

export interface CloseUpMeasure {
  /** The largest confident face's box as a share of the image. */
  faceShare: number;
  /**
   * Pixels anywhere outside the confident faces that may be one of their skins under another light
   * (0.25-3.5x the face's brightness, a colour cast, blown-out highlights), in the largest face's areas.
   */
  possibleSkin: number;
  /** Pixels anywhere outside the confident faces in a fixed locus of every skin tone, in the largest face's areas. */
  anyToneSkin: number;
  /** Possible skin as a share of the rows below the largest confident face (outside the faces); 0 when none are left. */
  belowFaceSkinShare: number;
  /** The least chromaticity distance from grey among the confident faces (0 with none). */
  faceChroma: number;
}

interface Rgb {
  data: Uint8Array;
  width: number;
  height: number;
}

/** A box-averaged copy whose longer side is at most `side`; boxes scale by the returned factor. */
export function downscale(image: Rgb, side = BODY_SKIN_SIDE): Rgb & { scale: number } {
  const k = Math.max(1, Math.ceil(Math.max(image.width, image.height) / side));
  if (k === 1) return { ...image, scale: 1 };
  const width = Math.floor(image.width / k);
  const height = Math.floor(image.height / k);
  const data = new Uint8Array(width * height * 3);
  const n = k * k;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let dy = 0; dy < k; dy++) {
        let i = ((y * k + dy) * image.width + x * k) * 3;
        for (let dx = 0; dx < k; dx++, i += 3) {
          r += image.data[i]!;
          g += image.data[i + 1]!;
          b += image.data[i + 2]!;
        }
      }
      const o = (y * width + x) * 3;
      data[o] = r / n;
      data[o + 1] = g / n;
      data[o + 2] = b / n;
    }
  }
  return { data, width, height, scale: 1 / k };
}

/** The skin colour of a face from the central part of its box (cheeks, nose; not eyes, hair, background). */
export function skinModel(image: Rgb, face: Box): SkinModel | undefined {
  const [fx, fy, fw, fh] = face;
  const x1 = clampInt(fx + 0.3 * fw, 0, image.width);
  const x2 = clampInt(fx + 0.7 * fw, 0, image.width);
  const y1 = clampInt(fy + 0.45 * fh, 0, image.height);
  const y2 = clampInt(fy + 0.75 * fh, 0, image.height);
  const rs: number[] = [];
  const gs: number[] = [];
  const sums: number[] = [];
  for (let y = y1; y < y2; y++) {
    for (let x = x1; x < x2; x++) {
      const i = (y * image.width + x) * 3;
      const s = image.data[i]! + image.data[i + 1]! + image.data[i + 2]!;
      if (s < MIN_INTENSITY) continue;
      rs.push(image.data[i]! / s);
      gs.push(image.data[i + 1]! / s);
      sums.push(s);
    }
  }
  if (rs.length < 4) return undefined;
  // Robust: the colour is read from the core of the sample (lips, teeth, glasses, a beard and shadow
  // lie outside it), and its spread is widened back to what the whole of the skin would show.
  const mr0 = median(rs);
  const mg0 = median(gs);
  const dist = rs.map((r, k) => (r - mr0) ** 2 + (gs[k]! - mg0) ** 2);
  const cut = [...dist].sort((p, q) => p - q)[Math.floor(CORE_SHARE * (dist.length - 1))]!;
  const core = dist.flatMap((v, k) => (v <= cut ? [k] : []));
  const mr = mean(core.map((k) => rs[k]!));
  const mg = mean(core.map((k) => gs[k]!));
  const floor = MIN_CHROMA_SD ** 2;
  const a = CORE_WIDEN * mean(core.map((k) => (rs[k]! - mr) ** 2)) + floor;
  const d = CORE_WIDEN * mean(core.map((k) => (gs[k]! - mg) ** 2)) + floor;
  const b = CORE_WIDEN * mean(core.map((k) => (rs[k]! - mr) * (gs[k]! - mg)));
  const det = a * d - b * b;
  sums.sort((p, q) => p - q);
  return { mean: [mr, mg], inverse: [d / det, -b / det, -b / det, a / det], brightness: sums[sums.length >> 1]!, samples: rs.length };
}

/** Whether the pixel at byte offset i has the model's skin colour. */
export function isSkin(model: SkinModel, data: Uint8Array, i: number): boolean {
  const s = data[i]! + data[i + 1]! + data[i + 2]!;
  if (s < MIN_INTENSITY || s < BRIGHTNESS_RANGE[0] * model.brightness) return false;
  // Light skin brighter than the face clips to near white, and clipping moves its chromaticity: a
  // clipped, warm pixel at least as bright as the face counts (white walls and shirts are not warm).
  if (data[i]! >= CLIPPED && s >= model.brightness) return data[i]! > data[i + 1]! && data[i + 1]! > data[i + 2]! && data[i]! - data[i + 2]! >= MIN_WARMTH;
  if (s > BRIGHTNESS_RANGE[1] * model.brightness) return false;
  const dr = data[i]! / s - model.mean[0];
  const dg = data[i + 1]! / s - model.mean[1];
  const [ia, ib, , id] = model.inverse;
  return ia * dr * dr + 2 * ib * dr * dg + id * dg * dg <= MATCH_DISTANCE_SQ;
}

/**
 * Whether the pixel may be the model's skin under a different light: a wider brightness range, a
 * wider distance, a colour cast (a shift in log-chromaticity, the same for every tone), and any
 * clipped highlight at least as bright as the face that is not bluish (light skin lit 2-3x is white).
 * Errs towards counting: it serves only the test that lowers a reading to `none`.
 */
export function isPossibleSkin(model: SkinModel, data: Uint8Array, i: number): boolean {
  const r = data[i]!;
  const g = data[i + 1]!;
  const b = data[i + 2]!;
  const s = r + g + b;
  if (s < MIN_INTENSITY || s < LENIENT_BRIGHTNESS[0] * model.brightness) return false;
  if (Math.max(r, g, b) >= CLIPPED && s >= model.brightness) return r >= b;
  if (s > LENIENT_BRIGHTNESS[1] * model.brightness) return false;
  const dr = r / s - model.mean[0];
  const dg = g / s - model.mean[1];
  const [ia, ib, , id] = model.inverse;
  if (ia * dr * dr + 2 * ib * dr * dg + id * dg * dg <= LENIENT_DISTANCE_SQ) return true;
  const mb = 1 - model.mean[0] - model.mean[1];
  const dRG = Math.log((r + 0.5) / (g + 0.5)) - Math.log(model.mean[0] / model.mean[1]);
  const dBG = Math.log((b + 0.5) / (g + 0.5)) - Math.log(mb / model.mean[1]);
  const tolerance = CAST_RADIUS + CHANNEL_NOISE / Math.max(1, Math.min(r, g, b));
  return dRG * dRG + dBG * dBG <= tolerance * tolerance;
}

/**
 * Whether the pixel lies in a fixed locus of human skin in normalised r-g under varied illumination
 * (Soriano et al., 2000): independent of the faces found, so a second person of another tone whose
 * face is not found is still seen. Skin-coloured walls, wood and hair count too (errs towards counting).
 */
export function isAnyToneSkin(data: Uint8Array, i: number): boolean {
  const s = data[i]! + data[i + 1]! + data[i + 2]!;
  if (s < MIN_INTENSITY) return false;
  const r = data[i]! / s;
  const g = data[i + 1]! / s;
  if (r <= 0.33 || r >= 0.6 || (r - 0.33) ** 2 + (g - 0.33) ** 2 <= 0.0004) return false;
  return g < -1.3767 * r * r + 1.0743 * r + 0.1452 && g > -0.776 * r * r + 0.5601 * r + 0.1766;
}

/** The faces' boxes as a mask, each grown a little so that ears and the box's edge (hair, jaw) are not counted as body. */
function faceMask(faceBoxes: readonly Box[], width: number, height: number): Uint8Array {
  const mask = new Uint8Array(width * height);
  for (const [fx, fy, fw, fh] of faceBoxes) {
    const x1 = clampInt(fx - 0.1 * fw, 0, width);
    const x2 = clampInt(fx + 1.1 * fw, 0, width);
    const y1 = clampInt(fy - 0.1 * fh, 0, height);
    const y2 = clampInt(fy + 1.05 * fh, 0, height);
    for (let y = y1; y < y2; y++) mask.fill(1, y * width + x1, y * width + x2);
  }
  return mask;
}

/**
 * Measures body skin for faces found on `image` (boxes in its pixels). `regions` are the people's body
 * boxes in the same pixels, one per face; `bodyRegion` around the face is the default.
 */
export function measureBodySkin(image: Rgb, faces: ReadonlyArray<{ box: Box; score: number }>, regions?: readonly Box[]): BodySkinMeasure {
  const small = downscale(image);
  const s = small.scale;
  const scaled = (b: Box): Box => [b[0] * s, b[1] * s, b[2] * s, b[3] * s];
  const faceBoxes = faces.map((f) => scaled(f.box));
  const bodies = faces.map((f, k) => scaled(regions?.[k] ?? bodyRegion(f.box, image.width, image.height)));
  const { width, height, data } = small;
  const inFace = faceMask(faceBoxes, width, height);
  const models = faceBoxes.map((f) => skinModel(small, f));
  const confident = faces.map((f, k) => f.score >= MIN_FACE_SCORE && models[k] !== undefined);
  // Skin not attributed to a confident person: outside every face and every confident person's body region.
  const attributed = new Uint8Array(inFace);
  const rows = bodies.map(([bx, by, bw, bh]) => [clampInt(bx, 0, width), clampInt(bx + bw, 0, width), clampInt(by, 0, height), clampInt(by + bh, 0, height)] as const);
  for (const [k, [x1, x2, y1, y2]] of rows.entries()) if (confident[k]) for (let y = y1; y < y2; y++) attributed.fill(1, y * width + x1, y * width + x2);
  const perFace = faceBoxes.map((face, k) => {
    const model = models[k];
    if (!model || !confident[k]) return 0;
    const [x1, x2, y1, y2] = rows[k]!;
    let count = 0;
    for (let y = y1; y < y2; y++) {
      for (let x = x1; x < x2; x++) {
        const p = y * width + x;
        if (!inFace[p] && isSkin(model, data, p * 3)) count++;
      }
    }
    return count / Math.max(1, face[2] * face[3]);
  });
  let stray = 0;
  const sampled = models.filter((m): m is SkinModel => m !== undefined);
  for (let p = 0; p < width * height; p++) if (!attributed[p] && sampled.some((m) => isSkin(m, data, p * 3))) stray++;
  return {
    perFace: perFace.map(round3),
    faceAreas: round3(Math.max(0, ...perFace)),
    strayShare: round3(stray / Math.max(1, width * height)),
    sampled: confident.filter(Boolean).length,
    closeUp: measureCloseUp(small, faceBoxes, models, confident),
  };
}

/**
 * The lenient measures on the small copy. Only confident faces are masked (a low-score box on a torso
 * must not hide it), grown as in measureBodySkin, and the whole image outside them is searched: no
 * body region is assumed, so a body lying anywhere counts.
 */
function measureCloseUp(small: Rgb, faceBoxes: readonly Box[], models: ReadonlyArray<SkinModel | undefined>, confident: readonly boolean[]): CloseUpMeasure {
  const { width, height, data } = small;
  const sampled = models.filter((m, k): m is SkinModel => m !== undefined && confident[k]!);
  const largest = Math.max(0, ...faceBoxes.filter((_, k) => confident[k]).map((f) => f[2] * f[3]));
  if (sampled.length === 0 || largest === 0) return { faceShare: 0, possibleSkin: 0, anyToneSkin: 0, belowFaceSkinShare: 0, faceChroma: 0 };
  const masked = faceMask(
    faceBoxes.filter((_, k) => confident[k]),
    width,
    height,
  );
  const big = faceBoxes.filter((_, k) => confident[k]).reduce((a, b) => (b[2] * b[3] > a[2] * a[3] ? b : a));
  const below = clampInt(big[1] + 1.05 * big[3], 0, height) * width;
  let possible = 0;
  let anyTone = 0;
  let [belowPixels, belowSkin] = [0, 0];
  for (let p = 0; p < width * height; p++) {
    if (masked[p]) continue;
    const skin = sampled.some((m) => isPossibleSkin(m, data, p * 3));
    if (skin) possible++;
    if (isAnyToneSkin(data, p * 3)) anyTone++;
    if (p >= below) [belowPixels, belowSkin] = [belowPixels + 1, belowSkin + (skin ? 1 : 0)];
  }
  return {
    faceShare: round3(largest / Math.max(1, width * height)),
    possibleSkin: round3(possible / largest),
    anyToneSkin: round3(anyTone / largest),
    belowFaceSkinShare: round3(belowSkin / Math.max(1, belowPixels)),
    faceChroma: round3(Math.min(...sampled.map((m) => Math.hypot(m.mean[0] - 1 / 3, m.mean[1] - 1 / 3)))),
  };
}

/**
 * Caps a `partial` or `explicit` reading at `suggestive` when no face shows body skin: the faces were
 * sampled and the body skin is under both limits. Never lowers a reading below `suggestive`, and does
 * nothing when no face was sampled (nothing to compare with: the model's reading stands). Pure.
 */
export function capWithoutBodySkin(result: NudityResult, measure: BodySkinMeasure | undefined): NudityResult {
  if (!measure || measure.sampled === 0 || LEVEL_RANK[result.level] < LEVEL_RANK.partial) return result;
  const bodySkin = { faceAreas: measure.faceAreas, strayShare: measure.strayShare };
  if (measure.faceAreas >= BODY_SKIN_CAP_FACE_AREAS || measure.strayShare >= BODY_SKIN_CAP_STRAY_SHARE) return { ...result, bodySkin };
  return { ...result, level: 'suggestive', bodySkin: { ...bodySkin, cappedFrom: result.level } };
}

/**
 * Rates a capped close-up `none` when the stricter second test holds (CLOSE_UP_LIMITS): the reading
 * was capped for want of body skin, every model's `Sexy` is low, the largest face fills a fifth of the
 * frame, the faces have colour to measure with, and neither a lenient search for the faces' skin
 * under other light nor a fixed any-tone skin locus finds more than a little skin outside the faces,
 * nor does possible skin fill half of the frame below the face (bare shoulders in a tight crop).
 * Anything else keeps `suggestive`. Pure.
 */
export function clearClothedCloseUp(result: NudityResult, measure: BodySkinMeasure | undefined): NudityResult {
  if (!measure || !result.bodySkin?.cappedFrom || result.level !== 'suggestive' || result.lowResolution) return result;
  const bodySkin = { ...result.bodySkin, closeUp: measure.closeUp };
  const kept = closeUpShortfalls({ ...result, bodySkin });
  return measure.sampled > 0 && kept.length === 0 ? { ...result, level: 'none', bodySkin: { ...bodySkin, clothedCloseUp: true } } : { ...result, bodySkin };
}

/** Which limits of the second test a capped reading misses (empty when it was rated `none`), for the decision's reason. */
export function closeUpShortfalls(result: NudityResult): string[] {
  const c = result.bodySkin?.closeUp;
  if (!c) return ['not measured'];
  const sexy = Math.max(result.classes.Sexy, ...(result.opinions ?? []).map((o) => o.classes.Sexy));
  const L = CLOSE_UP_LIMITS;
  return [
    ...(sexy >= L.maxSexy ? [`Sexy ${sexy.toFixed(2)}`] : []),
    ...(c.faceShare < L.minFaceShare ? [`the face is ${Math.round(c.faceShare * 100)}% of the frame`] : []),
    ...(c.faceChroma < L.minFaceChroma ? ['too little colour to measure skin'] : []),
    ...(c.possibleSkin >= L.maxPossibleSkin ? [`possible skin under other light ${c.possibleSkin.toFixed(2)} face areas`] : []),
    ...(c.anyToneSkin >= L.maxAnyToneSkin ? [`skin-coloured area ${c.anyToneSkin.toFixed(2)} face areas`] : []),
    ...(c.belowFaceSkinShare >= L.maxBelowFaceSkinShare ? [`possible skin on ${Math.round(c.belowFaceSkinShare * 100)}% of the frame below the face`] : []),
  ];
}

/** The body around a face: a person's torso is below and about three faces wide (as analyze-image's guess). */
export function bodyRegion(box: Box, width: number, height: number): Box {
  const [x, y, w, h] = box;
  const x1 = Math.max(0, x - 1.5 * w);
  const x2 = Math.min(width, x + 2.5 * w);
  const y1 = Math.max(0, y - 0.5 * h);
  const y2 = Math.min(height, y + 6 * h);
  return [x1, y1, x2 - x1, y2 - y1];
}

function clampInt(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Math.round(v)));
}

function mean(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

function median(xs: number[]): number {
  const s = [...xs].sort((p, q) => p - q);
  return s[s.length >> 1]!;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
