// The DSA Transparency Database's statement-of-reasons schema, version 2 (mandatory since
// 1 July 2025), as data, and a validator applying its rules. Source: shared/research/legal.md §3.2
// (read from the Commission's repository digital-services-act/transparency-database:
// app/Models/Statement.php and the API documentation). docs/regulatory.md lists each rule.

export const DECISION_VISIBILITY = [
  'DECISION_VISIBILITY_CONTENT_REMOVED',
  'DECISION_VISIBILITY_CONTENT_DISABLED',
  'DECISION_VISIBILITY_CONTENT_DEMOTED',
  'DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED',
  'DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED',
  'DECISION_VISIBILITY_CONTENT_LABELLED',
  'DECISION_VISIBILITY_OTHER',
] as const;
export const DECISION_MONETARY = ['DECISION_MONETARY_SUSPENSION', 'DECISION_MONETARY_TERMINATION', 'DECISION_MONETARY_OTHER'] as const;
export const DECISION_PROVISION = [
  'DECISION_PROVISION_PARTIAL_SUSPENSION',
  'DECISION_PROVISION_TOTAL_SUSPENSION',
  'DECISION_PROVISION_PARTIAL_TERMINATION',
  'DECISION_PROVISION_TOTAL_TERMINATION',
] as const;
export const DECISION_ACCOUNT = ['DECISION_ACCOUNT_SUSPENDED', 'DECISION_ACCOUNT_TERMINATED'] as const;
export const ACCOUNT_TYPES = ['ACCOUNT_TYPE_BUSINESS', 'ACCOUNT_TYPE_PRIVATE'] as const;
export const DECISION_GROUNDS = ['DECISION_GROUND_ILLEGAL_CONTENT', 'DECISION_GROUND_INCOMPATIBLE_CONTENT'] as const;
export const CONTENT_TYPES = [
  'CONTENT_TYPE_APP',
  'CONTENT_TYPE_AUDIO',
  'CONTENT_TYPE_IMAGE',
  'CONTENT_TYPE_PRODUCT',
  'CONTENT_TYPE_SYNTHETIC_MEDIA',
  'CONTENT_TYPE_TEXT',
  'CONTENT_TYPE_VIDEO',
  'CONTENT_TYPE_OTHER',
] as const;
export const STATEMENT_CATEGORIES = [
  'STATEMENT_CATEGORY_ANIMAL_WELFARE',
  'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
  'STATEMENT_CATEGORY_CYBER_VIOLENCE',
  'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN',
  'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS',
  'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
  'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS',
  'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE',
  'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
  'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
  'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
  'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
  'STATEMENT_CATEGORY_SELF_HARM',
  'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
  'STATEMENT_CATEGORY_VIOLENCE',
] as const;
/**
 * The keywords Consentry uses (a subset of the 68 KEYWORD_* values; the validator refuses any
 * other, so a typo cannot reach the database).
 */
export const CATEGORY_SPECIFICATIONS = [
  'KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE',
  'KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN',
  'KEYWORD_NON_CONSENSUAL_IMAGE_SHARING',
  'KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN',
  'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL',
  'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE',
  'KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS',
  'KEYWORD_ADULT_SEXUAL_MATERIAL',
  'KEYWORD_NUDITY',
  'KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING',
  'KEYWORD_CYBER_HARASSMENT',
  'KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN',
  'KEYWORD_BIOMETRIC_DATA_BREACH',
  'KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS',
  'KEYWORD_OTHER',
] as const;
export const SOURCE_TYPES = ['SOURCE_ARTICLE_16', 'SOURCE_TRUSTED_FLAGGER', 'SOURCE_TYPE_OTHER_NOTIFICATION', 'SOURCE_VOLUNTARY'] as const;
export const AUTOMATED_DECISIONS = ['AUTOMATED_DECISION_FULLY', 'AUTOMATED_DECISION_PARTIALLY', 'AUTOMATED_DECISION_NOT_AUTOMATED'] as const;
export const YES_NO = ['Yes', 'No'] as const;
/** The EU 27 and Iceland, Liechtenstein, Norway. */
export const EEA_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'LI',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

export const MAX_BATCH = 100;

type Of<T extends readonly string[]> = T[number];

