// Worker-thread entry of the embedded database (see pglite-thread.ts): PGlite runs its SQL (WASM)
// and its file writes synchronously in the thread that calls it, so it runs here, off the event
// loop that serves HTTP. Messages are the Queryable calls, each with an id; a transaction is opened
// by `begin`, addressed by its id, and ended by `commit` or `rollback`.
import { parentPort, workerData } from 'node:worker_threads';
import type { PgliteReply, PgliteRequest } from './pglite-thread.ts';
import { pgliteDatabase } from './pglite-database.ts';
import { type ChainHead, type ChainLink, writeChain } from './decision-log.ts';

const port = parentPort;
if (!port) throw new Error('pglite-worker must run in a worker thread');
const send = (reply: PgliteReply) => port.postMessage(reply);

interface OpenTransaction {
  tx: { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }>; exec: (sql: string) => Promise<unknown> };
  end(commit: boolean): void;
  /** Settles when PGlite has committed or rolled back, with the error COMMIT (or the body) met. */
  done: Promise<{ error?: unknown }>;
}

/** A database error as plain data: its message and its fields (code, constraint, detail…), which a structured clone of an Error drops. */
function serialize(error: unknown): { message: string; fields: Record<string, string | number> } {
  const fields: Record<string, string | number> = {};
  if (error && typeof error === 'object') {
    for (const [k, v] of Object.entries(error)) if (typeof v === 'string' || typeof v === 'number') fields[k] = v;
  }
  return { message: error instanceof Error ? error.message : String(error), fields };
}

/** Tells the transaction's body (waiting in PGlite's callback) to end it with a rollback. */
class RollbackRequested extends Error {}

try {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create((workerData as { dir: string }).dir);
  const transactions = new Map<number, OpenTransaction>();
  let nextTx = 1;
  // This thread is the decision log's only writer: it keeps the chain head between batches and
  // writes one batch after the other, in the order they arrive (the next may arrive meanwhile).
  const local = pgliteDatabase(db, async () => {});
  const head: ChainHead = {};
  let chainTail: Promise<unknown> = Promise.resolve();

  const handle = async (request: PgliteRequest): Promise<unknown> => {
    switch (request.op) {
      case 'query': {
        const target = request.tx === undefined ? db : transactions.get(request.tx)?.tx;
        if (!target) throw new Error('The transaction has ended.');
        return (await target.query(request.sql, request.params)).rows;
      }
      case 'exec': {
        const target = request.tx === undefined ? db : transactions.get(request.tx)?.tx;
        if (!target) throw new Error('The transaction has ended.');
        await target.exec(request.sql);
        return undefined;
      }
      case 'appendChain': {
        const written: Promise<ChainLink[]> = chainTail.then(() => {
          if (request.relearn) head.hash = head.seq = undefined;
          return writeChain(local, request.entries, request.evidence, head);
        });
        chainTail = written.catch(() => {});
        return written;
      }
      case 'copy':
        await db.exec(request.sql, { blob: new Blob([request.data]) });
        return undefined;
      case 'begin': {
        const id = nextTx++;
        // What COMMIT (or the rollback) came to, for the `commit`/`rollback` request to answer with.
        let settle!: (outcome: { error?: unknown }) => void;
        const done = new Promise<{ error?: unknown }>((resolve) => (settle = resolve));
        return new Promise<number>((opened, failed) => {
          let ended = false;
          db.transaction(async (tx) => {
            const commit = await new Promise<boolean>((end) => {
              transactions.set(id, { tx, end, done });
              opened(id);
            });
            if (!commit) throw new RollbackRequested();
          }).then(
            () => settle({}),
            (error: unknown) => {
              // BEGIN itself failed: the body never ran and no id was handed out.
              if (!transactions.has(id) && !ended) failed(error);
              settle(error instanceof RollbackRequested ? {} : { error });
            },
          );
          void done.then(() => {
            ended = true;
            transactions.delete(id);
          });
        });
      }
      case 'commit':
      case 'rollback': {
        const open = transactions.get(request.tx);
        if (!open) throw new Error('The transaction has ended.');
        open.end(request.op === 'commit');
        const { error } = await open.done;
        if (error !== undefined && request.op === 'commit') throw error;
        return undefined;
      }
      case 'close':
        await db.close();
        return undefined;
    }
  };

  port.on('message', (request: PgliteRequest) => {
    handle(request).then(
      (value) => send({ id: request.id, ok: true, value }),
      (error: unknown) => send({ id: request.id, ok: false, error: serialize(error) }),
    );
  });
  send({ id: 0, ok: true, value: 'ready' });
} catch (error) {
  send({ id: 0, ok: false, error: serialize(error) });
}
