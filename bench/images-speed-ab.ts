// node --import tsx bench/images-speed-ab.ts — the image analysis of another checkout ("before",
// BASE_SRC: its src/ folder, e.g. `git archive main src | tar -x -C /tmp/base`, with node_modules
// linked beside it) against this one ("after") in one thread of one process, interleaved photo by
// photo and alternating which side goes first, so that load from other processes hits both alike.
// CPU ms per photo (decode excluded, the same pixels for both) for the full scan and the edit
// analysis (embeddings + body regions), and whether the two analyses are identical field by field.
// The shared photos at ~1 MP, as bench:images. ROUNDS (default 2) timed rounds after one warm-up.
// STREAM=n: instead, a stream of varied photos (portraits.ts variedPeoplePhotos: each photo and n - 1
// crops of it, shuffled; SEED) analysed in ROUNDS passes after one photo of two people (as stored at ~1 MP) as warm-up, so
// the first pass meets face counts (batch sizes) the sessions have not seen; CPU ms per photo per pass.
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { AnalyzeOptions, ImageAnalysis } from '../src/image/analysis-types.ts';
import * as after from '../src/image/analyze-image.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { peoplePhotos, variedPeoplePhotos } from './portraits.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

const dir = sharedPath('data', 'people');
const base = process.env.BASE_SRC;
if (!dir || !base) {
  console.error('images-speed-ab: needs ../shared/data/people (CONSENTRY_SHARED) and BASE_SRC (the before side’s src/).');
  process.exit(0);
}
const before = (await import(path.resolve(base, 'image', 'analyze-image.ts'))) as typeof after;
sharp.concurrency(1);
sharp.cache(false);
const limits = { maxBytes: 50e6, maxPixels: 100e6 };
const decoded = [];
const STREAM = Number(process.env.STREAM ?? 0);
const photos = STREAM > 0 ? await variedPeoplePhotos(dir, STREAM, Number(process.env.SEED ?? 12)) : (await peoplePhotos(dir)).map(({ name, megapixel }) => ({ name, bytes: megapixel }));
for (const { name, bytes } of photos) decoded.push({ name, image: await decodeImage(bytes, limits) });
const sides = { before: { api: before, models: await before.loadImageModels() }, after: { api: after, models: await after.loadImageModels() } };
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
console.log(`# load ${load()}`);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const stable = (a: ImageAnalysis) => JSON.stringify({ ...a, timings: undefined });
// Where the sides' embeddings may differ (CONSENTRY_INT8: the int8 recognition graph on one side
// only), the analyses are also compared without them, and the embeddings by cosine.
const withoutEmbeddings = (a: string) => JSON.stringify({ ...JSON.parse(a), faces: (JSON.parse(a) as ImageAnalysis).faces.map((f) => ({ ...f, embedding: undefined })) });
const embeddingCosines = (a: string, b: string) =>
  (JSON.parse(a) as ImageAnalysis).faces.flatMap((f, i) => {
    const g = (JSON.parse(b) as ImageAnalysis).faces[i]?.embedding;
    return f.embedding && g ? [f.embedding.reduce((s, x, k) => s + x * g[k]!, 0)] : [];
  });
const rounds = Number(process.env.ROUNDS ?? 2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const modes: Record<string, AnalyzeOptions> = { 'full scan': {}, 'edit analysis': { embeddings: true, regions: true } };
for (const [mode, options] of Object.entries(modes)) {
  const spent: Record<string, { before: number[]; after: number[] }> = {};
  const differ = new Set<string>();
  const differBeyondEmbeddings = new Set<string>();
  const cosines: number[] = [];
  const passes: Array<{ before: number; after: number }> = [];
  for (let r = 0; r <= rounds; r++) {
    // Stream mode: the warm-up "round" is one photo of two people (every net loaded, two faces seen), and every pass is timed whole.
    for (const [i, { name, image }] of (STREAM > 0 && r === 0 ? decoded.filter((d) => d.name === 'fr_two_people.jpg') : decoded).entries()) {
      const out: Partial<Record<'before' | 'after', string>> = {};
      for (const side of (r + i) % 2 ? (['after', 'before'] as const) : (['before', 'after'] as const)) {
        const { api, models } = sides[side];
        const c = cpu();
        // The two checkouts' ImageModels are distinct types of the same shape.
        out[side] = stable(await api.analyzeDecoded(models as never, image, options));
        if (r > 0) {
          const spentMs = cpu() - c;
          (spent[name] ??= { before: [], after: [] })[side].push(spentMs);
          (passes[r - 1] ??= { before: 0, after: 0 })[side] += spentMs;
        }
      }
      if (out.before !== out.after) differ.add(name);
      if (withoutEmbeddings(out.before!) !== withoutEmbeddings(out.after!)) differBeyondEmbeddings.add(name);
      if (r === rounds) cosines.push(...embeddingCosines(out.before!, out.after!));
    }
  }
  if (STREAM > 0) {
    const n = decoded.length;
    console.log(`\n${mode}, stream of ${n} photos\n| pass | before CPU ms/photo | after CPU ms/photo | identical |\n| --- | --- | --- | --- |`);
    for (const [p, { before: b, after: a }] of passes.entries()) console.log(`| ${p + 1} | ${(b / n).toFixed(1)} | ${(a / n).toFixed(1)} | ${differ.size === 0 ? 'all' : `${differ.size} differ`} |`);
    console.log(`# ${mode}: load ${load()}`);
    continue;
  }
  console.log(`\n${mode}\n| photo | before CPU ms | after CPU ms | identical |\n| --- | --- | --- | --- |`);
  let [sb, sa] = [0, 0];
  for (const { name } of decoded) {
    const { before: b, after: a } = spent[name]!;
    [sb, sa] = [sb + median(b), sa + median(a)];
    console.log(`| ${name} | ${median(b).toFixed(0)} | ${median(a).toFixed(0)} | ${differ.has(name) ? 'NO' : 'yes'} |`);
  }
  const n = decoded.length;
  console.log(`| **mean of ${n}** | **${(sb / n).toFixed(0)}** | **${(sa / n).toFixed(0)}** | ${differ.size === 0 ? 'all' : `${differ.size} differ`} |`);
  if (differ.size > 0)
    console.log(
      `# without embeddings: ${differBeyondEmbeddings.size === 0 ? 'all identical' : `${differBeyondEmbeddings.size} differ`}; embedding cosine before/after over ${cosines.length} faces: min ${Math.min(...cosines).toFixed(5)}`,
    );
  console.log(`# ${mode}: ${(2000 / (sb / n)).toFixed(1)} → ${(2000 / (sa / n)).toFixed(1)} images/s on 2 idle cores (2000 / CPU ms); load ${load()}`);
}

// No close(): both sides share face-api's net singletons, which cannot be disposed twice.
process.exit(0);
