import { terms, type Lexicon } from './types.ts';

/**
 * `asIs`: words that tell the edit to leave something as it is: don't touch, don't change, untouched, unchanged, as
 * it is, as they are. "Don't touch our swimsuits", "no toques los bañadores", "水着はそのまま": swimwear said to stay as it
 * is, with nothing asking for it, is how people are dressed in the photo (rules.ts, leftAsIs). Written from the author's
 * knowledge of the languages, in the forms a request uses them; merged into each language's lexicon with the scene words.
 */
export const AS_IS: Readonly<Record<string, Lexicon>> = {
  en: {
    asIs: terms(
      `don t touch|do not touch|dont touch|don t change|do not change|dont change|don t edit|do not edit|leave untouched|untouched|unchanged|as is|as it is|as they are|the way it is|the way they are|leave alone|leave them alone|leave it alone`,
    ),
  },
  es: {
    asIs: terms(
      `no toques|no toquen|no toque|sin tocar|no cambies|no cambien|no modifiques|tal cual|tal como está|tal como esta|tal como están|tal como estan|intacto|intacta|intactos|intactas|sin cambios`,
    ),
  },
  fr: {
    asIs: terms(
      `ne touche pas|ne touchez pas|touche pas|sans toucher|ne change pas|ne changez pas|ne modifie pas|tel quel|telle quelle|tels quels|telles quelles|intact|intacte|intacts|intactes|sans changement`,
    ),
  },
  de: {
    asIs: terms(`nicht anfassen|nicht verändern|nicht veraendern|nicht ändern|nicht aendern|fass nicht an|unverändert|unveraendert|so wie sie sind|so wie er ist|so wie es ist|unberührt|unberuhrt`),
  },
  it: {
    asIs: terms(`non toccare|non toccate|senza toccare|non cambiare|non modificare|così com è|cosi com e|così come sono|cosi come sono|intatto|intatta|intatti|intatte|invariato|invariata|invariati`),
  },
  pt: {
    asIs: terms(
      `não mexa|nao mexa|não mexe|nao mexe|não toque|nao toque|sem mexer|sem tocar|não mude|nao mude|não altere|nao altere|do jeito que está|do jeito que esta|do jeito que estão|intacto|intacta|intactos|intactas`,
    ),
  },
  nl: {
    asIs: terms(`niet aanraken|niet veranderen|niet aanpassen|ongewijzigd|onveranderd|zoals ze zijn|zoals het is|onaangeroerd`),
  },
  pl: {
    asIs: terms(`nie ruszaj|nie dotykaj|nie zmieniaj|bez zmian|tak jak jest|tak jak są|tak jak sa|nietknięt*|nietkniet*`),
  },
  ru: {
    asIs: terms(`не трогай|не трогайте|не меняй|не меняйте|не изменяй|без изменений|как есть|нетронут*`),
  },
  uk: {
    asIs: terms(`не чіпай|не чіпайте|не змінюй|не змінюйте|без змін|як є`),
  },
  tr: {
    asIs: terms(`dokunma|dokunmayın|dokunmayin|değiştirme|degistirme|olduğu gibi|oldugu gibi|aynen bırak|aynen birak`),
  },
  id: {
    asIs: terms(`jangan diubah|jangan ubah|jangan disentuh|jangan sentuh|biarkan seperti|apa adanya`),
  },
  ms: {
    asIs: terms(`jangan diubah|jangan ubah|jangan sentuh|biarkan seperti|seadanya`),
  },
  ro: {
    asIs: terms(`nu atinge|nu schimba|neatins*|așa cum sunt|asa cum sunt|fără modificări|fara modificari`),
  },
  sv: {
    asIs: terms(`rör inte|ror inte|ändra inte|andra inte|oförändrad*|oforandrad*|som de är|som de ar`),
  },
  el: {
    asIs: terms(`μην αγγίξεις|μην αγγιξεις|μην πειράξεις|μην πειραξεις|μην αλλάξεις|μην αλλαξεις|ως έχει|ως εχει|ως έχουν|ως εχουν|ανέγγιχτ*|ανεγγιχτ*`),
  },
  vi: {
    asIs: terms(`đừng chạm|dung cham|đừng đổi|dung doi|đừng sửa|dung sua|giữ nguyên|giu nguyen`),
  },
  hi: {
    asIs: terms(`मत छुओ|मत बदलो|जैसा है|जैसे हैं|वैसे ही|mat chhuo|mat badlo|waise hi|jaisa hai|jaise hain`),
  },
  ar: {
    asIs: terms(`لا تلمس|لا تغير|لا تغيّر|كما هو|كما هي|بدون تغيير|دون تغيير`),
  },
  ja: {
    asIs: terms(`そのまま|触らないで|変えないで|いじらないで`),
  },
  zh: {
    asIs: terms(`不要动|別動|别动|不要改|别改|保持原样|保持原樣|保持不变|保持不變|不要修改|别修改`),
  },
  ko: {
    asIs: terms(`그대로|건드리지 마|건드리지 말|바꾸지 마|바꾸지 말`),
  },
};
