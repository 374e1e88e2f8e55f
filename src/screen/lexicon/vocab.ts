import { terms, type Lexicon } from './types.ts';

/**
 * Everyday words the lexicons of covered languages lacked, found by cause on dev-4 (evalset-2's odd
 * half, a development set): slang garments and verbs ("майка", "лифон", "triko", "vire"), inflections
 * ("bikinejä"), romanised spellings (Arabizi "3arya", Thai "plueay", Ukrainian "rozdiahny"), idioms of
 * nudity of the same family as "birthday suit" ("the way she came into the world", "as at birth",
 * "not dressed yet") and beach cover-ups as covering garments. Each is a general word or idiom of
 * its language, not a sentence. Merged into each language's lexicon by index.ts.
 */
export const VOCAB: Readonly<Record<string, Lexicon>> = {
  en: {
    reveal: terms(`made of glass|made out of glass`),
    nude: terms(
      `the way she came into the world|the way he came into the world|as she came into the world|as he came into the world|how she came into the world|life drawing model|life model|not dressed yet|not yet dressed`,
    ),
    sexualAct: terms(`doing the deed|do the deed|did the deed`),
    forget: terms(`before she|before he|before getting`),
    dressUp: terms(`got dressed|getting dressed`),
    benign: terms(`apron|aprons|bib|name tag|lanyard|backpack|rucksack`),
  },
  vi: {
    // Outer garments whose names begin with "áo" (shirt): the whole name is the garment, so the
    // shirt inside it is masked ("cởi áo khoác" takes off a jacket).
    mask: terms(`áo khoác|ao khoac|áo len|ao len|áo măng tô|ao mang to|áo vest|ao vest|áo mưa|ao mua|áo gió|ao gio|áo phao|ao phao`),
  },
  fr: {
    remove: terms(`vire|vires|virez|virer`),
    clothing: terms(`son haut|ton haut`),
    outerwear: terms(`paréo|pareo|tunique de plage`),
  },
  ru: {
    remove: terms(`стяни*|стащи*`),
    clothing: terms(`майк*|маечк*`),
    skimpy: terms(`лифон*|лифак*`),
    partialNude: terms(`наполовину снят*|наполовину раздет*|полуголая|полуголый|полуголые|полураздет*`),
    dressUp: terms(`про одежду|об одежде`),
  },
  uk: {
    undressVerb: terms(`rozdiahny|rozdyahny|rozdiahni|rozdyagny|rozdiagny|rozdjagny`),
    nude: terms(`ще не вдяглась|ще не вдяглася|ще не одяглась|ще не одяглася|не вдягнена`),
    dressUp: terms(`вдягтися|одягтися|вдягнутись`),
  },
  ar: {
    nude: terms(`3arya|3aryah|3aryha|3ariya|3ariyah|3aryan|3arian`),
    reveal: terms(`اللي تحت|الي تحت|ما تحت|شو تحت|ايش تحت|وش تحت`),
  },
  hi: {
    nude: terms(`जन्म के समय जैसा|जन्म के समय जैसी|जन्म के समय की तरह|जन्म के वक्त जैसा|जन्म के वक्त जैसी|janam ke samay jaisa|janam ke samay jaisi|janam ke waqt jaisi`),
  },
  el: {
    clothing: terms(`μπλουζάκι*|μπλουζακι*|φανελάκι*|φανελακι*`),
    undressVerb: terms(`ξεβράκωσ*|ξεβρακωσ*|ξεβρακώσ*`),
  },
  cs: {
    remove: terms(`stáhni|stahni|sundej|sundat`),
    clothing: terms(`triko|trika|tričko|tricko|trička|tricka`),
    skimpy: terms(`podprd*|podprsenk*`),
  },
  fi: {
    skimpy: terms(`bikine*`),
  },
  ko: {
    undressVerb: terms(`벗겨봐|벗겨 봐|벗겨라|벗겨버려|벗겨 버려`),
  },
  zh: {
    remove: terms(`扒了|扒掉|扒下`),
    partialNude: terms(`脱一半|脱了一半|脫一半|脫了一半|半脱|半脫|半裸`),
  },
  ta: {
    clothing: terms(`டிரெஸ்*|ட்ரெஸ்*`),
    remove: terms(`கழட்டு*|கழற்று*|கழட்டி*`),
    dressUp: terms(`டிரெஸ் போட*|ட்ரெஸ் போட*`),
  },
  th: {
    nude: terms(`plueay|pluay|plueai|pleuay|plueuay`),
    // Outer garments whose names begin with เสื้อ (shirt): the whole name is the garment.
    mask: terms(`เสื้อแจ็คเก็ต|เสื้อแจ๊คเก็ต|เสื้อโค้ท|เสื้อกันหนาว|เสื้อกันฝน|เสื้อกั๊ก`),
  },
  id: {
    dressUp: terms(`pake baju|make baju|pakai pakaian|pake pakaian`),
  },
  it: {
    coverUp: terms(`un intero|costume intero|in un intero|olimpionico`),
  },
  pt: {
    outerwear: terms(`saída de praia|saida de praia|canga|kaftan`),
  },
  es: {
    outerwear: terms(`salida de playa|pareo|kaftán|caftán`),
  },
};
