import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildTransparencyReport,
  InvalidInputError,
  openMigratedDatabase,
  pickReporter,
  regulatorySource,
  TEMPLATE_SHEETS,
  templateSheets,
  termsFromConfig,
  TRANSPARENCY_REPORTERS,
  type TemplateSheet,
} from '../src/internal.ts';
import type { CliCommand } from './cli-command.ts';
import { dateOption, regulatoryConfig } from './regulatory-options.ts';

const USAGE = `Usage:
  consentry report transparency --from DATE --to DATE [--format csv|json|html] [--sheet NAME]
                                [--out DIR] [--service NAME] [--include-refusals] [--tenant T] [--data-dir DIR]

A transparency report (DSA Art 15 and 24) for [--from, --to): restrictions by category and
jurisdiction, automated means, time to action, notices, appeals and reversals, the detectors'
measured error rates. --format csv gives the sheets of the harmonised templates (Implementing
Regulation (EU) 2024/2835) as RFC 4180 CSV: with --out DIR one file per sheet, otherwise the one
--sheet (${TEMPLATE_SHEETS.join(', ')}; default 5_own_initiative_illegal) on stdout.
--format html is one self-contained page with charts.`;

export const reportCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string', default: 'html' },
        sheet: { type: 'string' },
        out: { type: 'string' },
        service: { type: 'string' },
        tenant: { type: 'string' },
        'include-refusals': { type: 'boolean' },
        'data-dir': { type: 'string' },
      },
    });
    if (positionals[0] !== 'transparency' || positionals.length !== 1) throw new InvalidInputError(USAGE, undefined, 'usage');
    const from = dateOption('from', values.from);
    const to = dateOption('to', values.to);
    if (!from || !to || from >= to) throw new InvalidInputError('--from and --to are required, --from before --to.', undefined, 'usage');
    let reporter;
    try {
      reporter = pickReporter(TRANSPARENCY_REPORTERS, values.format!);
    } catch (error) {
      throw new InvalidInputError(`--format: ${(error as Error).message}`, undefined, 'usage');
    }
    if (values.sheet !== undefined && !(TEMPLATE_SHEETS as readonly string[]).includes(values.sheet))
      throw new InvalidInputError(`--sheet must be one of ${TEMPLATE_SHEETS.join(', ')}.`, undefined, 'usage');
    const config = regulatoryConfig(io.env, values);
    const db = await openMigratedDatabase(config);
    try {
      const report = await buildTransparencyReport(regulatorySource(db, { includeRefusals: config.statementsIncludeRefusals }), {
        from,
        to,
        service: values.service,
        tenantId: values.tenant,
        terms: termsFromConfig(config),
      });
      if (values.out) {
        mkdirSync(values.out, { recursive: true });
        for (const file of TRANSPARENCY_REPORTERS[reporter.format]!.files(report)) {
          writeFileSync(join(values.out, file.name), file.text);
          io.stderr.write(`wrote ${join(values.out, file.name)}\n`);
        }
      } else io.stdout.write(values.format === 'csv' && values.sheet ? templateSheets(report)[values.sheet as TemplateSheet] : reporter.render(report));
      return 0;
    } finally {
      await db.close();
    }
  },
};
