import type { Category, Evidence, Signal } from '../types.ts';
import type { Concept } from './lexicon/types.ts';
import { spanEnd, type NormalizedText } from './normalize.ts';
import type { TermMatch } from './term-matcher.ts';
import { work } from './work.ts';

export type Match = TermMatch<Concept>;

export const PROMPT_SCREENER = 'prompt-screener';

/**
 * Skeleton characters one word may span when two matches are compared: "near" means within so
 * many words AND within so many characters, so one enormous "word" (an Arabic or Thai run without
 * spaces) cannot put thousands of matches next to each other.
 */
const CHARS_PER_WORD = 24;
/**
 * What ends a sentence between two words: a full stop that is not inside a word or a number
 * ("photo.jpg", "1.5"), "!", "?", "…", and their forms in other scripts (Arabic and Urdu, Greek,
 * Devanagari and Bengali, Armenian, Ethiopic, CJK and full-width).
 */
const SENTENCE_BREAK = /[\n\r!?…。！？｡\u061F\u06D4\u037E\u0964\u0965\u0589\u1362]|\.(?![\p{L}\p{N}])/u;
/**
 * What ends a clause: a sentence's end (a line break too), or a comma, semicolon or colon in any of those scripts, a
 * lone "&" or "+" ("strip her & add a hat"), a dash between spaces or an en or em dash ("my kids in swimsuits - remove
 * the noodles", "…at the pool—remove…"); not a hyphen inside a word ("t-shirt").
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A question mark of any script (Latin, full-width, Arabic). */
export const QUESTION_MARK = /[?？؟]/;
export const CLAUSE_BREAK = /[\n\r,;:!?…，、；：。！？｡､\u060C\u061B\u061F\u06D4\u037E\u0964\u0965\u0589\u1362\u1363\u1364–—]|\.(?![\p{L}\p{N}])|(?<![^\s])[&+](?![^\s])|\s-\s/u;
/**
 * Thai, Lao and Khmer write no spaces between words: a space between two of their letters ends a
 * clause ("ถอดแจ็คเก็ตออก เหลือเสื้อเชิ้ตตัวใน"). Not Burmese, whose spaces also part phrases of one clause
 * ("အဝတ်ဝတ်ဖို့ မေ့သွားသလို", as if she forgot to wear clothes).
 */
const SCRIPT_SPACE = /[\u0E00-\u0EFF\u1780-\u17FF]\s+[\u0E00-\u0EFF\u1780-\u17FF]/u;
const SPACED_SCRIPT = /[\u0E00-\u0EFF\u1780-\u17FF]/u;
/** Longest term in skeleton characters (a match cannot start further back than this). */
const LONGEST_TERM = 64;
/** Pieces of evidence kept per fired rule: enough to explain it, bounded whatever the input. */
const MAX_EVIDENCE = 12;

/**
 * What a look-up of a concept the request lacks returns: one shared empty list, not a new one per
 * call. Read-only by its type, not frozen: V8 iterates a frozen array (`for … of`, spread) through
 * the generic iterator, one result object per step, in every loop that may meet it.
 */
const NONE: readonly Match[] = [];

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The matches of one concept, sorted by span without repeats, their starts, and the longest one's length. */
interface Entry {
  list: Match[];
  starts: number[];
  longest: number;
  /** Whether `list` is in order so far (only while it is being filled). */
  sorted: boolean;
}

interface Fired {
  category: Category;
  score: number;
  reason: string;
  evidence: Evidence[];
}

/**
 * The matches of one request, indexed by concept and position, and the rules fired so far.
 * Every question a rule asks ("a garment within five words of this verb?") is answered from a
 * window of the sorted matches, so the cost of a rule is bounded by the size of the window, not by
 * the number of matches: the screener stays linear however often a word is repeated.
 */
