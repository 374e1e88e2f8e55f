// The embedding's two nets on ONNX Runtime (recognition-net.ts) against face-api's own TF.js calls,
// on real photos: per net on portrait crops, then end to end through the image analysis and the edit
// comparison, where the same-person decisions must not change.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type * as tfTypes from '@tensorflow/tfjs';
import sharp from 'sharp';
import { sharedPath } from '../testing/shared-path.ts';
import type { ImageAnalysis } from './analysis-types.ts';
import { analyzeDecoded, loadImageModels, type ImageModels } from './analyze-image.ts';
import { compareEdit, SAME_PERSON_SIMILARITY } from './compare-edit.ts';
import { decodeImage } from './decode-image.ts';
import { FACE_API_MODEL_DIR, loadFaceApi, loadFaceModel } from './face-model.ts';
import { loadOrt, type Ort } from './onnx-runtime.ts';
import { RECOGNITION_INT8_RANGES } from './int8-ranges.ts';
import { LANDMARK_INPUT, onnxFaceRecognition, onnxLandmarks, RECOGNITION_INPUT, recognitionGraph, type FaceApiLandmarkNet, type FaceApiRecognitionNet } from './recognition-net.ts';
import type { Tf } from './tf-runtime.ts';

const people = sharedPath('data', 'people');
const portraits = sharedPath('data', 'age-gender');
const skip = people && portraits ? false : 'shared photos absent (set CONSENTRY_SHARED)';

const cosine = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return ab / Math.sqrt(aa * bb);
};

interface FaceApiNets {
  faceRecognitionNet: FaceApiRecognitionNet & { loadFromDisk(d: string): Promise<void>; computeFaceDescriptor(x: tfTypes.Tensor3D[]): Promise<Float32Array[]> };
  faceLandmark68Net: FaceApiLandmarkNet & { loadFromDisk(d: string): Promise<void>; detectLandmarks(x: tfTypes.Tensor3D[]): Promise<Array<{ positions: Array<{ x: number; y: number }> }>> };
}

