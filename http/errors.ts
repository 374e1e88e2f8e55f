import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ConsentryError, QueueFullError, RateLimitedError } from '../src/index.ts';

/**
 * Stable error codes and their HTTP statuses. An unknown policy or jurisdiction is a 400: it is a
 * bad value in the request body, not a missing resource at the URL; 404 is for URLs and ids.
 */
export const ERROR_STATUS: Readonly<Record<string, number>> = Object.freeze({
  invalid_input: 400,
  invalid_json: 400,
  invalid_image: 400,
  invalid_prompt: 400,
  invalid_mode: 400,
  prompt_too_long: 400,
  unknown_policy: 400,
  unknown_jurisdiction: 400,
  invalid_policy: 400,
  floor_violation: 400,
  invalid_anchor: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  decision_not_found: 404,
  key_not_found: 404,
  route_not_found: 404,
  body_too_large: 413,
  image_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  upstream_error: 502,
  queue_full: 503,
  upstream_not_configured: 503,
  check_unavailable: 503,
  invalid_config: 500,
  // Gateway (issue 10): the upstream's parameters, resources, upstream and output failures.
  unknown_parameter: 400,
  invalid_parameter: 400,
  too_many_images: 400,
  json_too_deep: 400,
  inputs_mismatch: 400,
  request_timeout: 408,
  upstream_auth_failed: 502,
  upstream_image_unavailable: 502,
  upstream_image_url_refused: 502,
  upstream_image_unreadable: 502,
  server_busy: 503,
  not_ready: 503,
});

/** OpenAI's `error.type` for a status, so the same body works for OpenAI SDKs and plain clients. */
function errorType(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'server_error';
  return 'invalid_request_error';
}

export function errorBody(code: string, message: string, status: number, details?: Record<string, unknown>) {
  // OpenAI's `param` names the request field at fault; our errors carry it in their details.
  const param = typeof details?.param === 'string' ? details.param : null;
  return { error: { message, type: errorType(status), code, param, ...(details ? { details } : {}) } };
}

/** Maps any thrown error to a status and a stable JSON body; internals never reach the client. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  let code: string;
  let message: string;
  let details: Record<string, unknown> | undefined;
  const fastifyError = error as FastifyError & { validation?: unknown[] };
  if (error instanceof ConsentryError) {
    code = error.code;
    message = error.message;
    details = error.details;
    if (error instanceof RateLimitedError || error instanceof QueueFullError) reply.header('retry-after', String(error.retryAfterSeconds));
    const headers = (error as { headers?: unknown }).headers;
    if (headers && typeof headers === 'object') reply.headers(headers as Record<string, string>);
  } else if (fastifyError.validation) {
    code = 'invalid_input';
    message = `Invalid request: ${fastifyError.message}`;
  } else if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    // Fastify's and @fastify/multipart's own client errors; their messages are written for clients.
    const s = fastifyError.statusCode;
    const fc = fastifyError.code ?? '';
    if (s === 413 || /TOO_LARGE|LIMIT/.test(fc)) code = 'body_too_large';
    else if (s === 415 || s === 406 || /MEDIA_TYPE|CONTENT_TYPE/.test(fc)) code = 'unsupported_media_type';
    else if (/JSON/.test(fc) || error instanceof SyntaxError) code = 'invalid_json';
    else code = 'invalid_input';
    message = fastifyError.message;
  } else {
    code = 'internal_error';
    message = 'Internal error.';
    request.log.error({ err: error }, 'unhandled error');
    if (!request.log.level || request.log.level === 'silent') process.stderr.write(`consentry: internal error on ${request.method} ${request.url}: ${error.stack ?? error.message}\n`);
  }
  const status = ERROR_STATUS[code] ?? (code === 'internal_error' ? 500 : 400);
  void reply.status(status).send(errorBody(code, message, status, details));
}
