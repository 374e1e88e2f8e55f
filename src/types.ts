/**
 * Shared vocabulary of Consentry: subjects, signals, decisions.
 * The same string literals are used by the code, the database and the HTTP schemas.
 */

/** What a detector can say about a subject. */
export const CATEGORIES = [
  /** Removing, reducing or making see-through a person's clothing; swimwear/underwear edits. */
  'undress',
  /** Nudity, sexual acts, sexualised poses or body emphasis, explicit terms or imagery. */
  'sexual',
  /** Revealing but not nude (swimwear, lingerie, "sexy" imagery). */
  'suggestive',
  /** A child or teen is referred to or may be depicted. */
  'minor',
  /** A real, identifiable person is the target (named figure, the person in a supplied photo). */
  'real_person',
  /** The request asserts consent or adulthood. Evidence only: never treated as consent. */
  'consent_claim',
  /** The image matches a hash list of known images (NCII, CSAM, protected). */
  'known_image',
  /** A face matches a person enrolled for protection (their preference decides what is refused). */
  'protected_person',
  /** A matched protected person asked for no edits at all, and this is an edit or its output. */
  'protected_no_edits',
  /** A check could not run; the policy fails closed on it. */
  'check_unavailable',
  /** The request is in a language or script the prompt screener cannot screen with confidence. */
  'language_not_covered',
  /**
   * The exact image (SHA-256 or MD5, never a near-duplicate) is on an `allow` list, put there by a
   * reviewer who overturned a `review` of it. Lifts non-floor rules of a lone image check; never a floor.
   */
  'allow_listed',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const VERDICTS = ['allow', 'review', 'block'] as const;
export type Verdict = (typeof VERDICTS)[number];

export type RequestMode = 'edit' | 'generate';

/** Input, normalised once at the edge. The core never sees raw HTTP bodies or CLI strings. */
export interface PromptSubject {
  kind: 'prompt';
  text: string;
  mode: RequestMode;
  /** Earlier prompts of the same thread, oldest first, so a follow-up is read in context. */
  history?: string[];
}

export interface ImageSubject {
  kind: 'image';
  /** Encoded image bytes, as received. */
  bytes: Uint8Array;
  /** Where it came from (file name, field name), for messages only. */
  label?: string;
}

export interface EditSubject {
  kind: 'edit';
  before: ImageSubject;
  after: ImageSubject;
  prompt?: PromptSubject;
}

export type Subject = PromptSubject | ImageSubject | EditSubject;
export type SubjectKind = Subject['kind'];

/** Why a detector said what it said. Offsets are UTF-16 code units into the text as given. */
export type Evidence =
  | { kind: 'text'; start: number; end: number; text: string; term: string; language?: string }
  | { kind: 'score'; name: string; value: number }
  | { kind: 'region'; box: [x: number, y: number, width: number, height: number]; label: string; score?: number }
  | { kind: 'hash'; list: string; entryId: string; distance: number; signal: string }
  | { kind: 'person'; personId: string; similarity: number; preference: string; box?: [x: number, y: number, width: number, height: number] }
  | { kind: 'note'; text: string };

/** One finding of one detector. */
export interface Signal {
  detector: string;
  category: Category;
  /** Confidence in [0, 1]. */
  score: number;
  reason: string;
  evidence: Evidence[];
}

/** A detector that could not run; the policy blocks on it. */
export interface UnavailableCheck {
  detector: string;
  reason: string;
}

export interface DetectionResult {
  signals: Signal[];
  unavailable: UnavailableCheck[];
  /** Detector-specific structured output (nudity classes, faces, hashes…), keyed by detector name. */
  details: Record<string, unknown>;
}

/** A rule of a policy that fired. */
export interface FiredRule {
  id: string;
  verdict: Verdict;
  floor: boolean;
  reason: string;
  legalClass?: LegalClass;
}

/** Content classes the law speaks of (see shared/research/legal.md, section 1). */
export type LegalClass = 'C1_REAL_ADULT_SEXUAL' | 'C1b_REAL_ADULT_SUGGESTIVE' | 'C2_MINOR_SEXUAL';

export interface LegalBasis {
  jurisdiction: string;
  legalClass: LegalClass;
  citation: string;
  summary: string;
}

export interface CategoryFinding {
  category: Category;
  score: number;
  reasons: string[];
  evidence: Evidence[];
  detectors: string[];
}

export interface Decision {
  verdict: Verdict;
  categories: CategoryFinding[];
  rules: FiredRule[];
  reasons: string[];
  legalBasis: LegalBasis[];
  policy: { id: string; version: string };
  jurisdiction: string;
  unavailable: UnavailableCheck[];
  /** The verified consent that lifted a floor for the person it names: the grants and the face match. */
  consent?: AppliedConsent;
  /** The allow-list entries that lifted non-floor rules of a lone image check (never a floor). */
  allowList?: AppliedAllowList;
}

export interface AppliedAllowList {
  /** `list:entryId` of each exact match. */
  entries: string[];
  /** The rules it lifted; never a floor. */
  lifted: string[];
}

export interface AppliedConsent {
  grantIds: string[];
  personIds: string[];
  categories: string[];
  matches: Array<{ personId: string; similarity: number }>;
  /** The floors and rules it lifted. */
  lifted: string[];
}
