import { PassThrough, Readable } from 'node:stream';
import type { CliIO } from './cli-command.ts';

/** In-memory streams for running CLI commands in tests. */
export function memoryIO(stdin = '', env: NodeJS.ProcessEnv = {}): CliIO & { out(): string; err(): string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on('data', (c: Buffer) => chunks.out.push(c));
  stderr.on('data', (c: Buffer) => chunks.err.push(c));
  return {
    stdout,
    stderr,
    stdin: Readable.from([stdin]),
    env,
    out: () => Buffer.concat(chunks.out).toString('utf8'),
    err: () => Buffer.concat(chunks.err).toString('utf8'),
  };
}
