import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createDecisionLog, ensureTenant, type Database, type DecisionLog } from '../store/index.ts';
import { pgliteStorage, postgresStorage, storageTest, type TestStorage } from '../testing/test-database.ts';
import { DETECTOR_ERROR_RATES } from './detector-error-rates.ts';
import {
  buildTdbStatement,
  buildUserStatement,
  decisionLogSource,
  exportStatements,
  getSubmission,
  registerStatements,
  restrictionFromEntry,
  STATEMENT_LANGUAGES,
  statementPuid,
  submissionCounts,
  validateTdbStatement,
  type Restriction,
  type TdbStatement,
} from './index.ts';
import { PERSONAL_PROMPT, recordDecisions, type RecordedDecisions } from './decisions.fixture.ts';

const terms = { termsClause: 'Terms of use §4.2 (images of real people)', termsUrl: 'https://example.org/terms', appealUrl: 'https://example.org/appeal/{decisionId}' };

function validStatement(): TdbStatement {
  return {
    decision_visibility: ['DECISION_VISIBILITY_CONTENT_DISABLED'],
    decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    incompatible_content_ground: 'Terms §4',
    incompatible_content_explanation: 'Not allowed.',
    content_type: ['CONTENT_TYPE_IMAGE'],
    category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
    content_date: '2026-11-30',
    application_date: '2026-11-30',
    decision_facts: 'An image was refused.',
    source_type: 'SOURCE_VOLUNTARY',
    automated_detection: 'Yes',
    automated_decision: 'AUTOMATED_DECISION_FULLY',
    puid: 'csy-dec-1',
  };
}

describe('TDB schema v2 validator', () => {
  test('a complete statement is valid', () => assert.deepEqual(validateTdbStatement(validStatement()), {}));

  const broken: Array<[string, (s: Record<string, unknown>) => void, string]> = [
    ['missing category', (s) => delete s.category, 'category'],
    ['no decision field at all', (s) => delete s.decision_visibility, 'decision_visibility'],
    ['unknown category', (s) => (s.category = 'STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT'), 'category'],
    ['v1 keyword', (s) => (s.category_specification = ['KEYWORD_NON_CONSENSUAL_ITEMS_DEEPFAKE']), 'category_specification'],
    ['v1 automated_decision', (s) => (s.automated_decision = 'Yes'), 'automated_decision'],
    ['illegal ground without its legal ground', (s) => (s.decision_ground = 'DECISION_GROUND_ILLEGAL_CONTENT'), 'illegal_content_legal_ground'],
    ['visibility OTHER without its text', (s) => (s.decision_visibility = ['DECISION_VISIBILITY_OTHER']), 'decision_visibility_other'],
    ['facts over 5000', (s) => (s.decision_facts = 'x'.repeat(5001)), 'decision_facts'],
    ['application date before 2020', (s) => (s.application_date = '2019-12-31'), 'application_date'],
    ['date in another format', (s) => (s.content_date = '30/11/2026'), 'content_date'],
    ['impossible date', (s) => (s.content_date = '2026-02-30'), 'content_date'],
    ['end date before application', (s) => Object.assign(s, { decision_account: 'DECISION_ACCOUNT_SUSPENDED', end_date_account_restriction: '2026-11-01' }), 'end_date_account_restriction'],
    ['puid with a space', (s) => (s.puid = 'csy dec 1'), 'puid'],
    ['puid over 500', (s) => (s.puid = 'a'.repeat(501)), 'puid'],
    ['territory outside the EEA', (s) => (s.territorial_scope = ['GB']), 'territorial_scope'],
    ['lower-case language', (s) => (s.content_language = 'fr'), 'content_language'],
    ['an e-mail address in the facts', (s) => (s.decision_facts = 'Reported by jane.doe@example.com'), 'decision_facts'],
    ['a phone number in the facts', (s) => (s.decision_facts = 'Call +33 6 12 34 56 78'), 'decision_facts'],
    ['an unknown field', (s) => (s.prompt = 'anything'), 'prompt'],
  ];
  for (const [name, breakIt, field] of broken) {
    test(`refuses ${name}`, () => {
      const s = validStatement() as unknown as Record<string, unknown>;
      breakIt(s);
      const errors = validateTdbStatement(s);
      assert.ok(errors[field], `${field} not faulted: ${JSON.stringify(errors)}`);
    });
  }
});

