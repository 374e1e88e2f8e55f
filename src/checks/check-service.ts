import { runDetectors, type Detector } from '../detectors/detector.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { decide } from '../policy/decide.ts';
import { isKnownJurisdiction, JURISDICTIONS } from '../policy/legal-basis.ts';
import type { Policy } from '../policy/policy.ts';
import { resolvePolicy } from '../policy/policy-file.ts';
import { sha256Hex, type DecisionLog, type InputRecord, type LogEntry, type LogKind } from '../store/decision-log.ts';
import type { Decision, DetectionResult, ImageSubject, PromptSubject, RequestMode, Signal, Subject } from '../types.ts';
import { MAX_PROMPT_LENGTH } from '../screen/prompt-screener.ts';
import { checkImageInput, type CheckedImage, type ImageLimits } from './image-input.ts';
import type { WorkQueue } from './work-queue.ts';

/** A decision as returned to callers: what the log stored, minus the chain fields. */
export interface CheckedDecision extends Decision {
  id: string;
  kind: LogKind;
  createdAt: string;
  parentId: string | null;
  inputs: InputRecord[];
  signals: Signal[];
}

export interface CheckScope {
  tenantId: string;
  /** A built-in policy name or the operator's configured policy id; defaults to the operator's. */
  policy?: string;
  jurisdiction?: string;
}

/** Computes a PDQ hash when the hashing module is installed. */
export type PdqHasher = (bytes: Uint8Array) => Promise<string | null>;

export interface CheckServiceOptions {
  promptDetectors: readonly Detector[];
  imageDetectors: readonly Detector[];
  editDetectors: readonly Detector[];
  policy: Policy;
  /** Time limit of each detector on images and edits (ms); past it the check is unavailable. */
  timeoutMs: number;
  /** The same for prompt subjects; defaults to `timeoutMs`. */
  promptTimeoutMs?: number;
  log: DecisionLog;
  imageLimits: ImageLimits;
  imageQueue: WorkQueue;
  pdqHash?: PdqHasher;
  keepEvidence?: boolean;
}

export interface CheckService {
  checkPrompt(scope: CheckScope, request: { prompt: string; mode: RequestMode }): Promise<CheckedDecision>;
  checkImage(scope: CheckScope, request: { image: Uint8Array }): Promise<CheckedDecision>;
  /** Before generation: the prompt and the input image(s) together. */
  checkEdit(scope: CheckScope, request: { prompt: string; images: Uint8Array[] }): Promise<CheckedDecision>;
  /**
   * After generation: the output image(s) against the input(s) (edit comparison), with the signals
   * of the pre-generation decision carried over. `unreadableOutputs: 'block'` turns an output that
   * cannot be decoded into a logged block instead of an input error (used for upstream images).
   */
  checkOutput(
    scope: CheckScope,
    request: { decisionId: string; inputs: Uint8Array[]; outputs: Uint8Array[]; prompt?: string; unreadableOutputs?: 'reject' | 'block' },
  ): Promise<CheckedDecision>;
  getDecision(tenantId: string, id: string): Promise<CheckedDecision>;
}

/**
 * The checks behind every surface (HTTP check API, OpenAI-compatible proxy, CLI): validate input
 * (nothing is written for bad input), run the detectors under a time limit, decide under the
 * policy, append to the log, and only then answer.
 */
