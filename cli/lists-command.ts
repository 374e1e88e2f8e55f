import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  FileHashListStore,
  HASH_LIST_FORMATS,
  InvalidInputError,
  formatHashList,
  importHashList,
  isListPurpose,
  readConfig,
  requireHashList,
  type HashListFormat,
  type ListPurpose,
} from '../src/internal.ts';
import type { CliCommand } from './cli-command.ts';

export const listsCommand: CliCommand = {
  usage: [
    'Usage: consentry lists show [--store FILE]',
    '       consentry lists import NAME FILE [--source S --purpose ncii|csam|protected|other] [--format pdq|csv|jsonl] [--store FILE]',
    '       consentry lists export NAME [--format pdq|csv|jsonl] [--out FILE] [--store FILE]',
    '',
    'Lists live in one JSON file, by default $CONSENTRY_DATA_DIR/hash-lists.json (.consentry/).',
    'An import is all or nothing: any bad line refuses the whole file and names the line.',
    'A new list needs --source and --purpose.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        store: { type: 'string' },
        source: { type: 'string' },
        purpose: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const [action, name, file] = positionals;
    const format = values.format;
    if (format !== undefined && !(HASH_LIST_FORMATS as readonly string[]).includes(format)) throw new InvalidInputError(`--format must be pdq, csv or jsonl`);
    if (values.purpose !== undefined && !isListPurpose(values.purpose)) throw new InvalidInputError(`--purpose must be ncii, csam, protected or other`);
    const store = new FileHashListStore(values.store ?? join(readConfig(io.env).dataDir, 'hash-lists.json'));
    try {
      if (action === 'show' && !name) {
        for (const n of await store.names()) {
          const l = (await store.get(n))!;
          io.stdout.write(values.json ? `${JSON.stringify({ name: l.name, source: l.source, purpose: l.purpose, entries: l.entries.length, updatedAt: l.updatedAt })}\n` : `${l.name}\t${l.purpose}\t${l.entries.length} entries\t${l.source}\tupdated ${l.updatedAt}\n`);
        }
        return 0;
      }
      if (action === 'import' && name && file) {
        const text = await readFile(file, 'utf8').catch((e: Error) => {
          throw new InvalidInputError(`cannot read ${file}: ${e.message}`);
        });
        const result = await importHashList(store, { name, source: values.source, purpose: values.purpose as ListPurpose | undefined, text, format: format as HashListFormat | undefined, fileName: file });
        io.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${result.list}: ${result.added} added, ${result.unchanged} already there, ${result.total} in all\n`);
        return 0;
      }
      if (action === 'export' && name) {
        const list = await requireHashList(store, name);
        const text = formatHashList(list.entries, (format as HashListFormat | undefined) ?? 'pdq');
        if (values.out) await writeFile(values.out, text);
        else io.stdout.write(text);
        return 0;
      }
      io.stderr.write(`${this.usage}\n`);
      return 2;
    } finally {
      await store.close();
    }
  },
};
