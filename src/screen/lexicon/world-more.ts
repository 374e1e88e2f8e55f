import { terms, type Lexicon } from './types.ts';

// Languages with no lexicon until now (2026-12): in a script no lexicon covered (Georgian, Armenian,
// Sinhala, Kannada, Malayalam, Gujarati, Lao) a request went to review whatever it said, even "make the
// sky bluer"; in Latin, Cyrillic or Arabic script (Kazakh, Mongolian, Somali, Uzbek, Basque, Pashto,
// Igbo, Kyrgyz, Zulu, Kurdish, Tajik) "undress her" named no term and was often allowed in silence.
// General vocabulary only, written from the author's knowledge of the languages (not native; the
// least sure are marked): removing and undressing verbs, nudity, garments, underwear and swimwear,
// see-through and wet, sexual words, children, the person pronouns, the things whose removal is
// benign (hat, glasses, background, logo, stain) and dressing or covering words. Their common words
// are in language.ts. Lao is written without spaces between words: its terms are open at both ends.

/** Uzbek's apostrophe letters (o', g') are typed as ', ʻ or ’, or left out: each term in every spelling. */
export function uzTerms(list: string): string[] {
  return terms(list).flatMap((t) => (t.includes("'") ? [t, t.replaceAll("'", 'ʻ'), t.replaceAll("'", '')] : [t]));
}

/** Malayalam's final consonants (chillu) are one letter (ൾ) or a consonant with a virama (ള്): both spellings. */
const CHILLU: Record<string, string> = { ൺ: 'ണ്', ൻ: 'ന്', ർ: 'ര്', ൽ: 'ല്', ൾ: 'ള്', ൿ: 'ക്' };
function mlTerms(list: string): string[] {
  return terms(list).flatMap((t) => {
    const old = [...t].map((c) => CHILLU[c] ?? c).join('');
    return old === t ? [t] : [t, old];
  });
}

export const ka: Lexicon = {
  colour: terms(`ფერ*|წითელ*|ლურჯ*|მწვანე*|შავ*|თეთრ*|ვარდისფერ*|ყვითელ*|ცისფერ*|ნაცრისფერ*`),
  // "გახადე" is both "make (it)" and "take off": only with a garment (გაახადე, with a doubled vowel, is "take off of her").
  remove: terms(`გაახადე*|გაიხადე*|მოხსენი*|მოაშორე*|მოაცილე*|წაშალე*|ამოიღე*|გარეშე`),
  removeWeak: terms(`გარეშე`),
  undressVerb: terms(`გააშიშვლე*|გაშიშვლე*|გაშიშვლებ*|ტანსაცმელი გაახადე*|ტანსაცმელი გახადე*|ტანსაცმელი გაიხადე*`),
  clothing: terms(`ტანსაცმ*|კაბა|კაბას|კაბის|კაბით|კაბები*|პერანგ*|მაისურ*|ბლუზ*|ქვედაბოლო*|შარვალ*|ჯინს*`),
  nude: terms(`შიშველ*|გაშიშვლებულ*|ტიტველ*|ტანსაცმლის გარეშე|უტანსაცმლო*`),
  skimpy: terms(`ბიკინ*|საცურაო კოსტიუმ*|საცურაო*|საცვალ*|საცვლ*|ლიფჩიკ*|ბიუსტჰალტერ*|ლანჟერი*`),
  reveal: terms(`გამჭვირვალე*|სველ*`),
  sexualAct: terms(`სექს*|პორნო*|პორნ*|სქესობრივ*`),
  suggestive: terms(`სექსუალურ*|ვნებიან*`),
  minor: terms(`ბავშვ*|პატარა გოგო*|არასრულწლოვან*|მოზარდ*|სკოლის მოსწავლე*|მოსწავლე გოგო*`),
  minorWeak: terms(`გოგონა*`),
  person: terms(`მისი|მას|ის|ქალი|ქალს|ქალის|ქალზე|გოგოს|გოგოზე`),
  replace: terms(`ჩააცვი*|ჩაიცვი*`),
  unveil: terms(`ბლერი მოაშორე|ბლური მოაშორე|მოაშორე ბლერი|მოაშორე ბლური|ბლერი წაშალე|ბლური წაშალე|ბუნდოვანება მოაშორე*`),
  benign: terms(`ქუდ*|სათვალე*|ფონ*|ლოგო*|ლაქა*|ლაქებ*|წარწერ*|ტექსტ*|ქურთუკ*|პალტო*`),
};

