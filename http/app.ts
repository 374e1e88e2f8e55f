import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { checkEndUser, ConsentryError, InvalidInputError, QueueFullError, type CheckScope, type ConsentryContext, type EditUpload } from '../src/internal.ts';
import { newRequestId, type ProxyResult } from '../src/proxy/openai-images-proxy.ts';
import { registerAdminRoutes } from './admin-routes.ts';
import { registerProtectRoutes } from './protect-routes.ts';
import { registerAuth } from './auth.ts';
import { registerConsoleRoutes } from './console-routes.ts';
import { registerNoticeRoutes } from './notice-routes.ts';
import { registerPortalRoutes } from './portal-routes.ts';
import { registerRegulatoryRoutes } from './regulatory-routes.ts';
import { clientErrorHandler, errorBody, handleError } from './errors.ts';
import type { FromSchema } from './schema-types.ts';
import {
  bearerSecurity,
  decisionResponse,
  errorResponses,
  imagesResponse,
  multipartAny,
  type outputCheckBody,
  type promptCheckBody,
  requestIdHeader,
  sharedSchemas,
  upstreamErrorResponses,
} from './schemas.ts';

export interface BuildAppOptions {
  /** Fastify logger; off by default. */
  logger?: boolean;
  /** Request body bytes admitted at once, all requests together; past it new bodies get 503 `server_busy` (default: 16 largest images). */
  maxInflightBytes?: number;
  /** Time to receive a whole request, body included (default: the config's, else 60 s). */
  requestTimeoutMs?: number;
  /** A socket idle this long is closed (default: the config's, else 120 s). */
  connectionTimeoutMs?: number;
}

const PROMPT_BODY_LIMIT = 256 * 1024;
/** JSON nesting deeper than this is refused before parsing (no request needs more; parsers recurse). */
export const MAX_JSON_DEPTH = 64;
/** OpenAI's edit limit (16 images) plus a mask. */
const MAX_FILES = 17;
const errors = errorResponses;
const decisionResponses = { 200: decisionResponse, ...errors };
const imagesResponses = { 200: imagesResponse, ...errors, ...upstreamErrorResponses };
const ref = (id: string) => ({ $ref: `${id}#` });
const security = bearerSecurity;

/**
 * The gateway as a Fastify instance, not listening: tests call `app.inject()`, `listen()` serves it.
 * Routes only translate HTTP to the context's checks and back.
 */
