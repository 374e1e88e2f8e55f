import { SkipCursor, type NormalizedText } from '../normalize.ts';

// Hashed features of a request, shared bit for bit by the trainer (training/) and the runtime.
// Character n-grams (1-5, single characters only outside ASCII) over the normaliser's skeleton,
// word unigrams and bigrams over its words, and emoji and other symbols from the original text
// (the skeleton drops them as separators). Every feature keeps the span of the original text it
// came from, so a verdict can name the n-grams that weighed most.

/** Changing any of these invalidates trained weights: the model file records them and is checked. */
export const FEATURE_VERSION = 1;
export const MAX_CHAR_GRAM = 5;
/** Longest word (in skeleton characters) that gets word features; longer runs are CJK text or junk. */
const MAX_WORD = 24;

const KIND_CHAR = 0x1000193;
const KIND_WORD = 0x2000193;
const KIND_BIGRAM = 0x3000193;
const KIND_SYMBOL = 0x4000193;

/** Features of one text, in order of their start in the skeleton (symbols last); parallel arrays. */
export interface FeatureList {
  count: number;
  /** 32-bit hash of each feature. */
  hash: Int32Array;
  /** Start and end (exclusive) of each feature in the original text (UTF-16 offsets). */
  start: Int32Array;
  end: Int32Array;
  /** Skeleton position of each feature (symbols: mapped to the nearest skeleton position). */
  position: Int32Array;
  /**
   * Index of the first symbol feature (absent: unknown). The features before it are grams and
   * words: none lies more than POSITION_SLACK positions before an earlier one, so a reader of one
   * window may stop there once it has passed the window by that much.
   */
  symbols?: number;
  /**
   * Words whose features are all their own (absent: not recorded): pairs [from, to) of feature
   * indices, in order, `blockCount` of them. A word's grams stop at the spaces either side of it, so
   * its features (the grams from the space before it to its last letter, then the word itself) are
   * the same wherever it stands: a reader may sum them once per word (see BlockMemo).
   */
  blocks?: Int32Array;
  blockCount?: number;
  /**
   * Skeleton positions of features taken out by withoutSpans, `silentCount` of them: they still count
   * towards their window's number of features (the models divide a window's sum by it) but add nothing
   * to the sum, as a word of no weight would (addSilentCounts).
   */
  silent?: Int32Array;
  silentCount?: number;
}

/** Longest run of one word's features that BlockMemo remembers (a word of MAX_WORD letters has fewer). */
export const MAX_BLOCK = 160;

/**
 * A direct-mapped memo of per-word sums, by the word's features: a slot holds the hashes of one
 * block and, once the block has been met twice, its sums (`width` integers, filled by the caller).
 * A block is looked up by its last hash (the word's) and compared hash by hash, so a hit is exact.
 * A block met once only marks the slot (its length and first hash): a text of words that never
 * repeat pays two writes a word, not a copy or a sum.
 */
export class BlockMemo {
  /** What `find` returns for a block met for the first time: the caller reads its features one by one. */
  static readonly MISS = -0x40000000;
  /** Per slot: the block's length, negative while it has been met once (only `first` is kept then). */
  private readonly lengths: Int32Array;
  private readonly first: Int32Array;
  private readonly hashes: Int32Array;
  readonly sums: Int32Array;

  constructor(
    private readonly bits: number,
    readonly width: number,
  ) {
    this.lengths = new Int32Array(1 << bits);
    this.first = new Int32Array(1 << bits);
    this.hashes = new Int32Array((1 << bits) * MAX_BLOCK);
    this.sums = new Int32Array((1 << bits) * width);
  }

