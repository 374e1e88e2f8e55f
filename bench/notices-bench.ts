// Notices and the console under a small load: notice intake (validation, regimes, one moderation
// event in the chained log, the notice row and its hashes) and a reviewer sign-in (scrypt N=2^17).
// Usage: node --import tsx bench/notices-bench.ts [--notices 200]
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { MemoryHashListStore } from '../src/hash/list-store.ts';
import { createNoticeService } from '../src/notices/notice-service.ts';
import { createReviewer, signIn } from '../src/review/reviewers.ts';
import { createDecisionLog } from '../src/store/decision-log.ts';
import { pgliteStorage, postgresStorage } from '../src/testing/test-database.ts';

const { values } = parseArgs({ options: { notices: { type: 'string', default: '200' } } });
const count = Number(values.notices);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

for (const storage of [pgliteStorage(), await postgresStorage()]) {
  if (!storage) continue;
  const db = await storage.open();
  const log = createDecisionLog(db);
  const service = createNoticeService({ db, log, lists: new MemoryHashListStore(), targetHours: 24, intakePerHour: 1e9 });
  const hashes = Array.from({ length: 5 }, (_, i) => ({ pdq: i.toString(16).repeat(64), sha256: 'a'.repeat(63) + i.toString(16) }));
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    await service.submit(
      { role: 'SUBJECT', minor: false, subjectDeclaration: true, nonConsentStatement: 'Not consented.', goodFaith: true, signature: 'A. P.', jurisdictions: ['US', 'FR'], hashes },
      { address: `198.51.100.${i % 250}` },
    );
    times.push(performance.now() - t);
  }
  const total = (performance.now() - start) / 1000;
  const accept: number[] = [];
  for (const n of (await service.list(undefined, { open: true })).slice(0, 50)) {
    const t = performance.now();
    await service.act({ tenantId: n.tenantId, caseNumber: n.caseNumber, action: 'accept', reason: 'bench', actor: 'operator' });
    accept.push(performance.now() - t);
  }
  await createReviewer(db, { name: 'bench', role: 'reviewer', tenantId: 'default', password: 'a long bench password' });
  const signins: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await signIn(db, 'bench', 'a long bench password');
    signins.push(performance.now() - t);
  }
  console.log(
    `${storage.kind}: ${count} notices (5 hashes each) in ${total.toFixed(1)} s = ${(count / total).toFixed(0)}/s, p50 ${pct(times, 50).toFixed(1)} ms, p99 ${pct(times, 99).toFixed(1)} ms; accept p50 ${pct(accept, 50).toFixed(1)} ms; sign-in (scrypt) p50 ${pct(signins, 50).toFixed(0)} ms`,
  );
  await log.close();
  await db.close();
  await storage.dispose();
}