/** A statement of reasons as the Transparency Database takes it (fields Consentry fills). */
export interface TdbStatement {
  decision_visibility?: Array<Of<typeof DECISION_VISIBILITY>>;
  decision_visibility_other?: string;
  decision_monetary?: Of<typeof DECISION_MONETARY>;
  decision_monetary_other?: string;
  decision_provision?: Of<typeof DECISION_PROVISION>;
  decision_account?: Of<typeof DECISION_ACCOUNT>;
  account_type?: Of<typeof ACCOUNT_TYPES>;
  decision_ground: Of<typeof DECISION_GROUNDS>;
  decision_ground_reference_url?: string;
  illegal_content_legal_ground?: string;
  illegal_content_explanation?: string;
  incompatible_content_ground?: string;
  incompatible_content_explanation?: string;
  incompatible_content_illegal?: Of<typeof YES_NO>;
  content_type: Array<Of<typeof CONTENT_TYPES>>;
  content_type_other?: string;
  category: Of<typeof STATEMENT_CATEGORIES>;
  category_addition?: Array<Of<typeof STATEMENT_CATEGORIES>>;
  category_specification?: Array<Of<typeof CATEGORY_SPECIFICATIONS>>;
  category_specification_other?: string;
  territorial_scope?: string[];
  content_language?: string;
  content_date: string;
  application_date: string;
  end_date_visibility_restriction?: string;
  end_date_monetary_restriction?: string;
  end_date_service_restriction?: string;
  end_date_account_restriction?: string;
  decision_facts: string;
  source_type: Of<typeof SOURCE_TYPES>;
  source_identity?: string;
  automated_detection: Of<typeof YES_NO>;
  automated_decision: Of<typeof AUTOMATED_DECISIONS>;
  puid: string;
}

/** Field → what is wrong with it, in the TDB's own error shape (`{ field: [message] }`). */
export type TdbErrors = Record<string, string[]>;

const FREE_TEXT_LIMITS: Record<string, number> = {
  decision_visibility_other: 500,
  decision_monetary_other: 500,
  decision_ground_reference_url: 500,
  illegal_content_legal_ground: 500,
  illegal_content_explanation: 2000,
  incompatible_content_ground: 500,
  incompatible_content_explanation: 2000,
  content_type_other: 500,
  category_specification_other: 500,
  decision_facts: 5000,
  source_identity: 500,
  puid: 500,
};
const ENUMS: Record<string, readonly string[]> = {
  decision_monetary: DECISION_MONETARY,
  decision_provision: DECISION_PROVISION,
  decision_account: DECISION_ACCOUNT,
  account_type: ACCOUNT_TYPES,
  decision_ground: DECISION_GROUNDS,
  category: STATEMENT_CATEGORIES,
  source_type: SOURCE_TYPES,
  automated_detection: YES_NO,
  automated_decision: AUTOMATED_DECISIONS,
  incompatible_content_illegal: YES_NO,
};
const ARRAYS: Record<string, readonly string[]> = {
  decision_visibility: DECISION_VISIBILITY,
  content_type: CONTENT_TYPES,
  category_addition: STATEMENT_CATEGORIES,
  category_specification: CATEGORY_SPECIFICATIONS,
  territorial_scope: EEA_COUNTRIES,
};
const KNOWN_FIELDS = new Set<string>([
  ...Object.keys(FREE_TEXT_LIMITS),
  ...Object.keys(ENUMS),
  ...Object.keys(ARRAYS),
  'content_language',
  'content_date',
  'application_date',
  'end_date_visibility_restriction',
  'end_date_monetary_restriction',
  'end_date_service_restriction',
  'end_date_account_restriction',
]);

/**
 * Personal data that must never reach the TDB (Art 24(5)) and that a template could only carry by
 * mistake: e-mail addresses, phone numbers, IP addresses, URLs with a query. Not a full detector of
 * personal data (a name cannot be told from text); the free text is built from templates besides.
 */
const PERSONAL_DATA = [
  { name: 'an e-mail address', pattern: /[^\s@]+@[^\s@]+\.[a-z]{2,}/i },
  { name: 'a phone number', pattern: /\+?\d[\d ().-]{7,}\d/ },
  { name: 'an IP address', pattern: /\b\d{1,3}(?:\.\d{1,3}){3}\b/ },
  { name: 'a URL with a query', pattern: /https?:\/\/\S+\?\S+/i },
];
const PERSONAL_TEXT_FIELDS = [
  'decision_visibility_other',
  'decision_monetary_other',
  'illegal_content_explanation',
  'incompatible_content_explanation',
  'content_type_other',
  'category_specification_other',
  'decision_facts',
  'source_identity',
];

/**
 * Checks a statement against the v2 schema's rules (required fields, enumerations, lengths,
 * conditional requirements, dates, puid) and for personal data in the free text. Returns the
 * errors by field; empty when the statement is valid.
 */