export class Findings {
  // Starts as a plain array: a typed array per concept per request costs more to allocate than it saves.
  private readonly byConcept = new Map<Concept, Entry>();
  /** Fired rules in the order each (rule, category) first fired: one entry each (see firedByRule). */
  private readonly firedRules: Fired[] = [];
  /** The same entries by rule, then category: found without building a key string per look-up. */
  private readonly firedByRule = new Map<string, Map<Category, Fired>>();
  /** The entry `add` found last, and its rule (entries are never removed, so it stays valid). */
  private lastAdded: Fired | undefined;
  private lastRule = '';
  /** Made on first use: most requests ask no whole-request question. */
  private memo: Map<string, boolean> | undefined;
  /** Edit mode: a photo comes with the request (set by the rules). */
  edit = true;
  /** Lexicon matches of any concept (a request with none may be in a language no lexicon covers). */
  readonly matchCount: number;
  /** The cue words' matches (lexicon/cues.ts), kept apart from the concepts the rules read: see cues.ts. */
  cueWords: Findings | undefined;
  /** A benign phrase hid a nudity or sexual word ("a ojo desnudo", "sperm whale"): the decision layer reads it as a word about a thing. */
  maskedHarm = false;
  /**
   * The harmful words are mentioned, not asked to be drawn: a victim asks how to report the abuse (help-seeking.ts), a
   * sign's quoted lettering (quoted-lettering.ts). The model's reading of those words alone does not block.
   */
  mentionOnly = false;
  /** Swimwear or underwear the rules read as covered, as a state before clothes are put on, or as what the photo shows beside an edit of something else (rules.ts, coveredState). */
  coveredSwimwear = false;
  /** A nudity word the rules read as the state a person is in before the request dresses them (rules.ts, dressedFromState): a covering edit (cues.ts). */
  dressedState = false;
  private hasSpacedScript: boolean | undefined;

  constructor(
    readonly text: string,
    readonly norm: NormalizedText,
    matches: Match[],
  ) {
    this.matchCount = matches.length;
    groupByConcept(this.byConcept, matches);
    for (const entry of this.byConcept.values()) if (!entry.sorted) sortAndCut(entry);
  }

  /**
   * Which UTF-16 offsets of the original text (`length` of them) lie inside some match of any concept:
   * 1 inside, 0 outside. One difference array over all matches, so linear in the text and the matches.
   */
  coverage(length: number): Uint8Array {
    const diff = new Int32Array(length + 1);
    for (const { list } of this.byConcept.values()) {
      for (const m of list) {
        work.steps++;
        const from = Math.min(length, this.norm.start[m.start] ?? length);
        const to = Math.min(length, this.norm.end[m.end - 1] ?? length);
        if (to <= from) continue;
        diff[from]!++;
        diff[to]!--;
      }
    }
    const covered = new Uint8Array(length);
    let depth = 0;
    for (let i = 0; i < length; i++) {
      depth += diff[i]!;
      covered[i] = depth > 0 ? 1 : 0;
    }
    return covered;
  }

  /** Whether some match of any concept (but those in `ignore`) starts at this skeleton position. */
  matchedAt(start: number, ignore?: ReadonlySet<Concept>): boolean {
    for (const [concept, { list, starts }] of this.byConcept) {
      if (ignore?.has(concept)) continue;
      work.steps++;
      const i = lowerBound(starts, start);
      if (i < list.length && starts[i] === start) return true;
    }
    return false;
  }

  of(concept: Concept): readonly Match[] {
    return this.byConcept.get(concept)?.list ?? NONE;
  }

  has(concept: Concept): boolean {
    return this.byConcept.get(concept) !== undefined;
  }

  /**
   * The first match of `concept` within `words` words of `m` (on `side` of it, overlapping included
   * for 'any') that passes `test`, in order of position (of the first concept first, when several).
   * The window is read only up to it, and no list is built: a rule asks "is there one", and most
   * windows of a long request hold several. `test` is also given `m` and the findings, so a test that needs
   * nothing else can be a function made once rather than a closure made per call (rules run per match).
   */
  first(concept: Concept | readonly Concept[], m: Match, words: number, side: 'before' | 'after' | 'any', test?: (x: Match, m: Match, f: Findings) => boolean): Match | undefined {
    if (typeof concept !== 'string') {
      // Several concepts: each in turn, as if their windows were listed one after the other.
      for (const c of concept) {
        const x = this.first(c, m, words, side, test);
        if (x) return x;
      }
      return undefined;
    }
    const entry = this.byConcept.get(concept);
    if (!entry) return undefined;
    const span = (words + 1) * CHARS_PER_WORD;
    // A match starting further back ends too far back to be close: no match of the concept is
    // longer than its longest (nor than LONGEST_TERM, the bound this window always had).
    const from = side === 'after' ? m.start : m.start - span - Math.min(entry.longest, LONGEST_TERM);
    const to = side === 'before' ? m.end : m.end + span;
    for (let i = lowerBound(entry.starts, from); i < entry.list.length && entry.starts[i]! <= to; i++) {
      work.steps++;
      const x = entry.list[i]!;
      if (side === 'before' && x.end > m.start) continue;
      if (side === 'after' && x.start < m.end) continue;
      if (this.close(m, x, words) && (!test || test(x, m, this))) return x;
    }
    return undefined;
  }

