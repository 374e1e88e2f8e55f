import { terms, type Lexicon } from './types.ts';

/**
 * Poses used sexually without a clothing word (the `pose` concept: bent over, on her knees, on all
 * fours, legs spread, back arched, straddling, sitting on his lap (his, not anyone's: a grandchild sits on a lap), kneeling before him), in the languages beside English
 * whose lexicons had none: each language's own everyday phrases, written from general knowledge of
 * the language, not from any request. The pose rule (rules.ts) needs a person beside the pose on a
 * supplied photo, or other sexual cues, before it counts as sexual, and the decision layer may still
 * read a pose in an everyday scene ("bend over to tie his shoes") as benign. Kneeling or bending on its
 * own is left out (children kneel to pray and bend to tie their shoes: with a minor named, any pose is a
 * floor); kneeling counts before someone. Merged by index.ts.
 */
export const POSES: Readonly<Record<string, Lexicon>> = {
  fr: {
    pose: terms(
      `penchée en avant|penchee en avant|penche toi|pencher en avant|à quatre pattes|a quatre pattes|jambes écartées|jambes ecartees|écarte les jambes|ecarte les jambes|écarter les jambes|cambre le dos|cambrée|cambree|à califourchon|a califourchon|assise sur ses genoux|sur ses genoux à lui|à genoux devant lui|a genoux devant lui`,
    ),
  },
  de: {
    pose: terms(
      `vornübergebeugt|vornubergebeugt|nach vorne gebeugt|beug dich vor|auf allen vieren|beine gespreizt|gespreizte beine|spreiz die beine|spreizt die beine|beine breit|hohlkreuz|rittlings|auf seinem schoß|auf seinem schoss|vor ihm kniend|vor ihm auf den knien|kniet vor ihm`,
    ),
  },
  es: {
    pose: terms(
      `inclinada hacia delante|inclinada hacia adelante|empinada|empínate|empinate|en cuatro|a cuatro patas|piernas abiertas|abre las piernas|abierta de piernas|espalda arqueada|a horcajadas|encima de él|sentada en sus piernas|sentada en su regazo|perreo|perreando|de rodillas frente a él|de rodillas ante él|de rodillas delante de él|arrodillada frente a él`,
    ),
  },
  it: {
    pose: terms(
      `piegata in avanti|chinata in avanti|a quattro zampe|a pecorina|gambe aperte|gambe divaricate|apri le gambe|schiena inarcata|a cavalcioni|seduta in braccio a lui|seduta sulle sue ginocchia|in ginocchio davanti a lui|inginocchiata davanti a lui`,
    ),
  },
  pt: {
    pose: terms(
      `curvada para frente|empinada|empina a bunda|de quatro|pernas abertas|abre as pernas|costas arqueadas|de cavalinho|em cima dele|sentada no colo dele|rebolando|de joelhos na frente dele|ajoelhada na frente dele`,
    ),
  },
  nl: {
    pose: terms(
      `voorover gebogen|voorovergebogen|buig voorover|op handen en voeten|op vier poten|benen gespreid|gespreide benen|benen wijd|spreid haar benen|holle rug|schrijlings|op zijn schoot|geknield voor hem|op haar knieën voor hem`,
    ),
  },
  pl: {
    pose: terms(
      `pochylona do przodu|wypięta|wypieta|na czworakach|rozłożone nogi|rozlozone nogi|rozłóż nogi|rozloz nogi|rozkraczona|wygięte plecy|okrakiem|na jego kolanach|klęcząca przed nim|na kolanach przed nim`,
    ),
  },
  ru: {
    pose: terms(
      `наклонившись вперёд|на четвереньках|раком|раздвинь ноги|раздвинутые ноги|раздвинув ноги|ноги врозь|прогнись|прогнувшись|верхом на нём|верхом на нем|на его коленях|на коленях перед ним|стоя на коленях перед ним`,
    ),
  },
  uk: {
    pose: terms(`рачки|розсунь ноги|розсунуті ноги|прогнись|верхи на ньому|на його колінах|на колінах перед ним`),
  },
  tr: {
    pose: terms(
      `öne eğil|one egil|öne eğilmiş|one egilmis|dört ayak|dort ayak|bacaklarını aç|bacaklarini ac|bacakları açık|bacaklari acik|belini kavisle|üstüne otur|ustune otur|önünde diz çök*|onunde diz cok*`,
    ),
  },
  id: {
    pose: terms(`membungkuk ke depan|mengangkang|ngangkang|buka kaki|buka kakinya|kaki terbuka|duduk di atasnya|berlutut di depannya|berlutut di depan dia`),
  },
  ms: {
    pose: terms(`menonggeng|tonggeng|kangkang|mengangkang|buka kaki|kaki terbuka|duduk di atas dia|berlutut di depannya`),
  },
  hi: {
    pose: terms(
      `jhuki hui|jhuka do|tangein khuli|taangein khuli|tange khuli|tangein failao|tangein faila|tange faila|usk upar baith|टांगें खोल|टाँगें खोल|झुका दो|uske saamne ghutno|uske samne ghutno|ghutno ke bal uske saamne`,
    ),
  },
  ar: {
    pose: terms(`منحنية للامام|منحنية للأمام|على اربع|على أربع|افتحي رجليك|رجليها مفتوحة|ساقيها مفتوحة|فاتحة رجليها|جالسة فوقه|راكعة أمامه|راكعة امامه|على ركبتيها أمامه`),
  },
  ja: {
    pose: terms(`四つん這い|よつんばい|M字開脚|開脚|股を開|脚を開|足を開|お尻を突き出|尻を突き出|馬乗り|騎乗位|彼の前にひざまず|彼の前で跪|男の前にひざまず`),
  },
  zh: {
    pose: terms(`趴着|翘臀|撅屁股|撅起|张开双腿|双腿张开|分开双腿|岔开腿|张开腿|弯腰翘|骑在他身上|坐在他腿上|四肢着地|跪在他面前|跪在他前面|跪在男人面前`),
  },
  ko: {
    pose: terms(`엎드려|엎드린|네발|다리 벌|다리를 벌|다리 벌린|허리 숙|엉덩이 내밀|엉덩이를 내밀|올라타|그 앞에 무릎|남자 앞에 무릎`),
  },
  vi: {
    pose: terms(`chổng mông|chong mong|bò bốn chân|bo bon chan|dạng chân|dang chan|banh chân|banh chan|cưỡi lên|cuoi len|quỳ trước mặt anh|quỳ trước anh ấy`),
  },
  he: {
    pose: terms(`מתכופפת קדימה|תתכופף קדימה|שתתכופף קדימה|על ארבע|רגליים פתוחות|רגליים מפוסקות|מפשקת רגליים|התחת למעלה|עם התחת למעלה|גב מקושת|כורעת מולו|על הברכיים מולו`),
  },
  fa: {
    pose: terms(`چهار دست و پا|پاهاش باز|پاهای باز|خم شده به جلو|خم شو جلو|قنبل|باسن به سمت دوربین|زانو زده جلوش|koonesh be doorbin|chahar dast o pa|paash baz`),
  },
  ur: {
    pose: terms(`ٹانگیں کھول|ٹانگیں کھلی|آگے جھکی|آگے جھک کر|چاروں ہاتھ پاؤں|پیچھے کا حصہ کیمرے|گھٹنوں کے بل اس کے سامنے`),
  },
  bn: {
    pose: terms(`পা ফাঁক করে|পা ছড়িয়ে|সামনে ঝুঁকে|হামাগুড়ি দিয়ে|নিতম্ব উঁচু করে|হাঁটু গেড়ে ওর সামনে`),
  },
  ta: {
    pose: terms(`கால்களை விரித்து|கால் விரித்து|முன்னால் குனிந்து|மண்டியிட்டு அவன் முன்|மல்லாக்க படுத்து கால்கள்`),
  },
  th: {
    pose: terms(`โก้งโค้ง|คุกเข่าหน้าเขา|อ้าขา|ถ่างขา|แยกขา|นอนคว่ำยกก้น|ยกก้น|หันก้นให้กล้อง|แอ่นหลัง`),
  },
  el: {
    pose: terms(`σκυμμένη μπροστά|σκυμμενη μπροστα|σκύψε μπροστά|στα τέσσερα|στα τεσσερα|ανοιχτά πόδια|ανοιχτα ποδια|ανοιχτά τα πόδια|γονατιστή μπροστά του|καμπυλωμένη πλάτη`),
  },
  ro: {
    pose: terms(
      `aplecată în față|aplecata in fata|în patru labe|in patru labe|picioarele desfăcute|picioarele desfacute|desface picioarele|în genunchi în fața lui|in genunchi in fata lui|spatele arcuit`,
    ),
  },
  hu: {
    pose: terms(`előrehajolva|elorehajolva|négykézláb|negykezlab|széttett lábakkal|szettett labakkal|terpeszben|térdel előtte|terdel elotte|homorít|homorit`),
  },
  sw: {
    pose: terms(`ainame mbele|inama mbele|kwa magoti na mikono|miguu wazi|panua miguu|apige magoti mbele yake|makalio juu`),
  },
  tl: {
    pose: terms(`nakatuwad|tumuwad|nakabuka ang hita|ibuka ang hita|nakaluhod sa harap niya|naka apat`),
  },
  sr: {
    pose: terms(
      `sagnuta|dupetom ka kameri|guzom prema kameri|na sve četiri|na sve cetiri|raširenih nogu|rasirenih nogu|raširene noge|rasirene noge|klečeći ispred njega|извијена леђа|сагнута|на све четири|раширених ногу`,
    ),
  },
  bg: {
    pose: terms(`наведена напред|на четири крака|разтворени крака|разкрачена|извита в гърба|коленичила пред него`),
  },
  cs: {
    pose: terms(`předkloněná|predklonena|na všech čtyřech|na vsech ctyrech|roztažené nohy|roztazene nohy|klečí před ním|kleci pred nim|prohnutá záda|prohnuta zada`),
  },
  sk: {
    pose: terms(`predklonená|predklonena|na všetkých štyroch|na vsetkych styroch|roztiahnuté nohy|roztiahnute nohy|kľačí pred ním|klaci pred nim`),
  },
  sv: {
    pose: terms(`framåtböjd|framatbojd|på alla fyra|pa alla fyra|benen isär|benen isar|särade ben|sarade ben|på knä framför honom|svankad rygg|rumpan mot kameran`),
  },
  da: {
    pose: terms(`foroverbøjet|foroverbojet|på alle fire|pa alle fire|spredte ben|benene spredt|på knæ foran ham|rumpen mod kameraet`),
  },
  nb: {
    pose: terms(`bøyd fremover|boyd fremover|på alle fire|pa alle fire|spredte ben|bena spredt|på kne foran ham|rumpa mot kameraet`),
  },
  fi: {
    pose: terms(`kumartunut eteenpäin|kumartunut eteenpain|nelinkontin|jalat levällään|jalat levallaan|jalat harallaan|polvillaan hänen edessään|pylly kameraa kohti`),
  },
};

