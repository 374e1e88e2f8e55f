// Stand-ins for the image analyzer and hasher, for tests and benchmarks about the audit's plumbing
// (resuming, distribution, statistics), not about the models. Never used by the product.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { ImageHashes } from '../hash/hash-types.ts';
import type { FaceResult, ImageAnalysis, ImageAnalyzer, NudityLevel } from '../image/analysis-types.ts';

export interface FakeTruth {
  level?: NudityLevel;
  drawn?: boolean;
  faces?: { gender: FaceResult['gender']; age: number; possibleMinor?: boolean; embedding?: ArrayLike<number> }[];
  pdq?: string;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/**
 * Answers from a table keyed by the image's SHA-256 (`none`, no faces when absent). It still
 * decodes the image with sharp, so corrupt input fails as it would with the real analyzer.
 */
export function tableAnalyzer(table: ReadonlyMap<string, FakeTruth> = new Map(), options: { delayMs?: number; decode?: boolean } = {}): ImageAnalyzer & { calls: number } {
  const analyzer = {
    calls: 0,
    async analyze(bytes: Uint8Array): Promise<ImageAnalysis> {
      analyzer.calls++;
      const started = performance.now();
      const meta = options.decode === false ? { width: 1, height: 1, format: 'unknown' } : await sharp(bytes).metadata();
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      const truth = table.get(sha256(bytes)) ?? {};
      const level = truth.level ?? 'none';
      const faces: FaceResult[] = (truth.faces ?? []).map((f, i) => ({
        box: [i * 10, 0, 10, 10],
        score: 0.9,
        age: f.age,
        ageBand: { low: f.age - 5, high: f.age + 5 },
        possibleMinor: f.possibleMinor ?? f.age - 5 < 18,
        gender: f.gender,
        genderScore: 0.9,
        ...(f.embedding ? { embedding: Array.from(f.embedding) } : {}),
      }));
      return {
        width: meta.width ?? 0,
        height: meta.height ?? 0,
        format: meta.format ?? 'unknown',
        nudity: {
          level,
          drawn: truth.drawn ?? false,
          classes: { Drawing: 0, Hentai: 0, Neutral: level === 'none' ? 1 : 0, Porn: level === 'explicit' || level === 'partial' ? 1 : 0, Sexy: level === 'suggestive' ? 1 : 0 },
        },
        faces,
        personCount: faces.length,
        possibleMinor: faces.some((f) => f.possibleMinor),
        timings: { decodeMs: performance.now() - started, nudityMs: 0, facesMs: 0 },
      };
    },
    async close() {},
  };
  return analyzer;
}

/** MD5/SHA-256 for real; the "PDQ" is from the table, else the SHA-256 (unrelated images stay far apart). */
export function fakeHasher(table: ReadonlyMap<string, FakeTruth> = new Map()): (bytes: Uint8Array) => ImageHashes {
  return (bytes) => {
    const sha = sha256(bytes);
    return { pdq: table.get(sha)?.pdq ?? sha, quality: 100, md5: createHash('md5').update(bytes).digest('hex'), sha256: sha };
  };
}

export { sha256 as sha256Hex };
