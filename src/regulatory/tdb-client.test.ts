import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createDecisionLog, ensureTenant, type Database, type DecisionLog } from '../store/index.ts';
import { pgliteStorage, postgresStorage, storageTest, type TestStorage } from '../testing/test-database.ts';
import { buildTdbStatement, createTdbClient, getSubmission, submissionCounts, submitStatements, TdbError, type Restriction, type RestrictionSource, type TdbStatement } from './index.ts';
import { startTdbStandIn, type TdbStandIn } from '../testing/tdb-stand-in.ts';

const TOKEN = 'test-token';
const noSleep = async () => {};

/** An account measure reported by the operator. */
function accountRestriction(sourceId: string, tenantId = 'default'): Restriction {
  return {
    kind: 'account',
    sourceKind: 'account',
    sourceId,
    tenantId,
    contentAt: '2026-11-01T10:00:00.000Z',
    appliedAt: '2026-11-02T10:00:00.000Z',
    endsAt: '2027-05-02T10:00:00.000Z',
    sourceType: 'voluntary',
    categories: ['real_person', 'undress'],
    legalClasses: ['C1_REAL_ADULT_SEXUAL'],
    legalBasis: [],
    jurisdiction: 'FR',
    rules: ['floor.real_person_sexualised'],
    checkUnavailable: false,
    knownImage: false,
    automatedDetection: true,
    automatedDecision: 'partially',
    account: 'suspended',
  };
}

/** `n` account measures (a fixture source behind the interface). */
function accountSource(n: number, prefix: string): RestrictionSource {
  const restrictions = Array.from({ length: n }, (_, i) => accountRestriction(`${prefix}-${i}`));
  return {
    name: 'fixture-accounts',
    async *restrictions() {
      yield* restrictions;
    },
    notices: async function* () {},
    appeals: async function* () {},
  };
}

