import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEVSET_PATH, HELDOUT_PATH, loadItems } from '../eval/prompts/dataset.ts';
import { loadSharedSamples } from '../eval/prompts/shared-samples.ts';
import { adversarialTexts } from '../src/screen/adversarial.ts';
import { screenPrompt as current } from '../src/screen/prompt-screener.ts';

// `tsx bench/screener-ab.ts --before DIR`: the screener of another revision (DIR holds its src/,
// e.g. `git archive REV src | tar -x -C DIR`, with node_modules linked) against this one, in one
// process, passes alternating, timed in CPU time: on a shared machine the load then weighs on both
// alike. The mixed set of bench:prompts (median req/cpu-s over passes, wall p50/p99) and every
// adversarial text at 2,000 and 20,000 characters (median CPU ms of `--reps` calls each).

type Screen = (text: string, mode: 'edit' | 'generate') => unknown;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { before: { type: 'string' }, runs: { type: 'string', default: '7' }, reps: { type: 'string', default: '5' }, only: { type: 'string' } },
});
if (!values.before) {
  console.error('usage: tsx bench/screener-ab.ts --before DIR [--runs N] [--reps N] [--only mixed|adversarial]');
  process.exit(2);
}
const before = ((await import(resolve(values.before, 'src/screen/prompt-screener.ts'))) as { screenPrompt: Screen }).screenPrompt;
const screeners: Record<string, Screen> = { before, after: current };
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e3;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
console.log(
  `load average at start: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
if (values.only !== 'adversarial') {
  const items = [...loadItems(DEVSET_PATH), ...loadItems(HELDOUT_PATH), ...loadSharedSamples(500).sources.flatMap((s) => s.items)];
  for (const screen of Object.values(screeners)) for (let r = 0; r < 3; r++) for (const it of items) screen(it.text, it.mode);
  const passes: Record<string, { rps: number; p50: number; p99: number }[]> = { before: [], after: [] };
  for (let r = 0; r < Number(values.runs); r++) {
    for (const [name, screen] of Object.entries(screeners)) {
      const latency = new Float64Array(items.length);
      const c0 = cpuMs();
      for (const [i, it] of items.entries()) {
        const t0 = process.hrtime.bigint();
        screen(it.text, it.mode);
        latency[i] = Number(process.hrtime.bigint() - t0) / 1e6;
      }
      const rps = items.length / ((cpuMs() - c0) / 1e3);
      latency.sort();
      passes[name]!.push({ rps, p50: latency[Math.ceil(0.5 * items.length) - 1]!, p99: latency[Math.ceil(0.99 * items.length) - 1]! });
    }
  }
  for (const [name, ps] of Object.entries(passes)) {
    console.log(
      `${name.padEnd(7)} mixed set of ${items.length}: ${Math.round(median(ps.map((p) => p.rps)))} req/cpu-s (passes ${ps.map((p) => Math.round(p.rps)).join(' ')}), wall p50 ${median(ps.map((p) => p.p50)).toFixed(4)} ms, p99 ${median(ps.map((p) => p.p99)).toFixed(4)} ms`,
    );
  }
}
if (values.only !== 'mixed') {
  for (const length of [2_000, 20_000]) {
    for (const [kind, text] of adversarialTexts(length)) {
      const times: Record<string, number[]> = { before: [], after: [] };
      for (const screen of Object.values(screeners)) screen(text, 'edit');
      for (let r = 0; r < Number(values.reps); r++) {
        for (const [name, screen] of Object.entries(screeners)) {
          const c0 = cpuMs();
          screen(text, 'edit');
          times[name]!.push(cpuMs() - c0);
        }
      }
      console.log(`${String(length).padStart(6)} ${kind.padEnd(16)} before ${median(times.before!).toFixed(2).padStart(7)} ms cpu   after ${median(times.after!).toFixed(2).padStart(7)} ms cpu`);
    }
  }
}
console.log(
  `load average at end: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
