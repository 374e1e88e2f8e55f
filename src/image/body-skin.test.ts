// Synthetic pictures only (no photographs, no nudity): flat colour regions with pixel noise, a "face"
// box of one skin colour and a "body" of the same colour in shade, or clothed in another colour.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NudityLevel, NudityResult } from './analysis-types.ts';
import { LEVEL_RANK } from './nudity-level.ts';
import { BODY_SKIN_CAP_FACE_AREAS, BODY_SKIN_CAP_STRAY_SHARE, capWithoutBodySkin, clearClothedCloseUp, CLOSE_UP_LIMITS, measureBodySkin, type BodySkinMeasure, type Box } from './body-skin.ts';

import { CASTS, CLOTH, LIGHTS, picture, type Rgb, TONES } from '../testing/skin-pictures.ts';

const explicit: NudityResult = { level: 'explicit', drawn: false, classes: { Drawing: 0, Hentai: 0, Neutral: 0.05, Porn: 0.9, Sexy: 0.05 } };
/** The models' reading of a clothed close-up (BENCHMARKS.md: Porn high, Sexy 0.00-0.03 in both models). */
const closeUpReading: NudityResult = {
  level: 'explicit',
  drawn: false,
  classes: { Drawing: 0, Hentai: 0, Neutral: 0.04, Porn: 0.94, Sexy: 0.02 },
  opinions: [
    { model: 'a', classes: { Drawing: 0, Hentai: 0, Neutral: 0.03, Porn: 0.96, Sexy: 0.01 } },
    { model: 'b', classes: { Drawing: 0, Hentai: 0, Neutral: 0.05, Porn: 0.92, Sexy: 0.03 } },
  ],
};
/** Both stages as analyze-image.ts runs them. */
const judge = (reading: NudityResult, m: BodySkinMeasure) => clearClothedCloseUp(capWithoutBodySkin(reading, m), m);
/** A close-up: the face is a quarter of the 256 x 320 frame (above CLOSE_UP_LIMITS.minFaceShare), so framing alone never decides. */
const CLOSE_FACE: Box = [56, 8, 144, 144];
const partial: NudityResult = { ...explicit, level: 'partial' };

