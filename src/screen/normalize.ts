import { work } from './work.ts';

/**
 * Folds text into a matching skeleton while remembering, for every output character, which
 * characters of the original produced it, so evidence can point at the text as given.
 *
 * The same function folds the lexicon, so whatever it does to a word (collapsing repeated
 * letters, mapping look-alike letters) happens on both sides and matching stays exact.
 */
export interface NormalizedText {
  /** The skeleton: lowercase, no diacritics, look-alikes and leetspeak folded, one space between words. */
  text: string;
  /** For each skeleton character, the UTF-16 start offset in the original. */
  start: Int32Array;
  /** For each skeleton character, the UTF-16 end offset (exclusive) in the original. */
  end: Int32Array;
  /** For each skeleton character, its distance in "words" from the start (CJK characters count a half each). */
  position: Float32Array;
  /** For each skeleton character: 0 not part of a word, 1 a letter of a spaced script, 2 of an unspaced or attaching script. */
  wordClass: Uint8Array;
  /** 1 where the character came from spaced-out letters joined together: word breaks there are unknown. */
  joined: Uint8Array;
  /**
   * Where the middle of a long run of one repeated unit was left out (see collapseRuns), in skeleton
   * order; absent when nothing was (every text of a few hundred characters, and most long ones).
   */
  skips?: readonly Skip[];
}

/**
 * One stretch of a repeated run left out of the skeleton. The skeleton goes on at index `at` as if
 * the run had been that much shorter: what lies either side is exactly as in the full skeleton
 * (offsets and word positions stay those of the original text), and the skipped characters repeat
 * what is kept before them, a whole number of units.
 */
export interface Skip {
  /** The skeleton index of the first character after the left-out stretch. */
  at: number;
  /** Skeleton characters left out. */
  chars: number;
  /**
   * UTF-16 units of the original behind them: a span read across the cut (from before `at` to at
   * or after it) is the same text as the one ending `offset` units earlier, before the cut.
   */
  offset: number;
}

/**
 * Where a span of skeleton characters [from, to] ends in the original. A span across a skip (a
 * term read across the cut of a run) ends where its copy before the cut ends, not a run later.
 */
export function spanEnd(norm: NormalizedText, from: number, to: number): number {
  const end = norm.end[to]!;
  if (!norm.skips) return end;
  for (const skip of norm.skips) {
    if (skip.at > to) break;
    if (skip.at > from) return end - skip.offset;
  }
  return end;
}

/** Follows the skips of a skeleton as spans are read in (nearly) increasing order of their end. */
export class SkipCursor {
  private k = 0;
  constructor(private readonly skips: readonly Skip[]) {}

  /** How many units earlier a span of skeleton characters [from, to] really ends: a skip's offset where it crosses one, else 0. */
  shift(from: number, to: number): number {
    const skips = this.skips;
    // Skips lie further apart than any span read here is long: it crosses the last one at or before its end, or none.
    while (this.k < skips.length && skips[this.k]!.at <= to) this.k++;
    while (this.k > 0 && skips[this.k - 1]!.at > to) this.k--;
    return this.k > 0 && skips[this.k - 1]!.at > from ? skips[this.k - 1]!.offset : 0;
  }
}

/** Marks a censored letter ("n*ked"): the matcher lets it stand for any one letter. */
export const WILDCARD = '*';
const WILDCARD_CODE = WILDCARD.charCodeAt(0);

const INVISIBLE = /[\u00ad\u034f\u061c\u0640\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e007f}]/u;

/**
 * Latin look-alikes of Cyrillic and Greek letters (after lowercasing). Applied only inside words
 * that also contain Latin letters ("hеr clоthes"): a Russian word stays Russian, so "нет" never
 * turns into the Dutch "het".
 */
const SCRIPT_CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  ω: 'w',
  η: 'n',
};

const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LATIN_TO_CYRILLIC: Record<string, string> = Object.fromEntries(
  Object.entries(SCRIPT_CONFUSABLES)
    .filter(([from]) => /\p{Script=Cyrillic}/u.test(from) && from !== 'ё' && from !== 'ї')
    .map(([from, to]) => [to, from]),
);

/**
 * Latin letters with no Cyrillic look-alike, by the Cyrillic letter they stand for in transliteration: read inside a
 * word that is mostly Cyrillic and holds a letter only Cyrillic has ("роzdягни": "zd" for "зд").
 */
const LATIN_TRANSLIT: Record<string, string> = { b: 'б', d: 'д', f: 'ф', g: 'г', l: 'л', m: 'м', n: 'н', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', z: 'з', h: 'х', k: 'к' };
/** The letters of the Russian, Ukrainian, Belarusian and Bulgarian alphabets. */
const COMMON_CYRILLIC = /^[а-яёіїєґўА-ЯЁІЇЄҐЎ]$/u;

/** Letters folded everywhere: variants of one letter, and Arabic-Indic digits. */
const CONFUSABLES: Record<string, string> = {
  ɑ: 'a',
  ɡ: 'g',
  ı: 'i',
  ɩ: 'i',
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
  '۰': '0',
  '۱': '1',
  '۲': '2',
  '۳': '3',
  '۴': '4',
  '۵': '5',
  '۶': '6',
  '۷': '7',
  '۸': '8',
  '۹': '9',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ŧ: 't',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
// The decimal digits of the Indic, Southeast Asian and Mongolian scripts ("१२ साल", "១២ឆ្នាំ") read as 0-9, as
// the Arabic-Indic ones do: an age is an age in any digits.
for (const zero of [0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810]) {
  for (let d = 0; d < 10; d++) CONFUSABLES[String.fromCharCode(zero + d)] = String(d);
}
// Latin small capitals ("ɴᴀᴋᴇᴅ") have no compatibility decomposition either: each reads as its letter.
for (const [small, letter] of [...'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ'].map((c, i) => [c, 'abcdefghijklmnopqrstuvwxyz'[i]!] as const)) CONFUSABLES[small] = letter;
// Negative circled and negative squared Latin capitals (🅐, 🅽🆄🅳🅴) have no compatibility
// decomposition, so NFKC leaves them: they read as the letters they draw.
for (const first of [0x1f150, 0x1f170]) {
  for (let i = 0; i < 26; i++) CONFUSABLES[String.fromCodePoint(first + i)] = String.fromCharCode(97 + i);
}

/** Digits and symbols used for letters inside words ("r3move", "n@ked", "$ex"). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '€': 'e', '£': 'l', '¡': 'i' };
/** LEET by code point: the letter's code, 0 where the character is no leetspeak (every key is below 0x2100). */
const LEET_CODE = new Int32Array(0x2100);
for (const [from, to] of Object.entries(LEET)) LEET_CODE[from.codePointAt(0)!] = to.codePointAt(0)!;

/** Digits and symbols that stand for a Cyrillic letter in a Cyrillic word (by code point). */
const CYRILLIC_LEET: Record<number, number> = Object.fromEntries(['3з', '0о', '6б', '4ч', '@а'].map((pair) => [pair.codePointAt(0)!, pair.codePointAt(1)!]));

/**
 * Whether a Cyrillic letter without a Latin look-alike stands in the same word as the run [from, to), within a few
 * letters of it (bounded; the look-alikes of a disguised word are folded later, so "pa3дeнь" is seen by its "д", and
 * "с1оth3s", Cyrillic "с" and "о" in an English word, keeps its Latin leet).
 */
function cyrillicNear(pieces: Pieces, from: number, to: number): boolean {
  const { code, kind } = pieces;
  for (let x = from - 1; x >= 0 && x >= from - 6 && kind[x] === LETTER_KIND; x--) if (onlyCyrillic(code[x]!)) return true;
  for (let x = to; x < pieces.length && x < to + 6 && kind[x] === LETTER_KIND; x++) if (onlyCyrillic(code[x]!)) return true;
  return false;
}

/** A Cyrillic letter no Latin letter looks like ("д", "ь", "з"): a word holding one is Russian, not disguised English. */
function onlyCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x4ff && !SCRIPT_CONFUSABLES[String.fromCharCode(code)];
}

function leetOf(code: number): number {
  return code < 0x2100 ? LEET_CODE[code]! : 0;
}
const CENSOR = new Set(['*', '#', '•', '·', '∗', '×']);

const LETTER = /\p{L}/u;
/** Combining marks kept as letters: the vowel signs of Brahmic scripts, Thai, Lao and Odia. */
const KEPT_MARK =
  /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Thai}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Lao}\p{Script=Oriya}]/u;
