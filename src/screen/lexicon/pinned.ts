import { terms, type Lexicon } from './types.ts';

/**
 * `accessory`, continued (accessory.ts): what is pinned to clothing or hung on the body and covers nothing: a brooch, a
 * pin, a pendant, a locket, a badge, a medal, a corsage. "zoom on the brooch on her chest" is about the brooch (rules.ts,
 * thingOnBody); "leave only the medal on him" leaves him naked but for it (keptOnly). Written from the author's
 * knowledge of the languages.
 */
export const PINNED: Readonly<Record<string, Lexicon>> = {
  en: { accessory: terms(`brooch|brooches|pendant|pendants|locket|lockets|corsage|lapel pin|name tag|name badge|medal|medals|medallion`) },
  fr: { accessory: terms(`broche|broches|pendentif|pendentifs|médaillon|medaillon|médaille|medaille|badge|épinglette|epinglette`) },
  de: { accessory: terms(`brosche|broschen|anhänger|anhanger|medaillon|medaille|anstecker|anstecknadel|namensschild`) },
  es: { accessory: terms(`broche|broches|colgante|colgantes|dije|medallón|medallon|medalla|insignia|gafete`) },
  it: { accessory: terms(`spilla|spille|ciondolo|ciondoli|medaglione|medaglia|targhetta`) },
  pt: { accessory: terms(`broche|broches|pingente|pingentes|medalhão|medalhao|medalha|crachá|cracha`) },
  nl: { accessory: terms(`broche|broches|hanger|hangertje|medaillon|medaille|naamkaartje`) },
  pl: { accessory: terms(`broszk*|wisior*|medalion*|medal|medalu|przypink*|identyfikator*`) },
  ru: { accessory: terms(`брошь|брошку|брошка|брошки|брошью|кулон|кулоном|кулона|медальон*|медаль|медалью|значок|значком|бейдж*`) },
  uk: { accessory: terms(`брошка|брошку|брошкою|кулон|кулоном|медальйон*|медаль|значок|бейдж*`) },
  tr: { accessory: terms(`broş|bros|kolye ucu|madalyon|madalya|rozet|yaka kartı|yaka karti`) },
  ar: { accessory: terms(`بروش|دبوس|قلادة|ميدالية|وسام|شارة`) },
  zh: { accessory: terms(`胸针|胸針|吊坠|吊墜|挂坠|掛墜|奖牌|獎牌|徽章|胸牌|胸花`) },
  ja: { accessory: terms(`ブローチ|ペンダント|ロケット|メダル|バッジ|名札|コサージュ`) },
  ko: { accessory: terms(`브로치|펜던트|로켓 목걸이|메달|배지|뱃지|명찰|코사지`) },
  vi: { accessory: terms(`trâm cài|tram cai|mặt dây chuyền|mat day chuyen|huy chương|huy chuong|huy hiệu|huy hieu|bảng tên|bang ten`) },
  id: { accessory: terms(`bros|liontin|medali|lencana|papan nama`) },
  el: { accessory: terms(`καρφίτσα|καρφιτσα|μενταγιόν|μενταγιον|μετάλλιο|μεταλλιο|κονκάρδα|κονκαρδα`) },
  hi: { accessory: terms(`ब्रोच|लॉकेट|पेंडेंट|पदक|मेडल|बैज`) },
  he: { accessory: terms(`סיכה|תליון|מדליה|תג`) },
  ro: { accessory: terms(`broșă|brosa|pandantiv|medalion|medalie|insignă|insigna`) },
  hu: { accessory: terms(`bross|medál|medal|kitűző|kituzo|érem|erem`) },
  cs: { accessory: terms(`brož|broz|brož*|přívěsek|privesek|medailon|medaile|odznak`) },
  sv: { accessory: terms(`brosch|berlock|medaljong|medalj|namnbricka`) },
};
