import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import {
  createApiKey, exportLog, InvalidInputError, KEY_SCOPES, listApiKeys, LOG_EXPORT_FORMATS, logHead, NotFoundError, parseAnchors, revokeApiKey, verifyLog,
  type ConsentryContext, type KeyScope, type LogExportFormat,
} from '../src/internal.ts';
import type { KeyCache } from './auth.ts';
import { bearerSecurity, errorResponses } from './schemas.ts';

const errors = errorResponses;
const security = bearerSecurity;
const admin = { scope: 'admin' as const };

const keySchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    tenantId: { type: 'string' },
    name: { type: 'string' },
    prefix: { type: 'string' },
    scope: { type: 'string', enum: [...KEY_SCOPES] },
    rateLimitPerMinute: { type: 'integer' },
    createdAt: { type: 'string' },
    revokedAt: { type: ['string', 'null'] },
  },
} as const;

const headSchema = { type: ['object', 'null'], properties: { seq: { type: 'integer' }, entryHash: { type: 'string' }, createdAt: { type: 'string' } } } as const;

/**
 * Administration through the running gateway, for admin-scoped keys and always within the key's
 * own tenant: keys (list, create, revoke) and the decision log (head, verify, export). With the
 * embedded PGlite the CLI cannot open the data folder while the server runs; these routes can.
 */
export function registerAdminRoutes(app: FastifyInstance, context: ConsentryContext, keyCache: KeyCache): void {
  app.get<{ Querystring: { revoked?: 'true' | 'false' } }>(
    '/v1/keys',
    {
      config: admin,
      schema: {
        summary: 'List the API keys of this tenant (admin keys; never the secrets)',
        querystring: { type: 'object', properties: { revoked: { type: 'string', enum: ['true', 'false'] } }, additionalProperties: false },
        response: { 200: { type: 'object', properties: { data: { type: 'array', items: keySchema } } }, ...errors },
        security,
      },
    },
    async (request) => ({ data: await listApiKeys(context.db, { tenantId: request.apiKey!.tenantId, includeRevoked: request.query.revoked === 'true' }) }),
  );

  app.post<{ Body: { name: string; scope?: KeyScope; rateLimitPerMinute?: number } }>(
    '/v1/keys',
    {
      config: admin,
      bodyLimit: 16 * 1024,
      schema: {
        summary: 'Create an API key in this tenant; the secret is in this answer only (admin keys)',
        body: {
          type: 'object',
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 200 },
            scope: { type: 'string', enum: [...KEY_SCOPES] },
            rateLimitPerMinute: { type: 'integer', minimum: 1, maximum: 100_000_000 },
          },
          required: ['name'],
          additionalProperties: false,
        },
        response: { 201: { type: 'object', properties: { key: { type: 'string' }, ...keySchema.properties } }, ...errors },
        security,
      },
    },
    async (request, reply) => {
      const { key, record } = await createApiKey(context.db, { ...request.body, tenantId: request.apiKey!.tenantId });
      return reply.status(201).send({ key, ...record });
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/v1/keys/:id',
    {
      config: admin,
      schema: {
        summary: 'Revoke an API key of this tenant (admin keys); every gateway on the database stops accepting it at once',
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 64 } }, required: ['id'] },
        response: { 200: keySchema, ...errors },
        security,
      },
    },
    async (request) => {
      const revoked = await revokeApiKey(context.db, request.params.id, { tenantId: request.apiKey!.tenantId });
      if (!revoked) throw new NotFoundError(`No live key ${request.params.id} in this tenant.`, undefined, 'key_not_found');
      keyCache.forget(revoked.id);
      return revoked;
    },
  );

  app.get(
    '/v1/log/head',
    { config: admin, schema: { summary: 'This tenant\'s newest log entry (seq, hash, time): keep it elsewhere as an anchor (admin keys)', response: { 200: { type: 'object', properties: { head: headSchema } }, ...errors }, security } },
    async (request) => ({ head: (await logHead(context.db, { tenantId: request.apiKey!.tenantId })) ?? null }),
  );

  app.get<{ Querystring: { anchors?: string } }>(
    '/v1/log/verify',
    {
      config: admin,
      schema: {
        summary: 'Verify the decision log\'s hash chain, optionally against anchors kept elsewhere (admin keys)',
        querystring: { type: 'object', properties: { anchors: { type: 'string', maxLength: 100_000, description: 'SEQ:HASH pairs, comma-separated' } }, additionalProperties: false },
        response: { 200: { type: 'object', additionalProperties: true }, ...errors },
        security,
      },
    },
    async (request) =>
      verifyLog(context.db, { anchors: request.query.anchors ? parseAnchors(request.query.anchors.replace(/,/g, '\n'), 'anchors') : [], viewer: request.apiKey!.tenantId }),
  );

  app.get<{ Querystring: { since?: string; format?: LogExportFormat } }>(
    '/v1/log/export',
    {
      config: admin,
      schema: {
        summary: 'This tenant\'s decision log entries as JSON lines or CSV, streamed (admin keys)',
        querystring: { type: 'object', properties: { since: { type: 'string', maxLength: 64 }, format: { type: 'string', enum: [...LOG_EXPORT_FORMATS] } }, additionalProperties: false },
        security,
      },
    },
    async (request, reply) => {
      const since = request.query.since === undefined ? undefined : new Date(request.query.since);
      if (since && Number.isNaN(since.getTime())) throw new InvalidInputError(`since: "${request.query.since}" is not a date (use ISO 8601, e.g. 2026-01-31).`);
      const format = request.query.format ?? 'jsonl';
      const body = Readable.from(exportLog(context.db, format, { since, tenantId: request.apiKey!.tenantId }));
      return reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson').send(body);
    },
  );
}
