import { terms, type Lexicon } from './types.ts';

/**
 * Neutral operations on a photo (../photo-ops.ts), read as a cue for the decision layer, never by a rule:
 * - `photoOp`: framing and quality (crop, rotate, straighten, brighten, sharpen, contrast, saturation,
 *   black and white, restore) and the colour of hair (a redhead, blonde, brunette, dye the hair);
 * - `addVerb`: adding or placing something in the picture (add, put, place, insert, ajoute, füge hinzu, 追加, 加上):
 *   neutral only with a thing beside it: one the lexicon knows (a hat, a table) or a `photoThing`, what is often
 *   added to a photo or put in a hand (a camera, a phone, a book, flowers, an umbrella, a flag);
 * - `zoomVerb`: zooming in or out, and close-ups said as framing (zoom sur, heranzoomen, приблизь, 放大, 확대, gros plan
 *   sur, Nahaufnahme von): neutral only with a face, the eyes, a smile (`faceWord`) or a thing beside it, since what else
 *   a zoom is aimed at is often the body (aimed at a sexualised body part: rules.ts, the body-zoom rule).
 * Exposure is left out: of a person it is the skin shown (露出, 노출).
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const PHOTO_OPS: Readonly<Record<string, Lexicon>> = {
  en: {
    photoOp: terms(
      `improve the lighting|fix the lighting|better lighting|adjust the lighting|the lighting|exposure|fix the exposure|collage|make a collage|side by side|before and after|stitch them together|put them together|combine the photos|combine the two photos|add the date|add dates|with dates|timestamp|crop|recrop|crop it|rotate|straighten|level the horizon|flip it|mirror it|brighten|brighter|lighten|darken the background|sharpen|sharper|denoise|upscale|resize|higher resolution|contrast|saturation|more saturated|white balance|colour correct|color correct|color grade|colour grade|black and white|sepia|vintage filter|red eye|red-eye|restore|colorize|colourise|colorise|redhead|red hair|ginger|blonde|blond|brunette|dye her hair|dye his hair|hair colour|hair color|grey hair|gray hair|black hair`,
    ),
    zoomVerb: terms(`zoom in|zoom out|zoom into|zoomed in|close up of|close-up of|close up on|close-up on|closeup of|closeup on|frame on|crop to`),
    faceWord: terms(`face|faces|eyes|smile`),
    photoThing: terms(`camera|phone|smartphone|book|books|mug|coffee|flowers|bouquet|umbrella|balloon|balloons|guitar|laptop|trophy|flag|crown|sign|newspaper|map`),
    addVerb: terms(`add|put|place|insert|give him|give her`),
  },
  fr: {
    photoOp: terms(
      `améliore la lumière|ameliore la lumiere|améliore l éclairage|ameliore l eclairage|l éclairage|l eclairage|la luminosité|la luminosite|l exposition|collage|montage photo|côte à côte|cote a cote|avant après|avant apres|assemble les photos|ajoute la date|avec les dates|recadre|recadrer|recadrage|pivote|redresse|redresser|éclaircis|eclaircis|plus lumineux|plus lumineuse|accentue la netteté|plus net|plus nette|contraste|saturation|noir et blanc|sépia|sepia|yeux rouges|restaure|coloriser|blonde|brune|cheveux roux|couleur de cheveux|teins ses cheveux`,
    ),
    zoomVerb: terms(`zoome|zoomer|zoom sur|gros plan sur|recadre sur|plan serré sur`),
    faceWord: terms(`visage|le visage|son visage|yeux|sourire`),
    photoThing: terms(
      `appareil photo|caméra|camera|téléphone|telephone|livre|tasse|café|cafe|fleurs|bouquet|parapluie|ballon*|guitare|ordinateur portable|trophée|trophee|drapeau|couronne|pancarte|journal`,
    ),
    addVerb: terms(`ajoute|ajouter|mets|mettre|place|placer|insère|insere`),
  },
  de: {
    photoOp: terms(
      `verbessere die beleuchtung|verbessere das licht|die beleuchtung|beleuchtung verbessern|licht verbessern|belichtung|collage|nebeneinander|vorher nachher|füge die fotos zusammen|fuge die fotos zusammen|datum hinzufügen|datum hinzufugen|mit datum|zuschneiden|schneide zu|beschneiden|drehe|begradige|gerade ausrichten|aufhellen|heller|schärfer|scharfer|nachschärfen|kontrast|sättigung|sattigung|weißabgleich|weissabgleich|schwarz weiß|schwarz weiss|schwarzweiß|schwarzweiss|sepia|rote augen|restauriere|restaurieren|restaurier|restauriert|kolorieren|rothaarig*|rote haare|blond|blonde haare|brünett|brunett|haarfarbe|färbe ihre haare|farbe ihre haare`,
    ),
    zoomVerb: terms(`zoome|zoom auf|heranzoomen|reinzoomen|nahaufnahme von|nahaufnahme vom|nahaufnahme ihrer|nahaufnahme ihres`),
    faceWord: terms(`gesicht|augen|lächeln|lacheln`),
    photoThing: terms(`kamera|fotoapparat|handy|telefon|buch|tasse|kaffee|blumen|blumenstrauß|blumenstrauss|regenschirm|luftballon*|ballon*|gitarre|laptop|pokal|fahne|flagge|krone|schild|zeitung`),
    addVerb: terms(`füge|fuge|hinzufügen|hinzufugen|setze|setz|platziere|lege`),
  },
  es: {
    photoOp: terms(
      `mejora la luz|mejora la iluminación|mejora la iluminacion|la iluminación|la iluminacion|la exposición|la exposicion|más luz|mas luz|collage|lado a lado|antes y después|antes y despues|une las fotos|junta las fotos|agrega la fecha|añade la fecha|con fechas|recorta|recortar|rota|gira la foto|endereza|aclara|más brillante|mas brillante|ilumina|más nítida|mas nitida|nitidez|contraste|saturación|saturacion|blanco y negro|sepia|ojos rojos|restaura|colorea|pelirroja|pelirrojo|rubia|rubio|morena|castaña|castana|color de pelo|color de cabello|tíñele el pelo|tinele el pelo`,
    ),
    zoomVerb: terms(`haz zoom|acerca la imagen|primer plano de|primer plano a|encuadra en`),
    faceWord: terms(`cara|rostro|la cara|su cara|ojos|sonrisa`),
    photoThing: terms(
      `cámara|camara|teléfono|telefono|móvil|movil|celular|libro|taza|café|cafe|flores|ramo|paraguas|globo|globos|guitarra|portátil|portatil|trofeo|bandera|corona|cartel|periódico|periodico`,
    ),
    addVerb: terms(`añade|anade|agrega|pon|ponle|coloca|inserta`),
  },
  it: {
    photoOp: terms(
      `colorizza|colorizzala|colorizzale|restaura|restaurala|ripara la piega|ripara le pieghe|più nitido|più nitidi|più nitida|piu nitido|piu nitidi|piu nitida|migliora la luce|migliora l illuminazione|l illuminazione|la luminosità|la luminosita|l esposizione|più luce|piu luce|collage|fianco a fianco|prima e dopo|unisci le foto|aggiungi la data|con le date|ritaglia|ruota|raddrizza|schiarisci|più luminosa|piu luminosa|più nitida|piu nitida|nitidezza|contrasto|saturazione|esposizione|bianco e nero|seppia|occhi rossi|restaura|colora|rossa di capelli|capelli rossi|bionda|biondo|mora|castana|colore dei capelli|tingi i capelli`,
    ),
    zoomVerb: terms(`zooma|zoom su|ingrandisci il volto|primo piano su|primo piano del|primo piano della|primo piano sul`),
    faceWord: terms(`viso|volto|faccia|occhi|sorriso`),
    photoThing: terms(
      `macchina fotografica|fotocamera|telefono|cellulare|libro|tazza|caffè|caffe|fiori|mazzo di fiori|ombrello|palloncin*|chitarra|portatile|trofeo|bandiera|corona|cartello|giornale`,
    ),
    addVerb: terms(`aggiungi|metti|inserisci|posiziona`),
  },
  pt: {
    photoOp: terms(
      `melhora a luz|melhore a luz|melhorar a luz|melhora a iluminação|melhora a iluminacao|a iluminação|a iluminacao|a exposição|a exposicao|mais luz|colagem|lado a lado|antes e depois|junta as fotos|junte as fotos|adiciona a data|com as datas|recorta|recortar|corta a foto|gira a foto|roda a foto|endireita|clareia|mais brilhante|mais nítida|mais nitida|nitidez|contraste|saturação|saturacao|preto e branco|sépia|sepia|olhos vermelhos|restaura|coloriza|ruiva|ruivo|loira|loiro|morena|castanha|cor do cabelo|pinta o cabelo`,
    ),
    zoomVerb: terms(`dá zoom|da zoom|dar zoom|zoom no|zoom na|close no|close na|close nos|close nas|primeiro plano d*`),
    faceWord: terms(`rosto|cara|olhos|sorriso`),
    photoThing: terms(
      `câmera|camera|câmara|telefone|celular|telemóvel|telemovel|livro|caneca|café|cafe|flores|buquê|buque|guarda chuva|guarda-chuva|balão|balao|balões|baloes|violão|violao|guitarra|notebook|troféu|trofeu|bandeira|coroa|placa|jornal`,
    ),
    addVerb: terms(`adiciona|adicione|acrescenta|coloca|coloque|põe|poe|insere`),
  },
  nl: {
    photoOp: terms(
      `verbeter de belichting|verbeter het licht|de belichting|meer licht|feller|bijsnijden|snijd bij|draai|recht zetten|lichter|helderder|scherper|contrast|verzadiging|zwart wit|zwart-wit|sepia|rode ogen|herstel|inkleuren|rood haar|roodharig*|blond|brunette|haarkleur`,
    ),
    zoomVerb: terms(`zoom in|inzoomen`),
    faceWord: terms(`gezicht|ogen|glimlach`),
    photoThing: terms(`camera|telefoon|boek|mok|koffie|bloemen|boeket|paraplu|ballon*|gitaar|laptop|trofee|vlag|kroon|bord|krant`),
    addVerb: terms(`voeg|toevoegen|zet|plaats|leg`),
  },
  pl: {
    photoOp: terms(
      `popraw światło|popraw swiatlo|popraw oświetlenie|popraw oswietlenie|oświetlenie|oswietlenie|ekspozycj*|przytnij|obróć|obroc|wyprostuj|rozjaśnij|rozjasnij|jaśniejsze|jasniejsze|wyostrz|ostrzejsze|kontrast|nasycenie|ekspozycj*|czarno biał*|czarno bial*|sepia|czerwone oczy|odnów|odnow|pokoloruj|ruda|rude włosy|rude wlosy|blondynk*|brunetk*|kolor włosów|kolor wlosow`,
    ),
    zoomVerb: terms(`przybliż|przybliz|powiększ twarz|powieksz twarz`),
    faceWord: terms(`twarz|twarzy|oczy|uśmiech|usmiech`),
    photoThing: terms(`aparat|telefon|książk*|ksiazk*|kubek|kawa|kawę|kawe|kwiaty|bukiet|parasol|balon*|gitar*|laptop|puchar|flag*|koron*|tabliczk*|gazet*`),
    addVerb: terms(`dodaj|wstaw|połóż|poloz|umieść|umiesc`),
  },
  ru: {
    photoOp: terms(
      `улучши свет|улучши освещение|освещение|экспозици*|больше света|коллаж*|рядом друг с другом|до и после|объедини фото|склей фото|добавь дату|с датами|обрежь|кадрируй|поверни|выровняй|осветли|ярче|резче|сделай резче|контраст|насыщенность|черно белым|черно-белым|чёрно-белым|сепия|красные глаза|восстанови|раскрась|рыжей|рыжим|рыжие волосы|блондинк*|брюнетк*|цвет волос|покрась волосы`,
    ),
    zoomVerb: terms(`приблизь|увеличь лицо`),
    faceWord: terms(`лицо|лица|глаза|улыбк*`),
    photoThing: terms(`камер*|фотоаппарат|телефон|книг*|кружк*|кофе|цвет*|букет|зонт*|шарик*|гитар*|ноутбук|кубок|флаг|корон*|табличк*|газет*`),
    addVerb: terms(`добавь|поставь|положи|вставь|размести`),
  },
  uk: {
    photoOp: terms(
      `колаж*|поруч|до і після|об єднай фото|додай дату|з датами|обріж|поверни|вирівняй|освітли|яскравіше|яскравішим|яскравішою|світліше|світлішим|різкіше|контраст|насиченість|чорно білим|рудою|руде волосся|блондинк*|брюнетк*|колір волосся`,
    ),
    zoomVerb: terms(`наблизь`),
    faceWord: terms(`обличчя|очі|посмішк*`),
    addVerb: terms(`додай|постав|поклади|встав`),
  },
  tr: {
    photoOp: terms(
      `ışığı düzelt|isigi duzelt|ışığı iyileştir|isigi iyilestir|aydınlatma*|aydinlatma*|pozlama*|kırp|kirp|döndür|dondur|düzelt|duzelt|aydınlat|aydinlat|daha parlak|netleştir|netlestir|kontrast|doygunluk|siyah beyaz|sepya|kırmızı göz|kirmizi goz|restore et|renklendir|kızıl|kizil|sarışın|sarisin|esmer|saç rengi|sac rengi|saçını boya|sacini boya`,
    ),
    zoomVerb: terms(`yakınlaştır|yakinlastir`),
    faceWord: terms(`yüz|yuz|yüzü|yuzu|yüzüne|yuzune|gözler*|gozler*|gülümse*|gulumse*`),
    photoThing: terms(`kamera|fotoğraf makinesi|fotograf makinesi|telefon|kitap|kupa|kahve|çiçek*|cicek*|buket|şemsiye|semsiye|balon*|gitar|dizüstü|dizustu|laptop|bayrak|taç|tac|tabela|gazete`),
    addVerb: terms(`ekle|koy|yerleştir|yerlestir`),
  },
  id: {
    photoOp: terms(
      `potong fotonya|crop|putar|luruskan|terangkan|terangin|cerahkan|cerahin|lebih cerah|lebih terang|pertajam|lebih tajam|kontras|saturasi|hitam putih|sepia|mata merah|pulihkan|warnai|rambut merah|pirang|rambut cokelat|warna rambut|cat rambut`,
    ),
    zoomVerb: terms(`zoom in|perbesar wajah`),
    faceWord: terms(`wajah|wajahnya|muka|mukanya|mata|senyum`),
    photoThing: terms(`kamera|ponsel|hp|telepon|buku|cangkir|mug|kopi|bunga|buket|payung|balon|gitar|laptop|piala|bendera|mahkota|papan|koran`),
    addVerb: terms(`tambahkan|tambah|taruh|letakkan|pasang`),
  },
  sv: {
    photoOp: terms(
      `beskär|beskar|rotera|räta upp|rata upp|ljusare|skarpare|kontrast|mättnad|mattnad|svartvit*|sepia|röda ögon|roda ogon|återställ|aterstall|färglägg|farglagg|rödhårig|rodharig|blond|brunett|hårfärg|harfarg`,
    ),
    zoomVerb: terms(`zooma in`),
    faceWord: terms(`ansikte*|ögon|ogon|leende`),
    photoThing: terms(`kamera|telefon|mobil|bok|mugg|kaffe|blommor|bukett|paraply|ballong*|gitarr|laptop|pokal|flagga|krona|skylt|tidning`),
    addVerb: terms(`lägg till|lagg till|sätt|satt|placera`),
  },
  ja: {
    photoOp: terms(
      `コラージュ|並べて|ビフォーアフター|つなげて|日付を入れて|日付を追加|トリミング|切り抜き|回転|傾きを直|明るく|シャープ|鮮明に|コントラスト|彩度|ホワイトバランス|白黒|モノクロ|セピア|赤目|修復|カラー化|赤毛|金髪|茶髪|髪の色|髪色`,
    ),
    zoomVerb: terms(`ズーム|拡大`),
    faceWord: terms(`顔|目|笑顔`),
    photoThing: terms(`カメラ|スマホ|携帯|電話|本|マグカップ|コーヒー|花束|花|傘|風船|ギター|ノートパソコン|トロフィー|旗|王冠|看板|新聞`),
    addVerb: terms(`追加|加えて|置いて|入れて|持たせて`),
  },
  zh: {
    photoOp: terms(
      `拼图|拼圖|拼接|拼在一起|合在一起|前后对比|前後對比|加上日期|加日期|裁剪|剪裁|旋转|拉直|调亮|提亮|锐化|更清晰|对比度|饱和度|白平衡|黑白|复古滤镜|红眼|修复|上色|红发|金发|棕发|发色|染发`,
    ),
    zoomVerb: terms(`放大|拉近`),
    faceWord: terms(`脸|臉|面部|眼睛|笑容`),
    photoThing: terms(`相机|相機|手机|手機|电话|书|書|杯子|咖啡|花束|鲜花|雨伞|雨傘|气球|氣球|吉他|笔记本电脑|奖杯|旗子|皇冠|牌子|报纸`),
    addVerb: terms(`添加|加上|加一个|加一|放一个|放上|插入`),
  },
  ko: {
    photoOp: terms(
      `콜라주|나란히|비포 애프터|전후 비교|합쳐|날짜 넣어|날짜 추가|자르기|잘라|회전|수평|밝게|선명하게|대비|채도|화이트밸런스|흑백|세피아|적목|복원|컬러화|빨간 머리|빨강 머리|금발|갈색 머리|머리색|염색`,
    ),
    zoomVerb: terms(`확대|줌인`),
    faceWord: terms(`얼굴|눈|미소`),
    photoThing: terms(`카메라|핸드폰|휴대폰|전화기|책|머그컵|커피|꽃다발|꽃|우산|풍선|기타|노트북|트로피|깃발|왕관|표지판|신문`),
    addVerb: terms(`추가|넣어|놓아|올려`),
  },
  ar: {
    photoOp: terms(
      `فتّح الصورة|فتّح صورة|فتح صورة|فتّحها|قص الصورة|اقتص|دور الصورة|عدل الميلان|فتح الصورة|اجعلها أفتح|أوضح|التباين|التشبع|الإضاءة|أبيض وأسود|ابيض واسود|العيون الحمراء|رمم|لون الصورة|شعر أحمر|شقراء|أشقر|سمراء|لون الشعر|صبغ الشعر`,
    ),
    zoomVerb: terms(`كبر الصورة|قرب الصورة|زووم`),
    faceWord: terms(`الوجه|وجه|وجهه|وجهها|العيون|الابتسامة`),
    photoThing: terms(`كاميرا|هاتف|جوال|موبايل|كتاب|كوب|قهوة|ورد|زهور|باقة|مظلة|شمسية|بالون|بالونات|جيتار|غيتار|لابتوب|كأس|علم|تاج|لافتة|جريدة`),
    addVerb: terms(`أضف|اضف|ضع|حط|ضيف`),
  },
  hi: {
    photoOp: terms(
      `चमकदार बनाओ|चमकदार कर दो|चमकदार करो|क्रॉप|घुमाओ|सीधा करो|ब्राइट|रोशन|शार्प|कंट्रास्ट|ब्लैक एंड व्हाइट|लाल आंखें|बालों का रंग|भूरे बाल|सुनहरे बाल|crop karo|bright karo|sharp karo|baal ka rang|baalon ka rang`,
    ),
    zoomVerb: terms(`ज़ूम|जूम|zoom karo`),
    faceWord: terms(`चेहरा|चेहरे|आंखें|मुस्कान|chehra|chehre`),
    photoThing: terms(`कैमरा|फ़ोन|फोन|मोबाइल|किताब|कप|कॉफ़ी|कॉफी|फूल|गुलदस्ता|छाता|गुब्बारे|गुब्बारा|गिटार|लैपटॉप|ट्रॉफी|झंडा|मुकुट|camera|phone|mobile|kitaab|kitab|phool|chhata|gubbare`),
    addVerb: terms(`जोड़ो|जोड़ दो|लगाओ|रख दो|add karo|daal do|laga do|rakh do`),
  },
  vi: {
    photoOp: terms(
      `cắt ảnh|cat anh|xoay|làm thẳng|lam thang|làm sáng|lam sang|sáng hơn|sang hon|làm nét|lam net|nét hơn|net hon|độ tương phản|do tuong phan|đen trắng|den trang|mắt đỏ|mat do|phục hồi|phuc hoi|tóc đỏ|toc do|tóc vàng|toc vang|màu tóc|mau toc|nhuộm tóc|nhuom toc`,
    ),
    zoomVerb: terms(`phóng to|phong to`),
    faceWord: terms(`khuôn mặt|khuon mat|gương mặt|guong mat|nụ cười|nu cuoi`),
    photoThing: terms(
      `máy ảnh|may anh|điện thoại|dien thoai|quyển sách|quyen sach|cuốn sách|cuon sach|cốc|coc|cà phê|ca phe|bó hoa|bo hoa|ô dù|o du|bóng bay|bong bay|đàn guitar|dan guitar|máy tính xách tay|cúp|lá cờ|la co|vương miện|vuong mien|tờ báo|to bao`,
    ),
    addVerb: terms(`thêm vào|them vao|đặt vào|dat vao|đặt một|dat mot`),
  },
  // Written in a later round, same sources: languages the first round left out, photo operations only.
  cs: {
    photoOp: terms(
      `kolorizuj|kolorizovat|vybarvi|restauruj|zaostři|zaostri|ořízni|orizni|otoč fotku|otoc fotku|narovnej|zesvětli|zesvetli|světlejší|svetlejsi|zostři|zostri|ostřejší|ostrejsi|kontrast|sytost|černobíl*|cernobil*|sépie|sepie|červené oči|cervene oci|vybarvi|zrzav*|barva vlasů|barva vlasu`,
    ),
    addVerb: terms(`přidej|pridej|polož|poloz|vlož|vloz|obleč|oblec|dej tam|dej sem`),
    faceWord: terms(`obličej|oblicej|tvář|tvar|oči|oci|úsměv|usmev`),
  },
  sk: {
    photoOp: terms(
      `orež|orez|vyrovnaj|zosvetli|svetlejšie|svetlejsie|zaostri|ostrejšie|ostrejsie|kontrast|sýtosť|sytost|čiernobiel*|ciernobiel*|červené oči|cervene oci|vyfarbi|ryšav*|rysav*|farba vlasov`,
    ),
    addVerb: terms(`pridaj|polož|poloz|vlož|vloz|obleč|oblec`),
  },
  hu: {
    photoOp: terms(
      `vágd ki|vagd ki|vágd körbe|vagd korbe|forgasd el|egyenesítsd ki|egyenesitsd ki|világosítsd|vilagositsd|világosabb*|vilagosabb*|élesítsd|elesitsd|élesebb*|elesebb*|kontraszt*|telítettség|telitettseg|fekete fehér|fekete feher|fekete-fehér|szépia|szepia|vörös szem|voros szem|színezd ki|szinezd ki|vörös haj|voros haj|hajszín|hajszin`,
    ),
    addVerb: terms(`adj hozzá|adj hozza|tegyél|tegyel|tegyen|rakj|helyezz|adj rá|adj ra`),
  },
  ro: {
    photoOp: terms(
      `decupează|decupeaza|rotește|roteste|îndreaptă|indreapta|luminează|lumineaza|mai luminoas*|mai clară|mai clara|claritate|contrast|saturație|saturatie|alb negru|alb-negru|sepia|ochi roșii|ochi rosii|restaurează|restaureaza|colorează|coloreaza|roșcat*|roscat*|culoarea părului|culoarea parului`,
    ),
    addVerb: terms(`adaugă|adauga|pune|plasează|plaseaza|îmbracă|imbraca`),
  },
  el: {
    photoOp: terms(
      `περικοπή|περικοπη|κόψε τη φωτογραφία|κοψε τη φωτογραφια|ίσιωσε|ισιωσε|φώτισε|φωτισε|φωτεινότερ*|φωτεινοτερ*|πιο φωτειν*|πιο καθαρ*|οξύτητα|οξυτητα|αντίθεση|αντιθεση|κορεσμό*|κορεσμο*|ασπρόμαυρ*|ασπρομαυρ*|σέπια|σεπια|κόκκινα μάτια|κοκκινα ματια|χρωμάτισε|χρωματισε|κοκκινομάλλ*|κοκκινομαλλ*|χρώμα μαλλιών|χρωμα μαλλιων`,
    ),
    addVerb: terms(`πρόσθεσε|προσθεσε|βάλε|βαλε|τοποθέτησε|τοποθετησε|φόρεσε|φορεσε|ρίξε|ριξε`),
  },
  da: {
    photoOp: terms(
      `beskær|beskaer|ret op|lysere|gør lysere|gor lysere|skarpere|kontrast|mætning|maetning|sort hvid|sort-hvid|sepia|røde øjne|rode ojne|farvelæg|farvelaeg|rødhåret|rodharet|hårfarve|harfarve`,
    ),
    addVerb: terms(`tilføj|tilfoj|sæt|saet|læg|laeg|placer`),
  },
  nb: {
    photoOp: terms(
      `beskjær|beskjaer|rett opp|lysere|gjør lysere|gjor lysere|skarpere|kontrast|metning|svart hvitt|svart-hvitt|sepia|røde øyne|rode oyne|fargelegg|rødhåret|rodharet|hårfarge|harfarge`,
    ),
    addVerb: terms(`legg til|sett|legg|plasser`),
  },
  fi: {
    zoomVerb: terms(`zoomaa|zoomaa lähemmäs|zoomaa lähelle|zoomaus`),
    photoOp: terms(
      `rajaa|suorista|vaalenna|vaaleammaksi|kirkasta|kirkkaammaksi|terävöitä|teravoita|terävämmäksi|teravammaksi|kontrasti*|kylläisyys|kyllaisyys|mustavalkoi*|seepia|punasilm*|väritä|varita|punatukkai*|hiusten väri|hiusten vari`,
    ),
    addVerb: terms(`lisää|lisaa|laita|aseta|pue`),
  },
  tl: {
    photoOp: terms(`i-crop|icrop|paikutin|ituwid|paliwanagin|mas maliwanag|liwanagan|linawin|mas malinaw|itim at puti|kulayan|pulang buhok|kulay ng buhok`),
    addVerb: terms(`idagdag|ilagay|lagyan|isuot`),
    faceWord: terms(`mukha|mukha niya|mukha nya|ngiti`),
  },
  ms: {
    photoOp: terms(`potong gambar|pusingkan|luruskan|cerahkan|lebih cerah|tajamkan|lebih tajam|kontras|ketepuan|hitam putih|sepia|mata merah|pulihkan|warnakan|warna rambut`),
    addVerb: terms(`tambah|letak|letakkan|masukkan|pakaikan`),
  },
  bn: { photoOp: terms(`ক্রপ|সোজা করো|উজ্জ্বল|আলো বাড়াও|শার্প|কনট্রাস্ট|সাদা কালো|সাদাকালো|লাল চোখ|চুলের রং|চুলের রঙ`), addVerb: terms(`যোগ করো|বসাও|রাখো|পরাও`) },
  ta: { photoOp: terms(`க்ராப்|சுழற்று|நேராக்கு|பிரகாசமாக்கு|பிரகாசம்|வெளிச்சமாக்கு|ஷார்ப்|கான்ட்ராஸ்ட்|கருப்பு வெள்ளை|சிவப்பு கண்|முடி நிறம்`), addVerb: terms(`சேர்|வை|போடு`) },
  ur: { photoOp: terms(`کراپ|سیدھا کرو|روشن کرو|برائٹ|شارپ|کنٹراسٹ|بلیک اینڈ وائٹ|سیاہ و سفید|لال آنکھیں|بالوں کا رنگ`), addVerb: terms(`شامل کرو|لگاؤ|رکھو|ڈالو|پہناؤ`) },
  fa: { photoOp: terms(`کراپ|برش بده|صاف کن|روشن‌تر|روشنتر|روشن کن|روشنش کن|واضح‌تر|واضحتر|شارپ|کنتراست|سیاه و سفید|چشم قرمز|رنگ مو`), addVerb: terms(`اضافه کن|بذار|بگذار|قرار بده|بپوشون|تنش کن`) },
  he: {
    zoomVerb: terms(`זום על|תעשה זום|זום אין|תקרב את התמונה`),
    photoOp: terms(`חתוך את התמונה|יישר|הבהר|בהיר יותר|תבהיר|חדד|חד יותר|ניגודיות|רוויה|שחור לבן|ספיה|עיניים אדומות|שיער אדום|צבע שיער`),
    addVerb: terms(`הוסף|תוסיף|שים|תשים|תלביש`),
  },
  th: { photoOp: terms(`ครอป|ตัดภาพ|ทำให้ตรง|ทำให้สว่าง|สว่างขึ้น|ปรับแสง|คมชัดขึ้น|คอนทราสต์|ความอิ่มตัว|ขาวดำ|ตาแดง|ลงสี|ผมแดง|สีผม`), addVerb: terms(`เพิ่ม|ใส่|วาง`) },
  sw: {
    photoOp: terms(`kata picha|nyoosha picha|ng'arisha|ngarisha|angaza picha|iwe na mwanga zaidi|noa picha|nyeusi na nyeupe|macho mekundu|rangi ya nywele`),
    addVerb: terms(`ongeza|weka|mvalishe`),
  },
};
