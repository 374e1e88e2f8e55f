import { terms, type Lexicon } from './types.ts';

/**
 * Inflected forms the lexicons lacked: the Polish genitive plural of clothes ("całą resztę ubrań", all the rest of
 * her clothes). Merged into each language's lexicon (index.ts). (The Russian comparatives with "по-", "посексуальнее",
 * are in heat.ts with the other comparatives of heat.)
 */
export const WORD_FORMS: Readonly<Record<string, Lexicon>> = {
  pl: { clothing: terms(`ubrań|ubran|ubraniach|ubraniami|ciuchów|ciuchow`) },
};
