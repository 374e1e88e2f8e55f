import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { DEVSET_PATH, HELDOUT_PATH, loadItems, type PromptItem } from '../eval/prompts/dataset.ts';
import { createKeywordMatcher, loadKeywordList } from '../eval/prompts/keyword-baseline.ts';
import { loadSharedSamples } from '../eval/prompts/shared-samples.ts';
import { sharedPath } from '../src/testing/shared-path.ts';
import { adversarialTexts } from '../src/screen/adversarial.ts';

// `npm run bench:prompts`: throughput and latency of the prompt screener on a mixed set (our
// labelled requests plus samples of the shared datasets), single thread, beside the keyword
// baseline, in one process. Each contender gets warm-up passes, then several timed passes; the
// reported numbers are medians over passes. Per-call timing (a clock read and a getrusage call)
// adds about a microsecond to every contender alike; CPU-time figures are given beside wall-clock
// ones because the shared 2-core machine is often busy with other work.

type Call = (text: string, mode: PromptItem['mode']) => unknown;

interface Contender {
  name: string;
  call: Call;
}

interface PassStats {
  rps: number;
  /** Requests per second of this process's CPU time: less sensitive to other load on the machine. */
  cpuRps: number;
  p50: number;
  p99: number;
  max: number;
  /** p99 of per-request CPU time: the tail without the time other processes held the core. */
  cpuP99: number;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

async function pass(contender: Contender, items: readonly PromptItem[]): Promise<PassStats> {
  const latencies = new Float64Array(items.length);
  const cpuTimes = new Float64Array(items.length);
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const r = contender.call(item.text, item.mode);
    if (r instanceof Promise) await r;
    latencies[i] = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = process.cpuUsage(c0);
    cpuTimes[i] = (c.user + c.system) / 1e3;
  }
  cpuTimes.sort();
  const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  latencies.sort();
  return {
    rps: (items.length / totalMs) * 1000,
    cpuRps: items.length / ((cpu.user + cpu.system) / 1e6),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: latencies[latencies.length - 1]!,
    cpuP99: percentile(cpuTimes, 0.99),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The screener from src/index.ts if it exists there; a stand-in otherwise (reported as such). */
async function projectContenders(): Promise<Contender[]> {
  const lib = (await import('../src/index.ts')) as Record<string, unknown>;
  const out: Contender[] = [];
  if (typeof lib.screenPrompt === 'function') {
    const screenPrompt = lib.screenPrompt as Call;
    out.push({ name: 'screenPrompt (consentry screener)', call: (t, m) => screenPrompt(t, m) });
  }
  if (lib.promptScreenerDetector && typeof lib.createGuard === 'function') {
    const guard = (lib.createGuard as (o: unknown) => { check(s: unknown): Promise<unknown> })({ detectors: [lib.promptScreenerDetector], policy: 'strict' });
    out.push({ name: 'guard.check (screener + strict policy)', call: (text, mode) => guard.check({ kind: 'prompt', text, mode }) });
  }
  if (out.length === 0) {
    const re = /\b(nude|naked|undress|nsfw|bikini|lingerie)\b/i;
    out.push({ name: 'STAND-IN regex (no screener in src/index.ts yet)', call: (t) => re.test(t) });
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { runs: { type: 'string', default: '7' }, warmup: { type: 'string', default: '3' }, json: { type: 'boolean', default: false }, slowest: { type: 'string', default: '5' } },
  });
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0 || !Number.isInteger(Number(values.slowest))) {
    console.error('--runs takes a positive integer, --warmup and --slowest a non-negative one');
    return 2;
  }
  const shared = loadSharedSamples(500);
  for (const s of shared.skipped) console.error(`skip: ${s}`);
  const items = [...loadItems(DEVSET_PATH), ...loadItems(HELDOUT_PATH), ...shared.sources.flatMap((s) => s.items)];
  const contenders = await projectContenders();
  const listPath = sharedPath('data', 'prompts', 'sneakyprompt', 'nsfw_list.txt');
  if (listPath) {
    const matcher = createKeywordMatcher(loadKeywordList(listPath));
    contenders.push({ name: `keyword baseline (SneakyPrompt, ${matcher.size} entries)`, call: (t) => matcher.match(t) });
  } else console.error('skip: keyword baseline (shared/data/prompts/sneakyprompt/nsfw_list.txt not found; set CONSENTRY_SHARED)');

