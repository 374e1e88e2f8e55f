import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MemoryHashListStore } from '../hash/list-store.ts';
import { listModerationEvents, deriveStatus } from '../review/moderation-events.ts';
import { createDecisionLog, verifyLog, type DecisionLog } from '../store/decision-log.ts';
import type { Database } from '../store/database.ts';
import { pgliteStorage, postgresStorage, type TestStorage } from '../testing/test-database.ts';
import { createNoticeService, parseNoticeInput, type NoticeService } from './notice-service.ts';
import { computeRegimes } from './regimes.ts';

const PDQ = 'f'.repeat(16) + '0'.repeat(16) + 'a'.repeat(32);
const SHA = 'b'.repeat(64);

function notice(overrides: Record<string, unknown> = {}) {
  return {
    role: 'SUBJECT',
    minor: false,
    subjectDeclaration: true,
    nonConsentStatement: 'I never agreed to this picture being shared or altered.',
    goodFaith: true,
    signature: 'A. Person',
    jurisdictions: ['US', 'FR'],
    contact: 'person@example.org',
    hashes: [{ pdq: PDQ, sha256: SHA, md5: 'c'.repeat(32), quality: 90 }],
    ...overrides,
  };
}

describe('takedown regimes and deadlines', () => {
  it('takes the earliest deadline of the regimes a notice falls under', () => {
    assert.deepEqual(computeRegimes({ jurisdictions: ['US', 'FR'], category: 'NCII_SYNTHETIC', role: 'SUBJECT', minor: false }, 72), {
      regimes: ['DSA16', 'TIDA3'],
      deadlineHours: 48,
      deadlineSetBy: 'TIDA3',
      reportingDuty: false,
    });
    assert.equal(computeRegimes({ jurisdictions: ['IN', 'GB'], category: 'NCII_REAL', role: 'SUBJECT', minor: false }, 24).deadlineHours, 2);
    assert.equal(computeRegimes({ jurisdictions: ['AU'], category: 'NCII_REAL', role: 'THIRD_PARTY', minor: false }, 36).deadlineHours, 24);
    // DSA alone: "without undue delay", met by the operator's target.
    const dsa = computeRegimes({ jurisdictions: ['DE'], category: 'NCII_REAL', role: 'SUBJECT', minor: false }, 12);
    assert.deepEqual([dsa.regimes, dsa.deadlineHours, dsa.deadlineSetBy], [['DSA16'], 12, undefined]);
  });

  it('applies the US and UK regimes only to the person depicted or their agent', () => {
    assert.deepEqual(computeRegimes({ jurisdictions: ['US', 'GB'], category: 'NCII_REAL', role: 'THIRD_PARTY', minor: false }, 24).regimes, []);
    assert.deepEqual(computeRegimes({ jurisdictions: ['US', 'GB'], category: 'NCII_REAL', role: 'AUTHORISED_AGENT', minor: false }, 24).regimes, ['TIDA3', 'UK_OSA_20A']);
  });

  it('flags the reporting duty for a possible minor', () => {
    assert.equal(computeRegimes({ jurisdictions: ['US'], category: 'OTHER', role: 'THIRD_PARTY', minor: true }, 24).reportingDuty, true);
  });

  it('refuses a notice without the statements the law asks for, naming the field', () => {
    assert.throws(() => parseNoticeInput(notice({ goodFaith: false })), /goodFaith/);
    assert.throws(() => parseNoticeInput(notice({ signature: '  ' })), /signature/);
    assert.throws(() => parseNoticeInput(notice({ hashes: [{ pdq: 'xyz' }] })), /hashes\[0\]\.pdq/);
    assert.throws(() => parseNoticeInput(notice({ jurisdictions: ['USA'] })), /jurisdictions/);
    assert.throws(() => parseNoticeInput(notice({ role: 'SUBJECT', subjectDeclaration: false })), /subjectDeclaration/);
    assert.doesNotThrow(() => parseNoticeInput(notice({ contact: undefined, minor: true, role: 'THIRD_PARTY', subjectDeclaration: false })));
  });

  it('derives a notice status from its events; a withdrawal is final', () => {
    assert.equal(deriveStatus('notice', ['receive', 'escalate', 'accept']), 'accepted');
    assert.equal(deriveStatus('notice', ['receive', 'withdraw', 'accept']), 'withdrawn');
    assert.equal(deriveStatus('decision', []), 'open');
    assert.equal(deriveStatus('appeal', ['appeal', 'escalate', 'overturn']), 'overturned');
  });
});

