// The public library API of Consentry. The CLI and the HTTP gateway call only what is exported here.
export * from './types.ts';
export * from './errors.ts';
export { readConfig, DEFAULT_CONFIG, type ConsentryConfig } from './config.ts';
export { runDetectors, unavailableSignal, type Detector, type DetectorOutput, type RunDetectorsOptions } from './detectors/detector.ts';
export { definePolicy, FLOORS, DEFAULT_THRESHOLD, type Policy, type PolicyDefinition, type PolicyRule, type RuleCondition } from './policy/policy.ts';
export { STRICT_POLICY, ADULT_POLICY, BUILTIN_POLICIES } from './policy/builtin-policies.ts';
export { resolvePolicy, loadPolicy } from './policy/policy-file.ts';
export { decide, summarise, type DecideContext } from './policy/decide.ts';
export { legalBasisFor, isKnownJurisdiction, jurisdictionName, JURISDICTIONS } from './policy/legal-basis.ts';
export { createGuard, type Guard, type GuardOptions, type GuardResult } from './guard.ts';
export type { ImageAnalysis, ImageAnalyzer, AnalyzeOptions, FaceResult, NudityResult, NudityLevel, NsfwClasses } from './image/analysis-types.ts';
export { createImageAnalyzer, type ImageAnalyzerOptions, type PooledImageAnalyzer } from './image/image-analyzer.ts';
export { decodeImage, SUPPORTED_FORMATS, type DecodeLimits, type DecodedImage } from './image/decode-image.ts';
export { nudityFromClasses, exposureScore, LEVEL_RANK, NUDITY_THRESHOLDS } from './image/nudity-level.ts';
export { compareEdit, faceSimilarity, SAME_PERSON_SIMILARITY, type EditComparison, type PersonChange, type CompareOptions } from './image/compare-edit.ts';
export { createImageDetector, createEditDetector, imageSignals, editSignals, detectionFromAnalysis, withoutEmbeddings, IMAGE_DETECTOR, EDIT_DETECTOR } from './image/image-detectors.ts';
export { AGE_BAND_MARGIN, ADULT_AGE, ageBandFor } from './image/age-band.ts';
