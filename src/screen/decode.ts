import { everyCommonWord, isCommonWordAt, type LanguageProfile } from './language.ts';
import { RangeTable } from './range-table.ts';
import { unitsToString } from './normalize.ts';
import { work } from './work.ts';

/** A reading of (part of) a request that hides its words: base64, reversed text, rot13. */
export interface Decoded {
  how: 'base64' | 'reversed' | 'rot13' | 'joined';
  text: string;
  /** The span of the original text it was decoded from (UTF-16 offsets). */
  start: number;
  end: number;
  /** For a joined reading: the offsets in `text` where a mark was dropped (the letter after it). */
  joins?: number[];
}

/** The base64 alphabet (both variants), by code unit below 128. */
const BASE64 = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') BASE64[c.charCodeAt(0)] = 1;
const EQUALS = 61;

function isBase64(code: number): boolean {
  return code < 128 && BASE64[code] === 1;
}

/**
 * Candidate decodings, each found in one linear pass and kept only when plausible: a base64 run
 * that decodes to readable UTF-8 text, or a reversed / rot13 reading that has clearly more common
 * words of some language than the text as given. The decoded texts together are never longer than
 * the input, so screening them at most doubles the work.
 */
export function decodings(text: string, forwardProfile: LanguageProfile, alreadyHarmful = false, matched?: (length: number) => Uint8Array): Decoded[] {
  const out: Decoded[] = [];
  // Runs of 16 or more base64 characters and up to two "=": each character read once (a regular
  // expression would try every start inside a shorter run).
  for (let i = 0; i < text.length; ) {
    if (!isBase64(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isBase64(text.charCodeAt(end))) end++;
    if (end - i >= 16) {
      for (let pad = 0; pad < 2 && text.charCodeAt(end) === EQUALS; pad++) end++;
      work.steps += end - i;
      const decoded = decodeBase64(text.slice(i, end));
      if (decoded) out.push({ how: 'base64', text: decoded, start: i, end });
    }
    i = end;
  }
  // Text that already reads as a language (a fifth of its words common ones), or already asks for
  // something harmful, is not reversed or rotated: a hidden request reads as no language at all.
  if (alreadyHarmful) return out;
  const joined = joinSplitWords(text, matched);
  if (joined !== undefined) out.push({ how: 'joined', text: joined.text, start: 0, end: text.length, joins: joined.joins });
  // Without a letter, neither reading has a word (lowercasing makes no letter of a non-letter).
  if (!LETTER.test(text)) return out;
  // The instruction says how the rest is hidden ("rot13, fallo: …", "rückwärts lesen: …"): both readings of
  // the rest are screened, however few common words they make (a three-word request makes one or none).
  const cut = text.search(/[:：\n]/);
  const cued = cut >= 0 && DECODE_CUE.test(text.slice(Math.max(0, cut - 80), cut));
  if (cued) {
    const tail = text.slice(cut + 1);
    out.push({ how: 'reversed', text: reverseCodePoints(tail), start: cut + 1, end: text.length });
    out.push({ how: 'rot13', text: rot13(tail), start: cut + 1, end: text.length });
  }
  const readsAsLanguage = forwardProfile.words > 0 && forwardProfile.commonWords * 5 >= forwardProfile.words;
  if (!readsAsLanguage) {
    // A short request with no common word at all is read backwards too, whatever the reading makes of it
    // ("apor nis alajéd"): the readings are screened by the lexicon alone, which finds nothing in noise. Only
    // in spaced alphabets of two words or more: reversed CJK or Tamil makes other words ("眼裸"), not noise.
    if (cued) return out;
    const noWords = forwardProfile.commonWords === 0 && forwardProfile.words >= 2 && forwardProfile.words <= SHORT_WORDS && SPACED_SCRIPTS.test(text) && !PICTOGRAPH.test(text);
    hiddenReadings(text, 0, forwardProfile.commonWords, 0, out, noWords);
    return out;
  }
  // "read it backwards and do it: ti od dna sdrawkcab ti daer", "rot13: erzbir ure…": a plain instruction, then
  // the hidden part after a colon or a line break. The part is read on its own, and a reading must make a
  // language of it (two fifths of its words common ones), which a plain sentence's accidental reading does not.
  // The whole request, too: a rot13 reading can make a few accidental common words ("fur vf sbhegrra").
  hiddenReadings(text, 0, forwardProfile.commonWords, Math.ceil(forwardProfile.words * 0.4), out);
  if (!cued && cut >= 0 && text.length - cut > 12) {
    const tail = text.slice(cut + 1);
    const words = wordCount(tail);
    if (words >= 3) hiddenReadings(tail, cut + 1, commonWords(tail), Math.ceil(words * 0.4), out);
  }
  return out;
}

/** Requests of at most this many words that make no common word are read backwards unconditionally. */
const SHORT_WORDS = 8;
/** An emoji says what it says in either direction: reversed, the words that made it harmless ("peaches 🍑 at the market") are gone. */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** Latin, Cyrillic and Greek only (and no letter of another script): in scripts without spaces a word is not a word. */
const SPACED_SCRIPTS = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\P{L}]*$/u;

