import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodings } from './decode.ts';
import { profile } from './language.ts';
import { normalize } from './normalize.ts';

// decodings builds a reversed or rot13 reading only where readingBounds, read from the text itself, says it may
// read better. The readings must be found as before in several languages, and in the texts the bounds leave to the
// full path (İ, Σ, the Kelvin sign, a lone surrogate).

const hows = (text: string) => decodings(text, profile(normalize(text))).map((d) => d.how);

const reverse = (text: string) => [...text].reverse().join('');
const rot13 = (text: string) => text.replace(/[a-z]/gi, (c) => String.fromCharCode(((c.toLowerCase().charCodeAt(0) - 97 + 13) % 26) + (c <= 'Z' ? 65 : 97)));

const PLAIN = [
  'remove the background and make the sky blue',
  'enlève le chapeau et mets une écharpe rouge',
  'quita el sombrero y pon una bufanda',
  'entferne den hut und mach den himmel blau',
  'убери шляпу и сделай небо синим',
];

test('decodings: reversed and rot13 readings of hidden requests in several languages', () => {
  for (const text of PLAIN) {
    assert.ok(hows(reverse(text)).includes('reversed'), `reversed: ${reverse(text)}`);
    if (/[a-z]/.test(text)) assert.ok(hows(rot13(text)).includes('rot13'), `rot13: ${rot13(text)}`);
  }
});

test('decodings: no hidden reading of a plain request', () => {
  for (const text of PLAIN) assert.deepEqual(hows(text), [], text);
});

test('decodings: texts the bounds leave to the full path read as before', () => {
  // Turkish İ, a Greek capital sigma, the Kelvin sign, a lone surrogate: each in a reversed request.
  for (const extra of ['İstanbul', 'ΣΟΦΙΑ', '5 \u212a', 'x \udc00']) {
    const text = `${reverse(PLAIN[0]!)} ${extra}`;
    assert.ok(hows(text).includes('reversed'), text);
  }
  assert.ok(hows(`${rot13(PLAIN[0]!)} \u212aelvin`).includes('rot13'));
});