  /**
   * The slot whose sums are block hash[from, to)'s; -1 - slot when the block is met again and its
   * sums are to be filled in there now; MISS when it is met for the first time (it then takes the slot).
   */
  find(hash: Int32Array, from: number, to: number): number {
    const length = to - from;
    const slot = hash[to - 1]! >>> (32 - this.bits);
    const held = this.lengths[slot]!;
    if (held === length) {
      const at = slot * MAX_BLOCK;
      let same = true;
      for (let k = 0; same && k < length; k++) same = this.hashes[at + k] === hash[from + k];
      if (same) return slot;
    } else if (held === -length && this.first[slot] === hash[from]) {
      // Met once before (its length and first and last hashes): its hashes are kept now, and its sums.
      this.lengths[slot] = length;
      const at = slot * MAX_BLOCK;
      for (let k = 0; k < length; k++) this.hashes[at + k] = hash[from + k]!;
      return -1 - slot;
    }
    this.lengths[slot] = -length;
    this.first[slot] = hash[from]!;
    return BlockMemo.MISS;
  }
}

/** See FeatureList.symbols: a word's features sit at its first character, pushed after the grams up to its last. */
export const POSITION_SLACK = MAX_WORD;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Upper bound on the number of features a skeleton of `length` characters and an original of `originalLength` yield. */
export function maxFeatures(length: number, originalLength: number): number {
  return MAX_CHAR_GRAM * (length + 2) + 2 * length + originalLength;
}

/** Pictographs and symbols that carry meaning in requests (👙 🍑 🍆 💦 🔞). */
const SYMBOL = /[\p{Extended_Pictographic}\p{So}]/u;

/**
 * Arrays that `extractFeatures` may fill instead of allocating its own: the screener reuses one
 * set from request to request. They grow as needed; a result read from them is valid until the
 * next extraction into the same buffers.
 */
export class FeatureBuffers {
  hash = new Int32Array(0);
  start = new Int32Array(0);
  end = new Int32Array(0);
  position = new Int32Array(0);
  codes = new Uint16Array(0);
  blocks = new Int32Array(0);

  reserve(capacity: number, codes: number): void {
    if (this.hash.length < capacity) {
      const size = Math.max(capacity, 2 * this.hash.length);
      this.hash = new Int32Array(size);
      this.start = new Int32Array(size);
      this.end = new Int32Array(size);
      this.position = new Int32Array(size);
      this.blocks = new Int32Array(size);
    }
    if (this.codes.length < codes) this.codes = new Uint16Array(Math.max(codes, 2 * this.codes.length));
  }
}

/**
 * Extracts the features of a normalised text; linear in its length (at most a fixed number per
 * character). `original` is the text the skeleton was made from, for symbols and offsets.
 * With `into`, the features are written into those (reused) buffers rather than new arrays.
 */
export function extractFeatures(norm: NormalizedText, original: string, into?: FeatureBuffers): FeatureList {
  const text = norm.text;
  const n = text.length;
  const capacity = maxFeatures(n, original.length);
  into?.reserve(capacity, n + 2);
  const hash = into ? into.hash : new Int32Array(capacity);
  const start = into ? into.start : new Int32Array(capacity);
  const end = into ? into.end : new Int32Array(capacity);
  const position = into ? into.position : new Int32Array(capacity);
  if (n === 0 && original.length === 0) return { count: 0, hash, start, end, position };
  const codes = into ? into.codes : new Uint16Array(n + 2);
  fillCodes(text, codes);
  // Each long loop is a function of its own that returns right after it: V8 compiles a hot loop
  // on the spot (on-stack replacement), and code after the loop in the same function would be
  // compiled without type feedback, leave optimised code on every call and run interpreted.
  const out = { hash, start, end, position, blocks: into?.blocks, blockCount: 0 };
  const symbols = gramFeatures(norm, codes, out);
  // Symbols from the original text, placed at the skeleton position of the nearest following character.
  const count = symbolFeatures(norm, original, out, symbols);
  return into ? { count, hash, start, end, position, symbols, blocks: into.blocks, blockCount: out.blockCount } : { count, hash, start, end, position, symbols };
}

/**
 * The features that touch none of `spans` (start, end in the original text): a word inside a span, its n-grams,
 * and the word pairs it is one of are left out, so that what the classifier reads is the request with those words
 * weighing nothing. They still count in their window's number of features (`silent`), so the words around them
 * weigh what they did beside them, not more (leaving them out altogether made "smooth her skin" read as "her
 * skin"). A new list: `features` (the caller's scratch) is not changed. Blocks of words that lost a feature are
 * dropped; the rest are renumbered. Linear in the count and the spans' extent (a prefix count of covered characters).
 */