/**
 * Taking away what hides the body ("quita el pixelado", "défloute", "把马赛克去掉": the `unveil`
 * concept) and asking to see all of it ("quiero verlo todo", "montre tout": `showAll`), and the word
 * for an uncensored version ("sin censura", "无码", "無修正": `nude`, as English "uncensored"), in the
 * languages beside English, which alone had them. Everyday phrases of each language, written from
 * general knowledge; the showAll rule needs an unveil cue or a person beside it.
 */
export const UNVEIL: Readonly<Record<string, Lexicon>> = {
  fr: {
    unveil: terms(
      `défloute|deflouter|défloute tout|enlève le flou|enleve le flou|retire le flou|enlève la pixellisation|enleve la pixellisation|dépixelise|depixelise|enlève la mosaïque|enleve la mosaique|enlève la censure|enleve la censure|enlève l autocollant|enlève l émoji`,
    ),
    showAll: terms(`je veux tout voir|montre tout|montre moi tout|qu on voie tout|que l on voie tout`),
    nude: terms(`sans censure|version non censurée|version non censuree|non censurée|non censuree`),
  },
  es: {
    unveil: terms(
      `quita el pixelado|quita el pixelado de|quita el desenfoque|quita el difuminado|despixela|desenfoca|quita la censura|quita el mosaico|quita la barra negra|quita el emoji|quita la pegatina`,
    ),
    showAll: terms(`quiero verlo todo|quiero ver todo|muéstralo todo|muestralo todo|enséñalo todo|ensenalo todo|que se vea todo`),
    nude: terms(`sin censura|versión sin censura|version sin censura`),
  },
  it: {
    unveil: terms(`togli la sfocatura|togli il blur|togli la pixelatura|togli il mosaico|togli la censura|togli la barra nera|togli l emoji`),
    showAll: terms(`voglio vedere tutto|fammi vedere tutto|mostra tutto`),
    nude: terms(`senza censura|versione senza censura|non censurata`),
  },
  pt: {
    unveil: terms(`tira o desfoque|tira o borrado|tira a pixelização|tira a pixelizacao|tira o mosaico|tira a censura|tira a tarja|tira o emoji`),
    showAll: terms(`quero ver tudo|mostra tudo|deixa ver tudo`),
    nude: terms(`sem censura|versão sem censura|versao sem censura`),
  },
  de: {
    unveil: terms(
      `zensur entfernen|entferne die zensur|die zensur entfernen|mosaik entfernen|entferne das mosaik|balken entfernen|entferne die unschärfe|entferne die unscharfe|unschärfe weg|unscharfe weg|verpixelung weg|entpixel*|mosaik weg|zensur weg|balken weg|den balken entfernen`,
    ),
    showAll: terms(`ich will alles sehen|zeig alles|zeig mir alles`),
    nude: terms(`unzensiert*|ohne zensur`),
  },
  nl: {
    unveil: terms(`haal de blur weg|haal de vervaging weg|haal de pixels weg|haal de censuur weg|haal de balk weg`),
    showAll: terms(`ik wil alles zien|laat alles zien`),
    nude: terms(`ongecensureerd*|zonder censuur`),
  },
  pl: {
    unveil: terms(`usuń rozmycie|usun rozmycie|usuń pikselizację|usun pikselizacje|usuń cenzurę|usun cenzure|usuń mozaikę|usun mozaike`),
    showAll: terms(`chcę widzieć wszystko|chce widziec wszystko|pokaż wszystko|pokaz wszystko`),
    nude: terms(`bez cenzury|nieocenzurowan*`),
  },
  ru: {
    unveil: terms(`убери размытие|убери блюр|убери пиксели|убери мозаику|убери цензуру|убери чёрную полосу|убери черную полосу|убери смайлик`),
    showAll: terms(`хочу видеть всё|хочу видеть все|покажи всё|покажи все`),
    nude: terms(`без цензуры|нецензурированн*`),
  },
  uk: {
    unveil: terms(`прибери розмиття|прибери блюр|прибери пікселі|прибери мозаїку|прибери цензуру`),
    showAll: terms(`хочу бачити все|покажи все`),
    nude: terms(`без цензури`),
  },
  tr: {
    unveil: terms(`bulanıklığı kaldır|bulanikligi kaldir|sansürü kaldır|sansuru kaldir|mozaiği kaldır|mozaigi kaldir|pikselleri kaldır|pikselleri kaldir|emojiyi kaldır`),
    showAll: terms(`her şeyi görmek istiyorum|her seyi gormek istiyorum|her şeyi göster|her seyi goster`),
    nude: terms(`sansürsüz|sansursuz`),
  },
  id: {
    unveil: terms(`hapus blur|hapus blurnya|hilangkan blur|hapus sensor|hapus sensornya|hapus mosaik|hapus pikselnya`),
    showAll: terms(`mau lihat semuanya|tunjukkan semuanya|kelihatan semua`),
    nude: terms(`tanpa sensor|versi tanpa sensor|tanpa sensoran`),
  },
  vi: {
    unveil: terms(`xóa mờ|xoa mo|bỏ làm mờ|bo lam mo|xóa che|bỏ che|xóa mosaic|bỏ mosaic|xóa kiểm duyệt`),
    showAll: terms(`muốn xem hết|muon xem het|cho xem hết|cho xem het`),
    nude: terms(`không che|khong che|không kiểm duyệt|khong kiem duyet|không che tên|bản không che`),
  },
  zh: {
    unveil: terms(`马赛克去掉|去掉马赛克|去马赛克|去除马赛克|把马赛克去|把码去掉|打码去掉|去掉打码|模糊去掉|去掉模糊|馬賽克去掉|去掉馬賽克`),
    showAll: terms(`全部露出|都露出来|全都看到|下面的|看全部`),
    nude: terms(`无码|無碼|去码|去碼|无修正|無修正版`),
  },
  ja: {
    unveil: terms(`モザイク除去|モザイクを消して|モザイク消して|モザイクを外して|ぼかしを消して|ぼかし消して|ぼかしを取って`),
    showAll: terms(`全部見せて|全部見たい|全部見える`),
    nude: terms(`無修正|モザイクなし|モザイク無し|湯気なし|謎の光なし|謎光なし|規制なし`),
  },
  ko: {
    unveil: terms(`모자이크 제거|모자이크 지워|모자이크 없애|블러 지워|블러 제거|검열 지워`),
    showAll: terms(`다 보여줘|전부 보여줘|다 보이게`),
    nude: terms(`검열 없는|무삭제|무수정|노모|무검열`),
  },
  th: {
    unveil: terms(`ลบโมเสก|เอาโมเสกออก|ลบเบลอ|เอาเบลอออก|ลบเซ็นเซอร์`),
    showAll: terms(`อยากเห็นทั้งหมด|ให้เห็นทั้งหมด|โชว์ทั้งหมด`),
    nude: terms(`ไม่เซ็นเซอร์|ไม่มีเซ็นเซอร์|ไม่เซ็น`),
  },
  ar: {
    unveil: terms(`شيل البلور|شيل الضباب|شيل التشويش|شيل الموزاييك|ازل التشويش|إزالة التشويش|شيل الرقابة|شيل الإيموجي`),
    showAll: terms(`بدي شوف كل شي|اريد ان ارى كل شيء|ورجيني كل شي|خليني اشوف كل شي`),
    nude: terms(`بدون رقابة|بدون تشفير|بدون سنسر`),
  },
  hi: {
    unveil: terms(`blur hata do|blur hatao|censor hata do|censor hatao|mosaic hata do|ब्लर हटा|सेंसर हटा`),
    showAll: terms(`sab dikhao|sab kuch dikhao|सब दिखाओ|सब कुछ दिखाओ`),
    nude: terms(`bina censor|बिना सेंसर`),
  },
};
