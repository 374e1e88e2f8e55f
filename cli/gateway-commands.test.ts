import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from './main.ts';
import { memoryIO } from './cli-test-io.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDecisionLog, decide, findApiKey, openMigratedDatabase, STRICT_POLICY } from '../src/internal.ts';
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

test('keys list and revoke; log head lines serve as anchors for log verify', async () => {
  const storage = pgliteStorage();
  try {
    const env = { CONSENTRY_DATA_DIR: storage.options.dataDir };
    const run = async (args: string[]) => {
      const io = memoryIO('', env);
      const code = await main(args, io);
      return { code, out: io.out(), err: io.err() };
    };
    const created = JSON.parse((await run(['keys', 'create', '--name', 'app', '--tenant', 'acme', '--json'])).out);
    await run(['keys', 'create', '--name', 'ops', '--tenant', 'globex', '--scope', 'admin']);
    const acme = await run(['keys', 'list', '--tenant', 'acme']);
    assert.equal(acme.code, 0);
    assert.match(acme.out, new RegExp(`^${created.id}  ${created.prefix}…  check  tenant acme  600/min .* app\\n$`));
    assert.ok(!acme.out.includes(created.key));
    assert.equal(JSON.parse((await run(['keys', 'list', '--json'])).out).length, 2);

    const wrongTenant = await run(['keys', 'revoke', created.id, '--tenant', 'globex']);
    assert.equal(wrongTenant.code, 2);
    assert.match(wrongTenant.err, /No live key/);
    const revoked = await run(['keys', 'revoke', created.id]);
    assert.equal(revoked.code, 0, revoked.err);
    assert.match(revoked.err, /Revoked key "app"/);
    assert.equal((await run(['keys', 'list', '--tenant', 'acme'])).out, '');
    assert.match((await run(['keys', 'list', '--tenant', 'acme', '--revoked'])).out, /REVOKED/);
    assert.equal((await run(['keys', 'revoke'])).code, 2);

    const empty = await run(['log', 'head']);
    assert.equal(empty.code, 0);
    assert.match(empty.err, /empty/);
    const db = await openMigratedDatabase(storage.options);
    try {
      const log = createDecisionLog(db);
      const decision = decide({ signals: [], unavailable: [], details: {} }, STRICT_POLICY);
      for (let i = 0; i < 3; i++) await log.append({ tenantId: 'acme', kind: 'prompt', decision, signals: [], inputs: [] });
      await log.close();
    } finally {
      await db.close();
    }
    const head = await run(['log', 'head']);
    assert.match(head.out, /^\d+ [0-9a-f]{64} \d{4}-\d\d-\d\dT/);
    const anchors = join(storage.options.dataDir, 'anchors.txt');
    writeFileSync(anchors, `# anchors\n${head.out}`);
    const ok = await run(['log', 'verify', '--anchors', anchors]);
    assert.equal(ok.code, 0, ok.out);
    assert.match(ok.out, /^ok: 3 entries verified; chain head [0-9a-f]{64} \(seq \d+\); 1 anchor matched/);
    const [seq, hash] = head.out.split(' ');
    const future = await run(['log', 'verify', '--anchor', `${Number(seq) + 5}:${hash}`]);
    assert.equal(future.code, 1);
    assert.match(future.out, /BROKEN: entry seq \d+: the anchored entry .* removed from its end/);
    const malformed = await run(['log', 'verify', '--anchor', 'x:y']);
    assert.equal(malformed.code, 2);
    assert.match(malformed.err, /expected "SEQ HASH"/);
    assert.equal((await run(['log', 'verify', '--anchors', join(storage.options.dataDir, 'missing.txt')])).code, 2);

    // A tenant's anchors (positions among its entries, as /v1/log/head gives them) are checked with --tenant.
    const tenantHead = await run(['log', 'head', '--tenant', 'acme']);
    assert.match(tenantHead.out, /^3 [0-9a-f]{64} \d{4}-/);
    assert.equal(tenantHead.out.split(' ')[1], hash, "the tenant's newest entry is the chain's newest here");
    const tenantOk = await run(['log', 'verify', '--tenant', 'acme', '--anchor', `3:${hash}`]);
    assert.equal(tenantOk.code, 0, tenantOk.out);
    assert.match(tenantOk.out, /^ok: the chain verified; tenant acme has 3 entries; newest at position 3, hash [0-9a-f]{64}; 1 anchor matched/);
    const tenantWrong = await run(['log', 'verify', '--tenant', 'acme', '--anchor', `4:${hash}`]);
    assert.equal(tenantWrong.code, 1);
    assert.match(tenantWrong.out, /^BROKEN at the tenant's entry at position 4: the anchored entry at position 4 is not in the log as an entry of this tenant/);
    assert.match((await run(['log', 'head', '--tenant', 'globex'])).err, /no entries/);
  } finally {
    await storage.dispose();
  }
});
