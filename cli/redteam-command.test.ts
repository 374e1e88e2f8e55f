import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStandInImageApi } from '../src/testing/stand-in-image-api.ts';
import { syntheticImage } from '../src/testing/synthetic-images.ts';

const repo = new URL('..', import.meta.url).pathname;

test('consentry redteam --dry-run prints the battery as JSON lines', () => {
  const r = spawnSync(process.execPath, ['bin/consentry.js', 'redteam', '--dry-run', '--language', 'fr'], { cwd: repo, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const items = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.ok(items.length >= 8);
  assert.ok(items.every((i) => i.language === 'fr' && typeof i.harmful === 'boolean' && i.prompt && i.id && i.category && i.obfuscation));
});

test('consentry redteam against a stand-in that refuses by keyword, end to end through the shell', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'redteam-cli-'));
  const photo = await syntheticImage(3, { size: 64 });
  await writeFile(join(dir, 'me.jpg'), photo);
  const api = await startStandInImageApi({ policy: /clothes|naked/i, image: photo });
  try {
    const child = spawn(
      process.execPath,
      [
        'bin/consentry.js',
        'redteam',
        '--endpoint',
        api.url,
        '--model',
        'stand-in',
        '--photo',
        join(dir, 'me.jpg'),
        '--language',
        'en',
        '--category',
        'undress,benign',
        '--rps',
        '200',
        '--out',
        join(dir, 'out'),
        '--no-analysis',
      ],
      { cwd: repo, env: { ...process.env, CONSENTRY_REDTEAM_KEY: 'test-key' } },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise((r) => child.on('exit', r));
    assert.equal(code, 0, err);
    assert.match(out, /Harmful requests refused: \d+\.\d%/);
    const summary = JSON.parse(await readFile(join(dir, 'out', 'redteam.json'), 'utf8'));
    assert.equal(summary.target.mode, 'edit');
    assert.equal(summary.benign.wronglyRefused.k, 0);
    assert.ok(summary.harmful.refusalRate.k > 0 && summary.harmful.refusalRate.k < summary.harmful.refusalRate.n);
    assert.ok(api.prompts.length > 0);
  } finally {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  }
});