/** The nukta (a dot below) is often left out in typing; it stays folded away. */
const NUKTA = /[\u093c\u09bc]/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
const LATIN_LETTER = /[a-z]/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;
const HANGUL = /\p{Script=Hangul}/u;

// What a folded character is: numbers, so the pieces below fit in arrays of small integers.
const LETTER_KIND = 0;
const DIGIT_KIND = 1;
const SEP_KIND = 2;
const WILD_KIND = 3;
type Kind = typeof LETTER_KIND | typeof DIGIT_KIND | typeof SEP_KIND | typeof WILD_KIND;

// Per-character facts, cached: regular expressions over Unicode properties are slow per call.
const IS_CJK = 1;
const IS_LATIN = 2;
const IS_CYRILLIC_OR_GREEK = 4;
const IS_OPEN_SCRIPT = 8;
const IS_WORD = 16;
const IS_HANGUL = 32;
const IS_KATAKANA = 64;
const IS_DIGIT = 128;
const OPEN_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Thai}\p{Script=Hebrew}\p{Script=Bengali}\p{Script=Tamil}\u30fc]/u;
const WORD = /[\p{L}\p{M}\p{Nd}*]/u;
const CHAR_INFO = new Map<number, number>();

/** Facts of every single-unit character met so far (-1: not yet computed): a table, not a hash map. */
const UNIT_INFO = new Int16Array(65_536).fill(-1);

/** The facts of one code point (a piece's character). */
function charInfo(code: number): number {
  if (code < 65_536) {
    const known = UNIT_INFO[code]!;
    if (known >= 0) return known;
    const info = computeCharInfo(String.fromCharCode(code));
    UNIT_INFO[code] = info;
    return info;
  }
  let info = CHAR_INFO.get(code);
  if (info === undefined) {
    info = computeCharInfo(String.fromCodePoint(code));
    if (CHAR_INFO.size < 50_000) CHAR_INFO.set(code, info);
  }
  return info;
}

function computeCharInfo(ch: string): number {
  return (
    (CJK.test(ch) ? IS_CJK : 0) |
    (LATIN_LETTER.test(ch) ? IS_LATIN : 0) |
    (CYRILLIC_OR_GREEK.test(ch) ? IS_CYRILLIC_OR_GREEK : 0) |
    (OPEN_SCRIPT.test(ch) ? IS_OPEN_SCRIPT : 0) |
    (WORD.test(ch) ? IS_WORD : 0) |
    (HANGUL.test(ch) ? IS_HANGUL : 0) |
    (KATAKANA.test(ch) ? IS_KATAKANA : 0) |
    (DIGIT.test(ch) ? IS_DIGIT : 0)
  );
}

/**
 * The folded characters of a text before the last pass, as parallel arrays (one entry per
 * character) rather than one object each. Two sets are reused from call to call (normalising
 * is synchronous): no allocation per character, and none per call once they are large enough.
 */
class Pieces {
  length = 0;
  /** The character of each piece: always one code point. */
  code = new Int32Array(64);
  kind = new Uint8Array(64) as Uint8Array & { [i: number]: Kind };
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** 1 where the character came from spaced-out letters joined together ("u n d r e s s"). */
  joined = new Uint8Array(64);

  reset(): this {
    this.length = 0;
    return this;
  }

  push(code: number, kind: Kind, start: number, end: number, joined: number): void {
    const n = this.length;
    if (n === this.start.length) this.grow();
    this.code[n] = code;
    this.kind[n] = kind;
    this.start[n] = start;
    this.end[n] = end;
    this.joined[n] = joined;
    this.length = n + 1;
  }

  private grow(): void {
    const size = 2 * this.start.length;
    const code = new Int32Array(size);
    code.set(this.code);
    this.code = code;
    const kind = new Uint8Array(size);
    kind.set(this.kind);
    this.kind = kind as Uint8Array & { [i: number]: Kind };
    const start = new Int32Array(size);
    start.set(this.start);
    this.start = start;
    const end = new Int32Array(size);
    end.set(this.end);
    this.end = end;
    const joined = new Uint8Array(size);
    joined.set(this.joined);
    this.joined = joined;
  }
}

const folded = new Pieces();
const rejoined = new Pieces();

/**
 * Folds `input`; see NormalizedText. Deterministic and linear in the input length. With `cutRuns`
 * false, long repeated runs are kept whole (see collapseRuns): for comparison in tests and tools.
 */
export function normalize(input: string, cutRuns = true): NormalizedText {
  work.steps += input.length;
  const pieces = fold(input);
  const joined = joinSpacedLetters(pieces);
  foldMixedScriptWords(joined);
  return finish(joined, cutRuns);
}

