import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Category, DetectionResult, Signal } from '../types.ts';
import { ADULT_POLICY, STRICT_POLICY } from './builtin-policies.ts';
import { decide, summarise } from './decide.ts';
import { definePolicy } from './policy.ts';

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

  describe('an allow-list entry', () => {
    const ART = definePolicy({
      id: 'art',
      version: '1',
      rules: [
        { id: 'art.suggestive', when: { any: ['suggestive'] }, verdict: 'review', reason: 'Revealing artwork is looked at by a person.' },
        { id: 'art.sexual', when: { any: ['sexual'] }, verdict: 'block', reason: 'No sexual content.' },
      ],
    });
    const allowed = (): Signal => ({
      detector: 'hash-list',
      category: 'allow_listed',
      score: 1,
      reason: 'allowed',
      evidence: [{ kind: 'hash', list: 'review-allow', entryId: 'rv_1', distance: 0, signal: 'sha256' }],
    });
    const withAllow = (...found: Array<[Category, number]>): DetectionResult => {
      const d = detection(...found);
      d.signals.push(allowed());
      return d;
    };

    it('lifts the non-floor rules of the exact image, and says which', () => {
      assert.equal(decide(detection(['suggestive', 0.9]), ART).verdict, 'review');
      const d = decide(withAllow(['suggestive', 0.9], ['sexual', 0.9]), ART);
      assert.equal(d.verdict, 'allow');
      assert.deepEqual(d.allowList, { entries: ['review-allow:rv_1'], lifted: ['art.suggestive', 'art.sexual'] });
      assert.deepEqual([d.rules, d.legalBasis], [[], []]);
    });

    it('never lifts a floor, nor anything beside a sign of a minor, a real or protected person, a known image or a check that did not run', () => {
      for (const found of [
        [
          ['minor', 0.9],
          ['suggestive', 0.9],
        ],
        [
          ['real_person', 0.9],
          ['sexual', 0.9],
        ],
        [
          ['known_image', 1],
          ['suggestive', 0.9],
        ],
        [
          ['protected_no_edits', 1],
          ['suggestive', 0.9],
        ],
        [
          ['check_unavailable', 1],
          ['suggestive', 0.9],
        ],
      ] as Array<Array<[Category, number]>>) {
        const d = decide(withAllow(...found), ART);
        assert.equal(d.verdict, 'block', found.join(' '));
        assert.ok(d.rules.some((r) => r.floor));
        assert.equal(d.allowList, undefined);
      }
      // Under every floor's threshold, a minor or a real person still keeps the entry from counting.
      for (const found of [
        [
          ['minor', 0.1],
          ['suggestive', 0.9],
        ],
        [
          ['real_person', 0.9],
          ['suggestive', 0.9],
        ],
        [
          ['protected_person', 0.2],
          ['suggestive', 0.9],
        ],
      ] as Array<Array<[Category, number]>>) {
        const d = decide(withAllow(...found), ART);
        assert.equal(d.verdict, 'review', found.join(' '));
        assert.equal(d.allowList, undefined);
      }
    });

    it('counts only an exact match: PDQ evidence lifts nothing', () => {
      const d = withAllow(['suggestive', 0.9]);
      d.signals[1]!.evidence = [{ kind: 'hash', list: 'review-allow', entryId: 'rv_1', distance: 4, signal: 'pdq' }];
      assert.equal(decide(d, ART).verdict, 'review');
    });
  });
});

describe('summarise', () => {
  it('keeps one copy of a piece of evidence two signals of a category share, and every different one', () => {
    const layer = { kind: 'score', name: 'decision-layer', value: 0.9 } as const;
    const signals: Signal[] = [
      { detector: 'a', category: 'undress', score: 0.85, reason: 'a', evidence: [{ kind: 'text', start: 0, end: 3, text: 'her', term: 'her' }, layer] },
      { detector: 'b', category: 'undress', score: 0.7, reason: 'b', evidence: [{ ...layer }, { kind: 'score', name: 'decision-layer', value: 0.8 }] },
    ];
    const [undress] = summarise(signals);
    assert.deepEqual(
      undress!.evidence.map((e) => (e.kind === 'score' ? `${e.name}=${e.value}` : e.kind)),
      ['text', 'decision-layer=0.9', 'decision-layer=0.8'],
    );
  });
});
