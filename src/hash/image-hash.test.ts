import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { decodeImage } from '../image/decode-image.ts';
import { syntheticImage } from '../testing/synthetic-images.ts';
import { hammingDistance } from './hamming.ts';
import { hashDecodedImage, hashImage } from './image-hash.ts';

const limits = { maxBytes: 50_000_000, maxPixels: 100_000_000 };

describe('hashDecodedImage', () => {
  it('hashes the shared decode like hashImage hashes the file, within a few bits, for small and large images', async () => {
    for (const size of [256, 1800]) {
      const bytes = await syntheticImage(3, { size });
      const fromFile = await hashImage(bytes, { dihedral: true });
      const decoded = await decodeImage(bytes, limits);
      const fromPixels = await hashDecodedImage(bytes, decoded, { dihedral: true });
      assert.ok(hammingDistance(fromFile.pdq, fromPixels.pdq) <= 16, `size ${size}: distance ${hammingDistance(fromFile.pdq, fromPixels.pdq)}`);
      assert.equal(fromPixels.md5, fromFile.md5);
      assert.equal(fromPixels.sha256, fromFile.sha256);
      assert.equal(fromPixels.dihedral!.length, 8);
      assert.equal(fromPixels.dihedral![0], fromPixels.pdq);
    }
  });

  it('gives the plain and the dihedral caller the same hash, and each other image its own', async () => {
    const bytes = await syntheticImage(4, { size: 1200 });
    const decoded = await decodeImage(bytes, limits);
    const plain = await hashDecodedImage(bytes, decoded);
    const dihedral = await hashDecodedImage(bytes, decoded, { dihedral: true });
    assert.equal(plain.dihedral, undefined);
    assert.equal(plain.pdq, dihedral.pdq);
    const rotated = await sharp(bytes).rotate(90).jpeg().toBuffer();
    const other = await hashDecodedImage(rotated, await decodeImage(rotated, limits));
    assert.notEqual(other.pdq, plain.pdq);
    // A rotated copy is found through the dihedral hashes (rotate90 or rotate270, by convention).
    const nearest = Math.min(...dihedral.dihedral!.map((h) => hammingDistance(h, other.pdq)));
    assert.ok(nearest <= 31, `nearest dihedral distance ${nearest}`);
  });
});
