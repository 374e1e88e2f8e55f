import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import {
  ConsentryError,
  checkEndUser,
  createContext,
  createWorkQueue,
  errorMessage,
  EXIT_CODES,
  IMAGE_DETECTOR,
  imageSubject,
  readConfig,
  type Decision,
  type ImageAnalysis,
} from '../src/internal.ts';
import type { CliCommand } from './cli-command.ts';

const usage = `Usage: consentry scan FILE... [--json] [--policy NAME|FILE] [--jurisdiction CODE] [--workers N] [--embeddings]
                      [--user USER] [--self-person ID] [--tenant T] [--data-dir DIR]

Analyses each image (nudity level, faces with age and gender, drawn or photo) with the configured
detectors (CONSENTRY_DETECTORS) and gives the verdict under the policy. With --json, one JSON line
per file; a bad file gives a line with "file" and "error" and the others go on. Images are matched
against the hash lists and the tenant's protected persons in the database (--data-dir or
DATABASE_URL); --user and --self-person let a consent grant be verified, as on the gateway.
Exit code 0 when every file is allowed, 1 when any is blocked or held for review or could not be
read, 3 when a check could not run (that file is blocked).`;

export const scanCommand: CliCommand = {
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        policy: { type: 'string' },
        jurisdiction: { type: 'string' },
        workers: { type: 'string' },
        embeddings: { type: 'boolean', default: false },
        user: { type: 'string' },
        'self-person': { type: 'string' },
        tenant: { type: 'string', default: 'default' },
        'data-dir': { type: 'string' },
      },
    });
    if (positionals.length === 0) {
      io.stderr.write(`${usage}\n`);
      return EXIT_CODES.usage;
    }
    const env = readConfig(io.env, { policy: values.policy, ...(values.workers ? { workers: Number(values.workers) } : {}), ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}) });
    const consent = { tenantId: values.tenant!, endUser: checkEndUser(values.user, '--user'), selfPersonId: values['self-person'] };
    // Starting a worker costs a model load; never more workers than files.
    const config = { ...env, workers: Math.min(positionals.length, env.workers > 0 ? env.workers : os.availableParallelism()) };
    const context = await createContext(config, { store: false });
    // The image's one time budget (decode, hashing, models) starts at its validating decode.
    const limits = { maxBytes: config.maxImageBytes, maxPixels: config.maxImagePixels, decodeTimeoutMs: config.checkTimeoutMs };
    let refused = 0;
    let unavailable = 0;
    try {
      const scope = context.guard.resolve({ jurisdiction: values.jurisdiction });
      // A failed start is not fatal here: each check then fails closed on its own, with the reason.
      await context.warmUp().catch(() => {});
      // Analyse in parallel, print in the order given. At most a few files are read and decoded
      // ahead of the workers: each decoded image holds up to 3 MB of pixels until it is analysed.
      const gate = createWorkQueue({ concurrency: config.workers * 2, maxWaiting: Number.POSITIVE_INFINITY });
      const results = positionals.map((file) =>
        gate.run(async () => {
          try {
            const { subject } = await imageSubject(await readFile(file), limits, file);
            const { decision, detection } = await context.guard.check(subject, {
              ...scope,
              request: { tenantId: consent.tenantId, request: 'image' },
              verifyConsent: (found) => context.protection.verifyConsent(consent, found),
            });
            // The image detector's analysis, without face embeddings; asked again (cached) with them on --embeddings.
            const found = detection.details[IMAGE_DETECTOR] as ImageAnalysis | undefined;
            const analysis = found && values.embeddings ? await context.analyzer.analyze(subject.bytes, { label: file, embeddings: true }) : found;
            return { file, analysis, decision };
          } catch (error) {
            return { file, error };
          }
        }),
      );
      for (const pending of results) {
        const r = await pending;
        if ('error' in r) {
          refused++;
          io.stdout.write(values.json ? `${JSON.stringify(errorLine(r.file, r.error))}\n` : `${r.file}: error: ${errorMessage(r.error)}${codeOf(r.error)}\n`);
          continue;
        }
        if (r.decision.unavailable.length > 0) unavailable++;
        else if (r.decision.verdict !== 'allow') refused++;
        io.stdout.write(values.json ? `${JSON.stringify(jsonLine(r.file, r.analysis, r.decision, values.embeddings))}\n` : text(r.file, r.analysis, r.decision));
      }
    } finally {
      await context.close();
    }
    return unavailable > 0 ? EXIT_CODES.unavailable : refused > 0 ? EXIT_CODES.refused : EXIT_CODES.ok;
  },
};

