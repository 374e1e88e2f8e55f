import { terms, type Lexicon } from './types.ts';

/**
 * A garment swapped for a token that covers nothing (rules.ts, swappedForToken): "swap her dress for three small
 * stickers", "zamień jej strój na nitkę dentystyczną", "水着を絆創膏三枚に置き換えて", "استبدل ملابسها بشريطة". Two concepts,
 * each ordinary alone ("replace the logo with a sticker", "a gift with a red ribbon"):
 * - `swap`: replacing one thing by another (replace, swap, exchange, instead of, troca, zamień, 置き換え, 바꿔, بدل),
 *   not adding or covering (those are in `replace` too, and "add stickers to her dress" undresses no one);
 * - `tokenCover`: what is no garment and covers next to nothing: stickers, a ribbon, a bow, tape, plasters,
 *   dental floss, a string, leaves, shells, emojis.
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const TOKEN_COVER: Readonly<Record<string, Lexicon>> = {
  en: {
    swap: terms(`replace|replaces|replacing|swap|swaps|swapping|exchange|trade|instead of|in place of|change her|change his`),
    tokenCover: terms(
      `sticker|stickers|a ribbon|ribbons|ribbon|a bow|a little bow|bows|tape|duct tape|electrical tape|masking tape|band aid|band aids|bandaid|bandaids|plaster|plasters|dental floss|floss|a string|a piece of string|pieces of string|a thread|leaves|a leaf|shells|seashells|post it|post its|post-it notes|sticky notes|pasties|nipple covers|emoji|emojis|confetti`,
    ),
  },
  fr: {
    swap: terms(`remplace|remplacer|remplacez|échange|echange|échanger|troque|à la place de|a la place de|au lieu de|change sa|change son`),
    tokenCover: terms(
      `autocollant|autocollants|stickers|gommettes|un ruban|ruban|rubans|un nœud|un noeud|petit nœud|petit noeud|scotch|ruban adhésif|ruban adhesif|pansement|pansements|fil dentaire|une ficelle|ficelle|feuilles|coquillages|post it|émoji|emoji|emojis`,
    ),
  },
  de: {
    swap: terms(`ersetz*|tausch*|austausch*|statt|anstatt|anstelle|wechsel ihr*`),
    tokenCover: terms(
      `aufkleber|sticker|schleife|schleifchen|band|bändchen|bandchen|geschenkband|klebeband|tesa|tesafilm|pflaster|zahnseide|schnur|faden|blätter|blatter|muscheln|post it|emoji|emojis`,
    ),
  },
  es: {
    swap: terms(`reemplaza*|sustituye*|cambia*|cámbiale|cambiale|intercambia*|en lugar de|en vez de`),
    tokenCover: terms(
      `pegatina|pegatinas|calcomanía*|calcomania*|stickers|un lazo|lazo|lazos|lacito|cinta|cinta adhesiva|tiritas|curitas|hilo dental|un hilo|cordel|hojas|conchas|post it|emoji|emojis`,
    ),
  },
  it: {
    swap: terms(`sostituisci|sostituire|scambia|cambia|cambiale|invece di|al posto di`),
    tokenCover: terms(`adesivo|adesivi|sticker|nastro|nastrino|fiocco|fiocchetto|nastro adesivo|scotch|cerotto|cerotti|filo interdentale|un filo|spago|foglie|conchiglie|post it|emoji`),
  },
  pt: {
    swap: terms(`substitu*|troca*|trocar|troque|muda*|mude|em vez de|no lugar de`),
    tokenCover: terms(
      `adesivo|adesivos|figurinha|figurinhas|sticker|stickers|fita|fitinha|laço|laco|lacinho|fita adesiva|durex|curativo|curativos|band aid|fio dental|barbante|folhas|conchas|post it|emoji|emojis`,
    ),
  },
  nl: {
    swap: terms(`vervang*|verwissel*|ruil*|wissel*|in plaats van`),
    tokenCover: terms(`sticker|stickers|plakkers|een lint|lint|lintje|strik|strikje|plakband|tape|pleister|pleisters|tandzijde|touwtje|blaadjes|bladeren|schelpen|post it|emoji`),
  },
  pl: {
    swap: terms(`zamień*|zamien*|wymień*|wymien*|zamiast`),
    tokenCover: terms(
      `naklejk*|wstążk*|wstazk*|kokardk*|kokard*|taśm*|tasm*|plaster|plastry|plasterki|nitkę dentystyczną|nitke dentystyczna|nić dentystyczn*|nic dentystyczn*|sznurek|sznurkiem|liście|liscie|muszelki|muszle|emotki|emoji`,
    ),
  },
  ru: {
    swap: terms(`замени*|поменяй*|вместо`),
    tokenCover: terms(`наклейк*|стикер*|ленточк*|лентой|ленту|бантик*|бант|скотч*|изолент*|пластыр*|зубн* нит*|нитку|нитк*|верёвочк*|веревочк*|листья|листьями|ракушк*|эмодзи|смайлик*`),
  },
  uk: {
    swap: terms(`заміни*|поміняй*|замість`),
    tokenCover: terms(`наліпк*|наклейк*|стікер*|стрічк*|бантик*|бант|скотч*|пластир*|зубн* нитк*|нитк*|мотузочк*|листя|листям|мушл*|емодзі|смайлик*`),
  },
  cs: {
    swap: terms(`vyměň*|vymen*|nahraď*|nahrad*|místo|misto`),
    tokenCover: terms(`nálepk*|nalepk*|samolepk*|stužk*|stuzk*|mašl*|masl*|lepicí pásk*|lepici pask*|izolepa|náplast*|naplast*|zubní nit*|zubni nit*|provázek|provazek|listy|mušle|musle|emoji`),
  },
  sk: {
    swap: terms(`vymeň*|vymen*|nahraď*|nahrad*|namiesto`),
    tokenCover: terms(`nálepk*|nalepk*|stužk*|stuzk*|mašl*|masl*|lepiac* pásk*|náplast*|naplast*|zubn* nit*|špagát|spagat|listy|mušle|musle|emoji`),
  },
  hu: {
    swap: terms(`cseréld*|csereld*|helyett|váltsd*|valtsd*`),
    tokenCover: terms(`matrica*|szalag*|masni*|masnit|ragasztószalag*|ragasztoszalag*|sebtapasz*|fogselyem*|fogselymet|madzag*|zsinór*|zsinor*|levelek*|kagyló*|kagylo*|emoji*`),
  },
  ro: {
    swap: terms(`înlocuiește*|inlocuieste*|schimbă*|schimba*|în loc de|in loc de`),
    tokenCover: terms(
      `abțibild*|abtibild*|autocolant*|sticker*|fundiță|fundita|fundă|funda|panglic*|bandă adezivă|banda adeziva|scotch|plasture*|ață dentară|ata dentara|o sfoară|sfoara|frunze|scoici|emoji`,
    ),
  },
  el: {
    swap: terms(`άλλαξε|αλλαξε|αντικατάστησε|αντικαταστησε|αντί για|αντι για`),
    tokenCover: terms(
      `αυτοκόλλητ*|αυτοκολλητ*|κορδέλ*|κορδελ*|φιόγκο*|φιογκο*|σελοτέιπ|σελοτειπ|ταινία|τσιρότ*|τσιροτ*|οδοντικό νήμα|οδοντικο νημα|σπάγκο*|σπαγκο*|φύλλα|φυλλα|κοχύλια|κοχυλια|εμότζι|εμοτζι`,
    ),
  },
  sv: {
    swap: terms(`byt ut|byt*|ersätt*|ersatt*|istället för|istallet for`),
    tokenCover: terms(`klistermärke*|klistermarke*|dekal*|rosett*|band|sidenband|tejp*|plåster|plaster|tandtråd|tandtrad|snöre|snore|löv|lov|snäckor|snackor|emoji*`),
  },
  da: {
    swap: terms(`skift*|udskift*|erstat*|byt*|i stedet for`),
    tokenCover: terms(`klistermærke*|klistermaerke*|sløjfe*|slojfe*|bånd|band|tape|plaster|plastre|tandtråd|tandtrad|snor|blade|muslinger|konkylier|emoji*`),
  },
  nb: {
    swap: terms(`bytt*|erstatt*|skift*|i stedet for`),
    tokenCover: terms(`klistremerke*|sløyfe*|sloyfe*|bånd|band|teip|tape|plaster|tanntråd|tanntrad|hyssing|blader|skjell|emoji*`),
  },
  fi: {
    swap: terms(`vaihda|korvaa|sijaan|tilalle`),
    tokenCover: terms(`tarra*|rusett*|nauha*|teippi*|teipp*|laastari*|hammaslanka*|hammaslangan*|naru*|lehti*|lehdet|simpuko*|emoji*`),
  },
  tr: {
    swap: terms(`değiştir|degistir|değiştir*|degistir*|yerine`),
    tokenCover: terms(`çıkartma*|cikartma*|sticker*|etiket*|kurdele*|fiyonk*|bant|bantla|yara bandı|yara bandi|diş ipi|dis ipi|ip|iple|ipe|yapraklar*|deniz kabuk*|emoji*`),
  },
  ja: {
    swap: terms(`置き換え|置換|差し替え|取り替え|取り換え|代わりに|変えて|替えて`),
    tokenCover: terms(`シール|ステッカー|リボン|テープ|絆創膏|ばんそうこう|ニップレス|デンタルフロス|糸|紐|ひも|葉っぱ|貝殻|絵文字`),
  },
  zh: {
    swap: terms(`换成|換成|替换|替換|改成|代替|取代`),
    tokenCover: terms(`贴纸|貼紙|丝带|絲帶|缎带|緞帶|蝴蝶结|蝴蝶結|胶带|膠帶|创可贴|創可貼|乳贴|乳貼|牙线|牙線|细绳|細繩|一根绳|树叶|樹葉|贝壳|貝殼|表情符号`),
  },
  ko: {
    swap: terms(`바꿔|바꾸|교체|대신`),
    tokenCover: terms(`스티커|리본|테이프|반창고|니플패치|치실|끈 하나|나뭇잎|조개껍데기|이모지`),
  },
  th: {
    swap: terms(`เปลี่ยน|แทนที่|แทน`),
    tokenCover: terms(`สติกเกอร์|สติ๊กเกอร์|ริบบิ้น|โบว์|เทป|พลาสเตอร์|ไหมขัดฟัน|เชือก|ใบไม้|เปลือกหอย|อีโมจิ`),
  },
  vi: {
    swap: terms(`thay bằng|thay thế|thay đồ|đổi|đổi thành|thay vì`),
    tokenCover: terms(`miếng dán|hình dán|nhãn dán|sticker|ruy băng|dây ruy băng|chiếc nơ|cái nơ|băng keo|băng dính|băng cá nhân|chỉ nha khoa|sợi dây|lá cây|vỏ sò|emoji`),
  },
  id: {
    swap: terms(`ganti*|gantikan|tukar*|sebagai ganti|alih alih`),
    tokenCover: terms(`stiker|pita|selotip|lakban|plester|benang gigi|tali|sehelai tali|daun daun|dedaunan|kerang|emoji`),
  },
  ms: {
    swap: terms(`tukar*|gantikan|ganti|sebagai ganti`),
    tokenCover: terms(`pelekat|stiker|reben|riben|pita|selotep|pita pelekat|plaster|flos gigi|benang gigi|tali|daun daun|dedaun|kulit kerang|emoji`),
  },
  tl: {
    swap: terms(`palitan|ipalit|papalitan|imbes na|kapalit`),
    tokenCover: terms(`sticker|stickers|laso|ribbon|tape|band aid|bandaid|dental floss|sinulid|tali|dahon|kabibe|emoji`),
  },
  hi: {
    swap: terms(`बदल दो|बदलो|बदले|की जगह|के बदले|badal do|badlo|ki jagah|ke badle|replace kar*`),
    tokenCover: terms(`स्टिकर|रिबन|फीता|टेप|बैंडेज|बैंड एड|डेंटल फ्लॉस|धागा|पत्ते|सीपियां|sticker|stickers|ribbon|feeta|tape|band aid|dental floss|dhaaga|dhaga|patte`),
  },
  ur: {
    swap: terms(`بدل دو|بدلو|کی جگہ|کے بدلے|تبدیل کرو`),
    tokenCover: terms(`اسٹیکر|سٹیکر|ربن|فیتہ|ٹیپ|پٹی|دھاگا|دھاگہ|پتے|سیپیاں`),
  },
  bn: {
    swap: terms(`বদলে|বদলে দাও|পাল্টে দাও|জায়গায়|পরিবর্তে`),
    tokenCover: terms(`স্টিকার|ফিতে|ফিতা|রিবন|টেপ|ব্যান্ডেজ|ব্যান্ড এইড|সুতো|সুতা|পাতা|ঝিনুক`),
  },
  ta: {
    swap: terms(`மாற்று*|பதிலாக`),
    tokenCover: terms(`ஸ்டிக்கர்*|ரிப்பன்|நாடா|டேப்|பேண்டேஜ்|நூல்|இலைகள்|சிப்பிகள்`),
  },
  ar: {
    swap: terms(`استبدل|بدّل|بدل|غيّر|بدلا من|بدلاً من|عوضا عن`),
    tokenCover: terms(`ملصق|ملصقات|ستيكر|شريطة|شريط|فيونكة|شريط لاصق|لزقة|لصقة|لاصق جروح|خيط تنظيف الأسنان|خيط|أوراق شجر|أصداف|صدف|ايموجي`),
  },
  fa: {
    swap: terms(`عوض کن|جایگزین|به جای|بجای|تعویض`),
    tokenCover: terms(`استیکر|برچسب|روبان|پاپیون|نوار چسب|چسب زخم|نخ دندان|نخ|برگ|صدف|ایموجی`),
  },
  he: {
    swap: terms(`תחליף|תחליפי|להחליף|במקום`),
    tokenCover: terms(`מדבקות|מדבקה|סרט סאטן|סרט קטן|סרט מתנה|פפיון|סלוטייפ|נייר דבק|פלסטר|פלסטרים|חוט דנטלי|חוט|עלים|צדפים|אימוג'י|אימוגי`),
  },
  sw: {
    swap: terms(`badilisha|badala ya|weka badala`),
    tokenCover: terms(`stika|stika tatu|utepe|riboni|tepu|plasta|uzi wa meno|uzi|kamba|majani|makombe|emoji`),
  },
};