  /**
   * The first match of the first of `concepts` (in their order) that starts in the skeleton range [from, to):
   * one binary search a concept, so a request of many clauses asks each its own range only.
   */
  firstIn(concepts: readonly Concept[], from: number, to: number): Match | undefined {
    for (const concept of concepts) {
      const entry = this.byConcept.get(concept);
      if (!entry) continue;
      const i = lowerBound(entry.starts, from);
      work.steps++;
      if (i < entry.list.length && entry.starts[i]! < to) return entry.list[i]!;
    }
    return undefined;
  }

  /** Matches of `concept` lying wholly between two matches. */
  between(concept: Concept, a: Match, b: Match): readonly Match[] {
    const first = a.start <= b.start ? a : b;
    const second = first === a ? b : a;
    const entry = this.byConcept.get(concept);
    if (!entry || second.start - first.end > 8 * CHARS_PER_WORD) return NONE;
    let out: Match[] | undefined;
    for (let i = lowerBound(entry.starts, first.end); i < entry.list.length && entry.starts[i]! < second.start; i++) {
      work.steps++;
      if (entry.list[i]!.end <= second.start) (out ??= []).push(entry.list[i]!);
    }
    return out ?? NONE;
  }

  /** Whether some match of `concept` overlaps `m`. */
  /** Whether the request has a match of one of `concepts` (a loop: asked of every request). */
  hasAny(concepts: readonly Concept[]): boolean {
    for (let k = 0; k < concepts.length; k++) if (this.has(concepts[k]!)) return true;
    return false;
  }

  overlapping(concept: Concept, m: Match): boolean {
    return this.first(concept, m, 0, 'any', overlaps) !== undefined;
  }

  /** Within `words` words and a bounded number of characters of each other. */
  close(a: Match, b: Match, words: number): boolean {
    // The earlier and the later span, chosen without building a pair (this runs per window element).
    const first = a.start <= b.start ? a : b;
    const second = first === a ? b : a;
    if (second.start - first.end > (words + 1) * CHARS_PER_WORD) return false;
    return this.gap(a, b) <= words;
  }

  /** Words between two spans (0 when they touch or overlap). */
  gap(a: Match, b: Match): number {
    const first = a.start <= b.start ? a : b;
    const second = first === a ? b : a;
    if (second.start < first.end) return 0;
    const pos = this.norm.position;
    return Math.max(0, pos[second.start]! - pos[Math.max(first.end - 1, 0)]!);
  }

  /** A comma, semicolon or colon, a sentence's end or their CJK and full-width forms between two close matches starts another clause. */
  interveningClause(a: Match, b: Match): boolean {
    return this.breakBetween(a, b, CLAUSE_BREAK) || (this.spacedScript() && this.breakBetween(a, b, SCRIPT_SPACE, 1));
  }

  /** Whether the request has a Thai, Lao or Khmer letter at all (read once): else SCRIPT_SPACE cannot match and is not tried. */
  private spacedScript(): boolean {
    this.hasSpacedScript ??= SPACED_SCRIPT.test(this.text);
    return this.hasSpacedScript;
  }

  /** Whether a sentence ends between `a` and `b` ("remove her shirt. the cat sat on the mat"): see SENTENCE_BREAK. */
  sentenceBreak(a: Match, b: Match): boolean {
    return this.breakBetween(a, b, SENTENCE_BREAK);
  }

  /** Whether `m` ends its clause: nothing but spaces, symbols or a clause break follows it (bounded scan). */
  endsClause(m: Match): boolean {
    const from = this.norm.end[m.end - 1] ?? this.text.length;
    const to = Math.min(this.text.length, from + 4 * CHARS_PER_WORD);
    for (let i = from; i < to; i++) {
      const ch = this.text[i]!;
      if (WORD_CHAR.test(ch)) return false;
      if (CLAUSE_BREAK.test(this.text.slice(i, i + 2))) return true;
    }
    return true;
  }

  /** Whether `pattern` occurs in the original text between two matches; far apart counts as a break (bounded work per call). */
  private breakBetween(a: Match, b: Match, pattern: RegExp, around = 0): boolean {
    const first = a.start <= b.start ? a : b;
    const second = first === a ? b : a;
    const from = this.norm.end[first.end - 1] ?? 0;
    const to = this.norm.start[second.start] ?? 0;
    if (to - from > 16 * CHARS_PER_WORD) return true;
    // `around`: also the characters just outside the gap (a space is a break only between two letters of some scripts).
    return to > from && pattern.test(this.text.slice(Math.max(0, from - around), to + around));
  }

