/** A CLI command: parses its own arguments, writes to the given streams, returns an exit code (`EXIT_CODES`). */
export interface CliCommand {
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

/** An entry of the command table: the one-line summary, and the command's module, loaded only when used. */
export interface CommandEntry {
  summary: string;
  load(): Promise<CliCommand>;
}
