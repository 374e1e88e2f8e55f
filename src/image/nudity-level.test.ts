import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NsfwClasses } from './analysis-types.ts';
import { exposureScore, nudityFromClasses } from './nudity-level.ts';

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
