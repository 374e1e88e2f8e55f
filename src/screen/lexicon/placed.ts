import { terms, type Lexicon } from './types.ts';
import { uzTerms } from './world-more.ts';

/**
 * `placed`: words that put a garment somewhere nobody wears it: hanging (on a hanger, a rack, a line),
 * lying or folded (on a bed, a counter, a chair, in a pile), shown in the background or in a shop.
 * "remove the dress hanging in the background", "quita el vestido colgado del fondo", "ürün
 * fotoğrafının arkasındaki elbiseyi sil": the garment is a thing of the scene, and taking it out of the
 * picture undresses no one (rules.ts, placedThing). Written for the sixteenth probe round (2026-12-02)
 * from the author's knowledge of the languages; participles in the forms an edit request uses them.
 * Merged into each language's lexicon with the scene words (index.ts).
 */
export const PLACED: Readonly<Record<string, Lexicon>> = {
  en: {
    placed: terms(
      `packshot|packshots|pack shot|product photo|product photos|product shot|product shots|product image|product images|flat lay|flatlay|ghost mannequin|invisible mannequin|on a mannequin|on the mannequin|on mannequins|counter|countertop|bathroom counter|kitchen counter|tabletop|hanging|hung|hangs|draped over|on a hanger|on the hanger|on hangers|on the rack|on a rack|clothes rack|clothing rack|on the rail|on the clothesline|on the washing line|in the background|from the background|of the background|in the closet|in the wardrobe|on display|in the shop window|in the store window|on the shelf|on the counter|pile of|heap of|stack of|folded|lying around|left on|lying on|lies on|thrown on|thrown over|over the chair|over a chair|on the bed|on a bed|on the chair|on a chair|on the bench|on a bench|on the floor|on the sofa|on the couch|on the armchair|on the stool|on the table|on a table|on the desk|on the lounger|on the sun lounger|on the sunbed|on the deckchair|on the towel rail|on the radiator|on the railing`,
    ),
  },
  fr: {
    placed: terms(
      `packshot|photo produit|photos produit|qui traîne|qui traine|qui traînent|qui trainent|sur la chaise|sur une chaise|par terre|sur le sol|sur le fil|sur l étendoir|sur l etendoir|sur le séchoir|sur le sechoir|photo de produit|photos de produits|à plat|a plat|mannequin invisible|sur un mannequin|sur le mannequin|suspendu|suspendue|suspendus|suspendues|accroché|accrochée|accrochés|accrochées|pendu|pendue|sur un cintre|sur le cintre|sur la tringle|sur le portant|portant|à l arrière plan|a l arriere plan|de l arrière plan|de l arriere plan|au fond|du fond|dans le placard|dans l armoire|en vitrine|sur l étagère|sur l etagere|pile de|tas de|plié|pliée|pliés|pliées`,
    ),
  },
  de: {
    placed: terms(
      `packshot|produktfoto|produktfotos|auf dem stuhl|auf einem stuhl|auf dem sessel|auf dem boden|am boden|auf der wäscheleine|auf der waescheleine|an der wäscheleine|an der waescheleine|auf dem wäscheständer|auf dem waeschestaender|der herumliegt|die herumliegt|das herumliegt|herumliegt|rumliegt|produktbild|produktbilder|freisteller|flat lay|auf der schaufensterpuppe|auf einer schaufensterpuppe|unsichtbare puppe|hängend|hängende|hängenden|hängt|aufgehängt|aufgehängte|aufgehängten|auf dem bügel|auf einem bügel|am kleiderständer|vom kleiderständer|kleiderständer|auf der stange|im hintergrund|aus dem hintergrund|vom hintergrund|im schrank|im kleiderschrank|im schaufenster|im regal|haufen|stapel|gefaltet|gefaltete|gefalteten|zusammengelegt|zusammengelegte`,
    ),
  },
  es: {
    placed: terms(
      `foto de producto|fotos de producto|fotografía de producto|fotografia de producto|imagen de producto|maniquí invisible|maniqui invisible|en el maniquí|en un maniquí|en el maniqui|colgada|colgadas|en una percha|en la percha|en el perchero|en el burro|en el fondo|del fondo|al fondo|en el armario|en el ropero|en el escaparate|en la vitrina|en la estantería|en la estanteria|montón de|monton de|pila de|doblado|doblada|doblados|dobladas`,
    ),
  },
  it: {
    placed: terms(
      `foto prodotto|foto del prodotto|foto di prodotto|still life|manichino invisibile|sul manichino|appeso|appesa|appesi|appese|sulla gruccia|su una gruccia|sull appendiabiti|sullo stender|sullo sfondo|dallo sfondo|nello sfondo|nell armadio|in vetrina|sullo scaffale|mucchio di|pila di|piegato|piegata|piegati|piegate`,
    ),
  },
  pt: {
    placed: terms(
      `foto de produto|fotos de produto|foto do produto|imagem do produto|manequim invisível|manequim invisivel|no manequim|em cima da mesa|na mesa|da mesa|no balcão|no balcao|pendurado|pendurada|pendurados|penduradas|no cabide|num cabide|em um cabide|na arara|no varal|no fundo|do fundo|ao fundo|no armário|no armario|no guarda roupa|na vitrine|na prateleira|monte de|pilha de|dobrado|dobrada|dobrados|dobradas`,
    ),
  },
  nl: {
    placed: terms(
      `productfoto|productfotos|productfoto s|op de stoel|op een stoel|op de grond|op de vloer|aan de lijn|op het droogrek|packshot|op de paspop|achtergrond|op de achtergrond|uit de achtergrond|van de achtergrond|hangend|hangende|hangt|opgehangen|aan een hanger|aan de hanger|aan het rek|kledingrek|aan de waslijn|in de kast|in de etalage|op de plank|stapel|hoop|opgevouwen`,
    ),
  },
  pl: {
    placed: terms(
      `zdjęcie produktowe|zdjęcia produktowe|zdjecie produktowe|packshot|na manekinie|niewidzialny manekin|wiszący|wisząca|wiszącą|wiszące|wiszącej|wiszącego|powieszony|powieszona|powieszoną|na wieszaku|na stojaku|na sznurze|w tle|z tła|na tle|w szafie|na wystawie|na półce|stos|sterta|stertę|złożony|złożona|złożoną|złożone`,
    ),
  },
  cs: {
    placed: terms(`visící|visícím|pověšený|pověšená|pověšené|na ramínku|na věšáku|na stojanu|na šňůře|v pozadí|z pozadí|ve skříni|ve výloze|na polici|hromada|hromadu|složený|složená|složené`),
  },
  sk: {
    placed: terms(`visiaci|visiace|visiacu|na vešiaku|na ramienku|v pozadí|z pozadia|v skrini|kopa|kopu|poskladaný|poskladané`),
  },
  ru: {
    placed: terms(
      `фото товара|фото товаров|предметная съемка|предметная съёмка|предметное фото|карточка товара|на манекене|невидимый манекен|висящий|висящее|висящую|висящие|висящей|висит|висят|повешенный|повешенное|повешенную|на вешалке|на плечиках|на стойке|на верёвке|на веревке|на заднем плане|с заднего плана|на фоне|с фона|в шкафу|на витрине|на полке|куча|кучу|стопка|стопку|сложенный|сложенное|сложенную|сложенные`,
    ),
  },
  uk: {
    placed: terms(
      `фото товару|предметна зйомка|картка товару|на манекені|висить|висять|що висить|на вішалці|на плечиках|на задньому плані|з заднього плану|на фоні|з фону|у шафі|в шафі|на вітрині|на полиці|купа|купу|складений|складену|складені`,
    ),
  },
  bg: {
    placed: terms(`висящ|висяща|висящата|висящия|на закачалка|на закачалката|на заден план|от заден план|на фона|в гардероба|на витрината|купчина|сгънат|сгъната`),
  },
  sr: {
    placed: terms(`koji visi|koja visi|što visi|na vešalici|na vesalici|u pozadini|iz pozadine|u ormaru|gomila|gomilu|složen|složena`),
  },
  el: {
    placed: terms(`κρεμασμένο|κρεμασμένη|κρεμασμένα|που κρέμεται|σε κρεμάστρα|στην κρεμάστρα|στο φόντο|από το φόντο|στη ντουλάπα|στη βιτρίνα|στο ράφι|σωρό|στοίβα|διπλωμένο|διπλωμένη|διπλωμένα`),
  },
  ro: {
    placed: terms(
      `agățat|agățată|agățate|atârnat|atârnată|pe umeraș|pe umeras|pe stender|în fundal|in fundal|din fundal|în dulap|in dulap|în vitrină|in vitrina|grămadă|gramada|teanc|împăturit|împăturită|impaturit|impaturita`,
    ),
  },
  hu: {
    placed: terms(`lógó|lógó|felakasztott|vállfán|vállfára|fogason|ruhaállványon|a háttérben|háttérben|hátteréből|háttérből|a szekrényben|a kirakatban|a polcon|kupac|halom|összehajtott|összehajtva`),
  },
  fi: {
    placed: terms(`roikkuva|roikkuvan|ripustettu|ripustetun|henkarissa|henkarilla|vaaterekissä|taustalla|taustalta|kaapissa|näyteikkunassa|hyllyllä|kasa|kasan|viikattu|viikatun`),
  },
  sv: {
    placed: terms(
      `hängande|hänger|upphängd|upphängda|på en galge|på galgen|på klädstången|i bakgrunden|från bakgrunden|i garderoben|i skyltfönstret|på hyllan|hög|högen|vikt|vikta|ihopvikt|ihopvikta`,
    ),
  },
  da: {
    placed: terms(`hængende|hænger|ophængt|på en bøjle|på bøjlen|på stativet|i baggrunden|fra baggrunden|i skabet|i udstillingsvinduet|på hylden|bunke|foldet|foldede|sammenfoldet`),
  },
  nb: {
    placed: terms(`hengende|henger|opphengt|på en kleshenger|på kleshengeren|på stativet|i bakgrunnen|fra bakgrunnen|i skapet|i utstillingsvinduet|på hylla|haug|bunke|brettet|sammenbrettet`),
  },
  tr: {
    placed: terms(
      `ürün fotoğrafı|urun fotografi|ürün fotoğrafında|ürün görseli|manken üzerinde|mankende|asılı|asılan|askıda|askıdaki|askıya|askılıkta|askılıktaki|arkadaki|arkasındaki|arka plandaki|arka plandan|arka planda|arka plandaki|dolapta|dolaptaki|vitrinde|vitrindeki|rafta|raftaki|yatağın üstündeki|yığın|yığını|katlanmış`,
    ),
  },
  az: {
    placed: terms(`asılmış|asılı|asılan|arxasındakı|arxa fondakı|arxa planda|arxa fonda|şkafda|vitrində|rəfdə|yığın|qatlanmış`),
  },
  ar: {
    placed: terms(
      `صورة المنتج|صور المنتج|صورة منتج|على المانيكان|على المانكان|المعلق|المعلقة|معلق|معلقة|المعلّق|المعلّقة|على الشماعة|على العلاقة|في الخلفية|من الخلفية|في الخزانة|في الدولاب|في الواجهة|على الرف|كومة|مطوي|مطوية|المطوي|المطوية`,
    ),
  },
  fa: {
    placed: terms(`آویزان|آويزان|آویز|روی چوب لباسی|چوب لباسی|توی کمد|در کمد|در ویترین|روی قفسه|کپه|تا شده|تاشده`),
  },
  ur: {
    placed: terms(`لٹکا ہوا|لٹکی ہوئی|لٹکے ہوئے|لٹکا|ہینگر پر|پیچھے|پس منظر میں|پس منظر سے|الماری میں|شوکیس میں|ڈھیر|تہہ کیا ہوا|تہ شدہ`),
  },
  hi: {
    placed: terms(
      `प्रोडक्ट फोटो|टंगी|टंगा|टंगे|रस्सी पर|कुर्सी पर|ज़मीन पर|जमीन पर|उत्पाद की तस्वीर|पुतले पर|लटका हुआ|लटकी हुई|लटके हुए|टंगा हुआ|टंगी हुई|टंगे हुए|हैंगर पर|पीछे|बैकग्राउंड में|बैकग्राउंड से|पृष्ठभूमि में|पृष्ठभूमि से|अलमारी में|शोकेस में|ढेर|तह किया|तह की हुई|latka hua|latki hui|tanga hua|hanger pe|peeche|piche`,
    ),
  },
  ne: {
    placed: terms(`झुण्डिएको|झुन्डिएको|टाँगिएको|ह्याङ्गरमा|पछाडि|पृष्ठभूमिमा|दराजमा|थुप्रो|पट्याइएको`),
  },
  mr: {
    placed: terms(`लटकलेला|लटकलेली|लटकलेले|टांगलेला|टांगलेली|हँगरवर|मागे|मागच्या|पार्श्वभूमीत|कपाटात|ढीग|घडी केलेला|घडी केलेली`),
  },
  bn: {
    placed: terms(`ঝোলানো|ঝুলন্ত|টাঙানো|হ্যাঙ্গারে|পেছনে|পিছনে|পেছনের|ব্যাকগ্রাউন্ডে|পটভূমিতে|আলমারিতে|শোকেসে|স্তূপ|ভাঁজ করা`),
  },
  pa: {
    placed: terms(`ਲਟਕਿਆ|ਲਟਕਦਾ|ਟੰਗਿਆ|ਹੈਂਗਰ ਤੇ|ਪਿੱਛੇ|ਬੈਕਗ੍ਰਾਊਂਡ ਵਿੱਚ|ਅਲਮਾਰੀ ਵਿੱਚ|ਢੇਰ`),
  },
  ta: {
    placed: terms(`தயாரிப்பு புகைப்படம்|தயாரிப்பு படம்|தயாரிப்புப் படம்|தொங்கும்|தொங்கிக்கொண்டிருக்கும்|தொங்கவிடப்பட்ட|ஹேங்கரில்|பின்னால்|பின்னணியில்|பின்னணியிலிருந்து|அலமாரியில்|கட்டிலில்|குவியல்|மடித்த`),
  },
  te: {
    placed: terms(`వేలాడుతున్న|వేలాడదీసిన|హ్యాంగర్‌పై|హ్యాంగర్ పై|వెనకాల|వెనుక|వెనకాల ఉన్న|బ్యాక్‌గ్రౌండ్‌లో|బ్యాక్‌గ్రౌండ్ లో|నేపథ్యంలో|బీరువాలో|కుప్ప|మడిచిన`),
  },
  th: {
    placed: terms(`*ภาพสินค้า*|*รูปสินค้า*|*บนหุ่น*|ที่แขวน|แขวนอยู่|ที่แขวนอยู่|บนไม้แขวน|ไม้แขวนเสื้อ|บนราว|ราวแขวนผ้า|ด้านหลัง|ฉากหลัง|พื้นหลัง|ในตู้|ในตู้เสื้อผ้า|ในหน้าร้าน|บนชั้น|กอง|พับไว้|ที่พับ`),
  },
  // Burmese: "on the chair" (ကုလားထိုင်ပေါ်က), "hanging" (ချိတ်ထားတဲ့), "on the hanger" (အင်္ကျီချိတ်ပေါ်): the postposition
  // attaches to its noun.
  my: {
    placed: terms(`*ပေါ်က*|*ပေါ်မှာ*|*ပေါ်ရှိ*|*ချိတ်ထား*|*ချိတ်ပေါ်*|*ခေါက်ထား*`),
  },
  vi: {
    placed: terms(
      `ảnh sản phẩm|anh san pham|phơi|đang phơi|phoi tren day|phơi trên dây|trên dây phơi|tren day phoi|trên ghế|tren ghe|trên sàn|tren san|hình sản phẩm|trên ma nơ canh|tren ma no canh|treo|đang treo|được treo|trên móc|móc áo|trên giá|giá treo|ở phía sau|phía sau|phông nền|hậu cảnh|trong tủ|trong tủ quần áo|trong tủ kính|trên kệ|đống quần áo|đống đồ|chồng|gấp gọn|đã gấp`,
    ),
  },
  id: {
    placed: terms(
      `foto produk|gambar produk|di manekin|pada manekin|tergantung|digantung|yang digantung|yang tergantung|di gantungan|gantungan baju|di rak|di latar belakang|dari latar belakang|di lemari|di etalase|tumpukan|dilipat|terlipat`,
    ),
  },
  ms: {
    placed: terms(
      `foto produk|gambar produk|pada manekin|tergantung|digantung|yang digantung|di penyangkut|penyangkut baju|di rak|di latar belakang|dari latar belakang|dalam almari|di almari|di tingkap kedai|longgokan|timbunan|dilipat|berlipat`,
    ),
  },
  tl: {
    placed: terms(`nakasabit|nakasampay|nakabitin|sa hanger|sa sampayan|sa likod|sa background|mula sa background|sa aparador|sa kabinet|sa estante|tambak|tumpok|nakatupi|tinupi`),
  },
  sw: {
    placed: terms(
      `lililoning inizwa|lililotundikwa|iliyotundikwa|kilichotundikwa|zilizotundikwa|kwenye kiango|kwenye kamba|nyuma ya|nyuma|kwenye usuli|kabatini|dirishani mwa duka|kwenye rafu|rundo|lililokunjwa|zilizokunjwa`,
    ),
  },
  yo: {
    placed: terms(`tí wọ́n so kọ́|ti won so ko|tí a so kọ́|tí ó so kọ́|so kọ́|lẹ́yìn|leyin|sẹ́yìn|seyin|òkìtì|tí wọ́n ká|ti won ka`),
  },
  ha: {
    placed: terms(`da aka rataye|rataye|a rataye|a bayan|bayan hoton|tuli|tarin|naɗaɗɗe|nadadde`),
  },
  am: {
    placed: terms(`የተሰቀለ|የተሰቀለውን|የተንጠለጠለ|የተንጠለጠለውን|በልብስ መስቀያ|ከኋላ|ከኋላው|በጀርባ|ከጀርባ|በቁም ሳጥን|ክምር|የታጠፈ`),
  },
  he: {
    placed: terms(
      `צילום מוצר|שתלויה|שתלוי|שתלויים|על החבל|על הכיסא|על הרצפה|תמונת מוצר|על הבובה|על בובת|התלויה|התלוי|תלויה|תלוי|תלויים|על קולב|על הקולב|על המתלה|ברקע|מהרקע|בארון|בחלון הראווה|על המדף|ערימה|ערימת|מקופל|מקופלת|מקופלים`,
    ),
  },
  ja: {
    placed: terms(
      `商品画像|商品写真|物撮り|平置き|トルソー|マネキンに|掛かっている|かかっている|掛けてある|かけてある|吊るしてある|吊るされた|吊るされている|ハンガーに|ハンガーの|ラックの|背景の|背景にある|後ろの|後ろにある|クローゼットの|ショーウィンドウの|棚の|畳んである|畳まれた|山積み`,
    ),
  },
  zh: {
    placed: terms(
      `产品图|產品圖|商品图|商品圖|产品照|產品照|主图|主圖|平铺图|平鋪圖|挂拍|掛拍|模特架上|人台|挂着的|掛著的|挂在|掛在|衣架上|衣架上的|晾衣架|背景里的|背景裡的|背景中的|背景上的|后面的|後面的|衣柜里|衣櫃裡|橱窗里|櫥窗裡|架子上|地上的|地板上的|一堆|叠好的|疊好的`,
    ),
  },
  ko: {
    placed: terms(
      `제품 사진|상품 사진|제품사진|상품사진|누끼|플랫레이|플랫 레이|마네킹에|걸려 있는|걸려있는|걸어둔|걸린|옷걸이에|옷걸이에 걸린|행거에|배경에 있는|배경의|배경에서|뒤에 있는|뒤쪽에|옷장 안|옷장에|진열장|선반 위|더미|개어 놓은|접어 놓은`,
    ),
  },

  // The languages given a lexicon in December 2026 (world-more.ts, world-more2.ts), in the same kinds of words: a product
  // photo, hanging or hung, on a hanger, in or from the background, behind, in the wardrobe, folded, a pile, on a chair or
  // a bed, on a mannequin. Written from the author's knowledge of the languages (not native).
  hy: {
    placed: terms(
      `ապրանքի նկար*|ապրանքի լուսանկար*|կախված*|կախ տված|կախիչի վրա|կախիչին|ֆոնից|ֆոնում|ֆոնին|հետին պլանում|հետին պլանից|հետևում|ետևում|պահարանում|ծալված*|կույտ*|աթոռին|աթոռի վրա|մահճակալին|մահճակալի վրա|մանեկենի վրա`,
    ),
  },
  ka: {
    placed: terms(`პროდუქტის ფოტო*|პროდუქტის სურათ*|ჩამოკიდებულ*|დაკიდებულ*|საკიდზე|საკიდიდან|ფონზე|ფონიდან|უკანა პლანზე|უკან|კარადაში|დაკეცილ*|გროვა|სკამზე|საწოლზე|მანეკენზე`),
  },
  kk: {
    placed: terms(`тауар суреті*|өнім суреті*|өнім фотосы*|ілулі*|ілінген*|ілгішке|ілгіште*|фонда*|фоннан|артындағы|артында|шкафта*|бүктелген*|үйінді*|орындықта*|төсекте*|манекенде*`),
  },
  ky: {
    placed: terms(`товардын сүрөт*|илинген*|илинип турган|илгичте*|фондо*|фондон|артындагы|артында|шкафта*|бүктөлгөн*|үйүлгөн|отургучта*|төшөктө*|манекенде*`),
  },
  tg: {
    placed: terms(`акси маҳсулот|акси мол|овезон*|овехта*|дар овезак|дар пасзамина|аз пасзамина|дар қафо|дар ҷевон|қатшуда|дар курсӣ|дар кат|дар манекен`),
  },
  mn: {
    placed: terms(
      `бүтээгдэхүүний зураг*|бүтээгдэхүүний зург*|барааны зураг*|барааны зург*|өлгөөтэй|өлгөсөн|өлгөгдсөн|өлгүүр*|ардах|ард байгаа|ард нь|арын|шүүгээнд*|шүүгээн дэх|эвхсэн*|эвхээтэй|овоолсон|сандал дээр*|ор дээр*|манекен дээр*`,
    ),
  },
  uz: {
    placed: uzTerms(
      `mahsulot rasm*|mahsulot surat*|mahsulot foto*|tovar rasm*|osilgan|osilib turgan|ilingan|ilib qo'yilgan|ilgichda*|veshalkada*|orqasidagi|orqasida|ortidagi|ortida|fonda|fondagi|fondan|shkafda*|taxlangan|buklangan|stulda*|karavotda*|manekenda*|маҳсулот расм*|маҳсулот сурат*|осилган|илинган|орқасидаги|орқасида|ортидаги|фонда|фондаги|шкафда*|тахланган|стулда*|каравотда*|манекенда*`,
    ),
  },
  so: {
    placed: terms(`sawirka alaabta|sawirka badeecada|ka laalaada|laalaada|la laalaadiyey|sudhan|laga sudhay|gadaasha|gadaal|armaajada|la laabay|laablaaban|kursiga saaran|sariirta saaran`),
  },
  zu: {
    placed: terms(
      `isithombe somkhiqizo|kwesithombe somkhiqizo|somkhiqizo|elengisiwe|elengiswe|elengisiwe|olengisiwe|ezilengisiwe|okulengisiwe|kuhenga|ehengeni|ngemuva|emuva|esizindeni|ekhabetheni|egoqiwe|ezigoqiwe|inqwaba|esihlalweni|embhedeni`,
    ),
  },
  xh: {
    placed: terms(`umfanekiso wemveliso|wemveliso|exhonyiweyo|ixhonywe|ezixhonyiweyo|kwihanger|ngasemva|emva|kwikhabhathi|esongiweyo|ezisongiweyo|imfumba|esitulweni|ebhedini`),
  },
  eu: {
    placed: terms(
      `produktuaren argazki*|produktu argazki*|zintzilik|zintzilikatuta|esekita|esekitako|esekigailuan|atzealdean|atzealdetik|armairuan|tolestuta|tolestutako|pila bat|aulkian|ohean|manikian`,
    ),
  },
  ca: {
    placed: terms(
      `foto de producte|fotos de producte|penjat|penjada|penjats|penjades|en un penjador|al penjador|al fons|del fons|a l armari|a l aparador|plegat|plegada|plegats|plegades|pila de|munt de|sobre la cadira|sobre el llit|al maniquí|al maniqui`,
    ),
  },
  gl: {
    placed: terms(`foto de produto|pendurado|pendurada|no colgador|ao fondo|do fondo|no armario|dobrado|dobrada|moreas de|na cadeira|na cama|no maniquí`),
  },
  hr: {
    placed: terms(
      `fotografija proizvoda|slika proizvoda|koja visi|koji visi|koje visi|obješen*|objesen*|na vješalici|na vjesalici|u pozadini|iz pozadine|u ormaru|složen*|slozen*|hrpa|hrpu|na stolici|na krevetu|na lutki`,
    ),
  },
  sl: {
    placed: terms(`fotografija izdelka|slika izdelka|ki visi|obešen*|obesen*|na obešalniku|na obesalniku|v ozadju|iz ozadja|v omari|zložen*|zlozen*|kup|na stolu|na postelji`),
  },
  lt: {
    placed: terms(
      `prekės nuotrauk*|prekes nuotrauk*|produkto nuotrauk*|kabanči*|kabanci*|pakabint*|ant pakabos|ant pakabo|fone|iš fono|is fono|spintoje|sulankstyt*|krūva|kruva|ant kėdės|ant kedes|ant lovos|ant manekeno`,
    ),
  },
  lv: {
    placed: terms(
      `produkta foto*|preces foto*|karājoš*|karajos*|pakārt*|pakart*|uz pakaramā|uz pakarama|fonā|fona|no fona|skapī|skapi|salocīt*|salocit*|kaudze|uz krēsla|uz kresla|uz gultas|uz manekena`,
    ),
  },
  et: {
    placed: terms(`tootefoto*|toote foto*|rippuv*|riputatud|riidepuul|taustal|taustalt|kapis|kokku volditud|volditud|kuhi|toolil|voodil|mannekeenil`),
  },
  sq: {
    placed: terms(
      `foto e produktit|foton e produktit|e varur|i varur|të varura|te varura|në varëse|ne varese|në sfond|ne sfond|nga sfondi|në dollap|ne dollap|e palosur|i palosur|grumbull|mbi karrige|në shtrat|ne shtrat`,
    ),
  },
  mk: {
    placed: terms(`фотографија на производ*|што виси|обесен*|на закачалка|во позадина*|од позадината|во орман*|свиткан*|куп|на столот|на креветот|на манекен*`),
  },
  is: {
    placed: terms(
      `vörumynd*|vorumynd*|sem hangir|hangandi|á herðatré|a herdatre|í bakgrunni|i bakgrunni|úr bakgrunninum|ur bakgrunninum|í skápnum|i skapnum|samanbrotin*|hrúga|hruga|á stólnum|a stolnum|á rúminu|a ruminu`,
    ),
  },
  cy: {
    placed: terms(`llun cynnyrch|yn hongian|ar hongiwr|yn y cefndir|o r cefndir|yn y cwpwrdd|wedi i blygu|wedi ei blygu|pentwr|ar y gadair|ar y gwely`),
  },
  ga: {
    placed: terms(`grianghraf táirge|grianghraf tairge|ar crochadh|ar chrochadán|ar chrochadan|sa chúlra|sa chulra|ón gcúlra|on gculra|sa vardrús|sa vardrus|fillte|carn|ar an gcathaoir|ar an leaba`),
  },
  mt: {
    placed: terms(`ritratt tal prodott|imdendel|imdendla|imdendlin|fl isfond|mill isfond|fil gwardarobba|mitwi|mitwija|munzell|fuq is siġġu|fuq is siggu|fuq is sodda`),
  },
  si: {
    placed: terms(`නිෂ්පාදන ඡායාරූප*|නිෂ්පාදන පින්තූර*|එල්ලා ඇති|එල්ලලා තියෙන|එල්ලපු|හැංගරයේ|පසුබිමේ|පසුබිමෙන්|පිටුපස|පිටිපස්සේ|අල්මාරියේ|නවා ඇති|නවපු|පුටුව මත|ඇඳ මත`),
  },
  ceb: {
    placed: terms(`nakabitay|gibitay|sa hanger|sa luyo|sa background|sa aparador|gipilo|pinilo|tapok|sa lingkuranan|sa katre`),
  },
  jv: {
    placed: terms(`foto produk|digantung|gumantung|ing gantungan|ing latar mburi|ing mburi|ing lemari|dilempit|tumpukan|ing kursi|ing kasur`),
  },
  su: {
    placed: terms(`poto produk|digantungkeun|ngagantung|dina gantungan|di tukang|dina latar tukang|dina lomari|dilipet|tumpukan|dina korsi|dina kasur`),
  },
  tk: {
    placed: terms(`önüm suraty|onum suraty|asylgy|asylan|ilgiçde|ilgicde|fonda|arkasynda|arkasyndaky|şkafda|skafda|epilen|oturgyçda|oturgycda|düşekde|dusekde`),
  },
  tt: {
    placed: terms(`эленгән|элеп куелган|элгечтә|фонда|артында|артындагы|шкафта|бөкләнгән|урындыкта|караватта`),
  },
  ht: {
    placed: terms(`foto pwodwi|pandye|sou sèso|sou seso|nan background|dèyè|deye|nan amwa|pliye|pil|sou chèz|sou chez|sou kabann`),
  },
  lb: {
    placed: terms(`produktfoto|hänkend|hankend|opgehaang|um bigel|am hannergrond|am schaf|gefaalt`),
  },
  fy: {
    placed: terms(`produktfoto|hingjend|oan in hinger|op de eftergrûn|op de eftergrun|yn e kast|opfouwen`),
  },
};
