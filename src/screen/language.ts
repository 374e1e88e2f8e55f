import type { NormalizedText } from './normalize.ts';
import { normalizeTerm } from './normalize.ts';
import { RangeTable } from './range-table.ts';
import { work } from './work.ts';

/**
 * Cheap language evidence for a request, in one pass over its skeleton: which scripts its letters
 * are in, and how many of its words are common function words of each language. Used to gate
 * lexicon terms that are ordinary words elsewhere ("bitte" is French slang and German for "please")
 * and to say when a request is in a language no lexicon covers.
 */

/**
 * Very common words per language (function words, everyday verbs of editing requests). A word common in
 * two languages belongs in neither list where it can be helped: it would count the one language in the
 * other's text, and make that one's lexicon terms plausible there (Kazakh and Kyrgyz, Zulu and Xhosa,
 * Azerbaijani and Turkish share many). Lists are folded like the request before they are compared.
 */
const COMMON: Record<string, string> = {
  en: 'masterpiece quality 1girl 1boy solo highres detailed realistic cinematic lighting background portrait painting fantasy epic smile night the a an and or of to in on at for with from by is are was be it this that these her his him she he they them my your me you make put turn add change give show can could please now but so as into like look looks more less very same just all some not no its their our we i us what which who where when how there here up down out off over under about after before two three one man woman people person photo picture image background color colour style white black red blue green bite short habit sweat hose nina nino barn barns',
  fr: 'le la les un une des et ou de du au aux en dans sur pour avec par est sont elle il ils elles lui leur ce cette ces mon ma mes ton ta son sa ses fais mets rends plus moins tres très que qui ne pas je tu nous vous intime mec mecs dessous pull porte enlève enleve tête tete dit',
  de: 'damit haut der die das den dem des ein eine einen einem und oder von zu im in am auf für fur mit ist sind sie er es ihr ihn ihm ihre sein seine mach mache bitte nicht noch mehr weniger sehr wie was wer ich du wir auch aber bild foto',
  es: 'el la los las un una unos unas y o de del al en con por para es son ella el ellos le les su sus este esta mi tu haz pon hazla ponle mas más menos muy que no se lo bata dar',
  it: 'il lo la i gli le un una uno e o di del della dei in con per su da è sono lei lui loro suo sua questo questa mio mia fai metti rendi più piu meno molto che non si gola',
  pt: 'o a os as um uma uns umas e ou de do da dos das em no na com por para é são ela ele eles dela dele seu sua este esta meu minha faz coloca deixa mais menos muito que não nao fica ficar ficou dar leve gola',
  nl: 'de het een en of van in op met voor aan is zijn ze zij hij haar hem hun dit deze mijn maak zet doe meer minder heel niet wel ook dat wat',
  sv: 'slut och i på pa en ett det den att med för for till av är ar hon han henne honom hennes hans min mitt gör gor lägg lagg mer mindre inte som bra fick kan du ser blir ut bort ta bilden bild tack snälla snalla också ocksa här har där dar nu knäpp knapp knappa knäppa knapparna rea',
  da: 'slut seks og i på pa en et det den at med for til af er hun han hende ham hendes hans min mit gør gor læg laeg tag mere mindre ikke som godt fik kan du ser bliver væk vaek billedet billede tak også ogsa nu slet knap knappe knapperne ud skift',
  nb: 'slut seks og i på pa en et det den at med for til av er hun han henne ham hennes hans min mitt gjør gjor legg mer mindre ikke som bra fikk kan du ser blir ut bort ta bildet bilde takk også ogsa nå slett slette',
  pl: 'i w na z do od dla jest są sa ona on ją ja jej jego ten ta to mój moja zrób zrob daj bardziej mniej nie że ze się sie pokaż pokaz tej tego',
  cs: 'a v na s z do od pro je jsou ona on ji její jeji jeho ten ta to můj muj moje udělej udelej dej více vice méně mene ne že ze se',
  hu: 'a az egy és es vagy hogy nem is van ez azt ezt neki őt ot ő o rá ra le fel ki be meg csináld csinald tedd legyen jobban kevésbé kevesbe kép képet képen fényképet háttér hátteret színét színű piros fehér fekete zöld sárga férfi gyerek gyereket apám anyám lány lányt fiú tenger eget arcát haját ruháját ruhát foltot adj tegyél rakj változtasd változtass cseréld töröld távolítsd javítsd kérlek kérem köszönöm nagyon kicsit kissé több kevesebb mögött mögé alatt fölött mellett benne rajta itt ott hogyan minden csak pedig nincs lesz vannak nekem engem ezen ebben erre ennek annak',
  ro: 'cum cumva mine și si sau de la în in pe cu pentru este sunt ea el ei lui ei acest această aceasta meu mea mele mei fă fa pune mai puțin putin foarte nu că ca se pene fiica fiul din asta acesta aceste să sa îi ii îl il ți ti după dupa care adaugă adauga lângă langa către catre până pana',
  tr: 've veya bir bu şu su o da de ile için icin gibi daha çok cok az değil degil onu ona onun benim yap koy ver ol olsun olarak göster goster yanında yaninda fotoğraf fotograf fotoğrafı fotografi fotoğraftaki fotograftaki resim resmi resimdeki biraz lütfen lutfen mısın musun büyük',
  id: 'dan atau yang di ke dari dengan untuk ini itu dia ia saya aku kamu buat jadikan lebih kurang sangat tidak bukan juga ada jadi ganti warna tolong dong aja gue gw lagi biar pakai pake foto gambar bikin bikinin bikinkan dibikin dibikinin naga bebek boleh',
  ms: 'dan atau yang di ke dari dengan untuk ini itu dia saya aku awak buat jadikan lebih kurang sangat tidak bukan juga ada jadi tukar warna tolong lagi pakai gambar naga bebek kat boleh',
  tl: 'yung tapos naman kasi yun sya ganito ganyan puti puting ang ng sa mga at o na ay si ni kay siya niya kanya ito iyan iyon ko mo gawin gawing lagyan mas hindi rin din lang po pula',
  sw: 'na ya wa za la kwa katika ni si yeye wake yake huyu hii hiyo langu yangu fanya weka zaidi chini sana hapana pia tafadhali picha rangi mwanamke mwanamume mtoto msichana mvulana bahari nyuma mandharinyuma ondoa badilisha ongeza rekebisha nyekundu bluu nyeupe nyeusi kijani njano shati nywele nguo kidogo kwenye hapa sasa lakini wangu kama ndani juu nini vipi yote tena kuwa kwamba ambaye naomba asante',
  vi: 'và hoặc hoac của cua trong trên tren với voi cho là la cô co anh ấy ay này nay tôi toi bạn ban làm lam thêm them hơn hon không khong',
  fi: 'ja tai on ei teen teet tekisin se hän han hänen hanen tämä tama minun tee laita enemmän enemman vähemmän vahemman kuva kuvan kuvassa kuvaan valokuva valokuvan tausta taustan taustaa taustalla värin punainen punaiseksi sininen siniseksi valkoinen musta vihreä keltainen mies miehen nainen naisen lapsi lapsen isän äiti tyttö poika meren taivas taivaan paita paidan kasvot hiukset vaatteet tahra solmio lisää poista vaihda muuta korjaa pyyhi kiitos hyvä voisitko voitko siitä tähän tästä hänet hänelle sinun heidän vähän hieman paljon erittäin todella mutta myös kanssa ilman päälle taakse täällä miten kaikki olla ovat että jotta niin',
  ru: 'и или в на с из к по для это она он её ее его их мой моя сделай сделать поставь больше меньше очень не что как',
  uk: 'і й або в у на з із до по для це вона він її його їх мій моя зроби зробити більше менше дуже не що як',
  el: 'και ή η ο το τα οι της του των με σε για από απο είναι ειναι αυτή αυτη αυτός αυτος την τον κάνε κανε βάλε βαλε πιο λιγότερο δεν',
  // Japanese typed in Latin letters (its script's own words are read by script): particles and everyday words.
  ja: 'wo no ni ko wa ga yo ne shite kudasai onegai kono kanojo desu motto dake shashin gazou naka shimi haikei',
  ar: 'و في على من الى إلى مع هذه هذا هي هو لها له اجعل ضع اكثر أكثر اقل أقل لا',
  fa: 'و در به از با این آن او اون را رو که برای کن بکن کنید بیشتر کمتر نه',
  ur: 'اور میں کو سے پر کے کی کا یہ وہ اس اسے ہے ہیں کرو کریں زیادہ کم نہیں',
  he: 'ו את של על עם זה זאת היא הוא לה לו תעשה תעשי שים יותר פחות לא',
  hi: 'और में को से पर के की का यह वह इसे उसे है हैं करो करें ज्यादा कम नहीं ka ki ke ko se mein hai karo kar do isko iski uski iska uska hui hua hue ho na nahi bhi aur wala wali ye yeh wo woh mera meri tera teri par thi tha raha rahi chahiye jaise sab kuch',
  bn: 'এবং ও এ কে থেকে তে এর এই সেই ওর ওকে তার করো কর দাও আরও কম না',
  ta: 'மற்றும் இந்த அந்த அவள் அவன் அவளை அவனை செய் போடு மேலும் குறைவாக இல்லை',
  sk: 'a v na s z do od pre je sú su ona on ju jej jeho ten tá ta to môj moj moja urob daj viac menej nie že ze sa si aby ako',
  sr: 'i u na sa za od do je su ona on nju joj njega ovaj ova ovo moj moja napravi stavi više vise manje ne da se kao fotografija fotografiju slika sliku fotka fotku realistična realisticna',
  ha: 'da a na ta ya shi ita su ni ka ki wannan wancan wani wata mai ba ne ce cikin kan don kuma amma wadannan waɗannan yanzu yanzun sosai kadan ƙara ƙari teku ruwa bango launi shuɗi shudi baƙi namiji mutum mutumin mace yarinya yaro yaron ɗa uba mahaifi mahaifiya uwa hoto hoton hotunan hotuna sanya cire goge gyara canza maida mayar nawa saboda idan wadda akwai rigar fuska gashi tufafi ƙarƙashin karkashin gaba kawai',
  yo: 'ati ni ti si fun pe o mo won re yi yii naa kan lati bi sugbon ninu lori jowo fikun yokuro paare yipada tun tunse seto pupo kekere nla awo awon abele ehin lehin funfun alawo ofeefee okunrin obinrin omo omode omobinrin omokunrin okun orun aworan labe pelu nitori nibi nibe bawo gbogbo nikan ewu oju irun abawon eyi eni',
  sq: 'dhe një nje është eshte këtë kete atë ajo kjo fotografi bëje beje ishte jemi saj tij tyre yt këto kësaj këtij atij asaj ose edhe nuk mos shumë vendos vendosni shto shtoni ndrysho ndryshoni hiq hiqni fshij fshini rregullo rregulloni lutem ngjyrë ngjyrën sfondin sfondi fotoja fotografinë kuqe bardhë zezë gjelbër burri burrë grua gruaja fëmijë fëmija babai babait vajza vajzë djali detin qielli qiellin këmishën njollën kravatën këtu çfarë',
  lt: 'ir ją šią sia šitą sita nuotrauk nuotraukoje padaryk arba nėra yra buvo jis jie tavo savo šioje prie nuo kaip labai daugiau mažiau šiek tiek prašau padarykite pridėk pridėkite pakeisk pakeiskite pašalink pašalinkite ištrink ištrinkite pataisyk pataisykite uždėk nuotrauka nuotraukos paveikslėlį paveikslėlyje fonas spalvą spalvos raudoną raudonai mėlyną juodą žalią vyras vyrą moteris moterį vaikas vaiką tėvas tėčio mergaitė berniukas dangus dangų marškinius kaklaraištį šviesesnę dabar taip viską kuris apie',
  lv: 'un viņa vina viņu vinu šo bildē bilde attēlā attela uz pēc līdz nav viņš viņi mans savu viņas viņam viņai tagad lūdzu paldies padari izdari uztaisi ieliec pievieno pievienojiet maini nomaini mainiet noņem noņemiet izdzēs izdzēsiet salabo izlabo vairāk mazāk ļoti mazliet nedaudz krāsu sarkanu sarkanā zilu zaļu baltu melnu vīrietis vīrieti sieviete sievieti bērns bērnu tēvs meitene meiteni zēns jūru debesis debesu krekls kreklu bildi attēlu gaišāku tikai',
  sl: 'naj ki sliki sliko fotografiji sem jo tudi ker bolj manj zelo ozadje ozadju ozadja barvo moški moškega deklica dekle fant moža očeta oče morje morju majico srajco kravato madež pobriši spremeni spremenite pobrišite lahko zakaj kje tukaj zdaj sedaj nekaj brez čez skozi njo mojo svojo rdečo rdeča rumeno rumena fotografijo fotko svetlejše svetlejšo oziroma',
  et: 'teda tema pildil pilt pildi ning kui aga selle sellel seda selles minu sinu meie teie palun tehke muuda muutke eemalda eemaldage kustuta paranda parandage rohkem vähem väga veidi natuke taust taustal värvi värv punaseks siniseks valgeks mustaks roheliseks punane sinine mees naine laps tüdruk poiss taevas taevast pildilt pildile pilti fotol fotole juba nüüd siin kõik kõrval särk särgil plekk ilusamaks heledamaks',
  is: 'að hún hann hana hans mynd myndinni þessa þessi og þú þið þau þær þig hennar þinn þetta þessu þessari það eru ekki fyrir eða svo mjög meira gerðu gerið settu bættu breyttu fjarlægðu eyddu lagaðu vinsamlegast myndina myndin myndarinnar ljósmynd ljósmyndina bakgrunninn bakgrunninum litinn rauðan bláan hvítan maður manninn kona konan barnið faðir pabbi stelpa strákur sjórinn himinn skyrtu hérna núna allir nokkuð hvernig bjartari',
  af: 'vir hierdie sy hy nie asseblief jy julle hom hulle hul baie verwyder gee agtergrond prent prentjie rooi blou vrou seun meisie dogter lug lig ligter dankie sodat agter sonder saam ietwat bietjie effens hemp skoon skuif regmaak daardie almal gesig',
  cy: 'yn gyda hi hon llun ac yr mewn wedi ddim efo heb dros wrth eich nhw hwn hyn hynny yma yno rhain gwna gwnewch rho rhowch ychwanegwch ychwanega newidiwch newid tynnwch tynna dilëwch trwsiwch gwelwch dda mwy llai iawn ychydig lliw cefndir lluniau ffotograff coch gwyrdd melyn dyn menyw dynes plentyn tad bachgen awyr crys oedd bydd hefyd ydy ydi yw sydd felly rŵan nawr',
  ga: 'agus grianghraf pictiúr sí sé níl muid sibh siad seo siúd freisin chomh níos iontach beagán cuir athraigh scrios deisigh thoil dath dathanna cúlra cúlraí grianghraif íomhá pictiúir dubh dearg gorm buí páiste leanbh athair máthair cailín buachaill farraige spéir léine smál uirthi orm uaidh uaithi leis faoi idir thar agam agat aige aici bheith beidh conas anseo ansin anois gach',
  az: 'və mən sən şəkil şəkildə sekilde edə üçün ilə mənim sənin mənə sənə şəkli şəklin şəklini şəkildəki şəklə elə eləyin çox yox deyil həm ən hər nə niyə necə xahiş zəhmət edirəm edərək düzəlt düzəldin əlavə dəyiş dəyişdir dəyişin göstər yaxşı arxa arxasında içində üstündə rəng rəngi rəngini qırmızı yaşıl qara dəniz dənizi səma səmanı günəş qadın qadının uşaq uşağın köynəyi köynəyini gözəl işıq parlaq bəli xeyr əvəz yerinə',
  bg: 'и или в на с от до за това тя той нея него го моя мой направи сложи повече много не че като да',
  // Added with lexicon/world-more.ts (2026-12).
  ka: 'და ან ეს ის ამ იმ მისი მას მე შენ არის არ რომ ფოტო ფოტოზე სურათი სურათზე სურათს გახადე გააკეთე დაამატე შეცვალე უფრო ნაკლებ ძალიან მაგრამ ქალი გოგო ფერი გთხოვ',
  hy: 'եւ ու կամ այս այդ այն նա նրա նրան իր ես դու է են չէ ոչ որ թե բայց ավելի պակաս շատ լուսանկարը լուսանկար նկարը նկար նկարում դարձրու արա ավելացրու փոխիր հետ վրա մեջ համար կինը աղջիկը գույնը խնդրում',
  si: 'සහ හා හෝ මේ ඒ මෙම එම ඇය ඔහු ඇගේ ඔහුගේ මම ඔබ කරන්න දාන්න වඩා අඩු ගොඩක් නැහැ නෑ ෆොටෝ පින්තූරය රූපය පාට එක',
  kk: 'және мен бұл осы сол ол оның оны оған менің сенің жоқ емес үшін мына суретті сурет суретте фотоны жаса қыл қос өзгерт көбірек азырақ өте әйел қыз түсін пен бен біз сіз олар өзі өзінің сіздің біздің әкем әкемнің әке ер әйелдің қызы қызым қызымның ұл ұлы теңіз теңізді аспан аспанды фонын артқы артта түсті түсі қызыл ақ қара жасыл етіңіз ет етіп қылып қойыңыз қой қосыңыз өзгертіңіз өшір өшіріңіз тастаңыз түзет түзетіңіз жөнде жарықтандыр жарығырақ сәл тым әлдеқайда иә немесе бірақ суретке суреттегі суретін фотосуретті фотосурет фотоға мынау анау осында мұнда қазір кейін үстінде ішінде бойынша туралы болсын қылыңыз көйлегін көйлек галстугін шашын бетін көзін киімін киім өтінемін өтініш жағажай жағажайы жағажайда тұр суық жылы айналдыр айналдырыңыз айналдырып қысқы жазғы күзгі көктемгі көрініс көрініске көрінісі',
  mn: 'ба болон энэ тэр түүний түүнийг түүнд миний чиний биш үгүй байна бол зургийг зураг зурган зурагт болго хий нэм өөрчил илүү бага маш эмэгтэй охин өнгө чи бид тэд түүнээс үүнийг үүнд энэхүү тэрээр минь таны танай өөрийн аав аавын аавынхаа ээж ээжийн хүүхэд хүү эрэгтэй эр хүн хүний далай тэнгэр тэнгэрийг арын дэвсгэр өнгийг өнгөтэй улаан цэнхэр хөх цагаан хар ногоон хийж үү хийгээрэй болгоно болгооч нэмээрэй нэмж өөрчлөөрэй солих арилга арилгаарай устга засаарай зас тавь тавиарай гэрэлтүүл тод жаахан зэрэг нь юм байгаа байсан болно дээр доор дотор ард хажууд дэх дахь тэй гэж гэх одоо энд тэнд цамц цамцыг зангиа зангиаг толбо толбыг үсийг нүүр гоё зургийн зургаас гэрэл хувцас хувцсыг',
  so: 'iyo ama waa kani tan tani taas iyada isaga iyaga hadda sawirka sawir samee sameey dhig fadlan badan aad gabadha haweeneyda midabka inay waxa waxaa ayaa baa ayay ayuu anigu aniga adiga annaga idinka kaas kuwan kuwaas gabar gabadh nin ninka naag naagta haweeney ilmo ilmaha cunug cunuga aabe aabaha aabbe hooyo hooyada wiil wiilka badda cirka gadaal gadaasha asalka midab casaan buluug madow cagaar jaalle sawirkan sawirkaan sawirada sawirro beddel tirtir hagaaji yeel mahadsanid yar dhammaan kale sida laakiin sidoo maxaa sidee halkan shaatiga shaati wejiga timaha dharka dusha hoos gudaha',
  uz: 'yoki shu uning menga mening sening yoʻq yoq bilan uchun rasm rasmni rasmda suratni qil qiling qilib koʻproq koproq kamroq juda ayol qiz ёки шу унинг менинг эмас йўқ билан учун расм расмни сурат суратни қил қилинг жуда аёл қиз ранг',
  eu: 'eta edo hau hori hura bera haren bere dira gehiago gutxiago oso argazkia argazkian irudia irudian egin jarri aldatu gehitu emakumea neska kolorea mesedez',
  ps: 'دا هغه په ته سره لپاره یې زما ستا کړه کړئ وکړه ډېر ډیر ښځه نجلۍ انځور',
  ig: 'nwunye kwere yipụ yipu uwe abalị biko mee tinye gbanwee nwanyị nwanyi onyonyo onyinyo abụghị abughi adịghị adighi karịa karia nke ihe ndị ndi anyị ahụ nwere enweghị emela meekwa tinyekwa wepụ wepụta hichapụ hichaa dozie dozi nakwa dịka ugbu ebe ebea gịnị kedu niile naanị nnọọ ukwuu ntakịrị agba uhie obara ọcha oji akwụkwọ nwoke nwa nwatakịrị nwaanyị nna nne osimiri mmiri igwe azụ ihu ntutu ntụpọ mma',
  kn: 'ಮತ್ತು ಅಥವಾ ಈ ಆ ಅವಳು ಅವಳ ಅವಳನ್ನು ಅವನು ಅವನ ನನ್ನ ನಿನ್ನ ಮಾಡಿ ಮಾಡು ಹಾಕಿ ಇನ್ನಷ್ಟು ಹೆಚ್ಚು ಕಡಿಮೆ ತುಂಬಾ ಇಲ್ಲ ಫೋಟೋ ಚಿತ್ರ ಚಿತ್ರವನ್ನು ಬಣ್ಣ ಮಹಿಳೆ ಹುಡುಗಿ ಬದಲಾಯಿಸಿ',
  ml: 'അല്ലെങ്കിൽ ഈ ആ അവൾ അവളുടെ അവളെ അവൻ അവന്റെ എന്റെ നിന്റെ ചെയ്യൂ ചെയ്യുക ആക്കൂ ആക്കുക കൂടുതൽ കുറവ് വളരെ ഇല്ല ഫോട്ടോ ചിത്രം ചിത്രത്തിൽ നിറം സ്ത്രീ പെൺകുട്ടി',
  gu: 'અને અથવા આ તે તેણી તેનો તેની તેનું તેને મારો મારી મારું કરો કર બનાવો વધુ ઓછું ખૂબ નથી ફોટો ચિત્ર રંગ સ્ત્રી છોકરી બદલો',
  ky: 'жана же бул ошол ал анын аны менин сенин жок эмес үчүн менен сүрөт сүрөттү сүрөттө жаса кыл кош өзгөрт көбүрөөк азыраак абдан аял кыз түсүн мага сага өзү өзүнүн атам атамдын апам эне баланын кызды эркек деңиз деңизди асманды жашыл кылыңыз кылып кошуңуз коюңуз таштаңыз өзгөртүңүз өчүр өчүрүңүз оңдо оңдоңуз түзөт түзөтүңүз жарык өтө эң болбосо бирок дагы эмне кантип ушул тигил мында азыр сүрөттөгү сүрөттүн сүрөткө фотосүрөт үстүндө ичинде жөнүндө болсун көйнөк көйнөгүн галстугун чачын бетин кийимин сураныч суранам өтүнөм эркектин аялдын кыздын',
  zu: 'futhi noma lokhu yena wakhe yakhe lakhe sakhe bakhe ngiyacela sicela yenza faka shintsha kakhulu hhayi isithombe esithombeni umfazi owesifazane intombazane umbala ngicela ngifuna ngiyabonga lesi lesisithombe leli lezi laba yini kanjani lapha yebo ubaba kababa wami yami lami bami zami owesilisa ingane umfana indodakazi ingemuva ngemuva emuva phuzi izithombe isithombeni sithombe kwesithombe kulesi engeza cisha kancane kancanyana okwengeziwe ngaphansi eceleni ngoba ihembe ithayi ezinwele izingubo uyacelwa',
  ku: 'ev wî bike bikin çêke zêdetir kêmtir pir wêneyê wêneya wêne jinê keçê ئەم ئەو بۆ لە لەگەڵ بکە بکەن زیاتر کەمتر زۆر نییە وێنە وێنەکە ئافرەت کچ ڕەنگ',
  lo: 'ແລະ ຫຼື ນີ້ ນັ້ນ ລາວ ຂອງ ເຮັດ ໃຫ້ ອີກ ຫຼາຍ ບໍ່ ຮູບ ຜູ້ຍິງ ສີ',
  tg: 'ва ин вай вайро ӯ ӯро аз дар бо барои ман нест ҳаст аст кун кунед созед илова иваз бештар камтар хеле расм расмро акс аксро зан духтар ранг мо шумо онҳо инро онро ҳамин худ худро маро рӯи болои пушти зери паси дохили назди ҳоло ҷо инҷо лутфан кунам намоед гузоред гузор тағйир диҳед диҳ пок бисёр каме андаке равшантар сурх кабуд сафед сиёҳ сабз зард мард мардро занро кӯдак бача падар падарам модар модарам писар баҳр замина заминаи пасзамина ранги рангро расми акси курта куртаи мӯй чеҳра чашм',
  // Added with lexicon/world-more2.ts (2026-12). Words that are common words of another language are left out.
  ca: 'pots podries treure núvia amb els aquesta aquest aquests aquestes fes posa molt menys perquè també això aquí ara treu noia dona imatge dels pel ell ells seva meva teva afegeix canvia esborra plau vermell verd groc nen samarreta cabells davant darrere dins fer tota molta gràcies aquell aquella ens vostè nosaltres vosaltres',
  gl: 'unha coa cun nunha moi isto iso facer ponlle quítalle muller rapaza imaxe cor tamén agora xa moito moita engade engádelle cambialle arranxa arranxar grazas vermella vermello neno nai enriba ademais dunha dun cunha coas lle lles cando xente xeito imaxes facela facelo faino',
  be: 'ці гэта гэтую гэты яна ён яе ёй яго мая мне зрабі зрабіце дадай памяняй больш менш вельмі што фота фатаграфію здымак колер жанчына дзяўчына',
  mk: 'во со од ова оваа тоа таа тој неа нејзе нејзината мојата мојот стави повеќе помалку многу дека како фотографијата сликата бојата жената девојката',
  mt: 'jew fuq għal hija huwa lilha tagħha tiegħi agħmel poġġi iżjed inqas ħafna mhux ritratt stampa kulur mara tfajla jekk jogħġbok fil lill għall dak jien inti aħna huma tiegħu tagħhom tiegħek mhix ukoll biss hawn kif kollox aktar ftit wisq agħmlu għamel poġġu żidu biddel ibdel neħħi neħħu ħassar irranġa sewwi ritratti isfond lewn abjad iswed aħdar isfar raġel tifel tfal missier omm qmis wiċċ xagħar ħwejjeġ tebgħa grazzi',
  jv: 'lan utawa kuwi dheweke kowe gawe gawenen luwih ora sing ing ana wis arep tulung wong wadon klambine warnane marang kanggo saka neng iku kae sampeyan panjenengan awakdewe deweke lanang segara mburi werna ireng ijo fotone gambare rupane klambi rambute gawekno gawekake tambahi tambahno gantinen ilangi busak benakke dandani pasangen dadekno sithik sitik tenan temenan saiki kene kono piye kabeh mung uga nanging durung nuwun matur',
  su: 'jeung atawa ieu manéhna anjeunna abdi urang jieun leuwih henteu teu mangga punten awéwé kalawan pikeun kitu ayeuna dinya naon kumaha sadaya ngan oge sareng mah anjeun manéh kuring simkuring pisan saeutik deui jieunkeun tambahkeun tambihan robih gentos pupus piceun leungitkeun benerkeun lereskeun nuhun hatur gambarna warnana beureum bodas hideung héjo koneng indung mojang raray',
  ceb: 'ug kini iyang akong imong himoa ibutang labaw dili palihug nga niini usa babaye litrato kolor kamo ato kana kadto didto karon unsa unsaon giunsa tanan pud usab apan kon kaayo gamay diyutay dako buhata butangi idugang dugangi usba ilisan ilisi tangtanga kuhaa wagtanga ayoha hulagway itom dalag amahan inahan luyo sinina nawong palihog nimo iyaha kining kanang niana adto',
  xh: 'kwaye okanye nceda ndicela umfanekiso ibhinqa intombazana ndifuna enkosi ncedani esi kumfanekiso lomfanekiso emfanekisweni imifanekiso yenzela yongeza tshintsha ukuba kunye ngoku apha phaya yintoni njani ewe utata katata wam yam zam umntu inkwenkwe ngasemva umva ebomvu ngakumbi kancinci ngaphantsi ecaleni iimpahla ihempe iinwele ndiyabulela ndiyacela mna ezi kwi kwifoto',
  tt: 'һәм яки бу шул ул аның минем синең юк түгел өчен белән рәсем рәсемне фото ясагыз итегез күбрәк азрак бик хатын төсен зинһар сез аңа миңа сиңа үзе үзенең безнең сезнең әтием әтиемнең әни әнием ирнең кызның диңгез диңгезне күкне фонны төс төсне зәңгәр яшел яса ясап куегыз өстәгез өстә үзгәртегез үзгәрт бетерегез бетер сөртегез төзәтегез төзәт алыгыз итү якты яктырак бераз тагын нәрсә ничек монда хәзер рәсемдә рәсемнең рәсемгә фотосурәт өстендә эчендә турында кирәк булсын күлмәк күлмәген галстугын чәчен йөзен киемен кием',
  ba: 'һәм йәки был шул ул уның уны минең һинең юҡ түгел өсөн менән һүрәт һүрәтте яһа яһағыҙ күберәк әҙерәк бик ҡатын ҡыҙ төҫөн зинһар беҙ һеҙ уға миңә үҙе үҙенең беҙҙең һеҙҙең атайым атайымдың әсәйем әсәй атай ирҙең ҡыҙым ҡыҙҙың диңгеҙ диңгеҙҙе күкте артҡы төҫ төҫтө ҡыҙыл аҡ ҡара йәшел һары яһап ҡуйығыҙ ҡуй өҫтәгеҙ өҫтә үҙгәртегеҙ үҙгәрт юйығыҙ юй төҙәтегеҙ төҙәт алығыҙ яҡты яҡтыраҡ бераҙ нимә нисек бында хәҙер һүрәттә һүрәттең һүрәткә өҫтөндә аҫтында эсендә тураһында кәрәк булһын күлдәк күлдәген сәсен йөҙөн кейемен кейем ҡатындың ҡыҙҙы',
  tk: 'ýa-da ony meniň seniň ýok däl üçin bilen surat suraty ediň etmek köp gaty aýal gyz reňkini has-da haýyş ýöne ýene azrak birneme sähel goýuň goşuň goş üýtget üýtgediň aýyr aýyryň düzet düzediň ýagtyrak açyk gyzyl ýaşyl aýaly çaga çagany ogly kakam kakasy ejem ejesi gyzym gyzy arkasy fony fonuny suratdaky suratda surata suratyň köýnek köýnegini saçyny ýüzüni nähili ähli bolsun bolup',
  ug: 'ۋە ياكى بۇ ئۇ ئۇنىڭ مېنىڭ سېنىڭ ئەمەس يوق ئۈچۈن بىلەن رەسىم رەسىمنى سۈرەت قىلىڭ تېخىمۇ بەك ئايال قىز رەڭگىنى',
  ht: 'epi oswa mwen fè plis mwens anpil tanpri koulè fanm pou avèk gen genyen kounye isit chanje efase ranje korije yon imaj dèyè wouj blan nonm gason timoun pitit manman tifi lanmè syèl chemiz cheve tach sèlman paske kijan kisa kras',
  or: 'ଓ ଏବଂ କିମ୍ବା ଏହି ସେହି ସେ ତାର ତାକୁ ମୋର କର କରନ୍ତୁ ଅଧିକ କମ ବହୁତ ନାହିଁ ଫଟୋ ଛବି ରଙ୍ଗ ମହିଳା ଝିଅ',
  as: 'আৰু বা তাই তাইৰ তাইক মোৰ কৰক কৰা দিয়ক অধিক বেছি বহুত নহয় ফটো ছবিখন ৰং মহিলা ছোৱালী',
  rw: 'cyangwa iyi uyu cye bye kora shyira hindura cyane ntabwo ishusho ibara umugore umukobwa nyabuneka kuri muri nta yego oya ariko kandi nanone ubu hano ibi uru wanjye yanjye cyanjye bwe buhoro kurushaho nyinshi shyiramo ongeraho ongera kuraho siba kosora mpa umugabo umwana umuhungu inyanja ikirere inyuma amabara umutuku ubururu umweru umukara icyatsi umuhondo ishati isura umusatsi imyenda ikizinga mwiza neza murakoze',
  mg: 'ity io ny azy ahy ataovy apetraho ovay kokoa tsy sary loko vehivavy azafady ary eo izy izaho aho ianao isika izahay ireo ireto ilay tsia eny nefa koa avy mba ampio ampiana ovao esory fafao amboary asio manaova mena fotsy mainty maitso mavo lehilahy zaza ankizy reny neny zazavavy ranomasina lanitra aoriana akanjo tarehy volo kely loatra ankehitriny izao inona ahoana rehetra ihany misaotra',
  lb: 'hatt hir säi meng maach maacht manner ganz net ass Faarf Fra wannechgelift vun fir ech hien hinnen hirem senger dëst dëse kee keng awer elo bëssen bëssi setz dobäi änner ännert ewechhuelen huel huelt läschen läsch reparéieren hannergrond rout blo wäiss schwaarz gréng kand papp mamm meedchen mier hiem gesiicht kleeder gëtt ginn gouf huet hunn',
  fy: 'hja myn meitsje mear hiel asjebleaft frou famke ôfbylding kleur foar oan binne dizze dy hjir allinne bytsje folle tige tafoegje feroarje wiskje ferwiderje helje reparearje plaatsje eftergrûn wyt grien heit mem himel klean tankjewol hjoed wêze hawwe kinne',
};

