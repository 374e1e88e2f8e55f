import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { main } from './main.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await main(args, { stdout, stderr, stdin: new PassThrough(), env: {} });
  return { code, out, err };
}

/** Abstract pattern images (no people). */
async function pattern(seed: number): Promise<Buffer> {
  const w = 240,
    h = 180;
  const px = Buffer.alloc(w * h * 3);
  for (let i = 0; i < w * h; i++) {
    const x = i % w,
      y = Math.floor(i / w);
    px[i * 3] = 128 + 120 * Math.sin((x * seed) / 13 + y / 7);
    px[i * 3 + 1] = ((x >> 4) ^ (y >> 4)) * seed * 9;
    px[i * 3 + 2] = (x * y * seed) >> 6;
  }
  return sharp(px, { raw: { width: w, height: h, channels: 3 } })
    .png()
    .toBuffer();
}

describe('consentry hash and match', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'consentry-cli-'));
    await writeFile(join(dir, 'a.png'), await pattern(1));
    await writeFile(join(dir, 'b.png'), await pattern(3));
    await writeFile(
      join(dir, 'a-copy.jpg'),
      await sharp(await pattern(1))
        .jpeg({ quality: 70 })
        .toBuffer(),
    );
    await writeFile(join(dir, 'bad.png'), 'not really a png');
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('hash --json prints one line per file, an error line for a bad one, and goes on', async () => {
    const r = await run(['hash', '--json', join(dir, 'a.png'), join(dir, 'bad.png'), join(dir, 'b.png')]);
    assert.equal(r.code, 1);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    assert.match(lines[0].pdq, /^[0-9a-f]{64}$/);
    assert.equal(typeof lines[0].quality, 'number');
    assert.match(lines[0].md5, /^[0-9a-f]{32}$/);
    assert.match(lines[0].sha256, /^[0-9a-f]{64}$/);
    assert.equal(lines[1].file, join(dir, 'bad.png'));
    assert.equal(lines[1].code, 'invalid_image');
    assert.ok(lines[2].pdq);
  });

  it('hash writes a CSV that match --list reads back', async () => {
    const r = await run(['hash', join(dir, 'a.png')]);
    assert.equal(r.code, 0);
    assert.match(r.out, /^pdq,quality,md5,sha256,file\n[0-9a-f]{64},\d+,/);
    const list = join(dir, 'known.csv');
    await writeFile(list, r.out);
    const m = await run(['match', join(dir, 'a-copy.jpg'), join(dir, 'b.png'), '--list', list, '--purpose', 'ncii', '--json']);
    assert.equal(m.code, 1, 'a match exits 1 so scripts can gate');
    const [copy, other] = m.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal((await run(['match', join(dir, 'b.png'), '--list', list])).code, 0, 'no match exits 0');
    assert.equal(copy.matches.length, 1);
    assert.equal(copy.matches[0].entryId, join(dir, 'a.png'));
    assert.equal(copy.matches[0].purpose, 'ncii');
    assert.ok(copy.matches[0].distance <= 31);
    assert.deepEqual(other.matches, []);
    const strict = await run(['match', join(dir, 'a-copy.jpg'), '--list', list, '--threshold', '0']);
    assert.match(strict.out, /no match within 0/);
  });

  it('reports usage and bad lists with exit code 2', async () => {
    assert.equal((await run(['match', join(dir, 'a.png')])).code, 2);
    assert.equal((await run(['hash'])).code, 2);
    const badList = join(dir, 'bad.txt');
    await writeFile(badList, `${'a'.repeat(64)}\nzzz\n`);
    const r = await run(['match', join(dir, 'a.png'), '--list', badList]);
    assert.equal(r.code, 2);
    assert.match(r.err, /line 2/);
  });

  it('lists: import all or nothing into the database, show, export, remove, delete', async () => {
    const dataDir = join(dir, 'data');
    const d = ['--data-dir', dataDir];
    const hashed = await run(['hash', join(dir, 'a.png')]);
    await writeFile(join(dir, 'a.csv'), hashed.out);
    await writeFile(join(dir, 'bad.txt'), `${'0'.repeat(64)}\nnot-a-hash\n`);
    assert.equal((await run(['lists', 'import', 'nc', join(dir, 'a.csv'), ...d])).code, 2); // new list needs source+purpose
    const ok = await run(['lists', 'import', 'nc', join(dir, 'a.csv'), ...d, '--source', 'test', '--purpose', 'ncii']);
    assert.equal(ok.code, 0, ok.err);
    const bad = await run(['lists', 'import', 'nc', join(dir, 'bad.txt'), ...d]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /line 2/);
    assert.match((await run(['lists', 'show', ...d])).out, /^nc\tncii\t1 entries\tall tenants/);
    const exported = await run(['lists', 'export', 'nc', '--format', 'pdq', ...d]);
    assert.match(exported.out, /^[0-9a-f]{64},\d+,/);
    const te = await run(['lists', 'export', 'nc', '--format', 'te', ...d]);
    assert.match(te.out, /^pdq [0-9a-f]{64}\n$/);
    await writeFile(join(dir, 'exchange.txt'), te.out);
    const imported = await run(['lists', 'import', 'shared', join(dir, 'exchange.txt'), ...d, '--source', 'partner', '--purpose', 'takedown', '--json']);
    assert.equal(JSON.parse(imported.out).added, 1, imported.err);
    const entryId = JSON.parse((await run(['lists', 'show', 'nc', '--json', ...d])).out).entries[0].id;
    assert.match(entryId, /^e_[0-9a-f]{20}$/, 'a file path is never kept as an entry id');
    assert.equal((await run(['lists', 'remove', 'nc', entryId, ...d])).code, 0);
    assert.match((await run(['lists', 'show', ...d])).out, /nc\tncii\t0 entries/);
    assert.equal((await run(['lists', 'delete', 'shared', ...d])).code, 0);
    assert.equal((await run(['lists', 'export', 'missing', ...d])).code, 2);
  });
});
