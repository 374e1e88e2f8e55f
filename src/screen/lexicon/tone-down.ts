import { terms, type Lexicon } from './types.ts';

/**
 * Asking for less of what a picture already has (`toneDown`): tone it down, make it safe for work, less sexy,
 * entschärfen, atténue, suavízalo, смягчи, 控えめに, 收敛一点, 수위 낮춰. A sexual word said of the picture as it is
 * ("this meme is a bit nsfw for the office chat, can you tone it down", "das Bild ist zu freizügig, entschärf es")
 * is then what the request takes away, not what it asks for (rules.ts, tonedDown). Written for this round from the
 * author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const TONE_DOWN: Readonly<Record<string, Lexicon>> = {
  en: {
    toneDown: terms(
      `tone it down|tone down|tone that down|tone this down|dial it back|make it sfw|make it safe for work|safe for work version|sfw version|less nsfw|less sexy|less revealing|more modest|family friendly|family-friendly|clean it up`,
    ),
  },
  fr: { toneDown: terms(`atténue|attenue|atténuer|attenuer|adoucis|adoucir|moins sexy|moins osé|moins ose|plus sage|tout public|version soft`) },
  de: { toneDown: terms(`entschärf*|entscharf*|abschwächen|abschwachen|weniger freizügig|weniger freizugig|jugendfrei|harmloser`) },
  es: { toneDown: terms(`suavízalo|suavizalo|suavizar|suaviza|bájale|bajale|menos sexy|menos subido de tono|apto para todo público|apto para todo publico|más decente|mas decente`) },
  it: { toneDown: terms(`attenualo|attenuare|ammorbidisci|ammorbidire|meno sexy|meno spinto|più castigat*|piu castigat*|adatto a tutti`) },
  pt: { toneDown: terms(`suaviza|suavizar|suavize|menos sexy|mais comportad*|mais decente|para todos os públicos|para todos os publicos`) },
  nl: { toneDown: terms(`afzwakken|zwak het af|minder sexy|minder bloot|netter`) },
  pl: { toneDown: terms(`złagodź|zlagodz|złagodzić|zlagodzic|mniej sexy|przyzwoiciej|bardziej przyzwoit*`) },
  ru: { toneDown: terms(`смягчи|смягчить|поприличнее|сделай приличнее|менее откровенн*`) },
  uk: { toneDown: terms(`пом'якши|пом якши|пристойніше|менш відверт*`) },
  tr: { toneDown: terms(`yumuşat|yumusat|yumuşatır mısın|yumusatir misin|daha masum|daha az seksi`) },
  ja: { toneDown: terms(`控えめに|健全に|マイルドに|抑えめに`) },
  zh: { toneDown: terms(`收敛一点|收斂一點|健全一点|健全一點|和谐一点|和諧一點|不那么露骨|不那麼露骨`) },
  ko: { toneDown: terms(`수위 낮춰|수위를 낮춰|수위 좀 낮춰|건전하게|덜 야하게`) },
  id: { toneDown: terms(`lebih sopan|kurang vulgar|tidak terlalu vulgar|aman untuk kantor`) },
  ar: { toneDown: terms(`خففها|خفف منها|أكثر احتشاما|اكثر احتشاما|مناسبة للعائلة`) },
  hi: { toneDown: terms(`thoda kam karo|kam vulgar|सभ्य बनाओ|कम अश्लील`) },
};
