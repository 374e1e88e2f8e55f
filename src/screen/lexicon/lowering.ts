import { terms, type Lexicon } from './types.ts';

/**
 * Pulling a garment down or lowering it (`removeWeak`, read beside a garment within two words: rules.ts), which English
 * had ("pull her pants down", "lower her top") and most other languages lacked beyond their word for "without": Turkish
 * "pantolonunu indir", Indonesian "turunin celananya", Dutch "laat haar jurk zakken", Swedish "dra ner hennes byxor",
 * Japanese "ズボンを下ろして", "ずらして", Korean "바지를 내려줘", Arabic "نزّل فستانها", Hindi "ड्रेस नीचे करो",
 * Vietnamese "tụt quần", "kéo quần cô ấy xuống". Verbs of pulling and lowering only, in whole forms; words for "down"
 * alone that also say "below" or "under" ("नीचे", "xuống biển") are left out, and lowering to a covering length
 * ("bájale la falda hasta la rodilla") is read as in English (rules.ts, LOWERING_TERMS). Written for this round from the
 * author's knowledge of the languages (not native); merged into each language's lexicon (index.ts).
 */
export const LOWERING: Readonly<Record<string, Lexicon>> = {
  en: { strap: terms(`straps|strap|shoulder straps|shoulder strap|bra straps|bra strap|dress straps|dress strap|spaghetti straps|top straps`) },
  tr: {
    removeWeak: terms(`indir|indirin|indirsin|aşağı indir|asagi indir|aşağı çek|asagi cek|düşür|dusur|düşürün|sıyır|siyir|sıyırın`),
    // A garment's strap with its possessive ending ("elbisesinin askısını"): a bare "askı" is also a hanger.
    strap: terms(`askısını|askisini|askısı|askisi|askılarını|askilarini|askıları|askilari|sütyen askısı|sutyen askisi`),
  },
  id: { removeWeak: terms(`turunin|turunkan|turunkanlah|pelorotin|pelorotkan|melorotkan|plorotin|tarik ke bawah`), strap: terms(`tali bra|tali bh|tali baju|tali gaun|tali bahu`) },
  ms: { removeWeak: terms(`turunkan|londehkan|tarik ke bawah`), strap: terms(`tali bra|tali baju|tali bahu`) },
  nl: { removeWeak: terms(`zakken|laat zakken|omlaag|naar beneden|trek omlaag|trek naar beneden`), strap: terms(`bandjes|schouderbandjes|schouderbandje|bandje|bh-bandjes|bh bandjes`) },
  sv: { removeWeak: terms(`dra ner|drag ner|dra ned|sänk|sank|ner`), strap: terms(`axelband|axelbanden|axelbandet|bh-banden|bh banden|bh-bandet|bh bandet|bh-band|bh band`) },
  da: { removeWeak: terms(`træk ned|traek ned|hiv ned|ned`), strap: terms(`stropper|stropperne|skulderstropper|bh-stropper`) },
  nb: { removeWeak: terms(`dra ned|trekk ned|ned`), strap: terms(`stropper|stroppene|skulderstropper|bh-stropper`) },
  es: { removeWeak: terms(`bájale|bajale|bájala|bájalo|bájele|baja|bajar|bájate|tira hacia abajo|jálale|jalale`), strap: terms(`tirantes|tirante|breteles|bretel`) },
  pt: { removeWeak: terms(`abaixa|abaixe|abaixar|abaixa a|baixa|baixe|puxa pra baixo|puxe para baixo|arria|arreia`), strap: terms(`alças|alcas|alça|alca|alcinhas|alcinha`) },
  fr: { removeWeak: terms(`baisse|baisse-lui|baisse lui|baisser|descends|descends-lui|tire vers le bas`), strap: terms(`bretelles|bretelle`) },
  it: { removeWeak: terms(`abbassale|abbassa|abbassagli|abbassare|tira giù|tira giu|calale|cala`), strap: terms(`spalline|spallina|bretelline|bretellina`) },
  de: { removeWeak: terms(`runterziehen|herunterziehen|zieh runter|runter|herunter|nach unten`), strap: terms(`träger|traeger|trager|bh-träger|bh träger|schulterträger`) },
  pl: { removeWeak: terms(`opuść|opusc|ściągnij|sciagnij|zsuń|zsun|obniż|obniz`), strap: terms(`ramiączka|ramiaczka|ramiączko|ramiaczko`) },
  ru: { removeWeak: terms(`спусти|спустите|приспусти|стяни|стяните|опусти|опустите|сдёрни|сдерни`), strap: terms(`бретельки|бретельку|бретелька|лямки|лямку|лямка`) },
  uk: { removeWeak: terms(`спусти|приспусти|стягни|опусти`), strap: terms(`бретельки|бретельку|лямки|лямку`) },
  ja: { removeWeak: terms(`下ろして|おろして|下ろす|ずらして|ずり下ろして|ずり下げて|ずりおろして|めくって|めくり上げて`), strap: terms(`肩紐|肩ひも|ストラップ|ブラ紐|ブラひも`) },
  ko: { removeWeak: terms(`내려줘|내려 줘|내려주세요|내려|내리고|끌어내려|끌어 내려|벗겨 내려`), strap: terms(`어깨끈|어깨 끈|브라끈|브라 끈`) },
  ar: { removeWeak: terms(`نزّل|نزل|نزلي|انزل|أنزل|نزليها|نزله|لتحت|للأسفل|للاسفل`), strap: terms(`حمالات|حمالة|الحمالات|الحمالة`) },
  hi: {
    removeWeak: terms(`नीचे करो|नीचे कर दो|नीचे करें|नीचे खींचो|नीचे खींच दो|नीचे सरकाओ|नीचे सरका दो|neeche karo|niche karo|neeche kar do|niche kar do|neeche khicho|niche kheecho`),
    strap: terms(`स्ट्रैप|स्ट्रैप्स|strap`),
  },
  vi: { removeWeak: terms(`tụt|tut|tuột|kéo xuống|keo xuong|kéo tụt|keo tut|kéo|keo`), strap: terms(`dây áo|day ao|dây áo ngực|day ao nguc|dây vai|day vai`) },
};

/** Every lowering word above, as matched (term strings): a garment lowered to a covering length is made longer (rules.ts). */
export const LOWERING_TERMS: ReadonlySet<string> = new Set(Object.values(LOWERING).flatMap((l) => l.removeWeak ?? []));
