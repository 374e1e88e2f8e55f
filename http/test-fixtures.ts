// Shared pieces of the gateway tests: fake detectors driven by data, test images, a stand-in upstream.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { after, before, test, type TestContext } from 'node:test';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import {
  createApiKey,
  createContext,
  readConfig,
  type Category,
  type ConsentryConfig,
  type ConsentryContext,
  type ContextOverrides,
  type Database,
  type Detector,
  type Signal,
} from '../src/internal.ts';
import { pgliteStorage, postgresStorage, type TestStorage } from '../src/testing/test-database.ts';
import { buildApp } from './app.ts';

/** A prompt detector for tests: a few words map to categories. The real screener is tested on its own. */
export const fakePromptDetector: Detector = {
  name: 'fake-prompt',
  accepts: ['prompt'],
  detect(subject) {
    if (subject.kind !== 'prompt') return { signals: [] };
    const words: Array<[RegExp, Category]> = [
      [/\bnude\b/i, 'sexual'],
      [/\bundress\b/i, 'undress'],
      [/\bJane Roe\b/, 'real_person'],
      [/\bchild\b/i, 'minor'],
    ];
    const signals: Signal[] = words
      .filter(([re]) => re.test(subject.text))
      .map(([re, category]) => ({ detector: 'fake-prompt', category, score: 0.95, reason: `fake: ${category}`, evidence: [{ kind: 'note', text: String(re) }] }));
    return { signals };
  },
};

/** An image detector whose findings are data: sha256 of the image bytes → categories. */
export function tableImageDetector(table: Map<string, Category[]>): Detector {
  return {
    name: 'table-image',
    accepts: ['image'],
    detect(subject) {
      if (subject.kind !== 'image') return { signals: [] };
      const categories = table.get(sha256(subject.bytes)) ?? [];
      return { signals: categories.map((category) => ({ detector: 'table-image', category, score: 0.9, reason: `table: ${category}`, evidence: [] })) };
    },
  };
}

export const noopEditDetector: Detector = { name: 'noop-edit', accepts: ['edit'], detect: () => ({ signals: [] }) };

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A small solid-colour PNG: benign by construction. */
export function solidPng(r: number, g: number, b: number, size = 64): Promise<Buffer> {
  return sharp({ create: { width: size, height: size, channels: 3, background: { r, g, b } } })
    .png()
    .toBuffer();
}