/** The script each lexicon language is written in (romanised forms are Latin and gate nothing). */
const SCRIPT_OF: Record<string, Script> = {
  ru: 'cyrillic',
  uk: 'cyrillic',
  el: 'greek',
  ar: 'arabic',
  fa: 'arabic',
  ur: 'arabic',
  he: 'hebrew',
  bn: 'bengali',
  ta: 'tamil',
  th: 'thai',
  ja: 'cjk',
  zh: 'cjk',
  ko: 'hangul',
  bg: 'cyrillic',
  am: 'ethiopic',
  te: 'telugu',
  pa: 'gurmukhi',
  km: 'khmer',
  my: 'myanmar',
  ne: 'devanagari',
  mr: 'devanagari',
  ka: 'georgian',
  hy: 'armenian',
  si: 'sinhala',
  kn: 'kannada',
  ml: 'malayalam',
  gu: 'gujarati',
  lo: 'lao',
  ps: 'arabic',
  ug: 'arabic',
  or: 'odia',
  as: 'bengali',
};

type Script =
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'arabic'
  | 'hebrew'
  | 'devanagari'
  | 'bengali'
  | 'tamil'
  | 'thai'
  | 'cjk'
  | 'hangul'
  | 'ethiopic'
  | 'telugu'
  | 'gurmukhi'
  | 'khmer'
  | 'myanmar'
  | 'georgian'
  | 'armenian'
  | 'sinhala'
  | 'kannada'
  | 'malayalam'
  | 'gujarati'
  | 'lao'
  | 'odia'
  | 'other';

