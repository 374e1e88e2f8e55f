// Notice-and-takedown: intake (portal and API), status for the notifier, actions for the operator,
// timers. Hashes only: the notifier's device computes them and no image ever reaches this code.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { isPdqHex } from '../hash/hamming.ts';
import type { HashListEntry } from '../hash/hash-list.ts';
import type { HashListStore } from '../hash/list-store.ts';
import { recordModerationEvent, type Actor, type ModerationEvent, type NoticeStatus, listModerationEvents, ModerationConflictError } from '../review/moderation-events.ts';
import { ensureTenant, DEFAULT_TENANT } from '../store/api-keys.ts';
import type { Database, Queryable } from '../store/database.ts';
import type { DecisionLog } from '../store/decision-log.ts';
import { ALLEGED_CATEGORIES, computeRegimes, NOTIFIER_ROLES, REGIMES, type AllegedCategory, type NoticeRegime, type NotifierRole } from './regimes.ts';
import { addToTakedownList, removeFromLists } from './takedown-lists.ts';
import { hitAddressLimit } from './address-limit.ts';
import { newCaseNumber } from '../review/case-numbers.ts';

export const NOTICE_LANGUAGES = ['en', 'fr', 'es', 'de'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];
export const MAX_NOTICE_HASHES = 100;

export interface NoticeHash {
  pdq: string;
  md5?: string;
  sha256?: string;
  quality?: number;
}

/** What a notifier sends (legal.md §7.2), already parsed from JSON. */
export interface NoticeInput {
  tenant?: string;
  channel?: 'web_form' | 'api';
  role: NotifierRole;
  category?: AllegedCategory;
  minor: boolean;
  subjectDeclaration: boolean;
  nonConsentStatement: string;
  goodFaith: boolean;
  signature: string;
  jurisdictions: string[];
  name?: string;
  contact?: string;
  locators?: string[];
  language?: NoticeLanguage;
  hashes: NoticeHash[];
}

export interface Notice {
  id: string;
  caseNumber: string;
  tenantId: string;
  channel: 'web_form' | 'api';
  regimes: NoticeRegime[];
  jurisdictions: string[];
  category: AllegedCategory;
  minor: boolean;
  reportingDuty: boolean;
  role: NotifierRole;
  subjectDeclaration: boolean;
  nonConsentStatement: string;
  signature: string;
  signedAt: string;
  name: string | null;
  contact: string | null;
  locators: string[];
  language: string;
  receivedAt: string;
  receiptConfirmedAt: string;
  deadlineAt: string;
  status: NoticeStatus;
  outcome: 'REMOVED' | 'NO_ACTION' | null;
  decidedAt: string | null;
  hashCount: number;
}

/** What the notifier may see with the secret: no reviewer names, no other notices. */
export interface NoticeStatusView {
  caseNumber: string;
  status: NoticeStatus;
  outcome: Notice['outcome'];
  receivedAt: string;
  receiptConfirmedAt: string;
  deadlineAt: string;
  decidedAt: string | null;
  regimes: Array<{ id: NoticeRegime; name: string; hours: number | null }>;
  hashCount: number;
  minor: boolean;
}

export interface NoticeServiceOptions {
  db: Database;
  log: DecisionLog;
  /** Where accepted hashes go (see takedown-lists.ts). */
  lists: HashListStore;
  /** The operator's target in hours (DSA "without undue delay"). */
  targetHours: number;
  /** Notices one address may file per hour (default 20). */
  intakePerHour?: number;
  webhookUrl?: string;
  fetch?: typeof fetch;
  now?: () => Date;
}

export interface NoticeActionInput {
  tenantId: string;
  caseNumber: string;
  action: 'accept' | 'reject' | 'escalate';
  reason: string;
  actor: Extract<Actor, 'reviewer' | 'operator'>;
  reviewerId?: string;
  details?: Record<string, unknown>;
}

export interface LoggedCopy {
  decisionId: string;
  createdAt: string;
  kind: string;
  verdict: string;
  match: 'sha256' | 'pdq';
}

export interface NoticeTimers {
  dueSoon: Notice[];
  overdue: Notice[];
}

export type NoticeService = ReturnType<typeof createNoticeService>;

