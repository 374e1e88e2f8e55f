// Hash lists as the field exchanges them: ThreatExchange-style PDQ text, CSV with a header, and
// JSON lines. Parsing is all or nothing: every bad line is reported with its number and nothing
// is returned unless the whole text is valid. No Node API.

import { InvalidInputError } from '../errors.ts';
import { isPdqHex } from './hamming.ts';

export const LIST_PURPOSES = ['ncii', 'csam', 'takedown', 'protected', 'other', 'allow'] as const;
/**
 * What a list is for: `ncii`, `csam` and `takedown` lists block; `protected` and `other` ones only
 * inform; an `allow` list, matched exactly (SHA-256, MD5) and only in lone image checks, lifts
 * non-floor rules and never a floor.
 */
export type ListPurpose = (typeof LIST_PURPOSES)[number];

/**
 * `pdq`: ThreatExchange hashers' `hash,quality,id` lines; `csv` with a header; `jsonl`; `te`:
 * python-threatexchange / HMA signal lines, `SIGNAL_TYPE VALUE` (only the `pdq` type is read).
 */
export const HASH_LIST_FORMATS = ['pdq', 'csv', 'jsonl', 'te'] as const;
export type HashListFormat = (typeof HASH_LIST_FORMATS)[number];

export interface HashListEntry {
  /** Unique within the list; defaults to the PDQ hash itself. */
  id: string;
  /** 64 lowercase hex digits. */
  pdq: string;
  quality?: number;
  md5?: string;
  sha256?: string;
  /** ISO 8601 time the entry was added to the list. */
  addedAt: string;
}

export interface HashList {
  name: string;
  /** Who supplied it (StopNCII, NCMEC, an operator's own takedowns…). */
  source: string;
  purpose: ListPurpose;
  createdAt: string;
  updatedAt: string;
  entries: HashListEntry[];
}

export interface LineError {
  line: number;
  message: string;
}

export interface ParseHashListOptions {
  /** Forced format; otherwise guessed from the file name, then from the content. */
  format?: HashListFormat;
  fileName?: string;
  /** Time stamped on entries that carry no date of their own. */
  now?: Date;
}

/** Report at most this many bad lines; one is enough to refuse the list. */
const MAX_REPORTED_ERRORS = 20;
const MD5_HEX = /^[0-9a-f]{32}$/i;
const SHA256_HEX = /^[0-9a-f]{64}$/i;
const LIST_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Checks a list name: 1-100 of letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
export function checkListName(name: string): string {
  if (typeof name !== 'string' || !LIST_NAME.test(name)) {
    throw new InvalidInputError(`invalid list name ${JSON.stringify(name)}: use 1-100 letters, digits, ".", "_" or "-"`, undefined, 'invalid_hash_list');
  }
  return name;
}

export function isListPurpose(value: unknown): value is ListPurpose {
  return typeof value === 'string' && (LIST_PURPOSES as readonly string[]).includes(value);
}

/** Guesses the format from a file name's extension, then from the first meaningful line. */
export function detectHashListFormat(text: string, fileName?: string): HashListFormat {
  const ext = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === 'csv') return 'csv';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (ext === 'pdq' || ext === 'txt') return /^pdq\s/i.test(firstLine(text)) ? 'te' : 'pdq';
  const first = firstLine(text);
  if (/^pdq\s+[0-9a-f]{64}\b/i.test(first)) return 'te';
  if (first.startsWith('{')) return 'jsonl';
  if (/^"?[A-Za-z_]/.test(first) && !isPdqHex(first.split(/[,\s]/)[0] ?? '')) return 'csv';
  return 'pdq';
}

/**
 * Parses a hash list. Throws InvalidInputError (`invalid_hash_list`) listing every bad line
 * (`details.errors: {line, message}[]`, 1-based) if any line is bad, so a list is never half-read.
 *
 * @example
 * const entries = parseHashList('f8f8…9b22,100,case-17\n', { format: 'pdq' });
 */
