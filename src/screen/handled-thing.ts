import { type Findings, type Match, overlaps } from './findings.ts';
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

/** Words of a body, of undress or of revealing: with any of them a thing beside a garment does not explain the request. */
const ABOUT_A_BODY: readonly Concept[] = ['bodyPart', 'sexualBody', 'nude', 'partialNude', 'undressVerb', 'reveal', 'reduce', 'deepen', 'suggestive', 'sexualAct', 'showAll', 'unveil'];
/** What is worn: each must have its thing beside it. */
const WORN: readonly Concept[] = ['clothing', 'outerwear'];
/** Words between a garment and the thing on it ("the stain on the blouse", "la mancha de la camisa", "셔츠 주름"). */
const ON_GARMENT_WINDOW = 3;

/**
 * "scoate pata de pe bluză", "තාත්තාගේ කමිසයේ පැල්ලම මකන්න", "셔츠 주름 펴주세요": every garment the request names has
 * beside it, in its clause, a thing of the garment (a stain, a wrinkle, a logo, a tag, a button: the lexicon's `benign`
 * words that are not themselves worn), and no word of a body, of undress or of revealing is said. The edit is about
 * that thing: a cue for the decision layer (maskedThing), where the model read "remove … blouse" as undressing. The
 * rules already judged the garment not taken off (maskedThing asks that nothing harmful fired). Windowed: linear.
 */
export function thingOnGarment(f: Findings): boolean {
  if (!f.has('benign') || ABOUT_A_BODY.some((c) => f.has(c))) return false;
  // Swimwear or underwear is asked for whatever is beside it ("lo mismo pero en ropa interior"), unless the word is a thing's too.
  if (f.of('skimpy').some((m) => !f.overlapping('benign', m))) return false;
  let garments = 0;
  for (const c of WORN) {
    for (const g of f.of(c)) {
      // A garment word that is also a thing ("jacket"; Romanian "pata", a stain, is Yoruba for pants) is one of the things.
      if (f.overlapping('benign', g)) continue;
      garments++;
      if (f.first('benign', g, ON_GARMENT_WINDOW, 'any', (b) => !overlaps(b, g) && !f.interveningClause(b, g) && !worn(f, b)) === undefined) return false;
    }
  }
  return garments > 0;
}

/** A benign word that is also worn in its own language ("jacket"): not a thing on a garment. */
function worn(f: Findings, b: Match): boolean {
  return ['clothing', 'skimpy', 'outerwear'].some((c) => f.first(c as Concept, b, 0, 'any', (g) => overlaps(g, b) && g.term.language === b.term.language) !== undefined);
}
