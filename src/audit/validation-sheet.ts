import { InvalidInputError } from '../errors.ts';
import { seededRandom, shuffled } from '../stats/random.ts';
import { validationEstimates, type LabelledItem, type ValidationEstimate } from '../stats/validation.ts';
import { compareIds } from './audit-inputs.ts';
import { SEXUALISED_LEVELS, UNDRESSED_LEVELS, type AuditRecord } from './audit-types.ts';
import { csvLine, parseCsv } from './csv.ts';

/** What a human labels, and how the detectors' call on each is read from a record. */
export const MEASURES = {
  undressed: (r: AuditRecord) => UNDRESSED_LEVELS.includes(r.nudity!.level),
  sexualised: (r: AuditRecord) => SEXUALISED_LEVELS.includes(r.nudity!.level),
  possible_minor: (r: AuditRecord) => r.possibleMinor === true,
} as const;
export type Measure = keyof typeof MEASURES;
export const MEASURE_NAMES = Object.keys(MEASURES) as Measure[];

export const DEFAULT_VALIDATION_SEED = 6;

/** The sampling stratum: the detectors' nudity level, split by the possible-minor flag. */
export function stratumOf(record: AuditRecord): string {
  return `${record.nudity!.level}${record.possibleMinor ? '+minor' : ''}`;
}

/**
 * A stratified random sample of analysed images for human labelling: `n` split as evenly as the
 * strata allow (rare strata such as `explicit` are fully represented), drawn with a fixed seed.
 * The sheet does not show the detectors' calls, so labellers are not anchored by them.
 */
export function validationSheet(records: readonly AuditRecord[], n: number, seed = DEFAULT_VALIDATION_SEED): string {
  if (!Number.isInteger(n) || n <= 0) throw new InvalidInputError('--validate needs a positive number of images.');
  const strata = new Map<string, AuditRecord[]>();
  for (const r of records) {
    if (r.status !== 'ok') continue;
    const s = stratumOf(r);
    const list = strata.get(s);
    if (list) list.push(r);
    else strata.set(s, [r]);
  }
  const random = seededRandom(seed);
  const names = [...strata.keys()].sort();
  const pools = new Map(
    names.map((s) => [
      s,
      shuffled(
        strata.get(s)!.sort((a, b) => compareIds(a.id, b.id)),
        random,
      ),
    ]),
  );
  const picked: AuditRecord[] = [];
  let remaining = n;
  // Round-robin one at a time: equal allocation, capped by stratum size.
  while (remaining > 0) {
    let progressed = false;
    for (const s of names) {
      const pool = pools.get(s)!;
      if (remaining > 0 && pool.length > 0) {
        picked.push(pool.shift()!);
        remaining--;
        progressed = true;
      }
    }
    if (!progressed) break;
  }
  const rows = shuffled(picked, random);
  return csvLine(['id', 'source', ...MEASURE_NAMES, 'note']) + rows.map((r) => csvLine([r.id, r.source, '', '', '', ''])).join('');
}

export type Labels = Map<string, Partial<Record<Measure, boolean>>>;

/** Reads a filled-in labelling sheet: 1/0, yes/no, y/n, true/false; blank = not labelled. */
export function parseLabels(text: string): Labels {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new InvalidInputError('The labels file is empty.');
  const names = header.map((h) => h.trim().toLowerCase());
  const idIndex = names.indexOf('id');
  if (idIndex < 0) throw new InvalidInputError('The labels file needs an "id" column.');
  const labels: Labels = new Map();
  for (const [i, row] of rows.entries()) {
    const id = row[idIndex]?.trim();
    if (!id) continue;
    const entry: Partial<Record<Measure, boolean>> = {};
    for (const m of MEASURE_NAMES) {
      const col = names.indexOf(m);
      const raw = col < 0 ? '' : (row[col] ?? '').trim().toLowerCase();
      if (raw === '') continue;
      if (['1', 'y', 'yes', 'true'].includes(raw)) entry[m] = true;
      else if (['0', 'n', 'no', 'false'].includes(raw)) entry[m] = false;
      else throw new InvalidInputError(`labels row ${i + 2}: "${raw}" in column ${m} is not 1/0/yes/no.`);
    }
    labels.set(id, entry);
  }
  return labels;
}

export interface ValidationReport {
  labelledImages: number;
  unknownIds: number;
  measures: Partial<Record<Measure, ValidationEstimate>>;
}

/** Detector precision/recall and Rogan-Gladen-corrected prevalence for each labelled measure. */
export function validateAgainstLabels(records: readonly AuditRecord[], labels: Labels): ValidationReport {
  const ok = records.filter((r) => r.status === 'ok');
  const byId = new Map(ok.map((r) => [r.id, r]));
  const sizes = new Map<string, number>();
  for (const r of ok) sizes.set(stratumOf(r), (sizes.get(stratumOf(r)) ?? 0) + 1);
  let unknownIds = 0;
  for (const id of labels.keys()) if (!byId.has(id)) unknownIds++;
  const measures: ValidationReport['measures'] = {};
  for (const m of MEASURE_NAMES) {
    const items: LabelledItem[] = [];
    for (const [id, l] of labels) {
      const r = byId.get(id);
      if (!r || l[m] === undefined) continue;
      items.push({ stratum: stratumOf(r), predicted: MEASURES[m](r), truth: l[m]! });
    }
    if (items.length === 0) continue;
    const positives = ok.filter(MEASURES[m]).length;
    measures[m] = validationEstimates(items, sizes, { positives, n: ok.length });
  }
  return { labelledImages: [...labels.keys()].filter((id) => byId.has(id)).length, unknownIds, measures };
}