/** Scripts some lexicon covers. Letters of any other script (Tibetan, Cherokee, Thaana…) are not screened. */
const COVERED_SCRIPTS: ReadonlySet<Script> = new Set([
  'latin',
  'cyrillic',
  'greek',
  'arabic',
  'hebrew',
  'devanagari',
  'bengali',
  'tamil',
  'thai',
  'cjk',
  'hangul',
  'ethiopic',
  'telugu',
  'gurmukhi',
  'khmer',
  'myanmar',
  'georgian',
  'armenian',
  'sinhala',
  'kannada',
  'malayalam',
  'gujarati',
  'lao',
  'odia',
]);
/** Scripts told apart beyond the first ones, in the order they are tried. */
const MORE_SCRIPTS: ReadonlyArray<[RegExp, Script]> = [
  [/\p{Script=Ethiopic}/u, 'ethiopic'],
  [/\p{Script=Telugu}/u, 'telugu'],
  [/\p{Script=Gurmukhi}/u, 'gurmukhi'],
  [/\p{Script=Khmer}/u, 'khmer'],
  [/\p{Script=Myanmar}/u, 'myanmar'],
  [/\p{Script=Georgian}/u, 'georgian'],
  [/\p{Script=Armenian}/u, 'armenian'],
  [/\p{Script=Sinhala}/u, 'sinhala'],
  [/\p{Script=Kannada}/u, 'kannada'],
  [/\p{Script=Malayalam}/u, 'malayalam'],
  [/\p{Script=Gujarati}/u, 'gujarati'],
  [/\p{Script=Lao}/u, 'lao'],
  [/\p{Script=Oriya}/u, 'odia'],
];

