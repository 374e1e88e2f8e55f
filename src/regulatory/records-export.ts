// Records on request: the decision log entries about one case, notice, person or statement, in a
// form a regulator or a court can read, each with its hash-chain proof (its hash recomputed, its
// predecessor's hash, the anchor kept outside the database that covers it).
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { escapeHtml, page, table } from '../report/html.ts';
import type { Queryable } from '../store/database.ts';
import { GENESIS_HASH, hashEntry, isUuid, LOG_ENTRY_COLUMNS, logEntryFromRow, verifyLog, type LogAnchor, type LogEntry, type LogRow, type LogVerification } from '../store/decision-log.ts';
import { tenantEntry, tenantPositions, verifyTenantLog, type TenantLogEntry, type TenantLogVerification } from '../store/tenant-log.ts';
import { tableExists } from './portal-source.ts';
import { findStatement, getSubmission, type RegisteredStatement, type Submission } from './statements-register.ts';

export type RecordsQuery = { case: string } | { notice: string } | { person: string } | { statement: string };

export interface EntryProof {
  entryHash: string;
  /** The hash recomputed from the entry's stored content; equal to entryHash when unaltered. */
  recomputedHash: string;
  hashMatches: boolean;
  prevHash: string;
  /** The entry before it in the chain (its hash must equal prevHash). */
  predecessor: { seq: number; entryHash: string } | null;
  linkMatches: boolean;
  /** The first anchor at or after this entry: it covers the entry when the chain verifies up to it. */
  anchor: LogAnchor | null;
}

export interface ExportedRecord {
  entry: LogEntry;
  proof: EntryProof;
}

export interface RecordsExport {
  /** The operator's view (CLI): the chain's seq and prev_hash, the predecessor, anchors. */
  view: 'operator';
  query: RecordsQuery;
  generatedAt: string;
  /** What was found for the query (notice and appeal ids, case numbers, statements). */
  subjects: Array<{ kind: string; id: string; caseNumber?: string }>;
  statements: Array<RegisteredStatement & { submission?: Submission }>;
  records: ExportedRecord[];
  /** The whole chain verified at export time, with the anchors given. */
  chain: LogVerification;
  howToVerify: string[];
}

/** An entry's proof as a tenant sees it: checked by the gateway against the chain, without the hashes of other tenants' entries. */
export interface TenantEntryProof {
  entryHash: string;
  /** The hash recomputed from the entry's stored content (and its prev_hash) equals entryHash. */
  hashMatches: boolean;
  /** The entry's prev_hash equals the hash of the entry before it in the chain (whichever tenant's). */
  linkMatches: boolean;
}

/**
 * Records exported for a tenant (the gateway's `/v1/records`): the tenant's figures only. Entries
 * carry their position among the tenant's entries, not the chain's seq; proofs say whether the
 * hash and the link to the predecessor verified, without the predecessor's hash or seq (another
 * tenant's entry, often).
 */
export interface TenantRecordsExport extends Omit<RecordsExport, 'view' | 'records' | 'chain'> {
  view: 'tenant';
  records: Array<{ entry: TenantLogEntry; proof: TenantEntryProof }>;
  chain: TenantLogVerification;
}

const MAX_RECORDS = 10_000;

