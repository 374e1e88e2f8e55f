import { normalizeTerm, WILDCARD, type NormalizedText } from './normalize.ts';
import { commonIn } from './language.ts';
import { work } from './work.ts';

/** One lexicon entry compiled for matching. */
export interface CompiledTerm<Tag> {
  /** The term as written in the lexicon. */
  term: string;
  tag: Tag;
  language: string;
  /** Every language whose lexicon has this spelling for this concept (the first is `language`). */
  languages: string[];
  /** Must the match start / end at a word boundary? */
  boundaryStart: boolean;
  boundaryEnd: boolean;
  /** Boundaries against letters of any script (very short Arabic words). */
  strict: boolean;
}

export interface TermMatch<Tag> {
  term: CompiledTerm<Tag>;
  /** Span in the normalised text. */
  start: number;
  end: number;
}

interface TrieNode<Tag> {
  /** Children by UTF-16 code unit (an astral character's key is its code point, which no unit equals). */
  next: Map<number, TrieNode<Tag>>;
  terms: CompiledTerm<Tag>[];
}

// Scripts written without spaces, or with attached particles and prefixes: match inside words.
const OPEN_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Thai}\p{Script=Hebrew}\p{Script=Bengali}\p{Script=Tamil}\u30fc]/u;
/** Scripts whose words take attached prefixes or suffixes, where a very short term needs word boundaries. */
const ARABIC = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Bengali}\p{Script=Tamil}]/u;
const INDIC = /[\p{Script=Bengali}\p{Script=Tamil}]/u;
/** The Arabic article and the prepositions and conjunction written onto it: "the", "and the", "with/in the", "for the", "so the", "like the". */
const ARABIC_ARTICLES = ['ال', 'وال', 'بال', 'لل', 'فال', 'كال'];
/** "And" (and Arabic "so") written onto the next word, by language: Arabic و ف, Hebrew ו. */
const ATTACHED_AND: Readonly<Record<string, readonly string[]>> = { ar: ['و', 'ف'], he: ['ו'] };
/** A word of Arabic or Hebrew letters only. */
const LETTERS_ONLY = /^[\p{Script=Arabic}\p{Script=Hebrew}]+$/u;
/** An Arabic word (letters only) that does not already begin with the article. */
const ARABIC_NOUN = /^(?!ال)\p{Script=Arabic}+$/u;
/** Trie nodes one start position may visit when censor marks branch the walk. */
const WILDCARD_BUDGET = 64;
/** Longer than any term, in skeleton characters. */
const MAX_TERM_SPAN = 64;
const WILDCARD_CODE = WILDCARD.charCodeAt(0);
const SPACE_CODE = 32;
/** TermMatcher.endsTerm flags. */
const ENDS = 1;
const WORD_END = 2;
/** TermMatcher.termBits: a term's boundary rules. */
const START = 1;
const END = 2;
const STRICT = 4;

/**
 * A trie over every term of every language, walked once from each position of the text:
 * the cost grows with the text, not with the size of the lexicon.
 * `*` at the start or end of a term opens that boundary ("undress*" matches "undressing").
 * A censor mark in the text ("n*ked") matches any one letter.
 */
export class TermMatcher<Tag> {
  // Terms that must start a word are walked only from word starts; the others from every position.
  private readonly wordStartRoot: TrieNode<Tag> = { next: new Map(), terms: [] };
  private readonly anywhereRoot: TrieNode<Tag> = { next: new Map(), terms: [] };
  readonly size: number;
  /** Per UTF-16 code unit: 1 if a word-start term begins with it, 2 if an anywhere term does (a table, not two map look-ups per position). */
  private readonly firstUnit = new Uint8Array(65_536);
  private wordScratch = new Uint8Array(256);
  private wildScratch = new Int32Array(256);
  /**
   * The trie again, flattened for the plain walk: nodes numbered breadth first, so that the children
   * of a node are consecutive numbers, in order of their code unit. A node's children are then the
   * numbers `childFrom[node]` to `childFrom[node + 1]` (exclusive), found by a binary search of their
   * units in `unitOf`: three small typed arrays (~7 bytes a node), which stay in the cache where a
   * hash table of edges (16 bytes a slot, half of them empty) did not.
   */
  /**
   * The terms each node ends, all in one list by node (node k's are `termFrom[k]` to `termFrom[k + 1]`),
   * with their boundary rules as bits in `termBits`: a walk checks the rules without reading the
   * term objects (scattered in memory), and only stores a reference to those it emits.
   */
  private termOf: CompiledTerm<Tag>[] = [];
  private termFrom = new Int32Array(0);
  private termBits = new Uint8Array(0);
  private childFrom = new Int32Array(0);
  /** The code unit of the edge into each node (0 for the roots). */
  private unitOf = new Uint16Array(0);
  /**
   * Per node: 0 where it ends no term, else ENDS, plus WORD_END where every term it ends must end at
   * a word boundary (not strictly): inside a word such a node emits nothing, and its terms are not read.
   */
  private endsTerm = new Uint8Array(0);
  /** The child of each root by code unit (-1: none), roots one after the other: the first step of a walk is one read. */
  private rootChild = new Int32Array(0);
  private readonly wordStartId: number;
  private readonly anywhereId: number;

