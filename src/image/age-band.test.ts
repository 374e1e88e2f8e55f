import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADULT_AGE, AGE_BAND_MARGIN, CALIBRATION_PIVOT, calibratedAge, faceResult } from './age-band.ts';

describe('age band', () => {
  it('leaves estimates up to the pivot unchanged, so no possible-minor flag moves', () => {
    assert.ok(CALIBRATION_PIVOT >= ADULT_AGE + AGE_BAND_MARGIN);
    for (let age = 0; age <= CALIBRATION_PIVOT; age += 0.5) assert.equal(calibratedAge(age), age);
    for (let age = 1; age < ADULT_AGE + AGE_BAND_MARGIN; age += 0.5) assert.equal(faceResult([0, 0, 10, 10], 1, age, 'female', 1).possibleMinor, true);
  });

  it('stretches older estimates upward, monotonically', () => {
    let last = calibratedAge(CALIBRATION_PIVOT);
    for (let age = CALIBRATION_PIVOT + 1; age <= 100; age++) {
      const next = calibratedAge(age);
      assert.ok(next > last && next >= age);
      last = next;
    }
  });

  it('treats an unknown age as a possible minor', () => {
    const face = faceResult([0, 0, 10, 10], 1, Number.NaN, 'unknown', 0);
    assert.equal(face.possibleMinor, true);
    assert.deepEqual(face.ageBand, { low: 0, high: 100 });
  });
});
