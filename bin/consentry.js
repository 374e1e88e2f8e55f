#!/usr/bin/env node
// The command's entry point. The installed package runs the compiled JavaScript in dist/. A checkout
// (cli/main.ts is there) runs its TypeScript sources through tsx, a devDependency, so that
// `npm ci && npx consentry demo` works without a build and never runs a stale dist/.
import { existsSync } from 'node:fs';

const sources = new URL('../cli/main.ts', import.meta.url);
const built = new URL('../dist/cli/main.js', import.meta.url);
let main;
if (existsSync(sources)) {
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    if (!existsSync(built)) {
      process.stderr.write('consentry: this checkout has neither tsx (run `npm ci`) nor a build (run `npm run build`)\n');
      process.exit(1);
    }
  }
  if (tsx) {
    tsx.register();
    ({ main } = await import(sources.href));
  }
}
main ??= (await import(built.href)).main;
process.exitCode = await main(process.argv.slice(2));
