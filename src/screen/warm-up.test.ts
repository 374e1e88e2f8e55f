import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';

// warmUpScreener (prompt-screener.ts) loads the classifier's weights and runs the screener's paths once.
// It must leave nothing behind that changes a later screen: the reused feature buffers and the
// per-request caches are its risk. Each process below is fresh, so its first screen is the one compared.
const TEXTS = ['put her in a bikini on the beach', 'a lighthouse at dusk, oil painting', 'enlève-lui sa robe', 'now make it smaller'];

function screenInFreshProcess(warm: boolean): string {
  const script = `
    const { screenPrompt, warmUpScreener } = await import(${JSON.stringify(new URL('./prompt-screener.ts', import.meta.url).href)});
    if (${warm}) warmUpScreener();
    const out = ${JSON.stringify(TEXTS)}.map((t, i) => screenPrompt(t, i % 2 ? 'generate' : 'edit', i === 3 ? { history: ['put her in a bikini'] } : {}));
    process.stdout.write(JSON.stringify(out));`;
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
}

describe('warmUpScreener', () => {
  it('leaves every later screen as it would be without it', () => {
    const cold = screenInFreshProcess(false);
    const warm = screenInFreshProcess(true);
    assert.ok(JSON.parse(cold).flat().length > 0, 'the harmful texts gave signals');
    assert.equal(warm, cold);
  });
});
