export { buildBattery, selectBattery, obfuscate, REDTEAM_CATEGORIES, OBFUSCATIONS, type BatteryItem, type RedteamCategory, type Obfuscation } from './battery.ts';
export { runRedteam, type RedteamOptions, type RedteamOutcome } from './run-redteam.ts';
export { callImageApi, endpointUrl, type ApiResponse } from './image-api-client.ts';
export { summariseRedteam, type RedteamSummary, type RateRow } from './redteam-summary.ts';
export type { RedteamDependencies, RedteamResult, RedteamTarget, RedteamMode, Outcome, RefusalKind, ReturnedImageCheck } from './redteam-types.ts';
