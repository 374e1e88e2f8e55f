import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConsentryError, errorMessage, hashImage, readConfig } from '../src/internal.ts';
import type { CliCommand } from './cli-command.ts';

/** Reads one image file, refusing directories and files over `maxBytes` with a clear message. */
export async function readImageFile(file: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(file);
  if (!info.isFile()) throw new Error('not a regular file');
  if (info.size > maxBytes) throw new Error(`file is ${info.size} bytes, over the ${maxBytes}-byte limit (CONSENTRY_MAX_IMAGE_BYTES)`);
  return readFile(file);
}

export const hashCommand: CliCommand = {
  usage: [
    'Usage: consentry hash FILE... [--json] [--dihedral]',
    '',
    'Prints a CSV (pdq,quality,md5,sha256,file) that `consentry match --list` and list imports read;',
    'with --json, one JSON line per file. --dihedral adds the 8 rotation/flip PDQ hashes.',
    'A file that cannot be read or decoded gets an error line; the others go on (exit 1).',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, dihedral: { type: 'boolean' } } });
    if (positionals.length === 0) {
      io.stderr.write(`${this.usage}\n`);
      return 2;
    }
    const config = readConfig(io.env);
    let failed = 0;
    if (!values.json) io.stdout.write(`pdq,quality,md5,sha256,file${values.dihedral ? ',dihedral' : ''}\n`);
    for (const file of positionals) {
      try {
        const h = await hashImage(await readImageFile(file, config.maxImageBytes), { dihedral: values.dihedral, maxPixels: config.maxImagePixels });
        if (values.json) io.stdout.write(`${JSON.stringify({ file, ...h })}\n`);
        else io.stdout.write(`${h.pdq},${h.quality},${h.md5},${h.sha256},${csv(file)}${h.dihedral ? `,${h.dihedral.join(' ')}` : ''}\n`);
      } catch (error) {
        failed++;
        const code = error instanceof ConsentryError ? error.code : 'unreadable_file';
        if (values.json) io.stdout.write(`${JSON.stringify({ file, error: errorMessage(error), code })}\n`);
        else io.stderr.write(`consentry hash: ${file}: ${errorMessage(error)} [${code}]\n`);
      }
    }
    return failed > 0 ? 1 : 0;
  },
};

function csv(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
