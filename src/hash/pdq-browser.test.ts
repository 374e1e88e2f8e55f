// Proves the PDQ core (and the index and list parsing) bundle for the browser with no Node
// builtins, and hash a real photo's pixels there exactly as in Node.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { before, describe, it } from 'node:test';
import { build } from 'esbuild';
import sharp from 'sharp';
import { sharedPath } from '../testing/shared-path.ts';
import { pdqFromPixels } from './pdq.ts';

const here = dirname(fileURLToPath(import.meta.url));
const CHROMIUM = '/usr/bin/chromium';

const entry = `
import { pdqFromPixels } from './pdq.ts';
import { hammingDistance } from './hamming.ts';
import { PdqIndex } from './match-index.ts';
import { parseHashList } from './hash-list.ts';
globalThis.consentryPdq = { pdqFromPixels, hammingDistance, PdqIndex, parseHashList };
`;

interface Pixels {
  data: Uint8Array;
  width: number;
  height: number;
}

/** A real photo (the PDQ test bridge) when shared data is there, else a synthetic test card. */
async function samplePixels(): Promise<Pixels & { source: string }> {
  const photo = sharedPath('data', 'pdq', 'bridge-mods', 'aaa-orig.jpg');
  const input = photo ? sharp(photo) : sharp(Buffer.from(Array.from({ length: 300 * 200 * 3 }, (_, i) => (i * 7 + ((i / 900) | 0) * 13) & 255)), { raw: { width: 300, height: 200, channels: 3 } });
  const { data, info } = await input.rotate().resize(512, 512, { fit: 'inside', withoutEnlargement: true }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height, source: photo ?? 'synthetic test card' };
}

/** Runs inside the page or the bare context: hashes the pixels and exercises the index. */
function inPage(arg: { b64: string; width: number; height: number }) {
  const api = (
    globalThis as unknown as {
      consentryPdq: {
        pdqFromPixels: typeof pdqFromPixels;
        hammingDistance: (a: string, b: string) => number;
        PdqIndex: new () => { add(h: string): number; search(h: string): { position: number; distance: number }[] };
      };
    }
  ).consentryPdq;
  const bin = atob(arg.b64);
  const data = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) data[i] = bin.charCodeAt(i);
  const r = api.pdqFromPixels({ data, width: arg.width, height: arg.height, channels: 3 }, { dihedral: true });
  const index = new api.PdqIndex();
  index.add(r.dihedral![1]!);
  index.add(r.hash);
  return { hash: r.hash, quality: r.quality, dihedral: r.dihedral, found: index.search(r.hash) };
}

describe('PDQ core in a browser bundle', () => {
  let bundle = '';
  let pixels: Pixels & { source: string };
  before(async () => {
    const result = await build({
      stdin: { contents: entry, resolveDir: here, loader: 'ts', sourcefile: 'browser-entry.ts' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0]!.text;
    pixels = await samplePixels();
  });

  it('bundles with no Node builtins', () => {
    assert.doesNotMatch(bundle, /require\(|node:|process\.|Buffer/);
    assert.ok(bundle.length < 100_000, `bundle is ${bundle.length} bytes`);
  });

  it('runs in a bare JavaScript context with no Node globals, matching Node', () => {
    const context: Record<string, unknown> = { atob };
    runInNewContext(bundle, context);
    const b64 = Buffer.from(pixels.data).toString('base64');
    const got = runInNewContext(`(${inPage.toString()})(arg)`, { ...context, arg: { b64, width: pixels.width, height: pixels.height } });
    const node = pdqFromPixels({ ...pixels, channels: 3 }, { dihedral: true });
    assert.equal(got.hash, node.hash);
    assert.equal(got.quality, node.quality);
  });

  it('hashes a real image in headless Chromium exactly as Node does', { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (apt-get install -y chromium)` }, async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><title>pdq</title>');
      await page.addScriptTag({ content: bundle });
      const b64 = Buffer.from(pixels.data).toString('base64');
      const got = await page.evaluate(inPage, { b64, width: pixels.width, height: pixels.height });
      const node = pdqFromPixels({ ...pixels, channels: 3 }, { dihedral: true });
      assert.equal(got.hash, node.hash, `hash of ${pixels.source}`);
      assert.equal(got.quality, node.quality);
      assert.deepEqual(got.dihedral, node.dihedral);
      assert.deepEqual(got.found[0], { position: 1, distance: 0 });
      const ua = await page.evaluate(() => navigator.userAgent);
      assert.match(ua, /Chrome/);
    } finally {
      await browser.close();
    }
  });
});
