import { mkdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { InvalidInputError } from '../errors.ts';
import { AUDIT_REPORTERS, type AuditReportInput, type AuditRunInfo } from '../report/audit-reporters.ts';
import { atomicWrite } from '../report/reporter.ts';
import { readAuditInputs } from './audit-inputs.ts';
import { auditItem } from './audit-item.ts';
import { summariseAudit, type AuditSummary } from './audit-summary.ts';
import type { AuditDependencies, AuditItem, AuditRecord } from './audit-types.ts';
import { createProgress } from './progress.ts';
import type { ReadLimits } from './read-image.ts';
import { ResultsJournal } from './results-journal.ts';
import { blurredThumbnails } from './thumbnails.ts';
import { parseLabels, validateAgainstLabels, validationSheet } from './validation-sheet.ts';

export interface AuditOptions {
  /** A folder, a CSV or JSON-lines manifest, or the items themselves. */
  input: string | AuditItem[];
  outDir: string;
  deps: AuditDependencies;
  /** Images in flight at once; the analyzer's own pool does the parallel model work. Default 2 × cores. */
  concurrency?: number;
  /** Metadata columns to break down by (default: all with ≤ 100 values, except prompt). */
  by?: string[];
  /** Write validation-sheet.csv with this many images for human labelling. */
  validate?: number;
  validationSeed?: number;
  /** A filled-in labelling sheet. */
  labelsFile?: string;
  thumbnails?: boolean;
  title?: string;
  /** Version, command and start time for the report's Method section (the first run's, on resume). */
  run?: AuditRunInfo;
  readLimits?: ReadLimits;
  /** Where progress goes (stderr in the CLI); nothing when absent. */
  progress?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Stop starting new images once aborted; what is done stays in the journal. */
  signal?: AbortSignal;
  /**
   * On resume, analyse again the images whose earlier attempt failed (a model crash or timeout, a
   * URL that did not answer, a file fixed since). Without it a resumed run keeps those errors.
   */
  retryErrors?: boolean;
}

export interface AuditOutcome {
  summary: AuditSummary;
  records: AuditRecord[];
  /** Images analysed by this run (the rest came from a previous, interrupted run). */
  analysedNow: number;
  /** Images listed in the input. */
  total: number;
  resumed: number;
  complete: boolean;
  files: string[];
}

/**
 * Audits a corpus into `outDir`: results.jsonl (the journal, one fsync'd line per image), then
 * results.csv, summary.json and report.html. Re-running with the same output folder skips ids
 * already in the journal (failed ones too, unless `retryErrors`), and the finished files are
 * byte-identical to an uninterrupted run.
 */
export async function runAudit(options: AuditOptions): Promise<AuditOutcome> {
  const outDir = resolve(options.outDir);
  await mkdir(outDir, { recursive: true });
  const items = typeof options.input === 'string' ? await readAuditInputs(options.input) : [...options.input].sort((a, b) => (a.id < b.id ? -1 : 1));
  if (items.length === 0) throw new InvalidInputError('No images to audit (no image files in the folder, or an empty manifest).');
  const journal = await ResultsJournal.open(join(outDir, 'results.jsonl'));
  const wanted = new Set(items.map((i) => i.id));
  const todo = items.filter((i) => {
    const earlier = journal.done.get(i.id);
    return !earlier || (options.retryErrors === true && earlier.status === 'error');
  });
  const resumed = items.length - todo.length;
  const progress = options.progress ? createProgress(options.progress, items.length, { alreadyDone: resumed }) : undefined;
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism() * 2);
  let next = 0;
  let finished = 0;
  try {
    const runner = async () => {
      while (next < todo.length && !options.signal?.aborted) {
        const item = todo[next++]!;
        const record = await auditItem(item, options.deps, options.readLimits);
        await journal.append(record);
        finished++;
        progress?.update(finished);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, runner));
    progress?.finish();
    const complete = items.every((i) => journal.done.has(i.id));
    if (complete) await journal.finalise();
    const records = journal.records().filter((r) => wanted.has(r.id));
    const report = await writeReports(records, items, outDir, options);
    return { ...report, records, analysedNow: finished, total: items.length, resumed, complete };
  } finally {
    await journal.close();
  }
}

/** Builds summary.json, results.csv, report.html (and the labelling sheet) from finished records. */
export async function writeReports(
  records: AuditRecord[],
  items: readonly AuditItem[],
  outDir: string,
  options: Pick<AuditOptions, 'by' | 'validate' | 'validationSeed' | 'labelsFile' | 'thumbnails' | 'title' | 'run'>,
): Promise<{ summary: AuditSummary; files: string[] }> {
  const files: string[] = [join(outDir, 'results.jsonl')];
  let validation = null;
  if (options.labelsFile) validation = validateAgainstLabels(records, parseLabels(await readFile(options.labelsFile, 'utf8')));
  const summary = summariseAudit(records, { by: options.by, validation });
  const thumbnails = options.thumbnails === false ? undefined : await blurredThumbnails(records, new Map(items.map((i) => [i.id, i])));
  const input: AuditReportInput = { summary, records, thumbnails, title: options.title, run: options.run };
  for (const reporter of Object.values(AUDIT_REPORTERS)) {
    const path = join(outDir, reporter.fileName);
    await atomicWrite(path, reporter.render(input));
    files.push(path);
  }
  if (options.validate) {
    const path = join(outDir, 'validation-sheet.csv');
    await atomicWrite(path, validationSheet(records, options.validate, options.validationSeed));
    files.push(path);
  }
  return { summary, files };
}
