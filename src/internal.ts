// What the shells (cli/, http/) share beyond the public API in index.ts. Not part of the package's
// documented surface: names here may change without notice. Tests and benchmarks may import any
// module directly.
export * from './index.ts';
export { errorMessage } from './errors.ts';
export { runDetectors, unavailableSignal, type RunDetectorsOptions } from './detectors/detector.ts';
export { createDetectors, isDetectorName } from './detectors/registry.ts';
export { DEFAULT_THRESHOLD } from './policy/policy.ts';
export { summarise } from './policy/decide.ts';
export { legalBasisFor, jurisdictionName, requireJurisdiction } from './policy/legal-basis.ts';
export * from './audit/index.ts';
export { wilson, roganGladen, roganGladenInterval, validationEstimates, type Proportion, type Estimate, type ValidationEstimate, type LabelledItem } from './stats/index.ts';
export { AUDIT_REPORTERS, mayShowThumbnail, type AuditReportInput } from './report/audit-reporters.ts';
export { pickReporter, type Reporter } from './report/reporter.ts';
export * from './redteam/index.ts';
export { REDTEAM_REPORTERS, type RedteamReportInput } from './report/redteam-reporters.ts';
export { PROMPT_SCREENER } from './screen/prompt-screener.ts';
export { normalize, type NormalizedText } from './screen/normalize.ts';
export * from './hash/index.ts';
export * from './protect/index.ts';
export { createCachedAnalyzer } from './image/cached-analyzer.ts';
export { decodeImage, SUPPORTED_FORMATS, type DecodeLimits, type DecodedImage } from './image/decode-image.ts';
export { nudityFromClasses, exposureScore, LEVEL_RANK, NUDITY_THRESHOLDS } from './image/nudity-level.ts';
export { faceSimilarity, SAME_PERSON_SIMILARITY } from './image/compare-edit.ts';
export { imageSignals, editSignals, detectionFromAnalysis, withoutEmbeddings } from './image/image-detectors.ts';
export { AGE_BAND_MARGIN, ADULT_AGE, ageBandFor } from './image/age-band.ts';
export * from './store/index.ts';
export { unavailableDetector } from './context.ts';
export { createCheckService, type CheckServiceOptions } from './checks/check-service.ts';
export { checkImageInput, ACCEPTED_IMAGE_FORMATS, type ImageLimits, type CheckedImage } from './checks/image-input.ts';
export { createWorkQueue, type WorkQueue } from './checks/work-queue.ts';
export { createImagesProxy } from './proxy/openai-images-proxy.ts';
export * from './notices/index.ts';
export * from './review/index.ts';
export * from './regulatory/index.ts';
export { TRANSPARENCY_REPORTERS, TEMPLATE_SHEETS, templateSheets, type TransparencyReporter, type TemplateSheet } from './report/transparency-reporters.ts';