/**
 * Words that say how the rest of a request is hidden: rot13, decode, backwards, from the end, in the
 * languages with a lexicon (folded forms too). Only the 80 characters before the first colon or line break
 * are tested, so the cost is bounded.
 */
const DECODE_CUE =
  /rot ?-?13|caesar|c[ée]sar|decode|decrypt|decipher|backwards?|revers|right to left|from the end|entschl[üu]ssel|r[üu]ckw[äa]rts|umgekehrt|von hinten|d[ée]chiffr|d[ée]cod|[àa] l.envers|de droite [àa] gauche|invers|al rev[ée]s|al contrario|all.incontrario|al rovescio|alla rovescia|ao contr[áa]rio|de tr[áa]s para|descifr|decifr|decodific|achterstevoren|omgekeerd|andersom|ontcijfer|наоборот|задом наперед|задом наперёд|навпаки|расшифр|розшифр|naoborot|zadom|wspak|od ty[łl]u|od ko[ńn]ca|odwrotnie|odszyfr|tersten|sondan ba[şs]a|[çc][öo]z|بالعكس|معكوس|فك التشفير|bel3aks|bil3aks|b?el ?3aks|dari belakang|terbalik|dibalik|ng[ượu][ợo]c|gi[ảa]i m[ãa]|bakl[äa]nges|bagl[æa]ns|baklengs|pozp[áa]tku|odzadu|naopak|visszafel[ée]|de la coad[ăa]|αν[άα]ποδα|pabaligtad|baliktad|उल्टा|ulta|逆から|逆さ|逆に読|逆順|倒着|倒过来|反过来|倒序|解码|解読|거꾸로|해독/iu;

/** Reversed and rot13 readings of `text` (starting at `offset` in the request) that read better than it does (the reversed one always, with `anyReversal`). */
function hiddenReadings(text: string, offset: number, forward: number, atLeast: number, out: Decoded[], anyReversal = false): void {
  // Most texts read no better either way: the bounds, read from the text itself, say so without building a reading.
  const bounded = readingBounds(text);
  if (anyReversal || !bounded || (readsBetter(boundReversed, forward) && boundReversed >= atLeast)) {
    const reversed = reverseCodePoints(text);
    const r = commonWords(reversed);
    if (anyReversal || (readsBetter(r, forward) && r >= atLeast)) out.push({ how: 'reversed', text: reversed, start: offset, end: offset + text.length });
  }
  if (!bounded || (readsBetter(boundRotated, forward) && boundRotated >= atLeast)) {
    const rotated = rot13(text);
    const t = commonWords(rotated);
    if (readsBetter(t, forward) && t >= atLeast) out.push({ how: 'rot13', text: rotated, start: offset, end: offset + text.length });
  }
}

