import { availableParallelism } from 'node:os';
import { createCheckService, type CheckService, type PdqHasher } from './checks/check-service.ts';
import { createWorkQueue, type WorkQueue } from './checks/work-queue.ts';
import type { ConsentryConfig } from './config.ts';
import { CheckUnavailableError } from './errors.ts';
import type { Detector } from './detectors/detector.ts';
import { loadPolicy } from './policy/policy-file.ts';
import type { Policy } from './policy/policy.ts';
import { createIsolatedPromptScreener } from './checks/isolated-detector.ts';
import { createImagesProxy, type ImagesProxy } from './proxy/openai-images-proxy.ts';
import { openMigratedDatabase, type Database } from './store/index.ts';
import { createDecisionLog, type DecisionLog } from './store/decision-log.ts';
import { createRateLimiter, type RateLimiter } from './store/rate-limiter.ts';
import type { SubjectKind } from './types.ts';
import type { ImageAnalyzer } from './image/analysis-types.ts';
import { createCachedAnalyzer } from './image/cached-analyzer.ts';
import { createImageAnalyzer, type PooledImageAnalyzer } from './image/image-analyzer.ts';
import { createEditDetector, createImageDetector } from './image/image-detectors.ts';
import { hashImage } from './hash/image-hash.ts';

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
  /**
   * Starts the default detectors' workers and resolves when they have loaded (models included), so
   * the first check is not slowed or refused by a model load. `serve` calls it at start.
   */
  ready(what?: 'prompts' | 'all'): Promise<void>;
  /** Whether `ready()` has resolved (for /readyz). */
  readonly isReady: boolean;
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
  // The screener runs in worker threads with a hard time limit: no prompt holds the event loop.
  const isolatedScreener = overrides.promptDetectors ? undefined : createIsolatedPromptScreener({ timeoutMs: config.promptCheckTimeoutMs });
  const promptDetectors = overrides.promptDetectors ?? [isolatedScreener!];
  // The model workers start on the first image check or on `ready()` (serve), so a CLI command
  // that only screens prompts (and every test that overrides the detectors) never loads the models.
  let pooled: PooledImageAnalyzer | undefined;
  const startPool = () => (pooled ??= createImageAnalyzer({ workers: config.workers, timeoutMs: config.checkTimeoutMs, maxBytes: config.maxImageBytes, maxPixels: config.maxImagePixels }));
  const analyzer = overrides.imageAnalyzer ?? createCachedAnalyzer(lazyAnalyzer(startPool));
  const imageDetectors = overrides.imageDetectors ?? [createImageDetector(analyzer)];
  const editDetectors = overrides.editDetectors ?? [createEditDetector(analyzer)];
  const pdqHash: PdqHasher = overrides.pdqHash ?? (async (bytes) => (await hashImage(bytes, { maxPixels: config.maxImagePixels })).pdq);
  const checks = createCheckService({
    promptDetectors,
    imageDetectors,
    editDetectors,
    policy,
    timeoutMs: config.checkTimeoutMs,
    promptTimeoutMs: config.promptCheckTimeoutMs,
    log,
    imageLimits: { maxBytes: config.maxImageBytes, maxPixels: config.maxImagePixels, decodeTimeoutMs: config.checkTimeoutMs },
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
    maxImageBytes: config.maxImageBytes,
    allowImageHosts: config.imageUrlAllowHosts,
    fetch: overrides.fetch,
  });
  let closed: Promise<void> | undefined;
  let readiness: Promise<void> | undefined;
  let promptsReady: Promise<void> | undefined;
  let isReady = false;
  function ready(what: 'prompts' | 'all' = 'all'): Promise<void> {
    // Prompts wait for the first start only: a worker replaced later does not hold them up.
    if (what === 'prompts') return (promptsReady ??= isolatedScreener ? isolatedScreener.ready() : Promise.resolve());
    readiness ??= Promise.all([
      ready('prompts'),
      !overrides.imageAnalyzer && !(overrides.imageDetectors && overrides.editDetectors) ? startPool().ready() : undefined,
    ]).then(() => {
      isReady = true;
    });
    return readiness;
  }
  return {
    config,
    db,
    log,
    rateLimiter,
    checks,
    proxy,
    imageQueue,
    policy,
    ready,
    get isReady() {
      return isReady;
    },
    close() {
      closed ??= (async () => {
        await imageQueue.idle();
        await isolatedScreener?.close();
        for (const r of overrides.resources ?? []) await r.close().catch(() => {});
        if (!overrides.imageAnalyzer) await analyzer.close().catch(() => {});
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
