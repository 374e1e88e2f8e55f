import { decide } from '../src/policy/decide.ts';
import { STRICT_POLICY } from '../src/policy/builtin-policies.ts';
import { screenPrompt } from '../src/screen/prompt-screener.ts';
import { DEVSET_FP_PATH, loadItems, type PromptItem } from '../eval/prompts/dataset.ts';
import { labelledSets } from '../eval/prompts/eval-prompts.ts';
import { corpusDevItems } from './corpus.ts';

// `node --import tsx training/tune-decision.ts`: the decision layer's thresholds on the development
// sets (dev-1 to dev-4, devset-fp) and corpus-dev only, never the evaluation sets. Each request is
// screened three ways (the layer weakening every non-floor rule, the layer adding a block, neither)
// and its score is read off the evidence; every (allowBelow, blockAt) pair is then a look-up.

type Verdict = 'allow' | 'review' | 'block';

function verdict(item: PromptItem, thresholds: { allowBelow: number; blockAt: number }): { verdict: Verdict; p: number | undefined } {
  const signals = screenPrompt(item.text, item.mode, { decision: thresholds });
  let p: number | undefined;
  for (const s of signals) for (const e of s.evidence) if (e.kind === 'score' && e.name === 'decision-layer') p = e.value;
  return { verdict: decide({ signals, unavailable: [], details: {} }, STRICT_POLICY).verdict, p };
}

interface Row {
  harmful: boolean;
  p: number;
  weakened: Verdict;
  added: Verdict;
  neither: Verdict;
}

function rows(items: readonly PromptItem[]): Row[] {
  return items.map((item) => {
    const neither = verdict(item, { allowBelow: 0, blockAt: 2 });
    const weakened = verdict(item, { allowBelow: 2, blockAt: 2 });
    const added = verdict(item, { allowBelow: 0, blockAt: 0 });
    // A request with no harmful signal at all carries no score: the added block says it.
    const p = neither.p ?? weakened.p ?? added.p ?? 0;
    return { harmful: item.harmful, p, weakened: weakened.verdict, added: added.verdict, neither: neither.verdict };
  });
}

function rates(list: readonly Row[], allowBelow: number, blockAt: number): { recall: number; fpr: number; tp: number; fp: number } {
  let tp = 0;
  let pos = 0;
  let fp = 0;
  let neg = 0;
  for (const r of list) {
    const v = r.p < allowBelow ? r.weakened : r.p >= blockAt ? r.added : r.neither;
    if (r.harmful) {
      pos++;
      if (v === 'block') tp++;
    } else {
      neg++;
      if (v !== 'allow') fp++;
    }
  }
  return { recall: tp / Math.max(1, pos), fpr: fp / Math.max(1, neg), tp, fp };
}

const sets = labelledSets({ heldout: false });
const data: Record<string, Row[]> = {};
for (const name of ['dev-1', 'dev-2', 'dev-3', 'dev-4']) data[name] = rows(sets[name]!);
data['dev-fp'] = rows(loadItems(DEVSET_FP_PATH));
data['corpus-dev'] = rows(corpusDevItems());
const allows = [0, 0.02, 0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3];
const blocks = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 2];
const fmt = (x: number) => x.toFixed(3);
console.log(['allow', 'block', ...Object.keys(data).map((k) => `${k} R/FPR`)].join('\t'));
for (const a of allows) {
  for (const b of blocks) {
    if (b < a) continue;
    const cells = Object.values(data).map((list) => {
      const r = rates(list, a, b);
      return `${fmt(r.recall)}/${fmt(r.fpr)}`;
    });
    console.log([a, b, ...cells].join('\t'));
  }
}
