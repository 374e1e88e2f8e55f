import { randomUUID } from 'node:crypto';
import { ConsentryError, InvalidInputError, UpstreamError, errorMessage } from '../errors.ts';
import type { ErrorCode } from '../error-codes.ts';
import type { CheckedDecision, CheckScope, CheckService } from '../checks/check-service.ts';
import { fetchImageUrl, trustedOrigins } from './safe-fetch.ts';
import { IMAGE_PARAMS, validateParams, type ImageEndpoint } from './image-params.ts';

export interface ImagesProxyOptions {
  checks: CheckService;
  /** Base URL of the upstream Images API, e.g. https://api.openai.com/v1 */
  upstreamUrl?: string;
  upstreamKey?: string;
  timeoutMs: number;
  /** Largest upstream JSON response accepted, in bytes. */
  maxResponseBytes: number;
  /** Largest image accepted (a fetched image URL, one streamed image). */
  maxImageBytes: number;
  /** Origins besides the upstream's own whose image URLs may resolve to private addresses: `https://host:port`, or a bare `host[:port]` for http and https (`trustedOrigins`). */
  allowImageHosts?: readonly string[];
  fetch?: typeof fetch;
}

/** An answer in OpenAI's Images API shape: JSON, the upstream's own error body as it came, or a stream of server-sent events. */
export interface ProxyResult {
  status: number;
  headers: Record<string, string>;
  body?: Record<string, unknown>;
  /** The upstream's error body, bytes unchanged. */
  raw?: { bytes: Buffer; contentType: string };
  /** Server-sent events, each already checked. */
  events?: AsyncIterable<string>;
  decisionIds: string[];
}

export interface EditUpload {
  field: string;
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * A failure between the gateway and the upstream, or of a check after the upstream generated: a
 * 5xx with its own code, never a `content_policy_violation`. `retry: false` tells OpenAI's SDKs
 * (`x-should-retry`) not to retry, because a retry would have the upstream generate (and bill) again.
 */
export class GatewayUpstreamError extends ConsentryError {
  readonly headers: Record<string, string>;
  constructor(code: ErrorCode, message: string, options: { retry?: boolean; headers?: Record<string, string>; details?: Record<string, unknown> } = {}) {
    super(code, message, options.details);
    this.headers = { ...(options.headers ?? {}), ...(options.retry === false ? { 'x-should-retry': 'false' } : {}) };
  }
}

/** Upstream headers a client (and OpenAI's SDK retry logic) relies on, passed through as they are. */
const PASSED_HEADERS = /^(x-request-id|retry-after|retry-after-ms|x-ratelimit-[a-z-]+|openai-processing-ms|openai-version)$/i;

function passedHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (PASSED_HEADERS.test(name)) out[name.toLowerCase()] = value;
  });
  return out;
}

interface Upstream {
  status: number;
  headers: Record<string, string>;
  contentType: string;
  response: Response;
}

/** Largest number of input images an edit takes (OpenAI's limit for gpt-image-1), plus one mask. */
export const MAX_EDIT_IMAGES = 16;

/**
 * The OpenAI-compatible Images proxy: screen every field and file of the request, forward what is
 * allowed to the upstream with the operator's key, check every returned image (partial images of
 * a stream included) before it is forwarded, and return only checked bytes. A refusal is OpenAI's
 * error shape (400, `content_policy_violation`; mid-stream, an `error` event) so SDKs surface it;
 * the upstream's own 4xx answers pass through unchanged.
 */
