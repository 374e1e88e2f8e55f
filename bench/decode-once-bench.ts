// node --import tsx bench/decode-once-bench.ts — CPU per image of the gateway's image path before the
// models: the separate decodes it used to run (validation at 32 px, PDQ record, hash-list detector
// with dihedral hashes, analysis at 1024 px) against one shared decode whose pixels are hashed once.
import sharp from 'sharp';
import { hashImage, hashDecodedImage } from '../src/hash/image-hash.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { decodeShared } from '../src/image/shared-decode.ts';
import { checkImageInput } from '../src/checks/image-input.ts';
import { peoplePhotos } from './portraits.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

const dir = sharedPath('data', 'people');
if (!dir) {
  console.error('needs ../shared/data/people (set CONSENTRY_SHARED).');
  process.exit(0);
}
const inputs = (await peoplePhotos(dir)).map((p) => p.megapixel);
const limits = { maxBytes: 5e7, maxPixels: 1e8 };
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const R = 5;
let before = 0,
  after = 0;
for (let r = 0; r <= R; r++) {
  for (const b of inputs) {
    // before: validation's own decode (32 px), the PDQ record, the hash-list detector (dihedral), the analysis decode
    const s1 = cpu();
    await sharp(b, { limitInputPixels: limits.maxPixels, failOn: 'error' }).resize(32, 32, { fit: 'inside' }).raw().toBuffer();
    await hashImage(b);
    await hashImage(b, { dihedral: true });
    await decodeImage(b, limits);
    if (r) before += cpu() - s1;
    // after: one shared decode; the record and the detector hash its pixels
    const copy = Buffer.from(b);
    const c = cpu();
    await checkImageInput(copy, limits);
    const d = await decodeShared(copy, limits);
    await hashDecodedImage(copy, d);
    await hashDecodedImage(copy, d, { dihedral: true });
    if (r) after += cpu() - c;
  }
}
const n = inputs.length * R;
console.log(`gateway image path before decode+hash CPU ${(before / n).toFixed(1)} ms/image; after ${(after / n).toFixed(1)} ms/image`);
