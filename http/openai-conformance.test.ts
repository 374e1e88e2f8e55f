// Conformance: the official `openai` SDK pointed at the gateway, the gateway pointed at a scripted
// stand-in upstream. Each case is a finding of issue 10 (what a provider or an attacker saw).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import OpenAI, { toFile } from 'openai';
import type { FastifyInstance } from 'fastify';
import { createApiKey, createContext, readConfig, type Category, type ConsentryContext } from '../src/internal.ts';
import { pgliteStorage, type TestStorage } from '../src/testing/test-database.ts';
import { buildApp } from './app.ts';
import { fakePromptDetector, noopEditDetector, sha256, solidPng, tableImageDetector } from './test-fixtures.ts';

type Handler = (req: IncomingMessage, body: Buffer, res: ServerResponse) => void;

interface Scripted {
  url: string;
  hits: Array<{ path: string; authorization?: string; contentType?: string; body: Buffer }>;
  handler: Handler;
  server: Server;
}

async function serve(onRequest: (req: IncomingMessage, body: Buffer, res: ServerResponse) => void): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => onRequest(req, Buffer.concat(chunks), res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(typeof body === 'string' ? body : JSON.stringify(body));

function sse(res: ServerResponse, events: Array<{ type: string; b64?: Buffer; index?: number }>) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'x-request-id': 'req_upstream_stream' });
  for (const e of events) {
    const data = {
      type: e.type,
      b64_json: e.b64?.toString('base64'),
      created_at: 1_700_000_000,
      size: '64x64',
      quality: 'low',
      background: 'opaque',
      output_format: 'png',
      ...(e.index === undefined ? {} : { partial_image_index: e.index }),
    };
    res.write(`event: ${e.type}\ndata: ${JSON.stringify(data)}\n\n`);
  }
  res.end();
}

const table = new Map<string, Category[]>();
let storage: TestStorage;
let context: ConsentryContext;
let app: FastifyInstance;
let gateway: string;
let upstream: Scripted;
let secret: { url: string; server: Server; hits: number };
let client: OpenAI;
let key: string;
let benign: Buffer;
let benign2: Buffer;
let flagged: Buffer;

before(async () => {
  benign = await solidPng(40, 160, 90);
  benign2 = await solidPng(90, 40, 160);
  flagged = await solidPng(200, 30, 30);
  table.set(sha256(flagged), ['sexual', 'real_person']);
  upstream = { url: '', hits: [], handler: () => {}, server: undefined as unknown as Server };
  const up = await serve((req, body, res) => {
    upstream.hits.push({ path: req.url ?? '', authorization: req.headers.authorization, contentType: req.headers['content-type'], body });
    upstream.handler(req, body, res);
  });
  upstream.url = up.url;
  upstream.server = up.server;
  const s = await serve((_req, _body, res) => {
    secret.hits++;
    res.writeHead(200, { 'content-type': 'image/png' }).end(benign);
  });
  secret = { ...s, hits: 0 };
  storage = pgliteStorage();
  const config = readConfig({}, { ...storage.options, upstreamUrl: `${upstream.url}/v1`, upstreamKey: 'sk-operator', maxImageBytes: 2 * 1024 * 1024, maxImagePixels: 4_000_000 });
  context = await createContext(config, { promptDetectors: [fakePromptDetector], imageDetectors: [tableImageDetector(table)], editDetectors: [noopEditDetector] });
  app = await buildApp(context);
  await app.listen({ port: 0, host: '127.0.0.1' });
  gateway = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  key = (await createApiKey(context.db, { name: 'sdk', tenantId: 'acme', rateLimitPerMinute: 100_000 })).key;
  client = new OpenAI({ apiKey: key, baseURL: `${gateway}/v1`, maxRetries: 2 });
});

after(async () => {
  await app?.close();
  await context?.close();
  await storage?.dispose();
  upstream?.server.close();
  secret?.server.close();
});

const images = (list: Buffer[]) => (_req: IncomingMessage, _body: Buffer, res: ServerResponse) =>
  json(res, 200, { created: 1_700_000_000, data: list.map((b) => ({ b64_json: b.toString('base64') })) });

test('generate: the SDK gets the checked image; the upstream gets the operator key, never the client key', async () => {
  upstream.handler = images([benign]);
  const res = await client.images.generate({ model: 'gpt-image-1', prompt: 'a lighthouse at dusk', size: '1024x1024' });
  assert.equal(Buffer.from(res.data![0]!.b64_json!, 'base64').toString('hex'), benign.toString('hex'));
  assert.equal(upstream.hits.at(-1)!.authorization, 'Bearer sk-operator');
  assert.match((res as unknown as { consentry: { request_decision_id: string } }).consentry.request_decision_id, /^[0-9a-f-]{36}$/);
});

