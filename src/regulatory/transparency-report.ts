// Transparency report aggregates (DSA Art 15 and 24; the harmonised templates of Implementing
// Regulation (EU) 2024/2835): one pass over the source's restrictions, notices and appeals in a
// period, then the template's sheets. Memory is bounded by the number of categories and
// jurisdictions, plus one number per timed action for the medians.
import { wilson, type Proportion } from '../stats/wilson.ts';
import { DETECTOR_ERROR_RATES, type DetectorErrorRate } from './detector-error-rates.ts';
import { median, type RestrictionSource } from './restrictions.ts';
import { STATEMENT_CATEGORIES, type TdbStatement } from './tdb-schema.ts';
import { buildTdbStatement, mapCategory, type OperatorTerms } from './tdb-statement.ts';

export interface CategoryCounts {
  category: TdbStatement['category'];
  measures: number;
  /** Detected and decided with solely automated means. */
  solelyAutomated: number;
  visibilityRemoval: number;
  visibilityDisable: number;
  visibilityOther: number;
  accountSuspension: number;
  accountTermination: number;
}

export interface NoticeCounts {
  category: TdbStatement['category'];
  received: number;
  trustedFlagger: number;
  actionsLaw: number;
  actionsTerms: number;
  medianHoursToAction: number | null;
  medianHoursToActionTrustedFlagger: number | null;
}

export interface TransparencyReport {
  service: string;
  period: { from: string; to: string };
  generatedAt: string;
  /** Restrictions by own initiative, split as sheets 5 (illegal content) and 6 (terms and conditions). */
  ownInitiativeIllegal: CategoryCounts[];
  ownInitiativeTerms: CategoryCounts[];
  notices: NoticeCounts[];
  byCategory: Record<string, number>;
  byJurisdiction: Record<string, number>;
  restrictions: number;
  /** Refused generations, when counted (they are not Art 17 statements unless the operator says so). */
  refusals: number;
  automated: Proportion;
  /** Median hours from the content (or notice) to the restriction, over restrictions. */
  medianHoursToAction: number | null;
  appeals: { received: number; decided: number; upheld: number; reversed: number; open: number; medianHoursToDecision: number | null; reversalShare: Proportion };
  detectorErrorRates: readonly DetectorErrorRate[];
  notes: string[];
}

const HOUR = 3_600_000;
const emptyCounts = (category: CategoryCounts['category']): CategoryCounts => ({
  category,
  measures: 0,
  solelyAutomated: 0,
  visibilityRemoval: 0,
  visibilityDisable: 0,
  visibilityOther: 0,
  accountSuspension: 0,
  accountTermination: 0,
});
const round = (x: number | undefined) => (x === undefined ? null : Math.round(x * 100) / 100);

export interface TransparencyOptions {
  from: Date;
  to: Date;
  service?: string;
  tenantId?: string;
  terms?: OperatorTerms;
  detectorErrorRates?: readonly DetectorErrorRate[];
}

