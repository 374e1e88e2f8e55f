import { open } from 'node:fs/promises';
import { InvalidInputError, errorMessage } from '../errors.ts';
import type { AuditItem } from './audit-types.ts';

export interface ReadLimits {
  maxBytes: number;
  timeoutMs: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxBytes: 20 * 1024 * 1024, timeoutMs: 15_000 };

/** The bytes of an audit item, from disk or over HTTP, refusing anything over the size or time limit. */
export async function readItemBytes(item: AuditItem, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<Uint8Array> {
  if (item.file) return readFileLimited(item.file, limits.maxBytes);
  if (item.url) return fetchLimited(item.url, limits);
  throw new InvalidInputError(`Item "${item.id}" has no file or url.`);
}

async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r').catch((error) => {
    throw new InvalidInputError(`Cannot open "${path}": ${errorMessage(error)}`, undefined, 'unreadable_file');
  });
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new InvalidInputError(`"${path}" is ${size} bytes, over the ${maxBytes}-byte limit.`, undefined, 'image_too_large');
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

async function fetchLimited(url: string, { maxBytes, timeoutMs }: ReadLimits): Promise<Uint8Array> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: 'follow' });
    if (!response.ok) throw new InvalidInputError(`GET ${url} answered HTTP ${response.status}.`, { status: response.status }, 'fetch_failed');
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > maxBytes) throw new InvalidInputError(`${url} is ${declared} bytes, over the ${maxBytes}-byte limit.`, undefined, 'image_too_large');
    if (!response.body) return new Uint8Array();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        controller.abort();
        throw new InvalidInputError(`${url} is over the ${maxBytes}-byte limit.`, undefined, 'image_too_large');
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    const reason = controller.signal.aborted ? `timed out after ${timeoutMs} ms` : errorMessage(error);
    throw new InvalidInputError(`GET ${url} failed: ${reason}`, undefined, 'fetch_failed');
  } finally {
    clearTimeout(timer);
  }
}
