// Regulatory exports on a decision log of N recorded decisions (PGlite in a temp folder):
// statements export, register, submission to the stand-in TDB, transparency report, records on request.
// Usage: node --import tsx bench/regulatory-bench.ts [N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { buildTransparencyReport, createTdbClient, decisionLogSource, exportRecords, exportStatements, registerStatements } from '../src/regulatory/index.ts';
import { recordDecisions } from '../src/regulatory/decisions.fixture.ts';
import { TRANSPARENCY_REPORTERS } from '../src/report/transparency-reporters.ts';
import { createDecisionLog, ensureTenant, openMigratedDatabase } from '../src/store/index.ts';
import { startTdbStandIn } from '../src/testing/tdb-stand-in.ts';

const rounds = Number(process.argv[2] ?? 1500);
const dir = mkdtempSync(join(tmpdir(), 'regulatory-bench-'));
const db = await openMigratedDatabase({ dataDir: dir });
await ensureTenant(db, 'default');
const log = createDecisionLog(db);
const t = performance.now();
let last;
for (let i = 0; i < rounds; i++) last = await recordDecisions(log);
await log.close();
const entries = rounds * 7;
console.log(`recorded ${entries} decisions (${rounds * 4} restrictions) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
const time = async (label: string, fn: () => Promise<string>) => {
  const start = performance.now();
  const note = await fn();
  const ms = performance.now() - start;
  console.log(`${label}: ${(ms / 1000).toFixed(2)} s${note ? ` (${note})` : ''}; RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
};
await time('statements export --format tdb', async () => {
  let n = 0;
  for await (const s of exportStatements(decisionLogSource(db), {}, { format: 'tdb' })) if (!s.format || JSON.stringify(s.statement)) n++;
  return `${n} statements`;
});
await time('statements export --format user', async () => {
  let n = 0;
  for await (const _ of exportStatements(decisionLogSource(db), {}, { format: 'user', language: 'de' })) n++;
  return `${n} statements`;
});
await time('register (build, validate, insert)', async () => {
  const r = await registerStatements(db, decisionLogSource(db), {});
  return `${r.added} added`;
});
const tdb = await startTdbStandIn('bench');
await time('submit to the stand-in TDB', async () => {
  const s = await createTdbClient({ url: tdb.url, token: 'bench' }).submitPending(db);
  return `${s.requests} requests, ${s.submitted} submitted`;
});
await tdb.close();
await time('transparency report (aggregate + HTML)', async () => {
  const report = await buildTransparencyReport(decisionLogSource(db), { from: new Date('2020-01-01'), to: new Date('2100-01-01') });
  return `${report.restrictions} restrictions, HTML ${TRANSPARENCY_REPORTERS.html!.render(report).length} bytes`;
});
await time('records on request (one statement, chain verified)', async () => {
  const r = await exportRecords(db, { statement: `csy-dec-${last!.editMinor.id}` });
  return `${r.records.length} entries, chain of ${r.chain.checked} verified`;
});
console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}; Node ${process.version}`,
);
await db.close();
rmSync(dir, { recursive: true, force: true });
