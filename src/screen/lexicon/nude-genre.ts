import { terms, type Lexicon } from './types.ts';

/**
 * The genres of nude pictures and shows a picture is made "like" that pinup.ts lacks (`nudeGenre` only, not
 * `suggestive`: a Chippendales poster is no sexual picture of anyone until a real person is put in it): English
 * "Playboy" and "centerfold", the Chippendales' strip show, the Lui and Popular covers, the wardrobe malfunction, strip poker and
 * card games played for clothes; the art framings that draw a model nude (`artStudy`: a figure
 * study, life drawing, Botticelli's Venus), which need a real person named; and the
 * inflected calendar girl of the languages whose pinup.ts entry has only the nominative ("holku z kalendáře"). Applied
 * to a real person, nudity (../nude-genre.ts). Written for this round from the author's knowledge of the languages;
 * merged into each language's lexicon (index.ts).
 */
export const NUDE_GENRES: Readonly<Record<string, Lexicon>> = {
  en: {
    nudeGenre: terms(
      `playboy|centerfold|centrefold|chippendale|chippendales|wardrobe malfunction|nipplegate|janet jackson at the super bowl|janet jackson super bowl|janet jackson s super bowl|kim k break the internet|kim kardashian break the internet|break the internet cover|break the internet style|strip poker|strip-poker|strippoker|strip blackjack|playing for clothes|played for clothes|clothes as the stake|clothes as stakes|bet her clothes|betting her clothes`,
    ),
    artStudy: terms(
      `birth of venus|botticelli s venus|botticelli venus|venus of botticelli|figure study|figure studies|life drawing|life-drawing|life study|life model|life class model|academic study of the figure|art school model`,
    ),
  },
  fr: {
    artStudy: terms(
      `naissance de vénus|naissance de venus|vénus de botticelli|venus de botticelli|étude de figure|etude de figure|modèle vivant|modele vivant|croquis de modèle vivant|académie d après modèle|academie d apres modele`,
    ),
    nudeGenre: terms(`strip-poker|strip poker|partie de strip|couverture de lui des années|couverture de lui des annees|couverture du magazine lui|couv de lui des années|chippendale|chippendales`),
  },
  de: {
    artStudy: terms(`geburt der venus|venus von botticelli|aktmodell|aktzeichnen|akt zeichnen|figurenstudie|lebendmodell`),
    nudeGenre: terms(`chippendales|strip-poker|strippoker|strip poker|um kleider gespielt|um die kleidung gespielt`),
  },
  es: {
    artStudy: terms(`nacimiento de venus|venus de botticelli|modelo vivo|estudio de figura|dibujo de modelo vivo`),
    nudeGenre: terms(`chippendale|chippendales|strip poker|póker de prendas|poker de prendas|jugando por la ropa`),
  },
  it: {
    artStudy: terms(`nascita di venere|venere di botticelli|modello vivente|modella vivente|studio di figura`),
    nudeGenre: terms(`strip poker|spogliarello a carte|giocando a carte con i vestiti in palio`),
  },
  pt: {
    artStudy: terms(`nascimento de vênus|nascimento de venus|vênus de botticelli|venus de botticelli|modelo vivo|estudo de figura|desenho de modelo vivo`),
    nudeGenre: terms(`strip poker|pôquer de roupas|poquer de roupas|apostando as roupas`),
  },
  fi: { nudeGenre: terms(`strippipokeri*|panoksena olivat vaatteet|panoksena vaatteet|vaatteista pelattiin`) },
  sv: { nudeGenre: terms(`strippoker|klädpoker|kladpoker|spelade om kläderna`) },
  nl: { nudeGenre: terms(`strippoker|kledingpoker|om kleren spelen`) },
  pl: { artStudy: terms(`narodziny wenus|model do aktu|modelka do aktu|studium aktu`), nudeGenre: terms(`rozbierany poker|rozbieranego pokera|dziewczynę z kalendarza|dziewczyne z kalendarza`) },
  ru: {
    artStudy: terms(`рождение венеры|рождения венеры|венера боттичелли|натурщиц*|натурщик*|академический рисунок фигуры`),
    nudeGenre: terms(`покер на раздевание|на раздевание в карты|в карты на раздевание|в карты на одежду`),
  },
  tr: { nudeGenre: terms(`soyunmalı poker|soyunmali poker|striptiz poker`) },
  ja: { artStudy: terms(`ヴィーナスの誕生|ビーナスの誕生|裸婦デッサン|人体デッサン|ヌードデッサン|デッサンモデル`), nudeGenre: terms(`脱衣ポーカー|脱衣麻雀|野球拳`) },
  zh: { artStudy: terms(`维纳斯的诞生|維納斯的誕生|波提切利的维纳斯|人体写生|人體寫生|人体素描|人體素描|人体模特|人體模特`), nudeGenre: terms(`脱衣扑克|脱衣撲克|脱衣麻将|输了就脱`) },
  ko: { artStudy: terms(`비너스의 탄생|누드 크로키|인체 크로키|누드모델|누드 모델`), nudeGenre: terms(`탈의 포커|옷 벗기 포커|벗기 게임`) },
  cs: { nudeGenre: terms(`holku z kalendáře|holku z kalendare|holky z kalendáře|holky z kalendare`) },
  sr: { nudeGenre: terms(`devojku sa kalendara|djevojku s kalendara|curu s kalendara|девојку са календара`) },
  id: { nudeGenre: terms(`majalah popular|sampul popular|sampul majalah popular`) },
};
