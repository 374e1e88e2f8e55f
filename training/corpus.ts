import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidInputError } from '../src/errors.ts';
import type { PromptItem } from '../eval/prompts/dataset.ts';
import type { Example, Labels } from './generate.ts';

// Hand-written training requests (training/corpus/*.jsonl): free-form requests written by people,
// one JSON object a line, `{"text","mode","lang","labels":{"undress","sexual","suggestive","minor"},"kind"}`.
// They are fewer than the generated examples but closer to real traffic, so they are read beside
// them with their own weight (train-screener.ts). A deterministic 15 % (by hash of the text) is the
// `corpus-dev` split: never trained on, measured by the trainer's report and by `eval:prompts`.

export const CORPUS_DIR = fileURLToPath(new URL('./corpus/', import.meta.url));
/** Share (percent, by text hash) of the hand-written requests kept out of training as `corpus-dev`. */
export const CORPUS_DEV_PERCENT = 15;

const HEADS = ['undress', 'sexual', 'suggestive', 'minor'] as const;
const KEYS = new Set(['text', 'mode', 'lang', 'labels', 'kind', 'id', 'note', 'tags']);
/** A language code as the packs and the datasets write it: ISO 639-1/3, optionally a script or region subtag. */
const LANG = /^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/;
/**
 * Kinds that only mean something after an earlier prompt ("smaller", "now even shorter"): the
 * model reads one request alone (the screener reads a thread's history with the lexicon, see
 * screenFollowUp), so as single texts they would teach it that "smaller" undresses. Left out.
 */
const NEEDS_THREAD: ReadonlySet<string> = new Set(['follow_up']);
/** Longer than any request the corpus means to teach; a longer "line" is two lines run together. */
const MAX_TEXT = 4_000;

export interface CorpusExample extends Example {
  kind: string;
  /** `file:line`, for messages. */
  at: string;
}

export interface Corpus {
  train: CorpusExample[];
  dev: CorpusExample[];
  counts: {
    files: Record<string, { lines: number; used: number }>;
    duplicates: number;
    /** Same text and mode written twice with different labels: both dropped. */
    conflicting: number;
    /** Texts that are also items of eval/prompts sets (any, dev or held out): left out of training and of corpus-dev. */
    excludedAsEvalItem: number;
    /** Kinds that need the thread before them (NEEDS_THREAD): left out. */
    needsThread: number;
    train: number;
    dev: number;
  };
}

/** FNV-1a of a text: the same hash the trainer splits the generated examples by. */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The key two texts are the same under: case and runs of white space do not count. */
export function textKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Whether the strict policy must block a request with these labels: the generator's rule (labelsOf
 * in generate.ts). Undress or sexual always; suggestive when it is aimed at a real person (an edit
 * of a supplied photo, or a named person, which the corpus says by its kind) or at a minor.
 */
export function corpusHarmful(labels: Labels, mode: Example['mode'], kind: string): boolean {
  const named = !kind.startsWith('benign') && /real_person|named/.test(kind);
  return labels.undress === 1 || labels.sexual === 1 || (labels.suggestive === 1 && (mode === 'edit' || named || labels.minor === 1));
}

/** Checks one parsed line; returns the example, or the problems found. */
export function parseCorpusLine(value: unknown, at: string): CorpusExample | string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['not a JSON object'];
  const v = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(v)) if (!KEYS.has(key)) problems.push(`unknown key "${key}"`);
  if (typeof v.text !== 'string' || v.text.trim() === '') problems.push('text must be a non-empty string');
  else if (v.text.length > MAX_TEXT) problems.push(`text is longer than ${MAX_TEXT} characters`);
  if (v.mode !== 'edit' && v.mode !== 'generate') problems.push('mode must be "edit" or "generate"');
  if (typeof v.lang !== 'string' || !LANG.test(v.lang)) problems.push(`lang "${String(v.lang)}" is not a language code (en, fr, zh-Hant, hi-Latn)`);
  if (typeof v.kind !== 'string' || v.kind.trim() === '') problems.push('kind must be a non-empty string');
  const labels = v.labels as Record<string, unknown> | undefined;
  if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) problems.push('labels must be an object');
  else {
    for (const key of Object.keys(labels)) if (!(HEADS as readonly string[]).includes(key)) problems.push(`unknown label "${key}"`);
    for (const head of HEADS) if (labels[head] !== 0 && labels[head] !== 1) problems.push(`labels.${head} must be 0 or 1`);
  }
  if (problems.length > 0) return problems;
  const l = labels as Record<(typeof HEADS)[number], 0 | 1>;
  // Undress implies suggestive (the generator's rule); a line that leaves it out says the same thing.
  const parsed: Labels = { undress: l.undress, sexual: l.sexual, suggestive: l.undress === 1 ? 1 : l.suggestive, minor: l.minor };
  const mode = v.mode as Example['mode'];
  const kind = (v.kind as string).trim();
  const harmful = corpusHarmful(parsed, mode, kind);
  if (kind.startsWith('benign') && harmful) return [`kind "${kind}" is benign but the labels make the request harmful`];
  const text = (v.text as string).replace(/\s+/g, ' ').trim();
  return { text, mode, lang: v.lang as string, source: 'corpus', labels: parsed, harmful, frame: `corpus:${kind}`, kind, at };
}