describe('body skin, measured with the face’s own colour', () => {
  it('keeps an explicit reading when a large region of the face’s colour lies below the face, for every tone', () => {
    for (const tone of TONES) {
      for (const light of [0.6, 0.8, 1, 1.15]) {
        const face: Box = [96, 32, 64, 64];
        const img = picture(256, 320, [
          { box: [48, 96, 160, 224], rgb: tone, light },
          { box: face, rgb: tone },
        ]);
        const m = measureBodySkin(img, [{ box: face, score: 0.9 }]);
        assert.ok(m.faceAreas >= BODY_SKIN_CAP_FACE_AREAS, `${tone} at ${light}: ${m.faceAreas}`);
        assert.equal(capWithoutBodySkin(explicit, m).level, 'explicit', `${tone} at ${light}`);
      }
    }
  });

  it('keeps the reading when a face fills the frame and a bare chest is below it, for every tone', () => {
    for (const tone of TONES) {
      const face: Box = [64, 16, 128, 128];
      const img = picture(256, 320, [
        { box: [16, 150, 224, 170], rgb: tone, light: 0.85 },
        { box: face, rgb: tone },
      ]);
      const m = measureBodySkin(img, [{ box: face, score: 0.9 }]);
      assert.ok(m.faceAreas >= BODY_SKIN_CAP_FACE_AREAS, `${tone}: ${JSON.stringify(m)}`);
      assert.equal(capWithoutBodySkin(partial, m).level, 'partial');
    }
  });

  it('counts skin far from every face (a body lying away from its face, a person whose face was not found)', () => {
    for (const tone of TONES) {
      const face: Box = [8, 100, 40, 40];
      const img = picture(400, 240, [
        { box: [170, 90, 230, 70], rgb: tone },
        { box: face, rgb: tone },
      ]);
      const m = measureBodySkin(img, [{ box: face, score: 0.9 }]);
      assert.ok(m.strayShare >= BODY_SKIN_CAP_STRAY_SHARE, `${tone}: ${JSON.stringify(m)}`);
      assert.equal(capWithoutBodySkin(explicit, m).level, 'explicit', `${tone}: ${JSON.stringify(m)}`);
    }
  });

  it('caps a clothed close-up at suggestive, never lower, and records why', () => {
    for (const tone of TONES) {
      const face: Box = [64, 40, 128, 140];
      const img = picture(256, 256, [
        { box: [20, 180, 216, 76], rgb: CLOTH },
        { box: [104, 180, 48, 16], rgb: tone, light: 0.8 },
        { box: face, rgb: tone },
      ]);
      const m = measureBodySkin(img, [{ box: face, score: 0.9 }]);
      assert.ok(m.faceAreas < BODY_SKIN_CAP_FACE_AREAS && m.strayShare < BODY_SKIN_CAP_STRAY_SHARE, `${tone}: ${JSON.stringify(m)}`);
      const capped = capWithoutBodySkin(explicit, m);
      assert.equal(capped.level, 'suggestive');
      assert.equal(capped.bodySkin?.cappedFrom, 'explicit');
      assert.deepEqual(capped.classes, explicit.classes);
    }
  });

  it('does not count a neighbour of another skin tone as this person’s skin, nor the background', () => {
    const face: Box = [64, 40, 128, 140];
    const img = picture(256, 256, [
      { box: [0, 180, 256, 76], rgb: TONES[5]! },
      { box: face, rgb: TONES[0]! },
    ]);
    assert.equal(measureBodySkin(img, [{ box: face, score: 0.9 }]).faceAreas, 0);
  });

  it('applies no cap without a confident face to sample, or to readings below partial', () => {
    const img = picture(128, 128, [{ box: [32, 32, 64, 64], rgb: TONES[2]! }]);
    assert.equal(capWithoutBodySkin(explicit, undefined).level, 'explicit');
    const unconfident = measureBodySkin(img, [{ box: [32, 32, 64, 64], score: 0.3 }]);
    assert.equal(unconfident.sampled, 0);
    assert.equal(capWithoutBodySkin(explicit, unconfident).level, 'explicit');
    const m = measureBodySkin(img, [{ box: [32, 32, 64, 64], score: 0.9 }]);
    for (const level of ['none', 'suggestive'] as const) assert.equal(capWithoutBodySkin({ ...explicit, level }, m).level, level);
  });

  it('keeps the reading of a greyscale picture (no colour to tell skin from anything else)', () => {
    const grey: Rgb = [128, 128, 128];
    const face: Box = [96, 32, 64, 64];
    const img = picture(256, 320, [
      { box: [0, 0, 256, 320], rgb: [90, 90, 90] },
      { box: [48, 160, 160, 160], rgb: [40, 40, 40] },
      { box: face, rgb: grey },
    ]);
    assert.equal(capWithoutBodySkin(explicit, measureBodySkin(img, [{ box: face, score: 0.9 }])).level, 'explicit');
  });

  it('measures the same on a large picture as on its small copy (it works on a downscaled copy)', () => {
    const tone = TONES[3]!;
    const at = (k: number) =>
      measureBodySkin(
        picture(256 * k, 320 * k, [
          { box: [48 * k, 96 * k, 160 * k, 224 * k], rgb: tone },
          { box: [96 * k, 32 * k, 64 * k, 64 * k], rgb: tone },
        ]),
        [{ box: [96 * k, 32 * k, 64 * k, 64 * k], score: 0.9 }],
      );
    const [small, large] = [at(1), at(4)];
    assert.ok(Math.abs(small.faceAreas - large.faceAreas) < 0.3, `${small.faceAreas} vs ${large.faceAreas}`);
  });

  it('never moves a reading below suggestive, nor a reading with enough body skin at all, over the whole range', () => {
    const levels: NudityLevel[] = ['none', 'suggestive', 'partial', 'explicit'];
    for (const level of levels) {
      for (let faceAreas = 0; faceAreas <= 3; faceAreas += 0.05) {
        for (const strayShare of [0, 0.01, 0.049, 0.05, 0.2, 1]) {
          for (const sampled of [0, 1, 3]) {
            const out = capWithoutBodySkin(
              { ...explicit, level },
              { perFace: [faceAreas], faceAreas, strayShare, sampled, closeUp: { faceShare: 0, possibleSkin: 0, anyToneSkin: 0, belowFaceSkinShare: 0, faceChroma: 0 } },
            );
            assert.ok(LEVEL_RANK[out.level] >= Math.min(LEVEL_RANK[level], LEVEL_RANK.suggestive));
            assert.ok(LEVEL_RANK[out.level] <= LEVEL_RANK[level]);
            const enough = faceAreas >= BODY_SKIN_CAP_FACE_AREAS || strayShare >= BODY_SKIN_CAP_STRAY_SHARE || sampled === 0;
            if (enough) assert.equal(out.level, level, `${level} ${faceAreas} ${strayShare} ${sampled}`);
            assert.equal(out.bodySkin?.cappedFrom !== undefined, out.level !== level);
          }
        }
      }
    }
  });
});

