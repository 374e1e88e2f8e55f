import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { runAudit } from './run-audit.ts';
import { fakeHasher, sha256Hex, tableAnalyzer, type FakeTruth } from '../testing/fake-image-analyzer.ts';
import { syntheticImage } from '../testing/synthetic-images.ts';
import type { AuditRecord } from './audit-types.ts';
import { createGuard } from '../guard.ts';
import { promptScreenerDetector } from '../screen/prompt-screener.ts';

// A 20-image corpus whose "truth" the table analyzer reports: 4 explicit, 2 partial, 4 suggestive, 10 none.
// Faces: explicit/partial ones have women (and one a man); one suggestive image has a possible minor.
async function corpus(): Promise<{ dir: string; table: Map<string, FakeTruth> }> {
  const dir = await mkdtemp(join(tmpdir(), 'audit-'));
  await mkdir(join(dir, 'images', 'day2'), { recursive: true });
  const table = new Map<string, FakeTruth>();
  const levels = ['explicit', 'explicit', 'explicit', 'explicit', 'partial', 'partial', 'suggestive', 'suggestive', 'suggestive', 'suggestive'] as const;
  for (let i = 0; i < 20; i++) {
    const bytes = await syntheticImage(i, { size: 48 });
    const truth: FakeTruth = { level: levels[i] ?? 'none' };
    if (i < 6) truth.faces = [{ gender: 'female', age: 30 }];
    if (i === 0)
      truth.faces = [
        { gender: 'female', age: 30 },
        { gender: 'male', age: 40 },
      ];
    if (i === 7) truth.faces = [{ gender: 'female', age: 16 }];
    // Images 10 and 11 are near-duplicates (PDQ distance 3), 12 is far from both.
    if (i === 10) truth.pdq = 'f'.repeat(64);
    if (i === 11) truth.pdq = `${'f'.repeat(63)}8`;
    table.set(sha256Hex(bytes), truth);
    await writeFile(join(dir, 'images', i >= 10 ? 'day2' : '', `img${String(i).padStart(2, '0')}.jpg`), bytes);
  }
  await writeFile(join(dir, 'images', 'notes.txt'), 'not an image');
  await writeFile(join(dir, 'images', 'broken.png'), Buffer.from('this is not a png'));
  return { dir, table };
}

const deps = (table: Map<string, FakeTruth>, delayMs = 0) => ({ analyzer: tableAnalyzer(table, { delayMs }), hasher: fakeHasher(table) });

