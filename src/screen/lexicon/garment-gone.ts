import { terms, type Lexicon } from './types.ts';

/**
 * `garmentGone`: what happens to a garment that goes away by itself, with no one said to take it off: it
 * melts or dissolves, the wind blows it away, it slips, slides or falls off, it snaps off or bursts open,
 * it unravels. Tearing and cracking alone are not here: "the kanga is torn at the edge, restore it" is
 * damage. "vrouw op een terras, alsof de stof van haar jurk is opgelost", "海边的女人，一阵风把
 * 她的浴巾吹走了", "ženska na zabavi, obleka zdrsne dol": with a worn garment beside it, undressing told
 * as an event (rules.ts, the garment-gone rule, which also reads where the garment is: "the ice cream
 * melts on her shirt" is not it). Verbs that are also removers ("disappear", "dissolve", "melt away" in
 * English) are in `remove` and are not repeated here. English "away" and the Germanic particles are
 * listed on their own: "the wind blows her towel away" puts the garment between verb and particle.
 *
 * Falling said plainly ("the dress falls to the floor", "la robe tombe bien") is how a garment drapes:
 * only the forms that say it comes off, or a falling the rule finds no drape or length beside, are here.
 *
 * Also bath towels (and English swim trunks and swim shorts) in the languages whose `clothing` lacked them (English, French, German, Spanish… count
 * a towel as clothing already): the garment such requests most often blow away.
 * Written from the author's knowledge of the languages (issue 11); merged like the scene words (index.ts).
 */
