import { createHash } from 'node:crypto';
import type { AnalyzeOptions, ImageAnalysis, ImageAnalyzer } from './analysis-types.ts';

/**
 * Remembers the last analyses by the SHA-256 of the image bytes and the options. The same photo
 * comes back often in a gateway: an edit's input is checked before generation and again beside
 * each output. Analyses are deterministic for the same bytes, so a hit changes nothing but time.
 * Only the analysis is kept (in memory, bounded), never the image.
 */
export function createCachedAnalyzer(analyzer: ImageAnalyzer, options: { maxEntries?: number } = {}): ImageAnalyzer {
  const max = options.maxEntries ?? 256;
  const cache = new Map<string, Promise<ImageAnalysis>>();
  return {
    analyze(bytes, analyzeOptions?: AnalyzeOptions) {
      const key = `${createHash('sha256').update(bytes).digest('hex')}:${JSON.stringify(analyzeOptions ?? {})}`;
      const hit = cache.get(key);
      if (hit) {
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      const pending = analyzer.analyze(bytes, analyzeOptions);
      cache.set(key, pending);
      // A failed analysis is not remembered: the next request tries again.
      pending.catch(() => cache.delete(key));
      while (cache.size > max) cache.delete(cache.keys().next().value!);
      return pending;
    },
    close: () => {
      cache.clear();
      return analyzer.close();
    },
  };
}