export function parseHashList(text: string, options: ParseHashListOptions = {}): HashListEntry[] {
  if (typeof text !== 'string') throw new InvalidInputError('hash list must be text', undefined, 'invalid_hash_list');
  const format = options.format ?? detectHashListFormat(text, options.fileName);
  const now = (options.now ?? new Date()).toISOString();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: LineError[] = [];
  const entries: HashListEntry[] = [];
  const lineOf = new Map<string, number>();
  const accept = (line: number, raw: RawEntry) => {
    const entry = validateEntry(raw, now);
    if (typeof entry === 'string') return errors.push({ line, message: entry });
    const seen = lineOf.get(entry.id);
    if (seen !== undefined) return errors.push({ line, message: `duplicate id ${JSON.stringify(entry.id)} (first on line ${seen})` });
    lineOf.set(entry.id, line);
    entries.push(entry);
  };
  if (format === 'pdq') parsePdqLines(lines, accept, errors);
  else if (format === 'csv') parseCsvLines(lines, accept, errors);
  else if (format === 'jsonl') parseJsonLines(lines, accept, errors);
  else if (format === 'te') parseSignalLines(lines, accept, errors);
  else throw new InvalidInputError(`unknown hash list format ${JSON.stringify(format)}`, undefined, 'invalid_hash_list');
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_REPORTED_ERRORS);
    const more = errors.length > shown.length ? ` (and ${errors.length - shown.length} more)` : '';
    throw new InvalidInputError(
      `hash list refused, nothing imported: ${shown.map((e) => `line ${e.line}: ${e.message}`).join('; ')}${more}`,
      { errors: shown, errorCount: errors.length, format },
      'invalid_hash_list',
    );
  }
  return entries;
}

/** Writes entries in one of the exchange formats (the inverse of `parseHashList`). */
export function formatHashList(entries: readonly HashListEntry[], format: HashListFormat): string {
  if (format === 'pdq') {
    // ThreatExchange's hashers print `hash,quality,name`.
    return entries.map((e) => `${e.pdq},${e.quality ?? ''},${e.id}\n`).join('');
  }
  if (format === 'csv') {
    const rows = entries.map((e) => [e.pdq, e.quality ?? '', e.id, e.addedAt, e.md5 ?? '', e.sha256 ?? ''].map((v) => csvField(String(v))).join(','));
    return `${['pdq,quality,id,added_at,md5,sha256', ...rows].join('\n')}\n`;
  }
  if (format === 'jsonl') return entries.map((e) => `${JSON.stringify(e)}\n`).join('');
  if (format === 'te') return entries.map((e) => `pdq ${e.pdq}\n`).join('');
  throw new InvalidInputError(`unknown hash list format ${JSON.stringify(format)}`, undefined, 'invalid_hash_list');
}

interface RawEntry {
  pdq?: unknown;
  quality?: unknown;
  id?: unknown;
  addedAt?: unknown;
  md5?: unknown;
  sha256?: unknown;
}

function validateEntry(raw: RawEntry, now: string): HashListEntry | string {
  if (typeof raw.pdq !== 'string' || !isPdqHex(raw.pdq.trim())) return `PDQ hash must be 64 hex digits, got ${preview(raw.pdq)}`;
  const entry: HashListEntry = { id: '', pdq: raw.pdq.trim().toLowerCase(), addedAt: now };
  if (raw.quality !== undefined && raw.quality !== '' && raw.quality !== null) {
    const q = typeof raw.quality === 'number' ? raw.quality : /^\d{1,3}$/.test(String(raw.quality).trim()) ? Number(String(raw.quality).trim()) : NaN;
    if (!Number.isInteger(q) || q < 0 || q > 100) return `quality must be an integer 0-100, got ${preview(raw.quality)}`;
    entry.quality = q;
  }
  if (raw.id !== undefined && raw.id !== '' && raw.id !== null) {
    const id = typeof raw.id === 'number' ? String(raw.id) : raw.id;
    if (typeof id !== 'string' || id.length > 200 || /[\u0000-\u001f]/.test(id)) return `id must be text of at most 200 characters, got ${preview(raw.id)}`;
    entry.id = id.trim();
  }
  if (entry.id === '') entry.id = entry.pdq;
  if (raw.addedAt !== undefined && raw.addedAt !== '' && raw.addedAt !== null) {
    const t = typeof raw.addedAt === 'string' ? Date.parse(raw.addedAt) : NaN;
    if (Number.isNaN(t)) return `date added must be an ISO 8601 date, got ${preview(raw.addedAt)}`;
    entry.addedAt = new Date(t).toISOString();
  }
  for (const [key, pattern] of [
    ['md5', MD5_HEX],
    ['sha256', SHA256_HEX],
  ] as const) {
    const v = raw[key];
    if (v === undefined || v === '' || v === null) continue;
    if (typeof v !== 'string' || !pattern.test(v.trim())) return `${key} must be ${key === 'md5' ? 32 : 64} hex digits, got ${preview(v)}`;
    entry[key] = v.trim().toLowerCase();
  }
  return entry;
}

type Accept = (line: number, raw: RawEntry) => void;

function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .find((l) => l.trim() !== '' && !l.trim().startsWith('#'))
      ?.trim() ?? ''
  );
}

