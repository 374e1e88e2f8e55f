// The nets the face evaluations run directly, loaded as the product loads them: TF.js on WASM,
// BlazeFace, and face-api's age/gender and 68-landmark nets exported to ONNX Runtime.
import { onnxAgeGender, type FaceApiAgeGenderNet } from '../src/image/age-gender-net.ts';
import { loadBlazeFace } from '../src/image/blazeface.ts';
import { FACE_API_MODEL_DIR, MAX_FACES, MIN_FACE_SCORE, loadFaceApi } from '../src/image/face-model.ts';
import { loadOrt } from '../src/image/onnx-runtime.ts';
import { onnxLandmarks, type FaceApiLandmarkNet } from '../src/image/recognition-net.ts';
import { initTf } from '../src/image/tf-runtime.ts';

export async function loadFaceEvalNets() {
  const tf = await initTf('wasm');
  const ort = await loadOrt();
  if (!ort) throw new Error('onnxruntime-node is needed for this eval');
  const blaze = await loadBlazeFace(tf, { maxDetected: MAX_FACES, minConfidence: MIN_FACE_SCORE });
  const faceapi = loadFaceApi() as unknown as { nets: Record<string, { loadFromDisk(d: string): Promise<void> }> };
  await faceapi.nets.ageGenderNet!.loadFromDisk(FACE_API_MODEL_DIR());
  await faceapi.nets.faceLandmark68Net!.loadFromDisk(FACE_API_MODEL_DIR());
  const ageGender = (await onnxAgeGender(tf, ort, faceapi.nets.ageGenderNet as unknown as FaceApiAgeGenderNet))!;
  const landmarks = (await onnxLandmarks(tf, ort, faceapi.nets.faceLandmark68Net as unknown as FaceApiLandmarkNet))!;
  return { tf, ort, blaze, ageGender, landmarks };
}