describe('detector error rates recorded as data', () => {
  test('every figure is still written in BENCHMARKS.md', () => {
    const benchmarks = readFileSync(new URL('../../BENCHMARKS.md', import.meta.url), 'utf8');
    for (const rate of DETECTOR_ERROR_RATES) {
      assert.ok(benchmarks.includes(rate.asWritten), `${rate.asWritten} (${rate.measure}) is no longer in BENCHMARKS.md`);
      assert.ok(rate.errors >= 0 && rate.errors <= rate.trials);
      // The rate recorded is the one written (to its three decimals).
      const written = [...rate.asWritten.matchAll(/\*\*(\d+\.\d+|\d+\/\d+)\*\*/g)].map((m) => m[1]!);
      const rateText = (rate.errors / rate.trials).toFixed(3);
      const recallText = (1 - rate.errors / rate.trials).toFixed(3);
      assert.ok(
        written.some((w) => w === rateText || w === recallText || w === `${rate.errors}/${rate.trials}`),
        `${rate.measure}: ${rateText} not in ${rate.asWritten}`,
      );
    }
  });
});

for (const kind of ['pglite', 'postgres'] as const) {
  describe(`statements of reasons on ${kind}`, () => {
    let storage: TestStorage | undefined;
    let db: Database;
    let log: DecisionLog;
    let recorded: RecordedDecisions;
    before(async () => {
      storage = kind === 'pglite' ? pgliteStorage() : await postgresStorage();
      if (!storage) return;
      db = await storage.open();
      await ensureTenant(db, 'default');
      log = createDecisionLog(db);
      recorded = await recordDecisions(log);
    });
    after(async () => {
      await log?.close();
      await db?.close();
      await storage?.dispose();
    });
    const maybe = storageTest(() => storage);

    async function restrictions(includeRefusals = false): Promise<Restriction[]> {
      const out: Restriction[] = [];
      for await (const r of decisionLogSource(db, { includeRefusals }).restrictions({})) out.push(r);
      return out;
    }

    maybe('restrictions are the blocked uploads and blocked outputs of edits; refusals only when asked', async () => {
      const plain = await restrictions();
      assert.deepEqual(
        plain.map((r) => [r.decisionId, r.kind]),
        [
          [recorded.uploadRealPerson.id, 'upload_blocked'],
          [recorded.editMinor.id, 'upload_blocked'],
          [recorded.outputOfEdit.id, 'output_blocked'],
          [recorded.checkUnavailable.id, 'upload_blocked'],
        ],
      );
      const all = await restrictions(true);
      assert.deepEqual(
        all.filter((r) => r.kind === 'refusal').map((r) => r.decisionId),
        [recorded.promptRefusal.id, recorded.generateOutput.id],
      );
      assert.ok(!all.some((r) => r.decisionId === recorded.allowed.id));
    });

    maybe('each restriction maps to a valid v2 statement with the right category, ground and keyword', async () => {
      const byId = new Map((await restrictions(true)).map((r) => [r.decisionId, buildTdbStatement(r, terms)]));
      for (const [id, s] of byId) assert.deepEqual(validateTdbStatement(s), {}, `statement of ${id}`);
      const minor = byId.get(recorded.editMinor.id)!;
      assert.equal(minor.category, 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS');
      assert.deepEqual(minor.category_specification, ['KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE']);
      assert.equal(minor.decision_ground, 'DECISION_GROUND_ILLEGAL_CONTENT');
      assert.match(minor.illegal_content_legal_ground!, /Code pénal art\. 227-23/);
      assert.deepEqual(minor.territorial_scope, ['FR']);
      const real = byId.get(recorded.uploadRealPerson.id)!;
      assert.equal(real.category, 'STATEMENT_CATEGORY_CYBER_VIOLENCE');
      assert.deepEqual(real.category_specification, ['KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE']);
      assert.match(real.illegal_content_legal_ground!, /Directive \(EU\) 2024\/1385/);
      assert.equal(real.territorial_scope!.length, 30);
      const output = byId.get(recorded.outputOfEdit.id)!;
      assert.deepEqual(output.content_type, ['CONTENT_TYPE_IMAGE', 'CONTENT_TYPE_SYNTHETIC_MEDIA']);
      assert.match(output.illegal_content_legal_ground!, /226-8-1/);
      // An infrastructure failure is not a finding about the content: the terms, not the law, and it says so.
      const unavailable = byId.get(recorded.checkUnavailable.id)!;
      assert.equal(unavailable.decision_ground, 'DECISION_GROUND_INCOMPATIBLE_CONTENT');
      assert.equal(unavailable.incompatible_content_ground, terms.termsClause);
      assert.equal(unavailable.decision_ground_reference_url, terms.termsUrl);
      assert.match(unavailable.decision_facts, /could not run/);
      assert.equal(unavailable.incompatible_content_illegal, 'No');
      const refusal = byId.get(recorded.promptRefusal.id)!;
      assert.deepEqual(refusal.decision_visibility, ['DECISION_VISIBILITY_OTHER']);
      assert.deepEqual(refusal.content_type, ['CONTENT_TYPE_TEXT']);
      // Consentry's own floor is not law: a US refusal gets EU law as its TDB ground, never "Consentry floor".
      for (const s of byId.values()) assert.doesNotMatch(s.illegal_content_legal_ground ?? '', /Consentry|Policy/);
    });

    maybe('no personal data or prompt text reaches any statement field', async () => {
      const fragments = ['Jane', 'jane.doe', 'example.com', '12 34 56', 'remove the dress', 'fixture says'];
      for (const r of await restrictions(true)) {
        const text = JSON.stringify(buildTdbStatement(r, terms));
        for (const f of fragments) assert.ok(!text.includes(f), `"${f}" leaked into ${text}`);
      }
      assert.ok(JSON.stringify(recorded.uploadRealPerson.signals).includes(PERSONAL_PROMPT), 'the fixture does carry the personal data');
    });

    maybe('puids are unique, stable and derived from the source id', async () => {
      const first = (await restrictions(true)).map(statementPuid);
      const second = (await restrictions(true)).map(statementPuid);
      assert.deepEqual(first, second);
      assert.equal(new Set(first).size, first.length);
      assert.equal(first[0], `csy-dec-${recorded.promptRefusal.id}`);
    });

    maybe('the user-facing statement exists in en, fr, de and es, with every Art 17(3) element and the appeal link', async () => {
      const r = (await restrictions()).find((x) => x.decisionId === recorded.editMinor.id)!;
      const texts = new Set<string>();
      for (const lang of STATEMENT_LANGUAGES) {
        const s = buildUserStatement(r, terms, lang);
        assert.equal(s.language, lang);
        assert.equal(s.redress.internalComplaintUrl, `https://example.org/appeal/${recorded.editMinor.id}`);
        assert.equal(s.redress.complaintDeadline > s.start.slice(0, 10), true);
        assert.ok(s.legalGround && /227-23/.test(s.legalGround.citation));
        assert.equal(s.automation.decision, 'fully');
        assert.ok(s.text.includes(s.puid) && s.text.includes(s.redress.outOfCourtBodiesUrl) && s.text.includes(s.redress.internalComplaintUrl!));
        for (const f of ['Jane', 'jane.doe', 'remove the dress']) assert.ok(!s.text.includes(f));
        texts.add(s.text.split('\n')[1]!);
      }
      assert.equal(texts.size, 4, 'four different languages');
      assert.match(buildUserStatement(r, terms, 'fr').text, /Exposé des motifs/);
      assert.match(buildUserStatement(r, terms, 'de').text, /Rechtsbehelfe/);
      assert.match(buildUserStatement(r, terms, 'es').text, /Vías de recurso/);
      // An unknown language falls back to English.
      assert.equal(buildUserStatement(r, terms, 'xx').language, 'en');
      const unavailable = buildUserStatement((await restrictions()).find((x) => x.checkUnavailable)!, terms, 'en');
      assert.equal(unavailable.legalGround, null);
      assert.equal(unavailable.contractualGround!.url, terms.termsUrl);
      assert.match(unavailable.text, /technical failure on our side/);
    });

    maybe('the export writes valid statements, and registering twice adds nothing and changes no puid', async () => {
      const exported = [];
      for await (const s of exportStatements(decisionLogSource(db), {}, { format: 'tdb', terms })) exported.push(s);
      assert.equal(exported.length, 4);
      assert.ok(exported.every((s) => s.format === 'tdb' && !s.errors));
      const first = await registerStatements(db, decisionLogSource(db), {}, terms);
      assert.deepEqual([first.added, first.known, first.invalid.length], [4, 0, 0]);
      const again = await registerStatements(db, decisionLogSource(db, { includeRefusals: true }), {}, terms);
      assert.deepEqual([again.added, again.known], [2, 4]);
      assert.deepEqual(await submissionCounts(db), { pending: 6, submitted: 0, existing: 0, rejected: 0 });
      assert.equal((await getSubmission(db, `csy-dec-${recorded.editMinor.id}`))!.attempts, 0);
      // The register is append-only: a statement, once registered, is never rewritten.
      await assert.rejects(db.query("UPDATE statements SET tdb = '{}' WHERE puid = $1", [`csy-dec-${recorded.editMinor.id}`]), /append-only/);
    });

    maybe('a blocked entry that is not a check (a moderation entry) is no restriction', async () => {
      const r = restrictionFromEntry({ ...recorded.uploadRealPerson, kind: 'moderation' as never });
      assert.equal(r, undefined);
    });
  });
}
