// The shared labelled portraits and people photos as the face and nudity evaluations read them: the
// folders, the labels, and the fixed held-out list (bench/data/age-gender-holdout.json). Every choice
// is made on the tuning split; the held-out split is for confirming it once.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { loadOrt } from '../src/image/onnx-runtime.ts';
import { sharedPath } from '../src/testing/shared-path.ts';

export interface PortraitLabel {
  filename: string;
  age: string;
  gender: string;
}

export interface SharedPortraits {
  /** shared/data/age-gender (FairFace portraits and labels.json). */
  ageDir: string;
  /** shared/data/people. */
  peopleDir: string;
  /** File names of the held-out portraits. */
  holdout: ReadonlySet<string>;
  /** Every portrait's label, in file-name order. */
  labels: PortraitLabel[];
  /** Whether a portrait belongs to `split` ('tune', 'holdout' or 'all'). */
  inSplit(filename: string, split: string): boolean;
}

/** The shared portraits, or an exit (status 0, with a message naming `script`) when ../shared is absent. */
export function sharedPortraits(script: string): SharedPortraits {
  const ageDir = sharedPath('data', 'age-gender');
  const peopleDir = sharedPath('data', 'people');
  if (!ageDir || !peopleDir) {
    console.error(`${script}: ../shared/data is absent (set CONSENTRY_SHARED); nothing to measure.`);
    process.exit(0);
  }
  const holdout = new Set((JSON.parse(readFileSync(new URL('./data/age-gender-holdout.json', import.meta.url), 'utf8')) as { files: string[] }).files);
  const labels = (JSON.parse(readFileSync(path.join(ageDir, 'labels.json'), 'utf8')) as PortraitLabel[]).sort((a, b) => a.filename.localeCompare(b.filename));
  return { ageDir, peopleDir, holdout, labels, inSplit: (filename, split) => split === 'all' || (split === 'holdout') === holdout.has(filename) };
}

/** The value after `--name` on the command line, if any. */
export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Visits every labelled portrait (with its split and label), then every people photo, in name order. */
export async function eachSharedImage(
  portraits: SharedPortraits,
  visit: (file: string, split: 'tune' | 'holdout' | 'people', label?: { age: string; gender: string }) => Promise<void>,
): Promise<void> {
  for (const l of portraits.labels) await visit(path.join(portraits.ageDir, l.filename), portraits.holdout.has(l.filename) ? 'holdout' : 'tune', { age: l.age, gender: l.gender });
  for (const f of readdirSync(portraits.peopleDir)
    .filter((n) => /\.(jpe?g|png)$/i.test(n))
    .sort())
    await visit(path.join(portraits.peopleDir, f), 'people');
}

type Box = [number, number, number, number];
interface Point {
  x: number;
  y: number;
}

/** The square of a box's longer side, centred on it. */
export function squareBox(b: Box): Box {
  const s = Math.max(b[2], b[3]);
  return [b[0] + b[2] / 2 - s / 2, b[1] + b[3] / 2 - s / 2, s, s];
}

export function centre(ps: readonly Point[]): Point {
  return { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
}

/**
 * A left-right symmetric eye-eye-mouth template in the square box crop (0..1): the mean of each
 * face's three key points relative to its box's square, with the eyes mirrored about the centre.
 * Also returns the unmirrored means.
 */
export function symmetricTemplate(faces: ReadonlyArray<{ box: Box; keyPoints: readonly Point[] }>): { template: Point[]; means: Point[] } {
  const rel = faces.map(({ box, keyPoints }) => {
    const [x, y, s] = squareBox(box);
    return keyPoints.map((p) => ({ x: (p.x - x) / s, y: (p.y - y) / s }));
  });
  const means = [0, 1, 2].map((i) => centre(rel.map((r) => r[i]!)));
  const half = (means[1]!.x - means[0]!.x) / 2;
  const eyes = (means[0]!.y + means[1]!.y) / 2;
  return {
    template: [
      { x: 0.5 - half, y: eyes },
      { x: 0.5 + half, y: eyes },
      { x: 0.5, y: means[2]!.y },
    ],
    means,
  };
}

export interface PeoplePhoto {
  name: string;
  /** The file as stored. */
  stored: Buffer;
  /** Rotated upright and re-encoded as a JPEG (quality 85) of about one megapixel, as bench:images sends it. */
  megapixel: Buffer;
}

/** The photos of a people folder (shared/data/people), in name order, as stored and at about one megapixel. */
export async function peoplePhotos(dir: string): Promise<PeoplePhoto[]> {
  const names = readdirSync(dir)
    .filter((n) => /\.(jpe?g|png)$/i.test(n))
    .sort();
  const photos: PeoplePhoto[] = [];
  for (const name of names) {
    const stored = readFileSync(path.join(dir, name));
    const meta = await sharp(stored).metadata();
    const scale = Math.sqrt(1_000_000 / ((meta.width ?? 1000) * (meta.height ?? 1000)));
    const megapixel = await sharp(stored)
      .rotate()
      .resize(Math.round((meta.width ?? 1000) * scale))
      .jpeg({ quality: 85 })
      .toBuffer();
    photos.push({ name, stored, megapixel });
  }
  return photos;
}

/**
 * A stream of varied photos for speed benches: each shared people photo at ~1 MP, plus `variants` - 1
 * crops of it (40-100 % of each side, placed at random) rescaled to 0.4-1 MP, so that face counts vary
 * as in real traffic; shuffled. Seeded (mulberry32): the same seed gives the same stream.
 */
export async function variedPeoplePhotos(dir: string, variants: number, seed: number): Promise<Array<{ name: string; bytes: Buffer }>> {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const stream: Array<{ name: string; bytes: Buffer }> = [];
  for (const { name, stored, megapixel } of await peoplePhotos(dir)) {
    stream.push({ name, bytes: megapixel });
    const { data, info } = await sharp(stored).rotate().removeAlpha().raw().toBuffer({ resolveWithObject: true });
    for (let v = 1; v < variants; v++) {
      const [width, height] = [Math.round(info.width * (0.4 + 0.6 * random())), Math.round(info.height * (0.4 + 0.6 * random()))];
      const [left, top] = [Math.floor((info.width - width) * random()), Math.floor((info.height - height) * random())];
      const scale = Math.sqrt(((0.4 + 0.6 * random()) * 1e6) / (width * height));
      const bytes = await sharp(data, { raw: info })
        .extract({ left, top, width, height })
        .resize(Math.max(32, Math.round(width * scale)))
        .jpeg({ quality: 85 })
        .toBuffer();
      stream.push({ name: `${name}#${v}`, bytes });
    }
  }
  for (let i = stream.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [stream[i], stream[j]] = [stream[j]!, stream[i]!];
  }
  return stream;
}

/**
 * What an ONNX bench over the shared people photos needs: their folder and ONNX Runtime. Without
 * either the bench says so and exits 0 (a bench without its data is skipped, not failed). sharp runs
 * on one thread without a cache, so that the timings are the models'.
 */
export async function onnxPeopleBench(name: string): Promise<{ dir: string; ort: NonNullable<Awaited<ReturnType<typeof loadOrt>>> }> {
  const dir = sharedPath('data', 'people');
  const ort = await loadOrt();
  if (!dir || !ort) {
    console.error(`${name}: needs ../shared/data/people (CONSENTRY_SHARED) and onnxruntime-node.`);
    process.exit(0);
  }
  sharp.concurrency(1);
  sharp.cache(false);
  return { dir, ort };
}
