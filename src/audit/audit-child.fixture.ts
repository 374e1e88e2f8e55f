// Runs an audit with the table analyzer in a child process, so a test can SIGKILL it midway.
// argv: input outDir tableJson delayMs
import { readFileSync } from 'node:fs';
import { runAudit } from './run-audit.ts';
import { fakeHasher, tableAnalyzer, type FakeTruth } from '../testing/fake-image-analyzer.ts';

const [input, outDir, tablePath, delay] = process.argv.slice(2);
const table = new Map<string, FakeTruth>(Object.entries(JSON.parse(readFileSync(tablePath!, 'utf8'))));
await runAudit({ input: input!, outDir: outDir!, deps: { analyzer: tableAnalyzer(table, { delayMs: Number(delay) }), hasher: fakeHasher(table) }, concurrency: 2, validate: 6 });
