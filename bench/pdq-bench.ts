// npm run bench:pdq — time to hash an image: decode+resize with sharp, then the PDQ core alone.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import sharp from 'sharp';
import { hashImage, pdqFromPixels } from '../src/internal.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

const file = sharedPath('data', 'pdq', 'bridge-mods', 'aaa-orig.jpg');
if (!file) {
  console.error('bench:pdq needs shared/data/pdq (set CONSENTRY_SHARED)');
  process.exit(2);
}
const bytes = readFileSync(file);
const meta = await sharp(bytes).metadata();
const { data, info } = await sharp(bytes).rotate().resize(512, 512, { fit: 'inside', withoutEnlargement: true }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
const pixels = { data, width: info.width, height: info.height, channels: 3 as const };

function median(fnRuns: number[]): number {
  const s = [...fnRuns].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)]! * 100) / 100;
}
const runs = 40;
for (let i = 0; i < 5; i++) pdqFromPixels(pixels, { dihedral: true });
const core: number[] = [];
const coreDih: number[] = [];
const full: number[] = [];
// One step at a time: sharp's worker threads would otherwise compete with the core's timings.
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  pdqFromPixels(pixels);
  core.push(performance.now() - t);
}
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  pdqFromPixels(pixels, { dihedral: true });
  coreDih.push(performance.now() - t);
}
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  await hashImage(bytes, { dihedral: true });
  full.push(performance.now() - t);
}
console.log(`# bench:pdq — ${cpus().length} cores, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}, ${runs} runs each, medians`);
console.log(`image: ${meta.width}x${meta.height} JPEG (${bytes.length} bytes), hashed at ${info.width}x${info.height}`);
console.log(`| step | median ms |\n|---|---|`);
console.log(`| pdqFromPixels (core) | ${median(core)} |`);
console.log(`| pdqFromPixels + 8 dihedral hashes | ${median(coreDih)} |`);
console.log(`| hashImage (decode, EXIF, resize, PDQ+dihedral, MD5, SHA-256) | ${median(full)} |`);
