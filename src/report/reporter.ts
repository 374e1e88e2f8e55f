import { rename, writeFile } from 'node:fs/promises';

/** A report format: the same interface for every output (json, csv, html), picked by name. */
export interface Reporter<I> {
  readonly format: string;
  readonly fileName: string;
  readonly contentType: string;
  render(input: I): string;
}

/** Writes a report whole or not at all (temp file, then rename), so a crash never leaves half a report. */
export async function atomicWrite(path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp`, text);
  await rename(`${path}.tmp`, path);
}

/** Looks a reporter up by name with a clear error listing the known ones. */
export function pickReporter<I>(reporters: Readonly<Record<string, Reporter<I>>>, format: string): Reporter<I> {
  const reporter = reporters[format];
  if (!reporter) throw new RangeError(`Unknown report format "${format}". Known: ${Object.keys(reporters).join(', ')}.`);
  return reporter;
}
