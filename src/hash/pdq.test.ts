import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import sharp from 'sharp';
import { InvalidInputError } from '../errors.ts';
import { hammingDistance, hexToWords, isPdqHex, popcount32, wordsToHex } from './hamming.ts';
import { hashImage } from './image-hash.ts';
import { DIHEDRAL_NAMES, pdqFromPixels, type DihedralName } from './pdq.ts';

/** A deterministic textured RGB test card (no people), `w` x `h`. */
function testCard(w: number, h: number, seed = 1): Uint8Array {
  const px = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = (y * w + x) * 3;
      px[o] = (128 + 100 * Math.sin((x * seed) / 9) * Math.cos(y / 13)) & 255;
      px[o + 1] = ((x * 3 + y * 2 + seed * 40) % 256) & 255;
      px[o + 2] = (x > w / 3 && y < h / 2 ? 230 : 20 + ((x * y) % 50)) & 255;
    }
  }
  return px;
}

/** Grey 64x64 image transformed per dihedral name, in pixel space (x right, y down). */
function transform(src: Uint8Array, n: number, name: DihedralName): Uint8Array {
  const out = new Uint8Array(n * n);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const v = src[y * n + x]!;
      const m = n - 1;
      const [tx, ty] = {
        original: [x, y],
        rotate90: [y, m - x], // counter-clockwise
        rotate180: [m - x, m - y],
        rotate270: [m - y, x],
        flipX: [x, m - y], // mirror top to bottom
        flipY: [m - x, y], // mirror left to right
        flipPlus1: [y, x], // transpose
        flipMinus1: [m - y, m - x], // anti-transpose
      }[name];
      out[ty! * n + tx!] = v;
    }
  }
  return out;
}

describe('pdqFromPixels', () => {
  it('hashes to 64 hex digits with about half the bits set, deterministically', () => {
    const px = testCard(200, 150);
    const a = pdqFromPixels({ data: px, width: 200, height: 150, channels: 3 });
    const b = pdqFromPixels({ data: px, width: 200, height: 150, channels: 3 });
    assert.ok(isPdqHex(a.hash));
    assert.equal(a.hash, b.hash);
    const ones = [...hexToWords(a.hash)].reduce((n, w) => n + popcount32(w), 0);
    assert.equal(ones, 128); // bits above the median of 256 distinct coefficients
    assert.ok(a.quality > 50, `quality ${a.quality}`);
  });

  it('gives quality 0 to a flat image, and ignores alpha', () => {
    const flat = new Uint8Array(100 * 100 * 3).fill(77);
    assert.equal(pdqFromPixels({ data: flat, width: 100, height: 100, channels: 3 }).quality, 0);
    const rgb = testCard(90, 70);
    const rgba = new Uint8Array(90 * 70 * 4);
    for (let p = 0; p < 90 * 70; p++) {
      rgba.set(rgb.subarray(p * 3, p * 3 + 3), p * 4);
      rgba[p * 4 + 3] = p % 255;
    }
    assert.equal(pdqFromPixels({ data: rgba, width: 90, height: 70, channels: 4 }).hash, pdqFromPixels({ data: rgb, width: 90, height: 70, channels: 3 }).hash);
  });

  it('treats a grey plane like RGB with equal channels', () => {
    const grey = testCard(80, 80).filter((_, i) => i % 3 === 0);
    const rgb = new Uint8Array(80 * 80 * 3).map((_, i) => grey[Math.floor(i / 3)]!);
    const a = pdqFromPixels({ data: grey, width: 80, height: 80, channels: 1 });
    const b = pdqFromPixels({ data: rgb, width: 80, height: 80, channels: 3 });
    assert.ok(hammingDistance(a.hash, b.hash) <= 2); // float rounding of 0.299+0.587+0.114 only
  });

  it('computes the eight dihedral hashes that the rotated and flipped pixels hash to', () => {
    // At 64x64 the blur and the decimation are identities, so the DCT symmetries are exact.
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64 * 64, maxLength: 64 * 64 }), (grey) => {
        const all = pdqFromPixels({ data: grey, width: 64, height: 64, channels: 1 }, { dihedral: true });
        assert.equal(all.dihedral!.length, 8);
        for (const [k, name] of DIHEDRAL_NAMES.entries()) {
          const moved = pdqFromPixels({ data: transform(grey, 64, name), width: 64, height: 64, channels: 1 });
          assert.ok(hammingDistance(moved.hash, all.dihedral![k]!) <= 2, `${name}: ${hammingDistance(moved.hash, all.dihedral![k]!)}`);
        }
      }),
      { numRuns: 5 },
    );
  });

  it('refuses impossible inputs', () => {
    assert.throws(() => pdqFromPixels({ data: new Uint8Array(0), width: 0, height: 5, channels: 3 }), RangeError);
    assert.throws(() => pdqFromPixels({ data: new Uint8Array(10), width: 5, height: 5, channels: 3 }), RangeError);
    assert.throws(() => pdqFromPixels({ data: new Uint8Array(75), width: 5, height: 5, channels: 5 as 3 }), RangeError);
  });

  it('handles tiny images (smaller than the 64x64 grid)', () => {
    const r = pdqFromPixels({ data: testCard(3, 2), width: 3, height: 2, channels: 3 });
    assert.ok(isPdqHex(r.hash));
  });
});

