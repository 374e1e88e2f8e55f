import { DEFAULT_CONFIG } from '../config.ts';
import { InvalidInputError } from '../errors.ts';
import type { AnalyzeOptions, ImageAnalysis, ImageAnalyzer } from './analysis-types.ts';
import { createWorkerPool } from './worker-pool.ts';

export interface ImageAnalyzerOptions {
  /** Worker threads; 0 or absent means one per core. */
  workers?: number;
  /** Time limit per image in milliseconds; past it the analysis fails with CheckUnavailableError. */
  timeoutMs?: number;
  /** Largest accepted image in bytes. */
  maxBytes?: number;
  /** Largest accepted width x height. */
  maxPixels?: number;
}

export interface PooledImageAnalyzer extends ImageAnalyzer {
  readonly workers: number;
  /** Resolves once every worker has loaded its models. */
  ready(): Promise<void>;
}

/**
 * Image analysis (decode, nudity, faces) in a pool of worker threads, models loaded once per worker.
 * Bad images reject with InvalidInputError (`image_too_large`, `image_corrupt`, `unsupported_image`,
 * `image_empty`); a crash or timeout rejects with CheckUnavailableError.
 *
 * @example
 * const analyzer = createImageAnalyzer({ workers: 2, timeoutMs: 15_000 });
 * const analysis = await analyzer.analyze(await readFile('photo.jpg'));
 * analysis.nudity.level; // 'none'
 * await analyzer.close();
 */
export function createImageAnalyzer(options: ImageAnalyzerOptions = {}): PooledImageAnalyzer {
  const limits = { maxBytes: options.maxBytes ?? DEFAULT_CONFIG.maxImageBytes, maxPixels: options.maxPixels ?? DEFAULT_CONFIG.maxImagePixels };
  const pool = createWorkerPool<{ bytes: Uint8Array; options: AnalyzeOptions }, ImageAnalysis>(new URL('./analysis-worker.ts', import.meta.url), {
    size: options.workers,
    timeoutMs: options.timeoutMs ?? DEFAULT_CONFIG.checkTimeoutMs,
    workerData: { limits },
  });
  return {
    workers: pool.size,
    ready: () => pool.ready(),
    async analyze(bytes, analyzeOptions = {}) {
      if (!(bytes instanceof Uint8Array)) throw new InvalidInputError('The image must be bytes.', undefined, 'unsupported_image');
      // Refused here too, so an oversized upload is never copied to a worker.
      if (bytes.byteLength > limits.maxBytes) {
        throw new InvalidInputError(`The image is ${bytes.byteLength} bytes; the limit is ${limits.maxBytes}.`, { bytes: bytes.byteLength, limit: limits.maxBytes }, 'image_too_large');
      }
      const copy = new Uint8Array(bytes);
      return pool.run({ bytes: copy, options: { embeddings: analyzeOptions.embeddings, regions: analyzeOptions.regions } }, [copy.buffer]);
    },
    close: () => pool.close(),
  };
}
