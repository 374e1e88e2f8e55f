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
}

/** Marks a censored letter ("n*ked"): the matcher lets it stand for any one letter. */
export const WILDCARD = '*';

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
};

const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LATIN_TO_CYRILLIC: Record<string, string> = Object.fromEntries(
  Object.entries(SCRIPT_CONFUSABLES)
    .filter(([from]) => /\p{Script=Cyrillic}/u.test(from) && from !== 'ё' && from !== 'ї')
    .map(([from, to]) => [to, from]),
);

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
// Negative circled and negative squared Latin capitals (🅐, 🅽🆄🅳🅴) have no compatibility
// decomposition, so NFKC leaves them: they read as the letters they draw.
for (const first of [0x1f150, 0x1f170]) {
  for (let i = 0; i < 26; i++) CONFUSABLES[String.fromCodePoint(first + i)] = String.fromCharCode(97 + i);
}

/** Digits and symbols used for letters inside words ("r3move", "n@ked", "$ex"). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '€': 'e', '£': 'l', '¡': 'i' };
const CENSOR = new Set(['*', '#', '•', '·', '∗', '×']);

const LETTER = /\p{L}/u;
/** Combining marks kept as letters: the vowel signs of Brahmic scripts and Thai. */
const KEPT_MARK =
  /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Thai}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** The nukta (a dot below) is often left out in typing; it stays folded away. */
const NUKTA = /[\u093c\u09bc]/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
const LATIN_LETTER = /[a-z]/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;
const HANGUL = /\p{Script=Hangul}/u;

type Kind = 'letter' | 'digit' | 'sep' | 'wild';

// Per-character facts, cached: regular expressions over Unicode properties are slow per call.
const IS_CJK = 1;
const IS_LATIN = 2;
const IS_CYRILLIC_OR_GREEK = 4;
const IS_OPEN_SCRIPT = 8;
const IS_WORD = 16;
const OPEN_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Thai}\p{Script=Hebrew}\p{Script=Bengali}\p{Script=Tamil}\u30fc]/u;
const WORD = /[\p{L}\p{M}\p{Nd}*]/u;
const CHAR_INFO = new Map<string, number>();

const ASCII_INFO = new Int8Array(128).fill(-1);

function charInfo(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code < 128 && ch.length === 1) {
    const known = ASCII_INFO[code]!;
    if (known >= 0) return known;
  }
  let info = CHAR_INFO.get(ch);
  if (info === undefined) {
    info =
      (CJK.test(ch) ? IS_CJK : 0) |
      (LATIN_LETTER.test(ch) ? IS_LATIN : 0) |
      (CYRILLIC_OR_GREEK.test(ch) ? IS_CYRILLIC_OR_GREEK : 0) |
      (OPEN_SCRIPT.test(ch) ? IS_OPEN_SCRIPT : 0) |
      (WORD.test(ch) ? IS_WORD : 0);
    if (CHAR_INFO.size < 50_000) CHAR_INFO.set(ch, info);
    if (code < 128 && ch.length === 1) ASCII_INFO[code] = info;
  }
  return info;
}

interface Piece {
  ch: string;
  kind: Kind;
  start: number;
  end: number;
  /** Came from spaced-out letters joined back together ("u n d r e s s"). */
  joined: boolean;
}

/** Folds `input`; see NormalizedText. Deterministic and linear in the input length. */
export function normalize(input: string): NormalizedText {
  work.steps += input.length;
  const pieces = fold(input);
  const joined = joinSpacedLetters(pieces);
  foldMixedScriptWords(joined);
  return finish(joined);
}

function fold(input: string): Piece[] {
  const out: Piece[] = [];
  let offset = 0;
  const cps = [...input];
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    const start = offset;
    if (isCompatibilityJamo(cp)) {
      // Loose jamo ("ㅂㅓㅅㄱㅕ") are composed into syllables ("벗겨") over the whole run.
      let j = i;
      while (j < cps.length && isCompatibilityJamo(cps[j]!)) offset += cps[j++]!.length;
      for (const ch of composeJamo(cps.slice(i, j))) out.push({ ch, kind: 'letter', start, end: offset, joined: false });
      i = j - 1;
      continue;
    }
    offset += cp.length;
    const folded = foldCodePoint(cp);
    // Every piece has the same shape (joined included): V8 keeps property access monomorphic.
    for (let f = 0; f < folded.length; f++) out.push({ ch: folded[f]![0], kind: folded[f]![1], start, end: offset, joined: false });
  }
  foldLongVowelMarks(out);
  resolveLeet(out);
  return out;
}