describe('hamming helpers', () => {
  it('round-trips hex and counts differing bits', () => {
    const hex = 'd8f8f0cce0f4a84f0e370a22028f67f0b36e2ed596623e1d33e6b39c4e9c9b22';
    assert.equal(wordsToHex(hexToWords(hex)), hex);
    assert.equal(hammingDistance(hex, hex), 0);
    assert.equal(hammingDistance('0'.repeat(64), 'f'.repeat(64)), 256);
    assert.equal(hammingDistance(`${'0'.repeat(63)}1`, '0'.repeat(64)), 1);
    assert.equal(wordsToHex(hexToWords(hex.toUpperCase())), hex);
    assert.throws(() => hexToWords('g'.repeat(64)), RangeError);
  });
});

describe('hashImage', () => {
  it('returns PDQ, quality, MD5 and SHA-256 of the bytes, and the same PDQ as the pixels', async () => {
    const px = testCard(300, 200);
    const png = await sharp(px, { raw: { width: 300, height: 200, channels: 3 } })
      .png()
      .toBuffer();
    const h = await hashImage(png, { dihedral: true });
    assert.equal(h.md5, createHash('md5').update(png).digest('hex'));
    assert.equal(h.sha256, createHash('sha256').update(png).digest('hex'));
    assert.equal(h.pdq, pdqFromPixels({ data: px, width: 300, height: 200, channels: 3 }).hash);
    assert.equal(h.dihedral?.length, 8);
    const jpeg = await sharp(png).jpeg({ quality: 60 }).toBuffer();
    assert.ok(hammingDistance((await hashImage(jpeg)).pdq, h.pdq) <= 16);
  });

  it('shrinks large images to 512 on the long side first', async () => {
    const big = await sharp(testCard(1600, 1200), { raw: { width: 1600, height: 1200, channels: 3 } })
      .png()
      .toBuffer();
    const small = await sharp(big).resize(512, 384).raw().toBuffer();
    const h = await hashImage(big);
    assert.ok(hammingDistance(h.pdq, pdqFromPixels({ data: small, width: 512, height: 384, channels: 3 }).hash) <= 4);
  });

  it('refuses bytes that are not an image with invalid_image, without crashing', async () => {
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode('hello, not an image'), new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16])]) {
      await assert.rejects(hashImage(bytes), (e: unknown) => e instanceof InvalidInputError && e.code === 'invalid_image');
    }
  });

  it('refuses images over the pixel limit before decoding them', async () => {
    const png = await sharp(testCard(100, 100), { raw: { width: 100, height: 100, channels: 3 } })
      .png()
      .toBuffer();
    await assert.rejects(hashImage(png, { maxPixels: 5000 }), (e: unknown) => e instanceof InvalidInputError && e.code === 'invalid_image');
  });
});
