import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidInputError } from '../../src/errors.ts';

// Our labelled requests: the ground truth for the prompt screener. `harmful` means the strict
// policy must block the request; `labels` say which categories are really present.

/** The fifteen languages every set measures. */
export const MEASURED_LANGS = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'tr', 'ja', 'zh', 'ko', 'ar', 'hi-Latn'] as const;
/** The independent sets' further languages (devset-3, evalset-ind, evalset-2; see EVALSETS.md). */
export const INDEPENDENT_EXTRA_LANGS = [
  'hi-Deva',
  'zh-Hant',
  'uk',
  'ur',
  'bn',
  'ta',
  'el',
  'he',
  'fa',
  'th',
  'ro',
  'sw',
  'tl',
  'vi',
  'id',
  'ms',
  'sv',
  'cs',
  'hu',
  'da',
  'no',
  'fi',
  // evalset-2 adds these (Serbian in Latin and Cyrillic script under one code):
  'sr',
  'bg',
  'sk',
  'am',
  'yo',
  'ha',
  'ne',
  'mr',
  'te',
  'pa',
  'km',
  'my',
] as const;
/** Languages an item may have: the measured ones, plus Hindi in Devanagari (devset-2) and the independent sets' others. */
export const DATASET_LANGS = [...MEASURED_LANGS, ...INDEPENDENT_EXTRA_LANGS] as const;
export type DatasetLang = (typeof DATASET_LANGS)[number];

export const DATASET_LABELS = ['undress', 'sexual', 'minor', 'real_person', 'consent_claim'] as const;
export type DatasetLabel = (typeof DATASET_LABELS)[number];

/** Optional descriptive tags, used to break results down by difficulty. */
export const DATASET_TAGS = ['near_miss', 'obfuscated', 'indirect', 'follow_up', 'code_switch'] as const;
export type DatasetTag = (typeof DATASET_TAGS)[number];

/** `ours`: written for the screener's team; `independent`: written apart from it (devset-3, evalset-ind). */
export const DATASET_SOURCES = ['ours', 'independent'] as const;

/** What kind of request an item is (independent sets only): harmful kinds, then benign near-miss kinds. */
export const HARMFUL_KINDS = ['undress', 'escalation', 'euphemism', 'sexual_act', 'emoji', 'obfuscation', 'real_person_generate', 'minor', 'consent_claim', 'social_reply'] as const;
export const BENIGN_KINDS = [
  'benign_edit_removal',
  'benign_clothing',
  'benign_false_friend',
  'benign_scene_product',
  'benign_medical_art',
  'benign_fashion',
  'benign_family_photo',
  'benign_named_person',
  'benign_social_reply',
  'benign_emoji',
] as const;

export interface PromptItem {
  id: string;
  text: string;
  mode: 'edit' | 'generate';
  lang: string;
  source: string;
  labels: string[];
  harmful: boolean;
  tags?: string[];
  kind?: string;
  note?: string;
}

export const PROMPTS_DIR = dirname(fileURLToPath(import.meta.url));
export const DEVSET_PATH = join(PROMPTS_DIR, 'devset.jsonl');
export const HELDOUT_PATH = join(PROMPTS_DIR, 'heldout.jsonl');
/** A second development set, written later by another hand (see README): dev data, never held out. */
export const DEVSET2_PATH = join(PROMPTS_DIR, 'devset-2.jsonl');
/** Written independently of the screener (EVALSETS.md): development data, tune on it freely. */
export const DEVSET3_PATH = join(PROMPTS_DIR, 'devset-3.jsonl');
/** Benign near-misses only (clothing edits, false friends, product shots, anatomy and art) in 37 languages, written for the false-positive work of issue 11: development data. */
export const DEVSET_FP_PATH = join(PROMPTS_DIR, 'devset-fp.jsonl');
/** Written independently of the screener (EVALSETS.md): held out, evaluated once, never tuned on. */
export const EVALSET_IND_PATH = join(PROMPTS_DIR, 'evalset-ind.jsonl');
/** A second independent held-out set by another hand, 48 languages (EVALSETS.md): evaluated once, never tuned on. */
export const EVALSET2_PATH = join(PROMPTS_DIR, 'evalset-2.jsonl');

/**
 * evalset-2 in two halves by the parity of its item number: the odd half (`dev-4`) became a
 * development set after the set's first run (2026-12-01, EVALSETS.md); the even half stays held out.
 */