describe('face embedding nets on ONNX Runtime match face-api', { skip }, () => {
  let ort: Ort | undefined;
  let models: ImageModels;
  let tf: Tf;
  before(async () => {
    ort = await loadOrt();
    models = await loadImageModels();
    tf = models.tf;
  });
  after(() => models?.close());

  it("refuses (undefined, so face-api stays in use) a net whose parameters are not face-api's", async (t) => {
    if (!ort) return t.skip('onnxruntime-node is not installed');
    assert.equal(await onnxFaceRecognition(tf, ort, {}), undefined);
    assert.equal(await onnxLandmarks(tf, ort, { faceFeatureExtractor: {} }), undefined);
  });

  it("gives face-api's descriptors and landmarks for a batch of portrait crops", async (t) => {
    if (!ort) return t.skip('onnxruntime-node is not installed');
    const nets = (loadFaceApi() as unknown as { nets: FaceApiNets }).nets;
    await nets.faceRecognitionNet.loadFromDisk(FACE_API_MODEL_DIR());
    await nets.faceLandmark68Net.loadFromDisk(FACE_API_MODEL_DIR());
    const recognition = await onnxFaceRecognition(tf, ort, nets.faceRecognitionNet);
    const landmarks = await onnxLandmarks(tf, ort, nets.faceLandmark68Net);
    assert.ok(recognition, 'face-api recognition parameters not in the expected layout');
    assert.ok(landmarks, 'face-api landmark parameters not in the expected layout');
    const files = readdirSync(portraits!)
      .filter((n) => n.endsWith('.jpg'))
      .sort()
      .slice(0, 8);
    const crops = async (size: number) =>
      Promise.all(
        files.map(async (n) => {
          const { data, info } = await sharp(readFileSync(`${portraits}/${n}`))
            .resize({ width: size, height: size, fit: 'fill' })
            .removeAlpha()
            .raw()
            .toBuffer({ resolveWithObject: true });
          return tf.tensor3d(Float32Array.from(data), [info.height, info.width, 3]);
        }),
      );
    const faces150 = await crops(RECOGNITION_INPUT);
    const faces112 = await crops(LANDMARK_INPUT);
    const [batch150, batch112] = [tf.stack(faces150) as tfTypes.Tensor4D, tf.stack(faces112) as tfTypes.Tensor4D];
    try {
      const descriptors = await recognition(batch150);
      const expectedDescriptors = await nets.faceRecognitionNet.computeFaceDescriptor(faces150);
      assert.equal(descriptors.length, files.length);
      const lowest = Math.min(...descriptors.map((d, i) => cosine(d, expectedDescriptors[i]!)));
      assert.ok(lowest > 0.9999, `cosine ${lowest} between an ONNX descriptor and face-api's`);
      const points = await landmarks(batch112);
      const expectedPoints = await nets.faceLandmark68Net.detectLandmarks(faces112);
      assert.equal(points.length, files.length);
      const worst = Math.max(...points.flatMap((face, i) => face.map((p, k) => Math.hypot(p.x - expectedPoints[i]!.positions[k]!.x, p.y - expectedPoints[i]!.positions[k]!.y))));
      assert.ok(points.every((face) => face.length === 68));
      assert.ok(worst < 0.05, `a landmark ${worst} px (of ${LANDMARK_INPUT}) from face-api's`);
      t.diagnostic(`${files.length} portraits: lowest descriptor cosine 1 - ${(1 - lowest).toExponential(1)}, farthest landmark ${worst.toExponential(1)} px`);
    } finally {
      tf.dispose([...faces150, ...faces112, batch150, batch112]);
    }
  });

  it('writes the int8 recognition graph deterministically, with descriptors close to fp32 on portrait crops', async (t) => {
    if (!ort) return t.skip('onnxruntime-node is not installed');
    const nets = (loadFaceApi() as unknown as { nets: FaceApiNets }).nets;
    await nets.faceRecognitionNet.loadFromDisk(FACE_API_MODEL_DIR());
    const plan = { mode: 'static', ranges: RECOGNITION_INT8_RANGES } as const;
    assert.deepEqual(recognitionGraph(tf, nets.faceRecognitionNet, plan), recognitionGraph(tf, nets.faceRecognitionNet, plan));
    // Ranges that are not this net's are refused, and the predictor falls back to fp32.
    assert.throws(() => recognitionGraph(tf, nets.faceRecognitionNet, { mode: 'static', ranges: RECOGNITION_INT8_RANGES.slice(1) }), /calibrated ranges/);
    const [fp32, int8] = [await onnxFaceRecognition(tf, ort, nets.faceRecognitionNet), await onnxFaceRecognition(tf, ort, nets.faceRecognitionNet, { int8: true })];
    assert.ok(fp32 && int8);
    const files = readdirSync(portraits!)
      .filter((n) => n.endsWith('.jpg'))
      .sort()
      .slice(0, 8);
    const faces = await Promise.all(
      files.map(async (n) => {
        const { data } = await sharp(readFileSync(`${portraits}/${n}`))
          .resize({ width: RECOGNITION_INPUT, height: RECOGNITION_INPUT, fit: 'fill' })
          .removeAlpha()
          .raw()
          .toBuffer({ resolveWithObject: true });
        return Float32Array.from(data);
      }),
    );
    const batch = tf.tensor4d(Float32Array.from(faces.flatMap((f) => Array.from(f))), [files.length, RECOGNITION_INPUT, RECOGNITION_INPUT, 3]);
    try {
      const [a, b] = [await fp32(batch), await int8(batch)];
      const cosines = a.map((d, i) => cosine(d, b[i]!));
      // Close, and not the same graph: int8 rounding moves every descriptor a little.
      assert.ok(Math.min(...cosines) > 0.995, `int8 against fp32: cosines ${cosines.map((c) => c.toFixed(5)).join(' ')}`);
      assert.ok(
        a.some((d, i) => d.some((v, k) => v !== b[i]![k])),
        'the int8 predictor gave fp32 descriptors',
      );
      t.diagnostic(`${files.length} portraits: lowest cosine int8 vs fp32 ${Math.min(...cosines).toFixed(5)}`);
    } finally {
      batch.dispose();
    }
  });

  // With the default options, `models` runs the recognition net's int8 graph (onnx-int8.ts): this
  // also checks that int8 leaves the same-person decisions as face-api's TF.js nets make them.
  it("leaves the embeddings and compare-edit's same-person decisions on the shared photos unchanged", async (t) => {
    if (!ort) return t.skip('onnxruntime-node is not installed');
    assert.deepEqual(await models.faces.embeddingRuntime(), { landmarks: 'onnxruntime', recognition: 'onnxruntime' });
    const wasmFaces = await loadFaceModel(tf, { embeddingRuntime: 'tfjs' });
    assert.deepEqual(await wasmFaces.embeddingRuntime(), { landmarks: 'tfjs', recognition: 'tfjs' });
    const wasm: ImageModels = { ...models, faces: wasmFaces };
    const names = readdirSync(people!)
      .filter((n) => /\.(jpe?g|png)$/i.test(n))
      .sort();
    const onnxRuns: ImageAnalysis[] = [];
    const wasmRuns: ImageAnalysis[] = [];
    let faces = 0;
    let lowest = 1;
    for (const name of names) {
      const decoded = await decodeImage(readFileSync(`${people}/${name}`), { maxBytes: 5e7, maxPixels: 1e8 });
      const [a, b] = [await analyzeDecoded(models, decoded, { embeddings: true }), await analyzeDecoded(wasm, decoded, { embeddings: true })];
      assert.equal(a.faces.length, b.faces.length, name);
      a.faces.forEach((f, i) => {
        // A face whose landmarks fail the fit check has no embedding on either runtime.
        assert.equal(f.embedding === undefined, b.faces[i]!.embedding === undefined, `${name} face ${i}: embedding on one runtime only`);
        if (!f.embedding) return;
        const s = cosine(f.embedding, b.faces[i]!.embedding!);
        lowest = Math.min(lowest, s);
        assert.ok(s > 0.999, `${name} face ${i}: cosine ${s}`);
      });
      faces += a.faces.length;
      onnxRuns.push(a);
      wasmRuns.push(b);
    }
    assert.ok(faces >= 30, `only ${faces} faces found in the shared photos`);
    // Every ordered pair of photos as an edit: the same people matched, with the same similarities.
    let matched = 0;
    for (let i = 0; i < names.length; i++) {
      for (let j = 0; j < names.length; j++) {
        const [a, b] = [compareEdit(onnxRuns[i]!, onnxRuns[j]!), compareEdit(wasmRuns[i]!, wasmRuns[j]!)];
        const pairs = (c: typeof a) => c.people.map((p) => `${p.beforeFace}->${p.afterFace}`);
        assert.deepEqual(pairs(a), pairs(b), `${names[i]} -> ${names[j]}`);
        assert.deepEqual([a.unmatchedBefore, a.unmatchedAfter, a.undressingEdit], [b.unmatchedBefore, b.unmatchedAfter, b.undressingEdit]);
        a.people.forEach((p, k) => assert.ok(Math.abs(p.similarity - b.people[k]!.similarity) < 2e-3));
        if (i !== j) matched += a.people.length;
      }
    }
    // The photos hold the same person more than once (Obama): the comparison is not vacuous.
    assert.ok(matched > 0, 'no person matched across any two photos');
    t.diagnostic(`${faces} faces, lowest cosine ONNX vs TF.js 1 - ${(1 - lowest).toExponential(1)}, ${matched} cross-photo matches; threshold ${SAME_PERSON_SIMILARITY}`);
  });
});
