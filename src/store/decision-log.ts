import { createHash, randomUUID } from 'node:crypto';
import { InvalidInputError } from '../errors.ts';
import type { Decision, Signal } from '../types.ts';
import { createBatcher, type Batcher } from './batcher.ts';
import type { Database, Queryable } from './database.ts';
import { encryptEvidence } from './evidence-store.ts';

export const LOG_KINDS = ['prompt', 'image', 'edit', 'output', 'moderation'] as const;
export type LogKind = (typeof LOG_KINDS)[number];

/** The hash the first entry links to. */
export const GENESIS_HASH = '0'.repeat(64);
// Serialises appends across every process sharing the database, so the chain has one head.
const APPEND_LOCK = 7_245_002;

/** Hashes of what was checked. Images are never stored here, only their hashes. An edit's mask is checked as an image but is no input an output is compared with. */
export interface InputRecord {
  role: 'prompt' | 'input' | 'mask' | 'output';
  sha256: string;
  pdq?: string | null;
  width?: number;
  height?: number;
  format?: string;
  length?: number;
}

export interface NewLogEntry {
  tenantId: string;
  kind: LogKind;
  decision: Decision;
  signals: Signal[];
  inputs: InputRecord[];
  /** The pre-generation decision an output check refers to. */
  parentId?: string;
  /** Images to keep as evidence; stored only when an evidence key is configured. */
  evidence?: Array<{ role: InputRecord['role']; bytes: Uint8Array }>;
}

/** One entry of the decision log, as stored and hashed. */
export interface LogEntry {
  seq: number;
  id: string;
  tenantId: string;
  createdAt: string;
  kind: LogKind;
  verdict: Decision['verdict'];
  policyId: string;
  policyVersion: string;
  decision: Decision;
  inputs: InputRecord[];
  signals: Signal[];
  parentId: string | null;
  prevHash: string;
  entryHash: string;
}

export interface DecisionLog {
  /** Appends an entry; resolves once it is committed (group commit under load). */
  append(entry: NewLogEntry): Promise<LogEntry>;
  get(id: string, tenantId: string): Promise<LogEntry | undefined>;
  /** Waits for pending appends. */
  close(): Promise<void>;
}

export interface DecisionLogOptions {
  /** Base64 AES-256 key; evidence images are kept only when set. */
  evidenceKey?: string;
  maxBatch?: number;
}

/**
 * The append-only, hash-chained decision log. One chain across the whole table: each entry's
 * `entry_hash` is sha256 over prev_hash, the entry's fields and the exact JSON texts stored, and appends take a
 * transaction-scoped advisory lock, so several gateways writing to one PostgreSQL keep one valid
 * chain. The database also refuses UPDATE, DELETE and TRUNCATE on the table (a trigger).
 */
export function createDecisionLog(db: Database, options: DecisionLogOptions = {}): DecisionLog {
  const evidenceKey = options.evidenceKey ? Buffer.from(options.evidenceKey, 'base64') : undefined;
  // The entries are serialised (and any evidence sealed) here; the chain is written where the
  // database runs. A database that writes the chain itself (the embedded PGlite in its own
  // thread: `appendChain`) hashes and stores the rows there, one batch after another, so several
  // batches may be on their way at once. Otherwise: PGlite in this thread serves one process (a
  // lock file enforces it) and every append goes through this batcher, so the chain head (its
  // hash and sequence number) can be remembered between batches, sparing two statements a batch;
  // on PostgreSQL other processes append too: lock and read the head every time.
  const appendChain = db.appendChain?.bind(db);
  const head: ChainHead | undefined = db.kind === 'pglite' && !appendChain ? {} : undefined;
  // Like `head` here, the thread's head is learned again at this log's first write.
  let relearn = true;
  const batcher: Batcher<NewLogEntry, LogEntry> = createBatcher(
    async (items) => {
      const createdAt = new Date().toISOString();
      const prepared = items.map((item) => prepareEntry(item, createdAt));
      const evidence = evidenceKey ? sealEvidence(items, evidenceKey) : [];
      let links: ChainLink[];
      if (appendChain) {
        links = await appendChain(prepared, evidence, relearn);
        relearn = false;
      } else links = await writeChain(db, prepared, evidence, head);
      return prepared.map((entry, i) => writtenEntry(entry, items[i]!, links[i]!));
    },
    // PGlite in this thread never waits on I/O: start each flush on the next turn so every request
    // read in this one joins it. In its own thread it writes one batch after another, so the next
    // batch may be sent while one is written (the thread is kept busy, this one is not held).
    { maxBatch: options.maxBatch, deferStart: db.kind === 'pglite', maxInFlight: appendChain ? 3 : 1 },
  );
  return {
    append: (entry) => batcher.push(entry),
    async get(id, tenantId) {
      if (!isUuid(id)) return undefined;
      const { rows } = await db.query<LogRow>(`SELECT ${COLUMNS} FROM decision_log WHERE id = $1 AND tenant_id = $2`, [id, tenantId]);
      if (!rows[0]) return undefined;
      const { content: _, ...entry } = fromRow(rows[0]);
      return entry;
    },
    close: () => batcher.drain(),
  };
}

