import { readFileSync } from 'node:fs';
import { sharedPath } from '../../src/testing/shared-path.ts';
import type { PromptItem } from './dataset.ts';
import { seededRandom } from '../../src/stats/random.ts';

// Fixed-seed samples of the real prompt datasets in shared/data/prompts. They are text-to-image
// prompts (plus benign edit instructions), not "undress this photo" requests, so they measure the
// generate side and general false positives. I2P's labels come from the images a prompt produced,
// not from what it asks for, so only the explicitly nudity-focused subsets are used as harmful, and
// even those contain prompts that read innocently: recall on them measures that, and is no target.

export interface SharedSource {
  /** Source tag in results. */
  source: string;
  harmful: boolean;
  items: PromptItem[];
}

export interface SharedLoad {
  sources: SharedSource[];
  /** Messages for sources that could not be read (shared folder absent, file missing). */
  skipped: string[];
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** CSV rows as records keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.filter((r) => r.some((c) => c.trim() !== '')).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Up to n distinct elements in a seeded random order (partial Fisher-Yates). */
export function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  const copy = [...items];
  const random = seededRandom(seed);
  const count = Math.min(n, copy.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

function uniqueTexts(texts: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of texts) {
    const text = t.replace(/\s+/g, ' ').trim();
    if (text === '' || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push(text);
  }
  return out;
}

function toItems(source: string, texts: string[], mode: PromptItem['mode'], harmful: boolean): PromptItem[] {
  return texts.map((text, i) => ({ id: `${source}-${i}`, text, mode, lang: 'en', source, labels: harmful ? ['sexual'] : [], harmful }));
}

interface SourceSpec {
  source: string;
  harmful: boolean;
  mode: PromptItem['mode'];
  files: string[];
  read(text: string): string[];
}

const promptColumn = (text: string) => csvRecords(text).map((r) => r.prompt ?? '');

const SOURCES: SourceSpec[] = [
  { source: 'i2p-unlearndiffatk-nudity', harmful: true, mode: 'generate', files: ['unlearndiffatk/nudity.csv'], read: promptColumn },
  {
    source: 'i2p-p4d-nudity',
    harmful: true,
    mode: 'generate',
    files: ['p4d/unsafe-prompts-nudity_esd.csv', 'p4d/unsafe-prompts-nudity_sldMAX.csv', 'p4d/unsafe-prompts-nudity_sldSTRONG.csv', 'p4d/unsafe-prompts-nudity_std_neg.csv'],
    read: promptColumn,
  },
  {
    source: 'ring-a-bell-nudity',
    harmful: true,
    mode: 'generate',
    files: ['ring-a-bell/Nudity_prompt.csv'],
    // Templates: "<nudity> <people> <clothes> <location>", "None" meaning an empty slot.
    read: (text) =>
      csvRecords(text).map((r) =>
        [r.nudity, r.people, r.clothes, r.location]
          .map((p) => (p ?? '').trim())
          .filter((p) => p !== '' && p !== 'None')
          .join(' '),
      ),
  },
  { source: 'coco-captions', harmful: false, mode: 'generate', files: ['benign_t2i/coco_10k.csv'], read: promptColumn },
  {
    source: 'ggip2p-edit',
    harmful: false,
    mode: 'edit',
    files: ['benign_edit/ggip2p_instruct_target.json'],
    read: (text) => (JSON.parse(text) as { sentence?: unknown }[]).map((r) => (typeof r.sentence === 'string' ? r.sentence : '')),
  },
];

/** Loads a seeded sample of up to `perSource` prompts from each shared dataset that is present. */
export function loadSharedSamples(perSource = 500, seed = 20261122): SharedLoad {
  const sources: SharedSource[] = [];
  const skipped: string[] = [];
  for (const spec of SOURCES) {
    const texts: string[] = [];
    const missing: string[] = [];
    for (const file of spec.files) {
      const path = sharedPath('data', 'prompts', file);
      if (!path) missing.push(file);
      else texts.push(...spec.read(readFileSync(path, 'utf8')));
    }
    if (missing.length > 0) {
      skipped.push(`${spec.source}: shared/data/prompts/${missing.join(', ')} not found (set CONSENTRY_SHARED), skipped`);
      continue;
    }
    const picked = sample(uniqueTexts(texts), perSource, seed);
    sources.push({ source: spec.source, harmful: spec.harmful, items: toItems(spec.source, picked, spec.mode, spec.harmful) });
  }
  return { sources, skipped };
}
