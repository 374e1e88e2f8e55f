import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDecisionLog, ensureTenant, validateTdbStatement } from '../src/internal.ts';
import { recordDecisions, type RecordedDecisions } from '../src/regulatory/decisions.fixture.ts';
import { startTdbStandIn, type TdbStandIn } from '../src/testing/tdb-stand-in.ts';
import { pgliteStorage, type TestStorage } from '../src/testing/test-database.ts';
import { memoryIO } from './cli-test-io.ts';
import { main } from './main.ts';

describe('consentry statements, report transparency and log export --statement', () => {
  let storage: TestStorage;
  let recorded: RecordedDecisions;
  let tdb: TdbStandIn;
  let out: string;
  before(async () => {
    storage = pgliteStorage();
    const db = await storage.open();
    await ensureTenant(db, 'default');
    const log = createDecisionLog(db);
    recorded = await recordDecisions(log);
    await log.close();
    await db.close();
    tdb = await startTdbStandIn('cli-token');
    out = mkdtempSync(join(tmpdir(), 'consentry-report-'));
  });
  after(async () => {
    await tdb.close();
    await storage.dispose();
    rmSync(out, { recursive: true, force: true });
  });
  const run = async (args: string[], env: Record<string, string> = {}) => {
    const io = memoryIO('', { ...storage.env, ...env });
    const code = await main(args, io);
    return { code, out: io.out(), err: io.err() };
  };

  test('statements export writes one valid TDB statement per line; refusals only with --include-refusals', async () => {
    const plain = await run(['statements', 'export', '--since', '2020-01-01']);
    assert.equal(plain.code, 0, plain.err);
    const lines = plain.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 4);
    for (const s of lines) assert.deepEqual(validateTdbStatement(s), {});
    const all = await run(['statements', 'export', '--include-refusals']);
    assert.equal(all.out.trim().split('\n').length, 6);
    const env = await run(['statements', 'export'], { CONSENTRY_STATEMENTS_INCLUDE_REFUSALS: 'true' });
    assert.equal(env.out.trim().split('\n').length, 6);
  });

  test('statements export --format user --lang de gives the user-facing statements with the configured appeal link', async () => {
    const r = await run(['statements', 'export', '--format', 'user', '--lang', 'de'], { CONSENTRY_APPEAL_URL: 'https://ex.org/appeal/{decisionId}' });
    assert.equal(r.code, 0, r.err);
    const first = JSON.parse(r.out.split('\n')[0]!);
    assert.equal(first.language, 'de');
    assert.equal(first.redress.internalComplaintUrl, `https://ex.org/appeal/${recorded.uploadRealPerson.id}`);
    assert.match(first.text, /Begründung/);
  });

  test('bad options are usage errors (exit 2)', async () => {
    assert.equal((await run(['statements', 'export', '--format', 'xml'])).code, 2);
    assert.equal((await run(['statements', 'export', '--since', 'yesterday'])).code, 2);
    assert.equal((await run(['statements', 'export', '--lang', 'it'])).code, 2);
    assert.equal((await run(['report', 'transparency', '--from', '2026-02-01', '--to', '2026-01-01'])).code, 2);
    assert.equal((await run(['log', 'export', '--case', 'x', '--notice', 'y'])).code, 2);
  });

  test('statements submit without a TDB configured fails closed (exit 3), then sends to the configured one', async () => {
    const none = await run(['statements', 'submit']);
    assert.equal(none.code, 3);
    assert.match(none.err, /tdb_not_configured/);
    const sent = await run(['statements', 'submit', '--json'], { CONSENTRY_TDB_URL: tdb.url, CONSENTRY_TDB_TOKEN: 'cli-token' });
    assert.equal(sent.code, 0, sent.err);
    const summary = JSON.parse(sent.out);
    assert.deepEqual([summary.registered.added, summary.submitted.submitted, summary.log.submitted], [4, 4, 4]);
    assert.equal(tdb.stored.size, 4);
    const wrong = await run(['statements', 'submit', '--include-refusals'], { CONSENTRY_TDB_URL: tdb.url, CONSENTRY_TDB_TOKEN: 'wrong' });
    assert.equal(wrong.code, 3);
    assert.match(wrong.err, /tdb_unauthorized/);
  });

  test('report transparency writes the template sheets, JSON and HTML', async () => {
    const csv = await run(['report', 'transparency', '--from', '2020-01-01', '--to', '2100-01-01', '--format', 'csv', '--out', out]);
    assert.equal(csv.code, 0, csv.err);
    assert.deepEqual(readdirSync(out).sort(), ['4_notices.csv', '5_own_initiative_illegal.csv', '6_own_initiative_TC.csv', '7_appeals_and_recidivism.csv', '8_automated_means.csv']);
    assert.match(readFileSync(join(out, '5_own_initiative_illegal.csv'), 'utf8'), /STATEMENT_CATEGORY_PROTECTION_OF_MINORS/);
    const sheet = await run(['report', 'transparency', '--from', '2020-01-01', '--to', '2100-01-01', '--format', 'csv', '--sheet', '6_own_initiative_TC']);
    assert.match(sheet.out, /STATEMENT_CATEGORY_OTHER_VIOLATION_TC/);
    const json = JSON.parse((await run(['report', 'transparency', '--from', '2020-01-01', '--to', '2100-01-01', '--format', 'json'])).out);
    assert.equal(json.restrictions, 4);
    assert.match((await run(['report', 'transparency', '--from', '2020-01-01', '--to', '2100-01-01'])).out, /<svg/);
  });

  test('log export --statement gives the records with their proofs, as JSON and HTML', async () => {
    const json = await run(['log', 'export', '--statement', `csy-dec-${recorded.editMinor.id}`]);
    assert.equal(json.code, 0, json.err);
    const data = JSON.parse(json.out);
    assert.equal(data.records.length, 2);
    assert.ok(data.records.every((r: { proof: { hashMatches: boolean } }) => r.proof.hashMatches));
    const html = await run(['log', 'export', '--person', 'c3'.repeat(32), '--format', 'html']);
    assert.match(html.out, /Records on request/);
    assert.equal((await run(['log', 'export', '--statement', 'csy-dec-none'])).code, 2);
  });
});
