/**
 * Group commit: items pushed while a flush runs wait and go together in the next flush, so under
 * load one transaction carries many items and at rest an item is flushed at once (no timer, no
 * added latency). A promise resolves only after its flush resolved, i.e. after the commit.
 */
export interface Batcher<I, O> {
  push(item: I): Promise<O>;
  /** Resolves when everything pushed so far has been flushed. */
  drain(): Promise<void>;
}

export interface BatcherOptions {
  maxBatch?: number;
  /**
   * Start a flush on the event loop's next turn instead of at once, so that every request read in
   * this turn joins it. For a flush that runs synchronously (PGlite executes in this thread): it
   * never waits on I/O, so no batch would form while it runs and every item would go alone.
   */
  deferStart?: boolean;
}

export function createBatcher<I, O>(flush: (items: I[]) => Promise<O[]>, options: BatcherOptions = {}): Batcher<I, O> {
  const { maxBatch = 256, deferStart = false } = options;
  type Pending = { item: I; resolve: (o: O) => void; reject: (e: unknown) => void };
  let queue: Pending[] = [];
  let running: Promise<void> | undefined;

  async function flushBatch(batch: Pending[]): Promise<void> {
    try {
      const out = await flush(batch.map((p) => p.item));
      batch.forEach((p, i) => p.resolve(out[i]!));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      // One bad item must not fail its neighbours: retry them one by one.
      for (const p of batch) await flushBatch([p]);
    }
  }

  async function run(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      await flushBatch(batch);
    }
    running = undefined;
  }

  return {
    push(item) {
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        running ??= deferStart ? new Promise<void>((resolve) => setImmediate(resolve)).then(run) : run();
      });
    },
    async drain() {
      while (running) await running;
    },
  };
}