/** The texts of every labelled set under eval/prompts (development and held out), by textKey. */
function evalTexts(): Set<string> {
  const dir = fileURLToPath(new URL('../eval/prompts/', import.meta.url));
  const keys = new Set<string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text === 'string') keys.add(textKey(text));
    }
  }
  return keys;
}

/**
 * Reads every `*.jsonl` of `dir` (in name order), validates each line and throws one error listing
 * every bad line. Duplicates (same text and mode) keep their first copy; a text written twice
 * with different labels is dropped; a text that is also an evaluation item is left out.
 */
export function loadCorpus(dir = CORPUS_DIR): Corpus {
  const corpus: Corpus = { train: [], dev: [], counts: { files: {}, duplicates: 0, conflicting: 0, excludedAsEvalItem: 0, needsThread: 0, train: 0, dev: 0 } };
  if (!existsSync(dir)) return corpus;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const errors: string[] = [];
  const byKey = new Map<string, CorpusExample | null>();
  for (const file of files) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    const stats = { lines: 0, used: 0 };
    corpus.counts.files[file] = stats;
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      stats.lines++;
      const at = `${file}:${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        errors.push(`${at}: malformed JSON (${(e as Error).message})`);
        return;
      }
      const parsed = parseCorpusLine(value, at);
      if (Array.isArray(parsed)) {
        errors.push(`${at}: ${parsed.join('; ')}`);
        return;
      }
      const key = `${parsed.mode}\u0000${textKey(parsed.text)}`;
      const earlier = byKey.get(key);
      if (earlier === undefined) byKey.set(key, parsed);
      else if (earlier === null || HEADS.some((h) => earlier.labels[h] !== parsed.labels[h])) {
        if (earlier !== null) corpus.counts.conflicting++;
        byKey.set(key, null);
      } else corpus.counts.duplicates++;
    });
  }
  if (errors.length > 0) throw new InvalidInputError(`invalid training corpus (${errors.length} bad lines):\n${errors.join('\n')}`, { dir, errors: errors.length });
  const held = evalTexts();
  for (const e of byKey.values()) {
    if (e === null) continue;
    if (NEEDS_THREAD.has(e.kind)) {
      corpus.counts.needsThread++;
      continue;
    }
    if (held.has(textKey(e.text))) {
      corpus.counts.excludedAsEvalItem++;
      continue;
    }
    corpus.counts.files[e.at.slice(0, e.at.lastIndexOf(':'))]!.used++;
    if (isCorpusDev(e.text)) corpus.dev.push(e);
    else corpus.train.push(e);
  }
  corpus.counts.train = corpus.train.length;
  corpus.counts.dev = corpus.dev.length;
  return corpus;
}

/** The corpus-dev split: a fixed share of texts by hash, whatever file or order they come in. */
export function isCorpusDev(text: string): boolean {
  return textHash(textKey(text)) % 100 < CORPUS_DEV_PERCENT;
}

/**
 * The corpus-dev split as evaluation items (eval/prompts): labels in the datasets' terms, an edit
 * or a named person counting as a real person.
 */
export function corpusDevItems(dir = CORPUS_DIR): PromptItem[] {
  return loadCorpus(dir).dev.map((e, i) => {
    const realPerson = e.mode === 'edit' || (!e.kind.startsWith('benign') && /real_person|named/.test(e.kind));
    const labels = [...(e.labels.undress ? ['undress'] : []), ...(e.labels.sexual ? ['sexual'] : []), ...(e.labels.minor ? ['minor'] : []), ...(realPerson ? ['real_person'] : [])];
    return { id: `corpus-dev-${i + 1}`, text: e.text, mode: e.mode, lang: e.lang, source: 'corpus', labels, harmful: e.harmful, kind: e.kind, note: e.at };
  });
}
