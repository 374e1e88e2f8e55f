import { ConfigError, errorMessage } from '../errors.ts';
import type { ImageHashes } from '../hash/hash-types.ts';
import type { ImageAnalysis, ImageAnalyzer } from '../image/analysis-types.ts';
import type { ConsentryConfig } from '../config.ts';
import { promptScreenerDetector } from '../screen/prompt-screener.ts';
import { createGuard } from '../guard.ts';
import type { AuditDependencies } from './audit-types.ts';

// MERGE POINT: the real analyzer, hasher and edit comparison live on other branches. They are
// loaded by specifier so this branch type-checks without them; at merge, replace these lookups
// with static imports (see the report of the `prove` branch).
const IMAGE_MODULE = '../image/image-analyzer.ts';
const HASH_MODULE = '../hash/image-hash.ts';
const COMPARE_MODULE = '../image/compare-edit.ts';

/** The real analyzer, PDQ hasher and prompt guard, built from config. Fails clearly when one is missing. */
export async function loadAuditDependencies(config: ConsentryConfig): Promise<AuditDependencies> {
  const image = await load(IMAGE_MODULE, 'the image analyzer (src/image/)');
  const create = image.createImageAnalyzer as ((options: { workers?: number; timeoutMs?: number; maxBytes?: number; maxPixels?: number }) => ImageAnalyzer) | undefined;
  if (typeof create !== 'function') throw new ConfigError('src/image/image-analyzer.ts does not export createImageAnalyzer(); the audit cannot analyse images.');
  const hash = await load(HASH_MODULE, 'the PDQ hasher (src/hash/)');
  const hashImage = hash.hashImage as ((bytes: Uint8Array) => Promise<ImageHashes>) | undefined;
  if (typeof hashImage !== 'function') throw new ConfigError('src/hash/image-hash.ts does not export hashImage().');
  const promptGuard = createGuard({ detectors: [promptScreenerDetector], policy: config.policy, jurisdiction: config.jurisdiction, timeoutMs: config.checkTimeoutMs });
  const analyzer = create({ workers: config.workers || undefined, timeoutMs: config.checkTimeoutMs, maxBytes: config.maxImageBytes, maxPixels: config.maxImagePixels });
  return { analyzer, hasher: (bytes) => hashImage(bytes), promptGuard };
}

async function load(specifier: string, what: string): Promise<Record<string, unknown>> {
  try {
    return (await import(specifier)) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`${what} is not available in this build: ${errorMessage(error)}`);
  }
}

/** The edit comparison for the red team (src/image/compare-edit.ts), when present. */
export async function loadCompareEdit(): Promise<((before: ImageAnalysis, after: ImageAnalysis) => { undressingEdit: boolean; reasons: string[] }) | undefined> {
  try {
    const mod = (await import(COMPARE_MODULE)) as { compareEdit?: (before: ImageAnalysis, after: ImageAnalysis) => { undressingEdit: boolean; reasons: string[] } };
    return mod.compareEdit;
  } catch {
    return undefined;
  }
}