export function withoutSpans(features: FeatureList, spans: ReadonlyArray<readonly [number, number]>): FeatureList {
  return splitBySpans(features, spans).kept;
}

/** Features taken out of a list (withoutSpans): their hashes and skeleton positions, `count` of them. */
export interface RemovedFeatures {
  hash: Int32Array;
  position: Int32Array;
  count: number;
}

const NONE_REMOVED: RemovedFeatures = { hash: new Int32Array(0), position: new Int32Array(0), count: 0 };

/**
 * withoutSpans, and the features it took out (a model can score the kept list from the whole list's sums less these:
 * HashedNgramModel.scoreWithout). The kept list is `features` itself when nothing was taken out. The runs of kept
 * features between the taken ones are copied whole; with `into`, into those (reused) buffers.
 */
export function splitBySpans(features: FeatureList, spans: ReadonlyArray<readonly [number, number]>, into?: FeatureBuffers): { kept: FeatureList; removed: RemovedFeatures } {
  if (spans.length === 0 || features.count === 0) return { kept: features, removed: NONE_REMOVED };
  const { hash, start, end, position, count } = features;
  const symbols = features.symbols ?? count;
  // Covered characters counted from the text's start: a feature [s, e) touches a span when some character in it is
  // covered. One pass over the spans' extent (depths, then in place the count of covered characters before each
  // place), then constant work per feature.
  let extent = 0;
  for (const [, b] of spans) extent = Math.max(extent, b);
  const before = new Int32Array(extent + 1);
  for (const [a, b] of spans) {
    if (b <= a) continue;
    before[Math.max(0, a)]!++;
    before[b]!--;
  }
  for (let x = 0, depth = 0, covered = 0; x <= extent; x++) {
    const delta = before[x]!;
    before[x] = covered;
    depth += delta;
    if (depth > 0) covered++;
  }
  const taken = takenFeatures(start, end, count, extent, before);
  if (taken.length === 0) return { kept: features, removed: NONE_REMOVED };
  const n = count - taken.length;
  into?.reserve(n, 0);
  const out = into
    ? { hash: into.hash, start: into.start, end: into.end, position: into.position }
    : { hash: new Int32Array(n), start: new Int32Array(n), end: new Int32Array(n), position: new Int32Array(n) };
  // The positions of the features taken out are also the kept list's silent ones (they still count, weighing nothing).
  const removed = { hash: new Int32Array(taken.length), position: new Int32Array(taken.length), count: taken.length };
  let from = 0;
  let at = 0;
  for (let t = 0; t <= taken.length; t++) {
    const to = t < taken.length ? taken[t]! : count;
    if (to > from) {
      out.hash.set(hash.subarray(from, to), at);
      out.start.set(start.subarray(from, to), at);
      out.end.set(end.subarray(from, to), at);
      out.position.set(position.subarray(from, to), at);
      at += to - from;
    }
    if (t < taken.length) {
      removed.hash[t] = hash[to]!;
      removed.position[t] = position[to]!;
    }
    from = to + 1;
  }
  // An index's new place: the index less the features taken before it.
  const takenBefore = (i: number): number => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const newSymbols = symbols - takenBefore(symbols);
  let blocks: Int32Array | undefined;
  let blockCount = 0;
  if (features.blocks && features.blockCount) {
    blocks = new Int32Array(2 * features.blockCount);
    // Blocks come in order of their features: one walk over the taken indices beside them.
    let t = 0;
    for (let b = 0; b < features.blockCount; b++) {
      const blockFrom = features.blocks[2 * b]!;
      const blockTo = features.blocks[2 * b + 1]!;
      while (t < taken.length && taken[t]! < blockFrom) t++;
      // Whole only if no feature of it was left out.
      if (t < taken.length && taken[t]! < blockTo) continue;
      blocks[2 * blockCount] = blockFrom - t;
      blocks[2 * blockCount + 1] = blockTo - t;
      blockCount++;
    }
  }
  const kept: FeatureList = {
    count: n,
    ...out,
    symbols: features.symbols === undefined ? undefined : newSymbols,
    blocks,
    blockCount: blocks ? blockCount : undefined,
    silent: removed.position,
    silentCount: taken.length,
  };
  return { kept, removed };
}

