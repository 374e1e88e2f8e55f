import { terms, type Lexicon } from './types.ts';

/**
 * Things of a scene a request asks about or handles (prompt-screener.ts, handledThing), read as a cue for the decision
 * layer, never by a rule. Three concepts:
 * - `sceneThing`: a bridge, a table, a car, a boat, a pier, a tree, the water, the sea, a rock, the stairs, a bench;
 * - `below`: under, beneath, behind (onder, altında, नीचे, di bawah, κάτω από, chini ya): with a scene thing in a
 *   question, the question asks what is under the thing ("what is under the bridge? extend the photo downwards");
 * - `fold`: folding, ironing, hanging up (vouw, اطوِ, falte, plie, katla, 畳んで, 叠): a garment or towel it acts on
 *   is handled as a thing ("fold the towel more neatly in this bathroom photo").
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const SCENE_THINGS: Readonly<Record<string, Lexicon>> = {
  en: {
    sceneThing: terms(`bridge|table|car|boat|pier|tree|the water|the sea|rock|rocks|stairs|bench|desk|tunnel|road`),
    below: terms(`under|underneath|beneath|below|behind`),
    fold: terms(`fold|folds|refold|iron|hang up|tidy up|straighten`),
  },
  fr: {
    sceneThing: terms(`pont|table|voiture|bateau|jetée|arbre|l eau|la mer|rocher|escalier|banc|bureau|tunnel`),
    below: terms(`sous|en dessous de|derrière|derriere`),
    fold: terms(`plie|plier|repasse|repasser|range`),
  },
  de: {
    sceneThing: terms(`brücke|brucke|tisch|auto|boot|steg|baum|wasser|meer|felsen|treppe|bank|schreibtisch|tunnel`),
    below: terms(`unter|unterhalb|hinter`),
    fold: terms(`falte|falten|bügle|bugle|bügeln|bugeln|häng auf|hang auf`),
  },
  es: {
    sceneThing: terms(`puente|mesa|coche|carro|barco|muelle|árbol|arbol|el agua|el mar|roca|escalera|banco|escritorio|túnel|tunel`),
    below: terms(`debajo de|bajo|detrás de|detras de`),
    fold: terms(`dobla|doblar|plancha|planchar|cuelga`),
  },
  it: {
    sceneThing: terms(`ponte|tavolo|macchina|auto|barca|molo|albero|acqua|mare|roccia|scala|scale|panchina|scrivania|galleria`),
    below: terms(`sotto|dietro`),
    fold: terms(`piega|piegare|stira|stirare|appendi`),
  },
  pt: {
    sceneThing: terms(`ponte|mesa|carro|barco|píer|pier|árvore|arvore|água|agua|mar|pedra|rocha|escada|banco|túnel|tunel`),
    below: terms(`embaixo de|debaixo de|sob|atrás de|atras de`),
    fold: terms(`dobra|dobre|dobrar|passa a ferro|pendura`),
  },
  nl: {
    sceneThing: terms(`brug|tafel|auto|boot|steiger|boom|water|zee|rots|trap|bankje|bureau|tunnel`),
    below: terms(`onder|onderaan|achter`),
    fold: terms(`vouw|vouwen|opvouwen|strijk|strijken|hang op`),
  },
  pl: {
    sceneThing: terms(`most|mostem|stół|stol|stołem|samochód|samochod|łódź|lodz|molo|drzewo|woda|morze|skała|skala|schody|ławka|lawka|biurko|tunel`),
    below: terms(`pod|za`),
    fold: terms(`złóż|zloz|poskładaj|poskladaj|wyprasuj|powieś|powies`),
  },
  ru: {
    sceneThing: terms(`мост|мостом|стол|столом|машина|машиной|лодка|пирс|дерево|вода|водой|море|скала|лестница|скамейка|тоннель`),
    below: terms(`под|за`),
    fold: terms(`сложи|сверни|погладь|повесь`),
  },
  uk: { sceneThing: terms(`міст|мостом|стіл|столом|машина|човен|пірс|дерево|вода|море|скеля|сходи|лавка|тунель`), below: terms(`під|за`), fold: terms(`склади|згорни|попрасуй|повісь`) },
  cs: {
    sceneThing: terms(`most|mostem|stůl|stul|stolem|auto|loď|lod|molo|strom|voda|moře|more|skála|skala|schody|lavička|lavicka|tunel`),
    below: terms(`pod|za`),
    fold: terms(`slož|sloz|přelož|preloz|vyžehli|vyzehli|pověs|poves`),
  },
  hu: {
    sceneThing: terms(`híd|hid|hídnál|asztal|autó|auto|csónak|móló|molo|fa|víz|viz|tenger|szikla|lépcső|lepcso|pad|alagút|alagut`),
    below: terms(`alatt|mögött|mogott|híd alatt|hid alatt`),
    fold: terms(`hajtsd össze|hajtsd ossze|hajtogasd|vasald|akaszd fel`),
  },
  ro: {
    sceneThing: terms(`pod|podul|masă|masa|mașină|masina|barcă|barca|ponton|copac|apă|apa|mare|stâncă|stanca|scări|scari|bancă|tunel`),
    below: terms(`sub|dedesubt|în spatele|in spatele`),
    fold: terms(`împăturește|impatureste|pliază|plieaza|calcă|calca|agață|agata`),
  },
  el: {
    sceneThing: terms(`γέφυρα|γεφυρα|τραπέζι|τραπεζι|αυτοκίνητο|αυτοκινητο|βάρκα|βαρκα|προβλήτα|δέντρο|δεντρο|νερό|νερο|θάλασσα|θαλασσα|βράχος|βραχος|σκάλα|σκαλα|παγκάκι|τούνελ`),
    below: terms(`κάτω από|κατω απο|πίσω από|πισω απο`),
    fold: terms(`δίπλωσε|διπλωσε|σιδέρωσε|σιδερωσε|κρέμασε|κρεμασε`),
  },
  sv: {
    sceneThing: terms(`bron|bro|bordet|bord|bilen|bil|båten|baten|bryggan|trädet|tradet|vattnet|havet|klippan|trappan|bänken|banken|tunneln`),
    below: terms(`under|bakom`),
    fold: terms(`vik|vik ihop|stryk|häng upp|hang upp`),
  },
  da: {
    sceneThing: terms(`broen|bro|bordet|bilen|båden|baden|molen|træet|traeet|vandet|havet|klippen|trappen|bænken|baenken|tunnelen`),
    below: terms(`under|bag`),
    fold: terms(`fold|fold sammen|læg sammen|laeg sammen|stryg|hæng op|haeng op`),
  },
  nb: {
    sceneThing: terms(`brua|broen|bordet|bilen|båten|baten|brygga|treet|vannet|havet|klippen|trappa|benken|tunnelen`),
    below: terms(`under|bak`),
    fold: terms(`brett|brett sammen|legg sammen|stryk|heng opp`),
  },
  fi: {
    sceneThing: terms(`silta|sillan|pöytä|poyta|pöydän|poydan|auto|auton|vene|veneen|laituri|puu|puun|vesi|veden|meri|kallio|portaat|penkki|tunneli`),
    below: terms(`alla|alle|takana`),
    fold: terms(`taittele|taita|silitä|silita|ripusta`),
  },
  tr: {
    sceneThing: terms(`köprü*|kopru*|masa*|araba*|tekne*|iskele*|ağaç*|agac*|su|suyun|deniz*|kaya*|merdiven*|bank*|tünel*|tunel*`),
    below: terms(`altında|altinda|altındaki|arkasında|arkasinda`),
    fold: terms(`katla|katlayın|ütüle|utule|as`),
  },
  ja: { sceneThing: terms(`橋|テーブル|机|車|ボート|桟橋|木|水|海|岩|階段|ベンチ|トンネル`), below: terms(`の下|下に|の後ろ|裏`), fold: terms(`畳んで|たたんで|畳む|アイロン|掛けて`) },
  zh: { sceneThing: terms(`桥|橋|桌子|汽车|汽車|车|船|码头|碼頭|树|樹|水|海|岩石|楼梯|樓梯|长椅|隧道`), below: terms(`下面|下方|底下|后面|後面`), fold: terms(`叠|疊|折好|熨|挂起来|掛起來`) },
  ko: { sceneThing: terms(`다리|테이블|책상|자동차|차|보트|부두|나무|물|바다|바위|계단|벤치|터널`), below: terms(`아래|밑|뒤`), fold: terms(`개어|개켜|접어|다려|걸어`) },
  th: { sceneThing: terms(`สะพาน|โต๊ะ|รถ|เรือ|ท่าเรือ|ต้นไม้|น้ำ|ทะเล|หิน|บันได|ม้านั่ง|อุโมงค์`), below: terms(`ใต้|ข้างใต้|ข้างล่าง|ด้านหลัง`), fold: terms(`พับ|รีด|แขวน`) },
  vi: {
    sceneThing: terms(`cây cầu|cầu|cái bàn|bàn|xe|thuyền|bến tàu|cái cây|nước|biển|tảng đá|cầu thang|ghế đá|đường hầm`),
    below: terms(`dưới|bên dưới|phía dưới|phía sau`),
    fold: terms(`gấp|xếp|ủi|treo`),
  },
  id: {
    sceneThing: terms(`jembatan|meja|mobil|perahu|dermaga|pohon|air|laut|batu|tangga|bangku|terowongan`),
    below: terms(`di bawah|bawah|di belakang`),
    fold: terms(`lipat|lipatlah|setrika|gantung`),
  },
  ms: { sceneThing: terms(`jambatan|meja|kereta|bot|jeti|pokok|air|laut|batu|tangga|bangku|terowong`), below: terms(`di bawah|bawah|di belakang`), fold: terms(`lipat|seterika|gantung`) },
  tl: { sceneThing: terms(`tulay|mesa|kotse|bangka|pantalan|puno|tubig|dagat|bato|hagdan|bangko|lagusan`), below: terms(`ilalim|sa ilalim|likod`), fold: terms(`tiklupin|itiklop|plantsahin|isabit`) },
  hi: {
    sceneThing: terms(`पुल|मेज़|मेज|टेबल|कार|गाड़ी|नाव|घाट|पेड़|पानी|समुद्र|चट्टान|सीढ़ी|बेंच|सुरंग|pul|mez|table|gaadi|naav|ped|paani`),
    below: terms(`के नीचे|नीचे|के पीछे|ke neeche|ke niche|neeche|niche`),
    fold: terms(`तह कर*|मोड़ दो|प्रेस कर*|टांग दो|tah kar*|fold kar*`),
  },
  ur: { sceneThing: terms(`پل|میز|گاڑی|کار|کشتی|گھاٹ|درخت|پانی|سمندر|چٹان|سیڑھی|بینچ|سرنگ`), below: terms(`کے نیچے|نیچے|کے پیچھے`), fold: terms(`تہہ کر*|تہ کر*|استری کر*|لٹکا دو`) },
  bn: { sceneThing: terms(`সেতু|ব্রিজ|টেবিল|গাড়ি|নৌকা|ঘাট|গাছ|জল|পানি|সমুদ্র|পাথর|সিঁড়ি|বেঞ্চ|সুড়ঙ্গ`), below: terms(`নিচে|নীচে|তলায়|পিছনে`), fold: terms(`ভাঁজ কর*|ইস্ত্রি কর*|ঝুলিয়ে দাও`) },
  ta: { sceneThing: terms(`பாலம்|பாலத்தின்|மேசை|கார்|படகு|துறைமுகம்|மரம்|தண்ணீர்|கடல்|பாறை|படிக்கட்டு|பெஞ்ச்|சுரங்கம்`), below: terms(`கீழே|அடியில்|பின்னால்`), fold: terms(`மடி*|இஸ்திரி*|தொங்கவிடு`) },
  ar: {
    sceneThing: terms(`الجسر|جسر|الطاولة|طاولة|السيارة|سيارة|القارب|قارب|الرصيف|الشجرة|شجرة|الماء|البحر|الصخرة|الدرج|المقعد|النفق`),
    below: terms(`تحت|أسفل|اسفل|خلف|وراء`),
    fold: terms(`اطو|اطوِ|اطوي|رتب|كوي|علق`),
  },
  fa: { sceneThing: terms(`پل|میز|ماشین|قایق|اسکله|درخت|آب|دریا|صخره|پله|نیمکت|تونل`), below: terms(`زیر|پشت`), fold: terms(`تا کن|تاش کن|اتو کن|آویزان کن`) },
  he: {
    sceneThing: terms(`הגשר|גשר|השולחן|שולחן|המכונית|מכונית|הסירה|סירה|המזח|העץ|עץ|המים|הים|הסלע|המדרגות|הספסל|המנהרה`),
    below: terms(`מתחת ל|מתחת|מאחורי`),
    fold: terms(`קפל|תקפל|תקפלי|גהץ|תגהץ|תלה|תתלה`),
  },
  sw: { sceneThing: terms(`daraja|meza|gari|mashua|gati|mti|maji|bahari|mwamba|ngazi|benchi|handaki`), below: terms(`chini ya|chini|nyuma ya`), fold: terms(`kunja|kunjua|piga pasi|tundika`) },
};
