// Hash lists in the database (PGlite or PostgreSQL, same SQL), like HMA's banks: a list has a
// name, a purpose, a source and an owner (one tenant, or every tenant when tenant is null);
// entries hold hashes and an opaque id, never an image or a file path.

import { createHash, randomUUID } from 'node:crypto';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { recordProtectChange } from '../protect/protect-events.ts';
import type { Database, Queryable } from '../store/database.ts';
import { ensureTenant } from '../store/api-keys.ts';
import { checkListName, isListPurpose, LIST_PURPOSES, parseHashList, type HashList, type HashListEntry, type ListPurpose } from './hash-list.ts';
import type { HashListStore, ImportHashListOptions } from './list-store.ts';

/** A list as stored: who owns it and how many entries it has. */
export interface StoredHashList {
  id: string;
  /** null: the operator's list, applied to every tenant. */
  tenantId: string | null;
  name: string;
  purpose: ListPurpose;
  source: string;
  createdAt: string;
  updatedAt: string;
  entries: number;
}

/** A list with its entries and owner, as the matcher loads it. */
export interface OwnedHashList extends HashList {
  id: string;
  tenantId: string | null;
}

export interface ListOwner {
  /** The owning tenant; null or absent for an operator list that applies to every tenant. */
  tenantId?: string | null;
}

export interface DbImportOptions extends ImportHashListOptions, ListOwner {}

export interface DbImportResult {
  list: string;
  id: string;
  added: number;
  unchanged: number;
  total: number;
}

const INSERT_BATCH = 5000;

/** The lists visible to a tenant (its own and the operator's), or every list when `all` is set. */
export async function listHashLists(db: Queryable, options: ListOwner & { all?: boolean } = {}): Promise<StoredHashList[]> {
  const params: unknown[] = [];
  const where = options.all ? '' : options.tenantId ? `WHERE l.tenant_id = $${params.push(options.tenantId)} OR l.tenant_id IS NULL` : 'WHERE l.tenant_id IS NULL';
  const { rows } = await db.query<ListRow & { n: string | number }>(
    `SELECT l.*, (SELECT count(*) FROM hash_list_entries e WHERE e.list_id = l.id) AS n FROM hash_lists l ${where} ORDER BY l.name, l.tenant_id NULLS FIRST`,
    params,
  );
  return rows.map((r) => ({ ...toList(r), entries: Number(r.n) }));
}

/** The list of this name owned by exactly this owner. */
export async function findHashList(db: Queryable, name: string, owner: ListOwner = {}): Promise<StoredHashList | undefined> {
  const params: unknown[] = [name];
  const tenant = owner.tenantId ? `tenant_id = $${params.push(owner.tenantId)}` : 'tenant_id IS NULL';
  const { rows } = await db.query<ListRow & { n: string | number }>(
    `SELECT l.*, (SELECT count(*) FROM hash_list_entries e WHERE e.list_id = l.id) AS n FROM hash_lists l WHERE name = $1 AND ${tenant}`,
    params,
  );
  return rows[0] && { ...toList(rows[0]), entries: Number(rows[0].n) };
}

export async function requireStoredHashList(db: Queryable, name: string, owner: ListOwner = {}): Promise<StoredHashList> {
  const list = await findHashList(db, name, owner);
  if (!list)
    throw new NotFoundError(
      `No hash list named ${JSON.stringify(name)}${owner.tenantId ? ` in tenant "${owner.tenantId}"` : " (operator lists; pass --tenant for a tenant's)"}.`,
      undefined,
      'list_not_found',
    );
  return list;
}

/**
 * Parses `text` and adds its entries to the named list (created when new), all or nothing: a bad
 * line, or an id that already names a different hash, refuses the whole import and nothing changes.
 */
