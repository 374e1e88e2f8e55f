import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NsfwClasses } from './analysis-types.ts';
import { capLowResolution, combineOpinions, exposureScore, LEVEL_RANK, nudityFromClasses, wantsSecondOpinion } from './nudity-level.ts';

const c = (p: Partial<NsfwClasses>): NsfwClasses => ({ Drawing: 0, Hentai: 0, Neutral: 0, Porn: 0, Sexy: 0, ...p });

describe('nudityFromClasses', () => {
  it('maps the five classes to levels', () => {
    assert.equal(nudityFromClasses(c({ Neutral: 0.98, Sexy: 0.02 })).level, 'none');
    assert.equal(nudityFromClasses(c({ Neutral: 0.4, Sexy: 0.6 })).level, 'suggestive');
    assert.equal(nudityFromClasses(c({ Neutral: 0.3, Sexy: 0.3, Porn: 0.4 })).level, 'partial');
    assert.equal(nudityFromClasses(c({ Sexy: 0.2, Porn: 0.8 })).level, 'explicit');
    assert.equal(nudityFromClasses(c({ Drawing: 0.2, Hentai: 0.8 })).level, 'explicit');
  });

  it('flags drawings and anime, not photos', () => {
    assert.equal(nudityFromClasses(c({ Drawing: 0.9, Neutral: 0.1 })).drawn, true);
    assert.equal(nudityFromClasses(c({ Hentai: 0.7, Porn: 0.3 })).drawn, true);
    assert.equal(nudityFromClasses(c({ Neutral: 0.9, Drawing: 0.1 })).drawn, false);
  });

  it('scores exposure monotonically in the revealing classes', () => {
    assert.ok(exposureScore(c({ Neutral: 1 })) < exposureScore(c({ Sexy: 1 })));
    assert.ok(exposureScore(c({ Sexy: 1 })) < exposureScore(c({ Porn: 1 })));
  });
});

describe('combineOpinions', () => {
  const opinion = (model: string, p: Partial<NsfwClasses>) => ({ model, classes: c(p) });

  it('reads the level from the mean of the two models', () => {
    // A face close-up one model calls Porn and the other Neutral: the mean is under the partial line.
    const r = combineOpinions([opinion('a', { Porn: 0.56, Neutral: 0.43, Sexy: 0.01 }), opinion('b', { Porn: 0.01, Neutral: 0.99 })]);
    assert.equal(r.level, 'none');
    assert.equal(r.classes.Porn, 0.285);
    assert.deepEqual(
      r.opinions?.map((o) => o.model),
      ['a', 'b'],
    );
  });

  it('keeps what both models call nude', () => {
    assert.equal(combineOpinions([opinion('a', { Porn: 0.9, Neutral: 0.1 }), opinion('b', { Porn: 0.7, Sexy: 0.3 })]).level, 'explicit');
    assert.equal(combineOpinions([opinion('a', { Porn: 0.6, Neutral: 0.4 }), opinion('b', { Porn: 0.2, Sexy: 0.5, Neutral: 0.3 })]).level, 'partial');
  });

  it('never clears to none what either model alone rates revealing (swimwear, lingerie)', () => {
    for (let sexy = 0.5; sexy <= 1; sexy += 0.05) {
      const r = combineOpinions([opinion('a', { Sexy: sexy, Neutral: 1 - sexy }), opinion('b', { Neutral: 1 })]);
      assert.ok(LEVEL_RANK[r.level] >= LEVEL_RANK.suggestive, `Sexy ${sexy} alone gave ${r.level}`);
      const swapped = combineOpinions([opinion('a', { Neutral: 1 }), opinion('b', { Sexy: sexy, Neutral: 1 - sexy })]);
      assert.ok(LEVEL_RANK[swapped.level] >= LEVEL_RANK.suggestive);
    }
  });

  it('asks for a second opinion only on partial or explicit readings', () => {
    assert.equal(wantsSecondOpinion(nudityFromClasses(c({ Neutral: 1 }))), false);
    assert.equal(wantsSecondOpinion(nudityFromClasses(c({ Sexy: 0.7, Neutral: 0.3 }))), false);
    assert.equal(wantsSecondOpinion(nudityFromClasses(c({ Porn: 0.3, Neutral: 0.7 }))), true);
  });
});

describe('capLowResolution', () => {
  it('caps a tiny image at suggestive and says so', () => {
    const r = capLowResolution(nudityFromClasses(c({ Porn: 0.6, Neutral: 0.4 })));
    assert.equal(r.level, 'suggestive');
    assert.equal(r.lowResolution, true);
    assert.equal(r.classes.Porn, 0.6);
    assert.equal(capLowResolution(nudityFromClasses(c({ Neutral: 1 }))).level, 'none');
  });
});
