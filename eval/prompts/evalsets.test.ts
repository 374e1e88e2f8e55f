import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BENIGN_KINDS,
  DEVSET2_PATH,
  DEVSET3_PATH,
  DEVSET_FP_PATH,
  DEVSET_PATH,
  EVALSET2_PATH,
  EVALSET_IND_PATH,
  EXPLICIT_EN_PATH,
  HARMFUL_KINDS,
  HELDOUT_PATH,
  itemProblems,
  loadItems,
  type PromptItem,
} from './dataset.ts';

// The independent sets (EVALSETS.md) are checked for shape only: nothing here runs the screener.

const dev3 = loadItems(DEVSET3_PATH);
const evalInd = loadItems(EVALSET_IND_PATH);
const older = [DEVSET_PATH, DEVSET2_PATH, HELDOUT_PATH].flatMap((p) => loadItems(p));

// Spacing, dots and case removed: "z i e h  s i e  a u s" and "zieh sie aus" are the same request.
const squash = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{Z}\p{Cf}_]+/gu, '');

test('the independent sets parse, and every item passes the schema and label checks and has a kind', () => {
  for (const item of [...dev3, ...evalInd]) {
    assert.deepEqual(itemProblems(item), [], item.id);
    assert.equal(item.source, 'independent', item.id);
    assert.ok(item.kind !== undefined, `${item.id} has a kind`);
  }
});

test('ids are unique across all five files, and no request of the evaluation set appears elsewhere', () => {
  const all = [...older, ...dev3, ...evalInd];
  assert.equal(new Set(all.map((i) => i.id)).size, all.length);
  const seen = new Set([...older, ...dev3].map((i) => squash(i.text)));
  assert.deepEqual(
    evalInd.filter((i) => seen.has(squash(i.text))).map((i) => i.id),
    [],
  );
  const olderSeen = new Set(older.map((i) => squash(i.text)));
  assert.deepEqual(
    dev3.filter((i) => olderSeen.has(squash(i.text))).map((i) => i.id),
    [],
  );
});

function byLang(items: PromptItem[]): Map<string, { harmful: number; benign: number }> {
  const counts = new Map<string, { harmful: number; benign: number }>();
  for (const item of items) {
    const c = counts.get(item.lang) ?? { harmful: 0, benign: 0 };
    if (item.harmful) c.harmful++;
    else c.benign++;
    counts.set(item.lang, c);
  }
  return counts;
}

test('the evaluation set covers 35+ languages, 12+ items each, with at least as many benign near-misses as harmful requests', () => {
  const counts = byLang(evalInd);
  assert.ok(counts.size >= 35, `${counts.size} languages`);
  for (const [lang, c] of counts) {
    assert.ok(c.harmful + c.benign >= 12, `${lang}: ${c.harmful + c.benign} items`);
    assert.ok(c.benign >= c.harmful, `${lang}: ${c.benign} benign vs ${c.harmful} harmful`);
  }
  const harmful = evalInd.filter((i) => i.harmful).length;
  assert.ok(evalInd.length - harmful >= harmful, `${evalInd.length - harmful} benign vs ${harmful} harmful`);
  assert.ok(evalInd.filter((i) => i.tags?.includes('code_switch')).length >= 30, 'code-switched requests');
});

test('every kind occurs in both sets, and every harmful kind in most languages of the evaluation set', () => {
  for (const kind of [...HARMFUL_KINDS, ...BENIGN_KINDS]) {
    assert.ok(
      dev3.some((i) => i.kind === kind),
      `devset-3: ${kind}`,
    );
    assert.ok(
      evalInd.some((i) => i.kind === kind),
      `evalset-ind: ${kind}`,
    );
  }
  const langs = new Set(evalInd.map((i) => i.lang));
  for (const kind of HARMFUL_KINDS) {
    const covered = new Set(evalInd.filter((i) => i.kind === kind).map((i) => i.lang));
    assert.ok(covered.size >= langs.size - 3, `${kind}: ${covered.size} of ${langs.size} languages`);
  }
});

