import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { screenPrompt } from '../screen/prompt-screener.ts';
import { screenRequest } from '../screen/screen-request.ts';
import type { Category, RequestMode } from '../types.ts';

/** A language's own test requests: harmful ones the strict policy must block, ordinary ones it must allow. */
export interface LanguageCases {
  name: string;
  harmful: string[];
  benign: string[];
}

/** The categories the screener finds at 0.5 or more. */
export function categories(text: string, mode: RequestMode = 'edit'): Set<Category> {
  return new Set(
    screenPrompt(text, mode)
      .filter((s) => s.score >= 0.5)
      .map((s) => s.category),
  );
}

/** The strict policy's verdict on a request. */
export async function verdict(text: string, mode: RequestMode = 'edit') {
  return (await screenRequest(text, { mode, policy: 'strict' })).verdict;
}

/** The ids of the rules the strict policy fired on a request. */
export async function ruleIds(text: string, mode: RequestMode = 'edit'): Promise<string[]> {
  return (await screenRequest(text, { mode, policy: 'strict' })).rules.map((r) => r.id);
}

/** One suite per language: each harmful request blocked, each ordinary one allowed (not sent to review). */
export function testLanguageCases(cases: Record<string, LanguageCases>): void {
  for (const [language, { name, harmful, benign }] of Object.entries(cases)) {
    describe(`screenPrompt: ${name} (${language})`, () => {
      for (const text of harmful) it(`blocks ${text}`, async () => assert.equal(await verdict(text), 'block'));
      for (const text of benign) it(`allows ${text}`, async () => assert.equal(await verdict(text), 'allow'));
    });
  }
}