const WORD_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(COMMON)) {
  for (const w of words.split(/\s+/)) {
    const key = normalizeTerm(w);
    if (!key) continue;
    const list = WORD_LANGS.get(key) ?? [];
    if (!list.includes(lang)) list.push(lang);
    WORD_LANGS.set(key, list);
  }
}

/** Languages in which a skeleton word is a common word. */
export function commonIn(word: string): readonly string[] {
  return WORD_LANGS.get(word) ?? [];
}

/** WORD_LANGS again, with each value's number, looked up by a range of a text (no slice). */
const WORD_TABLE = new RangeTable([...WORD_LANGS.keys()].map((word, k) => [word, k] as const));
const WORD_VALUES = [...WORD_LANGS.values()];

/** The number of the common word text.slice(from, to) (its place in WORD_VALUES), or -1. */
function commonWordAt(text: string, from: number, to: number): number {
  return WORD_TABLE.get(text, from, to) ?? -1;
}

/** Every common word of every language (skeleton forms), each once. */
export function everyCommonWord(): readonly string[] {
  return [...WORD_LANGS.keys()];
}

/** Whether text.slice(from, to) is a common word of some language (commonIn, without the slice). */
export function isCommonWordAt(text: string, from: number, to: number): boolean {
  return commonWordAt(text, from, to) >= 0;
}

