import { type Findings, type Match, overlaps } from './findings.ts';
import type { Concept } from './lexicon/types.ts';
import { ANYONE, nobodyDepicted } from './rules.ts';

/** Words an only-word may stand before the bed cover ("she's only got the bedsheet"), and a slipping word from it. */
const ONLY_GAP = 4;
const GONE_WINDOW = 5;
/** Things a sheet may be of, or be put on, when it is no cover: a bed made up, a product shot, a sheet of paper (`placed`, `benign`, `thing`). */
const THINGS: readonly Concept[] = ['placed', 'thing', 'objectTarget', 'segment'];

/**
 * "morning after, she's only got the bedsheet and it's slipping", "Doutzen Kroes de ochtend erna, alleen een laken dat
 * wegglijdt", "після вечірки, в ліжку, лише простирадло, що сповзає", "파티 끝나고 침대에서, 이불만 덮은 모습": a bedsheet
 * or a duvet as all that covers someone (an only-word just before it, or just after it in the languages that put it there),
 * or the sheet slipping off, is nudity. Someone must be there (the photo's person, or one named in the request; not "a bed with only a white sheet, no
 * people"), and no
 * child: "a newborn asleep under only a sheet" is no sexual picture. Not a bed made up with only a sheet, nor a sheet
 * of paper (a thing named beside it).
 */
export function bedCover(f: Findings, realPerson: boolean): void {
  if (!f.has('bedCover') || (!f.has('only') && !f.has('garmentGone')) || f.fired('sexual', 0.9) || f.has('minor') || f.has('minorWeak')) return;
  // In generation someone must be named, or a suggestive word say whose look the picture is about ("Morrigan i
  // boudoirstil, bara ett lakan, sensuellt": a character, only a sheet, sensual), not the light's ("sensual warm light").
  if ((!f.edit && !f.hasAny(ANYONE) && !realPerson && !f.of('suggestive').some((s) => !ofLight(f, s))) || nobodyDepicted(f)) return;
  for (const c of f.of('bedCover')) {
    const cue = onlyBefore(f, c) ?? f.first('garmentGone', c, GONE_WINDOW, 'any', (g) => !overlaps(g, c) && !f.sentenceBreak(g, c));
    if (!cue || f.first(THINGS, c, 3, 'any', (t) => !f.interveningClause(t, c)) !== undefined) continue;
    f.addMatch('sexual', 0.9, 'sexual.only_sheet', 'The request asks for someone covered by nothing but a bedsheet, or with the sheet slipping off: nudity.', cue, c);
    if (realPerson) f.addMatch('undress', 0.9, 'undress.only_sheet', 'The request asks to show a real person covered by nothing but a bedsheet.', cue, c);
    return;
  }
}

/** Words for light: a suggestive word before one of them is said of the lighting ("sensual warm light", "luz sensual"). */
const LIGHT =
  /^(?:light|lights|lighting|glow|licht|beleuchtung|lumiere|lumière|eclairage|éclairage|luz|iluminacion|iluminación|luce|luci|ljus|ljuset|lys|valo|feny|fény|fenyek|fények|lumina|lumină|svetlo|světlo|swiatlo|światło|свет|світло|isik|ışık|cahaya|anh sang|ánh sáng|ilaw)$/;
/** Whether the suggestive word `s` is said of the light: a light word within two words after it, or right before it. */
function ofLight(f: Findings, s: Match): boolean {
  const after = f.norm.text
    .slice(s.end, s.end + 32)
    .trim()
    .split(' ')
    .slice(0, 2);
  const before =
    f.norm.text
      .slice(Math.max(0, s.start - 16), s.start)
      .trim()
      .split(' ')
      .at(-1) ?? '';
  return after.some((w) => LIGHT.test(w)) || LIGHT.test(before);
}

/** An only-word close before the cover in its clause, or right after it ("이불만", "シーツだけ"). */
function onlyBefore(f: Findings, c: Match): Match | undefined {
  return f.first('only', c, ONLY_GAP, 'any', (o) => !f.interveningClause(o, c) && (o.end <= c.start || (o.start >= c.end && f.gap(c, o) === 0) || overlaps(o, c)));
}

/** What says a bath's foam or steam is going: all but gone, dissolving, popping (`scarce`, `garmentGone`). */
const FADING: readonly Concept[] = ['scarce', 'garmentGone'];

/**
 * "she's already lying in the bath, and there's almost no foam left", "будто она уже лежит в ванне, а пены почти не
 * осталось", "in der Wanne, der Schaum ist fast weg": the foam, bubbles or steam that were all that covered a bather,
 * nearly gone, leave the bather bare. A word of bathing must be in the sentence, and someone there (the photo's person
 * or one named); "a latte with barely any foam" and "almost no steam from the kettle" have none.
 */
export function fadingCover(f: Findings, realPerson: boolean): void {
  if (!f.has('bareCover') || !f.has('bathing') || !f.hasAny(FADING) || f.fired('sexual', 0.9) || f.has('minor') || f.has('minorWeak')) return;
  if ((!f.edit && !f.hasAny(ANYONE) && !realPerson) || nobodyDepicted(f)) return;
  for (const c of f.of('bareCover')) {
    const fading = f.first(FADING, c, GONE_WINDOW, 'any', (g) => !overlaps(g, c) && !f.sentenceBreak(g, c));
    if (!fading || f.first('bathing', c, 12, 'any', (b) => !overlaps(b, c) && !f.sentenceBreak(b, c)) === undefined) continue;
    f.addMatch('sexual', 0.9, 'sexual.cover_fading', 'The request asks for a bather whose foam or steam is nearly gone: nudity.', fading, c);
    if (realPerson) f.addMatch('undress', 0.9, 'undress.cover_fading', 'The request asks to show a real person in the bath with the foam nearly gone.', fading, c);
    return;
  }
}
