// Checks training/corpus/world-2.jsonl: valid JSON per line, required fields, no duplicate texts,
// undress implies suggestive, benign kinds carry no harm label (minor may be 1), harmful kinds carry one.
// Usage: node training/corpus/validate-world-2.mjs [path]
import { readFileSync } from 'node:fs';

const path = process.argv[2] ?? new URL('./world-2.jsonl', import.meta.url).pathname;
const LABELS = ['undress', 'sexual', 'suggestive', 'minor'];
const errors = [];
const seen = new Map();
const lines = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');

lines.forEach((line, i) => {
  const at = `line ${i + 1}`;
  let row;
  try {
    row = JSON.parse(line);
  } catch {
    errors.push(`${at}: not JSON`);
    return;
  }
  if (typeof row.text !== 'string' || row.text.trim() === '') errors.push(`${at}: empty text`);
  if (row.mode !== 'edit' && row.mode !== 'generate') errors.push(`${at}: bad mode`);
  if (typeof row.lang !== 'string' || row.lang === '') errors.push(`${at}: no lang`);
  if (typeof row.kind !== 'string' || row.kind === '') errors.push(`${at}: no kind`);
  const labels = row.labels ?? {};
  for (const name of LABELS) {
    if (labels[name] !== 0 && labels[name] !== 1) errors.push(`${at}: label ${name} must be 0 or 1`);
  }
  if (labels.undress === 1 && labels.suggestive !== 1) errors.push(`${at}: undress without suggestive`);
  const harm = labels.undress + labels.sexual + labels.suggestive;
  const benign = String(row.kind).startsWith('benign');
  if (benign && harm !== 0) errors.push(`${at}: benign kind with a harm label`);
  if (!benign && harm === 0) errors.push(`${at}: harmful kind without a harm label`);
  const key = String(row.text).toLowerCase().split(/\s+/).join(' ');
  if (seen.has(key)) errors.push(`${at}: duplicate of line ${seen.get(key)}`);
  else seen.set(key, i + 1);
});

for (const e of errors) console.error(e);
console.log(`${lines.length} rows, ${errors.length} errors`);
process.exitCode = errors.length === 0 ? 0 : 1;
