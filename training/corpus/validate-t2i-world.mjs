// Checks training/corpus/t2i-world.jsonl: one JSON object per line, the fields and label values the
// trainer reads, no text twice (also after case and space folding), undress ⇒ suggestive.
// Usage: node training/corpus/validate-t2i-world.mjs [file]
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? new URL('./t2i-world.jsonl', import.meta.url).pathname;
const LABELS = ['undress', 'sexual', 'suggestive', 'minor'];
const errors = [];
const seen = new Map();
const perLang = {};
const perKind = {};
let harmful = 0;
let total = 0;

readFileSync(file, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `line ${i + 1}`;
    let o;
    try {
      o = JSON.parse(line);
    } catch {
      errors.push(`${where}: not JSON`);
      return;
    }
    total++;
    if (typeof o.text !== 'string' || o.text.trim() === '') errors.push(`${where}: empty text`);
    if (o.mode !== 'generate') errors.push(`${where}: mode is not generate`);
    if (typeof o.lang !== 'string' || !/^[a-z]{2}(-[A-Z][a-z]{3})?$/.test(o.lang)) errors.push(`${where}: bad lang ${o.lang}`);
    if (typeof o.kind !== 'string' || o.kind === '') errors.push(`${where}: no kind`);
    for (const k of LABELS) if (o.labels?.[k] !== 0 && o.labels?.[k] !== 1) errors.push(`${where}: label ${k} is not 0 or 1`);
    if (o.labels?.undress === 1 && o.labels?.suggestive !== 1) errors.push(`${where}: undress without suggestive`);
    const isHarmful = o.labels?.undress === 1 || o.labels?.sexual === 1;
    if (o.kind?.startsWith('benign') && (isHarmful || o.labels?.suggestive === 1)) errors.push(`${where}: benign kind with a harmful label`);
    if (o.labels?.minor === 1 && (isHarmful || o.labels?.suggestive === 1)) errors.push(`${where}: minor with sexual labels`);
    const key = String(o.text).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) errors.push(`${where}: duplicate of line ${seen.get(key)}`);
    else seen.set(key, i + 1);
    harmful += isHarmful ? 1 : 0;
    const l = (perLang[o.lang] ??= { total: 0, harmful: 0 });
    l.total++;
    l.harmful += isHarmful ? 1 : 0;
    perKind[o.kind] = (perKind[o.kind] ?? 0) + 1;
  });

console.log(JSON.stringify({ total, harmful, benign: total - harmful, languages: Object.keys(perLang).length, perLang, perKind }, null, 1));
if (errors.length > 0) {
  console.error(errors.join('\n'));
  process.exit(1);
}
