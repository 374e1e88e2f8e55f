// Where hash lists live. A small interface so the gateway can move lists into PostgreSQL later;
// until then a JSON file, rewritten atomically so a crash or a refused import leaves it intact.

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { ConfigError, InvalidInputError, NotFoundError, errorMessage } from '../errors.ts';
import { HashListMatcher } from './hash-list-matcher.ts';
import { checkListName, isListPurpose, parseHashList, type HashList, type HashListFormat, type ListPurpose } from './hash-list.ts';

/** Storage for hash lists, by name. */
export interface HashListStore {
  names(): Promise<string[]>;
  get(name: string): Promise<HashList | undefined>;
  /** Creates or replaces the list as a whole. */
  put(list: HashList): Promise<void>;
  delete(name: string): Promise<boolean>;
  close(): Promise<void>;
}

/** Keeps lists in memory (tests, one-shot CLI runs). */
export class MemoryHashListStore implements HashListStore {
  private readonly lists = new Map<string, HashList>();
  async names(): Promise<string[]> {
    return [...this.lists.keys()].sort();
  }
  async get(name: string): Promise<HashList | undefined> {
    const list = this.lists.get(name);
    return list && structuredClone(list);
  }
  async put(list: HashList): Promise<void> {
    this.lists.set(checkListName(list.name), structuredClone(list));
  }
  async delete(name: string): Promise<boolean> {
    return this.lists.delete(name);
  }
  async close(): Promise<void> {}
}

interface StoreFile {
  version: 1;
  lists: Record<string, HashList>;
}

/** Keeps all lists in one JSON file, replaced by write-then-rename on every change. */
export class FileHashListStore implements HashListStore {
  private queue: Promise<unknown> = Promise.resolve();
  constructor(readonly path: string) {}

  async names(): Promise<string[]> {
    return Object.keys((await this.load()).lists).sort();
  }

  async get(name: string): Promise<HashList | undefined> {
    return (await this.load()).lists[name];
  }

  put(list: HashList): Promise<void> {
    checkListName(list.name);
    return this.change((file) => {
      file.lists[list.name] = list;
    });
  }

  async delete(name: string): Promise<boolean> {
    let existed = false;
    await this.change((file) => {
      existed = name in file.lists;
      delete file.lists[name];
    });
    return existed;
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
  }

