// node --import tsx bench/decode-cpu.ts — CPU ms per decode of the ~1 MP shared people photos (main thread + libvips threads).
import sharp from 'sharp';
import { decodeImage } from '../src/image/decode-image.ts';
import { sharedPath } from '../src/testing/shared-path.ts';
import { peoplePhotos } from './portraits.ts';

const dir = sharedPath('data', 'people');
if (!dir) throw new Error('needs CONSENTRY_SHARED');
const photos = await peoplePhotos(dir);
for (const p of photos) {
  const m = await sharp(p.megapixel).metadata();
  process.stdout.write(`${p.name} ${m.width}x${m.height}; `);
}
console.log();
const limits = { maxBytes: 50e6, maxPixels: 100e6, budgetMs: 60_000 };
const ROUNDS = Number(process.env.ROUNDS ?? 10);
for (const p of photos) await decodeImage(p.megapixel, limits);
for (let r = 0; r < 3; r++) {
  const c0 = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i++) for (const p of photos) await decodeImage(p.megapixel, limits);
  const u = process.cpuUsage(c0);
  console.log(`decodeImage: ${((u.user + u.system) / 1000 / (ROUNDS * photos.length)).toFixed(2)} ms CPU/image`);
}