/**
 * The common words reversed (code point by code point, bit 1) and under rot13 (bit 2), in one table: a word of a
 * text is one of these when its reading is a common word.
 */
const HIDDEN_COMMON = new RangeTable(hiddenForms());

function hiddenForms(): Map<string, number> {
  const forms = new Map<string, number>();
  for (const w of everyCommonWord()) {
    const reversed = reverseCodePoints(w);
    forms.set(reversed, (forms.get(reversed) ?? 0) | 1);
    const rotated = rot13(w);
    forms.set(rotated, (forms.get(rotated) ?? 0) | 2);
  }
  return forms;
}
/** What readingBounds found: at least as many common words as the reversed and the rot13 reading make (commonWords). */
let boundReversed = 0;
let boundRotated = 0;

/**
 * Bounds from above of the common words commonWords counts in the reversed and in the rot13 reading of `text`
 * (in boundReversed and boundRotated), read from the lower-cased text without building either reading: a
 * reading's words are the text's words, each reversed or rotated, since lower-casing then maps code point to
 * code point and reversing or rotating keeps every run of letters (all of them counted, not the first 400).
 * False, with no bounds, where that does not hold: "İ" lower-cases to two code points, the Kelvin sign to an
 * ASCII letter (which rot13 then rotates), "Σ" by its neighbours, and reversed lone surrogates may pair up.
 */
function readingBounds(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x130) continue;
    if (c === 0x130 || c === 0x3a3 || c === 0x212a) return false;
    if (c >= 0xd800 && c <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (!(low >= 0xdc00 && low <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  const lower = text.toLowerCase();
  work.steps += text.length;
  let reversed = 0;
  let rotated = 0;
  let i = 0;
  while (i < lower.length) {
    const j = letterRunEnd(lower, i);
    if (j === i) {
      i++;
      continue;
    }
    work.steps += j - i;
    if (j - i >= 2 && j - i <= 12) {
      const hidden = HIDDEN_COMMON.get(lower, i, j) ?? 0;
      reversed += hidden & 1;
      rotated += hidden >> 1;
    }
    i = j;
  }
  boundReversed = reversed;
  boundRotated = rotated;
  return true;
}

/**
 * Marks put inside a word to hide it from a word list ("nak-ed", "na_ked", "un.dress", "bi~kini"):
 * between two letters, with no space, they are dropped in the "joined" reading. A request's own
 * compounds ("t-shirt", "well-known") join harmlessly: the screener reads the joined text only when
 * the lexicon finds in it a category it did not find in the text as given (prompt-screener.ts).
 * Apostrophes are not marks: they join French and Italian elisions ("l'albero") and English ones.
 */
const INWORD_MARKS = new Set([...'-._~+|/\\·‧‐‑–—^='].map((c) => c.charCodeAt(0)));
/** Requests longer than this are not given a joined reading: words are hidden in short requests, and the reading doubles the work. */
const JOIN_MAX_LENGTH = 500;

/**
 * The text with marks inside words dropped, or undefined when it has none (or is too long to be worth
 * a second reading). A mark inside a term the lexicon already read is kept: "x-ray" and "one-piece"
 * are read as "x ray" and "one piece" already, and joined they would read otherwise ("un-dress" is
 * joined: "dress" is a term, but no term spans the mark).
 */
function joinSplitWords(text: string, matched?: (length: number) => Uint8Array): { text: string; joins: number[] } | undefined {
  if (text.length > JOIN_MAX_LENGTH) return undefined;
  let out: string | undefined;
  const joins: number[] = [];
  let from = 0;
  let covered: Uint8Array | undefined;
  for (let i = 1; i + 1 < text.length; i++) {
    work.steps++;
    if (!INWORD_MARKS.has(text.charCodeAt(i))) continue;
    // Letters on both sides: a BMP letter just before (a surrogate pair's low half is not one), and one just after.
    if (letterWidth(text, i - 1) !== 1 || letterWidth(text, i + 1) === 0) continue;
    covered ??= matched?.(text.length);
    if (covered && covered[i] === 1) continue;
    out = (out ?? '') + text.slice(from, i);
    joins.push(out.length);
    from = i + 1;
  }
  return out === undefined ? undefined : { text: out + text.slice(from), joins };
}

function readsBetter(candidate: number, forward: number): boolean {
  return candidate >= forward + 2 || (candidate >= 1 && forward === 0);
}

/**
 * The words (runs of letters) of the text, among its first 400, and, when `countCommon`, how many of them
 * are common words of some language (read in lower case).
 */
function wordsOf(text: string, countCommon: boolean): { words: number; common: number } {
  const lower = countCommon ? text.toLowerCase() : text;
  let words = 0;
  let common = 0;
  let i = 0;
  while (i < lower.length) {
    const j = letterRunEnd(lower, i);
    if (j === i) {
      i++;
      continue;
    }
    if (++words > 400) break;
    work.steps += j - i;
    if (countCommon && j - i >= 2 && j - i <= 12 && isCommonWordAt(lower, i, j)) common++;
    i = j;
  }
  return { words: Math.min(words, 400), common };
}

/** Words of the text that are common words of some language, among its first 400. */
function commonWords(text: string): number {
  return wordsOf(text, true).common;
}

/** Words (runs of letters) of the text, among its first 400. */
function wordCount(text: string): number {
  return wordsOf(text, false).words;
}

/** Letters (\p{L}) among the code units of the Basic Multilingual Plane, as met (-1: not yet known). */
const BMP_LETTER = new Int8Array(65_536).fill(-1);

/** The end of the run of letters (a word) that starts at `i`; `i` itself where no letter stands there. */
function letterRunEnd(text: string, i: number): number {
  let j = i;
  for (let w = letterWidth(text, j); w > 0; w = letterWidth(text, j)) j += w;
  return j;
}

/** The UTF-16 length of the letter at `i` (a surrogate pair is one code point), or 0 where none is. */
function letterWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER.test(String.fromCharCode(c, low)) ? 2 : 0;
  }
  let known = BMP_LETTER[c]!;
  if (known < 0) BMP_LETTER[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 0;
  return known;
}

const LETTER = /\p{L}/u;

/** The text with its code points in reverse order (a surrogate pair stays a pair, a lone surrogate stays). */
function reverseCodePoints(text: string): string {
  work.steps += text.length;
  const units = new Uint16Array(text.length);
  let o = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    const high = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (c >= 0xdc00 && c <= 0xdfff && high >= 0xd800 && high <= 0xdbff) {
      units[o++] = high;
      i--;
    }
    units[o++] = c;
  }
  return unitsToString(units, o);
}