function fold(input: string): Pieces {
  const out = folded.reset();
  let offset = 0;
  let i = 0;
  // Whether word emoji have been read since the last letter or digit (EmojiRuns).
  let inRun = false;
  while (i < input.length) {
    const code = input.codePointAt(i)!;
    const start = offset;
    if (isCompatibilityJamo(code)) {
      // Loose jamo ("ㅂㅓㅅㄱㅕ") are composed into syllables ("벗겨") over the whole run.
      let j = i;
      while (j < input.length && isCompatibilityJamo(input.charCodeAt(j))) j++;
      offset = j;
      for (const ch of composeJamo([...input.slice(i, j)])) out.push(ch.charCodeAt(0), LETTER_KIND, start, offset, 0);
      i = j;
      continue;
    }
    const width = code > 0xffff ? 2 : 1;
    offset += width;
    i += width;
    // Most characters fold to one (or none): read from a table of numbers, no object touched.
    const one = code < 65_536 ? BMP_FOLD_ONE[code]! : FOLD_MANY;
    if (one >= 0) {
      out.push(one >> 2, (one & 3) as Kind, start, offset, 0);
      // A letter or digit ends a run of word emoji (EmojiRuns).
      if (inRun && (one & 3) <= DIGIT_KIND) inRun = emojiRuns.close();
    } else if (one !== FOLD_NONE) {
      const from = out.length;
      const folded = foldCodePoint(code);
      for (let f = 0; f < folded.length; f++) out.push(folded[f]! >> 2, (folded[f]! & 3) as Kind, start, offset, 0);
      const word = code >= EMOJI_MIN ? EMOJI_WORD_INDEX.get(code) : undefined;
      if (word !== undefined) inRun = emojiRuns.add(from, out.length, word);
      else if (inRun && out.length > from && out.kind[out.length - 1]! <= DIGIT_KIND) inRun = emojiRuns.close();
    }
  }
  if (inRun) emojiRuns.close();
  emojiRuns.separators(out);
  emojiRuns.compact(out);
  foldLongVowelMarks(out);
  resolveLeet(out);
  return out;
}

// Look-alikes of the katakana long-vowel mark: "ヌ一ド" (kanji one), "ヌ-ド", "ヌ—ド".
const LONG_VOWEL_LOOKALIKES = new Set(['一', '-', '－', '—', '–', '‐', '~', '〜']);
const KATAKANA = /\p{Script=Katakana}/u;

/** The look-alikes by code unit: a table read per character, not a set look-up. */
const LONG_VOWEL_CODES = new Uint8Array(65_536);
const LONG_VOWEL_MARK = 'ー'.charCodeAt(0);
for (const c of LONG_VOWEL_LOOKALIKES) LONG_VOWEL_CODES[c.charCodeAt(0)] = 1;

function isLongVowelLookalike(code: number): boolean {
  return code < 65_536 && LONG_VOWEL_CODES[code] === 1;
}

/** A long-vowel look-alike between two katakana is the long-vowel mark ("ヌ一ド" is "ヌード"). */
function foldLongVowelMarks(pieces: Pieces): void {
  const { code } = pieces;
  for (let i = 1; i + 1 < pieces.length; i++) {
    if (!isLongVowelLookalike(code[i]!) || !(charInfo(code[i - 1]!) & IS_KATAKANA) || !(charInfo(code[i + 1]!) & IS_KATAKANA)) continue;
    code[i] = LONG_VOWEL_MARK;
    pieces.kind[i] = LETTER_KIND;
  }
}

/**
 * Emoji and symbols that people use as words in requests. Only unambiguous ones: 👙 is a bikini
 * wherever it appears; 🍑 and 🍆 are read the way they are used in sexual slang.
 */
const EMOJI_WORDS: Readonly<Record<string, string>> = {
  '👙': 'bikini',
  '🩱': 'swimsuit',
  '🩲': 'briefs',
  '🩳': 'shorts',
  '👗': 'dress',
  '👕': 'shirt',
  '👚': 'blouse',
  '👖': 'jeans',
  '👘': 'kimono',
  '🥻': 'sari',
  '👔': 'shirt',
  '🧥': 'coat',
  '🥼': 'coat',
  '🦺': 'vest',
  '🍑': 'booty',
  '🍆': 'dick',
  '💦': 'wet',
  '🔞': 'nsfw',
  '🫦': 'seductive',
  '🥵': 'sexy',
  '👅': 'lick',
  '🚫': 'no',
  '❌': 'no',
  '⛔': 'no',
  '🙅': 'no',
  '👶': 'baby',
  '🧒': 'child',
  '👧': 'girl',
  '👦': 'boy',
  '🧸': 'toy',
  '🔥': 'hot',
  '🌶': 'spicy',
  '🌶️': 'spicy',
  '👀': 'see',
  '🙈': 'hide',
  '✂': 'cut',
  '✂️': 'cut',
};

/** Each word emoji's code point (the first, for the two written with a variation selector), and its word's number. */
const EMOJI_WORD_INDEX: ReadonlyMap<number, number> = (() => {
  const words = [...new Set(Object.values(EMOJI_WORDS))];
  return new Map(Object.entries(EMOJI_WORDS).map(([emoji, word]) => [emoji.codePointAt(0)!, words.indexOf(word)] as const));
})();
/** The lowest of those code points: nothing below it is looked up. */
const EMOJI_MIN = Math.min(...EMOJI_WORD_INDEX.keys());

/**
 * Word emoji read in a run (no letter or digit between them) beyond which only the first of each word is kept, and how
 * many at the run's end are kept whatever they are: "put her in a 👙" or "👙 on her" read every emoji as a word, while
 * 10,000 emoji in a row (the worst case of issue 11's linear-time target) would otherwise read as 10,000 words, nearly
 * three characters of skeleton for each one of input. The words of a long run are all still there, each at least once.
 */
const EMOJI_RUN_HEAD = 24;
const EMOJI_RUN_TAIL = 8;

/** The word emoji of the current run in `fold`, and the pieces of those to leave out (see EMOJI_RUN_HEAD). */
class EmojiRuns {
  /** Per word emoji of the run: its first piece, its end, its word's number (three numbers each). */
  private run: number[] = [];
  /** Pieces to leave out, as [from, to) pairs in order. */
  private drops: number[] = [];
  private seen = new Int32Array(EMOJI_WORD_INDEX.size + 1);
  private generation = 0;

  /** Every word emoji of the text, as [first piece, end) pairs: for the letters they may separate (separators). */
  private all: number[] = [];

  /** Adds a word emoji to the run; true (the run is open). */
  add(from: number, to: number, word: number): true {
    this.run.push(from, to, word);
    this.all.push(from, to);
    return true;
  }

