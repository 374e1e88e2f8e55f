import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROMPTS_DIR } from '../eval/prompts/dataset.ts';
import { adversarialTexts } from '../src/screen/adversarial.ts';
import { screenPrompt as after } from '../src/screen/prompt-screener.ts';
import { normalize as normalizeAfter, type NormalizedText } from '../src/screen/normalize.ts';

// `tsx bench/screener-identity-ab.ts --before DIR`: the screener of another revision (DIR holds its
// src/, e.g. `git archive main src | tar -x -C DIR`) and this one, in one process, on every request
// of the development sets (eval/prompts/devset*.jsonl) and of the training corpus
// (training/corpus/*.jsonl), each in both modes, on variants of them (upper case, emoji, doubled,
// with a thread's history), and on the adversarial texts at 50, 300, 2,000 and 20,000 characters.
// The full JSON of the signals must be the same byte for byte, and so must the normaliser's output
// (skeleton and every offset array, which evidence spans rest on) and the classifier's probabilities
// and the decision layer's score at full precision (signals show them rounded); exits 1 on any difference.
// Reads no evaluation set.

type Screen = (text: string, mode: 'edit' | 'generate', options?: { history?: string[]; classifier?: boolean }) => unknown;

const { values } = parseArgs({ args: process.argv.slice(2), options: { before: { type: 'string' }, limit: { type: 'string' } } });
if (!values.before) {
  console.error('usage: tsx bench/screener-identity-ab.ts --before DIR [--limit N]');
  process.exit(2);
}
const before = ((await import(resolve(values.before, 'src/screen/prompt-screener.ts'))) as { screenPrompt: Screen }).screenPrompt;
const normalizeBefore = ((await import(resolve(values.before, 'src/screen/normalize.ts'))) as { normalize: (text: string) => NormalizedText }).normalize;

/** The classifier's four probabilities and the decision layer's score of a request, at full precision (signals round them). */
async function rawScores(root: string): Promise<(text: string, mode: 'edit' | 'generate') => string> {
  const screener = await import(resolve(root, 'src/screen/prompt-screener.ts'));
  const classifier = await import(resolve(root, 'src/screen/classifier/index.ts'));
  const decision = await import(resolve(root, 'src/screen/classifier/decision.ts'));
  return (text, mode) => {
    const { findings, notCovered } = screener.readLexicon(text, mode);
    const reading = classifier.classifierReading(findings.norm, text);
    const probability = [...reading.scores.probability];
    const input = screener.decisionInput(findings, mode, findings.signals(), reading.scores.probability, reading.model.header.heads, !notCovered);
    const layer = decision.decisionLayer();
    const p = decision.decisionScoreOf ? decision.decisionScoreOf(layer, input) : decision.decisionScore(layer, decision.decisionFeatures(input));
    return JSON.stringify([probability, p, [...reading.scores.windowFrom], [...reading.scores.windowTo], [...reading.scores.active]]);
  };
}
const rawBefore = await rawScores(values.before);
const rawAfter = await rawScores(resolve(import.meta.dirname, '..'));

/** The `text` and `mode` of each line of a JSONL file (dev sets and corpus alike). */
function texts(path: string): { text: string; mode: 'edit' | 'generate' }[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; mode?: string })
    .filter((r) => typeof r.text === 'string' && r.text.trim())
    .map((r) => ({ text: r.text, mode: r.mode === 'generate' ? 'generate' : 'edit' }));
}
const corpus = resolve(import.meta.dirname, '../training/corpus');
const files = [
  ...readdirSync(PROMPTS_DIR)
    .filter((f) => /^devset.*\.jsonl$/.test(f))
    .map((f) => join(PROMPTS_DIR, f)),
  ...readdirSync(corpus)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => join(corpus, f)),
].sort();
const own = files.flatMap(texts).slice(0, values.limit ? Number(values.limit) : undefined);
const cases: { text: string; mode: 'edit' | 'generate'; options?: { history?: string[]; classifier?: boolean } }[] = [];
for (const [i, item] of own.entries()) {
  cases.push(item, { text: item.text, mode: item.mode === 'edit' ? 'generate' : 'edit' });
  if (i % 3 === 0) cases.push({ text: item.text.toUpperCase(), mode: item.mode });
  if (i % 3 === 1) cases.push({ text: `${item.text} 👙🔥 ${item.text.slice(0, 20)} 😉`, mode: item.mode });
  if (i % 3 === 2) cases.push({ text: `${item.text}\n${item.text}`, mode: item.mode });
  if (i % 7 === 0) cases.push({ text: item.text, mode: item.mode, options: { classifier: false } });
  if (i > 1 && i % 2 === 0) cases.push({ text: item.text, mode: item.mode, options: { history: [own[i - 1]!.text, own[i - 2]!.text] } });
}
for (const length of [50, 300, 2_000, 20_000]) for (const [, text] of adversarialTexts(length)) for (const mode of ['edit', 'generate'] as const) cases.push({ text, mode });

const run = (screen: Screen, c: (typeof cases)[number]): string => {
  try {
    return JSON.stringify(screen(c.text, c.mode, c.options));
  } catch (error) {
    return `error ${(error as { code?: string }).code ?? String(error)}`;
  }
};
let differ = 0;
for (const c of cases) {
  const a = run(before, c);
  const b = run(after, c);
  if (a === b) continue;
  if (++differ <= 5)
    console.log(
      `DIFFERENT (${c.mode}${c.options ? ` ${JSON.stringify(Object.keys(c.options))}` : ''}): ${JSON.stringify(c.text.slice(0, 120))}\n  before ${a.slice(0, 600)}\n  after  ${b.slice(0, 600)}`,
    );
}
const skeleton = (n: NormalizedText) => JSON.stringify([n.text, [...n.start], [...n.end], [...n.position], [...n.wordClass], [...n.joined]]);
let differNorm = 0;
for (const c of cases) {
  if (skeleton(normalizeBefore(c.text)) === skeleton(normalizeAfter(c.text))) continue;
  if (++differNorm <= 5) console.log(`NORMALISED DIFFERENTLY: ${JSON.stringify(c.text.slice(0, 120))}`);
}
differ += differNorm;
let differRaw = 0;
for (const c of cases) {
  if (rawBefore(c.text, c.mode) === rawAfter(c.text, c.mode)) continue;
  if (++differRaw <= 5) console.log(`SCORED DIFFERENTLY: ${JSON.stringify(c.text.slice(0, 120))}\n  before ${rawBefore(c.text, c.mode)}\n  after  ${rawAfter(c.text, c.mode)}`);
}
differ += differRaw;
console.log(
  `${cases.length} cases from ${files.length} files (${own.length} requests): ${differ === 0 ? 'all identical: signals, normaliser output, classifier and decision-layer scores bit for bit' : `${differ} differ (${differNorm} in the normaliser's output, ${differRaw} in the raw scores)`}`,
);
process.exit(differ === 0 ? 0 : 1);
