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
export * from './audit/index.ts';
export { wilson, roganGladen, roganGladenInterval, validationEstimates, type Proportion, type Estimate, type ValidationEstimate, type LabelledItem } from './stats/index.ts';
export { AUDIT_REPORTERS, mayShowThumbnail, type AuditReportInput } from './report/audit-reporters.ts';
export { pickReporter, type Reporter } from './report/reporter.ts';
export * from './redteam/index.ts';
export { REDTEAM_REPORTERS, type RedteamReportInput } from './report/redteam-reporters.ts';