test('explicit null parameters are accepted (as OpenAI does) and prompts up to 32,000 characters', async () => {
  upstream.handler = images([benign]);
  const res = await client.images.generate({ prompt: 'a lighthouse', model: 'gpt-image-1', size: null, quality: null, n: null, user: null } as never);
  assert.equal(res.data!.length, 1);
  const long = 'a quiet harbour at dawn with boats, '.repeat(1000).slice(0, 32_000);
  assert.equal((await client.images.generate({ prompt: long, model: 'gpt-image-1' })).data!.length, 1);
  await assert.rejects(client.images.generate({ prompt: `${long}x`, model: 'gpt-image-1' }), (e: InstanceType<typeof OpenAI.BadRequestError>) => e.status === 400 && e.code === 'prompt_too_long');
});

test('every forwarded field is screened or refused by name: extra JSON text fields and extra files', async () => {
  upstream.handler = images([benign]);
  const calls = upstream.hits.length;
  await assert.rejects(
    client.images.generate({ prompt: 'a cat', negative_prompt: 'undress her' } as never),
    (e: InstanceType<typeof OpenAI.BadRequestError>) => e.status === 400 && e.code === 'unknown_parameter' && e.param === 'negative_prompt',
  );
  await assert.rejects(client.images.generate({ prompt: 'a cat', prompt_2: 'nude' } as never), (e: InstanceType<typeof OpenAI.BadRequestError>) => e.param === 'prompt_2');
  // Identifier fields cannot carry text either.
  await assert.rejects(
    client.images.generate({ prompt: 'a cat', model: 'nude woman on a beach' } as never),
    (e: InstanceType<typeof OpenAI.BadRequestError>) => e.code === 'invalid_parameter' && e.param === 'model',
  );
  const form = new FormData();
  form.append('prompt', 'make the sky orange');
  form.append('image', new Blob([new Uint8Array(benign)], { type: 'image/png' }), 'a.png');
  form.append('reference_image', new Blob([new Uint8Array(flagged)], { type: 'image/png' }), 'b.png');
  const res = await fetch(`${gateway}/v1/images/edits`, { method: 'POST', headers: { authorization: `Bearer ${key}` }, body: form });
  assert.equal(res.status, 400);
  const body = (await res.json()) as { error: { code: string; param: string } };
  assert.equal(body.error.code, 'unknown_parameter');
  assert.equal(body.error.param, 'reference_image');
  assert.equal(upstream.hits.length, calls, 'nothing reached the upstream');
});

test('edit with 16 images and a mask: all forwarded and all checked; the mask is an image and a flagged one refuses; 17 images refused', async () => {
  upstream.handler = images([benign2]);
  const inputs = await Promise.all(Array.from({ length: 16 }, (_, i) => solidPng(10 + i * 10, 100, 100)));
  const files = await Promise.all(inputs.map((b, i) => toFile(b, `in${i}.png`, { type: 'image/png' })));
  const res = await client.images.edit({ model: 'gpt-image-1', prompt: 'make the sky orange', image: files, mask: await toFile(benign, 'mask.png', { type: 'image/png' }) });
  assert.equal(res.data!.length, 1);
  const sent = upstream.hits.at(-1)!;
  assert.equal(sent.path, '/v1/images/edits');
  for (const b of inputs) assert.ok(sent.body.includes(b));
  const decision = (await (
    await fetch(`${gateway}/v1/decisions/${(res as unknown as { consentry: { request_decision_id: string } }).consentry.request_decision_id}`, { headers: { authorization: `Bearer ${key}` } })
  ).json()) as { inputs: Array<{ role: string }> };
  assert.equal(decision.inputs.filter((i) => i.role === 'input').length, 16, '16 images were checked');
  // The mask was checked too, recorded as a mask: the output check needs every input, not the mask.
  assert.equal(decision.inputs.filter((i) => i.role === 'mask').length, 1, 'and the mask');
  const calls = upstream.hits.length;
  await assert.rejects(
    client.images.edit({ model: 'gpt-image-1', prompt: 'make the sky orange', image: files.slice(0, 2), mask: await toFile(flagged, 'mask.png', { type: 'image/png' }) }),
    (e: InstanceType<typeof OpenAI.BadRequestError>) => e.status === 400 && e.code === 'content_policy_violation',
  );
  const seventeen = [...files, await toFile(benign, 'x.png', { type: 'image/png' })];
  await assert.rejects(client.images.edit({ model: 'gpt-image-1', prompt: 'sky', image: seventeen }), (e: InstanceType<typeof OpenAI.BadRequestError>) => e.code === 'too_many_images');
  assert.equal(upstream.hits.length, calls);
});