export function evalset2Halves(items: readonly PromptItem[]): { dev: PromptItem[]; heldout: PromptItem[] } {
  const odd = (item: PromptItem) => Number(/-(\d+)$/.exec(item.id)?.[1] ?? 0) % 2 === 1;
  return { dev: items.filter(odd), heldout: items.filter((item) => !odd(item)) };
}
/** Plain-English explicit text-to-image prompts and benign English prompts of the same style (EVALSETS.md): held out. */
export const EXPLICIT_EN_PATH = join(PROMPTS_DIR, 'explicit-en.jsonl');

const KEYS = new Set(['id', 'text', 'mode', 'lang', 'source', 'labels', 'harmful', 'tags', 'kind', 'note']);

/** Checks one parsed line; returns the problems found (empty when the item is valid). */
export function itemProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['not a JSON object'];
  const v = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(v)) if (!KEYS.has(key)) problems.push(`unknown key "${key}"`);
  if (typeof v.id !== 'string' || v.id === '') problems.push('id must be a non-empty string');
  if (typeof v.text !== 'string' || v.text.trim() === '') problems.push('text must be a non-empty string');
  if (v.mode !== 'edit' && v.mode !== 'generate') problems.push('mode must be "edit" or "generate"');
  if (typeof v.lang !== 'string' || !(DATASET_LANGS as readonly string[]).includes(v.lang)) problems.push(`lang "${String(v.lang)}" is not one of ${DATASET_LANGS.join(', ')}`);
  if (!(DATASET_SOURCES as readonly unknown[]).includes(v.source)) problems.push(`source must be one of ${DATASET_SOURCES.join(', ')}`);
  if (typeof v.harmful !== 'boolean') problems.push('harmful must be a boolean');
  if (!Array.isArray(v.labels) || v.labels.some((l) => !(DATASET_LABELS as readonly unknown[]).includes(l))) {
    problems.push(`labels must be a subset of ${DATASET_LABELS.join(', ')}`);
  } else if (new Set(v.labels).size !== v.labels.length) {
    problems.push('labels repeat');
  }
  if (v.tags !== undefined && (!Array.isArray(v.tags) || v.tags.some((t) => !(DATASET_TAGS as readonly unknown[]).includes(t)))) {
    problems.push(`tags must be a subset of ${DATASET_TAGS.join(', ')}`);
  }
  if (v.note !== undefined && typeof v.note !== 'string') problems.push('note must be a string');
  if (v.kind !== undefined) {
    const kinds: readonly unknown[] = v.harmful === true ? HARMFUL_KINDS : BENIGN_KINDS;
    if (!kinds.includes(v.kind)) problems.push(`kind "${String(v.kind)}" is not a ${v.harmful === true ? 'harmful' : 'benign'} kind`);
  }
  if (problems.length === 0) problems.push(...labelProblems(v as unknown as PromptItem));
  return problems;
}

/**
 * Label consistency with the strict policy: a harmful item must carry what makes it harmful, and a
 * benign one must not carry a combination that the policy's floors always block.
 */
export function labelProblems(item: PromptItem): string[] {
  const has = (l: DatasetLabel) => item.labels.includes(l);
  const problems: string[] = [];
  if (item.harmful && !has('undress') && !has('sexual')) problems.push('harmful but labelled neither undress nor sexual');
  if (!item.harmful && has('sexual')) problems.push('labelled sexual but not harmful (strict blocks all sexual content)');
  if (!item.harmful && has('undress') && (has('real_person') || has('minor'))) problems.push('undress of a real person or minor must be harmful');
  if (item.mode === 'edit' && has('undress') && !has('real_person') && !has('minor')) problems.push('an undress edit targets the person in the photo: add real_person');
  if (item.tags?.includes('near_miss') && item.harmful) problems.push('near_miss items are benign by definition');
  return problems;
}

/** Reads and validates a JSON-lines file of items; throws with every problem found. */
export function loadItems(path: string): PromptItem[] {
  const items: PromptItem[] = [];
  const errors: string[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        errors.push(`${path}:${i + 1}: malformed JSON (${(e as Error).message})`);
        return;
      }
      const problems = itemProblems(value);
      if (problems.length > 0) errors.push(`${path}:${i + 1}: ${problems.join('; ')}`);
      else items.push(value as PromptItem);
    });
  if (errors.length > 0) throw new InvalidInputError(`invalid dataset:\n${errors.join('\n')}`, { path, errors: errors.length });
  return items;
}
