import { terms, type Lexicon } from './types.ts';

/**
 * `modestLength`: a length that keeps a garment covering (to the knee or below, to the ankle, midi,
 * floor length) and reasons for shortening that say it is too long ("it drags on the floor"), and the
 * hems of trouser legs. "make the dress a bit shorter, to the knee", "accorcia l'orlo fino al
 * ginocchio", "pantolonun paçasını kısalt": tailoring, not a garment made revealing (rules.ts, the
 * reduce rule). "Above the knee" is not among them. Written from the author's knowledge of the languages.
 */
export const MODEST_LENGTH: Readonly<Record<string, Lexicon>> = {
  en: {
    modestLength: terms(
      `to the knee|to the knees|to knee length|knee length|knee-length|below the knee|below the knees|just below the knee|at the knee|to the ankle|to the ankles|ankle length|ankle-length|to mid calf|mid calf|mid-calf|calf length|midi|maxi|floor length|floor-length|too long|drags on the floor|dragging on the floor|drags on the ground|dragging on the ground|trailing on the floor|pant leg*|trouser leg*|hem of his trousers|hem of the trousers|hem of his pants|hem of the pants|trousers hem|pants hem`,
    ),
  },
  fr: {
    modestLength: terms(
      `jusqu au genou|jusqu aux genoux|au genou|aux genoux|sous le genou|sous les genoux|à la cheville|a la cheville|aux chevilles|mi mollet|mi-mollet|midi|longueur genou|trop long|trop longue|traîne par terre|traine par terre|ourlet du pantalon|bas du pantalon`,
    ),
  },
  de: {
    modestLength: terms(
      `bis zum knie|bis zu den knien|knielang|knielange|knielangen|unters knie|unter das knie|unter dem knie|bis zum knöchel|bis zu den knöcheln|knöchellang|wadenlang|midi|zu lang|schleift auf dem boden|schleift am boden|hosenbein*|hosensaum`,
    ),
  },
  es: {
    modestLength: terms(
      `hasta la rodilla|hasta las rodillas|a la rodilla|por debajo de la rodilla|bajo la rodilla|hasta el tobillo|hasta los tobillos|a media pierna|midi|largo midi|demasiado largo|demasiado larga|arrastra por el suelo|se arrastra|bajo del pantalón|bajo del pantalon|dobladillo del pantalón|dobladillo del pantalon`,
    ),
  },
  it: {
    modestLength: terms(
      `fino al ginocchio|fino alle ginocchia|al ginocchio|sotto il ginocchio|alla caviglia|fino alla caviglia|fino alle caviglie|a metà polpaccio|a meta polpaccio|midi|troppo lungo|troppo lunga|striscia per terra|orlo dei pantaloni|fondo dei pantaloni`,
    ),
  },
  pt: {
    modestLength: terms(
      `até o joelho|ate o joelho|até os joelhos|ate os joelhos|abaixo do joelho|na altura do joelho|até o tornozelo|ate o tornozelo|midi|comprido demais|muito comprido|muito comprida|arrastando no chão|arrastando no chao|arrasta no chão|barra da calça|barra da calca`,
    ),
  },
  nl: {
    modestLength: terms(
      `tot de knie|tot op de knie|tot aan de knie|knielengte|onder de knie|tot de enkel|tot de enkels|enkellang|midi|te lang|sleept over de grond|sleept op de grond|broekspijp*|zoom van de broek`,
    ),
  },
  pl: { modestLength: terms(`do kolan|do kolana|za kolano|za kolana|poniżej kolan|ponizej kolan|do kostek|do kostki|midi|za długa|za dluga|za długi|za dlugi|ciągnie się po ziemi|nogawk*`) },
  cs: { modestLength: terms(`ke kolenům|ke kolenum|po kolena|pod kolena|ke kotníkům|ke kotnikum|midi|moc dlouhé|moc dlouhe|příliš dlouhé|prilis dlouhe|tahá se po zemi|nohavic*`) },
  sk: { modestLength: terms(`po kolená|pod kolená|ku kolenám|po členky|midi|príliš dlhé|prilis dlhe|nohavic*`) },
  ru: { modestLength: terms(`до колена|до колен|ниже колена|ниже колен|до щиколотки|до щиколоток|миди|слишком длинн*|волочится по полу|волочится по земле|штанин*`) },
  uk: { modestLength: terms(`до колін|до коліна|нижче коліна|нижче колін|до щиколотки|міді|задовг*|волочиться по підлозі|холош*`) },
  bg: { modestLength: terms(`до коляното|до колената|под коляното|до глезена|миди|твърде дълг*|крачол*`) },
  sr: { modestLength: terms(`do kolena|ispod kolena|do članka|do clanka|midi|predugačk*|predugack*|nogavic*`) },
  ro: {
    modestLength: terms(`până la genunchi|pana la genunchi|sub genunchi|până la gleznă|pana la glezna|midi|prea lung|prea lungă|prea lunga|se târăște pe jos|se taraste pe jos|tivul pantalonilor`),
  },
  hu: { modestLength: terms(`térdig|térdig érő|térd alá|térd alatt|bokáig|midi|túl hosszú|tul hosszu|a földet söpri|nadrágszár*`) },
  el: { modestLength: terms(`μέχρι το γόνατο|μέχρι τα γόνατα|κάτω από το γόνατο|μέχρι τον αστράγαλο|μίντι|πολύ μακρύ|πολύ μακριά|σέρνεται στο πάτωμα|μπατζάκι*`) },
  tr: {
    modestLength: terms(
      `diz hizasına|diz hizasina|dizine kadar|dizlerine kadar|dize kadar|diz altı|diz alti|diz altına|bilek boyu|bileğe kadar|bilege kadar|midi|çok uzun|cok uzun|yerde sürünüyor|yerde surunuyor|yerlerde sürünüyor|paça*|paca*`,
    ),
  },
  az: { modestLength: terms(`dizə qədər|dizdən aşağı|topuğa qədər|çox uzun|yerlə sürünür|balaq*`) },
  ar: { modestLength: terms(`حتى الركبة|الى الركبة|إلى الركبة|تحت الركبة|حتى الكاحل|الى الكاحل|إلى الكاحل|طويل جدا|طويلة جدا|يجر على الأرض|يجر على الارض|ينجر على الأرض|حافة البنطلون|رجل البنطلون`) },
  fa: { modestLength: terms(`تا زانو|زیر زانو|تا مچ پا|خیلی بلنده|خیلی بلند است|روی زمین کشیده میشه|پاچه*`) },
  ur: { modestLength: terms(`گھٹنوں تک|گھٹنے تک|گھٹنے سے نیچے|ٹخنوں تک|بہت لمبا|بہت لمبی|زمین پر گھسٹ|پائنچ*`) },
  hi: { modestLength: terms(`घुटनों तक|घुटने तक|घुटने से नीचे|टखनों तक|बहुत लंबा|बहुत लंबी|ज़मीन पर घिसट|जमीन पर घिसट|ghutno tak|ghutne tak|ghutne se neeche|bahut lamba|bahut lambi`) },
  mr: { modestLength: terms(`गुडघ्यापर्यंत|गुडघ्याखाली|घोट्यापर्यंत|खूप लांब`) },
  ne: { modestLength: terms(`घुँडासम्म|घुँडा मुनि|गोलीगाँठासम्म|धेरै लामो`) },
  bn: { modestLength: terms(`হাঁটু পর্যন্ত|হাঁটুর নিচে|গোড়ালি পর্যন্ত|খুব লম্বা|মাটিতে লুটোচ্ছে`) },
  pa: { modestLength: terms(`ਗੋਡਿਆਂ ਤੱਕ|ਗੋਡੇ ਤੱਕ|ਗਿੱਟਿਆਂ ਤੱਕ|ਬਹੁਤ ਲੰਬਾ`) },
  ta: { modestLength: terms(`முழங்கால் வரை|முழங்காலுக்கு கீழ்|கணுக்கால் வரை|ரொம்ப நீளம்|மிக நீளம்`) },
  te: { modestLength: terms(`మోకాళ్ల వరకు|మోకాలి వరకు|మోకాలి కింద|చీలమండ వరకు|చాలా పొడవు`) },
  th: { modestLength: terms(`ยาวถึงเข่า|ถึงเข่า|คลุมเข่า|ใต้เข่า|ถึงข้อเท้า|ยาวเกินไป|ลากพื้น|ขากางเกง`) },
  vi: {
    modestLength: terms(
      `đến đầu gối|den dau goi|tới đầu gối|toi dau goi|tới gối|toi goi|dài đến gối|dai den goi|qua gối|qua goi|dưới gối|duoi goi|đến mắt cá|den mat ca|dài quá|dai qua|quét đất|quet dat|ống quần|ong quan`,
    ),
  },
  id: { modestLength: terms(`sampai lutut|selutut|di bawah lutut|sampai mata kaki|semata kaki|kepanjangan|terlalu panjang|nyeret di lantai|menyapu lantai|kaki celana`) },
  ms: { modestLength: terms(`sampai lutut|paras lutut|bawah lutut|sampai buku lali|paras buku lali|terlalu panjang|meleret|kaki seluar`) },
  tl: { modestLength: terms(`hanggang tuhod|hanggang sa tuhod|lampas tuhod|hanggang bukung bukong|masyadong mahaba|sumasayad sa sahig|sayad sa sahig|laylayan ng pantalon`) },
  sw: { modestLength: terms(`hadi magotini|mpaka magotini|mpaka goti|chini ya magoti|hadi kifundo cha mguu|ndefu sana|inaburuta chini`) },
  he: { modestLength: terms(`עד הברך|עד הברכיים|מתחת לברך|עד הקרסול|מידי|ארוך מדי|ארוכה מדי|נגרר על הרצפה|מכפלת המכנסיים`) },
  sv: { modestLength: terms(`till knät|till knäna|knälång|knälånga|under knät|till ankeln|till anklarna|midi|för lång|för långa|släpar i golvet|släpar på marken|byxben*`) },
  da: { modestLength: terms(`til knæet|til knæene|knælang|under knæet|til anklen|midi|for lang|slæber på gulvet|bukseben*`) },
  nb: { modestLength: terms(`til kneet|til knærne|knelang|under kneet|til ankelen|midi|for lang|sleper i bakken|sleper på gulvet|buksebein*`) },
  fi: { modestLength: terms(`polveen asti|polviin asti|polvipituinen|polvipituiseksi|polven alle|nilkkaan asti|nilkkoihin asti|midi|liian pitkä|laahaa maata|lahje*`) },
  ja: { modestLength: terms(`膝丈|ひざ丈|膝まで|ひざまで|膝下|ひざ下|くるぶし丈|くるぶしまで|ミディ丈|長すぎ|床に引きずって|裾上げ`) },
  zh: { modestLength: terms(`到膝盖|到膝蓋|及膝|膝盖以下|膝蓋以下|到脚踝|到腳踝|中长|中長|太长|太長|拖地|裤脚|褲腳|裤腿|褲腿`) },
  ko: { modestLength: terms(`무릎까지|무릎 길이|무릎길이|무릎 아래|무릎아래|발목까지|미디|너무 길어|너무 길다|바닥에 끌려|바짓단|기장 수선`) },
};
