import { terms, type Lexicon } from './types.ts';

/**
 * Oiled, wet or glistening skin as a cue of an intimate scene (`moodCue`, intimate.ts), which English had ("oiled
 * skin") and most other languages lacked: "naoliwiona skóra", "kulit berminyak", "piele unsă cu ulei", "öljytty iho",
 * "بشرة مدهونة بالزيت", "עור משומן", "皮肤湿润油亮"; and the manner of a seductive pose (`desireLook`: "zavodljivo",
 * "съблазнително", "nang-aakit", "诱惑地", "berbaring menggoda") where only the adjective was known, and Indonesian's bed
 * ("di atas ranjang", `intimateSetting`) where "di atas" alone read as covering. Each is ordinary
 * alone (a runner's wet skin, an oiled table is no skin at all); the intimate-scene rule needs a look of desire, a bed
 * or a pose beside it (rules.ts, intimateScene). Written for this round from the author's knowledge of the languages;
 * merged into each language's lexicon (index.ts).
 */
export const OILED_SKIN: Readonly<Record<string, Lexicon>> = {
  fr: { moodCue: terms(`peau huilée|peau huilee|huilée de la tête aux pieds`) },
  es: { moodCue: terms(`piel mojada|piel aceitada|piel aceitosa|aceitada`) },
  pt: { moodCue: terms(`pele oleada|pele molhada|pele brilhando de óleo|pele untada`) },
  it: { moodCue: terms(`pelle oliata|pelle unta|pelle bagnata`) },
  de: { moodCue: terms(`eingeölte haut|eingeölt|eingeolt|geölte haut|nasse haut`) },
  nl: { moodCue: terms(`ingeoliede huid|ingeolied|natte huid|glanzende huid`) },
  pl: { moodCue: terms(`naoliwiona skóra|naoliwioną skórą|naoliwion*|mokra skóra|lśniąca skóra|błyszcząca skóra|skóra lśniąca od olejku`) },
  cs: { moodCue: terms(`naolejovaná kůže|naolejovanou kůží|naolejovan*|mokrou lesklou kůží|mokrá kůže|lesklá kůže|lesklou kůží`) },
  sk: { moodCue: terms(`naolejovaná koža|naolejovan*|mokrá koža|lesklá koža`) },
  ro: { moodCue: terms(`unsă cu ulei|unsa cu ulei|piele unsă|piele udă|piele lucioasă`) },
  hu: { moodCue: terms(`nedves bőr|olajos bőr|olajozott bőr*|csillogó bőr`) },
  fi: { moodCue: terms(`öljytty iho|öljyinen iho|märkä iho|kiiltävä iho|öljyttyä ihoa`) },
  sv: { moodCue: terms(`oljad hud|inoljad hud|våt hud|glänsande hud`) },
  da: { moodCue: terms(`olieret hud|indsmurt i olie|våd hud|skinnende hud`) },
  nb: { moodCue: terms(`oljet hud|innoljet hud|våt hud|skinnende hud`) },
  hr: { moodCue: terms(`nauljena koža|nauljen*|mokra koža|sjajna koža`), desireLook: terms(`zavodljivo|zavodnički`) },
  sr: { moodCue: terms(`науљена кожа|мокра кожа|сјајна кожа|мокра сјајна кожа|nauljena koža|mokra koža|sjajna koža`), desireLook: terms(`заводљиво|заводнички|zavodljivo`) },
  bg: { moodCue: terms(`намазана с олио|намаслена кожа|мокра кожа|блестяща кожа`), desireLook: terms(`съблазнително|прелъстително`) },
  ru: { moodCue: terms(`намасленная кожа|намасленной кожей|кожа в масле|мокрая кожа|блестящая кожа`) },
  uk: { moodCue: terms(`намащена олією шкіра|мокра шкіра|блискуча шкіра`) },
  el: { moodCue: terms(`λαδωμένο δέρμα|βρεγμένο δέρμα|γυαλιστερό δέρμα`) },
  tr: { moodCue: terms(`yağlanmış|yağlı ten|parlak tenli|parlak ten|ıslak ten|yağlı vücut`) },
  id: {
    intimateSetting: terms(`di atas ranjang|atas ranjang|di atas kasur|di kasur`),
    moodCue: terms(`kulit berminyak|kulit basah|kulit mengkilap|kulit berkilau`),
    desireLook: terms(`berbaring menggoda|rebahan menggoda|pose menggoda`),
  },
  ms: { moodCue: terms(`kulit berminyak|kulit berkilat|kulit basah`), desireLook: terms(`baring menggoda|pose menggoda`) },
  tl: { moodCue: terms(`basang balat|makintab na balat|may langis na balat`), desireLook: terms(`nang-aakit|nang aakit|nakakaakit na tingin`) },
  vi: { moodCue: terms(`da ướt|bóng dầu|da bóng dầu|da ướt át`) },
  th: { moodCue: terms(`ผิวเปียก|ผิวมันวาว|ทาน้ำมัน`) },
  ar: { moodCue: terms(`مدهونة بالزيت|بشرة مدهونة|بشرة لامعة|بشرة مبللة|جسم مدهون بالزيت`) },
  fa: { moodCue: terms(`پوست روغنی|پوست خیس|پوست براق|روغن‌مالی شده|روغن مالی شده`) },
  he: { moodCue: terms(`עור משומן|עור מבריק|עור רטוב|משוחה בשמן`) },
  hi: { moodCue: terms(`गीली चमकती त्वचा|गीली त्वचा|तेल लगी त्वचा|चमकती त्वचा`) },
  bn: { moodCue: terms(`ভেজা চকচকে ত্বক|ভেজা ত্বক|তেলতেলে ত্বক`) },
  zh: { moodCue: terms(`油亮|皮肤湿润|皮膚濕潤|湿身|濕身|抹油|涂满油|塗滿油|油光发亮|油光發亮`), desireLook: terms(`诱惑地|誘惑地|撩人地`) },
  ja: { moodCue: terms(`オイルを塗った|オイルまみれ|テカテカの肌|濡れた肌`) },
  ko: { moodCue: terms(`오일 바른|오일을 바른|번들번들|젖은 피부`) },
};
