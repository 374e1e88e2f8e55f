import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { lookup as dnsLookup } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { ConfigError, ConsentryError } from '../errors.ts';
import type { ErrorCode } from '../error-codes.ts';

/** Why an image URL returned by the upstream could not be used (never the client's fault). */
export class ImageFetchError extends ConsentryError {
  constructor(message: string, code: ErrorCode = 'upstream_image_unavailable') {
    super(code, message);
  }
}

/** Addresses a URL from the upstream may never make the gateway connect to (unless allow-listed). */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2001:db8::', 32],
  ['100::', 64],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}

/** Whether an IP address is private, loopback, link-local, multicast, reserved or unspecified. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  return PRIVATE.check(address, 'ipv6');
}

/**
 * The origins (scheme, host and port, as `URL.origin` writes them) that `entries` name. An entry
 * with a scheme (`https://cdn.internal:8443`) is that one origin; a bare `host` or `host:port` is
 * that host over http and https, on the port given or else each scheme's default one. A host is
 * never trusted on every port: a URL on another port of the same machine reaches another service.
 */
export function trustedOrigins(entries: readonly string[]): Set<string> {
  const origins = new Set<string>();
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(entry);
    const host = !withScheme && isIP(entry) === 6 ? `[${entry}]` : entry;
    for (const scheme of withScheme ? [''] : ['http://', 'https://']) {
      let url: URL;
      try {
        url = new URL(`${scheme}${host}`);
      } catch {
        throw new ConfigError(`"${entry}" is not a host, host:port or origin (CONSENTRY_IMAGE_URL_ALLOW_HOSTS, upstream URL).`);
      }
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
        throw new ConfigError(`"${entry}" is not a host, host:port or http(s) origin (CONSENTRY_IMAGE_URL_ALLOW_HOSTS, upstream URL).`);
      }
      origins.add(url.origin);
    }
  }
  return origins;
}

export interface SafeFetchOptions {
  /**
   * Origins (`URL.origin`: scheme, host and port) whose URLs may be fetched even when they resolve
   * to a private address: the upstream's own origin and the operator's additions (`trustedOrigins`).
   */
  allowOrigins: ReadonlySet<string>;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects?: number;
}

/**
 * Fetches an image URL that the upstream returned, as an SSRF-safe client: http(s) only; every
 * address the name resolves to is checked at connect time (so DNS rebinding cannot slip a private
 * address in after a check); redirects are followed by hand and each hop is checked again; the
 * body is capped at `maxBytes` and the whole fetch at `timeoutMs`.
 */
export async function fetchImageUrl(url: string, options: SafeFetchOptions): Promise<Buffer> {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  let current = url;
  for (let hop = 0; hop <= (options.maxRedirects ?? 3); hop++) {
    const response = await get(current, options, deadline);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      current = new URL(response.headers.location, current).href;
      continue;
    }
    if (status !== 200) {
      response.resume();
      throw new ImageFetchError(`The image URL returned by the upstream answered ${status}.`);
    }
    return readCapped(response, options.maxBytes);
  }
  throw new ImageFetchError('The image URL returned by the upstream redirected too many times.');
}

function get(url: string, options: SafeFetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ImageFetchError('The upstream returned an image URL that is not a URL.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ImageFetchError(`The upstream returned an image URL with scheme ${parsed.protocol} (only http and https are fetched).`);
  if (parsed.username || parsed.password) throw new ImageFetchError('The upstream returned an image URL with credentials in it.');
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  // The whole origin must match, port included: the upstream's host may run other services on other ports.
  const allowed = options.allowOrigins.has(parsed.origin);
  if (!allowed && isIP(host) && isPrivateAddress(host)) throw privateTarget(host);
  // Checked on the addresses actually connected to, so a name cannot resolve differently later.
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const list = addresses as unknown as Array<{ address: string; family: number }>;
      const blocked = allowed ? undefined : list.find((a) => isPrivateAddress(a.address));
      if (blocked) return callback(privateTarget(`${hostname} (${blocked.address})`), '', 4);
      if ((lookupOptions as { all?: boolean }).all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
  const send = parsed.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(parsed, { method: 'GET', lookup, signal, headers: { accept: 'image/*' } }, resolve);
    req.on('error', (error) => reject(error instanceof ConsentryError ? error : new ImageFetchError(`The image URL returned by the upstream could not be fetched (${error.message}).`)));
    req.end();
  });
}

function privateTarget(what: string): ImageFetchError {
  return new ImageFetchError(`The upstream returned an image URL on a private, loopback or link-local address (${what}); it is not fetched.`, 'upstream_image_url_refused');
}

async function readCapped(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    response.destroy();
    throw new ImageFetchError(`The image returned by the upstream is ${declared} bytes; the limit is ${maxBytes}.`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) {
        response.destroy();
        throw new ImageFetchError(`The image returned by the upstream is larger than the limit of ${maxBytes} bytes.`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof ConsentryError) throw error;
    throw new ImageFetchError(`The image returned by the upstream could not be read (${(error as Error).message}).`);
  }
  return Buffer.concat(chunks);
}
