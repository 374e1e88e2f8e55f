// What the regulatory exports are built from: restrictions (DSA Art 17), notices (Art 16) and
// appeals (Art 20), read through one interface so the decision log, the portal's tables or an
// operator's own records can feed them alike.
import type { Queryable } from '../store/database.ts';
import { readLog, type LogEntry } from '../store/decision-log.ts';
import type { Category, LegalBasis, LegalClass } from '../types.ts';

/**
 * - `upload_blocked`: an image the user uploaded (to check or to edit) was refused.
 * - `output_blocked`: the output of an edit of the user's upload was withheld.
 * - `takedown`: images named by a notice were taken down (hash-listed) after review.
 * - `account`: an account measure the operator took and reported.
 * - `refusal`: a generation refused before anything existed (no user content restricted); an Art 17
 *   statement only when the operator chooses to treat refusals as restrictions.
 */
export const RESTRICTION_KINDS = ['upload_blocked', 'output_blocked', 'takedown', 'account', 'refusal'] as const;
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];

/** Who started it: the provider's own checks, or a notice (by whom). TDB `source_type`. */
export type RestrictionSourceType = 'voluntary' | 'article_16' | 'trusted_flagger' | 'other_notification';

export type AutomatedDecision = 'fully' | 'partially' | 'not_automated';

export interface Restriction {
  kind: RestrictionKind;
  /** What the statement's puid is derived from. */
  sourceKind: 'decision' | 'notice' | 'account';
  sourceId: string;
  tenantId: string;
  /** The decision log entry behind it, when there is one. */
  decisionId?: string;
  /** When the content was provided (upload, notice) and when the restriction applied (ISO 8601). */
  contentAt: string;
  appliedAt: string;
  /** Until when (account suspensions); absent: indefinite. */
  endsAt?: string;
  sourceType: RestrictionSourceType;
  /** A notice's case number, when it came from one. */
  caseNumber?: string;
  categories: Category[];
  legalClasses: LegalClass[];
  legalBasis: LegalBasis[];
  jurisdiction: string;
  /** Ids of the policy rules that fired, with the policy. */
  rules: string[];
  policy?: { id: string; version: string };
  /** Only because a check could not run (fail closed): not a finding about the content. */
  checkUnavailable: boolean;
  /** Matched a hash list of known images. */
  knownImage: boolean;
  automatedDetection: boolean;
  automatedDecision: AutomatedDecision;
  /** Account measure reported by the operator. */
  account?: 'suspended' | 'terminated';
  /** Language of the person concerned, when known (ISO 639-1). */
  language?: string;
}

export interface NoticeRecord {
  id: string;
  caseNumber: string;
  tenantId: string;
  receivedAt: string;
  decidedAt: string | null;
  outcome: 'REMOVED' | 'NO_ACTION' | null;
  /** NCII_REAL, NCII_SYNTHETIC, CSAM, OTHER. */
  allegedCategory: string;
  minor: boolean;
  jurisdictions: string[];
  trustedFlagger: boolean;
  authority: boolean;
}

export interface AppealRecord {
  id: string;
  caseNumber: string;
  tenantId: string;
  decisionId: string;
  createdAt: string;
  decidedAt: string | null;
  status: 'open' | 'escalated' | 'upheld' | 'overturned';
}

export interface SourceRange {
  /** Inclusive. */
  since?: Date;
  /** Exclusive. */
  until?: Date;
  tenantId?: string;
}

/**
 * Where restrictions, notices and appeals come from. The decision log gives the blocked uploads
 * and outputs; the portal's tables (notices, appeals, moderation events) give takedowns and
 * appeals; an operator can add its own (account measures) by implementing this.
 */
export interface RestrictionSource {
  readonly name: string;
  restrictions(range: SourceRange): AsyncIterable<Restriction>;
  notices(range: SourceRange): AsyncIterable<NoticeRecord>;
  appeals(range: SourceRange): AsyncIterable<AppealRecord>;
}

/** Several sources read as one, in order. */
export function combineSources(...sources: RestrictionSource[]): RestrictionSource {
  return {
    name: sources.map((s) => s.name).join('+'),
    async *restrictions(range) {
      for (const s of sources) yield* s.restrictions(range);
    },
    async *notices(range) {
      for (const s of sources) yield* s.notices(range);
    },
    async *appeals(range) {
      for (const s of sources) yield* s.appeals(range);
    },
  };
}

export interface DecisionLogSourceOptions {
  /** Also return refused generations (prompt refusals, outputs of text-only requests) as restrictions. */
  includeRefusals?: boolean;
}

/**
 * Restrictions from the decision log: every `block` of an uploaded image (kind `image` or `edit`)
 * and of the output of an edit of an upload. Prompt refusals and outputs of text-only requests are
 * refusals (nothing the user provided was restricted) and come only with `includeRefusals`.
 * `review` verdicts are not restrictions until a person decides them (the portal's events).
 */
export function decisionLogSource(db: Queryable, options: DecisionLogSourceOptions = {}): RestrictionSource {
  return {
    name: 'decision-log',
    async *restrictions(range) {
      for await (const entry of readLog(db, { since: range.since, tenantId: range.tenantId })) {
        if (range.until && new Date(entry.createdAt) >= range.until) break;
        const restriction = restrictionFromEntry(entry);
        if (restriction && (restriction.kind !== 'refusal' || options.includeRefusals)) yield restriction;
      }
    },
    notices: async function* () {},
    appeals: async function* () {},
  };
}

/** The restriction a log entry imposes, or undefined when it imposes none (allowed, held for review, not a check). */
export function restrictionFromEntry(entry: Pick<LogEntry, 'id' | 'tenantId' | 'createdAt' | 'kind' | 'verdict' | 'decision' | 'inputs'>): Restriction | undefined {
  if (entry.verdict !== 'block') return undefined;
  if (!['prompt', 'image', 'edit', 'output'].includes(entry.kind)) return undefined;
  const uploaded = entry.inputs.some((i) => i.role === 'input') || entry.kind === 'image' || entry.kind === 'edit';
  const kind: RestrictionKind = entry.kind === 'prompt' || !uploaded ? 'refusal' : entry.kind === 'output' ? 'output_blocked' : 'upload_blocked';
  const d = entry.decision;
  const categories = [...new Set(d.categories.map((c) => c.category))];
  const legalClasses = [...new Set(d.rules.flatMap((r) => (r.legalClass ? [r.legalClass] : [])))];
  // What the content was found to be; `real_person` and a consent claim alone restrict nothing.
  const substantive = categories.filter((c) => c === 'sexual' || c === 'undress' || c === 'suggestive' || c === 'minor' || c === 'known_image');
  return {
    kind,
    sourceKind: 'decision',
    sourceId: entry.id,
    tenantId: entry.tenantId,
    decisionId: entry.id,
    contentAt: entry.createdAt,
    appliedAt: entry.createdAt,
    sourceType: 'voluntary',
    categories,
    legalClasses,
    legalBasis: d.legalBasis ?? [],
    jurisdiction: d.jurisdiction,
    rules: d.rules.filter((r) => r.verdict === 'block').map((r) => r.id),
    policy: d.policy,
    checkUnavailable: substantive.length === 0 && (d.unavailable.length > 0 || categories.includes('check_unavailable')),
    knownImage: substantive.includes('known_image'),
    automatedDetection: true,
    automatedDecision: 'fully',
  };
}

/** Median of numbers (undefined for none). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