/** The ids of the log entries (and parent ids) a query is about. */
async function resolveSubjects(
  db: Queryable,
  query: RecordsQuery,
  tenantId: string | undefined,
): Promise<{ ids: string[]; subjects: RecordsExport['subjects']; statements: RecordsExport['statements']; person?: string }> {
  const subjects: RecordsExport['subjects'] = [];
  const statements: RecordsExport['statements'] = [];
  if ('person' in query) {
    const hash = query.person.toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new InvalidInputError('--person takes the SHA-256 or PDQ hash (64 hex digits) of a photo of the person; Consentry keeps no names.', undefined, 'usage');
    return { ids: [], subjects: [{ kind: 'image hash', id: hash }], statements, person: hash };
  }
  if ('statement' in query) {
    const s = (await findStatement(db, { puid: query.statement })) ?? (isUuid(query.statement) ? await findStatement(db, { decisionId: query.statement }) : undefined);
    if (!s || (tenantId !== undefined && s.tenantId !== tenantId)) throw new NotFoundError(`No statement of reasons with puid or decision id "${query.statement}".`, undefined, 'statement_not_found');
    statements.push({ ...s, submission: await getSubmission(db, s.puid) });
    subjects.push({ kind: 'statement', id: s.puid });
    return { ids: [s.decisionId ?? s.sourceId].filter(isUuid), subjects, statements };
  }
  const key = 'notice' in query ? query.notice : query.case;
  const ids: string[] = [];
  for (const table of ['notices', 'appeals'] as const) {
    if (!(await tableExists(db, table))) continue;
    const column = 'notice' in query && isUuid(key) ? 'id::text' : 'case_number';
    if ('notice' in query && table === 'appeals') continue;
    const extra = table === 'appeals' ? ', decision_id' : '';
    const { rows } = await db.query<{ id: string; case_number: string; decision_id?: string }>(
      `SELECT id, case_number${extra} FROM ${table} WHERE (${column} = $1 OR id::text = $1)${tenantId === undefined ? '' : ' AND tenant_id = $2'}`,
      tenantId === undefined ? [key] : [key, tenantId],
    );
    for (const r of rows) {
      subjects.push({ kind: table.slice(0, -1), id: r.id, caseNumber: r.case_number });
      ids.push(r.id);
      if (r.decision_id) ids.push(r.decision_id);
    }
  }
  // A decision id stands for its own case when there is no notice or appeal.
  if (ids.length === 0 && isUuid(key)) {
    ids.push(key);
    subjects.push({ kind: 'decision', id: key });
  }
  if (ids.length === 0) throw new NotFoundError(`No ${'notice' in query ? 'notice' : 'case'} "${key}".`, undefined, 'not_found');
  for (const id of ids) {
    const s = await findStatement(db, { decisionId: id });
    if (s) statements.push({ ...s, submission: await getSubmission(db, s.puid) });
  }
  if (await tableExists(db, 'statements')) {
    const { rows } = await db.query<{ puid: string }>('SELECT puid FROM statements WHERE source_id = ANY($1::text[])', [ids]);
    for (const r of rows) {
      if (statements.some((s) => s.puid === r.puid)) continue;
      const s = await findStatement(db, { puid: r.puid });
      if (s) statements.push({ ...s, submission: await getSubmission(db, s.puid) });
    }
  }
  return { ids, subjects, statements: statements.filter((s) => tenantId === undefined || s.tenantId === tenantId) };
}

/** The entries a query is about, with their proofs (what both views share). */
async function findRecords(db: Queryable, query: RecordsQuery, options: { anchors?: readonly LogAnchor[]; tenantId?: string }) {
  const { ids, subjects, statements, person } = await resolveSubjects(db, query, options.tenantId);
  const params: unknown[] = [];
  let where: string;
  if (person) {
    params.push(`%"sha256":"${person}"%`, `%"pdq":"${person}"%`);
    where = '(inputs::text LIKE $1 OR inputs::text LIKE $2)';
  } else {
    params.push(ids);
    // The entries themselves, what refers to them (output checks, moderation events), and their parents.
    where = `(id = ANY($1::uuid[]) OR parent_id = ANY($1::uuid[]) OR id IN (SELECT parent_id FROM decision_log WHERE id = ANY($1::uuid[]) AND parent_id IS NOT NULL))`;
  }
  if (options.tenantId) where += ` AND tenant_id = $${params.push(options.tenantId)}`;
  const { rows } = await db.query<LogRow>(`SELECT ${LOG_ENTRY_COLUMNS} FROM decision_log WHERE ${where} ORDER BY seq LIMIT ${MAX_RECORDS}`, params);
  const anchors = [...(options.anchors ?? [])].sort((a, b) => a.seq - b.seq);
  const records: ExportedRecord[] = [];
  for (const row of rows) {
    const { content, ...entry } = logEntryFromRow(row);
    const { rows: before } = await db.query<{ seq: string | number; entry_hash: string }>('SELECT seq, entry_hash FROM decision_log WHERE seq < $1 ORDER BY seq DESC LIMIT 1', [entry.seq]);
    const predecessor = before[0] ? { seq: Number(before[0].seq), entryHash: before[0].entry_hash } : null;
    const recomputedHash = hashEntry(entry.prevHash, content);
    records.push({
      entry,
      proof: {
        entryHash: entry.entryHash,
        recomputedHash,
        hashMatches: recomputedHash === entry.entryHash,
        prevHash: entry.prevHash,
        predecessor,
        linkMatches: predecessor ? predecessor.entryHash === entry.prevHash : entry.prevHash === GENESIS_HASH,
        anchor: anchors.find((a) => a.seq >= entry.seq) ?? null,
      },
    });
  }
  return { subjects, statements, records };
}

