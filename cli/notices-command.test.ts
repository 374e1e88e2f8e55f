import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createDecisionLog, noticeServiceFor, readConfig, signIn } from '../src/internal.ts';
import { pgliteStorage, type TestStorage } from '../src/testing/test-database.ts';
import { memoryIO } from './cli-test-io.ts';
import { main } from './main.ts';

describe('consentry notices and reviewers', () => {
  let storage: TestStorage;
  let caseNumber = '';

  before(async () => {
    storage = pgliteStorage();
    const db = await storage.open();
    const log = createDecisionLog(db);
    const notices = noticeServiceFor({ db, log, config: readConfig({}, storage.options) });
    ({
      notice: { caseNumber },
    } = await notices.submit(
      {
        role: 'SUBJECT',
        minor: false,
        subjectDeclaration: true,
        nonConsentStatement: 'Not consented.',
        goodFaith: true,
        signature: 'A. P.',
        jurisdictions: ['IN'],
        hashes: [{ pdq: '9'.repeat(64) }],
      },
      { address: '192.0.2.1' },
    ));
    await log.close();
    await db.close();
  });
  after(() => storage.dispose());

  it('lists notices by deadline and shows one with its events', async () => {
    const io = memoryIO('', storage.env);
    assert.equal(await main(['notices', 'list'], io), 0, io.err());
    assert.match(io.out(), new RegExp(`${caseNumber}\\s+received\\s+due \\S+\\s+IN_IT_RULES`));
    const show = memoryIO('', storage.env);
    assert.equal(await main(['notices', 'show', caseNumber, '--json'], show), 0, show.err());
    const body = JSON.parse(show.out()) as { notice: { deadlineAt: string; receivedAt: string }; events: Array<{ action: string }> };
    assert.equal(Date.parse(body.notice.deadlineAt) - Date.parse(body.notice.receivedAt), 2 * 3_600_000, 'India: 2 hours');
    assert.deepEqual(
      body.events.map((e) => e.action),
      ['receive'],
    );
    const missing = memoryIO('', storage.env);
    assert.equal(await main(['notices', 'show', 'N-NOPE0-NOPE0'], missing), 2);
    assert.match(missing.err(), /notice_not_found/);
  });

  it('creates a reviewer whose password signs in, and refuses a duplicate or a short password', async () => {
    const io = memoryIO('a sufficiently long passphrase\n', storage.env);
    assert.equal(await main(['reviewers', 'create', '--name', 'rae', '--role', 'admin', '--tenant', 'acme', '--password-stdin'], io), 0, io.err());
    const generated = memoryIO('', storage.env);
    assert.equal(await main(['reviewers', 'create', '--name', 'sam', '--role', 'reviewer'], generated), 0, generated.err());
    const password = generated.out().trim();
    assert.ok(password.length >= 20);
    const dup = memoryIO('another long passphrase', storage.env);
    assert.equal(await main(['reviewers', 'create', '--name', 'rae', '--role', 'reviewer', '--password-stdin'], dup), 2);
    assert.match(dup.err(), /reviewer_exists/);
    const short = memoryIO('short', storage.env);
    assert.equal(await main(['reviewers', 'create', '--name', 'tim', '--role', 'reviewer', '--password-stdin'], short), 2);
    const db = await storage.open();
    try {
      const { session } = await signIn(db, 'sam', password);
      assert.equal(session.reviewer.role, 'reviewer');
      assert.equal(session.reviewer.tenantId, 'default');
      const { session: admin } = await signIn(db, 'rae', 'a sufficiently long passphrase');
      assert.equal(admin.reviewer.tenantId, 'acme');
      await assert.rejects(signIn(db, 'rae', 'wrong passphrase!!'), { code: 'unauthorized' });
      const stored = (await db.query<{ password_hash: string }>("SELECT password_hash FROM reviewers WHERE name = 'rae'")).rows[0]!.password_hash;
      assert.match(stored, /^scrypt\$131072\$8\$1\$/);
    } finally {
      await db.close();
    }
  });
});
