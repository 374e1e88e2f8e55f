import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ConsentryError, errorCodeInfo, QueueFullError, RateLimitedError, type ErrorCode } from '../src/internal.ts';
import { newRequestId } from '../src/proxy/openai-images-proxy.ts';

/** Fastify's router errors (its `frameworkErrors`) with a code of their own; their messages are written for clients. */
const FRAMEWORK_CODES: Readonly<Record<string, ErrorCode>> = { FST_ERR_BAD_URL: 'invalid_url', FST_ERR_MAX_PARAM_LENGTH: 'url_too_long' };

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

/** Maps any thrown error to a status (from the error-code registry) and a stable JSON body; internals never reach the client. */
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
    else if (typeof (error as { retryAfterSeconds?: unknown }).retryAfterSeconds === 'number')
      reply.header('retry-after', String((error as unknown as { retryAfterSeconds: number }).retryAfterSeconds));
    // Headers an error carries (the upstream's request id and rate-limit headers, x-should-retry).
    const headers = (error as { headers?: unknown }).headers;
    if (headers && typeof headers === 'object') reply.headers(headers as Record<string, string>);
  } else if (fastifyError.code && Object.hasOwn(FRAMEWORK_CODES, fastifyError.code)) {
    code = FRAMEWORK_CODES[fastifyError.code]!;
    message = fastifyError.code === 'FST_ERR_BAD_URL' ? 'The URL path has invalid percent-encoding and cannot be routed.' : 'A path parameter of the URL is longer than 100 characters.';
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
  const status = errorCodeInfo(code).status;
  void reply.status(status).send(errorBody(code, message, status, details));
}

/**
 * Node's `clientError`: a request that never reached Fastify (a malformed request line or header,
 * headers too large, a request that did not arrive within the request timeout). The socket is
 * past use, so the answer is written on it directly (a minimal HTTP/1.1 response with the
 * gateway's JSON error body and stable code) and the connection is closed.
 */
export function clientErrorHandler(requestTimeoutMs: number) {
  return (error: ConnectionError, socket: Socket): void => {
    if (error.code === 'ECONNRESET' || socket.destroyed) {
      socket.destroy();
      return;
    }
    let code: ErrorCode;
    let message: string;
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      code = 'request_timeout';
      message = `The request did not arrive within ${requestTimeoutMs} ms; the connection is closed.`;
    } else if (error.code === 'HPE_HEADER_OVERFLOW') {
      code = 'headers_too_large';
      message = 'The request line and headers are larger than the gateway accepts; the connection is closed.';
    } else {
      code = 'malformed_request';
      message = `The request is not valid HTTP/1.1${/^HPE_[A-Z_]+$/.test(error.code ?? '') ? ` (${error.code})` : ''}; the connection is closed.`;
    }
    // A response already begun on this socket cannot be followed by another one: then only close.
    const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (socket.writable && !inFlight?.headersSent) {
      const status = errorCodeInfo(code).status;
      const body = JSON.stringify(errorBody(code, message, status));
      socket.write(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nx-request-id: ${newRequestId()}\r\nConnection: close\r\n\r\n${body}`,
      );
    }
    socket.destroy();
  };
}
