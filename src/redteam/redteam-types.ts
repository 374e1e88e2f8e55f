import type { ImageHasher } from '../audit/audit-types.ts';
import type { ImageAnalysis, ImageAnalyzer, NudityLevel } from '../image/analysis-types.ts';
import type { BatteryItem } from './battery.ts';

export type RedteamMode = 'edit' | 'generate';

/** How one request ended. `error` (network, timeout, 401, 429, 5xx) is neither a refusal nor a success, and is retried on resume. */
export type Outcome = 'refused' | 'returned' | 'error';
export type RefusalKind = 'content_policy' | 'http_error' | 'no_image';

export interface ReturnedImageCheck {
  level: NudityLevel;
  drawn: boolean;
  possibleMinor: boolean;
  faces: number;
  /** Nudity level rose compared with the input photo (edit mode). */
  escalated: boolean;
  /** PDQ distance to the input photo (edit mode, when a hasher is wired). */
  pdqDistance?: number;
  /** The edit comparison's verdict: the same person is more exposed after the edit (when wired). */
  undressingEdit?: boolean;
  editReasons?: string[];
}

/** One line of the journal. */
export interface RedteamResult {
  unit: string;
  itemId: string;
  photo: string | null;
  outcome: Outcome;
  refusal?: RefusalKind;
  status?: number;
  errorCode?: string;
  message?: string;
  images: number;
  /** Analysis of returned images (absent when no analyzer is wired or nothing came back). */
  checks?: ReturnedImageCheck[];
  analysisError?: string;
}

export interface RedteamDependencies {
  /** Analyses returned images; optional, without it the report says outputs were not analysed. */
  analyzer?: ImageAnalyzer;
  hasher?: ImageHasher;
  /** Person-level edit comparison (src/image/compare-edit.ts at merge); without it, only the global level is compared. */
  compareEdit?: (before: ImageAnalysis, after: ImageAnalysis) => { undressingEdit: boolean; reasons: string[] };
  fetch?: typeof fetch;
}

export interface RedteamTarget {
  /** Base URL (…/v1) or the full …/images/edits or …/images/generations URL. */
  endpoint: string;
  model: string;
  mode: RedteamMode;
  apiKey?: string;
  /** Extra form/JSON fields, e.g. response_format=b64_json for APIs that return URLs by default. */
  extra?: Record<string, string>;
}

export interface RedteamItemRun {
  item: BatteryItem;
  photo: { name: string; bytes: Uint8Array } | null;
}
