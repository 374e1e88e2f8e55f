import { terms, type Lexicon } from './types.ts';

/**
 * A film's sex scene said by its idiom (`sexualAct`): "a hot scene", "a bed scene", "heiße Szene", "cena picante",
 * "adegan panas", "cảnh nóng", "激情戏", "床戏", "濡れ場", "베드신", "مشهد ساخن", "बोल्ड सीन". In these
 * languages the phrase names sex on screen, not the weather or a lively place; "Anja Rubik w gorącej scenie w łóżku"
 * and "橋本環奈の濡れ場シーン" ask for a sex scene of a named woman. A scene that is only romantic ("love scene",
 * "ラブシーン", "Liebesszene", often a kiss) or a bedroom's decor ("a cozy bedroom scene") is left out. Also OnlyFans
 * written in other scripts ("أونلي فانز", "אונליפאנס", "онлифанс"), which English already had. Written for this round
 * from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const SEX_SCENES: Readonly<Record<string, Lexicon>> = {
  en: { sexualAct: terms(`bed scene|bed scenes|lovemaking scene|love making scene|nude scene|nude scenes`), suggestive: terms(`hot scene|hot scenes|steamy scene|steamy scenes`) },
  de: { sexualAct: terms(`bettszene*|sexszene*|erotikszene*|nacktszene*`), suggestive: terms(`heiße szene|heißen szene|heißer szene|heiße szenen|heissen szene|heisse szene`) },
  fr: {
    sexualAct: terms(`scène de lit|scènes de lit|scène de sexe|scènes de sexe|scène érotique|scènes érotiques|scène de nu`),
    suggestive: terms(`scène chaude|scènes chaudes|scène torride|scènes torrides`),
  },
  es: {
    sexualAct: terms(`escena de cama|escenas de cama|escena de sexo|escenas de sexo|escena erótica|escenas eróticas|escena de desnudo`),
    suggestive: terms(`escena caliente|escenas calientes|escena candente|escena subida de tono`),
  },
  it: { sexualAct: terms(`scena di sesso|scene di sesso|scena erotica|scene erotiche|scena di letto|scena di nudo`), suggestive: terms(`scena hot|scene hot|scena bollente|scene bollenti`) },
  pt: {
    sexualAct: terms(`cena de sexo|cenas de sexo|cena de cama|cenas de cama|cena erótica|cenas eróticas|cena de nudez`),
    suggestive: terms(`cena picante|cenas picantes|cena quente|cenas quentes`),
  },
  nl: { sexualAct: terms(`bedscène*|bedscene*|seksscène*|seksscene*|naaktscène*|naaktscene*`), suggestive: terms(`stomende scène|stomende scene|hete scène|hete scene`) },
  pl: {
    sexualAct: terms(`scena łóżkowa|scenie łóżkowej|scenę łóżkową|sceny łóżkowe|scena seksu|scenie seksu|scena erotyczna|scenie erotycznej|scenę erotyczną`),
    suggestive: terms(`gorąca scena|gorącej scenie|gorącą scenę|gorące sceny`),
  },
  cs: {
    sexualAct: terms(`postelová scéna|postelové scéně|postelovou scénu|sexuální scéna|sexuální scéně|erotická scéna|erotické scéně`),
    suggestive: terms(`horká scéna|horké scéně|horkou scénu|horké scény`),
  },
  sk: { sexualAct: terms(`posteľová scéna|posteľovej scéne|erotická scéna|erotickej scéne`), suggestive: terms(`horúca scéna|horúcej scéne|horúcu scénu`) },
  ru: {
    sexualAct: terms(
      `постельная сцена|постельной сцене|постельную сцену|постельные сцены|эротическая сцена|эротической сцене|эротическую сцену|сцена секса|сцене секса|секс сцена|секс сцене|секс-сцена|секс-сцене|онлифанс|онлифэнс|онли фанс`,
    ),
    suggestive: terms(`горячая сцена|горячей сцене|горячую сцену|горячие сцены`),
  },
  uk: {
    sexualAct: terms(`постільна сцена|постільній сцені|постільну сцену|еротична сцена|еротичній сцені|сцена сексу|секс сцена|онліфанс|онлифанс`),
    suggestive: terms(`гаряча сцена|гарячій сцені|гарячу сцену`),
  },
  bg: { sexualAct: terms(`гореща сцена в леглото|секс сцена|секс сцената|еротична сцена|еротичната сцена|сцена в леглото`), suggestive: terms(`гореща сцена|горещата сцена`) },
  sr: {
    sexualAct: terms(`секс сцена|секс сцени|еротска сцена|еротској сцени|seks scena|seks sceni|erotska scena|erotskoj sceni`),
    suggestive: terms(`врела сцена|врелој сцени|vrela scena|vreloj sceni`),
  },
  hr: { sexualAct: terms(`seks scena|seks sceni|erotska scena|erotskoj sceni|scena u krevetu`), suggestive: terms(`vruća scena|vrućoj sceni|vruću scenu`) },
  ro: { sexualAct: terms(`scenă de sex|scene de sex|scenă erotică|scene erotice|scenă de pat`), suggestive: terms(`scenă fierbinte|scena fierbinte|scene fierbinți`) },
  hu: { sexualAct: terms(`ágyjelenet*|szexjelenet*|erotikus jelenet|erotikus jelenetben`), suggestive: terms(`forró jelenet|forró jelenetben|forró jelenetet`) },
  el: { sexualAct: terms(`ερωτική σκηνή|ερωτικές σκηνές|σκηνή σεξ|σκηνές σεξ|σκηνή στο κρεβάτι`), suggestive: terms(`καυτή σκηνή|καυτές σκηνές`) },
  tr: {
    sexualAct: terms(`yatak sahnesi|yatak sahnesinde|sevişme sahnesi|sevişme sahnesinde|seks sahnesi|seks sahnesinde|erotik sahne|erotik sahnede`),
    suggestive: terms(`ateşli sahne|ateşli sahnede|ateşli sahneler`),
  },
  sv: { sexualAct: terms(`sexscen*|sängscen*|nakenscen*`), suggestive: terms(`het scen|heta scener|heta scenen`) },
  da: { sexualAct: terms(`sexscene*|sengescene*|nøgenscene*`), suggestive: terms(`hed scene|hede scener`) },
  nb: { sexualAct: terms(`sexscene*|sengescene*|nakenscene*`), suggestive: terms(`het scene|hete scener`) },
  fi: { sexualAct: terms(`seksikohtaus*|sänkykohtaus*|alastonkohtaus*`), suggestive: terms(`kuuma kohtaus|kuumassa kohtauksessa|kuuman kohtauksen`) },
  id: { sexualAct: terms(`adegan panas|adegan ranjang|adegan seks|adegan syur|adegan vulgar`) },
  ms: { sexualAct: terms(`adegan panas|adegan ranjang|adegan seks|babak panas|aksi ranjang`) },
  tl: { sexualAct: terms(`eksenang pangkama|sex scene|bed scene`), suggestive: terms(`mainit na eksena|maiinit na eksena`) },
  vi: { sexualAct: terms(`cảnh nóng|cảnh giường chiếu|cảnh sex|cảnh ân ái|cảnh làm tình`) },
  th: { sexualAct: terms(`ฉากเลิฟซีน|เลิฟซีน|ฉากบนเตียง|ฉากเซ็กส์|ฉากอีโรติก|ฉากวาบหวิว|โอนลี่แฟนส์|ออนลี่แฟนส์`), suggestive: terms(`ฉากร้อน`) },
  zh: { sexualAct: terms(`激情戏|激情戲|床戏|床戲|亲热戏|親熱戲|色情戏|色情戲|激情场面|激情場面|床上戏|床上戲`) },
  ja: { sexualAct: terms(`濡れ場|ベッドシーン|情事シーン|セックスシーン|オンリーファンズ`) },
  ko: { sexualAct: terms(`베드신|베드씬|정사신|정사씬|정사 장면|섹스신|섹스씬|야한 장면|온리팬스|온리팬즈`) },
  ar: { sexualAct: terms(`مشهد ساخن|مشاهد ساخنة|مشهد جنسي|مشاهد جنسية|مشهد سرير|أونلي فانز|اونلي فانز|أونلي فانس|اونلي فانس|اونلى فانز`) },
  fa: { sexualAct: terms(`صحنه داغ|صحنه‌ی داغ|صحنه سکسی|صحنه جنسی|صحنه‌های داغ|اونلی فنز|اونلی‌فنز|انلی فنز|اونلی فانز`) },
  he: { sexualAct: terms(`סצנת מין|סצנות מין|סצנת סקס|סצנת מיטה|אונליפאנס|אונלי פאנס|אונליפנס`), suggestive: terms(`סצנה לוהטת|סצנות לוהטות`) },
  hi: { sexualAct: terms(`हॉट सीन|हॉट बेडरूम सीन|बोल्ड सीन|बेड सीन|सेक्स सीन|इंटिमेट सीन|ओनलीफैंस|ओनली फैंस`) },
  ur: { sexualAct: terms(`ہاٹ سین|بولڈ سین|بیڈ سین|سیکس سین`) },
  bn: { sexualAct: terms(`হট সিন|বোল্ড সিন|বেড সিন|সেক্স সিন|যৌন দৃশ্য`) },
  ta: { sexualAct: terms(`ஹாட் சீன்|படுக்கை காட்சி|படுக்கையறை காட்சி|செக்ஸ் காட்சி`) },
  te: { sexualAct: terms(`హాట్ సీన్|బెడ్ సీన్|శృంగార సన్నివేశం|సెక్స్ సీన్`) },
  mr: { sexualAct: terms(`हॉट सीन|बोल्ड सीन|बेड सीन|सेक्स सीन`) },
  ne: { sexualAct: terms(`हट सिन|बोल्ड सिन|बेड सिन|सेक्स सिन`) },
  uz: { sexualAct: terms(`yotoq sahnasi|seks sahnasi`), suggestive: terms(`issiq sahna`) },
  kk: { sexualAct: terms(`төсек көрінісі|секс көрінісі`), suggestive: terms(`ыстық көрініс`) },
  az: { sexualAct: terms(`yataq səhnəsi|seks səhnəsi|erotik səhnə`), suggestive: terms(`isti səhnə`) },
  ka: { sexualAct: terms(`სექს სცენა|საწოლის სცენა|ეროტიკული სცენა`), suggestive: terms(`ცხელი სცენა`) },
  hy: { sexualAct: terms(`սեքս տեսարան|անկողնային տեսարան|էրոտիկ տեսարան`), suggestive: terms(`թեժ տեսարան`) },
};
