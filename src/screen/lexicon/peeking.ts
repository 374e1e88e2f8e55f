import { terms, type Lexicon } from './types.ts';

/**
 * Watching unseen through a window, a gap or a crack (`peek`): "shot through her bathroom window", "from the curtain
 * gap", "durchs Badezimmerfenster", "por la rendija de la cortina"; with a place or a moment of undressing and someone
 * there, voyeurism (../peeking.ts). Peeping verbs join `covertCam` where that language's "覗き" already was one
 * ("隙間から覗いてる", "틈으로 엿보는"). And the
 * moments of undressing those words watch (`privateMoment`): stepping out of the tub or the shower, mid-change ("aus der
 * Wanne steigt", "saliendo de la bañera"). A window alone ("a view through the window of the café") is neither.
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const PEEKING: Readonly<Record<string, Lexicon>> = {
  en: {
    peek: terms(
      `through her bathroom window|through the bathroom window|through his bathroom window|through her bedroom window|through the bedroom window|through the curtain gap|from the curtain gap|through a gap in the curtain|through the gap in the curtain|through the gap in the door|through a crack in the door|through the crack in the door|through the door crack|through the gap under the door|peeking through a gap|peeking through the gap|peeping through a gap|through the gap in the stall`,
    ),
    privateMoment: terms(
      `getting out of the tub|getting out of the bath|getting out of the bathtub|getting out of the shower|stepping out of the tub|stepping out of the bath|stepping out of the shower|steps out of the shower|steps out of the tub|climbing out of the tub|climbing out of the bath|mid change|mid-change|halfway out of her clothes|halfway out of everything`,
    ),
  },
  fr: {
    peek: terms(
      `par la fenêtre de sa salle de bain|par la fenetre de sa salle de bain|par l entrebâillement du rideau|par l entrebaillement du rideau|par la fente du rideau|par l interstice|par la fente de la porte`,
    ),
    privateMoment: terms(`en sortant de la baignoire|sort de la baignoire|sortant de la douche|sort de la douche|en plein changement`),
  },
  de: {
    peek: terms(
      `durchs badezimmerfenster|durch das badezimmerfenster|durchs schlafzimmerfenster|durch das schlafzimmerfenster|durch den vorhangspalt|durch den türspalt|durch den turspalt|durch einen spalt im vorhang|durch den spalt im vorhang`,
    ),
    privateMoment: terms(`aus der wanne steigt|aus der badewanne steigt|aus der dusche steigt|aus der dusche kommt|beim umkleiden`),
  },
  es: {
    peek: terms(`por la ventana del baño|por la ventana del bano|por la rendija de la cortina|por la rendija de la puerta|por una rendija|a través de la rendija|a traves de la rendija`),
    privateMoment: terms(`saliendo de la bañera|saliendo de la banera|sale de la bañera|sale de la banera|saliendo de la ducha|sale de la ducha`),
  },
  it: {
    peek: terms(`dalla finestra del bagno|attraverso la finestra del bagno|dalla fessura della tenda|dalla fessura della porta|da uno spiraglio`),
    privateMoment: terms(`esce dalla vasca|uscendo dalla vasca|esce dalla doccia|uscendo dalla doccia`),
  },
  pt: {
    peek: terms(`pela janela do banheiro|pela fresta da cortina|pela fresta da porta|por uma fresta`),
    privateMoment: terms(`saindo da banheira|sai da banheira|saindo do chuveiro|sai do chuveiro|saindo do banho`),
  },
  nl: {
    peek: terms(`door het badkamerraam|door de kier van het gordijn|door een kier|door de kier`),
    privateMoment: terms(`uit bad stapt|uit het bad stapt|uit de douche stapt|uit de douche komt`),
  },
  pl: {
    peek: terms(`przez okno łazienki|przez okno lazienki|przez szparę w zasłonie|przez szpare w zaslonie|przez szparę w drzwiach|przez szpare w drzwiach`),
    privateMoment: terms(`wychodzi z wanny|wychodząc z wanny|wychodzac z wanny|wychodzi spod prysznica`),
  },
  ru: {
    peek: terms(`через окно ванной|в окно ванной|через щель в шторе|через щель в занавеске|через щель в двери|через щёлку|через щелку|в щёлку|в щелку`),
    privateMoment: terms(`выходит из ванны|вылезает из ванны|выходит из душа`),
  },
  uk: {
    peek: terms(`через вікно ванної|крізь щілину|через щілину|у шпарину|крізь шпарину`),
    privateMoment: terms(`виходить з ванни|вилазить з ванни|виходить з душу`),
  },
  tr: {
    peek: terms(`banyo penceresinden|perdenin aralığından|perdenin araligindan|kapı aralığından|kapi araligindan`),
    privateMoment: terms(`küvetten çıkarken|kuvetten cikarken|duştan çıkarken|dustan cikarken`),
  },
  ja: {
    covertCam: terms(`覗いて|覗いてる|覗いている|覗く|覗かれ|のぞいて|のぞいてる`),
    peek: terms(`浴室の窓から|風呂場の窓から|ドアの隙間から|カーテンの隙間から`),
    privateMoment: terms(`湯船から上がる|お風呂から上がる|風呂上がり`),
  },
  zh: {
    peek: terms(`从门缝|從門縫|从窗帘缝|從窗簾縫|透过浴室窗户|透過浴室窗戶|从浴室窗户|從浴室窗戶|从缝隙里看|從縫隙裡看`),
    privateMoment: terms(`从浴缸里出来|從浴缸裡出來|刚出浴缸|剛出浴缸`),
  },
  ko: {
    covertCam: terms(`틈으로 엿보|틈새로 엿보|틈으로 훔쳐보|엿보는|훔쳐보는`),
    peek: terms(`욕실 창문으로|욕실 창문 너머로|문틈으로|커튼 틈으로`),
    privateMoment: terms(`욕조에서 나오|샤워하고 나오`),
  },
  sv: { peek: terms(`genom badrumsfönstret|genom springan|genom glipan i draperiet`) },
  hu: { peek: terms(`a fürdőszoba ablakán át|a furdoszoba ablakan at|a függöny résén|a fuggony resen|az ajtórésen|az ajtoresen`) },
  cs: { peek: terms(`oknem koupelny|škvírou|skvirou|skulinou`) },
  id: { peek: terms(`dari jendela kamar mandi|lewat jendela kamar mandi|dari celah tirai|dari celah pintu`) },
  vi: { peek: terms(`qua cửa sổ phòng tắm|qua cua so phong tam|qua khe rèm|qua khe cửa|qua khe cua`) },
};