  /**
   * `exactSpelling`: tags whose terms match only as written, never with a doubled letter single (a person word such as
   * Norwegian "mannen", the man, would otherwise also read "månen", the moon).
   */
  constructor(entries: Iterable<{ term: string; tag: Tag; language: string }>, exactSpelling: ReadonlySet<Tag> = new Set()) {
    let size = 0;
    for (const { term, tag, language } of entries) {
      const openStart = term.startsWith('*');
      const openEnd = term.endsWith('*');
      const body = normalizeTerm(term.replace(/^\*+|\*+$/g, ''));
      // Folding can shrink a term to one Latin letter ("xxx" -> "x"): such a term would match noise. A
      // one-letter conjunction of one language ("i", "a", "e", "y") is a whole word, kept only where its
      // language is plausible (language.ts).
      if (body.length === 0 || (body.length === 1 && !OPEN_SCRIPT.test(body) && !(tag === 'conjunction' && term.length === 1))) continue;
      // Very short Arabic-script (or Hebrew, Bengali, Tamil) words ("لا", "برا") would match inside
      // most words ("برای"): give them boundaries.
      // In Bengali and Tamil a syllable is several code points: count base letters, and only a
      // one-letter term needs boundaries there.
      const shortArabic = ARABIC.test(body) && (INDIC.test(body) ? body.replace(/\p{M}/gu, '').length <= 1 : [...body].length <= 3);
      const compiled: CompiledTerm<Tag> = {
        term,
        tag,
        language,
        languages: [language],
        boundaryStart: !openStart && (shortArabic || !OPEN_SCRIPT.test(body[0]!)),
        boundaryEnd: !openEnd && (shortArabic || !OPEN_SCRIPT.test(body[body.length - 1]!)),
        strict: shortArabic,
      };
      for (const variant of exactSpelling.has(tag) ? [body] : spellings(body)) {
        size += this.insert(variant, compiled);
        // "البنت", "بالبكيني": an Arabic noun takes its article (and a preposition before it) attached, which a short
        // term's boundaries would refuse: the article's forms are spellings of the term.
        if (shortArabic && language === 'ar' && ARABIC_NOUN.test(variant)) for (const article of ARABIC_ARTICLES) size += this.insert(article + variant, compiled);
        // "وشيل فستانها" (and take off her dress), "והסר": "and" is written onto any word. A three-letter word takes it
        // too (a two-letter one would make other words: "و" + "رد" is "ورد", a rose).
        const and = ATTACHED_AND[language];
        if (shortArabic && and && LETTERS_ONLY.test(variant) && [...variant].length === 3 && !and.includes(variant[0]!)) for (const a of and) size += this.insert(a + variant, compiled);
      }
    }
    this.size = size;
    for (const key of this.wordStartRoot.next.keys()) if (key < 65_536) this.firstUnit[key]! |= 1;
    for (const key of this.anywhereRoot.next.keys()) if (key < 65_536) this.firstUnit[key]! |= 2;
    // Breadth first: each node's children (by code unit) get the next numbers. An edge on a
    // character past the BMP (a term's astral character) never equals one UTF-16 unit: it and the
    // nodes under it are left out of the flat trie.
    const nodes: TrieNode<Tag>[] = [this.wordStartRoot, this.anywhereRoot];
    const units: number[] = [0, 0];
    const childFrom: number[] = [];
    for (let k = 0; k < nodes.length; k++) {
      childFrom.push(nodes.length);
      const children = [...nodes[k]!.next].filter(([key]) => key < 65_536).sort((a, b) => a[0] - b[0]);
      for (const [key, child] of children) {
        nodes.push(child);
        units.push(key);
      }
    }
    childFrom.push(nodes.length);
    this.wordStartId = 0;
    this.anywhereId = 1;
    const termFrom = [0];
    const termBits: number[] = [];
    for (const node of nodes) {
      for (const t of node.terms) {
        this.termOf.push(t);
        termBits.push((t.boundaryStart ? START : 0) | (t.boundaryEnd ? END : 0) | (t.strict ? STRICT : 0));
      }
      termFrom.push(this.termOf.length);
    }
    this.termFrom = Int32Array.from(termFrom);
    this.termBits = Uint8Array.from(termBits);
    this.childFrom = Int32Array.from(childFrom);
    this.unitOf = Uint16Array.from(units);
    this.endsTerm = Uint8Array.from(nodes, (node) => (node.terms.length === 0 ? 0 : node.terms.every((t) => t.boundaryEnd && !t.strict) ? ENDS | WORD_END : ENDS));
    this.rootChild = new Int32Array(2 * 65_536).fill(-1);
    for (const root of [this.wordStartId, this.anywhereId]) {
      for (let c = childFrom[root]!; c < childFrom[root + 1]!; c++) this.rootChild[root * 65_536 + units[c]!] = c;
    }
  }

