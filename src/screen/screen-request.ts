import { runDetectors } from '../detectors/detector.ts';
import { decide, type DecideContext } from '../policy/decide.ts';
import type { Policy } from '../policy/policy.ts';
import { resolvePolicy } from '../policy/policy-file.ts';
import type { Decision, RequestMode } from '../types.ts';
import { promptScreenerDetector, promptSubject } from './prompt-screener.ts';

export interface ScreenRequestOptions extends DecideContext {
  mode?: RequestMode;
  policy?: Policy | string;
}

/**
 * Screens a request's text and decides on it: the one call most integrations need.
 *
 * @example
 * const decision = await screenRequest('put her in a bikini', { mode: 'edit', jurisdiction: 'FR' });
 * decision.verdict;              // 'block'
 * decision.legalBasis[0].citation; // 'Code pénal art. 226-8-1'
 */
export async function screenRequest(text: string, options: ScreenRequestOptions = {}): Promise<Decision> {
  const subject = promptSubject(text, options.mode ?? 'edit');
  const policy = resolvePolicy(options.policy);
  const detection = await runDetectors([promptScreenerDetector], subject);
  return decide(detection, policy, options);
}
