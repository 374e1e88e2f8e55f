import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { adversarialTexts } from '../src/screen/adversarial.ts';
import { screenPrompt as after } from '../src/screen/prompt-screener.ts';

// `tsx bench/screener-ab-adversarial.ts --before DIR`: every adversarial text at `--length`
// characters, screened by both revisions alternately in one process (which goes first alternates
// per pass), CPU time per call; the median of `--passes` passes per text and revision.

type Screen = (text: string, mode: 'edit' | 'generate') => unknown;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { before: { type: 'string' }, length: { type: 'string', default: '20000' }, passes: { type: 'string', default: '15' }, only: { type: 'string' } },
});
if (!values.before) {
  console.error('usage: tsx bench/screener-ab-adversarial.ts --before DIR [--length N] [--passes N] [--only NAME]');
  process.exit(2);
}
const before = ((await import(resolve(values.before, 'src/screen/prompt-screener.ts'))) as { screenPrompt: Screen }).screenPrompt;
const texts = adversarialTexts(Number(values.length)).filter(([name]) => !values.only || name === values.only);
const cpuMicros = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [, text] of texts) for (let r = 0; r < 2; r++) for (const screen of [before, after]) screen(text, 'edit');
let worstBefore = 0;
let worstAfter = 0;
for (const [name, text] of texts) {
  const took = new Map<Screen, number[]>([
    [before, []],
    [after, []],
  ]);
  for (let pass = 0; pass < Number(values.passes); pass++) {
    for (const screen of pass % 2 === 0 ? [before, after] : [after, before]) {
      const c0 = cpuMicros();
      screen(text, 'edit');
      took.get(screen)!.push((cpuMicros() - c0) / 1000);
    }
  }
  const b = median(took.get(before)!);
  const a = median(took.get(after)!);
  worstBefore = Math.max(worstBefore, b);
  worstAfter = Math.max(worstAfter, a);
  console.log(`${name.padEnd(16)} before ${b.toFixed(2).padStart(7)} ms  after ${a.toFixed(2).padStart(7)} ms  (${(b / a).toFixed(2)}x)`);
}
console.log(`worst: before ${worstBefore.toFixed(2)} ms, after ${worstAfter.toFixed(2)} ms (median CPU per call)`);