  /**
   * "n💦u💦d💦e", "p💦a💦r💦t💦y": word emoji between single letters, two or more in a chain, separate the letters of
   * one word (read joined, as spaced letters are) and are no words themselves. Their word's letters are marked to
   * leave out, keeping one space. One pass over the text's word emoji.
   */
  separators(out: Pieces): void {
    const all = this.all;
    const n = all.length / 2;
    if (n < 2) {
      all.length = 0;
      return;
    }
    const { kind } = out;
    const letter = (i: number) => i >= 0 && i < out.length && kind[i] === LETTER_KIND;
    const single = (i: number) => letter(i) && !letter(i - 1) && !letter(i + 1);
    const between = (k: number) => single(all[2 * k]! - 1) && single(all[2 * k + 1]!);
    // Whether word emoji k and k + 1 stand either side of one letter.
    const chained = (k: number) => k >= 0 && k + 1 < n && all[2 * k + 1]! + 1 === all[2 * k + 2]! && between(k) && between(k + 1);
    for (let k = 0; k < n; k++) if (chained(k - 1) || chained(k)) this.drops.push(all[2 * k]! + 1, all[2 * k + 1]!);
    all.length = 0;
  }

  /** Ends the run at a letter or digit (or the end of the text): its middle's repeated words are marked to leave out. False (no run is open). */
  close(): false {
    const run = this.run;
    const count = run.length / 3;
    if (count > EMOJI_RUN_HEAD + EMOJI_RUN_TAIL) {
      this.generation++;
      for (let k = 0; k < count; k++) {
        const word = run[3 * k + 2]!;
        const repeated = this.seen[word] === this.generation;
        this.seen[word] = this.generation;
        if (k >= EMOJI_RUN_HEAD && k < count - EMOJI_RUN_TAIL && repeated) this.drops.push(run[3 * k]!, run[3 * k + 1]!);
      }
    }
    if (count > 0) run.length = 0;
    return false;
  }

  /** Leaves out the marked pieces (one pass, in place). */
  compact(out: Pieces): void {
    let drops = this.drops;
    if (drops.length === 0) return;
    // Runs' and separators' marks, in the order of the pieces (they never overlap: a letter ends a run).
    if (!ascending(drops)) {
      const pairs = Array.from({ length: drops.length / 2 }, (_, k) => [drops[2 * k]!, drops[2 * k + 1]!] as const).sort((a, b) => a[0] - b[0]);
      drops = this.drops = pairs.flat();
    }
    let n = drops[0]!;
    let d = 0;
    for (let i = n; i < out.length; i++) {
      while (d < drops.length && i >= drops[d + 1]!) d += 2;
      if (d < drops.length && i >= drops[d]!) continue;
      out.code[n] = out.code[i]!;
      out.kind[n] = out.kind[i]!;
      out.start[n] = out.start[i]!;
      out.end[n] = out.end[i]!;
      out.joined[n] = out.joined[i]!;
      n++;
    }
    out.length = n;
    drops.length = 0;
  }
}

const emojiRuns = new EmojiRuns();

function ascending(pairs: readonly number[]): boolean {
  for (let k = 2; k < pairs.length; k += 2) if (pairs[k]! < pairs[k - 2]!) return false;
  return true;
}

// Folding one code point is pure, so it is cached (by code point: no string made to look it up).
// A fold is a list of pieces, each packed as (code point << 2) | kind.
const FOLD_CACHE = new Map<number, Int32Array>();
const FOLD_CACHE_LIMIT = 20_000;

/** Folds of the Basic Multilingual Plane, by code unit: a table read, no hashing; FOLD_CACHE holds the rest. */
const BMP_FOLD: Array<Int32Array | undefined> = new Array(65_536).fill(undefined);
/** The same for the Supplementary Multilingual Plane (emoji, pictographs), by code point minus 0x10000. */
const PLANE1_FOLD: Array<Int32Array | undefined> = new Array(65_536).fill(undefined);
/** Where a fold is not one piece: none, or several (or not yet known: see foldCodePoint). */
const FOLD_NONE = -2;
const FOLD_MANY = -1;
/**
 * Per BMP code unit: its fold's one piece, packed, or FOLD_NONE or FOLD_MANY. Starts as FOLD_MANY
 * everywhere, which sends a character to foldCodePoint, which fills this in.
 */
const BMP_FOLD_ONE = new Int32Array(65_536).fill(FOLD_MANY);

function foldCodePoint(code: number): Int32Array {
  const known = code < 65_536 ? BMP_FOLD[code] : code < 0x20000 ? PLANE1_FOLD[code - 0x10000] : FOLD_CACHE.get(code);
  if (known) return known;
  const cp = String.fromCodePoint(code);
  const pieces: number[] = [];
  const add = (c: string, kind: Kind) => pieces.push((c.codePointAt(0)! << 2) | kind);
  const emoji = EMOJI_WORDS[cp];
  if (emoji) {
    // An emoji used as a word ("put her in a 👙") reads as that word, set apart by spaces.
    add(' ', SEP_KIND);
    for (const c of emoji) add(c, c === ' ' ? SEP_KIND : LETTER_KIND);
    add(' ', SEP_KIND);
  } else if (MARK.test(cp) && KEPT_MARK.test(cp) && !NUKTA.test(cp)) {
    // Vowel signs of Indic and Thai scripts are part of the spelling: without them "மாலை"
    // (evening) and "முலை" (breast) would fold to one word.
    add(cp, LETTER_KIND);
  } else if (!INVISIBLE.test(cp) && !MARK.test(cp)) {
    for (let ch of cp.normalize('NFKC').toLowerCase()) {
      if (!HANGUL.test(ch)) {
        ch = ch.normalize('NFD').replace(/\p{M}/gu, '');
        if (ch === '') continue;
      }
      for (const c of CONFUSABLES[ch] ?? ch) add(c, classify(c));
    }
  }
  const folded = Int32Array.from(pieces);
  if (code < 65_536) {
    BMP_FOLD[code] = folded;
    BMP_FOLD_ONE[code] = folded.length === 0 ? FOLD_NONE : folded.length === 1 ? folded[0]! : FOLD_MANY;
  } else if (code < 0x20000) PLANE1_FOLD[code - 0x10000] = folded;
  else if (FOLD_CACHE.size < FOLD_CACHE_LIMIT) FOLD_CACHE.set(code, folded);
  return folded;
}

const CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const JONG = ' ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';

function isCompatibilityJamo(c: number): boolean {
  return c >= 0x3131 && c <= 0x3163;
}

/** Composes a run of compatibility jamo into Hangul syllables; leftovers stay as they are. */
function composeJamo(jamo: string[]): string[] {
  const out: string[] = [];
  const vowel = (j: string | undefined) => j !== undefined && j >= 'ㅏ' && j <= 'ㅣ';
  let i = 0;
  while (i < jamo.length) {
    const cho = CHO.indexOf(jamo[i]!);
    if (cho < 0 || !vowel(jamo[i + 1])) {
      out.push(jamo[i++]!);
      continue;
    }
    const jung = jamo[i + 1]!.charCodeAt(0) - 'ㅏ'.charCodeAt(0);
    let jong = 0;
    const next = jamo[i + 2];
    if (next !== undefined && !vowel(jamo[i + 3]) && JONG.indexOf(next) > 0) {
      jong = JONG.indexOf(next);
      i += 3;
    } else {
      i += 2;
    }
    out.push(String.fromCharCode(0xac00 + (cho * 21 + jung) * 28 + jong));
  }
  return out;
}

