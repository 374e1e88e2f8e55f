import { InvalidInputError, readConfig, type ConsentryConfig } from '../src/internal.ts';

/** An ISO 8601 date option (`--since 2026-01-31`), or undefined when not given; a usage error when not a date. */
export function dateOption(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidInputError(`--${name}: "${value}" is not a date (use ISO 8601, e.g. 2026-01-31).`, undefined, 'usage');
  return date;
}

/** Writes chunks to a stream, waiting for it to drain. */
export async function writeAll(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
}

/** The config of the regulatory commands: `--data-dir` and `--include-refusals` over the environment. */
export function regulatoryConfig(env: NodeJS.ProcessEnv, values: { 'data-dir'?: string; 'include-refusals'?: boolean }): ConsentryConfig {
  return readConfig(env, {
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    ...(values['include-refusals'] ? { statementsIncludeRefusals: true } : {}),
  });
}
