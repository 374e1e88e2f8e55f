import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createContext, errorMessage, promptSubject, readConfig, ConsentryError, EXIT_CODES, InvalidInputError, type Decision, type ErrorCode, type RequestMode } from '../src/internal.ts';
import { formatDecision } from './format-decision.ts';
import type { CliCommand, CliIO } from './cli-command.ts';

/** Decides on one request text under the command's policy and jurisdiction. */
type Screen = (text: string, mode: unknown) => Promise<Decision>;

const USAGE = `Usage:
  consentry screen "TEXT" [--mode edit|generate] [--policy strict|adult|FILE] [--jurisdiction XX] [--json]
  consentry screen --jsonl FILE|-   (lines of {"id", "prompt", "mode"}; one JSON line out per line in)

Screens the text of an image-generation or image-edit request and prints the verdict, the categories
with the spans of text behind them, the rules that fired and the legal basis. --mode defaults to edit
(the request comes with a photo, assumed to show a real person).
Exit code 0 when allowed, 1 when blocked or held for review (or a line failed), 2 for a usage or
input error, 3 when a check could not run (the request is blocked).`;

export const screenCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        mode: { type: 'string', default: 'edit' },
        policy: { type: 'string' },
        jurisdiction: { type: 'string' },
        json: { type: 'boolean', default: false },
        jsonl: { type: 'string' },
      },
    });
    if (values.jsonl === undefined && positionals.length !== 1) throw new InvalidInputError(`Give exactly one request text (or --jsonl FILE).\n\n${USAGE}`, undefined, 'usage');
    // A screening-only context: the configured detectors and policy, no database, no image models.
    const context = await createContext(readConfig(io.env, { policy: values.policy }), { store: false });
    try {
      const scope = context.guard.resolve({ jurisdiction: values.jurisdiction });
      const screen: Screen = async (text, mode) => (await context.guard.check(promptSubject(text, mode), scope)).decision;
      if (values.jsonl !== undefined) return await screenLines(values.jsonl, screen, io);
      const text = positionals[0]!;
      const decision = await screen(text, values.mode);
      io.stdout.write(values.json ? `${JSON.stringify({ text, mode: values.mode, ...decision })}\n` : formatDecision(decision, text));
      return exitFor(decision);
    } finally {
      await context.close();
    }
  },
};

/** 0 when allowed; 3 when a check could not run; 1 when blocked or held for review. */
function exitFor(decision: Decision): number {
  if (decision.unavailable.length > 0) return EXIT_CODES.unavailable;
  return decision.verdict === 'allow' ? EXIT_CODES.ok : EXIT_CODES.refused;
}

/** One JSON line in, one JSON line out, in order; a bad line gets an error line and the run goes on. */
async function screenLines(source: string, screen: Screen, io: CliIO): Promise<number> {
  const input = source === '-' ? io.stdin : createReadStream(source, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let failed = 0;
  let lineNumber = 0;
  let worst: number = EXIT_CODES.ok;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      let id: unknown;
      try {
        const item = parseLine(line);
        id = item.id;
        const decision = await screen(item.prompt, item.mode);
        worst = Math.max(worst, exitFor(decision));
        io.stdout.write(`${JSON.stringify({ id, ...decision })}\n`);
      } catch (error) {
        failed++;
        if (id === undefined && error instanceof ConsentryError) id = error.details?.id;
        const code = error instanceof ConsentryError ? error.code : 'internal_error';
        io.stdout.write(`${JSON.stringify({ ...(id !== undefined ? { id } : {}), line: lineNumber, error: errorMessage(error), code })}\n`);
      }
    }
  } catch (error) {
    throw new InvalidInputError(`Cannot read ${source}: ${errorMessage(error)}`, undefined, 'unreadable_input');
  }
  if (failed > 0) io.stderr.write(`consentry screen: ${failed} line(s) failed\n`);
  return failed > 0 ? Math.max(EXIT_CODES.refused, worst) : worst;
}

function parseLine(line: string): { id: unknown; prompt: string; mode: RequestMode } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InvalidInputError(`not valid JSON (${errorMessage(error)})`, undefined, 'malformed_json');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InvalidInputError('a line must be a JSON object', undefined, 'malformed_line');
  const record = value as Record<string, unknown>;
  const id = record.id;
  const fail = (message: string, code: ErrorCode): never => {
    throw new InvalidInputError(message, id === undefined ? undefined : { id }, code);
  };
  if (typeof record.prompt !== 'string') fail('"prompt" must be a string', 'missing_prompt');
  const mode = record.mode ?? 'edit';
  if (mode !== 'edit' && mode !== 'generate') fail(`"mode" must be edit or generate, got ${JSON.stringify(mode)}`, 'invalid_mode');
  return { id, prompt: record.prompt as string, mode: mode as RequestMode };
}