describe('the stand-in Transparency Database rejects what the real one would', () => {
  let tdb: TdbStandIn;
  before(async () => (tdb = await startTdbStandIn(TOKEN)));
  after(() => tdb.close());
  const statement = (puid: string): TdbStatement => buildTdbStatement(accountRestriction(puid));

  test('a bad token is a 401, which the client reports as tdb_unauthorized', async () => {
    const client = createTdbClient({ url: tdb.url, token: 'wrong', sleep: noSleep });
    await assert.rejects(client.postBatch([statement('a')]), (e: unknown) => e instanceof TdbError && e.code === 'tdb_unauthorized');
  });

  test('a batch of 101 is refused whole; the client never sends one', async () => {
    const body = { statements: Array.from({ length: 101 }, (_, i) => statement(`big-${i}`)) };
    const response = await fetch(`${tdb.url}statements`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal(response.status, 422);
    assert.equal(tdb.stored.size, 0);
    const client = createTdbClient({ url: tdb.url, token: TOKEN, sleep: noSleep });
    await assert.rejects(client.postBatch(body.statements), RangeError);
  });

  test('one invalid statement rejects the batch (all or nothing); the client rejects it alone and resends the others', async () => {
    const client = createTdbClient({ url: tdb.url, token: TOKEN, sleep: noSleep });
    const bad = { ...statement('mixed-1'), category: 'STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT' } as unknown as TdbStatement;
    const result = await client.postBatch([statement('mixed-0'), bad, statement('mixed-2')]);
    assert.equal(result.httpStatus, 422);
    assert.deepEqual(
      result.outcomes.map((o) => o.status),
      ['retry', 'rejected', 'retry'],
    );
    assert.ok(!tdb.stored.has('mixed-0'), 'nothing of a refused batch is stored');
    const outcome = result.outcomes[1]!;
    assert.ok(outcome.status === 'rejected' && outcome.errors.category);
  });

  test('a duplicate puid is answered 422 with the existing statement, which the client counts as done', async () => {
    const client = createTdbClient({ url: tdb.url, token: TOKEN, sleep: noSleep });
    const first = await client.postBatch([statement('dup-0')]);
    assert.equal(first.outcomes[0]!.status, 'submitted');
    const again = await client.postBatch([statement('dup-0')]);
    assert.equal(again.httpStatus, 422);
    assert.deepEqual(again.outcomes[0], { puid: statement('dup-0').puid, status: 'existing', uuid: tdb.stored.get(statement('dup-0').puid)!.uuid });
  });
});

for (const kind of ['pglite', 'postgres'] as const) {
  describe(`submitting statements on ${kind}`, () => {
    let storage: TestStorage | undefined;
    let db: Database;
    let log: DecisionLog;
    let tdb: TdbStandIn;
    before(async () => {
      storage = kind === 'pglite' ? pgliteStorage() : await postgresStorage();
      tdb = await startTdbStandIn(TOKEN);
      if (!storage) return;
      db = await storage.open();
      await ensureTenant(db, 'default');
      log = createDecisionLog(db);
    });
    after(async () => {
      await tdb.close();
      await log?.close();
      await db?.close();
      await storage?.dispose();
    });
    beforeEach(() => {
      tdb.requests.length = 0;
      tdb.failNext.length = 0;
    });
    const maybe = storageTest(() => storage);
    const config = () => ({ tdbUrl: tdb.url, tdbToken: TOKEN, statementsIncludeRefusals: false });

    maybe('without an endpoint and token nothing is sent (tdb_not_configured)', async () => {
      await assert.rejects(submitStatements(db, { statementsIncludeRefusals: false }, { source: accountSource(1, 'nc') }), (e: unknown) => e instanceof TdbError && e.code === 'tdb_not_configured');
    });

    maybe('250 statements go in batches of at most 100, each logged with its uuid', async () => {
      const { registered, submitted } = await submitStatements(db, config(), { source: accountSource(250, 'batch'), client: { sleep: noSleep } });
      assert.equal(registered.added, 250);
      assert.deepEqual(
        tdb.requests.map((r) => [r.size, r.status]),
        [
          [100, 201],
          [100, 201],
          [50, 201],
        ],
      );
      assert.deepEqual({ ...submitted }, { requests: 3, submitted: 250, existing: 0, rejected: 0, pending: 0 });
      const s = (await getSubmission(db, 'csy-acc-batch-7'))!;
      assert.equal(s.status, 'submitted');
      assert.equal(s.uuid, tdb.stored.get('csy-acc-batch-7')!.uuid);
      assert.equal(s.attempts, 1);
      // The TDB got the statement exactly as registered.
      assert.equal(tdb.stored.get('csy-acc-batch-7')!.statement.decision_account, 'DECISION_ACCOUNT_SUSPENDED');
      // Nothing pending: a second run sends nothing.
      const again = await submitStatements(db, config(), { source: accountSource(250, 'batch'), client: { sleep: noSleep } });
      assert.equal(again.submitted.requests, 0);
    });

    maybe('an outage is retried with backoff; statements stay pending after the last try and go on the next run', async () => {
      const delays: number[] = [];
      tdb.failNext.push(503, 429, 500);
      const first = await submitStatements(db, config(), { source: accountSource(3, 'outage'), client: { maxAttempts: 3, baseDelayMs: 100, sleep: async (ms) => void delays.push(ms) } });
      assert.deepEqual({ ...first.submitted }, { requests: 3, submitted: 0, existing: 0, rejected: 0, pending: 3 });
      assert.equal(delays.length, 2);
      assert.ok(delays[1]! > delays[0]! * 0.99 || delays[1]! >= 100, `backoff grows: ${delays}`);
      const pending = (await getSubmission(db, 'csy-acc-outage-0'))!;
      assert.deepEqual([pending.status, pending.attempts, pending.httpStatus], ['pending', 3, 500]);
      tdb.failNext.push(503);
      const second = await submitStatements(db, config(), { source: accountSource(3, 'outage'), client: { sleep: noSleep } });
      assert.deepEqual({ ...second.submitted }, { requests: 2, submitted: 3, existing: 0, rejected: 0, pending: 0 });
      assert.equal((await getSubmission(db, 'csy-acc-outage-0'))!.attempts, 5);
    });

    maybe('a puid the TDB already has (sent by the webform, or a lost answer) is done, with its uuid', async () => {
      const uuid = '11111111-2222-3333-4444-555555555555';
      tdb.stored.set('csy-acc-known-1', { uuid, statement: {} });
      const { submitted } = await submitStatements(db, config(), { source: accountSource(3, 'known'), client: { sleep: noSleep } });
      // The first request is refused whole (422); the duplicate is done, the other two go again and are stored.
      assert.deepEqual(
        tdb.requests.map((r) => [r.size, r.status]),
        [
          [3, 422],
          [2, 201],
        ],
      );
      assert.deepEqual({ ...submitted }, { requests: 2, submitted: 2, existing: 1, rejected: 0, pending: 0 });
      const known = (await getSubmission(db, 'csy-acc-known-1'))!;
      assert.deepEqual([known.status, known.uuid], ['existing', uuid]);
    });

    maybe('a statement the TDB refuses is rejected with its errors and never resent; the log keeps the count', async () => {
      tdb.stored.clear();
      await db.query(
        "INSERT INTO statements (puid, tenant_id, source_kind, source_id, restriction_kind, decided_at, tdb) VALUES ('csy-acc-hand', 'default', 'account', 'hand', 'account', now(), $1)",
        [JSON.stringify({ ...buildTdbStatement(accountRestriction('hand')), puid: 'csy-acc-hand', category: 'STATEMENT_CATEGORY_UNKNOWN' })],
      );
      await db.query("INSERT INTO tdb_submissions (puid, status) VALUES ('csy-acc-hand', 'pending')");
      const { submitted } = await submitStatements(db, config(), { source: accountSource(0, 'none'), client: { sleep: noSleep } });
      // Our own validator catches it first: it is never sent.
      assert.equal(submitted.rejected, 1);
      assert.equal(tdb.requests.length, 0);
      const s = (await getSubmission(db, 'csy-acc-hand'))!;
      assert.equal(s.status, 'rejected');
      assert.match(s.lastError!, /not sent, invalid/);
      assert.deepEqual(await submissionCounts(db), { pending: 0, submitted: 255, existing: 1, rejected: 1 });
    });
  });
}
