import { ConsentryError, errorCodeInfo, errorMessage, EXIT_CODES } from '../src/internal.ts';
import type { CliIO } from './cli-command.ts';
import { COMMANDS, isCommandName } from './commands.ts';

export type { CliCommand, CliIO } from './cli-command.ts';

const EXIT_HELP = `Exit codes:
  ${EXIT_CODES.ok}  done; every request allowed, no match, every item processed
  ${EXIT_CODES.refused}  done; something was blocked or held for review (screen, scan, scan-edit), matched
     a hash list (match), or an item (file, line) could not be processed
  ${EXIT_CODES.usage}  usage or input error: unknown command or option, missing argument, unreadable input
  ${EXIT_CODES.unavailable}  a check, the infrastructure or an upstream failed (not the caller's fault)
`;

/** Runs one command; returns its exit code (see EXIT_HELP). Only bin/consentry.js sets the process's exit code. */
export async function main(argv: string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    if (name === 'help' && rest[0] !== undefined) return commandHelp(rest[0], io);
    io.stdout.write(help());
    return name ? EXIT_CODES.ok : EXIT_CODES.usage;
  }
  if (name === '--version') {
    io.stdout.write('consentry 0.1.0\n');
    return EXIT_CODES.ok;
  }
  if (!isCommandName(name)) {
    io.stderr.write(`consentry: unknown command "${name}"\n\n${help()}`);
    return EXIT_CODES.usage;
  }
  const command = await COMMANDS[name].load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return EXIT_CODES.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isParseArgsError(error)) {
      io.stderr.write(`consentry ${name}: ${error.message} [usage]\n\n${command.usage}\n`);
      return EXIT_CODES.usage;
    }
    const code = error instanceof ConsentryError ? error.code : 'internal_error';
    io.stderr.write(`consentry ${name}: ${error instanceof ConsentryError ? error.message : errorMessage(error)} [${code}]\n`);
    return errorCodeInfo(code).exit;
  }
}

async function commandHelp(name: string, io: CliIO): Promise<number> {
  if (!isCommandName(name)) {
    io.stderr.write(`consentry: unknown command "${name}"\n\n${help()}`);
    return EXIT_CODES.usage;
  }
  const command = await COMMANDS[name].load();
  io.stdout.write(`${command.usage}\n\n${EXIT_HELP}`);
  return EXIT_CODES.ok;
}

/** `node:util` parseArgs's errors (unknown option, missing value, unexpected argument) are usage errors. */
function isParseArgsError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof TypeError && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return `Usage: consentry <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "npx consentry help <command>" for a command's options.\n\n${EXIT_HELP}`;
}