export async function buildApp(context: ConsentryContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const { maxImageBytes } = context.config;
  // Base64 in JSON is 4/3 of the bytes; edit and output checks carry several images.
  const imageBodyLimit = Math.ceil((maxImageBytes * 4) / 3) * 4 + 64 * 1024;
  const requestTimeout = options.requestTimeoutMs ?? context.config.requestTimeoutMs ?? 60_000;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: imageBodyLimit,
    ajv: { customOptions: { allErrors: false, coerceTypes: false, removeAdditional: false } },
    // Slow or idle clients cannot hold connections open: a whole request must arrive in time.
    requestTimeout,
    connectionTimeout: options.connectionTimeoutMs ?? context.config.connectionTimeoutMs ?? 120_000,
    // Node checks the request timeout of incomplete requests only every `connectionsCheckingInterval`
    // (30 s by default), which would let a slow client stay up to 30 s past it: check every second,
    // or more often for a shorter limit.
    http: { requestTimeout, headersTimeout: Math.min(60_000, requestTimeout), connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(requestTimeout / 4))) },
    keepAliveTimeout: 5_000,
    // Our own request ids; a client's x-request-id is not trusted as ours.
    requestIdHeader: false,
    genReqId: () => newRequestId(),
    // Errors before any route runs answer in the gateway's error shape too: the router's (bad
    // percent-encoding, an over-long id) through handleError, Node's parser's and the request
    // timeout's written on the socket.
    frameworkErrors: (error, request, reply) => {
      void reply.header('x-request-id', request.id);
      handleError(error, request, reply);
    },
    clientErrorHandler: clientErrorHandler(requestTimeout),
  });
  app.setErrorHandler(handleError);
  // JSON nested deeper than any request needs is refused by a linear scan before the (recursive) parser sees it.
  const defaultJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (tooDeep(body as string, MAX_JSON_DEPTH)) {
      done(new InvalidInputError(`The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep.`, undefined, 'json_too_deep'), undefined);
      return;
    }
    defaultJson(request, body as string, (error, value) => {
      // The parser refuses prototype-polluting keys with the same error as broken JSON; say which it was.
      if (error && (error as { code?: string }).code === 'FST_ERR_CTP_INVALID_JSON_BODY' && isJson(body as string)) {
        done(
          new InvalidInputError(
            'The JSON body has a "__proto__" key, or a "constructor" key holding "prototype": keys that can change the prototype of objects are refused. Remove them.',
            undefined,
            'forbidden_json_key',
          ),
          undefined,
        );
        return;
      }
      done(error, value);
    });
  });
  // Every answer carries a request id: the upstream's when it gave one, else the gateway's own.
  // A callback hook, not an async one: no promise per answer.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (!reply.hasHeader('x-request-id')) reply.header('x-request-id', request.id);
    done(null, payload);
  });
  // Only JSON and multipart are accepted; anything else is a 415, not a string body.
  app.removeContentTypeParser('text/plain');
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send(errorBody('route_not_found', `No route ${request.method} ${request.url.split('?')[0]}.`, 404));
  });

  for (const schema of sharedSchemas) app.addSchema(schema);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Consentry gateway',
        version: '0.1.0',
        description: 'Screens image-generation requests and outputs; OpenAI-compatible Images proxy. Errors: `{error:{message,type,code,param}}` with a stable `code`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      tags: [
        { name: 'images', description: "OpenAI-compatible Images API, screened: point an OpenAI SDK's base URL here." },
        { name: 'checks', description: 'Check prompts, images, edits and outputs directly.' },
        { name: 'decisions', description: 'Read logged decisions.' },
        { name: 'admin', description: "Keys and the decision log, in the tenant's own figures (admin-scoped keys, own tenant only)." },
        { name: 'hash-lists', description: "Hash lists of known images applied to this tenant: its own and the operator's (admin keys)." },
        { name: 'protection', description: 'Protected persons (encrypted face embeddings only) and their consent grants (admin keys).' },
        { name: 'notices', description: "Takedown notices: filed and followed by notifiers with a case secret (no key), handled by the tenant's admin keys." },
        { name: 'appeals', description: 'Appeal links for end users, and the appeals they file (decided by a person).' },
        { name: 'releases', description: 'One-time links to outputs overturned on review.' },
        { name: 'regulatory', description: 'Transparency reports and records on request (admin keys).' },
      ],
    },
    // Every answer carries x-request-id (the onSend hook above), so every documented response says so.
    transformObject: (document) => withRequestIdHeader('openapiObject' in document ? document.openapiObject : document.swaggerObject),
    // Shared schemas keep their names (Decision, Error, ImagesResponse…) as OpenAPI components.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(multipart, { limits: { fileSize: maxImageBytes, files: MAX_FILES, fields: 32, fieldSize: 192 * 1024, parts: MAX_FILES + 32 } });
  const keyCache = registerAuth(app, context);
  registerAdmission(app, options.maxInflightBytes ?? maxImageBytes * 16);

  /** Refuses at once, before a body is read, when the image checks are saturated. */
  const admitImageWork = () => {
    if (context.imageQueue.full) throw new QueueFullError(1);
  };

  const scope = (request: FastifyRequest, body?: { policy?: string; jurisdiction?: string; user?: unknown }): CheckScope => ({
    tenantId: request.apiKey!.tenantId,
    policy: body?.policy,
    jurisdiction: body?.jurisdiction,
    // The end user (OpenAI's `user` field, or a header) and a self-edit's person id, for consent grants.
    endUser: checkEndUser(body?.user ?? request.headers['x-consentry-user'], 'user'),
    selfPersonId: typeof request.headers['x-consentry-self-person'] === 'string' ? request.headers['x-consentry-self-person'] : undefined,
  });

  app.get('/healthz', { config: { public: true }, schema: { hide: true } }, async () => {
    await context.db.query('SELECT 1');
    return { status: 'ok' };
  });
  app.get('/readyz', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
    if (context.isReady) return { status: 'ready' };
    void context.ready().catch(() => {});
    return reply
      .status(503)
      .header('retry-after', '1')
      .send(errorBody('not_ready', 'The checks are still loading their models.', 503));
  });
  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  app.post<{ Body: FromSchema<typeof promptCheckBody> }>(
    '/v1/check/prompt',
    { bodyLimit: PROMPT_BODY_LIMIT, schema: { operationId: 'checkPrompt', summary: 'Check a prompt', tags: ['checks'], body: ref('PromptCheckRequest'), response: decisionResponses, security } },
    async (request, reply) => {
      const decision = await context.checks.checkPrompt(scope(request, request.body), { prompt: request.body.prompt, mode: request.body.mode, history: request.body.history });
      return reply.header('x-consentry-decision-id', decision.id).send(decision);
    },
  );

  app.post(
    '/v1/check/image',
    {
      config: documentMultipart('ImageCheckRequest', 'ImageCheckMultipart'),
      schema: {
        operationId: 'checkImage',
        summary: 'Check one image (JSON base64 or multipart field "image")',
        tags: ['checks'],
        body: jsonOrMultipart('ImageCheckRequest'),
        response: decisionResponses,
        security,
      },
    },
    async (request, reply) => {
      admitImageWork();
      const { fields, files } = await readBody(request);
      const image = files.find((f) => f.field === 'image')?.bytes ?? decodeBase64(fields.image, 'image');
      const decision = await context.checks.checkImage(scope(request, fields), { image });
      return reply.header('x-consentry-decision-id', decision.id).send(decision);
    },
  );

  app.post(
    '/v1/check/edit',
    {
      config: documentMultipart('EditCheckRequest', 'EditCheckMultipart'),
      schema: {
        operationId: 'checkEdit',
        summary: 'Check an edit request before generation: prompt plus input image(s)',
        tags: ['checks'],
        body: jsonOrMultipart('EditCheckRequest'),
        response: decisionResponses,
        security,
      },
    },
    async (request, reply) => {
      admitImageWork();
      const { fields, files } = await readBody(request);
      // Every file is checked or refused by name: images, and one mask (checked as an image, recorded as a mask).
      const unknown = files.find((f) => !f.field.startsWith('image') && f.field !== 'mask');
      if (unknown)
        throw new InvalidInputError(`Unknown file field "${unknown.field}": an edit check takes image files ("image", "image[]"…) and one "mask".`, { param: unknown.field }, 'unknown_parameter');
      const images = files.length > 0 ? files.filter((f) => f.field.startsWith('image')).map((f) => f.bytes) : listOf(fields.images).map((s, i) => decodeBase64(s, `images[${i}]`));
      const maskFiles = files.filter((f) => f.field === 'mask');
      if (maskFiles.length > 1) throw new InvalidInputError('An edit check takes one "mask".', { param: 'mask' }, 'unknown_parameter');
      const masks = files.length > 0 ? maskFiles.map((f) => f.bytes) : fields.mask === undefined ? [] : [decodeBase64(fields.mask, 'mask')];
      const decision = await context.checks.checkEdit(scope(request, fields), { prompt: stringField(fields.prompt, 'prompt'), images, masks, history: fields.history as string[] | undefined });
      return reply.header('x-consentry-decision-id', decision.id).send(decision);
    },
  );

  app.post<{ Body: FromSchema<typeof outputCheckBody> }>(
    '/v1/check/output',
    {
      schema: {
        operationId: 'checkOutput',

        summary: "Check generated output(s) against the pre-check's input(s), given the pre-generation decision id",
        tags: ['checks'],
        body: ref('OutputCheckRequest'),
        response: decisionResponses,
        security,
      },
    },
    async (request, reply) => {
      const body = request.body;
      const decision = await context.checks.checkOutput(scope(request, body), {
        decisionId: body.decisionId,
        prompt: body.prompt,
        inputs: (body.inputs ?? []).map((s, i) => decodeBase64(s, `inputs[${i}]`)),
        outputs: body.outputs.map((s, i) => decodeBase64(s, `outputs[${i}]`)),
      });
      return reply.header('x-consentry-decision-id', decision.id).send(decision);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/v1/decisions/:id',
    {
      schema: {
        operationId: 'getDecision',

        summary: "A decision of this key's tenant",
        tags: ['decisions'],
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 64 } }, required: ['id'] },
        response: decisionResponses,
        security,
      },
    },
    async (request) => context.checks.getDecision(request.apiKey!.tenantId, request.params.id),
  );

  registerAdminRoutes(app, context, keyCache);
  registerProtectRoutes(app, context);
  registerNoticeRoutes(app, context);
  registerPortalRoutes(app, context);
  registerConsoleRoutes(app, context);
  registerRegulatoryRoutes(app, context);

  app.post<{ Body: Record<string, unknown> }>(
    '/v1/images/generations',
    {
      bodyLimit: PROMPT_BODY_LIMIT,
      schema: {
        operationId: 'createImage',

        summary: 'OpenAI-compatible image generation, screened (stream: true gives checked server-sent events)',
        tags: ['images'],
        body: ref('ImageGenerationRequest'),
        response: imagesResponses,
        security,
      },
    },
    async (request, reply) => {
      return sendProxied(reply, await context.proxy.generations(scope(request, { user: request.body.user }), request.body));
    },
  );

  // Multipart image routes: the parts are read and checked by the proxy (validateParams, file fields); the schemas document them.
  const multipartImages = (path: string, operationId: string, summary: string, schema: string, forward: typeof context.proxy.edits) =>
    app.post(
      path,
      {
        validatorCompiler: () => () => true,
        schema: { operationId, summary, tags: ['images'], body: { content: { 'multipart/form-data': { schema: ref(schema) } } }, response: imagesResponses, security },
      },
      async (request, reply) => {
        if (!request.isMultipart()) throw new InvalidInputError(`${path} takes multipart/form-data, like OpenAI's Images API.`, undefined, 'unsupported_media_type');
        admitImageWork();
        const { fields, files } = await readBody(request);
        const strings = Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === 'string'));
        return sendProxied(reply, await forward(scope(request, { user: strings.user }), strings, files));
      },
    );
  multipartImages('/v1/images/edits', 'createImageEdit', 'OpenAI-compatible image edit (multipart: up to 16 images and a mask, all checked), screened', 'ImageEditRequest', context.proxy.edits);
  multipartImages(
    '/v1/images/variations',
    'createImageVariation',
    'OpenAI-compatible image variation (multipart: one image, checked; every variation compared with it), screened',
    'ImageVariationRequest',
    context.proxy.variations,
  );

  return app;
}