/**
 * The chain's last entry as its only writer last wrote it (PGlite: one process, one writer).
 * `seq` is the sequence number the table's sequence gave it; the next rows written get the next
 * numbers, since nothing else draws from that sequence (a failed write, which may have drawn some,
 * clears the head).
 */
export interface ChainHead {
  hash?: string;
  seq?: number;
}

/** Where an entry landed in the chain. */
export interface ChainLink {
  seq: number;
  prevHash: string;
  entryHash: string;
}

/** An evidence image sealed for the `evidence` table, with the index of its entry in the batch. */
export interface SealedEvidenceRow {
  entry: number;
  id: string;
  role: InputRecord['role'];
  sha256: string;
  iv: Uint8Array;
  tag: Uint8Array;
  ciphertext: Uint8Array;
}

/** The entry's fields and its exact JSON texts, as stored and hashed. */
function prepareEntry(item: NewLogEntry, createdAt: string): HashedContent {
  return {
    id: randomUUID(),
    tenantId: item.tenantId,
    createdAt,
    kind: item.kind,
    verdict: item.decision.verdict,
    policyId: item.decision.policy.id,
    policyVersion: item.decision.policy.version,
    parentId: item.parentId ?? null,
    decisionJson: JSON.stringify(item.decision),
    inputsJson: JSON.stringify(item.inputs),
    signalsJson: JSON.stringify(item.signals),
  };
}

function sealEvidence(items: NewLogEntry[], key: Buffer): SealedEvidenceRow[] {
  const rows: SealedEvidenceRow[] = [];
  items.forEach((item, entry) => {
    for (const image of item.evidence ?? []) {
      const sealed = encryptEvidence(image.bytes, key);
      rows.push({ entry, id: randomUUID(), role: image.role, sha256: sha256Hex(image.bytes), ...sealed });
    }
  });
  return rows;
}

/**
 * Writes prepared entries as the next links of the chain, in one statement or one transaction, and
 * says where each landed. With `head` (the caller is the chain's only writer) the head is taken
 * from it and kept up to date; without it the head is read under a transaction-scoped advisory
 * lock (several processes appending to one PostgreSQL).
 */
export async function writeChain(db: Database, prepared: HashedContent[], evidence: SealedEvidenceRow[], head: ChainHead | undefined): Promise<ChainLink[]> {
  const append = async (tx: Queryable): Promise<ChainLink[]> => {
    let prevHash: string;
    if (head?.hash !== undefined) prevHash = head.hash;
    else {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK]);
      prevHash = await chainHead(tx);
    }
    const params: unknown[] = [];
    const tuples: string[] = [];
    const hashes = prepared.map((entry) => {
      const entryHash = hashEntry(prevHash, entry);
      const base = params.length;
      params.push(
        entry.id,
        entry.tenantId,
        entry.createdAt,
        entry.kind,
        entry.verdict,
        entry.policyId,
        entry.policyVersion,
        entry.decisionJson,
        entry.inputsJson,
        entry.signalsJson,
        entry.parentId,
        prevHash,
        entryHash,
      );
      tuples.push(placeholders(base));
      const link = { prevHash, entryHash };
      prevHash = entryHash;
      return link;
    });
    const { rows } = await tx.query<{ id: string; seq: string | number }>(
      `INSERT INTO decision_log (id, tenant_id, created_at, kind, verdict, policy_id, policy_version, decision, inputs, signals, parent_id, prev_hash, entry_hash)
       VALUES ${tuples.join(',')} RETURNING id, seq`,
      params,
    );
    const seqs = new Map(rows.map((r) => [r.id, Number(r.seq)]));
    for (const row of evidence) {
      await tx.query('INSERT INTO evidence (id, decision_id, tenant_id, role, sha256, iv, tag, ciphertext) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)', [
        row.id,
        prepared[row.entry]!.id,
        prepared[row.entry]!.tenantId,
        row.role,
        row.sha256,
        row.iv,
        row.tag,
        row.ciphertext,
      ]);
    }
    if (head) {
      head.hash = prevHash;
      head.seq = Math.max(...rows.map((r) => Number(r.seq)));
    }
    return prepared.map((entry, i) => ({ seq: seqs.get(entry.id)!, ...hashes[i]! }));
  };
  try {
    // With the head known (one writer) and nothing but the entries to write, one statement is
    // atomic on its own: no BEGIN and COMMIT around it. Where the database takes a bulk write
    // (PGlite), the rows go as one COPY, which costs PGlite less per row than the INSERT's bound
    // parameters.
    if (head?.hash !== undefined && evidence.length === 0) {
      return db.copyFrom && head.seq !== undefined ? await copyBatch(db.copyFrom.bind(db), prepared, head) : await append(db);
    }
    return await db.transaction(append);
  } catch (error) {
    // A failed write may have used sequence numbers: learn the head again from the database.
    if (head) {
      head.hash = undefined;
      head.seq = undefined;
    }
    throw error;
  }
}

