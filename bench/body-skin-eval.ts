// node --import tsx bench/body-skin-eval.ts [--split tune|holdout|all]
// The body-skin measurement (src/image/body-skin.ts) on the clothed adults: FairFace portraits of
// the chosen split and the shared people photos, with the models' level before the cap, the
// measurement and the CPU time it took. Used to choose the thresholds on the tuning split.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyzeBytes, loadImageModels } from '../src/image/analyze-image.ts';
import { CLOSE_UP_LIMITS, measureBodySkin } from '../src/image/body-skin.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

const ageDir = sharedPath('data', 'age-gender');
const peopleDir = sharedPath('data', 'people');
if (!ageDir || !peopleDir) {
  console.error('body-skin-eval: ../shared/data is absent (set CONSENTRY_SHARED); nothing to measure.');
  process.exit(0);
}
const i = process.argv.indexOf('--split');
const split = i > 0 ? process.argv[i + 1] : 'tune';
const holdout = new Set((JSON.parse(readFileSync(new URL('./data/age-gender-holdout.json', import.meta.url), 'utf8')) as { files: string[] }).files);
const files = [
  ...readdirSync(ageDir)
    .filter((n) => /\.jpe?g$/i.test(n))
    .filter((n) => split === 'all' || (split === 'holdout') === holdout.has(n))
    .sort()
    .map((n) => path.join(ageDir, n)),
  ...readdirSync(peopleDir)
    .filter((n) => /\.(jpe?g|png)$/i.test(n))
    .sort()
    .map((n) => path.join(peopleDir, n)),
];
const models = await loadImageModels();
const limits = { maxBytes: 50e6, maxPixels: 100e6 };
let cpu = 0;
const wouldClear = { portraits: 0, portraitsOf: 0, people: 0, peopleOf: 0 };
for (const file of files) {
  const bytes = readFileSync(file);
  const a = await analyzeBytes(models, bytes, limits);
  const d = await decodeImage(bytes, limits);
  const s = d.width / a.width;
  const boxes = a.faces.map((f) => ({ box: f.box.map((v) => v * s) as [number, number, number, number], score: f.score }));
  const c0 = process.cpuUsage();
  const m = measureBodySkin(d, boxes);
  const c = process.cpuUsage(c0);
  cpu += (c.user + c.system) / 1000;
  const n = a.nudity;
  const cu = m.closeUp;
  // The skin and framing parts of the second test (the models' Sexy is left out: these are clothed).
  const passes =
    m.sampled > 0 &&
    m.faceAreas < 1 &&
    cu.faceShare >= CLOSE_UP_LIMITS.minFaceShare &&
    cu.faceChroma >= CLOSE_UP_LIMITS.minFaceChroma &&
    cu.possibleSkin < CLOSE_UP_LIMITS.maxPossibleSkin &&
    cu.anyToneSkin < CLOSE_UP_LIMITS.maxAnyToneSkin &&
    cu.belowFaceSkinShare < CLOSE_UP_LIMITS.maxBelowFaceSkinShare;
  const portrait = path.basename(file).startsWith('fairface_');
  if (portrait) [wouldClear.portraits, wouldClear.portraitsOf] = [wouldClear.portraits + (passes ? 1 : 0), wouldClear.portraitsOf + 1];
  else [wouldClear.people, wouldClear.peopleOf] = [wouldClear.people + (passes ? 1 : 0), wouldClear.peopleOf + 1];
  console.log(
    `${path.basename(file).padEnd(28)} ${(n.bodySkin?.cappedFrom ?? n.level).padEnd(10)} -> ${n.level.padEnd(10)} Porn ${n.classes.Porn.toFixed(2)} Sexy ${n.classes.Sexy.toFixed(2)} faces ${a.faces.length} faceAreas ${m.faceAreas.toFixed(3)} stray ${m.strayShare.toFixed(3)} sampled ${m.sampled} per ${m.perFace.join(',')} scores ${a.faces.map((f) => `${f.score.toFixed(2)}@${f.box[2]}`).join(',')} | closeUp share ${cu.faceShare.toFixed(2)} possible ${cu.possibleSkin.toFixed(2)} anyTone ${cu.anyToneSkin.toFixed(2)} below ${cu.belowFaceSkinShare.toFixed(2)} chroma ${cu.faceChroma.toFixed(3)}${passes ? ' (skin test passes)' : ''}`,
  );
}
console.log(`body-skin CPU: ${(cpu / files.length).toFixed(2)} ms per image (${files.length} images, process.cpuUsage around measureBodySkin only, lenient close-up measures included)`);
console.log(
  `skin and framing parts of the second test pass on ${wouldClear.portraits}/${wouldClear.portraitsOf} portraits and ${wouldClear.people}/${wouldClear.peopleOf} people photos (what it could clear were they read partial/explicit)`,
);
models.close();
