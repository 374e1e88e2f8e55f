import type { ConsentryConfig } from '../config.ts';
import { unavailableDetector } from '../context.ts';
import { runDetectors, type Detector, type RequestContext } from '../detectors/detector.ts';
import { errorMessage } from '../errors.ts';
import type { ImageAnalyzer } from '../image/analysis-types.ts';
import { openMigratedDatabase } from '../store/index.ts';
import type { DetectionResult, Subject } from '../types.ts';
import type { ConsentRequest, VerifiedConsent } from './consent.ts';
import { createProtection } from './protection.ts';

/** Protection for a one-shot command (scan, scan-edit, audit) on the configured database. */
export interface LocalProtection {
  detectors: Detector[];
  /**
   * Runs the hash-list and protected-person checks on a subject, adds their findings to
   * `detection`, and verifies consent for the request. Returns what to give `decide()`.
   */
  apply(subject: Subject, request: ConsentRequest & { request: RequestContext['request']; timeoutMs?: number }, detection: DetectionResult): Promise<{ consent?: VerifiedConsent; reason?: string }>;
  close(): Promise<void>;
}

/**
 * Opens the database for its hash lists and protected persons. When it cannot be opened (the
 * embedded PGlite held by a running gateway, an unreachable server), the two checks report
 * themselves unavailable, so images are refused with that reason rather than passed unchecked.
 */
export async function openLocalProtection(config: ConsentryConfig, analyzer: ImageAnalyzer): Promise<LocalProtection> {
  const local = await open(config, analyzer);
  return {
    ...local,
    async apply(subject, request, detection) {
      const found = await runDetectors(local.detectors, subject, { timeoutMs: request.timeoutMs ?? config.checkTimeoutMs, context: { tenantId: request.tenantId, request: request.request } });
      detection.signals.push(...found.signals);
      detection.unavailable.push(...found.unavailable);
      Object.assign(detection.details, found.details);
      return local.verifyConsent(request, detection);
    },
  };
}

async function open(config: ConsentryConfig, analyzer: ImageAnalyzer): Promise<Omit<LocalProtection, 'apply'> & { verifyConsent: (r: ConsentRequest, d: DetectionResult) => Promise<{ consent?: VerifiedConsent; reason?: string }> }> {
  let db;
  try {
    db = await openMigratedDatabase(config);
  } catch (error) {
    const reason = `the database holding hash lists and protected persons could not be opened (${errorMessage(error)})`;
    return {
      detectors: [unavailableDetector('hash-list', ['image', 'edit'], reason), unavailableDetector('protected-person', ['image', 'edit'], reason)],
      verifyConsent: async () => ({}),
      close: async () => {},
    };
  }
  const protection = createProtection(db, config, analyzer);
  return {
    detectors: protection.detectors,
    verifyConsent: (request, detection) => protection.verifyConsent(request, detection),
    async close() {
      await protection.close();
      await db.close();
    },
  };
}