export function createCheckService(options: CheckServiceOptions): CheckService {
  const allDetectors = [...options.promptDetectors, ...options.imageDetectors, ...options.editDetectors];

  function policyFor(scope: CheckScope): { policy: Policy; jurisdiction: string } {
    const policy = scope.policy === undefined || scope.policy === options.policy.id ? options.policy : resolvePolicy(scope.policy);
    const jurisdiction = (scope.jurisdiction ?? policy.jurisdiction).toUpperCase();
    if (!isKnownJurisdiction(jurisdiction)) {
      throw new NotFoundError(`Unknown jurisdiction "${scope.jurisdiction}". Known: ${JURISDICTIONS.join(', ')}.`, { jurisdiction: scope.jurisdiction }, 'unknown_jurisdiction');
    }
    return { policy, jurisdiction };
  }

  async function detect(subjects: Subject[], extra: Signal[] = []): Promise<DetectionResult> {
    const limit = (s: Subject) => (s.kind === 'prompt' ? (options.promptTimeoutMs ?? options.timeoutMs) : options.timeoutMs);
    const results = await Promise.all(subjects.map((s) => runDetectors(allDetectors, s, { timeoutMs: limit(s) })));
    const merged: DetectionResult = { signals: [...extra], unavailable: [], details: {} };
    for (const [i, r] of results.entries()) {
      merged.signals.push(...r.signals);
      merged.unavailable.push(...r.unavailable);
      for (const [k, v] of Object.entries(r.details)) merged.details[subjects.length > 1 ? `${k}#${i}` : k] = v;
      if (!allDetectors.some((d) => d.accepts.includes(subjects[i]!.kind))) {
        const missing = { detector: 'guard', reason: `no detector accepts a ${subjects[i]!.kind} subject` };
        merged.unavailable.push(missing);
        merged.signals.push({ detector: 'guard', category: 'check_unavailable', score: 1, reason: `No check is configured for ${subjects[i]!.kind} subjects, so the request is refused.`, evidence: [] });
      }
    }
    return merged;
  }

  async function record(
    scope: CheckScope,
    kind: LogKind,
    chosen: { policy: Policy; jurisdiction: string },
    detection: DetectionResult,
    inputs: InputRecord[],
    extra: { parentId?: string; evidence?: Array<{ role: InputRecord['role']; bytes: Uint8Array }> } = {},
  ): Promise<CheckedDecision> {
    const decision = decide(detection, chosen.policy, { jurisdiction: chosen.jurisdiction });
    const entry = await options.log.append({
      tenantId: scope.tenantId,
      kind,
      decision,
      signals: detection.signals,
      inputs,
      parentId: extra.parentId,
      evidence: options.keepEvidence ? extra.evidence : undefined,
    });
    return toChecked(entry);
  }

  async function imageRecord(bytes: Uint8Array, role: InputRecord['role'], checked: CheckedImage): Promise<InputRecord> {
    return { role, sha256: sha256Hex(bytes), pdq: options.pdqHash ? await options.pdqHash(bytes).catch(() => null) : null, ...checked };
  }

  return {
    async checkPrompt(scope, request) {
      const chosen = policyFor(scope);
      const subject = promptSubject(request.prompt, request.mode);
      const detection = await detect([subject]);
      return record(scope, 'prompt', chosen, detection, [promptRecord(subject.text)]);
    },

    async checkImage(scope, request) {
      const chosen = policyFor(scope);
      return options.imageQueue.run(async () => {
        const checked = await checkImageInput(request.image, options.imageLimits);
        const subject: ImageSubject = { kind: 'image', bytes: request.image, label: 'image' };
        const detection = await detect([subject]);
        return record(scope, 'image', chosen, detection, [await imageRecord(request.image, 'input', checked)], { evidence: [{ role: 'input', bytes: request.image }] });
      });
    },

    async checkEdit(scope, request) {
      const chosen = policyFor(scope);
      const prompt = promptSubject(request.prompt, 'edit');
      if (request.images.length === 0) throw new InvalidInputError('An edit check needs at least one input image.');
      return options.imageQueue.run(async () => {
        const checked = await Promise.all(request.images.map((b, i) => checkImageInput(b, options.imageLimits, `image ${i + 1}`)));
        const subjects: Subject[] = [prompt, ...request.images.map((bytes, i): ImageSubject => ({ kind: 'image', bytes, label: `image ${i + 1}` }))];
        const detection = await detect(subjects);
        const inputs = [promptRecord(prompt.text), ...(await Promise.all(request.images.map((b, i) => imageRecord(b, 'input', checked[i]!))))];
        return record(scope, 'edit', chosen, detection, inputs, { evidence: request.images.map((bytes) => ({ role: 'input' as const, bytes })) });
      });
    },

    async checkOutput(scope, request) {
      const chosen = policyFor(scope);
      const parent = await options.log.get(request.decisionId, scope.tenantId);
      if (!parent) throw new NotFoundError(`No decision ${request.decisionId} for this tenant.`, { decisionId: request.decisionId }, 'decision_not_found');
      if (request.outputs.length === 0) throw new InvalidInputError('An output check needs at least one output image.');
      const prompt = request.prompt === undefined ? undefined : promptSubject(request.prompt, 'edit');
      const comparison = bindToPreCheck(parent, request.inputs, prompt?.text);
      return options.imageQueue.run(async () => {
        const inputChecks = await Promise.all(request.inputs.map((b, i) => checkImageInput(b, options.imageLimits, `input ${i + 1}`)));
        const extra: Signal[] = parent.signals.map((s) => ({ ...s, reason: `${s.reason} (from the pre-generation decision)` }));
        if (comparison) extra.push(comparison);
        const outputChecks: Array<CheckedImage | undefined> = [];
        for (const [i, bytes] of request.outputs.entries()) {
          try {
            outputChecks.push(await checkImageInput(bytes, options.imageLimits, `output ${i + 1}`));
          } catch (error) {
            if (request.unreadableOutputs !== 'block') throw error;
            outputChecks.push(undefined);
            const reason = error instanceof Error ? error.message : String(error);
            extra.push({ detector: 'image-input', category: 'check_unavailable', score: 1, reason: `The returned image could not be checked (${reason}), so it is refused.`, evidence: [{ kind: 'note', text: reason }] });
          }
        }
        const subjects: Subject[] = [];
        for (const [i, after] of request.outputs.entries()) {
          if (!outputChecks[i]) continue;
          const out: ImageSubject = { kind: 'image', bytes: after, label: `output ${i + 1}` };
          subjects.push(out);
          for (const [j, before] of request.inputs.entries()) subjects.push({ kind: 'edit', before: { kind: 'image', bytes: before, label: `input ${j + 1}` }, after: out, ...(prompt ? { prompt } : {}) });
        }
        const detection = await detect(subjects, extra);
        const inputs = [
          ...(prompt ? [promptRecord(prompt.text)] : []),
          ...(await Promise.all(request.inputs.map((b, i) => imageRecord(b, 'input', inputChecks[i]!)))),
          ...(await Promise.all(request.outputs.map((b, i) => (outputChecks[i] ? imageRecord(b, 'output', outputChecks[i]!) : Promise.resolve<InputRecord>({ role: 'output', sha256: sha256Hex(b), pdq: null }))))),
        ];
        return record(scope, 'output', chosen, detection, inputs, {
          parentId: parent.id,
          evidence: [...request.inputs.map((bytes) => ({ role: 'input' as const, bytes })), ...request.outputs.map((bytes) => ({ role: 'output' as const, bytes }))],
        });
      });
    },

    async getDecision(tenantId, id) {
      const entry = await options.log.get(id, tenantId);
      if (!entry) throw new NotFoundError(`No decision ${id} for this tenant.`, { decisionId: id }, 'decision_not_found');
      return toChecked(entry);
    },
  };
}