/** Sends a proxy answer: JSON, the upstream's own error body unchanged, or checked server-sent events. */
function sendProxied(reply: FastifyReply, result: ProxyResult) {
  void reply.status(result.status).headers(result.headers).header('x-consentry-decision-id', result.decisionIds.join(','));
  if (result.raw) return reply.type(result.raw.contentType).send(result.raw.bytes);
  if (result.events) return reply.type('text/event-stream; charset=utf-8').header('cache-control', 'no-cache').send(Readable.from(result.events));
  return reply.send(result.body);
}

/**
 * A global budget of request-body bytes in flight, taken from Content-Length (or the route's body
 * limit when the length is not declared) after authentication and before any byte of the body is
 * read, and given back when the answer is done. Past it, new requests with bodies get 503.
 */
function registerAdmission(app: FastifyInstance, maxBytes: number): void {
  let used = 0;
  // A callback hook, not an async one: no promise per request.
  app.addHook('onRequest', (request, reply, done) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'DELETE') return done();
    const declared = Number(request.headers['content-length']);
    const size = Number.isFinite(declared) && declared >= 0 ? declared : (request.routeOptions.bodyLimit ?? maxBytes);
    if (size === 0) return done();
    if (size > maxBytes) return done(new ConsentryError('body_too_large', `The body is ${size} bytes; the gateway admits at most ${maxBytes}.`));
    if (used + size > maxBytes) {
      void reply.header('retry-after', '1');
      return done(new ConsentryError('server_busy', 'The gateway is receiving as many bytes as it admits at once; retry shortly.'));
    }
    used += size;
    let released = false;
    reply.raw.once('close', () => {
      if (released) return;
      released = true;
      used -= size;
    });
    done();
  });
}