test('the development set covers the same languages with both classes', () => {
  const counts = byLang(dev3);
  assert.deepEqual([...counts.keys()].sort(), [...byLang(evalInd).keys()].sort());
  for (const [lang, c] of counts) assert.ok(c.harmful > 0 && c.benign > 0, lang);
});

// evalset-2 and explicit-en (EVALSETS.md, second section): written later by another hand, held out.
const eval2 = loadItems(EVALSET2_PATH);
const explicitEn = loadItems(EXPLICIT_EN_PATH);
const devFp = loadItems(DEVSET_FP_PATH);

test('evalset-2 and explicit-en parse, pass the schema and label checks, and are independent', () => {
  for (const item of [...eval2, ...explicitEn]) {
    assert.deepEqual(itemProblems(item), [], item.id);
    assert.equal(item.source, 'independent', item.id);
  }
  for (const item of eval2) {
    assert.match(item.id, /^[a-z]{2}(-[A-Za-z]{4})?-e2-\d{3}$/, item.id);
    assert.ok(item.id.startsWith(`${item.lang}-e2-`), item.id);
    assert.ok(item.kind !== undefined, `${item.id} has a kind`);
  }
  for (const item of explicitEn) {
    assert.match(item.id, /^en-x-\d{3}$/, item.id);
    assert.equal(item.lang, 'en', item.id);
    // harmful items are explicit text-to-image prompts; benign ones are prompts or edits
    if (item.harmful) assert.equal(item.mode, 'generate', item.id);
    if (item.harmful) assert.ok(item.labels.includes('sexual') && !item.labels.includes('minor'), item.id);
  }
});

test('ids are unique across every file, and no request of evalset-2 or explicit-en repeats another set or itself', () => {
  const all = [...older, ...dev3, ...evalInd, ...devFp, ...eval2, ...explicitEn];
  assert.equal(new Set(all.map((i) => i.id)).size, all.length);
  const seen = new Set([...older, ...dev3, ...evalInd, ...devFp].map((i) => squash(i.text)));
  const mine = [...eval2, ...explicitEn];
  assert.deepEqual(
    mine.filter((i) => seen.has(squash(i.text))).map((i) => i.id),
    [],
  );
  assert.equal(new Set(mine.map((i) => squash(i.text))).size, mine.length, 'no repeat inside the two files');
});

test('evalset-2 covers 40+ languages, 15+ items each, with at least as many benign near-misses as harmful requests', () => {
  const counts = byLang(eval2);
  assert.ok(counts.size >= 40, `${counts.size} languages`);
  for (const [lang, c] of counts) {
    assert.ok(c.harmful + c.benign >= 15, `${lang}: ${c.harmful + c.benign} items`);
    assert.ok(c.benign >= c.harmful, `${lang}: ${c.benign} benign vs ${c.harmful} harmful`);
  }
  for (const kind of [...HARMFUL_KINDS, ...BENIGN_KINDS])
    assert.ok(
      eval2.some((i) => i.kind === kind),
      `evalset-2: ${kind}`,
    );
  for (const kind of HARMFUL_KINDS) {
    const covered = new Set(eval2.filter((i) => i.kind === kind).map((i) => i.lang));
    assert.ok(covered.size >= counts.size - 3, `${kind}: ${covered.size} of ${counts.size} languages`);
  }
  assert.ok(eval2.filter((i) => i.tags?.includes('code_switch')).length >= 30, 'code-switched requests');
});

test('explicit-en holds ~200 explicit prompts and more benign prompts of the same style', () => {
  const harmful = explicitEn.filter((i) => i.harmful).length;
  const benign = explicitEn.length - harmful;
  assert.ok(harmful >= 180, `${harmful} explicit`);
  assert.ok(benign >= harmful, `${benign} benign vs ${harmful} explicit`);
  assert.ok(explicitEn.some((i) => !i.harmful && i.mode === 'edit') && explicitEn.some((i) => !i.harmful && i.mode === 'generate'));
});
