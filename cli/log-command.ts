import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  exportLog,
  exportRecords,
  InvalidInputError,
  RECORDS_FORMATS,
  renderRecords,
  LOG_EXPORT_FORMATS,
  logHead,
  openMigratedDatabase,
  parseAnchors,
  readConfig,
  tenantLogHead,
  verifyLog,
  verifyTenantLog,
  type LogAnchor,
  type LogExportFormat,
  type RecordsFormat,
  type RecordsQuery,
} from '../src/internal.ts';
import type { CliCommand } from './cli-command.ts';

const USAGE = `Usage:
  consentry log verify [--anchor SEQ:HASH]... [--anchors FILE] [--data-dir DIR] [--json]
  consentry log verify --tenant T [--anchor POSITION:HASH]... [--anchors FILE] [--data-dir DIR] [--json]
  consentry log head [--tenant T] [--data-dir DIR] [--json]
  consentry log export [--since DATE] [--format jsonl|csv] [--tenant T] [--data-dir DIR]
  consentry log export --case C | --notice N | --person HASH | --statement PUID
                       [--format json|html] [--anchors FILE] [--tenant T] [--data-dir DIR]

verify walks the decision log's hash chain and names the first entry that does not verify
(exit 1). head prints the newest entry as "SEQ HASH TIME": keep these lines somewhere the database's
administrators cannot write (consentry log head >> anchors.txt, daily), then
verify --anchors anchors.txt also detects entries cut from the end and a chain rewritten after an
edit. With --tenant, head and verify work in one tenant's figures, as the gateway's /v1/log/head and
/v1/log/verify give them to its admin keys: positions among the tenant's own entries instead of
seqs, so a tenant's anchors can be checked here by the operator or an auditor. export writes the log (from DATE, ISO 8601) to stdout; with --case (case number or decision
id), --notice, --person (SHA-256 or PDQ of a photo) or --statement (puid or decision id), the records
a regulator or court asked for, each entry with its hash-chain proof (docs/regulatory.md).`;

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
        anchor: { type: 'string', multiple: true },
        anchors: { type: 'string' },
        case: { type: 'string' },
        notice: { type: 'string' },
        person: { type: 'string' },
        statement: { type: 'string' },
      },
    });
    const action = positionals[0];
    if ((action !== 'verify' && action !== 'export' && action !== 'head') || positionals.length !== 1) throw new InvalidInputError(USAGE, undefined, 'usage');
    const numbered = values.tenant !== undefined && action !== 'export' ? 'position' : 'seq';
    const anchors: LogAnchor[] = (values.anchor ?? []).flatMap((a) => parseAnchors(a, '--anchor', numbered));
    if (values.anchors) anchors.push(...parseAnchors(readText(values.anchors), values.anchors, numbered));
    const records = (['case', 'notice', 'person', 'statement'] as const).flatMap((k) => (values[k] === undefined ? [] : [{ [k]: values[k] } as RecordsQuery]));
    if (records.length > 1 || (records.length === 1 && action !== 'export')) throw new InvalidInputError('Give one of --case, --notice, --person, --statement, with export.', undefined, 'usage');
    if (records.length === 1) {
      const format = (values.format === 'jsonl' ? 'json' : values.format) as RecordsFormat;
      if (!(RECORDS_FORMATS as readonly string[]).includes(format)) throw new InvalidInputError(`--format must be one of ${RECORDS_FORMATS.join(', ')} for records.`, undefined, 'usage');
      const config = readConfig(io.env, values['data-dir'] ? { dataDir: values['data-dir'] } : {});
      const db = await openMigratedDatabase(config);
      try {
        io.stdout.write(renderRecords(await exportRecords(db, records[0]!, { anchors, tenantId: values.tenant }), format));
        return 0;
      } finally {
        await db.close();
      }
    }
    if (!(LOG_EXPORT_FORMATS as readonly string[]).includes(values.format!)) throw new InvalidInputError(`--format must be one of ${LOG_EXPORT_FORMATS.join(', ')}.`, undefined, 'usage');
    const since = values.since === undefined ? undefined : new Date(values.since);
    if (since && Number.isNaN(since.getTime())) throw new InvalidInputError(`--since: "${values.since}" is not a date (use ISO 8601, e.g. 2026-01-31).`, undefined, 'usage');
    const config = readConfig(io.env, values['data-dir'] ? { dataDir: values['data-dir'] } : {});
    const db = await openMigratedDatabase(config);
    try {
      if (action === 'verify' && values.tenant !== undefined) {
        const result = await verifyTenantLog(
          db,
          values.tenant,
          anchors.map((a) => ({ position: a.seq, entryHash: a.entryHash })),
        );
        if (values.json) io.stdout.write(`${JSON.stringify(result)}\n`);
        else if (result.ok) {
          const matched = result.anchorsMatched === undefined ? '' : `; ${result.anchorsMatched} anchor${result.anchorsMatched === 1 ? '' : 's'} matched`;
          const head = result.head ? `; newest at position ${result.head.position}, hash ${result.head.entryHash}` : '';
          io.stdout.write(`ok: the chain verified; tenant ${values.tenant} has ${result.entries} entries${head}${matched}\n`);
        } else {
          const broken = result.firstBroken!;
          io.stdout.write(`BROKEN${broken.position === undefined ? '' : ` at the tenant's entry at position ${broken.position}`}${broken.id ? ` (id ${broken.id})` : ''}: ${broken.reason}.\n`);
        }
        return result.ok ? 0 : 1;
      }
      if (action === 'verify') {
        const result = await verifyLog(db, { anchors });
        if (values.json) io.stdout.write(`${JSON.stringify(result)}\n`);
        else if (result.ok) {
          const matched = result.anchorsMatched === undefined ? '' : `; ${result.anchorsMatched} anchor${result.anchorsMatched === 1 ? '' : 's'} matched`;
          io.stdout.write(`ok: ${result.checked} entries verified; chain head ${result.head ?? '(empty log)'}${result.headSeq === undefined ? '' : ` (seq ${result.headSeq})`}${matched}\n`);
        } else {
          const broken = result.firstBroken!;
          io.stdout.write(`BROKEN: entry seq ${broken.seq}${broken.id ? ` (id ${broken.id})` : ''}: ${broken.reason}. ${result.checked} entries before it verified.\n`);
        }
        return result.ok ? 0 : 1;
      }
      if (action === 'head' && values.tenant !== undefined) {
        const head = await tenantLogHead(db, values.tenant);
        if (values.json) io.stdout.write(`${JSON.stringify(head ?? null)}\n`);
        else if (head) io.stdout.write(`${head.position} ${head.entryHash} ${head.createdAt}\n`);
        else io.stderr.write(`Tenant ${values.tenant} has no entries in the decision log.\n`);
        return 0;
      }
      if (action === 'head') {
        const head = await logHead(db);
        if (values.json) io.stdout.write(`${JSON.stringify(head ?? null)}\n`);
        else if (head) io.stdout.write(`${head.seq} ${head.entryHash} ${head.createdAt}\n`);
        else io.stderr.write('The decision log is empty.\n');
        return 0;
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

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InvalidInputError(`--anchors: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`, undefined, 'usage');
  }
}
