import { terms, type Lexicon } from './types.ts';

/**
 * Making a picture of someone hotter, spicier, naughtier (`suggestive`): "make this photo of my coworker naughtier",
 * "зроби цю фотку колеги пікантнішою", "udělej z fotky kolegyně něco peprnějšího", "tee kuvasta tuhmempi versio". The
 * comparatives of heat and daring that say sexier of a person; said of a dish they are its taste (senses.ts,
 * foodSenses). Words that also say sharper (Polish 'ostrzejszy', German 'schärfer': a focus fix) or bolder (colours: 'odważniejsze kolory', 'mer vågade färger', 'warna lebih berani'), and words of temperature that are said of tea, cars and sunsets as often ('погорячее', 'más caliente', 'heißer', 'أسخن'), are left out. Written for this round from the author's knowledge of the languages; merged into each language's
 * lexicon (index.ts).
 */
export const HEAT: Readonly<Record<string, Lexicon>> = {
  en: { suggestive: terms(`naughtier|naughtiest|racier|raciest|steamier|steamiest|saucier|raunchier|raunchy|more risque|more provocative|spicier version|hotter version|naughtier version`) },
  fr: { suggestive: terms(`plus sexy|plus coquine|plus coquin|plus osée|plus osee|plus hot|plus torride|version hot`) },
  de: { suggestive: terms(`versauter|versautere|freizügiger|freizugiger|erotischer`) },
  es: { suggestive: terms(`más atrevida|mas atrevida|más hot|mas hot|más subida de tono|mas subida de tono|picantona|más picante|mas picante|más provocativa|mas provocativa`) },
  it: { suggestive: terms(`più piccante|piu piccante|più hot|piu hot|più spinta|piu spinta|più provocante|piu provocante`) },
  pt: { suggestive: terms(`mais picante|mais ousada|mais safada|mais hot|mais provocante`) },
  nl: { suggestive: terms(`pikanter|ondeugender|sexier|uitdagender`) },
  pl: { suggestive: terms(`pikantniejsz*|bardziej sexy`) },
  ru: { suggestive: terms(`пикантнее|пикантней|откровеннее|пооткровеннее|сексуальнее|сексуальней|посексуальнее|посексуальней|эротичнее|поэротичнее|соблазнительнее|пособлазнительнее`) },
  uk: { suggestive: terms(`пікантніш*|відвертіш*|сексуальніш*|посексуальніш*|еротичніш*|спокусливіш*`) },
  cs: { suggestive: terms(`peprnější*|peprnejsi*|pikantnější*|pikantnejsi*|sexy verzi`) },
  sk: { suggestive: terms(`pikantnejš*|pikantnejs*`) },
  fi: { suggestive: terms(`tuhmempi|tuhmemman|tuhmemmaksi|seksikkäämpi|seksikkaampi`) },
  sv: { suggestive: terms(`snuskigare|sexigare`) },
  da: { suggestive: terms(`frækkere|fraekkere|sexede`) },
  nb: { suggestive: terms(`frekkere|sexyere`) },
  tr: { suggestive: terms(`daha ateşli|daha atesli|daha seksi|daha azdırıcı|daha azdirici|daha açık saçık|daha acik sacik`) },
  ar: { suggestive: terms(`أكثر إثارة|اكثر اثارة`) },
  fa: { suggestive: terms(`سکسی‌تر|سکسی تر`) },
  he: { suggestive: terms(`יותר סקסית|פיקנטית יותר`) },
  hi: { suggestive: terms(`और हॉट|ज़्यादा हॉट|ज्यादा हॉट|और सेक्सी|aur hot|zyada hot|aur sexy`) },
  vi: { suggestive: terms(`nóng bỏng hơn|nong bong hon|gợi cảm hơn|goi cam hon`) },
  th: { suggestive: terms(`เร่าร้อน|ร้อนแรงขึ้น|เซ็กซี่ขึ้น|ยั่วกว่า`) },
  id: { suggestive: terms(`lebih hot|lebih seksi|lebih nakal`) },
  ms: { suggestive: terms(`lebih hot|lebih seksi|lebih nakal`) },
  tl: { suggestive: terms(`mas hot|mas sexy|mas malibog|mas mapang-akit`) },
  ja: { suggestive: terms(`もっとエロく|もっとセクシー|もっとエッチ|エロく|エッチな`) },
  zh: { suggestive: terms(`更性感|更火辣|更撩|更骚|更騷|更涩|更色|咸湿|鹹濕`) },
  ko: { suggestive: terms(`더 야하게|더 섹시하게|더 화끈하게|야하게`) },
  el: { suggestive: terms(`πιο σέξι|πιο σεξι|πιο πικάντικη`) },
  hu: { suggestive: terms(`dögösebb|dogosebb|pikánsabb|pikansabb|szexibb`) },
  ro: { suggestive: terms(`mai picant|mai picantă|mai sexy`) },
  sw: { suggestive: terms(`ya kuvutia kimapenzi|ya kimapenzi`) },
};
