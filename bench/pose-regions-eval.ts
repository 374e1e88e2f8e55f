// node --import tsx bench/pose-regions-eval.ts — per-person body regions in the shared group photos,
// guessed from the face (before) against MoveNet poses (after): how much two people's regions overlap
// (the share of the smaller region inside the other: what would be misattributed), how many regions
// hold their own face, and the time the regions cost. Needs ../shared (CONSENTRY_SHARED).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeBytes, loadImageModels } from '../src/image/analyze-image.ts';
import type { ImageAnalysis } from '../src/image/analysis-types.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

const dir = sharedPath('data', 'people');
if (!dir) {
  console.error('pose-regions-eval: ../shared/data/people is absent (set CONSENTRY_SHARED).');
  process.exit(0);
}
const models = await loadImageModels();
const withoutPose = { ...models, pose: undefined };
const limits = { maxBytes: 5e7, maxPixels: 1e8 };
type Box = [number, number, number, number];
const inter = (a: Box, b: Box) => Math.max(0, Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]));
function overlap(a: ImageAnalysis) {
  const regions = a.faces.filter((f) => f.region).map((f) => ({ face: f.box, box: f.region!.box, basis: f.region!.basis }));
  const shares: number[] = [];
  for (let i = 0; i < regions.length; i++) {
    for (let j = i + 1; j < regions.length; j++) {
      const [p, q] = [regions[i]!.box, regions[j]!.box];
      shares.push(inter(p, q) / Math.min(p[2] * p[3], q[2] * q[3]));
    }
  }
  const ownFace = regions.filter((r) => inter(r.box, r.face) >= 0.9 * r.face[2] * r.face[3]).length;
  return { regions: regions.length, pose: regions.filter((r) => r.basis === 'pose').length, meanOverlap: shares.reduce((s, x) => s + x, 0) / Math.max(1, shares.length), ownFace };
}
console.log('| photo | regions | from a pose | mean pairwise overlap, guessed | mean pairwise overlap, after | own face inside, after | regions ms guessed / after |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const name of ['fr_two_people.jpg', 'max_group.jpeg', 'vh_solvay1927.jpg']) {
  const bytes = readFileSync(path.join(dir, name));
  await analyzeBytes(models, bytes, limits, { regions: true }); // warm the pose model
  const before = await analyzeBytes(withoutPose, bytes, limits, { regions: true });
  const after = await analyzeBytes(models, bytes, limits, { regions: true });
  const [b, a] = [overlap(before), overlap(after)];
  console.log(
    `| ${name} | ${a.regions} | ${a.pose} | ${b.meanOverlap.toFixed(2)} | ${a.meanOverlap.toFixed(2)} | ${a.ownFace}/${a.regions} | ${before.timings.regionsMs} / ${after.timings.regionsMs} |`,
  );
}
models.close();
