import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Category, DetectionResult, Signal } from '../types.ts';
import { ADULT_POLICY, STRICT_POLICY } from './builtin-policies.ts';
import { decide } from './decide.ts';

function detection(...found: Array<[Category, number]>): DetectionResult {
  const signals: Signal[] = found.map(([category, score]) => ({ detector: 'fake', category, score, reason: `fake ${category}`, evidence: [] }));
  return { signals, unavailable: [], details: {} };
}

describe('decide', () => {
  it('blocks a minor with sexual content under every policy', () => {
    for (const policy of [STRICT_POLICY, ADULT_POLICY]) {
      const d = decide(detection(['minor', 0.9], ['sexual', 0.9]), policy);
      assert.equal(d.verdict, 'block');
      assert.ok(d.rules.some((r) => r.id === 'floor.minor_sexualised' && r.floor));
    }
  });

  it('blocks undressing a real person unless a verified consent record is given', () => {
    const found = detection(['real_person', 0.9], ['undress', 0.9], ['consent_claim', 0.9]);
    const blocked = decide(found, ADULT_POLICY);
    assert.equal(blocked.verdict, 'block');
    assert.ok(blocked.reasons.some((r) => /claims consent/.test(r)));
    const consented = decide(found, ADULT_POLICY, { verifiedConsent: { recordIds: ['c-1'] } });
    assert.equal(consented.verdict, 'allow');
  });

  it('lets the adult policy allow fictional sexual content that strict blocks', () => {
    assert.equal(decide(detection(['sexual', 0.95]), ADULT_POLICY).verdict, 'allow');
    assert.equal(decide(detection(['sexual', 0.95]), STRICT_POLICY).verdict, 'block');
  });

  it('fails closed when a check was unavailable', () => {
    const d = decide(
      { signals: [{ detector: 'nsfw', category: 'check_unavailable', score: 1, reason: 'down', evidence: [] }], unavailable: [{ detector: 'nsfw', reason: 'timeout' }], details: {} },
      ADULT_POLICY,
    );
    assert.equal(d.verdict, 'block');
    assert.ok(d.reasons.some((r) => /nsfw.*timeout/.test(r)));
  });

  it('ignores signals below the threshold and allows benign requests', () => {
    assert.equal(decide(detection(['sexual', 0.3], ['real_person', 0.9]), STRICT_POLICY).verdict, 'allow');
    assert.equal(decide(detection(), STRICT_POLICY).legalBasis.length, 0);
  });

  it('cites the law of the jurisdiction asked for', () => {
    const fr = decide(detection(['real_person', 0.9], ['sexual', 0.9]), STRICT_POLICY, { jurisdiction: 'FR' });
    assert.ok(fr.legalBasis.some((b) => b.citation === 'Code pénal art. 226-8-1'));
    const minor = decide(detection(['minor', 0.9], ['undress', 0.9]), STRICT_POLICY, { jurisdiction: 'fr' });
    assert.ok(minor.legalBasis.some((b) => b.citation === 'Code pénal art. 227-23'));
    assert.equal(minor.jurisdiction, 'FR');
    assert.throws(() => decide(detection(), STRICT_POLICY, { jurisdiction: 'XX' }), /Unknown jurisdiction/);
  });

  it('sends a revealing image of a real person to review under strict', () => {
    assert.equal(decide(detection(['real_person', 0.9], ['suggestive', 0.7]), STRICT_POLICY).verdict, 'review');
  });
});