/** Each language with common words, numbered: hits are counted in an array, not a map, per word. */
const LANGUAGE_INDEX = new Map(Object.keys(COMMON).map((l, i) => [l, i]));
const LANGUAGE_NAMES = Object.keys(COMMON);
const WORD_LANG_INDICES = WORD_VALUES.map((langs) => Int32Array.from(langs, (l) => LANGUAGE_INDEX.get(l)!));
const hitCounts = new Int32Array(LANGUAGE_NAMES.length);
const hitOrder = new Int32Array(LANGUAGE_NAMES.length);

export interface LanguageProfile {
  /** Common-word hits per language. */
  hits: Map<string, number>;
  /** Letters per script. */
  letters: Map<Script, number>;
  /** Letters in scripts no lexicon covers. */
  uncoveredLetters: number;
  /** Cyrillic letters that Russian, Ukrainian, Bulgarian and Serbian do not use (Kazakh, Mongolian, Kyrgyz, Tajik, Tatar…: ө ү ә қ ң…). */
  foreignCyrillic: number;
  totalLetters: number;
  /** Words written in Latin letters. */
  latinWords: number;
  /** Words looked up (the first PROFILE_WORDS words). */
  words: number;
  /** Of those, words common in some language. */
  commonWords: number;
}

/**
 * Words looked up for common-word evidence: the language of a request shows in its first few
 * hundred words, and a bound keeps the lookups (a slice and a map read each) cheap on long input.
 */
