import { QueueFullError } from '../errors.ts';

export interface WorkQueue {
  /** Runs `fn` when a slot is free; throws QueueFullError at once when too many are waiting. */
  run<T>(fn: () => Promise<T>): Promise<T>;
  readonly active: number;
  readonly waiting: number;
  /** Whether a new task would be refused now (every slot busy and the waiting line full): admission before reading a body. */
  readonly full: boolean;
  /** Resolves when nothing is running or waiting. */
  idle(): Promise<void>;
}

/**
 * A bounded in-flight queue: at most `concurrency` tasks run and `maxWaiting` wait; beyond that
 * callers get a 503-style refusal instead of an ever-growing backlog (no queueing collapse).
 */
export function createWorkQueue(options: { concurrency: number; maxWaiting: number; retryAfterSeconds?: number }): WorkQueue {
  let active = 0;
  const waiting: Array<() => void> = [];
  const idlers: Array<() => void> = [];
  const release = () => {
    active--;
    const next = waiting.shift();
    if (next) {
      active++;
      next();
    } else if (active === 0) idlers.splice(0).forEach((r) => r());
  };
  return {
    async run(fn) {
      if (active >= options.concurrency) {
        if (waiting.length >= options.maxWaiting) throw new QueueFullError(options.retryAfterSeconds ?? 1);
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else active++;
      try {
        return await fn();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
    get full() {
      return active >= options.concurrency && waiting.length >= options.maxWaiting;
    },
    idle: () => (active === 0 && waiting.length === 0 ? Promise.resolve() : new Promise<void>((r) => idlers.push(r))),
  };
}