export const hy: Lexicon = {
  colour: terms(`գույն*|կարմիր*|կապույտ*|կանաչ*|սև*|սեւ*|սպիտակ*|վարդագույն*|դեղին*|մոխրագույն*`),
  remove: terms(`հանիր*|հանեք*|հանել*|հեռացրու*|հեռացրեք*|ջնջիր*|ջնջեք*|առանց`),
  removeWeak: terms(`առանց`),
  undressVerb: terms(`մերկացրու*|մերկացրեք*|հանվեցրու*|հանվեցրեք*|շորերը հանիր*|հագուստը հանիր*|շորերը հանեք*|հագուստը հանեք*`),
  clothing: terms(`հագուստ*|շորեր*|շորը|զգեստ*|վերնաշապիկ*|շապիկ*|բլուզ*|կիսաշրջազգեստ*|տաբատ*|ջինս*`),
  nude: terms(`մերկ*|տկլոր*|առանց հագուստի|առանց շորերի`),
  skimpy: terms(`բիկինի*|լողազգեստ*|ներքնազգեստ*|ներքնաշոր*|կրծկալ*|վարտիք*`),
  reveal: terms(`թափանցիկ*|թաց*`),
  sexualAct: terms(`սեքս*|պոռնո*|սեռական*`),
  suggestive: terms(`սեքսուալ*|սեքսի*|գայթակղիչ*`),
  minor: terms(`երեխա*|անչափահաս*|դեռահաս*|փոքր աղջիկ*|աղջնակ*|աշակերտուհի*`),
  minorWeak: terms(`աղջիկ|աղջկա|աղջկան`),
  person: terms(`նրա|նրան|նա|կնոջ|կինը|աղջկա|աղջկան`),
  replace: terms(`հագցրու*|հագցրեք*`),
  benign: terms(`գլխարկ*|ակնոց*|ֆոն*|լոգո*|բիծ*|բծեր*|ջրանիշ*|տեքստ*|բաճկոն*|վերարկու*`),
};

export const si: Lexicon = {
  remove: terms(`ගලවන්න*|ගලවල*|ගලවා*|අයින් කරන්න*|අයින් කර*|ඉවත් කරන්න*|ඉවත් කර*|මකන්න*|මකා*|නැතුව|නැතිව`),
  removeWeak: terms(`නැතුව|නැතිව`),
  undressVerb: terms(`නිරුවත් කරන්න*|නිරුවත් කර*|ඇඳුම් ගලව*|ඇඳුම ගලව*|ඇඳුම් අයින් කර*`),
  clothing: terms(`ඇඳුම*|ගවුම*|කමිස*|බ්ලවුස*|සාය*|සාරිය*|කලිසම*|ටී ෂර්ට්*`),
  nude: terms(`නිරුවත*|නිරුවතින්*|නග්න*|ඇඳුම් නැතුව*|ඇඳුම් නැතිව*|ඇඳුමක් නැතුව*|ඇඳුමක් නැතිව*`),
  skimpy: terms(`බිකිනි*|යට ඇඳුම*|ඇතුල් ඇඳුම*|බ්රා|පැන්ටි*|පිහිනුම් ඇඳුම*`),
  reveal: terms(`විනිවිද පෙනෙන*|තෙත*`),
  sexualAct: terms(`සෙක්ස්*|ලිංගික*|සංසර්ග*|පෝන්*|කාමුක*`),
  suggestive: terms(`සෙක්සි*|සෙක්සී*`),
  minor: terms(`ළමය*|ළමා*|දරුව*|පොඩි කෙල්ල*|පොඩි ගෑනු ළමය*|පාසල් සිසුවිය*|බාල වයස්*|යෞවන*`),
  minorWeak: terms(`කෙල්ල|කෙල්ලගේ|ගෑනු ළමය*`),
  person: terms(`ඇය|ඇගේ|ඇයගේ|ඇයව|ඇයට|ඔහුගේ|ඔහුව|ගැහැනිය*|කාන්තාව*`),
  replace: terms(`අඳින්න*|අන්දවන්න*`),
  unveil: terms(`blur එක අයින් කර*|blur එක ඉවත් කර*|බ්ලර් එක අයින් කර*|බ්ලර් එක ඉවත් කර*`),
  benign: terms(`තොප්පි*|කණ්ණාඩි*|පසුබිම*|ලාංඡන*|ලෝගෝ*|පැල්ලම*|කබාය*|ජැකට්*`),
};

