import { availableParallelism } from 'node:os';
import type { Detector, DetectorOutput } from '../detectors/detector.ts';
import { CheckUnavailableError } from '../errors.ts';
import { PROMPT_SCREENER, promptScreenerDetector } from '../screen/prompt-screener.ts';
import { createWorkerPool, type WorkerPool } from '../image/worker-pool.ts';
import type { Subject } from '../types.ts';

export interface IsolatedDetector extends Detector {
  /** Resolves once every worker has loaded the screener. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The prompt screener in a small pool of worker threads with a hard time limit: a prompt that
 * takes too long is stopped by terminating its worker (which is replaced), and the check is
 * reported unavailable, so the request is refused in time and the event loop that serves every
 * other tenant (and /healthz) is never held by a screen, whatever the screener does.
 *
 * Short prompts (INLINE_PROMPT_CHARS) are screened here. Two workers at least, so a replacement
 * starting after a stop leaves one screening. Only the text travels to the worker (an edit subject's images stay here); a hop costs tens of
 * microseconds (measured in BENCHMARKS.md, gateway section).
 */
/**
 * Prompts up to this many characters are screened on the calling thread: a worker hop costs more
 * than screening them, and the screener's worst case at this length was measured at ~14 ms on the
 * loaded 2-core machine (issue 10; 192 characters could take 67 ms and 256 took 223 ms with the
 * screener of that time, so longer text always goes to a worker).
 */
export const INLINE_PROMPT_CHARS = 128;

export function createIsolatedPromptScreener(options: { timeoutMs: number; workers?: number; inlineMaxChars?: number }): IsolatedDetector {
  const inlineMax = options.inlineMaxChars ?? INLINE_PROMPT_CHARS;
  const size = options.workers && options.workers > 0 ? options.workers : Math.max(2, Math.min(4, availableParallelism() - 1));
  // Started on first use, so a CLI command that never screens a prompt starts no thread.
  let pool: WorkerPool<Subject, DetectorOutput> | undefined;
  const started = () => (pool ??= createWorkerPool<Subject, DetectorOutput>(new URL('./prompt-worker.ts', import.meta.url), { size, timeoutMs: options.timeoutMs, startTimeoutMs: 60_000 }));
  return {
    name: PROMPT_SCREENER,
    accepts: ['prompt', 'edit'],
    async detect(subject) {
      let text: Subject;
      if (subject.kind === 'prompt') text = { kind: 'prompt', text: subject.text, mode: subject.mode };
      else if (subject.kind === 'edit' && subject.prompt) text = { kind: 'prompt', text: subject.prompt.text, mode: 'edit' };
      else return { signals: [] };
      if (text.text.length <= inlineMax) return promptScreenerDetector.detect(text);
      try {
        return await started().run(text);
      } catch (error) {
        if (!(error instanceof CheckUnavailableError)) throw error;
        // The pool's messages speak of image models; say what happened to this check instead.
        if (/timed out/.test(error.message)) throw new CheckUnavailableError(`the prompt screen took longer than ${options.timeoutMs} ms and was stopped`);
        throw new CheckUnavailableError(`the prompt screener worker failed (${error.message.replace(/^image analysis failed: /, '')})`);
      }
    },
    ready: () => started().ready(),
    close: async () => {
      await pool?.close();
    },
  };
}