  private change(mutate: (file: StoreFile) => void): Promise<void> {
    const run = this.queue.then(async () => {
      const file = await this.load();
      mutate(file);
      await mkdir(dirname(this.path), { recursive: true });
      const tmp = `${this.path}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, JSON.stringify(file, null, 1));
      await rename(tmp, this.path);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<StoreFile> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, lists: {} };
      throw new ConfigError(`cannot read hash list store ${this.path}: ${errorMessage(error)}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Refuse to overwrite a file we cannot read: it may hold the only copy of the lists.
      throw new ConfigError(`hash list store ${this.path} is not valid JSON; fix or move it`);
    }
    const file = parsed as Partial<StoreFile>;
    if (file?.version !== 1 || typeof file.lists !== 'object' || file.lists === null) {
      throw new ConfigError(`hash list store ${this.path} has an unknown layout`);
    }
    return file as StoreFile;
  }
}

export interface ImportHashListOptions {
  name: string;
  /** Required when the list is new; kept from the existing list otherwise unless given. */
  source?: string;
  purpose?: ListPurpose;
  text: string;
  format?: HashListFormat;
  fileName?: string;
  now?: Date;
}

export interface ImportResult {
  list: string;
  added: number;
  /** Entries already in the list with the same id and hash. */
  unchanged: number;
  total: number;
}

/**
 * Parses `text` and adds its entries to the named list (creating it), all or nothing: a bad line,
 * or an id that already names a different hash, refuses the whole import and the store is untouched.
 */
export async function importHashList(store: HashListStore, options: ImportHashListOptions): Promise<ImportResult> {
  checkListName(options.name);
  if (options.purpose !== undefined && !isListPurpose(options.purpose)) {
    throw new InvalidInputError(`purpose must be one of ncii, csam, protected, other; got ${JSON.stringify(options.purpose)}`, undefined, 'invalid_hash_list');
  }
  const now = options.now ?? new Date();
  const entries = parseHashList(options.text, { format: options.format, fileName: options.fileName, now });
  const existing = await store.get(options.name);
  if (!existing && (!options.source || !options.purpose)) {
    throw new InvalidInputError(`list ${options.name} does not exist yet: give its source and purpose`, undefined, 'invalid_hash_list');
  }
  const list: HashList = existing ?? {
    name: options.name,
    source: options.source!,
    purpose: options.purpose!,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    entries: [],
  };
  const byId = new Map(list.entries.map((e) => [e.id, e]));
  let added = 0;
  let unchanged = 0;
  const conflicts: string[] = [];
  for (const entry of entries) {
    const old = byId.get(entry.id);
    if (!old) {
      list.entries.push(entry);
      byId.set(entry.id, entry);
      added++;
    } else if (old.pdq === entry.pdq) unchanged++;
    else conflicts.push(entry.id);
  }
  if (conflicts.length > 0) {
    throw new InvalidInputError(
      `hash list refused, nothing imported: ${conflicts.length} id(s) already name a different hash in ${options.name} (${conflicts.slice(0, 5).join(', ')})`,
      { conflicts: conflicts.slice(0, 100) },
      'invalid_hash_list',
    );
  }
  if (options.source) list.source = options.source;
  if (options.purpose) list.purpose = options.purpose;
  list.updatedAt = now.toISOString();
  await store.put(list);
  return { list: list.name, added, unchanged, total: list.entries.length };
}

/** Loads a list or throws NotFoundError. */
export async function requireHashList(store: HashListStore, name: string): Promise<HashList> {
  const list = await store.get(name);
  if (!list) throw new NotFoundError(`no hash list named ${JSON.stringify(name)}`, undefined, 'list_not_found');
  return list;
}

/**
 * Reads lists from a file: a store file (all its lists), one saved list as JSON, or a plain
 * exchange file (PDQ text, CSV, JSON lines) that becomes one list named after the file.
 */
export async function readHashListFile(path: string, options: { purpose?: ListPurpose; source?: string; now?: Date } = {}): Promise<HashList[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InvalidInputError(`cannot read hash list ${path}: ${errorMessage(error)}`, undefined, 'invalid_hash_list');
  }
  // A whole-file JSON object is a store or a saved list; anything else is an exchange format
  // (a one-line JSON-lines file parses too, but has neither shape and falls through).
  let parsed: unknown;
  if (text.trimStart().startsWith('{')) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  const o = parsed as (Partial<StoreFile> & Partial<HashList>) | undefined;
  if (o && o.version === 1 && typeof o.lists === 'object' && o.lists) {
    return Promise.all(Object.values(o.lists).map((list) => savedList(list, path, options.now)));
  }
  if (o && typeof o.name === 'string' && Array.isArray(o.entries)) return [await savedList(o, path, options.now)];
  const name =
    basename(path)
      .replace(/\.[^.]*$/, '')
      .replace(/[^A-Za-z0-9._-]/g, '_')
      .replace(/^[^A-Za-z0-9]+/, '') || 'list';
  const at = (options.now ?? new Date()).toISOString();
  return [
    {
      name: checkListName(name.slice(0, 100)),
      source: options.source ?? path,
      purpose: options.purpose ?? 'other',
      createdAt: at,
      updatedAt: at,
      entries: parseHashList(text, { fileName: path, now: options.now }),
    },
  ];
}

/** Checks a saved list as strictly as an import: entry k is reported as "line" k+1. */
async function savedList(o: Partial<HashList>, path: string, now?: Date): Promise<HashList> {
  if (typeof o.name !== 'string' || !Array.isArray(o.entries)) throw new InvalidInputError(`${path}: a saved list needs a name and entries`, undefined, 'invalid_hash_list');
  const entries = o.entries.length === 0 ? [] : parseHashList(o.entries.map((e) => JSON.stringify(e)).join('\n'), { format: 'jsonl', now });
  if (!isListPurpose(o.purpose)) throw new InvalidInputError(`${path}: list ${o.name} has no valid purpose`, undefined, 'invalid_hash_list');
  const at = (now ?? new Date()).toISOString();
  return { name: checkListName(o.name), source: String(o.source ?? path), purpose: o.purpose, createdAt: o.createdAt ?? at, updatedAt: o.updatedAt ?? at, entries };
}

/**
 * A matcher over the store's lists (all, or the named ones), for `createHashListDetector({ matcher })`.
 * Build a new one after lists change; building is fast for lists of thousands to a million entries.
 */
export async function loadHashListMatcher(store: HashListStore, options: { names?: string[]; threshold?: number } = {}): Promise<HashListMatcher> {
  const names = options.names ?? (await store.names());
  const lists = await Promise.all(names.map((n) => requireHashList(store, n)));
  return new HashListMatcher(lists, { threshold: options.threshold });
}
