import { availableParallelism } from 'node:os';
import type { CheckService, PdqHasher } from './checks/check-service.ts';
import type { WorkQueue } from './checks/work-queue.ts';
import type { ConsentryConfig } from './config.ts';
import { CheckUnavailableError } from './errors.ts';
import type { Detector } from './detectors/detector.ts';
import { createDetectors, type DetectorName, type DetectorParts } from './detectors/registry.ts';
import { createGuard, type Guard } from './guard.ts';
import { createProtection, type Protection } from './protect/protection.ts';
import { loadPolicy } from './policy/policy-file.ts';
import type { Policy } from './policy/policy.ts';
import type { ImagesProxy } from './proxy/openai-images-proxy.ts';
import type { Database } from './store/index.ts';
import type { DecisionLog } from './store/decision-log.ts';
import type { RateLimiter } from './store/rate-limiter.ts';
import type { SubjectKind } from './types.ts';
import type { ImageAnalyzer } from './image/analysis-types.ts';
import { createCachedAnalyzer } from './image/cached-analyzer.ts';
import { createImageAnalyzer, type PooledImageAnalyzer } from './image/image-analyzer.ts';
import { PROMPT_SCREENER } from './screen/prompt-screener.ts';

/** Parts a deployment or a test may replace. */
export interface ContextOverrides {
  db?: Database;
  /** Replaces every configured detector (`config.detectors`). */
  detectors?: Detector[];
  /** Replace the registry's `prompt-screener`, `image` and `edit` detectors; given ones always run. */
  promptDetectors?: Detector[];
  imageDetectors?: Detector[];
  /** Detectors comparing an input image with an output image (`edit` subjects). */
  editDetectors?: Detector[];
  /** Bounds how long a change to lists, persons or grants by another process goes unseen if its NOTIFY is lost (ms, default 1000). */
  protectPollMs?: number;
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

/** The screening half of a context: no database. What `scan`, `screen` and the audit need. */
export interface ScreeningContext {
  readonly config: ConsentryConfig;
  readonly policy: Policy;
  /** The configured detectors, in order. */
  readonly detectors: readonly Detector[];
  /** The configured detectors and policy behind one call. */
  readonly guard: Guard;
  /** The shared image analyzer (the model worker pool, started on first use). */
  readonly analyzer: ImageAnalyzer;
  /**
   * Hash lists, protected persons and consent grants as this process sees them. Without a store the
   * database is opened on the first image check (never for prompts only).
   */
  readonly protection: Protection;
  /**
   * Starts the model workers and waits until their models are loaded, so that the first image
   * check's time limit is not spent loading them (a loaded machine can take longer than the limit).
   */
  warmUp(): Promise<void>;
  /** Closes workers, then the database if there is one. Close the HTTP server first. */
  close(): Promise<void>;
}

/** Everything the gateway and the CLI need, wired once from config. */
export interface ConsentryContext extends ScreeningContext {
  readonly db: Database;
  readonly log: DecisionLog;
  readonly rateLimiter: RateLimiter;
  readonly checks: CheckService;
  readonly proxy: ImagesProxy;
  readonly imageQueue: WorkQueue;
  /**
   * Starts the checks' workers (the isolated prompt screener, the image models) and resolves when
   * they have loaded, so the first check is not slowed or refused by a load. `serve` calls it at
   * listen; `'prompts'` waits for the screener's first start only.
   */
  ready(what?: 'prompts' | 'all'): Promise<void>;
  /** Whether `ready()` has resolved (for /readyz). */
  readonly isReady: boolean;
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
 * The composition root: opens and migrates the database, builds the log, rate limiter, detectors
 * (from the registry, as `config.detectors` names them), guard, checks and proxy. Tests and
 * deployments swap parts through `overrides`. With `{ store: false }` no database is opened and
 * only the screening parts are built (the CLI's `screen`, `scan`, `scan-edit`, the audit).
 *
 * @example
 * const context = await createContext(readConfig(), { imageDetectors: [myNudityDetector] });
 * const decision = await context.checks.checkPrompt({ tenantId: 'default' }, { prompt: 'a cat', mode: 'generate' });
 * await context.close();
 */
export async function createContext(config: ConsentryConfig, overrides: ContextOverrides & { store: false }): Promise<ScreeningContext>;
export async function createContext(config: ConsentryConfig, overrides?: ContextOverrides & { store?: true }): Promise<ConsentryContext>;
export async function createContext(config: ConsentryConfig, overrides: ContextOverrides & { store?: boolean } = {}): Promise<ScreeningContext | ConsentryContext> {
  const policy = overrides.policy ?? loadPolicy(config.policy);
  // The model workers start on the first image check, so a gateway that only screens prompts
  // (and every test that overrides the detectors) never loads the models.
  const pool = lazyAnalyzer(() =>
    createImageAnalyzer({ workers: config.workers, timeoutMs: config.checkTimeoutMs, maxBytes: config.maxImageBytes, maxPixels: config.maxImagePixels, preloadAll: true }),
  );
  const analyzer = overrides.imageAnalyzer ?? createCachedAnalyzer(pool);
  const warmUp = () => (overrides.imageAnalyzer ? Promise.resolve() : pool.ready());
  // The database behind hash lists and protected persons: the context's own once it is open, or,
  // without a store, one opened for them on the first image check.
  let storeDb: (db: Database) => void = () => {};
  const storeReady = new Promise<Database>((resolve) => (storeDb = resolve));
  const standalone = overrides.store === false && !overrides.db;
  const openProtectionDb = overrides.db
    ? async () => overrides.db!
    : standalone
      ? async () => (await import('./store/index.ts')).openMigratedDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
      : () => storeReady;
  const protection = createProtection(openProtectionDb, config, analyzer, { pollMs: overrides.protectPollMs, ownsDatabase: standalone });
  const configured = overrides.detectors ?? (await configuredDetectors(config, overrides, { config, analyzer, protection: () => protection }));
  // In a full context (the gateway), the built-in screener runs in worker threads with a hard time
  // limit (terminated and replaced on overrun): no prompt can hold the event loop that serves every
  // tenant. Started on first use. A screening-only context (the CLI) keeps it in-process.
  const isolatedScreener =
    overrides.store === false || overrides.detectors || overrides.promptDetectors || !configured.some((d) => d.name === PROMPT_SCREENER)
      ? undefined
      : (await import('./checks/isolated-detector.ts')).createIsolatedPromptScreener({ timeoutMs: config.promptCheckTimeoutMs });
  const detectors = isolatedScreener ? configured.map((d) => (d.name === PROMPT_SCREENER ? isolatedScreener : d)) : configured;
  const guard = createGuard({ detectors, policy, jurisdiction: config.jurisdiction, timeoutMs: config.checkTimeoutMs, promptTimeoutMs: config.promptCheckTimeoutMs });
  const closeScreening = async () => {
    await isolatedScreener?.close();
    for (const r of overrides.resources ?? []) await r.close().catch(() => {});
    if (!overrides.imageAnalyzer) await analyzer.close().catch(() => {});
    await protection.close().catch(() => {});
  };
  if (overrides.store === false) {
    let closed: Promise<void> | undefined;
    return { config, policy, detectors, guard, analyzer, protection, warmUp, close: () => (closed ??= closeScreening()) };
  }

  // Imported here so that a screening-only context (the CLI's `screen`) loads none of this.
  const [{ createCheckService }, { createWorkQueue }, { createImagesProxy }, { openMigratedDatabase }, { createDecisionLog }, { createRateLimiter }, { hashDecodedImage }, { decodeShared }] =
    await Promise.all([
      import('./checks/check-service.ts'),
      import('./checks/work-queue.ts'),
      import('./proxy/openai-images-proxy.ts'),
      import('./store/index.ts'),
      import('./store/decision-log.ts'),
      import('./store/rate-limiter.ts'),
      import('./hash/image-hash.ts'),
      import('./image/shared-decode.ts'),
    ]);
  // The embedded database runs in a thread of its own: its SQL never holds the event loop.
  const db = overrides.db ?? (await openMigratedDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, pgliteThread: 'worker' }));
  storeDb(db);
  const log = createDecisionLog(db, { evidenceKey: config.evidenceKey });
  const rateLimiter = createRateLimiter(db);
  const imageQueue = createWorkQueue({
    concurrency: overrides.imageConcurrency ?? (config.workers > 0 ? config.workers : availableParallelism()),
    maxWaiting: overrides.imageQueueLength ?? 32,
  });
  const imageLimits = { maxBytes: config.maxImageBytes, maxPixels: config.maxImagePixels, budgetMs: config.checkTimeoutMs };
  // From the pixels the validation already decoded (one decode per image).
  const pdqHash: PdqHasher = overrides.pdqHash ?? (async (bytes) => (await hashDecodedImage(bytes, await decodeShared(bytes, imageLimits))).pdq);
  const checks = afterReady(
    createCheckService({
      guard,
      log,
      imageLimits: { maxBytes: config.maxImageBytes, maxPixels: config.maxImagePixels, decodeTimeoutMs: config.checkTimeoutMs },
      imageQueue,
      pdqHash,
      keepEvidence: config.evidenceKey !== undefined,
      verifyConsent: (request, detection) => protection.verifyConsent(request, detection),
    }),
    ready,
  );
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
  // The models are needed when a default image or edit detector runs on the shared analyzer.
  const usesModels =
    !overrides.imageAnalyzer && !overrides.detectors && ((config.detectors.includes('image') && !overrides.imageDetectors) || (config.detectors.includes('edit') && !overrides.editDetectors));
  function ready(what: 'prompts' | 'all' = 'all'): Promise<void> {
    // Prompts wait for the first start only: a worker replaced later does not hold them up.
    if (what === 'prompts') return (promptsReady ??= isolatedScreener ? isolatedScreener.ready() : Promise.resolve());
    readiness ??= Promise.all([ready('prompts'), usesModels ? warmUp() : undefined]).then(() => {
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
    detectors,
    guard,
    analyzer,
    protection,
    warmUp,
    ready,
    get isReady() {
      return isReady;
    },
    close() {
      closed ??= (async () => {
        await imageQueue.idle();
        await closeScreening();
        await rateLimiter.close();
        await log.close();
        if (!overrides.db) await db.close();
      })();
      return closed;
    },
  };
}

/** The registry's detectors named by `config.detectors`, with the per-slot overrides in their place. */
async function configuredDetectors(config: ConsentryConfig, overrides: ContextOverrides, parts: DetectorParts): Promise<Detector[]> {
  const slots: Partial<Record<DetectorName, Detector[] | undefined>> = { 'prompt-screener': overrides.promptDetectors, image: overrides.imageDetectors, edit: overrides.editDetectors };
  const built = await Promise.all(config.detectors.map((name) => slots[name as DetectorName] ?? createDetectors([name], parts)));
  const extra = Object.entries(slots).flatMap(([name, given]) => (given && !config.detectors.includes(name) ? given : []));
  return [...built.flat(), ...extra];
}

/**
 * Checks that first wait for the workers they need to have started (the screener's for prompts, the
 * models for images), so a detector's time limit never includes a load: a benign request right
 * after start is not refused because a model was still loading. A load that fails is not waited on
 * again; the check then runs and fails closed.
 */
function afterReady(checks: CheckService, ready: (what: 'prompts' | 'all') => Promise<void>): CheckService {
  const wait = (what: 'prompts' | 'all') => ready(what).catch(() => {});
  return {
    async checkPrompt(scope, request) {
      await wait('prompts');
      return checks.checkPrompt(scope, request);
    },
    async checkImage(scope, request) {
      await wait('all');
      return checks.checkImage(scope, request);
    },
    async checkEdit(scope, request) {
      await wait('all');
      return checks.checkEdit(scope, request);
    },
    async checkOutput(scope, request) {
      await wait('all');
      return checks.checkOutput(scope, request);
    },
    getDecision: (tenantId, id) => checks.getDecision(tenantId, id),
  };
}

function lazyAnalyzer(create: () => PooledImageAnalyzer): ImageAnalyzer & { ready(): Promise<void> } {
  let real: PooledImageAnalyzer | undefined;
  return {
    analyze: (bytes, options) => (real ??= create()).analyze(bytes, options),
    ready: () => (real ??= create()).ready(),
    close: async () => {
      await real?.close();
    },
  };
}
