import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import sharp from 'sharp';
import { runDetectors } from '../detectors/detector.ts';
import { sharedPath } from '../testing/shared-path.ts';
import type { ImageSubject } from '../types.ts';
import { hammingDistance } from './hamming.ts';
import { createHashListDetector, type HashListDetails } from './hash-list-detector.ts';
import { HashListMatcher } from './hash-list-matcher.ts';
import type { HashList, ListPurpose } from './hash-list.ts';
import { hashImage } from './image-hash.ts';
import { MemoryHashListStore, importHashList, loadHashListMatcher } from './list-store.ts';

/** Abstract test cards (no people): stripes and blocks that differ by seed. */
async function card(seed: number, w = 320, h = 240): Promise<Buffer> {
  const px = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = (y * w + x) * 3;
      px[o] = 128 + 120 * Math.sin((x * seed) / 17 + y / (5 + seed));
      px[o + 1] = (x + y * seed) % 256;
      px[o + 2] = ((x >> 5) + (y >> 5) + seed) % 2 ? 220 : 30;
    }
  }
  return sharp(px, { raw: { width: w, height: h, channels: 3 } })
    .png()
    .toBuffer();
}

function list(name: string, purpose: ListPurpose, entries: { id: string; pdq: string; md5?: string }[]): HashList {
  const at = '2026-11-01T00:00:00.000Z';
  return { name, source: 'test', purpose, createdAt: at, updatedAt: at, entries: entries.map((e) => ({ ...e, addedAt: at })) };
}

const image = (bytes: Uint8Array, label?: string): ImageSubject => ({ kind: 'image', bytes, label });

