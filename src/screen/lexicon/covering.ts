import { terms, type Lexicon } from './types.ts';

/**
 * `coverUp` in the languages that had few or no words for it: the covering version of a garment (a one-piece or full
 * swimsuit, with sleeves, long-sleeved) and the comparatives of covering (less revealing, more covered, more modest).
 * "swap the bikini for a one-piece with sleeves", in any language, asks for more cloth, not less (rules.ts,
 * coveringUp). Written from the author's knowledge of the languages, by concept, not from any request: words that
 * also name something else near a garment are written as phrases ("maillot une pièce", not "une pièce", a room;
 * "baju renang tertutup", not "tertutup", an indoor pool).
 */
export const COVERING: Readonly<Record<string, Lexicon>> = {
  es: {
    coverUp: terms(
      `traje de baño completo|bañador completo|banador completo|de una pieza|con mangas|con manga|de manga larga|menos revelador*|menos escotad*|más tapad*|mas tapad*|más cubiert*|mas cubiert*|que cubra más|que cubra mas`,
    ),
  },
  pt: {
    coverUp: terms(`maiô inteiro|maio inteiro|de uma peça|de uma peca|com manga|com mangas|de manga longa|manga longa|mangas longas|menos revelador*|mais fechad*|mais cobert*|mais comportad*`),
  },
  ca: {
    coverUp: terms(
      `banyador sencer|vestit de bany sencer|d una peça|d una peca|amb mànigues|amb manigues|amb màniga|amb maniga|de màniga llarga|de maniga llarga|menys revelador*|més tapat*|mes tapat*`,
    ),
  },
  it: { coverUp: terms(`con le maniche|con maniche|a maniche lunghe|meno scollat*|meno rivelator*|più copert*|piu copert*|più castigat*|piu castigat*`) },
  fr: {
    coverUp: terms(
      `maillot une pièce|maillot une piece|maillot de bain une pièce|maillot de bain une piece|maillot entier|avec des manches|avec manches|à manches longues|a manches longues|moins décolleté*|moins decollete*|moins révélat*|moins revelat*`,
    ),
  },
  de: {
    coverUp: terms(`einteiler|einteilig*|mit ärmeln|mit armeln|mit langen ärmeln|mit langen armeln|weniger freizügig*|weniger freizugig*|weniger knapp|bedeckter*|hochgeschlossen*`),
  },
  nl: { coverUp: terms(`uit één stuk|uit een stuk|met mouwen|met lange mouwen|lange mouwen|minder bloot|minder onthullend|bedekkender|zediger`) },
  pl: {
    coverUp: terms(
      `jednoczęściow*|jednoczesciow*|z rękawami|z rekawami|z długim rękawem|z dlugim rekawem|z długimi rękawami|z dlugimi rekawami|mniej odsłaniając*|mniej odslaniajac*|mniej wyzywając*|mniej wyzywajac*|bardziej zakryt*|skromniejsz*`,
    ),
  },
  ru: {
    coverUp: terms(
      `слитный купальник|слитном купальнике|слитного купальника|слитный|сплошной купальник|с рукавами|с длинными рукавами|с длинным рукавом|длинные рукава|менее откровенн*|более закрыт*|поскромнее|скромнее`,
    ),
  },
  uk: { coverUp: terms(`суцільний купальник|суцільному купальнику|суцільний|з рукавами|з довгими рукавами|з довгим рукавом|довгі рукави|менш відверт*|більш закрит*|скромніш*`) },
  bg: { coverUp: terms(`цял бански|с ръкави|с дълги ръкави|с дълъг ръкав|по-закрит*|по закрит*|по-скромн*|по скромн*`) },
  sr: { coverUp: terms(`jednodelni|jednodijelni|sa rukavima|s rukavima|dugih rukava|dugi rukavi|manje otkriven*|zatvoreniji|zatvorenija|pristojniji|pristojnija`) },
  cs: { coverUp: terms(`jednodílné|jednodilne|s rukávy|s rukavy|s dlouhým rukávem|s dlouhym rukavem|dlouhé rukávy|dlouhe rukavy|méně odhalen*|mene odhalen*|zakrytější|zakrytejsi`) },
  sk: { coverUp: terms(`jednodielne|s rukávmi|s rukavmi|s dlhým rukávom|s dlhym rukavom|menej odhaľujúc*|menej odhalujuc*|zakrytejš*|zakrytejs*`) },
  tr: { coverUp: terms(`tek parça|tek parca|kollu|uzun kollu|uzun kol|daha kapalı|daha kapali|daha az açık|daha az acik|haşema|hasema|tesettür mayo|tesettur mayo`) },
  ar: { coverUp: terms(`بكمام|بأكمام|باكمام|بكم طويل|أكمام طويلة|اكمام طويلة|اكمام طويله|قطعة واحدة|قطعه واحده|أقل كشفا|اقل كشفا|أكثر حشمة|اكثر حشمة|اكثر حشمه|بوركيني`) },
  fa: { coverUp: terms(`یک‌تیکه|یک تیکه|یکتیکه|یک‌تکه|یک تکه|آستین‌دار|آستین دار|آستین بلند|آستین‌بلند|پوشیده‌تر|پوشیده تر|بورکینی|مایوی اسلامی|مایو اسلامی`) },
  ur: { coverUp: terms(`پوری آستین|لمبی آستین|آستین والا|آستین والی|زیادہ ڈھکا|مکمل سوئم سوٹ|برقینی`) },
  hi: {
    coverUp: terms(
      `कम पारदर्शी|कम ट्रांसपेरेंट|कम झीना|कम झीनी|पूरा स्विमसूट|पूरे स्विमसूट|पूरी बाजू|बाजू वाला|बाजू वाली|आस्तीन वाला|आस्तीन वाली|लंबी आस्तीन|कम खुला|कम खुली|ज्यादा ढका|ज़्यादा ढका|बंद गले|बंद गला|हाई नेक|कम गहरा|कम गहरी|कम डीप|band gale|band gala|high neck|kam gehra|kam gehri|kam deep`,
    ),
  },
  bn: { coverUp: terms(`পুরো হাতা|লম্বা হাতা|হাতাওয়ালা|ফুল হাতা|কম খোলামেলা`) },
  id: { coverUp: terms(`baju renang tertutup|pakaian renang tertutup|lebih tertutup|lengan panjang|berlengan|berlengan panjang|satu potong|baju renang muslimah|lebih sopan|kurang terbuka`) },
  ms: { coverUp: terms(`baju renang tertutup|pakaian renang tertutup|lebih tertutup|lengan panjang|berlengan|berlengan panjang|sehelai|baju renang muslimah|lebih sopan|kurang terdedah`) },
  vi: { coverUp: terms(`có tay|co tay|tay dài|tay dai|dài tay|dai tay|kín đáo|kin dao|liền mảnh|lien manh|một mảnh|mot manh|ít hở|it ho|bớt hở|bot ho`) },
  th: { coverUp: terms(`แขนยาว|มีแขน|วันพีซ|มิดชิด|ปิดมิด`) },
  tl: { coverUp: terms(`may manggas|mahabang manggas|balot na balot|mas balot|mas disente|hindi revealing`) },
  sw: { coverUp: terms(`yenye mikono|mikono mirefu|ya heshima|ya kujisitiri|inayositiri`) },
  ko: { coverUp: terms(`원피스 수영복|긴팔|긴 소매|소매 있는|노출 적은|노출이 적은|노출 없는|덜 노출|덜 야한|전신 수영복`) },
  ja: { coverUp: terms(`ワンピース水着|長袖|袖付き|袖あり|露出の少ない|露出少なめ|露出控えめ|ラッシュガード`) },
  zh: { coverUp: terms(`连体泳衣|連體泳衣|长袖|長袖|有袖|带袖|帶袖|保守一点|保守一點|少露|不那么暴露|不那麼暴露|包得严实|包得嚴實`) },
  el: { coverUp: terms(`ολόσωμο|ολοσωμο|με μανίκια|με μανικια|μακρυμάνικ*|μακρυμανικ*|μακριά μανίκια|μακρια μανικια|λιγότερο αποκαλυπτικ*|λιγοτερο αποκαλυπτικ*|πιο κλειστ*|πιο σεμν*`) },
  he: { coverUp: terms(`בגד ים שלם|עם שרוולים|שרוולים ארוכים|שרוול ארוך|פחות חשוף|פחות חשופה|פחות חושפני|פחות חושפנית|יותר צנוע|יותר צנועה|סגור יותר|סגורה יותר`) },
  ro: {
    coverUp: terms(
      `costum de baie întreg|costum de baie intreg|dintr o bucată|dintr o bucata|cu mâneci|cu maneci|cu mânecă lungă|cu maneca lunga|mâneci lungi|maneci lungi|mai puțin decoltat*|mai putin decoltat*|mai acoperit*|mai decent*`,
    ),
  },
  hu: { coverUp: terms(`egyrészes|egyreszes|ujjas|hosszú ujjú|hosszu ujju|kevésbé kihívó|kevesbe kihivo|kevésbé kivágott|kevesbe kivagott|zártabb|zartabb|szolidabb|visszafogottabb`) },
  sv: { coverUp: terms(`heldräkt|heldrakt|i ett stycke|med ärmar|med armar|långärmad|langarmad|mindre avslöjande|mindre avslojande|mindre utmanande|mer täckande|mer tackande`) },
  da: { coverUp: terms(`heldragt|i ét stykke|i et stykke|med ærmer|med aermer|langærmet|langaermet|mindre afslørende|mindre afslorende|mere tildækket|mere tildaekket`) },
  nb: { coverUp: terms(`heldrakt|i ett stykke|med ermer|langermet|mindre avslørende|mindre avslorende|mer tildekket`) },
  fi: {
    coverUp: terms(`yksiosai*|hihallinen|hihallise*|pitkähihai*|pitkahihai*|pitkillä hihoilla|pitkilla hihoilla|peittävämpi|peittavampi|vähemmän paljastav*|vahemman paljastav*|siveämpi|siveampi`),
  },
  lt: { coverUp: terms(`vientis*|su rankovėmis|su rankovemis|ilgomis rankovėmis|ilgomis rankovemis|ilgarankov*|mažiau atviras|maziau atviras|uždaresn*|uzdaresn*`) },
};