/**
 * The output check is bound to its pre-check: the inputs sent must be the pre-check's own (by
 * SHA-256), and so must the prompt. Different ones are refused (`inputs_mismatch`); none at all when
 * the pre-check had input images means the comparison cannot run, which blocks (fail closed) with
 * a reason that says so.
 */
function bindToPreCheck(parent: LogEntry, inputs: Uint8Array[], prompt: string | undefined): Signal | undefined {
  if (parent.kind === 'output') throw new InvalidInputError(`Decision ${parent.id} is an output check; give the pre-generation decision.`, { param: 'decisionId' }, 'inputs_mismatch');
  const known = new Set(parent.inputs.filter((r) => r.role === 'input').map((r) => r.sha256));
  for (const [i, bytes] of inputs.entries()) {
    if (!known.has(sha256Hex(bytes))) {
      throw new InvalidInputError(`inputs[${i}] is not one of the images decision ${parent.id} checked; the output is compared only with the pre-check's inputs.`, { param: `inputs[${i}]` }, 'inputs_mismatch');
    }
  }
  const parentPrompt = parent.inputs.find((r) => r.role === 'prompt');
  if (prompt !== undefined && parentPrompt && parentPrompt.sha256 !== sha256Hex(prompt)) {
    throw new InvalidInputError(`"prompt" is not the prompt decision ${parent.id} checked.`, { param: 'prompt' }, 'inputs_mismatch');
  }
  if (known.size > 0 && inputs.length === 0) {
    return {
      detector: 'edit-comparison',
      category: 'check_unavailable',
      score: 1,
      reason: `The output could not be compared with the input images of decision ${parent.id} (they were not sent again), so it is refused.`,
      evidence: [{ kind: 'note', text: 'inputs missing' }],
    };
  }
  return undefined;
}

function promptSubject(text: unknown, mode: RequestMode): PromptSubject {
  if (typeof text !== 'string' || text.trim().length === 0) throw new InvalidInputError('"prompt" must be a non-empty string.');
  if (text.length > MAX_PROMPT_LENGTH) throw new InvalidInputError(`"prompt" is longer than ${MAX_PROMPT_LENGTH} characters.`);
  // PostgreSQL text and jsonb cannot hold NUL or lone surrogates; such text is malformed anyway.
  if (text.includes('\u0000') || LONE_SURROGATE.test(text)) throw new InvalidInputError('"prompt" contains a NUL character or malformed Unicode.');
  return { kind: 'prompt', text, mode };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function promptRecord(text: string): InputRecord {
  return { role: 'prompt', sha256: sha256Hex(text), length: text.length };
}

function toChecked(entry: LogEntry): CheckedDecision {
  return { ...entry.decision, id: entry.id, kind: entry.kind, createdAt: entry.createdAt, parentId: entry.parentId, inputs: entry.inputs, signals: entry.signals };
}