for (const kind of ['pglite', 'postgres'] as const)
  describe(`notice service on ${kind}`, () => {
    let storage: TestStorage | undefined;
    let db: Database;
    let log: DecisionLog;
    let lists: MemoryHashListStore;
    let service: NoticeService;
    let clock = new Date('2026-12-01T10:00:00Z');
    const hooks: Array<Record<string, unknown>> = [];

    before(async () => {
      storage = kind === 'pglite' ? pgliteStorage() : await postgresStorage();
      if (!storage) return;
      db = await storage.open();
      log = createDecisionLog(db);
      lists = new MemoryHashListStore();
      const fakeFetch = (async (_url: string, init: { body: string }) => {
        hooks.push(JSON.parse(init.body) as Record<string, unknown>);
        return new Response('ok');
      }) as unknown as typeof fetch;
      service = createNoticeService({ db, log, lists, targetHours: 24, intakePerHour: 5, webhookUrl: 'http://hooks.invalid/x', fetch: fakeFetch, now: () => clock });
    });
    after(async () => {
      if (!storage) return;
      await log.close();
      await db.close();
      await storage.dispose();
    });

    it('files a notice: case number, secret stored only as a hash, regimes, deadline, receipt', async (t) => {
      if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
      const { notice: n, secret } = await service.submit(notice(), { address: '203.0.113.1' });
      assert.match(n.caseNumber, /^N-[2-9A-Z]{5}-[2-9A-Z]{5}$/);
      assert.deepEqual(n.regimes, ['DSA16', 'TIDA3']);
      // TAKE IT DOWN allows 48 h; the operator's 24 h target for the DSA is sooner.
      assert.equal(n.deadlineAt, '2026-12-02T10:00:00.000Z');
      assert.equal(n.receiptConfirmedAt, n.receivedAt);
      assert.equal(n.status, 'received');
      assert.equal(n.hashCount, 1);
      const stored = JSON.stringify((await db.query('SELECT * FROM notices')).rows);
      assert.ok(!stored.includes(secret), 'the secret is not stored');
      assert.equal((await service.statusFor(n.caseNumber, secret)).status, 'received');
      assert.equal((await service.statusFor(n.caseNumber.toLowerCase(), secret)).caseNumber, n.caseNumber, 'case numbers are read in any case');
      await assert.rejects(service.statusFor(n.caseNumber, 'wrong'), { code: 'notice_not_found' });
      assert.equal(hooks.at(-1)!.type, 'notice.received');
      // An adult's hashes wait for a decision.
      assert.deepEqual(await lists.names(), []);
    });

    it('moves status and deadline timers as a notice is handled; events are in the chained log', async (t) => {
      if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
      const { notice: n, secret } = await service.submit(notice({ jurisdictions: ['GB'] }), { address: '203.0.113.2' });
      assert.equal(n.deadlineAt, new Date(clock.getTime() + 24 * 3_600_000).toISOString());
      clock = new Date(clock.getTime() + 23.5 * 3_600_000);
      let timers = await service.timers();
      assert.ok(timers.dueSoon.some((x) => x.caseNumber === n.caseNumber));
      assert.equal(await service.notifyTimers(), timers.dueSoon.length + timers.overdue.length);
      assert.equal(await service.notifyTimers(), 0, 'each notice is announced once');
      clock = new Date(clock.getTime() + 3_600_000);
      timers = await service.timers();
      assert.ok(timers.overdue.some((x) => x.caseNumber === n.caseNumber));
      await service.act({ tenantId: 'default', caseNumber: n.caseNumber, action: 'escalate', reason: 'Needs a second look.', actor: 'operator' });
      const { notice: accepted } = await service.act({ tenantId: 'default', caseNumber: n.caseNumber, action: 'accept', reason: 'The person depicted; intimate image.', actor: 'operator' });
      assert.equal(accepted.status, 'accepted');
      assert.equal(accepted.outcome, 'REMOVED');
      assert.ok(!(await service.timers()).overdue.some((x) => x.caseNumber === n.caseNumber));
      const list = await lists.get('takedown');
      assert.equal(list?.purpose, 'ncii');
      assert.ok(list!.entries.some((e) => e.pdq === PDQ && e.sha256 === SHA));
      assert.equal((await service.statusFor(n.caseNumber, secret)).outcome, 'REMOVED');
      const events = await service.events('default', n.caseNumber);
      assert.deepEqual(
        events.map((e) => e.action),
        ['receive', 'escalate', 'accept'],
      );
      for (const e of events) {
        const entry = await log.get(e.logId, 'default');
        assert.equal(entry?.kind, 'moderation');
        assert.equal((entry!.decision as unknown as { moderation: { eventId: string } }).moderation.eventId, e.id);
      }
      assert.equal((await verifyLog(db)).ok, true);
      await assert.rejects(db.query('UPDATE moderation_events SET reason = $1', ['x']), /append-only/);
    });

    it('withdrawal removes the hashes from every list at once and erases contact details', async (t) => {
      if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
      const { notice: n, secret } = await service.submit(notice({ hashes: [{ pdq: 'e'.repeat(64) }, { pdq: 'd'.repeat(64) }] }), { address: '203.0.113.3' });
      await service.act({ tenantId: 'default', caseNumber: n.caseNumber, action: 'accept', reason: 'Valid.', actor: 'operator' });
      await service.addHashes(n.caseNumber, secret, [{ pdq: '1'.repeat(64) }]);
      assert.equal((await service.addHashes(n.caseNumber, secret, [{ pdq: '1'.repeat(64) }, { pdq: 'e'.repeat(64) }])).hashCount, 3, 'hashes already held are not added again');
      // Someone copied an entry to another list: withdrawal reaches it there too.
      const takedown = (await lists.get('takedown'))!;
      const mine = takedown.entries.filter((e) => e.id.includes(n.caseNumber));
      assert.equal(mine.length, 3);
      await lists.put({ ...takedown, name: 'copy', entries: mine.slice(0, 1) });
      const view = await service.withdraw(n.caseNumber, secret);
      assert.equal(view.status, 'withdrawn');
      assert.equal(view.hashCount, 0);
      for (const name of await lists.names()) assert.ok(!(await lists.get(name))!.entries.some((e) => e.id.includes(n.caseNumber)), name);
      assert.equal((await service.get('default', n.caseNumber)).contact, null);
      await assert.rejects(service.act({ tenantId: 'default', caseNumber: n.caseNumber, action: 'accept', reason: 'x', actor: 'operator' }), { code: 'moderation_conflict' });
    });

    it('routes a possible minor to a csam list at once, flags reporting, needs no contact', async (t) => {
      if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
      const { notice: n } = await service.submit(notice({ minor: true, role: 'THIRD_PARTY', subjectDeclaration: false, contact: undefined, hashes: [{ pdq: '2'.repeat(64) }] }), {
        address: '203.0.113.4',
      });
      assert.equal(n.reportingDuty, true);
      assert.equal(n.category, 'CSAM');
      const csam = await lists.get('takedown-csam');
      assert.equal(csam?.purpose, 'csam');
      assert.ok(csam!.entries.some((e) => e.pdq === '2'.repeat(64)));
    });

    it('lists known identical copies already in the log', async (t) => {
      if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
      const { notice: n } = await service.submit(notice({ hashes: [{ pdq: PDQ, sha256: 'a'.repeat(64) }] }), { address: '203.0.113.5' });
      const { id } = await log.append({
        tenantId: 'default',
        kind: 'image',
        signals: [],
        parentId: undefined,
        inputs: [{ role: 'input', sha256: 'a'.repeat(64), pdq: null }],
        decision: { verdict: 'allow', categories: [], rules: [], reasons: [], legalBasis: [], policy: { id: 'strict', version: '1' }, jurisdiction: 'INTL', unavailable: [] },
      });
      const copies = await service.loggedCopies('default', n.caseNumber);
      assert.deepEqual(
        copies.map((c) => [c.decisionId, c.match]),
        [[id, 'sha256']],
      );
    });

    it('limits intake per address', async (t) => {
      if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
      for (let i = 0; i < 5; i++) await service.submit(notice(), { address: '198.51.100.7' }).catch(() => undefined);
      await assert.rejects(service.submit(notice(), { address: '198.51.100.7' }), { code: 'notice_rate_limited' });
      assert.equal((await listModerationEvents(db, 'default', 'notice', '00000000-0000-0000-0000-000000000000')).length, 0);
    });
  });
