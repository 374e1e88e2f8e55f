import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadImageModels } from '../src/image/analyze-image.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { maskFaces, maskedShare } from '../src/image/face-mask.ts';
import { nudityFromClasses } from '../src/image/nudity-level.ts';
const holdout = new Set(JSON.parse(readFileSync('/work/wt/images/bench/data/age-gender-holdout.json','utf8')).files);
const ag = '/work/shared/data/age-gender', pp = '/work/shared/data/people';
const files = [...readdirSync(ag).filter(f=>f.endsWith('.jpg') && !holdout.has(f)).map(f=>path.join(ag,f)), ...readdirSync(pp).filter(f=>/jpe?g$/.test(f)).map(f=>path.join(pp,f))];
const m = await loadImageModels(); const tf = m.tf;
const useIncep = process.argv.includes('--incep');
let incep: any;
if (useIncep) { const nsfwjs = await import('nsfwjs'); incep = await nsfwjs.load('InceptionV3', { size: 299 }); }
const counts: Record<string, number> = { 'incep not none': 0 };
for (const f of files) {
  const d = await decodeImage(readFileSync(f), { maxBytes: 5e7, maxPixels: 1e8 });
  const fl = Float32Array.from(d.data);
  const img = tf.tensor3d(fl, [d.height, d.width, 3]);
  const faces = await m.faces.detect(tf.expandDims(img, 0) as any);
  const a = await m.nudity.classify(img);
  const boxes = faces.map(x => x.box);
  const FILL = process.env.FILL ?? 'grey';
  let fill: [number, number, number] = [128, 128, 128];
  if (FILL === 'black') fill = [0, 0, 0];
  if (FILL === 'white') fill = [255, 255, 255];
  if (FILL === 'mean') { const s = [0, 0, 0]; for (let i = 0; i < fl.length; i++) s[i % 3]! += fl[i]!; fill = s.map((v) => v / (fl.length / 3)) as any; }
  const masked = tf.tensor3d(maskFaces(fl, d.width, d.height, boxes, fill), [d.height, d.width, 3]);
  const b = await m.nudity.classify(masked);
  const strong = faces.filter(x=>x.score>=0.6).map(x=>x.box);
  const la = nudityFromClasses(a).level, lb = nudityFromClasses(b).level;
  let li = '';
  if (incep) { const r = await incep.classify(process.env.INCEP_MASKED ? masked : img); const c: any = {}; for (const x of r) c[x.className] = x.probability; li = nudityFromClasses(c).level + ` P${c.Porn.toFixed(2)} S${c.Sexy.toFixed(2)}`; }
  counts['orig ' + la] = (counts['orig ' + la] ?? 0) + 1; counts['mask ' + lb] = (counts['mask ' + lb] ?? 0) + 1;
  if (li && !li.startsWith('none')) counts['incep not none']++;
  if (la !== 'none' || lb !== 'none' || (li && !li.startsWith('none'))) console.log(path.basename(f), 'share', maskedShare(d.width,d.height,boxes).toFixed(2), 'faces', faces.map(x=>x.score.toFixed(2)).join(','), 'orig', la, a.Porn.toFixed(2), a.Sexy.toFixed(2), '| masked', lb, b.Porn.toFixed(2), b.Sexy.toFixed(2), b.Drawing.toFixed(2), '| incep', li);
  tf.dispose([img, masked]);
}
console.log(counts);