// Look-alikes of the katakana long-vowel mark: "ヌ一ド" (kanji one), "ヌ-ド", "ヌ—ド".
const LONG_VOWEL_LOOKALIKES = new Set(['一', '-', '－', '—', '–', '‐', '~', '〜']);
const KATAKANA = /\p{Script=Katakana}/u;

/** A long-vowel look-alike between two katakana is the long-vowel mark ("ヌ一ド" is "ヌード"). */
function foldLongVowelMarks(pieces: Piece[]): void {
  for (let i = 1; i + 1 < pieces.length; i++) {
    const p = pieces[i]!;
    if (!LONG_VOWEL_LOOKALIKES.has(p.ch) || !KATAKANA.test(pieces[i - 1]!.ch) || !KATAKANA.test(pieces[i + 1]!.ch)) continue;
    p.ch = 'ー';
    p.kind = 'letter';
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

// Folding one code point is pure, so it is cached: prompts reuse a small alphabet.
const FOLD_CACHE = new Map<string, ReadonlyArray<readonly [string, Kind]>>();
const FOLD_CACHE_LIMIT = 20_000;

const ASCII_FOLD: Array<ReadonlyArray<readonly [string, Kind]> | undefined> = new Array(128);

function foldCodePoint(cp: string): ReadonlyArray<readonly [string, Kind]> {
  const code = cp.charCodeAt(0);
  if (code < 128) {
    const ascii = ASCII_FOLD[code];
    if (ascii) return ascii;
  }
  const cached = FOLD_CACHE.get(cp);
  if (cached) return cached;
  const folded: Array<readonly [string, Kind]> = [];
  const emoji = EMOJI_WORDS[cp];
  if (emoji) {
    // An emoji used as a word ("put her in a 👙") reads as that word, set apart by spaces.
    folded.push([' ', 'sep']);
    for (const c of emoji) folded.push([c, c === ' ' ? 'sep' : 'letter']);
    folded.push([' ', 'sep']);
  } else if (MARK.test(cp) && KEPT_MARK.test(cp) && !NUKTA.test(cp)) {
    // Vowel signs of Indic and Thai scripts are part of the spelling: without them "மாலை"
    // (evening) and "முலை" (breast) would fold to one word.
    folded.push([cp, 'letter']);
  } else if (!INVISIBLE.test(cp) && !MARK.test(cp)) {
    for (let ch of cp.normalize('NFKC').toLowerCase()) {
      if (!HANGUL.test(ch)) {
        ch = ch.normalize('NFD').replace(/\p{M}/gu, '');
        if (ch === '') continue;
      }
      for (const c of CONFUSABLES[ch] ?? ch) folded.push([c, classify(c)]);
    }
  }
  if (FOLD_CACHE.size < FOLD_CACHE_LIMIT) FOLD_CACHE.set(cp, folded);
  if (code < 128) ASCII_FOLD[code] = folded;
  return folded;
}

const CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const JONG = ' ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';

function isCompatibilityJamo(cp: string): boolean {
  const c = cp.codePointAt(0)!;
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
 * script: "hеr clоthes" (Cyrillic е, о) becomes Latin, "гoлой" (Latin o) becomes Cyrillic.
 */
function foldMixedScriptWords(pieces: Piece[]): void {
  let start = 0;
  for (let i = 0; i <= pieces.length; i++) {
    if (i < pieces.length && pieces[i]!.kind !== 'sep') continue;
    let latin = 0;
    let other = 0;
    for (let k = start; k < i; k++) {
      const info = charInfo(pieces[k]!.ch);
      if (info & IS_LATIN) latin++;
      else if (info & IS_CYRILLIC_OR_GREEK) other++;
    }
    if (latin > 0 && other > 0) {
      const table = latin >= other ? SCRIPT_CONFUSABLES : LATIN_TO_CYRILLIC;
      for (let k = start; k < i; k++) {
        const mapped = table[pieces[k]!.ch];
        if (mapped) pieces[k]!.ch = mapped;
      }
    }
    start = i + 1;
  }
}

function classify(c: string): Kind {
  if (LETTER.test(c)) return 'letter';
  if (DIGIT.test(c)) return 'digit';
  if (CENSOR.has(c)) return 'wild';
  if (c in LEET) return 'digit';
  return 'sep';
}

/**
 * A digit or symbol becomes a letter only when a letter comes before it in the same word:
 * "cl0thes" and "nud3" fold, "18yo" and "$20" do not.
 */
function resolveLeet(pieces: Piece[]): void {
  // Each run of digits and symbols is measured once, so long runs ("1234…") stay linear.
  let i = 0;
  while (i < pieces.length) {
    const kind = pieces[i]!.kind;
    if (kind !== 'digit' && kind !== 'wild') {
      i++;
      continue;
    }
    let k = i;
    while (k < pieces.length && (pieces[k]!.kind === 'digit' || pieces[k]!.kind === 'wild')) k++;
    const j = i - 1;
    const afterLetter = j >= 0 && pieces[j]!.kind === 'letter';
    const beforeLetter = k < pieces.length && pieces[k]!.kind === 'letter';
    const atWordStart = j < 0 || pieces[j]!.kind === 'sep';
    const leadingRun = atWordStart && k - i <= 3 && beforeLetter && !unitAfter(pieces, k) && allLeet(pieces, i, k);
    for (let x = i; x < k; x++) {
      const p = pieces[x]!;
      if (p.kind === 'wild') {
        // A censor mark stands for a letter only inside a word; elsewhere it is punctuation.
        if (!afterLetter || !beforeLetter) p.kind = 'sep';
        continue;
      }
      const leet = LEET[p.ch];
      const digit = DIGIT.test(p.ch);
      // Digits fold after a letter ("cl0thes", "nud3"), or at the start of a word whose rest is
      // not a unit ("0ff", "53xu4l", but not "15yo", "3d", "4k", "18f"); symbols only inside a
      // word ("n@ked", "n!pple").
      // "n@ng@": an at sign ending a word of letters is an "a" too.
      const trailingAt = p.ch === '@' && afterLetter && x === k - 1 && !beforeLetter;
      if (leet && ((afterLetter && (digit || beforeLetter || trailingAt)) || (digit && leadingRun))) {
        p.ch = leet;
        p.kind = 'letter';
      } else if (!digit) {
        p.kind = 'sep';
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

function allLeet(pieces: Piece[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!(pieces[k]!.ch in LEET)) return false;
  return true;
}

function unitAfter(pieces: Piece[], k: number): boolean {
  let word = '';
  // Units are short: reading more than a few letters could only be quadratic work.
  while (k < pieces.length && pieces[k]!.kind === 'letter' && word.length <= 4) word += pieces[k++]!.ch;
  return UNITS.has(word);
}

/**
 * "u n d r e s s", "n.u.d.e", "n-u-d-e": three or more single letters separated by single
 * separators become one word. Separators between CJK characters are dropped as well.
 */
function joinSpacedLetters(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  // The next non-separator after each position, computed once from the right (linear).
  const nextWord = new Int32Array(pieces.length + 1).fill(-1);
  for (let k = pieces.length - 1; k >= 0; k--) nextWord[k] = pieces[k + 1] === undefined ? -1 : pieces[k + 1]!.kind !== 'sep' ? k + 1 : nextWord[k + 1]!;
  let i = 0;
  while (i < pieces.length) {
    const run = singleLetterRun(pieces, i);
    if (run.end > 0) {
      for (let k = i; k < run.end; k++)
        if (pieces[k]!.kind !== 'sep') {
          const q = pieces[k]!;
          out.push({ ch: q.ch, kind: q.kind, start: q.start, end: q.end, joined: true });
        }
      i = run.end;
      continue;
    }
    const p = pieces[i]!;
    if (p.kind === 'sep' && isCjk(out[out.length - 1]) && nextWord[i]! >= 0 && isCjk(pieces[nextWord[i]!])) {
      i++;
      continue;
    }
    // "누.드로", "벗.겨.줘": a dot or dash inside a Hangul word hides it; a space is a real word break.
    if (p.kind === 'sep' && !/\s/u.test(p.ch) && isHangul(out[out.length - 1]) && isHangul(pieces[i + 1])) {
      i++;
      continue;
    }
    out.push(p);
    i++;
  }
  return out;
}

function singleLetterRun(pieces: Piece[], i: number): { end: number } {
  if (pieces[i]!.kind !== 'letter' || !boundaryAt(pieces, i - 1) || !boundaryAt(pieces, i + 1) || isCjk(pieces[i])) return NO_RUN;
  let count = 1;
  let k = i + 1;
  while (k + 1 < pieces.length && pieces[k]!.kind === 'sep' && pieces[k + 1]!.kind === 'letter' && boundaryAt(pieces, k + 2) && !isCjk(pieces[k + 1])) {
    count++;
    k += 2;
  }
  return count >= 3 ? { end: k } : NO_RUN;
}

const NO_RUN = { end: 0 };

function boundaryAt(pieces: Piece[], k: number): boolean {
  return k < 0 || k >= pieces.length || pieces[k]!.kind === 'sep';
}

function isHangul(p: Piece | undefined): boolean {
  return p !== undefined && HANGUL.test(p.ch);
}

function isCjk(p: Piece | undefined): boolean {
  return p !== undefined && (charInfo(p.ch) & IS_CJK) !== 0;
}

/** Collapses separators to one space and runs of a letter to one, and computes word positions. */
function finish(pieces: Piece[]): NormalizedText {
  const n = pieces.length;
  const chars: string[] = [];
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const positions = new Float32Array(n);
  const wordClass = new Uint8Array(n);
  const joined = new Uint8Array(n);
  let length = 0;
  let position = 0;
  for (let i = 0; i < n; i++) {
    const p = pieces[i]!;
    if (p.kind === 'sep') {
      if (length > 0 && chars[length - 1] !== ' ') {
        chars.push(' ');
        starts[length] = p.start;
        ends[length] = p.end;
        positions[length] = position;
        length++;
        position += 1;
      }
      continue;
    }
    // Three or more of the same letter ("nuuuude", "sexxxy") become one; doubles stay, so
    // "off" and "dress" keep their spelling and do not collide with "of" or "dres".
    let j = i;
    if (p.kind === 'letter') while (j + 1 < n && pieces[j + 1]!.kind === 'letter' && pieces[j + 1]!.ch === p.ch) j++;
    const run = j - i + 1;
    const copies = run >= 3 ? 1 : run;
    const ch = p.kind === 'wild' ? WILDCARD : p.ch;
    const info = charInfo(ch);
    const cls = info & IS_WORD ? (info & IS_OPEN_SCRIPT ? 2 : 1) : 0;
    for (let k = 0; k < copies; k++) {
      const from = pieces[i + k]!;
      chars.push(ch);
      starts[length] = from.start;
      ends[length] = copies === 1 ? pieces[j]!.end : from.end;
      positions[length] = position;
      wordClass[length] = cls;
      joined[length] = from.joined ? 1 : 0;
      length++;
      if (info & IS_CJK) position += 0.5;
    }
    i = j;
  }
  if (length > 0 && chars[length - 1] === ' ') {
    chars.pop();
    length--;
  }
  return {
    text: chars.join(''),
    start: starts.slice(0, length),
    end: ends.slice(0, length),
    position: positions.slice(0, length),
    wordClass: wordClass.slice(0, length),
    joined: joined.slice(0, length),
  };
}

/** Folds a lexicon term the same way as input text; `*` at either end keeps its meaning (open boundary). */
export function normalizeTerm(term: string): string {
  return normalize(term).text;
}
