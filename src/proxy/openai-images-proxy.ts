import { InvalidInputError, UpstreamError, errorMessage } from '../errors.ts';
import type { CheckedDecision, CheckScope, CheckService } from '../checks/check-service.ts';

export interface ImagesProxyOptions {
  checks: CheckService;
  /** Base URL of the upstream Images API, e.g. https://api.openai.com/v1 */
  upstreamUrl?: string;
  upstreamKey?: string;
  timeoutMs: number;
  /** Largest upstream response accepted, in bytes. */
  maxResponseBytes: number;
  fetch?: typeof fetch;
}

/** An answer in OpenAI's Images API shape: a success body, or an error body with its status. */
export interface ProxyResult {
  status: number;
  body: Record<string, unknown>;
  decisionIds: string[];
}

export interface EditUpload {
  field: string;
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * The OpenAI-compatible Images proxy: screen the request, forward what is allowed to the upstream
 * with the operator's key, check every returned image, and return only the allowed ones. A refusal
 * is OpenAI's error shape (400, `content_policy_violation`) so existing SDKs surface it.
 */
export function createImagesProxy(options: ImagesProxyOptions) {
  const doFetch = options.fetch ?? fetch;

  async function forward(path: string, body: string | FormData, json: boolean): Promise<{ status: number; payload: Record<string, unknown> }> {
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
      throw new UpstreamError(`The upstream image API could not be reached (${errorMessage(error)}).`);
    }
    const text = await readLimited(response, options.maxResponseBytes);
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      throw new UpstreamError(`The upstream image API answered ${response.status} with a body that is not JSON.`);
    }
    if (!payload || typeof payload !== 'object') throw new UpstreamError('The upstream image API answered with an unexpected body.');
    return { status: response.status, payload: payload as Record<string, unknown> };
  }

  async function imageBytes(item: Record<string, unknown>): Promise<Uint8Array | undefined> {
    if (typeof item.b64_json === 'string') return Buffer.from(item.b64_json, 'base64');
    if (typeof item.url === 'string' && /^https?:\/\//.test(item.url)) {
      try {
        const res = await doFetch(item.url, { signal: AbortSignal.timeout(options.timeoutMs) });
        if (!res.ok) return undefined;
        return Buffer.from(await readLimitedBytes(res, options.maxResponseBytes));
      } catch {
        return undefined;
      }
    }
    return undefined;
  }

  async function screenOutputs(scope: CheckScope, pre: CheckedDecision, upstream: { status: number; payload: Record<string, unknown> }, inputs: Uint8Array[], prompt: string): Promise<ProxyResult> {
    if (upstream.status >= 400) {
      // The upstream's own client errors are passed on as they are; its failures become 502.
      if (upstream.status < 500 && upstream.payload.error) return { status: upstream.status, body: upstream.payload, decisionIds: [pre.id] };
      throw new UpstreamError(`The upstream image API failed with status ${upstream.status}.`, 'upstream_error', { status: upstream.status });
    }
    const data = Array.isArray(upstream.payload.data) ? (upstream.payload.data as Array<Record<string, unknown>>) : [];
    const kept: Array<Record<string, unknown>> = [];
    const outputDecisions: CheckedDecision[] = [];
    for (const item of data) {
      const bytes = (await imageBytes(item)) ?? new Uint8Array(0);
      const decision = await options.checks.checkOutput(scope, { decisionId: pre.id, inputs, outputs: [bytes], prompt, unreadableOutputs: 'block' });
      outputDecisions.push(decision);
      if (decision.verdict === 'allow') kept.push(item);
    }
    const decisionIds = [pre.id, ...outputDecisions.map((d) => d.id)];
    if (kept.length === 0) {
      const refused = outputDecisions.find((d) => d.verdict !== 'allow');
      if (!refused) throw new UpstreamError('The upstream image API returned no images.');
      return refusal(refused, decisionIds, 'The generated image was refused');
    }
    return {
      status: 200,
      body: {
        ...upstream.payload,
        data: kept,
        consentry: { request_decision_id: pre.id, output_decision_ids: outputDecisions.map((d) => d.id), removed: data.length - kept.length },
      },
      decisionIds,
    };
  }

  return {
    async generations(scope: CheckScope, body: Record<string, unknown>): Promise<ProxyResult> {
      const prompt = body.prompt;
      if (typeof prompt !== 'string') throw new InvalidInputError('"prompt" must be a string.');
      const pre = await options.checks.checkPrompt(scope, { prompt, mode: 'generate' });
      if (pre.verdict !== 'allow') return refusal(pre, [pre.id], 'The request was refused');
      const upstream = await forward('/images/generations', JSON.stringify(body), true);
      return screenOutputs(scope, pre, upstream, [], prompt);
    },

    async edits(scope: CheckScope, fields: Record<string, string>, uploads: EditUpload[]): Promise<ProxyResult> {
      const prompt = fields.prompt;
      if (typeof prompt !== 'string') throw new InvalidInputError('"prompt" is required.');
      const images = uploads.filter((u) => u.field === 'image' || u.field === 'image[]');
      if (images.length === 0) throw new InvalidInputError('"image" is required.');
      const pre = await options.checks.checkEdit(scope, { prompt, images: images.map((i) => i.bytes) });
      if (pre.verdict !== 'allow') return refusal(pre, [pre.id], 'The request was refused');
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      for (const u of uploads) form.append(u.field, new Blob([new Uint8Array(u.bytes)], { type: u.contentType }), u.filename);
      const upstream = await forward('/images/edits', form, false);
      return screenOutputs(scope, pre, upstream, images.map((i) => i.bytes), prompt);
    },
  };
}

export type ImagesProxy = ReturnType<typeof createImagesProxy>;

function refusal(decision: CheckedDecision, decisionIds: string[], lead: string): ProxyResult {
  const why = decision.reasons.length > 0 ? decision.reasons.join(' ') : `verdict ${decision.verdict}`;
  return {
    status: 400,
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

async function readLimitedBytes(response: Response, max: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > max) throw new UpstreamError(`The upstream response is larger than ${max} bytes.`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array(0);
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > max) throw new UpstreamError(`The upstream response is larger than ${max} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function readLimited(response: Response, max: number): Promise<string> {
  return Buffer.from(await readLimitedBytes(response, max)).toString('utf8');
}
