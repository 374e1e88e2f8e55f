import { DEFAULT_DETECTORS, DETECTORS, isDetectorName } from './detectors/registry.ts';
import { ConfigError } from './errors.ts';
import { isKnownJurisdiction } from './policy/legal-basis.ts';

/** Everything Consentry reads from the environment, checked once. Library users build it directly. */
export interface ConsentryConfig {
  /** PostgreSQL URL; when absent the embedded PGlite in `dataDir` is used. */
  databaseUrl?: string;
  /** Folder of the embedded database and other local state. */
  dataDir: string;
  /** Built-in policy name or path to a policy JSON file. */
  policy: string;
  jurisdiction: string;
  /** Model worker threads; defaults to the number of cores. */
  workers: number;
  /** Time limit of each detector on an image, edit or output check, in ms (fail closed past it). */
  checkTimeoutMs: number;
  /**
   * The same for prompt checks, which are expected in milliseconds: the built-in screener takes well
   * under one; a slow plugged-in detector should not hold a prompt for as long as an image.
   */
  promptCheckTimeoutMs: number;
  /** The gateway's time to receive a whole request, headers and body (ms; default 60 s): a client sending slowly is cut off with 408. */
  requestTimeoutMs?: number;
  /** The gateway closes a connection idle this long (ms; default 120 s). */
  connectionTimeoutMs?: number;
  /** Largest accepted image, in bytes and in pixels (decompression bombs). */
  maxImageBytes: number;
  maxImagePixels: number;
  /** Upstream image API for the gateway's OpenAI-compatible proxy. */
  upstreamUrl?: string;
  upstreamKey?: string;
  /**
   * Origins whose image URLs the gateway may fetch even when they resolve to a private, loopback or
   * link-local address (the upstream's own origin always may): `https://host:port`, or a bare
   * `host[:port]` for http and https on that port or the default one; never every port of a host.
   * CONSENTRY_IMAGE_URL_ALLOW_HOSTS, comma-separated.
   */
  imageUrlAllowHosts?: string[];
  /** Keep evidence images, encrypted with this key (base64, 32 bytes). Off when absent. */
  evidenceKey?: string;
  /** Detectors that run, by registry name (`src/detectors/registry.ts`), in order. */
  detectors: readonly string[];
  /** Hash lists the `hash-list` detector matches, by name; all lists in the store when absent. */
  hashLists?: readonly string[];
  /** Encrypts protected persons' face embeddings at rest (base64, 32 bytes). Enrolment and matching need it. */
  biometricKey?: string;
  /** Notices: the operator's target for deciding a notice (hours; the DSA's "without undue delay"). */
  noticeTargetHours: number;
  /** Notices: a URL told (POST, JSON) when a notice arrives, is due within the hour, or is overdue. */
  noticeWebhookUrl?: string;
  /** Statements of reasons (docs/regulatory.md): the operator's terms clause and URL, appeal page (`{decisionId}` filled in), out-of-court bodies. */
  termsClause?: string;
  termsUrl?: string;
  appealUrl?: string;
  odsUrl?: string;
  /** The DSA Transparency Database API (sandbox or production) and the platform's token. */
  tdbUrl?: string;
  tdbToken?: string;
  /** Treat refused generations as restrictions with statements of reasons (off: they are logged only). */
  statementsIncludeRefusals: boolean;
}

export const DEFAULT_CONFIG: Readonly<ConsentryConfig> = Object.freeze({
  dataDir: '.consentry',
  policy: 'strict',
  jurisdiction: 'INTL',
  workers: 0,
  checkTimeoutMs: 15_000,
  promptCheckTimeoutMs: 2_000,
  maxImageBytes: 20 * 1024 * 1024,
  maxImagePixels: 40_000_000,
  detectors: DEFAULT_DETECTORS,
  noticeTargetHours: 24,
  statementsIncludeRefusals: false,
});

