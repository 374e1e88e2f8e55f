// The embedded PGlite in the current thread as a `Database`. Kept out of database.ts so that the
// published declarations never name PGlite's types (a TypeScript consumer would need Emscripten's).
import type { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.ts';

type PGliteInstance = PGlite;

/** A PGlite instance in this thread as a `Database`; `close` ends it. */
export function pgliteDatabase(db: PGliteInstance, close: () => Promise<void>): Database {
  const wrap = (q: { query: PGliteInstance['query']; exec: PGliteInstance['exec'] }): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query<Row>(sql, params as unknown[]);
      return { rows: result.rows };
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    async copyFrom(sql: string, data: string) {
      await db.exec(sql, { blob: new Blob([data]) });
    },
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close,
  };
}
