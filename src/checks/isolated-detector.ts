import { availableParallelism } from 'node:os';
import type { Detector, DetectorOutput } from '../detectors/detector.ts';
import { CheckUnavailableError } from '../errors.ts';
import { PROMPT_SCREENER, promptScreenerDetector } from '../screen/prompt-screener.ts';
import { createWorkerPool, type WorkerPool } from '../image/worker-pool.ts';
import type { PromptSubject, Subject } from '../types.ts';

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
 * Prompts (with their thread's history) up to this many characters are screened on the calling
 * thread: a worker hop costs more than screening them. With the linear-time screener the worst of
 * six repeated-word prompts took 9-17 ms at 128-512 characters on the loaded 2-core machine (and
 * 151 ms at 32,000), so longer text goes to a worker, where a time limit can really stop it.
 */
export const INLINE_PROMPT_CHARS = 512;

export function createIsolatedPromptScreener(options: { timeoutMs: number; workers?: number; inlineMaxChars?: number }): IsolatedDetector {
  const inlineMax = options.inlineMaxChars ?? INLINE_PROMPT_CHARS;
  const size = options.workers && options.workers > 0 ? options.workers : Math.max(2, Math.min(4, availableParallelism() - 1));
  // Started on first use, so a CLI command that never screens a prompt starts no thread.
  let pool: WorkerPool<Subject, DetectorOutput> | undefined;
  const started = () => (pool ??= createWorkerPool<Subject, DetectorOutput>(new URL('./prompt-worker.ts', import.meta.url), { size, timeoutMs: options.timeoutMs, startTimeoutMs: 60_000 }));
  return {
    name: PROMPT_SCREENER,
    accepts: ['prompt', 'edit'],
    // Not async: an inline screen answers synchronously (no promise, no time limit to race; see runDetectors).
    detect(subject) {
      let text: PromptSubject;
      // The text and the thread's earlier prompts travel; an edit's images stay here.
      if (subject.kind === 'prompt') text = { kind: 'prompt', text: subject.text, mode: subject.mode, ...(subject.history ? { history: subject.history } : {}) };
      else if (subject.kind === 'edit' && subject.prompt) text = { kind: 'prompt', text: subject.prompt.text, mode: 'edit', ...(subject.prompt.history ? { history: subject.prompt.history } : {}) };
      else return { signals: [] };
      const length = text.text.length + (text.history ?? []).reduce((n, h) => n + h.length, 0);
      if (length <= inlineMax) return promptScreenerDetector.detect(text);
      return started()
        .run(text)
        .catch((error: unknown) => {
          if (!(error instanceof CheckUnavailableError)) throw error;
          // The pool's messages speak of image models; say what happened to this check instead.
          if (/timed out/.test(error.message)) throw new CheckUnavailableError(`the prompt screen took longer than ${options.timeoutMs} ms and was stopped`);
          throw new CheckUnavailableError(`the prompt screener worker failed (${error.message.replace(/^image analysis failed: /, '')})`);
        });
    },
    ready: () => started().ready(),
    close: async () => {
      await pool?.close();
    },
  };
}
