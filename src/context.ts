import { availableParallelism } from 'node:os';
import { createCheckService, type CheckService, type PdqHasher } from './checks/check-service.ts';
import { createWorkQueue, type WorkQueue } from './checks/work-queue.ts';
import type { ConsentryConfig } from './config.ts';
import { CheckUnavailableError } from './errors.ts';
import type { Detector } from './detectors/detector.ts';
import { loadPolicy } from './policy/policy-file.ts';
import type { Policy } from './policy/policy.ts';
import { promptScreenerDetector } from './screen/prompt-screener.ts';
import { createImagesProxy, type ImagesProxy } from './proxy/openai-images-proxy.ts';
import { openMigratedDatabase, type Database } from './store/index.ts';
import { createDecisionLog, type DecisionLog } from './store/decision-log.ts';
import { createRateLimiter, type RateLimiter } from './store/rate-limiter.ts';
import type { SubjectKind } from './types.ts';
import type { ImageAnalyzer } from './image/analysis-types.ts';
import { createCachedAnalyzer } from './image/cached-analyzer.ts';
import { createImageAnalyzer } from './image/image-analyzer.ts';
import { createEditDetector, createImageDetector } from './image/image-detectors.ts';
import { hashImage } from './hash/image-hash.ts';
import { createProtection, type Protection } from './protect/protection.ts';

/** Parts a deployment or a test may replace. */
export interface ContextOverrides {
  db?: Database;
  promptDetectors?: Detector[];
  imageDetectors?: Detector[];
  /** Detectors comparing an input image with an output image (`edit` subjects). */
  editDetectors?: Detector[];
  pdqHash?: PdqHasher;
  /** The image analyzer behind the default image and edit detectors (default: the model worker pool, started on first use). */
  imageAnalyzer?: ImageAnalyzer;
  policy?: Policy;
  fetch?: typeof fetch;
  /** Image checks running at once, and waiting, before 503s. */
  imageConcurrency?: number;
  imageQueueLength?: number;
  /** Bounds how long a change to lists, persons or grants by another process goes unseen if its NOTIFY is lost (ms, default 1000). */
  protectPollMs?: number;
  /** Closed after the detectors are no longer used (model workers). */
  resources?: Array<{ close(): Promise<void> }>;
}

/** Everything the gateway and the CLI need, wired once from config. */
export interface ConsentryContext {
  readonly config: ConsentryConfig;
  readonly db: Database;
  readonly log: DecisionLog;
  readonly rateLimiter: RateLimiter;
  readonly checks: CheckService;
  readonly proxy: ImagesProxy;
  readonly imageQueue: WorkQueue;
  readonly policy: Policy;
  /** Hash lists, protected persons and consent grants as this process sees them. */
  readonly protection: Protection;
  /** Closes workers, then the database. Close the HTTP server first. */
  close(): Promise<void>;
}

/**
 * A detector that always reports that its check cannot run, so anything it should have looked at
 * is blocked with `check_unavailable` (fail closed) until the real detector is plugged in.
 */
export function unavailableDetector(name: string, accepts: readonly SubjectKind[], reason: string): Detector {
  return {
    name,
    accepts,
    detect() {
      throw new CheckUnavailableError(reason);
    },
  };
}

/**
 * The composition root: opens and migrates the database, builds the log, rate limiter, detectors,
 * policy, checks and proxy. Tests and deployments swap parts through `overrides`.
 *
 * @example
 * const context = await createContext(readConfig(), { imageDetectors: [myNudityDetector] });
 * const decision = await context.checks.checkPrompt({ tenantId: 'default' }, { prompt: 'a cat', mode: 'generate' });
 * await context.close();
 */
export async function createContext(config: ConsentryConfig, overrides: ContextOverrides = {}): Promise<ConsentryContext> {
  const policy = overrides.policy ?? loadPolicy(config.policy);
  const db = overrides.db ?? (await openMigratedDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  const log = createDecisionLog(db, { evidenceKey: config.evidenceKey });
  const rateLimiter = createRateLimiter(db);
  const cores = availableParallelism();
  const imageQueue = createWorkQueue({
    concurrency: overrides.imageConcurrency ?? (config.workers > 0 ? config.workers : cores),
    maxWaiting: overrides.imageQueueLength ?? 32,
  });
  const promptDetectors = overrides.promptDetectors ?? [promptScreenerDetector];
  // The model workers start on the first image check, so a gateway that only screens prompts
  // (and every test that overrides the detectors) never loads the models.
  const analyzer =
    overrides.imageAnalyzer ??
    createCachedAnalyzer(lazyAnalyzer(() => createImageAnalyzer({ workers: config.workers, timeoutMs: config.checkTimeoutMs, maxBytes: config.maxImageBytes, maxPixels: config.maxImagePixels })));
  const imageDetectors = overrides.imageDetectors ?? [createImageDetector(analyzer)];
  const editDetectors = overrides.editDetectors ?? [createEditDetector(analyzer)];
  // Hash lists and protected persons apply whatever the other detectors are; they cost nothing
  // while the store holds no list and no person.
  const protection = createProtection(db, config, analyzer, { pollMs: overrides.protectPollMs });
  const pdqHash: PdqHasher = overrides.pdqHash ?? (async (bytes) => (await hashImage(bytes, { maxPixels: config.maxImagePixels })).pdq);
  const checks = createCheckService({
    promptDetectors,
    imageDetectors: [...imageDetectors, ...protection.detectors],
    editDetectors,
    policy,
    verifyConsent: (request, detection) => protection.verifyConsent(request, detection),
    timeoutMs: config.checkTimeoutMs,
    promptTimeoutMs: config.promptCheckTimeoutMs,
    log,
    imageLimits: { maxBytes: config.maxImageBytes, maxPixels: config.maxImagePixels },
    imageQueue,
    pdqHash,
    keepEvidence: config.evidenceKey !== undefined,
  });
  const proxy = createImagesProxy({
    checks,
    upstreamUrl: config.upstreamUrl,
    upstreamKey: config.upstreamKey,
    timeoutMs: Math.max(config.checkTimeoutMs, 60_000),
    maxResponseBytes: config.maxImageBytes * 12,
    fetch: overrides.fetch,
  });
  let closed: Promise<void> | undefined;
  return {
    config,
    db,
    log,
    rateLimiter,
    checks,
    proxy,
    imageQueue,
    policy,
    protection,
    close() {
      closed ??= (async () => {
        await imageQueue.idle();
        for (const r of overrides.resources ?? []) await r.close().catch(() => {});
        if (!overrides.imageAnalyzer) await analyzer.close().catch(() => {});
        await protection.close();
        await rateLimiter.close();
        await log.close();
        if (!overrides.db) await db.close();
      })();
      return closed;
    },
  };
}

function lazyAnalyzer(create: () => ImageAnalyzer): ImageAnalyzer {
  let real: ImageAnalyzer | undefined;
  return {
    analyze: (bytes, options) => (real ??= create()).analyze(bytes, options),
    close: async () => {
      await real?.close();
    },
  };
}