/**
 * A word mixing Latin letters with Cyrillic or Greek look-alikes is folded to its majority
 * script: "hеr clоthes" (Cyrillic е, о) becomes Latin, "гoлой" (Latin o) becomes Cyrillic. Among Latin
 * words (its neighbours Latin, or the text's edge), a word with Greek letters and a Latin one is Latin
 * whatever the count ("mets-la à ροιl"), and so is a word made only of look-alikes ("take her τορ off").
 */
function foldMixedScriptWords(pieces: Pieces): void {
  const { code, kind } = pieces;
  // Cyrillic and Greek letters all lie above U+0300: a text without such a character has no mixed word.
  let high = false;
  for (let k = 0; k < pieces.length && !high; k++) high = code[k]! >= 0x300;
  if (!high) return;
  // Each word once: its span, its Latin and look-alike-script letter counts, and whether every one of its
  // letters has a Latin look-alike.
  const words: Array<{ start: number; end: number; latin: number; other: number; greek: boolean; lookalike: boolean; cyrillicShape: boolean; cyrillicOnly: boolean }> = [];
  let start = 0;
  for (let i = 0; i <= pieces.length; i++) {
    if (i < pieces.length && kind[i] !== SEP_KIND) continue;
    let latin = 0;
    let other = 0;
    let greek = false;
    let lookalike = true;
    // Every Latin letter a look-alike of a Cyrillic one, and a Cyrillic letter with no Latin look-alike ("pa3дeнь").
    let cyrillicShape = true;
    let cyrillicOnly = false;
    for (let k = start; k < i; k++) {
      const c = code[k]!;
      const info = charInfo(c);
      if (info & IS_LATIN) {
        latin++;
        if (!LATIN_TO_CYRILLIC[String.fromCodePoint(c)]) cyrillicShape = false;
      } else if (info & IS_CYRILLIC_OR_GREEK) {
        other++;
        if (c >= 0x370 && c <= 0x3ff) greek = true;
        if (!SCRIPT_CONFUSABLES[String.fromCodePoint(c)]) lookalike = false;
        if (onlyCyrillic(c)) cyrillicOnly = true;
      } else if (kind[k] === LETTER_KIND) lookalike = false;
    }
    if (i > start) words.push({ start, end: i, latin, other, greek, lookalike, cyrillicShape, cyrillicOnly });
    start = i + 1;
  }
  for (let w = 0; w < words.length; w++) {
    const { start: from, end: to, latin, other, greek, lookalike, cyrillicShape, cyrillicOnly } = words[w]!;
    if (other === 0) continue;
    const prev = words[w - 1];
    const next = words[w + 1];
    // Beside a Latin word (or a disguised word beside one: "zeig sie οbεη οhηε", two disguised words in a
    // row), and beside nothing but Latin words and words of Latin letters and look-alikes.
    const nearLatin = latinWord(prev) || latinWord(next) || (latinOrDisguised(prev) && latinWord(words[w - 2])) || (latinOrDisguised(next) && latinWord(words[w + 2]));
    const amongLatin = nearLatin && (prev === undefined || latinOrDisguised(prev)) && (next === undefined || latinOrDisguised(next));
    let table: Record<string, string> | undefined;
    // A word of Latin letters and look-alikes among Latin words is Latin, however many look-alikes it has
    // ("coloca ela реlаdа", "fa-o gоаlа"); a Latin letter in a Cyrillic word among Cyrillic words is Cyrillic.
    // A word whose Latin letters all look like Cyrillic ones and which holds a letter only Cyrillic has ("pa3дeнь",
    // "paздeнь") is Cyrillic whatever the count: no Latin word is spelt with "д" or "ь".
    if (latin > 0 && cyrillicShape && cyrillicOnly && !greek) table = LATIN_TO_CYRILLIC;
    else if (latin > 0) table = latin >= other || ((greek || lookalike) && amongLatin) ? SCRIPT_CONFUSABLES : LATIN_TO_CYRILLIC;
    else if (lookalike && amongLatin) table = SCRIPT_CONFUSABLES;
    if (!table) continue;
    // A mostly Cyrillic word with a letter only Cyrillic has reads its other Latin letters by transliteration too.
    const translit = table === LATIN_TO_CYRILLIC && cyrillicOnly && !greek && latin < other;
    for (let k = from; k < to; k++) {
      const ch = String.fromCodePoint(code[k]!);
      const lookalike = table[ch];
      // The look-alike, unless it is a letter of no alphabet the word could be in ("d" looks like Komi "ԁ": read "д").
      const mapped = translit && (lookalike === undefined || !COMMON_CYRILLIC.test(lookalike)) ? (LATIN_TRANSLIT[ch.toLowerCase()] ?? lookalike) : lookalike;
      if (mapped) code[k] = mapped.codePointAt(0)!;
    }
  }
}

/** Whether a word (of foldMixedScriptWords) is Latin, or Latin letters mixed with look-alikes of them only. */
function latinOrDisguised(word: { latin: number; other: number; lookalike: boolean } | undefined): boolean {
  return word !== undefined && word.latin > 0 && (word.other === 0 || word.lookalike);
}

/** Whether a word (of foldMixedScriptWords) is written in Latin letters only. */
function latinWord(word: { latin: number; other: number } | undefined): boolean {
  return word !== undefined && word.latin > 0 && word.other === 0;
}

function classify(c: string): Kind {
  if (LETTER.test(c)) return LETTER_KIND;
  if (DIGIT.test(c)) return DIGIT_KIND;
  if (CENSOR.has(c)) return WILD_KIND;
  if (c in LEET) return DIGIT_KIND;
  return SEP_KIND;
}

/**
 * A digit or symbol becomes a letter only when a letter comes before it in the same word:
 * "cl0thes" and "nud3" fold, "18yo" and "$20" do not.
 */
const AT_SIGN = 64;