export async function importHashListToDb(db: Database, options: DbImportOptions): Promise<DbImportResult> {
  checkListName(options.name);
  if (options.purpose !== undefined && !isListPurpose(options.purpose)) {
    throw new InvalidInputError(`purpose must be one of ${LIST_PURPOSES.join(', ')}; got ${JSON.stringify(options.purpose)}`, undefined, 'invalid_hash_list');
  }
  if (options.source !== undefined && (typeof options.source !== 'string' || options.source.length === 0 || options.source.length > 200)) {
    throw new InvalidInputError('source must be 1-200 characters', undefined, 'invalid_hash_list');
  }
  const now = options.now ?? new Date();
  const entries = parseHashList(options.text, { format: options.format, fileName: options.fileName, now }).map(withOpaqueId);
  const tenantId = options.tenantId ?? null;
  return db.transaction(async (tx) => {
    if (tenantId) await ensureTenant(tx, tenantId);
    let list = await findHashList(tx, options.name, { tenantId });
    if (!list) {
      if (!options.source || !options.purpose) throw new InvalidInputError(`list ${options.name} does not exist yet: give its source and purpose`, undefined, 'invalid_hash_list');
      const id = randomUUID();
      await tx.query('INSERT INTO hash_lists (id, tenant_id, name, purpose, source, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)', [
        id,
        tenantId,
        options.name,
        options.purpose,
        options.source,
        now.toISOString(),
      ]);
      list = (await findHashList(tx, options.name, { tenantId }))!;
    }
    // Conflicts first, so a refused import writes nothing (the transaction would roll back anyway).
    const existing = new Map<string, string>();
    for (let i = 0; i < entries.length; i += INSERT_BATCH) {
      const ids = entries.slice(i, i + INSERT_BATCH).map((e) => e.id);
      const { rows } = await tx.query<{ entry_id: string; pdq: string }>('SELECT entry_id, pdq FROM hash_list_entries WHERE list_id = $1 AND entry_id = ANY($2::text[])', [list.id, ids]);
      for (const r of rows) existing.set(r.entry_id, r.pdq);
    }
    const conflicts = entries.filter((e) => existing.has(e.id) && existing.get(e.id) !== e.pdq).map((e) => e.id);
    if (conflicts.length > 0) {
      throw new InvalidInputError(
        `hash list refused, nothing imported: ${conflicts.length} id(s) already name a different hash in ${options.name} (${conflicts.slice(0, 5).join(', ')})`,
        { conflicts: conflicts.slice(0, 100) },
        'invalid_hash_list',
      );
    }
    const fresh = entries.filter((e) => !existing.has(e.id));
    for (let i = 0; i < fresh.length; i += INSERT_BATCH) {
      const batch = fresh.slice(i, i + INSERT_BATCH);
      await tx.query(
        `INSERT INTO hash_list_entries (list_id, entry_id, pdq, quality, md5, sha256, added_at)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::smallint[], $5::text[], $6::text[], $7::timestamptz[])`,
        [
          list.id,
          batch.map((e) => e.id),
          batch.map((e) => e.pdq),
          batch.map((e) => e.quality ?? null),
          batch.map((e) => e.md5 ?? null),
          batch.map((e) => e.sha256 ?? null),
          batch.map((e) => e.addedAt),
        ],
      );
    }
    await tx.query('UPDATE hash_lists SET updated_at = $2, source = COALESCE($3, source), purpose = COALESCE($4, purpose) WHERE id = $1', [
      list.id,
      now.toISOString(),
      options.source ?? null,
      options.purpose ?? null,
    ]);
    await recordProtectChange(tx, 'hash_lists', { tenantId, type: 'hash_list_imported', subjectId: list.id, details: { name: options.name, added: fresh.length } });
    return { list: options.name, id: list.id, added: fresh.length, unchanged: entries.length - fresh.length, total: list.entries + fresh.length };
  });
}

/**
 * Adds entries to a list inside the caller's transaction (created when new; existing ids are kept
 * as they are), so a moderation event and the entries it adds commit together. Returns how many
 * were new.
 */
export async function addHashListEntries(
  tx: Queryable,
  options: { name: string; tenantId: string | null; purpose: ListPurpose; source: string; entries: readonly HashListEntry[]; now?: Date },
): Promise<number> {
  checkListName(options.name);
  const at = (options.now ?? new Date()).toISOString();
  if (options.tenantId) await ensureTenant(tx, options.tenantId);
  let list = await findHashList(tx, options.name, { tenantId: options.tenantId });
  if (!list) {
    await tx.query('INSERT INTO hash_lists (id, tenant_id, name, purpose, source, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)', [
      randomUUID(),
      options.tenantId,
      options.name,
      options.purpose,
      options.source,
      at,
    ]);
    list = (await findHashList(tx, options.name, { tenantId: options.tenantId }))!;
  } else if (list.purpose !== options.purpose) {
    throw new InvalidInputError(`List ${options.name} exists with purpose ${list.purpose}, not ${options.purpose}.`, undefined, 'invalid_hash_list');
  }
  const e = options.entries;
  const { rows } = await tx.query<{ entry_id: string }>(
    `INSERT INTO hash_list_entries (list_id, entry_id, pdq, quality, md5, sha256, added_at)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::smallint[], $5::text[], $6::text[], $7::timestamptz[])
     ON CONFLICT (list_id, entry_id) DO NOTHING RETURNING entry_id`,
    [list.id, e.map((x) => x.id), e.map((x) => x.pdq), e.map((x) => x.quality ?? null), e.map((x) => x.md5 ?? null), e.map((x) => x.sha256 ?? null), e.map((x) => x.addedAt)],
  );
  if (rows.length > 0) {
    await tx.query('UPDATE hash_lists SET updated_at = $2 WHERE id = $1', [list.id, at]);
    await recordProtectChange(tx, 'hash_lists', { tenantId: options.tenantId, type: 'hash_list_entries_added', subjectId: list.id, details: { name: options.name, added: rows.length } });
  }
  return rows.length;
}

