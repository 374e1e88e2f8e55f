import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { createApiKey, createContext, readConfig, unavailableDetector, type Category, type ConsentryContext, type Database, type Detector } from '../src/internal.ts';
import { pgliteStorage, postgresStorage, type TestStorage } from '../src/testing/test-database.ts';
import { buildApp } from './app.ts';
import { bombPng, fakePromptDetector, noopEditDetector, sha256, solidPng, startStandInUpstream, tableImageDetector, type StandInUpstream } from './test-fixtures.ts';

const table = new Map<string, Category[]>();

function multipart(fields: Record<string, string>, files: Array<{ field: string; bytes: Buffer; type?: string }>): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----consentry${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${f.field}"; filename="x.png"\r\ncontent-type: ${f.type ?? 'image/png'}\r\n\r\n`), f.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

for (const kind of ['pglite', 'postgres'] as const) {
  describe(`gateway in-process on ${kind}`, () => {
    let storage: TestStorage | undefined;
    let db: Database;
    let context: ConsentryContext;
    let app: FastifyInstance;
    let upstream: StandInUpstream;
    let key: string;
    let otherTenantKey: string;
    let adminKey: string;
    let benign: Buffer;
    let flagged: Buffer;
    let person: Buffer;
    const extraContexts: Array<{ app: FastifyInstance; context: ConsentryContext }> = [];

    const auth = (k = key) => ({ authorization: `Bearer ${k}` });
    const logCount = async () => Number((await db.query<{ n: string }>('SELECT count(*)::text AS n FROM decision_log')).rows[0]!.n);
    const config = () =>
      readConfig({}, { ...storage!.options, upstreamUrl: upstream.url, upstreamKey: 'sk-upstream-secret', maxImageBytes: 2 * 1024 * 1024, maxImagePixels: 4_000_000, checkTimeoutMs: 500 });
    async function variant(overrides: Parameters<typeof createContext>[1]) {
      const c = await createContext(config(), { db, promptDetectors: [fakePromptDetector], editDetectors: [noopEditDetector], ...overrides });
      const a = await buildApp(c);
      extraContexts.push({ app: a, context: c });
      return Object.assign(a, { consentry: c });
    }

    before(async () => {
      storage = kind === 'pglite' ? pgliteStorage() : await postgresStorage();
      if (!storage) return;
      benign = await solidPng(40, 160, 90);
      flagged = await solidPng(200, 30, 30);
      person = await solidPng(30, 30, 200);
      table.set(sha256(flagged), ['sexual', 'real_person']);
      table.set(sha256(person), ['real_person']);
      upstream = await startStandInUpstream([benign]);
      db = await storage.open();
      context = await createContext(config(), { db, promptDetectors: [fakePromptDetector], imageDetectors: [tableImageDetector(table)], editDetectors: [noopEditDetector] });
      app = await buildApp(context);
      key = (await createApiKey(db, { name: 'test', tenantId: 'acme', rateLimitPerMinute: 10_000 })).key;
      otherTenantKey = (await createApiKey(db, { name: 'other', tenantId: 'globex', rateLimitPerMinute: 10_000 })).key;
      adminKey = (await createApiKey(db, { name: 'admin', tenantId: 'acme', scope: 'admin', rateLimitPerMinute: 10_000 })).key;
    });
    after(async () => {
      for (const x of extraContexts) {
        await x.app.close();
        await x.context.close();
      }
      await app?.close();
      await context?.close();
      await db?.close();
      await upstream?.close();
      await storage?.dispose();
    });
    const it = (name: string, fn: () => Promise<void>) =>
      test(name, async (t) => {
        if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
        await fn();
      });

    it('healthz, openapi and docs are public; everything else needs a valid key', async () => {
      assert.equal((await app.inject({ url: '/healthz' })).statusCode, 200);
      const openapi = await app.inject({ url: '/openapi.json' });
      assert.equal(openapi.statusCode, 200);
      assert.ok(openapi.json().paths['/v1/check/prompt']);
      assert.ok(openapi.json().paths['/v1/images/generations']);
      assert.equal((await app.inject({ url: '/docs' })).statusCode < 400, true);
      const none = await app.inject({ method: 'POST', url: '/v1/check/prompt', payload: { prompt: 'a cat', mode: 'generate' } });
      assert.equal(none.statusCode, 401);
      assert.equal(none.json().error.code, 'unauthorized');
      const wrong = await app.inject({ method: 'POST', url: '/v1/check/prompt', headers: auth('csk_notakey'), payload: { prompt: 'a cat', mode: 'generate' } });
      assert.equal(wrong.statusCode, 401);
    });

    it('the OpenAPI document: every operation tagged (with a declared tag) and named by a unique operationId; multipart fields, event streams and x-request-id documented', async () => {
      const doc = (await app.inject({ url: '/openapi.json' })).json() as {
        tags: Array<{ name: string }>;
        paths: Record<
          string,
          Record<
            string,
            {
              tags?: string[];
              operationId?: string;
              requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
              responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }>;
            }
          >
        >;
        components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
      };
      const declared = new Set(doc.tags.map((t) => t.name));
      const ids = new Set<string>();
      let operations = 0;
      for (const [path, methods] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(methods)) {
          const where = `${method.toUpperCase()} ${path}`;
          operations++;
          assert.ok(op.tags?.length, `${where} has no tag`);
          for (const tag of op.tags!) assert.ok(declared.has(tag), `${where}: tag ${tag} is not declared`);
          assert.match(op.operationId ?? '', /^[a-z][A-Za-z]+$/, `${where} has no operationId`);
          assert.ok(!ids.has(op.operationId!), `${where}: operationId ${op.operationId} is used twice`);
          ids.add(op.operationId!);
          for (const [status, response] of Object.entries(op.responses)) assert.ok(response.headers?.['x-request-id'], `${where} ${status}: x-request-id`);
        }
      }
      assert.ok(operations >= 39, `${operations} operations`);
      // The check routes' multipart bodies list their fields, as the images routes' do.
      for (const [path, schema, fields] of [
        ['/v1/check/image', 'ImageCheckMultipart', ['image', 'policy', 'jurisdiction', 'user']],
        ['/v1/check/edit', 'EditCheckMultipart', ['prompt', 'image', 'mask', 'policy', 'jurisdiction', 'user']],
      ] as const) {
        assert.equal(doc.paths[path]!.post!.requestBody!.content['multipart/form-data']!.schema.$ref, `#/components/schemas/${schema}`);
        assert.deepEqual(Object.keys(doc.components.schemas[schema]!.properties!).sort(), [...fields].sort());
      }
      for (const path of ['/v1/images/generations', '/v1/images/edits', '/v1/images/variations']) {
        const ok = doc.paths[path]!.post!.responses['200']!;
        assert.deepEqual(Object.keys(ok.content!).sort(), ['application/json', 'text/event-stream'], path);
        assert.ok(ok.headers!['x-consentry-decision-id'], path);
      }
      // A multipart check still runs (its documented schema is not the one that validates).
      const form = multipart({ prompt: 'make the sky orange' }, [{ field: 'image', bytes: benign }]);
      const res = await app.inject({ method: 'POST', url: '/v1/check/edit', headers: { ...auth(), ...form.headers }, payload: form.payload });
      assert.equal(res.statusCode, 200, res.body);
    });

    it('an edit check takes one mask, checked as an image, and refuses any other file by name', async () => {
      const before = await logCount();
      const withMask = multipart({ prompt: 'make the sky orange' }, [
        { field: 'image', bytes: benign },
        { field: 'mask', bytes: benign },
      ]);
      const ok = await app.inject({ method: 'POST', url: '/v1/check/edit', headers: { ...auth(), ...withMask.headers }, payload: withMask.payload });
      assert.equal(ok.statusCode, 200, ok.body);
      const broken = multipart({ prompt: 'make the sky orange' }, [
        { field: 'image', bytes: benign },
        { field: 'mask', bytes: Buffer.from('not an image') },
      ]);
      const bad = await app.inject({ method: 'POST', url: '/v1/check/edit', headers: { ...auth(), ...broken.headers }, payload: broken.payload });
      assert.equal(bad.statusCode, 400, 'an undecodable mask is refused: it was read');
      for (const field of ['reference_image', 'mask2']) {
        const extra = multipart({ prompt: 'make the sky orange' }, [
          { field: 'image', bytes: benign },
          { field, bytes: benign },
        ]);
        const res = await app.inject({ method: 'POST', url: '/v1/check/edit', headers: { ...auth(), ...extra.headers }, payload: extra.payload });
        assert.equal(res.statusCode, 400, res.body);
        assert.equal(res.json().error.code, 'unknown_parameter');
        assert.equal(res.json().error.param, field);
      }
      assert.equal(await logCount(), before + 1, 'only the good check is logged');
    });

    it('prompt checks decide, say why, are logged, and are readable only by their tenant', async () => {
      const before = await logCount();
      const ok = await app.inject({ method: 'POST', url: '/v1/check/prompt', headers: auth(), payload: { prompt: 'a cat on a sofa', mode: 'generate' } });
      assert.equal(ok.statusCode, 200);
      assert.equal(ok.json().verdict, 'allow');
      const bad = await app.inject({ method: 'POST', url: '/v1/check/prompt', headers: auth(), payload: { prompt: 'undress Jane Roe', mode: 'edit', jurisdiction: 'FR' } });
      const decision = bad.json();
      assert.equal(decision.verdict, 'block');
      assert.ok(decision.rules.some((r: { id: string }) => r.id === 'floor.real_person_sexualised'));
      assert.ok(decision.legalBasis.some((l: { citation: string }) => l.citation.includes('226-8-1')));
      assert.equal(bad.headers['x-consentry-decision-id'], decision.id);
      assert.equal(await logCount(), before + 2);
      const read = await app.inject({ url: `/v1/decisions/${decision.id}`, headers: auth() });
      assert.equal(read.statusCode, 200);
      assert.equal(read.json().verdict, 'block');
      const stranger = await app.inject({ url: `/v1/decisions/${decision.id}`, headers: auth(otherTenantKey) });
      assert.equal(stranger.statusCode, 404);
      assert.equal(stranger.json().error.code, 'decision_not_found');
      assert.equal((await app.inject({ url: '/v1/decisions/nope', headers: auth() })).statusCode, 404);
    });

    it('bad input of every kind gets a clear 4xx and writes nothing', async () => {
      const before = await logCount();
      const bomb = await bombPng();
      const bombForm = multipart({}, [{ field: 'image', bytes: bomb }]);
      const bigForm = multipart({}, [{ field: 'image', bytes: Buffer.alloc(3 * 1024 * 1024, 1) }]);
      const cases: Array<[string, InjectOptions, number, string]> = [
        ['malformed JSON', { method: 'POST', url: '/v1/check/prompt', headers: { ...auth(), 'content-type': 'application/json' }, payload: '{"prompt": "a' }, 400, 'invalid_json'],
        ['empty JSON body', { method: 'POST', url: '/v1/check/prompt', headers: { ...auth(), 'content-type': 'application/json' }, payload: '' }, 400, 'invalid_json'],
        ['missing field', { method: 'POST', url: '/v1/check/prompt', headers: auth(), payload: { prompt: 'a cat' } }, 400, 'invalid_input'],
        ['wrong type', { method: 'POST', url: '/v1/check/prompt', headers: auth(), payload: { prompt: 42, mode: 'generate' } }, 400, 'invalid_input'],
        ['unknown field', { method: 'POST', url: '/v1/check/prompt', headers: auth(), payload: { prompt: 'a', mode: 'generate', extra: 1 } }, 400, 'invalid_input'],
        ['NUL in prompt', { method: 'POST', url: '/v1/check/prompt', headers: auth(), payload: { prompt: 'a\u0000b', mode: 'generate' } }, 400, 'invalid_prompt'],
        [
          'lone surrogate',
          { method: 'POST', url: '/v1/check/prompt', headers: { ...auth(), 'content-type': 'application/json' }, payload: '{"prompt":"a\\ud800b","mode":"generate"}' },
          400,
          'invalid_prompt',
        ],
        ['whitespace prompt', { method: 'POST', url: '/v1/check/prompt', headers: auth(), payload: { prompt: '   ', mode: 'generate' } }, 400, 'invalid_prompt'],
        ['wrong content type', { method: 'POST', url: '/v1/check/prompt', headers: { ...auth(), 'content-type': 'text/plain' }, payload: 'a cat' }, 415, 'unsupported_media_type'],
        ['too large', { method: 'POST', url: '/v1/check/prompt', headers: auth(), payload: { prompt: 'x'.repeat(300_000), mode: 'generate' } }, 413, 'body_too_large'],
        ['unknown policy', { method: 'POST', url: '/v1/check/prompt', headers: auth(), payload: { prompt: 'a cat', mode: 'generate', policy: 'lenient' } }, 400, 'unknown_policy'],
        ['unknown jurisdiction', { method: 'POST', url: '/v1/check/prompt', headers: auth(), payload: { prompt: 'a cat', mode: 'generate', jurisdiction: 'XX' } }, 400, 'unknown_jurisdiction'],
        ['corrupt image', { method: 'POST', url: '/v1/check/image', headers: auth(), payload: { image: Buffer.from('not an image at all').toString('base64') } }, 400, 'invalid_image'],
        ['truncated image', { method: 'POST', url: '/v1/check/image', headers: auth(), payload: { image: benign.subarray(0, benign.length - 30).toString('base64') } }, 400, 'invalid_image'],
        [
          'svg',
          { method: 'POST', url: '/v1/check/image', headers: auth(), payload: { image: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>').toString('base64') } },
          400,
          'invalid_image',
        ],
        ['decompression bomb', { method: 'POST', url: '/v1/check/image', headers: auth(), payload: { image: bomb.toString('base64') } }, 413, 'image_too_large'],
        ['bomb via multipart', { method: 'POST', url: '/v1/check/image', headers: { ...auth(), ...bombForm.headers }, payload: bombForm.payload }, 413, 'image_too_large'],
        ['malformed multipart', { method: 'POST', url: '/v1/check/image', headers: { ...auth(), ...bombForm.headers }, payload: bombForm.payload.subarray(0, 100) }, 400, 'invalid_input'],
        ['file over the limit', { method: 'POST', url: '/v1/check/image', headers: { ...auth(), ...bigForm.headers }, payload: bigForm.payload }, 413, 'body_too_large'],
        ['not base64', { method: 'POST', url: '/v1/check/image', headers: auth(), payload: { image: '!!!!' } }, 400, 'invalid_input'],
        ['image over the byte limit', { method: 'POST', url: '/v1/check/image', headers: auth(), payload: { image: Buffer.alloc(3 * 1024 * 1024, 1).toString('base64') } }, 413, 'image_too_large'],
        ['edit without images', { method: 'POST', url: '/v1/check/edit', headers: auth(), payload: { prompt: 'x', images: [] } }, 400, 'invalid_input'],
        [
          'output for unknown decision',
          { method: 'POST', url: '/v1/check/output', headers: auth(), payload: { decisionId: '00000000-0000-4000-8000-000000000000', outputs: [benign.toString('base64')] } },
          404,
          'decision_not_found',
        ],
        ['unknown route', { method: 'GET', url: '/v1/nothing', headers: auth() }, 404, 'route_not_found'],
        ['edits as JSON', { method: 'POST', url: '/v1/images/edits', headers: auth(), payload: { prompt: 'x' } }, 415, 'unsupported_media_type'],
      ];
      for (const [name, request, status, code] of cases) {
        const res = await app.inject(request);
        assert.equal(res.statusCode, status, `${name}: ${res.body}`);
        const body = res.json();
        assert.equal(body.error.code, code, `${name}: ${res.body}`);
        assert.equal(typeof body.error.message, 'string');
        assert.ok(!/at .*\.ts:\d+/.test(res.body), `${name}: no stack trace`);
      }
      assert.equal(await logCount(), before, 'nothing written for bad input');
    });

    it('image checks take JSON base64 or multipart; edit and output checks combine inputs and outputs', async () => {
      const json = await app.inject({ method: 'POST', url: '/v1/check/image', headers: auth(), payload: { image: `data:image/png;base64,${benign.toString('base64')}` } });
      assert.equal(json.statusCode, 200, json.body);
      assert.equal(json.json().verdict, 'allow');
      assert.equal(json.json().inputs[0].sha256, sha256(benign));
      assert.equal(json.json().inputs[0].width, 64);
      const form = multipart({ jurisdiction: 'UK' }, [{ field: 'image', bytes: flagged }]);
      const mp = await app.inject({ method: 'POST', url: '/v1/check/image', headers: { ...auth(), ...form.headers }, payload: form.payload });
      assert.equal(mp.statusCode, 200, mp.body);
      assert.equal(mp.json().verdict, 'block');
      assert.equal(mp.json().jurisdiction, 'UK');
      // A real person's photo plus an undressing prompt: each alone is not the floor, together they are.
      const edit = await app.inject({ method: 'POST', url: '/v1/check/edit', headers: auth(), payload: { prompt: 'undress her', images: [person.toString('base64')] } });
      assert.equal(edit.json().verdict, 'block');
      assert.ok(edit.json().rules.some((r: { id: string }) => r.id === 'floor.real_person_sexualised'));
      const pre = await app.inject({ method: 'POST', url: '/v1/check/edit', headers: auth(), payload: { prompt: 'make the sky orange', images: [person.toString('base64')] } });
      assert.equal(pre.json().verdict, 'allow', pre.body);
      const out = await app.inject({
        method: 'POST',
        url: '/v1/check/output',
        headers: auth(),
        payload: { decisionId: pre.json().id, inputs: [person.toString('base64')], outputs: [flagged.toString('base64')] },
      });
      assert.equal(out.statusCode, 200, out.body);
      assert.equal(out.json().verdict, 'block');
      assert.equal(out.json().parentId, pre.json().id);
      const otherTenant = await app.inject({ method: 'POST', url: '/v1/check/output', headers: auth(otherTenantKey), payload: { decisionId: pre.json().id, outputs: [benign.toString('base64')] } });
      assert.equal(otherTenant.statusCode, 404);
      // Bound to the pre-check: other inputs than the pre-check saw are refused; none at all means no comparison, which blocks and says so.
      const swapped = await app.inject({
        method: 'POST',
        url: '/v1/check/output',
        headers: auth(),
        payload: { decisionId: pre.json().id, inputs: [benign.toString('base64')], outputs: [benign.toString('base64')] },
      });
      assert.equal(swapped.statusCode, 400, swapped.body);
      assert.equal(swapped.json().error.code, 'inputs_mismatch');
      assert.equal(swapped.json().error.param, 'inputs[0]');
      const otherPrompt = await app.inject({
        method: 'POST',
        url: '/v1/check/output',
        headers: auth(),
        payload: { decisionId: pre.json().id, prompt: 'something else', inputs: [person.toString('base64')], outputs: [benign.toString('base64')] },
      });
      assert.equal(otherPrompt.json().error.code, 'inputs_mismatch');
      const skipped = await app.inject({ method: 'POST', url: '/v1/check/output', headers: auth(), payload: { decisionId: pre.json().id, outputs: [benign.toString('base64')] } });
      assert.equal(skipped.statusCode, 200, skipped.body);
      assert.equal(skipped.json().verdict, 'block');
      assert.ok(
        skipped.json().signals.some((s: { detector: string; reason: string }) => s.detector === 'edit-comparison' && /could not be compared with the input images/.test(s.reason)),
        skipped.body,
      );
      const bound = await app.inject({
        method: 'POST',
        url: '/v1/check/output',
        headers: auth(),
        payload: { decisionId: pre.json().id, prompt: 'make the sky orange', inputs: [person.toString('base64')], outputs: [benign.toString('base64')] },
      });
      assert.equal(bound.json().verdict, 'allow', JSON.stringify(bound.json().unavailable) + JSON.stringify(bound.json().signals));
    });

    it("an output check with only some of the pre-check's inputs is refused, naming how many are missing, and logs nothing", async () => {
      const images = [person.toString('base64'), benign.toString('base64')];
      const pre = await app.inject({ method: 'POST', url: '/v1/check/edit', headers: auth(), payload: { prompt: 'make the sky orange', images } });
      assert.equal(pre.json().verdict, 'allow', pre.body);
      const before = await logCount();
      for (const inputs of [[images[0]], [images[1]], [images[0], images[0]]]) {
        const partial = await app.inject({ method: 'POST', url: '/v1/check/output', headers: auth(), payload: { decisionId: pre.json().id, inputs, outputs: [benign.toString('base64')] } });
        assert.equal(partial.statusCode, 400, partial.body);
        assert.equal(partial.json().error.code, 'inputs_mismatch');
        assert.equal(partial.json().error.param, 'inputs');
        assert.match(partial.json().error.message, /inputs has 1 of the 2 input images decision .* checked; 1 is missing/);
      }
      assert.equal(await logCount(), before, 'a refused output check writes nothing');
      // All of them, in any order: compared with each.
      const all = await app.inject({
        method: 'POST',
        url: '/v1/check/output',
        headers: auth(),
        payload: { decisionId: pre.json().id, inputs: [images[1], images[0]], outputs: [benign.toString('base64')] },
      });
      assert.equal(all.statusCode, 200, all.body);
      assert.equal(all.json().verdict, 'allow', all.body);
    });

    it('fails closed: a throwing, slow or unavailable detector blocks with check_unavailable', async () => {
      const throwing: Detector = {
        name: 'broken',
        accepts: ['image'],
        detect: () => {
          throw new Error('model crashed');
        },
      };
      const slow: Detector = { name: 'slow', accepts: ['image'], detect: () => new Promise((r) => setTimeout(() => r({ signals: [] }), 2000)) };
      const missing = unavailableDetector('image-analyzer', ['image'], 'the image analyzer is not installed');
      for (const [detectors, reason] of [
        [[throwing], /model crashed/],
        [[slow], /timed out/],
        [[missing], /not installed/],
      ] as const) {
        const a = await variant({ imageDetectors: [...detectors] as Detector[] });
        const res = await a.inject({ method: 'POST', url: '/v1/check/image', headers: auth(), payload: { image: benign.toString('base64') } });
        assert.equal(res.statusCode, 200, res.body);
        assert.equal(res.json().verdict, 'block');
        assert.ok(res.json().categories.some((c: { category: string }) => c.category === 'check_unavailable'));
        assert.match(res.json().reasons.join(' '), reason);
      }
    });

    it('prompt checks have their own, shorter time limit: a hanging prompt detector blocks in time', async () => {
      const hanging: Detector = { name: 'remote-moderation', accepts: ['prompt'], detect: () => new Promise(() => {}) };
      const c = await createContext(readConfig({ CONSENTRY_PROMPT_CHECK_TIMEOUT_MS: '150' }, { ...storage!.options, checkTimeoutMs: 60_000 }), {
        db,
        promptDetectors: [fakePromptDetector, hanging],
        editDetectors: [noopEditDetector],
      });
      const a = await buildApp(c);
      extraContexts.push({ app: a, context: c });
      const started = Date.now();
      const res = await a.inject({ method: 'POST', url: '/v1/check/prompt', headers: auth(), payload: { prompt: 'a lighthouse at dusk', mode: 'generate' } });
      const ms = Date.now() - started;
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().verdict, 'block');
      assert.ok(res.json().categories.some((c: { category: string }) => c.category === 'check_unavailable'));
      assert.match(res.json().reasons.join(' '), /timed out/);
      assert.ok(ms >= 140 && ms < 5_000, `blocked after ${ms} ms (prompt limit 150 ms, image limit 60 s)`);
    });

    it('by default image checks run the real image models and record the PDQ hash', async () => {
      if (kind !== 'pglite') return; // once is enough: this loads the models
      const c = await createContext(readConfig({}, { ...storage!.options, workers: 1, checkTimeoutMs: 120_000 }), { db });
      const a = await buildApp(c);
      extraContexts.push({ app: a, context: c });
      const res = await a.inject({ method: 'POST', url: '/v1/check/image', headers: auth(), payload: { image: benign.toString('base64') } });
      assert.equal(res.statusCode, 200, res.body);
      const decision = res.json();
      assert.equal(decision.unavailable.length, 0, JSON.stringify(decision.unavailable));
      assert.equal(decision.verdict, 'allow', res.body);
      assert.match(decision.inputs[0].pdq, /^[0-9a-f]{64}$/);
    });

    it('a full image queue answers 503 with Retry-After', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const held: Detector = {
        name: 'held',
        accepts: ['image'],
        detect: async () => {
          await gate;
          return { signals: [] };
        },
      };
      const a = await variant({ imageDetectors: [held], imageConcurrency: 1, imageQueueLength: 1 });
      // The held detector overruns the 500 ms check limit: the first two end as fail-closed blocks.
      const send = () => a.inject({ method: 'POST', url: '/v1/check/image', headers: auth(), payload: { image: benign.toString('base64') } });
      const first = send();
      const second = send();
      while (a.consentry.imageQueue.waiting < 1) await new Promise((r) => setTimeout(r, 10));
      const third = await send();
      assert.equal(third.statusCode, 503);
      assert.equal(third.json().error.code, 'queue_full');
      assert.ok(Number(third.headers['retry-after']) >= 1);
      release();
      assert.equal((await first).statusCode, 200);
      assert.equal((await second).statusCode, 200);
    });

    it('rate limits per key answer 429 with Retry-After; scopes are enforced', async () => {
      const limited = (await createApiKey(db, { name: 'tiny', tenantId: 'acme', rateLimitPerMinute: 2 })).key;
      const codes: number[] = [];
      let last;
      for (let i = 0; i < 3; i++) {
        last = await app.inject({ url: '/v1/decisions/00000000-0000-4000-8000-000000000000', headers: auth(limited) });
        codes.push(last.statusCode);
      }
      assert.deepEqual(codes, [404, 404, 429]);
      assert.ok(Number(last!.headers['retry-after']) >= 1);
      assert.equal(last!.json().error.code, 'rate_limited');
      const forbidden = await app.inject({ url: '/v1/log/verify', headers: auth() });
      assert.equal(forbidden.statusCode, 403);
      const verify = await app.inject({ url: '/v1/log/verify', headers: auth(adminKey) });
      assert.equal(verify.statusCode, 200);
      assert.equal(verify.json().ok, true);
    });

    it('proxy: an allowed generation is forwarded with the operator key and the checked images are returned', async () => {
      upstream.respond = { images: [benign], format: 'b64_json' };
      const res = await app.inject({ method: 'POST', url: '/v1/images/generations', headers: auth(), payload: { prompt: 'a lighthouse at dusk', n: 1, size: '256x256' } });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().data.length, 1);
      assert.equal(Buffer.from(res.json().data[0].b64_json, 'base64').equals(benign), true);
      const sent = upstream.requests.at(-1)!;
      assert.equal(sent.path, '/images/generations');
      assert.equal(sent.authorization, 'Bearer sk-upstream-secret');
      assert.equal(JSON.parse(sent.body.toString()).size, '256x256');
      const ids: string[] = res.headers['x-consentry-decision-id']!.toString().split(',');
      assert.equal(ids.length, 2);
      assert.equal((await app.inject({ url: `/v1/decisions/${ids[1]}`, headers: auth() })).json().kind, 'output');
    });

    it('proxy: a refused prompt is a 400 content_policy_violation and never reaches the upstream', async () => {
      const calls = upstream.requests.length;
      const res = await app.inject({ method: 'POST', url: '/v1/images/generations', headers: auth(), payload: { prompt: 'Jane Roe nude' } });
      assert.equal(res.statusCode, 400);
      const error = res.json().error;
      assert.equal(error.type, 'invalid_request_error');
      assert.equal(error.code, 'content_policy_violation');
      assert.equal(error.param, null);
      assert.match(error.decision_id, /^[0-9a-f-]{36}$/);
      assert.ok(error.reasons.length > 0);
      assert.equal(upstream.requests.length, calls);
    });

    it('proxy: returned images the output check blocks are removed; all blocked is a refusal (b64 and url responses)', async () => {
      for (const format of ['b64_json', 'url'] as const) {
        upstream.respond = { images: [flagged, benign], format };
        const mixed = await app.inject({ method: 'POST', url: '/v1/images/generations', headers: auth(), payload: { prompt: 'a portrait', n: 2, response_format: format } });
        assert.equal(mixed.statusCode, 200, mixed.body);
        assert.equal(mixed.json().data.length, 1);
        assert.equal(mixed.json().consentry.removed, 1);
        upstream.respond = { images: [flagged], format };
        const blocked = await app.inject({ method: 'POST', url: '/v1/images/generations', headers: auth(), payload: { prompt: 'a portrait' } });
        assert.equal(blocked.statusCode, 400, blocked.body);
        assert.equal(blocked.json().error.code, 'content_policy_violation');
        const decision = (await app.inject({ url: `/v1/decisions/${blocked.json().error.decision_id}`, headers: auth() })).json();
        assert.equal(decision.kind, 'output');
        assert.equal(decision.verdict, 'block');
      }
      upstream.respond = { images: [Buffer.from('corrupt upstream bytes')], format: 'b64_json' };
      // An image that cannot be decoded is not the user's fault: a 502 with its own code, the image never delivered, no retry.
      const corrupt = await app.inject({ method: 'POST', url: '/v1/images/generations', headers: auth(), payload: { prompt: 'a portrait' } });
      assert.equal(corrupt.statusCode, 502, corrupt.body);
      assert.equal(corrupt.json().error.code, 'upstream_image_unreadable');
      assert.equal(corrupt.headers['x-should-retry'], 'false');
      assert.ok(!corrupt.body.includes(Buffer.from('corrupt upstream bytes').toString('base64')));
    });

    it('proxy: multipart edits are screened with the input photo, forwarded, and the output compared', async () => {
      upstream.respond = { images: [benign], format: 'b64_json' };
      const ok = multipart({ prompt: 'make the sky orange', model: 'gpt-image-1' }, [{ field: 'image', bytes: person }]);
      const res = await app.inject({ method: 'POST', url: '/v1/images/edits', headers: { ...auth(), ...ok.headers }, payload: ok.payload });
      assert.equal(res.statusCode, 200, res.body);
      const sent = upstream.requests.at(-1)!;
      assert.equal(sent.path, '/images/edits');
      assert.match(sent.contentType ?? '', /^multipart\/form-data/);
      assert.ok(sent.body.includes(person));
      const refused = multipart({ prompt: 'undress her' }, [{ field: 'image', bytes: person }]);
      const no = await app.inject({ method: 'POST', url: '/v1/images/edits', headers: { ...auth(), ...refused.headers }, payload: refused.payload });
      assert.equal(no.statusCode, 400);
      assert.equal(no.json().error.code, 'content_policy_violation');
      upstream.respond = { images: [flagged], format: 'b64_json' };
      const outBlocked = await app.inject({ method: 'POST', url: '/v1/images/edits', headers: { ...auth(), ...ok.headers }, payload: ok.payload });
      assert.equal(outBlocked.statusCode, 400);
    });

    it('proxy: upstream failures are 502, a missing upstream is 503, and nothing internal leaks', async () => {
      upstream.respond = { images: [benign], format: 'b64_json', status: 500 };
      const failed = await app.inject({ method: 'POST', url: '/v1/images/generations', headers: auth(), payload: { prompt: 'a boat' } });
      assert.equal(failed.statusCode, 502);
      assert.equal(failed.json().error.code, 'upstream_error');
      upstream.respond = { images: [benign], format: 'b64_json' };
      const a = await (async () => {
        const c = await createContext(readConfig({}, { ...storage!.options, upstreamUrl: undefined }), { db, promptDetectors: [fakePromptDetector] });
        const x = await buildApp(c);
        extraContexts.push({ app: x, context: c });
        return x;
      })();
      const none = await a.inject({ method: 'POST', url: '/v1/images/generations', headers: auth(), payload: { prompt: 'a boat' } });
      assert.equal(none.statusCode, 503);
      assert.equal(none.json().error.code, 'upstream_not_configured');
      assert.ok(!none.body.includes('sk-upstream-secret'));
    });
  });
}
