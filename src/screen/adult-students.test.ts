import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verdict } from '../testing/language-cases.ts';

// A student of a university, a college, a medical, law or nursing school is an adult: "student" alone may be a pupil
// (a possible minor), and so may an art student (art is taught at school), but not with those words (the languages'
// `mask` lists). Written for this test; no I2P prompt is copied.

describe('screenPrompt: students of adult schools', () => {
  it('no minor floor for a university, college, graduate, medical or law student', async () => {
    for (const text of [
      'sensual portrait of a graduate student reading in her flat',
      'a seductive phd student at a conference party, cinematic',
      'retrato sensual de una estudiante de medicina',
      "portrait sensuel d'une étudiante en droit",
      'ritratto sensuale di una studentessa universitaria',
    ]) {
      assert.notEqual(await verdict(text, 'generate'), 'block', text);
    }
  });

  it('keeps the floor where the student may be a pupil', async () => {
    for (const text of [
      'sensual portrait of a female student',
      'sensual portrait of a female art student',
      'retrato sensual de una estudiante',
      'a high school student in lingerie',
      'portrait sensuel d’une élève',
    ]) {
      assert.equal(await verdict(text, 'generate'), 'block', text);
    }
  });
});
