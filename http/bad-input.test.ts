// A sweep of the inputs that reached 500 (issue 10): each must get a 4xx with a stable code and leave stored data intact.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createApiKey, createContext, readConfig, type ConsentryContext } from '../src/internal.ts';
import { pgliteStorage, type TestStorage } from '../src/testing/test-database.ts';
import { buildApp } from './app.ts';
import { fakePromptDetector, noopEditDetector, tableImageDetector } from './test-fixtures.ts';

let storage: TestStorage;
let context: ConsentryContext;
let app: FastifyInstance;
let key: string;
let admin: string;

before(async () => {
  storage = pgliteStorage();
  context = await createContext(readConfig({}, { ...storage.options, upstreamUrl: 'http://127.0.0.1:9/v1' }), {
    promptDetectors: [fakePromptDetector],
    imageDetectors: [tableImageDetector(new Map())],
    editDetectors: [noopEditDetector],
  });
  app = await buildApp(context);
  key = (await createApiKey(context.db, { name: 'k', tenantId: 'acme', rateLimitPerMinute: 100_000 })).key;
  admin = (await createApiKey(context.db, { name: 'a', tenantId: 'acme', scope: 'admin', rateLimitPerMinute: 100_000 })).key;
});
after(async () => {
  await app?.close();
  await context?.close();
  await storage?.dispose();
});

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

test('every bad input of the list gets a 4xx with a stable code, and nothing is written', async () => {
  const count = async () => Number((await context.db.query<{ n: string }>('SELECT count(*)::text AS n FROM decision_log')).rows[0]!.n);
  const keys = async () => Number((await context.db.query<{ n: string }>('SELECT count(*)::text AS n FROM api_keys')).rows[0]!.n);
  const [logBefore, keysBefore] = [await count(), await keys()];
  const json = (k: string) => ({ authorization: `Bearer ${k}`, 'content-type': 'application/json' });
  const cases: Array<{ name: string; method: 'GET' | 'POST'; url: string; key?: string; payload?: string; status: number; code: string }> = [
    ...['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf'].map((policy) => ({
      name: `policy ${policy}`,
      method: 'POST' as const,
      url: '/v1/check/prompt',
      payload: JSON.stringify({ prompt: 'a cat', mode: 'generate', policy }),
      status: 400,
      code: 'unknown_policy',
    })),
    { name: '100,000-deep JSON in an extra field', method: 'POST', url: '/v1/images/generations', payload: `{"prompt":"a cat","extra":${deep(100_000)}}`, status: 400, code: 'json_too_deep' },
    { name: 'deep JSON in a check body', method: 'POST', url: '/v1/check/prompt', payload: `{"prompt":"a cat","mode":"generate","x":${deep(100_000)}}`, status: 400, code: 'json_too_deep' },
    // Valid JSON with a prototype-polluting key: refused, and not called "not valid JSON".
    {
      name: '__proto__ key',
      method: 'POST',
      url: '/v1/images/generations',
      payload: '{"prompt":"a red fox in the snow","__proto__":{"negative_prompt":"x"}}',
      status: 400,
      code: 'forbidden_json_key',
    },
    {
      name: 'constructor.prototype key',
      method: 'POST',
      url: '/v1/check/prompt',
      payload: '{"prompt":"a cat","mode":"generate","constructor":{"prototype":{"x":1}}}',
      status: 400,
      code: 'forbidden_json_key',
    },
    { name: 'still broken JSON', method: 'POST', url: '/v1/check/prompt', payload: '{"prompt":"a cat",', status: 400, code: 'invalid_json' },
    { name: 'NUL in a key name', method: 'POST', url: '/v1/keys', key: admin, payload: JSON.stringify({ name: 'bad\u0000name' }), status: 400, code: 'invalid_input' },
    { name: 'NUL in a JSON field name', method: 'POST', url: '/v1/images/generations', payload: JSON.stringify({ prompt: 'a cat', 'n\u0000': 1 }), status: 400, code: 'unknown_parameter' },
    { name: 'NUL in a prompt', method: 'POST', url: '/v1/check/prompt', payload: JSON.stringify({ prompt: 'a\u0000cat', mode: 'generate' }), status: 400, code: 'invalid_prompt' },
    ...['275760-09-13', '+275760-09-13T00:00:00.000Z', '-271821-04-20', '0000-01-01', '99999-01-01', 'not a date', '2026-02-30', '2025-02-29', '2026-13-01', '2026-04-31T10:00:00Z'].map((since) => ({
      name: `since ${since}`,
      method: 'GET' as const,
      url: `/v1/log/export?since=${encodeURIComponent(since)}`,
      key: admin,
      status: 400,
      code: 'invalid_input',
    })),
  ];
  for (const c of cases) {
    const res = await app.inject({ method: c.method, url: c.url, headers: json(c.key ?? key), ...(c.payload === undefined ? {} : { payload: c.payload }) });
    assert.equal(res.statusCode, c.status, `${c.name}: ${res.body}`);
    assert.equal(res.json().error.code, c.code, `${c.name}: ${res.body}`);
  }
  assert.equal(await count(), logBefore);
  assert.equal(await keys(), keysBefore);
  // The export with a good date still works.
  assert.equal((await app.inject({ url: '/v1/log/export?since=2026-01-31', headers: json(admin) })).statusCode, 200);
  assert.equal((await app.inject({ url: '/v1/log/export?since=2024-02-29T12:00:00Z', headers: json(admin) })).statusCode, 200);
});

