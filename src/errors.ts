import type { ErrorCode } from './error-codes.ts';

/**
 * Errors with a stable `code` (each one an entry of `ERROR_CODES` in error-codes.ts). Only the HTTP layer maps codes to statuses and only the CLI maps
 * them to exit codes; the core throws these and nothing else on purpose.
 */
export class ConsentryError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

/** The caller sent something we cannot use (bad text, bad image, bad JSON, bad option). */
export class InvalidInputError extends ConsentryError {
  constructor(message: string, details?: Record<string, unknown>, code: ErrorCode = 'invalid_input') {
    super(code, message, details);
  }
}

/** A policy file or definition is malformed or tries to lower a floor. */
export class PolicyError extends ConsentryError {
  constructor(message: string, details?: Record<string, unknown>, code: ErrorCode = 'invalid_policy') {
    super(code, message, details);
  }
}

/** Configuration (environment, options) is wrong. */
export class ConfigError extends ConsentryError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('invalid_config', message, details);
  }
}

/** Something asked for does not exist (policy id, jurisdiction, decision id, list). */
export class NotFoundError extends ConsentryError {
  constructor(message: string, details?: Record<string, unknown>, code: ErrorCode = 'not_found') {
    super(code, message, details);
  }
}

/** A check could not run in time or crashed. Policies turn this into a block. */
export class CheckUnavailableError extends ConsentryError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('check_unavailable', message, details);
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** No or an unknown API key. */
export class UnauthorizedError extends ConsentryError {
  constructor(message = 'A valid API key is required: send "Authorization: Bearer <key>".') {
    super('unauthorized', message);
  }
}

/** The key is valid but its scope does not allow this. */
export class ForbiddenError extends ConsentryError {
  constructor(message: string) {
    super('forbidden', message);
  }
}

/** Too many requests for this key in the current window. */
export class RateLimitedError extends ConsentryError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number, limit: number) {
    super('rate_limited', `Rate limit of ${limit} requests per minute reached; retry in ${retryAfterSeconds} s.`, { limit });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The bounded queue of image checks is full; the caller should retry later. */
export class QueueFullError extends ConsentryError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds = 1) {
    super('queue_full', `Too many image checks in progress; retry in ${retryAfterSeconds} s.`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The upstream image model failed or is not configured. */
export class UpstreamError extends ConsentryError {
  constructor(message: string, code: 'upstream_error' | 'upstream_not_configured' = 'upstream_error', details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
