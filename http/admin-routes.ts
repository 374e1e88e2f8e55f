import type { FromSchema } from './schema-types.ts';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import {
  createApiKey,
  exportTenantLog,
  InvalidInputError,
  KEY_SCOPES,
  listApiKeys,
  LOG_EXPORT_FORMATS,
  NotFoundError,
  parseAnchors,
  revokeApiKey,
  tenantLogHead,
  verifyTenantLog,
  type ConsentryContext,
  type LogExportFormat,
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

const headSchema = {
  type: ['object', 'null'],
  description: "The tenant's newest entry: its position among the tenant's own entries (1 = the first; also their count), its hash and time. Never the chain's sequence number.",
  properties: { position: { type: 'integer' }, entryHash: { type: 'string' }, createdAt: { type: 'string' } },
} as const;

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
        operationId: 'listKeys',

        tags: ['admin'],
        summary: 'List the API keys of this tenant (admin keys; never the secrets)',
        querystring: { type: 'object', properties: { revoked: { type: 'string', enum: ['true', 'false'] } }, additionalProperties: false },
        response: { 200: { type: 'object', properties: { data: { type: 'array', items: keySchema } } }, ...errors },
        security,
      },
    },
    async (request) => ({ data: await listApiKeys(context.db, { tenantId: request.apiKey!.tenantId, includeRevoked: request.query.revoked === 'true' }) }),
  );

  const createKeyBody = {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[^\\u0000-\\u001f\\u007f]+$', description: 'Printable text (no control characters).' },
      scope: { type: 'string', enum: [...KEY_SCOPES] },
      rateLimitPerMinute: { type: 'integer', minimum: 1, maximum: 100_000_000 },
    },
    required: ['name'],
    additionalProperties: false,
  } as const;
  app.post<{ Body: FromSchema<typeof createKeyBody> }>(
    '/v1/keys',
    {
      config: admin,
      bodyLimit: 16 * 1024,
      schema: {
        operationId: 'createKey',

        tags: ['admin'],
        summary: 'Create an API key in this tenant; the secret is in this answer only (admin keys)',
        body: createKeyBody,
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
        operationId: 'revokeKey',

        tags: ['admin'],
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
    {
      config: admin,
      schema: {
        operationId: 'getLogHead',

        tags: ['admin'],
        summary: "This tenant's newest log entry (position among its own entries, hash, time): keep it elsewhere as an anchor (admin keys)",
        response: { 200: { type: 'object', properties: { head: headSchema } }, ...errors },
        security,
      },
    },
    async (request) => ({ head: (await tenantLogHead(context.db, request.apiKey!.tenantId)) ?? null }),
  );

  app.get<{ Querystring: { anchors?: string } }>(
    '/v1/log/verify',
    {
      config: admin,
      schema: {
        operationId: 'verifyLog',

        tags: ['admin'],
        summary: "Verify the decision log's hash chain, optionally against anchors kept elsewhere (admin keys)",
        description:
          "The whole chain is walked (entries of every tenant link to each other), but the answer has this tenant's figures only: its entry count and newest entry, positions among its own entries. A broken entry of another tenant is placed among this tenant's entries, with no sequence number or id. Anchors are POSITION:HASH pairs from /v1/log/head.",
        querystring: {
          type: 'object',
          properties: { anchors: { type: 'string', maxLength: 100_000, description: "POSITION:HASH pairs (this tenant's entries, as /v1/log/head gives them), comma-separated" } },
          additionalProperties: false,
        },
        response: {
          200: {
            type: 'object',
            properties: {
              ok: { type: 'boolean' },
              entries: { type: 'integer', description: "This tenant's entries." },
              head: headSchema,
              firstBroken: { type: 'object', properties: { position: { type: 'integer' }, id: { type: 'string' }, reason: { type: 'string' } } },
              anchorsMatched: { type: 'integer' },
            },
            required: ['ok', 'entries', 'head'],
            additionalProperties: false,
          },
          ...errors,
        },
        security,
      },
    },
    async (request) => {
      // An anchor's number is a position among this tenant's entries (as /v1/log/head gives it), not the chain's seq.
      const anchors = request.query.anchors ? parseAnchors(request.query.anchors.replace(/,/g, '\n'), 'anchors', 'position').map((a) => ({ position: a.seq, entryHash: a.entryHash })) : [];
      return verifyTenantLog(context.db, request.apiKey!.tenantId, anchors);
    },
  );

  app.get<{ Querystring: { since?: string; format?: LogExportFormat } }>(
    '/v1/log/export',
    {
      config: admin,
      schema: {
        operationId: 'exportLog',

        tags: ['admin'],
        summary: "This tenant's decision log entries as JSON lines or CSV, streamed (admin keys)",
        description: "Each entry with its position among this tenant's entries and its own hash; not the chain's seq or prev_hash, which would describe other tenants' entries.",
        querystring: { type: 'object', properties: { since: { type: 'string', maxLength: 64 }, format: { type: 'string', enum: [...LOG_EXPORT_FORMATS] } }, additionalProperties: false },
        security,
      },
    },
    async (request, reply) => {
      const since = request.query.since === undefined ? undefined : new Date(request.query.since);
      // PostgreSQL's timestamps end at year 294276 and JavaScript's reach 275760: keep to years 1-9999.
      if (since && (Number.isNaN(since.getTime()) || since.getUTCFullYear() < 1 || since.getUTCFullYear() > 9999 || !realCalendarDate(request.query.since!))) {
        throw new InvalidInputError(`since: "${request.query.since}" is not a date from year 1 to 9999 (use ISO 8601, e.g. 2026-01-31).`, { param: 'since' });
      }
      const format = request.query.format ?? 'jsonl';
      const body = Readable.from(exportTenantLog(context.db, format, request.apiKey!.tenantId, { since }));
      return reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson').send(body);
    },
  );
}

/**
 * Whether the date that opens an ISO 8601 string is one of the calendar: `new Date('2026-02-30')` rolls over to 2 March
 * rather than failing. Strings that do not open with YYYY-MM-DD are left to Date's own parsing.
 */
function realCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return true;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
