import type { ConsentryConfig } from '../config.ts';
import type { Detector } from '../detectors/detector.ts';
import { CheckUnavailableError, errorMessage } from '../errors.ts';
import type { HashListMatch } from '../hash/hash-list-matcher.ts';
import { createHashListDetector } from '../hash/hash-list-detector.ts';
import type { ImageHashes } from '../hash/hash-types.ts';
import { HashListIndex } from '../hash/list-index.ts';
import type { ImageAnalyzer } from '../image/analysis-types.ts';
import type { Database } from '../store/database.ts';
import type { DetectionResult } from '../types.ts';
import { verifyConsent, type ConsentRequest, type VerifiedConsent } from './consent.ts';
import { createProtectedPersonDetector, PersonRegistry, type ProtectedPersonDetector } from './protected-person-detector.ts';
import { biometricKey, embeddingsFromPhotos } from './persons.ts';

/** Hash lists, protected persons and consent, wired for one process (gateway, CLI). */
export interface Protection {
  /** The `hash-list` detector: matches images against the stored lists that apply to the request's tenant. */
  readonly hashListDetector: Detector;
  /** The `protected-person` detector: matches faces against the tenant's enrolled persons. */
  readonly personDetector: ProtectedPersonDetector;
  /** The verified consent for a request, if any, and why not otherwise. */
  verifyConsent(request: ConsentRequest, detection: DetectionResult): Promise<{ consent?: VerifiedConsent; reason?: string }>;
  /** Hash-list matches of an image's hashes for a tenant (undefined: the operator's lists only), as the audit reports them. */
  matchHashes(tenantId: string | undefined, hashes: ImageHashes): Promise<HashListMatch[]>;
  /** Face embeddings of enrolment photos, with the same models the checks use (photos are not kept). */
  embeddingsFromPhotos(photos: readonly Uint8Array[]): Promise<Float32Array[]>;
  /** The key that seals embeddings; a ConfigError when CONSENTRY_BIOMETRIC_KEY is not set. */
  biometricKey(): Buffer;
  /** Call after changing lists, persons or grants in this process (other processes hear a NOTIFY). */
  changed(): void;
  close(): Promise<void>;
}

export interface ProtectionOptions {
  /** Longest a change by another process goes unseen if its NOTIFY is lost (default 1000 ms). */
  pollMs?: number;
  /** Face similarity from which a face is taken for an enrolled person. */
  personThreshold?: number;
  /** Close the database with the protection (it was opened for it alone). */
  ownsDatabase?: boolean;
}

/**
 * Protection over a database opened on first use: a context that never checks an image (the CLI's
 * `screen`) never opens it. When it cannot be opened (the embedded PGlite held by a running
 * gateway, an unreachable server), the two detectors report themselves unavailable with that
 * reason, so images are refused rather than passed unchecked (fail closed).
 */
export function createProtection(
  openDb: () => Promise<Database>,
  config: Pick<ConsentryConfig, 'biometricKey' | 'hashLists' | 'maxImagePixels'> & Partial<Pick<ConsentryConfig, 'maxImageBytes' | 'checkTimeoutMs'>>,
  analyzer: ImageAnalyzer,
  options: ProtectionOptions = {},
): Protection {
  type Parts = { db: Database; hashLists: HashListIndex; persons: PersonRegistry };
  let parts: Promise<Parts> | undefined;
  const get = (): Promise<Parts> =>
    (parts ??= openDb().then(
      (db) => ({
        db,
        hashLists: new HashListIndex(db, { names: config.hashLists, pollMs: options.pollMs }),
        persons: new PersonRegistry(db, () => biometricKey(config.biometricKey), { pollMs: options.pollMs }),
      }),
      (error) => {
        throw new CheckUnavailableError(`the database holding hash lists and protected persons could not be opened (${errorMessage(error)})`);
      },
    ));
  return {
    hashListDetector: createHashListDetector({
      matchers: async (c) => (await get()).hashLists.matchersFor(c.tenantId ?? 'default'),
      maxPixels: config.maxImagePixels,
      maxBytes: config.maxImageBytes,
      budgetMs: config.checkTimeoutMs,
    }),
    personDetector: createProtectedPersonDetector({ analyzer, registry: async () => (await get()).persons, threshold: options.personThreshold }),
    async verifyConsent(request, detection) {
      // Nothing to verify without a matched face; no database needed then.
      if (!Object.keys(detection.details).some((k) => k.startsWith('protected-person'))) return {};
      return verifyConsent((await get()).db, request, detection);
    },
    async matchHashes(tenantId, hashes) {
      const matchers = await (await get()).hashLists.matchersFor(tenantId);
      // As in the gateway, a featureless image (PDQ quality under 50) is matched by exact hash only.
      const query = hashes.quality >= 50 ? hashes : { md5: hashes.md5, sha256: hashes.sha256 };
      return matchers.flatMap((m) => m.match(query)).sort((a, b) => a.distance - b.distance);
    },
    embeddingsFromPhotos: (photos) => embeddingsFromPhotos(analyzer, photos),
    biometricKey: () => biometricKey(config.biometricKey),
    changed() {
      void parts?.then(
        (p) => {
          p.hashLists.invalidate();
          p.persons.invalidate();
        },
        () => {},
      );
    },
    async close() {
      const p = await parts?.catch(() => undefined);
      if (!p) return;
      await p.hashLists.close();
      await p.persons.close();
      if (options.ownsDatabase) await p.db.close();
    },
  };
}
