import { parseArgs } from 'node:util';
import { exportLog, InvalidInputError, LOG_EXPORT_FORMATS, openMigratedDatabase, readConfig, verifyLog, type LogExportFormat } from '../src/index.ts';
import type { CliCommand } from './main.ts';

const USAGE = `Usage:
  consentry log verify [--data-dir DIR] [--json]
  consentry log export [--since DATE] [--format jsonl|csv] [--tenant T] [--data-dir DIR]

verify walks the decision log's hash chain and names the first entry that does not verify
(exit 1). export writes the log (from DATE, ISO 8601) to stdout.`;

export const logCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        since: { type: 'string' },
        format: { type: 'string', default: 'jsonl' },
        tenant: { type: 'string' },
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const action = positionals[0];
    if ((action !== 'verify' && action !== 'export') || positionals.length !== 1) throw new InvalidInputError(USAGE, undefined, 'usage');
    if (!(LOG_EXPORT_FORMATS as readonly string[]).includes(values.format!)) throw new InvalidInputError(`--format must be one of ${LOG_EXPORT_FORMATS.join(', ')}.`, undefined, 'usage');
    const since = values.since === undefined ? undefined : new Date(values.since);
    if (since && Number.isNaN(since.getTime())) throw new InvalidInputError(`--since: "${values.since}" is not a date (use ISO 8601, e.g. 2026-01-31).`, undefined, 'usage');
    const config = readConfig(io.env, values['data-dir'] ? { dataDir: values['data-dir'] } : {});
    const db = await openMigratedDatabase(config);
    try {
      if (action === 'verify') {
        const result = await verifyLog(db);
        if (values.json) io.stdout.write(`${JSON.stringify(result)}\n`);
        else if (result.ok) io.stdout.write(`ok: ${result.checked} entries verified; chain head ${result.head}\n`);
        else io.stdout.write(`BROKEN: entry seq ${result.firstBroken!.seq} (id ${result.firstBroken!.id}): ${result.firstBroken!.reason}. ${result.checked} entries before it verified.\n`);
        return result.ok ? 0 : 1;
      }
      for await (const chunk of exportLog(db, values.format as LogExportFormat, { since, tenantId: values.tenant })) {
        if (!io.stdout.write(chunk)) await new Promise((r) => io.stdout.once('drain', r));
      }
      return 0;
    } finally {
      await db.close();
    }
  },
};