export function validateTdbStatement(input: unknown): TdbErrors {
  const errors: TdbErrors = {};
  const fail = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { statement: ['A statement is a JSON object.'] };
  const s = input as Record<string, unknown>;
  const present = (field: string) => s[field] !== undefined && s[field] !== null && s[field] !== '';
  for (const field of Object.keys(s)) if (!KNOWN_FIELDS.has(field)) fail(field, `Unknown field "${field}".`);
  for (const field of ['decision_ground', 'content_type', 'category', 'content_date', 'application_date', 'decision_facts', 'source_type', 'automated_detection', 'automated_decision', 'puid']) {
    if (!present(field)) fail(field, `The ${field.replace(/_/g, ' ')} field is required.`);
  }
  if (!['decision_visibility', 'decision_monetary', 'decision_provision', 'decision_account'].some(present)) {
    fail('decision_visibility', 'One of decision_visibility, decision_monetary, decision_provision or decision_account is required.');
  }
  for (const [field, allowed] of Object.entries(ENUMS)) {
    if (present(field) && !allowed.includes(s[field] as string)) fail(field, `The selected ${field} is invalid.`);
  }
  for (const [field, allowed] of Object.entries(ARRAYS)) {
    if (!present(field)) continue;
    const value = s[field];
    if (!Array.isArray(value) || value.length === 0) fail(field, `The ${field} must be a non-empty array.`);
    else if (value.some((v) => !allowed.includes(v as string))) fail(field, `The ${field} contains an invalid value.`);
    else if (new Set(value).size !== value.length) fail(field, `The ${field} contains a value twice.`);
  }
  for (const [field, max] of Object.entries(FREE_TEXT_LIMITS)) {
    if (!present(field)) continue;
    if (typeof s[field] !== 'string') fail(field, `The ${field} must be a string.`);
    else if ((s[field] as string).length > max) fail(field, `The ${field} may not be greater than ${max} characters.`);
  }
  const has = (field: string, value: string) => s[field] === value || (Array.isArray(s[field]) && (s[field] as unknown[]).includes(value));
  const requiredIf = (field: string, when: boolean, why: string) => {
    if (when && !present(field)) fail(field, `The ${field} field is required when ${why}.`);
    if (!when && present(field)) fail(field, `The ${field} field is only allowed when ${why}.`);
  };
  requiredIf('decision_visibility_other', has('decision_visibility', 'DECISION_VISIBILITY_OTHER'), 'decision visibility is other');
  requiredIf('decision_monetary_other', has('decision_monetary', 'DECISION_MONETARY_OTHER'), 'decision monetary is other');
  requiredIf('content_type_other', has('content_type', 'CONTENT_TYPE_OTHER'), 'content type is other');
  const illegal = s.decision_ground === 'DECISION_GROUND_ILLEGAL_CONTENT';
  const incompatible = s.decision_ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  requiredIf('illegal_content_legal_ground', illegal, 'decision ground is illegal content');
  requiredIf('illegal_content_explanation', illegal, 'decision ground is illegal content');
  requiredIf('incompatible_content_ground', incompatible, 'decision ground is incompatible content');
  requiredIf('incompatible_content_explanation', incompatible, 'decision ground is incompatible content');
  if (present('incompatible_content_illegal') && !incompatible)
    fail('incompatible_content_illegal', 'The incompatible_content_illegal field is only allowed when decision ground is incompatible content.');
  if (present('source_identity') && s.source_type === 'SOURCE_VOLUNTARY') fail('source_identity', 'The source_identity field is not allowed for own-initiative decisions.');
  if (present('content_language') && (typeof s.content_language !== 'string' || !/^[A-Z]{2}$/.test(s.content_language)))
    fail('content_language', 'The content_language must be an ISO 639-1 code in upper case.');
  if (present('decision_ground_reference_url') && (typeof s.decision_ground_reference_url !== 'string' || !/^https?:\/\/\S+$/.test(s.decision_ground_reference_url))) {
    fail('decision_ground_reference_url', 'The decision_ground_reference_url must be a URL.');
  }
  checkDate(s, 'content_date', '2000-01-01', fail);
  checkDate(s, 'application_date', '2020-01-01', fail);
  for (const field of ['end_date_visibility_restriction', 'end_date_monetary_restriction', 'end_date_service_restriction', 'end_date_account_restriction']) {
    const application = typeof s.application_date === 'string' ? s.application_date : '2020-01-01';
    checkDate(s, field, application, fail);
  }
  if (present('end_date_account_restriction') && !present('decision_account')) fail('end_date_account_restriction', 'An account restriction end date needs decision_account.');
  if (typeof s.puid === 'string' && !/^[a-zA-Z0-9_-]+$/.test(s.puid)) fail('puid', 'The puid may only contain letters, digits, "-" and "_".');
  for (const field of PERSONAL_TEXT_FIELDS) {
    if (typeof s[field] !== 'string') continue;
    const found = PERSONAL_DATA.find((p) => p.pattern.test(s[field] as string));
    if (found) fail(field, `The ${field} contains what looks like ${found.name}: statements must not contain personal data.`);
  }
  return errors;
}

function checkDate(s: Record<string, unknown>, field: string, notBefore: string, fail: (field: string, message: string) => void): void {
  const value = s[field];
  if (value === undefined || value === null || value === '') return;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    fail(field, `The ${field} does not match the format Y-m-d.`);
    return;
  }
  if (value < notBefore) fail(field, `The ${field} must be a date after or equal to ${notBefore}.`);
}

export function isValidTdbStatement(input: unknown): input is TdbStatement {
  return Object.keys(validateTdbStatement(input)).length === 0;
}
