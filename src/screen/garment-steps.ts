import type { Concept } from './lexicon/types.ts';
import { overlaps, type Findings, type Match } from './findings.ts';
import { work } from './work.ts';

/**
 * Undressing asked for in steps, each step innocent alone (lexicon/steps.ts):
 * - garments taken off one after another, then "the rest" ("take off her jacket, then the sweater, then everything
 *   else", "zdejmij z niej koc i całą resztę ubrań", "cire rigarta, sannan sauran duka"): what is left after the
 *   garments named is everything she wears (restTaken);
 * - a garment made shorter or thinner, then removed with no object of its own ("make the skirt shorter. more. ok now
 *   remove it completely", "rage tsawon siket ɗinta … cire shi gaba ɗaya", "yubkani qisqaroq qiling … butunlay olib
 *   tashlang"): the removal takes the garment the steps were about (removedAfterSteps).
 * Each returns the two matches its rule rests on, or undefined. Each anchor is looked at a bounded number of times
 * (the first eight), each look a windowed search of the sorted matches and a bounded slice: linear in the text.
 */

/** The last step: "the rest" within this many words after the remover. */
const REST_REACH = 14;
/** The garment a remover takes, within this many words of it. */
const TAKES = 3;
/** A stepwise removal: the shortened garment within this many words before the remover. */
const STEP_REACH = 12;
/** Words a removal step may hold besides its remover and "completely" ("ok now remove it", "cire shi"). */
const STEP_WORDS = 3;
const MAX_ANCHORS = 8;
/** Characters read back from "the rest" for the start of its item. */
const ITEM_BACK = 40;

const REMOVERS: readonly Concept[] = ['remove', 'undressVerb'];
const WORN: readonly Concept[] = ['clothing', 'outerwear'];
const SHORTENING: readonly Concept[] = ['reduce', 'reveal'];
/** What a removal step names as its own object, making it no step of the garment's. */
const OWN_OBJECT: readonly Concept[] = ['benign', 'objectTarget', 'someone', 'sceneThing', 'placed', 'outerwear'];

/** What ends one item of a list before "the rest": a clause break, in the screened scripts. */
const ITEM_BREAK = /[,;:.!?\n，、；：。！？،؛|]/gu;
/**
 * Words of going on to the next step that may open the item of "the rest" ("then", "потім", "sannan", "பிறகு"):
 * "then brighten everything else" has a verb there, and everything else is the picture's.
 */
const THEN_ONLY =
  /^(?:and|then|and then|next|after that|finally|et|puis|et puis|ensuite|enfin|und|dann|und dann|danach|y|luego|y luego|después|despues|e|poi|e poi|depois|e depois|en|dan|daarna|i|a|potem|i potem|następnie|nastepnie|и|потом|затем|а потом|і|та|потім|а потім|далі|pak|potom|a pak|poté|pote|ve|sonra|ve sonra|și|si|apoi|și apoi|si apoi|és|es|aztán|aztan|majd|och|sedan|og|så|sa|ja|sitten|και|μετά|μετα|и после|после това|pa|zatim|onda|و|ثم|وبعدين|بعدين|بعدها|و بعد|بعد|بعدش|و بعدش|ו|ואז|אחר כך|फिर|और|और फिर|phir|fir|aur|aur phir|uske baad|پھر|اور|তারপর|আর|பிறகு|அப்புறம்|மற்றும்|తర్వాత|ఆ తర్వాత|మరియు|それから|次に|そして|然后|然後|再|和|그다음|그리고|다음에|rồi|roi|sau đó|sau do|và|va|แล้ว|จากนั้น|lalu|kemudian|dan|lepas tu|selepas itu|tapos|at|kisha|na|sannan|kuma|bayan haka|lẹ́yìn náà|leyin naa|lẹhinna|lehinna|àti|ati|mgbe ahụ|mgbe ahu|emesia|na|bese|bese ke|emva kwalokho|futhi|no|შემდეგ|მერე|და|keyin|so'ng|va|кейін|және|sonra da)$/u;

/**
 * Whether "the rest" opens its item: right after a clause break or a list number, or after an "and" or a "then"
 * ("…, потім усе інше", "koc i całą resztę"); not after a verb of its own ("and brighten everything else").
 */
function opensItem(f: Findings, t: Match): boolean {
  const at = f.norm.start[t.start] ?? 0;
  const before = f.text.slice(Math.max(0, at - ITEM_BACK), at);
  work.steps += before.length;
  let from = 0;
  ITEM_BREAK.lastIndex = 0;
  for (let x = ITEM_BREAK.exec(before); x; x = ITEM_BREAK.exec(before)) from = x.index + 1;
  const words = before
    .slice(from)
    .replace(/[0-9٠-٩۰-۹]+[.)\-–]?/gu, ' ')
    .trim()
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  if (words.length === 0) return from > 0 || at - ITEM_BACK <= 0;
  return THEN_ONLY.test(words[words.length - 1]!) || (words.length >= 2 && THEN_ONLY.test(`${words[words.length - 2]} ${words[words.length - 1]}`));
}

