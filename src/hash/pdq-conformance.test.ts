// Conformance against the reference implementations' outputs in shared/data/pdq/expected.csv.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, before } from 'node:test';
import sharp from 'sharp';
import { sharedPath } from '../testing/shared-path.ts';
import { hammingDistance } from './hamming.ts';
import { hashImage } from './image-hash.ts';
import { DIHEDRAL_NAMES, pdqFromPixels, type DihedralName } from './pdq.ts';

const root = sharedPath('data', 'pdq');
const skip = root ? false : 'shared/data/pdq not found (set CONSENTRY_SHARED)';

interface Expected {
  image: string;
  pdq: string;
  quality?: number;
  implementation: string;
}

function readExpected(dir: string): Expected[] {
  const lines = readFileSync(join(dir, 'expected.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  return lines.map((line) => {
    const [image, pdq, quality, ...rest] = line.split(',');
    return { image: image!, pdq: pdq!, quality: quality ? Number(quality) : undefined, implementation: rest.join(',').replace(/^"|"$/g, '') };
  });
}

type Hashes = Awaited<ReturnType<typeof hashImage>>;
const cache = new Map<string, Promise<Hashes>>();
function hashOf(rel: string): Promise<Hashes> {
  let p = cache.get(rel);
  if (!p) {
    p = hashImage(readFileSync(join(root!, rel)), { dihedral: true });
    cache.set(rel, p);
  }
  return p;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

describe('PDQ conformance with the reference implementations', { skip }, () => {
  let expected: Expected[] = [];
  before(() => {
    expected = readExpected(root!);
  });

  it('every hash is within distance 16 of every reference hash of the same file, and quality matches', async () => {
    assert.ok(expected.length >= 50, `expected.csv has ${expected.length} rows`);
    const distances: number[] = [];
    const worst = { d: -1, row: '' };
    for (const row of expected) {
      const mine = await hashOf(row.image);
      const d = hammingDistance(mine.pdq, row.pdq);
      distances.push(d);
      if (d > worst.d) Object.assign(worst, { d, row: `${row.image} vs ${row.implementation}` });
      assert.ok(d <= 16, `${row.image}: distance ${d} to ${row.implementation} (${row.pdq}, ours ${mine.pdq})`);
      if (row.quality !== undefined) assert.equal(mine.quality, row.quality, `${row.image}: quality`);
    }
    // Reported so the numbers in BENCHMARKS.md can be checked by anyone running the tests.
    console.log(`# PDQ conformance: ${distances.length} reference hashes, median distance ${median(distances)}, worst ${worst.d} (${worst.row}), exact ${distances.filter((d) => d === 0).length}`);
  });

  it('the bridge edits all match each other within 31 bits', async () => {
    const files = readdirSync(join(root!, 'bridge-mods')).filter((f) => f.endsWith('.jpg'));
    assert.ok(files.length >= 10);
    const hashes = await Promise.all(files.map((f) => hashOf(join('bridge-mods', f))));
    let worst = 0;
    for (let i = 0; i < hashes.length; i++) {
      assert.ok(hashes[i]!.quality >= 80, `${files[i]} quality ${hashes[i]!.quality}`);
      for (let j = i + 1; j < hashes.length; j++) {
        const d = hammingDistance(hashes[i]!.pdq, hashes[j]!.pdq);
        worst = Math.max(worst, d);
        assert.ok(d <= 31, `${files[i]} vs ${files[j]}: ${d}`);
      }
    }
    console.log(`# bridge edits: worst pairwise distance ${worst}`);
  });

  it('each rotated or flipped image matches the matching dihedral hash of the original', async () => {
    const original = await hashOf('reg-test-input/dih/bridge-1-original.jpg');
    const cases: [string, DihedralName][] = [
      ['bridge-2-rotate-90.jpg', 'rotate90'],
      ['bridge-3-rotate-180.jpg', 'rotate180'],
      ['bridge-4-rotate-270.jpg', 'rotate270'],
      ['bridge-5-flipx.jpg', 'flipX'],
      ['bridge-6-flipy.jpg', 'flipY'],
      ['bridge-7-flip-plus-1.jpg', 'flipPlus1'],
      ['bridge-8-flip-minus-1.jpg', 'flipMinus1'],
    ];
    assert.equal(original.dihedral?.length, 8);
    assert.equal(original.dihedral![0], original.pdq);
    const distances: string[] = [];
    for (const [file, name] of cases) {
      const transformed = await hashOf(`reg-test-input/dih/${file}`);
      const variant = original.dihedral![DIHEDRAL_NAMES.indexOf(name)]!;
      const d = hammingDistance(variant, transformed.pdq);
      distances.push(`${name} ${d}`);
      // PDQ is not exactly rotation-invariant (grid alignment), so "matches" means the field's <= 31.
      assert.ok(d <= 31, `${file}: ${name} variant at distance ${d}`);
      // Without the dihedral hashes the plain hashes do not match: the test can fail.
      assert.ok(hammingDistance(original.pdq, transformed.pdq) > 31, `${file}: plain hashes unexpectedly close`);
    }
    console.log(`# dihedral variant distances: ${distances.join(', ')}`);
  });

  it('applies EXIF orientation before hashing', async () => {
    // The files store the same upright scene with orientation tags 1, 3, 6 and 8. Hashing the
    // stored pixels without the tag applied must land on the matching rotation of our hash.
    const dir = join(root!, 'reg-test-input/exif-rotn');
    const cases: [string, DihedralName][] = [
      ['exif-rotn-3.jpg', 'rotate180'],
      ['exif-rotn-6.jpg', 'rotate270'],
      ['exif-rotn-8.jpg', 'rotate90'],
    ];
    for (const [file, name] of cases) {
      const bytes = readFileSync(join(dir, file));
      const applied = await hashImage(bytes);
      const raw = await sharp(bytes).resize(512, 512, { fit: 'inside' }).raw().toBuffer({ resolveWithObject: true });
      const stored = pdqFromPixels({ data: raw.data, width: raw.info.width, height: raw.info.height, channels: 3 }, { dihedral: true });
      assert.ok(hammingDistance(applied.pdq, stored.hash) > 31, `${file}: orientation was not applied`);
      const d = hammingDistance(applied.pdq, stored.dihedral![DIHEDRAL_NAMES.indexOf(name)]!);
      assert.ok(d <= 31, `${file}: ${name} of the stored pixels at distance ${d}`);
    }
  });

  it('hashes the same picture saved in many colour modes and formats to nearby hashes', async () => {
    const dir = 'misc-images/modes';
    const files = readdirSync(join(root!, dir))
      .filter((f) => /\.(jpe?g|png|webp)$/i.test(f))
      .sort();
    const original = await hashOf(join(dir, 'original.jpg'));
    const far: string[] = [];
    for (const f of files) {
      const h = await hashOf(join(dir, f));
      const d = hammingDistance(original.pdq, h.pdq);
      if (d > 31) far.push(`${f}: ${d}`);
    }
    assert.deepEqual(far, []);
  });
});
