import type { Lexicon } from './types.ts';

/**
 * A child's age or school year said in one word, with no digit for findAges (rules.ts) to read: the Slavic
 * languages make an adjective of the number ("dvanáctiletá holka", "dwunastoletnia dziewczyna",
 * "двенадцатилетняя девочка", "дванадцятирічна", "trinásťročná") and English names the school year
 * ("a sixth-grader", "in seventh grade"). Ages eleven to seventeen only (ten and under are as much a
 * "ten-year plan" or a "five-year-old company" as a child), in the inflected forms said of a person.
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */

/** Every stem followed by every ending: "dvanácti" + "letá". */
function forms(stems: readonly string[], endings: readonly string[]): string[] {
  return stems.flatMap((s) => endings.map((e) => `${s}${e}`));
}

const EN_ORDINALS = ['sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

export const SPELLED_AGES: Readonly<Record<string, Lexicon>> = {
  en: {
    minor: [...forms(EN_ORDINALS, [' grader', ' graders', '-grader', '-graders']), ...forms(['in '], forms(EN_ORDINALS, [' grade']))],
  },
  cs: {
    minor: forms(
      ['jedenácti', 'dvanácti', 'třinácti', 'čtrnácti', 'patnácti', 'šestnácti', 'sedmnácti', 'jedenacti', 'dvanacti', 'trinacti', 'ctrnacti', 'patnacti', 'sestnacti', 'sedmnacti'],
      ['letá', 'letou', 'letý', 'letého', 'leté', 'leta', 'letou', 'lety', 'leteho', 'lete'],
    ),
  },
  sk: {
    minor: forms(
      ['jedenásť', 'dvanásť', 'trinásť', 'štrnásť', 'pätnásť', 'šestnásť', 'sedemnásť', 'jedenast', 'dvanast', 'trinast', 'strnast', 'patnast', 'sestnast', 'sedemnast'],
      ['ročná', 'ročnú', 'ročný', 'ročného', 'rocna', 'rocnu', 'rocny', 'rocneho'],
    ),
  },
  pl: {
    minor: forms(
      ['jedenasto', 'dwunasto', 'trzynasto', 'czternasto', 'piętnasto', 'pietnasto', 'szesnasto', 'siedemnasto'],
      ['letnia', 'letnią', 'letniej', 'letni', 'letniego', 'letnią', 'latka', 'latek', 'letnie'],
    ),
  },
  ru: {
    minor: forms(
      ['одиннадцати', 'двенадцати', 'тринадцати', 'четырнадцати', 'пятнадцати', 'шестнадцати', 'семнадцати'],
      ['летняя', 'летнюю', 'летней', 'летний', 'летнего', 'летние', 'летка', 'летку'],
    ),
  },
  uk: {
    minor: forms(['одинадцяти', 'дванадцяти', 'тринадцяти', 'чотирнадцяти', "п'ятнадцяти", 'пятнадцяти', 'шістнадцяти', 'сімнадцяти'], ['річна', 'річну', 'річної', 'річний', 'річного', 'річні']),
  },
};
