import { terms, type Lexicon } from './types.ts';

/**
 * Hiding what is shown: blur, pixelate, censor, a black bar, a mosaic, an emoji over it (`censor`). A nudity
 * word that such a word acts on is what the request hides, not what it asks for ("blur the nude painting
 * behind me", "put a black bar over the nudity", "打码她的裸体部分", "ヌードの絵にモザイクをかけて"):
 * prompt-screener.ts (censoredHarm) reads it as a word about a thing. Removing the blur is `unveil`, not this.
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const CENSOR: Readonly<Record<string, Lexicon>> = {
  en: {
    censor: terms(
      `tuck|tuck it|tuck them|tuck in|tuck it in|tuck away|blur|blur out|blurs|blurring|blurred out|pixelate|pixelates|pixelating|pixelise|pixelize|pixel out|censor|censors|censoring|mosaic over|black bar over|black bars over|a black bar on|put a black bar|add a black bar|black box over|emoji over|emojis over|sticker over|stickers over|star over|stars over|hide|cover up the|smudge out|scribble over|redact`,
    ),
  },
  fr: {
    censor: terms(
      `floute|flouter|floutez|floutes|pixelise|pixeliser|pixelisez|censure|censurer|censurez|cacher|cachez|masquer|masquez|bande noire sur|barre noire sur|un emoji sur|des emojis sur|un autocollant sur`,
    ),
  },
  de: {
    censor: terms(
      `verpixel*|verwisch*|unkenntlich|zensier*|verberg*|versteck*|schwarzen balken über|schwarzer balken über|schwarzen balken uber|balken über|balken uber|emoji über|emoji uber|verdeck*|weichzeichn*|blurr*`,
    ),
  },
  es: {
    censor: terms(
      `difumina|difuminar|difuminen|desenfoca|desenfocar|pixela|pixelar|pixelea|pixelear|censura|censurar|censuren|oculta|ocultar|tapar|tápale|tapale|una barra negra sobre|barra negra en|emoji encima de|emojis encima de`,
    ),
  },
  it: {
    censor: terms(
      `sfoca|sfocare|sfocate|pixela|pixelare|pixella|pixellare|censura|censurare|nascondi|nascondere|nasconderla|nasconderlo|nascondila|nascondilo|copri con un emoji|barra nera su|una barra nera|emoji sopra`,
    ),
  },
  pt: {
    censor: terms(
      `desfoca|desfocar|desfoque|borra|borrar|embaça|embaçar|embaca|embacar|pixeliza|pixelizar|pixela|pixelar|censura|censurar|esconde|esconder|oculta|ocultar|tarja preta|uma tarja|emoji em cima|emojis em cima`,
    ),
  },
  nl: { censor: terms(`vervaag|vervagen|blur|blurren|pixeleer|pixeleren|censureer|censureren|verberg|verbergen|zwarte balk over|emoji over`) },
  pl: {
    censor: terms(
      `rozmaż|rozmaz|rozmazać|rozmazac|zamaż|zamaz|zamazać|zamazac|zapikseluj|zapikselować|zapikselowac|ocenzuruj|ocenzurować|ocenzurowac|ukryj|ukryć|ukryc|czarny pasek na|emotkę na|emotke na`,
    ),
  },
  ru: {
    censor: terms(
      `размой|размыть|замажь|замазать|запикселизируй|запикселить|запиксель|зацензурь|зацензурить|цензурируй|скрой|скрыть|спрячь|спрятать|закрась|черную полосу на|чёрную полосу на|смайлик на|эмодзи на`,
    ),
  },
  uk: { censor: terms(`розмий|розмити|замаж|замазати|запікселізуй|запікселити|зацензур*|сховай|приховай|приховати|закрий смайликом|смайлик на`) },
  tr: { censor: terms(`bulanıklaştır*|bulaniklastir*|buzla|buzlayın|buzlayin|sansürle*|sansurle*|piksel*|gizle|gizleyin|sakla|emoji koy|siyah bant`) },
  ja: { censor: terms(`モザイク|ぼかし|ぼかして|ボカシ|隠して|目線を入れて|黒塗り|スタンプで隠`) },
  zh: { censor: terms(`打码|打碼|马赛克|馬賽克|模糊处理|模糊處理|模糊掉|遮住|遮挡|遮擋|挡住|擋住|盖住|蓋住|贴个表情|貼個表情`) },
  ko: { censor: terms(`모자이크|블러|블러처리|블러 처리|가려줘|가려 줘|가려주세요|가리기|검은 띠`) },
  ar: { censor: terms(`خبيها|خبّيها|اخفيها|أخفيها|غطيها|طمس|اطمس|غبش|تغبيش|ضبب|تضبيب|بكسل|شوش|تشويش|خبي|غطي|غط|شريط أسود|ايموجي على`) },
  fa: { censor: terms(`بلور کن|بلورش کن|تار کن|تارش کن|پیکسلی کن|سانسور کن|سانسورش کن|بپوشون|بپوشان|مخفی کن`) },
  he: { censor: terms(`טשטש|תטשטש|לטשטש|פיקסל|תפקסל|צנזר|תצנזר|הסתר|תסתיר|כסה|תכסה`) },
  hi: { censor: terms(`धुंधला कर*|ब्लर कर*|छुपा दो|छिपा दो|ढक दो|सेंसर कर*|blur kar*|dhundla kar*|chhupa do|chupa do|dhak do|censor kar*`) },
  bn: { censor: terms(`ঝাপসা কর*|ব্লার কর*|ঢেকে দাও|লুকিয়ে দাও|সেন্সর কর*`) },
  ur: { censor: terms(`دھندلا کر*|بلر کر*|چھپا دو|ڈھک دو|سنسر کر*`) },
  vi: { censor: terms(`làm mờ|lam mo|che đi|che di|che lại|che lai|che mờ|che mo|kiểm duyệt|kiem duyet|làm nhòe|lam nhoe|dán emoji|dan emoji`) },
  th: { censor: terms(`เบลอ|ทำเบลอ|เซ็นเซอร์|ปิดบัง|ปิดไว้|ซ่อน|แปะอีโมจิ`) },
  id: { censor: terms(`blur|buramkan|samarkan|sensor|disensor|pikselkan|tutupi|tutup pakai emoji|sembunyikan`) },
  ms: { censor: terms(`kaburkan|blur|sensor|tutup|sembunyikan|pikselkan`) },
  tl: { censor: terms(`i-blur|iblur|blur mo|labuin|takpan|itago|i-censor|icensor|lagyan ng emoji`) },
  sw: { censor: terms(`fifisha|ficha|ifiche|zifiche|ifichwe|funika|kagua|weka emoji juu`) },
  el: { censor: terms(`θόλωσε|θολωσε|θολώσε|θόλωμα|θολωμα|κάνε μπλουρ|κανε μπλουρ|πιξελ*|λογόκρινε|λογοκρινε|κρύψε|κρυψε|κρύψ|κρυψ|κάλυψε|καλυψε|κάλυψ|καλυψ`) },
  ro: { censor: terms(`blurează|blureaza|estompează|estompeaza|pixelează|pixeleaza|cenzurează|cenzureaza|ascunde|acoperă cu|acopera cu|bandă neagră|banda neagra`) },
  hu: { censor: terms(`homályosítsd|homalyositsd|mosd el|pixelesítsd|pixelesitsd|cenzúrázd|cenzurazd|takard ki|takard el|rejtsd el|fekete csík|fekete csik`) },
  cs: { censor: terms(`rozmaž|rozmaz|rozmazat|rozpixeluj|rozpixelovat|cenzuruj|cenzurovat|zakryj|zakrýt|zakryt|schovej|skryj|černý pruh|cerny pruh`) },
  sk: { censor: terms(`rozmaž|rozmaz|rozmazať|rozmazat|rozpixeluj|cenzuruj|zakry|zakryť|zakryt|skry|skryť|skryt|čierny pruh|cierny pruh`) },
  sv: { censor: terms(`sudda ut|sudda|blurra|pixla|pixelera|censurera|dölj|dolj|dölja|dolja|täck över|tack over|svart balk över|svart balk over`) },
  da: { censor: terms(`slør|slor|sløre|slore|blur|pixeler*|censurer*|skjul|dæk til|daek til|sort bjælke over|sort bjaelke over`) },
  nb: { censor: terms(`uskarp|gjør uskarp|gjor uskarp|blur|pikseler*|sensurer*|skjul|dekk til|svart sladd over|sladd`) },
  fi: { censor: terms(`sumenna|sumentaa|pikselöi|pikseloi|sensuroi|peitä|peita|piilota|musta palkki`) },
};
