import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { errorMessage, loadPolicy, screenRequest, ConsentryError, InvalidInputError, type Policy, type RequestMode } from '../src/index.ts';
import { formatDecision } from './format-decision.ts';
import type { CliCommand, CliIO } from './main.ts';

const USAGE = `Usage:
  consentry screen "TEXT" [--mode edit|generate] [--policy strict|adult|FILE] [--jurisdiction XX] [--json]
  consentry screen --jsonl FILE|-   (lines of {"id", "prompt", "mode"}; one JSON line out per line in)

Screens the text of an image-generation or image-edit request and prints the verdict, the categories
with the spans of text behind them, the rules that fired and the legal basis. --mode defaults to edit
(the request comes with a photo, assumed to show a real person).`;

export const screenCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        mode: { type: 'string', default: 'edit' },
        policy: { type: 'string', default: io.env.CONSENTRY_POLICY ?? 'strict' },
        jurisdiction: { type: 'string', default: io.env.CONSENTRY_JURISDICTION ?? 'INTL' },
        json: { type: 'boolean', default: false },
        jsonl: { type: 'string' },
      },
    });
    const policy = loadPolicy(values.policy!);
    const jurisdiction = values.jurisdiction!;
    if (values.jsonl !== undefined) return screenLines(values.jsonl, policy, jurisdiction, io);
    if (positionals.length !== 1) throw new InvalidInputError(`Give exactly one request text (or --jsonl FILE).\n\n${USAGE}`, undefined, 'usage');
    const text = positionals[0]!;
    const decision = await screenRequest(text, { mode: values.mode as RequestMode, policy, jurisdiction });
    io.stdout.write(values.json ? `${JSON.stringify({ text, mode: values.mode, ...decision })}\n` : formatDecision(decision, text));
    return 0;
  },
};

/** One JSON line in, one JSON line out, in order; a bad line gets an error line and the run goes on. */
async function screenLines(source: string, policy: Policy, jurisdiction: string, io: CliIO): Promise<number> {
  const input = source === '-' ? io.stdin : createReadStream(source, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let failed = 0;
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      let id: unknown;
      try {
        const item = parseLine(line);
        id = item.id;
        const decision = await screenRequest(item.prompt, { mode: item.mode, policy, jurisdiction });
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
  return failed > 0 ? 1 : 0;
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
  const fail = (message: string, code: string): never => {
    throw new InvalidInputError(message, id === undefined ? undefined : { id }, code);
  };
  if (typeof record.prompt !== 'string') fail('"prompt" must be a string', 'missing_prompt');
  const mode = record.mode ?? 'edit';
  if (mode !== 'edit' && mode !== 'generate') fail(`"mode" must be edit or generate, got ${JSON.stringify(mode)}`, 'invalid_mode');
  return { id, prompt: record.prompt as string, mode: mode as RequestMode };
}
