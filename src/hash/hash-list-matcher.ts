// Matches image hashes against loaded lists: PDQ through one shared index, MD5/SHA-256 exactly.
// No Node API.

import type { ImageHashes } from './hash-types.ts';
import type { HashList, ListPurpose } from './hash-list.ts';
import { DEFAULT_MATCH_THRESHOLD, PdqIndex } from './match-index.ts';

export type HashSignalType = 'pdq' | 'md5' | 'sha256';

export interface HashListMatch {
  list: string;
  purpose: ListPurpose;
  source: string;
  entryId: string;
  /** Which hash matched. */
  signal: HashSignalType;
  /** Hamming distance for PDQ (over the best dihedral variant when those were given); 0 for exact hashes. */
  distance: number;
  /** The list entry's hash that matched. */
  hash: string;
  /** Set when the match is through a rotation or flip of the query. */
  dihedral?: number;
}

export interface MatchQuery extends Partial<ImageHashes> {
  /** The query's eight dihedral PDQ hashes; a rotated or flipped copy then matches too. */
  dihedral?: string[];
}

export interface MatchOptions {
  threshold?: number;
  /** Keep the nearest `limit` matches (after merging PDQ and exact ones). */
  limit?: number;
}

interface EntryRef {
  list: HashList;
  index: number;
}

/**
 * One index over the PDQ hashes of many lists, plus exact MD5/SHA-256 lookups.
 *
 * @example
 * const matcher = new HashListMatcher(lists);
 * matcher.match(await hashImage(bytes, { dihedral: true }));
 */
export class HashListMatcher {
  readonly threshold: number;
  private readonly index: PdqIndex;
  private readonly refs: EntryRef[] = [];
  private readonly exact = new Map<string, EntryRef[]>();

  constructor(
    readonly lists: readonly HashList[],
    options: { threshold?: number } = {},
  ) {
    this.threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
    const total = lists.reduce((n, l) => n + l.entries.length, 0);
    this.index = new PdqIndex({ threshold: this.threshold, capacity: total });
    for (const list of lists) {
      list.entries.forEach((entry, index) => {
        const ref = { list, index };
        this.index.add(entry.pdq);
        this.refs.push(ref);
        for (const key of [entry.md5 && `md5:${entry.md5}`, entry.sha256 && `sha256:${entry.sha256}`]) {
          if (!key) continue;
          const refs = this.exact.get(key) ?? [];
          refs.push(ref);
          this.exact.set(key, refs);
        }
      });
    }
    if (total > 0) this.index.build();
  }

  get size(): number {
    return this.refs.length;
  }

  /** Matches within the threshold, nearest first; one per list entry. */
  match(query: MatchQuery, options: MatchOptions = {}): HashListMatch[] {
    const threshold = options.threshold ?? this.threshold;
    const best = new Map<EntryRef, HashListMatch>();
    const offer = (ref: EntryRef, m: Omit<HashListMatch, 'list' | 'purpose' | 'source' | 'entryId'>) => {
      const old = best.get(ref);
      if (old && (old.distance < m.distance || (old.distance === m.distance && old.signal !== 'pdq'))) return;
      const entry = ref.list.entries[ref.index]!;
      best.set(ref, { list: ref.list.name, purpose: ref.list.purpose, source: ref.list.source, entryId: entry.id, ...m });
    };
    for (const signal of ['sha256', 'md5'] as const) {
      const value = query[signal];
      if (!value) continue;
      for (const ref of this.exact.get(`${signal}:${value.toLowerCase()}`) ?? []) offer(ref, { signal, distance: 0, hash: value.toLowerCase() });
    }
    const variants = query.dihedral && query.dihedral.length > 0 ? query.dihedral : query.pdq ? [query.pdq] : [];
    variants.forEach((hash, variant) => {
      for (const m of this.index.search(hash, { threshold })) {
        const ref = this.refs[m.position]!;
        const match: Omit<HashListMatch, 'list' | 'purpose' | 'source' | 'entryId'> = { signal: 'pdq', distance: m.distance, hash: ref.list.entries[ref.index]!.pdq };
        if (query.dihedral && variant > 0) match.dihedral = variant;
        offer(ref, match);
      }
    });
    const out = [...best.values()].sort((a, b) => a.distance - b.distance || a.list.localeCompare(b.list) || a.entryId.localeCompare(b.entryId));
    return options.limit === undefined ? out : out.slice(0, options.limit);
  }
}
