import { terms, type Lexicon } from './types.ts';

/**
 * Postures and acts that the learned classifier reads as sexual but that everyday life names (everyday.ts):
 * - `everyday`: the occasion that explains a posture or an act: a proposal on one knee with a ring (down on one
 *   knee, a proposal, an engagement ring), riding an animal or a bicycle (a horse, a pony, a camel, a bike, a
 *   carousel), eating an ice cream, a hug or an embrace. With no undressing, nudity or sexual word in the
 *   request, it tells the decision layer the request is about that occasion (prompt-screener.ts, maskedThing).
 * - `exercise`: yoga, pilates, stretching, gymnastics, ballet, a workout, physiotherapy: the practice in which
 *   legs apart or bending over is an exercise's pose (everyday.ts, exercisePoses).
 * - `mask`: the names of yoga poses that hold a word for a child ("happy baby", "child's pose").
 * Written for this round from the author's knowledge of the languages, no request's sentence; merged into each
 * language's lexicon (index.ts). Short words that are common words of other languages (Turkish "at", Danish
 * "is", Chinese 马 of 马上) are left out or written inside a phrase.
 */
export const EVERYDAY: Readonly<Record<string, Lexicon>> = {
  en: {
    everyday: terms(
      `on one knee|one knee|down on one knee|propose|proposes|proposing|proposal|marriage proposal|engagement ring|will you marry me|marry me|horse|horses|pony|ponies|donkey|camel|horseback|horse riding|bicycle|bicycles|bike ride|carousel|merry go round|ice cream|ice cream cone|ice lolly|hug|hugs|hugging|embrace|embraces|embracing|group hug`,
    ),
    exercise: terms(
      `yoga|yoga pose|yoga class|pilates|stretching|stretches|gymnastics|gymnast|ballet|ballerina|workout|exercise|exercises|physiotherapy|physio|physical therapy|asana|calisthenics|warm up|aerobics|fitness`,
    ),
    mask: terms(`happy baby|happy baby pose|child s pose|childs pose|child pose`),
  },
  fr: {
    everyday: terms(
      `un genou à terre|genou à terre|un genou a terre|genou a terre|sur un genou|demande en mariage|demander en mariage|fiançailles|fiancailles|bague de fiançailles|bague de fiancailles|veux tu m épouser|cheval|chevaux|poney|poneys|âne|chameau|vélo|velo|bicyclette|manège|manege|glace|cornet de glace|crème glacée|creme glacee|câlin|calin|se serrent dans les bras|se prennent dans les bras`,
    ),
    exercise: terms(`yoga|pilates|étirement*|etirement*|gymnastique|gymnaste|danse classique|ballet|entraînement|entrainement|exercice*|kiné|kine|kinésithérapie|fitness|échauffement|echauffement`),
    mask: terms(`posture de l enfant|posture du bébé heureux|bébé heureux|bebe heureux`),
  },
  de: {
    everyday: terms(
      `auf ein knie|auf einem knie|heiratsantrag|verlobungsring|verlobung|willst du mich heiraten|pferd|pferde|pferderücken|pony|ponys|esel|kamel|reitet auf einem pferd|reiten|fahrrad|karussell|eiscreme|eistüte|eistute|speiseeis|umarmen|umarmt|umarmung|umarmen sich|umarmt sich`,
    ),
    exercise: terms(`yoga|pilates|dehnübung*|dehnubung*|dehnen|gymnastik|turnen|turnerin|ballett|training|übung*|ubung*|physiotherapie|krankengymnastik|fitness|aufwärm*|yogamatte`),
    mask: terms(`stellung des kindes|kindhaltung|glückliches baby|gluckliches baby`),
  },
  es: {
    everyday: terms(
      `una rodilla|rodilla en el suelo|pedida de mano|propuesta de matrimonio|pedirle matrimonio|pide matrimonio|anillo de compromiso|cásate conmigo|casate conmigo|caballo|caballos|poni|ponis|burro|camello|bicicleta|carrusel|tiovivo|helado|cucurucho|abrazo|abrazados|abrazadas|se abrazan|abrazándose|abrazandose`,
    ),
    exercise: terms(`yoga|pilates|estiramiento*|gimnasia|gimnasta|ballet|entrenamiento|ejercicio*|fisioterapia|esterilla|calentamiento|fitness`),
    mask: terms(`postura del niño|postura del nino|bebé feliz|bebe feliz`),
  },
  it: {
    everyday: terms(
      `su un ginocchio|in ginocchio con l anello|proposta di matrimonio|chiede la mano|anello di fidanzamento|fidanzamento|mi vuoi sposare|sposami|cavallo|cavalli|pony|asino|cammello|bicicletta|giostra|gelato|cono gelato|abbraccio|si abbracciano|abbracciati|abbracciate`,
    ),
    exercise: terms(`yoga|pilates|stretching|allungamento|ginnastica|ginnasta|danza classica|balletto|allenamento|esercizi*|fisioterapia|tappetino|riscaldamento|fitness`),
    mask: terms(`posizione del bambino|bambino felice`),
  },
  pt: {
    everyday: terms(
      `um joelho|de joelho com|pedido de casamento|pede em casamento|pedir em casamento|anel de noivado|noivado|casa comigo|cavalo|cavalos|pônei|ponei|burro|camelo|bicicleta|carrossel|sorvete|casquinha|abraço|abraco|abraçados|abracados|se abraçam|se abracam|abraçando|abracando`,
    ),
    exercise: terms(`ioga|yoga|pilates|alongamento*|ginástica|ginastica|ginasta|balé|bale|ballet|treino|exercício*|exercicio*|fisioterapia|aquecimento`),
    mask: terms(`postura da criança|postura da crianca|bebê feliz|bebe feliz`),
  },
  nl: {
    everyday: terms(
      `op één knie|op een knie|aanzoek|huwelijksaanzoek|verlovingsring|verloving|wil je met me trouwen|paard|paarden|pony|ezel|kameel|fiets|draaimolen|ijsje|knuffel|knuffelen|omhelzen|omhelzing|omhelst`,
    ),
    exercise: terms(`yoga|pilates|rekoefening*|stretchen|gymnastiek|turnen|ballet|training|oefening*|fysiotherapie|yogamat|warming up`),
    mask: terms(`kindhouding|happy baby`),
  },
  pl: {
    everyday: terms(
      `na jedno kolano|na jednym kolanie|oświadczyny|oswiadczyny|oświadcza się|oswiadcza sie|pierścionek zaręczynowy|pierscionek zareczynowy|zaręczyny|zareczyny|wyjdziesz za mnie|konia|koniu|koniku|kucyk*|osioł|osiol|osiołku|wielbłąd*|wielblad*|rower|rowerze|karuzel*|lody|lodem|wafelek|wafelku|rożek|rozek|rożku|rozku|przytulają|przytulaja|przytulają się|przytula|uścisk|uscisk|obejmują się|obejmuja sie`,
    ),
    exercise: terms(`joga|jogi|jogę|joge|jogą|joga|pilates|rozciąganie|rozciaganie|ćwiczenia|cwiczenia|ćwiczenie|cwiczenie|gimnastyka|gimnastyczka|balet|trening|fizjoterapia|mata do jogi|rozgrzewka`),
    mask: terms(`pozycja dziecka|szczęśliwe dziecko|szczesliwe dziecko`),
  },
  ru: {
    everyday: terms(
      `на одно колено|на одном колене|предложение руки|делает предложение|сделать предложение|помолвочное кольцо|помолвка|выходи за меня|лошадь|лошади|лошадке|лошадку|пони|ослик|верблюд|верблюде|велосипед|велосипеде|карусель|карусели|мороженое|мороженым|эскимо|обнимаются|обнимает|обнимать|обнимашки|объятия|объятиях`,
    ),
    exercise: terms(
      `йога|йоги|йогой|йогу|пилатес|растяжка|растяжку|растяжке|гимнастика|гимнастикой|гимнастка|балет|тренировка|тренировке|упражнение|упражнения|физиотерапия|коврик для йоги|разминка|фитнес`,
    ),
    mask: terms(`поза ребенка|поза ребёнка|счастливый ребенок|счастливого ребенка`),
  },
  uk: {
    everyday: terms(
      `на одне коліно|на одному коліні|освідчується|освідчення|заручини|заручальна каблучка|каблучкою|кінь|коня|коні|поні|віслюк|верблюд|велосипед|велосипеді|карусель|морозиво|морозивом|обіймаються|обіймає|обійми|обіймах`,
    ),
    exercise: terms(`йога|йоги|йогою|пілатес|розтяжка|розтяжку|гімнастика|гімнастикою|балет|тренування|вправа|вправи|фізіотерапія|розминка`),
  },
  bg: {
    everyday: terms(`на едно коляно|предложение за брак|годежен пръстен|годеж|коня|пони|магаре|камила|велосипед|въртележка|сладолед|прегръщат|прегръдка`),
    exercise: terms(`йога|пилатес|разтягане|гимнастика|балет|тренировка|упражнение|упражнения`),
  },
  cs: {
    everyday: terms(
      `na jedno koleno|na jednom koleni|žádost o ruku|zadost o ruku|požádá o ruku|pozada o ruku|zásnubní prsten|zasnubni prsten|zásnuby|zasnuby|vezmeš si mě|vezmes si me|koníkovi|konikovi|poník*|ponik*|velbloud*|kolotoč*|kolotoc*|zmrzlin*|objímají|objimaji|objímají se|objímá|objima|objetí|objeti|obejmutí|obejmuti`,
    ),
    exercise: terms(`jóga|joga|jógy|jogy|jógu|jogu|pilates|protahování|protahovani|protažení|protazeni|gymnastika|balet|trénink|trenink|cvičení|cviceni|fyzioterapie|rozcvička|rozcvicka`),
  },
  sk: {
    everyday: terms(
      `na jedno koleno|žiadosť o ruku|ziadost o ruku|požiada o ruku|poziada o ruku|zásnubný prsteň|zasnubny prsten|zásnuby|zasnuby|poník*|ponik*|bicykel|bicykli|kolotoč*|kolotoc*|zmrzlin*|objímajú|objimaju|objíma|objima|objatie`,
    ),
    exercise: terms(`joga|jógy|jogy|pilates|strečing|strecing|naťahovanie|natahovanie|gymnastika|balet|tréning|trening|cvičenie|cvicenie|fyzioterapia`),
  },
  hu: {
    everyday: terms(
      `fél térdre|fel terdre|féltérdre|felterdre|lánykérés|lanykeres|megkéri a kezét|megkeri a kezet|eljegyzési gyűrű|eljegyzesi gyuru|eljegyzés|eljegyzes|lovon|lovat|lovagolni lovon|póni*|poni*|szamár*|szamar*|teve*|bicikli*|kerékpár*|kerekpar*|körhinta*|korhinta*|fagyi*|fagylalt*|ölelkez*|olelkez*|átöleli|atoleli|ölelés|oleles`,
    ),
    exercise: terms(`jóga|joga|jógáz*|jogaz*|pilates|nyújtás|nyujtas|torna|gimnasztika|balett|edzés|edzes|gyakorlat*|gyógytorna|gyogytorna`),
  },
  ro: {
    everyday: terms(
      `un genunchi|într un genunchi|intr un genunchi|cerere în căsătorie|cerere in casatorie|cere în căsătorie|cere in casatorie|inel de logodnă|inel de logodna|logodnă|logodna|calul|calului|ponei|măgar|magar|cămilă|camila|bicicletă|bicicleta|carusel|înghețată|inghetata|se îmbrățișează|se imbratiseaza|îmbrățișare|imbratisare|îmbrățișați|imbratisati`,
    ),
    exercise: terms(`yoga|pilates|întinderi|intinderi|stretching|gimnastică|gimnastica|balet|antrenament|exercițiu|exercitiu|exerciții|exercitii|fizioterapie|încălzire|incalzire`),
  },
  el: {
    everyday: terms(
      `στο ένα γόνατο|σε ένα γόνατο|πρόταση γάμου|κάνει πρόταση|δαχτυλίδι αρραβώνων|αρραβώνας|αρραβωνας|άλογο|αλογο|άλογα|αλογα|πόνι|πονι|γαϊδούρι|γαιδουρι|καμήλα|καμηλα|ποδήλατο|ποδηλατο|καρουζέλ|καρουζελ|ιππασία|ιππασια|παγωτό|παγωτο|αγκαλιάζονται|αγκαλιαζονται|αγκαλιά|αγκαλια|αγκαλιάζει|αγκαλιαζει`,
    ),
    exercise: terms(`γιόγκα|γιογκα|πιλάτες|πιλατες|διατάσεις|διατασεις|γυμναστική|γυμναστικη|μπαλέτο|μπαλετο|προπόνηση|προπονηση|άσκηση|ασκηση|ασκήσεις|ασκησεις|φυσικοθεραπεία|φυσικοθεραπεια`),
  },
  sv: {
    everyday: terms(
      `på ett knä|pa ett kna|på ena knät|frieri|friar|förlovningsring|forlovningsring|förlovning|forlovning|vill du gifta dig med mig|häst|hast|hästen|hasten|hästar|hastar|ponny|ponnyn|åsna|asna|kamel|cykel|cykeln|karusell|glassen|glasstrut|äter glass|ater glass|kramas|kramar|kram`,
    ),
    exercise: terms(`yoga|pilates|stretching|stretcha|gymnastik|balett|träning|traning|övning|ovning|övningar|ovningar|sjukgymnastik|yogamatta|uppvärmning|uppvarmning`),
  },
  da: {
    everyday: terms(`på et knæ|pa et knae|frieri|frier|forlovelsesring|forlovelse|hest|heste|hesten|pony|æsel|aesel|kamel|cykel|karrusel|isvaffel|spiser is|krammer|kram|omfavner`),
    exercise: terms(`yoga|pilates|udstrækning|udstraekning|gymnastik|ballet|træning|traening|øvelse|ovelse|fysioterapi|opvarmning`),
  },
  nb: {
    everyday: terms(`på ett kne|på et kne|pa et kne|frieri|frir|forlovelsesring|forlovelse|hest|hesten|hester|ponni|esel|kamel|sykkel|karusell|iskrem|klemmer|klem|omfavner`),
    exercise: terms(`yoga|pilates|tøying|toying|tøyning|toyning|gymnastikk|ballett|trening|øvelse|ovelse|fysioterapi|oppvarming`),
  },
  fi: {
    everyday: terms(
      `toisella polvella|polvistuu sormuksen|kosinta|kosii|kihlasormus|kihlaus|hevonen|hevosella|hevosen|poni|ponilla|aasi|kameli|polkupyörä|polkupyora|pyörällä|pyoralla|karuselli|jäätelö*|jaatelo*|halaavat|halaus|halaa`,
    ),
    exercise: terms(`jooga|joogaa|joogassa|pilates|venyttely|venytys|voimistelu|baletti|treeni|harjoitus|fysioterapia|lämmittely|lammittely`),
  },
  tr: {
    everyday: terms(
      `tek diz|tek dizinin|tek dizinin üstüne|evlenme teklifi|teklif ediyor|nişan yüzüğü|nisan yuzugu|benimle evlenir misin|ata biniyor|ata binen|ata binmiş|ata binmis|at biniyor|atına binmiş|at üstünde|at ustunde|midilli*|eşek|esek|deve|deveye|bisiklet*|atlıkarınca|atlikarinca|dondurma*|sarılıyor|sariliyor|sarılıyorlar|sariliyorlar|sarılmış|sarilmis|kucaklaşıyor|kucaklasiyor`,
    ),
    exercise: terms(`yoga|pilates|esneme|germe|jimnastik|bale|antrenman|egzersiz|fizyoterapi|yoga matı|yoga mati|ısınma|isinma`),
  },
  ja: {
    everyday: terms(`片膝|プロポーズ|婚約指輪|婚約|結婚してください|乗馬|馬に乗|ポニー|ロバ|ラクダ|自転車|メリーゴーランド|アイスクリーム|ソフトクリーム|ハグ|抱き合|抱擁`),
    exercise: terms(`ヨガ|ピラティス|ストレッチ|体操|バレエ|トレーニング|エクササイズ|柔軟体操|リハビリ`),
    mask: terms(`ハッピーベイビー|チャイルドポーズ|子供のポーズ`),
  },
  zh: {
    everyday: terms(
      `单膝|單膝|求婚|订婚戒指|訂婚戒指|订婚|訂婚|嫁给我|嫁給我|骑马|騎馬|马背|馬背|小马|小馬|矮马|驴|驢|骆驼|駱駝|自行车|自行車|单车|單車|旋转木马|旋轉木馬|冰淇淋|冰激凌|雪糕|拥抱|擁抱|抱在一起`,
    ),
    exercise: terms(`瑜伽|普拉提|拉伸|伸展|体操|體操|芭蕾|训练|訓練|锻炼|鍛鍊|健身|康复|復健|复健`),
    mask: terms(`快乐婴儿式|快樂嬰兒式|婴儿式|嬰兒式|婴儿式|儿童式|兒童式`),
  },
  ko: {
    everyday: terms(`한쪽 무릎|프러포즈|프로포즈|청혼|약혼반지|약혼|결혼해 줄래|말을 타|승마|조랑말|당나귀|낙타|자전거|회전목마|아이스크림|포옹|껴안`),
    exercise: terms(`요가|필라테스|스트레칭|체조|발레|트레이닝|재활`),
    mask: terms(`해피 베이비|아기 자세|아이 자세`),
  },
  th: {
    everyday: terms(`คุกเข่าข้างเดียว|ขอแต่งงาน|แหวนหมั้น|หมั้น|ขี่ม้า|ม้าแคระ|โพนี่|อูฐ|จักรยาน|ม้าหมุน|ไอศกรีม|ไอติม|กอด`),
    exercise: terms(`โยคะ|พิลาทิส|ยืดเหยียด|ยิมนาสติก|บัลเล่ต์|ออกกำลังกาย|กายภาพบำบัด`),
  },
  vi: {
    everyday: terms(
      `quỳ một chân|quy mot chan|cầu hôn|cau hon|nhẫn cầu hôn|nhẫn đính hôn|nhan dinh hon|đính hôn|dinh hon|cưỡi ngựa|cuoi ngua|ngựa con|ngua con|con ngựa|con ngua|lạc đà|lac da|xe đạp|xe dap|đu quay|du quay|ngựa gỗ|ngua go|ăn kem|an kem|que kem|ôm nhau|om nhau|ôm chầm|om cham`,
    ),
    exercise: terms(`yoga|pilates|giãn cơ|gian co|kéo giãn|keo gian|thể dục|the duc|ba lê|ba le|tập luyện|tap luyen|vật lý trị liệu|vat ly tri lieu`),
  },
  id: {
    everyday: terms(
      `satu lutut|berlutut dengan satu|melamar|lamaran|cincin tunangan|cincin lamaran|menikahlah denganku|kuda|naik kuda|kuda poni|keledai|unta|sepeda|komidi putar|korsel|es krim|berpelukan|memeluk|pelukan`,
    ),
    exercise: terms(`yoga|pilates|peregangan|senam|balet|latihan|olahraga|fisioterapi|matras yoga`),
  },
  ms: {
    everyday: terms(`satu lutut|melamar|lamaran|cincin tunang|cincin pertunangan|kahwinlah dengan saya|kuda|naik kuda|kuda padi|keldai|unta|basikal|karusel|aiskrim|berpelukan|memeluk|pelukan`),
    exercise: terms(`yoga|pilates|regangan|senaman|balet|latihan|fisioterapi`),
  },
  tl: {
    everyday: terms(
      `isang tuhod|nagpropose|magpropose|nag propose|mag propose|engagement ring|singsing sa engagement|pakasalan mo ako|kabayo|kabayong|asno|kamelyo|bisikleta|karusel|sorbetes|nagyayakapan|niyayakap|yakap`,
    ),
    exercise: terms(`yoga|pilates|pag uunat|himnastiko|ballet|ehersisyo`),
  },
  hi: {
    everyday: terms(
      `एक घुटने|प्रपोज|शादी का प्रस्ताव|सगाई की अंगूठी|सगाई|घोड़ा|घोड़े|घोड़ी|घोडा|घोडे|घोडी|टट्टू|पोनी|गधा|गधे|ऊंट|ऊँट|साइकिल|झूला|आइसक्रीम|कुल्फी|गले लग|गले मिल|आलिंगन|ek ghutne|shaadi ka proposal|sagai|ghoda|ghodi|ghode|gadha|oont|ice cream|kulfi|gale lag|gale mil`,
    ),
    exercise: terms(`योग|योगा|योगासन|पिलाटेस|स्ट्रेचिंग|व्यायाम|कसरत|जिमनास्टिक|बैले|फिजियोथेरेपी|yoga|vyayam|kasrat|stretching`),
  },
  ur: {
    everyday: terms(`ایک گھٹنے|پرپوز|شادی کی پیشکش|منگنی کی انگوٹھی|منگنی|گھوڑا|گھوڑے|گھوڑی|گدھا|اونٹ|سائیکل|آئس کریم|قلفی|گلے لگ|گلے مل`),
    exercise: terms(`یوگا|ورزش|اسٹریچنگ|جمناسٹک|فزیوتھراپی`),
  },
  bn: {
    everyday: terms(`এক হাঁটু|প্রপোজ|বিয়ের প্রস্তাব|বাগদানের আংটি|বাগদান|ঘোড়া|ঘোড়ায়|টাট্টু|গাধা|উট|সাইকেল|আইসক্রিম|জড়িয়ে ধর|আলিঙ্গন`),
    exercise: terms(`যোগব্যায়াম|যোগাসন|ব্যায়াম|স্ট্রেচিং|জিমন্যাস্টিক|ফিজিওথেরাপি`),
  },
  ta: {
    everyday: terms(`ஒரு முழங்கால்|ப்ரபோஸ்|திருமண முன்மொழிவு|நிச்சயதார்த்த மோதிரம்|நிச்சயதார்த்தம்|குதிரை|கழுதை|ஒட்டகம்|சைக்கிள்|ஐஸ்கிரீம்|கட்டிப்பிடி`),
    exercise: terms(`யோகா|உடற்பயிற்சி|ஸ்ட்ரெச்சிங்|பிசியோதெரபி`),
  },
  ar: {
    everyday: terms(
      `ركبة واحدة|عرض زواج|طلب يدها|يطلب يدها|خاتم خطوبة|خاتم الخطوبة|خطوبة|تتزوجيني|حصان|حصانا|الخيل|بوني|حمار|جمل|دراجة|الملاهي|آيس كريم|ايس كريم|بوظة|مثلجات|يحضن|يحضنون|يحضنوا|عناق|يتعانقون|يتعانقان`,
    ),
    exercise: terms(`يوغا|يوجا|بيلاتس|تمارين|تمرين|تمدد|إطالة|جمباز|باليه|رياضة|علاج طبيعي`),
  },
  fa: {
    everyday: terms(`یک زانو|روی یک زانو|خواستگاری|حلقه نامزدی|نامزدی|اسب|کره اسب|الاغ|شتر|دوچرخه|چرخ و فلک|بستنی|بغل کرد|بغل کردن|بغل میکن|در آغوش گرفت`),
    exercise: terms(`یوگا|پیلاتس|حرکات کششی|ژیمناستیک|باله|تمرین|ورزش|فیزیوتراپی`),
  },
  he: {
    everyday: terms(`על ברך אחת|הצעת נישואין|מציע נישואין|טבעת אירוסין|אירוסין|תתחתני איתי|סוס|סוסים|פוני|גמל|אופניים|קרוסלה|גלידה|מתחבקים|מתחבקות|חיבוק|מחבק|מחבקת`),
    exercise: terms(`יוגה|פילאטיס|מתיחות|מתיחה|התעמלות|בלט|אימון|תרגיל|פיזיותרפיה`),
  },
  sw: {
    everyday: terms(`goti moja|kupiga goti|anamposa|kumposa|posa|pete ya uchumba|uchumba|farasi|punda|ngamia|baiskeli|aiskrimu|wanakumbatiana|anamkumbatia|kumbatia|kukumbatia`),
    exercise: terms(`yoga|mazoezi|kunyoosha viungo|jimnastiki|fiziotherapia`),
  },
};
