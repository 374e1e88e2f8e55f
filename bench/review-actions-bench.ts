// What a reviewer's list action costs: an uphold that puts the image on the tenant's block list
// (event in the chained log, list entries, status, in one transaction), and what it costs every
// gateway afterwards: the in-memory hash-list index is rebuilt from all lists, so its cost grows
// with the operator's lists, not with the one entry added.
// Usage: node --import tsx bench/review-actions-bench.ts [--actions 100] [--sizes 0,10000,100000]
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { addHashListEntries } from '../src/hash/list-db.ts';
import { HashListIndex } from '../src/hash/list-index.ts';
import { createReviewService } from '../src/review/review-service.ts';
import { createReviewer, signIn } from '../src/review/reviewers.ts';
import { createDecisionLog } from '../src/store/decision-log.ts';
import { pgliteStorage, postgresStorage } from '../src/testing/test-database.ts';
import type { Decision } from '../src/types.ts';

const { values } = parseArgs({ options: { actions: { type: 'string', default: '100' }, sizes: { type: 'string', default: '0,10000,100000' } } });
const actions = Number(values.actions);
const sizes = values.sizes.split(',').map(Number);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

const review: Decision = {
  verdict: 'review',
  categories: [],
  rules: [{ id: 'bench.suggestive', verdict: 'review', floor: false, reason: 'bench' }],
  reasons: ['bench'],
  legalBasis: [],
  policy: { id: 'bench', version: '1' },
  jurisdiction: 'INTL',
  unavailable: [],
};

for (const storage of [pgliteStorage(), await postgresStorage()]) {
  if (!storage) continue;
  const db = await storage.open();
  const log = createDecisionLog(db);
  const service = createReviewService({ db, log });
  await createReviewer(db, { name: `bench-${hex(4)}`, role: 'admin', tenantId: 'acme', password: 'a long bench password' }).then(async (r) => {
    const { session } = await signIn(db, r.name, 'a long bench password');
    const ids: string[] = [];
    for (let i = 0; i < actions; i++) {
      const entry = await log.append({
        tenantId: 'acme',
        kind: 'image',
        decision: review,
        signals: [{ detector: 'bench', category: 'suggestive', score: 0.9, reason: 'bench', evidence: [] }],
        inputs: [{ role: 'input', sha256: hex(32), pdq: hex(32) }],
      });
      ids.push(entry.id);
    }
    const times: number[] = [];
    const cpu = process.cpuUsage();
    for (const id of ids) {
      const t = performance.now();
      await service.act(session, { kind: 'decision', id }, 'uphold', 'bench', { list: 'block' });
      times.push(performance.now() - t);
    }
    console.log(
      `${storage.kind}: ${actions} upholds with a block-list entry: p50 ${pct(times, 50).toFixed(1)} ms, p99 ${pct(times, 99).toFixed(1)} ms, this process's CPU ${(cpuMs(cpu) / actions).toFixed(1)} ms per action`,
    );
  });

  // The index rebuild that each list change causes in every gateway, by the size of the operator's lists.
  let operatorEntries = 0;
  for (const size of sizes) {
    const at = new Date().toISOString();
    for (; operatorEntries < size; operatorEntries += 5000) {
      const n = Math.min(5000, size - operatorEntries);
      await db.transaction((tx) =>
        addHashListEntries(tx, {
          name: 'operator-ncii',
          tenantId: null,
          purpose: 'ncii',
          source: 'bench',
          entries: Array.from({ length: n }, () => ({ id: hex(10), pdq: hex(32), addedAt: at })),
        }),
      );
    }
    const index = new HashListIndex(db, { pollMs: 60_000 });
    await index.matchersFor('acme');
    const runs: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < 3; i++) {
      await db.transaction((tx) => addHashListEntries(tx, { name: 'review-block', tenantId: 'acme', purpose: 'takedown', source: 'bench', entries: [{ id: hex(10), pdq: hex(32), addedAt: at }] }));
      index.invalidate();
      const cpu = process.cpuUsage();
      const t = performance.now();
      await index.matchersFor('acme');
      runs.push(performance.now() - t);
      cpus.push(cpuMs(cpu));
    }
    console.log(
      `${storage.kind}: index rebuild after one review-block entry, operator lists ${size} entries: median ${pct(runs, 50).toFixed(0)} ms wall, ${pct(cpus, 50).toFixed(0)} ms CPU (this process)`,
    );
    await index.close();
  }
  await log.close();
  await db.close();
  await storage.dispose();
}
