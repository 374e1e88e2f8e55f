import type { Guard } from '../guard.ts';
import type { ImageHashes } from '../hash/hash-types.ts';
import type { ImageAnalyzer, NudityLevel } from '../image/analysis-types.ts';
import type { Verdict } from '../types.ts';

/** One image to audit, from a folder listing or a manifest row. */
export interface AuditItem {
  id: string;
  /** Absolute path of a local file. */
  file?: string;
  url?: string;
  /** What the results show as its origin: the path relative to the folder or manifest, or the URL. Defaults to the id. */
  source?: string;
  /** Other manifest columns (date, prompt, source…), as strings. */
  meta: Record<string, string>;
}

/** Computes the hashes of an image (the PDQ helper's hasher at merge time). */
export type ImageHasher = (bytes: Uint8Array) => Promise<ImageHashes> | ImageHashes;

/** What the audit needs from the rest of Consentry; injected so tests and workers can swap parts. */
export interface AuditDependencies {
  analyzer: ImageAnalyzer;
  hasher: ImageHasher;
  /** Screens the `prompt` column when present (a guard over the prompt screener). */
  promptGuard?: Guard;
  /** Matches an image's hashes against the stored hash lists (operator lists, applied to every tenant). */
  matchHashes?: (hashes: ImageHashes) => Promise<AuditKnownImage[]> | AuditKnownImage[];
  /** Releases what the dependencies opened (models, database). */
  close?(): Promise<void>;
}

/** A hash-list match of an audited image: the list entry and the distance, never the image. */
export interface AuditKnownImage {
  list: string;
  purpose: string;
  entryId: string;
  signal: string;
  distance: number;
}

export interface AuditFace {
  box: [number, number, number, number];
  score: number;
  age: number;
  ageLow: number;
  ageHigh: number;
  possibleMinor: boolean;
  gender: 'female' | 'male' | 'unknown';
  genderScore: number;
}

/**
 * One line of results.jsonl. Deterministic for a given image and model: no timings, no clock,
 * scores rounded, so a resumed run writes the same bytes as an uninterrupted one.
 */
export interface AuditRecord {
  id: string;
  /** Path relative to the input root, or the URL. */
  source: string;
  meta: Record<string, string>;
  status: 'ok' | 'error';
  error?: { code: string; message: string };
  width?: number;
  height?: number;
  format?: string;
  nudity?: { level: NudityLevel; drawn: boolean; classes: Record<string, number> };
  faces?: AuditFace[];
  personCount?: number;
  possibleMinor?: boolean;
  hashes?: ImageHashes;
  /** Hash-list matches, when the image is on a list. */
  knownImage?: AuditKnownImage[];
  prompt?: { verdict: Verdict; categories: string[]; reasons: string[] };
}

export const UNDRESSED_LEVELS: readonly NudityLevel[] = ['partial', 'explicit'];
export const SEXUALISED_LEVELS: readonly NudityLevel[] = ['suggestive', 'partial', 'explicit'];
