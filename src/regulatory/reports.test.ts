import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from '../audit/csv.ts';
import { templateSheets, TRANSPARENCY_REPORTERS } from '../report/transparency-reporters.ts';
import { createDecisionLog, ensureTenant, logHead, type Database, type DecisionLog } from '../store/index.ts';
import { pgliteStorage, postgresStorage, storageTest, superuserClient, type TestStorage } from '../testing/test-database.ts';
import { buildTdbStatement, buildTransparencyReport, exportRecords, portalSource, registerStatements, regulatorySource, renderRecords, validateTdbStatement, type Restriction } from './index.ts';
import { recordModerationEvent } from '../review/moderation-events.ts';
import { recordDecisions, type RecordedDecisions } from './decisions.fixture.ts';

// The columns of the portal's tables (branch `portal`, 20261201110000_notices_review.sql) that the
// portal source reads; created here only when that migration is not installed.
const PORTAL_TABLES = `
CREATE TABLE IF NOT EXISTS notices (
  id uuid PRIMARY KEY, case_number text NOT NULL UNIQUE, tenant_id text NOT NULL, secret_hash text, channel text, regimes text[], jurisdictions text[] NOT NULL,
  alleged_category text NOT NULL, minor boolean NOT NULL, reporting_duty boolean, notifier_role text NOT NULL, subject_declaration boolean,
  non_consent_statement text, good_faith boolean, signature text, signed_at timestamptz, language text NOT NULL DEFAULT 'en', received_at timestamptz NOT NULL,
  receipt_confirmed_at timestamptz, deadline_at timestamptz, status text NOT NULL, outcome text, decided_at timestamptz);
CREATE TABLE IF NOT EXISTS decision_reviews (decision_id uuid PRIMARY KEY, tenant_id text NOT NULL, status text NOT NULL, updated_at timestamptz NOT NULL);
CREATE TABLE IF NOT EXISTS appeals (
  id uuid PRIMARY KEY, case_number text NOT NULL UNIQUE, tenant_id text NOT NULL, decision_id uuid NOT NULL, statement text NOT NULL,
  created_at timestamptz NOT NULL, status text NOT NULL, decided_at timestamptz);`;

const NOTICE_ID = '0b9e4c1e-5f7a-4d2b-9c3e-000000000001';
const TF_NOTICE_ID = '0b9e4c1e-5f7a-4d2b-9c3e-000000000002';
const REJECTED_NOTICE_ID = '0b9e4c1e-5f7a-4d2b-9c3e-000000000003';
const APPEAL_ID = '0b9e4c1e-5f7a-4d2b-9c3e-0000000000a1';