const OPEN_STATUSES: readonly NoticeStatus[] = ['received', 'escalated'];

/**
 * The notice service over one database and decision log. Every change is a moderation event
 * (kind 'moderation' in the log); `status` and `outcome` follow from the events.
 *
 * @example
 * const notices = createNoticeService({ db, log, lists, targetHours: 24 });
 * const { caseNumber, secret } = await notices.submit(input, { address: '203.0.113.9' });
 */
export function createNoticeService(options: NoticeServiceOptions) {
  const { db, log, lists } = options;
  const now = options.now ?? (() => new Date());
  const intakePerHour = options.intakePerHour ?? 20;

  const hitIntakeLimit = (address: string) => hitAddressLimit(db, { scope: 'notice-intake', address, perHour: intakePerHour, code: 'notice_rate_limited', now: now() });

  async function event(
    notice: { id: string; tenantId: string },
    action: 'receive' | 'add_hashes' | 'accept' | 'reject' | 'escalate' | 'withdraw',
    reason: string,
    actor: Actor,
    extra: { reviewerId?: string; details?: Record<string, unknown> },
    apply: (tx: Queryable, status: NoticeStatus, previous: string[]) => Promise<void>,
  ): Promise<ModerationEvent> {
    return recordModerationEvent(
      { tenantId: notice.tenantId, subjectKind: 'notice', subjectId: notice.id, action, reason, actor, reviewerId: extra.reviewerId, details: extra.details },
      { db, log, apply: (tx, status, previous) => apply(tx, status as NoticeStatus, previous) },
    );
  }

  async function requireNotice(tenantId: string | undefined, caseNumber: string): Promise<Notice> {
    const notice = await findNotice(db, caseNumber);
    if (!notice || (tenantId !== undefined && notice.tenantId !== tenantId)) throw new NotFoundError(`No notice ${JSON.stringify(caseNumber)}.`, undefined, 'notice_not_found');
    return notice;
  }

  async function noticeBySecret(caseNumber: string, secret: string): Promise<Notice> {
    const { rows } = await db.query<{ secret_hash: string }>('SELECT secret_hash FROM notices WHERE case_number = $1', [
      String(caseNumber ?? '')
        .toUpperCase()
        .slice(0, 40),
    ]);
    // The same answer for an unknown case and a wrong secret: a case number alone reveals nothing.
    const expected = rows[0]?.secret_hash ?? '0'.repeat(64);
    const given = createHash('sha256')
      .update(String(secret ?? ''))
      .digest('hex');
    if (!rows[0] || !timingSafeEqual(Buffer.from(expected), Buffer.from(given))) throw new NotFoundError('No notice with this case number and secret.', undefined, 'notice_not_found');
    return (await findNotice(db, String(caseNumber).toUpperCase()))!;
  }

  async function insertHashes(tx: Queryable, notice: { id: string; caseNumber: string }, hashes: NoticeHash[], at: string): Promise<HashListEntry[]> {
    const entries = hashes.map((h) => ({
      id: `notice:${notice.caseNumber}:${randomBytes(6).toString('hex')}`,
      pdq: h.pdq,
      ...(h.quality === undefined ? {} : { quality: h.quality }),
      ...(h.md5 ? { md5: h.md5 } : {}),
      ...(h.sha256 ? { sha256: h.sha256 } : {}),
      addedAt: at,
    }));
    for (const e of entries) {
      await tx.query('INSERT INTO notice_hashes (notice_id, entry_id, pdq, quality, md5, sha256, added_at) VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT DO NOTHING', [
        notice.id,
        e.id,
        e.pdq,
        e.quality ?? null,
        e.md5 ?? null,
        e.sha256 ?? null,
        at,
      ]);
    }
    return entries;
  }

  async function webhook(payload: Record<string, unknown>): Promise<void> {
    if (!options.webhookUrl) return;
    const f = options.fetch ?? fetch;
    // The operator is told; a webhook that is down must not undo or delay the notice itself.
    await f(options.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload), signal: AbortSignal.timeout(5000) }).catch(() => undefined);
  }

  async function timers(tenantId?: string): Promise<NoticeTimers> {
    const open = await listNotices(db, tenantId, { open: true }, now());
    const t = now().getTime();
    return {
      overdue: open.filter((n) => Date.parse(n.deadlineAt) <= t),
      dueSoon: open.filter((n) => Date.parse(n.deadlineAt) > t && Date.parse(n.deadlineAt) - t <= 3_600_000),
    };
  }

  return {
    /** Files a notice; answers its case number and a secret shown once (only its hash is kept). */
    async submit(raw: unknown, context: { address: string }): Promise<{ notice: Notice; secret: string }> {
      const input = parseNoticeInput(raw);
      await hitIntakeLimit(context.address);
      const tenantId = input.tenant ?? DEFAULT_TENANT;
      if (tenantId === DEFAULT_TENANT) await ensureTenant(db, tenantId);
      else if (!(await db.query('SELECT 1 FROM tenants WHERE id = $1', [tenantId])).rows[0])
        throw new NotFoundError(`No service ${JSON.stringify(tenantId)} takes notices here.`, undefined, 'tenant_not_found');
      const received = now();
      const regime = computeRegimes({ jurisdictions: input.jurisdictions, category: input.category ?? 'NCII_REAL', role: input.role, minor: input.minor }, options.targetHours);
      const deadline = new Date(received.getTime() + regime.deadlineHours * 3_600_000);
      const id = randomUUID();
      const caseNumber = newCaseNumber('N');
      const secret = randomBytes(24).toString('base64url');
      const at = received.toISOString();
      let entries: HashListEntry[] = [];
      await event(
        { id, tenantId },
        'receive',
        'Notice received; receipt confirmed to the notifier.',
        'notifier',
        { details: { regimes: regime.regimes, deadlineAt: deadline.toISOString(), hashCount: input.hashes.length, minor: input.minor, channel: input.channel ?? 'api' } },
        async (tx, status) => {
          await tx.query(
            `INSERT INTO notices (id, case_number, tenant_id, secret_hash, channel, regimes, jurisdictions, alleged_category, minor, reporting_duty, notifier_role, subject_declaration,
             non_consent_statement, good_faith, signature, signed_at, notifier_name, contact, content_locators, language, received_at, receipt_confirmed_at, deadline_at, status)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24)`,
            [
              id,
              caseNumber,
              tenantId,
              createHash('sha256').update(secret).digest('hex'),
              input.channel ?? 'api',
              regime.regimes,
              input.jurisdictions,
              input.category ?? (input.minor ? 'CSAM' : 'NCII_REAL'),
              input.minor,
              regime.reportingDuty,
              input.role,
              input.subjectDeclaration,
              input.nonConsentStatement,
              input.goodFaith,
              input.signature,
              at,
              input.name ?? null,
              input.contact ?? null,
              input.locators ?? [],
              input.language ?? 'en',
              at,
              at,
              deadline.toISOString(),
              status,
            ],
          );
          entries = await insertHashes(tx, { id, caseNumber }, input.hashes, at);
        },
      );
      // A possible child's images are refused at once, before review: wrongly blocking an image
      // costs little; letting it through does not. A reviewer's rejection takes them off again.
      if (input.minor) await addToTakedownList(lists, entries, { minor: true, now: received });
      const notice = (await findNotice(db, caseNumber))!;
      await webhook({ type: 'notice.received', caseNumber, tenantId, deadlineAt: notice.deadlineAt, regimes: notice.regimes, minor: notice.minor, reportingDuty: notice.reportingDuty });
      return { notice, secret };
    },

    /** The notifier's view of their notice, given the secret. */
    async statusFor(caseNumber: string, secret: string): Promise<NoticeStatusView> {
      return statusView(await noticeBySecret(caseNumber, secret));
    },

    /** More hashes for an open or accepted notice (the notifier found more copies). */
    async addHashes(caseNumber: string, secret: string, rawHashes: unknown): Promise<NoticeStatusView> {
      const notice = await noticeBySecret(caseNumber, secret);
      // Hashes the notice already holds (the same photo chosen again) are not added twice.
      const held = new Set((await noticeEntries(db, notice.id)).map((e) => `${e.pdq}:${e.sha256 ?? ''}`));
      const hashes = parseHashes(rawHashes).filter((h) => !held.has(`${h.pdq}:${h.sha256 ?? ''}`));
      if (hashes.length === 0) return statusView(notice);
      if (notice.hashCount + hashes.length > MAX_NOTICE_HASHES)
        throw new InvalidInputError(`A notice holds at most ${MAX_NOTICE_HASHES} hashes; file another notice for more.`, undefined, 'invalid_notice');
      let entries: HashListEntry[] = [];
      const at = now().toISOString();
      await event(notice, 'add_hashes', `The notifier added ${hashes.length} hash(es).`, 'notifier', { details: { hashCount: hashes.length } }, async (tx, status) => {
        if (status === 'withdrawn' || status === 'rejected') throw new ModerationConflictError(`This notice is ${status}; file a new notice instead.`);
        entries = await insertHashes(tx, notice, hashes, at);
      });
      if (notice.status === 'accepted' || notice.minor) await addToTakedownList(lists, entries, { minor: notice.minor });
      return statusView((await findNotice(db, caseNumber))!);
    },

    /** The notifier withdraws: their hashes leave every list at once and their contact details are erased. */
    async withdraw(caseNumber: string, secret: string): Promise<NoticeStatusView> {
      const notice = await noticeBySecret(caseNumber, secret);
      const ids = await entryIds(db, notice.id);
      const removed = await removeFromLists(lists, ids);
      await event(notice, 'withdraw', 'Withdrawn by the notifier.', 'notifier', { details: { removedFromLists: removed, hashCount: ids.length } }, async (tx, status) => {
        if (notice.status === 'withdrawn') throw new ModerationConflictError('This notice is already withdrawn.');
        await tx.query('DELETE FROM notice_hashes WHERE notice_id = $1', [notice.id]);
        await tx.query('UPDATE notices SET status = $2, notifier_name = NULL, contact = NULL, decided_at = COALESCE(decided_at, $3) WHERE id = $1', [notice.id, status, now().toISOString()]);
      });
      return statusView((await findNotice(db, caseNumber))!);
    },

    /** An operator's or reviewer's decision on a notice: accept (hashes on the takedown list), reject, escalate. */
    async act(input: NoticeActionInput): Promise<{ notice: Notice; event: ModerationEvent }> {
      const notice = await requireNotice(input.tenantId, input.caseNumber);
      if (notice.status === 'withdrawn') throw new ModerationConflictError('This notice was withdrawn by the notifier.');
      const ids = await entryIds(db, notice.id);
      let listed = 0;
      if (input.action === 'accept') {
        listed = await addToTakedownList(lists, await noticeEntries(db, notice.id), { minor: notice.minor });
      } else if (input.action === 'reject' && (notice.status === 'accepted' || notice.minor)) {
        listed = -(await removeFromLists(lists, ids));
      }
      const at = now().toISOString();
      const recorded = await event(notice, input.action, input.reason, input.actor, { reviewerId: input.reviewerId, details: { ...input.details, listChange: listed } }, async (tx, status) => {
        const outcome = status === 'accepted' ? 'REMOVED' : status === 'rejected' ? 'NO_ACTION' : null;
        await tx.query('UPDATE notices SET status = $2, outcome = $3, decided_at = $4 WHERE id = $1', [notice.id, status, outcome, outcome ? at : null]);
      });
      return { notice: (await findNotice(db, input.caseNumber))!, event: recorded };
    },

    get: (tenantId: string | undefined, caseNumber: string) => requireNotice(tenantId, caseNumber),
    list: (tenantId: string | undefined, filter: ListNoticesFilter = {}) => listNotices(db, tenantId, filter, now()),
    events: async (tenantId: string, caseNumber: string) => {
      const notice = await requireNotice(tenantId, caseNumber);
      return listModerationEvents(db, notice.tenantId, 'notice', notice.id);
    },
    loggedCopies: async (tenantId: string, caseNumber: string) => loggedCopies(db, await requireNotice(tenantId, caseNumber)),
    hashes: async (tenantId: string, caseNumber: string) => noticeEntries(db, (await requireNotice(tenantId, caseNumber)).id),

    /** Open notices due within the hour, and those past their deadline. */
    timers,

    /** Tells the webhook once about each notice newly due within the hour or overdue; returns how many were sent. */
    async notifyTimers(): Promise<number> {
      if (!options.webhookUrl) return 0;
      const { dueSoon, overdue } = await timers();
      let sent = 0;
      for (const [list, column, type] of [
        [dueSoon, 'due_soon_notified_at', 'notice.due_soon'],
        [overdue, 'overdue_notified_at', 'notice.overdue'],
      ] as const) {
        for (const n of list) {
          const { rows } = await db.query(`UPDATE notices SET ${column} = $2 WHERE id = $1 AND ${column} IS NULL RETURNING id`, [n.id, now().toISOString()]);
          if (!rows[0]) continue;
          await webhook({ type, caseNumber: n.caseNumber, tenantId: n.tenantId, deadlineAt: n.deadlineAt, status: n.status, regimes: n.regimes });
          sent++;
        }
      }
      return sent;
    },
  };
}

