import { resolve } from 'node:path';
import { developmentSets, type SetItem } from './screener-sets.ts';
import { loadSharedSamples } from '../eval/prompts/shared-samples.ts';
import { screenRequest as current } from '../src/screen/screen-request.ts';

// `node --import tsx bench/screener-verdict-ab.ts --base DIR`: the strict verdicts of another
// revision's screener (DIR holds its src/, e.g. a `git worktree add --detach`) against this tree on
// every development request (bench/screener-sets.ts). Prints each request whose correctness changed
// (RIGHT: now correct, WRONG: now incorrect) and the counts; QUICK=1 skips corpus-dev; ALL=1 also
// lists verdict changes that leave correctness alone (block <-> review on a benign request); SHARED=1
// adds every prompt of the shared datasets (COCO captions, InstructPix2Pix edits, the I2P nudity sets).

type Screen = (text: string, options: { mode: 'edit' | 'generate' }) => Promise<{ verdict: string }>;
const at = process.argv.indexOf('--base');
if (at < 0 || !process.argv[at + 1]) {
  console.error('usage: node --import tsx bench/screener-verdict-ab.ts --base DIR');
  process.exit(2);
}
const base = ((await import(resolve(process.argv[at + 1]!, 'src/screen/screen-request.ts'))) as { screenRequest: Screen }).screenRequest;
const correct = (item: SetItem, verdict: string) => (item.harmful ? verdict === 'block' : verdict === 'allow');
let right = 0;
let wrong = 0;
let total = 0;
const sets: Record<string, SetItem[]> = developmentSets({ quick: process.env.QUICK === '1' });
if (process.env.SHARED === '1') for (const source of loadSharedSamples(1e9).sources) sets[source.source] = source.items;
for (const [name, items] of Object.entries(sets)) {
  for (const item of items) {
    total++;
    const a = (await base(item.text, { mode: item.mode })).verdict;
    const b = (await current(item.text, { mode: item.mode })).verdict;
    if (a === b) continue;
    const ca = correct(item, a);
    const cb = correct(item, b);
    if (ca === cb && process.env.ALL !== '1') continue;
    const tag = ca === cb ? 'SAME ' : cb ? 'RIGHT' : 'WRONG';
    if (ca !== cb) cb ? right++ : wrong++;
    console.log(`${tag} ${name} ${item.id} [${item.mode}] ${item.harmful ? 'harmful' : 'benign'} ${a} -> ${b} | ${item.text}`);
  }
}
console.log(`${total} requests: ${right} right, ${wrong} wrong`);
