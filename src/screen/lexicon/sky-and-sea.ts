import { terms, type Lexicon } from './types.ts';

/**
 * `sceneThing`, continued (scene-things.ts): the sky, the sea, the water, a lake, the clouds, the sand, in the languages
 * whose lexicons lacked them. A photo edit of these ("make the sky bluer", "làm trời xanh hơn", "napravi nebo plavlje")
 * is an edit of the scene (rules.ts, captionThenOtherEdit). Words that are everyday words of another language when
 * folded ("biển" folds to Spanish "bien") are written with their accents or an article. Written from the author's
 * knowledge of the languages.
 */
export const SKY_AND_SEA: Readonly<Record<string, Lexicon>> = {
  vi: { sceneThing: terms(`bầu trời|trời|nền trời|biển|mặt biển|nước biển|hồ|mây|bãi cát|cát`) },
  id: { sceneThing: terms(`langit|laut|lautnya|langitnya|air laut|airnya|danau|awan|pasir|ombak`) },
  ms: { sceneThing: terms(`langit|laut|air laut|tasik|awan|pasir|ombak`) },
  tl: { sceneThing: terms(`langit|dagat|tubig|lawa|ulap|buhangin|alon`) },
  th: { sceneThing: terms(`ท้องฟ้า|ทะเล|น้ำทะเล|ทะเลสาบ|เมฆ|ทราย`) },
  sr: { sceneThing: terms(`nebo|more|voda|vodu|jezero|oblaci|pesak|pijesak|небо|море|воду|језеро`) },
  bg: { sceneThing: terms(`небето|небе|морето|водата|езерото|облаците|пясъка`) },
  lt: { sceneThing: terms(`dangų|dangu|dangus|jūrą|jura|jūra|vandenį|vandeni|ežerą|ezera|debesys|smėlį|smeli`) },
  ca: { sceneThing: terms(`el cel|cel|el mar|mar|l aigua|aigua|llac|núvols|nuvols|sorra`) },
  ko: { sceneThing: terms(`하늘|바다|바닷물|물|호수|구름|모래`) },
  ro: { sceneThing: terms(`cerul|cer|marea|apa|lacul|norii|nisipul`) },
  hu: { sceneThing: terms(`az ég|ég|eget|tenger|tengert|víz|vizet|viz|tó|tavat|felhők|felhok|homok`) },
  fi: { sceneThing: terms(`taivas|taivaan|taivaasta|meri|meren|merestä|vesi|veden|vedestä|järvi|järven|järvestä|jarvesta|pilvet|hiekka`) },
  el: { sceneThing: terms(`ουρανό|ουρανο|ουρανός|θάλασσα|θαλασσα|νερό|νερο|λίμνη|λιμνη|σύννεφα|συννεφα|άμμο|αμμο`) },
  he: { sceneThing: terms(`השמיים|שמיים|הים|ים|המים|האגם|העננים|החול`) },
  ar: { sceneThing: terms(`السماء|البحر|الماء|المية|البحيرة|الغيوم|الرمل`) },
  fa: { sceneThing: terms(`آسمان|آسمون|دریا|آب|دریاچه|ابرها|شن`) },
  hi: { sceneThing: terms(`आसमान|आकाश|समुद्र|पानी|झील|बादल|रेत|aasman|asman|samundar|paani|pani`) },
  zh: { sceneThing: terms(`天空|天|海|海水|大海|湖|湖水|云|雲|沙滩|沙灘`) },
  ja: { sceneThing: terms(`空|海|水|湖|雲|砂浜`) },
  sv: { sceneThing: terms(`himlen|himmeln|havet|vattnet|sjön|sjon|molnen|sanden`) },
  nb: { sceneThing: terms(`himmelen|himmelen over|havet|vannet|sjøen|sjoen|skyene|sanden`) },
  da: { sceneThing: terms(`himlen|havet|vandet|søen|soen|skyerne|sandet`) },
  sw: { sceneThing: terms(`anga|bahari|maji|ziwa|mawingu|mchanga`) },
  ur: { sceneThing: terms(`آسمان|سمندر|پانی|جھیل|بادل|ریت`) },
  bn: { sceneThing: terms(`আকাশ|আকাশটা|সমুদ্র|পানি|জল|হ্রদ|মেঘ|বালি`) },
  cs: { sceneThing: terms(`nebe|obloha|oblohu|moře|more|vodu|voda|jezero|mraky|písek|pisek`) },
  sk: { sceneThing: terms(`nebo|obloha|oblohu|more|vodu|voda|jazero|mraky|piesok`) },
};