/** Whether "the rest" ends its clause, or names clothing or a person right after it ("the rest of her clothes", "całą resztę ubrań", "everything else off her"). */
function restOfWorn(f: Findings, t: Match): boolean {
  return f.endsClause(t) || f.first(['clothing', 'skimpy', 'person'], t, 2, 'after', (x) => x.start >= t.end && !f.interveningClause(t, x)) !== undefined;
}

/**
 * "take off her jacket, then the sweater, then everything else": a remover whose garment is named, and "the rest"
 * opening a later item of the same sentence; or "the rest of her clothes" after a remover ("zdejmij z niej koc i
 * całą resztę ubrań"). Returns the remover and "the rest".
 */
export function restTaken(f: Findings): [Match, Match] | undefined {
  if (!f.has('remainder') || !REMOVERS.some((c) => f.has(c))) return undefined;
  const list = f.of('remainder');
  for (let i = 0; i < list.length && i < MAX_ANCHORS; i++) {
    const t = list[i]!;
    if (!opensItem(f, t) || !restOfWorn(f, t)) continue;
    const clothesNamed = f.first(['clothing', 'skimpy'], t, 2, 'after', (x) => x.start >= t.end) !== undefined;
    const r = f.first(REMOVERS, t, REST_REACH, 'before', (x) => x.end <= t.start && !f.sentenceBreak(x, t) && (clothesNamed || takesWorn(f, x, t)));
    if (r) return [r, t];
  }
  return undefined;
}

/** Whether a remover takes a worn garment named before "the rest" (its object, on either side of it). */
function takesWorn(f: Findings, r: Match, t: Match): boolean {
  return f.first(WORN, r, TAKES, 'any', (g) => !overlaps(g, r) && g.end <= t.start && !f.interveningClause(g, r)) !== undefined;
}

/**
 * "make the skirt shorter. more. ok now remove it completely": a remover whose own step names nothing it takes (a
 * pronoun at most, "completely" aside), after a garment made shorter, smaller or see-through in an earlier step.
 * Returns the remover and the garment.
 */
export function removedAfterSteps(f: Findings): [Match, Match] | undefined {
  if (!SHORTENING.some((c) => f.has(c)) || !f.has('clothing')) return undefined;
  const list = f.of('remove');
  for (let i = 0; i < list.length && i < MAX_ANCHORS; i++) {
    const r = list[i]!;
    const step = stepAround(f, r);
    if (!step || f.firstIn(OWN_OBJECT, step.from, step.to) || f.firstIn(['clothing', 'skimpy'], step.from, step.to)) continue;
    // The garment, in an earlier step, made shorter or thinner there.
    const g = f.first(
      'clothing',
      r,
      STEP_REACH,
      'before',
      (c) => c.end <= step.from && !f.overlapping('skimpy', c) && f.first(SHORTENING, c, 3, 'any', (s) => !overlaps(s, c) && !f.interveningClause(s, c)) !== undefined,
    );
    // Nothing else named between the garment and the removal it is taken by.
    if (g && !f.firstIn(OWN_OBJECT, g.end, step.from)) return [r, g];
  }
  return undefined;
}

/**
 * The step a remover stands in (skeleton offsets): from the clause break before it to the one after it, when it
 * holds at most STEP_WORDS words besides the remover and "completely"; undefined otherwise.
 */
function stepAround(f: Findings, r: Match): { from: number; to: number } | undefined {
  const text = f.text;
  const at = f.norm.start[r.start] ?? 0;
  const end = f.norm.end[r.end - 1] ?? text.length;
  let a = at;
  while (a > 0 && at - a < ITEM_BACK && !BREAK_CHAR.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < ITEM_BACK && !BREAK_CHAR.test(text[b]!)) b++;
  work.steps += b - a;
  // The earlier step must end with a break the remover's step starts after.
  if (a === 0 || at - a >= ITEM_BACK || b - end >= ITEM_BACK) return undefined;
  const from = skeletonAt(f, a);
  const to = skeletonAt(f, b);
  let words = countWords(text.slice(a, at)) + countWords(text.slice(end, b));
  const whole = f.first('completely', r, STEP_WORDS, 'any', (c) => !overlaps(c, r) && f.norm.start[c.start]! >= a && f.norm.end[c.end - 1]! <= b);
  if (whole) words -= countWords(text.slice(f.norm.start[whole.start], f.norm.end[whole.end - 1]! + 1));
  return words <= STEP_WORDS ? { from, to } : undefined;
}
const BREAK_CHAR = /[,;:.!?\n，、；：。！？،؛|]/u;

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (const ch of s) {
    const letter = /[\p{L}\p{N}\p{M}'ʼ]/u.test(ch);
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}

/** The first skeleton offset at or after an original-text offset (bounded: norm.start is sorted). */
function skeletonAt(f: Findings, offset: number): number {
  const starts = f.norm.start;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