/** Whether text is valid JSON (only on a body the secure parser refused, already known to nest at most MAX_JSON_DEPTH deep). */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether JSON text nests deeper than `max`, by one linear pass (strings skipped natively). */
export function tooDeep(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip the string: find its closing quote, one not preceded by an odd run of backslashes.
      for (;;) {
        const end = text.indexOf('"', i + 1);
        if (end === -1) return false;
        let slashes = 0;
        for (let j = end - 1; text.charCodeAt(j) === 92; j--) slashes++;
        i = end;
        if (slashes % 2 === 0) break;
      }
    } else if (c === 123 || c === 91) {
      if (++depth > max) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/**
 * A body taken as JSON (validated against `id`) or multipart (read by the route). The multipart
 * schema documents the fields in the OpenAPI document only (`swaggerTransform`): Fastify does not
 * see multipart bodies, so a typed schema there would fail every multipart request.
 */
function jsonOrMultipart(id: string) {
  return { content: { 'application/json': { schema: ref(id) }, 'multipart/form-data': { schema: multipartAny } } };
}

/** The route's OpenAPI entry with the multipart fields of `multipartId` (the runtime schema is `jsonOrMultipart`'s). */
function documentMultipart(jsonId: string, multipartId: string) {
  return {
    swaggerTransform: ({ schema, url }: { schema: object; url: string }) => ({
      schema: { ...schema, body: { content: { 'application/json': { schema: ref(jsonId) }, 'multipart/form-data': { schema: ref(multipartId) } } } },
      url,
    }),
  };
}

/** Adds the x-request-id header to every response of every operation that does not list it. */
function withRequestIdHeader<T>(document: T): T {
  const paths = (document as { paths?: Record<string, Record<string, { responses?: Record<string, { headers?: Record<string, unknown> }> }>> }).paths ?? {};
  for (const operations of Object.values(paths)) {
    for (const operation of Object.values(operations)) {
      for (const response of Object.values(operation.responses ?? {})) {
        response.headers = { 'x-request-id': requestIdHeader, ...(response.headers ?? {}) };
      }
    }
  }
  return document;
}

/** JSON bodies as they are; multipart as string fields plus files read into memory (size-limited). */
async function readBody(request: FastifyRequest): Promise<{ fields: Record<string, unknown>; files: EditUpload[] }> {
  if (!request.isMultipart()) return { fields: (request.body ?? {}) as Record<string, unknown>, files: [] };
  const fields: Record<string, string> = {};
  const files: EditUpload[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') files.push({ field: part.fieldname, filename: part.filename || 'image', contentType: part.mimetype, bytes: await part.toBuffer() });
      else fields[part.fieldname] = String(part.value);
    }
  } catch (error) {
    // Size limits come with their own status; anything else the parser throws is a malformed body.
    if (typeof (error as { statusCode?: unknown }).statusCode === 'number') throw error;
    throw new InvalidInputError(`Malformed multipart body: ${(error as Error).message}.`);
  }
  return { fields, files };
}

function decodeBase64(value: unknown, name: string): Buffer {
  if (typeof value !== 'string' || value.length === 0) throw new InvalidInputError(`"${name}" is required: base64 image bytes, or a multipart file.`);
  const data = value.replace(/^data:[\w/+.-]+;base64,/, '').replace(/\s+/g, '');
  if (data.length % 4 === 1 || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(data)) throw new InvalidInputError(`"${name}" is not valid base64.`);
  return Buffer.from(data, 'base64');
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function stringField(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new InvalidInputError(`"${name}" is required.`);
  return value;
}