export function createImagesProxy(options: ImagesProxyOptions) {
  const doFetch = options.fetch ?? fetch;
  // Trusted by origin (scheme, host and port), never by host name alone: another port on the
  // upstream's machine is another service, which a URL in the upstream's answer must not reach.
  const allowOrigins = trustedOrigins(options.allowImageHosts ?? []);
  if (options.upstreamUrl) {
    try {
      allowOrigins.add(new URL(options.upstreamUrl).origin);
    } catch {
      // An invalid upstream URL fails at the first forward with its own message.
    }
  }

  async function forward(path: string, body: string | FormData, json: boolean): Promise<Upstream> {
    if (!options.upstreamUrl) throw new UpstreamError('No upstream image API is configured (CONSENTRY_UPSTREAM_URL).', 'upstream_not_configured');
    const url = `${options.upstreamUrl.replace(/\/+$/, '')}${path}`;
    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: { ...(options.upstreamKey ? { authorization: `Bearer ${options.upstreamKey}` } : {}), ...(json ? { 'content-type': 'application/json' } : {}) },
        body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      throw new GatewayUpstreamError('upstream_error', `The upstream image API could not be reached (${errorMessage(error)}).`);
    }
    return { status: response.status, headers: passedHeaders(response.headers), contentType: response.headers.get('content-type') ?? '', response };
  }

  /** Non-2xx upstream answers: 4xx passes through unchanged, except the operator's own key failing. */
  async function upstreamFailure(upstream: Upstream, decisionIds: string[]): Promise<ProxyResult> {
    const bytes = await readLimitedBytes(upstream.response, options.maxResponseBytes).catch(() => Buffer.alloc(0));
    if (upstream.status === 401) {
      throw new GatewayUpstreamError(
        'upstream_auth_failed',
        "The gateway's own credentials for the upstream image API were refused (upstream 401); this is the operator's configuration, not your key.",
        {
          retry: false,
          headers: upstream.headers,
        },
      );
    }
    if (upstream.status >= 400 && upstream.status < 500) {
      return { status: upstream.status, headers: upstream.headers, raw: { bytes, contentType: upstream.contentType || 'application/json' }, decisionIds };
    }
    throw new GatewayUpstreamError('upstream_error', `The upstream image API failed with status ${upstream.status}.`, { headers: upstream.headers, details: { status: upstream.status } });
  }

  async function imageOf(item: Record<string, unknown>): Promise<Buffer> {
    if (typeof item.b64_json === 'string') return Buffer.from(item.b64_json, 'base64');
    if (typeof item.url === 'string') return fetchImageUrl(item.url, { allowOrigins, maxBytes: options.maxImageBytes, timeoutMs: options.timeoutMs });
    throw new GatewayUpstreamError('upstream_error', 'The upstream returned an image entry with neither b64_json nor url.', { retry: false });
  }

  /** Checks one returned image: the decision, or the infrastructure failure that kept it from being checked. */
  async function checkOne(
    scope: CheckScope,
    pre: CheckedDecision,
    item: Record<string, unknown>,
    inputs: Uint8Array[],
    prompt: string | undefined,
  ): Promise<{ bytes?: Buffer; decision?: CheckedDecision; failure?: ConsentryError }> {
    let bytes: Buffer;
    try {
      bytes = await imageOf(item);
    } catch (error) {
      return { failure: error instanceof ConsentryError ? error : new GatewayUpstreamError('upstream_image_unavailable', errorMessage(error)) };
    }
    const decision = await options.checks.checkOutput(scope, { decisionId: pre.id, inputs, outputs: [bytes], prompt, unreadableOutputs: 'block' });
    return { bytes, decision };
  }

  async function screenOutputs(scope: CheckScope, pre: CheckedDecision, upstream: Upstream, inputs: Uint8Array[], prompt: string | undefined): Promise<ProxyResult> {
    let payload: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse((await readLimitedBytes(upstream.response, options.maxResponseBytes)).toString('utf8'));
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      payload = parsed as Record<string, unknown>;
    } catch (error) {
      if (error instanceof ConsentryError) throw new GatewayUpstreamError(error.code, error.message, { retry: false, headers: upstream.headers });
      throw new GatewayUpstreamError('upstream_error', `The upstream image API answered ${upstream.status} with a body that is not a JSON object.`, { retry: false, headers: upstream.headers });
    }
    const data = Array.isArray(payload.data) ? (payload.data as Array<Record<string, unknown>>) : [];
    const results = [];
    for (const item of data) results.push(await checkOne(scope, pre, item, inputs, prompt));
    const decisions = results.flatMap((r) => (r.decision ? [r.decision] : []));
    const decisionIds = [pre.id, ...decisions.map((d) => d.id)];
    const kept: Array<Record<string, unknown>> = [];
    const removedImages: RemovedImage[] = [];
    for (const [i, r] of results.entries()) {
      if (r.decision?.verdict !== 'allow') {
        removedImages.push(removedImage(i, r));
        continue;
      }
      // The client gets the bytes that were checked, never a URL it would fetch unchecked.
      const { url: _url, b64_json: _b64, ...rest } = data[i]!;
      kept.push({ ...rest, b64_json: r.bytes!.toString('base64') });
    }
    if (kept.length === 0) {
      const outcome = classify(results, decisionIds, upstream.headers);
      if (outcome) return outcome;
      throw new GatewayUpstreamError('upstream_error', 'The upstream image API returned no images.', { headers: upstream.headers });
    }
    return {
      status: 200,
      headers: upstream.headers,
      body: {
        ...payload,
        data: kept,
        consentry: { request_decision_id: pre.id, output_decision_ids: decisions.map((d) => d.id), removed: removedImages.length, removed_images: removedImages },
      },
      decisionIds,
    };
  }

  /** Why nothing could be returned: a policy refusal (400), an image that could not be fetched or read (502), or a check that could not run (503). */
  function classify(results: Array<{ decision?: CheckedDecision; failure?: ConsentryError }>, decisionIds: string[], headers: Record<string, string>): ProxyResult | undefined {
    const refused = results.find((r) => r.decision && isPolicyRefusal(r.decision))?.decision;
    if (refused) return refusal(refused, decisionIds, 'The generated image was refused', headers);
    const failure = results.find((r) => r.failure)?.failure;
    if (failure) throw new GatewayUpstreamError(failure.code, failure.message, { retry: false, headers, details: { decision_ids: decisionIds } });
    const unreadable = results.find((r) => r.decision?.signals.some((s) => s.detector === 'image-input' && s.category === 'check_unavailable'))?.decision;
    if (unreadable) {
      throw new GatewayUpstreamError('upstream_image_unreadable', `The image returned by the upstream could not be decoded, so it is not delivered (decision ${unreadable.id}).`, {
        retry: false,
        headers,
        details: { decision_ids: decisionIds },
      });
    }
    const unavailable = results.find((r) => r.decision && r.decision.verdict !== 'allow')?.decision;
    if (unavailable) {
      throw new GatewayUpstreamError('check_unavailable', `The returned image could not be checked (${unavailable.reasons.join(' ')}), so it is not delivered (decision ${unavailable.id}).`, {
        retry: false,
        headers,
        details: { decision_ids: decisionIds },
      });
    }
    return undefined;
  }

  /** Relays the upstream's server-sent events, checking each partial and final image before it is sent. */
  async function* screenStream(scope: CheckScope, pre: CheckedDecision, upstream: Upstream, inputs: Uint8Array[], prompt: string, decisionIds: string[]): AsyncGenerator<string> {
    const body = upstream.response.body;
    if (!body) return;
    const reader = body.getReader();
    try {
      for await (const event of sseEvents(reader, options.maxResponseBytes)) {
        let data: Record<string, unknown>;
        try {
          data = JSON.parse(event.data) as Record<string, unknown>;
        } catch {
          yield errorEvent('upstream_error', 'The upstream image API sent an event that is not JSON; the stream is stopped.', 'server_error');
          return;
        }
        const type = typeof data.type === 'string' ? data.type : (event.event ?? '');
        if (event.event === 'error' || type === 'error' || data.error) {
          yield formatEvent(event.event ?? 'error', event.data);
          return;
        }
        if (!/^image_(generation|edit)\.(partial_image|completed)$/.test(type)) continue; // Nothing unchecked is relayed.
        if (typeof data.b64_json !== 'string') {
          yield errorEvent('upstream_error', `The upstream sent a ${type} event without b64_json; the stream is stopped.`, 'server_error');
          return;
        }
        const result = await checkOne(scope, pre, data, inputs, prompt);
        if (result.decision) decisionIds.push(result.decision.id);
        if (result.decision?.verdict === 'allow') {
          yield formatEvent(type, JSON.stringify(data));
          continue;
        }
        let failure: ProxyResult | undefined;
        try {
          failure = classify([result], [...decisionIds], {});
        } catch (error) {
          const e = error as ConsentryError;
          yield errorEvent(e.code, e.message, 'server_error');
          return;
        }
        const err = (failure?.body?.error ?? {}) as Record<string, unknown>;
        yield formatEvent('error', JSON.stringify({ type: 'error', error: err }));
        return;
      }
    } finally {
      await reader.cancel().catch(() => {});
    }
  }

  async function run(
    endpoint: ImageEndpoint,
    scope: CheckScope,
    pre: CheckedDecision,
    body: string | FormData,
    json: boolean,
    stream: boolean,
    inputs: Uint8Array[],
    prompt: string | undefined,
  ): Promise<ProxyResult> {
    const upstream = await forward(`/images/${endpoint}`, body, json);
    if (upstream.status < 200 || upstream.status >= 300) return upstreamFailure(upstream, [pre.id]);
    if (stream && prompt !== undefined && /text\/event-stream/i.test(upstream.contentType)) {
      const decisionIds = [pre.id];
      return { status: 200, headers: upstream.headers, events: screenStream(scope, pre, upstream, inputs, prompt, decisionIds), decisionIds };
    }
    return screenOutputs(scope, pre, upstream, inputs, prompt);
  }

  return {
    async generations(scope: CheckScope, body: Record<string, unknown>): Promise<ProxyResult> {
      const params = validateParams('generations', body);
      const prompt = params.prompt as string;
      const pre = await options.checks.checkPrompt(scope, { prompt, mode: 'generate' });
      if (pre.verdict !== 'allow') return refusal(pre, [pre.id], 'The request was refused');
      return run('generations', scope, pre, JSON.stringify(body), true, params.stream === true, [], prompt);
    },

    async edits(scope: CheckScope, fields: Record<string, string>, uploads: EditUpload[]): Promise<ProxyResult> {
      const params = validateParams('edits', fields);
      const prompt = params.prompt as string;
      for (const u of uploads) {
        if (u.field !== 'image' && u.field !== 'image[]' && u.field !== 'mask') {
          throw new InvalidInputError(`Unknown file field "${u.field}": an edit takes "image" (or "image[]", up to ${MAX_EDIT_IMAGES}) and one "mask".`, { param: u.field }, 'unknown_parameter');
        }
      }
      const images = uploads.filter((u) => u.field !== 'mask');
      const masks = uploads.filter((u) => u.field === 'mask');
      if (images.length === 0) throw new InvalidInputError('"image" is required.', { param: 'image' }, 'invalid_input');
      if (images.length > MAX_EDIT_IMAGES) throw new InvalidInputError(`An edit takes at most ${MAX_EDIT_IMAGES} images; got ${images.length}.`, { param: 'image' }, 'too_many_images');
      if (masks.length > 1) throw new InvalidInputError('An edit takes one mask.', { param: 'mask' }, 'too_many_images');
      // The mask is an image too: it is checked with the inputs (but is not compared with the output).
      const pre = await options.checks.checkEdit(scope, { prompt, images: images.map((i) => i.bytes), masks: masks.map((m) => m.bytes) });
      if (pre.verdict !== 'allow') return refusal(pre, [pre.id], 'The request was refused');
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      for (const u of uploads) form.append(u.field, new Blob([new Uint8Array(u.bytes)], { type: u.contentType }), u.filename);
      return run(
        'edits',
        scope,
        pre,
        form,
        false,
        params.stream === true,
        images.map((i) => i.bytes),
        prompt,
      );
    },

    /**
     * dall-e-2's variations: one input image and no prompt. The image is checked as an image (the
     * pre-generation decision), and every variation is compared with it like an edit's output.
     */
    async variations(scope: CheckScope, fields: Record<string, string>, uploads: EditUpload[]): Promise<ProxyResult> {
      validateParams('variations', fields);
      for (const u of uploads) {
        if (u.field !== 'image') throw new InvalidInputError(`Unknown file field "${u.field}": a variation takes one "image".`, { param: u.field }, 'unknown_parameter');
      }
      if (uploads.length === 0) throw new InvalidInputError('"image" is required.', { param: 'image' }, 'invalid_input');
      if (uploads.length > 1) throw new InvalidInputError(`A variation takes one image; got ${uploads.length}.`, { param: 'image' }, 'too_many_images');
      const image = uploads[0]!;
      const pre = await options.checks.checkImage(scope, { image: image.bytes });
      if (pre.verdict !== 'allow') return refusal(pre, [pre.id], 'The request was refused');
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append('image', new Blob([new Uint8Array(image.bytes)], { type: image.contentType }), image.filename);
      return run('variations', scope, pre, form, false, false, [image.bytes], undefined);
    },
  };
}

