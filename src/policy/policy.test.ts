import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PolicyError } from '../errors.ts';
import { ADULT_POLICY, STRICT_POLICY } from './builtin-policies.ts';
import { definePolicy, FLOORS } from './policy.ts';
import { resolvePolicy } from './policy-file.ts';

describe('definePolicy', () => {
  it('accepts a policy that adds and tightens rules', () => {
    const policy = definePolicy({
      id: 'acme',
      version: '3',
      thresholds: { minor: 0.3 },
      rules: [{ id: 'acme.no_suggestive', when: { any: ['suggestive'] }, verdict: 'block', reason: 'No swimwear.' }],
    });
    assert.equal(policy.rules.length, 1);
    assert.equal(policy.floors, FLOORS);
    assert.ok(Object.isFrozen(policy));
  });

  for (const [name, rule] of [
    ['allows minors with sexual content', { id: 'x.allow', when: { all: ['minor', 'sexual'] }, verdict: 'allow' }],
    ['sends undressing of a real person to review', { id: 'x.review', when: { all: ['real_person'], any: ['undress'] }, verdict: 'review' }],
    ['allows real-person sexual content', { id: 'x.rp', when: { all: ['real_person', 'sexual'] }, verdict: 'allow' }],
    ['allows a failed check', { id: 'x.fail', when: { any: ['check_unavailable'] }, verdict: 'allow' }],
  ] as const) {
    it(`rejects a rule that ${name}`, () => {
      assert.throws(
        () => definePolicy({ id: 'bad', version: '1', rules: [{ ...rule, reason: 'r' }] as never }),
        (e: unknown) => e instanceof PolicyError && e.code === 'floor_violation' && /floor/.test(e.message),
      );
    });
  }

  it('rejects redefining a floor, turning floors off, or raising a floor threshold', () => {
    assert.throws(() => definePolicy({ id: 'bad', version: '1', rules: [{ id: 'floor.minor_sexualised', when: { any: ['minor'] }, verdict: 'block', reason: 'r' }] }), /floor/);
    assert.throws(() => definePolicy({ id: 'bad', version: '1', rules: [], floors: false } as never), /floors cannot be configured/);
    assert.throws(() => definePolicy({ id: 'bad', version: '1', rules: [], thresholds: { minor: 0.9 } }), /would lower a floor/);
  });

  it('allows a non-blocking rule that only overlaps a floor partly', () => {
    const policy = definePolicy({ id: 'ok', version: '1', rules: [{ id: 'ok.review', when: { any: ['suggestive'] }, verdict: 'review', reason: 'look' }] });
    assert.equal(policy.rules[0]!.verdict, 'review');
  });

  it('rejects malformed policies with a clear message', () => {
    assert.throws(() => definePolicy({ id: '', version: '1', rules: [] }), /"id"/);
    assert.throws(() => definePolicy({ id: 'a', version: '1', rules: [{ id: 'r', when: { any: ['nudity' as never] }, verdict: 'block', reason: 'x' }] }), /categories/);
    assert.throws(() => definePolicy({ id: 'a', version: '1', rules: [{ id: 'r', when: {}, verdict: 'block', reason: 'x' }] }), /non-empty/);
    assert.throws(() => definePolicy({ id: 'a', version: '1', jurisdiction: 'XX', rules: [] }), /unknown jurisdiction/);
  });

  it('resolves built-in names and extends them', () => {
    assert.equal(resolvePolicy('strict'), STRICT_POLICY);
    assert.equal(resolvePolicy(undefined), STRICT_POLICY);
    const extended = resolvePolicy({ id: 'adult-plus', version: '1', extends: 'adult', rules: [{ id: 'p.s', when: { any: ['suggestive'] }, verdict: 'review', reason: 'r' }] });
    assert.deepEqual(
      extended.rules.map((r) => r.id),
      [...ADULT_POLICY.rules.map((r) => r.id), 'p.s'],
    );
    assert.throws(() => resolvePolicy('lenient'), /Unknown policy/);
  });
});
