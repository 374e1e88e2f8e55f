import { terms, type Lexicon } from './types.ts';

/**
 * The words the combining rules need besides the harmful ones, for the languages added last:
 * replacing and covering ("replace her bikini with a wetsuit"), colours ("make the bikini red"),
 * negations ("less see-through"), and things that are not people ("the car", "the cake", "the
 * wall", "the tree", "the eye"), so that "a sexier car" or "bare walls" stay benign. Merged into
 * each language's lexicon by index.ts.
 */
export const CONTEXT: Readonly<Record<string, Lexicon>> = {
  uk: {
    replace: terms(`заміни*|поміняй*|зміни*|одягни*|надінь|вдягни*|накинь|додай*|замість`),
    colour: terms(`перефарбуй*|пофарбуй*|червон*|синій|синю|синього|зелен*|чорн*|біл*|рожев*|жовт*|колір|кольор*`),
    negation: terms(`не|менш|менше|без`),
    cover: terms(`поверх|зверху`),
    objectTarget: terms(`машин*|автомобіл*|торт*|ялинк*|дерев*|стін*|манекен*|статуя|статую|око|очі|меч`),
  },
  id: {
    replace: terms(`ganti*|gantikan|tukar*|pakaikan|pakai|kenakan|tambahkan|tambah|jadi|menjadi|alih alih`),
    colour: terms(`merah|biru|hijau|hitam|putih|pink|merah muda|kuning|ungu|warna*`),
    negation: terms(`tidak|jangan|kurang|lebih tertutup|tertutup`),
    cover: terms(`di atas|menutupi|dilapisi`),
    objectTarget: terms(`mobil|kue|pohon|dinding|tembok|manekin|patung|pedang|rumah|ruangan`),
  },
  ms: {
    replace: terms(`tukar*|gantikan|ganti|pakaikan|pakai|tambah*|jadikan`),
    colour: terms(`merah|biru|hijau|hitam|putih|merah jambu|kuning|ungu|warna*`),
    negation: terms(`tidak|jangan|kurang|lebih sopan|tertutup`),
    cover: terms(`di atas|menutup*`),
    objectTarget: terms(`kereta|kek|pokok|dinding|manekin|patung|pedang|rumah|bilik`),
  },
  sv: {
    replace: terms(`byt ut|byt*|ersätt*|ersatt*|ändra*|andra*|sätt på|satt pa|klä henne i|kla henne i|lägg till|lagg till|istället för|istallet for`),
    colour: terms(`röd*|rod*|blå|bla|grön*|gron*|svart*|vit*|rosa|gul*|färg*|farg*`),
    negation: terms(`inte|mindre|ej|täckande|tackande`),
    cover: terms(`över|ovanpå|ovanpa`),
    objectTarget: terms(`bil|bilen|tårta|tarta|tårtan|gran|granen|träd*|trad*|vägg*|vagg*|skyltdocka*|staty*|öga|oga|ögon|svärd|rum*`),
  },
  vi: {
    replace: terms(`thay bằng|thay bang|thay thế|thay the|đổi thành|doi thanh|mặc cho|mac cho|thêm vào|them vao`),
    colour: terms(`màu đỏ|mau do|màu xanh|mau xanh|màu đen|mau den|màu trắng|mau trang|màu hồng|mau hong|màu vàng|mau vang`),
    negation: terms(`không|khong|đừng|kín đáo|kin dao|dài ra|dai ra`),
    cover: terms(`bên ngoài|ben ngoai|khoác ngoài|khoac ngoai`),
    objectTarget: terms(`xe hơi|xe hoi|ô tô|o to|bánh kem|banh kem|cây thông|cay thong|bức tường|buc tuong|ma nơ canh|ma no canh|bức tượng|buc tuong|con mắt|con mat`),
  },
  cs: {
    replace: terms(`vyměň*|vymen*|nahraď*|nahrad*|změň*|zmen*|obleč ji|oblec ji|přidej*|pridej*|místo|misto`),
    colour: terms(`červen*|cerven*|modr*|zelen*|čern*|cern*|bíl*|bil*|růžov*|ruzov*|barv*`),
    negation: terms(`ne|méně|mene|neprůhledn*|nepruhledn*|neprůsvitn*|neprusvitn*`),
    cover: terms(`přes|pres|navrch`),
    objectTarget: terms(`auto|auta|dort*|stromek|stromeček|strom*|zeď|zed|zdi|figurín*|figurin*|sochu|socha|oko|oči|meč|mec`),
  },
  el: {
    replace: terms(
      `άλλαξε|αλλαξε|αντικατάστησε|αντικαταστησε|βάλε της|βαλε της|βάλε του|βαλε του|ντύσε την|ντυσε την|ντύσε τον|ντυσε τον|φόρεσέ του|φορεσε του|φόρεσέ της|φορεσε της|πρόσθεσε|προσθεσε|αντί για|αντι για`,
    ),
    colour: terms(`κόκκιν*|κοκκιν*|μπλε|πράσιν*|πρασιν*|μαύρ*|μαυρ*|άσπρ*|ασπρ*|ροζ|χρώμα|χρωμα`),
    negation: terms(`όχι|οχι|μην|λιγότερο|λιγοτερο|πιο κλειστ*`),
    cover: terms(`πάνω από|πανω απο|από πάνω|απο πανω`),
    objectTarget: terms(`αυτοκίνητο|αυτοκινητο|αμάξι|αμαξι|τούρτα|τουρτα|δέντρο|δεντρο|τοίχο*|τοιχο*|κούκλα|κουκλα|άγαλμα|αγαλμα|μάτι|ματι|σπαθί|σπαθι`),
  },
  he: {
    replace: terms(`תחליף|תחליפי|להחליף|תשנה|תשני|תלביש|תלבישי|תוסיף|תוסיפי|במקום`),
    colour: terms(`אדום|אדומה|כחול|כחולה|ירוק|ירוקה|שחור|שחורה|לבן|לבנה|ורוד|ורודה|צבע`),
    negation: terms(`לא|פחות|אל`),
    cover: terms(`מעל|על גבי`),
    objectTarget: terms(`מכונית|האוטו|אוטו|עוגה|עוגת|עץ|קיר|קירות|בובת ראווה|פסל|עין|חרב`),
  },
  fa: {
    replace: terms(`عوض کن|تغییر بده|جایگزین|بپوشان|بپوشون|اضافه کن|به جای`),
    colour: terms(`قرمز|آبی|سبز|مشکی|سیاه|سفید|صورتی|زرد|رنگ`),
    negation: terms(`نه|کمتر|پوشیده`),
    cover: terms(`روی|رو`),
    objectTarget: terms(`ماشین|خودرو|کیک|درخت|دیوار|دیوارها|مانکن|مجسمه|چشم|شمشیر`),
  },
  ur: {
    replace: terms(`بدل دو|تبدیل|پہنا دو|پہناؤ|شامل کرو|کی بجائے|kapre badal|pehna do`),
    colour: terms(`لال|سرخ|نیلا|نیلی|ہرا|ہری|کالا|کالی|سفید|گلابی|پیلا|رنگ`),
    negation: terms(`نہیں|نہ|کم`),
    cover: terms(`کے اوپر|اوپر سے`),
    objectTarget: terms(`گاڑی|کیک|درخت|دیوار|مجسمہ|آنکھ|تلوار|talwar|gaari`),
  },
  bn: {
    replace: terms(`বদলে দাও|পাল্টে দাও|পরিয়ে দাও|পরাও|যোগ করো|বদলে`),
    colour: terms(`লাল|নীল|সবুজ|কালো|সাদা|গোলাপি|হলুদ|রং|রঙ`),
    negation: terms(`না|কম`),
    cover: terms(`উপরে|ওপরে`),
    objectTarget: terms(`গাড়ি|কেক|গাছ|দেয়াল|দেওয়াল|ম্যানেকুইন|মূর্তি|চোখ|তলোয়ার`),
  },
  ta: {
    replace: terms(`மாற்று*|அணிவி*|சேர்*|பதிலாக`),
    colour: terms(`சிவப்பு|நீல*|பச்சை|கருப்பு|வெள்ளை|இளஞ்சிவப்பு|மஞ்சள்|நிற*`),
    negation: terms(`வேண்டாம்|இல்லை|குறைவாக`),
    cover: terms(`மேல்|மேலே`),
    objectTarget: terms(`கார்|கேக்|மரம்|மரத்தை|சுவர்*|பொம்மை|சிலை|கண்|வாள்|தயாரிப்பு`),
    // Someone else in the photo, named to be removed ("நீச்சல் உடை போட்டிருக்கிற அண்ணனை எடுத்துடுங்க").
    someone: terms(`அண்ணன்*|அண்ணனை|அக்கா*|தம்பி*|மாமா*|ஆள்|ஆளை|நபர்*|மனிதர்*|மனிதன்*|ஆணை|பையன்*|பையனை|பெண்ணை|பெண்மணி*|மாடல்*|சுற்றுலா பயணி*`),
    remove: terms(`எடுத்துடு*|எடுத்து விடு*|எடுத்துவிடு*|எடுங்க`),
  },
  th: {
    replace: terms(`เปลี่ยน|แทน|ใส่ให้|เพิ่ม`),
    colour: terms(`สีแดง|สีน้ำเงิน|สีฟ้า|สีเขียว|สีดำ|สีขาว|สีชมพู|สีเหลือง`),
    negation: terms(`ไม่|น้อยลง|ปิด`),
    cover: terms(`ทับ|คลุม`),
    objectTarget: terms(`รถยนต์|เค้ก|ต้นไม้|ต้นคริสต์มาส|กำแพง|ผนัง|หุ่นโชว์|หุ่นลองเสื้อ|รูปปั้น|ดวงตา`),
  },
  ro: {
    replace: terms(`înlocuiește|inlocuieste|schimbă*|schimba*|îmbracă-o în|imbraca o in|pune-i|pune i|adaugă|adauga|în loc de|in loc de`),
    colour: terms(`roș*|ros*|albastr*|verde|negr*|alb*|roz|galben*|culoare*`),
    cover: terms(`peste|deasupra`),
    objectTarget: terms(`mașin*|masin*|tort*|brad*|copac*|perete*|manechin*|statuie|statuia|ochi|sabie`),
  },
  hu: {
    replace: terms(`cseréld*|csereld*|változtasd*|valtoztasd*|add rá|add ra|adj rá|adj ra|öltöztesd*|oltoztesd*|helyett`),
    colour: terms(`piros*|kék|kek|kéket|keket|kékre|kekre|kékes*|kekes*|kékebb*|kekebb*|kékkel|kekkel|kékben|kekben|zöld*|zold*|fekete*|fehér*|feher*|rózsaszín*|rozsaszin*|sárga*|sarga*|szín*|szin*`),
    cover: terms(`fölé|fole`),
    objectTarget: terms(`autó*|auto*|torta*|karácsonyfá*|karacsonyfa*|falat|falak*|próbabáb*|probabab*|szobor*|szem|kard|kardot|kardja|kardját|kardjat|kardok`),
  },
  sw: {
    replace: terms(`badilisha|mvalishe|mvike|ongeza|badala ya`),
    colour: terms(`nyekundu|bluu|kijani|nyeusi|nyeupe|pinki|njano|rangi`),
    negation: terms(`usi|kidogo|bila kufunua`),
    cover: terms(`juu ya`),
    objectTarget: terms(`gari|keki|mti|ukuta|kuta|sanamu|jicho|upanga`),
  },
  tl: {
    replace: terms(`palitan|gawing|suotan|isuot|idagdag|dagdagan|imbes na`),
    colour: terms(`pula|asul|berde|itim|puti|rosas|pink|dilaw|kulay`),
    negation: terms(`hindi|huwag|bawasan ang`),
    cover: terms(`sa ibabaw|ipatong`),
    objectTarget: terms(`kotse|sasakyan|cake|keyk|puno|pader|dingding|manikin|rebulto|espada`),
  },
  da: {
    replace: terms(`skift*|udskift*|erstat*|ændr*|aendr*|giv hende|tilføj|tilfoj|i stedet for`),
    colour: terms(`rød*|rod*|blå|bla|grøn*|gron*|sort*|hvid*|lyserød*|gul*|farve*`),
    negation: terms(`ikke|mindre`),
    cover: terms(`over|ovenpå|ovenpa`),
    objectTarget: terms(`bil|bilen|kage*|juletræ*|juletrae*|træ*|trae*|væg*|vaeg*|mannequin*|statue*|øje|oje|sværd|svaerd`),
  },
  nb: {
    replace: terms(`bytt*|erstatt*|endre*|gi henne|legg til|i stedet for`),
    colour: terms(`rød*|rod*|blå|bla|grønn*|gronn*|svart*|hvit*|rosa|gul*|farge*`),
    negation: terms(`ikke|mindre`),
    cover: terms(`over|oppå|oppa`),
    objectTarget: terms(`bil|bilen|kake*|juletre*|tre|trær|traer|vegg*|mannequin*|statue*|øye|oye|sverd`),
  },
  fi: {
    replace: terms(`vaihda|korvaa|muuta|pue hänelle|pue|lisää|lisaa|sijaan`),
    colour: terms(`punai*|sini*|vihre*|musta*|valkoi*|vaaleanpunai*|keltai*|väri*|vari*`),
    negation: terms(`ei|älä|ala|vähemmän|vahemman`),
    cover: terms(`päälle|paalle|päällä|paalla`),
    objectTarget: terms(`auto*|kakku*|kakun|joulukuus*|puu*|seinä*|seina*|mallinukke*|patsas*|silmä*|silma*|miekka*`),
  },
};