export type ImagesProxy = ReturnType<typeof createImagesProxy>;
export { IMAGE_PARAMS };

/**
 * Why one returned image is missing from a 200 that kept others: a policy refusal (the output
 * check blocked it for a category) or an infrastructure failure (the image could not be fetched or
 * decoded, or its check could not run), each with the code the whole answer would have had.
 */
export interface RemovedImage {
  /** Its index in the upstream's `data`. */
  index: number;
  kind: 'policy_refusal' | 'infrastructure_failure';
  code: ErrorCode | 'content_policy_violation';
  message: string;
  /** The output decision, when the image was checked (a fetch that failed has none). */
  decision_id?: string;
}

function removedImage(index: number, result: { decision?: CheckedDecision; failure?: ConsentryError }): RemovedImage {
  const { decision, failure } = result;
  if (failure || !decision) return { index, kind: 'infrastructure_failure', code: failure?.code ?? 'upstream_error', message: failure?.message ?? 'The image could not be checked.' };
  const why = decision.reasons.join(' ');
  if (isPolicyRefusal(decision)) return { index, kind: 'policy_refusal', code: 'content_policy_violation', message: `Refused by Consentry: ${why}`, decision_id: decision.id };
  const unreadable = decision.signals.some((s) => s.detector === 'image-input' && s.category === 'check_unavailable');
  return unreadable
    ? { index, kind: 'infrastructure_failure', code: 'upstream_image_unreadable', message: 'The image returned by the upstream could not be decoded.', decision_id: decision.id }
    : { index, kind: 'infrastructure_failure', code: 'check_unavailable', message: `The image could not be checked: ${why}`, decision_id: decision.id };
}

