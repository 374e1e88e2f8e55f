import { Worker } from 'node:worker_threads';
import { workerEntry } from '../image/worker-pool.ts';
import type { Database, Queryable, QueryResult } from './database.ts';
import type { ChainLink, HashedContent, SealedEvidenceRow } from './decision-log.ts';

/** A call to the database worker (pglite-worker.ts). */
export type PgliteRequest =
  | { id: number; op: 'query'; sql: string; params?: unknown[]; tx?: number }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  | { id: number; op: 'copy'; sql: string; data: string }
  | { id: number; op: 'appendChain'; entries: HashedContent[]; evidence: SealedEvidenceRow[]; relearn: boolean }
  | { id: number; op: 'begin' }
  | { id: number; op: 'commit' | 'rollback'; tx: number }
  | { id: number; op: 'close' };

/** The worker's answer to request `id` (id 0: the database is open, or why it could not be). */
export type PgliteReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { message: string; fields: Record<string, string | number> } };

type WithoutId<R> = R extends unknown ? Omit<R, 'id'> : never;
type Call = WithoutId<PgliteRequest>;

/**
 * The embedded PGlite in a worker thread: the same `Database`, each call a message. PGlite runs
 * SQL and its file writes synchronously in its caller's thread (about 130-250 µs of CPU per logged
 * decision, measured in BENCHMARKS.md), which here is not the event loop serving HTTP; and since
 * an append now waits on another thread, appends arriving meanwhile join the next group commit,
 * as they do on PostgreSQL. Rows come back by structured clone (Dates, bytea as Uint8Array).
 */
export async function openPgliteThread(dir: string, onClosed: () => void): Promise<Database> {
  const worker = new Worker(workerEntry(new URL('./pglite-worker.ts', import.meta.url)), { workerData: { dir } });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  const opened = new Promise<void>((resolve, reject) => {
    pending.set(0, { resolve: () => resolve(), reject });
  });
  worker.on('message', (reply: PgliteReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve(reply.value);
    else p.reject(Object.assign(new Error(reply.error.message), reply.error.fields));
  });
  worker.on('error', (error) => fail(new Error(`The database thread failed: ${error.message}`)));
  worker.on('exit', (code) => fail(new Error(`The database thread exited (code ${code}).`)));

  const call = (request: Call): Promise<unknown> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  };
  const queryable = (tx?: number): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      return { rows: (await call({ op: 'query', sql, params: params as unknown[], tx })) as Row[] };
    },
    async exec(sql: string) {
      await call({ op: 'exec', sql, tx });
    },
  });

  try {
    await opened;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    kind: 'pglite',
    ...queryable(),
    async copyFrom(sql: string, data: string) {
      await call({ op: 'copy', sql, data });
    },
    appendChain: (entries, evidence, relearn) => call({ op: 'appendChain', entries, evidence, relearn }) as Promise<ChainLink[]>,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const tx = (await call({ op: 'begin' })) as number;
      let result: T;
      try {
        result = await fn(queryable(tx));
      } catch (error) {
        await call({ op: 'rollback', tx }).catch(() => {});
        throw error;
      }
      await call({ op: 'commit', tx });
      return result;
    },
    close() {
      closing ??= (async () => {
        try {
          await call({ op: 'close' });
        } finally {
          await worker.terminate();
          onClosed();
        }
      })();
      return closing;
    },
  };
}
