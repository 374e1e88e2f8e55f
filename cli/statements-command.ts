import { parseArgs } from 'node:util';
import {
  exportStatements,
  InvalidInputError,
  isStatementLanguage,
  openMigratedDatabase,
  regulatorySource,
  STATEMENT_FORMATS,
  STATEMENT_LANGUAGES,
  submitStatements,
  submissionCounts,
  termsFromConfig,
  EXIT_CODES,
  type StatementFormat,
} from '../src/internal.ts';
import type { CliCommand } from './cli-command.ts';
import { dateOption, regulatoryConfig, writeAll } from './regulatory-options.ts';

const USAGE = `Usage:
  consentry statements export [--since DATE] [--until DATE] [--format tdb|user] [--lang en|fr|de|es]
                              [--include-refusals] [--tenant T] [--data-dir DIR]
  consentry statements submit [--since DATE] [--include-refusals] [--data-dir DIR] [--json]

export writes one statement of reasons (DSA Art 17) per line, as JSON: --format tdb (default) in the
Transparency Database's v2 schema, validated, with no personal data; --format user as the person
concerned receives it (--lang, default their language or English). A statement that fails
validation goes to stderr and the exit code is 1.

submit registers the statement of every restriction (since DATE) and sends what is pending to the
Transparency Database at CONSENTRY_TDB_URL with CONSENTRY_TDB_TOKEN: batches of 100, retries with
backoff, a submission log. Exit 1 when the TDB rejected a statement, 3 when some stay pending.

Refused generations (nothing was hosted) are logged but are not statements of reasons unless
--include-refusals or CONSENTRY_STATEMENTS_INCLUDE_REFUSALS=true. Operator terms:
CONSENTRY_TERMS_CLAUSE, CONSENTRY_TERMS_URL, CONSENTRY_APPEAL_URL, CONSENTRY_ODS_URL.`;

export const statementsCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        since: { type: 'string' },
        until: { type: 'string' },
        format: { type: 'string', default: 'tdb' },
        lang: { type: 'string' },
        tenant: { type: 'string' },
        'include-refusals': { type: 'boolean' },
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const action = positionals[0];
    if ((action !== 'export' && action !== 'submit') || positionals.length !== 1) throw new InvalidInputError(USAGE, undefined, 'usage');
    if (!(STATEMENT_FORMATS as readonly string[]).includes(values.format!)) throw new InvalidInputError(`--format must be one of ${STATEMENT_FORMATS.join(', ')}.`, undefined, 'usage');
    if (values.lang !== undefined && !isStatementLanguage(values.lang)) throw new InvalidInputError(`--lang must be one of ${STATEMENT_LANGUAGES.join(', ')}.`, undefined, 'usage');
    const since = dateOption('since', values.since);
    const until = dateOption('until', values.until);
    const config = regulatoryConfig(io.env, values);
    const db = await openMigratedDatabase(config);
    try {
      if (action === 'submit') {
        const { registered, submitted } = await submitStatements(db, config, { since });
        const counts = await submissionCounts(db);
        if (values.json) io.stdout.write(`${JSON.stringify({ registered: { ...registered, invalid: registered.invalid.length }, submitted, log: counts })}\n`);
        else {
          io.stdout.write(
            `registered ${registered.added} new statement(s) (${registered.known} already registered); sent ${submitted.requests} request(s): ` +
              `${submitted.submitted} submitted, ${submitted.existing} already in the TDB, ${submitted.rejected} rejected, ${submitted.pending} still pending\n`,
          );
          io.stdout.write(
            `submission log: ${Object.entries(counts)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')}\n`,
          );
        }
        for (const invalid of registered.invalid) io.stderr.write(`invalid statement ${invalid.puid}: ${JSON.stringify(invalid.errors)}\n`);
        if (submitted.pending > 0) return EXIT_CODES.unavailable;
        return submitted.rejected > 0 || registered.invalid.length > 0 ? EXIT_CODES.refused : EXIT_CODES.ok;
      }
      let invalid = 0;
      const source = regulatorySource(db, { includeRefusals: config.statementsIncludeRefusals });
      for await (const s of exportStatements(source, { since, until, tenantId: values.tenant }, { format: values.format as StatementFormat, terms: termsFromConfig(config), language: values.lang })) {
        if (s.format === 'tdb' && s.errors) {
          invalid++;
          io.stderr.write(`invalid statement ${s.puid}: ${JSON.stringify(s.errors)}\n`);
          continue;
        }
        await writeAll(io.stdout, `${JSON.stringify(s.statement)}\n`);
      }
      return invalid > 0 ? EXIT_CODES.refused : EXIT_CODES.ok;
    } finally {
      await db.close();
    }
  },
};
