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
