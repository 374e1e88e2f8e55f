import { runDetectors, type Detector, type RequestContext } from './detectors/detector.ts';
import { decide, type DecideContext, type VerifiedConsentRecord } from './policy/decide.ts';
import { requireJurisdiction } from './policy/legal-basis.ts';
import type { Policy } from './policy/policy.ts';
import { resolvePolicy } from './policy/policy-file.ts';
import type { Decision, DetectionResult, Signal, Subject } from './types.ts';

export interface GuardOptions {
  detectors: readonly Detector[];
  policy?: Policy | string;
  /** Jurisdiction for the legal basis when a check names none; defaults to the policy's. */
  jurisdiction?: string;
  /** Per-detector time limit in milliseconds; past it the check is unavailable and the verdict is block. */
  timeoutMs?: number;
  /** The same for prompt subjects; defaults to `timeoutMs`. */
  promptTimeoutMs?: number;
}

export interface GuardResult {
  decision: Decision;
  detection: DetectionResult;
}

/** Which policy and jurisdiction a check runs under: a built-in policy name, a Policy, or the guard's. */
export interface GuardScope {
  policy?: Policy | string;
  jurisdiction?: string;
}

export interface GuardCheckContext extends GuardScope, Pick<DecideContext, 'verifiedConsent'> {
  /** Signals found before this check (a pre-generation decision's), decided on with the new ones. */
  signals?: readonly Signal[];
  /** Who and what the subjects are checked for (tenant, kind of check), passed to every detector. */
  request?: RequestContext;
  /**
   * Verifies consent against what the detectors found, before deciding (src/protect's consent
   * registry); `reason` explains a refusal when there is none.
   */
  verifyConsent?: (detection: DetectionResult) => Promise<{ consent?: VerifiedConsentRecord; reason?: string }>;
}

export interface Guard {
  readonly policy: Policy;
  readonly detectors: readonly Detector[];
  /** Checks a scope's policy and jurisdiction without running anything; throws `unknown_policy` / `unknown_jurisdiction`. */
  resolve(scope?: GuardScope): { policy: Policy; jurisdiction: string };
  /** Runs the detectors on the subjects (one fail-closed path) and decides under the policy. */
  check(subjects: Subject | readonly Subject[], context?: GuardCheckContext): Promise<GuardResult>;
}

/**
 * Detectors plus a policy: the whole screening pipeline behind one call. Every surface (the
 * check service behind the HTTP API and the proxy, the CLI, the audit, `screenRequest`) runs
 * its subjects through a guard. A detector that throws or overruns its time limit, and a subject
 * no detector accepts, give a `check_unavailable` signal, which the policy turns into a block.
 *
 * @example
 * const guard = createGuard({ detectors: [promptScreenerDetector] });
 * const { decision } = await guard.check({ kind: 'prompt', text: 'put her in a bikini', mode: 'edit' });
 * decision.verdict; // 'block'
 */
export function createGuard(options: GuardOptions): Guard {
  const policy = resolvePolicy(options.policy);
  const detectors = [...options.detectors];

  function resolve(scope: GuardScope = {}): { policy: Policy; jurisdiction: string } {
    const chosen = scope.policy === undefined || scope.policy === policy.id ? policy : resolvePolicy(scope.policy);
    const jurisdiction = requireJurisdiction(scope.jurisdiction ?? options.jurisdiction ?? chosen.jurisdiction);
    return { policy: chosen, jurisdiction };
  }

  return {
    policy,
    detectors,
    resolve,
    async check(subjects, context = {}) {
      const chosen = resolve(context);
      const list: readonly Subject[] = Array.isArray(subjects) ? subjects : [subjects as Subject];
      const timeout = (s: Subject) => (s.kind === 'prompt' ? (options.promptTimeoutMs ?? options.timeoutMs) : options.timeoutMs);
      const results = await Promise.all(list.map((s) => runDetectors(detectors, s, { timeoutMs: timeout(s), context: context.request })));
      const detection: DetectionResult = { signals: [...(context.signals ?? [])], unavailable: [], details: {} };
      for (const [i, r] of results.entries()) {
        detection.signals.push(...r.signals);
        detection.unavailable.push(...r.unavailable);
        for (const [name, details] of Object.entries(r.details)) detection.details[list.length > 1 ? `${name}#${i}` : name] = details;
      }
      const verified = context.verifyConsent ? await context.verifyConsent(detection) : {};
      const decision = decide(detection, chosen.policy, { jurisdiction: chosen.jurisdiction, verifiedConsent: verified.consent ?? context.verifiedConsent });
      if (verified.reason && decision.verdict !== 'allow') decision.reasons.push(verified.reason);
      return { decision, detection };
    },
  };
}
