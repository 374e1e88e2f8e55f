import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEVSET_PATH, HELDOUT_PATH, loadItems } from '../eval/prompts/dataset.ts';
import { loadSharedSamples } from '../eval/prompts/shared-samples.ts';
import { screenPrompt as after } from '../src/screen/prompt-screener.ts';

// `tsx bench/screener-ab-blocks.ts --before DIR`: the mixed set of screener-ab.ts, timed in blocks of
// `--block` requests, each block screened by both revisions back to back (which goes first alternates).
// On a machine loaded by other work a pass of the whole set sees the load change under it; a block
// pair sees nearly the same load, so the median of per-block CPU ratios is the steadier figure.

type Screen = (text: string, mode: 'edit' | 'generate') => unknown;

const { values } = parseArgs({ args: process.argv.slice(2), options: { before: { type: 'string' }, block: { type: 'string', default: '100' }, rounds: { type: 'string', default: '4' } } });
if (!values.before) {
  console.error('usage: tsx bench/screener-ab-blocks.ts --before DIR [--block N] [--rounds N]');
  process.exit(2);
}
const before = ((await import(resolve(values.before, 'src/screen/prompt-screener.ts'))) as { screenPrompt: Screen }).screenPrompt;
const items = [...loadItems(DEVSET_PATH), ...loadItems(HELDOUT_PATH), ...loadSharedSamples(500).sources.flatMap((s) => s.items)];
const cpuMicros = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
for (let r = 0; r < 3; r++) for (const screen of [before, after]) for (const it of items) screen(it.text, it.mode);
const size = Number(values.block);
const ratios: number[] = [];
let totalBefore = 0;
let totalAfter = 0;
for (let round = 0; round < Number(values.rounds); round++) {
  for (let k = 0; k < items.length; k += size) {
    const block = items.slice(k, k + size);
    const beforeFirst = (k / size + round) % 2 === 0;
    const took = new Map<Screen, number>();
    for (const screen of beforeFirst ? [before, after] : [after, before]) {
      const c0 = cpuMicros();
      for (const it of block) screen(it.text, it.mode);
      took.set(screen, cpuMicros() - c0);
    }
    totalBefore += took.get(before)!;
    totalAfter += took.get(after)!;
    if (took.get(before)! > 0 && took.get(after)! > 0) ratios.push(took.get(before)! / took.get(after)!);
  }
}
ratios.sort((a, b) => a - b);
const at = (q: number) => ratios[Math.floor(q * (ratios.length - 1))]!.toFixed(3);
const rps = (micros: number) => Math.round((items.length * Number(values.rounds)) / (micros / 1e6));
console.log(`${ratios.length} block pairs of ${size} requests: before/after CPU time, median ${at(0.5)} (quartiles ${at(0.25)}-${at(0.75)})`);
console.log(`totals: before ${rps(totalBefore)} req/cpu-s, after ${rps(totalAfter)} req/cpu-s`);
