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

/** Runs a session whose one input, `crops`, is the NHWC float batch of a TF.js tensor; returns its outputs' values by name. */
export async function runOnCrops(ortModule: Ort, session: OrtSession, crops: tfTypes.Tensor4D): Promise<Record<string, Float32Array>> {
  const pixels = (await crops.data()) as Float32Array;
  const out = await session.run({ crops: new ortModule.Tensor('float32', pixels, crops.shape) });
  return Object.fromEntries(Object.entries(out).map(([name, t]) => [name, t.data as Float32Array]));
}
