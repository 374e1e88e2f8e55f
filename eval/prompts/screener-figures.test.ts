import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEVSET_FP_PATH, PROMPTS_DIR, loadItems } from './dataset.ts';
import { evaluate, labelledSets, loadProjectScreener } from './eval-prompts.ts';
import { loadSharedSamples } from './shared-samples.ts';
import { sharedPath } from '../../src/testing/shared-path.ts';

// The real screener on the development sets (and, where the shared folder is present, the shared
// benign and explicit samples): a change that lowers recall or raises false positives below the
// figures recorded in recorded-figures.json fails here, so a regression cannot land. The held-out
// set is not read. Raise the recorded figures when the screener improves; never lower them to pass.

interface Recorded {
  recall: number;
  fpr: number;
}
const RECORDED = JSON.parse(readFileSync(join(PROMPTS_DIR, 'recorded-figures.json'), 'utf8')) as Record<string, Recorded>;

test('the screener keeps its recorded figures on the development sets', async () => {
  const screener = await loadProjectScreener();
  assert.ok(screener, 'src/index.ts exports the screener');
  const result = await evaluate({ sets: labelledSets({ heldout: false }), screener });
  for (const name of ['dev-1', 'dev-2', 'dev-3', 'dev-4']) {
    const o = result.sets[name]!.screener.overall;
    const want = RECORDED[name]!;
    assert.ok(o.recall! >= want.recall, `${name} recall ${o.recall!.toFixed(3)} < recorded ${want.recall}`);
    assert.ok(o.fpr! <= want.fpr, `${name} FPR ${o.fpr!.toFixed(3)} > recorded ${want.fpr}`);
  }
});

test('the screener keeps its recorded false-positive rate on the benign near-miss set (devset-fp)', async () => {
  const screener = (await loadProjectScreener())!;
  const items = loadItems(DEVSET_FP_PATH);
  assert.ok(items.length >= 300 && items.every((i) => !i.harmful), 'devset-fp holds 300+ benign items');
  const o = (await evaluate({ sets: { 'dev-fp': items }, screener })).sets['dev-fp']!.screener.overall;
  assert.ok(o.fpr! <= RECORDED['dev-fp']!.fpr, `dev-fp FPR ${o.fpr!.toFixed(3)} > recorded ${RECORDED['dev-fp']!.fpr}`);
});

test('the screener keeps its recorded figures on the shared samples', async (t) => {
  if (!sharedPath('data', 'prompts')) {
    t.skip('shared/data/prompts not found (set CONSENTRY_SHARED)');
    return;
  }
  const screener = (await loadProjectScreener())!;
  const shared = loadSharedSamples(500);
  for (const source of shared.sources) {
    const want = RECORDED[`shared:${source.source}`];
    if (!want) continue;
    const result = await evaluate({ sets: { [source.source]: source.items }, screener });
    const o = result.sets[source.source]!.screener.overall;
    if (source.harmful) assert.ok(o.recall! >= want.recall, `${source.source} recall ${o.recall!.toFixed(3)} < recorded ${want.recall}`);
    else assert.ok(o.fpr! <= want.fpr, `${source.source} FPR ${o.fpr!.toFixed(3)} > recorded ${want.fpr}`);
  }
});
