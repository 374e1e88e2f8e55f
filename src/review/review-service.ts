// What the console works on: decisions with verdict `review`, appeals against decisions (DSA Art
// 20), and their actions. Every action is a moderation event; statuses follow from events.
import { randomBytes, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { ConsentryError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.ts';
import type { Database, Queryable } from '../store/database.ts';
import { isUuid, sha256Hex, type DecisionLog, type LogEntry } from '../store/decision-log.ts';
import { newCaseNumber } from './case-numbers.ts';
import { readEvidence } from '../store/evidence-store.ts';
import { addHashListEntries } from '../hash/list-db.ts';
import type { Decision, Signal } from '../types.ts';
import { claimRelease, prepareRelease, releaseRefusal, releaseRefusalOf, ReleaseRefusedError, type ReleaseOutcome } from './output-release.ts';
import { listOptions, REVIEW_LISTS, reviewListEntries, type ListOptions, type ReviewListKind } from './review-lists.ts';
import { recordModerationEvent, listModerationEvents, ModerationConflictError, type ModerationEvent, type ReviewStatus } from './moderation-events.ts';
import type { ReviewSession } from './reviewers.ts';

export const REVIEW_ACTIONS = ['uphold', 'overturn', 'escalate'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** DSA Art 20(1): complaints can be lodged for at least six months after the decision. */
export const APPEAL_WINDOW_DAYS = 183;

export interface ReviewItem {
  kind: 'decision' | 'appeal';
  /** The decision's id, or the appeal's. */
  id: string;
  caseNumber?: string;
  decisionId: string;
  createdAt: string;
  status: ReviewStatus;
  logKind: string;
  verdict: Decision['verdict'];
  reasons: string[];
  rules: Decision['rules'];
  legalBasis: Decision['legalBasis'];
  categories: Array<{ category: string; score: number }>;
  signals: Array<Pick<Signal, 'detector' | 'category' | 'score' | 'reason'>>;
  /** The parts of the prompt the detectors matched; only when the operator keeps evidence. */
  promptEvidence: string[] | null;
  /** Images that may be shown blurred: kept as evidence, and the decision raises no possible minor. */
  images: Array<{ index: number; role: string }>;
  /** Why no image is shown, when none is; and the same as a code for the console's languages. */
  imageNote: string;
  imageNoteCode: 'evidence_off' | 'possible_minor' | 'none_kept' | null;
  statement?: string;
  /** What an uphold or overturn of this decision may add to the tenant's block or allow list. */
  lists: ListOptions;
  /** For an output check: whether an overturn could release its bytes, and why not. */
  release: { possible: boolean; code: 'possible' | 'possible_minor' | 'floor' | 'evidence_off' | 'no_webhook'; note: string } | null;
  events: ModerationEvent[];
}

/** The answer to an action: the item after it, what went on a list, what became of an output's bytes. */
export interface ActionResult extends ReviewItem {
  listed?: { list: string; kind: ReviewListKind; entryIds: string[]; added: number };
  /** Set when an output check is overturned; the link itself goes to the operator's webhook only. */
  released?: Exclude<ReleaseOutcome, { status: 'available' }> | { status: 'available'; expiresAt: string; images: number } | { status: 'not_sent'; reason: string };
}

export interface ActOptions {
  /** Add the decision's image hashes to the tenant's block list (with uphold) or allow list (with overturn). */
  list?: ReviewListKind;
}

export interface ReviewServiceOptions {
  db: Database;
  log: DecisionLog;
  /** Set when the operator keeps evidence (`CONSENTRY_EVIDENCE_KEY`): prompts' matched spans and blurred images are shown. */
  evidenceKey?: string;
  /** Told (POST, JSON) when a decision is overturned, so a held output can be released. */
  webhookUrl?: string;
  fetch?: typeof fetch;
  now?: () => Date;
}

/** An image this session has already shown; the reviewer has to ask to see it again. */
export class ImageSeenError extends ConsentryError {
  constructor() {
    super('image_seen', 'You have already seen this image in this session. Ask to see it again if you need to.');
  }
}

export type ReviewService = ReturnType<typeof createReviewService>;

const MINOR = 'minor';

export function createReviewService(options: ReviewServiceOptions) {
  const { db, log } = options;
  const now = options.now ?? (() => new Date());

  async function decisionEntry(tenantId: string, id: string): Promise<LogEntry> {
    const entry = isUuid(id) ? await log.get(id, tenantId) : undefined;
    if (!entry || entry.kind === 'moderation') throw new NotFoundError(`No decision ${JSON.stringify(id)}.`, undefined, 'decision_not_found');
    return entry;
  }

  async function item(tenantId: string, entry: LogEntry, appeal?: AppealRow): Promise<ReviewItem> {
    const d = entry.decision;
    const minor = d.categories.some((c) => c.category === MINOR) || entry.signals.some((s) => s.category === MINOR);
    let images: ReviewItem['images'] = [];
    let imageNote = '';
    let imageNoteCode: ReviewItem['imageNoteCode'] = null;
    if (!options.evidenceKey) [imageNote, imageNoteCode] = ['Images are not kept (evidence keeping is off).', 'evidence_off'];
    else if (minor) [imageNote, imageNoteCode] = ['Not shown: the decision raises a possible minor.', 'possible_minor'];
    else {
      const { rows } = await db.query<{ role: string }>('SELECT role FROM evidence WHERE decision_id = $1 AND tenant_id = $2 ORDER BY created_at', [entry.id, tenantId]);
      images = rows.map((r, index) => ({ index, role: r.role }));
      if (images.length === 0) [imageNote, imageNoteCode] = ['No image was kept for this decision.', 'none_kept'];
    }
    const spans = d.categories
      .flatMap((c) => c.evidence)
      .filter((e) => e.kind === 'text')
      .map((e) => (e as { text: string }).text);
    const subjectKind = appeal ? 'appeal' : 'decision';
    const subjectId = appeal ? appeal.id : entry.id;
    const refusal = entry.kind === 'output' ? releaseRefusalOf(entry) : undefined;
    const release: ReviewItem['release'] =
      entry.kind !== 'output'
        ? null
        : refusal
          ? { possible: false, code: refusal.code, note: refusal.message }
          : !options.evidenceKey
            ? { possible: false, code: 'evidence_off', note: 'Evidence keeping is off: the output was not kept and cannot be released.' }
            : !options.webhookUrl
              ? { possible: false, code: 'no_webhook', note: 'No webhook is configured (CONSENTRY_NOTICE_WEBHOOK_URL) to release the output to.' }
              : { possible: true, code: 'possible', note: 'Overturning releases the kept output to the operator (a one-time link by webhook).' };
    const status = appeal ? appeal.status : ((await db.query<{ status: ReviewStatus }>('SELECT status FROM decision_reviews WHERE decision_id = $1', [entry.id])).rows[0]?.status ?? 'open');
    return {
      kind: subjectKind,
      id: subjectId,
      ...(appeal ? { caseNumber: appeal.case_number, statement: appeal.statement } : {}),
      decisionId: entry.id,
      createdAt: appeal ? new Date(appeal.created_at).toISOString() : entry.createdAt,
      status,
      logKind: entry.kind,
      verdict: entry.verdict,
      reasons: d.reasons,
      rules: d.rules,
      legalBasis: d.legalBasis,
      categories: d.categories.map((c) => ({ category: c.category, score: c.score })),
      signals: entry.signals.map((s) => ({ detector: s.detector, category: s.category, score: s.score, reason: s.reason })),
      promptEvidence: options.evidenceKey ? [...new Set(spans)] : null,
      images,
      imageNote,
      imageNoteCode,
      lists: appeal ? { images: 0, block: false, allow: false, allowNote: 'Hash lists are changed from the review queue, not from an appeal.', allowCode: 'appeal' } : listOptions(entry),
      release,
      events: await listModerationEvents(db, tenantId, subjectKind, subjectId),
    };
  }

  async function webhook(payload: Record<string, unknown>): Promise<void> {
    if (!options.webhookUrl) return;
    await (options.fetch ?? fetch)(options.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload), signal: AbortSignal.timeout(5000) }).catch(
      () => undefined,
    );
  }

  return {
    /** Decisions with verdict `review` not yet upheld or overturned, oldest first. */
    async decisionQueue(tenantId: string, limit = 50): Promise<ReviewItem[]> {
      const { rows } = await db.query<{ id: string }>(
        `SELECT d.id FROM decision_log d LEFT JOIN decision_reviews r ON r.decision_id = d.id
          WHERE d.tenant_id = $1 AND d.verdict = 'review' AND d.kind <> 'moderation' AND (r.status IS NULL OR r.status IN ('open', 'escalated'))
          ORDER BY d.seq LIMIT $2`,
        [tenantId, Math.min(Math.max(limit, 1), 200)],
      );
      return Promise.all(rows.map(async (r) => item(tenantId, await decisionEntry(tenantId, r.id))));
    },

    /** Appeals still to decide, oldest first. */
    async appealQueue(tenantId: string, limit = 50): Promise<ReviewItem[]> {
      const { rows } = await db.query<AppealRow>(`SELECT * FROM appeals WHERE tenant_id = $1 AND status IN ('open', 'escalated') ORDER BY created_at LIMIT $2`, [
        tenantId,
        Math.min(Math.max(limit, 1), 200),
      ]);
      return Promise.all(rows.map(async (a) => item(tenantId, await decisionEntry(tenantId, a.decision_id), a)));
    },

    async decisionItem(tenantId: string, decisionId: string): Promise<ReviewItem> {
      return item(tenantId, await decisionEntry(tenantId, decisionId));
    },

    /**
     * Uphold, overturn or escalate a decision or an appeal, with a reason: one moderation event. With
     * `list`, an upheld review's image hashes go on the tenant's block list, or an overturned one's
     * on its allow list, in the event's transaction. Overturning an output check releases its kept
     * bytes to the operator (a one-time link by webhook) unless a possible minor or a floor was involved.
     */
    async act(session: ReviewSession, subject: { kind: 'decision' | 'appeal'; id: string }, action: ReviewAction, reason: string, actOptions: ActOptions = {}): Promise<ActionResult> {
      if (!(REVIEW_ACTIONS as readonly string[]).includes(action)) throw new InvalidInputError(`The action is one of ${REVIEW_ACTIONS.join(', ')}.`, undefined, 'invalid_moderation_event');
      const tenantId = session.reviewer.tenantId;
      let entry: LogEntry;
      let appeal: AppealRow | undefined;
      if (subject.kind === 'appeal') {
        appeal = await requireAppeal(db, tenantId, subject.id);
        entry = await decisionEntry(tenantId, appeal.decision_id);
      } else {
        entry = await decisionEntry(tenantId, subject.id);
        if (entry.verdict !== 'review') throw new ModerationConflictError('Only decisions with verdict "review" are reviewed here; contest others through an appeal.');
      }
      const previousStatus = appeal?.status ?? (await db.query<{ status: ReviewStatus }>('SELECT status FROM decision_reviews WHERE decision_id = $1', [entry.id])).rows[0]?.status ?? 'open';
      // An escalated item is decided by an admin.
      if (previousStatus === 'escalated' && action !== 'escalate' && session.reviewer.role !== 'admin') throw new ForbiddenError('An escalated item is decided by an admin.');
      const when = now();
      const at = when.toISOString();
      let listed: ActionResult['listed'];
      let entries: ReturnType<typeof reviewListEntries> = [];
      if (actOptions.list !== undefined) {
        if (subject.kind !== 'decision') throw new InvalidInputError('Hash lists are changed from the review queue, not from an appeal.', undefined, 'invalid_moderation_event');
        entries = reviewListEntries(entry, action, actOptions.list, when);
        listed = { list: REVIEW_LISTS[actOptions.list].name, kind: actOptions.list, entryIds: entries.map((e) => e.id), added: 0 };
      }
      let released: ReleaseOutcome | { status: 'not_sent'; reason: string } | undefined;
      const event = await recordModerationEvent(
        {
          tenantId,
          subjectKind: subject.kind,
          subjectId: subject.kind === 'appeal' ? appeal!.id : entry.id,
          action,
          reason,
          actor: 'reviewer',
          reviewerId: session.reviewer.id,
          details: {
            decisionId: entry.id,
            verdict: entry.verdict,
            ...(listed ? { list: { name: listed.list, kind: listed.kind, entries: entries.map((e) => ({ id: e.id, sha256: e.sha256, pdq: e.pdq })) } } : {}),
          },
        },
        {
          db,
          log,
          async apply(tx, status) {
            if (previousStatus === 'upheld' || previousStatus === 'overturned') throw new ModerationConflictError(`This ${subject.kind} is already ${previousStatus}.`);
            if (listed) {
              const target = REVIEW_LISTS[listed.kind];
              listed.added = await addHashListEntries(tx, { name: target.name, tenantId, purpose: target.purpose, source: target.source, entries, now: when });
            }
            if (action === 'overturn' && entry.kind === 'output') {
              released =
                options.webhookUrl || releaseRefusal(entry)
                  ? await prepareRelease(tx, entry, { tenantId, evidenceKept: options.evidenceKey !== undefined, now: when })
                  : { status: 'not_sent', reason: 'No webhook is configured (CONSENTRY_NOTICE_WEBHOOK_URL), so the output is not released.' };
            }
            if (subject.kind === 'appeal') {
              await tx.query('UPDATE appeals SET status = $2, decided_at = $3 WHERE id = $1', [appeal!.id, status, status === 'upheld' || status === 'overturned' ? at : null]);
            } else {
              await tx.query('INSERT INTO decision_reviews (decision_id, tenant_id, status, updated_at) VALUES ($1,$2,$3,$4) ON CONFLICT (decision_id) DO UPDATE SET status = $3, updated_at = $4', [
                entry.id,
                tenantId,
                status,
                at,
              ]);
            }
          },
        },
      );
      const outcome = released as ReleaseOutcome | { status: 'not_sent'; reason: string } | undefined;
      if (action === 'overturn') {
        const release = outcome?.status === 'available' ? { status: 'available', url: outcome.url, expiresAt: outcome.expiresAt, images: outcome.images } : outcome;
        await webhook({
          type: `${subject.kind}.overturned`,
          tenantId,
          decisionId: entry.id,
          eventId: event.id,
          ...(appeal ? { appeal: appeal.case_number } : {}),
          reason,
          ...(release ? { release } : {}),
        });
      }
      const after = subject.kind === 'appeal' ? await item(tenantId, entry, await requireAppeal(db, tenantId, appeal!.id)) : await item(tenantId, entry);
      return {
        ...after,
        ...(listed ? { listed } : {}),
        ...(outcome ? { released: outcome.status === 'available' ? { status: 'available', expiresAt: outcome.expiresAt, images: outcome.images } : outcome } : {}),
      };
    },

    /**
     * A new one-time link for an overturned output (the webhook's was lost or expired); earlier
     * unused links of the decision stop working. Refused as the overturn's own release would be.
     */
    async reissueRelease(tenantId: string, decisionId: string): Promise<{ url: string; token: string; expiresAt: string; images: number }> {
      const entry = await decisionEntry(tenantId, decisionId);
      if (entry.kind !== 'output') throw new ModerationConflictError('Only the output of an output check can be released.');
      const { rows } = await db.query(
        "SELECT 1 FROM decision_reviews WHERE decision_id = $1 AND status = 'overturned' UNION ALL SELECT 1 FROM appeals WHERE decision_id = $1 AND status = 'overturned'",
        [entry.id],
      );
      if (rows.length === 0) throw new ModerationConflictError('This decision has not been overturned by a reviewer.');
      const refusal = releaseRefusal(entry);
      if (refusal) throw new ReleaseRefusedError(refusal);
      const outcome = await db.transaction(async (tx) => {
        await tx.query('UPDATE output_releases SET expires_at = $2 WHERE decision_id = $1 AND fetched_at IS NULL AND expires_at > $2', [entry.id, now().toISOString()]);
        return prepareRelease(tx, entry, { tenantId, evidenceKept: options.evidenceKey !== undefined, now: now() });
      });
      if (outcome.status !== 'available') throw new NotFoundError(outcome.reason, undefined, 'release_not_found');
      return { url: outcome.url, token: outcome.token, expiresAt: outcome.expiresAt, images: outcome.images };
    },

    /**
     * The operator fetches an overturned output once, with the link from the webhook and an API key
     * of the tenant: the kept images, decrypted, and a `release` moderation event in the log.
     */
    async release(tenantId: string, token: string): Promise<{ decisionId: string; images: Array<{ sha256: string; format: string | null; data: string }> }> {
      if (!options.evidenceKey) throw new NotFoundError('Evidence keeping is off: nothing can be released.', undefined, 'release_not_found');
      const decisionId = await claimRelease(db, token, tenantId, now());
      const entry = await decisionEntry(tenantId, decisionId);
      const refusal = releaseRefusal(entry);
      if (refusal) throw new ReleaseRefusedError(refusal);
      const outputs = (await readEvidence(db, decisionId, tenantId, options.evidenceKey)).filter((e) => e.role === 'output');
      if (outputs.length === 0) throw new NotFoundError('The kept output is gone.', undefined, 'release_not_found');
      await recordModerationEvent(
        {
          tenantId,
          subjectKind: 'decision',
          subjectId: decisionId,
          action: 'release',
          reason: 'The operator fetched the overturned output.',
          actor: 'operator',
          details: { images: outputs.map((o) => o.sha256) },
        },
        { db, log, apply: async () => {} },
      );
      const formats = new Map(entry.inputs.filter((r) => r.role === 'output').map((r) => [r.sha256, r.format ?? null]));
      return { decisionId, images: outputs.map((o) => ({ sha256: o.sha256, format: formats.get(o.sha256) ?? null, data: o.bytes.toString('base64') })) };
    },

    /**
     * One evidence image of a decision, blurred, as JPEG bytes; or unblurred when `reveal` is set,
     * which is itself a logged moderation event. Refused for a possible minor and when evidence
     * keeping is off; refused (`image_seen`) when this session has shown it, unless `again`.
     */
    async image(session: ReviewSession, decisionId: string, index: number, options2: { reveal?: boolean; again?: boolean; reason?: string } = {}): Promise<Buffer> {
      const tenantId = session.reviewer.tenantId;
      const view = await item(tenantId, await decisionEntry(tenantId, decisionId));
      if (!options.evidenceKey || view.images.length === 0) throw new NotFoundError(view.imageNote || 'No image.', undefined, 'image_not_available');
      const images = await readEvidence(db, decisionId, tenantId, options.evidenceKey);
      const image = images[index];
      if (!image) throw new NotFoundError('No such image.', undefined, 'image_not_available');
      if (options2.reveal) {
        await recordModerationEvent(
          {
            tenantId,
            subjectKind: 'decision',
            subjectId: decisionId,
            action: 'reveal_image',
            reason: options2.reason?.trim() || 'Reviewer asked to see the image unblurred.',
            actor: 'reviewer',
            reviewerId: session.reviewer.id,
            details: { index, sha256: image.sha256 },
          },
          { db, log, apply: async () => {} },
        );
        // Asking to see it unblurred is asking to see it: it counts as seen in this session.
        await db.query('INSERT INTO review_session_views (token_hash, image_sha256) VALUES ($1, $2) ON CONFLICT DO NOTHING', [session.tokenHash, image.sha256]);
        return sharp(image.bytes, { limitInputPixels: 40_000_000 }).rotate().resize(768, 768, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 80 }).toBuffer();
      }
      const { rows } = await db.query('INSERT INTO review_session_views (token_hash, image_sha256) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING image_sha256', [session.tokenHash, image.sha256]);
      if (!rows[0] && !options2.again) throw new ImageSeenError();
      // Small and heavily blurred: enough to tell what kind of image it is, not who or what is in it.
      return sharp(image.bytes, { limitInputPixels: 40_000_000 })
        .rotate()
        .resize(48, 48, { fit: 'inside' })
        .blur(4)
        .resize(384, 384, { fit: 'inside', kernel: 'cubic' })
        .blur(12)
        .jpeg({ quality: 60 })
        .toBuffer();
    },

    /** A link an operator hands to the end user whose request was refused; valid six months. */
    async createAppealLink(tenantId: string, decisionId: string): Promise<{ token: string; expiresAt: string }> {
      await decisionEntry(tenantId, decisionId);
      const token = randomBytes(24).toString('base64url');
      const expiresAt = new Date(now().getTime() + APPEAL_WINDOW_DAYS * 86_400_000).toISOString();
      await db.query('INSERT INTO appeal_links (token_hash, decision_id, tenant_id, expires_at) VALUES ($1,$2,$3,$4)', [sha256Hex(token), decisionId, tenantId, expiresAt]);
      return { token, expiresAt };
    },

    /** What the appeal page shows about the decision behind a link (no signals, no evidence). */
    async appealContext(token: string): Promise<{ decisionId: string; createdAt: string; verdict: string; reasons: string[]; open: boolean }> {
      const link = await findLink(db, token, now());
      const entry = await decisionEntry(link.tenant_id, link.decision_id);
      const { rows } = await db.query("SELECT 1 FROM appeals WHERE decision_id = $1 AND status IN ('open','escalated')", [link.decision_id]);
      return { decisionId: entry.id, createdAt: entry.createdAt, verdict: entry.verdict, reasons: entry.decision.reasons, open: rows.length > 0 };
    },

    /** The end user contests the decision behind the link: an appeal lands in the console. Never decided automatically. */
    async submitAppeal(token: string, statement: unknown, contact: unknown): Promise<{ caseNumber: string; status: ReviewStatus }> {
      const link = await findLink(db, token, now());
      if (typeof statement !== 'string' || statement.trim().length === 0 || statement.length > 5000)
        throw new InvalidInputError('Say in up to 5,000 characters why the decision is wrong.', undefined, 'invalid_appeal');
      if (contact !== undefined && contact !== null && contact !== '' && (typeof contact !== 'string' || contact.length > 320))
        throw new InvalidInputError('Contact is at most 320 characters.', undefined, 'invalid_appeal');
      const open = await db.query("SELECT 1 FROM appeals WHERE decision_id = $1 AND status IN ('open','escalated')", [link.decision_id]);
      if (open.rows.length > 0) throw new ModerationConflictError('An appeal against this decision is already waiting for a reviewer.');
      const id = randomUUID();
      const caseNumber = newCaseNumber('A');
      const at = now().toISOString();
      await recordModerationEvent(
        {
          tenantId: link.tenant_id,
          subjectKind: 'appeal',
          subjectId: id,
          action: 'appeal',
          reason: 'The end user contests the decision.',
          actor: 'end_user',
          details: { decisionId: link.decision_id },
        },
        {
          db,
          log,
          async apply(tx, status) {
            await tx.query('INSERT INTO appeals (id, case_number, tenant_id, decision_id, statement, contact, created_at, status) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)', [
              id,
              caseNumber,
              link.tenant_id,
              link.decision_id,
              statement.trim(),
              typeof contact === 'string' && contact.trim() ? contact.trim() : null,
              at,
              status,
            ]);
          },
        },
      );
      return { caseNumber, status: 'open' };
    },
  };
}

interface AppealRow {
  id: string;
  case_number: string;
  tenant_id: string;
  decision_id: string;
  statement: string;
  contact: string | null;
  created_at: Date | string;
  status: ReviewStatus;
}

async function requireAppeal(db: Queryable, tenantId: string, id: string): Promise<AppealRow> {
  const { rows } = isUuid(id) ? await db.query<AppealRow>('SELECT * FROM appeals WHERE id = $1 AND tenant_id = $2', [id, tenantId]) : { rows: [] };
  if (!rows[0]) throw new NotFoundError('No such appeal.', undefined, 'appeal_not_found');
  return rows[0];
}

async function findLink(db: Queryable, token: string, now: Date): Promise<{ decision_id: string; tenant_id: string }> {
  const { rows } = await db.query<{ decision_id: string; tenant_id: string }>('SELECT decision_id, tenant_id FROM appeal_links WHERE token_hash = $1 AND expires_at > $2', [
    sha256Hex(String(token ?? '')),
    now.toISOString(),
  ]);
  if (!rows[0]) throw new NotFoundError('This appeal link is not valid or has expired.', undefined, 'appeal_link_invalid');
  return rows[0];
}
