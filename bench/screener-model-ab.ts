import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEVSET2_PATH, DEVSET_PATH, loadItems } from '../eval/prompts/dataset.ts';
import { adversarialTexts } from '../src/screen/adversarial.ts';
import { extractFeatures, type FeatureList, HashedNgramModel } from '../src/screen/classifier/index.ts';
import { normalize } from '../src/screen/normalize.ts';

// `tsx bench/screener-model-ab.ts --a FILE --b FILE [--passes N]`: two classifier model files scored
// alternately in one process (which goes first alternates per pass) on the same extracted features:
// CPU µs per dev request (dev-1 and dev-2, cycled) and the worst adversarial text at 20,000
// characters (median of the passes per text). Feature extraction does not depend on the model and
// is timed once, for scale.

const { values } = parseArgs({ options: { a: { type: 'string' }, b: { type: 'string' }, passes: { type: 'string', default: '9' } } });
if (!values.a || !values.b) {
  console.error('usage: tsx bench/screener-model-ab.ts --a FILE --b FILE [--passes N]');
  process.exit(2);
}
const models = { a: HashedNgramModel.fromBytes(readFileSync(values.a)), b: HashedNgramModel.fromBytes(readFileSync(values.b)) };
const passes = Number(values.passes);
const cpu = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const prepare = (texts: string[]) => texts.map((t) => ({ f: extractFeatures(normalize(t), t), n: t.length }));

const dev = [...loadItems(DEVSET_PATH), ...loadItems(DEVSET2_PATH)].map((i) => i.text);
const e0 = cpu();
const devFeatures = prepare(dev);
console.log(`normalise + features, dev requests: ${((cpu() - e0) / dev.length).toFixed(1)} µs per request (once, for scale)`);
const long = adversarialTexts(20_000).map(([name, text]) => ({ name, ...prepare([text])[0]! }));

function run(model: HashedNgramModel, items: readonly { f: FeatureList; n: number }[], reps: number): number {
  const c0 = cpu();
  for (let r = 0; r < reps; r++) for (const { f, n } of items) model.scoreReused(f, n);
  return (cpu() - c0) / (reps * items.length);
}
for (const m of Object.values(models)) run(m, devFeatures, 2);
const devTimes = { a: [] as number[], b: [] as number[] };
for (let p = 0; p < passes; p++) for (const k of p % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const)) devTimes[k].push(run(models[k], devFeatures, 3));
console.log(
  `dev requests (${dev.length}), model score per request: a ${median(devTimes.a).toFixed(2)} µs, b ${median(devTimes.b).toFixed(2)} µs (passes a ${devTimes.a.map((x) => x.toFixed(1)).join(' ')}; b ${devTimes.b.map((x) => x.toFixed(1)).join(' ')})`,
);
const worst = { a: 0, b: 0 };
for (const item of long) {
  const t = { a: [] as number[], b: [] as number[] };
  for (const m of Object.values(models)) run(m, [item], 2);
  for (let p = 0; p < passes; p++) for (const k of p % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const)) t[k].push(run(models[k], [item], 1) / 1000);
  const [ma, mb] = [median(t.a), median(t.b)];
  worst.a = Math.max(worst.a, ma);
  worst.b = Math.max(worst.b, mb);
  console.log(`${item.name.padEnd(16)} 20,000 chars: a ${ma.toFixed(3)} ms, b ${mb.toFixed(3)} ms`);
}
console.log(`worst at 20,000 characters, model score: a ${worst.a.toFixed(3)} ms, b ${worst.b.toFixed(3)} ms`);