/** Exports the records about one case, notice, person (image hash) or statement, with their proofs: the operator's view. */
export async function exportRecords(db: Queryable, query: RecordsQuery, options: { anchors?: readonly LogAnchor[]; tenantId?: string } = {}): Promise<RecordsExport> {
  const { subjects, statements, records } = await findRecords(db, query, options);
  return {
    view: 'operator',
    query,
    generatedAt: new Date().toISOString(),
    subjects,
    statements,
    records,
    chain: await verifyLog(db, { anchors: options.anchors, viewer: options.tenantId }),
    howToVerify: [
      'entry_hash = sha256 of: prev_hash, a newline, the JSON array [id, tenant_id, created_at, kind, verdict, policy_id, policy_version, parent_id], a newline, and the stored decision, inputs and signals JSON texts separated by newlines (src/store/decision-log.ts, hashEntry).',
      "Each entry's prev_hash is the entry_hash of the entry before it; the first entry's is 64 zeros.",
      'An anchor (sequence number and hash) is kept outside the database; an entry is covered by the first anchor at or after it when the chain verifies from the entry to that anchor (chain.ok with anchorsMatched).',
      "Re-run `consentry log verify --anchors FILE` on the operator's database to verify the whole chain again.",
    ],
  };
}

/**
 * The records of one tenant's case, notice, person or statement, for that tenant's administrator
 * (`/v1/records`): the same entries and checks as `exportRecords`, in the tenant's figures only.
 */
export async function exportTenantRecords(db: Queryable, query: RecordsQuery, tenantId: string): Promise<TenantRecordsExport> {
  const { subjects, statements, records } = await findRecords(db, query, { tenantId });
  const positions = await tenantPositions(
    db,
    tenantId,
    records.map((r) => r.entry.seq),
  );
  return {
    view: 'tenant',
    query,
    generatedAt: new Date().toISOString(),
    subjects,
    statements,
    records: records.map(({ entry, proof }) => ({
      entry: tenantEntry(entry, positions.get(entry.seq) ?? 0),
      proof: { entryHash: proof.entryHash, hashMatches: proof.hashMatches, linkMatches: proof.linkMatches },
    })),
    chain: await verifyTenantLog(db, tenantId),
    howToVerify: [
      "hashMatches and linkMatches were checked by the gateway at export: each entry's hash recomputed from its stored content and its prev_hash, and its prev_hash compared with the hash of the entry before it in the chain.",
      "The chain runs across every tenant's entries, so the entry before one of this tenant's is often another tenant's: its hash, and each entry's prev_hash, are not in a tenant's export, which is why a tenant cannot recompute entry hashes itself.",
      "`chain` is the whole chain verified at export, in this tenant's figures (its entry count and newest entry, positions among its own entries).",
      "To have the hashes recomputed independently, ask the operator for `consentry log export --statement|--case|--notice|--person … --anchors FILE` (with prev_hash, predecessors and anchors), and keep this tenant's /v1/log/head lines as anchors: `consentry log verify --tenant T --anchors FILE` checks them.",
    ],
  };
}

export const RECORDS_FORMATS = ['json', 'html'] as const;
export type RecordsFormat = (typeof RECORDS_FORMATS)[number];

