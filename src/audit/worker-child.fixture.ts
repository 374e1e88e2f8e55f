// A distributed-audit worker with the table analyzer, run as its own process by the distributed test.
// argv: databaseUrl schema tableJson name
import { readFileSync } from 'node:fs';
import { startAuditWorker } from './distributed-audit.ts';
import { fakeHasher, tableAnalyzer, type FakeTruth } from '../testing/fake-image-analyzer.ts';

const [databaseUrl, schema, tablePath, name] = process.argv.slice(2);
const table = new Map<string, FakeTruth>(Object.entries(JSON.parse(readFileSync(tablePath!, 'utf8'))));
const worker = await startAuditWorker({ databaseUrl: databaseUrl!, schema, name, concurrency: 2, deps: { analyzer: tableAnalyzer(table, { delayMs: 30 }), hasher: fakeHasher(table) } });
process.stdout.write('ready\n');
process.once('SIGTERM', async () => {
  await worker.close();
  process.stdout.write(`processed ${worker.processed()}\n`);
  process.exit(0);
});
