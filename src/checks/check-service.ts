import { InvalidInputError, NotFoundError } from '../errors.ts';
import type { Guard } from '../guard.ts';
import type { Policy } from '../policy/policy.ts';
import { sha256Hex, type DecisionLog, type InputRecord, type LogEntry, type LogKind } from '../store/decision-log.ts';
import { imageSubject, promptSubject } from '../subjects.ts';
import type { Decision, DetectionResult, ImageSubject, RequestMode, Signal, Subject } from '../types.ts';
import type { VerifiedConsentRecord } from '../policy/decide.ts';
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
  /** The end user the request is made for (OpenAI's `user` field or a header); consent grants may name one. */
  endUser?: string;
  /** For a self-edit: the requesting end user's own enrolled person id. */
  selfPersonId?: string;
}

/** Verified consent for a request, from the consent registry (src/protect); `reason` says why there is none. */
export type ConsentVerifier = (request: { tenantId: string; endUser?: string; selfPersonId?: string }, detection: DetectionResult) => Promise<{ consent?: VerifiedConsentRecord; reason?: string }>;

/** Computes a PDQ hash when the hashing module is installed. */
export type PdqHasher = (bytes: Uint8Array) => Promise<string | null>;

export interface CheckServiceOptions {
  /** The detectors, their time limits and the policy (`createContext` builds it from config). */
  guard: Guard;
  log: DecisionLog;
  imageLimits: ImageLimits;
  imageQueue: WorkQueue;
  pdqHash?: PdqHasher;
  keepEvidence?: boolean;
  /** Verifies consent grants against the faces found; absent: no consent is ever verified. */
  verifyConsent?: ConsentVerifier;
}

export interface CheckService {
  /** `history`: the thread's earlier prompts, oldest first, so a follow-up ("now make it smaller") is read in context. */
  checkPrompt(scope: CheckScope, request: { prompt: string; mode: RequestMode; history?: readonly string[] }): Promise<CheckedDecision>;
  checkImage(scope: CheckScope, request: { image: Uint8Array }): Promise<CheckedDecision>;
  /**
   * Before generation: the prompt and the input image(s) together. `masks` (an edit's mask) are
   * checked as images too, but recorded as masks: an output is compared with the inputs only.
   */
  checkEdit(scope: CheckScope, request: { prompt: string; images: Uint8Array[]; masks?: Uint8Array[]; history?: readonly string[] }): Promise<CheckedDecision>;
  /**
   * After generation: the output image(s) against the input(s) (edit comparison), with the signals
   * of the pre-generation decision carried over. `unreadableOutputs: 'block'` turns an output that
   * cannot be decoded into a logged block instead of an input error (used for upstream images).
   */
  checkOutput(scope: CheckScope, request: { decisionId: string; inputs: Uint8Array[]; outputs: Uint8Array[]; prompt?: string; unreadableOutputs?: 'reject' | 'block' }): Promise<CheckedDecision>;
  getDecision(tenantId: string, id: string): Promise<CheckedDecision>;
}

/**
 * The checks behind every surface (HTTP check API, OpenAI-compatible proxy, CLI): validate input
 * (nothing is written for bad input), run the detectors under a time limit, decide under the
 * policy, append to the log, and only then answer.
 */