export interface ListNoticesFilter {
  status?: NoticeStatus;
  /** Only notices still to decide (received or escalated). */
  open?: boolean;
  limit?: number;
}

interface NoticeRow {
  id: string;
  case_number: string;
  tenant_id: string;
  channel: 'web_form' | 'api';
  regimes: string[];
  jurisdictions: string[];
  alleged_category: AllegedCategory;
  minor: boolean;
  reporting_duty: boolean;
  notifier_role: NotifierRole;
  subject_declaration: boolean;
  non_consent_statement: string;
  signature: string;
  signed_at: Date | string;
  notifier_name: string | null;
  contact: string | null;
  content_locators: string[];
  language: string;
  received_at: Date | string;
  receipt_confirmed_at: Date | string;
  deadline_at: Date | string;
  status: NoticeStatus;
  outcome: Notice['outcome'];
  decided_at: Date | string | null;
  hash_count: string | number;
}

const iso = (d: Date | string) => new Date(d).toISOString();

const NOTICE_SELECT = `SELECT n.*, (SELECT count(*) FROM notice_hashes h WHERE h.notice_id = n.id) AS hash_count FROM notices n`;

function fromRow(r: NoticeRow): Notice {
  return {
    id: r.id,
    caseNumber: r.case_number,
    tenantId: r.tenant_id,
    channel: r.channel,
    regimes: r.regimes as NoticeRegime[],
    jurisdictions: r.jurisdictions,
    category: r.alleged_category,
    minor: r.minor,
    reportingDuty: r.reporting_duty,
    role: r.notifier_role,
    subjectDeclaration: r.subject_declaration,
    nonConsentStatement: r.non_consent_statement,
    signature: r.signature,
    signedAt: iso(r.signed_at),
    name: r.notifier_name,
    contact: r.contact,
    locators: r.content_locators,
    language: r.language,
    receivedAt: iso(r.received_at),
    receiptConfirmedAt: iso(r.receipt_confirmed_at),
    deadlineAt: iso(r.deadline_at),
    status: r.status,
    outcome: r.outcome,
    decidedAt: r.decided_at ? iso(r.decided_at) : null,
    hashCount: Number(r.hash_count),
  };
}

