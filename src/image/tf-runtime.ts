// One TensorFlow.js instance per thread, on the WASM backend, reading model files from node_modules.
// Human, face-api and nsfwjs all resolve `@tensorflow/tfjs-core` to the same CommonJS module, so
// initialising the backend here initialises it for all three.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { CheckUnavailableError, errorMessage } from '../errors.ts';

export type Tf = typeof tf;
export const require = createRequire(import.meta.url);

let ready: Promise<Tf> | undefined;

/** Folder of an installed package (some packages' `exports` hide package.json). */
export function packageDir(name: string, marker = 'package.json'): string {
  try {
    return path.dirname(require.resolve(`${name}/${marker}`));
  } catch {
    // The entry point sits in dist/; its parent is the package.
    return path.resolve(path.dirname(require.resolve(name)), '..');
  }
}

/** Initialises the WASM backend once (SIMD build when the engine supports it) and the file:// loader. */
export function initTf(backend: 'wasm' | 'cpu' = 'wasm'): Promise<Tf> {
  ready ??= (async () => {
    const wasmDir = path.join(packageDir('@tensorflow/tfjs-backend-wasm'), 'dist') + path.sep;
    setWasmPaths(wasmDir);
    registerFileLoader();
    const before = snapshotListeners();
    try {
      if (!(await tf.setBackend(backend))) throw new Error(`the ${backend} backend did not start`);
      await tf.ready();
    } catch (error) {
      throw new CheckUnavailableError(`TensorFlow.js ${backend} backend failed: ${errorMessage(error)}`);
    } finally {
      // Emscripten's glue rethrows every unhandled rejection as a crash; it is not ours to decide that.
      restoreListeners(before);
    }
    return tf;
  })();
  return ready;
}

type ProcessEvent = 'uncaughtException' | 'unhandledRejection';
const EVENTS: ProcessEvent[] = ['uncaughtException', 'unhandledRejection'];

type Listener = (...args: unknown[]) => void;
const emitter = process as unknown as { listeners(e: string): Listener[]; removeListener(e: string, l: Listener): void };

function snapshotListeners(): Map<ProcessEvent, Set<Listener>> {
  return new Map(EVENTS.map((e) => [e, new Set(emitter.listeners(e))]));
}

function restoreListeners(before: Map<ProcessEvent, Set<Listener>>): void {
  for (const event of EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener);
    }
  }
}

let routerRegistered = false;

/**
 * tfjs in Node has no file:// handler without tfjs-node, and Node's fetch cannot read file://.
 * This router reads a model.json (or a face-api weights manifest) and its shards from disk.
 */
function registerFileLoader(): void {
  if (routerRegistered) return;
  routerRegistered = true;
  // Another copy of this module in the process (a benchmark comparing two checkouts) may have
  // registered one on the same tfjs already; two handlers for one URL make tfjs refuse to load.
  if (tf.io.getLoadHandlers('file:///model.json').length > 0) return;
  const router = (url: string | string[]): tf.io.IOHandler | null => {
    const first = Array.isArray(url) ? url[0] : url;
    if (typeof first !== 'string' || !first.startsWith('file://')) return null;
    return fileModelHandler(first.slice('file://'.length));
  };
  tf.io.registerLoadRouter(router as Parameters<typeof tf.io.registerLoadRouter>[0]);
}

/** An IOHandler for a TensorFlow.js model stored as JSON plus binary shards on disk. */
export function fileModelHandler(file: string): tf.io.IOHandler {
  return {
    async load() {
      const json = JSON.parse(await readFile(file, 'utf8')) as tf.io.WeightsManifestConfig | { modelTopology?: object; format?: string; weightsManifest?: tf.io.WeightsManifestConfig };
      const manifest: tf.io.WeightsManifestConfig = Array.isArray(json) ? json : (json.weightsManifest ?? []);
      const dir = path.dirname(file);
      const shards = await Promise.all(manifest.flatMap((group) => group.paths.map((p) => readFile(path.join(dir, p)))));
      const all = Buffer.concat(shards);
      const weightData = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer;
      const weightSpecs = manifest.flatMap((group) => group.weights);
      return Array.isArray(json) ? { weightSpecs, weightData } : { modelTopology: json.modelTopology, format: json.format, weightSpecs, weightData };
    },
  };
}