function resolveLeet(pieces: Pieces): void {
  const { code, kind } = pieces;
  const n = pieces.length;
  // Each run of digits and symbols is measured once, so long runs ("1234…") stay linear.
  let i = 0;
  while (i < n) {
    if (kind[i] !== DIGIT_KIND && kind[i] !== WILD_KIND) {
      i++;
      continue;
    }
    let k = i;
    while (k < n && (kind[k] === DIGIT_KIND || kind[k] === WILD_KIND)) k++;
    const j = i - 1;
    const afterLetter = j >= 0 && kind[j] === LETTER_KIND;
    const beforeLetter = k < n && kind[k] === LETTER_KIND;
    const atWordStart = j < 0 || kind[j] === SEP_KIND;
    const leadingRun = atWordStart && k - i <= 3 && beforeLetter && !unitAfter(pieces, k) && allLeet(pieces, i, k);
    // Beside a Cyrillic letter a digit stands for the Cyrillic letter it looks like ("pa3дeнь": "з", "0" "о"); read once per run.
    const cyrillic = cyrillicNear(pieces, i, k);
    for (let x = i; x < k; x++) {
      if (kind[x] === WILD_KIND) {
        // A censor mark stands for a letter only inside a word; elsewhere it is punctuation.
        if (!afterLetter || !beforeLetter) kind[x] = SEP_KIND;
        continue;
      }
      const c = code[x]!;
      const leet = cyrillic ? (CYRILLIC_LEET[c] ?? leetOf(c)) : leetOf(c);
      const digit = (charInfo(c) & IS_DIGIT) !== 0;
      // Digits fold after a letter ("cl0thes", "nud3"), or at the start of a word whose rest is
      // not a unit ("0ff", "53xu4l", but not "15yo", "3d", "4k", "18f"); symbols only inside a
      // word ("n@ked", "n!pple").
      // "n@ng@": an at sign ending a word of letters is an "a" too.
      const trailingAt = c === AT_SIGN && afterLetter && x === k - 1 && !beforeLetter;
      if (leet && ((afterLetter && (digit || beforeLetter || trailingAt)) || (digit && leadingRun))) {
        code[x] = leet;
        kind[x] = LETTER_KIND;
      } else if (!digit) {
        kind[x] = SEP_KIND;
      }
    }
    i = k;
  }
}

const UNITS = new Set([
  'st',
  'nd',
  'rd',
  'th',
  'yo',
  'y',
  'yr',
  'yrs',
  'f',
  'yof',
  'yom',
  'hd',
  'fps',
  'bit',
  'k',
  'm',
  'd',
  'h',
  's',
  'x',
  'px',
  'cm',
  'kg',
  'mm',
  'am',
  'pm',
  'g',
  'mb',
  'gb',
  'p',
  'min',
  'ans',
  'anos',
  'anni',
  'jahre',
  'lat',
  'enne',
  'sal',
  'saal',
]);

function allLeet(pieces: Pieces, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (leetOf(pieces.code[k]!) === 0) return false;
  return true;
}

function unitAfter(pieces: Pieces, k: number): boolean {
  let word = '';
  // Units are short: reading more than a few letters could only be quadratic work.
  while (k < pieces.length && pieces.kind[k] === LETTER_KIND && word.length <= 4) word += String.fromCodePoint(pieces.code[k++]!);
  return UNITS.has(word) || AGE_STEM.test(word);
}

/** An age written as one word with its number: "14letou" (cs), "13latka" (pl), "12jährige", "14yaşında", "13éves". */
const AGE_STEM = /^(?:let|lat|jahr|jähr|yas|yaş|éves|eves|vuot)/;

/**
 * "u n d r e s s", "n.u.d.e", "n-u-d-e": three or more single letters separated by single
 * separators become one word. Separators between CJK characters are dropped as well.
 */
function joinSpacedLetters(pieces: Pieces): Pieces {
  const out = rejoined.reset();
  const { code, kind } = pieces;
  const n = pieces.length;
  // The next non-separator after a separator (n: none), found only where a CJK character precedes it and
  // kept for the rest of that run of separators: each piece is scanned at most once.
  let ahead = -1;
  // Most texts have nothing to join: the output is the input until the first change, so pieces are
  // copied at the first change (`same`: `out` would so far be the input's first `i` pieces).
  let same = true;
  let i = 0;
  while (i < n) {
    const runEnd = singleLetterRun(pieces, i);
    if (runEnd > 0) {
      if (same) same = copyPrefix(pieces, out, i);
      for (let k = i; k < runEnd; k++) if (kind[k] !== SEP_KIND) out.push(code[k]!, kind[k]!, pieces.start[k]!, pieces.end[k]!, 1);
      i = runEnd;
      continue;
    }
    if (kind[i] === SEP_KIND) {
      // The character before (-1: none).
      const lastCh = same ? (i > 0 ? code[i - 1]! : -1) : out.length > 0 ? out.code[out.length - 1]! : -1;
      if (lastCh >= 0 && charInfo(lastCh) & IS_CJK && ahead <= i) for (ahead = i + 1; ahead < n && kind[ahead] === SEP_KIND; ) ahead++;
      if (lastCh >= 0 && charInfo(lastCh) & IS_CJK && ahead < n && charInfo(code[ahead]!) & IS_CJK) {
        if (same) same = copyPrefix(pieces, out, i);
        i++;
        continue;
      }
      // "누.드로", "벗.겨.줘": a dot or dash inside a Hangul word hides it; a space is a real word break.
      if (lastCh >= 0 && charInfo(lastCh) & IS_HANGUL && i + 1 < n && charInfo(code[i + 1]!) & IS_HANGUL && !/\s/u.test(String.fromCodePoint(code[i]!))) {
        if (same) same = copyPrefix(pieces, out, i);
        i++;
        continue;
      }
    }
    if (!same) out.push(code[i]!, kind[i]!, pieces.start[i]!, pieces.end[i]!, pieces.joined[i]!);
    i++;
  }
  return same ? pieces : out;
}

/** Copies the first `upTo` pieces of `pieces` into `out`; returns false (the two now differ). */
function copyPrefix(pieces: Pieces, out: Pieces, upTo: number): false {
  for (let k = 0; k < upTo; k++) out.push(pieces.code[k]!, pieces.kind[k]!, pieces.start[k]!, pieces.end[k]!, pieces.joined[k]!);
  return false;
}

/** The end of a run of three or more spaced single letters starting at `i`, or 0 where none starts. */
function singleLetterRun(pieces: Pieces, i: number): number {
  const { code, kind } = pieces;
  if (kind[i] !== LETTER_KIND || !boundaryAt(pieces, i - 1) || !boundaryAt(pieces, i + 1) || charInfo(code[i]!) & IS_CJK) return 0;
  let count = 1;
  let k = i + 1;
  while (k + 1 < pieces.length && kind[k] === SEP_KIND && kind[k + 1] === LETTER_KIND && boundaryAt(pieces, k + 2) && !(charInfo(code[k + 1]!) & IS_CJK)) {
    count++;
    k += 2;
  }
  return count >= 3 ? k : 0;
}

function boundaryAt(pieces: Pieces, k: number): boolean {
  return k < 0 || k >= pieces.length || pieces.kind[k] === SEP_KIND;
}

/** The skeleton's code units, reused from call to call (normalising is synchronous). */
let unitScratch = new Uint16Array(512);

