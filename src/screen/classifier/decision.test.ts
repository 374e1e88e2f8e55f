import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Signal } from '../../types.ts';
import { decisionScoreOf, harmMonotoneScore, type DecisionInput } from './decision.ts';
import { HEADS } from './model.ts';

// harmMonotoneScore: the layer's reading of the request last scored, as it bears on one of its lexicon signals,
// without what the request's other harmful findings took away (prompt-screener.ts reads it only to overrule the
// surest rules). Synthetic weights, so each term can be checked by hand.

const signal = (category: Signal['category'], score: number, reason: string): Signal => ({ detector: 'prompt-screener', category, score, reason, evidence: [] });
const explicit = signal('sexual', 0.95, 'The request asks for sexual or explicit content.');
const swimwear = signal('suggestive', 0.6, 'The request asks for swimwear.');
const weights = {
  bias: 0,
  weights: {
    'rule:sexual:The request asks for sexual or explicit content.': -0.5,
    'rule:suggestive:The request asks for swimwear.': -2,
    'cat:suggestive': -1,
    'cat:sexual': 0.3,
    'lex:max': 1,
  },
};
const input: DecisionInput = {
  mode: 'generate',
  probabilities: [0, 0, 0, 0],
  heads: HEADS,
  lexicon: [explicit, swimwear],
  support: 'cue',
  named: false,
  namesNoOne: true,
  minor: false,
  notCovered: false,
};
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('harmMonotoneScore', () => {
  it("leaves out the other harmful findings' negative weights and keeps the signal's own", () => {
    const full = -0.5 * 0.95 - 2 * 0.6 - 1 * 0.6 + 0.3 * 0.95 + 1 * 0.95;
    assert.ok(Math.abs(decisionScoreOf(weights, input) - sigmoid(full)) < 1e-12);
    // For the explicit rule: the swimwear rule's and its category's negative weights are left out, its own -0.5 kept.
    assert.ok(Math.abs(harmMonotoneScore(weights, explicit, input.lexicon) - sigmoid(full + 2 * 0.6 + 1 * 0.6)) < 1e-12);
    // For the swimwear rule: the explicit rule's negative weight is left out; its own rule and category are kept.
    decisionScoreOf(weights, input);
    assert.ok(Math.abs(harmMonotoneScore(weights, swimwear, input.lexicon) - sigmoid(full + 0.5 * 0.95)) < 1e-12);
  });

  it('keeps the negative weights of a finding read from the same words (one piece of evidence counted twice)', () => {
    const words = { kind: 'text' as const, start: 0, end: 12, text: 'on all fours', term: 'on all fours' };
    const pose = { ...swimwear, reason: 'The request asks for swimwear.', evidence: [words] };
    const sure = { ...explicit, evidence: [words] };
    const same: DecisionInput = { ...input, lexicon: [sure, pose] };
    const p = decisionScoreOf(weights, same);
    assert.ok(Math.abs(harmMonotoneScore(weights, sure, same.lexicon) - p) < 1e-12);
  });

  it('never reads lower than the full score', () => {
    const p = decisionScoreOf(weights, input);
    for (const s of [explicit, swimwear]) assert.ok(harmMonotoneScore(weights, s, input.lexicon) >= p);
  });
});
