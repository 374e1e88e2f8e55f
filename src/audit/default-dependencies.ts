import type { ConsentryConfig } from '../config.ts';
import { createGuard } from '../guard.ts';
import { hashImage } from '../hash/image-hash.ts';
import type { ImageAnalysis } from '../image/analysis-types.ts';
import { compareEdit } from '../image/compare-edit.ts';
import { createImageAnalyzer } from '../image/image-analyzer.ts';
import { promptScreenerDetector } from '../screen/prompt-screener.ts';
import type { AuditDependencies } from './audit-types.ts';

/** The real analyzer, PDQ hasher and prompt guard, built from config. */
export async function loadAuditDependencies(config: ConsentryConfig): Promise<AuditDependencies> {
  const promptGuard = createGuard({ detectors: [promptScreenerDetector], policy: config.policy, jurisdiction: config.jurisdiction, timeoutMs: config.promptCheckTimeoutMs });
  const analyzer = createImageAnalyzer({ workers: config.workers || undefined, timeoutMs: config.checkTimeoutMs, maxBytes: config.maxImageBytes, maxPixels: config.maxImagePixels });
  return { analyzer, hasher: (bytes) => hashImage(bytes), promptGuard };
}

/** The edit comparison used by the red team on returned images. */
export async function loadCompareEdit(): Promise<(before: ImageAnalysis, after: ImageAnalysis) => { undressingEdit: boolean; reasons: string[] }> {
  return compareEdit;
}
