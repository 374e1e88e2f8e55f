import { terms, type Lexicon } from './types.ts';

/**
 * Two families of words English had and the other languages lacked. Body size: "make her chest bigger"
 * in every covered language: the words of enlarging (`enlarge`) and the
 * body parts whose enlargement sexualises (`bodyPart`: chest, breasts, buttocks, hips). English had
 * them since the first lexicon; the other languages had only their slang body words
 * (`sexualBody`), so "كبر صدرها", "תגדיל לה את החזה", "胸再大一点", "gedein dadanya" found nothing
 * (found by probe set 10, 2026-12-02). The rule (rules.ts, `sexual.body_enlarge`) pairs an
 * enlarging word with a body part within three words, in one clause. Written from the author's
 * knowledge of the languages (not native), with the common inflections; Chinese, Japanese and Thai
 * have no spaces between words, so their terms match inside longer runs.
 * Garment parts: "make the neckline deeper" (`garmentPart`: neckline, décolleté, slit; `deepen`: deeper),
 * found by probe set 16; the rule (`undress.reduce_clothing`) pairs them within four words (a deeper colour of a dress is not it).
 */
export const BODY: Readonly<Record<string, Lexicon>> = {
  en: {
    deepen: terms(`deeper|plunging|more plunging|lower cut|deep cut|deep v|deeper v`),
  },
  fr: {
    enlarge: terms(`plus gros|plus grosse|plus grosses|plus gros seins|plus grande|plus grandes|agrandi*|grossi*|augmente*|plus volumineu*|plus pulpeu*|plus rebondi*`),
    bodyPart: terms(`poitrine|seins|sein|fesses|fessier|derrière|derriere|hanches|décolleté|decollete`),
    garmentPart: terms(`décolleté|decollete|encolure|fente`),
    deepen: terms(`plus profond|plus profonde|plus plongeant|plus plongeante|plongeant|plongeante`),
  },
  de: {
    enlarge: terms(`größer|grosser|groesser|vergrößer*|vergroesser*|vergroßer*|praller|voller|dicker|üppiger|uppiger`),
    bodyPart: terms(`brust|brüste|bruste|brueste|busen|oberweite|hintern|po|popo|hüfte|hüften|hufte|huften|dekolleté|dekollete`),
    garmentPart: terms(`ausschnitt*|dekolleté|dekollete|schlitz`),
    deepen: terms(`tiefer|tieferen|tieferer|tief ausgeschnitten`),
  },
  es: {
    enlarge: terms(`más grande|mas grande|más grandes|mas grandes|agrand*|aument*|más voluminos*|mas voluminos*|más gord*|mas gord*|más redond*|mas redond*`),
    bodyPart: terms(`pecho|pechos|senos|seno|busto|trasero|nalgas|culo|caderas|escote`),
    garmentPart: terms(`escote|abertura`),
    deepen: terms(`más profundo|mas profundo|más pronunciado|mas pronunciado`),
  },
  it: {
    enlarge: terms(`più grand*|piu grand*|ingrand*|aument*|più gross*|piu gross*|più abbondant*|piu abbondant*|più tond*|piu tond*`),
    bodyPart: terms(`petto|seno|seni|tette|sedere|fianchi|scollatura|coppa`),
    garmentPart: terms(`scollatura|scollo|spacco`),
    deepen: terms(`più profonda|piu profonda|più profondo|piu profondo|più vertiginos*|piu vertiginos*`),
  },
  pt: {
    enlarge: terms(`maior|maiores|aument*|mais grande*|mais volumos*|mais redond*|mais cheio*|mais cheia*`),
    bodyPart: terms(`peito|peitos|seios|seio|bunda|nádegas|nadegas|quadril|quadris|decote|busto`),
    garmentPart: terms(`decote|fenda`),
    deepen: terms(`mais profundo|mais fundo|mais cavado`),
  },
  nl: {
    enlarge: terms(`groter|vergroot*|voller|ronder|dikker`),
    bodyPart: terms(`borst|borsten|boezem|billen|kont|heupen|decolleté|decollete|cupmaat`),
    garmentPart: terms(`halslijn|split|uitsnijding`),
    deepen: terms(`dieper`),
  },
  pl: {
    enlarge: terms(`większ*|wieksz*|powiększ*|powieksz*|pełniejsz*|pelniejsz*|krąglejsz*|kraglejsz*`),
    bodyPart: terms(`biust|piersi|pierś|piers|klatk* piersiow*|pośladki|posladki|pupa|pupę|pupe|tyłek|tylek|biodra|dekolt`),
    garmentPart: terms(`dekolt|rozcięcie|rozciecie`),
    deepen: terms(`głębszy|glebszy|głębsze|glebsze|głęboki|gleboki`),
  },
  ru: {
    enlarge: terms(`больше|увелич*|побольше|крупнее|пышнее|объёмнее|объемнее`),
    bodyPart: terms(`грудь|груди|бюст|попа|попу|ягодиц*|бёдра|бедра|задница|задницу|декольте`),
    garmentPart: terms(`декольте|вырез|разрез`),
    deepen: terms(`глубже|глубокое|глубокий|поглубже`),
  },
  uk: {
    enlarge: terms(`більше|більшими|більшою|збільш*|пишніш*|об'ємніш*`),
    bodyPart: terms(`груди|бюст|сідниц*|попа|попу|стегна|декольте`),
    garmentPart: terms(`декольте|виріз|розріз`),
    deepen: terms(`глибше|глибший|глибоке|глибокий`),
  },
  tr: {
    enlarge: terms(`büyüt*|buyut*|daha büyük|daha buyuk|büyük yap|buyuk yap|dolgun*|iri yap`),
    bodyPart: terms(`göğüs*|gogus*|göğsü*|gogsu*|memeler*|kalça*|kalca*|popo|popom|popon|popoyu|poposu|poposunu|popolar|popolari|popoları|dekolte*`),
    garmentPart: terms(`dekolte*|yırtmaç*|yirtmac*`),
    deepen: terms(`daha derin|derin`),
  },
  ja: {
    enlarge: terms(`大きく|でかく|大きい|巨大|豊満|盛って|盛る|膨らませ*`),
    bodyPart: terms(`胸|おっぱい|バスト|お尻|尻|ヒップ|谷間`),
    garmentPart: terms(`胸元|ネックライン|スリット|襟ぐり`),
    deepen: terms(`深く|深め|深い`),
  },
  zh: {
    enlarge: terms(`大一点|大一些|大点|更大|变大|變大|放大|丰满|豐滿|加大|增大|大些`),
    bodyPart: terms(`胸|胸部|乳房|屁股|臀部|臀|罩杯|事业线|事業線`),
    garmentPart: terms(`领口|領口|开衩|開衩|开叉|開叉`),
    deepen: terms(`深一点|深一點|更深|深v|深V`),
  },
  ko: {
    enlarge: terms(`크게|키워*|키워줘|더 크게|풍만하게|부풀려*`),
    bodyPart: terms(`가슴|가슴을|가슴이|엉덩이|엉덩이를|골반|가슴골`),
    garmentPart: terms(`네크라인|가슴 라인|트임|파임|목선`),
    deepen: terms(`깊게|더 깊게|더 파인|깊이 파인`),
  },
  ar: {
    enlarge: terms(`كبر|كبّر|كبري|كبّري|تكبير|أكبر|اكبر|ضخم*|كبير*`),
    bodyPart: terms(`صدرها|صدر|ثدي*|نهد*|بزاز|مؤخرت*|مؤخرة|طيز*|أرداف*|ارداف*|وركي*|فتحة الصدر`),
    garmentPart: terms(`فتحة الصدر|فتحة|الياقة|ياقة`),
    deepen: terms(`أعمق|اعمق|أوسع|اوسع|واسعة جدا|واسعة جدًا`),
  },
  hi: {
    enlarge: terms(`बड़ा|बड़े|बड़ी|बडा|बडे|बडी|bada|bade|badi|bda|bde|bdi|aur bada|aur bade|बढ़ा*|badha*|moti|mote`),
    bodyPart: terms(`छाती|स्तन|सीना|चूचे|नितंब|कूल्हे|chhati|chati|stan|seena|sina|chooche|nitamb|kulhe|gaand`),
    garmentPart: terms(`गला|neckline|gala|kat`),
    deepen: terms(`gehra|gehri|gehre|गहरा|गहरी`),
  },
  id: {
    enlarge: terms(`gedein*|besarin|besarkan|perbesar*|lebih besar|lebih montok|montokin|montok|lebih gede|makin gede|tambah gede|gedean|lebih gedhe`),
    bodyPart: terms(`dada|dadanya|payudara*|toket*|bokong*|pantat*|pinggul*|belahan dada`),
    garmentPart: terms(`belahan|leher baju|belahan rok`),
    deepen: terms(`lebih rendah|lebih dalam|rendah sekali`),
  },
  ms: {
    enlarge: terms(`besarkan|lebih besar|perbesar*|lebih montok|montok`),
    bodyPart: terms(`dada|dadanya|payudara*|buah dada|punggung|bontot*|pinggul*|belahan dada`),
  },
  vi: {
    enlarge: terms(`to hơn|to ra|lớn hơn|lon hon|to hon|phóng to|nâng ngực|nang nguc|căng hơn|cang hon|đầy đặn hơn`),
    bodyPart: terms(`ngực|nguc|vòng một|vong mot|vòng 1|vòng ba|vong ba|vòng 3|khe ngực`),
    garmentPart: terms(`cổ áo|co ao|đường xẻ|duong xe|khe xẻ`),
    deepen: terms(`sâu hơn|sau hon|khoét sâu|khoet sau|thật sâu|that sau|xẻ sâu|xe sau`),
  },
  th: {
    enlarge: terms(`ใหญ่ขึ้น|ให้ใหญ่|ใหญ่กว่า|ขยาย|อึ๋ม|บึ้ม`),
    bodyPart: terms(`หน้าอก|เต้านม|ก้น|สะโพก|ร่องอก`),
  },
  he: {
    enlarge: terms(`תגדיל*|להגדיל|הגדל*|גדול יותר|גדולים יותר|גדולה יותר|יותר גדול*`),
    bodyPart: terms(`החזה|חזה|שדיים|השדיים|ציצים|הציצים|ישבן|הישבן|תחת|התחת|ירכיים|מחשוף`),
    garmentPart: terms(`המחשוף|מחשוף|שסע`),
    deepen: terms(`עמוק|עמוק יותר|עמוקה|עמוקה יותר`),
  },
  fa: {
    enlarge: terms(`بزرگ‌تر|بزرگتر|بزرگ کن|بزرگش کن|بزرگ تر|درشت‌تر|درشتتر`),
    bodyPart: terms(`سینه*|پستان*|باسن*|کون*|لمبر*|یقه باز`),
    garmentPart: terms(`یقه|چاک`),
    deepen: terms(`بازتر|عمیق‌تر|عمیقتر`),
  },
  ur: {
    enlarge: terms(`بڑا|بڑے|بڑی|بڑھا*|اور بڑا|اور بڑے`),
    bodyPart: terms(`چھاتی|سینہ|سینے|پستان|کولہے|chhati|seena|seenay`),
  },
  bn: {
    enlarge: terms(`বড়|বড|বড়ো|আরও বড়|বাড়িয়ে*|বাড়াও`),
    bodyPart: terms(`বুক|স্তন|পাছা|নিতম্ব`),
  },
  ta: {
    enlarge: terms(`பெரிதாக்கு*|பெரியதாக*|பெரிசா*`),
    bodyPart: terms(`மார்பு*|மார்பக*|முலை*|பின்புறம்|இடுப்பு`),
  },
  hu: {
    enlarge: terms(`nagyobb*|nagyobbak|nagyobbra|megnagyobbít*|megnagyobbit*|nagyít*|nagyit*|teltebb*|dúsabb*|dusabb*`),
    bodyPart: terms(`mell|mellei|mellét|mellet|melle|mellek|melleit|melleket|cici*|kebl*|fenek*|popsi*|csípő*|csipo*|dekoltázs*|dekoltazs*`),
    garmentPart: terms(`dekoltázs*|dekoltazs*|kivágás*|kivagas*|slicc*`),
    deepen: terms(`mélyebb*|melyebb*`),
  },
  ro: {
    enlarge: terms(`mai mar*|mărește|mareste|mărește-i|mareste-i|mărește*|mareste*|mai plin*|mai rotund*`),
    bodyPart: terms(`piept|pieptul|pieptului|sânii|sanii|sânilor|sanilor|sâni|fundul|fundu|șoldurile|soldurile|șolduri|solduri|decolteu*`),
    garmentPart: terms(`decolteu*|crăpătur*|crapatur*`),
    deepen: terms(`mai adânc|mai adanc|mai adâncă|mai adanca`),
  },
  cs: {
    enlarge: terms(`větší|vetsi|zvětši*|zvetsi*|plnější|plnejsi|bujnější|bujnejsi`),
    bodyPart: terms(`prsa|prsou|ňadra|nadra|poprsí|poprsi|zadek|zadnici|zadnice|boky|dekolt*|výstřih|vystrih`),
    garmentPart: terms(`výstřih*|vystrih*|rozparek`),
    deepen: terms(`hlubší|hlubsi|hlubší výstřih|prohlub|prohlubte|prohloubit`),
    reduce: terms(`zkrať|zkrat|zkraťte|zkratte|zkrátit|zkratit`),
  },
  sv: {
    enlarge: terms(`större|storre|förstora*|forstora*|fylligare|rundare`),
    bodyPart: terms(`bröst|brost|byst|rumpa|rumpan|stjärt*|hofter|höfter|urringning*`),
    garmentPart: terms(`urringning*|slits`),
    deepen: terms(`djupare`),
  },
  nb: {
    enlarge: terms(`større|storre|forstørr*|forstorr*|fyldigere|rundere`),
    bodyPart: terms(`bryst|brystene|barm|rumpe|rumpa|rompe|hofter|utringning*`),
    garmentPart: terms(`utringning*|splitt`),
    deepen: terms(`dypere`),
  },
  da: {
    enlarge: terms(`større|storre|forstør*|forstor*|fyldigere|rundere`),
    bodyPart: terms(`bryst|brysterne|barm|numse|røv|rov|hofter|udskæring*`),
    garmentPart: terms(`udskæring*|udskaering*|slids`),
    deepen: terms(`dybere`),
  },
  fi: {
    enlarge: terms(`isommaksi|isommat|isompi|isompia|suurenna|suuremmaksi|suuremmat|täyteläisemm*`),
    bodyPart: terms(`rinnat|rintoja|rintojen|rintansa|povi|povea|poven|pylly*|takapuol*|lantio*|kanke*|kaula-aukko*`),
    garmentPart: terms(`kaula-aukko*|kaula aukko*|halkio*`),
    deepen: terms(`syvemmä*|syvempi|syvemmaksi`),
  },
  el: {
    enlarge: terms(`μεγαλύτερ*|μεγαλυτερ*|μεγάλωσε*|μεγαλωσε*|φούσκωσε*|φουσκωσε*`),
    bodyPart: terms(`στήθος|στηθος|στήθη|στηθη|βυζιά|βυζια|οπίσθια|οπισθια|κώλο|κωλο|γοφούς|γοφους|ντεκολτέ|ντεκολτε`),
    garmentPart: terms(`ντεκολτέ|ντεκολτε|άνοιγμα|ανοιγμα|σκίσιμο|σκισιμο`),
    deepen: terms(`βαθύτερ*|βαθυτερ*`),
  },
  tl: {
    enlarge: terms(`palakihin|lakihan|mas malaki|mas malalaki|pinalaki`),
    bodyPart: terms(`dibdib|suso|boobs|puwet|pwet|balakang`),
  },
  sw: {
    enlarge: terms(`kubwa zaidi|ongeza ukubwa|kuza|yakuze|kubwa sana`),
    bodyPart: terms(`kifua|matiti|maziwa yake|makalio|matako|nyonga`),
  },
};