const PROFILE_WORDS = 400;

const SCRIPT_CACHE = new Map<number, Script | null>();
/** Scripts by number, for the table below (0: not a letter). */
const SCRIPT_IDS: Array<Script | null> = [null];
/** The script of each code unit of the Basic Multilingual Plane met so far, by number (-1: not yet known). */
const BMP_SCRIPT = new Int8Array(65_536).fill(-1);

/** Whether the code point is a letter of the Latin script (the profile's own classification). */
export function isLatinLetter(code: number): boolean {
  return scriptOf(code) === 'latin';
}

function scriptOf(code: number): Script | null {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 'latin' : null;
  if (code < 65_536) {
    const id = BMP_SCRIPT[code]!;
    if (id >= 0) return SCRIPT_IDS[id]!;
    const s = computeScript(code);
    let at = SCRIPT_IDS.indexOf(s);
    if (at < 0) at = SCRIPT_IDS.push(s) - 1;
    BMP_SCRIPT[code] = at;
    return s;
  }
  let s = SCRIPT_CACHE.get(code);
  if (s !== undefined) return s;
  s = computeScript(code);
  if (SCRIPT_CACHE.size < 50_000) SCRIPT_CACHE.set(code, s);
  return s;
}

function computeScript(code: number): Script | null {
  const ch = String.fromCodePoint(code);
  const s: Script | null = !/\p{L}/u.test(ch)
    ? null
    : /\p{Script=Latin}/u.test(ch)
      ? 'latin'
      : /\p{Script=Cyrillic}/u.test(ch)
        ? 'cyrillic'
        : /\p{Script=Greek}/u.test(ch)
          ? 'greek'
          : /\p{Script=Arabic}/u.test(ch)
            ? 'arabic'
            : /\p{Script=Hebrew}/u.test(ch)
              ? 'hebrew'
              : /\p{Script=Devanagari}/u.test(ch)
                ? 'devanagari'
                : /\p{Script=Bengali}/u.test(ch)
                  ? 'bengali'
                  : /\p{Script=Tamil}/u.test(ch)
                    ? 'tamil'
                    : /\p{Script=Thai}/u.test(ch)
                      ? 'thai'
                      : /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)
                        ? 'cjk'
                        : /\p{Script=Hangul}/u.test(ch)
                          ? 'hangul'
                          : (MORE_SCRIPTS.find(([re]) => re.test(ch))?.[1] ?? 'other');
  return s;
}

/**
 * Cyrillic letters that Russian, Ukrainian, Bulgarian and Serbian do not use, but the Cyrillic alphabets
 * of Kazakh, Kyrgyz, Mongolian, Tajik, Tatar, Bashkir, Uzbek (old) and others do: ә ғ қ ң ө ұ ү һ ҳ ҷ ӣ
 * ӯ ҡ ҙ ҫ ӊ ӈ ҕ ӄ ӱ ӧ ӓ and their capitals. (Ukrainian ґ є і ї and Serbian ђ ј љ њ ћ џ are covered.)
 */