  /** A yes/no computed once per request (a property of the whole request, asked per match). */
  once(key: string, compute: () => boolean): boolean {
    this.memo ??= new Map();
    let value = this.memo.get(key);
    if (value === undefined) this.memo.set(key, (value = compute()));
    return value;
  }

  add(category: Category, score: number, rule: string, reason: string, matches: readonly Match[], note?: string): void {
    if (this.saturated(category, score, rule)) return;
    const evidence: Evidence[] = matches.map((m) => this.matchEvidence(m));
    if (note) evidence.push({ kind: 'note', text: note });
    this.record(category, score, rule, reason, evidence);
  }

  /** `add` for one match, or two: no list is built when the rule already has all its evidence. */
  addMatch(category: Category, score: number, rule: string, reason: string, m: Match, other?: Match): void {
    if (this.saturated(category, score, rule)) return;
    this.record(category, score, rule, reason, other ? [this.matchEvidence(m), this.matchEvidence(other)] : [this.matchEvidence(m)]);
  }

  /**
   * A rule that already has all the evidence it keeps needs only its score updated: does that and
   * says so. Rules add in runs (one per match of a long request): the last entry found is tried first.
   */
  private saturated(category: Category, score: number, rule: string): boolean {
    let full = this.lastAdded;
    if (!full || this.lastRule !== rule || full.category !== category) {
      full = this.firedByRule.get(rule)?.get(category);
      if (full) {
        this.lastAdded = full;
        this.lastRule = rule;
      }
    }
    if (!full || full.evidence.length < MAX_EVIDENCE) return false;
    full.score = Math.max(full.score, score);
    return true;
  }

  /**
   * Whether rule `rule` of `category` already keeps all the evidence it may (MAX_EVIDENCE pieces) at `score` or
   * above: adding to it again changes nothing, so a rule that runs per match may skip the windows it would read
   * only to add more. A long request that repeats a rule's words (thousands of them) then pays for a dozen.
   */
  settled(category: Category, rule: string, score: number): boolean {
    const fired = this.firedByRule.get(rule)?.get(category);
    return fired !== undefined && fired.evidence.length >= MAX_EVIDENCE && fired.score >= score;
  }

  private matchEvidence(m: Match): Evidence {
    return this.textEvidence(m.start, m.end, m.term.term, m.term.language);
  }

  addSpan(category: Category, score: number, rule: string, reason: string, span: { start: number; end: number }, term: string): void {
    this.record(category, score, rule, reason, [this.textEvidence(span.start, span.end, term)]);
  }

  /** Evidence already in original-text offsets (names found on the text as given), plus matches. */
  addEvidence(category: Category, score: number, rule: string, reason: string, evidence: Evidence[], ...matches: Match[]): void {
    this.record(category, score, rule, reason, [...evidence, ...matches.map((m) => this.matchEvidence(m))]);
  }

  addNote(category: Category, score: number, rule: string, reason: string, note: string): void {
    this.record(category, score, rule, reason, [{ kind: 'note', text: note }]);
  }

  private textEvidence(start: number, end: number, term: string, language?: string): Evidence {
    const from = this.norm.start[start]!;
    const to = spanEnd(this.norm, start, end - 1);
    return { kind: 'text', start: from, end: to, text: this.text.slice(from, to), term, ...(language ? { language } : {}) };
  }

  private record(category: Category, score: number, rule: string, reason: string, evidence: Evidence[]): void {
    let byCategory = this.firedByRule.get(rule);
    if (!byCategory) this.firedByRule.set(rule, (byCategory = new Map()));
    let fired = byCategory.get(category);
    if (!fired) {
      fired = { category, score, reason, evidence: [] };
      this.firedRules.push(fired);
      byCategory.set(category, fired);
    }
    fired.score = Math.max(fired.score, score);
    for (const e of evidence) {
      if (fired.evidence.length >= MAX_EVIDENCE) break;
      if (!known(fired.evidence, e)) fired.evidence.push(e);
    }
  }

  /** Whether a rule of `category` fired at or above `score`. */
  fired(category: Category, score = 0.5): boolean {
    for (const f of this.firedRules) if (f.category === category && f.score >= score) return true;
    return false;
  }