/** A refusal only when a real category blocked it; a check that could not run is not the user's fault. */
function isPolicyRefusal(decision: CheckedDecision): boolean {
  return decision.verdict !== 'allow' && decision.categories.some((c) => c.category !== 'check_unavailable');
}

function refusal(decision: CheckedDecision, decisionIds: string[], lead: string, headers: Record<string, string> = {}): ProxyResult {
  const why = decision.reasons.length > 0 ? decision.reasons.join(' ') : `verdict ${decision.verdict}`;
  if (!isPolicyRefusal(decision)) {
    throw new GatewayUpstreamError('check_unavailable', `${lead} because a check could not run (decision ${decision.id}): ${why}`, { headers, details: { decision_id: decision.id } });
  }
  return {
    status: 400,
    headers,
    body: {
      error: {
        message: `${lead} by Consentry (decision ${decision.id}): ${why}`,
        type: 'invalid_request_error',
        code: 'content_policy_violation',
        param: null,
        decision_id: decision.id,
        verdict: decision.verdict,
        reasons: decision.reasons,
        categories: decision.categories.map((c) => c.category),
      },
    },
    decisionIds,
  };
}

function formatEvent(event: string, data: string): string {
  return `event: ${event}\ndata: ${data}\n\n`;
}

function errorEvent(code: ErrorCode, message: string, type: string): string {
  return formatEvent('error', JSON.stringify({ type: 'error', error: { message, type, code, param: null } }));
}

