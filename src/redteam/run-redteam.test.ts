import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBattery, selectBattery } from './battery.ts';
import { runRedteam } from './run-redteam.ts';
import { startStandInImageApi } from '../testing/stand-in-image-api.ts';
import { syntheticImage } from '../testing/synthetic-images.ts';
import { fakeHasher, sha256Hex, tableAnalyzer } from '../testing/fake-image-analyzer.ts';

const battery = buildBattery();
// The rate tests use a slice of the battery (English with every disguise, plus three other scripts) to stay fast.
const slice = selectBattery(battery, { languages: ['en', 'de', 'ja', 'ar'] });
const fast = { rps: 1000 };

test('the battery: many languages and obfuscations, harmful and benign, unique ids', () => {
  assert.equal(new Set(battery.map((i) => i.id)).size, battery.length);
  assert.ok(new Set(battery.map((i) => i.language)).size >= 15);
  assert.ok(new Set(battery.map((i) => i.obfuscation)).size >= 8);
  assert.ok(battery.filter((i) => i.harmful).length >= 100);
  assert.ok(battery.filter((i) => !i.harmful).length >= 40);
  for (const i of battery) assert.equal(i.harmful, !i.category.startsWith('benign'));
});

async function photoFile(dir: string) {
  const bytes = await syntheticImage(1, { size: 64 });
  const path = join(dir, 'me.jpg');
  await writeFile(path, bytes);
  return { path, bytes };
}

test('against an API that refuses everything: harmful refusal 1.0, every benign control wrongly refused', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'redteam-'));
  const { path, bytes } = await photoFile(dir);
  const api = await startStandInImageApi({ policy: 'refuse-all', image: bytes });
  try {
    const r = await runRedteam({ battery: slice, target: { endpoint: api.url, model: 'm', mode: 'edit' }, photos: [path], outDir: join(dir, 'out'), ...fast });
    const harmful = slice.filter((i) => i.harmful).length;
    assert.equal(api.prompts.length, slice.length);
    assert.equal(r.summary.harmful.refusalRate.p, 1);
    assert.equal(r.summary.harmful.refusalRate.n, harmful);
    assert.equal(r.summary.benign.wronglyRefused.p, 1);
    assert.equal(r.summary.harmful.returned, 0);
    assert.deepEqual(r.summary.refusalKinds, { content_policy: slice.length });
    for (const row of r.summary.byLanguage) if (row.harmfulRefused.n) assert.equal(row.harmfulRefused.p, 1);
  } finally {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('against an API that refuses nothing: refusal 0.0, every harmful request returned and analysed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'redteam-'));
  const { path } = await photoFile(dir);
  const output = await syntheticImage(2, { size: 64 });
  // The fake analyzer rates the returned image "partial" (as a real undressing output would be) and the input "none".
  const analyzer = tableAnalyzer(new Map([[sha256Hex(output), { level: 'partial' as const }]]));
  const api = await startStandInImageApi({ policy: 'refuse-none', image: output });
  const sample = selectBattery(battery, { languages: ['en', 'fr'] });
  try {
    const r = await runRedteam({
      battery: sample,
      target: { endpoint: api.url, model: 'm', mode: 'edit' },
      photos: [path],
      outDir: join(dir, 'out'),
      deps: { analyzer, hasher: fakeHasher() },
      ...fast,
    });
    assert.equal(r.summary.harmful.refusalRate.p, 0);
    assert.equal(r.summary.harmful.returned, sample.filter((i) => i.harmful).length);
    assert.equal(r.summary.benign.wronglyRefused.p, 0);
    assert.equal(r.summary.outputs.images, sample.length);
    assert.equal(r.summary.outputs.undressed, sample.length);
    assert.equal(r.summary.outputs.escalated, sample.length);
    const html = await readFile(join(dir, 'out', 'redteam.html'), 'utf8');
    assert.match(html, /Harmful requests that got an image \(\d+\)/);
    assert.doesNotMatch(html, /<img/, 'returned images are never embedded');
  } finally {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('against a keyword filter: per-category rates match the filter, obfuscations get through', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'redteam-'));
  const { bytes } = await photoFile(dir);
  const keywords = /\b(naked|nude|clothes|bikini|lingerie|topless|underwear)\b/i;
  const api = await startStandInImageApi({ policy: keywords, image: bytes });
  try {
    const r = await runRedteam({ battery: slice, target: { endpoint: api.url, model: 'm', mode: 'generate' }, outDir: join(dir, 'out'), ...fast });
    for (const row of r.summary.byCategory) {
      const items = slice.filter((i) => i.category === row.key);
      const expected = items.filter((i) => keywords.test(i.prompt)).length;
      const rate = items[0]!.harmful ? row.harmfulRefused : row.benignRefused;
      assert.equal(rate.k, expected, row.key);
      assert.equal(rate.n, items.length, row.key);
    }
    const leet = r.summary.byObfuscation.find((o) => o.key === 'leetspeak')!;
    assert.equal(leet.harmfulRefused.k, 0, 'leetspeak defeats a keyword filter');
    const none = r.summary.byObfuscation.find((o) => o.key === 'none')!;
    assert.ok(none.harmfulRefused.p! > 0 && none.harmfulRefused.p! < 1);
    assert.ok(r.summary.harmful.returned > 0);
  } finally {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('bounded and resumable: max-requests, max-spend, rate limit, and errors retried on resume', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'redteam-'));
  const { bytes } = await photoFile(dir);
  const api = await startStandInImageApi({ policy: 'refuse-none', image: bytes, failFirst: 2, failStatus: 429 });
  const sample = battery.slice(0, 12);
  const out = join(dir, 'out');
  const target = { endpoint: api.url, model: 'm', mode: 'generate' as const };
  try {
    // Rate limit: 5 requests at 10/s, with a fake clock — sleeps must add up to ~400 ms.
    let clock = 0;
    const slept: number[] = [];
    const first = await runRedteam({
      battery: sample,
      target,
      outDir: out,
      rps: 10,
      maxRequests: 5,
      now: () => clock,
      sleep: async (ms) => {
        slept.push(ms);
        clock += ms;
      },
    });
    assert.equal(first.sentNow, 5);
    assert.equal(first.stoppedBy, 'max_requests');
    assert.equal(Math.round(slept.reduce((a, b) => a + b, 0)), 400);
    assert.equal(first.summary.errors, 2, 'two 429s are errors, not refusals');
    assert.equal(first.summary.answered, 3);
    // Spend: $0.04 per image, cap $0.2 → 5 images in all, 3 already bought.
    const second = await runRedteam({ battery: sample, target, outDir: out, rps: 1000, maxSpend: 0.2, pricePerImage: 0.04 });
    assert.equal(second.stoppedBy, 'max_spend');
    assert.equal(second.summary.spend.images, 5);
    assert.ok(Math.abs(second.summary.spend.total - 0.2) < 1e-9);
    // Resume to the end: the two errored requests are retried, the answered ones are not re-sent.
    const before = api.prompts.length;
    const third = await runRedteam({ battery: sample, target, outDir: out, rps: 1000 });
    assert.equal(third.stoppedBy, null);
    assert.equal(api.prompts.length - before, 12 - 5);
    assert.equal(third.summary.answered, 12);
    assert.equal(third.summary.errors, 0);
    const journal = (await readFile(join(out, 'journal.jsonl'), 'utf8')).trim().split('\n');
    assert.equal(journal.length, 5 + 2 + 7);
    // The folder is tied to its target.
    await assert.rejects(runRedteam({ battery: sample, target: { ...target, model: 'other' }, outDir: out }), /another --out/);
  } finally {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  }
});
