import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../store/database.ts';
import { pgliteStorage, postgresStorage, type TestStorage } from '../testing/test-database.ts';
import { addHashListEntries, deleteHashList, removeHashListEntries } from './list-db.ts';
import { HashListIndex } from './list-index.ts';

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const at = '2026-12-01T00:00:00.000Z';
const entry = (pdq = hex(32), sha256 = hex(32)) => ({ id: hex(8), pdq, sha256, addedAt: at });

for (const kind of ['pglite', 'postgres'] as const)
  describe(`hash-list index on ${kind}`, () => {
    let storage: TestStorage | undefined;
    let db: Database;
    let index: HashListIndex;
    const add = (name: string, tenantId: string | null, entries: ReturnType<typeof entry>[]) =>
      db.transaction((tx) => addHashListEntries(tx, { name, tenantId, purpose: 'takedown', source: 'test', entries }));

    before(async () => {
      storage = kind === 'pglite' ? pgliteStorage() : await postgresStorage();
      if (!storage) return;
      db = await storage.open();
      index = new HashListIndex(db, { pollMs: 60_000 });
    });
    after(async () => {
      if (!storage) return;
      await index.close();
      await db.close();
      await storage.dispose();
    });

    it('rebuilds only the matcher of the owner whose lists changed, and every change is seen', async (t) => {
      if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
      await add(
        'operator',
        null,
        Array.from({ length: 200 }, () => entry()),
      );
      const tenantEntry = entry();
      await add('review-block', 'acme', [tenantEntry]);
      await add('review-block', 'globex', [entry()]);
      index.invalidate();
      const [operator, acme] = await index.matchersFor('acme');
      assert.equal(operator!.size, 200);
      assert.equal(acme!.size, 1);
      const [, globex] = await index.matchersFor('globex');

      const added = entry();
      await add('review-block', 'acme', [added]);
      index.invalidate();
      const [operator2, acme2] = await index.matchersFor('acme');
      assert.equal(operator2, operator, "the operator's matcher is kept");
      assert.equal((await index.matchersFor('globex'))[1], globex, "another tenant's matcher is kept");
      assert.notEqual(acme2, acme);
      assert.equal(acme2!.match({ sha256: added.sha256 }).length, 1, 'the new entry matches');

      const operatorAdded = entry();
      await add('operator', null, [operatorAdded]);
      index.invalidate();
      const [operator3, acme3] = await index.matchersFor('acme');
      assert.notEqual(operator3, operator);
      assert.equal(acme3, acme2);
      assert.equal(operator3!.match({ sha256: operatorAdded.sha256 }).length, 1);

      assert.equal(await removeHashListEntries(db, 'review-block', [tenantEntry.id], { tenantId: 'acme' }), 1);
      index.invalidate();
      assert.equal((await index.matchersFor('acme'))[1]!.match({ sha256: tenantEntry.sha256 }).length, 0, 'a removed entry no longer matches');

      assert.equal(await deleteHashList(db, 'review-block', { tenantId: 'acme' }), true);
      index.invalidate();
      assert.deepEqual(await index.matchersFor('acme'), [operator3], 'a deleted list is gone');
    });
  });