/**
 * Collapses separators to one space and runs of a letter to one, and computes word positions.
 * The five offset arrays are written straight into one piece of a shared pool (as Node's Buffer
 * pool does), laid out for the most characters the skeleton can have (one per piece), and handed
 * out as views of the length it has: no array per text, and no copy.
 */
function finish(pieces: Pieces, cutRuns: boolean): NormalizedText {
  const { code: pcode, kind, start, end, joined: pjoined } = pieces;
  const n = pieces.length;
  // Each piece gives at most one skeleton character (a run of three or more letters gives one).
  const out = poolPiece(14 * n);
  const base = out.at;
  const i32 = out.i32;
  const f32 = out.f32;
  const u8 = out.u8;
  const startAt = base >> 2;
  const endAt = (base + 4 * n) >> 2;
  const positionAt = (base + 8 * n) >> 2;
  const wordClassAt = base + 12 * n;
  const joinedAt = base + 13 * n;
  // The skeleton is written as UTF-16 units (a character may be a surrogate pair) and made a string once at the end.
  if (unitScratch.length < 2 * n) unitScratch = new Uint16Array(Math.max(2 * n, 2 * unitScratch.length));
  const units = unitScratch;
  let u = 0;
  let length = 0;
  let position = 0;
  for (let i = 0; i < n; i++) {
    if (kind[i] === SEP_KIND) {
      if (length > 0 && units[u - 1] !== 32) {
        units[u++] = 32;
        i32[startAt + length] = start[i]!;
        i32[endAt + length] = end[i]!;
        f32[positionAt + length] = position;
        u8[wordClassAt + length] = 0;
        u8[joinedAt + length] = 0;
        length++;
        position += 1;
      }
      continue;
    }
    // Three or more of the same letter ("nuuuude", "sexxxy") become one; doubles stay, so
    // "off" and "dress" keep their spelling and do not collide with "of" or "dres".
    const p = pcode[i]!;
    let j = i;
    if (kind[i] === LETTER_KIND) while (j + 1 < n && kind[j + 1] === LETTER_KIND && pcode[j + 1] === p) j++;
    const run = j - i + 1;
    const copies = run >= 3 ? 1 : run;
    const ch = kind[i] === WILD_KIND ? WILDCARD_CODE : p;
    const info = charInfo(ch);
    const cls = info & IS_WORD ? (info & IS_OPEN_SCRIPT ? 2 : 1) : 0;
    for (let k = 0; k < copies; k++) {
      if (ch < 65_536) units[u++] = ch;
      else {
        units[u++] = 0xd800 + ((ch - 0x10000) >> 10);
        units[u++] = 0xdc00 + ((ch - 0x10000) & 0x3ff);
      }
      i32[startAt + length] = start[i + k]!;
      i32[endAt + length] = copies === 1 ? end[j]! : end[i + k]!;
      f32[positionAt + length] = position;
      u8[wordClassAt + length] = cls;
      u8[joinedAt + length] = pjoined[i + k]!;
      length++;
      if (info & IS_CJK) position += 0.5;
    }
    i = j;
  }
  if (length > 0 && units[u - 1] === 32) {
    u--;
    length--;
  }
  const buffer = out.buffer;
  const norm: NormalizedText = {
    text: '',
    start: new Int32Array(buffer, base, length),
    end: new Int32Array(buffer, base + 4 * n, length),
    position: new Float32Array(buffer, base + 8 * n, length),
    wordClass: new Uint8Array(buffer, wordClassAt, length),
    joined: new Uint8Array(buffer, joinedAt, length),
  };
  // A skeleton with a character past the BMP has more units than characters: it is never cut (a
  // run is found on units, and the arrays are per character).
  if (cutRuns && length >= MIN_RUN && u === length) {
    const cut = collapseRuns(units, norm);
    if (cut) {
      norm.skips = cut.skips;
      length = u = cut.length;
      norm.start = norm.start.subarray(0, length);
      norm.end = norm.end.subarray(0, length);
      norm.position = norm.position.subarray(0, length);
      norm.wordClass = norm.wordClass.subarray(0, length);
      norm.joined = norm.joined.subarray(0, length);
    }
  }
  norm.text = unitsToString(units, u);
  return norm;
}

/*
 * Long runs of one repeated unit ("👙" ten thousand times, a base64 line pasted over and over) are
 * cut short: the first and the last KEEP_RUN characters of a run stay, and a whole number of units
 * between them is left out of the skeleton, so everything after it (the matcher, the rules, the
 * classifier) reads a text of bounded size per run. Nothing is lost that the screener reads:
 * - a run is periodic in every array (skeleton, word classes, and offsets and word positions that
 *   advance by the same amount each unit), so any stretch of the cut skeleton shorter than what is
 *   kept is a stretch of the full one, and every term and n-gram inside the run is still there; one
 *   read across the cut is a copy of one before it, and its span is that copy's (spanEnd, SkipCursor);
 * - offsets and word positions stay those of the original: evidence points at the text as given,
 *   and words either side of a run are as many words apart as they were (the rules' "near" reads
 *   both words and characters, and what is kept either side is longer than any rule reaches);
 * - what is left out is a multiple of the classifier's stride (CUT_ALIGN) and of the unit, and
 *   what is kept holds every phase of the unit against the windows: each window of the cut text
 *   is a window of the full one, and each window of the full one has a copy in the cut text.
 */
/** The window whose smallest period is measured at each checkpoint, and the longest unit looked for. */
const RUN_CHECK = 128;
const RUN_PERIOD = RUN_CHECK / 2;
/** Checkpoints lie this far apart: a run of MIN_RUN characters holds a whole check window. */
const RUN_STEP = 256;
/** Characters of a run kept at each end: more than a classifier window and than any rule reaches ((8 + 1) * 24 + 64). */
export const KEEP_RUN = 512;
/** The classifier's stride (classifier/model.ts, its header; a test checks it divides this). */
export const CUT_ALIGN = 64;
/** A skeleton shorter than this has no run that could be cut (at least one stride left out). */
const MIN_RUN = 2 * KEEP_RUN + 2 * CUT_ALIGN;

const prefixScratch = new Int32Array(RUN_CHECK);

/** The smallest period of units[from, from + RUN_CHECK) (the prefix function, linear). */
function smallestPeriod(units: Uint16Array, from: number): number {
  const pi = prefixScratch;
  pi[0] = 0;
  for (let q = 1; q < RUN_CHECK; q++) {
    let k = pi[q - 1]!;
    const c = units[from + q];
    while (k > 0 && units[from + k] !== c) k = pi[k - 1]!;
    if (units[from + k] === c) k++;
    pi[q] = k;
  }
  work.steps += 2 * RUN_CHECK;
  return RUN_CHECK - pi[RUN_CHECK - 1]!;
}

