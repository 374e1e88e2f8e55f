// node --import tsx bench/nudity-framing-eval.ts — does nsfwjs's false "nudity" on benign face
// close-ups depend on framing? Runs MobileNetV2 on the benign shared photos as is, centre-cropped and
// padded with grey borders, and counts results other than "none". An experiment, not the pipeline.
import { readFileSync, readdirSync } from 'node:fs';
import sharp, { type OutputInfo } from 'sharp';
import { initTf } from '../src/image/tf-runtime.ts';
import { loadNudityModel } from '../src/image/nudity-model.ts';
import { nudityFromClasses } from '../src/image/nudity-level.ts';
import { sharedPath } from '../src/testing/shared-path.ts';
const tf = await initTf('wasm');
const nud = await loadNudityModel(tf);
const portraits = sharedPath('data', 'age-gender');
const people = sharedPath('data', 'people');
if (!portraits || !people) {
  console.error('bench/nudity-framing-eval.ts needs ../shared/data (set CONSENTRY_SHARED).');
  process.exit(0);
}
const files = [
  ...readdirSync(portraits)
    .filter((n) => /jpg$/.test(n))
    .map((n) => `${portraits}/${n}`),
  ...readdirSync(people)
    .filter((n) => /jpe?g$/.test(n))
    .map((n) => `${people}/${n}`),
];
const variants: Record<string, (b: Buffer) => Promise<{ data: Buffer; info: OutputInfo }>> = {
  current: (b) => sharp(b).rotate().resize(1024, 1024, { fit: 'inside', withoutEnlargement: true }).removeAlpha().raw().toBuffer({ resolveWithObject: true }),
  'pad 1.5x grey': async (b) => {
    const m = await sharp(b).rotate().toBuffer({ resolveWithObject: true });
    const w = m.info.width,
      h = m.info.height;
    const px = Math.round(w * 0.25),
      py = Math.round(h * 0.25);
    return sharp(m.data)
      .extend({ top: py, bottom: py, left: px, right: px, background: { r: 128, g: 128, b: 128 } })
      .resize(1024, 1024, { fit: 'inside', withoutEnlargement: true })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
  },
  'pad 2x grey': async (b) => {
    const m = await sharp(b).rotate().toBuffer({ resolveWithObject: true });
    const w = m.info.width,
      h = m.info.height;
    const px = Math.round(w * 0.5),
      py = Math.round(h * 0.5);
    return sharp(m.data)
      .extend({ top: py, bottom: py, left: px, right: px, background: { r: 128, g: 128, b: 128 } })
      .resize(1024, 1024, { fit: 'inside', withoutEnlargement: true })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
  },
  'center crop 80%': async (b) => {
    const m = await sharp(b).rotate().toBuffer({ resolveWithObject: true });
    const w = m.info.width,
      h = m.info.height;
    return sharp(m.data)
      .extract({ left: Math.round(w * 0.1), top: Math.round(h * 0.1), width: Math.round(w * 0.8), height: Math.round(h * 0.8) })
      .resize(1024, 1024, { fit: 'inside', withoutEnlargement: true })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
  },
};
for (const [name, f] of Object.entries(variants)) {
  let notNone = 0,
    drawn = 0;
  const porn: number[] = [];
  const fp: string[] = [];
  for (const file of files) {
    const { data, info } = await f(readFileSync(file));
    const img = tf.tensor3d(data, [info.height, info.width, 3], 'int32');
    const c = await nud.classify(img);
    img.dispose();
    const n = nudityFromClasses(c);
    if (n.level !== 'none') {
      notNone++;
      fp.push(`${file.split('/').pop()}:${n.level}:${c.Porn.toFixed(2)}`);
    }
    if (n.drawn) drawn++;
    porn.push(c.Porn);
  }
  console.log(name.padEnd(16), 'not none', notNone, '/', files.length, 'drawn', drawn, 'mean Porn', (porn.reduce((a, b) => a + b, 0) / porn.length).toFixed(3), fp.join(' '));
}
