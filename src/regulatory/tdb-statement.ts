// A restriction as a Transparency Database statement: the mapping from our categories and legal
// classes to the TDB's category, keywords and ground (docs/regulatory.md, "Field mapping"). Free
// text comes from fixed templates and the restriction's codes only, never from a prompt or a
// detector's reason (which may quote one), so no personal data can reach it.
import { isKnownJurisdiction, legalBasisFor } from '../policy/legal-basis.ts';
import type { LegalBasis, LegalClass } from '../types.ts';
import type { Restriction } from './restrictions.ts';
import { EEA_COUNTRIES, type TdbStatement } from './tdb-schema.ts';

/** The operator's terms and redress, from config (`CONSENTRY_TERMS_*`, `CONSENTRY_APPEAL_URL`). */
export interface OperatorTerms {
  /** The clause of the terms of service that forbids this content, e.g. "Terms §4.2 (intimate images)". */
  termsClause?: string;
  termsUrl?: string;
  /** The review console's appeal page; `{decisionId}` is replaced with the decision's id. */
  appealUrl?: string;
  /** The list of certified out-of-court dispute settlement bodies. */
  odsUrl?: string;
}

export const DEFAULT_TERMS_CLAUSE = "The service's terms of use: no sexualised or undressed depiction of a real person without verified consent, and none of a minor";
export const DEFAULT_ODS_URL = 'https://digital-strategy.ec.europa.eu/en/policies/dsa-out-court-dispute-settlement';

export type TdbCategory = TdbStatement['category'];
export type TdbKeyword = NonNullable<TdbStatement['category_specification']>[number];

export interface CategoryMapping {
  category: TdbCategory;
  keywords: TdbKeyword[];
  /** Whether the content is illegal (a legal class with a statutory basis) or only against the terms. */
  illegal: boolean;
  /** Free text for KEYWORD_OTHER. */
  otherKeyword?: string;
}

/**
 * Our categories and legal classes → TDB category and keywords. A possible minor outranks
 * everything (C2); a real person undressed or sexualised is non-consensual material (C1); a
 * hash-list match is the sharing of a known image. The `_AGAINST_WOMEN` variants are never chosen:
 * that would need the gender of the person depicted, which we do not infer for this.
 */