export function createCheckService(options: CheckServiceOptions): CheckService {
  type Scope = { policy: Policy; jurisdiction: string };

  async function record(
    scope: CheckScope,
    kind: LogKind,
    chosen: Scope,
    subjects: Subject[],
    inputRecords: InputRecord[] | Promise<InputRecord[]>,
    extra: { parentId?: string; signals?: Signal[]; evidence?: Array<{ role: InputRecord['role']; bytes: Uint8Array }> } = {},
  ): Promise<CheckedDecision> {
    const verifyConsent = kind === 'prompt' || !options.verifyConsent ? undefined : (found: DetectionResult) => options.verifyConsent!(scope, found);
    // The records (PDQ hashes) are computed while the detectors run, not after them.
    const [{ decision, detection }, inputs] = await Promise.all([
      options.guard.check(subjects, { ...chosen, signals: extra.signals, request: { tenantId: scope.tenantId, request: kind }, verifyConsent }),
      inputRecords,
    ]);
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
      const chosen = options.guard.resolve(scope);
      const subject = promptSubject(request.prompt, request.mode, request.history);
      return record(scope, 'prompt', chosen, [subject], [promptRecord(subject.text)]);
    },

    async checkImage(scope, request) {
      const chosen = options.guard.resolve(scope);
      return options.imageQueue.run(async () => {
        const { subject, checked } = await imageSubject(request.image, options.imageLimits);
        return record(
          scope,
          'image',
          chosen,
          [subject],
          imageRecord(request.image, 'input', checked).then((r) => [r]),
          { evidence: [{ role: 'input', bytes: request.image }] },
        );
      });
    },

    async checkEdit(scope, request) {
      const chosen = options.guard.resolve(scope);
      const prompt = promptSubject(request.prompt, 'edit', request.history);
      if (request.images.length === 0) throw new InvalidInputError('An edit check needs at least one input image.');
      const masks = request.masks ?? [];
      return options.imageQueue.run(async () => {
        const images = await Promise.all(request.images.map((b, i) => imageSubject(b, options.imageLimits, `image ${i + 1}`)));
        const maskImages = await Promise.all(masks.map((b, i) => imageSubject(b, options.imageLimits, masks.length === 1 ? 'mask' : `mask ${i + 1}`)));
        const subjects: Subject[] = [prompt, ...images.map((i) => i.subject), ...maskImages.map((m) => m.subject)];
        const inputs = Promise.all([...request.images.map((b, i) => imageRecord(b, 'input', images[i]!.checked)), ...masks.map((b, i) => imageRecord(b, 'mask', maskImages[i]!.checked))]).then(
          (records) => [promptRecord(prompt.text), ...records],
        );
        return record(scope, 'edit', chosen, subjects, inputs, {
          evidence: [...request.images.map((bytes) => ({ role: 'input' as const, bytes })), ...masks.map((bytes) => ({ role: 'mask' as const, bytes }))],
        });
      });
    },

    async checkOutput(scope, request) {
      const chosen = options.guard.resolve(scope);
      const parent = await options.log.get(request.decisionId, scope.tenantId);
      if (!parent) throw new NotFoundError(`No decision ${request.decisionId} for this tenant.`, { decisionId: request.decisionId }, 'decision_not_found');
      if (request.outputs.length === 0) throw new InvalidInputError('An output check needs at least one output image.');
      const prompt = request.prompt === undefined ? undefined : promptSubject(request.prompt, 'edit');
      const comparison = bindToPreCheck(parent, request.inputs, prompt?.text);
      // The inputs are the pre-check's own (verified by hash): their records (size, PDQ) are reused, not recomputed.
      const inputRecords = request.inputs.map((b) => {
        const sha = sha256Hex(b);
        return parent.inputs.find((r) => r.role === 'input' && r.sha256 === sha)!;
      });
      return options.imageQueue.run(async () => {
        const extra: Signal[] = parent.signals.map((s) => ({ ...s, reason: `${s.reason} (from the pre-generation decision)` }));
        if (comparison) extra.push(comparison);
        const outputChecks: Array<CheckedImage | undefined> = await Promise.all(
          request.outputs.map(async (bytes, i) => {
            try {
              return await checkImageInput(bytes, options.imageLimits, `output ${i + 1}`);
            } catch (error) {
              if (request.unreadableOutputs !== 'block') throw error;
              const reason = error instanceof Error ? error.message : String(error);
              extra.push({
                detector: 'image-input',
                category: 'check_unavailable',
                score: 1,
                reason: `The returned image could not be checked (${reason}), so it is refused.`,
                evidence: [{ kind: 'note', text: reason }],
              });
              return undefined;
            }
          }),
        );
        const subjects: Subject[] = [];
        for (const [i, after] of request.outputs.entries()) {
          if (!outputChecks[i]) continue;
          const out: ImageSubject = { kind: 'image', bytes: after, label: `output ${i + 1}` };
          subjects.push(out);
          for (const [j, before] of request.inputs.entries())
            subjects.push({ kind: 'edit', before: { kind: 'image', bytes: before, label: `input ${j + 1}` }, after: out, ...(prompt ? { prompt } : {}) });
        }
        const inputs = Promise.all(
          request.outputs.map((b, i) => (outputChecks[i] ? imageRecord(b, 'output', outputChecks[i]!) : Promise.resolve<InputRecord>({ role: 'output', sha256: sha256Hex(b), pdq: null }))),
        ).then((outputs) => [...(prompt ? [promptRecord(prompt.text)] : []), ...inputRecords, ...outputs]);
        return record(scope, 'output', chosen, subjects, inputs, {
          parentId: parent.id,
          signals: extra,
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
 * SHA-256), all of them, and so must the prompt. Different ones, or only some of them, are refused
 * (`inputs_mismatch`); none at all when the pre-check had input images means the comparison cannot
 * run, which blocks (fail closed) with a reason that says so.
 */
function bindToPreCheck(parent: LogEntry, inputs: Uint8Array[], prompt: string | undefined): Signal | undefined {
  if (parent.kind === 'output') throw new InvalidInputError(`Decision ${parent.id} is an output check; give the pre-generation decision.`, { param: 'decisionId' }, 'inputs_mismatch');
  const known = new Set(parent.inputs.filter((r) => r.role === 'input').map((r) => r.sha256));
  for (const [i, bytes] of inputs.entries()) {
    if (!known.has(sha256Hex(bytes))) {
      throw new InvalidInputError(
        `inputs[${i}] is not one of the images decision ${parent.id} checked; the output is compared only with the pre-check's inputs.`,
        { param: `inputs[${i}]` },
        'inputs_mismatch',
      );
    }
  }
  // Only some of the inputs: refused, not compared with those that came. An output compared with
  // fewer people than were in the request would be logged as a decision that reads like a complete
  // comparison; a 400 fails closed, records nothing, and tells the caller exactly what to send (as
  // for an image that is not the pre-check's). None at all is the explicit case below.
  if (inputs.length > 0) {
    const sent = new Set(inputs.map((bytes) => sha256Hex(bytes)));
    const missing = [...known].filter((sha) => !sent.has(sha)).length;
    if (missing > 0) {
      throw new InvalidInputError(
        `inputs has ${known.size - missing} of the ${known.size} input images decision ${parent.id} checked; ${missing} ${missing === 1 ? 'is' : 'are'} missing. Send all of them: the output is compared with every input of the pre-check, or with none (then it is refused as not compared).`,
        { param: 'inputs', missing, expected: known.size },
        'inputs_mismatch',
      );
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

function promptRecord(text: string): InputRecord {
  return { role: 'prompt', sha256: sha256Hex(text), length: text.length };
}

function toChecked(entry: LogEntry): CheckedDecision {
  return { ...entry.decision, id: entry.id, kind: entry.kind, createdAt: entry.createdAt, parentId: entry.parentId, inputs: entry.inputs, signals: entry.signals };
}
