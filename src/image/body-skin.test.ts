// Synthetic pictures only (no photographs, no nudity): flat colour regions with pixel noise, a "face"
// box of one skin colour and a "body" of the same colour in shade, or clothed in another colour.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NudityLevel, NudityResult } from './analysis-types.ts';
import { LEVEL_RANK } from './nudity-level.ts';
import { BODY_SKIN_CAP_FACE_AREAS, BODY_SKIN_CAP_STRAY_SHARE, capWithoutBodySkin, measureBodySkin, type Box } from './body-skin.ts';

type Rgb = [number, number, number];
/** From very light to very dark skin; the measurement must behave the same for each. */
const TONES: Rgb[] = [
  [242, 208, 188],
  [222, 172, 140],
  [190, 134, 100],
  [141, 85, 60],
  [92, 58, 42],
  [60, 38, 30],
];
const BACKGROUND: Rgb = [70, 110, 150];
const CLOTH: Rgb = [40, 60, 120];

function picture(width: number, height: number, fills: Array<{ box: Box; rgb: Rgb; light?: number }>, seed = 1): { data: Uint8Array; width: number; height: number } {
  const data = new Uint8Array(width * height * 3);
  let s = seed;
  const noise = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return (s % 13) - 6;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let rgb = BACKGROUND;
      let light = 1;
      for (const f of fills) {
        const [bx, by, bw, bh] = f.box;
        if (x >= bx && x < bx + bw && y >= by && y < by + bh) [rgb, light] = [f.rgb, f.light ?? 1];
      }
      for (let c = 0; c < 3; c++) data[(y * width + x) * 3 + c] = Math.max(0, Math.min(255, Math.round(rgb[c]! * light + noise())));
    }
  }
  return { data, width, height };
}

const explicit: NudityResult = { level: 'explicit', drawn: false, classes: { Drawing: 0, Hentai: 0, Neutral: 0.05, Porn: 0.9, Sexy: 0.05 } };
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
            const out = capWithoutBodySkin({ ...explicit, level }, { perFace: [faceAreas], faceAreas, strayShare, sampled });
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
