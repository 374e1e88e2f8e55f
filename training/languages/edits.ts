import { l } from './europe-west.ts';

/**
 * Everyday benign edit requests per language (no clothing involved): the bulk of real traffic. They
 * keep the model from reading any unfamiliar short request in a language as harmful.
 */
export const EVERYDAY_EDITS: Readonly<Record<string, readonly string[]>> = {
  en: l(
    'add a scarf|remove the acne|make the sky bluer|add a dog next to her|brighten the photo|fix the red eyes|make it look like a painting|add snow|crop it square|add a birthday hat|make her hair red|iron out the wrinkles|remove the watch from his wrist|blur the license plate|add a rainbow|change the season to autumn|turn it into a watercolor|make it black and white|remove the stranger behind us|add a crown|make her smile wider|add sunglasses',
  ),
  fr: l(
    "ajoute une écharpe|enlève les boutons d'acné|rends le ciel plus bleu|ajoute un chien à côté d'elle|éclaircis la photo|enlève le coup de soleil sur son nez|corrige les yeux rouges|fais-en une peinture|ajoute de la neige|recadre en carré|supprime les métadonnées|mets-lui un chapeau d'anniversaire|rends ses cheveux roux|repasse les plis|enlève la montre de son poignet|floute la plaque|mets-lui une couronne|passe en noir et blanc|ajoute un arc-en-ciel",
  ),
  de: l(
    'füg einen Schal hinzu|entferne die Pickel|mach den Himmel blauer|füg einen Hund neben ihr ein|mach das Bild heller|korrigiere die roten Augen|mach ein Gemälde daraus|füg Schnee hinzu|schneide es quadratisch zu|entferne die Metadaten|setz ihr einen Partyhut auf|mach ihre Haare rot|bügel die Falten glatt|nimm ihm die Uhr ab|verpixel das Nummernschild|setz ihr eine Krone auf|mach es schwarz-weiß',
  ),
  es: l(
    'añade una bufanda|quita el acné|haz el cielo más azul|añade un perro a su lado|aclara la foto|corrige los ojos rojos|conviértelo en una pintura|añade nieve|recórtala cuadrada|borra los metadatos|ponle un gorro de cumpleaños|hazle el pelo rojo|plancha las arrugas|difumina la matrícula|ponle una corona|ponla en blanco y negro',
  ),
  it: l(
    "togli i brufoli|rendi il cielo più blu|aggiungi un cane accanto a lei|schiarisci la foto|togli la scottatura sul naso|correggi gli occhi rossi|trasformala in un dipinto|aggiungi la neve|ritaglia quadrata|elimina i metadati|mettile un cappellino da festa|falle i capelli rossi|stira le pieghe|togligli l'orologio|sfoca la targa|mettile una corona|in bianco e nero",
  ),
  pt: l(
    'adiciona um cachecol|tira as espinhas|deixa o céu mais azul|coloca um cachorro do lado dela|clareia a foto|tira a queimadura de sol do nariz|corrige os olhos vermelhos|transforma numa pintura|adiciona neve|corta quadrado|coloca um chapéu de aniversário|passa as rugas da roupa|tira o relógio do pulso dele|desfoca a placa|coloca uma coroa|deixa preto e branco',
  ),
  nl: l(
    'voeg een sjaal toe|haal de puistjes weg|maak de lucht blauwer|zet een hond naast haar|maak de foto lichter|verwijder de zonnebrand op haar neus|corrigeer de rode ogen|maak er een schilderij van|voeg sneeuw toe|snijd vierkant bij|verwijder de metadata|geef haar een kroon|maak het zwart-wit',
  ),
  pl: l(
    'dodaj szalik|usuń pryszcze|zrób niebo bardziej niebieskie|dodaj psa obok niej|rozjaśnij zdjęcie|usuń oparzenie słoneczne z nosa|popraw czerwone oczy|zrób z tego obraz|dodaj śnieg|przytnij do kwadratu|usuń metadane|zdejmij mu zegarek|rozmaż tablicę rejestracyjną|czarno-białe',
  ),
  ru: l(
    'добавь шарф|убери прыщи|сделай небо голубее|добавь собаку рядом с ней|сделай фото светлее|убери солнечный ожог на носу|исправь красные глаза|сделай из этого картину|добавь снег|обрежь квадратом|удали метаданные|разгладь складки на рубашке|сними с него часы|размой номер машины|надень ей корону|сделай чёрно-белым',
  ),
  uk: l(
    'додай шарф|прибери прищі|зроби небо блакитнішим|додай собаку поруч|зроби фото світлішим|виправ червоні очі|зроби з цього картину|додай сніг|обріж квадратом|видали метадані|розгладь складки на сорочці|зроби чорно-білим',
  ),
  cs: l(
    'přidej šálu|odstraň pupínky|udělej nebe modřejší|přidej psa vedle ní|zesvětli fotku|oprav červené oči|udělej z toho obraz|přidej sníh|ořízni na čtverec|smaž metadata|vyžehli záhyby na košili|udělej to černobílé',
  ),
  hu: l(
    'adj hozzá egy sálat|tüntesd el a pattanásokat|legyen kékebb az ég|tegyél mellé egy kutyát|világosítsd a képet|javítsd a vörös szemet|legyen belőle festmény|adj hozzá havat|vágd négyzetesre|töröld a metaadatokat|vasald ki a gyűrődéseket az ingen|legyen fekete-fehér',
  ),
  ro: l(
    'adaugă un fular|șterge coșurile|fă cerul mai albastru|adaugă un câine lângă ea|luminează poza|corectează ochii roșii|fă din ea un tablou|adaugă zăpadă|decupează pătrat|șterge metadatele|calcă cutele de pe cămașă|fă-o alb-negru',
  ),
  el: l(
    "πρόσθεσε ένα κασκόλ|σβήσε τα σπυράκια|κάνε τον ουρανό πιο μπλε|βάλε ένα σκύλο δίπλα της|φώτισε τη φωτογραφία|διόρθωσε τα κόκκινα μάτια|κάν' το πίνακα ζωγραφικής|πρόσθεσε χιόνι|κόψε τη τετράγωνη|σβήσε τα μεταδεδομένα|σιδέρωσε τις τσάκίσεις στο πουκάμισο|κάν' το ασπρόμαυρο",
  ),
  sv: l(
    'lägg till en halsduk|ta bort finnarna|gör himlen blåare|lägg till en hund bredvid henne|ljusa upp bilden|fixa röda ögon|gör det till en målning|lägg till snö|beskär kvadratiskt|ta bort metadatan|stryk bort skrynklorna på skjortan|gör den svartvit',
  ),
  da: l(
    'tilføj et halstørklæde|fjern bumserne|gør himlen blåere|tilføj en hund ved siden af hende|gør billedet lysere|ret røde øjne|gør det til et maleri|tilføj sne|beskær kvadratisk|fjern metadata|glat folderne på skjorten|gør det sort-hvidt',
  ),
  no: l(
    'legg til et skjerf|fjern kvisene|gjør himmelen blåere|legg til en hund ved siden av henne|gjør bildet lysere|fiks røde øyne|gjør det til et maleri|legg til snø|beskjær kvadratisk|fjern metadata|gjør det svart-hvitt',
  ),
  bg: l(
    'добави шал|махни пъпките|направи небето по-синьо|добави куче до нея|изсветли снимката|оправи червените очи|направи го като картина|добави сняг|изрежи квадрат|изтрий метаданните|направи го черно-бяло',
  ),
  fi: l(
    'lisää huivi|poista finnit|tee taivaasta sinisempi|lisää koira hänen viereensä|vaalenna kuvaa|korjaa punasilmäisyys|tee siitä maalaus|lisää lunta|rajaa neliöksi|poista metatiedot|silitä paidan rypyt|tee siitä mustavalkoinen',
  ),
  tr: l(
    'bir atkı ekle|gökyüzünü daha mavi yap|yanına bir köpek ekle|fotoğrafı aydınlat|kırmızı gözleri düzelt|tabloya çevir|kar ekle|kare kırp|konum bilgisini sil|saatini çıkar|plakayı bulanıklaştır|siyah beyaz yap',
  ),
  ja: l(
    'マフラーを追加して|空をもっと青くして|隣に犬を追加して|写真を明るくして|赤目を直して|絵画風にして|雪を降らせて|正方形に切り抜いて|シャツのしわを伸ばして|腕時計を外して|ナンバープレートをぼかして|白黒にして',
  ),
  zh: l('加一条围巾|去掉痘痘|让天空更蓝|在她旁边加一只狗|把照片调亮|修复红眼|改成油画风格|加点雪|裁成正方形|删除位置信息|把衬衫的褶皱熨平|把手表摘掉|车牌打码|改成黑白|给宝宝戴上毛线帽'),
  'zh-Hant': l('加一條圍巾|去掉痘痘|讓天空更藍|在她旁邊加一隻狗|把照片調亮|修正紅眼|改成油畫風格|加點雪|裁成正方形|刪除位置資訊|把襯衫的皺褶燙平|改成黑白'),
  ko: l(
    '목도리 추가해줘|여드름 지워줘|하늘 더 파랗게|옆에 강아지 추가해줘|사진 밝게 해줘|적목 현상 고쳐줘|그림처럼 만들어줘|눈 내리게 해줘|정사각형으로 잘라줘|위치 정보 지워줘|시계 빼줘|번호판 모자이크|흑백으로 해줘',
  ),
  th: l('เพิ่มผ้าพันคอ|ลบสิว|ทำให้ท้องฟ้าสีฟ้าขึ้น|เพิ่มหมาข้างๆเธอ|ทำให้รูปสว่างขึ้น|แก้ตาแดง|ทำให้เหมือนภาพวาด|เพิ่มหิมะ|ครอปเป็นสี่เหลี่ยม|ลบข้อมูลตำแหน่ง|รีดรอยยับบนเสื้อ|ทำเป็นขาวดำ'),
  vi: l(
    'thêm khăn quàng cổ|xóa mụn|làm trời xanh hơn|thêm một con chó bên cạnh cô ấy|làm ảnh sáng hơn|sửa mắt đỏ|biến thành tranh vẽ|thêm tuyết|cắt ảnh vuông|xóa thông tin vị trí|là phẳng nếp nhăn trên áo sơ mi|chuyển sang đen trắng',
  ),
  id: l(
    'tambahkan syal|hilangkan jerawat|bikin langit lebih biru|tambahkan anjing di sebelahnya|bikin fotonya lebih terang|perbaiki mata merah|jadikan lukisan|tambahkan salju|crop jadi kotak|hapus metadata lokasi|rapikan kerutan di kemeja|lepas jam tangannya|blur plat nomornya|jadikan hitam putih',
  ),
  ms: l(
    'tambah skarf|buang jerawat|jadikan langit lebih biru|tambah anjing di sebelah dia|terangkan gambar|betulkan mata merah|jadikan lukisan|tambah salji|potong jadi segi empat|padam maklumat lokasi|gosok kedutan pada kemeja|jadikan hitam putih',
  ),
  tl: l(
    'lagyan ng scarf|tanggalin ang tigyawat|gawing mas asul ang langit|lagyan ng aso sa tabi niya|paliwanagin ang picture|ayusin ang red eye|gawing painting|lagyan ng snow|i-crop nang square|burahin ang location|plantsahin ang gusot sa polo|gawing black and white',
  ),
  hi: l(
    'एक स्कार्फ जोड़ दो|मुंहासे हटा दो|आसमान और नीला करो|उसके पास एक कुत्ता जोड़ दो|फोटो चमकदार करो|लाल आँखें ठीक करो|इसे पेंटिंग बना दो|बर्फ जोड़ दो|चौकोर काट दो|लोकेशन हटा दो|शर्ट की सिलवटें ठीक करो|ब्लैक एंड व्हाइट कर दो',
  ),
  'hi-Latn': l(
    'ek scarf add kar do|pimples hata do|aasmaan aur neela karo|uske paas ek kutta add karo|photo bright karo|laal aankhein theek karo|isko painting bana do|baraf add karo|square crop karo|location hata do|shirt ki silvatein theek karo|black and white kar do',
  ),
  ur: l(
    'ایک اسکارف شامل کرو|مہاسے ہٹا دو|آسمان زیادہ نیلا کرو|اس کے پاس ایک کتا شامل کرو|تصویر روشن کرو|سرخ آنکھیں ٹھیک کرو|اسے پینٹنگ بنا دو|برف شامل کرو|مربع کاٹ دو|لوکیشن ہٹا دو|بلیک اینڈ وائٹ کر دو',
  ),
  bn: l('একটা স্কার্ফ যোগ করো|ব্রণ মুছে দাও|আকাশ আরও নীল করো|ওর পাশে একটা কুকুর যোগ করো|ছবি উজ্জ্বল করো|লাল চোখ ঠিক করো|এটাকে পেইন্টিং বানাও|বরফ যোগ করো|বর্গাকারে কাটো|লোকেশন মুছে দাও|সাদা কালো করো'),
  ta: l('ஒரு ஸ்கார்ஃப் சேர்|பருக்களை நீக்கு|வானத்தை இன்னும் நீலமாக்கு|அவள் அருகில் ஒரு நாயைச் சேர்|படத்தை பிரகாசமாக்கு|சிவப்பு கண்களை சரி செய்|ஓவியமாக மாற்று|பனி சேர்|சதுரமாக வெட்டு|இருப்பிடத்தை நீக்கு|கருப்பு வெள்ளையாக்கு'),
  ar: l(
    'أضف وشاحا|احذف حب الشباب|خلي السماء أزرق|أضف كلبا بجانبها|فتح الصورة|صلح العيون الحمراء|حولها للوحة|أضف ثلجا|قصها مربع|احذف بيانات الموقع|شيل الساعة من يده|موه لوحة السيارة|خليها أبيض وأسود',
  ),
  'ar-Latn': l('zawed scarf|sheel el 7oboob|khalli el sama zar2a aktar|7ot kalb gambaha|khalli el soura abyad w eswed|sala7 el 3oyoon el 7amra|2oss el soura morabba3'),
  fa: l(
    'یک شال گردن اضافه کن|جوش‌ها را پاک کن|آسمان را آبی‌تر کن|یک سگ کنارش بگذار|عکس را روشن کن|قرمزی چشم را درست کن|به نقاشی تبدیلش کن|برف اضافه کن|مربعی برش بده|اطلاعات مکان را پاک کن|سیاه و سفید کن',
  ),
  he: l(
    'תוסיף צעיף|תמחק את הפצעונים|תעשה את השמיים כחולים יותר|תוסיף כלב לידה|תבהיר את התמונה|תתקן עיניים אדומות|תהפוך את זה לציור|תוסיף שלג|תחתוך לריבוע|תמחק את המיקום|תגהץ את הקמטים בחולצה|תעשה שחור לבן',
  ),
  sw: l(
    "ongeza skafu|ondoa chunusi|fanya anga liwe bluu zaidi|ongeza mbwa kando yake|ng'arisha picha|rekebisha macho mekundu|igeuze kuwa mchoro|ongeza theluji|kata iwe mraba|futa taarifa za mahali|nyoosha mikunjo ya shati|fanya iwe nyeusi na nyeupe",
  ),
};

