// Moderation events, as Ozone keeps them: append-only, the source of truth for the status of a
// decision under review, a notice or an appeal. Each event is first appended to the hash-chained
// decision log (kind 'moderation'), then stored with the subject's new status in one transaction.
import { randomUUID } from 'node:crypto';
import { ConsentryError, InvalidInputError } from '../errors.ts';
import type { Database, Queryable } from '../store/database.ts';
import type { DecisionLog } from '../store/decision-log.ts';
import type { Decision, Verdict } from '../types.ts';

export const SUBJECT_KINDS = ['decision', 'notice', 'appeal'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const MODERATION_ACTIONS = ['receive', 'add_hashes', 'accept', 'reject', 'withdraw', 'uphold', 'overturn', 'escalate', 'reveal_image', 'appeal', 'release'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

export const ACTORS = ['reviewer', 'operator', 'notifier', 'end_user', 'system'] as const;
export type Actor = (typeof ACTORS)[number];

/** What each kind of subject accepts. */
const ALLOWED: Record<SubjectKind, readonly ModerationAction[]> = {
  decision: ['uphold', 'overturn', 'escalate', 'reveal_image', 'release'],
  notice: ['receive', 'add_hashes', 'accept', 'reject', 'escalate', 'withdraw'],
  appeal: ['appeal', 'uphold', 'overturn', 'escalate'],
};

export const DECISION_REVIEW_STATUSES = ['open', 'escalated', 'upheld', 'overturned'] as const;
export type ReviewStatus = (typeof DECISION_REVIEW_STATUSES)[number];
export const NOTICE_STATUSES = ['received', 'escalated', 'accepted', 'rejected', 'withdrawn'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export interface NewModerationEvent {
  tenantId: string;
  subjectKind: SubjectKind;
  subjectId: string;
  action: ModerationAction;
  reason: string;
  actor: Actor;
  reviewerId?: string;
  /** Facts about the event (hash counts, list names, key id); never an image or a secret. */
  details?: Record<string, unknown>;
}

/**
 * A stored event as its tenant reads it. The table's `seq` orders events but is shared by every
 * tenant, so it is not part of the event: two of them a day apart would count other tenants' events.
 */
export interface ModerationEvent extends Required<Omit<NewModerationEvent, 'reviewerId'>> {
  id: string;
  reviewerId: string | null;
  logId: string;
  createdAt: string;
}

/** An action that the subject's current status does not allow (a withdrawn notice, a closed item). */
export class ModerationConflictError extends ConsentryError {
  constructor(message: string) {
    super('moderation_conflict', message);
  }
}

export const MAX_REASON_LENGTH = 2000;

/**
 * The status a subject has after its events, in order. Pure: the same events give the same
 * status, whoever replays them.
 */
export function deriveStatus(kind: 'notice', actions: readonly ModerationAction[]): NoticeStatus;
export function deriveStatus(kind: 'decision' | 'appeal', actions: readonly ModerationAction[]): ReviewStatus;
export function deriveStatus(kind: SubjectKind, actions: readonly ModerationAction[]): NoticeStatus | ReviewStatus;
export function deriveStatus(kind: SubjectKind, actions: readonly ModerationAction[]): NoticeStatus | ReviewStatus {
  if (kind === 'notice') {
    let status: NoticeStatus = 'received';
    for (const action of actions) {
      if (status === 'withdrawn') break;
      if (action === 'accept') status = 'accepted';
      else if (action === 'reject') status = 'rejected';
      else if (action === 'escalate') status = 'escalated';
      else if (action === 'withdraw') status = 'withdrawn';
    }
    return status;
  }
  let status: ReviewStatus = 'open';
  for (const action of actions) {
    if (action === 'uphold') status = 'upheld';
    else if (action === 'overturn') status = 'overturned';
    else if (action === 'escalate') status = 'escalated';
  }
  return status;
}

/** The verdict a moderation entry carries in the decision log: what is in force after the event. */
function verdictAfter(event: NewModerationEvent): Verdict {
  switch (event.action) {
    case 'accept':
    case 'uphold':
      return 'block';
    case 'reject':
    case 'overturn':
    case 'withdraw':
      return 'allow';
    default:
      return 'review';
  }
}

/**
 * Checks an event before anything is written: the action fits the subject kind, a reason is given.
 * Throws `InvalidInputError` (`invalid_moderation_event`).
 */
export function checkEvent(event: NewModerationEvent): void {
  if (!(SUBJECT_KINDS as readonly string[]).includes(event.subjectKind))
    throw new InvalidInputError(`Unknown subject kind ${JSON.stringify(event.subjectKind)}.`, undefined, 'invalid_moderation_event');
  if (!ALLOWED[event.subjectKind].includes(event.action)) {
    throw new InvalidInputError(`A ${event.subjectKind} takes the actions ${ALLOWED[event.subjectKind].join(', ')}; not ${JSON.stringify(event.action)}.`, undefined, 'invalid_moderation_event');
  }
  const reason = typeof event.reason === 'string' ? event.reason.trim() : '';
  if (reason.length === 0) throw new InvalidInputError('Every moderation action needs a reason.', undefined, 'invalid_moderation_event');
  if (reason.length > MAX_REASON_LENGTH) throw new InvalidInputError(`A reason is at most ${MAX_REASON_LENGTH} characters.`, undefined, 'invalid_moderation_event');
  if (event.actor === 'reviewer' && !event.reviewerId) throw new InvalidInputError('A reviewer event names its reviewer.', undefined, 'invalid_moderation_event');
}

export interface RecordEventOptions {
  db: Database;
  log: DecisionLog;
  /**
   * Runs in the event's transaction with the subject's events so far (this one last) and the
   * status derived from them: updates the subject's row, and may refuse (throw) to roll back.
   */
  apply(tx: Queryable, status: NoticeStatus | ReviewStatus, previous: ModerationAction[]): Promise<void>;
}

/**
 * Appends one event: to the decision log first (so no event exists outside the chain), then to
 * `moderation_events` with the subject's status derived from all its events, in one transaction.
 * If the transaction fails, the log keeps an entry for an event that did not take effect; its
 * `moderation.eventId` is then absent from `moderation_events`, which the log reader can tell.
 */
export async function recordModerationEvent(event: NewModerationEvent, options: RecordEventOptions): Promise<ModerationEvent> {
  checkEvent(event);
  const id = randomUUID();
  const reason = event.reason.trim();
  const details = event.details ?? {};
  const entry = await options.log.append({
    tenantId: event.tenantId,
    kind: 'moderation',
    decision: moderationDecision({ ...event, reason, details }, id),
    signals: [],
    inputs: [],
    parentId: event.subjectId,
  });
  return options.db.transaction(async (tx) => {
    // Events of one subject are serialised so the status is derived from a complete history.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`moderation:${event.subjectKind}:${event.subjectId}`]);
    const { rows: before } = await tx.query<{ action: ModerationAction }>('SELECT action FROM moderation_events WHERE subject_kind = $1 AND subject_id = $2 ORDER BY seq', [
      event.subjectKind,
      event.subjectId,
    ]);
    const previous = before.map((r) => r.action);
    const status = deriveStatus(event.subjectKind, [...previous, event.action]);
    await options.apply(tx, status, previous);
    await tx.query(
      `INSERT INTO moderation_events (id, tenant_id, subject_kind, subject_id, action, reason, actor, reviewer_id, details, log_id, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
      [id, event.tenantId, event.subjectKind, event.subjectId, event.action, reason, event.actor, event.reviewerId ?? null, JSON.stringify(details), entry.id, entry.createdAt],
    );
    return {
      id,
      tenantId: event.tenantId,
      subjectKind: event.subjectKind,
      subjectId: event.subjectId,
      action: event.action,
      reason,
      actor: event.actor,
      reviewerId: event.reviewerId ?? null,
      details,
      logId: entry.id,
      createdAt: entry.createdAt,
    };
  });
}

/** The decision-shaped record of a moderation event in the log (kind 'moderation'). */
function moderationDecision(event: NewModerationEvent & { reason: string; details: Record<string, unknown> }, eventId: string): Decision & { moderation: Record<string, unknown> } {
  return {
    verdict: verdictAfter(event),
    categories: [],
    rules: [],
    reasons: [event.reason],
    legalBasis: [],
    policy: { id: 'moderation', version: '1' },
    jurisdiction: 'INTL',
    unavailable: [],
    moderation: {
      eventId,
      subjectKind: event.subjectKind,
      subjectId: event.subjectId,
      action: event.action,
      actor: event.actor,
      reviewerId: event.reviewerId ?? null,
      details: event.details,
    },
  };
}

interface EventRow {
  seq: string | number;
  id: string;
  tenant_id: string;
  subject_kind: SubjectKind;
  subject_id: string;
  action: ModerationAction;
  reason: string;
  actor: Actor;
  reviewer_id: string | null;
  details: Record<string, unknown> | string;
  log_id: string;
  created_at: Date | string;
}

/** A subject's events, oldest first (within the tenant). */
export async function listModerationEvents(db: Queryable, tenantId: string, subjectKind: SubjectKind, subjectId: string): Promise<ModerationEvent[]> {
  const { rows } = await db.query<EventRow>('SELECT * FROM moderation_events WHERE tenant_id = $1 AND subject_kind = $2 AND subject_id = $3 ORDER BY seq', [tenantId, subjectKind, subjectId]);
  return rows.map((r) => ({
    id: r.id,
    tenantId: r.tenant_id,
    subjectKind: r.subject_kind,
    subjectId: r.subject_id,
    action: r.action,
    reason: r.reason,
    actor: r.actor,
    reviewerId: r.reviewer_id,
    details: typeof r.details === 'string' ? (JSON.parse(r.details) as Record<string, unknown>) : r.details,
    logId: r.log_id,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}