test('variations (dall-e-2): the one image is checked, every variation is compared with it and returned as checked bytes; a flagged image or output refuses', async () => {
  upstream.handler = images([benign2, flagged]);
  const res = await client.images.createVariation({ model: 'dall-e-2', image: await toFile(benign, 'in.png', { type: 'image/png' }), n: 2, size: '256x256' });
  const sent = upstream.hits.at(-1)!;
  assert.equal(sent.path, '/v1/images/variations');
  assert.ok(sent.body.includes(benign), 'the checked image is forwarded');
  assert.equal(sent.authorization, 'Bearer sk-operator');
  assert.equal(res.data!.length, 1, 'the flagged variation is removed');
  assert.equal(res.data![0]!.b64_json, benign2.toString('base64'));
  const consentry = (res as unknown as { consentry: { request_decision_id: string; output_decision_ids: string[]; removed: number } }).consentry;
  assert.equal(consentry.output_decision_ids.length, 2);
  assert.equal(consentry.removed, 1);
  const calls = upstream.hits.length;
  await assert.rejects(
    client.images.createVariation({ model: 'dall-e-2', image: await toFile(flagged, 'in.png', { type: 'image/png' }) }),
    (e: InstanceType<typeof OpenAI.BadRequestError>) => e.status === 400 && e.code === 'content_policy_violation',
  );
  await assert.rejects(
    client.images.createVariation({ model: 'dall-e-2', image: await toFile(benign, 'in.png', { type: 'image/png' }), prompt: 'make her naked' } as never),
    (e: InstanceType<typeof OpenAI.BadRequestError>) => e.status === 400 && e.code === 'unknown_parameter' && e.param === 'prompt',
  );
  assert.equal(upstream.hits.length, calls, 'nothing generated upstream for a refused variation');
});

test('a refused prompt is a content_policy_violation and nothing is generated upstream (streaming too)', async () => {
  upstream.handler = images([benign]);
  const calls = upstream.hits.length;
  await assert.rejects(
    client.images.generate({ prompt: 'undress Jane Roe', model: 'gpt-image-1' }),
    (e: InstanceType<typeof OpenAI.BadRequestError>) => e.status === 400 && e.code === 'content_policy_violation',
  );
  await assert.rejects(
    (async () => {
      for await (const _ of await client.images.generate({ prompt: 'undress Jane Roe', model: 'gpt-image-1', stream: true, partial_images: 2 }));
    })(),
    (e: InstanceType<typeof OpenAI.BadRequestError>) => e.status === 400 && e.code === 'content_policy_violation',
  );
  assert.equal(upstream.hits.length, calls);
});

test('streaming generation: partial and final images are relayed after checking, billed once', async () => {
  upstream.handler = (_req, _body, res) =>
    sse(res, [
      { type: 'image_generation.partial_image', b64: benign, index: 0 },
      { type: 'image_generation.partial_image', b64: benign2, index: 1 },
      { type: 'image_generation.completed', b64: benign2 },
    ]);
  const calls = upstream.hits.length;
  const stream = await client.images.generate({ model: 'gpt-image-1', prompt: 'a lighthouse', stream: true, partial_images: 2 });
  const seen: string[] = [];
  for await (const event of stream) {
    seen.push(event.type);
    assert.ok(event.b64_json.length > 0);
  }
  assert.deepEqual(seen, ['image_generation.partial_image', 'image_generation.partial_image', 'image_generation.completed']);
  assert.equal(upstream.hits.length, calls + 1);
});

