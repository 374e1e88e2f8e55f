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