const LOG_COLUMNS = 'id, tenant_id, created_at, kind, verdict, policy_id, policy_version, decision, inputs, signals, parent_id, prev_hash, entry_hash';
// One statement, so atomic. COPY reports no sequence numbers: the rows get the ones after the
// head's, in row order (see ChainHead).
const COPY_SQL = `COPY decision_log (${LOG_COLUMNS}) FROM '/dev/blob'`;

async function copyBatch(copyFrom: NonNullable<Database['copyFrom']>, prepared: HashedContent[], head: ChainHead): Promise<ChainLink[]> {
  let prevHash = head.hash!;
  const first = head.seq! + 1;
  let data = '';
  const links = prepared.map((entry, i) => {
    const entryHash = hashEntry(prevHash, entry);
    data += `${copyField(entry.id)}\t${copyField(entry.tenantId)}\t${entry.createdAt}\t${copyField(entry.kind)}\t${copyField(entry.verdict)}\t${copyField(entry.policyId)}\t${copyField(
      entry.policyVersion,
    )}\t${copyField(entry.decisionJson)}\t${copyField(entry.inputsJson)}\t${copyField(entry.signalsJson)}\t${entry.parentId === null ? '\\N' : copyField(entry.parentId)}\t${prevHash}\t${entryHash}\n`;
    const link = { seq: first + i, prevHash, entryHash };
    prevHash = entryHash;
    return link;
  });
  await copyFrom(COPY_SQL, data);
  head.hash = prevHash;
  head.seq = first + prepared.length - 1;
  return links;
}

/** The entry as written: the caller's objects, not a re-parse (they serialise to exactly the text stored). */
function writtenEntry(entry: HashedContent, item: NewLogEntry, link: ChainLink): LogEntry {
  return {
    seq: link.seq,
    id: entry.id,
    tenantId: entry.tenantId,
    createdAt: entry.createdAt,
    kind: entry.kind,
    verdict: entry.verdict,
    policyId: entry.policyId,
    policyVersion: entry.policyVersion,
    parentId: entry.parentId,
    decision: item.decision,
    inputs: item.inputs,
    signals: item.signals,
    prevHash: link.prevHash,
    entryHash: link.entryHash,
  };
}

/** A value in COPY's text format: backslash, tab, newline and carriage return escaped (so no value reads as NULL, `\N`). */
function copyField(value: string): string {
  return COPY_SPECIAL.test(value) ? value.replace(COPY_ESCAPES, (c) => COPY_ESCAPE[c]!) : value;
}
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES = /[\\\t\n\r]/g;
const COPY_ESCAPE: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

async function chainHead(tx: Queryable): Promise<string> {
  const { rows } = await tx.query<{ entry_hash: string }>('SELECT entry_hash FROM decision_log ORDER BY seq DESC LIMIT 1');
  return rows[0]?.entry_hash ?? GENESIS_HASH;
}

// The 13 placeholders of the row starting at parameter `base` + 1, built once per position.
const tupleCache: string[] = [];
function placeholders(base: number): string {
  const i = base / 13;
  tupleCache[i] ??= `(${Array.from({ length: 13 }, (_, k) => `$${base + k + 1}`).join(',')})`;
  return tupleCache[i]!;
}

