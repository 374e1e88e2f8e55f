import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { InvalidInputError, type CheckScope, type ConsentryContext, type EditUpload } from '../src/internal.ts';
import { registerAdminRoutes } from './admin-routes.ts';
import { registerAuth } from './auth.ts';
import { registerConsoleRoutes } from './console-routes.ts';
import { registerNoticeRoutes } from './notice-routes.ts';
import { registerPortalRoutes } from './portal-routes.ts';
import { registerRegulatoryRoutes } from './regulatory-routes.ts';
import { errorBody, handleError } from './errors.ts';
import {
  bearerSecurity, decisionSchema, editCheckBody, errorResponses, generationsBody, imageCheckBody, multipartAny, outputCheckBody, promptCheckBody,
} from './schemas.ts';

export interface BuildAppOptions {
  /** Fastify logger; off by default. */
  logger?: boolean;
}

const PROMPT_BODY_LIMIT = 256 * 1024;
const errors = errorResponses;
const decisionResponses = { 200: decisionSchema, ...errors };
const security = bearerSecurity;

/**
 * The gateway as a Fastify instance, not listening: tests call `app.inject()`, `listen()` serves it.
 * Routes only translate HTTP to the context's checks and back.
 */
export async function buildApp(context: ConsentryContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const { maxImageBytes } = context.config;
  // Base64 in JSON is 4/3 of the bytes; edit and output checks carry several images.
  const imageBodyLimit = Math.ceil((maxImageBytes * 4) / 3) * 4 + 64 * 1024;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: imageBodyLimit, ajv: { customOptions: { allErrors: false, coerceTypes: false, removeAdditional: false } } });
  app.setErrorHandler(handleError);
  // Only JSON and multipart are accepted; anything else is a 415, not a string body.
  app.removeContentTypeParser('text/plain');
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send(errorBody('route_not_found', `No route ${request.method} ${request.url.split('?')[0]}.`, 404));
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Consentry gateway', version: '0.1.0', description: 'Screens image-generation requests and outputs; OpenAI-compatible Images proxy. Errors: `{error:{message,type,code,param}}` with a stable `code`.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(multipart, { limits: { fileSize: maxImageBytes, files: 8, fields: 32, fieldSize: 64 * 1024, parts: 48 } });
  const keyCache = registerAuth(app, context);

  const scope = (request: FastifyRequest, body?: { policy?: string; jurisdiction?: string }): CheckScope => ({
    tenantId: request.apiKey!.tenantId,
    policy: body?.policy,
    jurisdiction: body?.jurisdiction,
  });

  app.get('/healthz', { config: { public: true }, schema: { hide: true } }, async () => {
    await context.db.query('SELECT 1');
    return { status: 'ok' };
  });
  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  app.post<{ Body: { prompt: string; mode: 'edit' | 'generate'; policy?: string; jurisdiction?: string } }>(
    '/v1/check/prompt',
    { bodyLimit: PROMPT_BODY_LIMIT, schema: { summary: 'Check a prompt', body: promptCheckBody, response: decisionResponses, security } },
    async (request, reply) => {
      const decision = await context.checks.checkPrompt(scope(request, request.body), { prompt: request.body.prompt, mode: request.body.mode });
      return reply.header('x-consentry-decision-id', decision.id).send(decision);
    },
  );

  app.post(
    '/v1/check/image',
    { schema: { summary: 'Check one image (JSON base64 or multipart field "image")', body: jsonOrMultipart(imageCheckBody), response: decisionResponses, security } },
    async (request, reply) => {
      const { fields, files } = await readBody(request);
      const image = files.find((f) => f.field === 'image')?.bytes ?? decodeBase64(fields.image, 'image');
      const decision = await context.checks.checkImage(scope(request, fields), { image });
      return reply.header('x-consentry-decision-id', decision.id).send(decision);
    },
  );

  app.post(
    '/v1/check/edit',
    { schema: { summary: 'Check an edit request before generation: prompt plus input image(s)', body: jsonOrMultipart(editCheckBody), response: decisionResponses, security } },
    async (request, reply) => {
      const { fields, files } = await readBody(request);
      const images = files.length > 0 ? files.filter((f) => f.field.startsWith('image')).map((f) => f.bytes) : listOf(fields.images).map((s, i) => decodeBase64(s, `images[${i}]`));
      const decision = await context.checks.checkEdit(scope(request, fields), { prompt: stringField(fields.prompt, 'prompt'), images });
      return reply.header('x-consentry-decision-id', decision.id).send(decision);
    },
  );

  app.post<{ Body: { decisionId: string; prompt?: string; inputs?: string[]; outputs: string[]; policy?: string; jurisdiction?: string } }>(
    '/v1/check/output',
    { schema: { summary: 'Check generated output(s) against the input(s), given the pre-generation decision id', body: outputCheckBody, response: decisionResponses, security } },
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
    { schema: { summary: 'A decision of this key\'s tenant', params: { type: 'object', properties: { id: { type: 'string', maxLength: 64 } }, required: ['id'] }, response: decisionResponses, security } },
    async (request) => context.checks.getDecision(request.apiKey!.tenantId, request.params.id),
  );

  registerAdminRoutes(app, context, keyCache);
  registerNoticeRoutes(app, context);
  registerPortalRoutes(app, context);
  registerConsoleRoutes(app, context);
  registerRegulatoryRoutes(app, context);

  app.post<{ Body: Record<string, unknown> }>(
    '/v1/images/generations',
    { bodyLimit: PROMPT_BODY_LIMIT, schema: { summary: 'OpenAI-compatible image generation, screened', body: generationsBody, response: { 200: { type: 'object', additionalProperties: true }, ...errors }, security } },
    async (request, reply) => {
      const result = await context.proxy.generations(scope(request), request.body);
      return reply.status(result.status).header('x-consentry-decision-id', result.decisionIds.join(',')).send(result.body);
    },
  );

  app.post(
    '/v1/images/edits',
    { schema: { summary: 'OpenAI-compatible image edit (multipart), screened', body: { content: { 'multipart/form-data': { schema: multipartAny } } }, response: { 200: { type: 'object', additionalProperties: true }, ...errors }, security } },
    async (request, reply) => {
      if (!request.isMultipart()) throw new InvalidInputError('/v1/images/edits takes multipart/form-data, like OpenAI\'s Images API.', undefined, 'unsupported_media_type');
      const { fields, files } = await readBody(request);
      const strings = Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === 'string'));
      const result = await context.proxy.edits(scope(request), strings, files);
      return reply.status(result.status).header('x-consentry-decision-id', result.decisionIds.join(',')).send(result.body);
    },
  );

  return app;
}

function jsonOrMultipart(schema: object) {
  return { content: { 'application/json': { schema }, 'multipart/form-data': { schema: multipartAny } } };
}

/** JSON bodies as they are; multipart as string fields plus files read into memory (size-limited). */
async function readBody(request: FastifyRequest): Promise<{ fields: Record<string, any>; files: EditUpload[] }> {
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
