import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FaceResult, ImageAnalysis, NsfwClasses } from './analysis-types.ts';
import { faceResult } from './age-band.ts';
import { compareEdit } from './compare-edit.ts';
import { nudityFromClasses } from './nudity-level.ts';
import { analysisOf } from '../testing/analysis-of.ts';

// Detector outputs as data: the comparison is a pure function of two analyses.
const NEUTRAL: NsfwClasses = { Drawing: 0.01, Hentai: 0, Neutral: 0.97, Porn: 0.01, Sexy: 0.01 };
const SEXY: NsfwClasses = { Drawing: 0, Hentai: 0, Neutral: 0.2, Porn: 0.1, Sexy: 0.7 };
const EXPLICIT: NsfwClasses = { Drawing: 0, Hentai: 0.02, Neutral: 0.03, Porn: 0.9, Sexy: 0.05 };

function embedding(seed: number, noise = 0): number[] {
  const v = Array.from({ length: 128 }, (_, i) => Math.sin(seed * 12.9898 + i * 78.233) + noise * Math.cos(i * 3.1 + seed));
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}

function face(seed: number, opts: { noise?: number; region?: NsfwClasses; box?: [number, number, number, number]; age?: number } = {}): FaceResult {
  const f = faceResult(opts.box ?? [100, 100, 80, 80], 0.9, opts.age ?? 35, 'female', 0.9, embedding(seed, opts.noise));
  if (opts.region) f.region = { box: [0, 60, 320, 500], nudity: nudityFromClasses(opts.region) };
  return f;
}

const analysis = (classes: NsfwClasses, faces: FaceResult[]): ImageAnalysis => analysisOf(classes, faces, 640);

describe('compareEdit', () => {
  it('flags a matched person whose nudity level rises', () => {
    const cmp = compareEdit(analysis(NEUTRAL, [face(1)]), analysis(EXPLICIT, [face(1, { noise: 0.05 })]));
    assert.equal(cmp.people.length, 1);
    assert.ok(cmp.people[0]!.similarity > 0.95);
    assert.equal(cmp.people[0]!.before.level, 'none');
    assert.equal(cmp.people[0]!.after.level, 'explicit');
    assert.equal(cmp.people[0]!.levelChange, 3);
    assert.equal(cmp.undressingEdit, true);
    assert.match(cmp.reasons[0]!, /same person/);
  });

  it('flags a rise to suggestive (clothes to swimwear)', () => {
    const cmp = compareEdit(analysis(NEUTRAL, [face(1)]), analysis(SEXY, [face(1)]));
    assert.equal(cmp.undressingEdit, true);
  });

  it('flags swimwear or nudity after a clothed close-up that the second test rated none', () => {
    // The models read the close-up explicit; the body-skin checks rated it none (body-skin.ts), keeping the classes.
    const closeUp = analysis(EXPLICIT, [face(1)]);
    closeUp.nudity = { ...closeUp.nudity, level: 'none', bodySkin: { faceAreas: 0.04, strayShare: 0, cappedFrom: 'explicit', clothedCloseUp: true } };
    for (const after of [SEXY, EXPLICIT]) {
      const cmp = compareEdit(closeUp, analysis(after, [face(1, { noise: 0.05 })]));
      assert.equal(cmp.people[0]!.before.level, 'none');
      assert.equal(cmp.undressingEdit, true, JSON.stringify(after));
    }
  });

  it("uses the person's body region when both images have one", () => {
    // Two people; only the second one's region gets exposed, the whole image stays "none".
    const before = analysis(NEUTRAL, [face(1, { region: NEUTRAL, box: [10, 10, 50, 50] }), face(2, { region: NEUTRAL, box: [300, 10, 50, 50] })]);
    const after = analysis(NEUTRAL, [face(2, { region: EXPLICIT, box: [300, 10, 50, 50] }), face(1, { region: NEUTRAL, box: [10, 10, 50, 50] })]);
    const cmp = compareEdit(before, after);
    assert.equal(cmp.people.length, 2);
    const flagged = cmp.people.filter((p) => p.undressing);
    assert.equal(flagged.length, 1);
    assert.equal(flagged[0]!.beforeFace, 1);
    assert.equal(flagged[0]!.afterFace, 0);
    assert.equal(flagged[0]!.basis, 'region');
  });

  it('attributes an uncovering in a group photo to the person whose pose region changed', () => {
    // Two people, each with a pose region; only the second is uncovered in the output. The image as a
    // whole rises too, but only the second person is undressed.
    const posed = (seed: number, x: number, classes: NsfwClasses, noise = 0) => {
      const f = face(seed, { box: [x + 40, 40, 60, 60], noise });
      f.region = { box: [x, 20, 140, 400], basis: 'pose', nudity: nudityFromClasses(classes) };
      return f;
    };
    const cmp = compareEdit(analysis(NEUTRAL, [posed(1, 0, NEUTRAL), posed(2, 300, NEUTRAL)]), analysis(SEXY, [posed(1, 0, NEUTRAL, 0.05), posed(2, 300, EXPLICIT, 0.05)]));
    assert.deepEqual(
      cmp.people.filter((p) => p.undressing).map((p) => p.beforeFace),
      [1],
    );
    assert.equal(cmp.people.length, 2);
    const uncovered = cmp.people.find((p) => p.undressing)!;
    assert.equal(uncovered.beforeFace, 1);
    assert.equal(uncovered.regionFrom, 'pose');
    assert.match(cmp.reasons[0]!, /region from a pose/);
  });

  it('does not flag an identical analysis or one where exposure falls', () => {
    const a = analysis(NEUTRAL, [face(1)]);
    assert.equal(compareEdit(a, a).undressingEdit, false);
    assert.equal(compareEdit(analysis(EXPLICIT, [face(1)]), analysis(NEUTRAL, [face(1)])).undressingEdit, false);
  });

  it('does not match different people, and reports an unattributed rise', () => {
    const cmp = compareEdit(analysis(NEUTRAL, [face(1)]), analysis(EXPLICIT, [face(7)]));
    assert.equal(cmp.people.length, 0);
    assert.deepEqual(cmp.unmatchedBefore, [0]);
    assert.deepEqual(cmp.unmatchedAfter, [0]);
    assert.equal(cmp.undressingEdit, false);
    assert.equal(cmp.unattributedRise, true);
  });

  it('cannot match faces without embeddings', () => {
    const bare = (f: FaceResult) => ({ ...f, embedding: undefined });
    const cmp = compareEdit(analysis(NEUTRAL, [bare(face(1))]), analysis(EXPLICIT, [bare(face(1))]));
    assert.equal(cmp.people.length, 0);
    assert.equal(cmp.unattributedRise, true);
  });
});
