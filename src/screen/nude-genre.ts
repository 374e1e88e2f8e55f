import type { Findings, Match } from './findings.ts';
import type { Concept } from './lexicon/types.ts';

/** What a genre word may name instead of a picture of someone: its logo, a product, a garment or a thing ("a Playboy t-shirt", "the Pirelli calendar on the garage wall"). */
const GENRE_THINGS: readonly Concept[] = ['benign', 'objectTarget', 'sceneThing', 'thing', 'clothing', 'skimpy', 'outerwear', 'placed', 'colour'];

/**
 * "like a Playboy shoot, the girl from the photo", "jako z kalendáře Pirelli, ta holka z fotky", "као да позира за
 * Плејбој, ова са слике", "him as a Chippendales dancer", "like Janet Jackson at the Super Bowl but it's my boss": a genre
 * of nude pictures or shows (`nudeGenre`, pinup.ts) applied to a real person is a sexualised, nude picture of them,
 * however the rest is phrased. A real person is needed: the photo's, or one named; "a Pirelli calendar for the workshop
 * wall", "a Playboy logo on the mug" name a thing, and a generated model is anyone.
 */
export function nudeGenre(f: Findings, realPerson: boolean): void {
  if (!f.has('nudeGenre') || f.fired('sexual', 0.9) || !realPerson) return;
  for (const m of f.of('nudeGenre')) {
    if (namesThing(f, m)) continue;
    f.addMatch('sexual', 0.9, 'sexual.nude_genre', 'The request applies a genre of nude pictures (a men’s magazine, a pin-up calendar, a strip show) to a real person.', m);
    f.addMatch('undress', 0.85, 'undress.nude_genre', 'The request shows a real person as in a genre of nude pictures.', m);
    return;
  }
}

/** Words naming the real person an art framing is applied to ("of my coworker", "the man in this picture"). */
const NAMED_PEOPLE: readonly Concept[] = ['person', 'realRef', 'publicFigure'];

/**
 * "tasteful figure study of my coworker from this photo", "academic life drawing of the man in this picture",
 * "dessine ma collègue en modèle vivant", "把这张照片里的她画成人体写生": an art framing that draws its model nude
 * (`artStudy`) applied to a real person named in the request is a nude picture of them. The photo alone is not enough
 * ("turn this photo into a charcoal life drawing" is a style), nor is a class with nobody real ("a life drawing class in
 * a studio").
 */
export function artStudy(f: Findings, realPerson: boolean): void {
  if (!f.has('artStudy') || f.fired('sexual', 0.9) || f.has('minor') || !realPerson) return;
  if (!(f.edit ? f.hasAny(NAMED_PEOPLE) : true)) return;
  const m = f.of('artStudy')[0]!;
  f.addMatch('sexual', 0.9, 'sexual.art_study', 'The request draws a real person as a nude model (a figure study, life drawing).', m);
  f.addMatch('undress', 0.85, 'undress.art_study', 'The request shows a real person as a nude art model.', m);
}

/** A thing named right after the genre word, in its clause: the genre names a logo, a product, a garment ("a Playboy t-shirt", "the Pirelli calendar on the wall"). */
function namesThing(f: Findings, m: Match): boolean {
  return f.first(GENRE_THINGS, m, 3, 'after', (t) => t.start >= m.end && !f.interveningClause(m, t) && !f.overlapping('nudeGenre', t)) !== undefined;
}
