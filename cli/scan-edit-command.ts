import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import * as api from '../src/index.ts';
import {
  checkEndUser,
  compareEdit,
  createCachedAnalyzer,
  createImageAnalyzer,
  openLocalProtection,
  decide,
  editSignals,
  readConfig,
  resolvePolicy,
  runDetectors,
  withoutEmbeddings,
  CheckUnavailableError,
  InvalidInputError,
  type DetectionResult,
  type Detector,
} from '../src/index.ts';
import type { CliCommand } from './main.ts';

const usage = `Usage: consentry scan-edit --before FILE --after FILE [--prompt "TEXT"] [--json] [--policy NAME|FILE] [--jurisdiction CODE]
                          [--user USER] [--self-person ID] [--tenant T] [--data-dir DIR]

Compares an edit's input and output: matches the people by face, reports each person's identity
similarity and change in nudity, flags an undressing edit, screens the prompt when one is given,
and gives the verdict under the policy. Both images are matched against the hash lists and the
tenant's protected persons in the database (--data-dir or DATABASE_URL); --user (the end user) and
--self-person (their enrolled person id) let a consent grant be verified. Exit code 2 when an image
cannot be read or decoded.`;

export const scanEditCommand: CliCommand = {
  usage,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        before: { type: 'string' },
        after: { type: 'string' },
        prompt: { type: 'string' },
        json: { type: 'boolean', default: false },
        policy: { type: 'string' },
        jurisdiction: { type: 'string' },
        user: { type: 'string' },
        'self-person': { type: 'string' },
        tenant: { type: 'string', default: 'default' },
        'data-dir': { type: 'string' },
      },
    });
    if (!values.before || !values.after) {
      io.stderr.write(`${usage}\n`);
      return 2;
    }
    const config = readConfig(io.env, values['data-dir'] ? { dataDir: values['data-dir'] } : {});
    const policy = resolvePolicy(values.policy ?? config.policy);
    const endUser = checkEndUser(values.user, '--user');
    const [beforeBytes, afterBytes] = await Promise.all([readInput(values.before), readInput(values.after)]);
    const analyzer = createCachedAnalyzer(createImageAnalyzer({
      workers: Math.min(2, config.workers > 0 ? config.workers : 2),
      timeoutMs: config.checkTimeoutMs,
      maxBytes: config.maxImageBytes,
      maxPixels: config.maxImagePixels,
    }));
    const protection = await openLocalProtection(config, analyzer);
    try {
      const wanted = { embeddings: true, regions: true };
      let analyses: [api.ImageAnalysis, api.ImageAnalysis];
      try {
        analyses = await Promise.all([
          analyzer.analyze(beforeBytes, { ...wanted, label: values.before }),
          analyzer.analyze(afterBytes, { ...wanted, label: values.after }),
        ]);
      } catch (error) {
        if (!(error instanceof CheckUnavailableError)) throw error;
        // The models could not run: that is a refusal, not a usage error (fail closed).
        const unavailable = { detector: 'edit-comparison', reason: error.message };
        const decision = decide({ signals: [api.unavailableSignal(unavailable)], unavailable: [unavailable], details: {} }, policy);
        io.stdout.write(values.json ? `${JSON.stringify({ error: { code: error.code, message: error.message }, verdict: decision.verdict, decision })}\n` : `BLOCK — ${decision.reasons.join(' ')}\n`);
        return 1;
      }
      const [before, after] = analyses;
      const comparison = compareEdit(before, after);
      const detection: DetectionResult = {
        signals: editSignals(before, after, comparison),
        unavailable: [],
        details: { 'edit-comparison': { comparison } },
      };
      if (values.prompt !== undefined) {
        const screened = await screenPrompt(values.prompt);
        detection.signals.push(...screened.signals);
        detection.unavailable.push(...screened.unavailable);
      }
      const edit: api.EditSubject = { kind: 'edit', before: { kind: 'image', bytes: beforeBytes, label: values.before }, after: { kind: 'image', bytes: afterBytes, label: values.after } };
      const verified = await protection.apply(edit, { tenantId: values.tenant!, endUser, selfPersonId: values['self-person'], request: 'edit' }, detection);
      const decision = decide(detection, policy, { jurisdiction: values.jurisdiction ?? config.jurisdiction, verifiedConsent: verified.consent });
      if (verified.reason && decision.verdict !== 'allow') decision.reasons.push(verified.reason);
      if (values.json) {
        io.stdout.write(
          `${JSON.stringify({ before: { file: values.before, ...withoutEmbeddings(before) }, after: { file: values.after, ...withoutEmbeddings(after) }, comparison, undressingEdit: comparison.undressingEdit, verdict: decision.verdict, decision })}\n`,
        );
      } else {
        const lines = [
          `${values.before} → ${values.after}: ${decision.verdict.toUpperCase()}${comparison.undressingEdit ? ' (undressing_edit)' : ''}`,
          `  nudity: ${comparison.global.before.level} → ${comparison.global.after.level} (exposure ${comparison.global.before.exposure.toFixed(2)} → ${comparison.global.after.exposure.toFixed(2)})`,
          `  faces: ${before.faces.length} before, ${after.faces.length} after; ${comparison.people.length} matched`,
          ...comparison.people.map(
            (p) => `  person ${p.beforeFace + 1}→${p.afterFace + 1}: similarity ${p.similarity.toFixed(2)}, ${p.basis} nudity ${p.before.level} → ${p.after.level}${p.undressing ? ', UNDRESSED' : ''}`,
          ),
          ...decision.reasons.map((r) => `  why: ${r}`),
        ];
        io.stdout.write(`${lines.join('\n')}\n`);
      }
      return 0;
    } finally {
      await protection.close();
      await analyzer.close();
    }
  },
};

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new InvalidInputError(`Cannot read ${file}: ${(error as Error).message}`, undefined, 'unreadable_file');
  }
}

/** The request screener, when this build has it; without it a given prompt cannot be checked (fail closed). */
async function screenPrompt(text: string): Promise<Pick<DetectionResult, 'signals' | 'unavailable'>> {
  const screener = (api as Record<string, unknown>).promptScreenerDetector as Detector | undefined;
  if (!screener) {
    const unavailable = { detector: 'prompt-screener', reason: 'the prompt screener is not part of this build' };
    return { signals: [api.unavailableSignal(unavailable)], unavailable: [unavailable] };
  }
  const result = await runDetectors([screener], { kind: 'prompt', text, mode: 'edit' });
  return { signals: result.signals, unavailable: result.unavailable };
}
