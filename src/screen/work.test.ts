import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { screenPrompt } from './prompt-screener.ts';
import { takeWork } from './work.ts';
import { adversarialTexts, repeatTo } from './adversarial.ts';

// The linear-time guarantee, proved by counting steps rather than timing: the work the screener
// does (characters folded, trie steps, windowed rule look-ups) is at most A * length + B for every
// input. A and B are fixed here; a super-linear step anywhere makes long inputs exceed the bound.
// Emoji read as words cost the most (each folds to a word of several skeleton characters): about
// 16 steps per character for a random sequence of them, alone or mixed with single letters. "b👙"
// repeated took about 32 before the normaliser cut long repeated runs short (normalize.ts); it now
// takes about 8. 50 leaves room without hiding a super-linear step.
const PER_CHAR = 50;
const FIXED = 20_000;
const bound = (text: string) => PER_CHAR * text.length + FIXED;

function workOf(text: string, mode: 'edit' | 'generate' = 'edit', history?: string[]): number {
  takeWork();
  screenPrompt(text, mode, history ? { history } : {});
  return takeWork();
}

const pieces = [
  'bikini ',
  'her ',
  'remove ',
  'shirt ',
  'nude ',
  'n*k*d ',
  '4',
  '0',
  '*',
  '脱',
  '衣',
  'ㅂ',
  'ㅓ',
  'ا',
  'ถ',
  ' ',
  '-',
  '.',
  'b ',
  'i ',
  'cHV0IGhl',
  '👙',
  'Taylor Swift ',
  'over ',
  'not ',
  'less ',
  'the top ',
  'a blow ',
  'bitte ',
  'guy ',
  'shirtless ',
  'without ',
  'model ',
  'av en ',
  'negative prompt: ',
  ', negative: ',
  '--no ',
  '\n',
  'zieh ',
  ' aus',
  // Words of the rules that stop once settled (rules.ts): styling, explicit acts, swaps of swimwear, short removers.
  'sexy ',
  'sex ',
  'thong ',
  'instead of ',
  'swap ',
  'no ',
];

describe('the screener does linear work', () => {
  it('on every adversarial text at 2,000 and 20,000 characters', () => {
    for (const length of [2_000, 20_000]) {
      for (const [name, text] of adversarialTexts(length)) {
        const w = workOf(text);
        assert.ok(w <= bound(text), `${name} at ${length}: ${w} steps > ${bound(text)}`);
      }
    }
  });

  it('grows in proportion to the length of repeated input (10x the text, about 10x the work)', () => {
    for (const [name, short] of adversarialTexts(2_000)) {
      const long = repeatTo(short, 20_000);
      const ratio = workOf(long) / Math.max(1, workOf(short));
      assert.ok(ratio < 14, `${name}: work grew ${ratio.toFixed(1)}x for 10x the text`);
    }
  });

  it('for any mix of terms, censor marks, digits, scripts and encodings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 3_000 }), fc.constantFrom('edit', 'generate' as const), (parts, mode) => {
        const text = `x${parts.join('')}`.slice(0, 20_000);
        return workOf(text, mode as 'edit' | 'generate') <= bound(text);
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it('for random Unicode strings', () => {
    fc.assert(
      // A prompt must have a visible character, and lone surrogates are refused at the edge.
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2_000 }), (s) => workOf(`x${s}`) <= bound(`x${s}`)),
      { numRuns: 60, seed: 12 },
    );
  });

  it('in time too, where a regular expression reads the text (no pattern retried along a long run)', () => {
    // Steps count the screener's own loops, not a regular expression's backtracking: this bounds the
    // time of such texts instead, far above their cost (a few ms) and far below a quadratic one (0.6 s).
    for (const text of [`${','.repeat(19_990)}x nude`, `${'- '.repeat(9_995)}x nude`, `${'、'.repeat(19_990)}x 裸体`]) {
      for (let i = 0; i < 3; i++) screenPrompt(text, 'generate');
      const before = process.cpuUsage();
      screenPrompt(text, 'generate');
      const { user, system } = process.cpuUsage(before);
      assert.ok((user + system) / 1e3 < 150, `${JSON.stringify(text.slice(-8))}: ${((user + system) / 1e3).toFixed(0)} ms`);
    }
  });

  it('with a thread history, in the length of what it reads', () => {
    const history = Array.from({ length: 20 }, () => repeatTo('put her in a bikini ', 20_000));
    const text = repeatTo('now make it smaller ', 20_000);
    // At most three earlier prompts, 1,000 characters of each, are read.
    assert.ok(workOf(text, 'edit', history) <= 2 * bound(text) + bound('x'.repeat(3_000)));
  });
});
