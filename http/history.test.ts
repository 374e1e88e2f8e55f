import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createApiKey, createContext, readConfig, type ConsentryContext } from '../src/internal.ts';
import { pgliteStorage, type TestStorage } from '../src/testing/test-database.ts';
import { buildApp } from './app.ts';
import { noopEditDetector } from './test-fixtures.ts';

// The real prompt screener behind /v1/check/prompt: a follow-up is read with the thread's history.
let storage: TestStorage;
let context: ConsentryContext;
let app: FastifyInstance;
let key: string;

before(async () => {
  storage = pgliteStorage();
  context = await createContext(readConfig({}, storage.options), { imageDetectors: [], editDetectors: [noopEditDetector] });
  app = await buildApp(context);
  key = (await createApiKey(context.db, { name: 'history', tenantId: 'default' })).key;
});

after(async () => {
  await app.close();
  await context.close();
  await storage.dispose();
});

const check = (payload: Record<string, unknown>) => app.inject({ method: 'POST', url: '/v1/check/prompt', headers: { authorization: `Bearer ${key}` }, payload });

it('a follow-up is screened in the context of the thread it came from', async () => {
  const alone = await check({ prompt: 'now make it smaller', mode: 'edit' });
  assert.equal(alone.statusCode, 200);
  assert.equal(alone.json().verdict, 'allow', 'on its own the follow-up is harmless');
  const inThread = await check({ prompt: 'now make it smaller', mode: 'edit', history: ['put her in a bikini'] });
  assert.equal(inThread.statusCode, 200);
  assert.equal(inThread.json().verdict, 'block');
  const benignThread = await check({ prompt: 'now make it smaller', mode: 'edit', history: ['add a red balloon in the sky'] });
  assert.equal(benignThread.json().verdict, 'allow');
});

it('a malformed history is a 400, and nothing is logged', async () => {
  const before = (await context.db.query<{ n: string }>('SELECT count(*)::text AS n FROM decision_log')).rows[0]!.n;
  for (const history of ['put her in a bikini', [42], Array.from({ length: 21 }, () => 'a cat')]) {
    const res = await check({ prompt: 'now make it smaller', mode: 'edit', history });
    assert.equal(res.statusCode, 400, JSON.stringify(history).slice(0, 40));
  }
  const after = (await context.db.query<{ n: string }>('SELECT count(*)::text AS n FROM decision_log')).rows[0]!.n;
  assert.equal(after, before);
});