/**
 * `SIGNAL_TYPE VALUE [ID]`, as python-threatexchange's file exchange and HMA's bank tools write
 * signals. Entries here need a PDQ hash, so another signal type is refused by line rather than dropped.
 */
function parseSignalLines(lines: string[], accept: Accept, errors: LineError[]): void {
  lines.forEach((line, i) => {
    if (isSkippable(line)) return;
    const m = /^(\S+)[\s,]+(\S+)(?:[\s,]+(.*))?$/.exec(line.trim());
    if (!m) return void errors.push({ line: i + 1, message: 'expected "SIGNAL_TYPE VALUE"' });
    const type = m[1]!.toLowerCase();
    if (type !== 'pdq') return void errors.push({ line: i + 1, message: `signal type ${preview(m[1])} is not supported here (only pdq)` });
    accept(i + 1, { pdq: m[2], id: m[3]?.trim() });
  });
}

function isSkippable(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#');
}

/** `HASH`, `HASH QUALITY`, `HASH,QUALITY,ID` (comma, tab or space separated). */
function parsePdqLines(lines: string[], accept: Accept, _errors: LineError[]): void {
  lines.forEach((line, i) => {
    if (isSkippable(line)) return;
    const t = line.trim();
    // The id is everything after the second separator, so it may itself hold commas or spaces.
    const m = t.includes(',') ? /^([^,]*)(?:,([^,]*))?(?:,(.*))?$/.exec(t) : /^(\S+)(?:\s+(\S+))?(?:\s+(.*))?$/.exec(t);
    const [, pdq, quality, id] = m ?? [];
    accept(i + 1, { pdq: pdq?.trim(), quality: quality?.trim(), id: id?.trim() });
  });
}

const CSV_COLUMNS: Record<string, keyof RawEntry> = {
  pdq: 'pdq',
  pdq_hex: 'pdq',
  hash: 'pdq',
  pdq_hash: 'pdq',
  signal_value: 'pdq',
  quality: 'quality',
  pdq_quality: 'quality',
  id: 'id',
  entry_id: 'id',
  name: 'id',
  filename: 'id',
  file: 'id',
  added_at: 'addedAt',
  addedat: 'addedAt',
  date_added: 'addedAt',
  created_at: 'addedAt',
  md5: 'md5',
  sha256: 'sha256',
};

function parseCsvLines(lines: string[], accept: Accept, errors: LineError[]): void {
  const headerIndex = lines.findIndex((l) => !isSkippable(l));
  if (headerIndex < 0) return;
  const header = splitCsv(lines[headerIndex]!);
  if (typeof header === 'string') return void errors.push({ line: headerIndex + 1, message: header });
  const columns = header.map((h) => CSV_COLUMNS[h.trim().toLowerCase()]);
  if (!columns.includes('pdq')) {
    return void errors.push({ line: headerIndex + 1, message: `header needs a "pdq" column, got ${preview(header.join(','))}` });
  }
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (isSkippable(line)) continue;
    const fields = splitCsv(line);
    if (typeof fields === 'string') {
      errors.push({ line: i + 1, message: fields });
      continue;
    }
    if (fields.length !== header.length) {
      errors.push({ line: i + 1, message: `expected ${header.length} fields, got ${fields.length}` });
      continue;
    }
    const raw: RawEntry = {};
    fields.forEach((f, k) => {
      const key = columns[k];
      if (key && raw[key] === undefined) raw[key] = f;
    });
    accept(i + 1, raw);
  }
}

/** One RFC 4180 record on one line (quoted fields may hold commas and doubled quotes). */
function splitCsv(line: string): string[] | string {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) return 'unterminated quoted field';
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += line[i++];
      }
      if (i < line.length && line[i] !== ',') return 'unexpected text after a quoted field';
    } else {
      const end = line.indexOf(',', i);
      field = line.slice(i, end < 0 ? line.length : end);
      i = end < 0 ? line.length : end;
    }
    out.push(field);
    if (i >= line.length) return out;
    i++; // the comma
  }
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function parseJsonLines(lines: string[], accept: Accept, errors: LineError[]): void {
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return void errors.push({ line: i + 1, message: 'not valid JSON' });
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) return void errors.push({ line: i + 1, message: 'expected a JSON object' });
    const o = value as Record<string, unknown>;
    accept(i + 1, {
      pdq: o.pdq ?? o.hash ?? o.pdq_hex,
      quality: o.quality,
      id: o.id,
      addedAt: o.addedAt ?? o.added_at ?? o.date_added,
      md5: o.md5,
      sha256: o.sha256,
    });
  });
}

function preview(value: unknown): string {
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}...` : s);
}
