import { terms, type Lexicon } from './types.ts';

/**
 * Voyeurism said without a nudity word: a covert camera (`covertCam`) and a private place where people
 * undress (`privatePlace`) in one request: "hidden camera footage of a woman changing in a dressing
 * room", "spy cam in the locker room" (rules.ts, sexual.voyeur). Either alone is ordinary ("a hidden
 * camera prank", "renovate the changing room"). Words that mean covert filming of bodies by themselves
 * (偷拍, 몰카, upskirt) are sexual terms of their languages.
 *
 * Covert watching is also said without a camera: "without her knowing", "à son insu", "こっそり", "peeking
 * through" (`unseen`). Those words are weaker (a surprise is planned "without her knowing" too), so they
 * count only near a place or moment of undressing, never with a `surprise` word, and a bedroom
 * (`privateRoom`) counts only with a covert camera. Written from the author's knowledge.
 */
export const VOYEUR: Readonly<Record<string, Lexicon>> = {
  en: {
    covertCam: terms(
      `hidden camera*|hidden cam|hidden cams|spy cam*|spycam*|secret camera*|secretly filmed|secretly filming|secretly recorded|covert camera*|pinhole camera*|peephole|secretly photograph*|secretly snap*|secretly shot|secretly taken|secretly take|secretly taking|secretly record*|secretly film*|secretly watch*|photographed secretly|photographed in secret|filmed in secret|filmed secretly|taken secretly|taken in secret|shot secretly|snapped secretly|recorded secretly|sneaky pic*|sneaky photo*|sneaky shot*|sneaky snap*|sneak pic*|sneak photo*|creepshot*|creep shot*|creep pic*|peeping tom*|peeping on|peep on|spying on her|spying on him|spy on her|under the stall|under the cubicle|under the partition|through the keyhole`,
    ),
    privatePlace: terms(
      `washroom*|changing room*|locker room*|dressing room*|fitting room*|changing cubicle*|shower*|restroom*|toilet*|bathroom*|women s room|ladies room|sauna|dorm room|stall divider*|stall door|stall partition|toilet cubicle*|shower cubicle*|changing booth`,
    ),
    privateMoment: terms(
      `getting changed|changing clothes|changing her clothes|changing into|bedroom window|her changing|him changing|she s changing|she is changing|while she changes|as she changes|he s changing|getting undressed|showering|while she showers|she showers|while she bathes|she s bathing|she is bathing|while she undresses|bathroom window|bedroom windows|woman bathing|women bathing|girl bathing|girls bathing|people bathing|her bathing|them bathing|while bathing|when bathing|taking a bath|taking her bath|dey baff|dey bath|dey bathe|de baff`,
    ),
    unseen: terms(
      `without her knowing|without him knowing|without them knowing|without her knowledge|without his knowledge|without their knowledge|without her noticing|without him noticing|without her seeing|without being seen|without being noticed|unbeknownst to her|unbeknownst to him|unbeknown to her|she doesn t know|she does not know|she didn t know|she doesn t notice|she didn t notice|she doesn t realise|she doesn t realize|she isn t aware|she is not aware|she s not aware|she s unaware|she is unaware|he doesn t know|he is unaware|unaware she s being|unaware she is being|unaware of the camera|not knowing she s being|not knowing she is being|peeking through|peeking into|peeking in on|peeping through|peeping into|peeping in on|peeping at her|peering through|peering into|peek through|peek into|peep through|peep into|spying through`,
    ),
    privateRoom: terms(`bedroom*|her room|hotel room*|motel room*`),
    surprise: terms(`surprise*`),
  },
  fr: {
    covertCam: terms(
      `caméra cachée|camera cachee|caméras cachées|caméra espion|camera espion|filmée en cachette|filmee en cachette|filmé en cachette|photographiée en cachette|photographiee en cachette|prise en photo en cachette|photo volée|photos volées|photo volee|photos volees|trou de la serrure`,
    ),
    privatePlace: terms(`vestiaire*|cabine d essayage|cabines d essayage|douche*|toilettes|salle de bain|cabine des toilettes`),
    privateMoment: terms(
      `en train de se changer|se changeant|qui se change|se douche|sous la douche|se déshabille|se deshabille|prend son bain|fenêtre de sa salle de bain|fenetre de sa salle de bain|fenêtre de sa chambre|fenetre de sa chambre`,
    ),
    unseen: terms(
      `à son insu|a son insu|sans qu elle le sache|sans qu il le sache|sans qu elle sache|sans qu elle s en rende compte|sans qu elle s en aperçoive|sans qu elle s en apercoive|sans qu elle le remarque|elle ne le sait pas|elle ne sait pas|elle le sait pas|elle ne se doute de rien|en cachette|en douce|épiée|epiee|l épie|l epie|en l épiant|en l epiant|espionnée|espionnee`,
    ),
    privateRoom: terms(`sa chambre|chambre à coucher|chambre a coucher|chambre d hôtel|chambre d hotel`),
    surprise: terms(`surprise*`),
  },
  de: {
    covertCam: terms(
      `versteckte kamera|versteckter kamera|versteckten kamera|spionagekamera|heimlich gefilmt|heimlich aufgenommen|heimlich fotografiert|heimlich fotografieren|heimlich geknipst|heimlich abfotografiert|heimlich beobachtet|spannerfoto*|spannerbild*|schlüsselloch|schlusselloch|schluesselloch`,
    ),
    privatePlace: terms(`umkleide*|umkleidekabine*|dusche*|toilette*|badezimmer|sauna|toilettenkabine*|duschkabine*`),
    privateMoment: terms(
      `beim umziehen|sich umzieht|sich umziehen|beim duschen|unter der dusche|duscht|beim baden|badet|beim ausziehen|zieht sich um|zieht sich aus|schlafzimmerfenster|badezimmerfenster|badfenster`,
    ),
    unseen: terms(
      `ohne ihr wissen|ohne sein wissen|ohne dass sie es merkt|ohne dass sie es weiß|ohne dass sie es weiss|ohne dass sie es bemerkt|ohne dass sie etwas merkt|ohne dass er es merkt|sie weiß es nicht|sie weiss es nicht|sie merkt es nicht|sie merkt nichts|ahnungslos|heimlich|unbemerkt|späht|spähen|spaht|spahen`,
    ),
    privateRoom: terms(`schlafzimmer|ihrem zimmer|hotelzimmer`),
    surprise: terms(`überraschung*|uberraschung*|ueberraschung*`),
  },
  es: {
    covertCam: terms(
      `cámara oculta|camara oculta|cámaras ocultas|camaras ocultas|cámara espía|camara espia|grabada a escondidas|grabado a escondidas|fotografiada a escondidas|fotografiado a escondidas|foto a escondidas|fotos a escondidas|foto robada|fotos robadas|fotografiada en secreto|grabada en secreto|mirón|miron`,
    ),
    privatePlace: terms(`vestuario*|probador*|ducha*|baño|bano|baños|aseo|cubículo del baño|cubiculo del bano`),
    privateMoment: terms(
      `cambiándose|cambiandose|cambiándose de ropa|se cambia de ropa|se ducha|duchándose|duchandose|bañándose|banandose|se está cambiando|se esta cambiando|se desviste|desvistiéndose|desvistiendose|ventana del baño|ventana del bano|ventana de su habitación|ventana de su habitacion|ventana de su cuarto`,
    ),
    unseen: terms(
      `sin que ella lo sepa|sin que lo sepa|sin que él lo sepa|sin que el lo sepa|sin que se dé cuenta|sin que se de cuenta|sin que ella se dé cuenta|sin que ella se de cuenta|sin su conocimiento|sin que ella sepa|ella no lo sabe|ella no sabe|a escondidas|en secreto|espiándola|espiandola|espiada|espiando`,
    ),
    privateRoom: terms(`su habitación|su habitacion|su cuarto|dormitorio|su recámara|su recamara|habitación de hotel|habitacion de hotel|habitación del hotel|habitacion del hotel`),
    surprise: terms(`sorpresa*`),
  },
  it: {
    covertCam: terms(
      `telecamera nascosta|telecamere nascoste|videocamera nascosta|camera nascosta|ripresa di nascosto|filmata di nascosto|fotografata di nascosto|scattata di nascosto|scattate di nascosto|foto rubata|foto rubate|guardone`,
    ),
    privatePlace: terms(`spogliatoio*|spogliatoi|camerino*|doccia|docce|bagno|bagni`),
    privateMoment: terms(
      `en la ducha|her in the shower|her in the bath|her in the bathtub|him in the shower|her on the toilet|mentre si cambia|si sta cambiando|sotto la doccia|fa la doccia|facendo la doccia|si spoglia|spogliandosi|si sta spogliando|finestra del bagno|finestra della camera`,
    ),
    unseen: terms(
      `a sua insaputa|senza che lei lo sappia|senza che lo sappia|senza che se ne accorga|senza che lei se ne accorga|lei non lo sa|lei non sa|di nascosto|spiandola|spiata|spiando|sbirciando|sbircia`,
    ),
    privateRoom: terms(`camera da letto|sua camera|stanza d albergo|camera d albergo|sua stanza`),
    surprise: terms(`sorpresa*`),
  },
  pt: {
    covertCam: terms(
      `foto escondida|fotos escondidas|filmagem escondida|foto escondido|câmera escondida|camera escondida|câmera oculta|camera oculta|filmada escondido|filmada às escondidas|fotografada escondida|fotografada escondido|tirada escondido|tirada escondida|tirada às escondidas|tirada as escondidas|foto roubada|fotos roubadas`,
    ),
    privatePlace: terms(`vestiário*|vestiario*|provador*|chuveiro|banheiro|banho|cabine do banheiro`),
    privateMoment: terms(`trocando de roupa|se trocando|tomando banho|no banho|no chuveiro|se despindo|se despe|janela do banheiro|janela do quarto dela`),
    unseen: terms(
      `sem ela saber|sem ele saber|sem que ela saiba|sem que ela perceba|sem ela perceber|sem o conhecimento dela|sem conhecimento dela|ela não sabe|ela nao sabe|às escondidas|as escondidas|em segredo|espiando|espionando|espiada`,
    ),
    privateRoom: terms(`quarto dela|seu quarto|quarto de hotel|quarto do hotel`),
    surprise: terms(`surpresa*`),
  },
  nl: {
    covertCam: terms(`verborgen camera|verstopte camera|spionagecamera|stiekem gefilmd|stiekem gefotografeerd|gluurfoto*`),
    privatePlace: terms(`kleedkamer*|paskamer*|douche*|toilet*|badkamer|wc hokje|toilethokje`),
    privateMoment: terms(`onder de douche|aan het douchen|doucht|zich omkleedt|omkleden|zich uitkleedt|badkamerraam|slaapkamerraam`),
    unseen: terms(`zonder dat ze het weet|zonder dat ze het doorheeft|zonder dat ze het merkt|zonder haar medeweten|zonder medeweten|ze weet het niet|stiekem|gluren|gluurt|gluurde|begluren|begluurd`),
    privateRoom: terms(`slaapkamer|haar kamer|hotelkamer`),
    surprise: terms(`verrassing*`),
  },
  pl: {
    covertCam: terms(`ukryta kamera|ukrytą kamerą|ukryta kamerka|ukrytej kamery|potajemnie nagrana|podglądanie|podgladanie|potajemnie sfotografowana|podglądacz*|podgladacz*`),
    privatePlace: terms(`szatni*|przebieralni*|prysznic*|toalet*|łazien*|lazien*|kabina toaletowa|kabinie toaletowej`),
    privateMoment: terms(`pod prysznicem|przebiera się|przebiera sie|przebierając się|przebierajac sie|rozbiera się|rozbiera sie|kąpie się|kapie sie|okno łazienki|okno lazienki`),
    unseen: terms(`bez jej wiedzy|bez jego wiedzy|bez wiedzy|żeby nie wiedziała|zeby nie wiedziala|ona nie wie|ukradkiem|potajemnie|po kryjomu|z ukrycia|podgląda*|podglada*`),
    privateRoom: terms(`sypialni*|jej pokoju|jej pokój|jej pokoj|pokoju hotelowym|pokój hotelowy|pokoj hotelowy`),
    surprise: terms(`niespodzian*`),
  },
  ru: {
    covertCam: terms(
      `скрытая камера|скрытой камеры|скрытой камерой|скрытую камеру|снято скрытно|подглядыва*|снято тайком|тайно снят*|тайно сфотографирован*|подсмотренн*|вуайерист*|замочную скважину`,
    ),
    privatePlace: terms(`раздевалк*|примерочн*|душе|душевой|душевая|туалет*|ванной|кабинке туалета|кабинка туалета`),
    privateMoment: terms(`в душе|переодева*|моется|принимает душ|принимает ванну|раздевается|окно ванной|окно спальни`),
    unseen: terms(
      `без её ведома|без ее ведома|без его ведома|без ведома|чтобы она не знала|чтобы она не заметила|она не знает|она не замечает|не подозревая|не подозревает|тайком|украдкой|втихаря|исподтишка|скрытно|тайно|подсматрива*`,
    ),
    privateRoom: terms(`спальн*|её комнате|ее комнате|номере отеля|гостиничном номере`),
    surprise: terms(`сюрприз*`),
  },
  uk: {
    covertCam: terms(`прихована камера|прихованої камери|прихованою камерою|підглядан*|знято таємно|таємно знят*|таємно сфотографован*`),
    privatePlace: terms(`роздягальн*|примірочн*|душі|душова|туалет*|ванній`),
    privateMoment: terms(`у душі|переодяга*|роздягається|приймає душ|миється`),
    unseen: terms(`без її відома|без відома|щоб вона не знала|вона не знає|непомітно|таємно|крадькома|потай|нишком|підгляда*`),
    privateRoom: terms(`спальн*|її кімнаті|готельному номері`),
    surprise: terms(`сюрприз*`),
  },
  tr: {
    covertCam: terms(
      `gizli kamera|gizli kamerayla|gizli çekim|gizli cekim|gizlice çekilmiş|gizlice cekilmis|gizlice fotoğraflan*|gizlice fotograflan*|gizlice çekil*|gizlice cekil*|röntgenci*|rontgenci*`,
    ),
    privatePlace: terms(`soyunma odası|soyunma odasi|soyunma odasında|soyunma kabin*|duş|dus|tuvalet*|banyo*`),
    privateMoment: terms(`üstünü değiştir*|ustunu degistir*|duş alırken|dus alirken|duşta|dusta|soyunurken|yıkanırken|yikanirken|banyo penceresi|yatak odası penceresi|yatak odasi penceresi`),
    unseen: terms(`haberi olmadan|haberi yokken|fark etmeden|farkında olmadan|farkinda olmadan|ruhu duymadan|gizlice|gizli gizli|çaktırmadan|caktirmadan|dikizle*|gözetle*|gozetle*`),
    privateRoom: terms(`yatak oda*|odasında|odasinda|otel oda*`),
    surprise: terms(`sürpriz*|surpriz*`),
  },
  ar: {
    covertCam: terms(`كاميرا خفية|كاميرا مخفية|تصوير خفي|تصوير سري|تصوير خلسة|صورها خلسة|صورتها خلسة|مصورة خلسة|صورة مسروقة|متلصص*`),
    privatePlace: terms(`تبديل الملابس|غرفة تبديل الملابس|غرفة الملابس|غرفة القياس|الحمام|حمام|الدش|دورة المياه`),
    privateMoment: terms(`تبدل ملابسها|تغير ملابسها|تستحم|أثناء الاستحمام|اثناء الاستحمام|تخلع ملابسها|تغير هدومها|نافذة الحمام|شباك الحمام`),
    unseen: terms(`دون علمها|بدون علمها|دون علمه|بدون علمه|من غير علمها|دون أن تعرف|دون ان تعرف|دون أن تدري|دون ان تدري|وهي لا تعلم|وهي لا تدري|وهي مش عارفة|خلسة|يتلصص|تلصص|يتجسس عليها`),
    privateRoom: terms(`غرفة نومها|غرفة النوم|غرفتها|غرفة الفندق`),
    surprise: terms(`مفاجأة|مفاجاة|مفاجئة`),
  },
  fa: {
    covertCam: terms(`دوربین مخفی|فیلمبرداری مخفی|عکس مخفیانه|مخفیانه عکس|عکس پنهانی|پنهانی عکس|دید زدن|دیدزدن`),
    privatePlace: terms(`رختکن|اتاق پرو|حمام|دستشویی`),
    privateMoment: terms(`دوش میگیرد|دوش می‌گیرد|دوش می گیرد|لباس عوض میکند|لباس عوض می‌کند|لباس عوض می کند|در حال تعویض لباس|پنجره حمام`),
    unseen: terms(`بدون اینکه بفهمد|بدون اینکه بداند|بی آنکه بداند|بدون اطلاع او|بدون اطلاعش|بدون اینکه متوجه شود|مخفیانه|پنهانی|یواشکی|دزدکی`),
    privateRoom: terms(`اتاق خواب|اتاقش|اتاق هتل`),
    surprise: terms(`سورپرایز|سوپرایز|غافلگیر*`),
  },
  he: {
    covertCam: terms(`מצלמה נסתרת|מצלמה חבויה|צילום נסתר|צולמה בסתר|צילמו אותה בסתר|מציצן|מציצנות`),
    privatePlace: terms(`חדר הלבשה|חדר הלבשה|תא מדידה|חדר מדידה|מקלחת|תא שירותים|בשירותים`),
    privateMoment: terms(`מתקלחת|מחליפה בגדים|מתפשטת`),
    unseen: terms(`בלי שהיא יודעת|בלי שתדע|בלי ידיעתה|ללא ידיעתה|היא לא יודעת|בסתר|בהיחבא|בגניבה|מציצ*`),
    privateRoom: terms(`חדר השינה|חדר שינה|החדר שלה|חדר במלון`),
    surprise: terms(`הפתעה|הפתעת`),
  },
  hi: {
    covertCam: terms(
      `chupke se li*|chupke se kheench*|chupke se khinch*|chupke se photo*|chupke se video*|chhupke se li*|chhup ke li*|chup ke li*|चुपके से ली*|चुपके से खींच*|चुपके से फोटो|चुपके से वीडियो|छिपा कैमरा|छुपा कैमरा|छिपे कैमरे|छुपे कैमरे|hidden camera se|chupa camera|chhupa camera`,
    ),
    privatePlace: terms(`washroom|चेंजिंग रूम|बाथरूम|शौचालय|changing room|bathroom`),
    privateMoment: terms(`कपड़े बदल*|kapde badal*|kapde badalte|nahate hue|nahate waqt|naha rahi|नहाते हुए|नहाते समय|नहा रही|kapde utaar*|कपड़े उतार*|बाथरूम की खिड़की`),
    unseen: terms(
      `chupke se|chhup ke|chup ke|चुपके से|छुपके से|uske bina jaane|uske jaane bina|bina uske jaane|use pata na chale|usko pata na chale|use pata nahi|usko pata nahi|bina bataye|उसे पता न चले|उसको पता न चले|उसे पता नहीं|उसके जाने बिना|उसकी जानकारी के बिना|बिना बताए|chori se|chori chori|चोरी से|चोरी चोरी|छुपकर|छिपकर|chhupkar|chupkar|jhaank*|jhank*|झांक*|झाँक*`,
    ),
    privateRoom: terms(`uske kamre|उसके कमरे|बेडरूम|शयनकक्ष`),
    surprise: terms(`सरप्राइज|सरप्राइज़`),
  },
  bn: {
    covertCam: terms(`গোপন ক্যামেরা|লুকানো ক্যামেরা|গোপনে তোলা|লুকিয়ে তোলা|গোপনে ছবি তোলা`),
    privatePlace: terms(`চেঞ্জিং রুম|বাথরুম|শৌচাগার|টয়লেট`),
    privateMoment: terms(`পোশাক বদলা*|জামা বদলা*|কাপড় বদলা*|গোসল|স্নান`),
    unseen: terms(`অজান্তে|না জানিয়ে|সে জানে না|গোপনে|লুকিয়ে|উঁকি`),
    privateRoom: terms(`শোবার ঘর|বেডরুম|হোটেলের ঘর`),
    surprise: terms(`সারপ্রাইজ|চমক`),
  },
  ur: {
    covertCam: terms(`چپکے سے لی|چپکے سے کھینچ*|چوری چھپے لی|خفیہ کیمرہ|چھپا کیمرہ|چھپے کیمرے|چوری چھپے تصویر`),
    privatePlace: terms(`غسل خانہ|غسلخانہ|باتھ روم|چینجنگ روم|بیت الخلا|واش روم`),
    privateMoment: terms(`کپڑے بدل*|کپڑے اتار*|نہاتے ہوئے|نہا رہی`),
    unseen: terms(`علم کے بغیر|لاعلمی میں|پتا نہ چلے|پتہ نہ چلے|بغیر بتائے|چوری چھپے|چپکے سے|چھپ کر|جھانک*`),
    privateRoom: terms(`بیڈروم|سونے کا کمرہ|اس کے کمرے|ہوٹل کے کمرے`),
    surprise: terms(`سرپرائز`),
  },
  id: {
    covertCam: terms(`kamera tersembunyi|kamera tersembunyi di|kamera pengintai|direkam diam diam|rekaman diam diam|difoto diam diam|foto diam diam|foto curian`),
    privatePlace: terms(`ruang ganti|kamar ganti|kamar mandi|toilet|ruang loker|bilik toilet`),
    privateMoment: terms(`ganti baju|berganti pakaian|ganti pakaian|sedang mandi|lagi mandi|saat mandi|waktu mandi|buka baju|jendela kamar mandi`),
    unseen: terms(
      `diam diam|secara diam diam|tanpa sepengetahuan|tanpa sepengetahuannya|tanpa dia tahu|tanpa dia sadari|tanpa dia sadar|dia tidak tahu|dia gak tahu|dia nggak tahu|tanpa disadari|mengintip|ngintip|diintip|sembunyi sembunyi`,
    ),
    privateRoom: terms(`kamar tidur|kamarnya|kamar hotel`),
    surprise: terms(`kejutan`),
  },
  ms: {
    covertCam: terms(`kamera tersembunyi|kamera tersorok|dirakam secara senyap|gambar curi|curi gambar|curi rakam`),
    privatePlace: terms(`bilik persalinan|bilik air|tandas|bilik mandi|bilik tukar`),
    privateMoment: terms(`sedang mandi|tengah mandi|tukar baju|salin pakaian|menukar pakaian`),
    unseen: terms(`diam diam|secara senyap|tanpa pengetahuannya|tanpa pengetahuan dia|tanpa dia sedar|tanpa dia tahu|dia tidak tahu|dia tak tahu|curi curi|skodeng|mengintai|mengintip|intai`),
    privateRoom: terms(`bilik tidur|biliknya|bilik hotel`),
    surprise: terms(`kejutan`),
  },
  vi: {
    covertCam: terms(`camera ẩn|camera an|camera giấu kín|quay lén|quay trộm|chụp lén|chup len|chụp trộm|chup trom|ảnh chụp lén|nhìn trộm|nhin trom`),
    privatePlace: terms(`phòng thay đồ|phong thay do|nhà tắm|nha tam|phòng tắm|nhà vệ sinh|buồng vệ sinh`),
    privateMoment: terms(`thay đồ|thay do|thay quần áo|đang tắm|dang tam|lúc tắm|khi tắm|cởi đồ|cửa sổ nhà tắm`),
    unseen: terms(`lén|lén lút|len lút|mà cô ấy không biết|cô ấy không biết|co ay khong biet|không để cô ấy biết|khong de co ay biet|không cho cô ấy biết|bí mật|rình`),
    privateRoom: terms(`phòng ngủ|phong ngu|phòng của cô ấy|phòng khách sạn|phong khach san`),
    surprise: terms(`bất ngờ|bat ngo`),
  },
  th: {
    covertCam: terms(`*กล้องแอบถ่าย*|*แอบถ่าย*|*กล้องซ่อน*|*ถ้ำมอง*`),
    privatePlace: terms(`*ห้องแต่งตัว*|*ห้องเปลี่ยนเสื้อผ้า*|*ห้องน้ำ*|*ห้องอาบน้ำ*|*ห้องส้วม*`),
    privateMoment: terms(`*เปลี่ยนเสื้อผ้า*|*อาบน้ำ*|*ถอดเสื้อผ้า*`),
    unseen: terms(`*โดยที่เธอไม่รู้*|*โดยไม่ให้เธอรู้*|*ไม่รู้ตัว*|*แอบ*`),
    privateRoom: terms(`*ห้องนอน*|*ห้องพักโรงแรม*`),
    surprise: terms(`*เซอร์ไพรส์*|*เซอไพรส์*`),
  },
  ja: {
    covertCam: terms(`隠しカメラ|盗撮|のぞき|覗き|隠し撮り|こっそり撮`),
    privatePlace: terms(`更衣室|試着室|シャワー室|トイレ|浴室|風呂|脱衣所|脱衣場|浴場`),
    privateMoment: terms(`着替え*|着替えて*|シャワー中|シャワーを浴び|入浴中`),
    unseen: terms(`こっそり|気づかれずに|気付かれずに|気づかれないように|気付かれないように|本人に内緒で|知らないうちに|本人が知らない|バレないように|ばれないように|隙間から`),
    privateRoom: terms(`寝室|彼女の部屋|ホテルの部屋`),
    surprise: terms(`サプライズ`),
  },
  zh: {
    covertCam: terms(`偷拍|隐藏摄像头|隱藏攝像頭|针孔摄像头|針孔攝影機|偷窥|偷窺|偷偷拍|偷摄|偷攝|偷录|偷錄|窥视|窺視`),
    privatePlace: terms(`更衣|更衣室|试衣间|試衣間|浴室|厕所|廁所|淋浴间|厕所隔间|廁所隔間|卫生间|衛生間|洗手间|洗手間`),
    privateMoment: terms(`换衣服|換衣服|换衣|換衣|洗澡|淋浴|沐浴|脱衣服|脫衣服`),
    unseen: terms(`偷偷|悄悄|她不知道|在她不知情|她不知情|不知情的情况下|背着她|背著她|瞒着她|瞞著她|偷看|趁她不注意|暗中`),
    privateRoom: terms(`卧室|臥室|她的房间|她的房間|酒店房间|酒店房間|宾馆房间`),
    surprise: terms(`惊喜|驚喜`),
  },
  ko: {
    covertCam: terms(`몰카|몰래카메라|몰래 카메라|도촬|숨겨진 카메라|몰래 찍`),
    privatePlace: terms(`탈의실|피팅룸|샤워실|화장실|목욕탕|욕실`),
    privateMoment: terms(`옷 갈아입*|갈아입는*|옷을 갈아입*|샤워하는|샤워 중|샤워중|목욕하는|목욕 중|옷 벗는|옷을 벗는`),
    unseen: terms(`몰래|모르게|모르는 사이|눈치 못 채게|눈치채지 못하게|들키지 않게|훔쳐보*|엿보*`),
    privateRoom: terms(`침실|그녀의 방|호텔 방|호텔방`),
    surprise: terms(`서프라이즈|깜짝`),
  },
  tl: {
    covertCam: terms(`hidden cam|nakatagong camera|patagong kinunan|palihim na kinunan|boso`),
    privatePlace: terms(`comfort room|cr ng mga babae|cr ng babae|banyo|palikuran|bihisan`),
    privateMoment: terms(`nagbibihis|naliligo|nagpapalit ng damit|naghuhubad`),
    unseen: terms(`nang hindi niya alam|ng hindi niya alam|hindi niya alam|palihim|patago|pasilip|sumisilip|sinisilip|nang lihim`),
    privateRoom: terms(`kwarto niya|kuwarto niya|silid tulugan|kwarto sa hotel`),
    surprise: terms(`sorpresa|surpresa`),
  },
  sw: {
    covertCam: terms(`kamera ya siri|kamera iliyofichwa|kamera za siri|kupigwa picha kwa siri|picha za siri`),
    privatePlace: terms(`chumba cha kubadilishia nguo|bafuni|choo|chooni|msalani`),
    privateMoment: terms(`akibadilisha nguo|anabadilisha nguo|kubadilisha nguo|akioga|anaoga`),
    unseen: terms(`bila yeye kujua|bila yeye kugundua|bila kujua kwake|kwa siri|kuchungulia|akichungulia|anachungulia|kumchungulia`),
    privateRoom: terms(`chumba cha kulala|chumbani kwake|chumba cha hoteli`),
    surprise: terms(`mshangao|sapraizi`),
  },
  el: {
    covertCam: terms(`κρυφή κάμερα|κρυφη καμερα|κρυφής κάμερας|κρυφης καμερας|κρυφά τραβηγμένη|κρυφα τραβηγμενη|ηδονοβλεψ*`),
    privatePlace: terms(`αποδυτήρι*|αποδυτηρι*|δοκιμαστήριο|δοκιμαστηριο|ντους|τουαλέτα|τουαλετα|μπάνιο|μπανιο`),
    privateMoment: terms(`αλλάζει ρούχα|αλλαζει ρουχα|γδύνεται|γδυνεται|κάνει μπάνιο|κανει μπανιο`),
    unseen: terms(
      `χωρίς να το ξέρει|χωρις να το ξερει|χωρίς να ξέρει|χωρις να ξερει|χωρίς να το καταλάβει|χωρις να το καταλαβει|εν αγνοία της|εν αγνοια της|δεν το ξέρει|δεν το ξερει|στα κρυφά|στα κρυφα|κρυφά|κρυφα|κρυφοκοιτ*|κρυφοκοίτ*`,
    ),
    privateRoom: terms(`υπνοδωμάτιο|υπνοδωματιο|κρεβατοκάμαρα|κρεβατοκαμαρα|δωμάτιο ξενοδοχείου|δωματιο ξενοδοχειου`),
    surprise: terms(`έκπληξη|εκπληξη`),
  },
  ro: {
    covertCam: terms(`cameră ascunsă|camera ascunsa|camere ascunse|fotografiată pe ascuns|fotografiata pe ascuns|filmată pe ascuns|filmata pe ascuns`),
    privatePlace: terms(`vestiar*|cabină de probă|cabina de proba|duș|toaletă|toaleta|baie`),
    privateMoment: terms(`își schimbă hainele|isi schimba hainele|se schimbă de haine|se schimba de haine|se dezbracă|se dezbraca|face duș|face dus`),
    unseen: terms(`fără să știe|fara sa stie|fără știrea ei|fara stirea ei|fără ca ea să știe|fara ca ea sa stie|ea nu știe|ea nu stie|pe ascuns|pe furiș|pe furis`),
    privateRoom: terms(`dormitor*|camera ei|camera de hotel`),
    surprise: terms(`surpriz*`),
  },
  hu: {
    covertCam: terms(`rejtett kamera*|rejtett kamerá*|titokban fényképezett|titokban fotózott|titokban lefotózott|titokban felvett|kukkoló*|kukkolo*`),
    privatePlace: terms(`öltöző*|oltozo*|próbafülke|probafulke|zuhany*|mosdó|mosdo|vécé|vece|wc|fürdőszob*|furdoszob*`),
    privateMoment: terms(`öltözik|oltozik|átöltöz*|atoltoz*|vetkőz*|vetkoz*|fürdik|furdik|zuhanyoz*`),
    unseen: terms(
      `a tudta nélkül|a tudta nelkul|tudta nélkül|tudta nelkul|anélkül hogy tudná|anelkul hogy tudna|úgy hogy nem tudja|ugy hogy nem tudja|titokban|lopva|kukucskál*|kukucskal*|leselked*|kukkol*`,
    ),
    privateRoom: terms(`hálószob*|haloszob*|a szobájában|a szobajaban|szállodai szob*|szallodai szob*`),
    surprise: terms(`meglepet*`),
  },
  cs: {
    covertCam: terms(`skrytá kamera|skryta kamera|skrytou kamerou|skryté kamery|skryte kamery|tajně vyfocen*|tajne vyfocen*|tajně natočen*|tajne natocen*|šmírák*|smirak*`),
    privatePlace: terms(`šatn*|satn*|zkušební kabink*|zkusebni kabink*|sprch*|záchod*|zachod*|toalet*|koupeln*`),
    privateMoment: terms(`převléká|prevleka|převlékání|prevlekani|svléká|svleka|koupe se`),
    unseen: terms(
      `bez jejího vědomí|bez jejiho vedomi|bez vědomí|bez vedomi|aniž by to věděla|aniz by to vedela|aniž by věděla|aniz by vedela|ona to neví|ona to nevi|tajně|tajne|potají|potaji|pokradmu|šmíruj*|smiruj*`,
    ),
    privateRoom: terms(`ložnic*|loznic*|jejím pokoji|jejim pokoji|hotelovém pokoji|hotelovem pokoji`),
    surprise: terms(`překvapení|prekvapeni`),
  },
  sk: {
    covertCam: terms(`skrytá kamera|skryta kamera|skrytou kamerou|tajne odfoten*|tajne nafoten*|šmírák*`),
    privatePlace: terms(`šatň*|satn*|skúšobná kabínka|skusobna kabinka|sprch*|záchod*|zachod*|toalet*|kúpeľň*|kupeln*`),
    privateMoment: terms(`prezlieka|prezliekanie|vyzlieka|kúpe sa|kupe sa`),
    unseen: terms(`bez jej vedomia|bez vedomia|aby o tom nevedela|ona to nevie|tajne|potajomky|ukradomky|šmíruj*|nakuk*`),
    privateRoom: terms(`spálň*|spaln*|jej izbe|hotelovej izbe`),
    surprise: terms(`prekvapeni*`),
  },
  sv: {
    covertCam: terms(`dold kamera|dolda kameror|dolda kameran|spionkamera|smygfotad*|smygfilmad*|smygtagen|smygbild*|fönstertittare|fonstertittare`),
    privatePlace: terms(`omklädningsrum*|omkladningsrum*|provrum*|dusch*|toalett*|badrum*`),
    privateMoment: terms(`byter om|klär av sig|klar av sig|duschar`),
    unseen: terms(`utan att hon vet|utan att hon märker|utan att hon marker|utan hennes vetskap|hon vet inte om det|i smyg|smygtitta*|tjuvkika*|tjuvtitta*`),
    privateRoom: terms(`sovrum*|hennes rum|hotellrum*`),
    surprise: terms(`överraskning*|overraskning*`),
  },
  da: {
    covertCam: terms(`skjult kamera|skjulte kamera*|spionkamera|hemmeligt fotograferet|hemmeligt filmet`),
    privatePlace: terms(`omklædningsrum*|omkladningsrum*|prøverum*|proverum*|bruser*|brusebad|toilet*|badeværelse*|badevaerelse*`),
    privateMoment: terms(`skifter tøj|skifter toj|klæder om|klaeder om|klæder sig af|tager bad`),
    unseen: terms(`uden at hun ved det|uden at hun ved|uden at hun opdager det|uden hendes viden|hun ved det ikke|i smug|hemmeligt|smugkig*|luret`),
    privateRoom: terms(`soveværelse*|sovevaerelse*|hendes værelse|hotelværelse*`),
    surprise: terms(`overraskelse*`),
  },
  nb: {
    covertCam: terms(`skjult kamera|skjulte kamera*|spionkamera|snikfotografert|snikfilmet|tatt i smug`),
    privatePlace: terms(`garderoben|garderober|prøverom*|proverom*|dusj*|toalett*|baderom*`),
    privateMoment: terms(`skifter klær|skifter klaer|kler av seg|dusjer`),
    unseen: terms(`uten at hun vet det|uten at hun vet|uten at hun merker det|uten hennes viten|hun vet det ikke|i smug|i hemmelighet|snikkikk*|smugtitt*`),
    privateRoom: terms(`soverom*|rommet hennes|hotellrom*`),
    surprise: terms(`overraskelse*`),
  },
  fi: {
    covertCam: terms(`piilokamera*|salaa kuvattu*|salakuva*|tirkistelij*`),
    privatePlace: terms(`pukuhuone*|sovituskoppi*|suihku*|vessa*|wc|kylpyhuone*`),
    privateMoment: terms(`suihkussa|vaihtaa vaatteita|vaihtamassa vaatteita|riisuutu*|peseytyy`),
    unseen: terms(`hänen tietämättään|tietämättään|tietamattaan|ilman että hän tietää|ilman etta han tietaa|hän ei tiedä|han ei tieda|salaa|kurkist*|tirkistel*|kurkkii`),
    privateRoom: terms(`makuuhuone*|hänen huoneessaan|hotellihuone*`),
    surprise: terms(`yllätys*|yllatys*`),
  },
  lo: { covertCam: terms(`*ກ້ອງລັບ*|*ກ້ອງແອບ*|*ແອບຖ່າຍ*`), privatePlace: terms(`*ຫ້ອງປ່ຽນເຄື່ອງ*|*ຫ້ອງນ້ຳ*|*ຫ້ອງອາບນ້ຳ*`) },
};