/** What an entry's hash covers: its fields and the exact JSON texts stored (json keeps them verbatim). */
export interface HashedContent extends Pick<LogEntry, 'id' | 'tenantId' | 'createdAt' | 'kind' | 'verdict' | 'policyId' | 'policyVersion' | 'parentId'> {
  decisionJson: string;
  inputsJson: string;
  signalsJson: string;
}

/** sha256 over prev_hash, the entry's fields and its stored JSON texts, newline-separated; hex. */
export function hashEntry(prevHash: string, entry: HashedContent): string {
  const fields = JSON.stringify([entry.id, entry.tenantId, entry.createdAt, entry.kind, entry.verdict, entry.policyId, entry.policyVersion, entry.parentId]);
  // Fed piece by piece: the same bytes as one joined string, without building (and flattening) a
  // copy of the entry's JSON texts first.
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(fields)
    .update('\n')
    .update(entry.decisionJson)
    .update('\n')
    .update(entry.inputsJson)
    .update('\n')
    .update(entry.signalsJson)
    .digest('hex');
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

interface LogRow {
  seq: string | number;
  id: string;
  tenant_id: string;
  created_at: Date | string;
  kind: LogKind;
  verdict: Decision['verdict'];
  policy_id: string;
  policy_version: string;
  decision: string;
  inputs: string;
  signals: string;
  parent_id: string | null;
  prev_hash: string;
  entry_hash: string;
}

// The JSON columns are read as text: the hash covers their exact text, and both drivers agree on strings.
const COLUMNS =
  'seq, id, tenant_id, created_at, kind, verdict, policy_id, policy_version, decision::text AS decision, inputs::text AS inputs, signals::text AS signals, parent_id, prev_hash, entry_hash';

function fromRow(row: LogRow): LogEntry & { content: HashedContent } {
  const createdAt = new Date(row.created_at).toISOString();
  const content: HashedContent = {
    id: row.id,
    tenantId: row.tenant_id,
    createdAt,
    kind: row.kind,
    verdict: row.verdict,
    policyId: row.policy_id,
    policyVersion: row.policy_version,
    parentId: row.parent_id,
    decisionJson: row.decision,
    inputsJson: row.inputs,
    signalsJson: row.signals,
  };
  return {
    content,
    seq: Number(row.seq),
    id: row.id,
    tenantId: row.tenant_id,
    createdAt,
    kind: row.kind,
    verdict: row.verdict,
    policyId: row.policy_id,
    policyVersion: row.policy_version,
    decision: JSON.parse(row.decision) as Decision,
    inputs: JSON.parse(row.inputs) as InputRecord[],
    signals: JSON.parse(row.signals) as Signal[],
    parentId: row.parent_id,
    prevHash: row.prev_hash,
    entryHash: row.entry_hash,
  };
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

export interface ReadLogOptions {
  since?: Date;
  tenantId?: string;
  pageSize?: number;
}

/** Every entry in chain order, page by page (constant memory however long the log). */
export async function* readLog(db: Queryable, options: ReadLogOptions = {}): AsyncGenerator<LogEntry & { content: HashedContent }> {
  let after = 0;
  const pageSize = options.pageSize ?? 1000;
  for (;;) {
    const where = ['seq > $1'];
    const params: unknown[] = [after];
    if (options.since) where.push(`created_at >= $${params.push(options.since.toISOString())}`);
    if (options.tenantId) where.push(`tenant_id = $${params.push(options.tenantId)}`);
    const { rows } = await db.query<LogRow>(`SELECT ${COLUMNS} FROM decision_log WHERE ${where.join(' AND ')} ORDER BY seq LIMIT ${pageSize}`, params);
    for (const row of rows) yield fromRow(row);
    if (rows.length < pageSize) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

export interface LogVerification {
  ok: boolean;
  checked: number;
  /** The first entry that does not verify, and why (`id` is absent when the entry is missing). */
  firstBroken?: { seq: number; id?: string; reason: string };
  head?: string;
  /** The last entry's sequence number (with `head`, what to keep as an anchor). */
  headSeq?: number;
  /** Anchors given that were found and matched. */
  anchorsMatched?: number;
}

/**
 * A copy of one entry's sequence number and hash kept outside the database (printed by
 * `consentry log head`, exported daily, published). The chain alone cannot show that entries were
 * cut from its end, or that someone able to write the table recomputed every hash after an edit;
 * an anchor can: its entry must still be there with the same hash.
 */
export interface LogAnchor {
  seq: number;
  entryHash: string;
}

export interface LogHead {
  seq: number;
  entryHash: string;
  createdAt: string;
}

/** The newest entry's sequence number, hash and time (of one tenant's entries, when given; undefined for none). */
export async function logHead(db: Queryable, options: { tenantId?: string } = {}): Promise<LogHead | undefined> {
  const { rows } = await db.query<{ seq: string | number; entry_hash: string; created_at: Date | string }>(
    `SELECT seq, entry_hash, created_at FROM decision_log ${options.tenantId === undefined ? '' : 'WHERE tenant_id = $1'} ORDER BY seq DESC LIMIT 1`,
    options.tenantId === undefined ? [] : [options.tenantId],
  );
  const row = rows[0];
  return row && { seq: Number(row.seq), entryHash: row.entry_hash, createdAt: new Date(row.created_at).toISOString() };
}

/**
 * Walks the whole chain. An altered entry fails its own hash; a removed or reordered entry
 * breaks the next entry's link. Removing entries at the very end leaves a shorter valid chain, and
 * rewriting the chain from an edit onwards leaves a valid one: `anchors` (entries whose hash was
 * kept elsewhere) catch both. With `viewer` (a tenant id), a broken entry of another tenant is
 * named by its sequence number only.
 */
export async function verifyLog(db: Queryable, options: { anchors?: readonly LogAnchor[]; viewer?: string } = {}): Promise<LogVerification> {
  const broken = (entry: { seq: number; id: string; tenantId: string }, reason: string): LogVerification['firstBroken'] =>
    // A tenant's administrator learns where the chain broke, but not another tenant's entry id.
    options.viewer === undefined || entry.tenantId === options.viewer ? { seq: entry.seq, id: entry.id, reason } : { seq: entry.seq, reason: `${reason} (an entry of another tenant)` };
  const anchors = new Map<number, string>();
  for (const anchor of options.anchors ?? []) anchors.set(anchor.seq, anchor.entryHash.toLowerCase());
  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  let headSeq: number | undefined;
  let anchorsMatched = 0;
  for await (const entry of readLog(db)) {
    if (entry.prevHash !== expectedPrev) {
      return { ok: false, checked, firstBroken: broken(entry, 'prev_hash does not match the previous entry: an entry before it was removed, reordered or altered') };
    }
    if (hashEntry(entry.prevHash, entry.content) !== entry.entryHash) {
      return { ok: false, checked, firstBroken: broken(entry, 'entry_hash does not match its content: the entry was altered') };
    }
    const anchored = anchors.get(entry.seq);
    if (anchored !== undefined) {
      if (anchored !== entry.entryHash) {
        return { ok: false, checked, firstBroken: broken(entry, `entry_hash differs from the anchor kept for this entry (${anchored}): the log was rewritten from here or earlier`) };
      }
      anchorsMatched++;
      anchors.delete(entry.seq);
    }
    expectedPrev = entry.entryHash;
    headSeq = entry.seq;
    checked++;
  }
  const missing = [...anchors.keys()].sort((a, b) => a - b)[0];
  if (missing !== undefined) {
    return {
      ok: false,
      checked,
      firstBroken: { seq: missing, reason: `the anchored entry seq ${missing} is not in the log: entries were removed${headSeq !== undefined && missing > headSeq ? ' from its end' : ''}` },
    };
  }
  return { ok: true, checked, head: expectedPrev, ...(headSeq === undefined ? {} : { headSeq }), ...(options.anchors?.length ? { anchorsMatched } : {}) };
}

/**
 * Reads anchors as text: one per line, `SEQ HASH` (anything after is ignored, so `consentry log
 * head` output appended to a file works), `SEQ:HASH` also accepted; blank lines and # comments skipped.
 */
export function parseAnchors(text: string, source = 'anchors', numbered: 'seq' | 'position' = 'seq'): LogAnchor[] {
  const expected = numbered === 'seq' ? '"SEQ HASH" (a sequence number' : '"POSITION HASH" (a position among the tenant\'s entries';
  const anchors: LogAnchor[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(\d{1,15})[\s:]+([0-9a-fA-F]{64})(?:\s|$)/.exec(line);
    if (!match) throw new InvalidInputError(`${source} line ${i + 1}: expected ${expected} and a 64-digit hex entry hash).`, { line: i + 1 }, 'invalid_anchor');
    anchors.push({ seq: Number(match[1]), entryHash: match[2]!.toLowerCase() });
  }
  return anchors;
}

/** For readers that select entries their own way (records on request): the columns and the row reader. */
export { COLUMNS as LOG_ENTRY_COLUMNS, fromRow as logEntryFromRow, type LogRow };
