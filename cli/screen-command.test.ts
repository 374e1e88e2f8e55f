import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { memoryIO } from './cli-test-io.ts';
import { main } from './main.ts';

describe('consentry screen', () => {
  it('prints an explained verdict, and exits 1 on a block so scripts can gate', async () => {
    const io = memoryIO();
    assert.equal(await main(['screen', 'put her in a bikini', '--jurisdiction', 'FR'], io), 1);
    assert.match(io.out(), /^BLOCK/);
    assert.match(io.out(), /Code pénal art\. 226-8-1/);
    assert.match(io.out(), /"bikini" \[13-19\]/);
  });

  it('prints JSON with --json', async () => {
    const io = memoryIO();
    assert.equal(await main(['screen', 'remove the background', '--json'], io), 0);
    const decision = JSON.parse(io.out());
    assert.equal(decision.verdict, 'allow');
    assert.equal(decision.policy.id, 'strict');
  });

  it('reads JSON lines from stdin, keeps order, reports bad lines and exits non-zero', async () => {
    const input = ['{"id":1,"prompt":"undress her","mode":"edit"}', '{oops', '{"id":3,"prompt":"a cat on a sofa","mode":"generate"}', '{"id":4,"mode":"edit"}', ''].join('\n');
    const io = memoryIO(input);
    assert.equal(await main(['screen', '--jsonl', '-'], io), 1);
    const lines = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      lines.map((l) => l.id ?? null),
      [1, null, 3, 4],
    );
    assert.equal(lines[0].verdict, 'block');
    assert.equal(lines[1].code, 'malformed_json');
    assert.equal(lines[2].verdict, 'allow');
    assert.equal(lines[3].code, 'missing_prompt');
    assert.ok(Array.isArray(lines[0].reasons) && Array.isArray(lines[0].categories));
  });

  it('rejects a policy file that lowers a floor, and an unknown jurisdiction', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-'));
    const file = join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify({ id: 'lax', version: '1', rules: [{ id: 'lax.minors', when: { all: ['minor', 'sexual'] }, verdict: 'allow', reason: 'no' }] }));
    const io = memoryIO();
    assert.equal(await main(['screen', 'hello', '--policy', file], io), 2);
    assert.match(io.err(), /floor/);
    const io2 = memoryIO();
    assert.equal(await main(['screen', 'hello', '--jurisdiction', 'ZZ'], io2), 2);
    assert.match(io2.err(), /Unknown jurisdiction/);
  });

  it('runs as a real process through bin/consentry.js', async () => {
    const run = promisify(execFile)(process.execPath, ['bin/consentry.js', 'screen', 'mets-la en bikini', '--json']);
    const failed = await run.then(
      () => assert.fail('a block exits non-zero'),
      (error: { code: number; stdout: string }) => error,
    );
    assert.equal(failed.code, 1);
    assert.equal(JSON.parse(failed.stdout).verdict, 'block');
  });
});
