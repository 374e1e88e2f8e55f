import { definePolicy, type Policy } from './policy.ts';

/** What mainstream image APIs apply: no sexual or nude imagery at all, plus the floors. */
export const STRICT_POLICY: Policy = definePolicy({
  id: 'strict',
  version: '1.0.0',
  description: 'No sexual or nude imagery of anyone; no undressing edits; revealing images of real people go to review.',
  rules: [
    { id: 'strict.sexual', when: { any: ['sexual'] }, verdict: 'block', reason: 'Sexual or nude content is not allowed under this policy.' },
    { id: 'strict.undress', when: { any: ['undress'] }, verdict: 'block', reason: 'Removing or reducing clothing is not allowed under this policy.', legalClass: 'C1b_REAL_ADULT_SUGGESTIVE' },
    {
      id: 'strict.real_person_suggestive',
      when: { all: ['real_person', 'suggestive'] },
      verdict: 'review',
      reason: 'A revealing image of a real person needs a human look.',
      legalClass: 'C1b_REAL_ADULT_SUGGESTIVE',
    },
    {
      id: 'strict.language_not_covered',
      when: { any: ['language_not_covered'] },
      verdict: 'review',
      reason: 'The request is in a language the screener cannot screen with confidence, so a person should read it.',
    },
  ],
});

/** For operators that allow consensual adult content of fictional people; the floors still hold. */
export const ADULT_POLICY: Policy = definePolicy({
  id: 'adult',
  version: '1.0.0',
  description: 'Sexual content of fictional adults is allowed; real people and minors are protected by the floors.',
  rules: [
    {
      id: 'adult.real_person_suggestive',
      when: { all: ['real_person', 'suggestive'] },
      verdict: 'review',
      reason: 'A revealing image of a real person needs a human look.',
      legalClass: 'C1b_REAL_ADULT_SUGGESTIVE',
      unlessVerifiedConsent: true,
    },
  ],
});

export const BUILTIN_POLICIES: Readonly<Record<string, Policy>> = Object.freeze({ strict: STRICT_POLICY, adult: ADULT_POLICY });
