import type { Findings, Match } from './findings.ts';
import { work } from './work.ts';

/**
 * Up to `n` skeleton words on `side` of `m`, nearest first, in its clause (a clause break ends the list). With
 * `longest`, a word longer than that ends the list too (in a script written without spaces a "word" may be the whole
 * request, which a caller that tests patterns on the words must not read in full).
 */
export function wordsBeside(f: Findings, m: Match, side: 'before' | 'after', n: number, longest = Number.POSITIVE_INFINITY): { start: number; text: string }[] {
  const t = f.norm.text;
  const out: { start: number; text: string }[] = [];
  let at = side === 'after' ? m.end : m.start;
  while (out.length < n) {
    work.steps++;
    let from: number;
    let to: number;
    if (side === 'after') {
      from = t[at] === ' ' ? at + 1 : at;
      to = t.indexOf(' ', from);
      if (to < 0) to = t.length;
      if (from >= to) break;
      at = to;
    } else {
      to = t[at - 1] === ' ' ? at - 1 : at;
      from = t.lastIndexOf(' ', to - 1) + 1;
      if (from >= to) break;
      at = from;
    }
    if (to - from > longest) break;
    const word = { start: from, end: to } as Match;
    if (f.interveningClause(word, m)) break;
    out.push({ start: from, text: t.slice(from, to) });
  }
  return out;
}

/** The letters of `text` from `at` to the end of their word (at most 8: no ending is longer). */
export function restOfWord(text: string, at: number): string {
  let end = at;
  while (end < text.length && end - at < 8 && text.charCodeAt(end) !== 32) end++;
  return text.slice(at, end);
}

/** Inessive endings ("in"), the rest of a garment's word: Hungarian -ban/-ben, Finnish -ssa/-ssä (with a stem vowel). */
export const INESSIVE = /^(?:ban|ben|ssa|ssä|issa|issä|ssaan|ssään)$/;