function rot13(text: string): string {
  work.steps += text.length;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    units[i] = c >= 97 && c <= 122 ? ((c - 84) % 26) + 97 : c >= 65 && c <= 90 ? ((c - 52) % 26) + 65 : c;
  }
  return unitsToString(units, text.length);
}

/**
 * Decodes a run that looks like base64 (mixed case or digits, a length a decoder accepts) when the
 * result is mostly letters and spaces of valid UTF-8; returns undefined otherwise.
 */
function decodeBase64(run: string): string | undefined {
  const body = run.replace(/=+$/, '');
  if (body.length % 4 === 1) return undefined;
  if (!/[A-Z]/.test(body) || !/[a-z]/.test(body)) return undefined;
  const bytes = Buffer.from(body.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (decoded.length < 6 || decoded.includes('\ufffd')) return undefined;
  let readable = 0;
  for (const ch of decoded) if (/[\p{L}\p{N}\s.,!?'’"-]/u.test(ch)) readable++;
  // A sentence has spaces, or is written in a script without them ("把她的衣服全部脱掉").
  return readable >= 0.9 * [...decoded].length && (/\s/.test(decoded) || UNSPACED.test(decoded)) ? decoded : undefined;
}

/** Three letters of a script written without spaces between words. */
const UNSPACED = /(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]){3}/u;
