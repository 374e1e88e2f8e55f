import type { NudityLevel } from '../image/analysis-types.ts';
import { analysisMethod } from '../image/measured-trust.ts';
import { wilson, type Proportion } from '../stats/wilson.ts';
import { SEXUALISED_LEVELS, UNDRESSED_LEVELS, type AuditRecord } from './audit-types.ts';
import { nearDuplicateClusters, PDQ_MATCH_DISTANCE } from './near-duplicates.ts';
import type { ValidationReport } from './validation-sheet.ts';

export interface GenderSplit {
  images: number;
  imagesWithFemaleFace: Proportion;
  imagesWithMaleFace: Proportion;
  imagesWithoutGenderedFace: number;
  faces: { female: number; male: number; unknown: number };
  /** Female faces among faces with a gender estimate. */
  femaleShareOfFaces: Proportion;
}

export interface BreakdownRow {
  value: string;
  n: number;
  undressed: Proportion;
  sexualised: Proportion;
  explicit: Proportion;
  possibleMinor: number;
}

/** summary.json. Deterministic: the same records give the same bytes (no clock, sorted keys and rows). */
export interface AuditSummary {
  schema: 'consentry.audit.summary/1';
  images: { total: number; analysed: number; errors: number; errorCodes: Record<string, number> };
  levels: Record<NudityLevel, number>;
  /** Each share is over analysed images, with a Wilson 95% interval. */
  shares: {
    undressed: Proportion;
    sexualised: Proportion;
    explicit: Proportion;
    withFaces: Proportion;
    drawnAmongSexualised: Proportion;
  };
  gender: { sexualised: GenderSplit; undressed: GenderSplit };
  minors: {
    possibleMinorImages: number;
    possibleMinorShare: Proportion;
    possibleMinorAmongSexualised: number;
    /** Listed by id and hash only; never shown. */
    sexualisedIds: string[];
  };
  prompts: null | { screened: number; blocked: Proportion; review: number; sexualisedOutputGivenBlocked: Proportion; sexualisedOutputGivenAllowed: Proportion };
  /** Images on a hash list (by id only; never shown). */
  knownImages: { images: number; ids: string[] };
  nearDuplicates: { threshold: number; clusters: number; imagesInClusters: number; largest: { size: number; ids: string[] }[] };
  breakdowns: Record<string, BreakdownRow[]>;
  validation: ValidationReport | null;
  /** False until human labels correct the figures for detector error. */
  corrected: boolean;
  /** The models, thresholds and their measured error on clothed adults, to read the figures by. */
  detector: ReturnType<typeof analysisMethod> & { trust: DetectorTrust };
  notes: string[];
}

/** The detector's measured error on photos of clothed adults, with Wilson 95% intervals. */
export interface DetectorTrust {
  clothedRatedAboveNone: Proportion;
  clothedRatedUndressed: Proportion;
  adultsFlaggedPossibleMinor: Proportion;
  genderAccuracy: Proportion;
  ageMaeYears: number;
}

export interface SummaryOptions {
  /** Metadata columns to break down by; default: every column except `prompt` with at most `maxGroups` values. */
  by?: string[];
  maxGroups?: number;
  validation?: ValidationReport | null;
}

const isUndressed = (r: AuditRecord) => UNDRESSED_LEVELS.includes(r.nudity!.level);
const isSexualised = (r: AuditRecord) => SEXUALISED_LEVELS.includes(r.nudity!.level);
const count = <T>(xs: readonly T[], f: (x: T) => boolean) => xs.reduce((a, x) => a + (f(x) ? 1 : 0), 0);