  private insert(body: string, compiled: CompiledTerm<Tag>): number {
    let node = compiled.boundaryStart ? this.wordStartRoot : this.anywhereRoot;
    for (const ch of body) {
      const key = ch.codePointAt(0)!;
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), terms: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    // One spelling of one concept in several languages ("bikini") is one term with several languages:
    // the walk then emits it once, not once per language.
    const same = node.terms.find((t) => t.tag === compiled.tag && t.boundaryStart === compiled.boundaryStart && t.boundaryEnd === compiled.boundaryEnd && t.strict === compiled.strict);
    if (same) {
      if (!same.languages.includes(compiled.language)) same.languages.push(compiled.language);
      return 0;
    }
    node.terms.push(compiled.languages.length === 1 ? compiled : { ...compiled, languages: [...compiled.languages] });
    return 1;
  }

  /** Every match, leftmost first; overlapping matches are all returned. */
  match(input: NormalizedText): TermMatch<Tag>[] {
    const text = input.text;
    // 1: a letter of a spaced script (boundaries matter), 2: a letter of an open script, so the
    // change of script in "nudeにして" is a word boundary.
    // Both tables live in arrays reused from call to call (matching is synchronous).
    if (this.wordScratch.length < text.length + 1) {
      this.wordScratch = new Uint8Array(Math.max(text.length + 1, 2 * this.wordScratch.length));
      this.wildScratch = new Int32Array(this.wordScratch.length);
    }
    const word = this.wordScratch;
    word.set(input.wordClass);
    word[text.length] = 0;
    const matches: TermMatch<Tag>[] = [];
    // Where a censor mark lies ahead within a term's length, the branching walk is needed.
    const wildAhead = this.wildScratch;
    wildAhead[text.length] = text.length + MAX_TERM_SPAN;
    for (let i = text.length - 1; i >= 0; i--) wildAhead[i] = text.charCodeAt(i) === WILDCARD_CODE ? i : wildAhead[i + 1]!;
    for (let i = 0; i < text.length; i++) {
      const censored = wildAhead[i]! - i < MAX_TERM_SPAN;
      const ch = text.charCodeAt(i);
      const atWordStart = i === 0 || word[i - 1] !== 1;
      work.steps++;
      const first = this.firstUnit[ch]!;
      if (first === 0) continue;
      if (atWordStart && first & 1) this.from(text, word, i, this.wordStartRoot, this.wordStartId, atWordStart, matches, censored);
      if (first & 2) this.from(text, word, i, this.anywhereRoot, this.anywhereId, atWordStart, matches, censored);
    }
    return matches;
  }

  private from(text: string, word: Uint8Array, i: number, root: TrieNode<Tag>, rootId: number, atWordStart: boolean, out: TermMatch<Tag>[], censored: boolean): void {
    if (!censored) {
      this.scan(text, word, i, rootId, atWordStart, out);
      return;
    }
    // Censor marks branch the walk; a budget per start position keeps "*****" from multiplying it.
    const budget = { left: WILDCARD_BUDGET };
    this.walk(text, word, i, i, root, atWordStart, out, 0, budget);
  }

