/**
 * Every stable error code, with its HTTP status, its CLI exit code and one line of documentation.
 * The HTTP layer and the CLI look codes up here and nowhere else; `error-codes.test.ts` fails when
 * the source throws a code that has no entry. Adding a code is one entry in `ERROR_CODES`.
 */

/**
 * CLI exit codes. 0: done, everything allowed. 1: done, and something was refused, held for review,
 * matched a list or could not be processed (a file, a line). 2: the command line or an input was
 * wrong. 3: a check, the infrastructure or an upstream failed (not the caller's fault).
 */
export const EXIT_CODES = Object.freeze({ ok: 0, refused: 1, usage: 2, unavailable: 3 });
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

export interface ErrorCodeInfo {
  /** HTTP status the gateway answers with. */
  readonly status: number;
  /** Exit code of a CLI command that fails with it. */
  readonly exit: ExitCode;
  readonly doc: string;
}

const { usage, unavailable } = EXIT_CODES;

export const ERROR_CODES = Object.freeze({
  // Bad input: the caller can fix it.
  invalid_input: { status: 400, exit: usage, doc: 'The request or an option is malformed.' },
  invalid_json: { status: 400, exit: usage, doc: 'The body is not valid JSON.' },
  invalid_prompt: { status: 400, exit: usage, doc: 'The prompt is not a non-empty string of well-formed text (no NUL, no lone surrogates).' },
  prompt_too_long: { status: 400, exit: usage, doc: 'The prompt is longer than MAX_PROMPT_LENGTH characters.' },
  invalid_mode: { status: 400, exit: usage, doc: 'The request mode is neither "edit" nor "generate".' },
  invalid_image: { status: 400, exit: usage, doc: 'An image field is missing or is not an image.' },
  image_empty: { status: 400, exit: usage, doc: 'An image has no bytes.' },
  image_corrupt: { status: 400, exit: usage, doc: 'An image is in a supported format but cannot be decoded.' },
  unsupported_image: { status: 415, exit: usage, doc: 'An image is in a format Consentry does not decode.' },
  image_too_large: { status: 413, exit: usage, doc: 'An image is over the byte or pixel limit.' },
  image_too_costly: { status: 422, exit: usage, doc: "Decoding an image overran the check's time budget (a decompression bomb, or a format too slow to decode)." },
  body_too_large: { status: 413, exit: usage, doc: 'The request body is over the size limit.' },
  unsupported_media_type: { status: 415, exit: usage, doc: 'The request content type is not accepted by this route.' },
  unknown_policy: { status: 400, exit: usage, doc: 'No built-in or configured policy has this name.' },
  unknown_jurisdiction: { status: 400, exit: usage, doc: 'The jurisdiction code is not one Consentry knows.' },
  invalid_policy: { status: 400, exit: usage, doc: 'A policy definition is malformed.' },
  floor_violation: { status: 400, exit: usage, doc: 'A policy tries to lower a floor (minors, real people without consent).' },
  invalid_anchor: { status: 400, exit: usage, doc: 'A log anchor is malformed.' },
  invalid_hash_list: { status: 400, exit: usage, doc: 'A hash list, its name, purpose or format is malformed.' },
  unreadable_file: { status: 400, exit: usage, doc: 'A file named on the command line cannot be read.' },
  unreadable_input: { status: 400, exit: usage, doc: 'An input stream cannot be read.' },
  malformed_json: { status: 400, exit: usage, doc: 'A JSON line is not valid JSON.' },
  malformed_line: { status: 400, exit: usage, doc: 'A JSON line is not an object.' },
  missing_prompt: { status: 400, exit: usage, doc: 'A JSON line has no "prompt" string.' },
  fetch_failed: { status: 400, exit: usage, doc: 'An image URL given as input could not be fetched.' },
  usage: { status: 400, exit: usage, doc: 'The command line is wrong (unknown option, missing argument).' },
  invalid_enrolment: { status: 400, exit: usage, doc: 'A protected-person enrolment is malformed: 1-5 photos each showing exactly one face, a name, a known preference.' },
  invalid_consent: { status: 400, exit: usage, doc: 'A consent grant is malformed: known categories, a future end date.' },
  embedding_model_mismatch: { status: 400, exit: usage, doc: 'Face embeddings made by another face model than this version uses; enrol from photos again.' },
  reenrolment_required: {
    status: 409,
    exit: usage,
    doc: 'The enrolled person was enrolled with an older face model and is not recognised until re-enrolled from photos (delete, then enrol again).',
  },
  // Gateway (issue 10): OpenAI Images parameters, request shape, output checks bound to their pre-check.
  unknown_parameter: { status: 400, exit: usage, doc: 'A field the Images proxy does not forward (it forwards only what it screens); `param` names it.' },
  invalid_parameter: { status: 400, exit: usage, doc: 'An Images parameter has the wrong type, or text where an identifier belongs; `param` names it.' },
  too_many_images: { status: 400, exit: usage, doc: 'An edit has more than 16 images or more than one mask.' },
  json_too_deep: { status: 400, exit: usage, doc: 'The JSON body nests deeper than 64 levels.' },
  forbidden_json_key: { status: 400, exit: usage, doc: 'The JSON body is valid but has a "__proto__" key, or a "constructor" key holding "prototype" (prototype pollution); such keys are refused.' },
  inputs_mismatch: { status: 400, exit: usage, doc: 'An output check names inputs or a prompt other than its pre-check saw (by SHA-256).' },
  request_timeout: { status: 408, exit: usage, doc: 'The request did not arrive in time; the connection is closed.' },
  // HTTP itself, refused before any route runs (Fastify's router, Node's parser).
  invalid_url: { status: 400, exit: usage, doc: 'The URL path has invalid percent-encoding (such as %ff) and cannot be routed.' },
  url_too_long: { status: 414, exit: usage, doc: 'A path parameter of the URL (an id) is longer than the gateway accepts (100 characters).' },
  malformed_request: {
    status: 400,
    exit: usage,
    doc: 'The request is not valid HTTP/1.1 (request line, header syntax, Content-Length with Transfer-Encoding, chunking); the connection is closed.',
  },
  headers_too_large: { status: 431, exit: usage, doc: 'The request line and headers are larger than the gateway accepts; the connection is closed.' },
  // Who the caller is.
  unauthorized: { status: 401, exit: usage, doc: 'No or an unknown API key.' },
  forbidden: { status: 403, exit: usage, doc: "The key's scope does not allow this." },
  // Missing things named in the URL or by id.
  not_found: { status: 404, exit: usage, doc: 'The thing asked for does not exist.' },
  route_not_found: { status: 404, exit: usage, doc: 'No route at this method and URL.' },
  decision_not_found: { status: 404, exit: usage, doc: 'No decision with this id for this tenant.' },
  key_not_found: { status: 404, exit: usage, doc: 'No API key with this id.' },
  list_not_found: { status: 404, exit: usage, doc: 'No hash list with this name.' },
  entry_not_found: { status: 404, exit: usage, doc: 'No entry with this id in the hash list.' },
  person_not_found: { status: 404, exit: usage, doc: 'No protected person with this id in this tenant.' },
  consent_not_found: { status: 404, exit: usage, doc: 'No live consent grant with this id in this tenant.' },
  // Load and infrastructure: not the caller's fault.
  rate_limited: { status: 429, exit: unavailable, doc: 'The key made too many requests this minute; retry after Retry-After.' },
  queue_full: { status: 503, exit: unavailable, doc: 'Too many image checks are running; retry after Retry-After.' },
  check_unavailable: { status: 503, exit: unavailable, doc: 'A check could not run (model crash, timeout); the request is refused.' },
  upstream_error: { status: 502, exit: unavailable, doc: 'The upstream image API failed or answered something unusable.' },
  upstream_not_configured: { status: 503, exit: unavailable, doc: 'No upstream image API is configured (CONSENTRY_UPSTREAM_URL).' },
  upstream_auth_failed: { status: 502, exit: unavailable, doc: "The upstream refused the operator's own key (its 401); the client's key is fine." },
  upstream_image_unavailable: { status: 502, exit: unavailable, doc: 'An image URL the upstream returned could not be fetched; nothing is delivered.' },
  upstream_image_url_refused: { status: 502, exit: unavailable, doc: 'An image URL the upstream returned points at a private, loopback or link-local address; it is not fetched.' },
  upstream_image_unreadable: { status: 502, exit: unavailable, doc: 'An image the upstream returned cannot be decoded; it is not delivered.' },
  server_busy: { status: 503, exit: unavailable, doc: 'The gateway is receiving as many request bytes as it admits at once; retry after Retry-After.' },
  not_ready: { status: 503, exit: unavailable, doc: 'The checks are still loading their models (/readyz).' },
  unsupported_graph_op: {
    status: 503,
    exit: unavailable,
    doc: 'A model graph uses an operation the ONNX exporter does not handle; the model runs on its TF.js fallback, and a check that cannot run fails closed.',
  },
  invalid_config: { status: 500, exit: usage, doc: 'The configuration (environment, options) is wrong.' },
  // Regulatory (issue 15): statements of reasons and the Transparency Database.
  statement_not_found: { status: 404, exit: usage, doc: 'No statement of reasons with this puid or decision id.' },
  tdb_not_configured: { status: 503, exit: unavailable, doc: 'No Transparency Database endpoint or token is configured (CONSENTRY_TDB_URL, CONSENTRY_TDB_TOKEN).' },
  tdb_unauthorized: { status: 502, exit: unavailable, doc: 'The Transparency Database refused the configured token.' },
  tdb_unavailable: { status: 502, exit: unavailable, doc: 'The Transparency Database did not accept the statements after the retries; they stay pending.' },
  internal_error: { status: 500, exit: unavailable, doc: 'A bug; details are logged, never sent to the client.' },
  // Notices, the victim portal, the review console and appeals (issue 14).
  invalid_notice: { status: 400, exit: usage, doc: 'A takedown notice lacks a required statement or has a malformed field (named in the message).' },
  invalid_moderation_event: { status: 400, exit: usage, doc: 'A moderation action does not fit its subject, or has no reason.' },
  invalid_reviewer: { status: 400, exit: usage, doc: 'A reviewer name, role or password is not acceptable (passwords: 12 characters or more).' },
  invalid_appeal: { status: 400, exit: usage, doc: 'An appeal has no statement, or a field is too long.' },
  csrf_failed: { status: 403, exit: usage, doc: "A console request lacks the session's CSRF token." },
  notice_not_found: { status: 404, exit: usage, doc: 'No notice with this case number (and secret).' },
  tenant_not_found: { status: 404, exit: usage, doc: 'The service named in a notice does not exist on this gateway.' },
  appeal_not_found: { status: 404, exit: usage, doc: "No appeal with this id in the reviewer's tenant." },
  appeal_link_invalid: { status: 404, exit: usage, doc: 'An appeal link is unknown or has expired.' },
  image_not_available: { status: 404, exit: usage, doc: 'No image may be shown for this decision (evidence keeping off, none kept, or a possible minor).' },
  moderation_conflict: { status: 409, exit: usage, doc: "The subject's status does not allow this action (already decided, withdrawn, an appeal already open)." },
  reviewer_exists: { status: 409, exit: usage, doc: 'A reviewer with this name already exists.' },
  image_seen: { status: 409, exit: usage, doc: 'This session has shown this image already; ask again to see it.' },
  allow_list_refused: {
    status: 409,
    exit: usage,
    doc: 'An allow entry is only for a lone image check with no floor and no sign of a minor, a real or protected person, a known image or a check that could not run.',
  },
  no_image_hashes: { status: 409, exit: usage, doc: "The decision's log entry records no image with a PDQ hash, so nothing can go on a list." },
  release_not_found: { status: 404, exit: usage, doc: 'A release link is unknown, expired, already used, or of another tenant.' },
  release_refused: { status: 403, exit: usage, doc: 'The output of a decision that involved a possible minor or a floor is never released.' },
  notice_rate_limited: { status: 429, exit: unavailable, doc: 'Too many notices from this address this hour; retry after Retry-After.' },
  sign_in_rate_limited: { status: 429, exit: unavailable, doc: 'Too many console sign-ins from this address this hour; retry after Retry-After.' },
  appeal_rate_limited: { status: 429, exit: unavailable, doc: 'Too many appeals from this address this hour; retry after Retry-After.' },
} satisfies Record<string, ErrorCodeInfo>);

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}

/** The entry of a code; an unknown code is treated as an internal error (500, exit 3). */
export function errorCodeInfo(code: string): ErrorCodeInfo {
  return isErrorCode(code) ? ERROR_CODES[code] : ERROR_CODES.internal_error;
}
