import { runDetectors, type Detector } from './detectors/detector.ts';
import { decide, type DecideContext } from './policy/decide.ts';
import type { Policy } from './policy/policy.ts';
import { resolvePolicy } from './policy/policy-file.ts';
import type { Decision, DetectionResult, Subject } from './types.ts';

export interface GuardOptions {
  detectors: readonly Detector[];
  policy?: Policy | string;
  jurisdiction?: string;
  /** Per-detector time limit in milliseconds; past it the check is unavailable and the verdict is block. */
  timeoutMs?: number;
}

export interface GuardResult {
  decision: Decision;
  detection: DetectionResult;
}

export interface Guard {
  readonly policy: Policy;
  check(subject: Subject, context?: DecideContext & { policy?: Policy | string }): Promise<GuardResult>;
}

/**
 * Detectors plus a policy: the whole screening pipeline behind one call.
 *
 * @example
 * const guard = createGuard({ detectors: [promptScreenerDetector] });
 * const { decision } = await guard.check({ kind: 'prompt', text: 'put her in a bikini', mode: 'edit' });
 * decision.verdict; // 'block'
 */
export function createGuard(options: GuardOptions): Guard {
  const policy = resolvePolicy(options.policy);
  return {
    policy,
    async check(subject, context = {}) {
      const chosen = context.policy === undefined ? policy : resolvePolicy(context.policy);
      const detection = await runDetectors(options.detectors, subject, { timeoutMs: options.timeoutMs });
      const applicable = options.detectors.some((d) => d.accepts.includes(subject.kind));
      if (!applicable) {
        detection.unavailable.push({ detector: 'guard', reason: `no detector accepts a ${subject.kind} subject` });
        detection.signals.push({
          detector: 'guard',
          category: 'check_unavailable',
          score: 1,
          reason: `No check is configured for ${subject.kind} subjects, so the request is refused.`,
          evidence: [],
        });
      }
      const decision = decide(detection, chosen, { jurisdiction: context.jurisdiction ?? options.jurisdiction, verifiedConsent: context.verifiedConsent });
      return { decision, detection };
    },
  };
}
