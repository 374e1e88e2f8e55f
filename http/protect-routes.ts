import type { FromSchema } from './schema-types.ts';
import type { FastifyInstance } from 'fastify';
import {
  CONSENT_CATEGORIES,
  HASH_LIST_FORMATS,
  InvalidInputError,
  LIST_PURPOSES,
  MAX_ENROL_PHOTOS,
  NotFoundError,
  PERSON_PREFERENCES,
  deleteHashList,
  deletePerson,
  enrolPerson,
  formatHashList,
  grantConsent,
  importHashListToDb,
  listGrants,
  listHashLists,
  listPersons,
  readHashListEntries,
  removeHashListEntries,
  requireStoredHashList,
  revokeGrant,
  type ConsentryContext,
  type HashListFormat,
} from '../src/internal.ts';
import { bearerSecurity, errorResponses } from './schemas.ts';

const errors = errorResponses;
const security = bearerSecurity;
const admin = { scope: 'admin' as const };
const nameParam = { type: 'object', properties: { name: { type: 'string', maxLength: 100 } }, required: ['name'] } as const;
const idParam = { type: 'object', properties: { id: { type: 'string', maxLength: 64 } }, required: ['id'] } as const;
const loose = { type: 'object', additionalProperties: true } as const;
const dataOf = (items: object = loose) => ({ type: 'object', properties: { data: { type: 'array', items } } });

/**
 * Protect administration through the running gateway, for admin keys and within the key's tenant:
 * hash lists and entries, protected persons, consent grants. Every change reaches this process at
 * once and every other gateway on the database by NOTIFY. The operator's lists (imported with the
 * CLI, for every tenant) are listed but not changed here.
 */
