import { terms, type Lexicon } from './types.ts';

/**
 * `objectTarget`: the invisible or ghost mannequin of product photography, a garment shot on a mannequin that is then
 * taken out so the garment looks worn by no one ("red swimsuit on an invisible mannequin", "隐形模特", "ma-nơ-canh vô hình").
 * The word for invisible there names a kind of mannequin, not something made to disappear: the remover read inside such
 * a phrase is dropped (prompt-screener.ts, dropInsidePhrases), and the phrase is a thing. Written from the author's
 * knowledge of the languages and of the trade's terms; merged into each language's lexicon (index.ts).
 */
export const GHOST_MANNEQUIN: Readonly<Record<string, Lexicon>> = {
  en: { objectTarget: terms(`invisible mannequin|ghost mannequin|hidden mannequin|invisible mannequin effect|ghost mannequin effect`) },
  de: { objectTarget: terms(`unsichtbare schaufensterpuppe|unsichtbaren schaufensterpuppe|unsichtbarer puppe|unsichtbaren puppe|ghost mannequin|geisterpuppe`) },
  fr: { objectTarget: terms(`mannequin invisible|mannequin fantôme|mannequin fantome`) },
  es: { objectTarget: terms(`maniquí invisible|maniqui invisible|maniquí fantasma|maniqui fantasma`) },
  it: { objectTarget: terms(`manichino invisibile|manichino fantasma`) },
  pt: { objectTarget: terms(`manequim invisível|manequim invisivel|manequim fantasma`) },
  nl: { objectTarget: terms(`onzichtbare etalagepop|onzichtbare paspop|onzichtbare mannequin`) },
  pl: { objectTarget: terms(`niewidzialny manekin|niewidzialnym manekinie|niewidoczny manekin|niewidocznym manekinie`) },
  ru: { objectTarget: terms(`невидимый манекен|невидимом манекене|невидимого манекена|манекен невидимка`) },
  uk: { objectTarget: terms(`невидимий манекен|невидимому манекені|невидимого манекена`) },
  tr: { objectTarget: terms(`görünmez manken|gorunmez manken|görünmez mankende|gorunmez mankende`) },
  fi: { objectTarget: terms(`näkymätön mallinukke|nakymaton mallinukke|näkymättömässä mallinukessa|nakymattomassa mallinukessa|näkymättömällä mallinukella|nakymattomalla mallinukella`) },
  sv: { objectTarget: terms(`osynlig skyltdocka|osynliga skyltdockan`) },
  vi: { objectTarget: terms(`ma nơ canh vô hình|ma no canh vo hinh|manocanh vô hình|manocanh vo hinh`) },
  id: { objectTarget: terms(`manekin tak terlihat|manekin transparan|manekin tidak terlihat|ghost manekin`) },
  ms: { objectTarget: terms(`manekin tak kelihatan|manekin halimunan`) },
  zh: { objectTarget: terms(`隐形模特|隱形模特|隐形人台|隱形人台|隐形假人|隱形假人`) },
  ja: { objectTarget: terms(`ゴーストマネキン|透明マネキン|インビジブルマネキン`) },
  ko: { objectTarget: terms(`투명 마네킹|고스트 마네킹|인비저블 마네킹`) },
  th: { objectTarget: terms(`หุ่นล่องหน|หุ่นโปร่งใส`) },
  ar: { objectTarget: terms(`مانيكان غير مرئي|مانيكان مخفي|عارضة مخفية`) },
  hi: { objectTarget: terms(`अदृश्य पुतला|इनविजिबल मैनिकिन`) },
};