export const kk: Lexicon = {
  remove: terms(`шеш|шешіп*|шешіңіз|шешші|алып таста*|өшір*|жой|жойыңыз`),
  undressVerb: terms(`шешіндір*|жалаңаштандыр*|киімін шеш*|киімдерін шеш*|киімін алып таста*`),
  clothing: terms(`киім*|көйлег*|көйлек*|жейде*|юбка*|белдемше*|шалбар*|футболка*|блузка*`),
  // "анадан туғандай" (as the mother bore her) is Russian "в чём мать родила"; "анадан жаңа туғандай" (reborn) stays apart.
  nude: terms(`жалаңаш*|киімсіз*|анадан туғандай|анадан туған күйі*|анадан туған күйде`),
  skimpy: terms(`бикини*|іш киім*|ішкиім*|шомылу киім*|купальник*|бюстгальтер*|трусик*`),
  reveal: terms(`мөлдір*|дымқыл*`),
  sexualAct: terms(`секс*|порно*|жыныстық*`),
  suggestive: terms(`сексуалды*|секси`),
  minor: terms(`бала|баланы|баланың|балаға|балалар*|кішкентай қыз*|жасөспірім*|кәмелетке толмаған*|оқушы қыз*`),
  minorWeak: terms(`қыз|қызды|қыздың|қызға`),
  person: terms(`оның|оны|оған|әйелді|әйелдің|әйелге`),
  replace: terms(`кигіз*`),
  reduce: terms(`тар|тарырақ|қысқа*|қысқарт*|кішкентай|кішкене`),
  showAll: terms(`бәрі көрінсін|барлығы көрінсін|бәрін көрсет*`),
  unveil: terms(`blur ды алып таста*|blurды алып таста*|блюрды алып таста*|бұлыңғырлықты алып таста*`),
  objectTarget: terms(`қабырға*|сым|сымдар*|ағаш|ағашты|манекен*`),
  benign: terms(`бас киім*|қалпақ*|көзілдірік*|фон*|логотип*|дақ|дақты|дақтар*|күрте*|пальто*`),
};

export const mn: Lexicon = {
  remove: terms(`тайл|тайлж*|тайлаад|тайлчих*|тайлах|арилга*|устга*|хас|хасаад|аваад хая*`),
  undressVerb: terms(`нүцгэл*|хувцсыг нь тайл*|хувцсыг тайл*|хувцсаа тайл*|хувцас тайл*|хувцсыг нь ав*`),
  clothing: terms(`хувцас*|хувцс*|даашинз*|цамц*|банзал*|өмд*|футболк*`),
  nude: terms(`нүцгэн*|нүцгэлсэн*|хувцасгүй*`),
  skimpy: terms(`бикини*|дотуур хувцас*|дотуур хувцс*|усны хувцас*|усны хувцс*|хөхний даруулга*|дотуур өмд*`),
  reveal: terms(`тунгалаг*|нойтон*`),
  sexualAct: terms(`секс*|порно*|бэлгийн*`),
  suggestive: terms(`тачаангуй*|сексуал*`),
  minor: terms(`хүүхэд*|хүүхд*|бага насны*|насанд хүрээгүй*|өсвөр насны*|сургуулийн охин*|жаахан охин*`),
  minorWeak: terms(`охин|охиныг|охины`),
  person: terms(`түүний|түүнийг|түүнд|эмэгтэйг|эмэгтэйн|охиныг`),
  replace: terms(`өмсгө*`),
  benign: terms(`малгай*|нүдний шил*|арын дэвсгэр*|дэвсгэр*|лого*|толбо*|хүрэм*|пальто*`),
};

// Somali: the least sure are the underwear, see-through and background words.
export const so: Lexicon = {
  remove: terms(`ka saar|ka bixi|ka qaad|ka siib|tirtir|la'aan`),
  removeWeak: terms(`la'aan`),
  undressVerb: terms(`qaawi|qaawiso|qaawi*|dharka ka bixi|dharkeeda ka bixi|dharkiisa ka bixi|dharka ka siib|dharkeeda ka siib|dharka ka saar|dharkeeda ka saar`),
  clothing: terms(`dhar|dharka|dharkeeda|dharkiisa|dharkii|funaanad*|shaati*|goonno|goono|surwaal*|diraca|diraceeda|maro`),
  nude: terms(`qaawan*|qaawanaan|dhar la'aan|aan dhar xirnayn|aan waxba xirnayn`),
  skimpy: terms(`bikini*|nigis*|rajabeeti*|dharka hoose|dhar hoose|dharka dabaasha|dharka biyaha`),
  reveal: terms(`qoyan|daah furan`),
  sexualAct: terms(`galmo|galmood|wasmo|is wasaya`),
  minor: terms(`ilmo|ilmaha|caruur*|carruur*|gabadh yar|gabar yar|yarta|da'yar|ardayad`),
  minorWeak: terms(`gabar|gabadh|gabadha`),
  person: terms(`iyada|iyadu|haweeneyda|naagta|gabadha`),
  replace: terms(`xiri|u xir|geli`),
  benign: terms(`koofiyad*|koofi|muraayad*|asalka|summad*|wasakh*|jaakad*`),
};

