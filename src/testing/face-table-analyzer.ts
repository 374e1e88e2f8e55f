// A stand-in analyzer whose faces (with embeddings) are data, keyed by the image's SHA-256: for
// tests about protected persons and consent plumbing, not about the face model.
import { createHash } from 'node:crypto';
import type { FaceResult, ImageAnalysis, ImageAnalyzer } from '../image/analysis-types.ts';
import { gaussian, normalised } from '../protect/person-index.ts';

export interface TableFace {
  embedding: Float32Array;
  possibleMinor?: boolean;
}

export function faceTableAnalyzer(table: Map<string, TableFace[]>): ImageAnalyzer & { calls: number } {
  const analyzer = {
    calls: 0,
    async analyze(bytes: Uint8Array): Promise<ImageAnalysis> {
      analyzer.calls++;
      const faces: FaceResult[] = (table.get(createHash('sha256').update(bytes).digest('hex')) ?? []).map((f, i) => ({
        box: [i * 20, 0, 20, 20],
        score: 0.95,
        age: f.possibleMinor ? 15 : 35,
        ageBand: f.possibleMinor ? { low: 10, high: 20 } : { low: 28, high: 42 },
        possibleMinor: f.possibleMinor ?? false,
        gender: 'unknown',
        genderScore: 0.5,
        embedding: [...f.embedding],
      }));
      return {
        width: 64,
        height: 64,
        format: 'png',
        faces,
        personCount: faces.length,
        possibleMinor: faces.some((f) => f.possibleMinor),
        nudity: { level: 'none', drawn: false, classes: { Drawing: 0, Hentai: 0, Neutral: 1, Porn: 0, Sexy: 0 } },
        timings: { decodeMs: 0, nudityMs: 0, facesMs: 0 },
      };
    },
    async close() {},
  };
  return analyzer;
}

/** A random unit identity vector, and "another photo" of it at roughly the given cosine (default: the shared photos' typical same-person score, BENCHMARKS.md "Face matching, aligned"). */
export function identity(seed: number, dim = 128): Float32Array {
  const g = gaussian(seed);
  return normalised(Array.from({ length: dim }, g));
}

export function anotherPhoto(of: Float32Array, seed: number, cosine = 0.975): Float32Array {
  const g = gaussian(seed);
  const noise = normalised(Array.from({ length: of.length }, g));
  const t = Math.sqrt(1 / (cosine * cosine) - 1);
  return normalised(Array.from(of, (x, j) => x + t * noise[j]!));
}
