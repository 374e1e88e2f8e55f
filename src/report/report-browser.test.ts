import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runAudit } from '../audit/run-audit.ts';
import { fakeHasher, sha256Hex, tableAnalyzer, type FakeTruth } from '../testing/fake-image-analyzer.ts';
import { syntheticImage } from '../testing/synthetic-images.ts';
import { startStandInImageApi } from '../testing/stand-in-image-api.ts';
import { buildBattery, selectBattery } from '../redteam/battery.ts';
import { runRedteam } from '../redteam/run-redteam.ts';

const CHROMIUM = process.env.CONSENTRY_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

test('the audit report renders in Chromium with its figures and charts, and makes no requests', async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const dir = await mkdtemp(join(tmpdir(), 'report-browser-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    await mkdir(join(dir, 'images'));
    const table = new Map<string, FakeTruth>();
    const rows = ['id,file,date'];
    for (let i = 0; i < 12; i++) {
      const bytes = await syntheticImage(i, { size: 64 });
      table.set(sha256Hex(bytes), { level: i < 3 ? 'partial' : i < 5 ? 'suggestive' : 'none', faces: i < 5 ? [{ gender: 'female', age: 28 }] : [] });
      await writeFile(join(dir, 'images', `${i}.jpg`), bytes);
      rows.push(`img${i},images/${i}.jpg,2026-01-0${1 + (i % 3)}`);
    }
    await writeFile(join(dir, 'manifest.csv'), rows.join('\n'));
    await runAudit({ input: join(dir, 'manifest.csv'), outDir: join(dir, 'out'), deps: { analyzer: tableAnalyzer(table), hasher: fakeHasher(table) } });

    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) external.push(r.url());
    });
    await page.goto(pathToFileURL(join(dir, 'out', 'report.html')).href);
    const text = await page.textContent('body');
    assert.match(text!, /Undressed \(partial or explicit\)\s*25\.0%/);
    assert.match(text!, /Undressed or suggestive\s*41\.7%/);
    assert.match(text!, /By date/);
    assert.equal((await page.locator('svg').count()) >= 3, true);
    // Bars have width: the first chart's first bar is 41.7% of the plot.
    const width = Number(await page.locator('svg').first().locator('rect').first().getAttribute('width'));
    assert.ok(width > 100, `bar width ${width}`);
    // Only images rated none can appear, blurred: ids img5..img11.
    const shown = await page.locator('.thumbs img').evaluateAll((els) => els.map((e) => (e as HTMLImageElement).alt));
    assert.ok(shown.length > 0 && shown.every((id) => Number(id.slice(3)) >= 5), shown.join());
    const screenshot = await page.screenshot({ fullPage: true });
    assert.ok(screenshot.length > 20_000, `screenshot is ${screenshot.length} bytes`);
    if (process.env.CONSENTRY_KEEP_SCREENSHOTS) await writeFile(join(process.env.CONSENTRY_KEEP_SCREENSHOTS, 'audit-report.png'), screenshot);
    assert.deepEqual(external, [], 'the report is self-contained');
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('the red-team report renders in Chromium with its rates', async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const dir = await mkdtemp(join(tmpdir(), 'redteam-browser-'));
  const api = await startStandInImageApi({ policy: /clothes|naked|bikini/i, image: await syntheticImage(5, { size: 32 }) });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const battery = selectBattery(buildBattery(), { languages: ['en', 'de'] });
    const run = await runRedteam({ battery, target: { endpoint: api.url, model: 'stand-in', mode: 'generate' }, outDir: dir, rps: 1000 });
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(pathToFileURL(join(dir, 'redteam.html')).href);
    const text = (await page.textContent('body'))!;
    const rate = run.summary.harmful.refusalRate;
    assert.match(text, new RegExp(`Harmful requests refused\\s*${(rate.p! * 100).toFixed(1)}%`));
    assert.match(text, /By language/);
    assert.ok((await page.locator('svg rect').count()) > 3);
    const screenshot = await page.screenshot({ fullPage: true });
    assert.ok(screenshot.length > 20_000);
    if (process.env.CONSENTRY_KEEP_SCREENSHOTS) await writeFile(join(process.env.CONSENTRY_KEEP_SCREENSHOTS, 'redteam-report.png'), screenshot);
  } finally {
    await browser.close();
    await api.close();
    await rm(dir, { recursive: true, force: true });
  }
});
