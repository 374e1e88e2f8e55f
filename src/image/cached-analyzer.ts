import { createHash } from 'node:crypto';
import type { AnalyzeOptions, ImageAnalysis, ImageAnalyzer } from './analysis-types.ts';

type Extras = Required<Pick<AnalyzeOptions, 'embeddings' | 'regions'>>;

/**
 * Remembers the last analyses by the SHA-256 of the image bytes. The same photo comes back often in
 * a gateway: an edit's input is checked before generation and again beside each output, and an image
 * check asks for the scan (image detector) and for embeddings (protected persons). Analyses are
 * deterministic for the same bytes, so a hit changes nothing but time. An analysis with more
 * (embeddings, body regions) serves a request for less: the scan's fields do not depend on the extras
 * (analyze-image.ts computes them first and the same way), and the extras are dropped from the copy
 * returned. `label` only names the image and is not part of the key. Only the analysis is kept (in
 * memory, bounded), never the image.
 */
export function createCachedAnalyzer(analyzer: ImageAnalyzer, options: { maxEntries?: number } = {}): ImageAnalyzer {
  const max = options.maxEntries ?? 256;
  // Per image, the analyses asked for so far (at most the four combinations of the extras).
  const cache = new Map<string, Array<{ extras: Extras; analysis: Promise<ImageAnalysis> }>>();
  return {
    analyze(bytes, analyzeOptions?: AnalyzeOptions) {
      const key = createHash('sha256').update(bytes).digest('hex');
      const wanted: Extras = { embeddings: analyzeOptions?.embeddings === true, regions: analyzeOptions?.regions === true };
      const entries = cache.get(key) ?? [];
      cache.delete(key);
      cache.set(key, entries);
      const hit = entries.find((e) => covers(e.extras, wanted));
      if (hit) return hit.analysis.then((a) => (hit.extras.embeddings === wanted.embeddings && hit.extras.regions === wanted.regions ? a : withOnly(a, wanted)));
      const pending = analyzer.analyze(bytes, analyzeOptions);
      const entry = { extras: wanted, analysis: pending };
      entries.push(entry);
      // A failed analysis is not remembered: the next request tries again.
      pending.catch(() => {
        const i = entries.indexOf(entry);
        if (i >= 0) entries.splice(i, 1);
      });
      while (cache.size > max) cache.delete(cache.keys().next().value!);
      return pending;
    },
    close: () => {
      cache.clear();
      return analyzer.close();
    },
  };
}

function covers(have: Extras, want: Extras): boolean {
  return (have.embeddings || !want.embeddings) && (have.regions || !want.regions);
}

/** A copy of an analysis without the extras that were not asked for (the shape a plain analysis of those options has). */
function withOnly(a: ImageAnalysis, wanted: Extras): ImageAnalysis {
  const { regionsMs, ...timings } = a.timings;
  return {
    ...a,
    faces: a.faces.map(({ embedding, region, ...face }) => ({ ...face, ...(wanted.embeddings && embedding ? { embedding } : {}), ...(wanted.regions && region ? { region } : {}) })),
    timings: wanted.regions && regionsMs !== undefined ? { ...timings, regionsMs } : timings,
  };
}