export async function findNotice(db: Queryable, caseNumber: string): Promise<Notice | undefined> {
  if (typeof caseNumber !== 'string' || caseNumber.length > 40) return undefined;
  const { rows } = await db.query<NoticeRow>(`${NOTICE_SELECT} WHERE n.case_number = $1`, [caseNumber.toUpperCase()]);
  return rows[0] && fromRow(rows[0]);
}

/** Notices by deadline, soonest first (one tenant's, or all for the operator's CLI). */
export async function listNotices(db: Queryable, tenantId: string | undefined, filter: ListNoticesFilter, _now: Date): Promise<Notice[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (tenantId !== undefined) where.push(`n.tenant_id = $${params.push(tenantId)}`);
  if (filter.status) where.push(`n.status = $${params.push(filter.status)}`);
  if (filter.open) where.push(`n.status = ANY($${params.push(OPEN_STATUSES)})`);
  const limit = Math.min(Math.max(filter.limit ?? 200, 1), 1000);
  const { rows } = await db.query<NoticeRow>(`${NOTICE_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY n.deadline_at, n.received_at LIMIT ${limit}`, params);
  return rows.map(fromRow);
}

async function entryIds(db: Queryable, noticeId: string): Promise<string[]> {
  const { rows } = await db.query<{ entry_id: string }>('SELECT entry_id FROM notice_hashes WHERE notice_id = $1', [noticeId]);
  return rows.map((r) => r.entry_id);
}

