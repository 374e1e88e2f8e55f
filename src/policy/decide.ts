import { sameEvidence } from '../evidence.ts';
import type { AppliedAllowList, Category, CategoryFinding, Decision, DetectionResult, FiredRule, LegalBasis, Signal } from '../types.ts';
import { legalBasisFor, requireJurisdiction } from './legal-basis.ts';
import { DEFAULT_THRESHOLD, verdictSeverity, type Policy, type PolicyRule } from './policy.ts';

export interface DecideContext {
  /** Jurisdiction for the legal basis; defaults to the policy's. */
  jurisdiction?: string;
  /**
   * A consent record verified by the operator's consent registry. Never derived from the request
   * text: a prompt that claims consent grants nothing.
   */
  verifiedConsent?: VerifiedConsentRecord;
}

/**
 * Consent checked against the request by the consent registry (src/protect/consent.ts): the grants,
 * the persons whose faces matched, and the categories every grant covers. Without `categories` it
 * covers every category a floor lifts for.
 */
export interface VerifiedConsentRecord {
  recordIds: string[];
  personIds?: string[];
  categories?: readonly string[];
  matches?: Array<{ personId: string; similarity: number }>;
}

const CONSENTABLE: readonly Category[] = ['suggestive', 'undress', 'sexual'];

/**
 * Any signal of these, at any score, keeps an allow-list entry from lifting anything: an entry says
 * "this exact artwork is fine", never "this person is fine" (minors, real or protected people) and
 * never "this check can be skipped" (a known image, a check that could not run).
 */
export const ALLOW_LIST_BLOCKERS: readonly Category[] = Object.freeze(['minor', 'real_person', 'protected_person', 'protected_no_edits', 'known_image', 'check_unavailable']);

/**
 * Turns detector output into a decision under a policy. Pure: the same input gives the same
 * decision. Verdicts combine by severity (block > review > allow), floors first.
 */
export function decide(detection: DetectionResult, policy: Policy, context: DecideContext = {}): Decision {
  const jurisdiction = requireJurisdiction(context.jurisdiction ?? policy.jurisdiction);
  const categories = summarise(detection.signals);
  const present = new Set<Category>(categories.filter((f) => f.score >= (policy.thresholds[f.category] ?? DEFAULT_THRESHOLD)).map((f) => f.category));
  const consent = applicableConsent(context.verifiedConsent, present, detection.signals);
  const fired: FiredRule[] = [];
  const lifted: string[] = [];
  for (const [rules, floor] of [
    [policy.floors, true],
    [policy.rules, false],
  ] as const) {
    for (const rule of rules) {
      if (!matches(rule, present)) continue;
      if (rule.unlessVerifiedConsent && consent) {
        lifted.push(rule.id);
        continue;
      }
      fired.push({ id: rule.id, verdict: rule.verdict, floor, reason: rule.reason, ...(rule.legalClass ? { legalClass: rule.legalClass } : {}) });
    }
  }
  const allowList = applicableAllowList(detection, fired);
  if (allowList) fired.splice(0, fired.length);
  const verdict = fired.reduce<Decision['verdict']>((v, r) => (verdictSeverity(r.verdict) > verdictSeverity(v) ? r.verdict : v), 'allow');
  const reasons = fired.filter((r) => r.verdict === verdict && verdict !== 'allow').map((r) => r.reason);
  if (verdict !== 'allow' && present.has('consent_claim')) {
    reasons.push('The request claims consent or adulthood; such a claim is recorded as evidence and grants nothing.');
  }
  for (const check of detection.unavailable) reasons.push(`Check "${check.detector}" unavailable: ${check.reason}.`);
  return {
    verdict,
    categories,
    rules: fired,
    reasons: unique(reasons),
    legalBasis: verdict === 'allow' ? [] : legalBasis(fired, verdict, jurisdiction),
    policy: { id: policy.id, version: policy.version },
    jurisdiction,
    unavailable: detection.unavailable,
    ...(consent && lifted.length > 0
      ? { consent: { grantIds: consent.recordIds, personIds: consent.personIds ?? [], categories: [...(consent.categories ?? CONSENTABLE)], matches: consent.matches ?? [], lifted } }
      : {}),
    ...(allowList ? { allowList } : {}),
  };
}

/**
 * An exact allow-list match (the hash-list detector emits `allow_listed` only for a lone image
 * check) lifts the non-floor rules that fired, and only when no floor fired, no check is
 * unavailable and no signal of `ALLOW_LIST_BLOCKERS` is there at any score.
 */
function applicableAllowList(detection: DetectionResult, fired: readonly FiredRule[]): AppliedAllowList | undefined {
  const allowed = detection.signals.filter((s) => s.category === 'allow_listed' && s.score > 0);
  if (allowed.length === 0 || fired.length === 0) return undefined;
  if (fired.some((r) => r.floor) || detection.unavailable.length > 0) return undefined;
  if (detection.signals.some((s) => ALLOW_LIST_BLOCKERS.includes(s.category) && s.score > 0)) return undefined;
  const entries = allowed.flatMap((s) => s.evidence.flatMap((e) => (e.kind === 'hash' && e.signal !== 'pdq' ? [`${e.list}:${e.entryId}`] : [])));
  if (entries.length === 0) return undefined;
  return { entries: unique(entries), lifted: fired.map((r) => r.id) };
}

/**
 * Verified consent counts only when it covers every consentable category present and nothing
 * suggests a minor (any `minor` signal at all, whatever its score): it never lifts the minor floor.
 */
function applicableConsent(consent: VerifiedConsentRecord | undefined, present: ReadonlySet<Category>, signals: readonly Signal[]): VerifiedConsentRecord | undefined {
  if (!consent || consent.recordIds.length === 0) return undefined;
  if (present.has('minor') || signals.some((s) => s.category === 'minor' && s.score > 0)) return undefined;
  const allowed = new Set(consent.categories ?? CONSENTABLE);
  if (CONSENTABLE.some((c) => present.has(c) && !allowed.has(c))) return undefined;
  return consent;
}

function matches(rule: PolicyRule, present: ReadonlySet<Category>): boolean {
  const { all = [], any = [], none = [] } = rule.when;
  return all.every((c) => present.has(c)) && (any.length === 0 || any.some((c) => present.has(c))) && !none.some((c) => present.has(c));
}

/** One finding per category: the strongest score, every reason and piece of evidence. */
export function summarise(signals: readonly Signal[]): CategoryFinding[] {
  const byCategory = new Map<Category, CategoryFinding>();
  for (const s of signals) {
    const found = byCategory.get(s.category) ?? { category: s.category, score: 0, reasons: [], evidence: [], detectors: [] };
    found.score = Math.max(found.score, s.score);
    if (!found.reasons.includes(s.reason)) found.reasons.push(s.reason);
    // Two detectors' signals of one category may carry the same piece ("decision-layer 0.996" on each): once.
    for (const e of s.evidence) if (!found.evidence.some((x) => sameEvidence(x, e))) found.evidence.push(e);
    if (!found.detectors.includes(s.detector)) found.detectors.push(s.detector);
    byCategory.set(s.category, found);
  }
  return [...byCategory.values()].sort((a, b) => b.score - a.score || a.category.localeCompare(b.category));
}

function legalBasis(fired: readonly FiredRule[], verdict: Decision['verdict'], jurisdiction: string): LegalBasis[] {
  const classes = unique(fired.filter((r) => r.verdict === verdict && r.legalClass).map((r) => r.legalClass!));
  return classes.flatMap((c) => legalBasisFor(jurisdiction, c));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