export const uz: Lexicon = {
  remove: uzTerms(`yech|yechib*|yeching|olib tashla*|o'chir*|еч|ечиб*|ечинг|олиб ташла*|ўчир*`),
  undressVerb: uzTerms(`yechintir*|yechin|yalang'ochla*|kiyimini yech*|kiyimlarini yech*|ечинтир*|ечин|яланғочла*|кийимини еч*|кийимларини еч*`),
  clothing: uzTerms(`kiyim*|ko'ylak*|ko'ylag*|yubka*|shim|shimi|shimini|futbolka*|bluzka*|кийим*|кўйлак*|кўйлаг*|юбка*|шим|шими|шимини|футболка*`),
  nude: uzTerms(`yalang'och*|kiyimsiz*|яланғоч*|кийимсиз*`),
  skimpy: uzTerms(`bikini*|ichki kiyim*|cho'milish kiyim*|suzish kiyim*|ko'krak tutqich*|ички кийим*|чўмилиш кийим*|бикини*`),
  reveal: uzTerms(`shaffof*|hoʻl|шаффоф*|ҳўл`),
  sexualAct: uzTerms(`seks*|porno*|jinsiy*|секс*|порно*|жинсий*`),
  suggestive: uzTerms(`seksual*|seksi|сексуал*`),
  minor: uzTerms(`bolani|bolaning|bolalar*|kichkina qiz*|voyaga yetmagan*|o'smir*|maktab o'quvchisi*|бола|болани|боланинг|болалар*|кичкина қиз*|вояга етмаган*|ўсмир*`),
  minorWeak: uzTerms(`qiz|qizni|qizning|қиз|қизни|қизнинг`),
  person: uzTerms(`uning|ayolni|ayolning|унинг|уни|унга|аёлни|аёлнинг`),
  replace: uzTerms(`kiydir*|кийдир*`),
  objectTarget: uzTerms(`devor*|sim|simlar*|simni|daraxt*|maneken*|девор*|симлар*|дарахт*|манекен*`),
  benign: uzTerms(`shlyapa*|qalpoq*|ko'zoynak*|fon|fonni|logotip*|dogʻ|dog'ni|kurtka*|palto*|шляпа*|қалпоқ*|кўзойнак*|фон|фонни|логотип*|доғ|доғни|куртка*|пальто*`),
};

export const eu: Lexicon = {
  remove: terms(`kendu|kenduz|kenduta|kentzea|kentzeko|ezabatu*`),
  removeWeak: terms(`gabe`),
  undressVerb: terms(`biluztu*|erantzi*|arropa kendu*|arropak kendu*|arropa erantzi*`),
  clothing: terms(`arropa*|soineko*|alkandora*|kamiseta*|gona|gona*|praka*|blusa*`),
  nude: terms(`biluzi*|biluzik|larrugorri*|arroparik gabe|arropa gabe`),
  skimpy: terms(`bikini*|barruko arropa*|azpiko arropa*|bainujantzi*|bularretako*|kulero*`),
  reveal: terms(`gardena|gardenak|bustia|bustiak|bustita`),
  sexualAct: terms(`sexu|sexua|sexu harreman*|sexu-harreman*|porno*`),
  suggestive: terms(`sexy|sexi`),
  minor: terms(`haur*|umeak|umeen|umeari|ume txiki*|neskatila*|neska txiki*|adingabe*|nerabe*`),
  minorWeak: terms(`neska|neskaren|neskari`),
  person: terms(`bera|haren|emakumea|emakumeari|emakumearen`),
  replace: terms(`jantzi*`),
  benign: terms(`txapel*|kapela*|betaurreko*|atzealde*|hondo*|logo*|orban*|jaka*|beroki*`),
};

// Pashto is written in Arabic script, whose terms match inside words: short ones are avoided.
export const ps: Lexicon = {
  remove: terms(`لرې کړه|لرې کړئ|لري کړه|وباسه|وباسئ|پاک کړه|ړنګ کړه`),
  undressVerb: terms(`لوڅ کړه|لوڅه کړه|لوڅه یې کړه|جامې یې وباسه|جامې وباسه|کالي یې وباسه|کالي وباسه`),
  clothing: terms(`جامې|کالي|کمیس|پرتوګ|فراک`),
  nude: terms(`لوڅه|لوڅ|بربنډه|بربنډ|بې جامو|بې کالو`),
  skimpy: terms(`بیکیني|بکیني|لاندې جامې|لاندینۍ جامې|د لامبو جامې|سینه بند`),
  sexualAct: terms(`جنسي اړیک|جنسي عمل`),
  minor: terms(`ماشوم|کوچنۍ نجلۍ|وړه نجلۍ|نابالغ|تنکۍ`),
  minorWeak: terms(`نجلۍ|نجلی`),
  person: terms(`د هغې|هغې|دې ښځې|ښځه|ښځې`),
  benign: terms(`خولۍ|عینکې|شالید|لوګو|داغ`),
};