async function noticeEntries(db: Queryable, noticeId: string): Promise<HashListEntry[]> {
  const { rows } = await db.query<{ entry_id: string; pdq: string; quality: number | null; md5: string | null; sha256: string | null; added_at: Date | string }>(
    'SELECT entry_id, pdq, quality, md5, sha256, added_at FROM notice_hashes WHERE notice_id = $1 ORDER BY added_at, entry_id',
    [noticeId],
  );
  return rows.map((r) => ({
    id: r.entry_id,
    pdq: r.pdq,
    ...(r.quality === null ? {} : { quality: r.quality }),
    ...(r.md5 ? { md5: r.md5 } : {}),
    ...(r.sha256 ? { sha256: r.sha256 } : {}),
    addedAt: iso(r.added_at),
  }));
}

/**
 * Checks already in the decision log whose input had exactly one of the notice's hashes (SHA-256,
 * or the same PDQ): the "known identical copies" TAKE IT DOWN §3 asks to find. A scan of the
 * tenant's log, bounded to the 100 newest matches; near-duplicates are refused by later checks.
 */
async function loggedCopies(db: Queryable, notice: Notice): Promise<LoggedCopy[]> {
  const entries = await noticeEntries(db, notice.id);
  const sha = entries.map((e) => e.sha256).filter((s): s is string => !!s);
  const pdq = entries.map((e) => e.pdq);
  if (entries.length === 0) return [];
  const { rows } = await db.query<{ id: string; created_at: Date | string; kind: string; verdict: string; sha256: string | null; pdq: string | null }>(
    `SELECT d.id, d.created_at, d.kind, d.verdict, i->>'sha256' AS sha256, i->>'pdq' AS pdq
       FROM decision_log d, json_array_elements(d.inputs) AS i
      WHERE d.tenant_id = $1 AND d.kind <> 'moderation' AND (i->>'sha256' = ANY($2) OR i->>'pdq' = ANY($3))
      ORDER BY d.seq DESC LIMIT 100`,
    [notice.tenantId, sha, pdq],
  );
  return rows.map((r) => ({ decisionId: r.id, createdAt: iso(r.created_at), kind: r.kind, verdict: r.verdict, match: r.sha256 && sha.includes(r.sha256) ? 'sha256' : 'pdq' }));
}

