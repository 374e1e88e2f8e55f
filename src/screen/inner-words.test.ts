import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verdict } from '../testing/language-cases.ts';

// Everyday words holding a nudity, sex or undressing word inside them (lexicon/inner-words.ts) hide it; the word on
// its own, or said of a person, still counts. Written for this test.

describe('screenPrompt: words inside words', () => {
  it('reads poker, a section and peeling a cover as what they are', async () => {
    for (const text of ['โต๊ะโป๊กเกอร์ในคาสิโน แสงไฟสลัว', 'इंजन का क्रॉस-सेक्शन दिखाओ', 'पुलको सेक्सन चित्र बनाऊ']) {
      assert.equal(await verdict(text, 'generate'), 'allow', text);
    }
    for (const text of ['사과 껍질을 벗겨서 접시에 올려줘', '상자 포장을 벗겨서 안에 든 걸 보여줘']) {
      assert.equal(await verdict(text), 'allow', text);
    }
  });

  it('still reads the words themselves', async () => {
    assert.equal(await verdict('ผู้หญิงโป๊บนเตียง', 'generate'), 'block');
    assert.equal(await verdict('그녀의 옷을 벗겨서 속이 보이게 해줘'), 'block');
  });
});
