import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  checkEndUser,
  createContext,
  EDIT_DETECTOR,
  EXIT_CODES,
  imageSubject,
  InvalidInputError,
  promptSubject,
  readConfig,
  type EditComparison,
  type EditSubject,
  type ImageAnalysis,
} from '../src/internal.ts';
import type { CliCommand } from './cli-command.ts';

const usage = `Usage: consentry scan-edit --before FILE --after FILE [--prompt "TEXT"] [--json] [--policy NAME|FILE] [--jurisdiction CODE]
                          [--user USER] [--self-person ID] [--tenant T] [--data-dir DIR]

Compares an edit's input and output with the configured detectors (CONSENTRY_DETECTORS): matches the
people by face, reports each person's identity similarity and change in nudity, flags an undressing
edit, screens the prompt when one is given, and gives the verdict under the policy. Both images are
matched against the hash lists and the tenant's protected persons in the database (--data-dir or
DATABASE_URL); --user (the end user) and --self-person (their enrolled person id) let a consent
grant be verified.
Exit code 0 when allowed, 1 when blocked or held for review, 2 when an image cannot be read or
decoded, 3 when a check could not run (the edit is blocked).`;

/** What the edit detector reports (see createEditDetector). */
interface EditDetails {
  before: ImageAnalysis;
  after: ImageAnalysis;
  comparison: EditComparison;
}

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
      return EXIT_CODES.usage;
    }
    const env = readConfig(io.env, { policy: values.policy, ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}) });
    const consent = { tenantId: values.tenant!, endUser: checkEndUser(values.user, '--user'), selfPersonId: values['self-person'] };
    const config = { ...env, workers: Math.min(2, env.workers > 0 ? env.workers : 2) };
    const limits = { maxBytes: config.maxImageBytes, maxPixels: config.maxImagePixels };
    const prompt = values.prompt === undefined ? undefined : promptSubject(values.prompt, 'edit');
    const [before, after] = await Promise.all([
      readInput(values.before).then((bytes) => imageSubject(bytes, limits, values.before)),
      readInput(values.after).then((bytes) => imageSubject(bytes, limits, values.after)),
    ]);
    const context = await createContext(config, { store: false });
    try {
      const scope = context.guard.resolve({ jurisdiction: values.jurisdiction });
      // A failed start is not fatal here: each check then fails closed on its own, with the reason.
      await context.warmUp().catch(() => {});
      const subject: EditSubject = { kind: 'edit', before: before.subject, after: after.subject, ...(prompt ? { prompt } : {}) };
      const { decision, detection } = await context.guard.check(subject, {
        ...scope,
        request: { tenantId: consent.tenantId, request: 'edit' },
        verifyConsent: (found) => context.protection.verifyConsent(consent, found),
      });
      const details = detection.details[EDIT_DETECTOR] as EditDetails | undefined;
      const comparison = details?.comparison;
      if (values.json) {
        io.stdout.write(
          `${JSON.stringify({
            ...(details ? { before: { file: values.before, ...details.before }, after: { file: values.after, ...details.after }, comparison, undressingEdit: details.comparison.undressingEdit } : {}),
            verdict: decision.verdict,
            decision,
          })}\n`,
        );
      } else {
        const lines = [
          `${values.before} → ${values.after}: ${decision.verdict.toUpperCase()}${comparison?.undressingEdit ? ' (undressing_edit)' : ''}`,
          ...(details && comparison
            ? [
                `  nudity: ${comparison.global.before.level} → ${comparison.global.after.level} (exposure ${comparison.global.before.exposure.toFixed(2)} → ${comparison.global.after.exposure.toFixed(2)})`,
                `  faces: ${details.before.faces.length} before, ${details.after.faces.length} after; ${comparison.people.length} matched`,
                ...comparison.people.map(
                  (p) =>
                    `  person ${p.beforeFace + 1}→${p.afterFace + 1}: similarity ${p.similarity.toFixed(2)}, ${p.basis} nudity ${p.before.level} → ${p.after.level}${p.undressing ? ', UNDRESSED' : ''}`,
                ),
              ]
            : []),
          ...decision.reasons.map((r) => `  why: ${r}`),
        ];
        io.stdout.write(`${lines.join('\n')}\n`);
      }
      if (decision.unavailable.length > 0) return EXIT_CODES.unavailable;
      return decision.verdict === 'allow' ? EXIT_CODES.ok : EXIT_CODES.refused;
    } finally {
      await context.close();
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