function statusView(n: Notice): NoticeStatusView {
  return {
    caseNumber: n.caseNumber,
    status: n.status,
    outcome: n.outcome,
    receivedAt: n.receivedAt,
    receiptConfirmedAt: n.receiptConfirmedAt,
    deadlineAt: n.deadlineAt,
    decidedAt: n.decidedAt,
    regimes: n.regimes.map((id) => ({ id, name: REGIMES[id].name, hours: REGIMES[id].hours ?? null })),
    hashCount: n.hashCount,
    minor: n.minor,
  };
}

const bad = (message: string) => new InvalidInputError(message, undefined, 'invalid_notice');

function text(value: unknown, name: string, max: number, required: boolean): string | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) throw bad(`"${name}" is required.`);
    return undefined;
  }
  if (typeof value !== 'string') throw bad(`"${name}" must be text.`);
  const t = value.trim();
  if (required && t.length === 0) throw bad(`"${name}" is required.`);
  if (t.length > max) throw bad(`"${name}" is at most ${max} characters.`);
  return t || undefined;
}

/** Checks hashes as the browser computed them: PDQ required, MD5 and SHA-256 optional, lowercase hex. */
export function parseHashes(value: unknown): NoticeHash[] {
  if (!Array.isArray(value) || value.length === 0) throw bad('"hashes" must list at least one image\'s hashes.');
  if (value.length > MAX_NOTICE_HASHES) throw bad(`At most ${MAX_NOTICE_HASHES} hashes per notice.`);
  return value.map((h, i) => {
    const o = (h ?? {}) as Record<string, unknown>;
    const pdq = typeof o.pdq === 'string' ? o.pdq.toLowerCase() : '';
    if (!isPdqHex(pdq)) throw bad(`hashes[${i}].pdq must be 64 hex digits.`);
    const md5 = typeof o.md5 === 'string' ? o.md5.toLowerCase() : undefined;
    if (md5 !== undefined && !/^[0-9a-f]{32}$/.test(md5)) throw bad(`hashes[${i}].md5 must be 32 hex digits.`);
    const sha256 = typeof o.sha256 === 'string' ? o.sha256.toLowerCase() : undefined;
    if (sha256 !== undefined && !/^[0-9a-f]{64}$/.test(sha256)) throw bad(`hashes[${i}].sha256 must be 64 hex digits.`);
    const quality = o.quality === undefined ? undefined : Number(o.quality);
    if (quality !== undefined && !(Number.isInteger(quality) && quality >= 0 && quality <= 100)) throw bad(`hashes[${i}].quality must be an integer from 0 to 100.`);
    return { pdq, ...(md5 ? { md5 } : {}), ...(sha256 ? { sha256 } : {}), ...(quality === undefined ? {} : { quality }) };
  });
}

