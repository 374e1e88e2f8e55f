import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEVSET2_PATH, DEVSET3_PATH, DEVSET_PATH, EVALSET2_PATH, PROMPTS_DIR, evalset2Halves, loadItems } from '../eval/prompts/dataset.ts';
import { corpusDevItems } from '../training/corpus.ts';

// The request sets the screener's development tools read (bench/screener-probes.ts,
// bench/screener-verdict-ab.ts). Development data only: the unread sets (evalset-ind, evalset-2's
// even half, explicit-en, heldout and the unread probes) are never listed here.

export interface SetItem {
  id: string;
  text: string;
  mode: 'edit' | 'generate';
  lang: string;
  harmful: boolean;
  kind?: string;
}

export const PROBES_DIR = join(PROMPTS_DIR, 'probes');
/** Probe sets whose errors have been read (eval/prompts/probes/README.md). */
export const READ_PROBES = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 25, 26, 27, 29, 30, 32, 33, 35, 36, 39, 42, 44, 45, 49, 50, 51, 52, 53, 54, 55, 57, 60, 61, 69];
/** Probe sets run for their headline only: never list their items. */
export const UNREAD_PROBES = [23, 24, 28, 31, 34, 37, 38, 40, 41, 43, 46, 47, 48, 56, 58, 59, 63, 64, 67, 72];

export function loadJsonl(path: string): SetItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SetItem);
}

export function probeSet(n: number): SetItem[] {
  return loadJsonl(join(PROBES_DIR, `probe${n}.jsonl`));
}

/**
 * Probe sets read in halves: the items at even positions (0, 2, …) were read for fixes ("probe62-dev"), those at odd
 * positions stay unread ("probe62-eval", headline only). Probe 62 was written in the thirty-third session.
 */
export const HALF_READ_PROBES = [62, 65, 66, 68, 70, 71];

/**
 * Half-read probes split by language instead: the language tags in sorted order alternate between the halves (the first
 * to `dev`). Probe 65 (thirty-fifth session) repeats one pattern of items in each language, so a split by position would
 * put the same item, translated, in both halves.
 */
const HALVED_BY_LANGUAGE: readonly number[] = [65, 66, 68, 70, 71];

/** The read (`dev`) or unread (`eval`) half of a half-read probe set (see HALF_READ_PROBES). */
export function probeHalf(n: number, half: 'dev' | 'eval'): SetItem[] {
  const items = probeSet(n);
  if (!HALVED_BY_LANGUAGE.includes(n)) return items.filter((_, i) => (i % 2 === 0) === (half === 'dev'));
  const languages = [...new Set(items.map((x) => x.lang))].sort();
  return items.filter((x) => (languages.indexOf(x.lang) % 2 === 0) === (half === 'dev'));
}

/** A probe number, "probeN-dev"/"probeN-eval" of a half-read probe, a set name of eval/prompts, or a path. */
export function namedSet(name: string): SetItem[] {
  const half = /^probe(\d+)-(dev|eval)$/.exec(name);
  if (half && HALF_READ_PROBES.includes(Number(half[1]))) return probeHalf(Number(half[1]), half[2] as 'dev' | 'eval');
  if (/^\d+$/.test(name)) return probeSet(Number(name));
  if (/^probe\d+$/.test(name)) return probeSet(Number(name.slice(5)));
  const path = name.endsWith('.jsonl') ? resolve(name) : join(PROMPTS_DIR, `${name}.jsonl`);
  return loadJsonl(path);
}

/** Every development request: the dev sets, evalset-2's odd half, the read probes and (unless quick) corpus-dev. */
export function developmentSets(options: { quick?: boolean } = {}): Record<string, SetItem[]> {
  const sets: Record<string, SetItem[]> = {
    dev: loadItems(DEVSET_PATH),
    'dev-2': loadItems(DEVSET2_PATH),
    'dev-3': loadItems(DEVSET3_PATH),
    'dev-fp': loadItems(join(PROMPTS_DIR, 'devset-fp.jsonl')),
    'eval-2-odd': evalset2Halves(loadItems(EVALSET2_PATH)).dev,
  };
  for (const n of READ_PROBES) sets[`probe${n}`] = probeSet(n);
  for (const n of HALF_READ_PROBES) sets[`probe${n}-dev`] = probeHalf(n, 'dev');
  if (!options.quick) sets['corpus-dev'] = corpusDevItems();
  return sets;
}