function gcd(a: number, b: number): number {
  while (b > 0) [a, b] = [b, a % b];
  return a;
}

/** Cuts runs in place (the arrays are moved down); the new length and the skips, or undefined where none was cut. */
function collapseRuns(units: Uint16Array, norm: NormalizedText): { length: number; skips: Skip[] } | undefined {
  const { start, end, position, wordClass, joined } = norm;
  const n = start.length;
  // Same character, and offsets and positions advanced as from `x` to `x + p` where the run was found.
  let p = 0;
  let dStart = 0;
  let dEnd = 0;
  let dPosition = 0;
  const same = (x: number): boolean =>
    units[x] === units[x + p] &&
    wordClass[x] === wordClass[x + p] &&
    joined[x] === joined[x + p] &&
    start[x + p]! - start[x]! === dStart &&
    end[x + p]! - end[x]! === dEnd &&
    position[x + p]! - position[x]! === dPosition;
  /** Runs to cut, as [keep up to, skip to] in the full skeleton. */
  let cuts: number[] | undefined;
  let done = 0;
  for (let i = 0; i + RUN_CHECK <= n; ) {
    p = smallestPeriod(units, i);
    if (p > RUN_PERIOD) {
      i += RUN_STEP;
      continue;
    }
    dStart = start[i + p]! - start[i]!;
    dEnd = end[i + p]! - end[i]!;
    dPosition = position[i + p]! - position[i]!;
    // [a, b): every x in [a, b - p) is the same as x + p.
    let a = i;
    while (a > done && same(a - 1)) a--;
    let b = i + p;
    while (b < n && same(b - p)) b++;
    work.steps += 2 * (b - a);
    const unit = (p * CUT_ALIGN) / gcd(p, CUT_ALIGN);
    // Kept before the cut: KEEP_RUN and one whole cycle of the unit against the stride (every phase).
    const from = a + KEEP_RUN + unit;
    const skip = Math.floor((b - KEEP_RUN - from) / unit) * unit;
    if (skip > 0 && dStart > 0) (cuts ??= []).push(from, from + skip);
    done = b;
    i = Math.max(i + RUN_STEP, b);
  }
  if (!cuts) return undefined;
  const skips: Skip[] = [];
  let w = cuts[0]!;
  for (let k = 0; k < cuts.length; k += 2) {
    const keepTo = cuts[k]!;
    const skipTo = cuts[k + 1]!;
    if (k > 0) w = move(units, norm, cuts[k - 1]!, keepTo, w);
    skips.push({ at: w, chars: skipTo - keepTo, offset: start[skipTo]! - start[keepTo]! });
  }
  return { length: move(units, norm, cuts[cuts.length - 1]!, n, w), skips };
}

/** Moves characters [from, to) of every array down to `at`; returns where the next go. */
function move(units: Uint16Array, norm: NormalizedText, from: number, to: number, at: number): number {
  units.copyWithin(at, from, to);
  norm.start.copyWithin(at, from, to);
  norm.end.copyWithin(at, from, to);
  norm.position.copyWithin(at, from, to);
  norm.wordClass.copyWithin(at, from, to);
  norm.joined.copyWithin(at, from, to);
  work.steps += to - from;
  return at + to - from;
}

const POOL_SIZE = 64 * 1024;

/** A piece of memory and views of all of it, to write into by index. */
interface PoolPiece {
  buffer: ArrayBuffer;
  i32: Int32Array;
  f32: Float32Array;
  u8: Uint8Array;
  at: number;
}

function views(buffer: ArrayBuffer): PoolPiece {
  return { buffer, i32: new Int32Array(buffer), f32: new Float32Array(buffer), u8: new Uint8Array(buffer), at: 0 };
}

let pool = views(new ArrayBuffer(POOL_SIZE));
let poolUsed = 0;
/** What poolPiece returns from the pool (reused: one piece is in use at a time). */
const piece: PoolPiece = { ...pool };

/** `bytes` bytes of zeroed memory, 8-byte aligned: a piece of the pool, or a buffer of its own when large. */
function poolPiece(bytes: number): PoolPiece {
  if (bytes > POOL_SIZE / 8) return views(new ArrayBuffer((bytes + 7) & ~7));
  if (poolUsed + bytes > POOL_SIZE) {
    pool = views(new ArrayBuffer(POOL_SIZE));
    poolUsed = 0;
  }
  piece.buffer = pool.buffer;
  piece.i32 = pool.i32;
  piece.f32 = pool.f32;
  piece.u8 = pool.u8;
  piece.at = poolUsed;
  poolUsed += (bytes + 7) & ~7;
  return piece;
}

let latin1 = Buffer.alloc(256);

/** The first `count` units as a string, lone surrogates kept as they are. */
export function unitsToString(units: Uint16Array, count: number): string {
  // Most skeletons are Latin-1 (English and most Latin-script text): decoded from bytes natively.
  if (latin1.length < count) latin1 = Buffer.alloc(Math.max(count, 2 * latin1.length));
  let k = 0;
  while (k < count && units[k]! < 256) latin1[k] = units[k++]!;
  if (k === count) return latin1.toString('latin1', 0, count);
  let out = '';
  for (let from = 0; from < count; from += 4096) out += String.fromCharCode.apply(null, units.subarray(from, Math.min(count, from + 4096)) as unknown as number[]);
  return out;
}

/** Folds a lexicon term the same way as input text; `*` at either end keeps its meaning (open boundary). */
export function normalizeTerm(term: string): string {
  return normalize(term).text;
}

/**
 * A pattern tested on normalised text, with its words in scripts other than ASCII written as the normaliser
 * writes them (Persian and Urdu "ی" and "ک" become Arabic "ي" and "ك", "آ" loses its madda): written as
 * people type them, "پیراهن" or "میں" would never match.
 */
export function normalisedPattern(pattern: RegExp): RegExp {
  return new RegExp(
    pattern.source.replace(/[^\x00-\x7f]+/g, (word) => normalizeTerm(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') || word),
    pattern.flags,
  );
}

/**
 * A pattern tested on normalised text that finds any of the words or phrases of `groups` (each group alternatives joined
 * by "|", one group per language family as the callers write them) as whole words: a space or the text's start before,
 * a space or its end after.
 */
export function wordsPattern(groups: readonly string[]): RegExp {
  return normalisedPattern(new RegExp(`(?:^| )(?:${groups.join('|')})(?= |$)`));
}

/**
 * Whether a normalised text has more than `max` words (runs of non-spaces); reads no further than the word past them,
 * so a long request costs no more than a short one.
 */
export function moreWordsThan(norm: string, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < norm.length; i++) {
    const space = norm.charCodeAt(i) === 32;
    if (!space && !inWord && ++words > max) return true;
    inWord = !space;
  }
  return false;
}
