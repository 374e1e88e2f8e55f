import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  HASH_LIST_FORMATS,
  InvalidInputError,
  LIST_PURPOSES,
  NotFoundError,
  deleteHashList,
  formatHashList,
  importHashListToDb,
  isListPurpose,
  listHashLists,
  openMigratedDatabase,
  readConfig,
  readHashListEntries,
  removeHashListEntries,
  requireStoredHashList,
  type HashListFormat,
  type ListPurpose,
} from '../src/internal.ts';
import type { CliCommand } from './cli-command.ts';

const USAGE = `Usage:
  consentry lists show [NAME] [--tenant T] [--json]
  consentry lists import NAME FILE [--source S --purpose ${LIST_PURPOSES.join('|')}] [--format ${HASH_LIST_FORMATS.join('|')}] [--tenant T] [--json]
  consentry lists export NAME [--format ${HASH_LIST_FORMATS.join('|')}] [--out FILE] [--tenant T]
  consentry lists remove NAME ENTRY_ID... [--tenant T]
  consentry lists delete NAME [--tenant T]
Every command also takes --data-dir DIR (the embedded database) or uses DATABASE_URL.

Lists live in the database, like HMA's banks: a name, a purpose, a source, and entries (PDQ, MD5,
SHA-256, date added, an opaque id). Without --tenant a list is the operator's and applies to every
tenant; with it, to that tenant's requests only. Every image check of "serve", "scan", "scan-edit"
and "audit" matches the lists (CONSENTRY_HASH_LISTS=a,b narrows to those names); a match on an
ncii, csam or takedown list blocks. An import is all or nothing: any bad line refuses the whole
file and names the line. A new list needs --source and --purpose. Formats: pdq (hash,quality,id
lines), csv (with a header), jsonl, te (ThreatExchange / HMA signal lines: "pdq HASH").
A running gateway sees a change at once (PostgreSQL NOTIFY) or within a second. With the embedded
PGlite, stop the gateway first or use its admin API (/v1/hash-lists).`;

export const listsCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        source: { type: 'string' },
        purpose: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        tenant: { type: 'string' },
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const [action, name, ...rest] = positionals;
    const format = values.format as HashListFormat | undefined;
    if (format !== undefined && !(HASH_LIST_FORMATS as readonly string[]).includes(format)) throw new InvalidInputError(`--format must be one of ${HASH_LIST_FORMATS.join(', ')}.`, undefined, 'usage');
    if (values.purpose !== undefined && !isListPurpose(values.purpose)) throw new InvalidInputError(`--purpose must be one of ${LIST_PURPOSES.join(', ')}.`, undefined, 'usage');
    const known =
      (action === 'show' && rest.length === 0) ||
      (action === 'import' && name && rest.length === 1) ||
      (['export', 'delete'].includes(action ?? '') && name && rest.length === 0) ||
      (action === 'remove' && name && rest.length > 0);
    if (!known) throw new InvalidInputError(USAGE, undefined, 'usage');
    const owner = { tenantId: values.tenant ?? null };
    const config = readConfig(io.env, values['data-dir'] ? { dataDir: values['data-dir'] } : {});
    const db = await openMigratedDatabase(config);
    try {
      if (action === 'show' && !name) {
        const lists = await listHashLists(db, { all: values.tenant === undefined, tenantId: values.tenant });
        for (const l of lists) {
          io.stdout.write(
            values.json
              ? `${JSON.stringify(l)}\n`
              : `${l.name}\t${l.purpose}\t${l.entries} entries\t${l.tenantId === null ? 'all tenants' : `tenant ${l.tenantId}`}\t${l.source}\tupdated ${l.updatedAt}\n`,
          );
        }
        if (lists.length === 0 && !values.json) io.stderr.write('No hash lists.\n');
        return 0;
      }
      if (action === 'show') {
        const list = await requireStoredHashList(db, name!, owner);
        const entries = await readHashListEntries(db, list.id);
        if (values.json) io.stdout.write(`${JSON.stringify({ ...list, entries })}\n`);
        else {
          io.stdout.write(`${list.name}\t${list.purpose}\t${list.entries} entries\t${list.source}\n`);
          for (const e of entries) io.stdout.write(`  ${e.id}\t${e.pdq}\tadded ${e.addedAt}\n`);
        }
        return 0;
      }
      if (action === 'import') {
        const file = rest[0]!;
        const text = await readFile(file, 'utf8').catch((e: Error) => {
          throw new InvalidInputError(`cannot read ${file}: ${e.message}`);
        });
        const result = await importHashListToDb(db, { name: name!, ...owner, source: values.source, purpose: values.purpose as ListPurpose | undefined, text, format, fileName: file });
        io.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${result.list}: ${result.added} added, ${result.unchanged} already there, ${result.total} in all\n`);
        return 0;
      }
      if (action === 'export') {
        const list = await requireStoredHashList(db, name!, owner);
        const text = formatHashList(await readHashListEntries(db, list.id), format ?? 'pdq');
        if (values.out) await writeFile(values.out, text);
        else io.stdout.write(text);
        return 0;
      }
      if (action === 'remove') {
        const removed = await removeHashListEntries(db, name!, rest, owner);
        io.stderr.write(`${name}: ${removed} of ${rest.length} entr${rest.length === 1 ? 'y' : 'ies'} removed.\n`);
        return removed === 0 ? 1 : 0;
      }
      if (!(await deleteHashList(db, name!, owner)))
        throw new NotFoundError(`No hash list named ${JSON.stringify(name)}${values.tenant ? ` in tenant "${values.tenant}"` : ''}.`, undefined, 'list_not_found');
      io.stderr.write(`Deleted hash list ${name}.\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
