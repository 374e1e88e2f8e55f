import { terms, type Lexicon } from './types.ts';

/**
 * The genres of nude pictures and shows a picture is made "like" that pinup.ts lacks (`nudeGenre` only, not
 * `suggestive`: a Chippendales poster is no sexual picture of anyone until a real person is put in it): English
 * "Playboy" and "centerfold", the Chippendales' strip show, the Lui and Popular covers, the wardrobe malfunction; and the
 * inflected calendar girl of the languages whose pinup.ts entry has only the nominative ("holku z kalendáře"). Applied
 * to a real person, nudity (../nude-genre.ts). Written for this round from the author's knowledge of the languages;
 * merged into each language's lexicon (index.ts).
 */
export const NUDE_GENRES: Readonly<Record<string, Lexicon>> = {
  en: {
    nudeGenre: terms(
      `playboy|centerfold|centrefold|chippendale|chippendales|wardrobe malfunction|nipplegate|janet jackson at the super bowl|janet jackson super bowl|janet jackson s super bowl|kim k break the internet|kim kardashian break the internet|break the internet cover|break the internet style`,
    ),
  },
  fr: { nudeGenre: terms(`couverture de lui des années|couverture de lui des annees|couverture du magazine lui|couv de lui des années|chippendale|chippendales`) },
  de: { nudeGenre: terms(`chippendales`) },
  es: { nudeGenre: terms(`chippendale|chippendales`) },
  cs: { nudeGenre: terms(`holku z kalendáře|holku z kalendare|holky z kalendáře|holky z kalendare`) },
  pl: { nudeGenre: terms(`dziewczynę z kalendarza|dziewczyne z kalendarza`) },
  sr: { nudeGenre: terms(`devojku sa kalendara|djevojku s kalendara|curu s kalendara|девојку са календара`) },
  id: { nudeGenre: terms(`majalah popular|sampul popular|sampul majalah popular`) },
};
