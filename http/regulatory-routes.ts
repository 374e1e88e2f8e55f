import type { FastifyInstance } from 'fastify';
import {
  buildTransparencyReport,
  exportTenantRecords,
  InvalidInputError,
  RECORDS_FORMATS,
  regulatorySource,
  renderRecords,
  TEMPLATE_SHEETS,
  templateSheets,
  termsFromConfig,
  TRANSPARENCY_REPORTERS,
  type ConsentryContext,
  type RecordsFormat,
  type RecordsQuery,
  type TemplateSheet,
} from '../src/internal.ts';
import { bearerSecurity, errorResponses } from './schemas.ts';

const admin = { scope: 'admin' as const };

function dateParam(name: string, value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidInputError(`"${name}" is not a date (ISO 8601).`);
  return date;
}

/**
 * What regulators ask for, through the running gateway, for admin keys and within the key's tenant:
 * the transparency report (`?format=json|csv|html`, CSV per template `sheet`) and records on request.
 */
export function registerRegulatoryRoutes(app: FastifyInstance, context: ConsentryContext): void {
  app.get<{ Querystring: { from: string; to: string; format?: string; sheet?: TemplateSheet; includeRefusals?: 'true' | 'false' } }>(
    '/v1/reports/transparency',
    {
      config: admin,
      schema: {
        tags: ['regulatory'],
        operationId: 'getTransparencyReport',

        summary: 'Transparency report (DSA Art 15/24) for [from, to): JSON, a template sheet as CSV, or HTML (admin keys)',
        querystring: {
          type: 'object',
          properties: {
            from: { type: 'string', minLength: 4, maxLength: 40 },
            to: { type: 'string', minLength: 4, maxLength: 40 },
            format: { type: 'string', enum: Object.keys(TRANSPARENCY_REPORTERS) },
            sheet: { type: 'string', enum: [...TEMPLATE_SHEETS] },
            includeRefusals: { type: 'string', enum: ['true', 'false'] },
          },
          required: ['from', 'to'],
          additionalProperties: false,
        },
        response: errorResponses,
        security: bearerSecurity,
      },
    },
    async (request, reply) => {
      const from = dateParam('from', request.query.from);
      const to = dateParam('to', request.query.to);
      if (from >= to) throw new InvalidInputError('"from" must be before "to".');
      const includeRefusals = request.query.includeRefusals === undefined ? context.config.statementsIncludeRefusals : request.query.includeRefusals === 'true';
      const report = await buildTransparencyReport(regulatorySource(context.db, { includeRefusals }), {
        from,
        to,
        tenantId: request.apiKey!.tenantId,
        terms: termsFromConfig(context.config),
      });
      const reporter = TRANSPARENCY_REPORTERS[request.query.format ?? 'json']!;
      const body = reporter.format === 'csv' ? templateSheets(report)[request.query.sheet ?? '5_own_initiative_illegal'] : reporter.render(report);
      return reply.type(reporter.contentType).send(body);
    },
  );

  app.get<{ Querystring: { case?: string; notice?: string; person?: string; statement?: string; format?: RecordsFormat } }>(
    '/v1/records',
    {
      config: admin,
      schema: {
        tags: ['regulatory'],
        operationId: 'exportRecords',

        summary: 'Records on request: the log entries of one case, notice, person (image hash) or statement, with hash-chain proofs (admin keys)',
        description:
          "This tenant's figures only: each entry's position among the tenant's entries, its hash, and whether its hash and its link to the previous entry verified (checked by the gateway); not the chain's seq, prev_hash or the predecessor, which are often another tenant's.",
        querystring: {
          type: 'object',
          properties: {
            case: { type: 'string', minLength: 1, maxLength: 200 },
            notice: { type: 'string', minLength: 1, maxLength: 200 },
            person: { type: 'string', minLength: 1, maxLength: 200 },
            statement: { type: 'string', minLength: 1, maxLength: 600 },
            format: { type: 'string', enum: [...RECORDS_FORMATS] },
          },
          additionalProperties: false,
        },
        response: errorResponses,
        security: bearerSecurity,
      },
    },
    async (request, reply) => {
      const { format = 'json', ...keys } = request.query;
      const given = Object.entries(keys).filter(([, v]) => v !== undefined);
      if (given.length !== 1) throw new InvalidInputError('Give exactly one of case, notice, person, statement.');
      const data = await exportTenantRecords(context.db, Object.fromEntries(given) as RecordsQuery, request.apiKey!.tenantId);
      return reply.type(format === 'html' ? 'text/html; charset=utf-8' : 'application/json').send(renderRecords(data, format));
    },
  );
}
