// The portal's hashing bundle is committed (production installs have no esbuild): it must be what
// the sources build to. And the browser MD5 must agree with Node's on every padding boundary.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { md5Hex } from '../web/md5.ts';

describe('portal hashing bundle', () => {
  it('web/hash-bundle.js is up to date (run node scripts/build-web.mjs)', async () => {
    const script: string = '../scripts/build-web.mjs';
    const { buildHashBundle } = (await import(script)) as { buildHashBundle(): Promise<string> };
    assert.equal(readFileSync(new URL('../web/hash-bundle.js', import.meta.url), 'utf8'), await buildHashBundle());
  });

  it('MD5 in JavaScript matches Node on lengths around every block boundary', () => {
    for (const length of [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 1000, 100_003]) {
      const bytes = randomBytes(length);
      assert.equal(md5Hex(bytes), createHash('md5').update(bytes).digest('hex'), `length ${length}`);
    }
  });
});
