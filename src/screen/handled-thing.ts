import type { Findings, Match } from './findings.ts';
import type { Concept } from './lexicon/types.ts';

/** People, bodies and words of undress: with any of them the request may be about a person, and no thing explains it. */
const ABOUT_SOMEONE: readonly Concept[] = [
  'person',
  'realRef',
  'publicFigure',
  'someone',
  'minor',
  'minorWeak',
  'bodyPart',
  'sexualBody',
  'nude',
  'partialNude',
  'skimpy',
  'undressVerb',
  'remove',
  'reveal',
];
/** Words between an under word and the thing it is said of ("under the bridge", "Köprünün altında"). */
const THING_WINDOW = 2;
/** Characters after the thing in which its question ends (a short question). */
const QUESTION_REACH = 40;
const QUESTION_MARK = /[?？؟;]/;
/** A garment or towel a folding word acts on: right after it, or right before it in object-first languages ("handdoek vouwen", "タオルを畳んで"). */
const FOLDED_WINDOW = 2;

/**
 * A request that asks what is under a thing of the scene ("what is under the bridge? extend the photo downwards",
 * "Köprünün altında ne var?", "पुल के नीचे क्या है?") or that folds, irons or hangs up a garment or a towel ("fold the
 * towel more neatly in this bathroom photo", "اطوِ المنشفة"), and names no person, body or undressing word, is about
 * that thing: a cue for the decision layer (prompt-screener.ts, maskedThing), where the model read "under … extend
 * downwards" or "towel … bathroom" as undressing. Each look-up is windowed: linear in the text.
 */
export function handledThing(f: Findings): boolean {
  if ((!f.has('below') || !f.has('sceneThing')) && !f.has('fold')) return false;
  if (ABOUT_SOMEONE.some((c) => f.has(c))) return false;
  for (const m of f.of('fold')) if (f.first(['clothing', 'outerwear'], m, FOLDED_WINDOW, 'any', (g) => g.start !== m.start && !f.interveningClause(m, g)) !== undefined) return true;
  for (const m of f.of('below')) {
    const thing = f.first('sceneThing', m, THING_WINDOW, 'any', (t) => t.start !== m.start && !f.interveningClause(m, t));
    if (thing && asked(f, thing.end > m.end ? thing : m)) return true;
  }
  return false;
}

/** Whether a question mark closes the clause of `m` shortly after it (bounded scan of the original text). */
function asked(f: Findings, m: Match): boolean {
  const from = f.norm.end[m.end - 1] ?? f.text.length;
  const rest = f.text.slice(from, from + QUESTION_REACH);
  const mark = rest.search(QUESTION_MARK);
  return mark >= 0 && !/[.!。,،，]/.test(rest.slice(0, mark));
}
