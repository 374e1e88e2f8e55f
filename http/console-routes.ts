import type { FromSchema } from './schema-types.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  ConsentryError,
  csrfMatches,
  endSession,
  findSession,
  hitAddressLimit,
  InvalidInputError,
  noticeServiceFor,
  RELEASE_HOURS,
  REVIEW_ACTIONS,
  reviewServiceFor,
  signIn,
  SESSION_HOURS,
  UnauthorizedError,
  type ConsentryContext,
  type ReviewAction,
  type ReviewSession,
} from '../src/internal.ts';
import { bearerSecurity, errorResponses } from './schemas.ts';

const COOKIE = 'consentry_console';
const anyObject = { type: 'object', additionalProperties: true } as const;
const errors = errorResponses;
const idParams = { type: 'object', properties: { id: { type: 'string', maxLength: 64 } }, required: ['id'] } as const;
const loginBody = { type: 'object', properties: { name: { type: 'string', maxLength: 100 }, password: { type: 'string', maxLength: 1000 } }, required: ['name', 'password'] } as const;
const appealBody = {
  type: 'object',
  properties: { token: { type: 'string', maxLength: 200 }, statement: { type: 'string', maxLength: 5000 }, contact: { type: 'string', maxLength: 320 } },
  required: ['token', 'statement'],
} as const;
const revealBody = { type: 'object', properties: { reason: { type: 'string', maxLength: 2000 } } } as const;
const actionBody = {
  type: 'object',
  properties: { action: { type: 'string', maxLength: 20 }, reason: { type: 'string', minLength: 1, maxLength: 2000 } },
  required: ['action', 'reason'],
  additionalProperties: false,
} as const;
const decisionActionBody = {
  type: 'object',
  properties: {
    ...actionBody.properties,
    list: { type: 'string', enum: ['block', 'allow'], description: "With uphold: add the decision's image hashes to the tenant's block list; with overturn: to its allow list." },
  },
  required: ['action', 'reason'],
  additionalProperties: false,
} as const;
const releaseParams = { type: 'object', properties: { token: { type: 'string', minLength: 1, maxLength: 100 } }, required: ['token'] } as const;
const releaseResponse = {
  type: 'object',
  description: 'The overturned output, once: its kept images, decrypted.',
  properties: {
    decisionId: { type: 'string', format: 'uuid' },
    images: {
      type: 'array',
      items: {
        type: 'object',
        properties: { sha256: { type: 'string' }, format: { type: ['string', 'null'], description: 'jpeg, png, webp… as checked' }, data: { type: 'string', description: 'base64' } },
        required: ['sha256', 'format', 'data'],
      },
    },
  },
  required: ['decisionId', 'images'],
} as const;
const hidden = { hide: true } as const;

class CsrfError extends ConsentryError {
  constructor() {
    super('csrf_failed', "The request lacks the console's CSRF token; reload the console.");
  }
}

function cookieToken(request: FastifyRequest): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) return rest.join('=');
  }
  return undefined;
}

function setCookie(reply: FastifyReply, token: string, maxAge: number): FastifyReply {
  return reply.header('set-cookie', `${COOKIE}=${token}; Path=/console; HttpOnly; Secure; SameSite=Strict; Max-Age=${maxAge}`);
}

declare module 'fastify' {
  interface FastifyRequest {
    reviewSession?: ReviewSession;
  }
}

/**
 * The review console's API (cookie sessions with CSRF tokens, tenant-scoped) and the appeal API:
 * an operator's key makes an appeal link for a decision; the end user files the appeal with it.
 */