  /** The walk without censor marks: a plain loop down the flat trie, each child found by a binary search. */
  private scan(text: string, word: Uint8Array, from: number, rootId: number, atWordStart: boolean, out: TermMatch<Tag>[]): void {
    const childFrom = this.childFrom;
    const unitOf = this.unitOf;
    const endsTerm = this.endsTerm;
    // A root ends no term (an empty term is never inserted): the walk starts at its child.
    if (from >= text.length) return;
    let node = this.rootChild[rootId * 65_536 + text.charCodeAt(from)]!;
    if (node < 0) return;
    let i = from + 1;
    for (;;) {
      work.steps++;
      const ends = endsTerm[node]!;
      // Inside a word, a node whose every term must end at a word boundary emits nothing.
      if (ends !== 0 && !(ends & WORD_END && word[i] === 1)) this.emitFlat(node, text, word, from, i, atWordStart, out);
      if (i >= text.length) return;
      const unit = text.charCodeAt(i++);
      let lo = childFrom[node]!;
      const end = childFrom[node + 1]!;
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (unitOf[mid]! < unit) lo = mid + 1;
        else hi = mid;
      }
      if (lo === end || unitOf[lo] !== unit) return;
      node = lo;
    }
  }

  private emit(terms: readonly CompiledTerm<Tag>[], text: string, word: Uint8Array, from: number, i: number, atWordStart: boolean, out: TermMatch<Tag>[]): void {
    for (const term of terms) {
      work.steps++;
      if (term.boundaryStart && !(term.strict ? from === 0 || word[from - 1] === 0 : atWordStart)) continue;
      if (term.boundaryEnd && (term.strict ? word[i] !== 0 && i < text.length : word[i] === 1)) continue;
      out.push({ term, start: from, end: i });
    }
  }

  /** `emit` for the terms node `node` ends in the flat trie: the same checks, read from termBits. */
  private emitFlat(node: number, text: string, word: Uint8Array, from: number, i: number, atWordStart: boolean, out: TermMatch<Tag>[]): void {
    const bits = this.termBits;
    for (let t = this.termFrom[node]!; t < this.termFrom[node + 1]!; t++) {
      work.steps++;
      const b = bits[t]!;
      if (b & START && !(b & STRICT ? from === 0 || word[from - 1] === 0 : atWordStart)) continue;
      if (b & END && (b & STRICT ? word[i] !== 0 && i < text.length : word[i] === 1)) continue;
      out.push({ term: this.termOf[t]!, start: from, end: i });
    }
  }

  private walk(text: string, word: Uint8Array, from: number, i: number, node: TrieNode<Tag>, atWordStart: boolean, out: TermMatch<Tag>[], wildcards: number, budget: { left: number }): void {
    work.steps++;
    if (--budget.left < 0) return;
    if (node.terms.length) this.emit(node.terms, text, word, from, i, atWordStart, out);
    if (i >= text.length) return;
    const ch = text.charCodeAt(i);
    if (ch === WILDCARD_CODE && i > from && wildcards < 3) {
      // A censor mark inside a word may stand for any letter of the term.
      for (const [key, child] of node.next) if (key !== SPACE_CODE) this.walk(text, word, from, i + 1, child, atWordStart, out, wildcards + 1, budget);
      return;
    }
    const child = node.next.get(ch);
    if (child) this.walk(text, word, from, i + 1, child, atWordStart, out, wildcards, budget);
  }
}

/**
 * A long word of a term with a doubled letter also matches with it single: "naaaakt" folds to
 * "nakt", "nakked" stays. Short words keep their double only ("off" is not "of", "ass" not "as"), and
 * so do words whose single spelling is a common word ("trees" is not French "très").
 */
export function spellings(body: string): string[] {
  // Per word: "her ass" must not also read "her as".
  const single = body
    .split(' ')
    .map((w) => {
      if ([...w].length < 5) return w;
      const once = w.replace(/(\p{L})\1/gu, '$1');
      // "trees" read single is French "très" (very), "sexy … très" not a thing: an everyday word keeps its double only.
      return commonIn(once).length > 0 ? w : once;
    })
    .join(' ');
  return single === body ? [body] : [body, single];
}