/** A list's entries, in the order they were added. */
export async function readHashListEntries(db: Queryable, listId: string): Promise<HashListEntry[]> {
  const { rows } = await db.query<EntryRow>('SELECT entry_id, pdq, quality, md5, sha256, added_at FROM hash_list_entries WHERE list_id = $1 ORDER BY added_at, entry_id', [listId]);
  return rows.map(toEntry);
}

/** Removes entries by id; returns how many were there. Ids not in the list are ignored. */
export async function removeHashListEntries(db: Database, name: string, entryIds: readonly string[], owner: ListOwner = {}): Promise<number> {
  if (entryIds.length === 0 || entryIds.length > 100_000) throw new InvalidInputError('Give 1-100000 entry ids to remove.', undefined, 'invalid_hash_list');
  return db.transaction(async (tx) => {
    const list = await requireStoredHashList(tx, name, owner);
    const { rows } = await tx.query<{ entry_id: string }>('DELETE FROM hash_list_entries WHERE list_id = $1 AND entry_id = ANY($2::text[]) RETURNING entry_id', [list.id, [...entryIds]]);
    if (rows.length > 0) {
      await tx.query('UPDATE hash_lists SET updated_at = now() WHERE id = $1', [list.id]);
      await recordProtectChange(tx, 'hash_lists', { tenantId: list.tenantId, type: 'hash_list_entries_removed', subjectId: list.id, details: { name, removed: rows.length } });
    }
    return rows.length;
  });
}

/** Deletes a list and its entries; false when there was none. */
export async function deleteHashList(db: Database, name: string, owner: ListOwner = {}): Promise<boolean> {
  return db.transaction(async (tx) => {
    const list = await findHashList(tx, name, owner);
    if (!list) return false;
    await tx.query('DELETE FROM hash_lists WHERE id = $1', [list.id]);
    await recordProtectChange(tx, 'hash_lists', { tenantId: list.tenantId, type: 'hash_list_deleted', subjectId: list.id, details: { name, entries: list.entries } });
    return true;
  });
}

/**
 * Every list with its entries (for a process's in-memory index); `names` narrows it, and `owner`
 * to one owner's lists (a tenant id, or null for the operator's).
 */
export async function loadOwnedHashLists(db: Queryable, options: { names?: readonly string[]; owner?: string | null } = {}): Promise<OwnedHashList[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (options.names) where.push(`name = ANY($${params.push([...options.names])}::text[])`);
  if (options.owner !== undefined) where.push(`tenant_id IS NOT DISTINCT FROM $${params.push(options.owner)}::text`);
  const { rows: lists } = await db.query<ListRow>(`SELECT * FROM hash_lists ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY name`, params);
  const out: OwnedHashList[] = [];
  for (const row of lists) {
    const list = toList(row);
    out.push({ ...list, entries: await readHashListEntries(db, list.id) });
  }
  return out;
}

/**
 * How many hash-list changes each owner has had (tenant id, or null for the operator's lists): every
 * change of a list or its entries records one protect event in its own transaction, and protect
 * events are append-only, so an owner's count changes exactly when its lists did.
 */
export async function hashListVersions(db: Queryable): Promise<Map<string | null, number>> {
  const { rows } = await db.query<{ tenant_id: string | null; n: string | number }>("SELECT tenant_id, count(*) AS n FROM protect_events WHERE kind LIKE 'hash_list%' GROUP BY tenant_id");
  return new Map(rows.map((r) => [r.tenant_id, Number(r.n)]));
}

interface ListRow {
  id: string;
  tenant_id: string | null;
  name: string;
  purpose: ListPurpose;
  source: string;
  created_at: Date | string;
  updated_at: Date | string;
}

interface EntryRow {
  entry_id: string;
  pdq: string;
  quality: number | null;
  md5: string | null;
  sha256: string | null;
  added_at: Date | string;
}

