// node --import tsx bench/body-skin-ab.ts --base /path/to/other/checkout [--split tune] [--passes 5]
// CPU time of measureBodySkin here against another checkout's, interleaved image by image in one
// process (the machine is shared, so wall-clock says little; process.cpuUsage per call). The faces come
// from this checkout's analysis; both measure the same decoded pixels.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeBytes, loadImageModels } from '../src/image/analyze-image.ts';
import { measureBodySkin } from '../src/image/body-skin.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { argValue, eachSharedImage, sharedPortraits } from './portraits.ts';

const base = argValue('base');
if (!base) throw new Error('body-skin-ab: --base <checkout> is required');
const other = (await import(pathToFileURL(path.resolve(base, 'src/image/body-skin.ts')).href)) as { measureBodySkin: typeof measureBodySkin };
const split = argValue('split') ?? 'tune';
const passes = Number(argValue('passes') ?? 5);
const models = await loadImageModels();
const limits = { maxBytes: 50e6, maxPixels: 100e6 };
const inputs: Array<{ d: Awaited<ReturnType<typeof decodeImage>>; faces: Array<{ box: [number, number, number, number]; score: number }> }> = [];
await eachSharedImage(sharedPortraits('body-skin-ab'), async (file, where) => {
  if (where !== 'people' && where !== split) return;
  const bytes = readFileSync(file);
  const a = await analyzeBytes(models, bytes, limits);
  const d = await decodeImage(bytes, limits);
  const s = d.width / a.width;
  if (a.faces.length > 0) inputs.push({ d, faces: a.faces.map((f) => ({ box: f.box.map((v) => v * s) as [number, number, number, number], score: f.score })) });
});
models.close();
const cpu = (f: () => void) => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const totals = { here: [] as number[], base: [] as number[] };
for (let p = 0; p < passes; p++) {
  let [here, there] = [0, 0];
  for (const { d, faces } of inputs) {
    // Alternate which goes first, so neither always runs on a warm cache.
    if (p % 2 === 0) [here, there] = [here + cpu(() => measureBodySkin(d, faces)), there + cpu(() => other.measureBodySkin(d, faces))];
    else [there, here] = [there + cpu(() => other.measureBodySkin(d, faces)), here + cpu(() => measureBodySkin(d, faces))];
  }
  totals.here.push(here / inputs.length);
  totals.base.push(there / inputs.length);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`${inputs.length} images with faces, ${passes} passes; CPU ms per image, per pass:`);
console.log(`base (${base}): ${totals.base.map((x) => x.toFixed(2)).join(', ')} (median ${median(totals.base).toFixed(2)})`);
console.log(`here: ${totals.here.map((x) => x.toFixed(2)).join(', ')} (median ${median(totals.here).toFixed(2)})`);
