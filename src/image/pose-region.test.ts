import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyBoxFromPose, type Keypoint } from './pose-region.ts';

const kp = (part: string, x: number, y: number, score = 0.9): Keypoint => ({ part, position: [x, y], score });
// A standing person in a crop that starts at (100, 50): head near (150, 80) in the crop.
const pose = {
  score: 0.8,
  keypoints: [
    kp('nose', 50, 40),
    kp('leftEye', 60, 30),
    kp('rightEye', 40, 30),
    kp('leftShoulder', 90, 120),
    kp('rightShoulder', 10, 120),
    kp('leftHip', 80, 300),
    kp('rightHip', 20, 300),
    kp('leftKnee', 85, 420, 0.1),
  ],
};
const face: [number, number, number, number] = [130, 60, 40, 40];

describe('bodyBoxFromPose', () => {
  it('joins the face and the confident keypoints, widened by a tenth, in image pixels', () => {
    const box = bodyBoxFromPose(pose, [100, 50], face, 1000, 1000)!;
    // x from the right shoulder (110) to the left shoulder (190), y from the face (60) to the hips (350).
    assert.deepEqual(box, [102, 31, 96, 348]);
  });

  it('ignores low-score keypoints (the knee at 0.1)', () => {
    const box = bodyBoxFromPose(pose, [100, 50], face, 1000, 1000)!;
    assert.ok(box[1] + box[3] < 50 + 420);
  });

  it('refuses a pose whose head is not in this face (a neighbour), or with no confident pose', () => {
    assert.equal(bodyBoxFromPose(pose, [400, 50], face, 1000, 1000), undefined);
    assert.equal(bodyBoxFromPose({ ...pose, score: 0.1 }, [100, 50], face, 1000, 1000), undefined);
    assert.equal(bodyBoxFromPose(undefined, [100, 50], face, 1000, 1000), undefined);
    assert.equal(bodyBoxFromPose({ score: 0.8, keypoints: pose.keypoints.filter((k) => k.part === 'nose') }, [100, 50], face, 1000, 1000), undefined);
  });

  it('stays inside the image', () => {
    const [x, y, w, h] = bodyBoxFromPose(pose, [100, 50], face, 180, 300)!;
    assert.ok(x >= 0 && y >= 0 && x + w <= 180 && y + h <= 300);
  });
});
