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
  /** How many flushes may run at once (default 1). */
  maxInFlight?: number;
}

export function createBatcher<I, O>(flush: (items: I[]) => Promise<O[]>, options: BatcherOptions = {}): Batcher<I, O> {
  const { maxBatch = 256, deferStart = false } = options;
  const maxInFlight = options.maxInFlight ?? 1;
  type Pending = { item: I; resolve: (o: O) => void; reject: (e: unknown) => void };
  let queue: Pending[] = [];
  let inFlight = 0;
  let scheduled = false;
  let idle: Promise<void> | undefined;
  let wake: (() => void) | undefined;

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

  function pump(): void {
    scheduled = false;
    while (queue.length > 0 && inFlight < maxInFlight) {
      const batch = queue.length <= maxBatch ? queue : queue.slice(0, maxBatch);
      queue = queue.length <= maxBatch ? [] : queue.slice(maxBatch);
      inFlight++;
      void flushBatch(batch).then(() => {
        inFlight--;
        pump();
      });
    }
    if (queue.length === 0 && inFlight === 0 && wake) {
      const w = wake;
      wake = undefined;
      idle = undefined;
      w();
    }
  }

  return {
    push(item) {
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (scheduled || inFlight >= maxInFlight) return;
        scheduled = true;
        if (deferStart) setImmediate(pump);
        else pump();
      });
    },
    async drain() {
      if (queue.length === 0 && inFlight === 0) return;
      idle ??= new Promise<void>((resolve) => (wake = resolve));
      await idle;
    },
  };
}
