import { parseArgs } from 'node:util';
import {
  ConsentryError,
  DEFAULT_MATCH_THRESHOLD,
  EXIT_CODES,
  HashListMatcher,
  InvalidInputError,
  errorMessage,
  hashImage,
  isListPurpose,
  readConfig,
  readHashListFile,
  type HashList,
} from '../src/internal.ts';
import { readImageFile } from './hash-command.ts';
import type { CliCommand } from './cli-command.ts';

export const matchCommand: CliCommand = {
  usage: [
    'Usage: consentry match FILE... --list LISTFILE [--list LISTFILE...] [--threshold 31] [--limit 5] [--purpose P] [--no-dihedral] [--json]',
    '',
    'LISTFILE: a list store (.json), one saved list (.json), or PDQ text / CSV / JSON lines.',
    '--purpose sets the purpose (ncii, csam, protected, other) of plain list files (default other).',
    'Prints the nearest entries within the threshold for each file, with their distance.',
    'Rotated and flipped copies match too unless --no-dihedral.',
    'Exit code 0 when no file matches, 1 when any file matches or could not be hashed, 2 for a usage error.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        list: { type: 'string', multiple: true },
        threshold: { type: 'string' },
        limit: { type: 'string' },
        purpose: { type: 'string' },
        'no-dihedral': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
    if (positionals.length === 0 || !values.list?.length) {
      io.stderr.write(`${this.usage}\n`);
      return 2;
    }
    const config = readConfig(io.env);
    const threshold = integerOption('threshold', values.threshold, DEFAULT_MATCH_THRESHOLD, 0, 256);
    const limit = integerOption('limit', values.limit, 5, 1, 10_000);
    if (values.purpose !== undefined && !isListPurpose(values.purpose)) throw new InvalidInputError(`--purpose must be ncii, csam, protected or other`);
    const lists: HashList[] = [];
    for (const path of values.list) lists.push(...(await readHashListFile(path, { purpose: values.purpose as HashList['purpose'] | undefined })));
    const matcher = new HashListMatcher(lists, { threshold });
    let failed = 0;
    let matched = 0;
    for (const file of positionals) {
      try {
        const hashes = await hashImage(await readImageFile(file, config.maxImageBytes), { dihedral: !values['no-dihedral'], maxPixels: config.maxImagePixels });
        const matches = matcher.match(hashes, { limit });
        if (matches.length > 0) matched++;
        if (values.json) {
          io.stdout.write(`${JSON.stringify({ file, pdq: hashes.pdq, quality: hashes.quality, matches })}\n`);
        } else if (matches.length === 0) {
          io.stdout.write(`${file}: no match within ${threshold} (quality ${hashes.quality})\n`);
        } else {
          for (const m of matches) {
            io.stdout.write(`${file}: ${m.list} (${m.purpose}) entry ${m.entryId} ${m.signal} distance ${m.distance}${m.dihedral ? ' (rotated/flipped)' : ''}\n`);
          }
        }
      } catch (error) {
        failed++;
        const code = error instanceof ConsentryError ? error.code : 'unreadable_file';
        if (values.json) io.stdout.write(`${JSON.stringify({ file, error: errorMessage(error), code })}\n`);
        else io.stderr.write(`consentry match: ${file}: ${errorMessage(error)} [${code}]\n`);
      }
    }
    return failed > 0 || matched > 0 ? EXIT_CODES.refused : EXIT_CODES.ok;
  },
};

function integerOption(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) throw new InvalidInputError(`--${name} must be an integer ${min}-${max}, got ${JSON.stringify(raw)}`);
  return n;
}