test('admission: a body larger than the in-flight byte budget is refused before it is read; the budget is given back', async () => {
  const small = await buildApp(context, { maxInflightBytes: 4096 });
  try {
    const auth = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    const big = await small.inject({ method: 'POST', url: '/v1/check/image', headers: auth, payload: JSON.stringify({ image: 'A'.repeat(8000) }) });
    assert.equal(big.statusCode, 413, big.body);
    assert.equal(big.json().error.code, 'body_too_large');
    // Unauthenticated requests take nothing from the budget; answered ones give theirs back.
    for (let i = 0; i < 5; i++) {
      const ok = await small.inject({ method: 'POST', url: '/v1/check/prompt', headers: auth, payload: JSON.stringify({ prompt: 'a cat', mode: 'generate', pad: 'x'.repeat(3000) }) });
      assert.equal(ok.statusCode, 400, ok.body); // the pad field is not allowed: validation, not the budget
      assert.equal(ok.json().error.code, 'invalid_input');
    }
    const res = await small.inject({ method: 'POST', url: '/v1/check/prompt', headers: auth, payload: JSON.stringify({ prompt: 'a cat', mode: 'generate' }) });
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(res.headers['x-request-id'], 'every answer carries a request id');
  } finally {
    await small.close();
  }
});

test("the router's own errors (bad percent-encoding, an over-long id) answer in the gateway's error shape with a stable code", async () => {
  const auth = { authorization: `Bearer ${key}` };
  for (const [url, status, code] of [
    ['/v1/decisions/%ff%fe', 400, 'invalid_url'],
    [`/v1/decisions/${'a'.repeat(5000)}`, 414, 'url_too_long'],
  ] as const) {
    const res = await app.inject({ url, headers: auth });
    assert.equal(res.statusCode, status, `${url.slice(0, 40)}: ${res.body}`);
    assert.equal(res.json().error.code, code, res.body);
    assert.equal(res.json().error.type, 'invalid_request_error');
    assert.match(String(res.headers['x-request-id']), /^req_csy_/);
  }
});

/** Sends raw bytes on a new connection and resolves with everything the server sent before it closed. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.setEncoding('latin1').on('data', (c: string) => (text += c));
    socket.on('error', () => {});
    socket.on('close', () => resolve(text));
    socket.write(bytes);
  });
}

test("requests Node's parser refuses (malformed HTTP, huge headers) answer in the gateway's error shape with a stable code, then close", async () => {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const cases: Array<[string, string, number, string]> = [
    ['garbage request line', 'GARBAGE\r\n\r\n', 400, 'malformed_request'],
    ['header without a colon', 'GET /healthz HTTP/1.1\r\nHost: x\r\nnocolon\r\n\r\n', 400, 'malformed_request'],
    ['control character in a header', 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\u0001b\r\n\r\n', 400, 'malformed_request'],
    ['Content-Length with Transfer-Encoding', 'POST /v1/check/prompt HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', 400, 'malformed_request'],
    ['invalid chunking', 'POST /v1/check/prompt HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 400, 'malformed_request'],
    ['20 KB header', `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'headers_too_large'],
  ];
  for (const [name, request, status, code] of cases) {
    const answer = await raw(port, request);
    assert.match(answer, new RegExp(`^HTTP/1\\.1 ${status} `), `${name}: ${answer}`);
    const [head, body] = answer.split('\r\n\r\n');
    assert.match(head!, /content-type: application\/json/i, name);
    assert.match(head!, /x-request-id: req_csy_/i, name);
    const parsed = JSON.parse(body!) as { error: { code: string; type: string; message: string } };
    assert.equal(parsed.error.code, code, `${name}: ${body}`);
    assert.equal(parsed.error.type, 'invalid_request_error', name);
    assert.equal(Buffer.byteLength(body!), Number(/content-length: (\d+)/i.exec(head!)?.[1]), `${name}: Content-Length`);
  }
});
