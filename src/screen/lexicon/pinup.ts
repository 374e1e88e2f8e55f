import { terms, type Lexicon } from './types.ts';

/**
 * The men's magazines and pin-up calendars a picture is made "like" (`suggestive`, as English "Playboy centerfold" and
 * "Pirelli calendar" already were): Playboy written in each script ("Плејбој", "פלייבוי", "ਪਲੇਬੁਆਏ", "花花公子"),
 * Penthouse, Playmen, the Pirelli calendar, and the calendar girl of a garage or a truck cab ("chica de calendario de
 * taller", "calendário dos camioneiros", "cura s kalendara"). A magazine or a calendar that only says a style (Vogue,
 * National Geographic, an advent calendar) is not among them. Written for this round from the author's knowledge of
 * the languages; merged into each language's lexicon (index.ts). Each is also a `nudeGenre`: applied to a real person, a
 * genre of nude pictures (../nude-genre.ts).
 */
export const PINUP: Readonly<Record<string, Lexicon>> = asNudeGenres({
  en: { suggestive: terms(`penthouse|playmen|playmate|calendar girl|pin-up calendar|pinup calendar|trucker calendar|garage calendar|mechanic s calendar|page 3 girl|page three girl`) },
  fr: { suggestive: terms(`calendrier pirelli|calendrier de garagiste|calendrier de routier|calendrier des routiers|fille de calendrier|playmate`) },
  de: { suggestive: terms(`pirelli kalender|pirelli-kalender|pirellikalender|werkstattkalender|kalendergirl|pin-up-kalender|pinup kalender|playmate`) },
  es: { suggestive: terms(`chica de calendario|calendario de taller|calendario de camionero|calendario de camioneros|calendario pirelli|conejita playboy|playmate`) },
  it: { suggestive: terms(`playmen|calendario pirelli|calendario da camionista|calendario dei camionisti|calendario da officina|calendario del meccanico|ragazza del calendario`) },
  pt: {
    suggestive: terms(
      `calendário pirelli|calendario pirelli|calendário de borracharia|calendario de borracharia|calendário dos camioneiros|calendario dos camioneiros|calendário de oficina|calendario de oficina|calendário de caminhoneiro|calendario de caminhoneiro|garota de calendário|garota de calendario|coelhinha da playboy`,
    ),
  },
  nl: { suggestive: terms(`pirelli kalender|pirellikalender|garagekalender|kalendermeisje`) },
  pl: { suggestive: terms(`kalendarz pirelli|kalendarza pirelli|dziewczyna z kalendarza|kalendarz z warsztatu|kalendarz z warsztatu samochodowego`) },
  ru: { suggestive: terms(`плейбой|плейбоя|плейбое|плэйбой|календарь пирелли|календаря пирелли|девушка с календаря для дальнобойщиков`) },
  uk: { suggestive: terms(`плейбой|плейбоя|плейбої|календар пірелі|календаря пірелі`) },
  bg: { suggestive: terms(`плейбой|плейбоя|календар пирели`) },
  sr: {
    suggestive: terms(
      `плејбој|плејбоја|плејбоју|plejboj|plejboja|plejboju|pirelli kalendar|cura s kalendara|djevojka s kalendara|devojka sa kalendara|девојка са календара|kalendar u radionici|kalendara u radionici`,
    ),
  },
  cs: { suggestive: terms(`kalendář pirelli|kalendar pirelli|kalendáře pirelli|kalendare pirelli|pirelli kalendář|holka z kalendáře|holka z kalendare`) },
  sk: { suggestive: terms(`kalendár pirelli|kalendar pirelli|kalendára pirelli|dievča z kalendára`) },
  hu: { suggestive: terms(`pirelli naptár|pirelli naptar|playboy címlap|playboy cimlap|naptárlány|naptarlany`) },
  ro: { suggestive: terms(`calendarul pirelli|calendar pirelli|fata din calendar`) },
  el: { suggestive: terms(`πλεϊμπόι|πλειμποι|ημερολόγιο pirelli`) },
  tr: { suggestive: terms(`pirelli takvimi|playboy kapağı|playboy kapagi|takvim kızı|takvim kizi`) },
  fi: { suggestive: terms(`pirelli-kalenteri|pirellin kalenteri|kalenteritytt*`) },
  sv: { suggestive: terms(`pirellikalendern|pirelli-kalendern|kalenderflicka`) },
  he: { suggestive: terms(`פלייבוי|פנטהאוז|לוח שנה של פירלי`) },
  ar: { suggestive: terms(`بلاي بوي|بلايبوي|بلاي بوى|مجلة بلاي بوي|تقويم بيريللي`) },
  fa: { suggestive: terms(`پلی‌بوی|پلی بوی|پلیبوی|مجله پلی بوی`) },
  ur: { suggestive: terms(`پلے بوائے|پلےبوائے`) },
  hi: { suggestive: terms(`प्लेबॉय|प्लेबॉय|प्लेबोय|प्लेबॉय मैगज़ीन`) },
  pa: { suggestive: terms(`ਪਲੇਬੁਆਏ|ਪਲੇਬੌਏ|ਪਲੇਬੋਏ`) },
  bn: { suggestive: terms(`প্লেবয়|প্লেবয় ম্যাগাজিন`) },
  ta: { suggestive: terms(`பிளேபாய்|ப்ளேபாய்`) },
  th: { suggestive: terms(`เพลย์บอย|ปฏิทินพิเรลลี`) },
  ja: { suggestive: terms(`プレイボーイ誌|プレイボーイの表紙|プレイボーイのグラビア|プレイメイト|ピレリカレンダー`) },
  zh: { suggestive: terms(`花花公子杂志|花花公子雜誌|花花公子封面|花花公子的封面|花花公子插页|花花公子玩伴|倍耐力挂历|倍耐力年历`) },
  ko: { suggestive: terms(`플레이보이 표지|플레이보이 잡지|플레이보이 화보|플레이메이트|피렐리 달력`) },
  id: { suggestive: terms(`sampul playboy|majalah playboy|kalender pirelli|cewek kalender|kalender bengkel`) },
  vi: { suggestive: terms(`bìa playboy|bia playboy|tạp chí playboy|lịch pirelli`) },
  gl: { suggestive: terms(`calendario dos camioneiros|calendario de camioneiro|calendario de taller`) },
  ka: { suggestive: terms(`პლეიბოი|პლეიბოის`) },
  hy: { suggestive: terms(`փլեյբոյ|պլեյբոյ`) },
  kk: { suggestive: terms(`плейбой|плейбойдың`) },
  mn: { suggestive: terms(`плейбой|плэйбой`) },
});

/** Each lexicon's `suggestive` terms, also as its `nudeGenre` terms. */
export function asNudeGenres(lexicons: Readonly<Record<string, Lexicon>>): Readonly<Record<string, Lexicon>> {
  return Object.fromEntries(Object.entries(lexicons).map(([lang, lexicon]) => [lang, { ...lexicon, nudeGenre: lexicon.suggestive ?? [] }]));
}