/** The export as JSON or as a self-contained HTML page. */
export function renderRecords(data: RecordsExport | TenantRecordsExport, format: RecordsFormat): string {
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  const yes = (b: boolean) => (b ? 'yes' : '<b>NO</b>');
  const queryText = Object.entries(data.query)
    .map(([k, v]) => `${k} ${v}`)
    .join('');
  const body = [
    `<h1>Records on request: ${escapeHtml(queryText)}</h1>`,
    `<p class="muted">Exported ${escapeHtml(data.generatedAt)}. ${data.records.length} decision log entr${data.records.length === 1 ? 'y' : 'ies'}.</p>`,
    `<p class="note${data.chain.ok ? ' ok' : ''}">${chainNote(data)}</p>`,
    data.subjects.length
      ? `<h2>Subjects</h2>${table(
          ['kind', 'id', 'case number'],
          data.subjects.map((s) => [escapeHtml(s.kind), `<code>${escapeHtml(s.id)}</code>`, escapeHtml(s.caseNumber ?? '')]),
        )}`
      : '',
    data.statements.length
      ? `<h2>Statements of reasons</h2>${table(
          ['puid', 'restriction', 'category', 'ground', 'TDB status', 'TDB uuid'],
          data.statements.map((s) => [
            `<code>${escapeHtml(s.puid)}</code>`,
            escapeHtml(s.restrictionKind),
            escapeHtml(s.tdb.category),
            escapeHtml(s.tdb.decision_ground),
            escapeHtml(s.submission?.status ?? ''),
            `<code>${escapeHtml(s.submission?.uuid ?? '')}</code>`,
          ]),
        )}`
      : '',
    `<h2>Entries and their proofs</h2>`,
    ...(data.view === 'operator'
      ? data.records.map(({ entry: e, proof: p }) =>
          entryHtml(`seq ${e.seq}`, e, [
            ['entry hash', `<code>${escapeHtml(p.entryHash)}</code>`],
            ['recomputed hash matches', yes(p.hashMatches)],
            ['previous hash', `<code>${escapeHtml(p.prevHash)}</code>`],
            ['predecessor', p.predecessor ? `seq ${p.predecessor.seq}, link matches: ${yes(p.linkMatches)}` : `none (first entry), link matches: ${yes(p.linkMatches)}`],
            ['covered by anchor', p.anchor ? `seq ${p.anchor.seq} <code>${escapeHtml(p.anchor.entryHash)}</code>` : 'none given at or after this entry'],
          ]),
        )
      : data.records.map(({ entry: e, proof: p }) =>
          entryHtml(`position ${e.position} of this tenant's entries`, e, [
            ['entry hash', `<code>${escapeHtml(p.entryHash)}</code>`],
            ['recomputed hash matches (checked by the gateway)', yes(p.hashMatches)],
            ['link to the previous entry matches (checked by the gateway)', yes(p.linkMatches)],
          ]),
        )),
    `<h2>How to verify</h2><ol>${data.howToVerify.map((h) => `<li>${escapeHtml(h)}</li>`).join('')}</ol>`,
  ].join('\n');
  return page(`Records: ${queryText}`, body);
}

function chainNote(data: RecordsExport | TenantRecordsExport): string {
  if (data.view === 'tenant') {
    const c = data.chain;
    return c.ok
      ? `The whole chain verified at export; this tenant has ${c.entries} entries${c.head ? `, the newest at position ${c.head.position}, hash ${escapeHtml(c.head.entryHash)}` : ''}.`
      : `The chain does NOT verify${c.firstBroken?.position === undefined ? '' : ` at this tenant's entry at position ${c.firstBroken.position}`}: ${escapeHtml(c.firstBroken?.reason)}.`;
  }
  const c = data.chain;
  return c.ok
    ? `The whole chain verified at export: ${c.checked} entries, head ${escapeHtml(c.head ?? '')}${c.anchorsMatched === undefined ? ', no anchors given' : `, ${c.anchorsMatched} anchor(s) matched`}.`
    : `The chain does NOT verify: entry seq ${c.firstBroken?.seq}: ${escapeHtml(c.firstBroken?.reason)}.`;
}

function entryHtml(where: string, e: Omit<LogEntry, 'seq' | 'prevHash'>, proofRows: string[][]): string {
  return `<h3>${escapeHtml(where)}: ${escapeHtml(e.kind)} ${escapeHtml(e.verdict)} at ${escapeHtml(e.createdAt)}</h3>
${table(
  ['field', 'value'],
  [
    ['id', `<code>${escapeHtml(e.id)}</code>`],
    ['parent', `<code>${escapeHtml(e.parentId ?? '')}</code>`],
    ['policy', escapeHtml(`${e.policyId} ${e.policyVersion}`)],
    ['rules', escapeHtml(e.decision.rules.map((r) => r.id).join(', '))],
    ['categories', escapeHtml(e.decision.categories.map((c) => `${c.category} ${c.score.toFixed(2)}`).join(', '))],
    ['legal basis', escapeHtml(e.decision.legalBasis.map((b) => `${b.jurisdiction}: ${b.citation}`).join('; '))],
    ['inputs (hashes)', `<code>${escapeHtml(e.inputs.map((i) => `${i.role}:${i.sha256}`).join(' '))}</code>`],
    ...proofRows,
  ],
)}`;
}