function toList(r: ListRow): Omit<StoredHashList, 'entries'> {
  return { id: r.id, tenantId: r.tenant_id, name: r.name, purpose: r.purpose, source: r.source, createdAt: new Date(r.created_at).toISOString(), updatedAt: new Date(r.updated_at).toISOString() };
}

function toEntry(r: EntryRow): HashListEntry {
  return {
    id: r.entry_id,
    pdq: r.pdq,
    ...(r.quality === null ? {} : { quality: r.quality }),
    ...(r.md5 ? { md5: r.md5 } : {}),
    ...(r.sha256 ? { sha256: r.sha256 } : {}),
    addedAt: new Date(r.added_at).toISOString(),
  };
}

const PATH_LIKE = /[/\\]|\.(jpe?g|png|gif|webp|bmp|tiff?|heic|avif)$/i;

/**
 * A list never keeps a file path: `consentry hash` names entries by file, and a path can say whose
 * image it is. Such an id becomes an opaque one derived from the hash and the id, so importing the
 * same file again still finds the same entry.
 */
function withOpaqueId(entry: HashListEntry): HashListEntry {
  if (!PATH_LIKE.test(entry.id)) return entry;
  return { ...entry, id: `e_${createHash('sha256').update(`${entry.pdq}\n${entry.id}`).digest('hex').slice(0, 20)}` };
}

/**
 * The operator's lists in the database behind the `HashListStore` interface (whole lists in and
 * out), so code written against that interface (notices' takedown lists) writes where every
 * gateway matches. `put` replaces the list's entries in one transaction and tells every gateway.
 */
export class DatabaseHashListStore implements HashListStore {
  constructor(private readonly db: Database) {}

  async names(): Promise<string[]> {
    return (await listHashLists(this.db)).map((l) => l.name).sort();
  }

  async get(name: string): Promise<HashList | undefined> {
    const list = await findHashList(this.db, name);
    if (!list) return undefined;
    return { name: list.name, source: list.source, purpose: list.purpose, createdAt: list.createdAt, updatedAt: list.updatedAt, entries: await readHashListEntries(this.db, list.id) };
  }

  async put(list: HashList): Promise<void> {
    checkListName(list.name);
    if (!isListPurpose(list.purpose)) throw new InvalidInputError(`purpose must be one of ${LIST_PURPOSES.join(', ')}`, undefined, 'invalid_hash_list');
    await this.db.transaction(async (tx) => {
      const found = await findHashList(tx, list.name);
      const id = found?.id ?? randomUUID();
      if (found) await tx.query('UPDATE hash_lists SET purpose = $2, source = $3, updated_at = $4 WHERE id = $1', [id, list.purpose, list.source, list.updatedAt]);
      else
        await tx.query('INSERT INTO hash_lists (id, tenant_id, name, purpose, source, created_at, updated_at) VALUES ($1, NULL, $2, $3, $4, $5, $6)', [
          id,
          list.name,
          list.purpose,
          list.source,
          list.createdAt,
          list.updatedAt,
        ]);
      const e = list.entries;
      await tx.query('DELETE FROM hash_list_entries WHERE list_id = $1 AND NOT (entry_id = ANY($2::text[]))', [id, e.map((x) => x.id)]);
      for (let i = 0; i < e.length; i += INSERT_BATCH) {
        const batch = e.slice(i, i + INSERT_BATCH);
        await tx.query(
          `INSERT INTO hash_list_entries (list_id, entry_id, pdq, quality, md5, sha256, added_at)
           SELECT $1, * FROM unnest($2::text[], $3::text[], $4::smallint[], $5::text[], $6::text[], $7::timestamptz[])
           ON CONFLICT (list_id, entry_id) DO UPDATE SET pdq = EXCLUDED.pdq, quality = EXCLUDED.quality, md5 = EXCLUDED.md5, sha256 = EXCLUDED.sha256`,
          [id, batch.map((x) => x.id), batch.map((x) => x.pdq), batch.map((x) => x.quality ?? null), batch.map((x) => x.md5 ?? null), batch.map((x) => x.sha256 ?? null), batch.map((x) => x.addedAt)],
        );
      }
      await recordProtectChange(tx, 'hash_lists', { tenantId: null, type: 'hash_list_replaced', subjectId: id, details: { name: list.name, entries: e.length } });
    });
  }

  delete(name: string): Promise<boolean> {
    return deleteHashList(this.db, name);
  }

  async close(): Promise<void> {}
}