/** Server-sent events from a byte stream (event name and joined data lines), each bounded in size; linear in the bytes. */
async function* sseEvents(reader: ReadableStreamDefaultReader<Uint8Array>, maxEventBytes: number): AsyncGenerator<{ event?: string; data: string }> {
  const decoder = new TextDecoder();
  let buffer = '';
  let scanned = 0;
  let heldCr = false;
  for (;;) {
    const { value, done } = await reader.read();
    let text: string = (heldCr ? '\r' : '') + (value ? decoder.decode(value, { stream: !done }) : done ? decoder.decode() : '');
    // A CR at the end of a chunk may be the first half of a CRLF: keep it for the next chunk.
    heldCr = !done && text.endsWith('\r');
    if (heldCr) text = text.slice(0, -1);
    buffer += text.replace(/\r\n?/g, '\n');
    if (done) buffer += '\n\n';
    let end: number;
    while ((end = buffer.indexOf('\n\n', Math.max(0, scanned - 1))) !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      scanned = 0;
      let event: string | undefined;
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length > 0 && data.join('') !== '[DONE]') yield { event, data: data.join('\n') };
    }
    scanned = buffer.length;
    if (buffer.length > maxEventBytes) throw new GatewayUpstreamError('upstream_error', `An upstream event is larger than ${maxEventBytes} bytes.`, { retry: false });
    if (done) return;
  }
}

async function readLimitedBytes(response: Response, max: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > max) throw new GatewayUpstreamError('upstream_error', `The upstream response is larger than ${max} bytes.`, { retry: false });
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return Buffer.alloc(0);
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > max) throw new GatewayUpstreamError('upstream_error', `The upstream response is larger than ${max} bytes.`, { retry: false });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export const newRequestId = (): string => `req_csy_${randomUUID().replace(/-/g, '')}`;
