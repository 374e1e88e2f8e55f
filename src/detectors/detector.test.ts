import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Signal, Subject } from '../types.ts';
import { runDetectors, type DetectOptions, type Detector } from './detector.ts';

const subject: Subject = { kind: 'prompt', text: 'a cat', mode: 'generate' };
const signal: Signal = { detector: 'd', category: 'sexual', score: 0.9, reason: 'r', evidence: [] };
const detector = (detect: Detector['detect']): Detector => ({ name: 'd', accepts: ['prompt'], detect });

describe('runDetectors', () => {
  it('takes a synchronous answer as it is, and its signal is a live, unaborted one when read', async () => {
    let seen: AbortSignal | undefined;
    const result = await runDetectors(
      [
        detector((_s, options?: DetectOptions) => {
          seen = options?.signal;
          return { signals: [{ ...signal }] };
        }),
      ],
      subject,
      { timeoutMs: 1 },
    );
    assert.deepEqual(result.signals, [signal]);
    assert.deepEqual(result.unavailable, []);
    assert.ok(seen instanceof AbortSignal);
    assert.equal(seen.aborted, false);
  });

  it('refuses a synchronous throw and a malformed synchronous answer (fail closed)', async () => {
    const throwing = await runDetectors(
      [
        detector(() => {
          throw new Error('boom');
        }),
      ],
      subject,
    );
    assert.deepEqual(throwing.unavailable, [{ detector: 'd', reason: 'boom' }]);
    assert.equal(throwing.signals[0]?.category, 'check_unavailable');
    const malformed = await runDetectors([detector(() => ({}) as never)], subject);
    assert.match(malformed.unavailable[0]!.reason, /no signals array/);
  });

  it('stops waiting for an asynchronous answer at the limit and aborts the signal the detector holds', async () => {
    let seen: AbortSignal | undefined;
    const result = await runDetectors(
      [
        detector((_s, options) => {
          seen = options?.signal;
          return new Promise(() => {});
        }),
      ],
      subject,
      { timeoutMs: 20 },
    );
    assert.match(result.unavailable[0]!.reason, /timed out after 20 ms/);
    assert.equal(seen?.aborted, true);
  });

  it('waits for a thenable that is not a native promise', async () => {
    // biome-ignore lint/suspicious/noThenProperty: a thenable that is not a native promise is what this tests.
    const thenable = { then: (resolve: (v: unknown) => void) => resolve({ signals: [{ ...signal }] }) };
    const result = await runDetectors([detector(() => thenable as never)], subject, { timeoutMs: 1000 });
    assert.deepEqual(result.signals, [signal]);
  });
});