export function registerConsoleRoutes(app: FastifyInstance, context: ConsentryContext): void {
  const reviews = reviewServiceFor(context);
  const notices = noticeServiceFor(context);

  // Every console API route but sign-in needs a live session; every POST also the CSRF token.
  const requireSession = async (request: FastifyRequest) => {
    const session = await findSession(context.db, cookieToken(request));
    if (!session) throw new UnauthorizedError('Sign in to the console.');
    if (request.method !== 'GET' && !csrfMatches(session, request.headers['x-csrf-token'])) throw new CsrfError();
    request.reviewSession = session;
  };
  const guarded = { config: { public: true }, preHandler: requireSession };

  app.post<{ Body: FromSchema<typeof loginBody> }>(
    '/console/api/login',
    {
      config: { public: true },
      bodyLimit: 4096,
      schema: { ...hidden, body: loginBody },
    },
    async (request, reply) => {
      await hitAddressLimit(context.db, { scope: 'console-sign-in', address: request.ip, perHour: 30, code: 'sign_in_rate_limited' });
      const { token, session } = await signIn(context.db, request.body.name, request.body.password);
      return setCookie(reply, token, SESSION_HOURS * 3600).send({ reviewer: session.reviewer, csrfToken: session.csrfToken });
    },
  );

  app.get('/console/api/session', { ...guarded, schema: hidden }, async (request) => ({ reviewer: request.reviewSession!.reviewer, csrfToken: request.reviewSession!.csrfToken }));

  app.post('/console/api/logout', { ...guarded, schema: hidden }, async (request, reply) => {
    await endSession(context.db, request.reviewSession!);
    return setCookie(reply, '', 0).send({ ok: true });
  });

  app.get('/console/api/queues', { ...guarded, schema: hidden }, async (request) => {
    const tenantId = request.reviewSession!.reviewer.tenantId;
    const [decisions, appeals, open, timers] = await Promise.all([reviews.decisionQueue(tenantId), reviews.appealQueue(tenantId), notices.list(tenantId, { open: true }), notices.timers(tenantId)]);
    const due = new Set(timers.dueSoon.map((n) => n.caseNumber));
    const overdue = new Set(timers.overdue.map((n) => n.caseNumber));
    return {
      decisions,
      appeals,
      notices: open.map((n) => ({ ...n, contact: n.contact ? 'given' : null, timer: overdue.has(n.caseNumber) ? 'overdue' : due.has(n.caseNumber) ? 'due_soon' : null })),
    };
  });

  for (const kind of ['decision', 'appeal'] as const) {
    app.post<{ Params: { id: string }; Body: FromSchema<typeof decisionActionBody> }>(
      `/console/api/${kind}s/:id/actions`,
      { ...guarded, bodyLimit: 16 * 1024, schema: { ...hidden, params: idParams, body: kind === 'decision' ? decisionActionBody : actionBody } },
      async (request) => {
        if (!(REVIEW_ACTIONS as readonly string[]).includes(request.body.action))
          throw new InvalidInputError(`The action is one of ${REVIEW_ACTIONS.join(', ')}.`, undefined, 'invalid_moderation_event');
        return reviews.act(request.reviewSession!, { kind, id: request.params.id }, request.body.action as ReviewAction, request.body.reason, { list: request.body.list });
      },
    );
  }

  app.post<{ Params: { id: string }; Body: FromSchema<typeof actionBody> }>(
    '/console/api/notices/:id/actions',
    { ...guarded, bodyLimit: 16 * 1024, schema: { ...hidden, params: idParams, body: actionBody } },
    async (request) => {
      const action = request.body.action;
      if (action !== 'accept' && action !== 'reject' && action !== 'escalate') throw new InvalidInputError('A notice is accepted, rejected or escalated.', undefined, 'invalid_moderation_event');
      const { reviewer } = request.reviewSession!;
      return notices.act({ tenantId: reviewer.tenantId, caseNumber: request.params.id, action, reason: request.body.reason, actor: 'reviewer', reviewerId: reviewer.id });
    },
  );

  app.get<{ Params: { id: string; index: string }; Querystring: { again?: string } }>('/console/api/decisions/:id/images/:index', { ...guarded, schema: hidden }, async (request, reply) => {
    const bytes = await reviews.image(request.reviewSession!, request.params.id, Number(request.params.index) | 0, { again: request.query.again === '1' });
    return reply.header('content-type', 'image/jpeg').header('cache-control', 'no-store').send(bytes);
  });

  app.post<{ Params: { id: string; index: string }; Body: FromSchema<typeof revealBody> }>(
    '/console/api/decisions/:id/images/:index/reveal',
    { ...guarded, bodyLimit: 4096, schema: { ...hidden, body: revealBody } },
    async (request, reply) => {
      const bytes = await reviews.image(request.reviewSession!, request.params.id, Number(request.params.index) | 0, { reveal: true, reason: request.body?.reason });
      return reply.header('content-type', 'image/jpeg').header('cache-control', 'no-store').send(bytes);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/v1/decisions/:id/appeal-link',
    {
      bodyLimit: 1024,
      schema: {
        tags: ['appeals'],
        operationId: 'createAppealLink',

        summary: 'A link to pass to the end user so they can contest this decision (DSA Art 20); valid six months',
        params: idParams,
        response: { 201: anyObject, ...errors },
        security: bearerSecurity,
      },
    },
    async (request, reply) => {
      const { token, expiresAt } = await reviews.createAppealLink(request.apiKey!.tenantId, request.params.id);
      return reply.status(201).send({ url: `/appeal#${token}`, token, expiresAt });
    },
  );

  app.get<{ Params: { token: string } }>(
    '/v1/releases/:token',
    {
      schema: {
        tags: ['releases'],
        operationId: 'fetchRelease',

        summary: `An overturned output, released once: the link comes in the decision.overturned webhook and is valid ${RELEASE_HOURS} hours`,
        description:
          "Only with evidence keeping on, and never for a decision that involved a possible minor or a floor (release_refused). A second fetch, an expired link or another tenant's key answers 404 release_not_found. The fetch is a `release` moderation event in the log.",
        params: releaseParams,
        response: { 200: releaseResponse, ...errors },
        security: bearerSecurity,
      },
    },
    async (request, reply) => reply.header('cache-control', 'no-store').send(await reviews.release(request.apiKey!.tenantId, request.params.token)),
  );

  app.post<{ Params: { id: string } }>(
    '/v1/decisions/:id/release-link',
    {
      config: { scope: 'admin' },
      bodyLimit: 1024,
      schema: {
        tags: ['releases'],
        operationId: 'reissueReleaseLink',

        summary: "A new one-time link to an overturned output (admin keys), when the webhook's was lost or expired; earlier unused links stop working",
        params: idParams,
        response: {
          201: {
            type: 'object',
            properties: { url: { type: 'string' }, token: { type: 'string' }, expiresAt: { type: 'string' }, images: { type: 'integer' } },
            required: ['url', 'token', 'expiresAt', 'images'],
          },
          ...errors,
        },
        security: bearerSecurity,
      },
    },
    async (request, reply) => reply.status(201).send(await reviews.reissueRelease(request.apiKey!.tenantId, request.params.id)),
  );

  app.get(
    '/v1/appeals/context',
    {
      config: { public: true },
      schema: {
        tags: ['appeals'],
        operationId: 'getAppealContext',
        summary: 'What the appeal page shows about the decision behind a link (header x-appeal-token)',
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) => reviews.appealContext(String(request.headers['x-appeal-token'] ?? '')),
  );

  app.post<{ Body: FromSchema<typeof appealBody> }>(
    '/v1/appeals',
    {
      config: { public: true },
      bodyLimit: 16 * 1024,
      schema: {
        tags: ['appeals'],
        operationId: 'submitAppeal',

        summary: 'Contest a decision with an appeal link; a person decides',
        body: appealBody,
        response: { 201: anyObject, ...errors },
      },
    },
    async (request, reply) => {
      await hitAddressLimit(context.db, { scope: 'appeal', address: request.ip, perHour: 20, code: 'appeal_rate_limited' });
      return reply.status(201).send(await reviews.submitAppeal(request.body.token, request.body.statement, request.body.contact));
    },
  );
}
