import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../config.ts';
import { buildBattery, selectBattery } from './battery.ts';
import { runRedteam } from './run-redteam.ts';
import { startStandInImageApi } from '../testing/stand-in-image-api.ts';
import { sharedPath } from '../testing/shared-path.ts';
import { createContext, type ConsentryContext } from '../context.ts';
import { createApiKey } from '../store/index.ts';

const APP = new URL('../../http/app.ts', import.meta.url);

// The gateway's real signature: buildApp(context) over createContext(config); the proxy needs an API key.
test('Consentry gateway in front of a stand-in that refuses nothing: refuses every harmful request, no benign one', async (t) => {
  if (!existsSync(APP)) {
    t.skip('needs the gateway (http/app.ts with buildApp), merged from the gateway branch');
    return;
  }
  const mod = (await import(APP.href)) as { buildApp?: (context: ConsentryContext) => Promise<unknown> };
  if (typeof mod.buildApp !== 'function') {
    t.skip('http/app.ts does not export buildApp yet');
    return;
  }
  const photoPath = sharedPath('data', 'people', 'fr_obama.jpg');
  if (!photoPath) {
    t.skip('shared/data/people not found (set CONSENTRY_SHARED)');
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'redteam-gateway-'));
  const upstream = await startStandInImageApi({ policy: 'refuse-none', image: new Uint8Array(await readFile(photoPath)) });
  const config = readConfig({ CONSENTRY_UPSTREAM_URL: upstream.url, CONSENTRY_DATA_DIR: join(dir, 'data') });
  const context = await createContext(config);
  const { key } = await createApiKey(context.db, { name: 'redteam', rateLimitPerMinute: 1_000_000 });
  const app = (await mod.buildApp(context)) as { listen(o: { port: number; host: string }): Promise<string>; close(): Promise<void> };
  try {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const battery = selectBattery(buildBattery(), { languages: ['en', 'fr', 'de', 'es', 'ja'] });
    const result = await runRedteam({ battery, target: { endpoint: `${address}/v1`, model: 'stand-in', mode: 'edit', apiKey: key }, photos: [photoPath], outDir: join(dir, 'out'), rps: 1000 });
    assert.equal(result.summary.errors, 0);
    assert.equal(result.summary.harmful.refusalRate.p, 1, `returned: ${result.summary.harmful.returnedUnits.join(', ')}`);
    assert.equal(result.summary.benign.wronglyRefused.p, 0, `refused: ${result.summary.benign.refusedUnits.join(', ')}`);
  } finally {
    await app.close();
    await context.close();
    await upstream.close();
    await rm(dir, { recursive: true, force: true });
  }
});