/** A valid PNG whose header claims 100000x100000 pixels: a decompression bomb by its header. */
export async function bombPng(): Promise<Buffer> {
  const png = Buffer.from(await solidPng(0, 0, 0, 1));
  // IHDR data starts at byte 16 (8 signature + 4 length + 4 type); its CRC covers type + data.
  png.writeUInt32BE(100_000, 16);
  png.writeUInt32BE(100_000, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export interface StandInUpstream {
  url: string;
  requests: Array<{ path: string; authorization?: string; contentType?: string; body: Buffer }>;
  /** What the next responses return: images as b64_json or urls, or a status. */
  respond: { images: Buffer[]; format: 'b64_json' | 'url'; status?: number };
  close(): Promise<void>;
}

/** An OpenAI Images API stand-in returning fixed images. */
export async function startStandInUpstream(images: Buffer[]): Promise<StandInUpstream> {
  const upstream: StandInUpstream = { url: '', requests: [], respond: { images, format: 'b64_json' }, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      const file = /^\/files\/(\d+)\.png$/.exec(path);
      if (file) {
        res.writeHead(200, { 'content-type': 'image/png' }).end(upstream.respond.images[Number(file[1])]);
        return;
      }
      upstream.requests.push({ path, authorization: req.headers.authorization, contentType: req.headers['content-type'], body: Buffer.concat(chunks) });
      if (upstream.respond.status && upstream.respond.status >= 400) {
        res.writeHead(upstream.respond.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'upstream says no', type: 'server_error', code: null, param: null } }));
        return;
      }
      const data = upstream.respond.images.map((img, i) => (upstream.respond.format === 'url' ? { url: `${upstream.url}/files/${i}.png` } : { b64_json: img.toString('base64') }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ created: 1_700_000_000, data }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  upstream.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  upstream.close = () => new Promise((resolve) => server.close(() => resolve()));
  return upstream;
}

/** A gateway on a fresh database with three keys: an admin of tenant `acme`, an admin of `globex`, a check key of `acme`. */
export interface FreshGateway {
  readonly storage: TestStorage;
  readonly db: Database;
  readonly context: ConsentryContext;
  readonly app: FastifyInstance;
  readonly admin: string;
  readonly otherAdmin: string;
  readonly check: string;
  /** A test that skips (saying why) when the store is PostgreSQL and the server is unreachable. */
  it(name: string, fn: (t: TestContext) => Promise<void>): void;
}

export interface FreshGatewayOptions {
  /** Environment read by `readConfig` (e.g. a biometric key). */
  env?: Record<string, string>;
  config?: Partial<ConsentryConfig>;
  /** Overrides for `createContext`, made once the database is open; the fake prompt and no-op edit detectors by default. */
  overrides?: (db: Database) => Promise<Partial<ContextOverrides>> | Partial<ContextOverrides>;
  /** Runs after the keys are made, before the first test. */
  seed?: (gateway: FreshGateway) => Promise<void>;
}

/**
 * Registers, inside the current `describe`, the set-up and tear-down of a gateway on a fresh `kind`
 * database (PGlite in a temp folder, or a new database on the test PostgreSQL server) and returns it;
 * its fields are filled before the first test runs.
 */
export function freshGateway(kind: 'pglite' | 'postgres', options: FreshGatewayOptions = {}): FreshGateway {
  let storage: TestStorage | undefined;
  const state: { -readonly [K in Exclude<keyof FreshGateway, 'it' | 'storage'>]?: FreshGateway[K] } = {};
  const gateway = {
    get storage() {
      return need(storage);
    },
    get db() {
      return need(state.db);
    },
    get context() {
      return need(state.context);
    },
    get app() {
      return need(state.app);
    },
    get admin() {
      return need(state.admin);
    },
    get otherAdmin() {
      return need(state.otherAdmin);
    },
    get check() {
      return need(state.check);
    },
    it(name: string, fn: (t: TestContext) => Promise<void>) {
      test(name, async (t) => {
        if (!storage) return t.skip('PostgreSQL at 127.0.0.1:5432 is unreachable');
        await fn(t);
      });
    },
  } satisfies FreshGateway;
  before(async () => {
    storage = kind === 'pglite' ? pgliteStorage() : await postgresStorage();
    if (!storage) return;
    const db = await storage.open();
    state.db = db;
    const overrides = { promptDetectors: [fakePromptDetector], editDetectors: [noopEditDetector], ...(await options.overrides?.(db)) };
    state.context = await createContext(readConfig(options.env ?? {}, { ...storage.options, ...options.config }), { ...overrides, db });
    state.app = await buildApp(state.context);
    state.admin = (await createApiKey(db, { name: 'acme admin', tenantId: 'acme', scope: 'admin', rateLimitPerMinute: 10_000 })).key;
    state.otherAdmin = (await createApiKey(db, { name: 'globex admin', tenantId: 'globex', scope: 'admin', rateLimitPerMinute: 10_000 })).key;
    state.check = (await createApiKey(db, { name: 'acme app', tenantId: 'acme', rateLimitPerMinute: 10_000 })).key;
    await options.seed?.(gateway);
  });
  after(async () => {
    await state.app?.close();
    await state.context?.close();
    await state.db?.close();
    await storage?.dispose();
  });
  return gateway;
}

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('freshGateway: used before its set-up ran (or the store is unreachable)');
  return value;
}

/** The CLI, as a user runs it. */
export const CONSENTRY_BIN = fileURLToPath(new URL('../bin/consentry.js', import.meta.url));

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** Starts `consentry serve` on a free port with `env` over this process's environment; resolves once it listens. */
export async function startServe(env: Record<string, string>, timeoutMs = 90_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, [CONSENTRY_BIN, 'serve', '--port', '0'], { env: { ...process.env, ...env } });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), timeoutMs);
    child.stdout!.on('data', (c) => {
      output += c;
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (c) => (output += c));
    child.on('exit', () => reject(new Error(`server exited: ${output}`)));
  });
  return { url, child, exited };
}