export const GARMENT_GONE: Readonly<Record<string, Lexicon>> = {
  en: {
    garmentGone: terms(
      `were never there|was never there|never existed|had never existed|never been there|weren't there|wasn't there|didn't exist|did not exist|melts|melted|melting|melts off|melted off|melting off|blown away|blow away|blows away|blew away|blowing away|blown off|blows off|blew off|blowing off|flies away|flew away|flying away|flies off|flew off|flying off|carried away|carried off|swept away|sweeps away|washed away|washes away|slips off|slipped off|slipping off|slides off|slid off|sliding off|slips down|slipped down|slipping down|slides down|slid down|sliding down|falls off|fell off|falling off|falls down|fell down|falling down|comes off|came off|coming off|comes undone|came undone|coming undone|drops to the floor|dropped to the floor|drop to the floor|dropping to the floor|drops off|dropped off|snaps off|snapped off|bursts open|burst open|unravels|unraveled|unravelled|unraveling|unravelling|disintegrat*|evaporat*|gives out on|gave out on|giving out on|ran off with|runs off with|run off with|running off with|away`,
    ),
    clothing: terms(`swim trunks|swimming trunks|swim shorts|swimming shorts`),
    skimpy: terms(`swim trunks|swimming trunks|swim shorts|swimming shorts`),
  },
  fr: {
    garmentGone: terms(
      `a fondu|ont fondu|s est fondu|s est fondue|fondre|fondent|fond sous|se dissout|se dissolvent|s est dissous|s est dissoute|dissous|dissoute|se désintègre|se desintegre|s envole|s envolent|s est envolé|s est envolée|s est envole|s est envolee|emporté par le vent|emportée par le vent|emporte par le vent|emportee par le vent|glisse|glissé|glissée|glisse au sol|tombe|tombé|tombée|tombent|lui tombe|se défait|se defait`,
    ),
  },
  de: {
    garmentGone: terms(
      `schmilzt|geschmolzen|schmelzen|schmolz|löst sich auf|lost sich auf|aufgelöst|aufgelost|weggeweht|weht weg|wehte weg|fliegt weg|flog weg|weggeflogen|davongeweht|rutscht|rutschte|rutschen|gerutscht|runtergerutscht|heruntergerutscht|abgerutscht|fällt runter|fallt runter|fällt herunter|fallt herunter|fällt ab|fallt ab|runtergefallen|heruntergefallen|löst sich in luft auf|weg`,
    ),
  },
  es: {
    garmentGone: terms(
      `se derrite|se derritió|se derritio|derretido|derretida|derretidos|derretidas|se disuelve|se disolvió|se disolvio|disuelto|disuelta|se lo lleva el viento|se la lleva el viento|se lo llevó el viento|se la llevó el viento|se lo llevo el viento|se la llevo el viento|sale volando|salió volando|salio volando|se vuela|se voló|se volo|se cae|se le cae|se cayó|se cayo|se le cayó|se le cayo|se resbala|se le resbala|se resbaló|se resbalo|se desliza|se deslizó|se deslizo|se desintegra`,
    ),
  },
  it: {
    garmentGone: terms(
      `si scioglie|si è sciolto|si è sciolta|si e sciolto|si e sciolta|si dissolve|dissolto|dissolta|vola via|volato via|volata via|vola via col vento|portato via dal vento|portata via dal vento|scivola|scivola giù|scivola giu|scivolato|scivolata|le cade|gli cade|cade giù|cade giu|è caduto|è caduta|e caduto|e caduta|si disintegra`,
    ),
  },
  pt: {
    garmentGone: terms(
      `derrete|derreteu|derretido|derretida|se dissolve|dissolveu|dissolvido|dissolvida|voa longe|voou|voou longe|sai voando|saiu voando|levado pelo vento|levada pelo vento|caiu|caíram|cairam|cai do corpo|escorrega|escorregou|desliza|deslizou|desintegra`,
    ),
  },
  nl: {
    garmentGone: terms(
      `smelt|smolt|gesmolten|lost op|loste op|opgelost|waait weg|waaide weg|woei weg|weggewaaid|vliegt weg|vloog weg|weggevlogen|glijdt af|gleed af|afgegleden|glijdt naar beneden|gleed naar beneden|zakt af|zakte af|afgezakt|valt af|viel af|valt naar beneden|viel naar beneden|weg`,
    ),
  },
  pl: {
    garmentGone: terms(
      `topi się|topi sie|stopiła się|stopila sie|stopił się|stopil sie|roztopiła się|roztopila sie|roztopił się|roztopil sie|rozpuściła się|rozpuscila sie|rozpuścił się|rozpuscil sie|rozpuszcza się|rozpuszcza sie|porywa|porwał|porwal|porwała|porwala|zwiewa|zwiał|zwial|zwiała|zwiala|odleciał|odlecial|odleciała|odleciala|odlatuje|zsuwa się|zsuwa sie|zsunęła się|zsunela sie|zsunął się|zsunal sie|zsuwa|spada|spadła|spadla|spadł|spadl`,
    ),
  },
  ru: {
    garmentGone: terms(
      `тает|растаял*|расплавил*|плавится|растворил*|растворяется|растворяются|сдуло|сдувает|сдул|унесло|уносит|унёс|унес|улетел*|улетает|соскальзывает|соскользнул*|сползает|сполз|сползла|сползло|спадает|спадают|падает|упал|упала|упало|слетает|слетел*`,
    ),
  },
  uk: {
    garmentGone: terms(
      `тане|розтанув|розтанула|розтануло|розплавил*|розчинил*|розчиняється|здуло|здуває|віднесло|відлетів|відлетіла|злетів|злетіла|зісковзує|зісковзнув*|сповзає|сповз|сповзла|спадає|падає|впав|впала|упав|упала`,
    ),
    clothing: terms(`рушник|рушника|рушником`),
  },
  tr: {
    garmentGone: terms(
      `eridi|eriyor|erimiş|erimis|eriyip|çözündü|cozundu|çözünmüş|cozunmus|uçtu|uctu|uçuyor|ucuyor|uçurdu|ucurdu|uçuruyor|ucuruyor|uçup gitti|ucup gitti|savurdu|kayıyor|kayiyor|kayıp düştü|düştü|dustu|düşüyor|dusuyor`,
    ),
  },
  ar: {
    garmentGone: terms(`ذابت|تذوب|يذوب|ذاب|انحل|انحلت|تلاشى|تلاشت|طارت|تطير|يطير|طيرت|طيّرت|سقطت|تسقط|يسقط|انزلقت|تنزلق|ينزلق|انزلق`),
  },
  fa: {
    garmentGone: terms(
      `ذوب شد|آب شد|حل شد|باد برد|باد بردش|پرواز کرد|افتاد پایین|پایین افتاد|لیز خورد|سر خورد|ذوب شود|ذوب بشه|آب شود|آب بشه|باد ببرد|باد ببره|باد ببردش|بیفتد|بیفته|بیوفته|لیز بخورد|لیز بخوره|سر بخورد|سر بخوره`,
    ),
  },
  he: {
    garmentGone: terms(`נמס|נמסה|נמסו|התמוסס|התמוססה|התפוגג|התפוגגה|עף|עפה|עפו|נשרה|נשר|נפל|נפלה|החליק|החליקה`),
  },
  hi: {
    garmentGone: terms(
      `पिघल*|घुल गया|घुल गई|घुल गयी|गल गया|गल गई|उड़ गया|उड़ गई|उड़ गयी|उड़ा ले गई|उड़ा ले गया|उड़ जाए|खिसक गया|खिसक गई|खिसक जाए|सरक गया|सरक गई|गिर गया|गिर गई|गिर गयी|गिर जाए|pighal*|ghul gaya|ghul gayi|ghul gai|ud gaya|ud gayi|udd gaya|udd gayi|uda le gaya|uda le gayi|udaa le gayi|khisak gaya|khisak gayi|khisak jaye|sarak gaya|sarak gayi|gir gaya|gir gayi|gir jaye|gir jaaye`,
    ),
    clothing: terms(`तौलिया|तौलिये|tauliya|tauliye`),
  },
  bn: {
    garmentGone: terms(`গলে গেছে|গলে গেল|গলে যায়|গলে যাচ্ছে|দ্রবীভূত|উড়ে যাচ্ছে|উড়ে গেল|উড়ে যায়|উড়ে গেছে|উড়িয়ে নিয়ে|খসে পড়*|পিছলে পড়*|খুলে পড়*`),
    clothing: terms(`তোয়ালে|তোয়ালেটা|গামছা`),
  },
  ur: {
    garmentGone: terms(
      `پگھل گیا|پگھل گئی|گھل گیا|گھل گئی|اڑ گیا|اڑ گئی|اڑا لے گئی|اڑا لے گیا|گر گیا|گر گئی|پھسل گیا|پھسل گئی|کھسک گیا|کھسک گئی|پگھل جائے|اڑ جائے|گر جائے|پھسل جائے|کھسک جائے|کھسک کر گر*|پھسل کر گر*`,
    ),
    clothing: terms(`تولیہ|تولیے`),
  },
  ja: {
    garmentGone: terms(
      `溶けて|溶けた|溶ける|溶けちゃ|溶けてしま|融けて|融けた|とけて|とけた|溶かし|溶解|消えて|消えた|吹き飛|飛ばされ|飛んでいく|飛んで行く|飛んでいった|飛んで行った|ずり落ち|ずれ落ち|滑り落ち|落ちて|落ちる|落ちた|はだけ|ほどけ`,
    ),
  },
  zh: {
    garmentGone: terms(`融化|溶化|溶解|化掉|化开|吹走|刮走|吹飞|刮飞|飞走|飛走|卷走|捲走|滑落|滑下|滑掉|掉落|掉下|脱落|脫落`),
  },
  ko: {
    garmentGone: terms(`녹아서|녹아 버|녹았|녹는|녹아내|녹아버|용해|날아가|날아갔|날아간|날려가|날려갔|흘러내|미끄러져|미끄러지|떨어져 내|떨어졌|풀려 버|풀려버`),
  },
  vi: {
    garmentGone: terms(`tan chảy|tan ra|tan biến|hòa tan|hoà tan|thổi bay|bị gió cuốn|gió cuốn|bay mất|bay đi|tuột xuống|tuột ra|tuột mất|rơi xuống|rơi ra|tụt xuống`),
  },
  th: {
    garmentGone: terms(`ละลาย|ปลิวไป|ปลิวหลุด|ลมพัดไป|ลมพัดหลุด|หลุดออก|หลุดลง|หลุดร่วง|ร่วงลง|ไหลลง|เลื่อนหลุด`),
    clothing: terms(`ผ้าเช็ดตัว|ผ้าขนหนู`),
  },
  id: {
    garmentGone: terms(`meleleh|mencair|terlarut|melarut|terbawa angin|tertiup angin|diterbangkan|diterbangin|nerbangin|menerbangkan|terbang|melorot|merosot|jatuh|terlepas|copot`),
  },
  ms: {
    garmentGone: terms(`mencair|terlarut|terbawa angin|ditiup angin|diterbangkan|terbang|melorot|terlucut|jatuh|tertanggal|terlepas`),
    clothing: terms(`tuala`),
  },
  tl: {
    garmentGone: terms(`natunaw|matunaw|nalusaw|nilipad|liparin|tinangay ng hangin|nahulog|nalaglag|dumulas|nadulas|natanggal`),
    clothing: terms(`tuwalya|twalya`),
  },
  sw: {
    garmentGone: terms(`*yeyuka|*yeyuka kabisa|*peperushwa|*peperusha|*anguka|*teleza`),
    clothing: terms(`taulo`),
  },
  el: {
    garmentGone: terms(
      `λιώνει|έλιωσε|ελιωσε|έλιωσαν|διαλύθηκε|διαλυθηκε|διαλύεται|πέταξε|πεταξε|την πήρε ο αέρας|το πήρε ο αέρας|την πηρε ο αερας|το πηρε ο αερας|γλιστράει|γλιστραει|γλίστρησε|γλιστρησε|έπεσε|επεσε|πέφτει κάτω`,
    ),
    clothing: terms(`πετσέτα|πετσετα|πετσέτα της`),
  },
  ro: {
    garmentGone: terms(
      `se topește|se topeste|s a topit|topit|topită|topita|se dizolvă|se dizolva|s a dizolvat|dizolvat|dizolvată|a zburat|i a zburat|luat de vânt|luată de vânt|luat de vant|luata de vant|alunecă|aluneca|a alunecat|cade jos|a căzut|a cazut`,
    ),
    clothing: terms(`prosop|prosopul|prosopului`),
  },
  hu: {
    garmentGone: terms(`elolvad*|megolvad*|olvad|feloldód*|feloldod*|elfújja|elfujja|elfújta|elfujta|elfújt|elfujt|elrepül*|elrepul*|lecsúszik|lecsuszik|lecsúszott|lecsuszott|leesik|leesett|lehull*`),
    clothing: terms(`törölköző*|torolkozo*`),
  },
  cs: {
    garmentGone: terms(
      `roztál|roztála|roztálo|roztaje|rozpustil|rozpustila|rozpustilo|rozpouští|rozpousti|odfoukne|odfoukl|odfoukla|odfouklo|odletí|odleti|odletěl|odletela|sklouzne|sklouzla|sklouzlo|sklouzl|spadne|spadla|spadlo|spadly|spadl`,
    ),
    clothing: terms(`ručník|ručníku|ručníkem|rucnik|rucniku`),
  },
  sk: {
    garmentGone: terms(
      `roztopil|roztopila|roztopilo|rozpustil|rozpustila|rozpustilo|rozpúšťa|odfúkne|odfukne|odfúkol|odfúkla|odfúklo|odletí|odleti|odletel|odletela|skĺzne|skĺzol|skĺzla|skĺzlo|zošmykne|spadne|spadol|spadla|spadlo`,
    ),
    clothing: terms(`uterák|uteráku|uterákom|uterak|uteraku`),
  },
  sl: {
    garmentGone: terms(`se stopi|stopila|raztopila|raztopil|odpihne|odpihnil|odpihnila|odnese veter|zdrsne|zdrsnila|zdrsnil|pade dol|je padla|je padel|padla dol`),
    clothing: terms(`brisača|brisaca|brisačo`),
  },
  hr: {
    garmentGone: terms(`otopila|rastopila|otopio|otpuhao|otpuhala|odnio vjetar|odnese vjetar|sklizne|skliznula|skliznuo|je pala|je pao|pala dolje|pao dolje|padne dolje|spala s nje|spao s nje`),
    clothing: terms(`ručnik|ručnika|ručnikom|rucnik|rucnika`),
  },
  sv: {
    garmentGone: terms(
      `smälter|smalter|smälte|smalte|löses upp|loses upp|löstes upp|lostes upp|upplöst|upplost|upplöstes|blåser bort|blaser bort|blåste bort|blaste bort|bortblåst|flyger iväg|flyger ivag|flög iväg|flog ivag|flyger bort|glider av|gled av|glider ner|gled ner|halkar ner|halkade ner|ramlar av|ramlade av|faller av|föll av|foll av|faller ner|föll ner|foll ner|bort`,
    ),
  },
  da: {
    garmentGone: terms(
      `smelter|smeltede|smeltet|opløses|oploses|opløst|oplost|blæser væk|blaeser vaek|blæste væk|flyver væk|fløj væk|glider af|gled af|glider ned|gled ned|falder af|faldt af|falder ned|faldt ned|væk|vaek`,
    ),
    clothing: terms(`håndklæde|håndklædet|handklaede|handklaedet`),
  },
  nb: {
    garmentGone: terms(
      `smelter|smeltet|løses opp|loses opp|løste seg opp|oppløst|opplost|blåser bort|blåste bort|blåser vekk|blåste vekk|flyr vekk|fløy vekk|glir av|gled av|glir ned|gled ned|faller av|falt av|faller ned|falt ned|vekk|bort`,
    ),
    clothing: terms(`håndkle|håndkleet|handkle|handkleet`),
  },
  fi: {
    garmentGone: terms(`sulaa|suli|sulanut|liukeni|liukenee|liuennut|lensi pois|lentää pois|lentaa pois|tuuli vei|tuuli vie|valui alas|valuu alas|liukui alas|liukuu alas|putosi|putoaa|pois`),
    clothing: terms(`pyyhe|pyyhkeen|pyyhkeellä|pyyhkeella|pyyhettä|pyyhetta`),
  },
  is: {
    garmentGone: terms(`bráðnaði|bradnadi|bráðnar|leystist upp|leysist upp|fauk|fýkur|fjúka|feykja|feykti|feykir|rann af|datt af|dettur af|burt`),
    clothing: terms(`handklæði|handklæðið|handklæðinu|handklæðis|handklaedi|handklaedinu`),
  },
  az: {
    garmentGone: terms(`əridi|eridi|əriyib|həll oldu|uçurdu|uçurduğu|uçurub|uçdu|uçub getdi|sürüşdü|düşdü`),
    clothing: terms(`dəsmal*|desmal*`),
  },
  uz: {
    garmentGone: terms(`erib ketdi|eridi|uchib ketdi|uchirib ketdi|uchirib ketgan*|uchirib|sirg'alib tushdi|tushib ketdi`),
    clothing: terms(`sochiq*`),
  },
  ka: {
    garmentGone: terms(`დადნა|გადნა|დნება|გაიხსნა|გაფრინდა|ქარმა წაიღო|წაიღო ქარმა|ჩამოსრიალდა|ჩამოვარდა`),
    clothing: terms(`პირსახოცი`),
  },
  hy: {
    garmentGone: terms(`հալվել|հալվեց|հալվում|լուծվել|լուծվեց|լուծվում|թռավ|քամին տարավ|սահեց|ընկավ`),
    clothing: terms(`սրբիչ*`),
  },
  si: {
    garmentGone: terms(`දියවෙලා|දියවුණා|දියවී|දිය වෙලා|ගහගෙන ගියා|ලිස්සලා|වැටුණා`),
    clothing: terms(`තුවාය`),
  },
  te: {
    garmentGone: terms(`కరిగి*|ఎగిరిపో*|జారిపో*|జారి పడ*|ఊడిపో*`),
    clothing: terms(`తువ్వాలు|టవల్`),
  },
  zu: {
    garmentGone: terms(`*ncibilika|*ncibilike|lindize|*ndizela kude|*phephuka|*wa phansi`),
    clothing: terms(`ithawula|ithawulo`),
  },
};
