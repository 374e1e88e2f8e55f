import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { decide } from '../policy/decide.ts';
import { STRICT_POLICY } from '../policy/builtin-policies.ts';
import { pgliteStorage, postgresStorage, storageTest, type TestStorage } from '../testing/test-database.ts';
import { createDecisionLog, ensureTenant, exportTenantLog, readTenantLog, tenantLogHead, verifyTenantLog, type Database, type NewLogEntry, type TenantLogEntry } from './index.ts';

function entry(tenantId: string): NewLogEntry {
  const decision = decide({ signals: [], unavailable: [], details: {} }, STRICT_POLICY);
  return { tenantId, kind: 'prompt', decision, signals: [], inputs: [{ role: 'prompt', sha256: 'ab'.repeat(32), length: 5 }] };
}

async function all(db: Database, tenantId: string, since?: Date): Promise<TenantLogEntry[]> {
  const out: TenantLogEntry[] = [];
  for await (const e of readTenantLog(db, tenantId, { since, pageSize: 2 })) out.push(e);
  return out;
}

for (const kind of ['pglite', 'postgres'] as const) {
  describe(`a tenant's view of the log on ${kind}`, () => {
    let storage: TestStorage | undefined;
    let db: Database;
    before(async () => {
      storage = kind === 'postgres' ? await postgresStorage() : pgliteStorage();
      if (!storage) return;
      db = await storage.open();
      for (const t of ['t1', 't2']) await ensureTenant(db, t);
    });
    after(async () => {
      await db?.close();
      await storage?.dispose();
    });
    const maybe = storageTest(() => storage);

    maybe("positions count the tenant's own entries only; the chain's seq and prev_hash never appear", async () => {
      const log = createDecisionLog(db);
      const a = await log.append(entry('t1'));
      for (let i = 0; i < 3; i++) await log.append(entry('t2'));
      const b = await log.append(entry('t1'));
      for (let i = 0; i < 5; i++) await log.append(entry('t2'));
      const c = await log.append(entry('t1'));
      try {
        assert.deepEqual(await tenantLogHead(db, 't1'), { position: 3, entryHash: c.entryHash, createdAt: c.createdAt });
        assert.equal(await tenantLogHead(db, 'nobody'), undefined);
        const entries = await all(db, 't1');
        assert.deepEqual(
          entries.map((e) => [e.position, e.id, e.entryHash]),
          [
            [1, a.id, a.entryHash],
            [2, b.id, b.entryHash],
            [3, c.id, c.entryHash],
          ],
        );
        for (const e of entries)
          assert.deepEqual(
            ['seq', 'prevHash', 'content'].filter((k) => k in e),
            [],
          );
        // From a date: the same positions as in the whole list.
        const since = new Date(b.createdAt);
        assert.deepEqual(
          (await all(db, 't1', since)).map((e) => e.position),
          entries.filter((e) => e.createdAt >= b.createdAt).map((e) => e.position),
        );
        assert.deepEqual(await all(db, 't1', new Date(Date.now() + 86_400_000)), []);
        let csv = '';
        for await (const chunk of exportTenantLog(db, 'csv', 't1')) csv += chunk;
        assert.match(csv, /^position,id,tenant_id,/);
        assert.doesNotMatch(csv, new RegExp(b.prevHash));

        const anchored = await verifyTenantLog(db, 't1', [
          { position: 1, entryHash: a.entryHash },
          { position: 3, entryHash: c.entryHash },
        ]);
        assert.deepEqual(anchored, { ok: true, entries: 3, head: { position: 3, entryHash: c.entryHash, createdAt: c.createdAt }, anchorsMatched: 2 });
        const wrong = await verifyTenantLog(db, 't1', [{ position: 2, entryHash: a.entryHash }]);
        assert.deepEqual([wrong.ok, wrong.firstBroken?.position, wrong.firstBroken?.id], [false, 2, b.id]);
        const beyond = await verifyTenantLog(db, 't1', [{ position: 4, entryHash: c.entryHash }]);
        assert.deepEqual([beyond.ok, beyond.firstBroken?.position], [false, 4]);
        assert.match(beyond.firstBroken!.reason, /position 4 is not in the log as an entry of this tenant/);
      } finally {
        await log.close();
      }
    });

    maybe("a broken entry of another tenant is placed among the tenant's own entries, with no seq or id; its own is named", async () => {
      const log = createDecisionLog(db);
      const first = (await all(db, 't1')).length;
      await log.append(entry('t1'));
      const foreign = await log.append(entry('t2'));
      const own = await log.append(entry('t1'));
      await db.exec('ALTER TABLE decision_log DISABLE TRIGGER decision_log_no_update_delete');
      try {
        await db.query(`UPDATE decision_log SET policy_version = 'x' WHERE id = $1`, [foreign.id]);
        const seen = await verifyTenantLog(db, 't1');
        assert.equal(seen.ok, false);
        assert.deepEqual(Object.keys(seen.firstBroken!), ['reason']);
        assert.match(seen.firstBroken!.reason, new RegExp(`altered \\(an entry of another tenant\\), after this tenant's entry at position ${first + 1}$`));
        assert.equal((await verifyTenantLog(db, 't2')).firstBroken?.id, foreign.id, 'its own tenant is told which entry');
        await db.query(`UPDATE decision_log SET policy_version = $2 WHERE id = $1`, [foreign.id, foreign.policyVersion]);
        await db.query(`UPDATE decision_log SET policy_version = 'x' WHERE id = $1`, [own.id]);
        const mine = await verifyTenantLog(db, 't1');
        assert.deepEqual([mine.ok, mine.firstBroken?.position, mine.firstBroken?.id], [false, first + 2, own.id]);
      } finally {
        await db.query('DELETE FROM evidence');
        await db.query('DELETE FROM decision_log');
        await db.exec('ALTER TABLE decision_log ENABLE TRIGGER decision_log_no_update_delete');
        await log.close();
      }
    });
  });
}