// Igbo: the least sure are the garment and background words.
export const ig: Lexicon = {
  remove: terms(`wepụ|wepu|wepụ ya|yipụ|yipu|kpochapụ|kpochapu|na-enweghị|enweghị|enweghi`),
  removeWeak: terms(`enweghị|enweghi|na-enweghị`),
  undressVerb: terms(`yipụ ya uwe|yipu ya uwe|yipụ uwe ya|yipu uwe ya|gba ya ọtọ|gba ya oto|mee ka ọ gba ọtọ|mee ka o gba oto`),
  clothing: terms(`uwe|uwe ya|uwe elu|akwa ya|sket|traụza|trauza`),
  nude: terms(`gba ọtọ|gba oto|ọtọ gbara gbara|oto gbara gbara|n'ọtọ|enweghị uwe|enweghi uwe`),
  skimpy: terms(`bikini|uwe ime|uwe igwu mmiri`),
  sexualAct: terms(`mmekọahụ|mmekoahu|mmekọ nwoke na nwanyị|mmeko nwoke na nwanyi`),
  minor: terms(`nwatakịrị|nwatakiri|nwata|ụmụaka|umuaka|nwa nwanyị nta|nwa nwanyi nta|nwa agbọghọ nta|nwa agbogho nta`),
  minorWeak: terms(`nwa agbọghọ|nwa agbogho`),
  someone: terms(`nwoke`),
  person: terms(`nwanyị a|nwanyi a|nwa agbọghọ a|nwa agbogho a`),
  replace: terms(`yiri ya|yikwasị ya|yikwasi ya`),
  benign: terms(`okpu|ugogbe anya|ntụpọ|ntupo|logo`),
};

export const kn: Lexicon = {
  remove: terms(`ತೆಗೆ*|ಬಿಚ್ಚು*|ಬಿಚ್ಚಿ*|ಅಳಿಸಿ*|ಇಲ್ಲದೆ`),
  removeWeak: terms(`ಇಲ್ಲದೆ|ಇಲ್ಲದ`),
  undressVerb: terms(`ಬಟ್ಟೆ ಬಿಚ್ಚ*|ಬಟ್ಟೆ ತೆಗೆ*|ಬಟ್ಟೆಗಳನ್ನು ಬಿಚ್ಚ*|ಬಟ್ಟೆಗಳನ್ನು ತೆಗೆ*|ಬೆತ್ತಲೆ ಮಾಡ*|ನಗ್ನ ಮಾಡ*`),
  clothing: terms(`ಬಟ್ಟೆ*|ಉಡುಪ*|ಉಡುಗೆ*|ಸೀರೆ*|ರವಿಕೆ*|ಅಂಗಿ*|ಶರ್ಟ್*|ಲಂಗ*|ಪ್ಯಾಂಟ್*|ಡ್ರೆಸ್*`),
  nude: terms(`ಬೆತ್ತಲೆ*|ನಗ್ನ*|ಬಟ್ಟೆ ಇಲ್ಲದೆ*|ಬಟ್ಟೆಯಿಲ್ಲದ*`),
  skimpy: terms(`ಬಿಕಿನಿ*|ಒಳ ಉಡುಪು*|ಒಳಉಡುಪು*|ಬ್ರಾ|ಈಜುಡುಗೆ*|ಪ್ಯಾಂಟಿ*`),
  reveal: terms(`ಪಾರದರ್ಶಕ*|ಒದ್ದೆ*`),
  sexualAct: terms(`ಸೆಕ್ಸ್*|ಲೈಂಗಿಕ*|ಸಂಭೋಗ*|ಪೋರ್ನ್*`),
  suggestive: terms(`ಸೆಕ್ಸಿ*|ಕಾಮುಕ*`),
  minor: terms(`ಮಗು*|ಮಕ್ಕಳ*|ಬಾಲಕಿ*|ಅಪ್ರಾಪ್ತ*|ಶಾಲಾ ಹುಡುಗಿ*|ಚಿಕ್ಕ ಹುಡುಗಿ*|ಪುಟ್ಟ ಹುಡುಗಿ*`),
  minorWeak: terms(`ಹುಡುಗಿ*`),
  person: terms(`ಅವಳ*|ಅವನ*|ಆಕೆ*|ಈ ಮಹಿಳೆ*`),
  replace: terms(`ತೊಡಿಸ*|ಹಾಕಿಸ*`),
  benign: terms(`ಟೋಪಿ*|ಕನ್ನಡಕ*|ಹಿನ್ನೆಲೆ*|ಲೋಗೋ*|ಕಲೆ|ಕಲೆಯನ್ನು|ಜಾಕೆಟ್*`),
};