  /**
   * Lowers the fired rules named in `rules` to `score`, keeping their evidence and adding `why` to
   * their reason: the signal stays on the record, below the policy's threshold. Returns how many.
   */
  weaken(rules: ReadonlySet<string>, score: number, why: string): number {
    let n = 0;
    for (const [rule, byCategory] of this.firedByRule) {
      if (!rules.has(rule)) continue;
      for (const f of byCategory.values()) {
        if (f.score <= score) continue;
        f.score = score;
        f.reason = `${f.reason} ${why}`;
        n++;
      }
    }
    return n;
  }

  /** The rules that fired for any of `categories`, at or above `score`: for `weaken`. */
  firedRulesOf(categories: ReadonlySet<Category>, score = 0.5): Set<string> {
    const rules = new Set<string>();
    for (const [rule, byCategory] of this.firedByRule) for (const f of byCategory.values()) if (categories.has(f.category) && f.score >= score) rules.add(rule);
    return rules;
  }

  /**
   * Whether some rule fired for `categories` (at or above `score`) and every text span of their evidence (original
   * offsets) passes `inside`.
   */
  firedOnlyWithin(categories: ReadonlySet<Category>, inside: (start: number, end: number) => boolean, score = 0.5): boolean {
    let any = false;
    for (const byCategory of this.firedByRule.values()) {
      for (const f of byCategory.values()) {
        if (!categories.has(f.category) || f.score < score) continue;
        any = true;
        for (const e of f.evidence) if (e.kind === 'text' && !inside(e.start, e.end)) return false;
      }
    }
    return any;
  }

  signals(): Signal[] {
    return this.firedRules.map((f) => ({ detector: PROMPT_SCREENER, category: f.category, score: f.score, reason: f.reason, evidence: f.evidence }));
  }
}

/**
 * Whether a rule's evidence (at most MAX_EVIDENCE pieces) already holds `e`: a text span with the same
 * start and end, or a piece of another kind with the same JSON. A scan of a short list instead of a
 * set of key strings per rule.
 */
function known(list: readonly Evidence[], e: Evidence): boolean {
  if (e.kind === 'text') {
    for (const x of list) if (x.kind === 'text' && x.start === e.start && x.end === e.end) return true;
    return false;
  }
  let json: string | undefined;
  for (const x of list) if (x.kind !== 'text' && (json ??= JSON.stringify(e)) === JSON.stringify(x)) return true;
  return false;
}

/**
 * Groups `matches` straight into `byConcept` (first occurrence decides the order) in one pass. Exact
 * matches come leftmost first, so a list is mostly in order as it grows: while it is, the same
 * span found again by another language's lexicon ("bikini" is in twenty) is dropped at once
 * (the first of such a run is the one kept) and the starts are written as it goes. A list
 * found out of order is to be sorted (stably) and cut down afterwards, the same way. A function of its
 * own that returns right after its loop: code after a loop compiled on the spot (on-stack replacement)
 * lacked type feedback and left the optimised code on every call (--trace-deopt).
 */
function groupByConcept(byConcept: Map<Concept, Entry>, matches: readonly Match[]): void {
  for (const m of matches) {
    const entry = byConcept.get(m.term.tag);
    if (!entry) {
      byConcept.set(m.term.tag, { list: [m], starts: [m.start], longest: m.end - m.start, sorted: true });
      continue;
    }
    const list = entry.list;
    if (entry.sorted) {
      const last = list[list.length - 1]!;
      if (m.start === last.start && m.end === last.end) continue;
      if (bySpan(last, m) > 0) entry.sorted = false;
      else {
        entry.starts.push(m.start);
        if (m.end - m.start > entry.longest) entry.longest = m.end - m.start;
      }
    }
    list.push(m);
  }
}

function bySpan(a: Match, b: Match): number {
  return a.start - b.start || a.end - b.end;
}

/** Sorts an entry's list by span (stably) and keeps the first match of each span, in place. */
function sortAndCut(entry: Entry): void {
  const all = entry.list;
  all.sort(bySpan);
  const starts: number[] = [];
  let n = 0;
  for (let i = 0; i < all.length; i++) {
    const m = all[i]!;
    if (n > 0 && m.start === all[n - 1]!.start && m.end === all[n - 1]!.end) continue;
    all[n++] = m;
    starts.push(m.start);
    if (m.end - m.start > entry.longest) entry.longest = m.end - m.start;
  }
  all.length = n;
  entry.starts = starts;
  entry.sorted = true;
}

/** First index whose value is >= x (binary search over sorted starts). */
export function lowerBound<T extends number | string>(sorted: ArrayLike<T>, x: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
