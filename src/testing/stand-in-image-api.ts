// A stand-in OpenAI-compatible image API for tests: refuses everything, nothing, or by keyword.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Which prompts to refuse: all, none, those matching a pattern, or those a function says (e.g. a screener). */
export type StandInPolicy = 'refuse-all' | 'refuse-none' | RegExp | ((prompt: string, mode: 'edit' | 'generate') => boolean | Promise<boolean>);

export interface StandInImageApi {
  url: string;
  prompts: string[];
  /** Bytes of the image returned when a request is not refused. */
  close(): Promise<void>;
}

export async function startStandInImageApi(options: { policy: StandInPolicy; image: Uint8Array; failFirst?: number; failStatus?: number; refuseStatus?: number }): Promise<StandInImageApi> {
  const prompts: string[] = [];
  let failures = options.failFirst ?? 0;
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    let prompt = '';
    let hasImage = false;
    try {
      if (/multipart\/form-data/.test(req.headers['content-type'] ?? '')) {
        const form = await new Response(body, { headers: { 'content-type': req.headers['content-type']! } }).formData();
        prompt = String(form.get('prompt') ?? '');
        hasImage = form.get('image') instanceof Blob;
      } else {
        prompt = String((JSON.parse(body.toString('utf8')) as { prompt?: unknown }).prompt ?? '');
      }
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'invalid_request', message: 'bad body' } }));
      return;
    }
    if (req.url?.endsWith('/images/edits') && !hasImage) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'invalid_request', message: 'image missing' } }));
      return;
    }
    prompts.push(prompt);
    if (failures > 0) {
      failures--;
      res.writeHead(options.failStatus ?? 503, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'overloaded' } }));
      return;
    }
    const policy = options.policy;
    const mode = req.url?.endsWith('/images/edits') ? 'edit' : 'generate';
    const refuse = policy === 'refuse-all' ? true : policy === 'refuse-none' ? false : policy instanceof RegExp ? policy.test(prompt) : await policy(prompt, mode);
    if (refuse) {
      res
        .writeHead(options.refuseStatus ?? 400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { code: 'content_policy_violation', message: 'Your request was rejected as a result of our safety system.' } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ created: 0, data: [{ b64_json: Buffer.from(options.image).toString('base64') }] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    prompts,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
