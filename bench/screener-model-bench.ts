import { performance } from 'node:perf_hooks';
import { DEVSET2_PATH, DEVSET_PATH, loadItems } from '../eval/prompts/dataset.ts';
import { normalize } from '../src/screen/normalize.ts';
import { screenPrompt } from '../src/screen/prompt-screener.ts';
import { classifierSignals, screenerModel } from '../src/screen/classifier/index.ts';

// `npm run bench:screener-model`: requests per second of the prompt screener on one core with and
// without the learned classifier (the dev sets' requests, cycled), the classifier's own share, and
// the worst time on adversarial inputs of 2,000 and 20,000 characters.

const texts = [...loadItems(DEVSET_PATH), ...loadItems(DEVSET2_PATH)].map((i) => i.text);
screenerModel();

function throughput(label: string, f: (text: string) => unknown, seconds = 2): void {
  for (const t of texts) f(t);
  const times: number[] = [];
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < seconds * 1000) {
    const t = texts[n++ % texts.length]!;
    const t0 = performance.now();
    f(t);
    times.push(performance.now() - t0);
  }
  const total = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))]!;
  console.log(`${label.padEnd(34)} ${(n / total).toFixed(0).padStart(7)} req/s   p50 ${(q(0.5) * 1000).toFixed(1)} µs   p99 ${(q(0.99) * 1000).toFixed(1)} µs`);
}

throughput('lexicon only (screenPrompt)', (t) => screenPrompt(t, 'edit', { classifier: false }));
throughput('lexicon + classifier (screenPrompt)', (t) => screenPrompt(t, 'edit'));
const normalized = texts.map((t) => [normalize(t), t] as const);
let k = 0;
throughput('classifier alone (pre-normalised)', () => {
  const [norm, t] = normalized[k++ % normalized.length]!;
  return classifierSignals(norm, t);
});

const adversarial: Record<string, (n: number) => string> = {
  'repeated term': (n) => 'bikini '.repeat(Math.ceil(n / 7)).slice(0, n),
  'misspelt terms': (n) => 'undrezs nakd biknii lingeri '.repeat(Math.ceil(n / 28)).slice(0, n),
  digits: (n) => '7'.repeat(n),
  CJK: (n) => '脱衣服裸体比基尼'.repeat(Math.ceil(n / 8)).slice(0, n),
  'censor marks': (n) => 'n*k*d #*# '.repeat(Math.ceil(n / 10)).slice(0, n),
  emoji: (n) => '👙🍑🍆💦🔞'.repeat(Math.ceil(n / 10)).slice(0, n),
  'random Unicode': (n) => {
    let seed = 7;
    let s = '';
    while (s.length < n) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const cp = 0x20 + (seed % 0x2ff00);
      if (cp < 0xd800 || cp > 0xdfff) s += String.fromCodePoint(cp);
    }
    // Cut at a code point boundary: half of a surrogate pair is malformed input, refused before screening.
    const cut = s.slice(0, n);
    return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
  },
};
for (const size of [2_000, 20_000]) {
  // The classifier's own share: the text normalised once (the lexicon does that anyway), median of 5.
  let worstClassifier = 0;
  for (const [_name, make] of Object.entries(adversarial)) {
    const text = make(size);
    const norm = normalize(text);
    const runs: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      classifierSignals(norm, text);
      runs.push(performance.now() - t0);
    }
    runs.sort((a, b) => a - b);
    worstClassifier = Math.max(worstClassifier, runs[2]!);
  }
  console.log(`${String(size).padStart(6)} chars  classifier alone, worst median over the inputs: ${worstClassifier.toFixed(2)} ms`);
  let worst = 0;
  let worstName = '';
  for (const [name, make] of Object.entries(adversarial)) {
    const text = make(size);
    screenPrompt(text, 'edit');
    const t0 = performance.now();
    for (let r = 0; r < 3; r++) screenPrompt(text, 'edit');
    const lexicon = performance.now();
    for (let r = 0; r < 3; r++) screenPrompt(text, 'edit', { classifier: false });
    const ms = (lexicon - t0) / 3;
    const msLexicon = (performance.now() - lexicon) / 3;
    console.log(`${String(size).padStart(6)} chars  ${name.padEnd(16)} with classifier ${ms.toFixed(2)} ms   lexicon alone ${msLexicon.toFixed(2)} ms`);
    if (ms > worst) [worst, worstName] = [ms, name];
  }
  console.log(`${String(size).padStart(6)} chars  worst: ${worstName}, ${worst.toFixed(2)} ms`);
}