for (const kind of ['pglite', 'postgres'] as const) {
  describe(`transparency report and records on ${kind}`, () => {
    let storage: TestStorage | undefined;
    let db: Database;
    let log: DecisionLog;
    let recorded: RecordedDecisions;
    const from = new Date(Date.now() - 86_400_000);
    const to = new Date(Date.now() + 86_400_000);
    before(async () => {
      storage = kind === 'pglite' ? pgliteStorage() : await postgresStorage();
      if (!storage) return;
      db = await storage.open();
      await ensureTenant(db, 'default');
      log = createDecisionLog(db);
      recorded = await recordDecisions(log);
      await db.exec(PORTAL_TABLES);
      const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
      // Every column the portal's migration requires, so this also runs on its real tables once merged.
      const notice = `INSERT INTO notices (id, case_number, tenant_id, alleged_category, minor, notifier_role, jurisdictions, language, received_at, status, outcome,
        decided_at, secret_hash, channel, regimes, reporting_duty, subject_declaration, non_consent_statement, good_faith, signature, signed_at, receipt_confirmed_at,
        deadline_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12, 'x', 'web_form', '{DSA_ART16}', $5, true, 'I did not consent.', true, 'signed', $9, $9, $12)`;
      await db.query(notice, [NOTICE_ID, 'N-2026-000001', 'default', 'NCII_SYNTHETIC', false, 'SUBJECT', ['FR'], 'fr', hoursAgo(10), 'accepted', 'REMOVED', hoursAgo(4)]);
      await db.query(notice, [TF_NOTICE_ID, 'N-2026-000002', 'default', 'CSAM', true, 'TRUSTED_FLAGGER', ['EU'], 'en', hoursAgo(3), 'accepted', 'REMOVED', hoursAgo(2)]);
      await db.query(notice, [REJECTED_NOTICE_ID, 'N-2026-000003', 'default', 'OTHER', false, 'THIRD_PARTY', ['DE'], 'de', hoursAgo(5), 'rejected', 'NO_ACTION', hoursAgo(1)]);
      await db.query('INSERT INTO appeals (id, case_number, tenant_id, decision_id, created_at, status, decided_at, statement) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)', [
        APPEAL_ID,
        'A-2026-000001',
        'default',
        recorded.uploadRealPerson.id,
        hoursAgo(6),
        'overturned',
        hoursAgo(3),
        'It was my own photo.',
      ]);
      await db.query('INSERT INTO appeals (id, case_number, tenant_id, decision_id, created_at, status, decided_at, statement) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)', [
        '0b9e4c1e-5f7a-4d2b-9c3e-0000000000a2',
        'A-2026-000002',
        'default',
        recorded.editMinor.id,
        hoursAgo(2),
        'open',
        null,
        'I consented to none of it.',
      ]);
    });
    after(async () => {
      await log?.close();
      await db?.close();
      await storage?.dispose();
    });
    const maybe = storageTest(() => storage);

    maybe('the portal source gives takedowns for notices decided REMOVED, with their source type and language', async () => {
      const takedowns: Restriction[] = [];
      for await (const r of portalSource(db).restrictions({})) takedowns.push(r);
      assert.deepEqual(
        takedowns.map((r) => [r.sourceId, r.sourceType, r.caseNumber]),
        [
          [NOTICE_ID, 'article_16', 'N-2026-000001'],
          [TF_NOTICE_ID, 'trusted_flagger', 'N-2026-000002'],
        ],
      );
      const [ncii, csam] = takedowns.map((r) => buildTdbStatement(r));
      assert.deepEqual(validateTdbStatement(ncii), {});
      assert.deepEqual(validateTdbStatement(csam), {});
      assert.equal(ncii!.source_type, 'SOURCE_ARTICLE_16');
      assert.deepEqual(ncii!.decision_visibility, ['DECISION_VISIBILITY_CONTENT_REMOVED']);
      assert.equal(ncii!.automated_decision, 'AUTOMATED_DECISION_NOT_AUTOMATED');
      assert.deepEqual(ncii!.category_specification, ['KEYWORD_NON_CONSENSUAL_IMAGE_SHARING']);
      assert.equal(csam!.category, 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS');
      assert.deepEqual(csam!.category_specification, ['KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL']);
      assert.equal(csam!.source_type, 'SOURCE_TRUSTED_FLAGGER');
      assert.equal(takedowns[0]!.language, 'fr');
    });

    maybe('the report counts restrictions, notices and appeals of the period, by category and jurisdiction', async () => {
      const report = await buildTransparencyReport(regulatorySource(db), { from, to, service: 'Test service' });
      // 4 from the log (refusals excluded) + 2 takedowns.
      assert.equal(report.restrictions, 6);
      assert.equal(report.refusals, 0);
      assert.deepEqual(report.byCategory, { STATEMENT_CATEGORY_CYBER_VIOLENCE: 3, STATEMENT_CATEGORY_PROTECTION_OF_MINORS: 2, STATEMENT_CATEGORY_OTHER_VIOLATION_TC: 1 });
      assert.deepEqual(report.byJurisdiction, { EU: 2, FR: 3, UK: 1 });
      assert.deepEqual([report.automated.k, report.automated.n], [4, 6]);
      assert.deepEqual(
        report.ownInitiativeIllegal.map((c) => [c.category, c.measures, c.solelyAutomated, c.visibilityDisable]),
        [
          ['STATEMENT_CATEGORY_CYBER_VIOLENCE', 2, 2, 2],
          ['STATEMENT_CATEGORY_PROTECTION_OF_MINORS', 1, 1, 1],
        ],
      );
      assert.deepEqual(
        report.ownInitiativeTerms.map((c) => [c.category, c.measures]),
        [['STATEMENT_CATEGORY_OTHER_VIOLATION_TC', 1]],
      );
      const notices = Object.fromEntries(report.notices.map((n) => [n.category, n]));
      assert.equal(notices.STATEMENT_CATEGORY_CYBER_VIOLENCE!.medianHoursToAction, 6);
      assert.equal(notices.STATEMENT_CATEGORY_PROTECTION_OF_MINORS!.trustedFlagger, 1);
      assert.equal(notices.STATEMENT_CATEGORY_PROTECTION_OF_MINORS!.medianHoursToActionTrustedFlagger, 1);
      assert.equal(notices.STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE!.actionsLaw, 0);
      assert.deepEqual({ ...report.appeals, reversalShare: undefined }, { received: 2, decided: 1, upheld: 0, reversed: 1, open: 1, medianHoursToDecision: 3, reversalShare: undefined });
      const withRefusals = await buildTransparencyReport(regulatorySource(db, { includeRefusals: true }), { from, to });
      assert.equal(withRefusals.refusals, 2);
      // A period with nothing in it.
      const empty = await buildTransparencyReport(regulatorySource(db), { from: new Date('2020-01-01'), to: new Date('2020-02-01') });
      assert.deepEqual([empty.restrictions, empty.automated.p, empty.medianHoursToAction, empty.appeals.received], [0, null, null, 0]);
    });

    maybe('the template sheets are RFC 4180 CSV with the template column names', async () => {
      const report = await buildTransparencyReport(regulatorySource(db), { from, to, service: 'Test, "quoted" service' });
      const sheets = templateSheets(report);
      for (const [name, text] of Object.entries(sheets)) {
        assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text), `${name} has CRLF line ends`);
        const rows = parseCsv(text);
        assert.ok(
          rows.every((r) => r.length === rows[0]!.length),
          `${name}: every row has the header's width`,
        );
      }
      const own = parseCsv(sheets['5_own_initiative_illegal']);
      assert.deepEqual(own[0]!.slice(0, 6), [
        'Applicability',
        'Service',
        'Reporting period',
        'Category',
        "Number of measures taken at the provider's own initiative",
        'Number of measures taken after detection with solely automated means',
      ]);
      assert.equal(own[1]![1], 'Test, "quoted" service');
      const notices = parseCsv(sheets['4_notices']);
      assert.ok(notices[0]!.includes('Median time to take action'));
      assert.ok(parseCsv(sheets['8_automated_means']).some((r) => r[1]!.startsWith('prompt-screener')));
      assert.equal(TRANSPARENCY_REPORTERS.csv!.files(report).length, 5);
      const html = TRANSPARENCY_REPORTERS.html!.render(report);
      // Self-contained: no script, and no address but the SVG namespace.
      assert.ok(html.includes('<svg') && !html.includes('<script'));
      assert.deepEqual([...new Set(html.match(/https?:\/\/[^"\s<]+/g))], ['http://www.w3.org/2000/svg']);
    });

    maybe('records of a statement: the entry, its output check, its proof and the anchor covering it', async () => {
      await registerStatements(db, regulatorySource(db), {});
      const head = (await logHead(db))!;
      const data = await exportRecords(db, { statement: `csy-dec-${recorded.editMinor.id}` }, { anchors: [{ seq: head.seq, entryHash: head.entryHash }] });
      assert.deepEqual(
        data.records.map((r) => r.entry.id),
        [recorded.editMinor.id, recorded.outputOfEdit.id],
      );
      for (const { proof, entry } of data.records) {
        assert.ok(proof.hashMatches && proof.linkMatches, `proof of ${entry.seq}`);
        assert.deepEqual(proof.anchor, { seq: head.seq, entryHash: head.entryHash });
        assert.equal(proof.predecessor!.seq, entry.seq - 1);
      }
      assert.equal(data.chain.ok, true);
      assert.equal(data.chain.anchorsMatched, 1);
      assert.equal(data.statements[0]!.submission!.status, 'pending');
      const html = renderRecords(data, 'html');
      assert.match(html, /recomputed hash matches<\/td><td>yes/);
      assert.match(html, new RegExp(head.entryHash));
    });

    maybe('records of a case (an appeal), of a notice, and of a person by the hash of their photo', async () => {
      const appeal = await exportRecords(db, { case: 'A-2026-000001' });
      assert.deepEqual(
        appeal.subjects.map((s) => s.kind),
        ['appeal'],
      );
      assert.deepEqual(
        appeal.records.map((r) => r.entry.id),
        [recorded.uploadRealPerson.id],
      );
      const notice = await exportRecords(db, { notice: 'N-2026-000001' });
      assert.deepEqual(notice.subjects, [{ kind: 'notice', id: NOTICE_ID, caseNumber: 'N-2026-000001' }]);
      assert.ok(notice.statements.some((s) => s.sourceId === NOTICE_ID && s.tdb.source_type === 'SOURCE_ARTICLE_16'));
      const person = await exportRecords(db, { person: 'c3'.repeat(32) });
      // Every entry whose input carried that PDQ.
      assert.equal(person.records.length, 5);
      await assert.rejects(exportRecords(db, { person: 'Jane Doe' }), /64 hex digits/);
      await assert.rejects(exportRecords(db, { statement: 'csy-dec-nothing' }), /No statement/);
      await assert.rejects(exportRecords(db, { case: 'N-9999' }), /No case/);
      // Another tenant sees nothing of this one.
      await assert.rejects(exportRecords(db, { statement: `csy-dec-${recorded.editMinor.id}` }, { tenantId: 'other' }), /No statement/);
    });

    maybe('records of a notice include its moderation events from the hash-chained log, each with its proof', async () => {
      const event = await recordModerationEvent(
        { tenantId: 'default', subjectKind: 'notice', subjectId: NOTICE_ID, action: 'accept', reason: 'The images match the notice.', actor: 'operator' },
        { db, log, apply: async () => {} },
      );
      const data = await exportRecords(db, { notice: NOTICE_ID });
      const entry = data.records.find((r) => r.entry.id === event.logId);
      assert.ok(entry, 'the moderation entry is in the records');
      assert.equal(entry.entry.kind, 'moderation');
      assert.ok(entry.proof.hashMatches && entry.proof.linkMatches);
      assert.equal(data.chain.ok, true);
    });

    maybe('a tampered entry shows in its own proof and in the chain', async (): Promise<void> => {
      if (kind !== 'postgres') return;
      const su = await superuserClient(storage!);
      try {
        await su.query('ALTER TABLE decision_log DISABLE TRIGGER decision_log_no_update_delete');
        await su.query(`UPDATE decision_log SET verdict = 'allow' WHERE id = $1`, [recorded.uploadRealPerson.id]);
        await su.query('ALTER TABLE decision_log ENABLE TRIGGER decision_log_no_update_delete');
      } finally {
        await su.end();
      }
      const data = await exportRecords(db, { case: 'A-2026-000001' });
      assert.equal(data.records[0]!.proof.hashMatches, false);
      assert.equal(data.chain.ok, false);
      assert.match(renderRecords(data, 'html'), /does NOT verify/);
    });
  });
}
