// A stand-in for the Commission's Transparency Database API, for tests: it answers as the real one
// does (shared/research/legal.md §3.2): bearer token or 401, `POST statements` of at most 100, all
// or nothing, 422 with errors per `statement_N`, a duplicate puid refused with the `existing`
// statement, 201 with a uuid per statement. Outages are scripted with `failNext`.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { MAX_BATCH, validateTdbStatement, type TdbErrors } from '../regulatory/tdb-schema.ts';

export interface TdbStandIn {
  app: FastifyInstance;
  /** Base URL once listening. */
  url: string;
  /** Stored statements by puid. */
  stored: Map<string, { uuid: string; statement: Record<string, unknown> }>;
  /** Every request's batch size and answer status, in order. */
  requests: Array<{ size: number; status: number }>;
  /** Answer the next requests with these statuses (503, 429, 500…) instead of handling them. */
  failNext: number[];
  close(): Promise<void>;
}

export async function startTdbStandIn(token: string): Promise<TdbStandIn> {
  const app = Fastify({ bodyLimit: 50 * 1024 * 1024 });
  const stored: TdbStandIn['stored'] = new Map();
  const requests: TdbStandIn['requests'] = [];
  const failNext: number[] = [];
  const duplicate = 'The identifier given is not unique within this platform.';
  app.addHook('onRequest', async (request, reply) => {
    if (request.headers.authorization !== `Bearer ${token}`) return reply.status(401).send({ message: 'Unauthenticated.' });
  });
  app.post<{ Body: { statements?: unknown } }>('/api/v1/statements', async (request, reply) => {
    const list = request.body?.statements;
    const size = Array.isArray(list) ? list.length : 0;
    const answer = (status: number, body: unknown) => {
      requests.push({ size, status });
      return reply.status(status).send(body);
    };
    const outage = failNext.shift();
    if (outage !== undefined) return answer(outage, { message: 'Service unavailable.' });
    if (!Array.isArray(list) || list.length === 0) return answer(422, { message: 'The statements field is required.', errors: { statements: ['The statements field is required.'] } });
    if (list.length > MAX_BATCH)
      return answer(422, { message: `The statements may not have more than ${MAX_BATCH} items.`, errors: { statements: [`The statements may not have more than ${MAX_BATCH} items.`] } });
    const errors: Record<string, TdbErrors & { existing?: unknown }> = {};
    const seen = new Set<string>();
    for (const [i, statement] of list.entries()) {
      const own: TdbErrors & { existing?: unknown } = validateTdbStatement(statement);
      const puid = (statement as { puid?: unknown })?.puid;
      if (typeof puid === 'string' && (stored.has(puid) || seen.has(puid))) {
        (own.puid ??= []).push(duplicate);
        const existing = stored.get(puid);
        if (existing) own.existing = { uuid: existing.uuid, puid };
      }
      if (typeof puid === 'string') seen.add(puid);
      if (Object.keys(own).length > 0) errors[`statement_${i}`] = own;
    }
    if (Object.keys(errors).length > 0) return answer(422, { message: 'The given data was invalid.', errors });
    const created = list.map((statement) => {
      const uuid = randomUUID();
      stored.set((statement as { puid: string }).puid, { uuid, statement: statement as Record<string, unknown> });
      return { ...(statement as object), uuid, created_at: new Date().toISOString() };
    });
    return answer(201, { statements: created });
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url: `${address}/api/v1/`, stored, requests, failNext, close: () => app.close() };
}
