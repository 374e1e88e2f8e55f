import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import {
  CheckUnavailableError,
  ConsentryError,
  checkEndUser,
  createCachedAnalyzer,
  createImageAnalyzer,
  openLocalProtection,
  decide,
  detectionFromAnalysis,
  errorMessage,
  readConfig,
  resolvePolicy,
  type Decision,
  type ImageAnalysis,
} from '../src/index.ts';
import type { CliCommand } from './main.ts';

const usage = `Usage: consentry scan FILE... [--json] [--policy NAME|FILE] [--jurisdiction CODE] [--workers N] [--embeddings]
                      [--user USER] [--self-person ID] [--tenant T] [--data-dir DIR]

Analyses each image (nudity level, faces with age and gender, drawn or photo) and gives the verdict
under the policy. Each image is matched against the hash lists and the tenant's protected persons
in the database (--data-dir or DATABASE_URL); --user and --self-person let a consent grant be
verified, as on the gateway. With --json, one JSON line per file; a bad file gives a line with "file" and
"error" and the others go on. Exit code 1 when any file could not be analysed.`;

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
      return 2;
    }
    const config = readConfig(io.env, { ...(values.workers ? { workers: Number(values.workers) } : {}), ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}) });
    const endUser = checkEndUser(values.user, '--user');
    const policy = resolvePolicy(values.policy ?? config.policy);
    const jurisdiction = values.jurisdiction ?? config.jurisdiction;
    const analyzer = createCachedAnalyzer(createImageAnalyzer({
      // Starting a worker costs a model load; never more workers than files.
      workers: Math.min(positionals.length, config.workers > 0 ? config.workers : os.availableParallelism()),
      timeoutMs: config.checkTimeoutMs,
      maxBytes: config.maxImageBytes,
      maxPixels: config.maxImagePixels,
    }));
    const protection = await openLocalProtection(config, analyzer);
    let failures = 0;
    try {
      // Analyse in parallel, print in the order given.
      const results = positionals.map(async (file) => {
        try {
          const bytes = await readFile(file);
          const analysis = await analyzer.analyze(bytes, { label: file, embeddings: values.embeddings });
          const detection = detectionFromAnalysis(analysis);
          const verified = await protection.apply({ kind: 'image', bytes, label: file }, { tenantId: values.tenant!, endUser, selfPersonId: values['self-person'], request: 'image' }, detection);
          const decision = decide(detection, policy, { jurisdiction, verifiedConsent: verified.consent });
          if (verified.reason && decision.verdict !== 'allow') decision.reasons.push(verified.reason);
          return { file, analysis, decision };
        } catch (error) {
          return { file, error };
        }
      });
      for (const pending of results) {
        const r = await pending;
        if ('error' in r) {
          failures++;
          io.stdout.write(values.json ? `${JSON.stringify(errorLine(r.file, r.error))}\n` : `${r.file}: error: ${errorMessage(r.error)}${codeOf(r.error)}\n`);
        } else {
          io.stdout.write(values.json ? `${JSON.stringify(jsonLine(r.file, r.analysis, r.decision, values.embeddings))}\n` : text(r.file, r.analysis, r.decision));
        }
      }
    } finally {
      await protection.close();
      await analyzer.close();
    }
    return failures > 0 ? 1 : 0;
  },
};

function errorLine(file: string, error: unknown): Record<string, unknown> {
  const code = error instanceof ConsentryError ? error.code : error instanceof Error && 'code' in error ? String(error.code) : 'internal_error';
  // A check that could not run is a refusal (fail closed); bad input is only an error.
  return { file, error: { code, message: errorMessage(error) }, ...(error instanceof CheckUnavailableError ? { verdict: 'block' } : {}) };
}

function codeOf(error: unknown): string {
  return error instanceof ConsentryError ? ` [${error.code}]` : '';
}

function jsonLine(file: string, a: ImageAnalysis, d: Decision, embeddings: boolean): Record<string, unknown> {
  return {
    file,
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
    verdict: d.verdict,
    reasons: d.reasons,
    categories: d.categories.map((c) => ({ category: c.category, score: c.score })),
    rules: d.rules.map((r) => r.id),
    // Hash-list and protected-person findings with their evidence (list entry and distance, person and similarity).
    protect: d.categories.filter((c) => ['known_image', 'protected_person', 'protected_no_edits'].includes(c.category)).map((c) => ({ category: c.category, score: c.score, evidence: c.evidence })),
    ...(d.consent ? { consent: d.consent } : {}),
    policy: d.policy,
    timings: a.timings,
  };
}

function text(file: string, a: ImageAnalysis, d: Decision): string {
  const c = a.nudity.classes;
  const lines = [
    `${file}: ${d.verdict.toUpperCase()} — nudity ${a.nudity.level} (Porn ${c.Porn.toFixed(2)}, Hentai ${c.Hentai.toFixed(2)}, Sexy ${c.Sexy.toFixed(2)}, Neutral ${c.Neutral.toFixed(2)}, Drawing ${c.Drawing.toFixed(2)}), ${a.nudity.drawn ? 'drawn' : 'photo'}, ${a.width}x${a.height} ${a.format}, ${a.personCount} ${a.personCount === 1 ? 'person' : 'people'}`,
    ...a.faces.map(
      (f, i) =>
        `  face ${i + 1}: box [${f.box.join(', ')}] score ${f.score.toFixed(2)}, age ~${Number.isFinite(f.age) ? Math.round(f.age) : '?'} (band ${f.ageBand.low}-${f.ageBand.high}${f.possibleMinor ? ', possible minor' : ''}), ${f.gender} ${f.genderScore.toFixed(2)}`,
    ),
    ...d.reasons.map((r) => `  why: ${r}`),
  ];
  return `${lines.join('\n')}\n`;
}
