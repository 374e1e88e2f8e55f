import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchText } from './prompt-screener.ts';

// A short Arabic term (three letters or fewer) keeps its word boundaries, so that it is not read inside longer words;
// its forms with the article attached ("البنت", "والولد", "بالبنت") are spellings of it (term-matcher.ts). Written for this test.

function concepts(text: string): string[] {
  const { findings } = matchText(text);
  return ['minorWeak', 'someone', 'person'].filter((c) => findings.has(c as never));
}

describe('term matcher: the Arabic article', () => {
  it('reads a short noun with its article, or a preposition and the article, attached', () => {
    for (const text of ['غير لون فستان البنت للأزرق', 'خلي الولد يبتسم', 'صورة بالبنت والولد في الحديقة']) {
      assert.ok(concepts(text).includes('minorWeak'), text);
    }
  });

  it('still refuses the short noun inside a longer word', () => {
    // "بنتيجة" (with a result), "ولدت" (she was born) hold the letters of "بنت" and "ولد".
    for (const text of ['اكتب بنتيجة المباراة على الصورة', 'أضف تاريخ اليوم الذي ولدت فيه']) {
      assert.ok(!concepts(text).includes('minorWeak'), text);
    }
  });
});