export function mapCategory(r: Pick<Restriction, 'categories' | 'legalClasses' | 'knownImage' | 'checkUnavailable'>): CategoryMapping {
  const has = (c: string) => (r.categories as string[]).includes(c);
  const sexualised = has('sexual') || has('undress') || has('suggestive');
  if (r.checkUnavailable) {
    return {
      category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
      keywords: ['KEYWORD_OTHER'],
      illegal: false,
      otherKeyword: 'A required automated check could not run; the service refuses what it cannot check',
    };
  }
  if (r.legalClasses.includes('C2_MINOR_SEXUAL') || (has('minor') && sexualised)) {
    return { category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS', keywords: [r.knownImage ? 'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL' : 'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE'], illegal: true };
  }
  if (r.knownImage) return { category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keywords: ['KEYWORD_NON_CONSENSUAL_IMAGE_SHARING'], illegal: true };
  if (r.legalClasses.includes('C1_REAL_ADULT_SEXUAL')) return { category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keywords: ['KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE'], illegal: true };
  if (has('real_person') && sexualised) return { category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keywords: ['KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE'], illegal: false };
  if (has('undress')) return { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keywords: ['KEYWORD_NUDITY'], illegal: false };
  if (sexualised) return { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keywords: ['KEYWORD_ADULT_SEXUAL_MATERIAL'], illegal: false };
  return { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keywords: ['KEYWORD_OTHER'], illegal: false, otherKeyword: "Refused under the operator's content policy" };
}

/** The legal class a restriction is illegal under (the gravest), if any. */
export function gravestLegalClass(r: Pick<Restriction, 'legalClasses' | 'categories'>): LegalClass | undefined {
  if (r.legalClasses.includes('C2_MINOR_SEXUAL')) return 'C2_MINOR_SEXUAL';
  if (r.legalClasses.includes('C1_REAL_ADULT_SEXUAL')) return 'C1_REAL_ADULT_SEXUAL';
  return undefined;
}

/**
 * The legal ground for the TDB, which concerns the EU: the restriction's own jurisdiction when it
 * is an EU member state Consentry knows (FR), otherwise EU law. Consentry's own floors ("Consentry
 * floor: …", "Policy") are not law and never appear as a legal ground.
 */
export function tdbLegalGround(r: Pick<Restriction, 'jurisdiction' | 'legalBasis'>, legalClass: LegalClass): LegalBasis[] {
  const member = (EEA_COUNTRIES as readonly string[]).includes(r.jurisdiction) && isKnownJurisdiction(r.jurisdiction);
  const own = member ? r.legalBasis.filter((b) => b.legalClass === legalClass && b.jurisdiction === r.jurisdiction) : [];
  const basis = own.length > 0 ? own : [...(member ? legalBasisFor(r.jurisdiction, legalClass) : []), ...legalBasisFor('EU', legalClass)];
  return basis.filter((b) => !/^(Consentry|Policy)/.test(b.citation));
}

/** The territory a restriction applies in: one member state when that is its jurisdiction, else the whole EEA. */
export function territorialScope(jurisdiction: string): string[] {
  return (EEA_COUNTRIES as readonly string[]).includes(jurisdiction) ? [jurisdiction] : [...EEA_COUNTRIES];
}

/** puid: unique per platform and never reused, derived from the source's own unique id. */
export function statementPuid(r: Pick<Restriction, 'sourceKind' | 'sourceId'>): string {
  const prefix = { decision: 'csy-dec', notice: 'csy-ntc', account: 'csy-acc' }[r.sourceKind];
  return `${prefix}-${r.sourceId.replace(/[^A-Za-z0-9_-]/g, '_')}`.slice(0, 500);
}

const WHAT: Record<Restriction['kind'], string> = {
  upload_blocked: 'An image the user uploaded to the service was checked automatically before any processing and refused; it was not processed, stored or shown.',
  output_blocked: 'The result of an edit of an image the user uploaded was checked automatically before delivery and withheld; it was not delivered, stored or shown.',
  takedown: 'After a notice, the images it identified by their hashes were reviewed and taken down; copies matching those hashes are refused from then on.',
  account: "The operator restricted the user's account following repeated or serious violations of its terms.",
  refusal: "A request to the service's image generator was refused before any image was generated; nothing was hosted.",
};

const FOUND: Record<string, string> = {
  undress: 'removal or reduction of clothing',
  sexual: 'sexual or nude content',
  suggestive: 'revealing content',
  minor: 'a person who may be a minor',
  real_person: 'a real, identifiable person',
  known_image: 'a match with a list of known images',
  consent_claim: 'a claim of consent in the request (recorded as evidence; it grants nothing)',
};

/** decision_facts: what happened, from templates and codes only. */
export function decisionFacts(r: Restriction): string {
  const found = r.categories.flatMap((c) => (FOUND[c] ? [FOUND[c]] : []));
  const parts = [WHAT[r.kind]];
  if (r.checkUnavailable) parts.push('A required automated check could not run (an infrastructure failure, not a finding about the content); the service refuses what it cannot check.');
  else if (found.length) parts.push(`The automated checks found ${found.join('; ')}.`);
  if (r.sourceType !== 'voluntary') parts.push('The restriction followed a notice.');
  if (r.rules.length) parts.push(`Rules applied: ${r.rules.join(', ')}${r.policy ? ` (policy ${r.policy.id} ${r.policy.version})` : ''}.`);
  return parts.join(' ').slice(0, 5000);
}

const SOURCE_TYPE: Record<Restriction['sourceType'], TdbStatement['source_type']> = {
  voluntary: 'SOURCE_VOLUNTARY',
  article_16: 'SOURCE_ARTICLE_16',
  trusted_flagger: 'SOURCE_TRUSTED_FLAGGER',
  other_notification: 'SOURCE_TYPE_OTHER_NOTIFICATION',
};

const AUTOMATED: Record<Restriction['automatedDecision'], TdbStatement['automated_decision']> = {
  fully: 'AUTOMATED_DECISION_FULLY',
  partially: 'AUTOMATED_DECISION_PARTIALLY',
  not_automated: 'AUTOMATED_DECISION_NOT_AUTOMATED',
};

/** The v2 statement of a restriction. Validate it (`validateTdbStatement`) before sending. */
export function buildTdbStatement(r: Restriction, terms: OperatorTerms = {}): TdbStatement {
  const mapping = mapCategory(r);
  const legalClass = mapping.illegal ? (gravestLegalClass(r) ?? (mapping.category === 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS' ? 'C2_MINOR_SEXUAL' : 'C1_REAL_ADULT_SEXUAL')) : undefined;
  const legal = legalClass ? tdbLegalGround(r, legalClass) : [];
  const illegal = legal.length > 0;
  const day = (iso: string) => iso.slice(0, 10);
  const statement: TdbStatement = {
    decision_ground: illegal ? 'DECISION_GROUND_ILLEGAL_CONTENT' : 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    content_type:
      r.kind === 'refusal' && !r.categories.includes('known_image')
        ? ['CONTENT_TYPE_TEXT']
        : r.kind === 'output_blocked'
          ? ['CONTENT_TYPE_IMAGE', 'CONTENT_TYPE_SYNTHETIC_MEDIA']
          : ['CONTENT_TYPE_IMAGE'],
    category: mapping.category,
    category_specification: mapping.keywords,
    territorial_scope: territorialScope(r.jurisdiction),
    content_date: day(r.contentAt),
    application_date: day(r.appliedAt),
    decision_facts: decisionFacts(r),
    source_type: SOURCE_TYPE[r.sourceType],
    automated_detection: r.automatedDetection ? 'Yes' : 'No',
    automated_decision: AUTOMATED[r.automatedDecision],
    puid: statementPuid(r),
  };
  if (mapping.otherKeyword) statement.category_specification_other = mapping.otherKeyword;
  if (r.kind === 'account') {
    statement.decision_account = r.account === 'terminated' ? 'DECISION_ACCOUNT_TERMINATED' : 'DECISION_ACCOUNT_SUSPENDED';
    if (r.endsAt) statement.end_date_account_restriction = day(r.endsAt);
  } else if (r.kind === 'takedown') statement.decision_visibility = ['DECISION_VISIBILITY_CONTENT_REMOVED'];
  else if (r.kind === 'refusal') {
    statement.decision_visibility = ['DECISION_VISIBILITY_OTHER'];
    statement.decision_visibility_other = 'Generation refused before any content was created';
  } else statement.decision_visibility = ['DECISION_VISIBILITY_CONTENT_DISABLED'];
  if (illegal) {
    statement.illegal_content_legal_ground = legal
      .map((b) => b.citation)
      .join('; ')
      .slice(0, 500);
    statement.illegal_content_explanation = legal
      .map((b) => b.summary)
      .join(' ')
      .slice(0, 2000);
  } else {
    statement.incompatible_content_ground = (terms.termsClause ?? DEFAULT_TERMS_CLAUSE).slice(0, 500);
    statement.incompatible_content_explanation = (
      r.checkUnavailable
        ? 'The service refuses content it could not check, so that no unchecked image of a real person or a minor is processed.'
        : `The content falls under ${mapping.category === 'STATEMENT_CATEGORY_CYBER_VIOLENCE' ? 'the prohibition of sexualised or revealing depictions of real people without verified consent' : "the service's prohibition of sexual or nude imagery"} in the terms of use.`
    ).slice(0, 2000);
    statement.incompatible_content_illegal = 'No';
    if (terms.termsUrl) statement.decision_ground_reference_url = terms.termsUrl;
  }
  if (r.sourceType === 'other_notification') statement.source_identity = 'A public authority';
  return statement;
}
