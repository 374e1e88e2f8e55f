import { terms, type Lexicon } from './types.ts';

/**
 * Verbs of putting a garment on someone ("throw a shirt on her", "add a jacket") and words of "over" the lexicons of these
 * languages lacked: "hoď na ni přes plavky košili", "posa-li una samarreta per sobre del banyador", "užmesk jai megztinį
 * ant maudymuko", "幫她加一件外套蓋住泳衣". With a garment named, they cover what is under it (rules.ts, coveredOver);
 * with swimwear as the garment, they ask for it. Written from the author's knowledge of the languages.
 */
export const PUTTING_ON_WORDS: Readonly<Record<string, Lexicon>> = {
  cs: {
    addVerb: terms(`přidej|pridej|hoď na|hod na|přehoď|prehod|dej na|nasaď|nasad`),
    dressVerb: terms(`oblékni|oblekni|obleč|oblec|navleč|navlec`),
    cover: terms(`přes`),
  },
  sk: {
    addVerb: terms(`pridaj|hoď na|hod na|prehoď|prehod|daj na|nasaď|nasad`),
    dressVerb: terms(`obleč|oblec|oblečte|oblecte|navleč|navlec`),
    cover: terms(`cez`),
  },
  ca: {
    addVerb: terms(`posa-li|posa li|posa|afegeix|afegeix-li|afegeix li`),
    dressVerb: terms(`vesteix|vesteix-la|vesteix la|vesteix-lo|vesteix lo`),
    cover: terms(`per sobre|per damunt|per sobre del|per sobre de la`),
  },
  lt: {
    addVerb: terms(`užmesk|uzmesk|uždėk|uzdek|pridėk|pridek`),
    dressVerb: terms(`aprenk|aprengk|užvilk|uzvilk`),
    cover: terms(`ant`),
  },
  zh: { cover: terms(`蓋住|盖住|遮住|罩住|披在|罩在|套在`) },
};
