// The public library API of Consentry: what the README documents, nothing more. The CLI and the
// HTTP gateway import src/internal.ts, which adds the pieces they share but users do not need.

// Vocabulary, errors and their codes, configuration.
export * from './types.ts';
export {
  ConsentryError,
  InvalidInputError,
  PolicyError,
  ConfigError,
  NotFoundError,
  CheckUnavailableError,
  UnauthorizedError,
  ForbiddenError,
  RateLimitedError,
  QueueFullError,
  UpstreamError,
} from './errors.ts';
export { ERROR_CODES, EXIT_CODES, errorCodeInfo, isErrorCode, type ErrorCode, type ErrorCodeInfo, type ExitCode } from './error-codes.ts';
export { readConfig, DEFAULT_CONFIG, type ConsentryConfig } from './config.ts';

// The pipeline: subjects, detectors, the guard, policies.
export { promptSubject, imageSubject, MAX_PROMPT_LENGTH } from './subjects.ts';
export type { Detector, DetectorOutput } from './detectors/detector.ts';
export { DETECTORS, DEFAULT_DETECTORS, type DetectorEntry, type DetectorName, type DetectorParts } from './detectors/registry.ts';
export { createGuard, type Guard, type GuardOptions, type GuardResult, type GuardScope, type GuardCheckContext } from './guard.ts';
export { definePolicy, FLOORS, type Policy, type PolicyDefinition, type PolicyRule, type RuleCondition } from './policy/policy.ts';
export { STRICT_POLICY, ADULT_POLICY, BUILTIN_POLICIES } from './policy/builtin-policies.ts';
export { resolvePolicy, loadPolicy } from './policy/policy-file.ts';
export { decide, type DecideContext, type VerifiedConsentRecord } from './policy/decide.ts';
export { JURISDICTIONS, isKnownJurisdiction } from './policy/legal-basis.ts';

// Requests (text).
export { screenRequest, type ScreenRequestOptions } from './screen/screen-request.ts';
export { screenPrompt, promptScreenerDetector, warmUpScreener } from './screen/prompt-screener.ts';

// Images and edits.
export type { ImageAnalysis, ImageAnalyzer, AnalyzeOptions, FaceResult, NudityResult, NudityLevel, NsfwClasses } from './image/analysis-types.ts';
export { createImageAnalyzer, type ImageAnalyzerOptions, type PooledImageAnalyzer } from './image/image-analyzer.ts';
export { compareEdit, type EditComparison, type PersonChange, type CompareOptions } from './image/compare-edit.ts';
export { createImageDetector, createEditDetector, IMAGE_DETECTOR, EDIT_DETECTOR } from './image/image-detectors.ts';

// Hashing, matching, hash lists.
export type { ImageHashes } from './hash/hash-types.ts';
export { hashImage, type HashImageOptions } from './hash/image-hash.ts';
export { hammingDistance } from './hash/hamming.ts';
export { DEFAULT_MATCH_THRESHOLD } from './hash/match-index.ts';
export { parseHashList, formatHashList, isListPurpose, LIST_PURPOSES, HASH_LIST_FORMATS, type HashList, type HashListEntry, type HashListFormat, type ListPurpose } from './hash/hash-list.ts';
export { FileHashListStore, MemoryHashListStore, importHashList, readHashListFile, loadHashListMatcher, type HashListStore, type ImportHashListOptions, type ImportResult } from './hash/list-store.ts';
export { HashListMatcher, type HashListMatch, type MatchQuery, type MatchOptions } from './hash/hash-list-matcher.ts';
export { createHashListDetector, type HashListDetectorOptions, type HashListDetails } from './hash/hash-list-detector.ts';

// Protect: hash lists in the database, protected persons, verified consent (docs/protection.md).
export { importHashListToDb, listHashLists, readHashListEntries, removeHashListEntries, deleteHashList, type StoredHashList, type DbImportOptions } from './hash/list-db.ts';
export { enrolPerson, listPersons, deletePerson, embeddingsFromPhotos, PERSON_PREFERENCES, type PersonRecord, type PersonPreference } from './protect/persons.ts';
export { grantConsent, listGrants, revokeGrant, CONSENT_CATEGORIES, type ConsentGrant, type ConsentCategory } from './protect/consent.ts';
export type { Protection } from './protect/protection.ts';

// The composition root: the gateway's parts, wired from config.
export { createContext, type ConsentryContext, type ScreeningContext, type ContextOverrides } from './context.ts';
export type { CheckService, CheckedDecision, CheckScope, PdqHasher, ConsentVerifier } from './checks/check-service.ts';
export type { ImagesProxy, ProxyResult, EditUpload } from './proxy/openai-images-proxy.ts';

// Proving it: corpus audits and red-teaming.
export { runAudit, writeReports, type AuditOptions, type AuditOutcome } from './audit/run-audit.ts';
export { runDistributedAudit, startAuditWorker, type DistributedOptions, type AuditWorker } from './audit/distributed-audit.ts';
export { loadAuditDependencies } from './audit/default-dependencies.ts';
export { readAuditInputs } from './audit/audit-inputs.ts';
export type { AuditSummary } from './audit/audit-summary.ts';
export type { AuditItem, AuditRecord, AuditDependencies } from './audit/audit-types.ts';
export { runRedteam, type RedteamOptions, type RedteamOutcome } from './redteam/run-redteam.ts';
export { buildBattery, selectBattery, type BatteryItem } from './redteam/battery.ts';
export type { RedteamSummary } from './redteam/redteam-summary.ts';
export type { RedteamDependencies, RedteamTarget } from './redteam/redteam-types.ts';

// Takedown notices, the review console and appeals.
export { createNoticeService, noticeServiceFor, defaultListStore, type Notice, type NoticeInput, type NoticeService, type NoticeServiceOptions, type NoticeStatusView } from './notices/index.ts';
export { computeRegimes, REGIMES, NOTICE_REGIMES, type NoticeRegime, type RegimeResult } from './notices/regimes.ts';
export { reviewServiceFor } from './notices/from-context.ts';
export { createReviewService, createReviewer, REVIEWER_ROLES, type ReviewService, type Reviewer, type ReviewerRole, type ReviewItem } from './review/index.ts';
export {
  recordModerationEvent,
  listModerationEvents,
  deriveStatus,
  type ModerationEvent,
  type NewModerationEvent,
  type ModerationAction,
  type NoticeStatus,
  type ReviewStatus,
} from './review/moderation-events.ts';
// Proving it to regulators: statements of reasons, the Transparency Database, transparency reports, records.
export {
  regulatorySource,
  decisionLogSource,
  combineSources,
  termsFromConfig,
  buildTdbStatement,
  buildUserStatement,
  validateTdbStatement,
  exportStatements,
  submitStatements,
  createTdbClient,
  buildTransparencyReport,
  exportRecords,
  type Restriction,
  type RestrictionSource,
  type NoticeRecord,
  type AppealRecord,
  type OperatorTerms,
  type TdbStatement,
  type UserStatement,
  type TransparencyReport,
  type RecordsExport,
  type RecordsQuery,
} from './regulatory/index.ts';
