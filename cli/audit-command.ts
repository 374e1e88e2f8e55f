import { existsSync } from 'node:fs';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_READ_LIMITS,
  InvalidInputError,
  readAuditInputs,
  readConfig,
  runAudit,
  runDistributedAudit,
  loadAuditDependencies,
  type AuditDependencies,
  type AuditSummary,
} from '../src/internal.ts';
import type { CliCommand, CliIO } from './cli-command.ts';

const USAGE = `Usage: consentry audit <folder | manifest.csv | manifest.jsonl | previous-output-folder> [options]

Audits a corpus of images: nudity level, faces (age, gender, possible minor), PDQ hash and, where a
"prompt" column is given, the request screener. Writes results.jsonl, results.csv, summary.json and a
self-contained report.html to --out. Re-run with the same --out (or pass the output folder) to resume.

Options:
  --out DIR            output folder (default: audit-out)
  --concurrency N      images in flight at once (default: 2 x cores)
  --by COL[,COL]       metadata columns to break down by (default: all with <= 100 values, except prompt)
  --validate N         also write validation-sheet.csv: N images, stratified, for human labelling
  --seed N             seed of the validation sample (default 6)
  --labels FILE        a filled-in labelling sheet: report precision/recall and corrected prevalence
  --no-thumbnails      no blurred thumbnails in the report (they are only ever of images rated none)
  --title TEXT         report title
  --max-bytes N        largest image read or fetched (default 20 MB); --timeout-ms N for URLs (15000)
  --retry-errors       on resume, analyse again the images that failed before (else their errors stay)
  --distributed        queue one job per image with pg-boss on DATABASE_URL; run "consentry worker" processes
  --audit-id ID        name of a distributed audit (default: derived from --out)`;

