// onnxruntime-node is optional: when it is installed, the models we can export (onnx-export.ts) run
// on its native CPU kernels; when it is not, or a session cannot be created, TF.js WASM runs them.
import type * as tfTypes from '@tensorflow/tfjs';
import type * as OrtTypes from 'onnxruntime-node';

export type Ort = typeof OrtTypes;
export type OrtSession = OrtTypes.InferenceSession;

let ort: Promise<Ort | undefined> | undefined;

/** The onnxruntime-node module, or undefined when it is not installed or its binary does not load. */
export function loadOrt(): Promise<Ort | undefined> {
  ort ??= import('onnxruntime-node').then(
    (m: unknown) => {
      const mod = m as Partial<Ort> & { default?: Ort };
      return mod.InferenceSession ? (mod as Ort) : mod.default;
    },
    () => undefined,
  );
  return ort;
}

/**
 * A session on one thread: the worker pool already puts one worker on each core, so ONNX Runtime's
 * own thread pool would only oversubscribe them.
 */
export function createSession(ortModule: Ort, model: Uint8Array): Promise<OrtSession> {
  return ortModule.InferenceSession.create(model, { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' });
}

/**
 * The batch sizes the face nets run: a batch of n crops is cut into runs of these, largest first
 * (13 = 8 + 4 + 1). ONNX Runtime keeps, per batch size, a memory pattern and arena blocks for the
 * whole batch, and never gives them back: 150 age/gender crops (50 faces) in one run grew a worker by
 * ~870 MB, in runs of these sizes by ~160 MB. Each crop's output does not depend on the others in its
 * batch, so the outputs are identical; the CPU time measured the same (BENCHMARKS.md, "fixed batch sizes").
 */
export const RUN_SIZES = [16, 8, 4, 2, 1] as const;

/** `fixed: false` runs each batch whole, as before RUN_SIZES: for benches comparing the two in their own thread. */
export const cropRuns = { fixed: true };

/** The runs a batch of n crops is cut into (RUN_SIZES, largest first). */
export function runSizes(n: number): number[] {
  if (!cropRuns.fixed) return n > 0 ? [n] : [];
  const runs: number[] = [];
  for (let left = n; left > 0; ) {
    const size = RUN_SIZES.find((s) => s <= left)!;
    runs.push(size);
    left -= size;
  }
  return runs;
}

/**
 * An NHWC float batch of crops for a net: a TF.js tensor, or values already in memory (crop-resize.ts,
 * face-chip.ts), which ONNX Runtime takes as they are: no tensor in the WASM heap, no read-back.
 */
export type Crops = tfTypes.Tensor4D | CropValues;

export interface CropValues {
  readonly values: Float32Array;
  readonly shape: readonly [number, number, number, number];
}

/** The crops' values (a read-back for a tensor). */
export async function cropValues(crops: Crops): Promise<Float32Array> {
  return 'values' in crops ? crops.values : ((await crops.data()) as Float32Array);
}

/** Runs a session whose one input, `crops`, is an NHWC float batch, in runs of RUN_SIZES; returns its outputs' values by name. */
export async function runOnCrops(ortModule: Ort, session: OrtSession, crops: Crops): Promise<Record<string, Float32Array>> {
  const pixels = await cropValues(crops);
  const [n, ...crop] = crops.shape;
  const perCrop = crop[0] * crop[1] * crop[2];
  const runs = runSizes(n);
  if (runs.length === 1) {
    const out = await session.run({ crops: new ortModule.Tensor('float32', pixels, [...crops.shape]) });
    return Object.fromEntries(Object.entries(out).map(([name, t]) => [name, t.data as Float32Array]));
  }
  const parts: Array<Record<string, Float32Array>> = [];
  let at = 0;
  for (const size of runs) {
    const out = await session.run({ crops: new ortModule.Tensor('float32', pixels.subarray(at * perCrop, (at + size) * perCrop), [size, ...crop]) });
    parts.push(Object.fromEntries(Object.entries(out).map(([name, t]) => [name, t.data as Float32Array])));
    at += size;
  }
  return Object.fromEntries(
    Object.keys(parts[0]!).map((name) => {
      const all = new Float32Array(parts.reduce((s, p) => s + p[name]!.length, 0));
      let offset = 0;
      for (const p of parts) {
        all.set(p[name]!, offset);
        offset += p[name]!.length;
      }
      return [name, all];
    }),
  );
}