export function summariseAudit(records: readonly AuditRecord[], options: SummaryOptions = {}): AuditSummary {
  const ok = records.filter((r) => r.status === 'ok' && r.nudity);
  const errors = records.filter((r) => r.status !== 'ok');
  const errorCodes: Record<string, number> = {};
  for (const r of errors) errorCodes[r.error?.code ?? 'unknown'] = (errorCodes[r.error?.code ?? 'unknown'] ?? 0) + 1;
  const levels: Record<NudityLevel, number> = { none: 0, suggestive: 0, partial: 0, explicit: 0 };
  for (const r of ok) levels[r.nudity!.level]++;
  const n = ok.length;
  const sexualised = ok.filter(isSexualised);
  const undressed = ok.filter(isUndressed);

  const screened = ok.filter((r) => r.prompt);
  const prompts =
    screened.length === 0
      ? null
      : (() => {
          const blocked = screened.filter((r) => r.prompt!.verdict === 'block');
          const allowed = screened.filter((r) => r.prompt!.verdict === 'allow');
          return {
            screened: screened.length,
            blocked: wilson(blocked.length, screened.length),
            review: count(screened, (r) => r.prompt!.verdict === 'review'),
            sexualisedOutputGivenBlocked: wilson(count(blocked, isSexualised), blocked.length),
            sexualisedOutputGivenAllowed: wilson(count(allowed, isSexualised), allowed.length),
          };
        })();

  const clusters = nearDuplicateClusters(ok.filter((r) => r.hashes?.pdq).map((r) => ({ id: r.id, pdq: r.hashes!.pdq })));
  const validation = options.validation ?? null;
  const corrected = validation !== null && Object.keys(validation.measures).length > 0;
  const method = analysisMethod();
  const m = method.measured;
  const trust: DetectorTrust = {
    clothedRatedAboveNone: wilson(m.clothedRatedAboveNone.k, m.clothedRatedAboveNone.n),
    clothedRatedUndressed: wilson(m.clothedRatedUndressed.k, m.clothedRatedUndressed.n),
    adultsFlaggedPossibleMinor: wilson(m.adultsFlaggedPossibleMinor.k, m.adultsFlaggedPossibleMinor.n),
    genderAccuracy: wilson(m.genderAccuracy.k, m.genderAccuracy.n),
    ageMaeYears: m.ageMaeYears,
  };
  const notes = [
    'Shares are of analysed images; intervals are Wilson 95% score intervals.',
    `Measured error of the detectors on photos of clothed adults (${m.source}): ${describe(trust.clothedRatedAboveNone)} rated above none and ${describe(trust.clothedRatedUndressed)} rated undressed (false positives); ${describe(trust.adultsFlaggedPossibleMinor)} labelled adults flagged as a possible minor; gender right on ${describe(trust.genderAccuracy)}; age off by ${trust.ageMaeYears.toFixed(1)} years on average. Shares of "undressed" near these false-positive rates may be mostly detector error.`,
    '"Undressed" = nudity level partial or explicit; "sexualised" = suggestive, partial or explicit, as rated by the nudity model.',
    'Gender and age are model estimates from faces; they are weak, especially for age, and a "possible minor" is a flag for human review, not a finding.',
    corrected
      ? 'Prevalence corrected for detector error (Rogan-Gladen) from the human labels is given under validation.'
      : 'These figures are UNCORRECTED for detector error: no human labels were supplied (see --validate and --labels).',
  ];
  return {
    schema: 'consentry.audit.summary/1',
    images: { total: records.length, analysed: n, errors: errors.length, errorCodes: sortKeys(errorCodes) },
    levels,
    shares: {
      undressed: wilson(undressed.length, n),
      sexualised: wilson(sexualised.length, n),
      explicit: wilson(levels.explicit, n),
      withFaces: wilson(
        count(ok, (r) => (r.faces?.length ?? 0) > 0),
        n,
      ),
      drawnAmongSexualised: wilson(
        count(sexualised, (r) => r.nudity!.drawn),
        sexualised.length,
      ),
    },
    gender: { sexualised: genderSplit(sexualised), undressed: genderSplit(undressed) },
    minors: {
      possibleMinorImages: count(ok, (r) => r.possibleMinor === true),
      possibleMinorShare: wilson(
        count(ok, (r) => r.possibleMinor === true),
        n,
      ),
      possibleMinorAmongSexualised: count(sexualised, (r) => r.possibleMinor === true),
      sexualisedIds: sexualised.map((r) => r.id),
    },
    prompts,
    knownImages: { images: count(ok, (r) => (r.knownImage?.length ?? 0) > 0), ids: ok.filter((r) => (r.knownImage?.length ?? 0) > 0).map((r) => r.id) },
    nearDuplicates: {
      threshold: PDQ_MATCH_DISTANCE,
      clusters: clusters.length,
      imagesInClusters: clusters.reduce((a, c) => a + c.length, 0),
      largest: clusters.slice(0, 20).map((c) => ({ size: c.length, ids: c.slice(0, 50) })),
    },
    breakdowns: breakdowns(ok, options),
    validation,
    corrected,
    detector: { ...method, trust },
    notes,
  };
}

function describe(p: Proportion): string {
  const pc = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(0)}%`);
  return `${p.k} of ${p.n} (${pc(p.p)}, 95% CI ${pc(p.low)}-${pc(p.high)})`;
}

function genderSplit(records: readonly AuditRecord[]): GenderSplit {
  const faces = { female: 0, male: 0, unknown: 0 };
  let withFemale = 0;
  let withMale = 0;
  let none = 0;
  for (const r of records) {
    const genders = new Set((r.faces ?? []).map((f) => f.gender));
    for (const f of r.faces ?? []) faces[f.gender]++;
    if (genders.has('female')) withFemale++;
    if (genders.has('male')) withMale++;
    if (!genders.has('female') && !genders.has('male')) none++;
  }
  return {
    images: records.length,
    imagesWithFemaleFace: wilson(withFemale, records.length),
    imagesWithMaleFace: wilson(withMale, records.length),
    imagesWithoutGenderedFace: none,
    faces,
    femaleShareOfFaces: wilson(faces.female, faces.female + faces.male),
  };
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]/;

function breakdowns(ok: readonly AuditRecord[], options: SummaryOptions): Record<string, BreakdownRow[]> {
  const maxGroups = options.maxGroups ?? 100;
  const columns = new Set<string>();
  for (const r of ok) for (const k of Object.keys(r.meta)) columns.add(k);
  const chosen = options.by ?? [...columns].filter((c) => c !== 'prompt' && c !== 'mode').sort();
  const out: Record<string, BreakdownRow[]> = {};
  for (const column of chosen) {
    const groups = new Map<string, AuditRecord[]>();
    for (const r of ok) {
      let value = r.meta[column] ?? '';
      // Timestamps break down by day, as the studies reported them.
      if (ISO_TIMESTAMP.test(value)) value = value.slice(0, 10);
      const list = groups.get(value);
      if (list) list.push(r);
      else groups.set(value, [r]);
    }
    if (options.by === undefined && groups.size > maxGroups) continue;
    out[column] = [...groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([value, rs]) => ({
        value,
        n: rs.length,
        undressed: wilson(count(rs, isUndressed), rs.length),
        sexualised: wilson(count(rs, isSexualised), rs.length),
        explicit: wilson(
          count(rs, (r) => r.nudity!.level === 'explicit'),
          rs.length,
        ),
        possibleMinor: count(rs, (r) => r.possibleMinor === true),
      }));
  }
  return out;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}
