import type { ConsentryConfig } from '../config.ts';
import { createContext } from '../context.ts';
import { hashImage } from '../hash/image-hash.ts';
import type { ImageAnalysis } from '../image/analysis-types.ts';
import { compareEdit } from '../image/compare-edit.ts';
import type { AuditDependencies } from './audit-types.ts';

/**
 * The analyzer, PDQ hasher and guard of a screening context built from config (no database).
 * Closing the analyzer closes the context.
 */
export async function loadAuditDependencies(config: ConsentryConfig): Promise<AuditDependencies> {
  const context = await createContext(config, { store: false });
  const analyzer = { analyze: context.analyzer.analyze.bind(context.analyzer), close: () => context.close() };
  return { analyzer, hasher: (bytes) => hashImage(bytes, { maxPixels: config.maxImagePixels }), promptGuard: context.guard };
}

/** The edit comparison used by the red team on returned images. */
export async function loadCompareEdit(): Promise<(before: ImageAnalysis, after: ImageAnalysis) => { undressingEdit: boolean; reasons: string[] }> {
  return compareEdit;
}