test('audit of a folder: per-image results, statistics and reports', async () => {
  const { dir, table } = await corpus();
  try {
    const out = join(dir, 'out');
    const result = await runAudit({ input: join(dir, 'images'), outDir: out, deps: deps(table), concurrency: 3 });
    const s = result.summary;
    assert.equal(s.images.total, 21);
    assert.equal(s.images.errors, 1, 'the corrupt file is an error record, not a crash');
    assert.deepEqual(s.images.errorCodes, { analysis_failed: 1 });
    assert.equal(s.images.analysed, 20);
    assert.deepEqual(s.levels, { none: 10, suggestive: 4, partial: 2, explicit: 4 });
    assert.equal(s.shares.undressed.k, 6);
    assert.equal(s.shares.sexualised.p, 0.5);
    assert.equal(s.shares.explicit.k, 4);
    // 7 female faces and 1 male among the sexualised images.
    assert.deepEqual(s.gender.sexualised.faces, { female: 7, male: 1, unknown: 0 });
    assert.equal(s.gender.sexualised.femaleShareOfFaces.p, 7 / 8);
    assert.equal(s.minors.possibleMinorImages, 1);
    assert.equal(s.minors.possibleMinorAmongSexualised, 1);
    assert.equal(s.nearDuplicates.clusters, 1);
    assert.deepEqual(s.nearDuplicates.largest[0]!.ids, ['day2/img10.jpg', 'day2/img11.jpg']);
    assert.equal(s.corrected, false);
    for (const f of ['results.jsonl', 'results.csv', 'summary.json', 'report.html']) assert.ok(existsSync(join(out, f)), f);
    const csv = (await readFile(join(out, 'results.csv'), 'utf8')).trim().split('\n');
    assert.equal(csv.length, 22);
    assert.match(csv[0]!, /^id,source,status/);
    const html = await readFile(join(out, 'report.html'), 'utf8');
    assert.match(html, /Uncorrected figures/);
    assert.match(html, /30\.0%/, 'undressed share 6/20');
    // Thumbnails only for images rated none: ids img12..img19 etc, never img00..img09.
    const shownIds = [...html.matchAll(/<img alt="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(shownIds.length > 0);
    for (const id of shownIds) assert.ok(Number(id.match(/img(\d+)/)![1]) >= 10, `${id} must not be shown`);
    assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/, 'no external references');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('killed mid-run, the audit resumes and produces byte-identical outputs', async () => {
  const { dir, table } = await corpus();
  try {
    const tablePath = join(dir, 'table.json');
    await writeFile(tablePath, JSON.stringify(Object.fromEntries(table)));
    const fixture = new URL('./audit-child.fixture.ts', import.meta.url).pathname;
    const reference = join(dir, 'reference');
    await runAudit({ input: join(dir, 'images'), outDir: reference, deps: deps(table), concurrency: 4, validate: 6 });

    const out = join(dir, 'out');
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, join(dir, 'images'), out, tablePath, '150'], { stdio: 'ignore' });
    // Kill it hard once some (not all) images are journalled.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(async () => {
        const text = await readFile(join(out, 'results.jsonl'), 'utf8').catch(() => '');
        const lines = text.split('\n').filter(Boolean).length;
        if (lines >= 5) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(timer);
        reject(new Error('child finished before it was killed'));
      });
    });
    await new Promise((r) => child.once('exit', r));
    assert.ok(!existsSync(join(out, 'summary.json')), 'the killed run never got to the summary');
    const partial = (await readFile(join(out, 'results.jsonl'), 'utf8')).split('\n').filter(Boolean).length;
    assert.ok(partial >= 5 && partial < 21, `partial journal has ${partial} lines`);
    // Simulate a torn write as well.
    await writeFile(join(out, 'results.jsonl'), `${await readFile(join(out, 'results.jsonl'), 'utf8')}{"id":"torn`);

    const analyzer = tableAnalyzer(table);
    const resumed = await runAudit({ input: join(dir, 'images'), outDir: out, deps: { analyzer, hasher: fakeHasher(table) }, validate: 6 });
    assert.equal(resumed.resumed, partial);
    assert.equal(analyzer.calls, 21 - partial, 'only the missing images are analysed again');
    for (const f of ['results.jsonl', 'results.csv', 'summary.json', 'report.html', 'validation-sheet.csv']) {
      assert.equal(await readFile(join(out, f), 'utf8'), await readFile(join(reference, f), 'utf8'), `${f} differs`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('images that failed are analysed again on resume only with retryErrors', async () => {
  const { dir, table } = await corpus();
  try {
    const reference = join(dir, 'reference');
    await runAudit({ input: join(dir, 'images'), outDir: reference, deps: deps(table), thumbnails: false });
    // The analyzer fails on two images the first time (a crashed worker, a timeout), then recovers.
    const healthy = tableAnalyzer(table);
    const failing = new Set<string>();
    let failuresLeft = 2;
    const flaky = {
      get calls() {
        return healthy.calls;
      },
      async analyze(bytes: Uint8Array) {
        const id = sha256Hex(bytes);
        if (failuresLeft > 0 && table.has(id) && !failing.has(id)) {
          failing.add(id);
          failuresLeft--;
          throw new Error('model worker crashed');
        }
        return healthy.analyze(bytes);
      },
      close: async () => {},
    };
    const out = join(dir, 'out');
    const first = await runAudit({ input: join(dir, 'images'), outDir: out, deps: { analyzer: flaky, hasher: fakeHasher(table) }, thumbnails: false, concurrency: 1 });
    assert.equal(first.summary.images.errors, 3, 'the two crashes and the broken file');
    const kept = await runAudit({ input: join(dir, 'images'), outDir: out, deps: { analyzer: flaky, hasher: fakeHasher(table) }, thumbnails: false });
    assert.equal(kept.analysedNow, 0, 'a plain resume keeps the errors');
    assert.equal(kept.summary.images.errors, 3);
    const callsBefore = healthy.calls;
    const retried = await runAudit({ input: join(dir, 'images'), outDir: out, deps: { analyzer: flaky, hasher: fakeHasher(table) }, thumbnails: false, retryErrors: true });
    assert.equal(retried.analysedNow, 3, 'the three failed images, nothing else');
    assert.equal(healthy.calls - callsBefore, 3);
    assert.equal(retried.summary.images.errors, 1, 'only the broken file still fails');
    for (const f of ['results.jsonl', 'results.csv', 'summary.json', 'report.html']) {
      assert.equal(await readFile(join(out, f), 'utf8'), await readFile(join(reference, f), 'utf8'), `${f} differs from a run without failures`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('manifest with URLs and metadata: breakdowns by day, fetch limits, prompt screening', async () => {
  const { dir, table } = await corpus();
  const images = new Map<string, Buffer>();
  for (let i = 0; i < 20; i++) images.set(`/img${i}.jpg`, await readFile(join(dir, 'images', i >= 10 ? 'day2' : '', `img${String(i).padStart(2, '0')}.jpg`)));
  const server = createServer((req, res) => {
    if (req.url === '/huge') {
      res.writeHead(200);
      res.end(Buffer.alloc(5000));
      return;
    }
    if (req.url === '/slow') {
      setTimeout(() => res.end('late'), 3000);
      return;
    }
    const body = images.get(req.url ?? '');
    if (!body) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'image/jpeg' });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const rows = ['id,url,date,prompt'];
    for (let i = 0; i < 20; i++) rows.push(`p${String(i).padStart(2, '0')},${base}/img${i}.jpg,2026-01-0${i < 10 ? 1 : 2}T10:00:00Z,"${i < 6 ? 'remove her clothes' : 'a red car, please'}"`);
    rows.push(`missing,${base}/nope.jpg,2026-01-03,`, `huge,${base}/huge,2026-01-03,`, `slow,${base}/slow,2026-01-03,`);
    await writeFile(join(dir, 'manifest.csv'), `${rows.join('\n')}\n`);
    const promptGuard = createGuard({ detectors: [promptScreenerDetector] });
    const result = await runAudit({
      input: join(dir, 'manifest.csv'),
      outDir: join(dir, 'out'),
      deps: { ...deps(table), promptGuard },
      readLimits: { maxBytes: 4000, timeoutMs: 500 },
      thumbnails: false,
    });
    const s = result.summary;
    assert.equal(s.images.analysed, 20);
    const byId = new Map(result.records.map((r: AuditRecord) => [r.id, r]));
    assert.equal(byId.get('missing')!.error!.code, 'fetch_failed');
    assert.equal(byId.get('huge')!.error!.code, 'image_too_large');
    assert.match(byId.get('slow')!.error!.message, /timed out/);
    assert.deepEqual(
      s.breakdowns.date!.map((r) => [r.value, r.n, r.sexualised.k]),
      [
        ['2026-01-01', 10, 10],
        ['2026-01-02', 10, 0],
      ],
    );
    assert.equal(s.prompts!.screened, 20);
    assert.equal(s.prompts!.blocked.k, 6);
    assert.equal(s.prompts!.sexualisedOutputGivenBlocked.p, 1);
    assert.equal(byId.get('p00')!.prompt!.verdict, 'block');
    assert.ok(byId.get('p00')!.prompt!.categories.includes('undress'));
    assert.equal(byId.get('p10')!.prompt!.verdict, 'allow');
    assert.equal(byId.get('p00')!.meta.date, '2026-01-01T10:00:00Z');
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('validation: a stratified sheet, then labels give precision, recall and corrected prevalence', async () => {
  const { dir, table } = await corpus();
  try {
    const out = join(dir, 'out');
    await runAudit({ input: join(dir, 'images'), outDir: out, deps: deps(table), validate: 8, thumbnails: false });
    const sheet = (await readFile(join(out, 'validation-sheet.csv'), 'utf8')).trim().split('\n');
    assert.equal(sheet[0], 'id,source,undressed,sexualised,possible_minor,note');
    assert.equal(sheet.length, 9);
    const ids = sheet.slice(1).map((l) => l.split(',')[0]!);
    // Four strata (explicit, partial, suggestive, suggestive+minor, none): each is represented.
    const n = (s: string) => Number(s.match(/img(\d+)/)![1]);
    assert.ok(ids.some((id) => n(id) < 4) && ids.some((id) => n(id) >= 4 && n(id) < 6) && ids.some((id) => n(id) >= 10) && ids.includes('img07.jpg'));
    // The human says: every image the detector rated partial is in fact not undressed (false positives),
    // everything else agrees with the detector.
    const labels = ['id,undressed,sexualised,possible_minor', ...ids.map((id) => `${id},${n(id) < 4 ? 1 : 0},${n(id) < 10 ? 'yes' : 'no'},${id === 'img07.jpg' ? 1 : 0}`)];
    await writeFile(join(dir, 'labels.csv'), `${labels.join('\n')}\n`);
    const result = await runAudit({ input: join(dir, 'images'), outDir: out, deps: deps(table), labelsFile: join(dir, 'labels.csv'), thumbnails: false });
    const v = result.summary.validation!;
    assert.equal(result.summary.corrected, true);
    assert.equal(v.labelledImages, 8);
    const u = v.measures.undressed!;
    // Detector flags 6 (4 explicit + 2 partial); truth is the 4 explicit: precision 4/6, recall 1, corrected 4/20.
    assert.ok(Math.abs(u.precision.value! - 4 / 6) < 1e-9);
    assert.equal(u.recall.value, 1);
    assert.ok(Math.abs(u.corrected.value! - 0.2) < 1e-9, `corrected ${u.corrected.value}`);
    assert.ok(u.corrected.low! <= 0.2 && u.corrected.high! >= 0.2);
    assert.equal(v.measures.sexualised!.precision.value, 1);
    const html = await readFile(join(out, 'report.html'), 'utf8');
    assert.match(html, /Validation against 8 human-labelled images/);
    assert.doesNotMatch(html, /Uncorrected figures/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
