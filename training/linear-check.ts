import { normalize } from '../src/screen/normalize.ts';
import { extractFeatures } from '../src/screen/classifier/features.ts';
import { screenerModel, screenerLinear } from '../src/screen/classifier/index.ts';
import { corpusDevItems } from './corpus.ts';
import { labelledSets } from '../eval/prompts/eval-prompts.ts';

// `node --import tsx training/linear-check.ts`: the linear head alone against the model alone
// (max of its undress and sexual heads) and their summed logits, on the development sets and
// corpus-dev only: AUC and recall at 1, 3 and 10 % false positives. For the record; picks nothing.

const model = screenerModel();
const head = screenerLinear();
const logit = (p: number) => Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6));
function auc(pos: number[], neg: number[]): number {
  const all = [...pos.map((s) => [s, 1] as const), ...neg.map((s) => [s, 0] as const)].sort((a, b) => a[0] - b[0]);
  let rank = 0;
  let sumPos = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]![0] === all[i]![0]) j++;
    const mid = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (all[k]![1] === 1) sumPos += mid;
    rank = j;
    i = j;
  }
  void rank;
  return (sumPos - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}
function recallAt(pos: number[], neg: number[], fpr: number): number {
  const sorted = [...neg].sort((a, b) => b - a);
  const k = Math.floor(fpr * sorted.length);
  const th = k < sorted.length ? sorted[k]! : Number.NEGATIVE_INFINITY;
  return pos.filter((s) => s > th).length / pos.length;
}
const sets = labelledSets({ heldout: false });
const data: Record<string, { text: string; mode: 'edit' | 'generate'; harmful: boolean }[]> = {
  'dev-1': sets['dev-1']!,
  'dev-2': sets['dev-2']!,
  'dev-3': sets['dev-3']!,
  'dev-4': sets['dev-4']!,
  'corpus-dev': corpusDevItems(),
};
for (const [name, items] of Object.entries(data)) {
  const rows = items.map((it) => {
    const norm = normalize(it.text);
    const f = extractFeatures(norm, it.text);
    const p = model.score(f, norm.text.length).probability;
    const m = logit(Math.max(p[0]!, p[1]!));
    const l = head.score(f, norm.text.length, it.mode).logit;
    return { h: it.harmful, m, l, s: m + l };
  });
  const pos = rows.filter((r) => r.h);
  const neg = rows.filter((r) => !r.h);
  if (!pos.length || !neg.length) continue;
  const line = (['m', 'l', 's'] as const).map((k) => {
    const P = pos.map((r) => r[k]);
    const N = neg.map((r) => r[k]);
    return `${k === 'm' ? 'model' : k === 'l' ? 'linear' : 'sum'} AUC ${auc(P, N).toFixed(3)} R@1% ${recallAt(P, N, 0.01).toFixed(3)} R@3% ${recallAt(P, N, 0.03).toFixed(3)} R@10% ${recallAt(P, N, 0.1).toFixed(3)}`;
  });
  console.log(`${name} (${pos.length}+/${neg.length}-)\n  ${line.join('\n  ')}`);
}
