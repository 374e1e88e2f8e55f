import { DEFAULT_CONFIG } from '../config.ts';
import { InvalidInputError } from '../errors.ts';
import type { AnalyzeOptions, ImageAnalysis, ImageAnalyzer } from './analysis-types.ts';
import type { DecodedImage } from './decode-image.ts';
import { budgetLeft, decodeShared } from './shared-decode.ts';
import { createWorkerPool } from './worker-pool.ts';

export interface ImageAnalyzerOptions {
  /** Worker threads; 0 or absent means one per core. */
  workers?: number;
  /**
   * Time budget per image in milliseconds, shared by its decode, its hashing and the models; past it
   * the analysis fails with CheckUnavailableError (a decode that overruns it, with `image_too_costly`).
   */
  timeoutMs?: number;
  /** Largest accepted image in bytes. */
  maxBytes?: number;
  /** Largest accepted width x height. */
  maxPixels?: number;
  /**
   * Load the models most images never need (the second nudity model, MoveNet) with the others, before
   * `ready()`, instead of inside the first request that needs them (~2 s of one core each time a worker
   * starts). A server wants this; a one-off script may not. Default false.
   */
  preloadAll?: boolean;
}

export interface PooledImageAnalyzer extends ImageAnalyzer {
  readonly workers: number;
  /** Resolves once every worker has loaded its models. */
  ready(): Promise<void>;
}

/**
 * Image analysis (decode, nudity, faces) in a pool of worker threads, models loaded once per worker.
 * The image is decoded here, once (shared with validation and hashing: shared-decode.ts), and its
 * pixels go to a worker.
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
  const timeoutMs = options.timeoutMs ?? DEFAULT_CONFIG.checkTimeoutMs;
  const limits = { maxBytes: options.maxBytes ?? DEFAULT_CONFIG.maxImageBytes, maxPixels: options.maxPixels ?? DEFAULT_CONFIG.maxImagePixels, budgetMs: timeoutMs };
  const pool = createWorkerPool<{ image: DecodedImage; options: AnalyzeOptions }, ImageAnalysis>(new URL('./analysis-worker.ts', import.meta.url), {
    size: options.workers,
    timeoutMs,
    workerData: { preloadAll: options.preloadAll === true },
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
      const decoded = await decodeShared(bytes, limits);
      budgetLeft(decoded, 'the models ran');
      // The shared pixels stay here for the other checks of this image; the worker gets a copy.
      const pixels = new Uint8Array(decoded.data);
      const image: DecodedImage = { ...decoded, data: pixels as Buffer };
      return pool.run({ image, options: { embeddings: analyzeOptions.embeddings, regions: analyzeOptions.regions } }, [pixels.buffer as ArrayBuffer], decoded.deadline);
    },
    close: () => pool.close(),
  };
}
