import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROMPTS_DIR, loadItems } from '../eval/prompts/dataset.ts';
import { csvRecords, loadSharedSamples } from '../eval/prompts/shared-samples.ts';
import { sharedPath } from '../src/testing/shared-path.ts';
import { adversarialTexts } from '../src/screen/adversarial.ts';
import { screenPrompt } from '../src/screen/prompt-screener.ts';
import { normalize } from '../src/screen/normalize.ts';

// `tsx bench/screener-identity.ts --out FILE`: every signal (category, score, reason, evidence) the
// screener gives on every item of eval/prompts/*.jsonl (in both modes), on large samples of the
// shared prompt datasets, on the adversarial texts, on threads with history and on simple variants
// (upper case, emoji, doubled text). Written one JSON line per case, so two runs compare with
// `diff` or `cmp`: a speed change must leave this file byte for byte the same.

const { values } = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' }, shared: { type: 'string', default: '3000' } } });
if (!values.out) {
  console.error('usage: tsx bench/screener-identity.ts --out FILE [--shared N]');
  process.exit(2);
}
const cases: { id: string; text: string; mode: 'edit' | 'generate'; history?: string[] }[] = [];
const own = readdirSync(PROMPTS_DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => loadItems(join(PROMPTS_DIR, f)));
for (const item of own) {
  cases.push({ id: item.id, text: item.text, mode: item.mode });
  cases.push({ id: `${item.id}/other-mode`, text: item.text, mode: item.mode === 'edit' ? 'generate' : 'edit' });
}
for (const [i, item] of own.entries()) {
  if (i % 3 === 0) cases.push({ id: `${item.id}/upper`, text: item.text.toUpperCase(), mode: item.mode });
  if (i % 3 === 1) cases.push({ id: `${item.id}/emoji`, text: `${item.text} 👙🔥 ${item.text.slice(0, 20)} 😉`, mode: item.mode });
  if (i % 3 === 2) cases.push({ id: `${item.id}/double`, text: `${item.text}\n${item.text}`, mode: item.mode });
  if (i > 0 && i % 2 === 0) cases.push({ id: `${item.id}/history`, text: item.text, mode: item.mode, history: [own[i - 1]!.text, own[i - 2]!.text] });
}
for (const s of loadSharedSamples(Number(values.shared)).sources) for (const item of s.items) cases.push({ id: item.id, text: item.text, mode: item.mode });
for (const file of ['i2p/unsafe-prompts4703.csv', 'ring-a-bell/NoNudity_prompt.csv']) {
  const path = sharedPath('data', 'prompts', file);
  if (!path) continue;
  for (const [i, r] of csvRecords(readFileSync(path, 'utf8')).entries()) {
    const text = r.prompt ?? Object.values(r).join(' ');
    if (text.trim()) cases.push({ id: `${file}-${i}`, text, mode: 'generate' });
  }
}
for (const length of [50, 300, 2_000]) for (const [name, text] of adversarialTexts(length)) cases.push({ id: `adversarial ${name} ${length}`, text, mode: 'edit' });
const lines: string[] = [];
for (const c of cases) {
  try {
    lines.push(JSON.stringify({ id: c.id, signals: screenPrompt(c.text, c.mode, c.history ? { history: c.history } : {}) }));
  } catch (error) {
    lines.push(JSON.stringify({ id: c.id, error: (error as { code?: string }).code ?? String(error) }));
  }
}
// The normaliser's whole output too (skeleton and every offset array), which evidence spans rest on.
for (const c of cases) {
  const n = normalize(c.text);
  lines.push(JSON.stringify({ id: c.id, skeleton: n.text, start: [...n.start], end: [...n.end], position: [...n.position], wordClass: [...n.wordClass], joined: [...n.joined] }));
}
writeFileSync(values.out, `${lines.join('\n')}\n`);
console.log(`${cases.length} cases written to ${values.out}`);
