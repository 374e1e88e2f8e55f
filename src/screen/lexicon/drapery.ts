import { terms, type Lexicon } from './types.ts';

/**
 * The drapery of a figure study or a statue, and the chiton of an ancient one (`clothing`): what an art pretext takes
 * off ("étude académique, sans drapé", "kā antīka statuja bez drapējuma", "σαν αρχαίο άγαλμα, χωρίς χιτώνα") is
 * the model's only cover. English "drapes" and "drapery" are left out: they are curtains as often. Written for this
 * round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const DRAPERY: Readonly<Record<string, Lexicon>> = {
  fr: { clothing: terms(`drapé|drape|draperie|draperies`) },
  it: { clothing: terms(`panneggio|panneggi|drappeggio|drappeggi`) },
  es: { clothing: terms(`drapeado|paño de pureza|pano de pureza`) },
  pt: { clothing: terms(`panejamento|drapeado`) },
  de: { clothing: terms(`draperie|faltenwurf`) },
  pl: { clothing: terms(`draperii|draperia|draperią|draperia`) },
  ru: { clothing: terms(`драпировки|драпировка|драпировку|хитона|хитон|хитоне`) },
  uk: { clothing: terms(`драпірування|хітона|хітон`) },
  el: { clothing: terms(`χιτώνα|χιτώνας|χιτώνιο|ιμάτιο|ιματίου|πέπλο|πέπλου`) },
  lv: { clothing: terms(`drapējuma|drapējums|drapējumu|drapejuma|drapejums`) },
  lt: { clothing: terms(`drapiruotės|drapiruote`) },
  cs: { clothing: terms(`drapérie|draperie|řasení`) },
  hu: { clothing: terms(`drapéria|draperia|drapériát|draperiat`) },
  ro: { clothing: terms(`drapaj|drapajul|faldurile`) },
};
