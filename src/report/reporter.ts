/** A report format: the same interface for every output (json, csv, html), picked by name. */
export interface Reporter<I> {
  readonly format: string;
  readonly fileName: string;
  readonly contentType: string;
  render(input: I): string;
}

/** Looks a reporter up by name with a clear error listing the known ones. */
export function pickReporter<I>(reporters: Readonly<Record<string, Reporter<I>>>, format: string): Reporter<I> {
  const reporter = reporters[format];
  if (!reporter) throw new RangeError(`Unknown report format "${format}". Known: ${Object.keys(reporters).join(', ')}.`);
  return reporter;
}
