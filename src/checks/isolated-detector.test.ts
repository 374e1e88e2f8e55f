import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runDetectors } from '../detectors/detector.ts';
import { createIsolatedPromptScreener } from './isolated-detector.ts';

/** Largest gap between ticks of a 5 ms timer while `work` runs: how long the event loop was held. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  try {
    const value = await work();
    return { value, stallMs: Math.max(stallMs, performance.now() - last) };
  } finally {
    clearInterval(timer);
  }
}

test('a screen longer than the time limit never holds the event loop and is stopped by terminating its worker', async () => {
  // 20 ms is far less than a 32,000-character screen takes (~150 ms even linear), so the stop is exercised.
  const screener = createIsolatedPromptScreener({ timeoutMs: 20, workers: 1, inlineMaxChars: 0 });
  try {
    await screener.ready();
    // Issue 10's report: "bikini " repeated to 2,000 characters ran for 31 s on the event loop.
    const hostile = 'bikini '.repeat(5000).slice(0, 32_000);
    const started = performance.now();
    const { value, stallMs } = await longestStall(() => runDetectors([screener], { kind: 'prompt', text: hostile, mode: 'generate' }, { timeoutMs: 10_000 }));
    const elapsed = performance.now() - started;
    assert.ok(stallMs < 100, `event loop held for ${stallMs.toFixed(0)} ms`);
    // Stopped near the limit by terminating the worker: never minutes.
    assert.ok(elapsed < 3_000, `took ${elapsed.toFixed(0)} ms`);
    assert.equal(value.unavailable.length, 1, JSON.stringify(value));
    assert.match(value.unavailable[0]!.reason, /longer than 20 ms and was stopped/);
    // The replaced worker screens the next prompt normally, once it has started (and warmed up).
    await screener.ready();
    // A new worker's first screens may still pass 20 ms on a loaded machine (a CI run beside other jobs
    // once took longer); a worker that never screens would fail all three.
    let next = await runDetectors([screener], { kind: 'prompt', text: 'undress the woman in this photo', mode: 'edit' }, { timeoutMs: 10_000 });
    for (let attempt = 1; attempt < 3 && next.unavailable.length > 0; attempt++) {
      await screener.ready();
      next = await runDetectors([screener], { kind: 'prompt', text: 'undress the woman in this photo', mode: 'edit' }, { timeoutMs: 10_000 });
    }
    assert.deepEqual(next.unavailable, []);
    assert.ok(next.signals.some((s) => s.category === 'undress'));
  } finally {
    await screener.close();
  }
});

test('an edit subject sends only its text to the worker and is screened in edit mode', async () => {
  const screener = createIsolatedPromptScreener({ timeoutMs: 2_000, workers: 1, inlineMaxChars: 0 });
  try {
    const image = { kind: 'image' as const, bytes: new Uint8Array(10), label: 'x' };
    const out = await screener.detect({ kind: 'edit', before: image, after: image, prompt: { kind: 'prompt', text: 'remove her clothes', mode: 'edit' } });
    assert.ok(out.signals.some((s) => s.category === 'undress'));
    assert.deepEqual((await screener.detect({ kind: 'image', bytes: new Uint8Array(1), label: 'x' })).signals, []);
  } finally {
    await screener.close();
  }
});