/** Validates a notice body (legal.md §7.2) into a `NoticeInput`; throws `invalid_notice` naming the field. */
export function parseNoticeInput(raw: unknown): NoticeInput {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw bad('A notice is a JSON object.');
  const o = raw as Record<string, unknown>;
  const role = o.role;
  if (!(NOTIFIER_ROLES as readonly unknown[]).includes(role)) throw bad(`"role" must be one of ${NOTIFIER_ROLES.join(', ')}.`);
  const category = o.category ?? undefined;
  if (category !== undefined && !(ALLEGED_CATEGORIES as readonly unknown[]).includes(category)) throw bad(`"category" must be one of ${ALLEGED_CATEGORIES.join(', ')}.`);
  if (typeof o.minor !== 'boolean') throw bad('"minor" must be true or false.');
  if (o.goodFaith !== true) throw bad('"goodFaith" must be true: the notice is made in good faith and is accurate to the best of your knowledge.');
  if (typeof o.subjectDeclaration !== 'boolean') throw bad('"subjectDeclaration" must be true or false.');
  if ((role === 'SUBJECT' || role === 'AUTHORISED_AGENT') && o.subjectDeclaration !== true) throw bad('"subjectDeclaration" must be true when you are the person depicted or act for them.');
  const jurisdictions = o.jurisdictions;
  if (!Array.isArray(jurisdictions) || jurisdictions.length === 0 || jurisdictions.length > 10 || !jurisdictions.every((j) => typeof j === 'string' && /^[A-Za-z]{2}$/.test(j))) {
    throw bad('"jurisdictions" lists 1-10 two-letter country codes (or "EU").');
  }
  const locators = o.locators ?? [];
  if (!Array.isArray(locators) || locators.length > 20 || !locators.every((l) => typeof l === 'string' && l.length > 0 && l.length <= 2000))
    throw bad('"locators" lists up to 20 URLs or content ids.');
  const language = o.language ?? 'en';
  if (!(NOTICE_LANGUAGES as readonly unknown[]).includes(language)) throw bad(`"language" must be one of ${NOTICE_LANGUAGES.join(', ')}.`);
  const channel = o.channel ?? 'api';
  if (channel !== 'web_form' && channel !== 'api') throw bad('"channel" must be web_form or api.');
  const tenant = text(o.tenant, 'tenant', 64, false);
  if (tenant !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(tenant)) throw bad('"tenant" is not a valid service id.');
  return {
    tenant,
    channel,
    role: role as NotifierRole,
    category: category as AllegedCategory | undefined,
    minor: o.minor,
    subjectDeclaration: o.subjectDeclaration,
    nonConsentStatement: text(o.nonConsentStatement, 'nonConsentStatement', 5000, true)!,
    goodFaith: true,
    signature: text(o.signature, 'signature', 200, true)!,
    jurisdictions: [...new Set(jurisdictions.map((j: string) => j.toUpperCase()))],
    name: text(o.name, 'name', 200, false),
    contact: text(o.contact, 'contact', 320, false),
    locators: locators as string[],
    language: language as NoticeLanguage,
    hashes: parseHashes(o.hashes),
  };
}