/** The audit command, with its dependencies injectable (tests pass fakes; the CLI loads the real ones). */
export function createAuditCommand(loadDeps: (io: CliIO) => Promise<AuditDependencies> = async (io) => loadAuditDependencies(readConfig(io.env))): CliCommand {
  return {
    usage: USAGE,
    async run(args, io) {
      const parse = (argv: string[]) =>
        parseArgs({
          args: argv,
          allowPositionals: true,
          options: {
            out: { type: 'string' },
            concurrency: { type: 'string' },
            by: { type: 'string' },
            validate: { type: 'string' },
            seed: { type: 'string' },
            labels: { type: 'string' },
            'no-thumbnails': { type: 'boolean' },
            title: { type: 'string' },
            'max-bytes': { type: 'string' },
            'timeout-ms': { type: 'string' },
            distributed: { type: 'boolean' },
            'audit-id': { type: 'string' },
            'retry-errors': { type: 'boolean' },
          },
        });
      let { values, positionals } = parse(args);
      let input = positionals[0];
      let outDir = values.out;
      if (!input) throw new InvalidInputError(`Missing the input.\n\n${USAGE}`);
      // An earlier output folder: resume the audit it records.
      // The first run's arguments are kept: a resume typed as `consentry audit OUT` still has the
      // original --by, --validate, --title…; options typed again on resume override them.
      const previous = join(resolve(input), 'audit-run.json');
      let first: { args: string[]; startedAt: string; resumes: Array<{ at: string; args: string[] }> } | undefined;
      if (existsSync(previous)) {
        const run = JSON.parse(await readFile(previous, 'utf8')) as { input: string; args?: string[]; startedAt?: string; resumes?: Array<{ at: string; args: string[] }> };
        outDir ??= resolve(input);
        input = run.input;
        if (Array.isArray(run.args)) {
          first = { args: run.args, startedAt: run.startedAt ?? '', resumes: run.resumes ?? [] };
          values = { ...parse(run.args).values, ...values };
          outDir = values.out ?? outDir;
        }
      }
      outDir = resolve(outDir ?? 'audit-out');
      const int = (name: string, v: string | undefined) => {
        if (v === undefined) return undefined;
        const n = Number(v);
        if (!Number.isInteger(n) || n <= 0) throw new InvalidInputError(`--${name} must be a positive integer.`);
        return n;
      };
      const options = {
        input: resolve(input),
        outDir,
        concurrency: int('concurrency', values.concurrency),
        by: values.by
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        validate: int('validate', values.validate),
        validationSeed: int('seed', values.seed),
        labelsFile: values.labels ? resolve(values.labels) : undefined,
        thumbnails: !values['no-thumbnails'],
        title: values.title,
        retryErrors: values['retry-errors'] === true,
        readLimits: { maxBytes: int('max-bytes', values['max-bytes']) ?? DEFAULT_READ_LIMITS.maxBytes, timeoutMs: int('timeout-ms', values['timeout-ms']) ?? DEFAULT_READ_LIMITS.timeoutMs },
      };
      // Bad input is reported before the models spend seconds loading.
      const items = await readAuditInputs(options.input);
      if (items.length === 0) throw new InvalidInputError(`No images in "${options.input}".`);
      await mkdir(outDir, { recursive: true });
      // The one file with the clock in it; kept out of the deterministic outputs.
      const started = new Date();
      const original = first ?? { args, startedAt: started.toISOString(), resumes: [] };
      const resumes = first ? [...first.resumes, { at: started.toISOString(), args }] : [];
      const writeRun = (extra: Record<string, unknown> = {}) =>
        writeFile(
          join(outDir!, 'audit-run.json'),
          `${JSON.stringify({ input: options.input, args: original.args, startedAt: original.startedAt, ...(resumes.length ? { resumes } : {}), ...extra }, null, 2)}\n`,
        );
      const run = { version: await consentryVersion(), command: ['consentry', 'audit', ...original.args].join(' '), startedAt: original.startedAt };
      await writeRun();
      const controller = new AbortController();
      const onSigint = () => {
        io.stderr.write('\nStopping after the images in flight; run the same command again to resume.\n');
        controller.abort();
      };
      process.once('SIGINT', onSigint);
      try {
        if (values.distributed) {
          const config = readConfig(io.env);
          if (!config.databaseUrl) throw new InvalidInputError('--distributed needs DATABASE_URL (a PostgreSQL server shared with the workers).');
          const result = await runDistributedAudit({ ...options, run, input: items, databaseUrl: config.databaseUrl, auditId: values['audit-id'], progress: io.stderr, signal: controller.signal });
          printSummary(io, result.summary, result.files);
          return result.summary.images.errors > 0 ? 1 : 0;
        }
        const deps = await loadDeps(io);
        try {
          const result = await runAudit({ ...options, run, input: items, deps, progress: io.stderr, signal: controller.signal });
          await writeRun({
            finishedAt: new Date().toISOString(),
            seconds: (Date.now() - started.getTime()) / 1000,
            analysedNow: result.analysedNow,
            resumed: result.resumed,
            complete: result.complete,
          });
          if (!result.complete) {
            io.stderr.write(`Interrupted: ${result.records.length} of ${result.total} images done. Run again to resume.\n`);
            return 1;
          }
          printSummary(io, result.summary, result.files);
          return result.summary.images.errors > 0 ? 1 : 0;
        } finally {
          if (deps.close) await deps.close();
          else await deps.analyzer.close();
        }
      } finally {
        process.off('SIGINT', onSigint);
      }
    },
  };
}

function printSummary(io: CliIO, s: AuditSummary, files: string[]): void {
  const pct = (p: number | null) => (p === null ? '–' : `${(p * 100).toFixed(1)}%`);
  const share = (x: AuditSummary['shares']['undressed']) => (x.p === null ? 'n/a (no images)' : `${pct(x.p)} (95% CI ${pct(x.low)}–${pct(x.high)}, ${x.k}/${x.n})`);
  io.stdout.write(
    [
      `Images: ${s.images.total} listed, ${s.images.analysed} analysed, ${s.images.errors} failed`,
      `Undressed (partial/explicit): ${share(s.shares.undressed)}`,
      `Undressed or suggestive:      ${share(s.shares.sexualised)}`,
      `Explicit:                     ${share(s.shares.explicit)}`,
      `Women among gendered faces in undressed/suggestive images: ${share(s.gender.sexualised.femaleShareOfFaces)}`,
      `Possible minors: ${s.minors.possibleMinorImages} (${s.minors.possibleMinorAmongSexualised} among undressed/suggestive)`,
      `On a hash list: ${s.knownImages.images}`,
      `Near-duplicate clusters (PDQ <= ${s.nearDuplicates.threshold}): ${s.nearDuplicates.clusters}`,
      s.corrected ? 'Corrected prevalence from human labels: see summary.json "validation".' : 'Figures are UNCORRECTED for detector error (no --labels).',
      ...files.map((f) => `wrote ${f}`),
      '',
    ].join('\n'),
  );
}

export const auditCommand = createAuditCommand();

async function consentryVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}
