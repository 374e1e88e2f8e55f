import { createGuard } from '../guard.ts';
import type { DecideContext } from '../policy/decide.ts';
import type { Policy } from '../policy/policy.ts';
import { promptSubject } from '../subjects.ts';
import type { Decision, RequestMode } from '../types.ts';
import { promptScreenerDetector } from './prompt-screener.ts';

export interface ScreenRequestOptions extends DecideContext {
  mode?: RequestMode;
  policy?: Policy | string;
  /** Earlier prompts of the same thread, oldest first ("now her friend too" is read after them). */
  history?: readonly string[];
}

// No configuration needed: the built-in screener under the strict policy unless told otherwise.
const promptGuard = createGuard({ detectors: [promptScreenerDetector] });

/**
 * Screens a request's text and decides on it: the one call most integrations need.
 *
 * @example
 * const decision = await screenRequest('put her in a bikini', { mode: 'edit', jurisdiction: 'FR' });
 * decision.verdict;              // 'block'
 * decision.legalBasis[0].citation; // 'Code pénal art. 226-8-1'
 */
export async function screenRequest(text: string, options: ScreenRequestOptions = {}): Promise<Decision> {
  const subject = promptSubject(text, options.mode ?? 'edit', options.history);
  return (await promptGuard.check(subject, options)).decision;
}
