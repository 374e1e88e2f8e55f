import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { memoryIO } from './cli-test-io.ts';
import { main } from './main.ts';

describe('consentry demo', () => {
  it('screens the requests on the embedded database, logs each decision and verifies the chain; a second run extends it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-demo-'));
    try {
      const first = memoryIO();
      assert.equal(await main(['demo', '--json', '--data-dir', dir], first), 0, first.err());
      const lines = first
        .out()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      const decisions = lines.filter((l) => l.verdict);
      assert.ok(decisions.some((d) => d.text === 'put her in a bikini' && d.verdict === 'block'));
      assert.ok(decisions.some((d) => d.text === 'take off his glasses' && d.verdict === 'allow'));
      assert.equal(lines.at(-1).log.ok, true);
      assert.equal(lines.at(-1).log.checked, decisions.length);
      const second = memoryIO();
      assert.equal(await main(['demo', '--json', '--data-dir', dir], second), 0, second.err());
      assert.equal(JSON.parse(second.out().trim().split('\n').at(-1)!).log.checked, decisions.length * 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
