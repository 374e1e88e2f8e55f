// Restrictions, notices and appeals from the portal's tables (branch `portal`, migration
// 20261201110000_notices_review.sql: notices, appeals, decision_reviews). Read only, and only
// when those tables exist, so this module works before and after that branch is merged.
import { isKnownJurisdiction, legalBasisFor } from '../policy/legal-basis.ts';
import type { Queryable } from '../store/database.ts';
import { restrictionFromEntry, type AppealRecord, type NoticeRecord, type Restriction, type RestrictionSource, type SourceRange } from './restrictions.ts';
import { EEA_COUNTRIES } from './tdb-schema.ts';
import type { InputRecord } from '../store/decision-log.ts';
import type { Decision } from '../types.ts';

/** Whether a table exists (the portal's may not be migrated yet). */
export async function tableExists(db: Queryable, table: string): Promise<boolean> {
  const { rows } = await db.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [table]);
  return rows[0]?.present === true;
}

function rangeWhere(column: string, range: SourceRange, params: unknown[]): string {
  const where: string[] = [];
  if (range.since) where.push(`${column} >= $${params.push(range.since.toISOString())}`);
  if (range.until) where.push(`${column} < $${params.push(range.until.toISOString())}`);
  if (range.tenantId) where.push(`tenant_id = $${params.push(range.tenantId)}`);
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

interface NoticeRow {
  id: string;
  case_number: string;
  tenant_id: string;
  received_at: Date | string;
  decided_at: Date | string | null;
  outcome: 'REMOVED' | 'NO_ACTION' | null;
  alleged_category: string;
  minor: boolean;
  jurisdictions: string[] | string;
  notifier_role: string;
  language: string;
}

const iso = (d: Date | string) => new Date(d).toISOString();
const arrayOf = (v: string[] | string): string[] =>
  Array.isArray(v)
    ? v
    : v
        .replace(/^\{|\}$/g, '')
        .split(',')
        .filter(Boolean);

function noticeRecord(r: NoticeRow): NoticeRecord {
  return {
    id: r.id,
    caseNumber: r.case_number,
    tenantId: r.tenant_id,
    receivedAt: iso(r.received_at),
    decidedAt: r.decided_at ? iso(r.decided_at) : null,
    outcome: r.outcome,
    allegedCategory: r.alleged_category,
    minor: r.minor,
    jurisdictions: arrayOf(r.jurisdictions),
    trustedFlagger: r.notifier_role === 'TRUSTED_FLAGGER',
    authority: r.notifier_role === 'AUTHORITY',
  };
}

/** The takedown a notice accepted with outcome REMOVED imposes. */
export function restrictionFromNotice(n: NoticeRecord & { language?: string }): Restriction {
  const minor = n.minor || n.allegedCategory === 'CSAM';
  const legalClass = minor ? 'C2_MINOR_SEXUAL' : 'C1_REAL_ADULT_SEXUAL';
  const member = n.jurisdictions.find((j) => (EEA_COUNTRIES as readonly string[]).includes(j) && isKnownJurisdiction(j));
  const jurisdiction = member ?? (n.jurisdictions.includes('EU') || n.jurisdictions.length === 0 ? 'EU' : (n.jurisdictions.find(isKnownJurisdiction) ?? 'EU'));
  return {
    kind: 'takedown',
    sourceKind: 'notice',
    sourceId: n.id,
    tenantId: n.tenantId,
    contentAt: n.receivedAt,
    appliedAt: n.decidedAt ?? n.receivedAt,
    sourceType: n.trustedFlagger ? 'trusted_flagger' : n.authority ? 'other_notification' : 'article_16',
    caseNumber: n.caseNumber,
    categories: minor ? ['minor', 'sexual', 'known_image'] : ['real_person', 'sexual', 'known_image'],
    legalClasses: [legalClass],
    legalBasis: legalBasisFor(jurisdiction, legalClass),
    jurisdiction,
    rules: [],
    checkUnavailable: false,
    knownImage: true,
    // A reviewer decides every notice in the console; the notifier's hashes are matched automatically afterwards.
    automatedDetection: false,
    automatedDecision: 'not_automated',
    ...(n.language ? { language: n.language } : {}),
  };
}

/**
 * The portal's records as a source: takedowns of notices decided REMOVED, decisions held for review
 * that a reviewer upheld (partly automated restrictions), notices and appeals.
 */
export function portalSource(db: Queryable): RestrictionSource {
  return {
    name: 'portal',
    async *restrictions(range) {
      if (await tableExists(db, 'notices')) {
        const params: unknown[] = [];
        const where = rangeWhere('decided_at', range, params);
        const { rows } = await db.query<NoticeRow>(`SELECT * FROM notices ${where ? `${where} AND` : 'WHERE'} outcome = 'REMOVED' ORDER BY decided_at, id`, params);
        for (const row of rows) yield restrictionFromNotice({ ...noticeRecord(row), language: row.language });
      }
      if (await tableExists(db, 'decision_reviews')) {
        const params: unknown[] = [];
        const where = rangeWhere('r.updated_at', { since: range.since, until: range.until }, params);
        const tenant = range.tenantId ? `${where ? 'AND' : 'WHERE'} r.tenant_id = $${params.push(range.tenantId)}` : '';
        const { rows } = await db.query<{ id: string; tenant_id: string; created_at: Date | string; kind: string; decision: string; inputs: string; updated_at: Date | string }>(
          `SELECT l.id, l.tenant_id, l.created_at, l.kind, l.decision::text AS decision, l.inputs::text AS inputs, r.updated_at
           FROM decision_reviews r JOIN decision_log l ON l.id = r.decision_id ${where} ${tenant} ${where || tenant ? 'AND' : 'WHERE'} r.status = 'upheld' ORDER BY r.updated_at, l.id`,
          params,
        );
        for (const row of rows) {
          const decision = JSON.parse(row.decision) as Decision;
          const restriction = restrictionFromEntry({
            id: row.id,
            tenantId: row.tenant_id,
            createdAt: iso(row.created_at),
            kind: row.kind as 'image',
            verdict: 'block',
            decision,
            inputs: JSON.parse(row.inputs) as InputRecord[],
          });
          if (restriction && restriction.kind !== 'refusal') yield { ...restriction, appliedAt: iso(row.updated_at), automatedDecision: 'partially' };
        }
      }
    },
    async *notices(range) {
      if (!(await tableExists(db, 'notices'))) return;
      const params: unknown[] = [];
      const { rows } = await db.query<NoticeRow>(`SELECT * FROM notices ${rangeWhere('received_at', range, params)} ORDER BY received_at, id`, params);
      for (const row of rows) yield noticeRecord(row);
    },
    async *appeals(range) {
      if (!(await tableExists(db, 'appeals'))) return;
      const params: unknown[] = [];
      const { rows } = await db.query<{
        id: string;
        case_number: string;
        tenant_id: string;
        decision_id: string;
        created_at: Date | string;
        decided_at: Date | string | null;
        status: AppealRecord['status'];
      }>(`SELECT id, case_number, tenant_id, decision_id, created_at, decided_at, status FROM appeals ${rangeWhere('created_at', range, params)} ORDER BY created_at, id`, params);
      for (const r of rows) {
        yield {
          id: r.id,
          caseNumber: r.case_number,
          tenantId: r.tenant_id,
          decisionId: r.decision_id,
          createdAt: iso(r.created_at),
          decidedAt: r.decided_at ? iso(r.decided_at) : null,
          status: r.status,
        };
      }
    },
  };
}
