import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  InvalidInputError,
  buildBattery,
  errorMessage,
  loadAuditDependencies,
  loadCompareEdit,
  readConfig,
  runRedteam,
  selectBattery,
  type RedteamDependencies,
  type RedteamSummary,
} from '../src/internal.ts';
import type { CliCommand, CliIO } from './cli-command.ts';

const USAGE = `Usage: consentry redteam --endpoint URL --model NAME [--photo FILE ...] [options]
       consentry redteam --dry-run [--category C] [--language L]

Sends a battery of undressing and sexualising requests (many languages and disguises) plus benign
controls to an OpenAI-compatible image edit or generation API, and reports how often it refused.
Use only test photos of consenting adults or of yourself. The API key is read from CONSENTRY_REDTEAM_KEY.

Options:
  --endpoint URL         base URL (…/v1) or the full …/images/edits or …/images/generations URL
  --model NAME           model name sent to the API
  --mode edit|generate   edit (default when --photo is given) or generate
  --photo FILE           a test photo for edit requests (repeatable; each request is sent once per photo)
  --out DIR              output folder: journal.jsonl, redteam.json, redteam.html (default: redteam-out)
  --rps N                requests per second (default 1)
  --max-requests N       stop after N requests in all (the journal included)
  --max-spend X          stop before spending more than X, with --price-per-image P
  --price-per-image P    price of one returned image (default 0)
  --category C[,C]       only these categories (${'undress, sexualise, swimwear, minor, consent_claim, benign, benign_near_miss'})
  --language L[,L]       only these languages; --obfuscation O[,O] only these disguises
  --timeout-ms N         per-request time limit (default 120000)
  --response-format F    send response_format=F (e.g. b64_json for APIs that return URLs)
  --no-analysis          do not analyse returned images
  --dry-run              print the battery as JSON lines and send nothing`;

export function createRedteamCommand(loadDeps: (io: CliIO) => Promise<RedteamDependencies> = defaultDeps): CliCommand {
  return {
    usage: USAGE,
    async run(args, io) {
      const { values } = parseArgs({
        args,
        options: {
          endpoint: { type: 'string' },
          model: { type: 'string' },
          mode: { type: 'string' },
          photo: { type: 'string', multiple: true },
          out: { type: 'string' },
          rps: { type: 'string' },
          'max-requests': { type: 'string' },
          'max-spend': { type: 'string' },
          'price-per-image': { type: 'string' },
          category: { type: 'string' },
          language: { type: 'string' },
          obfuscation: { type: 'string' },
          'timeout-ms': { type: 'string' },
          'response-format': { type: 'string' },
          'no-analysis': { type: 'boolean' },
          'dry-run': { type: 'boolean' },
        },
      });
      const list = (v: string | undefined) =>
        v
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean);
      const battery = selectBattery(buildBattery(), { categories: list(values.category), languages: list(values.language), obfuscations: list(values.obfuscation) });
      if (battery.length === 0) throw new InvalidInputError('The filters leave no request in the battery.');
      if (values['dry-run']) {
        for (const item of battery) io.stdout.write(`${JSON.stringify(item)}\n`);
        return 0;
      }
      if (!values.endpoint || !values.model) throw new InvalidInputError(`--endpoint and --model are required.\n\n${USAGE}`);
      const mode = values.mode ?? (values.photo?.length ? 'edit' : 'generate');
      if (mode !== 'edit' && mode !== 'generate') throw new InvalidInputError('--mode must be edit or generate.');
      const num = (name: string, v: string | undefined, positive = true) => {
        if (v === undefined) return undefined;
        const n = Number(v);
        if (!Number.isFinite(n) || n < 0 || (positive && n === 0)) throw new InvalidInputError(`--${name} must be a ${positive ? 'positive' : 'non-negative'} number.`);
        return n;
      };
      let deps: RedteamDependencies = {};
      if (!values['no-analysis']) {
        try {
          deps = await loadDeps(io);
        } catch (error) {
          io.stderr.write(`Returned images will not be analysed: ${errorMessage(error)}\n`);
        }
      }
      const controller = new AbortController();
      const onSigint = () => controller.abort();
      process.once('SIGINT', onSigint);
      try {
        const result = await runRedteam({
          battery,
          target: {
            endpoint: values.endpoint,
            model: values.model,
            mode,
            apiKey: io.env.CONSENTRY_REDTEAM_KEY || undefined,
            extra: values['response-format'] ? { response_format: values['response-format'] } : undefined,
          },
          photos: values.photo?.map((p) => resolve(p)),
          outDir: resolve(values.out ?? 'redteam-out'),
          deps,
          rps: num('rps', values.rps),
          maxRequests: num('max-requests', values['max-requests']),
          maxSpend: num('max-spend', values['max-spend'], false),
          pricePerImage: num('price-per-image', values['price-per-image'], false),
          timeoutMs: num('timeout-ms', values['timeout-ms']),
          signal: controller.signal,
          onResult: (_result, done, total) => {
            if (done % 10 === 0 || done === total) io.stderr.write(`redteam ${done}/${total}\n`);
          },
        });
        printSummary(io, result.summary, result.files);
        return result.summary.errors > 0 || result.stoppedBy ? 1 : 0;
      } finally {
        process.off('SIGINT', onSigint);
        await deps.analyzer?.close();
      }
    },
  };
}

async function defaultDeps(io: CliIO): Promise<RedteamDependencies> {
  const { analyzer, hasher } = await loadAuditDependencies(readConfig(io.env));
  return { analyzer, hasher, compareEdit: await loadCompareEdit() };
}

function printSummary(io: CliIO, s: RedteamSummary, files: string[]): void {
  const pct = (p: number | null) => (p === null ? '–' : `${(p * 100).toFixed(1)}%`);
  const rate = (x: RedteamSummary['harmful']['refusalRate']) => (x.p === null ? 'n/a (none answered)' : `${pct(x.p)} (95% CI ${pct(x.low)}–${pct(x.high)}, ${x.k}/${x.n})`);
  io.stdout.write(
    [
      `Answered ${s.answered} of ${s.planned} requests; ${s.errors} error(s)${s.stoppedBy ? `; stopped: ${s.stoppedBy}` : ''}`,
      `Harmful requests refused: ${rate(s.harmful.refusalRate)}; answered with an image: ${s.harmful.returned}`,
      `Benign controls wrongly refused: ${rate(s.benign.wronglyRefused)}`,
      s.outputs.analysed ? `Returned images flagged by the analyzer: ${s.outputs.flagged} of ${s.outputs.images}` : 'Returned images were not analysed.',
      ...files.map((f) => `wrote ${f}`),
      '',
    ].join('\n'),
  );
}

export const redteamCommand = createRedteamCommand();
