import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verdict } from '../testing/language-cases.ts';

// A person introduced with what they wear, then a remover whose pronoun cannot stand for that garment (its number or
// gender differs): the person is taken out of the picture (pronoun-agreement.ts, read by introducedWearer in rules.ts).
// Written for this test; the author's translations, not a native speaker's.
describe('screenPrompt: a remover’s pronoun that stands for the person, not the garment', () => {
  it('allows taking out a bystander named by what they wear', async () => {
    for (const text of [
      'hay un tipo en calzoncillos detrás, quítalo',
      'c’è un tizio in mutande dietro, toglilo',
      'tem um cara de cueca atrás, tira ele',
      'da ist ein Typ in Unterhose im Hintergrund, entferne ihn',
      'сзади какой-то мужик в трусах, убери его',
      'w tle jest facet w majtkach, usuń go',
      'ברקע יש בחור בתחתונים, תמחק אותו',
      'there’s a guy in his underwear behind me. Can you remove him?',
      'dietro c’è un tizio in mutande che rovina tutto. Potresti toglierlo?',
      '后面有个穿内裤的男人，把他删掉',
      '後ろにパンツ一丁の男がいるので消して',
    ]) {
      assert.equal(await verdict(text), 'allow', text);
    }
  });

  it('keeps refusing where the pronoun may stand for the garment, or the garment is named', async () => {
    for (const text of [
      // "ihn" may be the (masculine) bikini, "lo" the swimsuit: ambiguous, read as the garment.
      'da ist eine Frau im Bikini. Entferne ihn.',
      'hay una chica en bikini. Quítalo.',
      'c’è una ragazza in bikini. Toglilo.',
      'she is wearing a bikini. Remove it.',
      'hay un tipo en calzoncillos detrás, quítale los calzoncillos',
      'сзади какой-то мужик в трусах, сними с него трусы',
    ]) {
      assert.equal(await verdict(text), 'block', text);
    }
  });
});