  const meanChars = items.reduce((n, i) => n + i.text.length, 0) / items.length;
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;
  console.log(
    `mixed set: ${items.length} requests (ours ${items.length - shared.sources.reduce((n, s) => n + s.items.length, 0)}, shared samples ${shared.sources.map((s) => `${s.source} ${s.items.length}`).join(', ') || 'none'}), mean ${meanChars.toFixed(0)} chars`,
  );
  console.log(`machine: ${machine}; single thread; ${warmup} warm-up + ${runs} timed passes each, medians over passes`);
  const results: { name: string; rps: number; cpuRps: number; cpuP99Ms: number; p50Ms: number; p99Ms: number; maxMs: number }[] = [];
  for (const c of contenders) {
    for (let i = 0; i < warmup; i++) await pass(c, items);
    const stats: PassStats[] = [];
    for (let i = 0; i < runs; i++) stats.push(await pass(c, items));
    results.push({
      name: c.name,
      rps: median(stats.map((s) => s.rps)),
      cpuRps: median(stats.map((s) => s.cpuRps)),
      cpuP99Ms: median(stats.map((s) => s.cpuP99)),
      p50Ms: median(stats.map((s) => s.p50)),
      p99Ms: median(stats.map((s) => s.p99)),
      maxMs: Math.max(...stats.map((s) => s.max)),
    });
  }
  console.log('');
  console.log(`${'contender'.padEnd(46)}${'req/s'.padStart(10)}${'req/cpu-s'.padStart(11)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'max ms'.padStart(10)}${'p99 cpu ms'.padStart(12)}`);
  for (const r of results) {
    console.log(
      `${r.name.padEnd(46)}${Math.round(r.rps).toString().padStart(10)}${Math.round(r.cpuRps).toString().padStart(11)}${r.p50Ms.toFixed(4).padStart(10)}${r.p99Ms.toFixed(4).padStart(10)}${r.maxMs.toFixed(3).padStart(10)}${r.cpuP99Ms.toFixed(3).padStart(12)}`,
    );
  }
  // The slowest requests of the first contender (median over passes), to show where the tail comes from.
  const first = contenders[0]!;
  const perItem = items.map(() => [] as number[]);
  for (let r = 0; r < 3; r++) {
    for (const [i, item] of items.entries()) {
      const t0 = process.hrtime.bigint();
      const out = first.call(item.text, item.mode);
      if (out instanceof Promise) await out;
      perItem[i]!.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const slow = items
    .map((item, i) => ({ item, ms: median(perItem[i]!) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, Number(values.slowest));
  if (slow.length > 0) console.log(`\nslowest requests for ${first.name} (median of 3):`);
  for (const { item, ms } of slow) console.log(`  ${ms.toFixed(3)} ms  ${item.source.padEnd(26)} ${item.text.length} chars  ${JSON.stringify(item.text.slice(0, 70))}`);
  const base = results.find((r) => r.name.startsWith('keyword baseline'));
  if (base) for (const r of results) if (r !== base) console.log(`${r.name}: ${(r.rps / base.rps).toFixed(2)}x the baseline's req/s, ${(r.p99Ms / base.p99Ms).toFixed(1)}x its p99`);
  const adversarial = await adversarialSection(contenders);
  if (values.json) console.log(JSON.stringify({ machine, items: items.length, runs, warmup, results, adversarial }));
  return 0;
}

/**
 * Worst cases: every adversarial text (repeated terms, digits, CJK, censor marks, spaced letters,
 * base64, random Unicode…) at 2,000 and 20,000 characters, each contender timed alike (median of 5
 * calls after one warm-up call, wall-clock and CPU time); the worst text per contender and length.
 */
async function adversarialSection(contenders: Contender[]): Promise<Array<{ name: string; length: number; worstMs: number; worstCpuMs: number; worstText: string }>> {
  const out: Array<{ name: string; length: number; worstMs: number; worstCpuMs: number; worstText: string }> = [];
  console.log('\nadversarial inputs (median of 5 calls each; worst text per contender and length):');
  const perText: string[] = [];
  for (const length of [2_000, 20_000]) {
    for (const c of contenders) {
      let worst = { ms: 0, name: '', cpuMs: 0 };
      for (const [name, text] of adversarialTexts(length)) {
        const times: number[] = [];
        const cpuTimes: number[] = [];
        for (let r = 0; r < 6; r++) {
          const c0 = process.cpuUsage();
          const t0 = process.hrtime.bigint();
          const res = c.call(text, 'edit');
          if (res instanceof Promise) await res;
          const cpu = process.cpuUsage(c0);
          if (r > 0) {
            times.push(Number(process.hrtime.bigint() - t0) / 1e6);
            cpuTimes.push((cpu.user + cpu.system) / 1e3);
          }
        }
        const ms = median(times);
        const cpuMs = median(cpuTimes);
        if (c === contenders[0]) perText.push(`  ${String(length).padStart(6)}  ${name.padEnd(16)} ${ms.toFixed(2).padStart(8)} ms wall ${cpuMs.toFixed(2).padStart(8)} ms cpu`);
        if (ms > worst.ms) worst = { ms, name, cpuMs: Math.max(worst.cpuMs, cpuMs) };
        else worst.cpuMs = Math.max(worst.cpuMs, cpuMs);
      }
      out.push({ name: c.name, length, worstMs: worst.ms, worstCpuMs: worst.cpuMs, worstText: worst.name });
      console.log(`  ${c.name.padEnd(46)} ${String(length).padStart(6)} chars: worst ${worst.ms.toFixed(2).padStart(8)} ms wall (${worst.name}), worst ${worst.cpuMs.toFixed(2).padStart(8)} ms cpu`);
    }
  }
  console.log(`\nper adversarial text, ${contenders[0]!.name}:`);
  for (const line of perText) console.log(line);
  return out;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
