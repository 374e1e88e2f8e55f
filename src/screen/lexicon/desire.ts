import { terms, type Lexicon } from './types.ts';

/**
 * A look or a state of sexual desire (`desireLook`): a lustful or seductive look, bedroom eyes, a come-hither look,
 * horny, "begging for it"; "mirada de deseo", "pożądliwe spojrzenie", "कामुक नज़र", "诱惑眼神", "สายตาเชิญชวน",
 * "macho ya kutamani". Unlike the other mood cues (intimate.ts: flushed, sweaty, parted lips, a bed), which a runner,
 * a sick child or a sleeper shows as often, it says desire itself: with one more cue of an intimate scene near it
 * (rules.ts, intimateScene) the scene is sexual. Looks that are only charming or mischievous ("mirada pícara",
 * "charming smile"), and words for horny that also say great or hot ("geil" in German, "caliente"), are left out.
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const DESIRE: Readonly<Record<string, Lexicon>> = {
  en: {
    desireLook: terms(
      `lustful|lustfully|lusty look|bedroom eyes|bedroom look|bedroom gaze|come hither look|come-hither look|come hither eyes|come-hither eyes|seductive look|seductive gaze|seductive eyes|seductive expression|seductively|look of desire|eyes full of desire|full of lust|begging for it|horny|aroused look|looking aroused|sultry look|sultry gaze|sultry eyes|hungry eyes|fuck me eyes|inviting look|inviting eyes`,
    ),
  },
  fr: {
    desireLook: terms(
      `regard lascif|regard langoureux|regard de braise|regard de désir|regard de desir|regard plein de désir|regard plein de desir|regard aguicheur|regard séducteur|regard seducteur|regard enjôleur|regard enjoleur|regard de chaudasse|chaudasse|aguicheuse|lascivement|d un air lascif|yeux de braise`,
    ),
  },
  de: {
    desireLook: terms(
      `lüsterner blick|lusterner blick|lüstern*|lustern*|lasziver blick|lasziv|schlafzimmerblick|verführerischer blick|verfuhrerischer blick|begehrlicher blick|rattig|notgeil|erregter blick`,
    ),
  },
  es: {
    desireLook: terms(`mirada de deseo|mirada lujuriosa|mirada lasciva|mirada seductora|mirada provocativa|mirada de cama|ojos de deseo|ojos llenos de deseo|lujuriosa|cachonda|seductoramente`),
  },
  it: {
    desireLook: terms(
      `sguardo lussurioso|sguardo seducente|sguardo languido|sguardo voglioso|sguardo da gatta morta|gatta morta|sguardo malizioso|occhi pieni di desiderio|arrapata|vogliosa|lussuriosa`,
    ),
  },
  pt: {
    desireLook: terms(`olhar de desejo|olhar safado|olhar sedutor|olhar provocante|olhar de tesão|olhar de tesao|olhar lascivo|com tesão|com tesao|cheia de tesão|cheia de tesao|safadinha`),
  },
  nl: { desireLook: terms(`wellustige blik|verleidelijke blik|geile blik|verlangende blik|slaapkamerblik|geil|opgewonden blik`) },
  pl: {
    desireLook: terms(
      `pożądliwe spojrzenie|pozadliwe spojrzenie|pożądliwym spojrzeniem|pozadliwym spojrzeniem|pożądliwy wzrok|pozadliwy wzrok|uwodzicielskie spojrzenie|uwodzicielskim spojrzeniem|uwodzicielsko|napalona|podniecona|wyuzdane spojrzenie`,
    ),
  },
  ru: {
    desireLook: terms(
      `похотливый взгляд|похотливым взглядом|томный взгляд|томным взглядом|соблазнительный взгляд|соблазняющий взгляд|зовущий взгляд|возбуждённая|возбужденная|похотливая|соблазнительно смотрит`,
    ),
  },
  uk: { desireLook: terms(`хтивий погляд|хтивим поглядом|спокусливий погляд|спокусливим поглядом|томний погляд|збуджена|хтива`) },
  bg: { desireLook: terms(`похотлив поглед|съблазнителен поглед|прелъстителен поглед|възбудена|похотлива`) },
  sr: {
    desireLook: terms(`pohotan pogled|pohotnim pogledom|zavodljiv pogled|zavodljivim pogledom|napaljena|похотан поглед|заводљив поглед|напаљена`),
  },
  cs: { desireLook: terms(`chtivý pohled|chtivy pohled|chtivým pohledem|chtivym pohledem|svůdný pohled|svudny pohled|svůdně|svudne|vzrušená|vzrusena|nadržená|nadrzena`) },
  sk: { desireLook: terms(`zvodný pohľad|zvodny pohlad|zvodným pohľadom|zvodnym pohladom|vzrušená|vzrusena|nadržaná|nadrzana`) },
  hu: {
    desireLook: terms(
      `kéjes tekintet*|kejes tekintet*|csábító tekintet*|csabito tekintet*|hálószoba-tekintet*|haloszoba tekintet*|hálószoba tekintet*|vágyakozó tekintet*|vagyakozo tekintet*|felizgult|kanos|csábítóan|csabitoan`,
    ),
  },
  ro: { desireLook: terms(`privire languroasă|privire languroasa|privire seducătoare|privire seducatoare|privire pofticioasă|privire pofticioasa|excitată|seducător|seducator`) },
  el: { desireLook: terms(`λάγνο βλέμμα|λαγνο βλεμμα|σαγηνευτικό βλέμμα|σαγηνευτικο βλεμμα|προκλητικό βλέμμα|προκλητικο βλεμμα|ερεθισμένη|ερεθισμενη|καυλωμένη|καυλωμενη`) },
  sv: { desireLook: terms(`lysten blick|förförisk blick|forforisk blick|förföriskt|forforiskt|kåt|kåta|sovrumsblick`) },
  da: { desireLook: terms(`liderligt blik|liderlig|forførende blik|forforende blik|forførende|liderlige øjne|kåd`) },
  nb: { desireLook: terms(`lystent blikk|lysten blikk|forførende blikk|forforende blikk|forførende|kåt`) },
  fi: { desireLook: terms(`himokas katse|himokkaasti|viettelevä katse|vietteleva katse|viettelevästi|viettelevasti|kiimainen|kiihottunut`) },
  tr: { desireLook: terms(`şehvetli bakış|sehvetli bakis|şehvetle|sehvetle|baştan çıkarıcı bakış|bastan cikarici bakis|davetkar bakış|davetkar bakis|azgın|azgin|azmış|azmis`) },
  az: { desireLook: terms(`ehtiraslı baxış|ehtirasli baxis|şəhvətli baxış|sehvetli baxis|şəhvətli`) },
  ja: { desireLook: terms(`誘うような目|誘うような表情|誘惑的な目|誘惑的な表情|物欲しげ|物欲しそう|発情|エロい目|エロい表情|とろけた表情|艶っぽい表情|色っぽい目|色っぽい表情|官能的な表情`) },
  zh: {
    desireLook: terms(`诱惑眼神|誘惑眼神|诱惑的眼神|誘惑的眼神|勾人的眼神|勾人眼神|媚眼|欲拒还迎|欲拒還迎|发情|發情|饥渴的眼神|飢渴的眼神|挑逗的眼神|挑逗眼神|发姣|發姣|发骚|發騷|骚气|騷氣|色气|色氣`),
  },
  ko: { desireLook: terms(`유혹하는 눈빛|야릇한 눈빛|끈적한 눈빛|끈적한 표정|야한 눈빛|야한 표정|흥분한 표정|발정`) },
  th: { desireLook: terms(`สายตาเชิญชวน|สายตายั่วยวน|สายตาเย้ายวน|ยั่วยวน|เย้ายวน|ท่ายั่ว|สายตาหื่น|เงี่ยน`) },
  vi: { desireLook: terms(`ánh mắt khiêu gợi|anh mat khieu goi|ánh mắt mời gọi|anh mat moi goi|ánh mắt dâm đãng|anh mat dam dang|ánh mắt thèm khát|anh mat them khat|nứng|khiêu gợi`) },
  id: { desireLook: terms(`tatapan menggoda|tatapan sange|tatapan nakal|tatapan bernafsu|sange|terangsang|bernafsu`), suggestive: terms(`versi sange|sange`) },
  ms: { desireLook: terms(`pandangan menggoda|pandangan bernafsu|renungan menggoda|bernafsu|terangsang`) },
  tl: { desireLook: terms(`malibog na tingin|mapang-akit na tingin|mapang akit na tingin|malibog|nakakalibog|mapang-akit|libog`) },
  hi: {
    desireLook: terms(
      `कामुक नज़र|कामुक नजर|कामुक निगाह|कामुक निगाहें|कामुक|मदहोश नज़र|मदहोश नजर|नशीली आँखें|नशीली आंखें|नशीली नज़र|उत्तेजक नज़र|kamuk nazar|nasheeli aankhein|nasheeli ankhen|nasheeli nazar|madhosh nazar`,
    ),
  },
  ur: { desireLook: terms(`شہوت بھری نظر|شہوانی نظر|نشیلی آنکھیں|نشیلی نظر|شہوت انگیز|shehwat bhari nazar`) },
  bn: { desireLook: terms(`কামুক দৃষ্টি|কামুক চাহনি|কামুক|মাদক চাহনি|কামনা ভরা চোখ`) },
  ta: { desireLook: terms(`காம பார்வை|காமப் பார்வை|மயக்கும் பார்வை|kaama paarvai|mayakkum paarvai`) },
  ar: { desireLook: terms(`نظرة شهوانية|نظرات شهوانية|نظرة شهوانيه|نظرة مغرية|نظرات مغرية|نظره مغريه|بإغراء|باغراء|بشهوة|بشهوه|نظرات شقية|هايجة|هايجه|شبقة|شبقه`) },
  fa: { desireLook: terms(`نگاه خمار|نگاه شهوت‌انگیز|نگاه شهوت انگیز|نگاه شهوانی|با عشوه|عشوه|حشری|شهوتی|eshve|ba eshve|negahe khomar|shahvani|hashari`) },
  he: { desireLook: terms(`מבט תאוותני|מבט מפתה|מבט חושני|בתאווה|חרמנית|חרמן|מפתה`) },
  sw: { desireLook: terms(`macho ya kutamani|macho ya mahaba|kwa mahaba|macho ya uchu|nyege|kwa kutamanisha|kutamanisha`) },
  ha: { desireLook: terms(`idanun sha'awa|idon sha'awa|da sha'awa|cike da sha'awa`) },
  zu: { desireLook: terms(`amehlo okuyenga|amehlo enkanuko|ngokuyenga|okuyengayo|unenkanuko`) },
  so: { desireLook: terms(`indho xiiso leh|indho damac leh|si xiiso leh`) },
  cy: { desireLook: terms(`edrychiad chwantus|chwantus`) },
  uz: { desireLook: terms(`shahvatli qarash|shahvatli|shahvoniy|noz bilan|nozli qarash`) },
  hy: { desireLook: terms(`կրքոտ հայացք|գայթակղիչ հայացք|գայթակղիչ|ցանկասեր`) },
  ka: { desireLook: terms(`მაცდურად|მაცდური მზერა|მაცდური|ვნებიანი მზერა|ვნებიანად`) },
  is: { desireLook: terms(`tælandi|taelandi|girndarlegt augnaráð|girndarlega|graður|gröð`) },
  eu: { desireLook: terms(`modu lizunean|lizunki|begirada lizuna|lizuna|lizun`) },
  sq: { desireLook: terms(`shikim epshor|epshore|epshor|joshës|joshes|shikim joshës`) },
  lt: { desireLook: terms(`geidulingas žvilgsnis|geidulingas zvilgsnis|gundantis žvilgsnis|gundantis zvilgsnis|geidulingai`) },
  lv: { desireLook: terms(`iekārojošs skatiens|iekarojoss skatiens|kārdinošs skatiens|kardinoss skatiens|kārdinoši`) },
  et: { desireLook: terms(`himur pilk|himuralt|võrgutav pilk|vorgutav pilk|võrgutavalt`) },
  sl: { desireLook: terms(`poželjiv pogled|pozeljiv pogled|zapeljiv pogled|zapeljivo|napaljena`) },
  ca: { desireLook: terms(`mirada lasciva|mirada seductora|mirada de desig`) },
  ht: { desireLook: terms(`je plen dezi|ak dezi`) },
};

/**
 * The intimate-scene cues (intimate.ts) of the languages it has none for: a bed or candlelight (`intimateSetting`),
 * lip-biting, parted lips, half-closed eyes, sweaty or glistening skin (`moodCue`), and legs spread (`pose`) where the
 * pose lexicon (poses.ts) lacks it; and the bare words for a woman (`someone`) where the person lexicon had only
 * "this woman" or "her". Each is as ordinary alone as in intimate.ts; the same rule reads them. Written
 * for this round from the author's knowledge of the languages.
 */
