import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from './main.ts';
import { memoryIO } from './cli-test-io.ts';
import { findApiKey, openMigratedDatabase } from '../src/index.ts';
import { pgliteStorage } from '../src/testing/test-database.ts';

test('keys create prints a working key once; log verify and export run; bad usage exits 2', async () => {
  const storage = pgliteStorage();
  try {
    const env = { CONSENTRY_DATA_DIR: storage.options.dataDir };
    const io = memoryIO('', env);
    assert.equal(await main(['keys', 'create', '--name', 'ci', '--scope', 'admin', '--tenant', 'acme'], io), 0, io.err());
    const key = io.out().trim();
    assert.match(key, /^csk_/);
    assert.match(io.err(), /admin key "ci" .* tenant "acme".*shown only this once/);

    const bad = memoryIO('', env);
    assert.equal(await main(['keys', 'create', '--name', 'x', '--scope', 'root'], bad), 2);
    assert.match(bad.err(), /--scope must be one of check, admin/);
    assert.equal(await main(['keys', 'create'], memoryIO('', env)), 2);

    const verify = memoryIO('', env);
    assert.equal(await main(['log', 'verify'], verify), 0);
    assert.match(verify.out(), /^ok: 0 entries verified/);
    const format = memoryIO('', env);
    assert.equal(await main(['log', 'export', '--format', 'xml'], format), 2);
    assert.match(format.err(), /--format must be one of jsonl, csv/);
    const csv = memoryIO('', env);
    assert.equal(await main(['log', 'export', '--format', 'csv'], csv), 0);
    assert.match(csv.out(), /^seq,id,tenant_id/);

    const db = await openMigratedDatabase(storage.options);
    try {
      const record = await findApiKey(db, key);
      assert.equal(record?.scope, 'admin');
      assert.equal(record?.tenantId, 'acme');
    } finally {
      await db.close();
    }
  } finally {
    await storage.dispose();
  }
});
