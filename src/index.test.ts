// The public API is what the README documents: every export of src/index.ts is named in the
// README's "Library API" section, and everything named there is exported.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DETECTORS } from './detectors/registry.ts';
import * as api from './index.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function section(title: string): string {
  const start = readme.indexOf(`## ${title}\n`);
  assert.ok(start >= 0, `README has no "${title}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

test('every runtime export of src/index.ts is documented in the README, and nothing more is claimed', () => {
  const documented = new Set([...section('Library API').matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g)].map((m) => m[1]!));
  const exported = Object.keys(api);
  const undocumented = exported.filter((name) => !documented.has(name));
  assert.deepEqual(undocumented, [], 'exported from src/index.ts but not in the README\'s "Library API"');
  // Type-only exports leave no runtime trace; any name in index.ts's export lists counts for them.
  const typeNames = new Set([...readFileSync(new URL('./index.ts', import.meta.url), 'utf8').matchAll(/\b([A-Z][A-Za-z0-9]*)\b/g)].map((m) => m[1]!));
  const missing = [...documented].filter((name) => !exported.includes(name) && !typeNames.has(name));
  assert.deepEqual(missing, [], 'named in the README\'s "Library API" but not exported');
});

test('the README lists every registered detector', () => {
  const table = section('Choosing the detectors');
  for (const name of Object.keys(DETECTORS)) assert.match(table, new RegExp(`\\| \`${name}\` \\|`), name);
});