export const INTIMATE_MORE: Readonly<Record<string, Lexicon>> = {
  bg: { someone: terms(`жена`), intimateSetting: terms(`в леглото|на леглото|на свещи|на светлината на свещи`), moodCue: terms(`хапе устната си|полуотворени устни|лъскава кожа|потна кожа|задъхана`) },
  sr: {
    intimateSetting: terms(`u krevetu|na krevetu|uz sveće|uz svece|у кревету|на кревету|уз свеће`),
    moodCue: terms(`grize usnu|poluotvorene usne|sjajna koža|sjajna koza|znojna koža|znojna koza|zadihana|гризе усну|полуотворене усне|задихана`),
  },
  sk: {
    someone: terms(`žena|zena`),
    intimateSetting: terms(`v posteli|na posteli|pri sviečkach|pri sviečkach|pri svieckach`),
    moodCue: terms(`hryzie si peru|pootvorené pery|pootvorene pery|lesklá pokožka|leskla pokozka|spotená|spotena|zadýchaná|zadychana`),
  },
  da: {
    someone: terms(`kvinde|kvinden`),
    intimateSetting: terms(`i sengen|på sengen|pa sengen|levende lys|stearinlys`),
    moodCue: terms(`bider sig i læben|bider sig i laeben|halvåbne læber|halvabne laeber|glinsende hud|svedig|forpustet`),
  },
  nb: {
    someone: terms(`kvinne|kvinnen`),
    intimateSetting: terms(`i senga|i sengen|på senga|pa senga|levende lys|stearinlys`),
    moodCue: terms(`biter seg i leppa|halvåpne lepper|halvapne lepper|glinsende hud|svett|andpusten`),
  },
  fi: {
    someone: terms(`nainen|naisen`),
    intimateSetting: terms(`sängyssä|sangyssa|sängyllä|sangylla|kynttilänvalossa|kynttilanvalossa`),
    moodCue: terms(`puree huultaan|raollaan olevat huulet|huulet raollaan|kiiltävä iho|kiiltava iho|hikinen|hengästynyt|hengastynyt`),
  },
  ur: { someone: terms(`عورت`), intimateSetting: terms(`بستر پر|موم بتی کی روشنی`), moodCue: terms(`ہونٹ کاٹتی|ادھ کھلے ہونٹ|پسینے سے چمکتی|چمکتی جلد`) },
  bn: { someone: terms(`মহিলা`), intimateSetting: terms(`বিছানায়|মোমবাতির আলোয়`), moodCue: terms(`ঠোঁট কামড়ে|আধখোলা ঠোঁট|ঘামে ভেজা|চকচকে ত্বক`) },
  ta: { someone: terms(`பெண்`), intimateSetting: terms(`படுக்கையில்|மெழுகுவர்த்தி வெளிச்சத்தில்|bed la`), moodCue: terms(`உதட்டைக் கடித்து|பாதி திறந்த உதடுகள்|வியர்வை`) },
  az: { intimateSetting: terms(`yataqda|şam işığında|sam isiginda`), moodCue: terms(`dodağını dişləyir|dodagini disleyir|yarıaçıq dodaqlar|parlaq dəri|tərli`) },
  ha: {
    someone: terms(`mace|budurwa`),
    intimateSetting: terms(`a kan gado|kan gado|cikin gado|hasken kyandir`),
    moodCue: terms(`cizon lebe|tana cizon lebe|gumi na zufa|fata mai sheki`),
    pose: terms(`kafafu a bude|ta bude kafafunta`),
  },
  yo: { intimateSetting: terms(`lórí ibùsùn|lori ibusun|inú ibùsùn|inu ibusun|ìmọ́lẹ̀ àbẹ́là|imole abela`), moodCue: terms(`ń gé ètè|n ge ete|tí òógùn bò|ti oogun bo`) },
  zu: {
    someone: terms(`umfazi|owesifazane`),
    intimateSetting: terms(`embhedeni|ekukhanyeni kwekhandlela|ngokukhanya kwekhandlela`),
    moodCue: terms(`uluma udebe|uluma izindebe|isikhumba esicwebezelayo|ejuluka`),
    pose: terms(`imilenze ivuliwe|imilenze yakhe ivuliwe`),
  },
  so: { someone: terms(`naag|haweeney`), intimateSetting: terms(`sariirta|sariir ku|iftiinka shumaca`), moodCue: terms(`bushimaha qaniinaysa|qaniinaysa bushimaha|maqaar dhalaalaya|dhidid`) },
  cy: {
    someone: terms(`menyw|dynes`),
    intimateSetting: terms(`ar y gwely|yn y gwely|golau cannwyll|golau canhwyllau`),
    moodCue: terms(`cnoi ei gwefus|gwefusau hanner agored|croen sgleiniog|chwyslyd`),
    pose: terms(`coesau ar led|ei choesau ar led`),
  },
  uz: {
    someone: terms(`ayol|аёл`),
    intimateSetting: terms(`karavotda|to'shakda|sham yorug'ida`),
    moodCue: terms(`labini tishlab|yarim ochiq lablar|yaltiroq teri|terlagan`),
    pose: terms(`oyoqlari ochilgan|oyoqlarini ochib`),
  },
  hy: { someone: terms(`կին|կինը`), intimateSetting: terms(`անկողնում|մահճակալին|մոմի լույսի տակ`), moodCue: terms(`կիսաբաց շրթունքներ|կծում է շրթունքը|քրտնած|փայլուն մաշկ`) },
  ka: { someone: terms(`ქალი`), intimateSetting: terms(`საწოლზე|საწოლში|სანთლის შუქზე`), moodCue: terms(`ტუჩს იკბენს|ნახევრად ღია ტუჩები|ოფლიანი|მბზინავი კანი`) },
  is: {
    someone: terms(`kona|konan`),
    intimateSetting: terms(`í rúminu|i ruminu|yfir rúmið|yfir rumid|á rúminu|a ruminu|við kertaljós|vid kertaljos`),
    moodCue: terms(`bítur í vörina|bitur i vorina|hálfopnar varir|halfopnar varir|glansandi húð|sveitt`),
  },
  eu: { someone: terms(`emakume*`), intimateSetting: terms(`ohean|ohe gainean|kandela argitan`), moodCue: terms(`ezpaina hozkatzen|ezpainak erdi irekita|azal distiratsua|izerditan`) },
  sq: {
    someone: terms(`grua|gruaja`),
    intimateSetting: terms(`në shtrat|ne shtrat|mbi shtrat|në dritën e qirinjve`),
    moodCue: terms(`kafshon buzën|kafshon buzen|buzë gjysmë të hapura|lëkurë e shndritshme|djersitur`),
  },
  lt: { someone: terms(`moteris`), intimateSetting: terms(`lovoje|ant lovos|žvakių šviesoje|zvakiu sviesoje`), moodCue: terms(`kandžioja lūpą|pravertos lūpos|prakaituota|blizganti oda`) },
  lv: { someone: terms(`sieviete`), intimateSetting: terms(`gultā|gulta|uz gultas|sveču gaismā|svecu gaisma`), moodCue: terms(`kož lūpā|pusatvērtas lūpas|sviedriem|mirdzoša āda`) },
  et: { someone: terms(`naine`), intimateSetting: terms(`voodis|voodil|küünlavalgel|kuunlavalgel`), moodCue: terms(`hammustab huult|poolavatud huuled|higine|läikiv nahk|laikiv nahk`) },
  sl: { intimateSetting: terms(`v postelji|na postelji|ob svečah|ob svecah`), moodCue: terms(`grize ustnico|priprte ustnice|potna|bleščeča koža`) },
  ca: { someone: terms(`dona`), intimateSetting: terms(`al llit|sobre el llit|a la llum de les espelmes`), moodCue: terms(`es mossega el llavi|llavis entreoberts|pell brillant|suada`) },
  ht: {
    someone: terms(`fanm`),
    intimateSetting: terms(`sou kabann|nan kabann|limyè bouji|limye bouji`),
    moodCue: terms(`mòde lèv li|mode lev li|po l ap klere|swe`),
    pose: terms(`janm li louvri|janm louvri`),
  },
  hi: { pose: terms(`टांगें फैलाए|टाँगें फैलाए|टांगें फैलाकर|टाँगें फैलाकर`) },
  // Words for a woman the person lexicon lacked.
  zh: { someone: terms(`少妇|少婦|熟女|人妻`) },
};
