import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEVSET2_PATH, DEVSET3_PATH, DEVSET_PATH, EVALSET_IND_PATH, HELDOUT_PATH, PROMPTS_DIR, loadItems, type PromptItem } from '../eval/prompts/dataset.ts';
import { score, type Outcome, type Score } from '../eval/prompts/metrics.ts';
import { loadSharedSamples } from '../eval/prompts/shared-samples.ts';
import { decide } from '../src/policy/decide.ts';
import { STRICT_POLICY } from '../src/policy/builtin-policies.ts';
import { screenPrompt } from '../src/screen/prompt-screener.ts';
import { screenerModel } from '../src/screen/classifier/index.ts';

// `npm run eval:screener-model [-- --heldout] [-- --evalset-ind] [-- --by-lang]`: the prompt screener under
// the strict policy with and without the learned classifier, on the labelled sets and the shared
// samples. Recall counts blocks; a false positive is any benign item blocked or sent to review
// (as eval:prompts counts them). The held-out set and independent evaluation sets are read only
// when asked for by flag: they are for final, once-only figures.

function verdictOf(text: string, mode: PromptItem['mode'], classifier: boolean): Outcome['verdict'] {
  const signals = screenPrompt(text, mode, { classifier });
  return decide({ signals, unavailable: [], details: {} }, STRICT_POLICY).verdict;
}

function run(items: readonly PromptItem[], classifier: boolean): Outcome[] {
  return items.map((item) => ({ item, verdict: verdictOf(item.text, item.mode, classifier), categories: [] }));
}

function line(name: string, s: Score): string {
  const r = s.recall === null ? '  -  ' : s.recall.toFixed(3);
  const f = s.fpr === null ? '  -  ' : s.fpr.toFixed(3);
  return `${name.padEnd(30)} recall ${r} (${s.blocked}/${s.harmful})  FPR ${f} (${s.flagged}/${s.benign})`;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      'no-weak': { type: 'boolean', default: false },
      heldout: { type: 'boolean', default: false },
      'evalset-ind': { type: 'boolean', default: false },
      evalset: { type: 'string', multiple: true },
      'by-lang': { type: 'boolean', default: false },
    },
  });
  // --no-weak: what the figures are without the review-level mid band (weak thresholds raised to strong).
  if (values['no-weak']) for (const t of Object.values(screenerModel().header.thresholds)) t.weak = t.strong;
  const sets: Record<string, PromptItem[]> = { 'devset (dev-1)': loadItems(DEVSET_PATH), 'devset-2': loadItems(DEVSET2_PATH), 'devset-3 (independent)': loadItems(DEVSET3_PATH) };
  if (values.heldout) sets.heldout = loadItems(HELDOUT_PATH);
  if (values['evalset-ind']) sets['evalset-ind (independent, held out)'] = loadItems(EVALSET_IND_PATH);
  for (const path of values.evalset ?? []) {
    const full = existsSync(path) ? path : join(PROMPTS_DIR, path);
    sets[path] = loadItems(full);
  }
  for (const source of loadSharedSamples().sources) sets[`shared: ${source.source}`] = source.items;
  for (const [name, items] of Object.entries(sets)) {
    const without = run(items, false);
    const withModel = run(items, true);
    console.log(line(`${name} lexicon`, score(without)));
    console.log(line(`${name} +model`, score(withModel)));
    if (values['by-lang']) {
      for (const lang of [...new Set(items.map((i) => i.lang))].sort()) {
        const a = score(without.filter((o) => o.item.lang === lang));
        const b = score(withModel.filter((o) => o.item.lang === lang));
        console.log(
          `   ${lang.padEnd(8)} lexicon ${a.recall?.toFixed(2) ?? '-'} / ${a.fpr?.toFixed(2) ?? '-'}   +model ${b.recall?.toFixed(2) ?? '-'} / ${b.fpr?.toFixed(2) ?? '-'}  (n=${a.harmful}+${a.benign})`,
        );
      }
    }
  }
}

main();
