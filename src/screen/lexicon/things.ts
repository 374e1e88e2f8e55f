import { terms, type Lexicon } from './types.ts';

/**
 * Things a nudity word can be said of with nobody undressed (`objectTarget`, rules.ts aimedAtObject), in the
 * languages that had none: bare walls, bare trees, the naked eye, a mannequin or a doll, a statue, a car, a
 * cake, a naked blade, branches. "മരങ്ങൾ നഗ്നമാണ്", "нүцгэн нүдээр харагдах", "horma biluzia dago",
 * "голыя сцены". Where a language says "naked eye" as one word with the nudity word in it, that word is here
 * (Malayalam നഗ്നനേത്രം); where as two, the eye is. Latin-script words are listed form by form: an open
 * stem ("sien*") would reach words of other languages ("siente", "siendo"). Left out on purpose: rooms and
 * houses (where a person is naked: "naked in the room"), pictures and images, and words that are also names
 * or everyday words of another language (Igbo "anya", Zulu "iso", Javanese "mata", Frisian "each").
 * Written for this round from the author's knowledge of the languages; merged into each lexicon (index.ts).
 */
export const THINGS: Readonly<Record<string, Lexicon>> = {
  am: { objectTarget: terms(`ግድግዳ*|ግድግዳዎች*|ዛፍ|ዛፉ|ዛፎች*|ዓይን*|አይን*|አሻንጉሊት*|ማኔኪን*|ሐውልት*|ሃውልት*|መኪና*|ኬክ|ሰይፍ*|ቅርንጫፍ*|ቅርንጫፎች*`) },
  ha: { objectTarget: terms(`bango|bangon|ganuwa|bishiya|bishiyar|bishiyoyi|itatuwa|mota|motar|kek|takobi|mutum-mutumi|mutum mutumi|rassa`) },
  yo: { objectTarget: terms(`ògiri|ògiri náà|igi|àwọn igi|igi náà|ère|ọmọlangidi|mọ́tò|ọkọ̀ ayọ́kẹ́lẹ́|kéèkì|idà|ẹ̀ka igi`) },
  km: { objectTarget: terms(`*ជញ្ជាំង*|*ដើមឈើ*|*មែកឈើ*|*ភ្នែក*|*តុក្កតា*|*រូបចម្លាក់*|*រូបសំណាក*|*រថយន្ត*|*ឡាន*|*នំខេក*|*ដាវ*`) },
  my: { objectTarget: terms(`*နံရံ*|*သစ်ပင်*|*သစ်ကိုင်း*|*မျက်စိ*|*မျက်လုံး*|*အရုပ်*|*ရုပ်တု*|*ကား*|*ကိတ်မုန့်*|*ဓား*`) },
  mr: {
    objectTarget: terms(`भिंत*|भिंती*|झाड*|फांद्या*|डोळ्यां*|डोळे|डोळा|पुतळा*|पुतळ्या*|बाहुली*|मॅनेक्विन*|गाडी*|केक|तलवार*|bhint|zaad|zhaad|talwar`),
  },
  pa: { objectTarget: terms(`ਕੰਧ*|ਰੁੱਖ*|ਦਰੱਖਤ*|ਟਾਹਣੀ*|ਅੱਖ*|ਬੁੱਤ*|ਮੂਰਤੀ*|ਪੁਤਲਾ*|ਗੁੱਡੀ*|ਕਾਰ|ਗੱਡੀ*|ਕੇਕ|ਤਲਵਾਰ*|nangi akh|kandh|rukh|talwar`) },
  te: { objectTarget: terms(`గోడ*|చెట్టు*|చెట్ల*|కొమ్మ*|నేత్ర*|నగ్ననేత్ర*|కన్ను|కళ్ళ*|కంటి*|విగ్రహ*|కారు*|కేక్|కత్తి*|ఖడ్గ*`) },
  lt: {
    objectTarget: terms(
      `siena|sienos|sieną|sienas|sienų|sienoje|medis|medžiai|medžių|medžius|medžio|šakos|akis|akimi|akimis|manekenas|manekeną|manekenai|lėlė|lėlę|lėlės|statula|statulą|statulos|mašina|mašiną|automobilis|automobilį|tortas|tortą|kardas|kardą|ašmenys`,
    ),
  },
  lv: {
    objectTarget: terms(`siena|sienas|sienu|sienām|koks|koki|koku|kokiem|zari|zariem|acs|aci|acīm|manekens|manekenu|lelle|lelli|statuja|statuju|mašīna|mašīnu|torte|torti|zobens|zobenu|asmens`),
  },
  sl: {
    objectTarget: terms(`stena|steno|stene|sten|drevo|drevesa|dreves|veje|oko|očesom|oči|lutka|lutko|lutke|maneken|manekenka|kip|kipa|avto|avtomobil|torta|torto|rezilo`),
  },
  et: { objectTarget: terms(`seina|seinad|seinte|puu|puud|puude|oksad|silm|silmaga|mannekeen|mannekeeni|nukk|nuku|kuju|auto|tort|torti|mõõk|mõõga`) },
  is: {
    objectTarget: terms(`veggur|vegg|veggurinn|veggir|veggirnir|veggina|tré|tréð|trén|trjánna|greinar|auga|augað|augum|gína|gínu|dúkkuna|dúkkan|stytta|styttu|bíll|bílinn|kaka|köku|sverð|sverðið`),
  },
  af: { objectTarget: terms(`mure|muurtjie|bome|takke|oog|oë|paspoppe|poppie|standbeeld|motor|kar|koek|swaard|lem`) },
  cy: { objectTarget: terms(`wal|waliau|coeden|canghennau|llygad|llygaid|dol|dymi|cerflun|car|cacen|cleddyf|llafn`) },
  ga: { objectTarget: terms(`ballaí|crann|crainn|gcrann|chrann|craobhacha|géaga|súil|tsúil|súile|bábóg|mainicín|dealbh|carr|gluaisteán|cáca|claíomh|lann`) },
  ka: {
    objectTarget: terms(`კედელი|კედელს|კედელზე|კედლები|კედლებს|კედლის|კედელთან|ხე|ხესთან|ხეები|ხეებს|ხის|ტოტები|თვალი|თვალით|თვალებით|თვალს|მანეკენ*|თოჯინა*|ქანდაკება*|მანქანა*|ტორტი*|ხმალი*|ხმლით`),
  },
  hy: {
    objectTarget: terms(`պատ|պատը|պատեր|պատերը|պատերի|պատին|պատի|ծառ|ծառի|ծառը|ծառեր|ծառերը|ծառերի|ճյուղեր*|աչք|աչքով|աչքերով|մանեկեն*|տիկնիկ*|արձան*|մեքենա|մեքենան|տորթ*|թուր|թուրը`),
  },
  si: { objectTarget: terms(`බිත්ති*|ගස|ගස්|ගහ|ගස්වල|අතු|ඇස|ඇසින්|ඇසට|ඇස්|බෝනික්කා*|පිළිම*|ප්‍රතිමා*|කාර්|කේක්*|කඩුව*`) },
  mn: { objectTarget: terms(`хана|ханыг|хананд|ханан|ханын|мод|модны|модод|модыг|моднууд|мөчир*|нүд|нүдээр|нүдэнд|манекен*|хүүхэлдэй*|хөшөө*|машин*|бялуу*|сэлэм*`) },
  so: { objectTarget: terms(`darbi|darbiga|gidaar|gidaarka|geed|geedo|geedaha|geedka|laamaha|indhaha|isha qaawan|caruusad|taallo|baabuur|gaari|keeg|seef|billad`) },
  eu: {
    objectTarget: terms(`horma|horman|hormak|pareta|paretak|zuhaitz*|adarrak|begi|begiak|begiz|manikia|manikiak|panpina|panpinak|autoa|kotxea|tarta|ezpata|aizto`),
  },
  ps: { objectTarget: terms(`دیوال|سترګه|سترګې|سترګو|ګوډاګی|مجسمه|موټر|کیک|توره`) },
  ig: { objectTarget: terms(`mgbidi|osisi|alaka osisi|ụgbọala|achịcha|mma agha`) },
  kn: { objectTarget: terms(`ಗೋಡೆ*|ಮರ|ಮರದ|ಮರಗಳು|ಮರಗಳ*|ಕೊಂಬೆ*|ಕಣ್ಣ*|ನೇತ್ರ*|ಗೊಂಬೆ*|ಪ್ರತಿಮೆ*|ಮ್ಯಾನೆಕ್ವಿನ್*|ಕಾರು*|ಕೇಕ್|ಖಡ್ಗ*|ಕತ್ತಿ*`) },
  ml: {
    objectTarget: terms(`നഗ്നനേത്ര*|നേത്ര*|ചുമര്*|ചുവര്*|ഭിത്തി*|മരം|മരത്തിന*|മരങ്ങൾ*|മരങ്ങള്*|ശിഖര*|കൊമ്പ*|കണ്ണ്*|കണ്ണുകൾ*|പാവ|പാവയെ|പാവക്കുട്ടി*|പ്രതിമ*|കാർ|കേക്ക്|വാൾ`),
  },
  gu: { objectTarget: terms(`દીવાલ*|દિવાલ*|ભીંત*|ઝાડ*|વૃક્ષ*|ડાળી*|આંખ*|ઢીંગલી*|પ્રતિમા*|મૂર્તિ*|પૂતળ*|કાર|ગાડી*|કેક|તલવાર*`) },
  ky: { objectTarget: terms(`дубал*|дарак*|бутак*|көз|көзү|көздөр|манекен*|куурчак*|эстелик*|айкел*|унаа*|машина*|торт*|кылыч*`) },
  zu: { objectTarget: terms(`udonga|odongeni|izindonga|isihlahla|izihlahla|amagatsha|amehlo|udoli|imoto|ikhekhe|inkemba`) },
  ku: { objectTarget: terms(`dîwar|dîwarê|dîwarên|dîwaran|darê|darên|daran|çav|çavan|peyker|otomobîl|erebe|kek|şûr|دیوار|دیوارەکە|درەخت|چاو|پەیکەر|ئۆتۆمبێل|کێک|شمشێر`) },
  lo: { objectTarget: terms(`*ກຳແພງ*|*ຕົ້ນໄມ້*|*ກິ່ງໄມ້*|*ຕຸ໊ກກະຕາ*|*ຮູບປັ້ນ*|*ລົດຍົນ*|*ເຄັກ*|*ດາບ*`) },
  tg: { objectTarget: terms(`девор*|дарахт*|шохаҳо|чашм|чашми|чашмон|манекен*|лӯхтак*|ҳайкал*|мошин*|торт*|шамшер*`) },
  gl: { objectTarget: terms(`parede|muro|muros|árbore|árbores|pólas|ollo|ollos|maniquí|maniquís|boneca|bonecas|coche|bolo`) },
  be: { objectTarget: terms(`сцяна|сцяну|сцены|сцен|сцяне|дрэва|дрэвы|дрэў|галіны|вока|вочы|манекен*|лялька|ляльку|статуя|статую|машына|машыну|аўтамабіль|торт|меч|лязо`) },
  mk: { objectTarget: terms(`ѕид|ѕидот|ѕидови|ѕидовите|дрво|дрвото|дрвја|дрвјата|гранки|око|окото|манекен*|кукла|куклата|статуа|статуата|автомобил*|кола|колата|торта|тортата|меч|мечот|сечило`) },
  mt: { objectTarget: terms(`ħajt|il-ħajt|ħitan|siġra|siġar|is-siġar|friegħi|għajn|għajnejn|manikin|statwa|statwi|karozza|karozzi|kejk|sejf`) },
  jv: { objectTarget: terms(`tembok|témbok|wit witan|uwit|mripat|manekin|boneka|patung|reca|mobil|kue|pedhang|keris`) },
  su: { objectTarget: terms(`tembok|témbok|tangkal|dahan|panon|manekin|boneka|patung|arca|mobil|kué|kue|pedang`) },
  ceb: { objectTarget: terms(`bungbong|paril|kahoy|mga kahoy|sanga|manikin|monyeka|estatwa|rebulto|sakyanan|awto|keyk|kampilan`) },
  xh: { objectTarget: terms(`udonga|iindonga|umthi|imithi|amasebe|iliso|amehlo|unopopi|imoto|ikeyiki|ikrele`) },
  tt: { objectTarget: terms(`стена*|дивар*|агач*|ботак*|күз|күзләр|манекен*|курчак*|һәйкәл*|машина*|торт*|кылыч*`) },
  ba: { objectTarget: terms(`стена*|диуар*|ағас*|ботаҡ*|күҙ|күҙҙәр|манекен*|ҡурсаҡ*|һәйкәл*|машина*|торт*|ҡылыс*`) },
  ug: { objectTarget: terms(`دىۋار|دەرەخ|شاخلىرى|كۆز|مانېكېن|قونچاق|ھەيكەل|ماشىنا|تورت|قىلىچ`) },
  ht: { objectTarget: terms(`miray|pye bwa|pyebwa|poupe|estati|machin|oto|epe`) },
  or: { objectTarget: terms(`କାନ୍ଥ*|ଗଛ*|ଡାଳ*|ଆଖି*|ପୁତୁଳା*|ପ୍ରତିମା*|ମୂର୍ତ୍ତି*|କାର|ଗାଡ଼ି*|କେକ୍|ଖଣ୍ଡା*`) },
  as: { objectTarget: terms(`বেৰ*|গছ*|ডাল|ডালবোৰ|চকু*|পুতলা*|মূৰ্তি*|গাড়ী*|কেক|তৰোৱাল*`) },
  rw: { objectTarget: terms(`urukuta|inkuta|igiti|ibiti|amashami|ijisho|amaso|igipupe|imodoka|inkota`) },
  mg: { objectTarget: terms(`rindrina|hazo|rantsana|maso|saribakoly|sarivongana|fiara|mofomamy|sabatra`) },
  lb: { objectTarget: terms(`Mauer|Mauere|Wand|Wänn|Bam|Beem|Äscht|Poppchen|Popp|Statu|Statue|Auto|Autoen|Schwäert`) },
  fy: { objectTarget: terms(`muorre|muorren|beammen|tûken|poppe|stânbyld|auto|koeke|taart|swurd`) },
  hr: { objectTarget: terms(`zid|zida|zidu|zidovi|zidove|stablo|stabla|drveće|drvo|grane|oko|okom|lutka|lutku|kip|kipa|auto|automobil|torta|tortu|oštrica`) },
};
