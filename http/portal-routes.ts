import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ConsentryContext } from '../src/internal.ts';

const WEB = new URL('../web/', import.meta.url);

/** The files the pages use, by public name: a fixed list, so no request names a path on disk. */
const ASSETS: Readonly<Record<string, string>> = Object.freeze({
  'styles.css': 'text/css; charset=utf-8',
  'i18n.js': 'text/javascript; charset=utf-8',
  'hash-bundle.js': 'text/javascript; charset=utf-8',
  'portal.js': 'text/javascript; charset=utf-8',
  'appeal.js': 'text/javascript; charset=utf-8',
  'console.js': 'text/javascript; charset=utf-8',
});
export const PAGES = ['portal', 'appeal', 'console'] as const;

// Same-origin only: the pages send hashes to this gateway and to nowhere else.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; media-src blob:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Security headers of every page and asset. */
export function pageHeaders(reply: FastifyReply, type: string): FastifyReply {
  return reply
    .header('content-type', type)
    .header('content-security-policy', CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store');
}

const cache = new Map<string, Buffer>();
function read(name: string): Buffer {
  let bytes = cache.get(name);
  if (!bytes) cache.set(name, (bytes = readFileSync(new URL(name, WEB))));
  return bytes;
}

/** The pages (portal, appeal, console) and their assets, public: the portal needs no login. */
export function registerPortalRoutes(app: FastifyInstance, _context: ConsentryContext): void {
  for (const page of PAGES) {
    app.get(`/${page}`, { config: { public: true }, schema: { hide: true } }, async (_request, reply) => pageHeaders(reply, 'text/html; charset=utf-8').send(read(`${page}.html`)));
  }
  app.get<{ Params: { name: string } }>('/assets/:name', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    const type = ASSETS[request.params.name];
    if (!type) return reply.callNotFound();
    return pageHeaders(reply, type).send(read(request.params.name));
  });
}
