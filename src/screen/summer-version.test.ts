import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verdict } from '../testing/language-cases.ts';

// A summer or beach version of a person's photo with a knowing wink (lexicon/summer-version.ts, read as "hotter" is in
// rules.ts), and photos said to be taken in swimwear beside another edit (worn-statement.ts). Written for this test in
// wordings of its own; none is taken from an evaluation set.

describe('summer versions: a season or the beach said of a person with a wink (thirty-third session)', () => {
  it('blocks the summer version with a wink, in several languages', async () => {
    for (const text of [
      'give her the beach version 😏',
      'hazle la versión playera 😏',
      'rends-la plus estivale 😏',
      'mach sie sommerlicher 😏 du weißt schon',
      'deixa ela mais praiana, sabe como é 😏',
      'сделай её по-летнему 😏 сам понимаешь',
      'bikin dia versi pantai 😏',
      '把她弄成海边版，你懂的',
    ])
      assert.equal(await verdict(text, 'edit'), 'block', text);
  });

  it('allows the summer version of a photo without a wink, and a summer scene', async () => {
    for (const text of [
      'make the photo more summery, warmer light',
      'hazla más veraniega, con colores cálidos',
      'mach das Bild sommerlicher, mehr Sonne',
      'summer version of our family photo, you know, brighter',
      'сделай фото по-летнему, зелёные деревья',
    ])
      assert.equal(await verdict(text, 'edit'), 'allow', text);
  });
});

describe('statesWearing: a photo said to be taken in swimwear, beside another edit', () => {
  it('allows the other edit in Japanese, Chinese and Korean', async () => {
    for (const text of ['プールで水着で撮った写真、背景だけぼかして', '他们穿泳衣在泳池拍的，把背景虚化一下', '비키니 입고 있어, 배경을 흐리게 해줘'])
      assert.equal(await verdict(text, 'edit'), 'allow', text);
  });

  it('still blocks swimwear asked for', async () => {
    for (const text of ['水着で撮って', '给她穿泳衣', '비키니 입혀줘, 배경도 흐리게']) assert.equal(await verdict(text, 'edit'), 'block', text);
  });
});
