import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvLine, parseCsv } from './csv.ts';

test('CSV: quotes, doubled quotes, commas and newlines in fields, CRLF, BOM', () => {
  const text = '\ufeffid,prompt\r\n1,"a, ""quoted""\nline"\r\n2,plain\n\n';
  assert.deepEqual(parseCsv(text), [
    ['id', 'prompt'],
    ['1', 'a, "quoted"\nline'],
    ['2', 'plain'],
  ]);
});

test('CSV: writing round-trips and defuses formulas', () => {
  const line = csvLine(['a,b', 'say "hi"', 3, undefined, '=1+1', '-2']);
  assert.equal(line, '"a,b","say ""hi""",3,,\'=1+1,\'-2\n');
  assert.deepEqual(parseCsv(line), [['a,b', 'say "hi"', '3', '', "'=1+1", "'-2"]]);
});