export function registerProtectRoutes(app: FastifyInstance, context: ConsentryContext): void {
  const tenantOf = (request: { apiKey?: { tenantId: string } }) => request.apiKey!.tenantId;
  const changed = () => context.protection.changed();

  app.get(
    '/v1/hash-lists',
    {
      config: admin,
      schema: {
        tags: ['hash-lists'],
        operationId: 'listHashLists',
        summary: "Hash lists applied to this tenant: its own and the operator's (admin keys)",
        response: { 200: dataOf(), ...errors },
        security,
      },
    },
    async (request) => ({
      data: await listHashLists(context.db, { tenantId: tenantOf(request) }),
    }),
  );

  app.get<{ Params: { name: string }; Querystring: { format?: HashListFormat } }>(
    '/v1/hash-lists/:name',
    {
      config: admin,
      schema: {
        tags: ['hash-lists'],
        operationId: 'exportHashList',

        summary: "Export one of this tenant's lists (pdq, csv, jsonl, or te: ThreatExchange/HMA signal lines) (admin keys)",
        params: nameParam,
        querystring: { type: 'object', properties: { format: { type: 'string', enum: [...HASH_LIST_FORMATS] } }, additionalProperties: false },
        security,
      },
    },
    async (request, reply) => {
      const list = await requireStoredHashList(context.db, request.params.name, { tenantId: tenantOf(request) });
      const format = request.query.format ?? 'jsonl';
      return reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8').send(formatHashList(await readHashListEntries(context.db, list.id), format));
    },
  );

  const importListBody = {
    type: 'object',
    properties: {
      text: { type: 'string', maxLength: 60_000_000 },
      format: { type: 'string', enum: [...HASH_LIST_FORMATS] },
      source: { type: 'string', minLength: 1, maxLength: 200 },
      purpose: { type: 'string', enum: [...LIST_PURPOSES] },
    },
    required: ['text'],
    additionalProperties: false,
  } as const;
  app.post<{ Params: { name: string }; Body: FromSchema<typeof importListBody> }>(
    '/v1/hash-lists/:name/entries',
    {
      config: admin,
      bodyLimit: 64 * 1024 * 1024,
      schema: {
        tags: ['hash-lists'],
        operationId: 'importHashListEntries',

        summary: 'Import entries into a list of this tenant, created when new; all or nothing (admin keys)',
        params: nameParam,
        body: importListBody,
        response: { 201: loose, ...errors },
        security,
      },
    },
    async (request, reply) => {
      const result = await importHashListToDb(context.db, { name: request.params.name, tenantId: tenantOf(request), ...request.body });
      changed();
      return reply.status(201).send(result);
    },
  );

  app.delete<{ Params: { name: string; entryId: string } }>(
    '/v1/hash-lists/:name/entries/:entryId',
    {
      config: admin,
      schema: {
        tags: ['hash-lists'],
        operationId: 'deleteHashListEntry',

        summary: 'Remove one entry from a list of this tenant (admin keys)',
        params: { type: 'object', properties: { name: { type: 'string', maxLength: 100 }, entryId: { type: 'string', maxLength: 200 } }, required: ['name', 'entryId'] },
        response: { 200: loose, ...errors },
        security,
      },
    },
    async (request) => {
      const removed = await removeHashListEntries(context.db, request.params.name, [request.params.entryId], { tenantId: tenantOf(request) });
      if (removed === 0) throw new NotFoundError(`No entry ${request.params.entryId} in list ${request.params.name}.`, undefined, 'entry_not_found');
      changed();
      return { removed };
    },
  );

  app.delete<{ Params: { name: string } }>(
    '/v1/hash-lists/:name',
    {
      config: admin,
      schema: {
        tags: ['hash-lists'],
        operationId: 'deleteHashList',
        summary: 'Delete a list of this tenant and its entries (admin keys)',
        params: nameParam,
        response: { 200: loose, ...errors },
        security,
      },
    },
    async (request) => {
      if (!(await deleteHashList(context.db, request.params.name, { tenantId: tenantOf(request) })))
        throw new NotFoundError(`No hash list ${request.params.name} in this tenant.`, undefined, 'list_not_found');
      changed();
      return { deleted: request.params.name };
    },
  );

  app.get(
    '/v1/persons',
    {
      config: admin,
      schema: { tags: ['protection'], operationId: 'listPersons', summary: 'Protected persons of this tenant (never their embeddings) (admin keys)', response: { 200: dataOf(), ...errors }, security },
    },
    async (request) => ({
      data: await listPersons(context.db, { tenantId: tenantOf(request) }),
    }),
  );

  const enrolPersonBody = {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 200 },
      preference: { type: 'string', enum: [...PERSON_PREFERENCES] },
      photos: { type: 'array', minItems: 1, maxItems: MAX_ENROL_PHOTOS, items: { type: 'string' } },
    },
    required: ['name', 'photos'],
    additionalProperties: false,
  } as const;
  app.post<{ Body: FromSchema<typeof enrolPersonBody> }>(
    '/v1/persons',
    {
      config: admin,
      bodyLimit: Math.ceil((context.config.maxImageBytes * 4) / 3) * MAX_ENROL_PHOTOS + 64 * 1024,
      schema: {
        tags: ['protection'],
        operationId: 'enrolPerson',

        summary: 'Enrol a protected person from 1-5 photos (base64), each showing only them; only encrypted face embeddings are kept (admin keys)',
        body: enrolPersonBody,
        response: { 201: loose, ...errors },
        security,
      },
    },
    async (request, reply) => {
      const key = context.protection.biometricKey();
      const photos = request.body.photos.map((p, i) => base64Image(p, `photos[${i}]`));
      const embeddings = await context.protection.embeddingsFromPhotos(photos);
      const person = await enrolPerson(context.db, { tenantId: tenantOf(request), name: request.body.name, preference: request.body.preference, embeddings, key });
      embeddings.forEach((v) => v.fill(0));
      changed();
      return reply.status(201).send(person);
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/v1/persons/:id',
    {
      config: admin,
      schema: {
        tags: ['protection'],
        operationId: 'erasePerson',
        summary: 'Erase a protected person: embeddings and consent grants, at once, on every gateway (admin keys)',
        params: idParam,
        response: { 200: loose, ...errors },
        security,
      },
    },
    async (request) => {
      const erased = await deletePerson(context.db, request.params.id, { tenantId: tenantOf(request) });
      if (!erased) throw new NotFoundError(`No protected person ${request.params.id} in this tenant.`, undefined, 'person_not_found');
      changed();
      return erased;
    },
  );

  app.get<{ Querystring: { personId?: string; revoked?: 'true' | 'false' } }>(
    '/v1/consents',
    {
      config: admin,
      schema: {
        tags: ['protection'],
        operationId: 'listConsents',

        summary: 'Consent grants of this tenant (admin keys)',
        querystring: { type: 'object', properties: { personId: { type: 'string', maxLength: 64 }, revoked: { type: 'string', enum: ['true', 'false'] } }, additionalProperties: false },
        response: { 200: dataOf(), ...errors },
        security,
      },
    },
    async (request) => ({ data: await listGrants(context.db, { tenantId: tenantOf(request), personId: request.query.personId, includeRevoked: request.query.revoked === 'true' }) }),
  );

  const grantConsentBody = {
    type: 'object',
    properties: {
      personId: { type: 'string', maxLength: 64 },
      user: { type: 'string', minLength: 1, maxLength: 256 },
      allow: { type: 'array', minItems: 1, maxItems: 3, items: { type: 'string', enum: [...CONSENT_CATEGORIES] } },
      until: { type: 'string', maxLength: 64 },
    },
    required: ['personId', 'allow'],
    additionalProperties: false,
  } as const;
  app.post<{ Body: FromSchema<typeof grantConsentBody> }>(
    '/v1/consents',
    {
      config: admin,
      bodyLimit: 16 * 1024,
      schema: {
        tags: ['protection'],
        operationId: 'grantConsent',

        summary: 'Record a consent grant of an enrolled person: which end user (or any), which categories, until when (admin keys)',
        body: grantConsentBody,
        response: { 201: loose, ...errors },
        security,
      },
    },
    async (request, reply) => {
      const until = request.body.until === undefined ? undefined : new Date(request.body.until);
      if (until && Number.isNaN(until.getTime())) throw new InvalidInputError(`until: "${request.body.until}" is not a date.`, undefined, 'invalid_consent');
      const grant = await grantConsent(context.db, { tenantId: tenantOf(request), personId: request.body.personId, endUser: request.body.user, categories: request.body.allow, until });
      return reply.status(201).send(grant);
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/v1/consents/:id',
    {
      config: admin,
      schema: {
        tags: ['protection'],
        operationId: 'revokeConsent',
        summary: 'Revoke a consent grant: the next request on every gateway no longer has it (admin keys)',
        params: idParam,
        response: { 200: loose, ...errors },
        security,
      },
    },
    async (request) => {
      const revoked = await revokeGrant(context.db, request.params.id, { tenantId: tenantOf(request) });
      if (!revoked) throw new NotFoundError(`No live consent grant ${request.params.id} in this tenant.`, undefined, 'consent_not_found');
      return revoked;
    },
  );
}

function base64Image(value: string, name: string): Buffer {
  const data = value.replace(/^data:[\w/+.-]+;base64,/, '').replace(/\s+/g, '');
  if (data.length === 0 || data.length % 4 === 1 || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(data)) throw new InvalidInputError(`"${name}" is not valid base64.`);
  return Buffer.from(data, 'base64');
}
