import { terms, type Lexicon } from './types.ts';

/**
 * Less on a person (`lessOn`): "less on her", "mniej na niej", "üzerinde daha az şey", "weniger an ihr", "moins de
 * choses sur elle", "меньше на ней": with nothing named after it, what is on her is her clothes, and less of it is
 * undressing her (rules.ts, lessOnPerson). With a thing named after it ("less on her plate", "less shine on her
 * face" is not this phrase) it is that thing. Written for this round from the author's knowledge of the languages;
 * merged into each language's lexicon (index.ts). The same request said as a complaint counts too: "she's wearing
 * way too much", "too many clothes", "too covered up", "zu viel an", "demasiada ropa" (with nothing named after it:
 * "wearing too much makeup" names makeup).
 */
export const LESS_ON: Readonly<Record<string, Lexicon>> = {
  en: {
    lessOn: terms(
      `less on her|less on him|less on them|even less on her|even less on him|less and less on her|less on her body|less on his body|wearing too much|wearing way too much|wearing far too much|wearing much too much|has too much on|has way too much on|has far too much on|got too much on|got way too much on|too many clothes on her|too many clothes on him|too much on her|too much on him|too many clothes|too much clothing|too much clothes|too covered|too covered up|way too covered|too many layers on her`,
    ),
  },
  fr: {
    lessOn: terms(
      `moins de choses sur elle|moins de choses sur lui|encore moins sur elle|moins sur elle|moins sur lui|moins de tissu sur elle|trop habillée|trop habillee|trop habillé|trop de vêtements sur elle|trop de vetements sur elle|trop de vêtements sur lui|trop de vêtements|trop de vetements|trop couverte|beaucoup trop habillée`,
    ),
  },
  de: {
    lessOn: terms(
      `weniger an ihr|weniger an ihm|noch weniger an ihr|noch weniger an|weniger anhaben|weniger an haben|weniger am leib|weniger am körper|weniger am korper|weniger auf der haut|zu viel an|viel zu viel an|zu viele klamotten|zu viel kleidung|zu viele kleider|zu sehr angezogen|zu bedeckt`,
    ),
  },
  es: {
    lessOn: terms(
      `menos encima|con menos encima|menos cosas encima|aún menos encima|aun menos encima|menos sobre ella|menos tela encima|demasiada ropa|mucha ropa encima|muy tapada|demasiado tapada|demasiado vestida|lleva demasiado`,
    ),
  },
  it: { lessOn: terms(`meno addosso|meno roba addosso|ancora meno addosso|meno cose addosso|meno stoffa addosso|troppo vestita|troppi vestiti|troppo coperta|troppa roba addosso`) },
  pt: {
    lessOn: terms(
      `menos coisa no corpo|menos coisas no corpo|com menos no corpo|menos pano no corpo|menos coisa em cima|ainda menos no corpo|roupa demais|muita roupa|tapada demais|coberta demais|vestida demais|roupas demais`,
    ),
  },
  nl: { lessOn: terms(`minder aan haar lijf|minder aan zijn lijf|minder op haar lijf|minder aan|te veel aan|veel te veel aan|te veel kleren|te veel kleding`) },
  pl: { lessOn: terms(`mniej na niej|mniej na nim|jeszcze mniej na niej|jeszcze mniej na nim|mniej na sobie|za dużo na sobie|za duzo na sobie|za dużo ubrań|za duzo ubran|zbyt ubrana`) },
  ru: {
    lessOn: terms(
      `меньше на ней|меньше на нём|меньше на нем|поменьше на ней|ещё меньше на ней|еще меньше на ней|меньше на себе|слишком много одежды на ней|слишком много одежды на нём|слишком много одежды на нем|слишком много одежды|слишком одета|слишком закрыта|слишком много на ней`,
    ),
  },
  uk: { lessOn: terms(`менше на ній|менше на ньому|ще менше на ній`) },
  cs: { lessOn: terms(`méně na sobě|mene na sobe|ještě méně na sobě|jeste mene na sobe|míň na sobě|min na sobe`) },
  sk: { lessOn: terms(`menej na sebe|ešte menej na sebe|este menej na sebe`) },
  hu: { lessOn: terms(`kevesebb legyen rajta|kevesebb van rajta|még kevesebb rajta|meg kevesebb rajta`) },
  ro: { lessOn: terms(`mai puțin pe ea|mai putin pe ea|mai puține pe ea|mai putine pe ea`) },
  tr: {
    lessOn: terms(
      `üzerinde daha az şey|uzerinde daha az sey|üstünde daha az şey|ustunde daha az sey|üzerinde daha az|üstünde daha az|çok fazla kıyafet|cok fazla kiyafet|fazla kapalı|fazla kapali|üstünde çok fazla|ustunde cok fazla`,
    ),
  },
  sv: { lessOn: terms(`mindre på henne|mindre pa henne|mindre på sig|mindre pa sig`) },
  da: { lessOn: terms(`mindre på hende|mindre pa hende`) },
  nb: { lessOn: terms(`mindre på henne|mindre pa henne|mindre på seg`) },
  fi: { lessOn: terms(`vähemmän päällä|vahemman paalla|vielä vähemmän päällä`) },
  el: { lessOn: terms(`λιγότερα πάνω της|λιγοτερα πανω της|λιγότερα πάνω του`) },
  id: { lessOn: terms(`lebih sedikit yang dipakai|yang dipakai lebih sedikit|terlalu banyak baju|terlalu tertutup|bajunya terlalu banyak`) },
  vi: { lessOn: terms(`ít đồ hơn trên người|it do hon tren nguoi|trên người ít hơn`) },
  ar: { lessOn: terms(`أقل عليها|اقل عليها|عليها أقل|عليها اقل`) },
  he: { lessOn: terms(`פחות עליה|פחות עליו`) },
  ja: { lessOn: terms(`身につけているものを減らして|着ているものを減らして|身に着けるものを減らして`) },
  zh: { lessOn: terms(`身上的东西再少一点|身上的東西再少一點|身上的东西少一点|身上再少一点`) },
  ko: { lessOn: terms(`걸친 걸 더 줄여|걸친 것을 줄여|몸에 걸친 걸 줄여`) },
};
