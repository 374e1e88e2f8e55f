import { terms, type Lexicon } from './types.ts';

/**
 * An adults-only version (`adultOnly`): "the 18+ version", "adults-only", "versión para adultos", "для взрослых",
 * "성인용", "للكبار فقط", "ya watu wazima tu". Of a person's photo, or of a generated person, it asks for sexual
 * content without naming any (rules.ts, adultVersion); "18+" itself is read from the raw text, where the normaliser
 * drops the plus. Words for adults that also just mean grown-ups ("adults and children", "watu wazima") appear only
 * in a phrase with "version", "only" or "for". Written for this round from the author's knowledge of the languages.
 */
export const ADULT: Readonly<Record<string, Lexicon>> = {
  en: {
    adultOnly: terms(
      `adults only|adults-only|adult only|for adults only|adult version|adult-only version|after dark version|after-dark version|afterdark version|r18 version|x rated version|18 plus version|18 and over version`,
    ),
  },
  fr: { adultOnly: terms(`version adulte|version pour adultes|réservé aux adultes|reserve aux adultes|pour adultes seulement|interdit aux moins de 18|version interdite aux mineurs`) },
  de: { adultOnly: terms(`erwachsenenversion|version für erwachsene|version fur erwachsene|nur für erwachsene|nur fur erwachsene|ab 18 version|ab-18-version`) },
  es: {
    adultOnly: terms(`versión para adultos|version para adultos|versión adulta|version adulta|solo para adultos|sólo para adultos|para mayores de edad|versión para mayores|version para mayores`),
  },
  it: { adultOnly: terms(`versione per adulti|versione adulta|solo per adulti|vietata ai minori|vietato ai minori`) },
  pt: {
    adultOnly: terms(
      `versão para adultos|versao para adultos|versão adulta|versao adulta|só para adultos|so para adultos|somente para adultos|versão proibidona|versao proibidona|proibidona|proibido para menores`,
    ),
  },
  nl: { adultOnly: terms(`versie voor volwassenen|alleen voor volwassenen|volwassenenversie`) },
  pl: { adultOnly: terms(`wersja dla dorosłych|wersja dla doroslych|tylko dla dorosłych|tylko dla doroslych|wersja 18`) },
  ru: { adultOnly: terms(`версия для взрослых|версию для взрослых|только для взрослых|взрослая версия|взрослую версию`) },
  uk: { adultOnly: terms(`версія для дорослих|версію для дорослих|тільки для дорослих|лише для дорослих|доросла версія`) },
  tr: { adultOnly: terms(`yetişkin versiyonu|yetiskin versiyonu|yetişkinlere özel|yetiskinlere ozel|sadece yetişkinler|sadece yetiskinler|yetişkin sürümü|yetiskin surumu`) },
  ja: { adultOnly: terms(`大人向け|大人版|成人向け|18禁|十八禁|アダルト版|アダルトバージョン`) },
  zh: { adultOnly: terms(`成人版|成人版本|成人向|十八禁|限制级版本|限制級版本|大人版`) },
  ko: { adultOnly: terms(`성인용|성인 버전|성인버전|19금|미성년자 관람불가`) },
  ar: { adultOnly: terms(`للكبار فقط|للكبار بس|نسخة للكبار|نسخة الكبار|للبالغين فقط|نسخة للبالغين`) },
  fa: { adultOnly: terms(`نسخه بزرگسالان|نسخه بزرگسال|مخصوص بزرگسالان|فقط بزرگسالان`) },
  he: { adultOnly: terms(`גרסה למבוגרים|למבוגרים בלבד|גרסת מבוגרים`) },
  hi: { adultOnly: terms(`वयस्कों के लिए|वयस्क वर्ज़न|वयस्क वर्जन|सिर्फ़ बड़ों के लिए|सिर्फ बड़ों के लिए|adult wala version|sirf badon ke liye`) },
  ur: { adultOnly: terms(`بالغوں والا|بالغوں کے لیے|صرف بالغوں`) },
  bn: { adultOnly: terms(`প্রাপ্তবয়স্কদের জন্য|প্রাপ্তবয়স্ক ভার্সন`) },
  ne: { adultOnly: terms(`वयस्कहरूका लागि|वयस्क भर्सन`) },
  vi: { adultOnly: terms(`bản người lớn|ban nguoi lon|dành cho người lớn|danh cho nguoi lon|phiên bản người lớn|phien ban nguoi lon`) },
  th: { adultOnly: terms(`สำหรับผู้ใหญ่|เวอร์ชั่นผู้ใหญ่|เวอร์ชันผู้ใหญ่`) },
  id: { adultOnly: terms(`versi dewasa|khusus dewasa|untuk dewasa saja|hanya untuk dewasa`) },
  ms: { adultOnly: terms(`versi dewasa|khas untuk dewasa|untuk dewasa sahaja`) },
  tl: { adultOnly: terms(`pang-adult na version|pang adult na version|para sa matatanda lang`) },
  sw: { adultOnly: terms(`ya watu wazima tu|kwa watu wazima tu|toleo la watu wazima`) },
  yo: { adultOnly: terms(`ti àgbàlagbà nìkan|ti agbalagba nikan|fún àgbàlagbà nìkan|fun agbalagba nikan`) },
  ha: { adultOnly: terms(`na manya kawai|don manya kawai`) },
  am: { adultOnly: terms(`ለአዋቂዎች ብቻ`) },
  zu: { adultOnly: terms(`esabantu abadala|kwabantu abadala kuphela`) },
  so: { adultOnly: terms(`kan dadka waaweyn|dadka waaweyn oo keliya`) },
  el: { adultOnly: terms(`έκδοση για ενήλικες|εκδοση για ενηλικες|μόνο για ενήλικες|μονο για ενηλικες`) },
  ro: { adultOnly: terms(`versiune pentru adulți|versiune pentru adulti|doar pentru adulți|doar pentru adulti`) },
  hu: { adultOnly: terms(`felnőtt verzió|felnott verzio|csak felnőtteknek|csak felnotteknek`) },
  cs: { adultOnly: terms(`verze pro dospělé|verze pro dospele|jen pro dospělé|jen pro dospele`) },
  sv: { adultOnly: terms(`vuxenversion|version för vuxna|version for vuxna|bara för vuxna|bara for vuxna`) },
  da: { adultOnly: terms(`voksenversion|kun for voksne`) },
  nb: { adultOnly: terms(`voksenversjon|bare for voksne|kun for voksne`) },
  fi: { adultOnly: terms(`aikuisversio|vain aikuisille|aikuisten versio`) },
};
