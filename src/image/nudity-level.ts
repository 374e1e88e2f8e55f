import type { NsfwClasses, NudityLevel, NudityResult } from './analysis-types.ts';

/** Ordinal of each level, for comparisons ("did exposure rise?"). */
export const LEVEL_RANK: Readonly<Record<NudityLevel, number>> = { none: 0, suggestive: 1, partial: 2, explicit: 3 };

/**
 * Thresholds on nsfwjs's class probabilities. `Porn` and `Hentai` are the classes the model was
 * trained to fire on nudity and sex; `Sexy` on revealing but not nude (swimwear, lingerie).
 * See docs/image-analysis.md for why these values and where they fail.
 */
export const NUDITY_THRESHOLDS = Object.freeze({
  explicit: 0.6,
  partial: 0.3,
  suggestive: 0.5,
  drawn: 0.5,
});

/** Maps the five class probabilities to a level and the drawn/photo flag. Pure. */
export function nudityFromClasses(classes: NsfwClasses): NudityResult {
  const explicitMass = classes.Porn + classes.Hentai;
  const drawnMass = classes.Drawing + classes.Hentai;
  let level: NudityLevel = 'none';
  if (explicitMass >= NUDITY_THRESHOLDS.explicit) level = 'explicit';
  else if (explicitMass >= NUDITY_THRESHOLDS.partial) level = 'partial';
  else if (classes.Sexy + explicitMass >= NUDITY_THRESHOLDS.suggestive) level = 'suggestive';
  return { level, drawn: drawnMass >= NUDITY_THRESHOLDS.drawn, classes };
}

/** One number for "how much is exposed", used to see a rise that stays inside one level. */
export function exposureScore(classes: NsfwClasses): number {
  return Math.min(1, classes.Porn + classes.Hentai + 0.5 * classes.Sexy);
}

/** Shorter side in pixels under which an image is too small to be rated nude with confidence. */
export const LOW_RESOLUTION_SIDE = 64;

/**
 * Two models' readings of one image, combined. The level is read from the mean of the two models'
 * class probabilities (an ensemble: a face close-up that one model alone calls "Porn" and the other
 * "Neutral" comes out `none`). One guard keeps the case the project exists for: when either model
 * alone gives `Sexy` at or above the suggestive threshold (swimwear, lingerie), the result is at least
 * `suggestive`, so a second opinion never clears a revealing image to `none`. Pure.
 */
export function combineOpinions(opinions: ReadonlyArray<{ model: string; classes: NsfwClasses }>): NudityResult {
  if (opinions.length === 0) throw new RangeError('combineOpinions needs at least one opinion');
  const names = ['Drawing', 'Hentai', 'Neutral', 'Porn', 'Sexy'] as const;
  const mean = {} as NsfwClasses;
  for (const k of names) mean[k] = Math.round((opinions.reduce((s, o) => s + o.classes[k], 0) / opinions.length) * 1e4) / 1e4;
  const result = nudityFromClasses(mean);
  const revealing = opinions.some((o) => o.classes.Sexy >= NUDITY_THRESHOLDS.suggestive);
  if (revealing && result.level === 'none') result.level = 'suggestive';
  return opinions.length > 1 ? { ...result, opinions: opinions.map((o) => ({ model: o.model, classes: o.classes })) } : result;
}

/** A reading of an image too small to judge: `partial` and `explicit` become `suggestive` and the result says why. */
export function capLowResolution(result: NudityResult): NudityResult {
  const level = LEVEL_RANK[result.level] > LEVEL_RANK.suggestive ? 'suggestive' : result.level;
  return { ...result, level, lowResolution: true };
}

/** The first model's reading calls for a second opinion: it rated the image partial or explicit. */
export function wantsSecondOpinion(first: NudityResult): boolean {
  return LEVEL_RANK[first.level] >= LEVEL_RANK.partial;
}
