// A fixed pool of worker threads, each running one module (TypeScript under tsx, or compiled JavaScript). Each worker loads
// its models once; a crashed or timed-out worker is replaced and its job fails with
// CheckUnavailableError, so a caller's policy fails closed instead of hanging.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { isErrorCode } from '../error-codes.ts';
import { CheckUnavailableError, ConsentryError, InvalidInputError, errorMessage } from '../errors.ts';

/** Messages a pool worker sends. */
export type WorkerReply = { type: 'ready' } | { type: 'fatal'; message: string } | { type: 'result'; id: number; value: unknown } | { type: 'error'; id: number; error: SerializedError };

export interface SerializedError {
  name: string;
  code?: string;
  message: string;
  details?: Record<string, unknown>;
}

export interface WorkerPoolOptions {
  /** Number of threads; 0 or absent means one per core. */
  size?: number;
  /** Time limit per job in milliseconds, from the moment a worker takes it. */
  timeoutMs?: number;
  /** Time limit for a worker to load its models. */
  startTimeoutMs?: number;
  workerData?: unknown;
}

export interface WorkerPool<In, Out> {
  readonly size: number;
  /** `deadline` (epoch ms): the job fails with CheckUnavailableError if it has not finished by then (the pool's own limit still applies). */
  run(input: In, transfer?: ArrayBuffer[], deadline?: number): Promise<Out>;
  /** Resolves when every worker has loaded (or rejects with why one could not). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

interface Job {
  id: number;
  input: unknown;
  transfer: ArrayBuffer[];
  deadline?: number;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  isReady: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
}

/**
 * A worker's entry. A compiled .js module (the package's dist/) runs as it is. A .ts module (the
 * sources, under tsx) gets an entry that registers tsx and then imports it: Node 20 does not apply
 * `--import tsx` from a worker's execArgv to the worker's own entry file, so the registration
 * happens inside the worker first. URLs are absolute, so this works from any working directory.
 */
export function workerEntry(moduleUrl: URL): URL {
  if (!moduleUrl.pathname.endsWith('.ts')) return moduleUrl;
  // Compiled (dist/): a caller's `new URL('./x.ts', import.meta.url)` names the .js module built beside it.
  if (!import.meta.url.endsWith('.ts')) return new URL(moduleUrl.href.replace(/\.ts$/, '.js'));
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(moduleUrl.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

export function defaultPoolSize(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** Starts `size` workers running `moduleUrl` (a .ts or compiled .js module) and hands them jobs in order. */
export function createWorkerPool<In, Out>(moduleUrl: URL, options: WorkerPoolOptions = {}): WorkerPool<In, Out> {
  const size = options.size && options.size > 0 ? options.size : defaultPoolSize();
  const timeoutMs = options.timeoutMs ?? 30_000;
  const startTimeoutMs = options.startTimeoutMs ?? 120_000;
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  let startFailure: Error | undefined;

  function start(): Slot {
    const worker = new Worker(workerEntry(moduleUrl), {
      workerData: options.workerData,
      // A worker's stray output would corrupt the CLI's JSON lines.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let markReady!: () => void;
    let markFailed!: (error: Error) => void;
    const slot: Slot = {
      worker,
      isReady: false,
      ready: new Promise<void>((resolve, reject) => {
        markReady = resolve;
        markFailed = reject;
      }),
    };
    slot.ready.catch(() => {});
    const startTimer = setTimeout(() => {
      markFailed(new CheckUnavailableError(`image model worker did not start within ${startTimeoutMs} ms`));
      replace(slot, undefined);
    }, startTimeoutMs);
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') {
        clearTimeout(startTimer);
        slot.isReady = true;
        startFailure = undefined;
        markReady();
        dispatch();
      } else if (reply.type === 'fatal') {
        clearTimeout(startTimer);
        const error = new CheckUnavailableError(`image models could not load: ${reply.message}`);
        markFailed(error);
        startFailure = error;
        // Without models no job can run: fail the queue now rather than restart in a loop.
        for (const job of queue.splice(0)) job.reject(error);
        void worker.terminate();
      } else if (reply.type === 'result' || reply.type === 'error') {
        const job = slot.job;
        if (!job || job.id !== reply.id) return;
        finish(slot);
        if (reply.type === 'result') job.resolve(reply.value);
        else job.reject(deserialize(reply.error));
        dispatch();
      }
    });
    worker.on('error', (error) => {
      clearTimeout(startTimer);
      markFailed(new CheckUnavailableError(`image model worker failed: ${errorMessage(error)}`));
      replace(slot, new CheckUnavailableError(`image model worker crashed: ${errorMessage(error)}`));
    });
    worker.on('exit', (code) => {
      clearTimeout(startTimer);
      if (closed) return;
      markFailed(new CheckUnavailableError(`image model worker exited with code ${code}`));
      replace(slot, new CheckUnavailableError(`image model worker exited with code ${code}`));
    });
    return slot;
  }

  function finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.job = undefined;
  }

  /** Fails the slot's job (if any), stops its worker and starts a fresh one in its place. */
  function replace(slot: Slot, error: Error | undefined): void {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    const job = slot.job;
    finish(slot);
    if (job) job.reject(error ?? new CheckUnavailableError('image model worker was replaced'));
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('error');
    slot.worker.on('error', () => {});
    void slot.worker.terminate();
    if (closed || startFailure) {
      slots.splice(index, 1);
      return;
    }
    slots[index] = start();
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (!slot.isReady || slot.job) continue;
      // The image's own budget (decode, hashing and models share it) may end before the pool's limit.
      let job: Job | undefined;
      let left = timeoutMs;
      while ((job = queue.shift())) {
        left = job.deadline === undefined ? timeoutMs : Math.min(timeoutMs, job.deadline - Date.now());
        if (left > 0) break;
        job.reject(new CheckUnavailableError("the image's time budget was spent before its analysis could start"));
      }
      if (!job) return;
      slot.job = job;
      slot.timer = setTimeout(() => replace(slot, new CheckUnavailableError(`image analysis timed out after ${Math.round(left)} ms`)), left);
      slot.worker.postMessage({ id: job.id, input: job.input }, job.transfer);
    }
  }

  for (let i = 0; i < size; i++) slots.push(start());

  return {
    size,
    run(input, transfer = [], deadline) {
      if (closed) return Promise.reject(new CheckUnavailableError('the image analyzer is closed'));
      if (startFailure) {
        // Try again from scratch: a load failure may have been transient (memory pressure).
        const failure = startFailure;
        startFailure = undefined;
        if (slots.length === 0) for (let i = 0; i < size; i++) slots.push(start());
        else return Promise.reject(failure);
      }
      return new Promise<Out>((resolve, reject) => {
        queue.push({ id: nextId++, input, transfer, deadline, resolve: resolve as (v: unknown) => void, reject });
        dispatch();
      });
    },
    async ready() {
      await Promise.all(slots.map((s) => s.ready));
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new CheckUnavailableError('the image analyzer was closed'));
      await Promise.all(
        slots.splice(0).map(async (slot) => {
          const job = slot.job;
          finish(slot);
          job?.reject(new CheckUnavailableError('the image analyzer was closed'));
          await slot.worker.terminate();
        }),
      );
    },
  };
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof ConsentryError) return { name: error.name, code: error.code, message: error.message, details: error.details };
  return { name: error instanceof Error ? error.name : 'Error', message: errorMessage(error) };
}

function deserialize(e: SerializedError): Error {
  if (e.name === 'InvalidInputError') return new InvalidInputError(e.message, e.details, e.code !== undefined && isErrorCode(e.code) ? e.code : undefined);
  // Anything else that went wrong inside a model is a check that could not run.
  return new CheckUnavailableError(`image analysis failed: ${e.message}`, e.details);
}
