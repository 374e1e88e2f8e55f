import type { FaceResult, ImageAnalysis, NsfwClasses } from '../image/analysis-types.ts';
import { nudityFromClasses } from '../image/nudity-level.ts';

/** An image analysis as data (detector outputs), for tests of what consumes analyses. */
export function analysisOf(classes: NsfwClasses, faces: FaceResult[], side = 400): ImageAnalysis {
  return {
    width: side,
    height: side,
    format: 'jpeg',
    nudity: nudityFromClasses(classes),
    faces,
    personCount: faces.length,
    possibleMinor: faces.some((f) => f.possibleMinor),
    timings: { decodeMs: 0, nudityMs: 0, facesMs: 0 },
  };
}