describe('a capped close-up rated none only by the stricter second test', () => {
  it('rates a clothed close-up none, for every tone, keeping the models’ classes and why', () => {
    for (const tone of TONES) {
      const img = picture(256, 320, [
        { box: [0, 160, 256, 160], rgb: CLOTH },
        { box: [110, 152, 36, 20], rgb: tone, light: 0.8 },
        { box: CLOSE_FACE, rgb: tone },
      ]);
      const m = measureBodySkin(img, [{ box: CLOSE_FACE, score: 0.9 }]);
      assert.ok(m.closeUp.faceShare >= CLOSE_UP_LIMITS.minFaceShare, JSON.stringify(m.closeUp));
      const out = judge(closeUpReading, m);
      assert.equal(out.level, 'none', `${tone}: ${JSON.stringify(m)}`);
      assert.equal(out.bodySkin?.cappedFrom, 'explicit');
      assert.equal(out.bodySkin?.clothedCloseUp, true);
      assert.deepEqual(out.classes, closeUpReading.classes);
    }
  });

  it('never rates none a bare region of one face area below the face, or a strip of 0.7 beside it, for every tone, light 0.3-3x and colour cast', () => {
    const regions: Array<[string, Box]> = [
      ['below', [40, 176, 176, 118]],
      ['beside', [206, 0, 50, 320]],
    ];
    for (const tone of TONES) {
      for (const light of LIGHTS) {
        for (const cast of CASTS) {
          for (const [where, box] of regions) {
            const img = picture(256, 320, [
              { box: [0, 160, 256, 160], rgb: CLOTH },
              { box, rgb: tone, light, cast },
              { box: CLOSE_FACE, rgb: tone },
            ]);
            const m = measureBodySkin(img, [{ box: CLOSE_FACE, score: 0.9 }]);
            const out = judge(closeUpReading, m);
            assert.notEqual(out.level, 'none', `${where} ${tone} x${light} cast ${cast}: ${JSON.stringify(m)}`);
          }
        }
      }
    }
  });

  it('never rates none bare shoulders in a tight crop, where the whole body in frame is under half a face area', () => {
    // The face low in the frame: 29 rows of body below it, 0.36 face areas, all of it skin (or with a cast, or lit differently).
    const face: Box = [56, 140, 144, 144];
    for (const tone of TONES) {
      for (const light of LIGHTS) {
        for (const cast of CASTS) {
          const img = picture(256, 320, [
            { box: [0, 284, 256, 36], rgb: tone, light, cast },
            { box: face, rgb: tone },
          ]);
          const m = measureBodySkin(img, [{ box: face, score: 0.9 }]);
          assert.ok(m.closeUp.possibleSkin < CLOSE_UP_LIMITS.maxPossibleSkin, `the face areas alone would clear it: ${JSON.stringify(m.closeUp)}`);
          assert.notEqual(judge(closeUpReading, m).level, 'none', `${tone} x${light} cast ${cast}: ${JSON.stringify(m.closeUp)}`);
        }
      }
      const clothed = picture(256, 320, [
        { box: [0, 284, 256, 36], rgb: CLOTH },
        { box: [110, 284, 36, 10], rgb: tone, light: 0.8 },
        { box: face, rgb: tone },
      ]);
      assert.equal(judge(closeUpReading, measureBodySkin(clothed, [{ box: face, score: 0.9 }])).level, 'none', `clothed ${tone}`);
    }
  });

  it('never rates none swimwear: a torso with two bands of cloth, whatever Sexy reads', () => {
    for (const tone of TONES) {
      for (const light of LIGHTS) {
        for (const cast of CASTS) {
          const img = picture(256, 320, [
            { box: [24, 160, 208, 160], rgb: tone, light, cast },
            { box: [40, 200, 176, 26], rgb: CLOTH },
            { box: [56, 290, 144, 30], rgb: CLOTH },
            { box: CLOSE_FACE, rgb: tone },
          ]);
          const m = measureBodySkin(img, [{ box: CLOSE_FACE, score: 0.9 }]);
          for (const Sexy of [0.01, 0.3, 0.8]) {
            const reading = { ...closeUpReading, classes: { ...closeUpReading.classes, Sexy } };
            assert.notEqual(judge(reading, m).level, 'none', `${tone} x${light} cast ${cast} Sexy ${Sexy}: ${JSON.stringify(m)}`);
          }
        }
      }
    }
  });

  it('never rates none the body of a second person of another tone whose face is not found', () => {
    for (const faceTone of TONES) {
      for (const bodyTone of TONES) {
        for (const light of [0.7, 1, 1.5]) {
          const img = picture(256, 320, [
            { box: [0, 160, 256, 160], rgb: CLOTH },
            { box: [16, 180, 224, 120], rgb: bodyTone, light },
            { box: CLOSE_FACE, rgb: faceTone },
          ]);
          const m = measureBodySkin(img, [{ box: CLOSE_FACE, score: 0.9 }]);
          assert.notEqual(judge(closeUpReading, m).level, 'none', `face ${faceTone} body ${bodyTone} x${light}: ${JSON.stringify(m.closeUp)}`);
        }
      }
    }
  });

  it('keeps suggestive when a model reads Sexy, the face is small in the frame, the picture is grey, or the face is not confident', () => {
    const tone = TONES[2]!;
    const clothed = (face: Box, width = 256, height = 320) =>
      picture(width, height, [
        { box: [0, face[1] + face[3], width, height], rgb: CLOTH },
        { box: face, rgb: tone },
      ]);
    const m = measureBodySkin(clothed(CLOSE_FACE), [{ box: CLOSE_FACE, score: 0.9 }]);
    assert.equal(judge(closeUpReading, m).level, 'none');
    const sexyOpinion = { ...closeUpReading, opinions: [closeUpReading.opinions![0]!, { model: 'b', classes: { ...closeUpReading.opinions![1]!.classes, Sexy: CLOSE_UP_LIMITS.maxSexy } }] };
    assert.equal(judge(sexyOpinion, m).level, 'suggestive');
    const small: Box = [100, 20, 56, 56];
    assert.equal(judge(closeUpReading, measureBodySkin(clothed(small), [{ box: small, score: 0.9 }])).level, 'suggestive');
    const greyImg = picture(256, 320, [
      { box: [0, 160, 256, 160], rgb: [40, 40, 40] },
      { box: CLOSE_FACE, rgb: [150, 150, 150] },
    ]);
    const grey = measureBodySkin(greyImg, [{ box: CLOSE_FACE, score: 0.9 }]);
    assert.ok(grey.closeUp.faceChroma < CLOSE_UP_LIMITS.minFaceChroma);
    assert.notEqual(judge(closeUpReading, grey).level, 'none');
    const unsure = measureBodySkin(clothed(CLOSE_FACE), [{ box: CLOSE_FACE, score: 0.4 }]);
    assert.equal(judge(closeUpReading, unsure).level, 'explicit');
  });

  it('leaves a frame-filling torso without a face as the models read it', () => {
    for (const tone of TONES) {
      const img = picture(256, 320, [{ box: [0, 0, 256, 320], rgb: tone }]);
      assert.equal(judge(closeUpReading, measureBodySkin(img, [])).level, 'explicit');
    }
  });

  it('lowers only a reading capped at suggestive, and only to none, over the whole range of measures', () => {
    const base = measureBodySkin(picture(64, 64, [{ box: [16, 16, 32, 32], rgb: TONES[1]! }]), [{ box: [16, 16, 32, 32], score: 0.9 }]);
    for (const level of ['none', 'suggestive', 'partial', 'explicit'] as const) {
      for (const capped of [false, true]) {
        for (const possibleSkin of [0, 0.2, 0.49, 0.5, 2]) {
          for (const anyToneSkin of [0, 0.99, 1, 5]) {
            for (const faceShare of [0.1, 0.2, 0.6]) {
              for (const [faceChroma, belowFaceSkinShare] of [
                [0, 0],
                [0.029, 0],
                [0.03, 0],
                [0.2, 0],
                [0.2, 0.49],
                [0.2, 0.5],
                [0.2, 1],
              ] as const) {
                const m: BodySkinMeasure = { ...base, closeUp: { faceShare, possibleSkin, anyToneSkin, belowFaceSkinShare, faceChroma } };
                const reading: NudityResult = { ...closeUpReading, level, ...(capped ? { bodySkin: { faceAreas: 0, strayShare: 0, cappedFrom: 'explicit' as const } } : {}) };
                const out = clearClothedCloseUp(reading, m);
                const all =
                  capped &&
                  level === 'suggestive' &&
                  possibleSkin < CLOSE_UP_LIMITS.maxPossibleSkin &&
                  anyToneSkin < CLOSE_UP_LIMITS.maxAnyToneSkin &&
                  faceShare >= CLOSE_UP_LIMITS.minFaceShare &&
                  faceChroma >= CLOSE_UP_LIMITS.minFaceChroma &&
                  belowFaceSkinShare < CLOSE_UP_LIMITS.maxBelowFaceSkinShare;
                assert.equal(out.level, all ? 'none' : level, JSON.stringify({ level, capped, m: m.closeUp }));
              }
            }
          }
        }
      }
    }
  });
});
