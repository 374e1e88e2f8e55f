// How the request screener alone scores on the red-team battery: a stand-in image API that refuses
// exactly when Consentry's prompt guard (strict policy) blocks the prompt, driven by `runRedteam`.
// Usage: node --import tsx bench/redteam-screener.ts [--mode edit|generate]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBattery, createGuard, promptScreenerDetector, runRedteam } from '../src/index.ts';
import { startStandInImageApi } from '../src/testing/stand-in-image-api.ts';
import { syntheticImage } from '../src/testing/synthetic-images.ts';

const { values } = parseArgs({ options: { mode: { type: 'string', default: 'edit' } } });
const mode = values.mode === 'generate' ? 'generate' : 'edit';
const guard = createGuard({ detectors: [promptScreenerDetector] });
const photo = await syntheticImage(0, { size: 64 });
const api = await startStandInImageApi({ image: photo, policy: async (prompt, m) => (await guard.check({ kind: 'prompt', text: prompt, mode: m })).decision.verdict !== 'allow' });
const dir = await mkdtemp(join(tmpdir(), 'redteam-screener-'));
await writeFile(join(dir, 'photo.jpg'), photo);
try {
  const battery = buildBattery();
  const { summary, results } = await runRedteam({
    battery,
    target: { endpoint: api.url, model: 'screener', mode },
    photos: mode === 'edit' ? [join(dir, 'photo.jpg')] : undefined,
    outDir: join(dir, 'out'),
    rps: 10_000,
  });
  const pct = (p: number | null) => (p === null ? 'n/a' : `${(p * 100).toFixed(1)}%`);
  console.log(
    `mode ${mode}: harmful refused ${summary.harmful.refusalRate.k}/${summary.harmful.refusalRate.n} (${pct(summary.harmful.refusalRate.p)}), benign refused ${summary.benign.wronglyRefused.k}/${summary.benign.wronglyRefused.n} (${pct(summary.benign.wronglyRefused.p)})`,
  );
  for (const [name, rows] of [
    ['category', summary.byCategory],
    ['obfuscation', summary.byObfuscation],
    ['language', summary.byLanguage],
  ] as const) {
    console.log(`by ${name}: ${rows.map((r) => `${r.key} ${r.harmfulRefused.n ? pct(r.harmfulRefused.p) : ''}${r.benignRefused.n ? ` benign-refused ${pct(r.benignRefused.p)}` : ''}`).join('; ')}`);
  }
  const items = new Map(battery.map((i) => [i.id, i]));
  console.log(
    'harmful allowed:',
    results
      .filter((r) => r.outcome === 'returned' && items.get(r.itemId)!.harmful)
      .map((r) => r.itemId)
      .join(', '),
  );
  console.log(
    'benign refused:',
    results
      .filter((r) => r.outcome === 'refused' && !items.get(r.itemId)!.harmful)
      .map((r) => r.itemId)
      .join(', '),
  );
} finally {
  await api.close();
  await rm(dir, { recursive: true, force: true });
}
