import { terms, type Lexicon } from './types.ts';

/**
 * Plain words of nudity and sex that some languages' lexicons lacked, each a word any request in that language may use
 * (probes 13-39 showed them unread): French and Portuguese "nu" said of a man or with "entirely" (alone it is also
 * "torse nu", "dos nu", "à l'œil nu", "mettre à nu", the art genre, and Vietnamese "nữ" without its marks), Finnish "alastom-"
 * (the inflected stem of "alaston": "alastomia", "alastomaksi"), Danish "nøgenbillede", German "Gruppensex" and
 * "Orgie", Finnish "suihinotto", Urdu "لن" (cock) with a verb of sucking, Polish "striptizerka", Japanese "パンツ一丁"
 * (in nothing but underpants) and Arabic "بالبوكسر" (in boxer shorts; "بوكسر" alone is also the dog and the fighter).
 * Garments and see-through words with them: Urdu "شرٹ" and Persian "تی‌شرت" (shirt, T-shirt), Urdu "آر پار" (see-through),
 * Korean "흰 티" (a white tee; "티" alone is also "a trace"), Persian "manto" as romanised; and Persian "یه کم" (a
 * bit) is not the "کم" (less) of "less see-through".
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const PLAIN_WORDS: Readonly<Record<string, Lexicon>> = {
  fr: { nude: terms(`entièrement nu|entierement nu|complètement nu|completement nu|totalement nu|un homme nu|homme nu|hommes nus|un mec nu|mec nu|garçon nu|garcon nu`) },
  pt: { nude: terms(`totalmente nu|completamente nu|inteiramente nu|um homem nu|homem nu|homens nus`) },
  fi: {
    nude: terms(`alastom*`),
    sexualAct: terms(`suihinot*|suihinottoa|suihin`),
  },
  da: { nude: terms(`nøgenbillede*|nogenbillede*|nøgenfoto*|nogenfoto*`) },
  de: { sexualAct: terms(`gruppensex|orgie|orgien|sexparty|sexpartys`) },
  ur: {
    sexualAct: terms(`لن چوس*|لن چوسن*|لنڈ|لنڈ چوس*`),
    clothing: terms(`شرٹ|ٹی شرٹ|ٹی‌شرٹ|شرٹیں`),
    reveal: terms(`آر پار دکھ*|آر پار نظر*|آرپار`),
  },
  fa: {
    clothing: terms(`تی شرت|تی‌شرت|تیشرت|manto|mantosh|mantoo`),
    mask: terms(`یه کم|یک کم|یکم|یه کمی|یه ذره|یک ذره`),
  },
  ko: { clothing: terms(`흰 티|하얀 티|흰티|하얀티|검은 티|검정 티|반팔 티|나시티|쫄티`) },
  pl: { suggestive: terms(`striptizerk*|striptizerką`) },
  ja: { skimpy: terms(`パンツ一丁`) },
  ar: { skimpy: terms(`بالبوكسر|بالبوكسر فقط`) },
};