const FOREIGN_CYRILLIC = new Set([...'әғқңөұүһҳҷӣӯҡҙҫӊӈҕӄӱӧӓ'].flatMap((c) => [c.codePointAt(0)!, c.toUpperCase().codePointAt(0)!]));

/** Adds a run of `letters` letters of `script` to the counts; returns those of them in a script no lexicon covers. */
function endRun(scripts: Script[], counts: number[], script: Script, letters: number): number {
  const at = scripts.indexOf(script);
  if (at < 0) {
    scripts.push(script);
    counts.push(letters);
  } else counts[at]! += letters;
  return COVERED_SCRIPTS.has(script) ? 0 : letters;
}

/** Script counts and common-word hits of a skeleton, in one linear pass. */
export function profile(norm: NormalizedText | string): LanguageProfile {
  const text = typeof norm === 'string' ? norm : norm.text;
  // Hits are counted per language number and become a map at the end, in order of first hit.
  let languagesHit = 0;
  // Scripts in order of their first letter, and their letters (a request has one or two).
  const runScripts: Script[] = [];
  const runCounts: number[] = [];
  let uncoveredLetters = 0;
  let foreignCyrillic = 0;
  let totalLetters = 0;
  let latinWords = 0;
  let words = 0;
  let commonWords = 0;
  let wordStart = 0;
  let wordLatin = false;
  // Letters are counted per run of one script and added to the map when the run ends: one map
  // update per run, not per letter (the map's keys keep the order of each script's first letter).
  let runScript: Script | null = null;
  let runLetters = 0;

  for (let i = 0; i <= text.length; i++) {
    work.steps++;
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code === 32) {
      if (i > wordStart) {
        // Words longer than any common word are not looked up.
        if (words++ < PROFILE_WORDS && i - wordStart <= 12) {
          const k = commonWordAt(text, wordStart, i);
          if (k >= 0) {
            if (i - wordStart >= 2) commonWords++;
            const langs = WORD_LANG_INDICES[k]!;
            for (let l = 0; l < langs.length; l++) if (hitCounts[langs[l]!]!++ === 0) hitOrder[languagesHit++] = langs[l]!;
          }
        }
        if (wordLatin) latinWords++;
      }
      wordStart = i + 1;
      wordLatin = false;
      continue;
    }
    // Surrogate pairs: read the whole code point.
    const cp = code >= 0xd800 && code < 0xdc00 && i + 1 < text.length ? text.codePointAt(i)! : code;
    const script = scriptOf(cp);
    if (script) {
      totalLetters++;
      if (script !== runScript) {
        if (runScript !== null) uncoveredLetters += endRun(runScripts, runCounts, runScript, runLetters);
        runScript = script;
        runLetters = 0;
      }
      runLetters++;
      if (script === 'latin') wordLatin = true;
      else if (script === 'cyrillic' && FOREIGN_CYRILLIC.has(cp)) foreignCyrillic++;
    }
  }
  if (runScript !== null) uncoveredLetters += endRun(runScripts, runCounts, runScript, runLetters);
  const hitLanguages = new Array<number>(languagesHit);
  const hitNumbers = new Array<number>(languagesHit);
  for (let l = 0; l < languagesHit; l++) {
    hitLanguages[l] = hitOrder[l]!;
    hitNumbers[l] = hitCounts[hitOrder[l]!]!;
    hitCounts[hitOrder[l]!] = 0;
  }
  return new Profile(hitLanguages, hitNumbers, runScripts, runCounts, uncoveredLetters, foreignCyrillic, totalLetters, latinWords, Math.min(words, PROFILE_WORDS), commonWords);
}

/**
 * A LanguageProfile held as short parallel lists (languages in order of first hit, scripts in
 * order of first letter): the maps of the interface are built only when asked for; the screener
 * reads counts through hitsOf and lettersOf, a scan of a list of a few entries.
 */
class Profile implements LanguageProfile {
  private hitMap: Map<string, number> | undefined;
  private letterMap: Map<Script, number> | undefined;

  constructor(
    private readonly hitLanguages: readonly number[],
    private readonly hitNumbers: readonly number[],
    private readonly scripts: readonly Script[],
    private readonly scriptLetters: readonly number[],
    readonly uncoveredLetters: number,
    readonly foreignCyrillic: number,
    readonly totalLetters: number,
    readonly latinWords: number,
    readonly words: number,
    readonly commonWords: number,
  ) {}

  get hits(): Map<string, number> {
    if (!this.hitMap) {
      this.hitMap = new Map();
      for (let l = 0; l < this.hitLanguages.length; l++) this.hitMap.set(LANGUAGE_NAMES[this.hitLanguages[l]!]!, this.hitNumbers[l]!);
    }
    return this.hitMap;
  }

  get letters(): Map<Script, number> {
    if (!this.letterMap) {
      this.letterMap = new Map();
      for (let k = 0; k < this.scripts.length; k++) this.letterMap.set(this.scripts[k]!, this.scriptLetters[k]!);
    }
    return this.letterMap;
  }

  /** hits.get(language) ?? 0. */
  hitsOf(language: string): number {
    const index = LANGUAGE_INDEX.get(language);
    if (index === undefined) return 0;
    for (let l = 0; l < this.hitLanguages.length; l++) if (this.hitLanguages[l] === index) return this.hitNumbers[l]!;
    return 0;
  }

  /** letters.get(script) ?? 0. */
  lettersOf(script: Script): number {
    for (let k = 0; k < this.scripts.length; k++) if (this.scripts[k] === script) return this.scriptLetters[k]!;
    return 0;
  }
}

/** hits.get(language) ?? 0 of any profile (the screener's own are read without their map). */
export function hitsOf(p: LanguageProfile, language: string): number {
  return p instanceof Profile ? p.hitsOf(language) : (p.hits.get(language) ?? 0);
}

/** Whether the request has common words of `language` and of no other language more (the request is written in it). */
export function leadsRequest(p: LanguageProfile, language: string): boolean {
  const own = hitsOf(p, language);
  if (own === 0) return false;
  for (const other of LANGUAGE_NAMES) if (other !== language && hitsOf(p, other) > own) return false;
  return true;
}

/** letters.get(script) ?? 0 of any profile. */
function lettersOf(p: LanguageProfile, script: Script): number {
  return p instanceof Profile ? p.lettersOf(script) : (p.letters.get(script) ?? 0);
}

/**
 * Whether a lexicon term of `language`, matched as the skeleton `surface`, should count. It does not
 * when the surface is a common word of another language the request plausibly is in, and nothing in
 * the request suggests the term's own language: "bitte" in "Bitte mach das Bild heller" is German.
 */
export function plausibleTerm(p: LanguageProfile, language: string, surface: string): boolean {
  return plausibleByScript(p, language) || plausibleAmong(p, language, commonIn(surface));
}

/**
 * Whether some language of a term makes its match text.slice(from, to) plausible: plausibleTerm
 * for each, the surface read in place (no slice) and looked up once for all of them.
 */