export const ml: Lexicon = {
  remove: mlTerms(`അഴിക്ക്*|അഴിക്കൂ*|അഴിച്ച്*|അഴിച്ചു*|നീക്കം ചെയ്യ്*|നീക്കം ചെയ്യൂ*|നീക്ക്*|മായ്ക്ക്*|എടുത്തു മാറ്റ്*|എടുത്ത് മാറ്റ്*|ഇല്ലാതെ`),
  removeWeak: mlTerms(`ഇല്ലാതെ|ഇല്ലാത്ത`),
  undressVerb: mlTerms(`വസ്ത്രം അഴിക്ക്*|വസ്ത്രം അഴിക്കൂ*|വസ്ത്രങ്ങൾ അഴിക്ക്*|വസ്ത്രങ്ങൾ അഴിക്കൂ*|തുണി അഴിക്ക്*|തുണി അഴിക്കൂ*|നഗ്നയാക്ക്*|നഗ്നനാക്ക്*|ഉരിയ്*|ഉരിഞ്ഞ്*`),
  clothing: mlTerms(`വസ്ത്ര*|തുണി*|ഉടുപ്പ്*|ഷർട്ട്*|സാരി*|ബ്ലൗസ്*|പാവാട*|ചുരിദാർ*|ഡ്രസ്*`),
  nude: mlTerms(`നഗ്ന*|തുണിയില്ലാതെ*|വസ്ത്രമില്ലാതെ*|നൂൽബന്ധമില്ലാതെ*|പിറന്നപടി*`),
  skimpy: mlTerms(`ബിക്കിനി*|അടിവസ്ത്ര*|ബ്രാ|പാന്റീസ്*|ജെട്ടി*|നീന്തൽ വസ്ത്ര*`),
  reveal: mlTerms(`സുതാര്യ*|നനഞ്ഞ*`),
  sexualAct: mlTerms(`സെക്സ്*|ലൈംഗിക*|ഭോഗ*|പോൺ*`),
  suggestive: mlTerms(`സെക്സി*`),
  minor: mlTerms(`കൊച്ചു കുട്ടി*|ചെറിയ കുട്ടി*|ബാലിക*|പ്രായപൂർത്തിയാകാത്ത*|സ്കൂൾ കുട്ടി*|കുഞ്ഞ്*|വിദ്യാർത്ഥിനി*`),
  minorWeak: mlTerms(`കുട്ടി*|പെൺകുട്ടി*`),
  person: mlTerms(`അവളുടെ*|അവളെ*|അവൾ|അവന്റെ*|ഈ സ്ത്രീ*`),
  replace: mlTerms(`ധരിപ്പിക്ക്*|ഉടുപ്പിക്ക്*|ഇടീപ്പിക്ക്*`),
  benign: mlTerms(`തൊപ്പി*|കണ്ണട*|പശ്ചാത്തല*|ബാക്ക്ഗ്രൗണ്ട്*|ലോഗോ*|കറ|കറയും|കറ മാറ്റ്*|ജാക്കറ്റ്*`),
};

export const gu: Lexicon = {
  remove: terms(`ઉતાર*|કાઢ*|હટાવ*|ભૂંસી*|વગર|વિના`),
  removeWeak: terms(`વગર|વિના`),
  undressVerb: terms(`કપડાં ઉતાર*|કપડા ઉતાર*|કપડાં કાઢ*|નગ્ન કર*|નાગી કર*|નાગો કર*`),
  clothing: terms(`કપડાં*|કપડા*|સાડી*|બ્લાઉઝ*|શર્ટ*|ડ્રેસ*|ચણિયા*|ઘાઘરો*|કુર્તી*`),
  nude: terms(`નગ્ન*|નાગી*|નાગો*|કપડાં વગર*|કપડા વગર*|નિર્વસ્ત્ર*`),
  skimpy: terms(`બિકિની*|અંતઃવસ્ત્ર*|અંતર્વસ્ત્ર*|અન્ડરવેર*|બ્રા|પેન્ટી*|સ્વિમસ્યુટ*`),
  reveal: terms(`પારદર્શક*|ભીન*`),
  sexualAct: terms(`સેક્સ*|જાતીય*|સંભોગ*|પોર્ન*`),
  suggestive: terms(`સેક્સી*|માદક*`),
  minor: terms(`બાળક*|બાળકી*|સગીર*|નાની છોકરી*|શાળાની છોકરી*|કિશોરી*`),
  minorWeak: terms(`છોકરી|છોકરો`),
  person: terms(`તેણીના|તેણીની|તેણીનું|તેણીને|તેની|તેના|તેનું|તેને|આ સ્ત્રી*`),
  replace: terms(`પહેરાવ*`),
  benign: terms(`ટોપી*|ચશ્મા*|પૃષ્ઠભૂમિ*|બેકગ્રાઉન્ડ*|લોગો*|ડાઘ*|જેકેટ*`),
};