function errorLine(file: string, error: unknown): Record<string, unknown> {
  const code = error instanceof ConsentryError ? error.code : error instanceof Error && 'code' in error ? String(error.code) : 'internal_error';
  return { file, error: { code, message: errorMessage(error) } };
}

function codeOf(error: unknown): string {
  return error instanceof ConsentryError ? ` [${error.code}]` : '';
}

function jsonLine(file: string, a: ImageAnalysis | undefined, d: Decision, embeddings: boolean): Record<string, unknown> {
  return {
    file,
    ...(a
      ? {
          width: a.width,
          height: a.height,
          format: a.format,
          faces: a.faces.map((f) => ({
            box: f.box,
            score: f.score,
            age: f.age,
            ageBand: f.ageBand,
            possibleMinor: f.possibleMinor,
            gender: f.gender,
            genderScore: f.genderScore,
            ...(embeddings && f.embedding ? { embedding: f.embedding } : {}),
          })),
          personCount: a.personCount,
          possibleMinor: a.possibleMinor,
          nudity: a.nudity,
        }
      : {}),
    verdict: d.verdict,
    reasons: d.reasons,
    categories: d.categories.map((c) => ({ category: c.category, score: c.score })),
    rules: d.rules.map((r) => r.id),
    // Hash-list and protected-person findings with their evidence (list entry and distance, person and similarity).
    protect: d.categories.filter((c) => ['known_image', 'protected_person', 'protected_no_edits'].includes(c.category)).map((c) => ({ category: c.category, score: c.score, evidence: c.evidence })),
    ...(d.consent ? { consent: d.consent } : {}),
    policy: d.policy,
    ...(d.unavailable.length > 0 ? { unavailable: d.unavailable } : {}),
    ...(a ? { timings: a.timings } : {}),
  };
}

function text(file: string, a: ImageAnalysis | undefined, d: Decision): string {
  const lines = [...(a ? analysisLines(file, a, d) : [`${file}: ${d.verdict.toUpperCase()}`]), ...d.reasons.map((r) => `  why: ${r}`)];
  return `${lines.join('\n')}\n`;
}

function analysisLines(file: string, a: ImageAnalysis, d: Decision): string[] {
  const c = a.nudity.classes;
  return [
    `${file}: ${d.verdict.toUpperCase()} — nudity ${a.nudity.level} (Porn ${c.Porn.toFixed(2)}, Hentai ${c.Hentai.toFixed(2)}, Sexy ${c.Sexy.toFixed(2)}, Neutral ${c.Neutral.toFixed(2)}, Drawing ${c.Drawing.toFixed(2)}), ${a.nudity.drawn ? 'drawn' : 'photo'}, ${a.width}x${a.height} ${a.format}, ${a.personCount} ${a.personCount === 1 ? 'person' : 'people'}`,
    ...a.faces.map(
      (f, i) =>
        `  face ${i + 1}: box [${f.box.join(', ')}] score ${f.score.toFixed(2)}, age ~${Number.isFinite(f.age) ? Math.round(f.age) : '?'} (band ${f.ageBand.low}-${f.ageBand.high}${f.possibleMinor ? ', possible minor' : ''}), ${f.gender} ${f.genderScore.toFixed(2)}`,
    ),
  ];
}
