// Measures nsfwjs's bundled models on the benign shared photos (all clothed adults, all photographs):
// how many come out not "none", and how many are wrongly called drawn, with nsfwjs's plain bilinear
// resize and with our block-averaged resize. Run: npm run eval:nudity (needs ../shared).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeImage } from '../src/image/decode-image.ts';
import { nudityFromClasses } from '../src/image/nudity-level.ts';
import { loadNudityModel, prepare } from '../src/image/nudity-model.ts';
import { initTf } from '../src/image/tf-runtime.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

const dirs = [sharedPath('data', 'people'), sharedPath('data', 'age-gender')].filter((d): d is string => d !== undefined);
if (dirs.length < 2) {
  console.error('nudity-models-eval: ../shared/data is absent (set CONSENTRY_SHARED).');
  process.exit(0);
}
const files = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((n) => /\.(jpe?g|png)$/i.test(n))
    .map((n) => path.join(d, n)),
);
const tf = await initTf();
const images = [];
for (const f of files) {
  const d = await decodeImage(readFileSync(f), { maxBytes: 5e7, maxPixels: 1e8 });
  images.push(tf.tensor3d(d.data, [d.height, d.width, 3], 'int32'));
}
console.log(`| model | resize | not "none" | called drawn | mean Neutral | ms/image (WASM, 1 thread) |`);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const name of ['MobileNetV2', 'MobileNetV2Mid']) {
  const model = await loadNudityModel(tf, name);
  for (const antialias of [false, true]) {
    let notNone = 0;
    let drawn = 0;
    let neutral = 0;
    const t = performance.now();
    for (const img of images) {
      const x = prepare(tf, img, antialias);
      // Same network as model.classify, with the chosen resize.
      const probs = (model as unknown as { raw: { model: { predict(x: unknown): { data(): Promise<Float32Array>; dispose(): void } } } }).raw.model.predict(x);
      const v = await probs.data();
      probs.dispose();
      x.dispose();
      const n = nudityFromClasses({ Drawing: v[0]!, Hentai: v[1]!, Neutral: v[2]!, Porn: v[3]!, Sexy: v[4]! });
      if (n.level !== 'none') notNone++;
      if (n.drawn) drawn++;
      neutral += v[2]!;
    }
    const ms = (performance.now() - t) / images.length;
    console.log(
      `| ${name} | ${antialias ? 'block average + bilinear (Consentry)' : 'bilinear only (nsfwjs)'} | ${notNone}/${images.length} | ${drawn}/${images.length} | ${(neutral / images.length).toFixed(3)} | ${ms.toFixed(0)} |`,
    );
  }
  model.dispose();
}
