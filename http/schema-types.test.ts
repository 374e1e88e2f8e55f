import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { FromSchema } from './schema-types.ts';
import type { outputCheckBody, promptCheckBody } from './schemas.ts';

// Compile-time checks (npm run typecheck fails when a derived type drifts); the test below runs them.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const checks = {
  prompt: true satisfies Equal<FromSchema<typeof promptCheckBody>['mode'], 'edit' | 'generate'>,
  promptText: true satisfies Equal<FromSchema<typeof promptCheckBody>['prompt'], string>,
  optional: true satisfies Equal<FromSchema<typeof promptCheckBody>['policy'], string | undefined>,
  array: true satisfies Equal<FromSchema<typeof outputCheckBody>['outputs'], string[]>,
  nullable: true satisfies Equal<FromSchema<{ type: readonly ['string', 'null'] }>, string | null>,
  integer: true satisfies Equal<FromSchema<{ type: 'integer' }>, number>,
};

it('route body types are read from their JSON schemas', () => {
  assert.deepEqual(Object.values(checks), [true, true, true, true, true, true]);
});
