// nsfwjs on the shared TensorFlow.js instance. Its default model "MobileNetV2" is bundled inside the
// nsfwjs package as JavaScript modules, so loading it reads node_modules and never the network.
import type * as tfTypes from '@tensorflow/tfjs';
import type { NsfwClasses } from './analysis-types.ts';
import { compileLayersModel, UnsupportedLayerError, type Forward } from './fold-layers.ts';
import { foldedToOnnx } from './onnx-export.ts';
import { createSession, loadOrt, type Ort, type OrtSession } from './onnx-runtime.ts';
import type { Tf } from './tf-runtime.ts';

export const NSFW_MODEL = 'MobileNetV2';
/** nsfwjs's larger bundled model, asked for a second opinion (analyze-image.ts, rateNudity). */
export const SECOND_OPINION_MODEL = 'InceptionV3';
const CLASS_NAMES = ['Drawing', 'Hentai', 'Neutral', 'Porn', 'Sexy'] as const;

export interface NudityModel {
  readonly name: string;
  /** The underlying nsfwjs instance, for the model comparison in bench/. */
  readonly raw: unknown;
  /** Whether the folded forward pass (fold-layers.ts) is in use rather than tfjs-layers' predict. */
  readonly folded: boolean;
  /** Which engine runs the network: ONNX Runtime on the folded graph, or TF.js WASM. */
  readonly runtime: 'onnxruntime' | 'tfjs';
  /** Classifies an RGB image tensor [h, w, 3] with values 0..255. */
  classify(image: tfTypes.Tensor3D): Promise<NsfwClasses>;
  dispose(): void;
}

export interface NudityModelOptions {
  /** 'auto' (default): ONNX Runtime when onnxruntime-node is installed, else TF.js. */
  runtime?: 'auto' | 'tfjs';
}

export async function loadNudityModel(tf: Tf, modelName: string = NSFW_MODEL, options: NudityModelOptions = {}): Promise<NudityModel> {
  const size = NSFW_INPUT_SIZES[modelName] ?? INPUT_SIZE;
  const nsfwjs = await import('nsfwjs');
  // nsfwjs logs an advert for hosting one's own model on every load.
  const info = console.info;
  console.info = () => {};
  let model: Awaited<ReturnType<typeof nsfwjs.load>>;
  try {
    model = await nsfwjs.load(modelName, { size: size });
  } finally {
    console.info = info;
  }
  // Batch normalisations folded into the convolutions (same maths, about half the time); any layer
  // the compiler does not know keeps tfjs-layers' own predict.
  let forward: Forward = (x) => model.model.predict(x) as tfTypes.Tensor;
  let folded: tfTypes.Tensor[] = [];
  let session: { ort: Ort; session: OrtSession; input: string } | undefined;
  try {
    const compiled = compileLayersModel(tf, model.model as unknown as Parameters<typeof compileLayersModel>[1]);
    forward = compiled.forward;
    folded = compiled.weights;
    // The same folded graph on ONNX Runtime's native kernels (4-5x faster than WASM here); any
    // failure to export or to start a session keeps TF.js.
    const ort = options.runtime === 'tfjs' ? undefined : await loadOrt();
    if (ort) {
      try {
        const onnx = foldedToOnnx(tf, compiled.steps, compiled.input, compiled.output, ['N', size, size, 3], ['N', CLASS_NAMES.length]);
        session = { ort, session: await createSession(ort, onnx), input: compiled.input };
      } catch {
        session = undefined;
      }
    }
  } catch (error) {
    if (!(error instanceof UnsupportedLayerError)) throw error;
  }
  const toClasses = (values: ArrayLike<number>) => {
    const classes = {} as NsfwClasses;
    CLASS_NAMES.forEach((name, i) => (classes[name] = round(values[i] ?? 0)));
    return classes;
  };
  return {
    name: `nsfwjs/${modelName}`,
    raw: model,
    folded: folded.length > 0,
    runtime: session ? 'onnxruntime' : 'tfjs',
    async classify(image) {
      if (session) {
        const x = prepare(tf, image, true, size);
        let pixels: Float32Array;
        try {
          pixels = (await x.data()) as Float32Array;
        } finally {
          tf.dispose(x);
        }
        const { ort, input } = session;
        const out = await session.session.run({ [input]: new ort.Tensor('float32', pixels, [1, size, size, 3]) });
        return toClasses(out[session.session.outputNames[0]!]!.data as Float32Array);
      }
      const probs = tf.tidy(() => forward(prepare(tf, image, true, size)));
      try {
        return toClasses(await probs.data());
      } finally {
        tf.dispose(probs);
      }
    },
    dispose() {
      void session?.session.release();
      tf.dispose(folded);
      model.dispose();
    },
  };
}

/**
 * nsfwjs's own preprocessing is float RGB / 255 and a bilinear resize to 224 x 224. A plain bilinear
 * resize from a megapixel photo samples a few pixels and aliases (a White House photo came out
 * "Drawing" 0.95); averaging blocks first approximates the antialiased resize the model was trained on.
 */
export function prepare(tf: Tf, image: tfTypes.Tensor3D, antialias = true, size = INPUT_SIZE): tfTypes.Tensor4D {
  return tf.tidy(() => {
    // toFloat on a float32 tensor is a full copy on the WASM backend (~4 ms a megapixel): skipped.
    let x = (image.dtype === 'float32' ? image : image.toFloat()).expandDims(0) as tfTypes.Tensor4D;
    const [, h, w] = x.shape;
    const k = Math.floor(Math.min(h, w) / size);
    if (antialias && k >= 2) x = tf.avgPool(x, k, k, 'valid');
    x = tf.image.resizeBilinear(x, [size, size], true);
    return x.div(255) as tfTypes.Tensor4D;
  });
}

const INPUT_SIZE = 224;
/** nsfwjs's input side for each bundled model. */
export const NSFW_INPUT_SIZES: Readonly<Record<string, number>> = { MobileNetV2: 224, MobileNetV2Mid: 224, InceptionV3: 299 };

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
