import type { ConsentryConfig } from '../config.ts';
import { createContext } from '../context.ts';
import { hashDecodedImage } from '../hash/image-hash.ts';
import type { ImageAnalysis } from '../image/analysis-types.ts';
import type { PooledImageAnalyzer } from '../image/image-analyzer.ts';
import { compareEdit } from '../image/compare-edit.ts';
import { decodeShared } from '../image/shared-decode.ts';
import type { ImageHashes } from '../hash/hash-types.ts';
import type { Protection } from '../protect/protection.ts';
import type { AuditDependencies, AuditKnownImage } from './audit-types.ts';

/**
 * The analyzer, PDQ hasher and guard of a screening context built from config, and the operator's
 * hash lists (the database is opened on the first image). Closing the analyzer closes the context.
 */
export async function loadAuditDependencies(config: ConsentryConfig): Promise<AuditDependencies> {
  const context = await createContext(config, { store: false });
  // The models load before the first image is taken: an image's time budget is its analysis, not the load
  // (on a loaded machine the first images waited out their whole budget in the queue and failed).
  const pooled = context.analyzer as Partial<PooledImageAnalyzer>;
  if (typeof pooled.ready === 'function') await pooled.ready();
  const analyzer = { analyze: context.analyzer.analyze.bind(context.analyzer), close: () => context.close() };
  return {
    analyzer,
    // The pixels the analyzer decodes for the same bytes (one decode per image).
    hasher: async (bytes) => hashDecodedImage(bytes, await decodeShared(bytes, { maxBytes: config.maxImageBytes, maxPixels: config.maxImagePixels, budgetMs: config.checkTimeoutMs })),
    promptGuard: context.guard,
    matchHashes: (hashes) => auditHashMatches(context.protection, hashes),
    close: () => context.close(),
  };
}

/** The edit comparison used by the red team on returned images. */
export async function loadCompareEdit(): Promise<(before: ImageAnalysis, after: ImageAnalysis) => { undressingEdit: boolean; reasons: string[] }> {
  return compareEdit;
}

/** An image's matches on the operator's hash lists (those applied to every tenant), as the audit records them. */
export async function auditHashMatches(protection: Protection, hashes: ImageHashes): Promise<AuditKnownImage[]> {
  return (await protection.matchHashes(undefined, hashes)).map((m) => ({ list: m.list, purpose: m.purpose, entryId: m.entryId, signal: m.signal, distance: m.distance }));
}
