import { normalizeTerm, type NormalizedText } from './normalize.ts';
import { RangeTable } from './range-table.ts';
import { TermMatcher, type CompiledTerm, type TermMatch } from './term-matcher.ts';
import { work } from './work.ts';
import { commonIn } from './language.ts';

/** No term is longer than this: longer words are not compared letter by letter. */
const MAX_WORD = 40;

/**
 * A second look at the words the exact matcher left alone, for the terms that matter most
 * (garments, nudity, explicit words, minors):
 * - the typos that keep a word's letters: a doubled letter ("nakked", "nudde", "bikinni"), two
 *   neighbours swapped ("clotehs"), one letter dropped from a long word ("lingeri"). A changed
 *   letter is not accepted: "public" would read as "pubic", "kitten" as "titten";
 * - spaced-out letters whose word breaks are lost ("b i k i n i" after "a": "abikini";
 *   "w i t h o u t c l o t h e s"): terms are searched inside such runs.
 */
export class FuzzyTerms<Tag> {
  // Read by ranges of the skeleton (a word is not sliced out to be looked up).
  private readonly exact: RangeTable<CompiledTerm<Tag>[]>;
  private readonly swapped: RangeTable<CompiledTerm<Tag>[]>;
  private readonly shortened: RangeTable<CompiledTerm<Tag>[]>;
  /** Terms as English slang writes them ("clothez", "lingeree", "nood", "nakd", "remov"): see slangOf. */
  private readonly slang: RangeTable<CompiledTerm<Tag>[]>;
  /** Terms with spaces removed, found in runs of joined letters by one trie walk. */
  private readonly glued: TermMatcher<CompiledTerm<Tag>>;

  constructor(entries: Iterable<{ term: string; tag: Tag; language: string }>) {
    const glued: Array<{ term: string; tag: CompiledTerm<Tag>; language: string }> = [];
    const exact = new Map<string, CompiledTerm<Tag>[]>();
    const swapped = new Map<string, CompiledTerm<Tag>[]>();
    const shortened = new Map<string, CompiledTerm<Tag>[]>();
    const slang = new Map<string, CompiledTerm<Tag>[]>();
    const slangDone = new Set<string>();
    const byBody = new Map<string, CompiledTerm<Tag>>();
    for (const { term, tag, language } of entries) {
      const body = normalizeTerm(term.replace(/^\*+|\*+$/g, ''));
      if (!/^[\p{Script=Latin}\p{Script=Cyrillic} ]+$/u.test(body)) continue;
      // One spelling of one concept is one fuzzy term, whatever the number of languages that share it.
      const key = `${String(tag)}\u0000${body}`;
      // English terms as slang spells them, once per spelling and concept; such a match counts only in a request
      // written in English (prompt-screener.ts, plausibleMatch: the term ends in "~~").
      if (language === 'en' && !body.includes(' ') && body.length >= 4 && !slangDone.has(key)) {
        slangDone.add(key);
        const slangTerm: CompiledTerm<Tag> = { term: `${term}~~`, tag, language, languages: [language], boundaryStart: true, boundaryEnd: true, strict: false };
        for (const v of slangOf(body)) push(slang, v, slangTerm);
      }
      const shared = byBody.get(key);
      if (shared) {
        if (!shared.languages.includes(language)) shared.languages.push(language);
        continue;
      }
      const compiled: CompiledTerm<Tag> = { term: `${term}~`, tag, language, languages: [language], boundaryStart: true, boundaryEnd: true, strict: false };
      byBody.set(key, compiled);
      const squeezed = body.replaceAll(' ', '');
      if (squeezed.length >= 4) glued.push({ term: `*${squeezed}*`, tag: compiled, language });
      if (body.includes(' ') || body.length < 4) continue;
      push(exact, body, compiled);
      if (body.length >= 6) for (const v of swapsOf(body)) push(swapped, v, compiled);
      if (body.length >= 8) for (const v of deletionsOf(body)) push(shortened, v, compiled);
    }
    this.glued = new TermMatcher(glued);
    this.exact = new RangeTable(exact);
    this.swapped = new RangeTable(swapped);
    this.shortened = new RangeTable(shortened);
    this.slang = new RangeTable(slang);
  }

  /** Matches for words not covered by `found`. */
  match(input: NormalizedText, found: readonly TermMatch<Tag>[]): TermMatch<Tag>[] {
    const out: TermMatch<Tag>[] = [];
    if (coveredScratch.length < input.text.length) coveredScratch = new Uint8Array(Math.max(input.text.length, 2 * coveredScratch.length));
    const covered = coveredScratch;
    covered.fill(0, 0, input.text.length);
    // Matches come leftmost first: then only the part of each past the reach of those before it
    // needs marking (the one reaching furthest covers the rest), so overlapping matches cost no more.
    // Out of order (another caller), each match is marked whole.
    let reach = 0;
    let sorted = true;
    let lastStart = 0;
    for (const m of found) {
      sorted &&= m.start >= lastStart;
      for (let k = sorted ? Math.max(reach, m.start) : m.start; k < m.end; k++) covered[k] = 1;
      if (m.end > reach) reach = m.end;
      lastStart = m.start;
    }
    const text = input.text;
    // Made on the first word looked up (most requests have none).
    let seen: Map<string, readonly CompiledTerm<Tag>[]> | undefined;
    let i = 0;
    while (i < text.length) {
      if (input.wordClass[i] !== 1) {
        i++;
        continue;
      }
      let j = i;
      while (j < text.length && input.wordClass[j] === 1) j++;
      work.steps += j - i;
      if (input.joined[i] === 1 && j - i >= 4) this.searchGlued(input, i, j, out);
      else if (j - i >= 4 && j - i <= MAX_WORD && !anySet(covered, i, j)) {
        // The terms a word may misspell depend on its letters alone: a repeated word is looked up once.
        const word = text.slice(i, j);
        seen ??= new Map();
        let hits = seen.get(word);
        if (hits === undefined) seen.set(word, (hits = this.misspelt(text, i, j)));
        for (const term of hits) out.push({ term, start: i, end: j });
      }
      i = j;
    }
    return out;
  }

