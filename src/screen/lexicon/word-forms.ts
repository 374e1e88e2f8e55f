import { terms, type Lexicon } from './types.ts';

/**
 * Inflected forms the lexicons lacked: the Polish genitive plural of clothes ("całą resztę ubrań", all the rest of
 * her clothes), plurals and cases of the words for children. Merged into each language's lexicon (index.ts). (The Russian comparatives with "по-", "посексуальнее",
 * are in heat.ts with the other comparatives of heat.)
 */
export const WORD_FORMS: Readonly<Record<string, Lexicon>> = {
  pl: { clothing: terms(`ubrań|ubran|ubraniach|ubraniami|ciuchów|ciuchow`) },
  // Plurals of the words for a son or a daughter ("mis hijos en la playa"), and the Greek genitive of "child" ("των
  // παιδιών"): the lexicons had the singular or the nominative only.
  es: { minorWeak: terms(`hijos|hijas|sobrinas|sobrinos`), suggestive: terms(`sexis|sexys`) },
  pt: { minorWeak: terms(`filhos|filhas|sobrinhas|sobrinhos`) },
  it: { minorWeak: terms(`figli|figlie`) },
  de: { minorWeak: terms(`töchter|tochter|söhne|sohne`) },
  nl: { minorWeak: terms(`dochters|zonen`) },
  el: { minor: terms(`παιδιών|παιδιων|παιδιού|παιδιου`) },
  th: { minorWeak: terms(`ลูกๆ|ลูกสาว|ลูกชาย`) },
};
