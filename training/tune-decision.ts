import { decide } from '../src/policy/decide.ts';
import { STRICT_POLICY } from '../src/policy/builtin-policies.ts';
import { screenPrompt } from '../src/screen/prompt-screener.ts';
import { DEVSET_FP_PATH, loadItems, type PromptItem } from '../eval/prompts/dataset.ts';
import { labelledSets } from '../eval/prompts/eval-prompts.ts';
import { corpusDevItems } from './corpus.ts';

// `node --import tsx training/tune-decision.ts`: the decision layer's thresholds on the development
// sets (dev-1 to dev-4, devset-fp) and corpus-dev only, never the evaluation sets: every request is
// screened under every (allowBelow, blockAt) pair of a small grid and judged by the strict policy.

interface Thresholds {
  allowBelow: number;
  blockAt: number;
}

function rates(items: readonly PromptItem[], thresholds: Thresholds): { recall: number; fpr: number } {
  let tp = 0;
  let pos = 0;
  let fp = 0;
  let neg = 0;
  for (const item of items) {
    const v = decide({ signals: screenPrompt(item.text, item.mode, { decision: thresholds }), unavailable: [], details: {} }, STRICT_POLICY).verdict;
    if (item.harmful) {
      pos++;
      if (v === 'block') tp++;
    } else {
      neg++;
      if (v !== 'allow') fp++;
    }
  }
  return { recall: tp / Math.max(1, pos), fpr: fp / Math.max(1, neg) };
}

const sets = labelledSets({ heldout: false });
const data: Record<string, PromptItem[]> = {};
for (const name of ['dev-1', 'dev-2', 'dev-3', 'dev-4']) data[name] = sets[name]!;
data['dev-fp'] = loadItems(DEVSET_FP_PATH);
data['corpus-dev'] = corpusDevItems();
const allows = (process.env.ALLOWS ?? '0,0.1,0.15,0.2,0.25,0.3').split(',').map(Number);
const blocks = (process.env.BLOCKS ?? '0.7,0.8,0.9,2').split(',').map(Number);
const fmt = (x: number) => x.toFixed(3);
console.log(['allow', 'block', ...Object.keys(data).map((k) => `${k} R/FPR`)].join('\t'));
for (const a of allows) {
  for (const b of blocks) {
    if (b < a) continue;
    const cells = Object.values(data).map((items) => {
      const r = rates(items, { allowBelow: a, blockAt: b });
      return `${fmt(r.recall)}/${fmt(r.fpr)}`;
    });
    console.log([a, b, ...cells].join('\t'));
  }
}