  private searchGlued(input: NormalizedText, start: number, end: number, out: TermMatch<Tag>[]): void {
    // Longest terms first; a shorter term of the same concept inside a longer one adds nothing.
    const word = { text: input.text.slice(start, end), wordClass: new Uint8Array(end - start), start: input.start, end: input.end, position: input.position, joined: input.joined };
    const hits = this.glued.match(word).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const takenByTag = new Map<Tag, Uint8Array>();
    for (const hit of hits) {
      const term = hit.term.tag;
      let taken = takenByTag.get(term.tag);
      if (!taken) takenByTag.set(term.tag, (taken = new Uint8Array(end - start)));
      work.steps += hit.end - hit.start;
      if (taken.subarray(hit.start, hit.end).some((t) => t === 1)) continue;
      taken.fill(1, hit.start, hit.end);
      out.push({ term, start: start + hit.start, end: start + hit.end });
    }
  }

  /** The terms the word text.slice(start, end) (read in place) may be a misspelling of, in the order found. */
  private misspelt(text: string, start: number, end: number): readonly CompiledTerm<Tag>[] {
    let hits = addTerms(undefined, this.slang.get(text, start, end));
    // Four letters are read for slang only ("nood", "nakd").
    if (end - start < 5) return hits ? [...hits] : NO_TERMS;
    // A doubled letter ("nakked", "nudde", "bikinni").
    for (let k = start; k + 1 < end; k++) if (text.charCodeAt(k) === text.charCodeAt(k + 1)) hits = addTerms(hits, this.exact.without(text, start, end, k));
    hits = addTerms(hits, this.swapped.get(text, start, end));
    hits = addTerms(hits, this.shortened.get(text, start, end));
    return hits ? [...hits] : NO_TERMS;
  }
}

/** `hits` with `terms` added, made on the first term (a module function: a closure per word costs more than the look-ups). */
function addTerms<T>(hits: Set<T> | undefined, terms: readonly T[] | undefined): Set<T> | undefined {
  if (terms) for (const t of terms) (hits ??= new Set()).add(t);
  return hits;
}

/** Not frozen (read-only by its type): a frozen array is iterated through the generic iterator. */
const NO_TERMS: readonly never[] = [];

/** Skeleton positions covered by an exact match, reused from call to call (matching is synchronous). */
let coveredScratch = new Uint8Array(256);

function anySet(flags: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (flags[k] === 1) return true;
  return false;
}

/**
 * How slang writes an English word, one or two of these at once: a final "s" as "z" ("clothez", "noodz"), "ie" as "ee" or
 * "y" ("lingeree", "lingery"), "u" as "oo" ("nood"), a final "e" dropped ("remov", "nud" is too short), "ed" as "d"
 * ("nakd"). A spelling of four letters or more that is no everyday word of any language (language.ts) is kept.
 */
export function slangOf(word: string): Set<string> {
  const once = (w: string): string[] => {
    const out: string[] = [];
    if (w.endsWith('s')) out.push(`${w.slice(0, -1)}z`);
    if (w.includes('ie')) out.push(w.replaceAll('ie', 'ee'), w.replaceAll('ie', 'y'));
    if (/u/.test(w) && !/uu|[aeio]u|u[aeio]/.test(w)) out.push(w.replaceAll('u', 'oo'));
    if (w.endsWith('e')) out.push(w.slice(0, -1));
    if (w.endsWith('ed')) out.push(`${w.slice(0, -2)}d`);
    return out;
  };
  const out = new Set<string>();
  for (const a of once(word)) {
    out.add(a);
    for (const b of once(a)) out.add(b);
  }
  out.delete(word);
  for (const v of out) if (v.length < 4 || commonIn(v).length > 0) out.delete(v);
  return out;
}

function deletionsOf(word: string): Set<string> {
  const out = new Set<string>();
  // A plural without its final "s" is the singular, another word ("intimates", lingerie; "an intimate portrait").
  const last = word.endsWith('s') ? word.length - 1 : word.length;
  for (let k = 0; k < last; k++) out.add(word.slice(0, k) + word.slice(k + 1));
  return out;
}

function swapsOf(word: string): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + 1 < word.length; k++) {
    if (word[k] === word[k + 1]) continue;
    out.add(word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2));
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
