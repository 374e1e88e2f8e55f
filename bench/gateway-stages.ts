// node --import tsx bench/gateway-stages.ts [--n 20000] [--rounds 3]
// CPU per stage of one /v1/check/prompt, each stage run on its own in a loop in this process on the
// real pieces (the gateway's context on a fresh PGlite in its thread, the real screener inline, the
// route's schemas): auth, rate limit, parse + validation, subject, screener, the guard around it,
// policy, the log's texts and hash, the log append end to end (main thread and whole process),
// the response's serialisation. Then whole requests through the app (`inject`, no socket) and a
// bare Fastify route for comparison. Prints µs per call (CPU of this process, user + system).
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Ajv } from 'ajv';
import Fastify from 'fastify';
import fastJson from 'fast-json-stringify';
import { buildApp, tooDeep } from '../http/app.ts';
import { decisionSchema, promptCheckBody, sharedSchemas } from '../http/schemas.ts';
import { createApiKey, createContext, readConfig } from '../src/internal.ts';
import { promptScreenerDetector } from '../src/screen/prompt-screener.ts';
import { decide } from '../src/policy/decide.ts';
import { hashEntry, sha256Hex } from '../src/store/decision-log.ts';
import { promptSubject } from '../src/subjects.ts';
import type { PromptSubject } from '../src/types.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '20000' }, rounds: { type: 'string', default: '3' } } });
const N = Number(values.n);
const ROUNDS = Number(values.rounds);
const dataDir = mkdtempSync(join(tmpdir(), 'consentry-stages-'));
const config = readConfig({ CONSENTRY_DATA_DIR: dataDir });
const context = await createContext(config);
await context.ready('prompts');
const { key, record } = await createApiKey(context.db, { name: 'bench', tenantId: 'default', rateLimitPerMinute: 1e9 });

const prompts = ['a red bicycle leaning on a wall', 'put her in a bikini', 'a watercolour of a harbour at dawn', 'make the woman in this photo look older'];
const bodies = prompts.map((prompt) => JSON.stringify({ prompt, mode: 'edit' }));
const subjects: PromptSubject[] = prompts.map((p) => promptSubject(p, 'edit'));

