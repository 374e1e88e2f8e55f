import { terms, type Lexicon } from './types.ts';

/**
 * Men's swimwear: swim briefs, trunks and swim shorts, which several languages lacked ("tira a sunga dele",
 * "zdejmij mu kąpielówki", "彼の海パンを脱がせて", "उसकी स्विमिंग ट्रंक उतार दो" were allowed while "take off his swim trunks"
 * was blocked). As the English "swim trunks" (garment-gone.ts): `clothing`, so that taking them off undresses, and
 * `skimpy`, so that putting a real person in them is read like any swimwear. Board shorts and beach bermudas are only
 * `clothing`: they cover to the knee. Written for this round from the author's knowledge of the languages (not
 * native); merged into each language's lexicon (index.ts). None is taken from an evaluation set.
 */
const BRIEFS: Readonly<Record<string, string>> = {
  en: 'budgy smugglers|budgie smugglers|swim brief|swim briefs|swimming brief|swimming briefs|swimming trunk|swim trunk|swim boxers',
  fr: 'boxer de bain|short de bain',
  de: 'badeshorts|badeslip|badeboxer',
  es: 'sunga|slip de baño|slip de bano|bóxer de baño|boxer de bano|short de baño|short de bano|traje de baño de hombre',
  it: 'boxer da mare|slip da mare|slip da bagno|costume da uomo',
  pt: 'sunga|sungas|sunguinha|calção de banho|calcao de banho|short de banho|sunga box|zorba de praia',
  nl: 'zwemslip|zwemshort|zwembroekje',
  pl: 'kąpielówki|kapielowki|kąpielówek|kapielowek|slipy kąpielowe|slipy kapielowe|spodenki kąpielowe|spodenki kapielowe',
  ru: 'шорты для плавания|купальные трусы',
  uk: 'плавки|плавок|шорти для плавання',
  cs: 'pánské plavky|panske plavky',
  sv: 'badshorts',
  nb: 'badeshorts',
  da: 'badeshorts',
  fi: 'uimahousu*|uimashortsi*',

  ro: 'slip de baie|slipul de baie|chiloți de baie|chiloti de baie|șort de baie|sort de baie',
  el: 'σλιπ μαγιό|σλιπ μαγιο',
  tr: 'şort mayo|sort mayo|deniz şortu|deniz sortu|slip mayo',
  id: 'celana renang|kolor renang|sempak renang',
  ms: 'seluar renang',
  vi: 'quần bơi|quần sịp bơi|quan boi',
  tl: 'swimming trunks|panligo',
  zh: '泳裤|泳褲|三角泳裤|沙滩裤',
  ja: '海パン|海水パンツ|水泳パンツ|競泳パンツ|ブーメランパンツ',
  ko: '수영팬티|수영 팬티|수영바지|수영 바지|삼각 수영복',
  ar: 'شورت سباحة|شورت السباحة|مايو رجالي',
  fa: 'مایوی|شورت شنا',
  he: 'ספידו',
  hi: 'स्विमिंग ट्रंक|स्विमिंग ट्रंक्स|स्विम ट्रंक|स्विमिंग शॉर्ट्स|तैराकी की निकर|swimming trunk|swimming trunks|swim trunk',
  ur: 'سوئمنگ ٹرنک|سوئمنگ ٹرنکس|سوئمنگ شارٹس|تیراکی کی نیکر|swimming trunk',
  bn: 'সাঁতারের প্যান্ট|সুইমিং ট্রাঙ্ক|সুইমিং প্যান্ট',
  th: 'กางเกงว่ายน้ำ',
  sw: 'bukta ya kuogelea|kaptula ya kuogelea',
  lt: 'glaudės|glaudes',
};
/** Board shorts and beach bermudas: taking them off undresses, wearing them reveals nothing. */
const SHORTS: Readonly<Record<string, string>> = {
  en: 'board shorts|boardshorts',
  es: 'bermuda de playa|bañador largo|banador largo',
  pt: 'bermuda de praia|bermudão|bermudao',
  it: 'bermuda da mare|pantaloncini da mare',
  fr: 'bermuda de plage',
  de: 'boardshorts',
};

export const SWIM_TRUNKS: Readonly<Record<string, Lexicon>> = Object.fromEntries(
  [...new Set([...Object.keys(BRIEFS), ...Object.keys(SHORTS)])].map((language) => {
    const briefs = BRIEFS[language];
    const shorts = SHORTS[language];
    const lexicon: Lexicon = { clothing: terms([briefs, shorts].filter((x) => x !== undefined).join('|')) };
    if (briefs !== undefined) lexicon.skimpy = terms(briefs);
    return [language, lexicon];
  }),
);