/** Indices, in order, of the features [start, end) that touch a covered character (`before`: covered characters before each place). */
function takenFeatures(start: Int32Array, end: Int32Array, count: number, extent: number, before: Int32Array): Int32Array {
  let taken = new Int32Array(16);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const s = start[i]!;
    if (s >= extent) continue;
    const e = end[i]!;
    const from = Math.max(s, 0);
    const to = Math.min(e, extent);
    if (to > from && before[to]! > before[from]!) {
      if (n === taken.length) {
        const grown = new Int32Array(2 * n);
        grown.set(taken);
        taken = grown;
      }
      taken[n++] = i;
    }
  }
  return taken.subarray(0, n);
}

/** Adds each silent feature (withoutSpans) to the count of its chunk of `stride` positions (stride 0: one chunk). */
export function addSilentCounts(features: FeatureList, stride: number, chunks: number, counts: Int32Array): void {
  const silent = features.silent;
  if (!silent) return;
  for (let i = 0; i < (features.silentCount ?? 0); i++) counts[stride === 0 ? 0 : Math.min(chunks - 1, (silent[i]! / stride) | 0)]!++;
}

type FeatureArrays = Pick<FeatureList, 'hash' | 'start' | 'end' | 'position'>;
/** FeatureArrays and where the words' blocks go (none recorded without `blocks`). */
type GramArrays = FeatureArrays & { blocks: Int32Array | undefined; blockCount: number };

/** The skeleton's code units, padded with a space at both ends. */
function fillCodes(text: string, codes: Uint16Array): void {
  const n = text.length;
  codes[0] = 32;
  codes[n + 1] = 32;
  for (let i = 0; i < n; i++) codes[i + 1] = text.charCodeAt(i);
}

/** Writes the gram and word features of the padded skeleton `codes` into `out` from index 0; returns their count. */
function gramFeatures(norm: NormalizedText, codes: Uint16Array, out: GramArrays): number {
  const { hash, start, end, position, blocks } = out;
  let blockCount = 0;
  // The first feature of the word that starts after the space at p (-1: none open).
  let blockFrom = -1;
  const n = norm.text.length;
  // Past a cut run (normalize.ts) a span that began before the cut ends where its copy before the cut ends.
  const skips = norm.skips ? new SkipCursor(norm.skips) : undefined;
  // Features are written in place (no helper closure: a counter it wrote would live on the heap).
  let count = 0;
  // Padded with a space at both ends so first and last words have boundary grams.
  let wordStart = -1;
  let previousWord = 0;
  let previousStart = 0;
  let previousFrom = 0;
  for (let p = 0; p < n + 2; p++) {
    const first = codes[p]!;
    if (first === 32 && p + 1 < n + 2 && codes[p + 1] !== 32) blockFrom = count;
    // Every gram starting here starts at the same skeleton character (the padding maps to the ends).
    const gramFrom = Math.min(Math.max(p - 1, 0), n - 1);
    const fromStart = norm.start[gramFrom]!;
    let h = KIND_CHAR;
    for (let k = 0; k < MAX_CHAR_GRAM && p + k < n + 2; k++) {
      const c = codes[p + k]!;
      h = Math.imul(h ^ c, 0x01000193);
      if (k === 0) {
        // Single characters count only outside ASCII (a CJK or Thai character carries meaning alone).
        if (c === 32 || c < 0x80) continue;
      } else if (k === 1 && first === 32 && c === 32) {
        break;
      }
      const to = Math.min(Math.max(p + k - 1, 0), n - 1);
      hash[count] = fmix(h ^ (k + 1));
      start[count] = fromStart;
      end[count] = skips ? norm.end[to]! - skips.shift(gramFrom, to) : norm.end[to]!;
      position[count++] = gramFrom;
      // A gram may start or end at a word boundary but not run on into the next word.
      if (k > 0 && c === 32) break;
    }
    // Words of the skeleton: runs between spaces.
    if (p >= 1 && p <= n) {
      const c = codes[p]!;
      if (c !== 32 && wordStart < 0) wordStart = p - 1;
      if (c !== 32 && codes[p + 1] === 32) {
        const from = wordStart;
        const to = p - 1;
        if (to - from + 1 <= MAX_WORD) {
          let w = KIND_WORD;
          for (let q = from; q <= to; q++) w = Math.imul(w ^ codes[q + 1]!, 0x01000193);
          w = fmix(w);
          hash[count] = w;
          start[count] = norm.start[from]!;
          end[count] = skips ? norm.end[to]! - skips.shift(from, to) : norm.end[to]!;
          position[count++] = from;
          if (blocks && blockFrom >= 0 && count - blockFrom <= MAX_BLOCK) {
            blocks[2 * blockCount] = blockFrom;
            blocks[2 * blockCount++ + 1] = count;
            // Written here, not after the loop: a store after it was compiled (on-stack replacement)
            // without type feedback and left the optimised code on every call (--trace-deopt).
            out.blockCount = blockCount;
          }
          if (previousWord !== 0) {
            hash[count] = fmix(Math.imul(previousWord ^ KIND_BIGRAM, 0x01000193) ^ w);
            start[count] = previousStart;
            end[count] = skips ? norm.end[to]! - skips.shift(previousFrom, to) : norm.end[to]!;
            position[count++] = from;
          }
          previousWord = w;
          previousStart = norm.start[from]!;
          previousFrom = from;
        } else {
          previousWord = 0;
        }
        wordStart = -1;
        blockFrom = -1;
      }
    }
  }
  return count;
}

