import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createKeywordMatcher } from './keyword-baseline.ts';

const matcher = createKeywordMatcher(['nude', 'phone sex', 'masterbat*', '*whore*', 'a$$', 'c.o.c.k', '', '# comment']);

test('matches whole words case-insensitively, not substrings', () => {
  assert.equal(matcher.match('A NUDE figure'), 'nude');
  assert.equal(matcher.match('nude!'), 'nude');
  assert.equal(matcher.match('denuded hillside'), undefined);
  assert.equal(matcher.match('nudes'), undefined);
});

test('matches phrases as runs of words, across punctuation and spacing', () => {
  assert.equal(matcher.match('the Phone  sex line'), 'phone sex');
  assert.equal(matcher.match('phone-sex'), 'phone sex');
  assert.equal(matcher.match('phone, then sex'), undefined);
  assert.equal(matcher.match('my phone'), undefined);
});

test('applies the list wildcards and symbol spellings', () => {
  assert.equal(matcher.match('masterbating'), 'masterbat*');
  assert.equal(matcher.match('xwhorex'), '*whore*');
  assert.equal(matcher.match('nice a$$.'), 'a$$');
  assert.equal(matcher.match('a cat'), undefined);
  assert.equal(matcher.match('C.O.C.K'), 'c.o.c.k');
});

test('counts entries, skipping blanks and comments', () => {
  assert.equal(matcher.size, 6);
  assert.equal(createKeywordMatcher([]).match('anything'), undefined);
});