describe('hash-list detector', () => {
  let known: Buffer;
  let other: Buffer;
  let knownPdq: string;
  before(async () => {
    known = await card(1);
    other = await card(4);
    knownPdq = (await hashImage(known)).pdq;
    assert.ok(hammingDistance(knownPdq, (await hashImage(other)).pdq) > 64, 'test cards must differ');
  });

  it('emits known_image with hash evidence for a re-encoded copy on an NCII list', async () => {
    const detector = createHashListDetector({ lists: [list('stopncii', 'ncii', [{ id: 'case-1', pdq: knownPdq }])] });
    const jpeg = await sharp(known).resize(200).jpeg({ quality: 50 }).toBuffer();
    const out = await detector.detect(image(jpeg, 'upload.jpg'));
    assert.equal(out.signals.length, 1);
    const s = out.signals[0]!;
    assert.equal(s.category, 'known_image');
    assert.ok(s.score > 0.5);
    assert.match(s.reason, /NCII hash list "stopncii"/);
    const ev = s.evidence[0]!;
    assert.equal(ev.kind, 'hash');
    assert.ok(ev.kind === 'hash' && ev.list === 'stopncii' && ev.entryId === 'case-1' && ev.signal === 'pdq' && ev.distance <= 31);
    const details = out.details as HashListDetails;
    assert.equal(details.images[0]!.label, 'upload.jpg');
    assert.ok(!('bytes' in details.images[0]!));
  });

  it('matches a rotated copy through the dihedral hashes, and not without them', async () => {
    const lists = [list('csam-list', 'csam', [{ id: 'x', pdq: knownPdq }])];
    const rotated = await sharp(known).rotate(90).png().toBuffer();
    const out = await createHashListDetector({ lists }).detect(image(rotated));
    assert.equal(out.signals.length, 1);
    assert.ok(out.signals[0]!.evidence.some((e) => e.kind === 'note' && /variant/.test(e.text)));
    const plain = await createHashListDetector({ lists, dihedral: false }).detect(image(rotated));
    assert.equal(plain.signals.length, 0);
  });

  it('says nothing about an unrelated image, and only notes a protected-list match', async () => {
    const lists = [list('ncii', 'ncii', [{ id: 'a', pdq: knownPdq }]), list('brand', 'protected', [{ id: 'logo', pdq: knownPdq }])];
    const detector = createHashListDetector({ lists });
    assert.deepEqual((await detector.detect(image(other))).signals, []);
    const protectedOnly = createHashListDetector({ lists: [lists[1]!] });
    const out = await protectedOnly.detect(image(known));
    assert.deepEqual(out.signals, []);
    assert.match((out.details as HashListDetails).images[0]!.notes.join(' '), /protected list brand/);
  });

  it('checks both images of an edit', async () => {
    const detector = createHashListDetector({ lists: [list('ncii', 'ncii', [{ id: 'a', pdq: knownPdq }])] });
    const out = await detector.detect({ kind: 'edit', before: image(known), after: image(other) });
    assert.equal(out.signals.length, 1);
    assert.match(out.signals[0]!.reason, /^input image/);
  });

  it('still matches exact MD5 when the PDQ quality is too low to trust', async () => {
    const flat = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#808080' } })
      .png()
      .toBuffer();
    const h = await hashImage(flat);
    assert.ok(h.quality < 50);
    const lists = [list('ncii', 'ncii', [{ id: 'flat-pdq', pdq: h.pdq }])];
    assert.deepEqual((await createHashListDetector({ lists }).detect(image(flat))).signals, []);
    const withMd5 = [list('ncii', 'ncii', [{ id: 'flat-md5', pdq: 'f'.repeat(64), md5: h.md5 }])];
    const out = await createHashListDetector({ lists: withMd5 }).detect(image(flat));
    assert.equal(out.signals.length, 1);
    assert.deepEqual(out.signals[0]!.evidence[0], { kind: 'hash', list: 'ncii', entryId: 'flat-md5', distance: 0, signal: 'md5' });
  });

  it('runs from a store through loadHashListMatcher', async () => {
    const store = new MemoryHashListStore();
    await importHashList(store, { name: 'ncii', source: 'test', purpose: 'ncii', text: `${knownPdq},100,case-9\n` });
    const detector = createHashListDetector({ matcher: await loadHashListMatcher(store) });
    const out = await detector.detect(image(known));
    assert.equal(out.signals[0]?.evidence[0]?.kind === 'hash' && out.signals[0].evidence[0].entryId, 'case-9');
    await assert.rejects(loadHashListMatcher(store, { names: ['missing'] }), /no hash list/);
  });

  it('fails closed on an undecodable image', async () => {
    const detector = createHashListDetector({ lists: [] });
    const result = await runDetectors([detector], image(new TextEncoder().encode('not an image')));
    assert.equal(result.unavailable.length, 1);
    assert.equal(result.signals[0]!.category, 'check_unavailable');
  });

  it('matches the bridge edits against a list holding the original', { skip: sharedPath('data', 'pdq') ? false : 'shared/data/pdq not found' }, async () => {
    const dir = sharedPath('data', 'pdq', 'bridge-mods')!;
    const original = await hashImage(readFileSync(join(dir, 'aaa-orig.jpg')));
    const matcher = new HashListMatcher([list('ncii', 'ncii', [{ id: 'bridge', pdq: original.pdq }])]);
    for (const f of ['blur-a-lot.jpg', 'sharpen-a-lot.jpg', 'shrink-a-lot.jpg', 'square-128x128.jpg']) {
      const m = matcher.match(await hashImage(readFileSync(join(dir, f))));
      assert.equal(m[0]?.entryId, 'bridge', f);
    }
  });

  it('counts an allow list only for the exact image checked on its own: no near-duplicate, no edit, no other kind of check', async () => {
    const { pdq, sha256 } = await hashImage(known);
    const allow: HashList = { ...list('review-allow', 'allow', []), entries: [{ id: 'rv_1', pdq, sha256, addedAt: '2026-11-01T00:00:00.000Z' }] };
    const detector = createHashListDetector({ lists: [allow] });
    const exact = await detector.detect(image(known), { request: 'image' });
    assert.deepEqual(
      exact.signals.map((s) => [s.category, s.score]),
      [['allow_listed', 1]],
    );
    assert.deepEqual(exact.signals[0]!.evidence, [{ kind: 'hash', list: 'review-allow', entryId: 'rv_1', distance: 0, signal: 'sha256' }]);
    const copy = await sharp(known).resize(300).jpeg({ quality: 80 }).toBuffer();
    assert.ok(hammingDistance((await hashImage(copy)).pdq, pdq) <= 31, 'the copy is a PDQ near-duplicate');
    assert.deepEqual((await detector.detect(image(copy), { request: 'image' })).signals, [], 'a near-duplicate may be an altered copy');
    for (const request of ['output', 'edit', undefined] as const) assert.deepEqual((await detector.detect(image(known), { request })).signals, [], String(request));
    assert.deepEqual((await detector.detect({ kind: 'edit', before: image(known), after: image(known) }, { request: 'image' })).signals, []);
  });
});