export const ky: Lexicon = {
  remove: terms(`чеч|чечип*|чечиңиз|алып сал*|өчүр*`),
  undressVerb: terms(`чечиндир*|жылаңачта*|кийимин чеч*|кийимдерин чеч*|кийимин алып сал*`),
  clothing: terms(`кийим*|көйнөк*|юбка*|шым|шымы|шымын|футболка*`),
  nude: terms(`жылаңач*|кийимсиз*`),
  skimpy: terms(`бикини*|ич кийим*|сууга түшүүчү кийим*|купальник*`),
  reveal: terms(`тунук*`),
  sexualAct: terms(`секс*|порно*|жыныстык*`),
  minor: terms(`бала|баланы|баланын|балдар*|кичинекей кыз*|жашы жете элек*|өспүрүм*`),
  minorWeak: terms(`кыз|кызды|кыздын`),
  person: terms(`анын|аны|аялды|аялдын`),
  replace: terms(`кийгиз*`),
  benign: terms(`калпак*|шляпа*|көз айнек*|фон|фонду|логотип*|куртка*|пальто*`),
};

// Zulu: the least sure are the underwear and background words.
export const zu: Lexicon = {
  remove: terms(`khumula|mkhumule|susa|yisuse|msuse|ngaphandle`),
  removeWeak: terms(`ngaphandle`),
  undressVerb: terms(`mkhumule izingubo|khumula izingubo|mkhumulise*|mhlubule|hlubula|khumulisa`),
  clothing: terms(`izingubo*|ingubo*|izimpahla zakhe|ihembe*|ilokwe*|isiketi*|ibhulukwe*`),
  nude: terms(`nqunu|ngqunu|ungqunu|engagqokile|ungagqokile|ngaphandle kwezingubo`),
  skimpy: terms(`bikini|izingubo zangaphansi|impahla yangaphansi|okokubhukuda|izingubo zokubhukuda|ibhra`),
  sexualAct: terms(`ucansi|ocansi|bhebha*`),
  minor: terms(`ingane|izingane|umntwana|abantwana|intombazanyana|ingane yesikole`),
  minorWeak: terms(`intombazane`),
  person: terms(`yena|wakhe|lo mfazi|lona wesifazane|owesifazane`),
  replace: terms(`mgqokise|gqokisa`),
  outerwear: terms(`ijakhethi*|ijazi*|ibhantshi*`),
  keep: terms(`lihlale|lisale|ihlale|isale|kuhlale`),
  unveil: terms(`susa i blur|susa iblur|susa ublur|susa i-blur`),
  benign: terms(`isigqoko*|izibuko*|ingemuva|ilogo|ibala|ibhantshi*`),
};

// Kurdish: Kurmanji in Latin letters, Sorani in Arabic script (whose terms match inside words: short ones are avoided).
export const ku: Lexicon = {
  remove: terms(`jê bike|je bike|jê rake|je rake|derxe|bêyî|beyi|لاببە|دابکەنە|داکەنە`),
  undressVerb: terms(`tazî bike|tazi bike|cilên wê derxe|cilen we derxe|cilan jê bike|cilan je bike|şilf bike|silf bike|ڕووتی بکەرەوە|ڕووتی بکە|جلەکانی دابکەنە|جلەکانی داکەنە`),
  clothing: terms(`cil|cilên|cilen|cilan|cilê|kinc*|kiras*|fîstan*|fistan*|pantol*|جلەکانی|جلوبەرگ|کراسەکەی|تەنوورە|پانتۆڵ`),
  nude: terms(`tazî|tazi|rût bike|tazî û rût|bê cil|be cil|ڕووت|بێ جل`),
  skimpy: terms(`bikini|cilên binî|cilen bini|cilên avjeniyê|cilen avjeniye|بیکینی|جلی ژێرەوە|جلی مەلەوانی`),
  sexualAct: terms(`cinsî|cinsi|سێکس|پۆڕن`),
  minor: terms(`zarok*|keça biçûk|keca bicuk|keçika biçûk|keçik|keçikê|منداڵ|کچی بچووک|کچۆڵە|هەرزەکار`),
  minorWeak: terms(`keç|keçê|keca|کچەکە`),
  person: terms(`jinê|jine|ئەو ئافرەتە|ئافرەتەکە|ژنەکە`),
  replace: terms(`lê bike|le bike|لەبەری بکە`),
  benign: terms(`kum|kumê|berçavk*|bercavk*|logo|کڵاو|چاویلکە|باکگراوند|لۆگۆ|پەڵە`),
};

