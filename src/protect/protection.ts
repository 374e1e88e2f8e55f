import type { ConsentryConfig } from '../config.ts';
import type { Detector } from '../detectors/detector.ts';
import { createHashListDetector } from '../hash/hash-list-detector.ts';
import { HashListIndex } from '../hash/list-index.ts';
import type { ImageAnalyzer } from '../image/analysis-types.ts';
import type { Database } from '../store/database.ts';
import type { DetectionResult } from '../types.ts';
import { verifyConsent, type ConsentRequest, type VerifiedConsent } from './consent.ts';
import { createProtectedPersonDetector, PersonRegistry } from './protected-person-detector.ts';
import { biometricKey, embeddingsFromPhotos } from './persons.ts';

/** Hash lists, protected persons and consent, wired for one process (gateway, CLI). */
export interface Protection {
  readonly hashLists: HashListIndex;
  readonly persons: PersonRegistry;
  /** `hash-list` and `protected-person`. */
  readonly detectors: Detector[];
  /** Face embeddings of enrolment photos, with the same models the checks use (photos are not kept). */
  embeddingsFromPhotos(photos: readonly Uint8Array[]): Promise<Float32Array[]>;
  /** The key that seals embeddings; a ConfigError when CONSENTRY_BIOMETRIC_KEY is not set. */
  biometricKey(): Buffer;
  /** The verified consent for a request, if any, and why not otherwise. */
  verifyConsent(request: ConsentRequest, detection: DetectionResult): Promise<{ consent?: VerifiedConsent; reason?: string }>;
  /** Call after changing lists, persons or grants in this process (other processes hear a NOTIFY). */
  changed(): void;
  close(): Promise<void>;
}

export interface ProtectionOptions {
  /** Longest a change by another process goes unseen if its NOTIFY is lost (default 1000 ms). */
  pollMs?: number;
  /** Face similarity from which a face is taken for an enrolled person. */
  personThreshold?: number;
}

export function createProtection(db: Database, config: Pick<ConsentryConfig, 'biometricKey' | 'hashLists' | 'maxImagePixels'>, analyzer: ImageAnalyzer, options: ProtectionOptions = {}): Protection {
  const hashLists = new HashListIndex(db, { names: config.hashLists, pollMs: options.pollMs });
  const persons = new PersonRegistry(db, () => biometricKey(config.biometricKey), { pollMs: options.pollMs });
  const detectors = [
    createHashListDetector({ matchers: (c) => hashLists.matchersFor(c.tenantId ?? 'default'), maxPixels: config.maxImagePixels }),
    createProtectedPersonDetector({ analyzer, registry: persons, threshold: options.personThreshold }),
  ];
  return {
    hashLists,
    persons,
    detectors,
    verifyConsent: (request, detection) => verifyConsent(db, request, detection),
    embeddingsFromPhotos: (photos) => embeddingsFromPhotos(analyzer, photos),
    biometricKey: () => biometricKey(config.biometricKey),
    changed() {
      hashLists.invalidate();
      persons.invalidate();
    },
    async close() {
      await hashLists.close();
      await persons.close();
    },
  };
}
