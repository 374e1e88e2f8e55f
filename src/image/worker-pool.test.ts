import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { CheckUnavailableError, InvalidInputError } from '../errors.ts';
import { createWorkerPool } from './worker-pool.ts';

type In = { action: string; value?: number };
type Out = { value: number };
const fixture = new URL('./fixtures/test-worker.ts', import.meta.url);

describe('worker pool', () => {
  const pool = createWorkerPool<In, Out>(fixture, { size: 2, timeoutMs: 1500 });
  after(() => pool.close());

  it('runs jobs on TypeScript workers started under tsx', async () => {
    await pool.ready();
    const results = await Promise.all([1, 2, 3, 4, 5].map((value) => pool.run({ action: 'echo', value })));
    assert.deepEqual(
      results.map((r) => r.value),
      [1, 2, 3, 4, 5],
    );
  });

  it('passes bad input through as InvalidInputError and other failures as CheckUnavailableError', async () => {
    await assert.rejects(pool.run({ action: 'invalid' }), (e: unknown) => e instanceof InvalidInputError && e.code === 'image_corrupt');
    await assert.rejects(pool.run({ action: 'throw' }), (e: unknown) => e instanceof CheckUnavailableError && /tensor shape/.test(e.message));
  });

  it('fails the job of a crashed worker with CheckUnavailableError and replaces the worker', async () => {
    await assert.rejects(pool.run({ action: 'crash' }), (e: unknown) => e instanceof CheckUnavailableError && /exited with code 3/.test(e.message));
    const results = await Promise.all([6, 7, 8].map((value) => pool.run({ action: 'echo', value })));
    assert.deepEqual(
      results.map((r) => r.value),
      [6, 7, 8],
    );
  });

  it('times a job out, fails it closed and keeps serving', async () => {
    const start = performance.now();
    await assert.rejects(pool.run({ action: 'hang' }), (e: unknown) => e instanceof CheckUnavailableError && /timed out after 1500 ms/.test(e.message));
    assert.ok(performance.now() - start < 5000);
    assert.equal((await pool.run({ action: 'echo', value: 9 })).value, 9);
  });

  it('rejects jobs when the models cannot load, and after close', async () => {
    const broken = createWorkerPool<In, Out>(fixture, { size: 1, workerData: { failLoad: true } });
    await assert.rejects(broken.run({ action: 'echo', value: 1 }), (e: unknown) => e instanceof CheckUnavailableError && /could not load/.test(e.message));
    await broken.close();
    await assert.rejects(broken.run({ action: 'echo', value: 1 }), CheckUnavailableError);
  });
});
