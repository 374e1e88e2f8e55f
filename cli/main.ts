import { ConsentryError, errorMessage } from '../src/index.ts';

/** A CLI command: parses its own arguments, writes to the given streams, returns an exit code. Its one-line summary is in the command table (commands.ts). */
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

/** Commands by name; each lives in its own module and is loaded only when used. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {};

export function registerCommand(name: string, summary: string, load: () => Promise<CliCommand>): void {
  COMMANDS[name] = { summary, load };
}

/** Exit codes: 0 ok, 1 a check or an item failed, 2 usage or input error. */
export async function main(argv: string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }): Promise<number> {
  await import('./commands.ts');
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.stdout.write('consentry 0.1.0\n');
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr.write(`consentry: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const code = error instanceof ConsentryError ? error.code : 'internal_error';
    io.stderr.write(`consentry ${name}: ${errorMessage(error)} [${code}]\n`);
    return error instanceof ConsentryError ? 2 : 1;
  }
}

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return `Usage: consentry <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "consentry <command> --help" for a command's options.\n`;
}