const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const threadTicks = () => {
  const f = readFileSync(`/proc/${process.pid}/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10_000; // µs
};
const results = new Map<string, number[]>();
function note(name: string, us: number) {
  results.set(name, [...(results.get(name) ?? []), us]);
}
async function stage(name: string, n: number, fn: (i: number) => unknown) {
  for (let i = 0; i < Math.min(n, 2000); i++) await fn(i); // warm-up
  const t = cpu();
  for (let i = 0; i < n; i++) await fn(i);
  note(name, (cpu() - t) / n);
}

const ajv = new Ajv({ allErrors: false, coerceTypes: false, removeAdditional: false, useDefaults: true });
const validate = ajv.compile(promptCheckBody);
const serialiseSchemas = Object.fromEntries(sharedSchemas.map((s) => [s.$id, s]));
const serialise = fastJson({ ...decisionSchema, $id: undefined } as never, { schema: serialiseSchemas as never });
const screened = await Promise.all(subjects.map((s) => promptScreenerDetector.detect(s)));
const detections = screened.map((s) => ({ signals: s.signals, unavailable: [], details: {} }));
const decisions = detections.map((d) => decide(d, context.policy, { jurisdiction: context.guard.resolve().jurisdiction }));
const samples = await Promise.all(subjects.map((s) => context.checks.checkPrompt({ tenantId: 'default' }, { prompt: s.text, mode: 'edit' })));
console.error('decision JSON bytes:', samples.map((d) => JSON.stringify(d).length).join(' / '));

const app = await buildApp(context);
const bare = Fastify();
bare.post('/x', async () => ({ ok: true }));
const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };

for (let round = 0; round < ROUNDS; round++) {
  await stage('auth: sha256 of the key + cache', N, () => createHash('sha256').update(key).digest('hex'));
  await stage('rate limit (in memory on PGlite)', N, () => context.rateLimiter.hit(record.id, 1e9));
  await stage('body: depth scan + JSON.parse + validate', N, (i) => {
    const text = bodies[i % 4]!;
    if (tooDeep(text, 64)) throw new Error('deep');
    validate(JSON.parse(text));
  });
  await stage('subject', N, (i) => promptSubject(prompts[i % 4], 'edit'));
  await stage('screener (inline)', N, (i) => promptScreenerDetector.detect(subjects[i % 4]!));
  await stage('guard.check (screener + time limit + decide)', N, (i) => context.guard.check(subjects[i % 4]!, { request: { tenantId: 'default', request: 'prompt' } }));
  await stage('decide', N, (i) => decide(detections[i % 4]!, context.policy, { jurisdiction: 'EU' }));
  await stage('log texts: 3 JSON.stringify + sha256 chain hash', N, (i) => {
    const d = samples[i % 4]!;
    const entry = {
      id: d.id,
      tenantId: 'default',
      createdAt: d.createdAt,
      kind: d.kind,
      verdict: d.verdict,
      policyId: d.policy.id,
      policyVersion: d.policy.version,
      parentId: null,
      decisionJson: JSON.stringify(decisions[i % 4]),
      inputsJson: JSON.stringify(d.inputs),
      signalsJson: JSON.stringify(d.signals),
    };
    return hashEntry('0'.repeat(64), entry);
  });
  await stage('prompt record sha256', N, (i) => sha256Hex(prompts[i % 4]!));
  await stage('response: fast-json-stringify of the decision', N, (i) => serialise(samples[i % 4]));
  // The append end to end, 16 at a time (as under the bench's 16 connections): main thread and process.
  {
    const n = Math.min(N, 8000);
    const t = cpu();
    const m = threadTicks();
    for (let i = 0; i < n; i += 16)
      await Promise.all(
        Array.from({ length: 16 }, (_, k) => {
          const d = samples[(i + k) % 4]!;
          return context.log.append({ tenantId: 'default', kind: 'prompt', decision: decisions[(i + k) % 4]!, signals: d.signals, inputs: d.inputs });
        }),
      );
    note('log append x16 (process, db thread included)', (cpu() - t) / n);
    note('log append x16 (main thread, /proc)', (threadTicks() - m) / n);
  }
  {
    const n = Math.min(N, 8000);
    const t = cpu();
    const m = threadTicks();
    for (let i = 0; i < n; i += 16) await Promise.all(Array.from({ length: 16 }, (_, k) => context.checks.checkPrompt({ tenantId: 'default' }, { prompt: prompts[(i + k) % 4]!, mode: 'edit' })));
    note('checks.checkPrompt x16 (process)', (cpu() - t) / n);
    note('checks.checkPrompt x16 (main thread, /proc)', (threadTicks() - m) / n);
  }
  {
    const n = Math.min(N, 8000);
    const t = cpu();
    const m = threadTicks();
    for (let i = 0; i < n; i += 16) await Promise.all(Array.from({ length: 16 }, (_, k) => app.inject({ method: 'POST', url: '/v1/check/prompt', headers, payload: bodies[(i + k) % 4]! })));
    note('app.inject /v1/check/prompt x16 (process)', (cpu() - t) / n);
    note('app.inject /v1/check/prompt x16 (main thread, /proc)', (threadTicks() - m) / n);
  }
  await stage('bare Fastify inject (one route, no hooks)', Math.min(N, 8000), () => bare.inject({ method: 'POST', url: '/x', headers, payload: bodies[0]! }));
}

await app.close();
await context.close();
rmSync(dataDir, { recursive: true, force: true });
console.log('| stage | µs per call, by round |\n| --- | --- |');
for (const [name, us] of results) console.log(`| ${name} | ${us.map((u) => u.toFixed(1)).join(' / ')} |`);
