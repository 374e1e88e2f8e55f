import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES, EXIT_CODES, errorCodeInfo } from './error-codes.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Which argument of each error class's constructor is the code (absent: the class has a fixed one). */
const CODE_ARGUMENT: Record<string, number> = { ConsentryError: 0, InvalidInputError: 2, PolicyError: 2, NotFoundError: 2, UpstreamError: 1 };

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** The top-level arguments of a call whose "(" is at `open`, as source text (strings and nesting respected). */
function callArguments(source: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      // Skip the string; template literals' ${} may hold quotes, but never a bare ")" that matters here.
      for (i++; i < source.length && source[i] !== ch; i++) if (source[i] === '\\') i++;
    } else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) {
        args.push(source.slice(start, i).trim());
        return args;
      }
    } else if (ch === ',' && depth === 1) {
      args.push(source.slice(start, i).trim());
      start = i + 1;
    }
  }
  return args;
}

/** Every code the source can throw or answer with: error constructors, `super('code', …)`, error bodies, default and assigned codes. */
function codesInSource(): Map<string, string> {
  const found = new Map<string, string>();
  const literal = /^'([a-z][a-z0-9_]*)'$/;
  for (const file of ['src', 'cli', 'http'].flatMap((d) => sourceFiles(join(root, d)))) {
    const source = readFileSync(file, 'utf8');
    const where = file.slice(root.length);
    for (const m of source.matchAll(/new (\w+Error)\(/g)) {
      const index = CODE_ARGUMENT[m[1]!];
      if (index === undefined) continue;
      const arg = callArguments(source, m.index + m[0].length - 1)[index];
      const code = arg && literal.exec(arg)?.[1];
      if (code) found.set(code, where);
    }
    for (const m of source.matchAll(/(?:super|errorBody)\('([a-z][a-z0-9_]*)'/g)) found.set(m[1]!, where);
    for (const m of source.matchAll(/\bcode(?:: \w+)? = '([a-z][a-z0-9_]*)'/g)) found.set(m[1]!, where);
  }
  return found;
}

test('every code the source throws has an entry in the error-code registry', () => {
  const found = codesInSource();
  // The scan itself must see the codes it is meant to find, or this test proves nothing.
  for (const known of ['invalid_input', 'check_unavailable', 'list_not_found', 'image_corrupt', 'upstream_not_configured', 'route_not_found']) {
    assert.ok(found.has(known), `the scan missed ${known}`);
  }
  const missing = [...found].filter(([code]) => !Object.hasOwn(ERROR_CODES, code)).map(([code, file]) => `${code} (${file})`);
  assert.deepEqual(missing, [], `codes without an entry in src/error-codes.ts: ${missing.join(', ')}`);
});

test('every entry has an HTTP error status, a documented exit code and a one-line doc', () => {
  const exits = new Set<number>(Object.values(EXIT_CODES));
  for (const [code, info] of Object.entries(ERROR_CODES)) {
    assert.match(code, /^[a-z][a-z0-9_]*$/);
    assert.ok(Number.isInteger(info.status) && info.status >= 400 && info.status < 600, `${code}: status ${info.status}`);
    assert.ok(exits.has(info.exit) && info.exit !== (EXIT_CODES.ok as number), `${code}: exit ${info.exit}`);
    assert.ok(info.doc.length > 10 && !info.doc.includes('\n'), `${code}: doc`);
    // A server-side failure must not look like the caller's mistake, and the reverse.
    if (info.status >= 500 && code !== 'invalid_config') assert.equal(info.exit, EXIT_CODES.unavailable, code);
    if (info.status < 429) assert.equal(info.exit, EXIT_CODES.usage, code);
  }
});

test('the codes the issue named get their own statuses; unknown codes are internal errors', () => {
  assert.equal(errorCodeInfo('image_corrupt').status, 400);
  assert.equal(errorCodeInfo('unsupported_image').status, 415);
  assert.equal(errorCodeInfo('list_not_found').status, 404);
  assert.equal(errorCodeInfo('upstream_error').status, 502);
  assert.equal(errorCodeInfo('upstream_error').exit, EXIT_CODES.unavailable);
  assert.deepEqual(errorCodeInfo('no_such_code'), ERROR_CODES.internal_error);
});
