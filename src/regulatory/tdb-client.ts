// Sends registered statements to the DSA Transparency Database (Art 24(5)): batches of at most
// 100 (`POST statements`, all or nothing), a bearer token, retries with exponential backoff on
// network errors, 429 and 5xx, the 422 "existing puid" answer counted as done, and every attempt
// recorded in the submission log.
import { ConsentryError, errorMessage } from '../errors.ts';
import type { Database } from '../store/database.ts';
import { pendingStatements, recordAttempts, type AttemptOutcome, type RegisteredStatement } from './statements-register.ts';
import { MAX_BATCH, validateTdbStatement, type TdbErrors, type TdbStatement } from './tdb-schema.ts';

/** The Transparency Database refused the token, or is not configured. */
export class TdbError extends ConsentryError {
  constructor(message: string, code: 'tdb_unauthorized' | 'tdb_not_configured' | 'tdb_unavailable', details?: Record<string, unknown>) {
    super(code, message, details);
  }
}

export interface TdbClientOptions {
  /** Base URL of the API, e.g. https://transparency.dsa.ec.europa.eu/api/v1/ (sandbox first). */
  url: string;
  token: string;
  fetch?: typeof fetch;
  /** Requests per batch before giving up for this run (the statements stay pending). */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** At most this many per request (≤ 100, the TDB's limit). */
  batchSize?: number;
}

/** The outcome for one statement of a batch. */
export type StatementOutcome =
  | { puid: string; status: 'submitted' | 'existing'; uuid: string | null }
  | { puid: string; status: 'rejected'; errors: TdbErrors }
  | { puid: string; status: 'retry'; error: string };

export interface BatchResult {
  httpStatus: number | null;
  outcomes: StatementOutcome[];
}

export interface SubmitSummary {
  requests: number;
  submitted: number;
  existing: number;
  rejected: number;
  /** Left pending after the retries (network, 429, 5xx). */
  pending: number;
}

// The TDB says "The identifier given is not unique within this platform." under `puid`.
const DUPLICATE_PUID = /not unique|already|exists|taken/i;

export interface TdbClient {
  /** One `POST statements` request for up to 100 statements, its answer read per statement. */
  postBatch(statements: readonly TdbStatement[]): Promise<BatchResult>;
  /** Sends every pending statement of the register, in batches, with retries; logs each attempt. */
  submitPending(db: Database, options?: { tenantId?: string; limit?: number }): Promise<SubmitSummary>;
}

export function createTdbClient(options: TdbClientOptions): TdbClient {
  const doFetch = options.fetch ?? fetch;
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelay = options.baseDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 60_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const batchSize = Math.min(MAX_BATCH, Math.max(1, options.batchSize ?? MAX_BATCH));
  const base = options.url.endsWith('/') ? options.url : `${options.url}/`;

  async function postBatch(statements: readonly TdbStatement[]): Promise<BatchResult> {
    if (statements.length === 0) return { httpStatus: null, outcomes: [] };
    if (statements.length > MAX_BATCH) throw new RangeError(`At most ${MAX_BATCH} statements per request.`);
    let response: Response;
    try {
      response = await doFetch(new URL('statements', base), {
        method: 'POST',
        headers: { authorization: `Bearer ${options.token}`, accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify({ statements }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
    } catch (error) {
      return { httpStatus: null, outcomes: statements.map((s) => ({ puid: s.puid, status: 'retry', error: `network: ${errorMessage(error)}` })) };
    }
    const body = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    if (response.status === 401 || response.status === 403) {
      throw new TdbError(`The Transparency Database refused the token (HTTP ${response.status}); a new token invalidates the old one.`, 'tdb_unauthorized', { status: response.status });
    }
    if (response.status === 201 || response.status === 200) {
      const created = Array.isArray(body?.statements) ? (body!.statements as Array<{ puid?: string; uuid?: string }>) : [];
      const uuids = new Map(created.map((c) => [c.puid, c.uuid ?? null]));
      return { httpStatus: response.status, outcomes: statements.map((s) => ({ puid: s.puid, status: 'submitted', uuid: uuids.get(s.puid) ?? null })) };
    }
    if (response.status === 422) return { httpStatus: 422, outcomes: readValidationErrors(statements, body) };
    const reason = `HTTP ${response.status}${typeof body?.message === 'string' ? `: ${body.message}` : ''}`;
    return { httpStatus: response.status, outcomes: statements.map((s) => ({ puid: s.puid, status: 'retry', error: reason })) };
  }

  async function submitPending(db: Database, opts: { tenantId?: string; limit?: number } = {}): Promise<SubmitSummary> {
    const summary: SubmitSummary = { requests: 0, submitted: 0, existing: 0, rejected: 0, pending: 0 };
    let budget = opts.limit ?? Number.POSITIVE_INFINITY;
    // Each round takes the oldest pending statements; one that stays pending after its retries is
    // skipped for the rest of the run, so a long outage ends the run instead of looping.
    const skipped = new Set<string>();
    while (budget > 0) {
      const pending = (await pendingStatements(db, Math.min(batchSize + skipped.size, 10_000), opts.tenantId)).filter((s) => !skipped.has(s.puid)).slice(0, Math.min(batchSize, budget));
      if (pending.length === 0) break;
      budget -= pending.length;
      let batch: RegisteredStatement[] = [];
      const invalid: AttemptOutcome[] = [];
      for (const s of pending) {
        const errors = validateTdbStatement(s.tdb);
        if (Object.keys(errors).length > 0) invalid.push({ puid: s.puid, status: 'rejected', error: `not sent, invalid: ${JSON.stringify(errors)}` });
        else batch.push(s);
      }
      await recordAttempts(db, invalid);
      summary.rejected += invalid.length;
      for (let attempt = 1; batch.length > 0; attempt++) {
        summary.requests++;
        const result = await postBatch(batch.map((s) => s.tdb));
        const retry: RegisteredStatement[] = [];
        const outcomes: AttemptOutcome[] = result.outcomes.map((outcome, i) => {
          const { puid } = outcome;
          if (outcome.status === 'submitted' || outcome.status === 'existing') {
            summary[outcome.status]++;
            return { puid, status: outcome.status, uuid: outcome.uuid, httpStatus: result.httpStatus };
          }
          if (outcome.status === 'rejected') {
            summary.rejected++;
            return { puid, status: 'rejected', httpStatus: result.httpStatus, error: JSON.stringify(outcome.errors) };
          }
          retry.push(batch[i]!);
          return { puid, status: 'pending', httpStatus: result.httpStatus, error: outcome.status === 'retry' ? outcome.error : null };
        });
        await recordAttempts(db, outcomes);
        // A 422 stores nothing (all or nothing): the statements it did not fault go again at once.
        // A 422 that faulted none of them is not progress, and counts as a failed attempt.
        const transient = result.httpStatus !== 422 || retry.length === batch.length;
        if (retry.length > 0 && transient && attempt >= maxAttempts) {
          for (const s of retry) skipped.add(s.puid);
          summary.pending += retry.length;
          break;
        }
        if (retry.length > 0 && transient) await sleep(Math.min(maxDelay, baseDelay * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2));
        batch = retry;
      }
    }
    return summary;
  }

  return { postBatch, submitPending };
}

/**
 * A 422 names the faulty statements as `statement_N` (or, for one statement, the fields at the top
 * level). A duplicate puid is done (the TDB has it, with `existing` naming it); other errors reject
 * that statement; statements without errors were not stored (all or nothing) and go again.
 */
function readValidationErrors(statements: readonly TdbStatement[], body: Record<string, unknown> | undefined): StatementOutcome[] {
  const errors = (body?.errors ?? {}) as Record<string, unknown>;
  return statements.map((s, i) => {
    const own = (errors[`statement_${i}`] ?? (statements.length === 1 ? errors : undefined)) as Record<string, unknown> | undefined;
    if (!own || Object.keys(own).length === 0) return { puid: s.puid, status: 'retry', error: 'not stored: another statement of the batch was refused' };
    const fieldErrors: TdbErrors = {};
    for (const [field, messages] of Object.entries(own)) if (field !== 'existing') fieldErrors[field] = Array.isArray(messages) ? messages.map(String) : [String(messages)];
    const puidMessages = fieldErrors.puid ?? [];
    const onlyDuplicate = Object.keys(fieldErrors).length === 1 && puidMessages.length > 0 && puidMessages.every((m) => DUPLICATE_PUID.test(m));
    if (onlyDuplicate) {
      const existing = (own.existing ?? (statements.length === 1 ? body?.existing : undefined)) as { uuid?: string } | undefined;
      return { puid: s.puid, status: 'existing', uuid: existing?.uuid ?? null };
    }
    return { puid: s.puid, status: 'rejected', errors: fieldErrors };
  });
}