test('streaming: a partial image that fails is never sent; the refusal arrives as an OpenAI error event', async () => {
  upstream.handler = (_req, _body, res) =>
    sse(res, [
      { type: 'image_generation.partial_image', b64: benign, index: 0 },
      { type: 'image_generation.partial_image', b64: flagged, index: 1 },
      { type: 'image_generation.completed', b64: flagged },
    ]);
  const seen: string[] = [];
  const raw = await (
    await fetch(`${gateway}/v1/images/generations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'a lighthouse', stream: true, partial_images: 2 }),
    })
  ).text();
  assert.ok(!raw.includes(flagged.toString('base64')), 'the flagged image never left the gateway');
  const stream = await client.images.generate({ model: 'gpt-image-1', prompt: 'a lighthouse', stream: true, partial_images: 2 });
  await assert.rejects(
    (async () => {
      for await (const event of stream) seen.push(event.type);
    })(),
    (e: InstanceType<typeof OpenAI.APIError>) => e instanceof OpenAI.APIError && (e.error as { code?: string }).code === 'content_policy_violation',
  );
  assert.deepEqual(seen, ['image_generation.partial_image']);
});

test('streaming edit: image_edit events are checked and relayed', async () => {
  upstream.handler = (_req, _body, res) =>
    sse(res, [
      { type: 'image_edit.partial_image', b64: benign, index: 0 },
      { type: 'image_edit.completed', b64: benign2 },
    ]);
  const stream = await client.images.edit({ model: 'gpt-image-1', prompt: 'make the sky orange', image: await toFile(benign, 'a.png', { type: 'image/png' }), stream: true, partial_images: 1 });
  const seen: string[] = [];
  for await (const event of stream) seen.push(event.type);
  assert.deepEqual(seen, ['image_edit.partial_image', 'image_edit.completed']);
});

test('upstream 4xx bodies, statuses and headers pass through unchanged (param, code null, extra fields)', async () => {
  const body = JSON.stringify({ error: { message: 'Invalid size', type: 'invalid_request_error', param: 'size', code: null, extra: { hint: 1 } } });
  upstream.handler = (_req, _b, res) => json(res, 400, body, { 'x-request-id': 'req_up_400' });
  const res = await fetch(`${gateway}/v1/images/generations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: 'a cat', size: '7x7' }),
  });
  assert.equal(res.status, 400);
  assert.equal(await res.text(), body);
  assert.equal(res.headers.get('x-request-id'), 'req_up_400');
  await assert.rejects(
    client.images.generate({ prompt: 'a cat', size: '256x256' }),
    (e: InstanceType<typeof OpenAI.BadRequestError>) => e.param === 'size' && e.code === null && e.requestID === 'req_up_400',
  );

  upstream.handler = (_req, _b, res) =>
    json(
      res,
      429,
      { error: { message: 'Rate limit', type: 'requests', param: null, code: 'rate_limit_exceeded' } },
      { 'retry-after': '7', 'x-ratelimit-limit-requests': '50', 'x-ratelimit-remaining-requests': '0', 'x-request-id': 'req_up_429' },
    );
  const limited = await fetch(`${gateway}/v1/images/generations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: 'a cat' }),
  });
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get('retry-after'), '7');
  assert.equal(limited.headers.get('x-ratelimit-limit-requests'), '50');
  assert.equal(limited.headers.get('x-ratelimit-remaining-requests'), '0');
  assert.equal(((await limited.json()) as { error: { code: string } }).error.code, 'rate_limit_exceeded');
});

test("the operator's upstream 401 is a 502 upstream_auth_failed, not retried; upstream 5xx is a 502; the gateway sets a request id when the upstream has none", async () => {
  upstream.handler = (_req, _b, res) => json(res, 401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
  const calls = upstream.hits.length;
  await assert.rejects(
    client.images.generate({ prompt: 'a cat' }),
    (e: InstanceType<typeof OpenAI.APIError>) => e.status === 502 && e.code === 'upstream_auth_failed' && /^req_csy_/.test(e.requestID ?? ''),
  );
  assert.equal(upstream.hits.length, calls + 1, 'the SDK did not retry (x-should-retry: false)');
  upstream.handler = (_req, _b, res) => json(res, 500, { error: { message: 'boom', type: 'server_error', param: null, code: null } });
  const noRetry = new OpenAI({ apiKey: key, baseURL: `${gateway}/v1`, maxRetries: 0 });
  await assert.rejects(noRetry.images.generate({ prompt: 'a cat' }), (e: InstanceType<typeof OpenAI.APIError>) => e.status === 502 && e.code === 'upstream_error');
  upstream.handler = (_req, _b, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>');
  await assert.rejects(noRetry.images.generate({ prompt: 'a cat' }), (e: InstanceType<typeof OpenAI.APIError>) => e.status === 502 && e.code === 'upstream_error');
});

test('an image that cannot be decoded or fetched is a 502 with its own code, never delivered, never content_policy_violation', async () => {
  upstream.handler = images([Buffer.from('not an image at all')]);
  await assert.rejects(client.images.generate({ prompt: 'a cat' }), (e: InstanceType<typeof OpenAI.APIError>) => e.status === 502 && e.code === 'upstream_image_unreadable');
  upstream.handler = (req, _b, res) => (req.url === '/files/missing.png' ? json(res, 404, { error: 'gone' }) : json(res, 200, { created: 1, data: [{ url: `${upstream.url}/files/missing.png` }] }));
  await assert.rejects(client.images.generate({ prompt: 'a cat' }), (e: InstanceType<typeof OpenAI.APIError>) => e.status === 502 && e.code === 'upstream_image_unavailable');
});

test('n=2 with one image removed: the response says per image whether a policy refused it or an infrastructure failure lost it, with the code', async () => {
  type Removed = { index: number; kind: string; code: string; message: string; decision_id?: string };
  const generate = async () => (await client.images.generate({ prompt: 'a cat', n: 2 })) as unknown as { data: Array<{ b64_json: string }>; consentry: { removed: number; removed_images: Removed[] } };
  const cases: Array<[string, Handler, Removed['kind'], string, boolean]> = [
    ['a flagged image', images([flagged, benign]), 'policy_refusal', 'content_policy_violation', true],
    ['an undecodable image', images([Buffer.from('not an image at all'), benign]), 'infrastructure_failure', 'upstream_image_unreadable', true],
    [
      'an image URL that answers 404',
      (req, _b, res) =>
        req.url === '/files/missing.png'
          ? json(res, 404, { error: 'gone' })
          : json(res, 200, { created: 1, data: [{ url: `${upstream.url}/files/missing.png` }, { b64_json: benign.toString('base64') }] }),
      'infrastructure_failure',
      'upstream_image_unavailable',
      false,
    ],
  ];
  for (const [name, handler, kind, code, checked] of cases) {
    upstream.handler = handler;
    const res = await generate();
    assert.equal(res.data.length, 1, name);
    assert.equal(Buffer.from(res.data[0]!.b64_json, 'base64').toString('hex'), benign.toString('hex'), `${name}: the good image is kept`);
    assert.equal(res.consentry.removed, 1, name);
    const [removed] = res.consentry.removed_images;
    assert.deepEqual([removed?.index, removed?.kind, removed?.code], [0, kind, code], `${name}: ${JSON.stringify(res.consentry)}`);
    assert.ok(removed!.message.length > 0, name);
    assert.equal(typeof removed!.decision_id === 'string', checked, `${name}: an output decision only when the image was checked`);
  }
});

test("URL outputs: the upstream's own host is fetched and the checked bytes returned; private targets and redirects to them are refused", async () => {
  upstream.handler = (req, _b, res) => {
    if (req.url === '/files/ok.png') return res.writeHead(200, { 'content-type': 'image/png' }).end(benign);
    if (req.url === '/files/redirect.png') return res.writeHead(302, { location: `${secret.url.replace('127.0.0.1', 'localhost')}/metadata` }).end();
    json(res, 200, { created: 1, data: [{ url: `${upstream.url}/files/ok.png` }] });
  };
  const ok = await client.images.generate({ prompt: 'a cat', response_format: 'url' } as never);
  assert.equal(ok.data![0]!.url, undefined, 'never the unchecked upstream URL');
  assert.equal(Buffer.from(ok.data![0]!.b64_json!, 'base64').toString('hex'), benign.toString('hex'));
  const noRetry = new OpenAI({ apiKey: key, baseURL: `${gateway}/v1`, maxRetries: 0 });
  for (const url of [
    'http://169.254.169.254/latest/meta-data/',
    `${secret.url.replace('127.0.0.1', 'localhost')}/x.png`,
    'http://[::1]:9/x.png',
    'file:///etc/passwd',
    `${upstream.url}/files/redirect.png`,
    // The upstream's own host (127.0.0.1) on another port is another service: trust is by origin.
    `${secret.url}/x.png`,
    `${upstream.url}/files/redirect-same-host.png`,
  ]) {
    upstream.handler = (req, _b, res) => {
      if (req.url === '/files/redirect.png') return res.writeHead(302, { location: `${secret.url.replace('127.0.0.1', 'localhost')}/metadata` }).end();
      if (req.url === '/files/redirect-same-host.png') return res.writeHead(302, { location: `${secret.url}/metadata` }).end();
      json(res, 200, { created: 1, data: [{ url }] });
    };
    await assert.rejects(
      noRetry.images.generate({ prompt: 'a cat' }),
      (e: InstanceType<typeof OpenAI.APIError>) => e.status === 502 && /^upstream_image_(url_refused|unavailable)$/.test(String(e.code)),
      url,
    );
  }
  assert.equal(secret.hits, 0, 'no private target was contacted');
});
