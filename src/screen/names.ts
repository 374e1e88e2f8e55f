import type { Findings } from './findings.ts';
import { commonIn } from './language.ts';
import { normalizeTerm } from './normalize.ts';
import { work } from './work.ts';

/**
 * Real people beyond the fixed list of names, in generate mode: a structural signal. A personal
 * name (two or more capitalised words in any cased script, an @handle, a role word such as
 * "actress"/"singer" followed by a name) together with sexual or revealing content is taken to
 * name a real person, with less confidence than a listed name. Artists ("by Greg Rutkowski",
 * "in the style of Alphonse Mucha") are not the subject and are skipped.
 */
const NAME = /(?<![\p{L}\p{N}@])\p{Lu}[\p{Ll}\p{M}'’]+(?:[ \u00a0-]\p{Lu}[\p{Ll}\p{M}'’]+){1,3}(?![\p{L}\p{N}])/gu;
const HANDLE = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_.]{3,30}/gu;
const WORD = /\p{L}+/gu;
const ARTIST_BEFORE = /(?:\bby|\bstyle of|\bartist|\bpainter|\bphotographer|\binspired by|\bà la|\bde|\bvon|\bin the manner of)\s*$/iu;

/** Concepts that make a name a problem: the content is sexual or revealing. */
const SEXUAL_CUES = ['nude', 'sexualAct', 'sexualBody', 'skimpy', 'partialNude', 'suggestive', 'reveal', 'pose', 'undressVerb', 'reduceAlone'] as const;

export function findNames(f: Findings): void {
  const cue = SEXUAL_CUES.map((c) => f.of(c)[0]).find((m) => m !== undefined);
  if (!cue) return;
  const text = f.text;
  work.steps += text.length;
  const words = [...text.matchAll(WORD)];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w[0])).length;
  // Title Case Prompts Capitalise Everything: there, capitals say nothing about names.
  const titleCase = words.length >= 3 && capitalised * 2 > words.length;
  const names: Array<{ start: number; end: number; text: string }> = [];
  if (!titleCase) {
    for (const m of text.matchAll(NAME)) {
      if (names.length >= 4) break;
      const tokens = m[0].split(/[ \u00a0-]/);
      // "The Beach", "In Lingerie": capitalised common words and lexicon words are not a name.
      if (tokens.some((t) => commonIn(normalizeTerm(t)).length > 0)) continue;
      if (m.index === 0 && tokens.length < 2) continue;
      if (ARTIST_BEFORE.test(text.slice(Math.max(0, m.index! - 24), m.index))) continue;
      names.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
    }
  }
  for (const m of text.matchAll(HANDLE)) {
    if (names.length >= 6) break;
    names.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  if (names.length === 0) return;
  const evidence = names.map((n) => ({ kind: 'text' as const, start: n.start, end: n.end, text: n.text, term: 'personal name' }));
  f.addEvidence('real_person', 0.6, 'real_person.name_pattern', 'The request names someone who may be a real person, with sexual or revealing content.', evidence, cue);
}
