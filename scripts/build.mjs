#!/usr/bin/env node
// Builds the package: tsc compiles src/, cli/ and http/ to dist/ (JavaScript with .d.ts), then this
// script copies what the code reads at run time (SQL migrations) and rewrites the `.ts` import
// paths that tsc leaves in declaration files, so that a consumer's tsc resolves them without
// `allowImportingTsExtensions`.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const started = Date.now();

rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);

// Files the built code reads beside itself (SQL migrations, the screener model's weights, web/: the portal, appeal and console pages the gateway serves).
const ASSETS = ['src/store/migrations', 'src/screen/classifier', 'web'];
for (const dir of ASSETS) cpSync(join(root, dir), join(dist, dir), { recursive: true, filter: (p) => !p.endsWith('.ts') });

// `from './x.ts'`, `import('./x.ts')` and `declare module './x.ts'` in the declarations: relative
// specifiers only (a package name never ends in .ts).
const TS_SPECIFIER = /(['"])(\.{1,2}\/[^'"\n]*?)\.ts\1/g;
let rewritten = 0;
let files = 0;
for (const file of walk(dist)) {
  if (file.endsWith('.js')) files++;
  if (!file.endsWith('.d.ts')) continue;
  const text = readFileSync(file, 'utf8');
  const next = text.replace(TS_SPECIFIER, (_, quote, path) => `${quote}${path}.js${quote}`);
  if (next !== text) {
    writeFileSync(file, next);
    rewritten++;
  }
}
console.log(`build: ${files} modules in dist/, ${rewritten} declaration files' imports rewritten to .js, ${((Date.now() - started) / 1000).toFixed(1)} s`);

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