/** Aggregates the period [from, to) of a source into the report. */
export async function buildTransparencyReport(source: RestrictionSource, options: TransparencyOptions): Promise<TransparencyReport> {
  const range = { since: options.from, until: options.to, tenantId: options.tenantId };
  const illegal = new Map<string, CategoryCounts>();
  const terms = new Map<string, CategoryCounts>();
  const byCategory: Record<string, number> = {};
  const byJurisdiction: Record<string, number> = {};
  const hours: number[] = [];
  let restrictions = 0;
  let refusals = 0;
  let automated = 0;
  for await (const r of source.restrictions(range)) {
    if (r.kind === 'refusal') refusals++;
    const tdb = buildTdbStatement(r, options.terms);
    restrictions++;
    byCategory[tdb.category] = (byCategory[tdb.category] ?? 0) + 1;
    byJurisdiction[r.jurisdiction] = (byJurisdiction[r.jurisdiction] ?? 0) + 1;
    const solely = r.automatedDetection && r.automatedDecision === 'fully';
    if (solely) automated++;
    hours.push(Math.max(0, Date.parse(r.appliedAt) - Date.parse(r.contentAt)) / HOUR);
    if (r.sourceType !== 'voluntary') continue;
    const sheet = tdb.decision_ground === 'DECISION_GROUND_ILLEGAL_CONTENT' ? illegal : terms;
    const row = sheet.get(tdb.category) ?? emptyCounts(tdb.category);
    sheet.set(tdb.category, row);
    row.measures++;
    if (solely) row.solelyAutomated++;
    if (tdb.decision_visibility?.includes('DECISION_VISIBILITY_CONTENT_REMOVED')) row.visibilityRemoval++;
    else if (tdb.decision_visibility?.includes('DECISION_VISIBILITY_CONTENT_DISABLED')) row.visibilityDisable++;
    else if (tdb.decision_visibility) row.visibilityOther++;
    if (tdb.decision_account === 'DECISION_ACCOUNT_SUSPENDED') row.accountSuspension++;
    if (tdb.decision_account === 'DECISION_ACCOUNT_TERMINATED') row.accountTermination++;
  }
  const notices = new Map<string, NoticeCounts & { hours: number[]; tfHours: number[] }>();
  for await (const n of source.notices(range)) {
    const category =
      n.minor || n.allegedCategory === 'CSAM'
        ? mapCategory({ categories: ['minor', 'sexual'], legalClasses: ['C2_MINOR_SEXUAL'], knownImage: true, checkUnavailable: false }).category
        : n.allegedCategory === 'OTHER'
          ? 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE'
          : 'STATEMENT_CATEGORY_CYBER_VIOLENCE';
    const row = notices.get(category) ?? {
      category,
      received: 0,
      trustedFlagger: 0,
      actionsLaw: 0,
      actionsTerms: 0,
      medianHoursToAction: null,
      medianHoursToActionTrustedFlagger: null,
      hours: [],
      tfHours: [],
    };
    notices.set(category, row);
    row.received++;
    if (n.trustedFlagger) row.trustedFlagger++;
    if (n.outcome === 'REMOVED') {
      // Notices are decided on the law (the takedown's legal ground); see docs/regulatory.md.
      row.actionsLaw++;
      if (n.decidedAt) (n.trustedFlagger ? row.tfHours : row.hours).push((Date.parse(n.decidedAt) - Date.parse(n.receivedAt)) / HOUR);
    }
  }
  const appeals = { received: 0, decided: 0, upheld: 0, reversed: 0, open: 0 };
  const appealHours: number[] = [];
  for await (const a of source.appeals(range)) {
    appeals.received++;
    if (a.status === 'upheld' || a.status === 'overturned') {
      appeals.decided++;
      if (a.status === 'upheld') appeals.upheld++;
      else appeals.reversed++;
      if (a.decidedAt) appealHours.push((Date.parse(a.decidedAt) - Date.parse(a.createdAt)) / HOUR);
    } else appeals.open++;
  }
  const order = (rows: Iterable<{ category: string }>) => [...rows].sort((a, b) => STATEMENT_CATEGORIES.indexOf(a.category as never) - STATEMENT_CATEGORIES.indexOf(b.category as never));
  return {
    service: options.service ?? 'Consentry-protected image service',
    period: { from: options.from.toISOString(), to: options.to.toISOString() },
    generatedAt: new Date().toISOString(),
    ownInitiativeIllegal: order(illegal.values()) as CategoryCounts[],
    ownInitiativeTerms: order(terms.values()) as CategoryCounts[],
    notices: (order(notices.values()) as Array<NoticeCounts & { hours: number[]; tfHours: number[] }>).map(({ hours: h, tfHours, ...row }) => ({
      ...row,
      medianHoursToAction: round(median(h)),
      medianHoursToActionTrustedFlagger: round(median(tfHours)),
    })),
    byCategory,
    byJurisdiction,
    restrictions,
    refusals,
    automated: wilson(automated, restrictions),
    medianHoursToAction: round(median(hours)),
    appeals: { ...appeals, medianHoursToDecision: round(median(appealHours)), reversalShare: wilson(appeals.reversed, appeals.decided) },
    detectorErrorRates: options.detectorErrorRates ?? DETECTOR_ERROR_RATES,
    notes: [
      'Restrictions are counted from the hash-chained decision log (blocked uploads and blocked outputs of edits of uploads) and, where the review portal is installed, from notices decided REMOVED and decisions upheld by a reviewer.',
      'Refused generations (nothing was hosted) are not statements of reasons and are counted only when the operator includes them.',
      'Time to action of automated blocks is the time from the check to the block (near zero); for notices, from receipt to decision.',
      "Detector error rates come from the benchmarks (BENCHMARKS.md), not from this service's traffic; without human labels of this traffic, its own error rate is unknown.",
    ],
  };
}
