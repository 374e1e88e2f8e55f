import { readFileSync } from 'node:fs';

// The baseline to beat: a request is blocked when any keyword of a list occurs in it as a word
// (or a run of words). Implemented fairly: case-insensitive, Unicode word tokens, one Set lookup
// per token for single words, a first-token index for phrases, and the list's own wildcards.

export interface KeywordMatcher {
  /** The first list entry found in the text, or undefined. */
  match(text: string): string | undefined;
  readonly size: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Builds a matcher from list entries ("nude", "phone sex", "masterbat*", "*fuck*", "a$$"). */
export function createKeywordMatcher(entries: readonly string[]): KeywordMatcher {
  const single = new Map<string, string>();
  const phrases = new Map<string, { tokens: string[]; entry: string }[]>();
  // Entries spelt with symbols ("a$$", "b!tch") would lose them to word tokenisation, so they
  // are compared against whitespace-separated tokens instead.
  const literal = new Map<string, string>();
  const prefixes: { stem: string; entry: string }[] = [];
  const infixes: { stem: string; entry: string }[] = [];
  let size = 0;
  for (const raw of entries) {
    const entry = raw.trim();
    if (entry === '' || entry.startsWith('#')) continue;
    size++;
    const lower = entry.toLowerCase();
    if (/^\*[\p{L}\p{N}]+\*$/u.test(lower)) {
      infixes.push({ stem: lower.slice(1, -1), entry });
    } else if (/^[\p{L}\p{N}]+\*$/u.test(lower)) {
      prefixes.push({ stem: lower.slice(0, -1), entry });
    } else if (/^[\p{L}\p{N}\s'-]+$/u.test(lower) || /^([\p{L}\p{N}][._])+[\p{L}\p{N}]?[._]?$/u.test(lower)) {
      // Plain words and phrases, and dotted/underscored spellings ("c.o.c.k", "f_u_c_k"), which
      // tokenise to the same run of single letters as they appear in text.
      const tokens = words(lower);
      if (tokens.length === 1) single.set(tokens[0]!, entry);
      else if (tokens.length > 1) {
        const list = phrases.get(tokens[0]!) ?? [];
        list.push({ tokens, entry });
        phrases.set(tokens[0]!, list);
      }
    } else {
      literal.set(lower, entry);
    }
  }
  return {
    size,
    match(text) {
      const tokens = words(text);
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        const hit = single.get(token);
        if (hit !== undefined) return hit;
        const candidates = phrases.get(token);
        if (candidates) {
          for (const p of candidates) {
            if (p.tokens.every((t, k) => tokens[i + k] === t)) return p.entry;
          }
        }
        for (const p of prefixes) if (token.startsWith(p.stem)) return p.entry;
        for (const p of infixes) if (token.includes(p.stem)) return p.entry;
      }
      if (literal.size > 0) {
        for (const piece of text.toLowerCase().split(/\s+/)) {
          const hit = literal.get(piece.replace(/^["'([]+|[.,;:!?"')\]]+$/g, ''));
          if (hit !== undefined) return hit;
        }
      }
      return undefined;
    },
  };
}

/** Reads a keyword list, one entry a line. */
export function loadKeywordList(path: string): string[] {
  return readFileSync(path, 'utf8').split(/\r?\n/);
}