export function plausibleInSome(p: LanguageProfile, languages: readonly string[], text: string, from: number, to: number): boolean {
  let common: readonly string[] | undefined;
  for (const language of languages) {
    if (plausibleByScript(p, language)) return true;
    if (common === undefined) {
      const k = commonWordAt(text, from, to);
      common = k < 0 ? [] : WORD_VALUES[k]!;
    }
    if (plausibleAmong(p, language, common)) return true;
  }
  return false;
}

/**
 * Whether `language` has more common words in the request than every other language the word
 * text.slice(from, to) is a common word of: stricter than plausibleTerm, for words too short to say
 * anything alone ("i" is Polish "and" and Norwegian "in": "fjern jenta i bikini i bakgrunnen").
 */
export function leadsAmong(p: LanguageProfile, language: string, text: string, from: number, to: number): boolean {
  const k = commonWordAt(text, from, to);
  const own = hitsOf(p, language);
  if (k < 0) return own > 0;
  for (const other of WORD_VALUES[k]!) if (other !== language && hitsOf(p, other) >= own) return false;
  return true;
}

/**
 * Whether text.slice(from, to), a word that a term of `languages` matched only the start of (to > matched), is as a
 * whole a common word of another language that the request is written in: that language has another common word in
 * the request besides this one, and more than any of `languages` has. Constant work.
 */
export function wordOfAnother(p: LanguageProfile, languages: readonly string[], text: string, from: number, to: number, matched: number): boolean {
  if (to <= matched) return false;
  const k = commonWordAt(text, from, to);
  if (k < 0) return false;
  for (const other of WORD_VALUES[k]!) {
    if (languages.includes(other)) continue;
    const hits = hitsOf(p, other);
    if (hits >= 2 && languages.every((l) => hitsOf(p, l) < hits)) return true;
  }
  return false;
}

/**
 * Whether the request shows any sign of one of `languages`: a common word of it, its script, or no way
 * to tell (a language without common words here, or a request with fewer than two common words of any
 * other). False only when every language is measured, none has a word here, and another has two.
 */
export function evidencedIn(p: LanguageProfile, languages: readonly string[]): boolean {
  for (const language of languages) {
    if (plausibleByScript(p, language) || !LANGUAGE_INDEX.has(language) || hitsOf(p, language) > 0) return true;
  }
  for (const other of LANGUAGE_NAMES) if (hitsOf(p, other) >= 2) return false;
  return true;
}

/** plausibleTerm past its first step, given the languages the surface is a common word of. */
function plausibleAmong(p: LanguageProfile, language: string, common: readonly string[]): boolean {
  let others = false;
  for (let i = 0; i < common.length && !others; i++) others = common[i] !== language;
  if (!others) return true;
  // The term's own language must not be outnumbered by one the surface is a common word of:
  // "fick" in "hon fick en ny klänning, gör den röd" (Swedish "got") is not German, though "den" is German too.
  const own = hitsOf(p, language);
  for (let i = 0; i < common.length; i++) if (common[i] !== language && hitsOf(p, common[i]!) > own) return false;
  return true;
}

/** The first, surface-free part of plausibleTerm: a term of every language, or of a script the request is written in. */
export function plausibleByScript(p: LanguageProfile, language: string): boolean {
  if (language === 'multi') return true;
  const script = SCRIPT_OF[language];
  // A non-Latin script is its own evidence; romanised terms of such languages are Latin.
  return script !== undefined && lettersOf(p, script) > 0;
}

/**
 * Whether a Latin-script word of `languages` stands in a request written in another language: none of the term's
 * languages (each one with common words measured here, English and "multi" never) has a common word in the request,
 * and another language than English has at least `others`. "dede" (Tagalog slang, breasts) in "dede torunuyla bir
 * bankta oturuyor, bu fotoğrafı renklendir" (Turkish, grandfather), "bunda" (Portuguese slang, buttocks) in "foto bunda
 * dan adik ini" (Indonesian, mum). English is the language slang is borrowed from everywhere ("haz sus tits más
 * grandes"), so its words always count, and so does a foreign word in an English request ("show her bunda"): that is
 * how keyword filters are evaded. A short request shows too few common words to tell, and keeps every word.
 */
export function foreignWord(p: LanguageProfile, languages: readonly string[], others = 1): boolean {
  for (const language of languages) {
    if (language === 'en' || language === 'multi' || !LANGUAGE_INDEX.has(language) || language in SCRIPT_OF || hitsOf(p, language) > 0) return false;
  }
  for (const other of LANGUAGE_NAMES) if (other !== 'en' && !languages.includes(other) && hitsOf(p, other) >= others) return true;
  return false;
}

/** Latin-script languages with a lexicon: common words of these show the request is covered. */
export function isCoveredLatinLanguage(language: string): boolean {
  return language in COMMON && !(language in SCRIPT_OF);
}

/**
 * Latin-script words, none of them a common word of a covered language, that make a request "not
 * covered". Five sent short captions of covered languages to review ("leeg strand bij Scheveningen,
 * strandstoelen", "pusta plaża nad Bałtykiem, parawany": noun lists with no function word); a
 * sentence of eight words or more in a covered language almost always has one.
 */
const LATIN_WORDS_UNCOVERED = 8;

/** Languages with a lexicon written in Cyrillic: a common word of one shows the request is covered. */
const COVERED_CYRILLIC: readonly string[] = ['ru', 'uk', 'bg', 'sr', 'kk', 'mn', 'ky', 'tg', 'uz', 'be', 'mk', 'tt', 'ba'];

/**
 * Why the request cannot be screened with confidence, or undefined when it can: most of its letters
 * are in a script no lexicon covers, or it is a run of Latin-script words none of which is a common
 * word of a covered language (Estonian, Hausa, Quechua…).
 */
export function notCovered(p: LanguageProfile, anyTermMatched: boolean): string | undefined {
  if (p.uncoveredLetters >= 4 && p.uncoveredLetters * 3 >= p.totalLetters) {
    return `${p.uncoveredLetters} of ${p.totalLetters} letters are in a script no lexicon covers`;
  }
  // "хаартыскаҕа өҥүн уларыт" (Yakut): Cyrillic with letters of an alphabet no
  // lexicon covers and no common word of a covered Cyrillic language is not Russian read badly.
  if (p.foreignCyrillic >= 2 && !COVERED_CYRILLIC.some((l) => hitsOf(p, l) > 0)) {
    return `${p.foreignCyrillic} of its Cyrillic letters belong to an alphabet no lexicon covers (Yakut, Chuvash…), and it has no common word of a covered Cyrillic language`;
  }
  const latin = lettersOf(p, 'latin');
  if (!anyTermMatched && p.latinWords >= LATIN_WORDS_UNCOVERED && latin * 2 >= p.totalLetters) {
    const covered = [...p.hits].some(([lang, n]) => n > 0 && isCoveredLatinLanguage(lang));
    if (!covered) return `none of its ${p.latinWords} Latin-script words is a common word of a language with a lexicon`;
  }
  return undefined;
}

/** Languages whose common words occur, most hits first (for the report). */
export function likelyLanguages(p: LanguageProfile): string[] {
  return [...p.hits]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([l]) => l);
}
