// Which takedown regimes a notice falls under, and the deadline they set (legal.md §1, §5.1, §7.2).
// Pure data and functions: no clock, no database.

export const NOTICE_REGIMES = ['DSA16', 'TIDA3', 'UK_OSA_20A', 'AU_OSA', 'IN_IT_RULES'] as const;
export type NoticeRegime = (typeof NOTICE_REGIMES)[number];

export const NOTIFIER_ROLES = ['SUBJECT', 'AUTHORISED_AGENT', 'THIRD_PARTY', 'TRUSTED_FLAGGER', 'AUTHORITY'] as const;
export type NotifierRole = (typeof NOTIFIER_ROLES)[number];

export const ALLEGED_CATEGORIES = ['NCII_REAL', 'NCII_SYNTHETIC', 'CSAM', 'OTHER'] as const;
export type AllegedCategory = (typeof ALLEGED_CATEGORIES)[number];

export interface RegimeInfo {
  id: NoticeRegime;
  name: string;
  citation: string;
  /** Hours from receipt the regime allows; undefined: "without undue delay" (the operator's target applies). */
  hours?: number;
  summary: string;
}

export const REGIMES: Readonly<Record<NoticeRegime, RegimeInfo>> = Object.freeze({
  DSA16: {
    id: 'DSA16',
    name: 'EU Digital Services Act, notice and action',
    citation: 'Regulation (EU) 2022/2065, Art. 16 (receipt confirmed without undue delay; decision timely, diligent, non-arbitrary, objective)',
    summary: 'Confirm receipt and decide without undue delay; the operator sets the target.',
  },
  TIDA3: {
    id: 'TIDA3',
    name: 'US TAKE IT DOWN Act, notice and removal',
    citation: 'Pub. L. 119-12, §3 (47 U.S.C. 223a): remove as soon as possible, not later than 48 hours; known identical copies too',
    hours: 48,
    summary: 'Remove within 48 hours of a valid request, with known identical copies.',
  },
  UK_OSA_20A: {
    id: 'UK_OSA_20A',
    name: 'UK Online Safety Act, intimate image content report',
    citation: 'Online Safety Act 2023 s.10(3A) and s.20A (inserted by the Crime and Policing Act 2026): as soon as reasonably practicable and no later than 48 hours',
    hours: 48,
    summary: 'Take down the content and the same or substantially the same content within 48 hours.',
  },
  AU_OSA: {
    id: 'AU_OSA',
    name: 'Australia Online Safety Act, removal notice',
    citation: 'Online Safety Act 2021 (Cth) s.77: remove within 24 hours of an eSafety removal notice',
    hours: 24,
    summary: 'Remove within 24 hours (the statutory clock runs from an eSafety notice; applied here to every Australian notice).',
  },
  IN_IT_RULES: {
    id: 'IN_IT_RULES',
    name: 'India IT (Intermediary Guidelines) Rules, NCII',
    citation: 'IT Rules 2021 as amended 2026 (G.S.R. 120(E)): non-consensual intimate imagery removed within 2 hours of a report',
    hours: 2,
    summary: 'Remove intimate imagery within 2 hours of the report.',
  },
});

// The EU and EEA states the DSA covers (EEA since its incorporation), plus "EU" itself.
const DSA_COUNTRIES = new Set([
  'EU',
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

export interface RegimeInput {
  /** ISO 3166-1 alpha-2 codes (and "EU") where the person is, or where the content is seen. */
  jurisdictions: readonly string[];
  category: AllegedCategory;
  role: NotifierRole;
  minor: boolean;
}

export interface RegimeResult {
  regimes: NoticeRegime[];
  /** Hours from receipt to the earliest deadline. */
  deadlineHours: number;
  /** Which regime set it (undefined: the operator's own target). */
  deadlineSetBy?: NoticeRegime;
  /** The operator must report apparent child sexual abuse material (NCMEC, NCA, national bodies). */
  reportingDuty: boolean;
}

/**
 * The regimes a notice falls under and its deadline: the earliest of the regimes' hours and the
 * operator's target (the DSA's "without undue delay" is met by the target). The US and UK
 * regimes ask the request to come from the person depicted or someone acting for them; a
 * third party's notice is still handled, against the DSA and the operator's target.
 *
 * @example
 * computeRegimes({ jurisdictions: ['US', 'FR'], category: 'NCII_SYNTHETIC', role: 'SUBJECT', minor: false }, 24)
 * // → { regimes: ['DSA16', 'TIDA3'], deadlineHours: 24, reportingDuty: false }
 */
export function computeRegimes(input: RegimeInput, targetHours: number): RegimeResult {
  const places = new Set(input.jurisdictions.map((j) => j.toUpperCase()));
  const intimate = input.minor || input.category !== 'OTHER';
  const subjectOrAgent = input.role === 'SUBJECT' || input.role === 'AUTHORISED_AGENT';
  const regimes: NoticeRegime[] = [];
  if ([...places].some((p) => DSA_COUNTRIES.has(p))) regimes.push('DSA16');
  if (places.has('US') && intimate && subjectOrAgent) regimes.push('TIDA3');
  if (places.has('GB') && intimate && subjectOrAgent) regimes.push('UK_OSA_20A');
  if (places.has('AU') && intimate) regimes.push('AU_OSA');
  if (places.has('IN') && intimate) regimes.push('IN_IT_RULES');
  let deadlineHours = targetHours;
  let deadlineSetBy: NoticeRegime | undefined;
  for (const id of regimes) {
    const hours = REGIMES[id].hours;
    if (hours !== undefined && hours < deadlineHours) {
      deadlineHours = hours;
      deadlineSetBy = id;
    }
  }
  return { regimes, deadlineHours, ...(deadlineSetBy ? { deadlineSetBy } : {}), reportingDuty: input.minor || input.category === 'CSAM' };
}