/** Appends the symbol features of `original` from index `count` of `out`; returns the new count. */
function symbolFeatures(norm: NormalizedText, original: string, out: FeatureArrays, count: number): number {
  const { hash, start, end, position } = out;
  const n = norm.text.length;
  let skeletonIndex = 0;
  // Symbols in a stretch a cut run left out (normalize.ts) are left out with it: those whose
  // skeleton character in the full skeleton would lie in the skipped stretch.
  const skips = norm.skips;
  let next = 0;
  let skipFrom = skips ? norm.start[skips[0]!.at - 1]! : original.length;
  for (let i = 0; i < original.length; i++) {
    if (i > skipFrom) {
      i = skipFrom + skips![next]!.offset;
      next++;
      skipFrom = next < skips!.length ? norm.start[skips![next]!.at - 1]! : original.length;
      continue;
    }
    const c = original.charCodeAt(i);
    if (c < 0x2100) continue;
    const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < original.length;
    const cp = wide ? original.codePointAt(i)! : c;
    const width = wide ? 2 : 1;
    if (isSymbol(cp)) {
      while (skeletonIndex < n && norm.start[skeletonIndex]! < i) skeletonIndex++;
      hash[count] = fmix(Math.imul(KIND_SYMBOL ^ cp, 0x01000193));
      start[count] = i;
      end[count] = i + width;
      position[count++] = Math.min(skeletonIndex, Math.max(n - 1, 0));
    }
    i += width - 1;
  }
  return count;
}

const SYMBOL_CACHE = new Map<number, boolean>();

function isSymbol(cp: number): boolean {
  // Pictographs live in a few blocks; CJK, Hangul and the like are skipped without a lookup.
  if (!((cp >= 0x2100 && cp <= 0x2bff) || (cp >= 0x1f000 && cp <= 0x1faff) || cp === 0x3030 || cp === 0x303d || cp === 0x3297 || cp === 0x3299)) return false;
  if (cp >= 0x1f3fb && cp <= 0x1f3ff) return false;
  let known = SYMBOL_CACHE.get(cp);
  if (known === undefined) {
    known = SYMBOL.test(String.fromCodePoint(cp));
    SYMBOL_CACHE.set(cp, known);
  }
  return known;
}