/** Things that can be "undressed", stripped or bared harmlessly, for languages whose pack has no `thing` slot. */
export const THINGS: Readonly<Record<string, readonly string[]>> = {
  pl: l('manekina|choinkę|lalkę|drzewo|ścianę'),
  uk: l('манекен|ялинку|ляльку|дерево|стіну'),
  bg: l('манекена|елхата|куклата|дървото|стената'),
  cs: l('figurínu|stromeček|panenku|strom|zeď'),
  hu: l('a próbababát|a karácsonyfát|a babát|a fát|a falat'),
  ro: l('manechinul|bradul|păpușa|copacul|peretele'),
  el: l('την κούκλα της βιτρίνας|το δέντρο|την κούκλα|τον τοίχο'),
  sv: l('skyltdockan|julgranen|dockan|trädet|väggen'),
  da: l('mannequinen|juletræet|dukken|træet|væggen'),
  no: l('utstillingsdukken|juletreet|dukka|treet|veggen'),
  fi: l('mallinuken|joulukuusen|nuken|puun|seinän'),
  tr: l('mankeni|yılbaşı ağacını|bebeği|ağacı|duvarı'),
  ko: l('마네킹|크리스마스 트리|인형|나무|벽'),
  th: l('หุ่นโชว์|ต้นคริสต์มาส|ตุ๊กตา|ต้นไม้|กำแพง'),
  vi: l('ma-nơ-canh|cây thông Noel|búp bê|cái cây|bức tường'),
  id: l('manekin|pohon natal|boneka|pohon|dinding'),
  ms: l('manekin|pokok krismas|anak patung|pokok|dinding'),
  tl: l('mannequin|christmas tree|manika|puno|pader'),
  hi: l('पुतले को|क्रिसमस ट्री को|गुड़िया को|पेड़ को|दीवार को'),
  'hi-Latn': l('putle ko|christmas tree ko|gudiya ko|ped ko|deewar ko'),
  ur: l('پتلے کو|کرسمس ٹری کو|گڑیا کو|درخت کو|دیوار کو'),
  bn: l('ম্যানিকিনকে|ক্রিসমাস ট্রিকে|পুতুলকে|গাছকে|দেয়ালকে'),
  ta: l('பொம்மை மாடலை|கிறிஸ்துமஸ் மரத்தை|பொம்மையை|மரத்தை|சுவரை'),
  ar: l('المانيكان|شجرة الكريسماس|الدمية|الشجرة|الحائط'),
  fa: l('مانکن را|درخت کریسمس را|عروسک را|درخت را|دیوار را'),
  he: l('את הבובה בחלון הראווה|את עץ האשוח|את הבובה|את העץ|את הקיר'),
  sw: l('sanamu ya dukani|mti wa krismasi|mdoli|mti|ukuta'),
  'zh-Hant': l('假人模特|聖誕樹|娃娃|樹|牆'),
  zh: l('假人模特|圣诞树|娃娃|树|墙'),
  ja: l('マネキン|クリスマスツリー|人形|木|壁'),
};