/** Reads `CONSENTRY_*` and `DATABASE_URL`. The only place that touches `process.env`. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ConsentryConfig> = {}): ConsentryConfig {
  const config: ConsentryConfig = {
    ...DEFAULT_CONFIG,
    ...definedOnly({
      databaseUrl: env.DATABASE_URL || undefined,
      dataDir: env.CONSENTRY_DATA_DIR || undefined,
      policy: env.CONSENTRY_POLICY || undefined,
      jurisdiction: env.CONSENTRY_JURISDICTION?.toUpperCase() || undefined,
      workers: intFrom(env, 'CONSENTRY_WORKERS', 0, 64),
      checkTimeoutMs: intFrom(env, 'CONSENTRY_CHECK_TIMEOUT_MS', 1, 600_000),
      promptCheckTimeoutMs: intFrom(env, 'CONSENTRY_PROMPT_CHECK_TIMEOUT_MS', 1, 600_000),
      requestTimeoutMs: intFrom(env, 'CONSENTRY_REQUEST_TIMEOUT_MS', 1, 3_600_000),
      connectionTimeoutMs: intFrom(env, 'CONSENTRY_CONNECTION_TIMEOUT_MS', 1, 3_600_000),
      maxImageBytes: intFrom(env, 'CONSENTRY_MAX_IMAGE_BYTES', 1, 1 << 30),
      maxImagePixels: intFrom(env, 'CONSENTRY_MAX_IMAGE_PIXELS', 1, 1 << 30),
      upstreamUrl: env.CONSENTRY_UPSTREAM_URL || undefined,
      upstreamKey: env.CONSENTRY_UPSTREAM_KEY || undefined,
      imageUrlAllowHosts: env.CONSENTRY_IMAGE_URL_ALLOW_HOSTS
        ? env.CONSENTRY_IMAGE_URL_ALLOW_HOSTS.split(',')
            .map((h) => h.trim())
            .filter(Boolean)
        : undefined,
      evidenceKey: env.CONSENTRY_EVIDENCE_KEY || undefined,
      detectors: namesFrom(env, 'CONSENTRY_DETECTORS'),
      hashLists: namesFrom(env, 'CONSENTRY_HASH_LISTS'),
      biometricKey: env.CONSENTRY_BIOMETRIC_KEY || undefined,
      noticeTargetHours: intFrom(env, 'CONSENTRY_NOTICE_TARGET_HOURS', 1, 24 * 30),
      noticeWebhookUrl: env.CONSENTRY_NOTICE_WEBHOOK_URL || undefined,
      termsClause: env.CONSENTRY_TERMS_CLAUSE || undefined,
      termsUrl: env.CONSENTRY_TERMS_URL || undefined,
      appealUrl: env.CONSENTRY_APPEAL_URL || undefined,
      odsUrl: env.CONSENTRY_ODS_URL || undefined,
      tdbUrl: env.CONSENTRY_TDB_URL || undefined,
      tdbToken: env.CONSENTRY_TDB_TOKEN || undefined,
      statementsIncludeRefusals: boolFrom(env, 'CONSENTRY_STATEMENTS_INCLUDE_REFUSALS'),
    }),
    ...definedOnly(overrides),
  };
  if (!isKnownJurisdiction(config.jurisdiction)) throw new ConfigError(`CONSENTRY_JURISDICTION: unknown jurisdiction "${config.jurisdiction}".`);
  const unknown = config.detectors.filter((d) => !isDetectorName(d));
  if (unknown.length > 0) throw new ConfigError(`CONSENTRY_DETECTORS: unknown detector(s) ${unknown.join(', ')}. Known: ${Object.keys(DETECTORS).join(', ')}.`);
  if (config.evidenceKey !== undefined && Buffer.from(config.evidenceKey, 'base64').length !== 32) {
    throw new ConfigError('CONSENTRY_EVIDENCE_KEY must be 32 bytes, base64-encoded.');
  }
  if (config.biometricKey !== undefined && Buffer.from(config.biometricKey, 'base64').length !== 32) {
    throw new ConfigError('CONSENTRY_BIOMETRIC_KEY must be 32 bytes, base64-encoded.');
  }
  return config;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}".`);
  return value;
}

function boolFrom(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}".`);
}

/** A comma-separated list of names, trimmed, without empties or repeats. */
function namesFrom(env: NodeJS.ProcessEnv, name: string): string[] | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  return [
    ...new Set(
      raw
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== ''),
    ),
  ];
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
