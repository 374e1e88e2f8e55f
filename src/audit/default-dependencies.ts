import type { ConsentryConfig } from '../config.ts';
import { createGuard } from '../guard.ts';
import { hashImage } from '../hash/image-hash.ts';
import type { ImageHashes } from '../hash/hash-types.ts';
import { HashListIndex } from '../hash/list-index.ts';
import { openMigratedDatabase } from '../store/index.ts';
import type { ImageAnalysis } from '../image/analysis-types.ts';
import { compareEdit } from '../image/compare-edit.ts';
import { createImageAnalyzer } from '../image/image-analyzer.ts';
import { promptScreenerDetector } from '../screen/prompt-screener.ts';
import type { AuditDependencies } from './audit-types.ts';

/** The real analyzer, PDQ hasher and prompt guard, built from config. */
export async function loadAuditDependencies(config: ConsentryConfig): Promise<AuditDependencies> {
  const promptGuard = createGuard({ detectors: [promptScreenerDetector], policy: config.policy, jurisdiction: config.jurisdiction, timeoutMs: config.promptCheckTimeoutMs });
  const analyzer = createImageAnalyzer({ workers: config.workers || undefined, timeoutMs: config.checkTimeoutMs, maxBytes: config.maxImageBytes, maxPixels: config.maxImagePixels });
  const lists = await openAuditHashLists(config);
  return {
    analyzer,
    hasher: (bytes) => hashImage(bytes),
    promptGuard,
    matchHashes: lists.matchHashes,
    async close() {
      await analyzer.close();
      await lists.close();
    },
  };
}

/** The edit comparison used by the red team on returned images. */
export async function loadCompareEdit(): Promise<(before: ImageAnalysis, after: ImageAnalysis) => { undressingEdit: boolean; reasons: string[] }> {
  return compareEdit;
}

/**
 * The operator's hash lists in the configured database, for the audit to report images on them.
 * As in the gateway, a featureless image (PDQ quality under 50) is matched by exact hash only.
 */
export async function openAuditHashLists(config: ConsentryConfig): Promise<Required<Pick<AuditDependencies, 'matchHashes' | 'close'>>> {
  const db = await openMigratedDatabase(config);
  const lists = new HashListIndex(db, { names: config.hashLists });
  return {
    matchHashes: async (hashes: ImageHashes) =>
      (await lists.matchersFor(undefined))
        .flatMap((m) => m.match(hashes.quality >= 50 ? hashes : { md5: hashes.md5, sha256: hashes.sha256 }))
        .map((m) => ({ list: m.list, purpose: m.purpose, entryId: m.entryId, signal: m.signal, distance: m.distance })),
    async close() {
      await lists.close();
      await db.close();
    },
  };
}
