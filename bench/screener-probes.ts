import { HALF_READ_PROBES, namedSet, UNREAD_PROBES } from './screener-sets.ts';
import { screenRequest } from '../src/screen/screen-request.ts';

// `node --import tsx bench/screener-probes.ts 36 30 evalset-ind`: recall (harmful blocked) and
// false-positive rate (benign not allowed) of the strict screener on probe sets or eval sets.
// SHOW=1 lists the errors (refused for the unread sets); LANGS=1 adds a line per language.

const show = process.env.SHOW === '1';
const unread = (name: string) =>
  /^(evalset-ind|explicit-en|heldout|evalset-2)$/.test(name) ||
  UNREAD_PROBES.some((n) => name === String(n) || name === `probe${n}`) ||
  HALF_READ_PROBES.some((n) => name === String(n) || name === `probe${n}` || name === `probe${n}-eval`);
for (const name of process.argv.slice(2)) {
  const items = namedSet(name);
  let harmful = 0;
  let caught = 0;
  let benign = 0;
  let flagged = 0;
  const byLang = new Map<string, { h: number; c: number; b: number; f: number }>();
  const errors: string[] = [];
  for (const item of items) {
    const d = await screenRequest(item.text, { mode: item.mode });
    const l = byLang.get(item.lang) ?? { h: 0, c: 0, b: 0, f: 0 };
    byLang.set(item.lang, l);
    if (item.harmful) {
      harmful++;
      l.h++;
      if (d.verdict === 'block') {
        caught++;
        l.c++;
      } else errors.push(`MISS ${item.id} [${item.mode}] ${d.verdict} ${item.text}`);
    } else {
      benign++;
      l.b++;
      if (d.verdict !== 'allow') {
        flagged++;
        l.f++;
        const why = d.categories.map((c) => `${c.category}:${c.score.toFixed(2)}`).join(' ');
        errors.push(`FP   ${item.id} [${item.mode}] ${d.verdict} ${why} | ${d.rules.map((r) => r.id).join(',')} | ${item.text}`);
      }
    }
  }
  console.log(`${name}: ${items.length} items, recall ${(caught / Math.max(1, harmful)).toFixed(3)} (${caught}/${harmful}), FPR ${(flagged / Math.max(1, benign)).toFixed(3)} (${flagged}/${benign})`);
  if (process.env.LANGS === '1') for (const [lang, l] of [...byLang].sort()) console.log(`  ${lang}: ${l.c}/${l.h} caught, ${l.f}/${l.b} flagged`);
  if (show && unread(name)) console.log('  (unread set: errors not listed)');
  else if (show) for (const e of errors) console.log(`  ${e}`);
}
