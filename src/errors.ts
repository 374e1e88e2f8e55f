/**
 * Errors with a stable `code`. Only the HTTP layer maps codes to statuses and only the CLI maps
 * them to exit codes; the core throws these and nothing else on purpose.
 */
export class ConsentryError extends Error {
  readonly code: string;
  readonly details?: Record<string, unknown>;

  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

/** The caller sent something we cannot use (bad text, bad image, bad JSON, bad option). */
export class InvalidInputError extends ConsentryError {
  constructor(message: string, details?: Record<string, unknown>, code = 'invalid_input') {
    super(code, message, details);
  }
}

/** A policy file or definition is malformed or tries to lower a floor. */
export class PolicyError extends ConsentryError {
  constructor(message: string, details?: Record<string, unknown>, code = 'invalid_policy') {
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
  constructor(message: string, details?: Record<string, unknown>, code = 'not_found') {
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
