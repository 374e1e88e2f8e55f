import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBatcher } from './batcher.ts';

/** A flush that records each batch and answers at once, like PGlite (no I/O wait). */
function recordingFlush(fail: (n: number) => boolean = () => false) {
  const batches: number[][] = [];
  const flush = async (items: number[]) => {
    batches.push(items);
    if (items.some(fail)) throw new Error(`bad item in ${items.join(',')}`);
    return items.map((n) => n * 10);
  };
  return { batches, flush };
}

test('items pushed while a flush runs go together in the next one', async () => {
  const batches: number[][] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const batcher = createBatcher<number, number>(async (items) => {
    batches.push(items);
    if (batches.length === 1) await gate;
    return items;
  });
  const first = batcher.push(1);
  const rest = [2, 3, 4].map((n) => batcher.push(n));
  release();
  assert.deepEqual(await Promise.all([first, ...rest]), [1, 2, 3, 4]);
  assert.deepEqual(batches, [[1], [2, 3, 4]]);
});

test('with a flush that never waits, items go one by one unless the start is deferred', async () => {
  const eager = recordingFlush();
  const now = createBatcher(eager.flush);
  // Each push is followed by its own turn of work (as each HTTP request is), so the flush of the
  // first has finished before the second arrives.
  for (const n of [1, 2, 3]) await now.push(n);
  assert.deepEqual(eager.batches, [[1], [2], [3]]);

  const deferred = recordingFlush();
  const later = createBatcher(deferred.flush, { deferStart: true });
  // Requests read in one event-loop turn: pushed one after another, each after some microtasks.
  const results = await Promise.all(
    [1, 2, 3].map(async (n) => {
      for (let i = 0; i < n * 3; i++) await Promise.resolve();
      return later.push(n);
    }),
  );
  assert.deepEqual(results, [10, 20, 30]);
  assert.deepEqual(deferred.batches, [[1, 2, 3]]);
});

test('a failing item is retried alone and fails alone; its neighbours succeed', async () => {
  const { batches, flush } = recordingFlush((n) => n === 2);
  const batcher = createBatcher(flush, { deferStart: true });
  const outcomes = await Promise.allSettled([1, 2, 3].map((n) => batcher.push(n)));
  assert.deepEqual(
    outcomes.map((o) => o.status),
    ['fulfilled', 'rejected', 'fulfilled'],
  );
  assert.deepEqual(batches, [[1, 2, 3], [1], [2], [3]]);
});

test('batches never exceed maxBatch, and drain waits for everything pushed', async () => {
  const { batches, flush } = recordingFlush();
  const batcher = createBatcher(flush, { maxBatch: 4, deferStart: true });
  const pushed = Array.from({ length: 10 }, (_, n) => batcher.push(n));
  await batcher.drain();
  assert.deepEqual(
    batches.map((b) => b.length),
    [4, 4, 2],
  );
  assert.deepEqual(
    await Promise.all(pushed),
    Array.from({ length: 10 }, (_, n) => n * 10),
  );
});
