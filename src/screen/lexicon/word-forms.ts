import { terms, type Lexicon } from './types.ts';

/**
 * Inflected forms the lexicons lacked: the Russian colloquial comparative with "по-" ("сделай её посексуальнее",
 * make her sexier) and the Polish genitive plural of clothes ("całą resztę ubrań", all the rest of her clothes).
 * Merged into each language's lexicon (index.ts).
 */
export const WORD_FORMS: Readonly<Record<string, Lexicon>> = {
  ru: { suggestive: terms(`посексуальнее|поэротичнее|пособлазнительнее|соблазнительнее`) },
  pl: { clothing: terms(`ubrań|ubran|ubraniach|ubraniami|ciuchów|ciuchow`) },
};
