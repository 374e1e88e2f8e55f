// The register of statements of reasons and their Transparency Database submission log (tables
// `statements` and `tdb_submissions`, migration 20261201120000_regulatory.sql).
import { InvalidInputError } from '../errors.ts';
import type { Database, Queryable } from '../store/database.ts';
import type { Restriction, RestrictionSource, SourceRange } from './restrictions.ts';
import { validateTdbStatement, type TdbErrors, type TdbStatement } from './tdb-schema.ts';
import { buildTdbStatement, type OperatorTerms } from './tdb-statement.ts';

export const SUBMISSION_STATUSES = ['pending', 'submitted', 'existing', 'rejected'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export interface RegisteredStatement {
  puid: string;
  tenantId: string;
  sourceKind: Restriction['sourceKind'];
  sourceId: string;
  decisionId: string | null;
  restrictionKind: Restriction['kind'];
  decidedAt: string;
  tdb: TdbStatement;
}

export interface Submission {
  puid: string;
  status: SubmissionStatus;
  uuid: string | null;
  attempts: number;
  httpStatus: number | null;
  lastError: string | null;
  updatedAt: string;
}

/** A statement our own validator refused: it is never registered or sent. A bug in a template or mapping. */
export interface InvalidStatement {
  puid: string;
  errors: TdbErrors;
}

export interface RegisterResult {
  /** Newly registered (and pending submission). */
  added: number;
  /** Already in the register (the stored version stands). */
  known: number;
  invalid: InvalidStatement[];
}

/**
 * Builds, validates and registers the statement of every restriction the source yields in the
 * range. A statement already registered is left as it was (its puid is never reused or changed).
 */
export async function registerStatements(db: Database, source: RestrictionSource, range: SourceRange, terms: OperatorTerms = {}): Promise<RegisterResult> {
  const result: RegisterResult = { added: 0, known: 0, invalid: [] };
  let batch: Array<{ r: Restriction; tdb: TdbStatement }> = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const added = await insertStatements(db, batch);
    result.added += added;
    result.known += batch.length - added;
    batch = [];
  };
  for await (const r of source.restrictions(range)) {
    const tdb = buildTdbStatement(r, terms);
    const errors = validateTdbStatement(tdb);
    if (Object.keys(errors).length > 0) result.invalid.push({ puid: tdb.puid, errors });
    else batch.push({ r, tdb });
    if (batch.length >= REGISTER_BATCH) await flush();
  }
  await flush();
  return result;
}

// Statements per transaction when registering: one round trip for many, memory bounded.
const REGISTER_BATCH = 200;

/** Inserts statements not yet registered (in one transaction) with a pending submission each; returns how many were new. */
async function insertStatements(db: Database, batch: ReadonlyArray<{ r: Restriction; tdb: TdbStatement }>): Promise<number> {
  return db.transaction(async (tx) => {
    const params: unknown[] = [];
    const tuples = batch.map(({ r, tdb }) => {
      const base = params.push(tdb.puid, r.tenantId, r.sourceKind, r.sourceId, r.decisionId ?? null, r.kind, r.appliedAt, JSON.stringify(tdb)) - 8;
      return `(${Array.from({ length: 8 }, (_, i) => `$${base + i + 1}`).join(',')})`;
    });
    const { rows } = await tx.query<{ puid: string }>(
      `INSERT INTO statements (puid, tenant_id, source_kind, source_id, decision_id, restriction_kind, decided_at, tdb)
       VALUES ${tuples.join(',')} ON CONFLICT DO NOTHING RETURNING puid`,
      params,
    );
    if (rows.length > 0) await tx.query("INSERT INTO tdb_submissions (puid, status) SELECT unnest($1::text[]), 'pending'", [rows.map((row) => row.puid)]);
    return rows.length;
  });
}

interface StatementRow {
  puid: string;
  tenant_id: string;
  source_kind: Restriction['sourceKind'];
  source_id: string;
  decision_id: string | null;
  restriction_kind: Restriction['kind'];
  decided_at: Date | string;
  tdb: string;
}

