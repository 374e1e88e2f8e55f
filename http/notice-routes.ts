import type { FromSchema } from './schema-types.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { InvalidInputError, NOTICE_STATUSES, noticeServiceFor, type ConsentryContext, type NoticeStatus } from '../src/internal.ts';
import { bearerSecurity, errorResponses } from './schemas.ts';

const errors = errorResponses;
const NOTICE_BODY_LIMIT = 64 * 1024;
const TIMER_INTERVAL_MS = 60_000;
const caseParams = { type: 'object', properties: { case: { type: 'string', maxLength: 40 } }, required: ['case'] } as const;
const secretHeaders = { type: 'object', properties: { 'x-notice-secret': { type: 'string', maxLength: 200 } }, required: ['x-notice-secret'] } as const;
const anyObject = { type: 'object', additionalProperties: true } as const;

/**
 * Notice-and-takedown over HTTP. Public (what the portal calls, limited per address): file a
 * notice, read its status, add hashes, withdraw, each with the notice's secret in
 * `x-notice-secret`. Admin keys: list notices by deadline with the timers, read one with its
 * events and known logged copies, accept / reject / escalate.
 */
export function registerNoticeRoutes(app: FastifyInstance, context: ConsentryContext): void {
  const notices = noticeServiceFor(context);
  const secret = (request: FastifyRequest) => String(request.headers['x-notice-secret'] ?? '');

  // Tells the operator's webhook about notices due within the hour or overdue.
  if (context.config.noticeWebhookUrl) {
    const timer = setInterval(() => void notices.notifyTimers().catch(() => undefined), TIMER_INTERVAL_MS);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  }

  app.post(
    '/v1/notices',
    {
      config: { public: true },
      bodyLimit: NOTICE_BODY_LIMIT,
      schema: {
        tags: ['notices'],
        operationId: 'fileNotice',
        summary: 'File a takedown notice (hashes only); answers a case number and a secret',
        body: anyObject,
        response: { 201: anyObject, ...errors },
      },
    },
    async (request, reply) => {
      const { notice, secret: noticeSecret } = await notices.submit(request.body, { address: request.ip });
      return reply.status(201).send({
        caseNumber: notice.caseNumber,
        secret: noticeSecret,
        status: notice.status,
        receivedAt: notice.receivedAt,
        receiptConfirmedAt: notice.receiptConfirmedAt,
        deadlineAt: notice.deadlineAt,
        regimes: notice.regimes,
        minor: notice.minor,
        reportingDuty: notice.reportingDuty,
        hashCount: notice.hashCount,
      });
    },
  );

  app.get<{ Params: { case: string } }>(
    '/v1/notices/:case',
    {
      config: { public: true },
      schema: {
        tags: ['notices'],
        operationId: 'getNoticeStatus',
        summary: "A notice's status, given its secret",
        params: caseParams,
        headers: secretHeaders,
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) => notices.statusFor(request.params.case, secret(request)),
  );

  app.post<{ Params: { case: string }; Body: FromSchema<typeof anyObject> }>(
    '/v1/notices/:case/hashes',
    {
      config: { public: true },
      bodyLimit: NOTICE_BODY_LIMIT,
      schema: {
        tags: ['notices'],
        operationId: 'addNoticeHashes',
        summary: 'Add hashes to a notice, given its secret',
        params: caseParams,
        headers: secretHeaders,
        body: anyObject,
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) => notices.addHashes(request.params.case, secret(request), request.body?.hashes),
  );

  app.post<{ Params: { case: string } }>(
    '/v1/notices/:case/withdraw',
    {
      config: { public: true },
      schema: {
        tags: ['notices'],
        operationId: 'withdrawNotice',
        summary: 'Withdraw a notice: its hashes leave every list',
        params: caseParams,
        headers: secretHeaders,
        response: { 200: anyObject, ...errors },
      },
    },
    async (request) => notices.withdraw(request.params.case, secret(request)),
  );

  app.get<{ Querystring: { status?: NoticeStatus; open?: 'true' | 'false' } }>(
    '/v1/admin/notices',
    {
      config: { scope: 'admin' },
      schema: {
        tags: ['notices'],
        operationId: 'listTenantNotices',

        summary: "This tenant's notices by deadline, with what is due within the hour and what is overdue (admin keys)",
        querystring: { type: 'object', properties: { status: { type: 'string', enum: [...NOTICE_STATUSES] }, open: { type: 'string', enum: ['true', 'false'] } }, additionalProperties: false },
        response: { 200: anyObject, ...errors },
        security: bearerSecurity,
      },
    },
    async (request) => {
      const tenantId = request.apiKey!.tenantId;
      const [data, timers] = await Promise.all([notices.list(tenantId, { status: request.query.status, open: request.query.open === 'true' }), notices.timers(tenantId)]);
      return { data, dueSoon: timers.dueSoon.map((n) => n.caseNumber), overdue: timers.overdue.map((n) => n.caseNumber) };
    },
  );

  app.get<{ Params: { case: string } }>(
    '/v1/admin/notices/:case',
    {
      config: { scope: 'admin' },
      schema: {
        tags: ['notices'],
        operationId: 'getTenantNotice',

        summary: 'One notice with its hashes, events and known identical copies in the log (admin keys)',
        params: caseParams,
        response: { 200: anyObject, ...errors },
        security: bearerSecurity,
      },
    },
    async (request) => {
      const tenantId = request.apiKey!.tenantId;
      const c = request.params.case;
      const [notice, hashes, events, loggedCopies] = await Promise.all([notices.get(tenantId, c), notices.hashes(tenantId, c), notices.events(tenantId, c), notices.loggedCopies(tenantId, c)]);
      return { notice, hashes, events, loggedCopies };
    },
  );

  const noticeActionBody = {
    type: 'object',
    properties: { action: { type: 'string', enum: ['accept', 'reject', 'escalate'] }, reason: { type: 'string', minLength: 1, maxLength: 2000 } },
    required: ['action', 'reason'],
    additionalProperties: false,
  } as const;
  app.post<{ Params: { case: string }; Body: FromSchema<typeof noticeActionBody> }>(
    '/v1/admin/notices/:case/actions',
    {
      config: { scope: 'admin' },
      bodyLimit: 16 * 1024,
      schema: {
        tags: ['notices'],
        operationId: 'actOnNotice',

        summary: 'Accept (hashes on the takedown list), reject or escalate a notice, with a reason (admin keys)',
        params: caseParams,
        body: noticeActionBody,
        response: { 200: anyObject, ...errors },
        security: bearerSecurity,
      },
    },
    async (request) => {
      if (!request.body.reason.trim()) throw new InvalidInputError('A reason is required.', undefined, 'invalid_moderation_event');
      return notices.act({
        tenantId: request.apiKey!.tenantId,
        caseNumber: request.params.case,
        action: request.body.action,
        reason: request.body.reason,
        actor: 'operator',
        details: { apiKeyId: request.apiKey!.id },
      });
    },
  );
}
