// The detectors by name. Which ones run is configuration (`CONSENTRY_DETECTORS`); each entry says
// what it accepts and builds its detector from the context's shared parts. Factories import their
// modules lazily, so a context that only screens prompts never loads the image code.
import type { ConsentryConfig } from '../config.ts';
import { ConfigError } from '../errors.ts';
import type { ImageAnalyzer } from '../image/analysis-types.ts';
import type { Protection } from '../protect/protection.ts';
import type { SubjectKind } from '../types.ts';
import type { Detector } from './detector.ts';

/** What `createContext` shares with every detector factory. */
export interface DetectorParts {
  readonly config: ConsentryConfig;
  /** The shared image analyzer (the model worker pool, started on first use, results cached). */
  readonly analyzer: ImageAnalyzer;
  /** Hash lists, protected persons and consent in the database (opened on first use). */
  protection(): Protection;
}

export interface DetectorEntry {
  /** Subject kinds the detector looks at; the guard runs it on these only. */
  readonly accepts: readonly SubjectKind[];
  /** One line for `consentry help` and the README. */
  readonly doc: string;
  /** Builds the detector; its options are fields of `parts.config`. */
  create(parts: DetectorParts): Promise<Detector>;
}

export const DETECTORS = Object.freeze({
  'prompt-screener': {
    accepts: ['prompt', 'edit'],
    doc: "Screens a request's text (and an edit's prompt) against the multilingual lexicon and rules.",
    create: async () => (await import('../screen/prompt-screener.ts')).promptScreenerDetector,
  },
  image: {
    accepts: ['image'],
    doc: 'Nudity level, faces with age band and gender, drawn or photo, from the image models.',
    // With the protected-person detector on, one analysis per image serves both (image-detectors.ts).
    create: async (parts) =>
      (await import('../image/image-detectors.ts')).createImageDetector(
        parts.analyzer,
        parts.config.detectors.includes('protected-person') ? { extras: (tenantId) => parts.protection().personDetector.imageExtras(tenantId) } : {},
      ),
  },
  edit: {
    accepts: ['edit'],
    doc: "Compares an edit's input and output: the same person, more exposed, is an undressing edit.",
    create: async (parts) => (await import('../image/image-detectors.ts')).createEditDetector(parts.analyzer),
  },
  'hash-list': {
    accepts: ['image', 'edit'],
    doc: 'Matches images against the hash lists in the database (PDQ, MD5, SHA-256) that apply to the tenant; CONSENTRY_HASH_LISTS narrows them, default all.',
    create: async (parts) => parts.protection().hashListDetector,
  },
  'protected-person': {
    accepts: ['image', 'edit'],
    doc: "Matches faces against the tenant's enrolled protected persons (encrypted embeddings); their preference sets the floor.",
    create: async (parts) => parts.protection().personDetector,
  },
} satisfies Record<string, DetectorEntry>);

export type DetectorName = keyof typeof DETECTORS;

/** What runs when `CONSENTRY_DETECTORS` is not set. */
export const DEFAULT_DETECTORS: readonly DetectorName[] = Object.freeze(['prompt-screener', 'image', 'edit', 'hash-list', 'protected-person']);

export function isDetectorName(name: string): name is DetectorName {
  return Object.hasOwn(DETECTORS, name);
}

/** Builds the named detectors, in order; an unknown name is a ConfigError. */
export async function createDetectors(names: readonly string[], parts: DetectorParts): Promise<Detector[]> {
  return Promise.all(
    names.map(async (name) => {
      if (!isDetectorName(name)) throw new ConfigError(`Unknown detector "${name}". Known: ${Object.keys(DETECTORS).join(', ')}.`);
      const entry: DetectorEntry = DETECTORS[name];
      const detector = await entry.create(parts);
      // The entry's declaration is what operators read; the detector must not accept more or less.
      if (detector.accepts.length !== entry.accepts.length || !entry.accepts.every((k) => detector.accepts.includes(k))) {
        throw new ConfigError(`Detector "${name}" accepts ${detector.accepts.join(', ')}, not ${entry.accepts.join(', ')} as registered.`);
      }
      return detector;
    }),
  );
}