function fromRow(row: StatementRow): RegisteredStatement {
  return {
    puid: row.puid,
    tenantId: row.tenant_id,
    sourceKind: row.source_kind,
    sourceId: row.source_id,
    decisionId: row.decision_id,
    restrictionKind: row.restriction_kind,
    decidedAt: new Date(row.decided_at).toISOString(),
    tdb: JSON.parse(row.tdb) as TdbStatement,
  };
}

const STATEMENT_COLUMNS = 'st.puid, st.tenant_id, st.source_kind, st.source_id, st.decision_id, st.restriction_kind, st.decided_at, st.tdb::text AS tdb';

/** Up to `limit` statements still pending submission, oldest first. */
export async function pendingStatements(db: Queryable, limit: number, tenantId?: string): Promise<RegisteredStatement[]> {
  const { rows } = await db.query<StatementRow>(
    `SELECT ${STATEMENT_COLUMNS} FROM statements st JOIN tdb_submissions s USING (puid)
     WHERE s.status = 'pending' ${tenantId === undefined ? '' : 'AND st.tenant_id = $2'} ORDER BY st.decided_at, st.puid LIMIT $1`,
    tenantId === undefined ? [limit] : [limit, tenantId],
  );
  return rows.map(fromRow);
}

/** One registered statement by puid, or the statement of a decision. */
export async function findStatement(db: Queryable, key: { puid?: string; decisionId?: string }): Promise<RegisteredStatement | undefined> {
  if (key.puid === undefined && key.decisionId === undefined) throw new InvalidInputError('A puid or a decision id is needed.');
  const { rows } = await db.query<StatementRow>(`SELECT ${STATEMENT_COLUMNS} FROM statements st WHERE ${key.puid !== undefined ? 'st.puid = $1' : 'st.decision_id::text = $1'} LIMIT 1`, [
    key.puid ?? key.decisionId,
  ]);
  return rows[0] && fromRow(rows[0]);
}

export async function getSubmission(db: Queryable, puid: string): Promise<Submission | undefined> {
  const { rows } = await db.query<{ puid: string; status: SubmissionStatus; uuid: string | null; attempts: number; http_status: number | null; last_error: string | null; updated_at: Date | string }>(
    'SELECT puid, status, uuid, attempts, http_status, last_error, updated_at FROM tdb_submissions WHERE puid = $1',
    [puid],
  );
  const r = rows[0];
  return r && { puid: r.puid, status: r.status, uuid: r.uuid, attempts: Number(r.attempts), httpStatus: r.http_status, lastError: r.last_error, updatedAt: new Date(r.updated_at).toISOString() };
}

/** Counts by submission status. */
export async function submissionCounts(db: Queryable): Promise<Record<SubmissionStatus, number>> {
  const { rows } = await db.query<{ status: SubmissionStatus; n: string | number }>('SELECT status, count(*) AS n FROM tdb_submissions GROUP BY status');
  const counts = Object.fromEntries(SUBMISSION_STATUSES.map((s) => [s, 0])) as Record<SubmissionStatus, number>;
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

export interface AttemptOutcome {
  puid: string;
  status: SubmissionStatus;
  uuid?: string | null;
  httpStatus?: number | null;
  error?: string | null;
}

/** Records the outcome of one request for each statement it carried; a statement already done never goes back to pending. */
export async function recordAttempts(db: Queryable, outcomes: readonly AttemptOutcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  await db.query(
    `UPDATE tdb_submissions s SET
       status = CASE WHEN s.status IN ('submitted', 'existing') THEN s.status ELSE o.status END,
       uuid = COALESCE(o.uuid, s.uuid), attempts = s.attempts + 1, http_status = o.http_status, last_error = o.error, updated_at = now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[]) AS o(puid, status, uuid, http_status, error)
     WHERE s.puid = o.puid`,
    [
      outcomes.map((o) => o.puid),
      outcomes.map((o) => o.status),
      outcomes.map((o) => o.uuid ?? null),
      outcomes.map((o) => o.httpStatus ?? null),
      outcomes.map((o) => (o.error ? o.error.slice(0, 2000) : null)),
    ],
  );
}
