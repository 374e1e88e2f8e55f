/**
 * The image-analysis contract shared by the scanner, the gateway and the audit.
 * Owned by src/image/; extend it, don't break it.
 */
export type NudityLevel = 'none' | 'suggestive' | 'partial' | 'explicit';

/** nsfwjs's five classes, probabilities summing to ~1. */
export interface NsfwClasses {
  Drawing: number;
  Hentai: number;
  Neutral: number;
  Porn: number;
  Sexy: number;
}

export interface NudityResult {
  level: NudityLevel;
  /** Illustration or anime rather than a photo. */
  drawn: boolean;
  /** The classes the level was read from (the mean of both models when a second opinion was taken). */
  classes: NsfwClasses;
  /**
   * Each model's own reading when the first model rated the image partial or explicit and a second
   * model was asked (nudity-level.ts, combineOpinions).
   */
  opinions?: Array<{ model: string; classes: NsfwClasses }>;
  /**
   * The image is too small for the model to judge nudity (shorter side under LOW_RESOLUTION_SIDE px):
   * the level is capped at `suggestive`, never `partial` or `explicit`.
   */
  lowResolution?: boolean;
  /**
   * Exposed body skin, measured with each face's own skin colour (body-skin.ts) when the models read
   * `partial` or `explicit` and a face was found: the largest person's skin outside the faces in face
   * areas, and the share of the image that is skin outside every person's region. `cappedFrom` is set when too little body skin capped the level
   * at `suggestive`. `closeUp` holds the lenient measures of the stricter second test, taken when the
   * level was capped; `clothedCloseUp` is set when that test rated the image `none` (body-skin.ts,
   * clearClothedCloseUp).
   */
  bodySkin?: {
    faceAreas: number;
    strayShare: number;
    cappedFrom?: NudityLevel;
    closeUp?: { faceShare: number; possibleSkin: number; anyToneSkin: number; belowFaceSkinShare: number; faceChroma: number };
    clothedCloseUp?: boolean;
  };
  /**
   * Set when the models read `suggestive` and people's faces were found (torso-cover.ts): each person's
   * share of possible skin in three bands of the torso (chest, midriff, hips), placed by a pose, or why
   * that person could not be measured (measuring stops at the first person not covered). `covered` is
   * true only when every person was measured and every band is mostly not skin: the reading then
   * rests on clothing (a dress, a crop top), and the image's `suggestive` signal carries no weight.
   */
  torsoCover?: {
    covered: boolean;
    persons: Array<{ chest: number; midriff: number; hips: number } | { unmeasured: string }>;
  };
}

export interface FaceResult {
  /** [x, y, width, height] in pixels of the oriented image. */
  box: [number, number, number, number];
  /** Face-detection confidence in [0, 1]. */
  score: number;
  /** Point estimate of age, in years. */
  age: number;
  /** Conservative band around the estimate (the models are weak at age). */
  ageBand: { low: number; high: number };
  /** True when the band reaches below the policy's possible-minor line. */
  possibleMinor: boolean;
  gender: 'female' | 'male' | 'unknown';
  genderScore: number;
  /** Face embedding for identity matching (unit length), when computed. */
  embedding?: number[];
  /**
   * Nudity of this person's body region, when computed: from a pose (`basis: 'pose'`, photos of
   * several people) or guessed from the face (below and beside it, `basis: 'face'`).
   */
  region?: { box: [number, number, number, number]; basis?: 'pose' | 'face'; nudity: NudityResult };
}

export interface ImageAnalysis {
  width: number;
  height: number;
  format: string;
  nudity: NudityResult;
  faces: FaceResult[];
  personCount: number;
  possibleMinor: boolean;
  timings: { decodeMs: number; nudityMs: number; facesMs: number; regionsMs?: number };
}

/** What to compute beyond the basic scan. */
export interface AnalyzeOptions {
  label?: string;
  /** Face embeddings for identity matching (edit comparison, protected persons). */
  embeddings?: boolean;
  /** Per-person body-region nudity (edit comparison). */
  regions?: boolean;
}

export interface ImageAnalyzer {
  analyze(bytes: Uint8Array, options?: AnalyzeOptions): Promise<ImageAnalysis>;
  close(): Promise<void>;
}
