import { normalizeTerm, type NormalizedText } from './normalize.ts';
import type { CompiledTerm, TermMatch } from './term-matcher.ts';

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
  private readonly exact = new Map<string, CompiledTerm<Tag>[]>();
  private readonly swapped = new Map<string, CompiledTerm<Tag>[]>();
  private readonly shortened = new Map<string, CompiledTerm<Tag>[]>();
  /** Terms with spaces removed, longest first, for runs of joined letters. */
  private readonly glued: Array<{ body: string; term: CompiledTerm<Tag> }> = [];

  constructor(entries: Iterable<{ term: string; tag: Tag; language: string }>) {
    for (const { term, tag, language } of entries) {
      const body = normalizeTerm(term.replace(/^\*+|\*+$/g, ''));
      if (!/^[\p{Script=Latin}\p{Script=Cyrillic} ]+$/u.test(body)) continue;
      const compiled: CompiledTerm<Tag> = { term: `${term}~`, tag, language, boundaryStart: true, boundaryEnd: true, strict: false };
      const squeezed = body.replaceAll(' ', '');
      if (squeezed.length >= 4) this.glued.push({ body: squeezed, term: compiled });
      if (body.includes(' ') || body.length < 4) continue;
      push(this.exact, body, compiled);
      if (body.length >= 6) for (const v of swapsOf(body)) push(this.swapped, v, compiled);
      if (body.length >= 8) for (const v of deletionsOf(body)) push(this.shortened, v, compiled);
    }
    this.glued.sort((a, b) => b.body.length - a.body.length);
  }

  /** Matches for words not covered by `found`. */
  match(input: NormalizedText, found: readonly TermMatch<Tag>[]): TermMatch<Tag>[] {
    const out: TermMatch<Tag>[] = [];
    const covered = new Uint8Array(input.text.length);
    for (const m of found) covered.fill(1, m.start, m.end);
    const text = input.text;
    let i = 0;
    while (i < text.length) {
      if (input.wordClass[i] !== 1) {
        i++;
        continue;
      }
      let j = i;
      while (j < text.length && input.wordClass[j] === 1) j++;
      const word = text.slice(i, j);
      if (input.joined[i] === 1 && word.length >= 4) this.searchGlued(word, i, out);
      else if (word.length >= 5 && !covered.subarray(i, j).some((c) => c === 1)) this.searchMisspelt(word, i, j, out);
      i = j;
    }
    return out;
  }

  private searchGlued(word: string, offset: number, out: TermMatch<Tag>[]): void {
    // Longest terms first; a shorter term of the same concept inside a longer one adds nothing.
    const takenByTag = new Map<Tag, Uint8Array>();
    for (const { body, term } of this.glued) {
      let taken = takenByTag.get(term.tag);
      if (!taken) takenByTag.set(term.tag, (taken = new Uint8Array(word.length)));
      let at = word.indexOf(body);
      while (at >= 0) {
        if (!taken.subarray(at, at + body.length).some((t) => t === 1)) {
          taken.fill(1, at, at + body.length);
          out.push({ term, start: offset + at, end: offset + at + body.length });
        }
        at = word.indexOf(body, at + 1);
      }
    }
  }

  private searchMisspelt(word: string, start: number, end: number, out: TermMatch<Tag>[]): void {
    const hits = new Set<CompiledTerm<Tag>>();
    // A doubled letter ("nakked", "nudde", "bikinni").
    for (let k = 0; k + 1 < word.length; k++) if (word[k] === word[k + 1]) for (const t of this.exact.get(word.slice(0, k) + word.slice(k + 1)) ?? []) hits.add(t);
    for (const t of this.swapped.get(word) ?? []) hits.add(t);
    for (const t of this.shortened.get(word) ?? []) hits.add(t);
    for (const term of hits) out.push({ term, start, end });
  }
}

function deletionsOf(word: string): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < word.length; k++) out.add(word.slice(0, k) + word.slice(k + 1));
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