export const lo: Lexicon = {
  remove: terms(`*ຖອດ*|*ເອົາອອກ*|*ລຶບ*`),
  removeWeak: terms(`*ໂດຍບໍ່ມີ*`),
  undressVerb: terms(`*ແກ້ຜ້າ*|*ຖອດເສື້ອຜ້າ*|*ຖອດເຄື່ອງ*|*ແກ້ເຄື່ອງ*|*ແກ້ເສື້ອ*|*ແກ້ໂສ້ງ*|*ແກ້ສິ້ນ*`),
  clothing: terms(`*ເສື້ອ*|*ເສື້ອຜ້າ*|*ເຄື່ອງນຸ່ງ*|*ໂສ້ງ*|*ກະໂປ່ງ*|*ສິ້ນ*|*ຊຸດ*`),
  outerwear: terms(`*ເສື້ອກັນໜາວ*|*ເສື້ອແຈັກເກັດ*|*ເສື້ອຄຸມ*`),
  nude: terms(`*ເປືອຍ*|*ແກ້ຜ້າ*|*ບໍ່ນຸ່ງເສື້ອຜ້າ*|*ບໍ່ໃສ່ເສື້ອຜ້າ*`),
  skimpy: terms(`*ບິກິນີ*|*ຊຸດລອຍນ້ຳ*|*ຊຸດຊັ້ນໃນ*|*ເສື້ອຊັ້ນໃນ*|*ກາງເກງຊັ້ນໃນ*|*ໂສ້ງໃນ*`),
  reveal: terms(`*ໂປ່ງໃສ*|*ປຽກ*`),
  sexualAct: terms(`*ຮ່ວມເພດ*|*ໜັງໂປ້*|*ຮູບໂປ້*|*ເຊັກສ໌*`),
  suggestive: terms(`*ເຊັກຊີ່*|*ເຊັກຊີ*`),
  minor: terms(`*ເດັກ*|*ນັກຮຽນຍິງ*|*ເດັກຍິງ*`),
  person: terms(`*ນາງ*|*ລາວ*|*ສາວ*`),
  replace: terms(`*ໃສ່ໃຫ້*|*ນຸ່ງໃຫ້*`),
  wearOnly: terms(`*ເຫຼືອແຕ່*`),
  reduce: terms(`*ໃຫ້ສັ້ນ*|*ສັ້ນລົງ*|*ສັ້ນກວ່າ*`),
  sexualBody: terms(`*ຂາອ່ອນ*|*ກົ້ນ*`),
  pose: terms(`*ກົ້ມກົ້ນ*|*ຫັນກົ້ນ*|*ໂກ້ງໂຄ້ງ*|*ແຍກຂາ*|*ອ້າຂາ*`),
  unveil: terms(`*ລຶບ blur*|*ເອົາ blur*|*ລຶບເບລີ*|*ລຶບໂມເຊກ*|*ເອົາໂມເຊກອອກ*`),
  benign: terms(`*ໝວກ*|*ແວ່ນຕາ*|*ພື້ນຫຼັງ*|*ໂລໂກ້*|*ຮອຍເປື້ອນ*`),
};

// Tajik: "луч" (naked) is Russian "ray", so only its phrases count.
export const tg: Lexicon = {
  remove: terms(`гирифта парто*|кашида парто*|бардор|бардоред|пок кун*|нест кун*`),
  undressVerb: terms(`либосашро каш*|либосашро бикаш*|либосҳояшро каш*|луч кун*|урён кун*|урёнаш кун*`),
  clothing: terms(`либос*|пироҳан*|юбка*|шим|шимаш|домон*|курта*`),
  nude: terms(`урён*|бараҳна*|бе либос|тамоман луч|луч ва урён`),
  skimpy: terms(`бикини*|либоси таг*|либосҳои таг*|либоси шиноварӣ*|синабанд*`),
  reveal: terms(`шаффоф*`),
  sexualAct: terms(`секс*|порно*|ҷинсӣ|алоқаи ҷинсӣ`),
  minor: terms(`кӯдак*|духтарча*|ноболиғ*|наврас*|хурдсол*`),
  minorWeak: terms(`духтар|духтарро`),
  person: terms(`вай|вайро|ӯро|занро|духтарро`),
  replace: terms(`пӯшон*`),
  benign: terms(`кулоҳ*|айнак*|фон|фонро|логотип*|доғ*|куртка*|пальто*`),
};
