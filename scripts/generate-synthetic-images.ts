// Writes N benign synthetic images (gradients and shapes, no people) for the audit benchmark.
// Usage: node --import tsx scripts/generate-synthetic-images.ts --count 20000 --out /tmp/synthetic [--size 256]
import { mkdir, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticImage } from '../src/testing/synthetic-images.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '20000' }, out: { type: 'string', default: 'synthetic-images' }, size: { type: 'string', default: '256' } } });
const count = Number(values.count);
const size = Number(values.size);
const started = performance.now();
let next = 0;
let written = 0;
async function worker() {
  while (next < count) {
    const i = next++;
    // 100 images per folder, so folders stay listable.
    const dir = join(values.out!, String(Math.floor(i / 100)).padStart(3, '0'));
    const path = join(dir, `${String(i).padStart(6, '0')}.jpg`);
    if (
      await access(path).then(
        () => true,
        () => false,
      )
    )
      continue;
    await mkdir(dir, { recursive: true });
    await writeFile(path, await syntheticImage(i, { size }));
    if (++written % 1000 === 0) process.stderr.write(`${written}/${count}\n`);
  }
}
await Promise.all(Array.from({ length: 4 }, worker));
process.stderr.write(`generated ${written} images (${count} wanted) in ${((performance.now() - started) / 1000).toFixed(1)} s into ${values.out}\n`);
