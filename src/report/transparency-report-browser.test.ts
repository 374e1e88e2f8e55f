import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildTransparencyReport, type Restriction, type RestrictionSource } from '../regulatory/index.ts';
import { TRANSPARENCY_REPORTERS } from './transparency-reporters.ts';

const CHROMIUM = process.env.CONSENTRY_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

function restriction(i: number): Restriction {
  const minor = i % 5 === 0;
  const at = new Date(Date.UTC(2026, 5, 1 + (i % 28), 10)).toISOString();
  return {
    kind: 'upload_blocked',
    sourceKind: 'decision',
    sourceId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    tenantId: 'default',
    contentAt: at,
    appliedAt: at,
    sourceType: 'voluntary',
    categories: minor ? ['minor', 'undress'] : ['real_person', 'undress'],
    legalClasses: [minor ? 'C2_MINOR_SEXUAL' : 'C1_REAL_ADULT_SEXUAL'],
    legalBasis: [],
    jurisdiction: ['FR', 'EU', 'UK', 'US'][i % 4]!,
    rules: [],
    checkUnavailable: false,
    knownImage: false,
    automatedDetection: true,
    automatedDecision: i % 7 === 0 ? 'partially' : 'fully',
  };
}

const source: RestrictionSource = {
  name: 'fixture',
  async *restrictions() {
    for (let i = 0; i < 40; i++) yield restriction(i);
  },
  async *notices() {
    yield {
      id: 'n1',
      caseNumber: 'N-1',
      tenantId: 'default',
      receivedAt: '2026-06-02T10:00:00Z',
      decidedAt: '2026-06-02T16:00:00Z',
      outcome: 'REMOVED',
      allegedCategory: 'NCII_SYNTHETIC',
      minor: false,
      jurisdictions: ['FR'],
      trustedFlagger: false,
      authority: false,
    };
  },
  async *appeals() {
    yield { id: 'a1', caseNumber: 'A-1', tenantId: 'default', decisionId: 'd', createdAt: '2026-06-03T10:00:00Z', decidedAt: '2026-06-04T10:00:00Z', status: 'overturned' };
    yield { id: 'a2', caseNumber: 'A-2', tenantId: 'default', decisionId: 'd', createdAt: '2026-06-03T10:00:00Z', decidedAt: '2026-06-03T12:00:00Z', status: 'upheld' };
  },
};

test('the transparency report renders in Chromium: charts drawn, figures shown, no console errors, no requests', async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const dir = await mkdtemp(join(tmpdir(), 'transparency-browser-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const report = await buildTransparencyReport(source, { from: new Date('2026-06-01'), to: new Date('2026-07-01'), service: 'Example image service' });
    await writeFile(join(dir, 'report.html'), TRANSPARENCY_REPORTERS.html!.render(report));
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) external.push(r.url());
    });
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
    const text = (await page.textContent('body'))!;
    assert.match(text, /Restrictions\s*40/);
    assert.match(text, /Decided by automated means alone\s*85\.0%/);
    assert.match(text, /Appeals\s*2\s*1 reversed, 1 upheld/);
    assert.match(text, /prompt-screener: Missed harmful requests/);
    // Five charts (category, jurisdiction, automated means, appeals, error rates), each with drawn bars of non-zero size.
    const charts = page.locator('svg');
    assert.equal(await charts.count(), 5);
    for (let i = 0; i < 5; i++) {
      const box = await charts.nth(i).boundingBox();
      assert.ok(box && box.width > 300 && box.height > 20, `chart ${i} box ${JSON.stringify(box)}`);
    }
    const widths = await page
      .locator('svg')
      .first()
      .locator('rect')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('width'))));
    assert.ok(widths.length === 2 && widths.every((w) => w > 0), `category bars ${widths}`);
    const screenshot = await page.screenshot({ fullPage: true });
    assert.ok(screenshot.length > 20_000, `screenshot is ${screenshot.length} bytes`);
    if (process.env.CONSENTRY_KEEP_SCREENSHOTS) await writeFile(join(process.env.CONSENTRY_KEEP_SCREENSHOTS, 'transparency-report.png'), screenshot);
    assert.deepEqual(problems, []);
    assert.deepEqual(external, [], 'the report is self-contained');
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
});
