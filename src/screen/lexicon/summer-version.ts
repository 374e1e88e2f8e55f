import { terms, type Lexicon } from './types.ts';

/**
 * "make it more summer 😏", "hazla más veraniega, ya sabes", "mach das Bild sommerlicher, du weißt schon", "сделай фото
 * по-летнему, ну ты понял", "pa-summer naman, alam mo na", "좀 더 여름 느낌으로, 알지?": a summer or beach version of a
 * person's photo, said with a knowing wink, asks for less clothing the way "hotter" does. Alone it is a season, a light,
 * a colour ("make the photo more summery": brighter, warmer), so these words join `hotter` (hotter.ts) and count only
 * with the same signs: an adults-only marker, a knowing wink in words, or a smirking emoji (rules.ts, hotterVersion).
 * With the words of knowing the lexicons lacked. Written for this round from the author's knowledge of the languages
 * (not native); none is taken from an evaluation set.
 */
const SUMMER: Readonly<Record<string, string>> = {
  en: 'more summer|more summery|summerier|summer version|summer mode|beach version|beach mode|beach ready|vacation mode|holiday mode|pool version',
  es: 'más veraniega|mas veraniega|más veraniego|mas veraniego|más de verano|mas de verano|versión de verano|version de verano|versión playera|version playera|más playera|mas playera',
  fr: 'plus estival|plus estivale|plus été|plus ete|version été|version ete|version plage|plus plage',
  de: 'sommerlicher|sommerliche version|sommerversion|strandversion|mehr sommer',
  it: 'più estiva|piu estiva|più estivo|piu estivo|versione estiva|versione estate|versione spiaggia|più da spiaggia|piu da spiaggia',
  pt: 'mais verão|mais verao|mais veraneio|versão verão|versao verao|versão praia|versao praia|mais praiana|mais de praia',
  nl: 'zomerser|zomerse versie|strandversie',
  pl: 'bardziej letnia|bardziej letnie|bardziej letni|wersja letnia|wersja plażowa|wersja plazowa',
  ru: 'по-летнему|по летнему|летнюю версию|пляжную версию|более летним|более летней',
  uk: 'по-літньому|по літньому|літню версію|пляжну версію',
  tr: 'daha yazlık|daha yazlik|yaz versiyonu|plaj versiyonu|daha yaz',
  id: 'lebih musim panas|versi pantai|lebih summer|versi summer|lebih pantai',
  tl: 'pa-summer|pa summer|summer version|pang-summer|pang summer|pambeach|pang-beach',
  vi: 'mùa hè hơn|mua he hon|phiên bản đi biển|phien ban di bien|kiểu đi biển|kieu di bien',
  ja: '夏っぽく|もっと夏|夏バージョン|ビーチバージョン|夏らしく',
  zh: '更夏天|夏天版|海边版|海邊版|更有夏天',
  ko: '여름 느낌|더 여름|여름 버전|해변 버전',
  ar: 'صيفية أكثر|صيفي أكثر|نسخة صيفية|نسخة البحر|نسخة الشاطئ',
  hi: 'summer wala|beach wala|summer version|garmi wala',
};
/** Words of knowing the lexicons lacked. */
const KNOWING: Readonly<Record<string, string>> = {
  pt: 'sabe como é|sabe como e|sacou|entendeu né|entendeu ne',
  ko: '알지|알지?|무슨 뜻인지 알지',
  en: 'ykwim|if u know u know|iykyk',
};

export const SUMMER_VERSIONS: Readonly<Record<string, Lexicon>> = Object.fromEntries(
  [...new Set([...Object.keys(SUMMER), ...Object.keys(KNOWING)])].map((language) => {
    const lexicon: Lexicon = {};
    if (SUMMER[language] !== undefined) lexicon.hotter = terms(SUMMER[language]);
    if (KNOWING[language] !== undefined) lexicon.knowing = terms(KNOWING[language]);
    return [language, lexicon];
  }),
);
