import { CheckUnavailableError, errorMessage } from '../errors.ts';
import type { DetectionResult, Signal, Subject, SubjectKind, UnavailableCheck } from '../types.ts';

/** What one detector returns: its signals and, optionally, structured details. */
export interface DetectorOutput {
  signals: Signal[];
  details?: unknown;
}

/**
 * One interface for every detector: the prompt screener, the nudity model, the face model,
 * the edit comparison, hash-list matching. Which ones run is configuration.
 */
export interface Detector {
  readonly name: string;
  readonly accepts: readonly SubjectKind[];
  detect(subject: Subject, options?: DetectOptions): Promise<DetectorOutput> | DetectorOutput;
}

/** Who and what a subject is checked for; detectors that keep per-tenant data (lists, persons) need it. */
export interface RequestContext {
  tenantId?: string;
  /** The kind of check: a generated or edited output is `output`, an edit's inputs `edit`. */
  request?: 'prompt' | 'image' | 'edit' | 'output' | 'moderation';
}

export interface DetectOptions extends RequestContext {
  signal?: AbortSignal;
}

export interface RunDetectorsOptions {
  /** Per-detector time limit in milliseconds; a detector that overruns is reported unavailable. */
  timeoutMs?: number;
  /** Passed to each detector with the subject. */
  context?: RequestContext;
}

/**
 * Runs every detector that accepts the subject: the one fail-closed path. A detector that throws
 * or times out, and a subject that no detector accepts, become an `unavailable` entry plus a
 * `check_unavailable` signal, so the policy blocks. Callers use a guard (`createGuard`), which
 * runs this for each subject and decides.
 */
export async function runDetectors(detectors: readonly Detector[], subject: Subject, options: RunDetectorsOptions = {}): Promise<DetectionResult> {
  const applicable = detectors.filter((d) => d.accepts.includes(subject.kind));
  const result: DetectionResult = { signals: [], unavailable: [], details: {} };
  if (applicable.length === 0) {
    const missing = { detector: 'guard', reason: `no detector accepts a ${subject.kind} subject` };
    result.unavailable.push(missing);
    result.signals.push({ ...unavailableSignal(missing), reason: `No check is configured for ${subject.kind} subjects, so the request is refused.` });
    return result;
  }
  // Detectors that answer synchronously (the inline prompt screener) need no promise per detector.
  const started = applicable.map((d) => runOne(d, subject, options.timeoutMs, options.context));
  const outcomes = started.some((o) => o instanceof Promise) ? await Promise.all(started) : (started as Outcome[]);
  for (const [i, outcome] of outcomes.entries()) {
    const detector = applicable[i]!;
    if ('error' in outcome) {
      result.unavailable.push(outcome.error);
      result.signals.push(unavailableSignal(outcome.error));
    } else {
      result.signals.push(...outcome.output.signals);
      if (outcome.output.details !== undefined) result.details[detector.name] = outcome.output.details;
    }
  }
  return result;
}

export function unavailableSignal(check: UnavailableCheck): Signal {
  return {
    detector: check.detector,
    category: 'check_unavailable',
    score: 1,
    reason: `The ${check.detector} check could not run (${check.reason}), so the request is refused.`,
    evidence: [{ kind: 'note', text: check.reason }],
  };
}

type Outcome = { output: DetectorOutput } | { error: UnavailableCheck };

/**
 * One detector under its time limit. A detector that returns synchronously has finished before any
 * timer could fire, so it gets no timer, no race and no abort controller (its `signal` is made only
 * if it reads it); one that returns a promise races the limit.
 */
function runOne(detector: Detector, subject: Subject, timeoutMs: number | undefined, context: RequestContext = {}): Outcome | Promise<Outcome> {
  let controller: AbortController | undefined;
  const options: DetectOptions = {
    ...context,
    get signal() {
      controller ??= new AbortController();
      return controller.signal;
    },
  };
  let result: Promise<DetectorOutput> | DetectorOutput;
  try {
    result = detector.detect(subject, options);
  } catch (error) {
    return failed(detector, error);
  }
  if (typeof (result as { then?: unknown } | undefined)?.then !== 'function') return checked(detector, result as DetectorOutput);
  const work = Promise.resolve(result);
  if (timeoutMs === undefined)
    return work.then(
      (output) => checked(detector, output),
      (error: unknown) => failed(detector, error),
    );
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller?.abort();
      reject(new CheckUnavailableError(`timed out after ${timeoutMs} ms`));
    }, timeoutMs);
  });
  return Promise.race([work, limit]).then(
    (output) => {
      clearTimeout(timer);
      return checked(detector, output);
    },
    (error: unknown) => {
      clearTimeout(timer);
      return failed(detector, error);
    },
  );
}

function checked(detector: Detector, output: DetectorOutput | undefined): Outcome {
  if (!output || !Array.isArray(output.signals)) return failed(detector, new Error('detector returned no signals array'));
  return { output };
}

function failed(detector: Detector, error: unknown): Outcome {
  return { error: { detector: detector.name, reason: errorMessage(error) } };
}
