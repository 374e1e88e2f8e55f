import { terms, type Lexicon } from './types.ts';

/**
 * Romanised scripts: the words of languages written in another script as people type them on a Latin
 * keyboard. Russian and Ukrainian translit ("snimi s nee odezhdu", "rozdyahny yiyi"), Arabizi of
 * Egyptian, Levantine and Gulf Arabic with its digits for letters ("shil hdoumha", "5aleha 3arya",
 * "bala tyeb"), Finglish ("lokhtesh kon"), Greeklish ("vgale ta rouxa tis"), Hebrew in Latin letters
 * ("tafshit ota"), and Bengali, Tamil and Telugu in Latin letters. The terms join their languages'
 * lexicons (index.ts), so the rules read them like the native script's words.
 *
 * Written from the author's knowledge of how these languages are typed (not native), in whole word
 * forms rather than short prefixes; words that are common words of other Latin-script languages
 * (English "skin", "plate", "tin", "hi"; Spanish "vale", "hola", "papa", "pipa"; Tagalog "hiya";
 * Indonesian "oke"; Italian "tori", "maggio") are left out, whatever they mean here.
 */
const WRITTEN: Readonly<Record<string, Lexicon>> = {
  ru: {
    remove: terms(
      `snimi|snimy|ubery|sorvy|udaly|styany|snimite|snyat|snimi s nee|snimi s neyo|snimi s neye|snimi s nego|uberi|uberite|ubrat|udali|udalite|udalit|styani|styanite|sorvi|sorvat|rasstegni|rasstegnite|stashchi|stashi|spusti`,
    ),
    removeWeak: terms(`bez`),
    undressVerb: terms(
      `razden ee|razden eyo|razden yeyo|razdet|razdet ee|razden|razdenti|razdevay|razdevai|razdevaet|razdenes|obnazhi|obnazhit|ogoli|ogolit|sdelay ee goloy|sdelai ee goloi|sdelay yeyo goloy|sdelay ee goloj|sdelay golou|sdelay goloy|sdelaj ee goloj|snimi s nee vse|snimi s nee vsyo|snimi s neyo vsyo|snimi vsyo s nee|snimi vse s nee`,
    ),
    clothing: terms(
      `odezhdu|odezhda|odezhdy|odezhdi|odezhdoy|odezhdoi|odezhdoj|platyem|platiem|yubkoy|yubkoi|yubkoj|rubashkoy|rubashkoi|bluzkoy|bluzkoi|futbolkoy|futbolkoi|kupalnikom|belyom|odezhki|shmotki|platye|platie|platiye|platya|platyice|rubashku|rubashka|rubashki|futbolku|futbolka|bluzku|bluzka|koftu|kofta|svitr|yubku|yubka|yubochku|bryuki|bryuk|shtany|dzhinsy|dzhinsi|lifchik|lifchika|byustgalter|byustgalter|trusy|trusi|trusiki|belyo|nizhnee bele|nizhnee belyo|kupalnik|kupalnika|stringi|kolgotki|pizhamu|khalat|polotentse|polotence`,
    ),
    nude: terms(
      `golaya|golaja|goluyu|goluju|goloy|goloi|golyshom|golishom|golenkaya|golenkuyu|nagishom|nagaya|naguyu|obnazhennaya|obnazhonnaya|obnazhennuyu|obnazhonnuyu|bez odezhdy|bez odezhdi|bez odezhdyi|bez vsego|bez nichego|v chem mat rodila|v chyom mat rodila|razdetaya|razdetuyu`,
    ),
    reveal: terms(`prozrachnoy|prozrachnoe|prozrachnaya|prozrachnuyu|prozrachnym|prozrachnymi|prozrachnye|prosvechivaet|prosvechivayushchee|rentgen|mokroy|mokraya|mokruyu|mokroe|naskvoz`),
    reduce: terms(`koroche|pokoroche|ukoroti|pomenshe|obtyagivayushchee|otkrovennoe|otkrovennee|glubokoe dekolte|glubzhe vyrez`),
    reduceAlone: terms(`polugolaya|polugoluyu|menshe odezhdy|bolshe kozhi|bolshe tela`),
    skimpy: terms(`v kupalnike|v bikini|v nizhnem bele|v nizhnem belye|v belye|v trusikah|v trusikakh|v trusah|v lifchike|nizhnee bele|nizhnee belyo|kupalnik|kupalnike|trusiki|lifchik|stringi`),
    sexualAct: terms(`trakhayutsya|trahayutsya|trakhaet|trahaet|zanimayutsya seksom|zanimaetsya seksom|seksom|porno|minet|erotika|eroticheskoe`),
    sexualBody: terms(`siski|sisek|sosok|soski|zadnitsa|zadnicu|zhopa|zhopu|grud|grudi`),
    suggestive: terms(`seksualnaya|seksualnuyu|seksualnoy|soblaznitelnaya|soblaznitelnuyu`),
    minor: terms(`rebenok|rebyonok|rebenka|rebyonka|detey|devochka|devochku|devochki|malchik|malchika|podrostok|podrostka|shkolnitsa|shkolnitsu|nesovershennoletnyaya|nesovershennoletnyuyu`),
    minorWeak: terms(`devushka|devushku|dochku|dochka`),
    person: terms(`ee|eyo|yeyo|neyo|nee|s nee|etu zhenshchinu|etu zhenshinu|eta zhenshchina|etu devushku|eta devushka|moyu zhenu|moya zhena|moyu devushku|moyu sestru|ee telo`),
    realRef: terms(`moyu byvshuyu|moya byvshaya|byvshuyu|odnoklassnitsu|kollegu|sosedku|uchitelnitsu|nachalnitsu`),
    benign: terms(
      `fon|fona|s fona|zadniy fon|vodyanoy znak|logotip|ochki|shlyapu|shlyapa|kepku|shapku|kurtku|kurtka|pidzhak|palto|pyatno|pyatna|nadpis|tekst|cheloveka szadi|cheloveka na fone|muzhchinu szadi|lyudey na fone|prokhozhikh|mashinu`,
    ),
    replace: terms(`zameni|zamenite|pomenyay|pomenyai|smeni|pereoden|pereodeni|oden|odeni|naden|nadeni|prikroy|prikroi|dobav|vmesto`),
    colour: terms(`krasnyy|krasnuyu|krasnoy|krasnoe|krasnym|sinyuyu|siniy|chernuyu|chernyy|beluyu|belyy|zelenuyu|zelenyy`),
    keep: terms(`tolko|ostav|ostavte`),
    partialNude: terms(`bez verha|bez verkha|bez lifchika|bez trusov|topless`),
  },
  uk: {
    remove: terms(`znimy|znimi|znimit|znyaty|zniaty|pryberi|prybery|vydaly|vydalyty|styahny|zirvy|rozstebny`),
    removeWeak: terms(`bez`),
    undressVerb: terms(
      `rozdyahny|rozdiahny|rozdyagny|rozdahny|rozdyahnuty|rozdiahnuty|ogoly|oholy|zroby yiyi holoyu|zrobi yiyi holoyu|zroby yii holoyu|zroby yiyi goloyu|znimy z neyi vse|znimy z nei vse|znimi z nei vse`,
    ),
    clothing: terms(
      `odyag|odiah|odyagu|odiahu|odyah|odyahu|odjag|odjagu|suknyu|sukniu|suknya|sukni|sorochku|sorochka|futbolku|spidnytsyu|spidnytsiu|shtany|dzhynsy|byustgalter|biustgalter|lyfchyk|trusy|trusyky|bilyzna|bilyznu|kupalnyk`,
    ),
    nude: terms(`holoyu|goloyu|holoju|goloju|holoiu|goloiu|holisinka|holisinku|holyshom|oholena|oholenu|bez odyagu|bez odiahu|bez odyahu|rozdyagnena|rozdiahnena|rozdyagnenu|rozdiahnenu`),
    reveal: terms(`prozoroyu|prozorym|prozora|prozoru|prozore|mokroyu|mokra|mokru`),
    skimpy: terms(`v kupalnyku|v bilyzni|u bilyzni|v trusykakh|kupalnyk|bilyzna|bilyznu`),
    minor: terms(`dytyna|dytynu|ditey|divchynka|divchynku|khlopchyk|pidlitok|pidlitka|nepovnolitnya|nepovnolitniu|shkolyarka|shkolyarku`),
    person: terms(`yiyi|yiji|yii|neyi|z neyi|z nei|neji|z neji|jiji|tsyu zhinku|tsiu zhinku|tsyu divchynu|tsiu divchynu|moyu druzhynu|moiu druzhynu`),
    benign: terms(`fon|tlo|vodyanyy znak|lohotyp|logotyp|okulyary|okuliary|kapelyukh|kurtku|pyatno|plyamu|plyama|tekst|napys`),
    replace: terms(`zaminy|pominyay|pominiai|odyagny|odiahny|vdyagny|prykryy|dodai|dodaj|zamist`),
  },
  ar: {
    // Arabizi: 2 hamza, 3 ain, 5 and 7 kh and h, 8 and 9 gh and q. Egyptian, Levantine and Gulf forms.
    remove: terms(
      `7ayed|7ayd|7aydi|7ayed liha|7ayd liha|7ayed lih|hayed liha|shil|sheel|shili|sheeli|shilha|sheelha|shilhom|shilay|sheelay|sheelaha|2ala3|e2la3|2le3|2ale3|2al3|2al3eha|2le3ha|ala3ha|e2la3ha|2la3ha|ikhla3|ekhla3|e5la3|i5la3|ikhla3i|e5la3i|sheel el|shil el|nazze3|naz3|imsa7|emsa7|im7i|fsakh|fsa5|fasakh|fasa5|fis5|efsakh`,
    ),
    removeWeak: terms(`bdoon|bdun|bdoun|bidoon|bidoun|bidun|bedoon|bedoun|bedun|bala|men gher|min gher|min gheir|men 8er|mn 8er|mn gher|mn ghir|min ghair`),
    undressVerb: terms(
      `3arriha|3arrieha|3arreeha|3arriyha|3ariha|3arreha|shalle7ha|shall7a|shal7a|shalla7ha|shal7ha|shale7ha|shalli7ha|shal7iha|fas5ha|fsa5ha|fasakhha|fsakhha|fis5ha|2ala3ha hdoomha|2le3ha hdoumha|2al3eha hdoumha|ala3ha hdoomha|shil hdoumha|shil hdoomha|sheel hdoomha|shil hdumha|shil malabesha|sheel malabesha|sheel malabisha|shil tyebha|shil awa3iha|shilay thyabha|sheelay thyabha|shili thyabha|5aleha 3arya|khaleeha 3arya|khaliha 3arya|5alliha 3arya|5leha 3arya|5aliha 3aryana|khalliha 3aryaneh|5alliha bala tyeb|5aleha mn gher hdoom|5aleha bdoon hdoom|khaleeha bdoon malabis`,
    ),
    clothing: terms(
      `7wayj|l7wayj|7wayjha|7wayjo|hwayj|lhwayj|hwayjha|hdoum|hdoom|hdum|hudoom|hodoom|hdoumha|hdoomha|hdumha|hdomha|hodoomha|hdoumo|7doum|7doom|7dum|7doumha|7doomha|7dumha|7domha|7doumo|el amis|el 2amis|el amees|malabes|malabis|mlabes|mlabis|malabesha|malabisha|mlabesha|mlabisha|malabsaha|tyeb|tiyeb|tyebha|tiyebha|tiyab|tyab|thyab|thiyab|thyabha|thiyabha|teyab|teyabha|awa3i|awa3iha|2awa3i|2awa3iha|fostan|fustan|fstan|fostanha|fustanha|fstanha|2amis|2amisha|amisha|2amees|2ameesha|qamees|qameesha|bantalon|bantalonha|banatlon|jeeba|jibba|jipa|tanoura|tannoura|tanourt|sotyan|sutyan|setyan|sotyana|kolot|kilot|kiloot|klot|sherwal|sirwal|bloza|blouza|bluza|blouzetha|blouzet`,
    ),
    nude: terms(
      `bla 7wayj|bla hwayj|bla 7wayjha|bla hwayjha|3arya|3aryana|3aryaneh|3aryane|3aryan|3eryana|3iryana|3eryaneh|3iryaneh|3eryan|3iryan|3ariya|3arianeh|3aryanah|mesh labsa 7aga|msh labsa 7aga|mish labsa shi|mesh labsa ay 7aga|bala tyeb|bala tiyab|bala thyab|bala awa3i|bala 2awa3i|bdoon hdoom|bdun hdum|bdoon malabes|bdoon malabis|bidoon malabis|bedoon malabes|bdoon tyeb|bala hdoom|min gher hdoom|men gher hdoom|mn gher hdoom|mn 8er hdoom|zay ma waladet-ha omaha|zay ma waldetha omaha|zay ma waladetha ommaha|mitl ma khala2ha alla|metl ma 5ala2ha alla`,
    ),
    reveal: terms(`shafaf|shafafa|shafafe|shafafeh|shafafah|shaffaf|shaffafa|shaffafe|shaffafeh|shfaf|shafaaf|mablool|mabloola|mabloul|mabloula|mballal|mballale|mbalal|mbalale`),
    reduce: terms(`a2sar|aqsar|asghar|a9ghar|adya2|adyaq|ma7zo2|maftou7|maftoo7|maftoo7a|maftou7a|meftou7a`),
    reduceAlone: terms(`malabes a2al|malabis a2al|nos 3arya|nus 3arya|nos 3aryana|ness 3aryane`),
    skimpy: terms(
      `bel bra bas|bil bra bas|bl bra bs|bel bra|bil bra|bel bikini|bil bikini|bl bikini|bel mayoh|bil mayoh|bel mayooh|bel kilot|bil kilot|bel kolot|bel sotyan|bil sotyan|bel setyan|bel lanjeri|bil lanjeri|bel lingerie|bil lingerie|bel malabes el dakhlia|bel malabes el dakhleya|malabes dakhleya|malabes dakhlia|malabis dakhiliya|mlabes dakhlye|bel fota bas|bel foota bas|bel manshafa bas|lanjeri|lanjiri`,
    ),
    sexualAct: terms(`yneek|yneekha|yeneekha|ynikha|yniik|tetnak|tetnek|btetnak|bttnak|metnaka|mtnaka|neeka|sharmoota|sharmouta|sharmuta|shrmota|a7ba|2a7ba`),
    sexualBody: terms(`bzaz|bezaz|bzazha|bezazha|teezha|teez|tizha|nehood|nhood|nohood|sedr|sedrha|sadrha`),
    suggestive: terms(`mothira|mouthira|mosira|msira|mughriya|moghreya|mo8reya|sexy awi|sexy kteer`),
    minor: terms(`tefl|tifl|tefla|tifla|atfal|a6fal|bent sghayra|bint sghira|bint saghira|bent so8ayara|bent soghayara|2asir|2asra|qasir|qasira|qasra|morahe2a|mora8e2a|moraheqa|murahiqa`),
    minorWeak: terms(`benti|binti`),
    person: terms(
      `el bent di|elbent di|el bent de|el set di|el sit di|hal bint|hal bent|hal sabiyye|hal sabiye|hay el bent|hadi el bint|hathi el bint|hathy el bent|mrati|mrate|marati|mirati|habibti|7abibti|okhti|ukhti|a5ti|e5ti|ekhti|sa7bti|sa7beti|jesmha|gesmaha|gesmha|jismha`,
    ),
    benign: terms(
      `el khalfeya|khalfeya|5alfeyya|el 5alfeyya|khalfeyya|el khalfeyya|5alfiyye|el 5alfiyye|5alfiya|khalfiyye|khalfiye|khalfiyeh|khalfiya|5alfeya|5alfiyye|el 5alfeya|el logo|nadara|naddara|naddarat|nadaret|nadarat|ba2a3|bo23a|bo2a3|bu23a|ta2eyya|ta2iyye|taqiya|kaskita|jaket|jakit|chaket|mi3taf|me3taf|mi3tafha|el ragel elly wara|el ragel eli wara|el ragel illi wara|elly wara|illi wara|elli wara|eli wara|yalli wara|yalli bi wara|li wara|elli warah|el nas elly wara|el 3arabeya|el sayyara`,
    ),
    replace: terms(
      `ghayyar|ghayar|ghayer|8ayar|8ayyar|8ayer|8ayyer|ghayyer|badel|baddel|badal|labbesha|labbisha|lbesha|lbisha|albesha|albisha|elbesha|lebbesa|lebbesha|ghatti|8atti|ghattiha|8attiha|badal min`,
    ),
    colour: terms(`a7mar|ahmar|7amra|hamra|azra2|azraq|zar2a|zarqa|aswad|sooda|sawda|abyad|bayda|bay9a|akhdar|a5dar|5adra|khadra|asfar|safra`),
    // "7ot" (put) folds like Catalan and Dutch "tot" (everything): after "and" it is the next step of an edit.
    mask: terms(`w 7ot|we 7ot|wa 7ot|wi 7ot|w 7ott|w 7otli|w 7otla|w 7otlha|w 7otilha`),
    placed: terms(
      `mn wara bel sura|mn wara fel sura|min wara bel sura|min wara fel sura|min wara fi el sura|fel khalfeya|bel khalfeya|fi el khalfeya|fel 5alfeya|bel 5alfeya|fel 5alfeyya|m3alla2|m3alla2a|mit3alla2|mit3alla2a|3al shama3a|3ala el shama3a|3al 3ala2a`,
    ),
    partialNude: terms(`bdoon sotyan|bdun sotyan|bala sotyan|bala sityan|min gher sotyan|mn gher sotyan|bdoon bra|bala bra`),
  },
  fa: {
    // Finglish: Persian as typed in Latin letters.
    remove: terms(`dar biar|dar byar|darbiar|darbyar|dar biyar|dar avar|dar bia|bardar|bardaar|pak kon|paak kon|hazf kon|hazfesh kon`),
    removeWeak: terms(`bedune|bedoone|bedun|bedoon`),
    undressVerb: terms(
      `lokhtesh kon|lokhtesh kun|lokhtesh|lokhtish kon|lokhtesh konid|lokht kon|lokhtesh kon lotfan|berahnash kon|berahnash|berahneh kon|berahne kon|berahnash konid|lebasasho dar biar|lebasasho dar byar|lebasasho dar biyar|lebasasho dar avar|lebasasho bardar|lebasasho bekan|lebasasho darbiar|lebasash ro dar biar|lebasasho pak kon|lebasaye u ro dar biar`,
    ),
    clothing: terms(
      `lebas|lebasash|lebasasho|lebasesh|lebasesho|lebasha|lebasaye|lebasash ro|lebasasho|lebasashu|pirahan|pirhan|pirhanesh|pirahanesh|pirahanasho|pirhanasho|daman|damano|damanesho|damanesh|shalvar|shalvaresh|shalvarasho|sutin|sutinesh|sootin|sootinesh|mantoosh|mantosh|mantosho|tapesh|shortesh`,
    ),
    nude: terms(
      `lokht|lokhte|lokhti|lokhtesh|lokht madarzad|lokhte madarzad|madarzad|madar zad|berahne|berahneh|berahna|bi lebas|bilebas|bi lebaas|bedoone lebas|bedune lebas|bedun lebas|bedoon lebas|oryan|oriyan|lokht o oor|lokht o ur`,
    ),
    reveal: terms(`shafaf|shaffaf|badan nama|badannama|badan-nama|badan namaa|zir lebasesh|zire lebasesh|zire lebasash|khis|khise|khis shode`),
    reduce: terms(`kootah tar|kootahtar|kutahtar|kutah tar|tang tar|tangtar|kuchiktar|koochiktar|koochik tar|baztar|baz tar|yaghe baz|yaghe baaz|yaqe baz`),
    reduceAlone: terms(`lebas kamtar|lebase kamtar|parche kamtar|nime lokht|nimeh lokht|nime berahne`),
    skimpy: terms(`lebas zir|lebase zir|lebase zire|lebas zire|lebasaye zire|lebas-e zir|lebasaye zir|lebas shena|lebase shena|lebas-e shena|sutin|sootin|shorte zir|lanzheri|lanjeri`),
    sexualAct: terms(`sex mikonan|sex mikonand|sex konan|sex kardan|gaeedan|gayidan|migaad|migade|sakh mizane|sak mizane`),
    sexualBody: terms(`sinehash|sineha|pestan|pestoon|pestun`),
    enlarge: terms(`bozorgtar|bozorg tar|bozorgtaresh|gonde tar|gondetar|bozorgesh kon|bozorgeshun kon`),
    bodyPart: terms(`sinash|sinasho|sineash|sinash ro|sineh|sine|baasanesh|basanesh|basan`),
    suggestive: terms(`shahvani|tahrik konande|tahrik-konande|havas angiz`),
    minor: terms(`bache|bachche|bacheh|koodak|kudak|dokhtar bache|dokhtarbache|pesar bache|nojavan|nowjavan|zire sen|zir sen|zire sen e ghanooni|daneshamooz`),
    person: terms(`in zan|in dokhtar|in khanom|in khanoom|in dokhtare|zanamo|zanam|khaharam|khaharamo|doost dokhtaram|dust dokhtaram|badanesh`),
    benign: terms(
      `lake ro|lake az|lakeh|lakkasho|kasifi|pas zamine|pas zamineh|paszamine|pas-zamine|paszamineh|eynak|eynakesh|aynak|eynako|kolah|kolahesh|kolaho|kapshan|kapshanesh|kot|kotesh|matn|neveshte|mard e posht|marde posht|marde poshtesh|adam e posht|adame posht|adamaye posht`,
    ),
    replace: terms(`avaz kon|avazesh kon|tanesh kon|tanash kon|bepooshun|bepushun|bepushoon|bepooshoon|be jaye|bejaye`),
    colour: terms(`ghermez|qermez|abi|siah|siyah|sefid|sabz|zard|soorati|surati`),
    keep: terms(`faghat|faqat|fagat`),
    partialNude: terms(`bedune sutin|bedoone sutin|bi sutin|bedun sutin|bala tane lokht|balatane lokht`),
  },
  el: {
    // Greeklish: Greek typed in Latin letters, with x or h for χ, 8 or th for θ, w for ω.
    remove: terms(`vgale|vgalte|vgaleis|vgalto|vgalta|vgale tis|vgale tou|vgalete|afairese|afairesete|aferese|sviste|svise|ksekoumpose|xekoumpose|ksekoubwse|kserouxose`),
    removeWeak: terms(`xoris|xwris|horis|choris|hwris`),
    undressVerb: terms(
      `gdyse|gdise|gdyste|gdiste|gdysete|gdisete|gdyse tin|gdise tin|gdyse ton|ksentyse|ksentise|xentyse|xentise|ksentyste|kane tin gymni|kane tin gimni|kan tin gymni|kan tin gimni|kane ti gymni|kanti gymni|kane tin olo gymni|kane ton gymno|kane ton gimno`,
    ),
    clothing: terms(
      `rouxa|rouha|roucha|ruxa|ruha|rouxa tis|ta rouxa|ta rouha|forema|foremata|to forema|mplouza|blouza|pukamiso|poukamiso|fousta|panteloni|pantaloni|sutien|soutien|esorouxa|esoroucha|esoruxa|esorouha|mayio|mayo tis|kalson|kolan`,
    ),
    nude: terms(
      `gymni|gimni|gymnh|gumni|gymno|gimno|gymnos|gimnos|gymnes|gimnes|olo gymni|ologymni|ologimni|olo gimni|theogymni|theogimni|8eogymni|8eogimni|opws tin gennise i mana tis|opos ti gennise i mana tis`,
    ),
    reveal: terms(`diafano|diafani|diafanh|diafana|diafanes|diafanis|diafanes|imidiafano|imidiafani|vregmeno|vregmeni|vregmena|vregmenh|aktinografia|aktines x|ti forei apo mesa|ti krivei`),
    reduce: terms(`pio konto|pio konta|kontytero|kontitero|mikrotero|mikrotera|pio mikro|pio steno|pio apokalyptiko|pio apokaliptiko|vathytero ntekolte|vathitero dekolte`),
    reduceAlone: terms(`ligotero yfasma|ligotero ifasma|ligotera rouxa|ligotera roucha`),
    skimpy: terms(`me mayio|me mpikini|me bikini|me esorouxa|me esoroucha|me sutien|me soutien|esorouxa|esoroucha|esoruxa|mpikini|stringk|stringaki`),
    sexualAct: terms(`kanoun sex|kanoun seks|kanoun erota|pidiountai|pidiounte|gamiountai|gamiounte|gamiete|gamietai|tin gamaei|tin pidaei|pornografia|erotiki skini`),
    sexualBody: terms(`vyzia|vizia|vyzakia|vizakia|kwlos|kolos|kolaras|thiles|8iles|stithos`),
    suggestive: terms(`proklitiki|proklhtikh|aisthisiaki|esthisiaki`),
    minor: terms(`paidi|paidia|paidaki|koritsaki|agoraki|efivi|efivos|efhvh|anilikh|anilikos|aniliki|anilikou|anilikis|mathitria`),
    person: terms(`aftin|autin|afti|auti|aftis|autis|afth|tin kopela|tin gynaika|tin ginaika|ti gynaika|ti ginaika|afti i gynaika|afti i kopela|ti gineka mou|ti gynaika mou|tin kopela mou`),
    benign: terms(
      `vrwmia|vromia|vromies|vrwmies|lekedes|lekedaki|fonto|to fonto|logotypo|logotipo|keimeno|kimeno|gyalia|gialia|kapelo|mpoufan|bufan|palto|lekes|leke|etiketa|ton antra apo piso|ton andra piso|ton tipo apo piso|tous anthropous piso`,
    ),
    replace: terms(`allakse|allaxe|alakse|alaxe|forese tis|forese tin|forese|ntyse|ntise|dyse|kalypse|kalipse|skepase|anti gia|vale tis`),
    colour: terms(`kokkino|kokkini|mple|mavro|mavri|aspro|aspri|prasino|prasini|kitrino|kitrini`),
    partialNude: terms(`xoris sutien|xoris soutien|horis soutien|xwris soutien|xoris to pano|xoris pano meros`),
  },
  he: {
    // Hebrew typed in Latin letters.
    remove: terms(`torid|toridi|toridu|tored|lehorid|tasir|tasiri|tasiru|lehasir|tivrid|timchak|timhak|timkhak|timchaki|timkhaki|lemchok`),
    removeWeak: terms(`bli|lelo|le lo`),
    undressVerb: terms(`tafshit|tafshiti|tafshitu|tafshit ota|tafshiti ota|tafshit oto|lehafshit|lehafshit ota|tafshit et`),
    clothing: terms(
      `begadim|habegadim|ha begadim|bgadim|bgadim shela|begadim shela|beged|hasimla|ha simla|simlah|hultza|hulza|chultza|khultza|hachultza|hahultza|ha hultza|chatsait|hatsait|hatzait|chatzait|michnasayim|mikhnasayim|mikhnasaim|michnasaim|hazia|haziya|chaziya|khaziya|hachaziya|tachtonim|takhtonim|tahtonim|beged yam`,
    ),
    nude: terms(
      `erom|eroma|eruma|aruma|arumim|arumot|eirom|eiruma|be erom|beerom|ba erom|be irom|be'erom|ervah|chasufa|khasufa|hasufa|bli begadim|bli bgadim|lelo begadim|kmo beyom huladeta|kvyom huladeta`,
    ),
    reveal: terms(`shakuf|shkufa|shkufim|shkufot|shakufa|shkifa|shkifut|she roim derecha|roim derecha|roim derekh|rentgen`),
    reduce: terms(`yoter katzar|yoter katsar|ktzara yoter|ktsara yoter|yoter ktana|yoter tsamud|yoter tzamud|tsmuda yoter`),
    reduceAlone: terms(`pachot bad|pahot bad|pachot begadim|pahot begadim|yoter or`),
    skimpy: terms(`beged yam|bebeged yam|be beged yam|halbasha tachtona|halbasha tahtona|halbasha takhtona|tachtonim|takhtonim|tahtonim|hazia|haziya|chaziya|khaziya|chutini|hutini|khutini|lanzheri`),
    sexualAct: terms(`mizdaynim|mizdayenim|mizdayenet|mizdayen|osim sex|osim seks|yachasey min|yahasey min|yahasei min|mekaymim yachasei min|motzetzet|motsetset|zayin ota`),
    sexualBody: terms(`tsitsim|tzitzim|tsitsi|shadayim|shadaim|tachat|tahat|pitmot`),
    suggestive: terms(`sexit|seksit|sexi|mefata|mefatta|hushanit|chushanit`),
    minor: terms(`yalda|yaldah|yeled|yeladim|yeladot|naara|na ara|naarah|ktina|ketina|ktinah|talmida|mitbageret`),
    person: terms(`shela|shelo|haisha|ha isha|ha'isha|habachura|habakhura|habahura|ha bachura|ishti|ishti shel|hachavera sheli|ha chavera sheli|achoti|ahoti`),
    benign: terms(
      `hareka|ha reka|rekah|ketem|haketem|ketamim|haketamim|mishkafayim|mishkafaim|mishkefet|kova|hakova|ha kova|meil|hameil|jaket|ha ish meachor|ha ish mehachor|haish meachor|ha anashim meachor`,
    ),
    replace: terms(`bimkom|be makom|talbish|talbishi|talbish ota|talbishi ota|tachlif|tahlif|takhlif|tachlifi|tahlifi|techase|tekase|tekasi`),
    partialNude: terms(`bli chazia|bli hazia|bli haziya|bli chaziya|bli hachelek haelyon`),
  },
  bn: {
    // Bengali typed in Latin letters (Banglish).
    remove: terms(`khule dao|khule daw|khule felo|khule fel|khulo|khule dite|sorie dao|soriye dao|sariye dao|sorao|muche dao|muchhe dao|muche fel|muche felo`),
    removeWeak: terms(`chara|chhara|chara ek|charai`),
    undressVerb: terms(
      `jama khule dao|jama khulo|jama khule felo|jama khule daw|jamakapor khule dao|kapor khulo|kapor khule dao|kapor khule felo|kapor khule daw|kapod khule dao|nongto kore dao|nongto koro|nongto kor|ulongo kore dao|ulongo koro|ulongo kor|langta koro|langta kore dao|nangta koro|nangta kore dao|nangto koro|nengta koro|nengta kore dao|bibostro koro`,
    ),
    clothing: terms(
      `jama|jamakapor|jama kapor|jamata|jamati|jamagulo|kapor|kaporta|kapor ta|kapod|kapodchopod|kapor chopor|shari|sharee|sharita|shari ta|ontorbas|antorbas|ontorbash|poshak|poshakta|bra ta|blauj|blause`,
    ),
    nude: terms(
      `nongto|nangta|nengta|nangto|nengto|ulongo|ulango|langta|nogno|nagno|bibostro|bibostra|jama chara|kapor chara|jama chhara|kapor chhara|jama kapor chara|ekdom nongto|ekdom ulongo|puro nongto|puro ulongo|shompurno nogno`,
    ),
    reveal: terms(`sosso|sochcho|swachchho|shochho|sochho|swachho|sboccho|bhitore ki ache|bhitor dekha jay|bhitor dekha jae`),
    reduce: terms(`aro chhoto|aro choto|chhoto koro|choto koro|tait koro|khato koro`),
    reduceAlone: terms(`kom kapor|aro kholamela|kholamela`),
    skimpy: terms(`ontorbas|antorbas|ontorbash|bikini pore|bra pore|bra te|bikini te|shudhu bra|shudhu towel|shudhu gamchha`),
    sexualAct: terms(`chodachudi|chodacudi|chuda chudi|sex korche|sex korchhe|jouno milon|joun milon`),
    sexualBody: terms(`sthon`),
    suggestive: terms(`uttejok|uttejak|kamuk|sexy bhabe`),
    minor: terms(`shishu|sishu|baccha|bachcha|bachha|kishori|nabalika|naballika|nabalok|meyeshishu|choto meye|chhoto meye|choto bachcha`),
    person: terms(`ei meyeta|ei meyeti|ei mohila|ei mohilar|ei meye|meyeta|meyetake|meyetar|amar bou|amar bouer|amar boudi|amar bon|amar premika|or jama|or kapor`),
    benign: terms(
      `pechoner|pechone|pichoner|pichone|pechoner lok|pichoner lok|pechoner lokta|pichoner lokta|pechoner manush|pichoner manush|chosma|choshma|chasma|tupi|tupita|daagta|dagta|logota|lekha|lekhata`,
    ),
    replace: terms(`bodlao|bodle dao|bodol koro|bodle daw|poriye dao|porie dao|poriye daw|porao|dheke dao|dhake dao`),
    colour: terms(`lal|laal|neel|sobuj|holud|kalo|sada|golapi`),
    keep: terms(`shudhu|shudu|rekhe dao`),
    partialNude: terms(`bra chara|bra chhara|bina bra|topless`),
  },
  ta: {
    // Tamil typed in Latin letters (Tanglish).
    remove: terms(
      `kazhattu|kalattu|kazhatu|kalatu|kazhatti|kalatti|kazhatti vidu|kalatti vidu|kazhattidu|kalattidu|kazhattunga|kalattunga|neekku|neeku|neekidu|neekkidu|neekkunga|eduthu vidu|eduthudu|eduthudunga|avizhu|avuthu|avuththu|avuthu vidu|avuthudu|avuththu vidu`,
    ),
    removeWeak: terms(`illama|illamal|illaama|illaamal|illatha`),
    undressVerb: terms(
      `aadai kazhattu|aadaiya kazhattu|aadaiya kalattu|aadaiyai kazhattu|udaiya kazhattu|udaiya kalattu|dress kazhattu|dressa kalattu|dressa kazhattu|dress ah kazhattu|thuni kazhattu|thuniya kalattu|thuniya kazhattu|thuniya avuthu|thuniya avuththu|nirvaanama aakku|nirvanama akku|nirvanama aakku|nirvaanamaa aakku|ammanama aakku|ammanama akku|ammanama kaattu|ammanama kattu|ammanama pannu|nirvanama pannu`,
    ),
    clothing: terms(
      `aadai|aadaigal|aadaiya|aadaiyai|udai|udaiya|udaigal|thuni|thuniya|thunigal|sattai|sattaiya|saelai|selaiya|ravikkai|ravikka|ravikkaiya|paavadai|pavadai|paavadaiya|jatti|jattiya|jetti|ulladai|ulladaiya|dressa|dress ah`,
    ),
    nude: terms(
      `ammanam|ammanama|ammanamaa|ammanamaga|ammana|nirvaanam|nirvanam|nirvaanama|nirvanama|nirvaanamaa|nirvaanamaga|nirvanamaga|thuni illama|thuni illamal|aadai illama|aadai illamal|dress illama|dress illamal`,
    ),
    reveal: terms(`oodaruvi|ooduruvi|velippadaiyana|ulla theriyura|ulle theriyura|ulla theriyanum|ulle theriyanum|ulla theriyuramaadhiri|nanaincha|nanainja|eeramana`),
    reduce: terms(`chinnatha|sinnatha|chinnadha|kuttaiya|kuttaya|kuttaiyaa|innum chinnatha|tight ah`),
    reduceAlone: terms(`kammi dress|kammiyana aadai|kuraivana aadai`),
    skimpy: terms(`ulladai|ulladaiyil|ulladai mattum|ulladaila|bikini la|bikini le|bra mattum|jatti mattum|bra la|jatti la`),
    sexualAct: terms(`okkura|okkuren|okkanum|ookkura|sex pannura|sex pannuranga|udaluravu`),
    sexualBody: terms(`mulaigal|koodhi|pundai`),
    suggestive: terms(`kavarchi|kavarchiya|kavarchiyaana|kavarchiyana|kaamam`),
    minor: terms(`kuzhandhai|kuzhandai|kulanthai|kuzhanthai|kulandhai|kuzhandhaiya|sirumi|sirumiya|siruvan|chinna ponnu|chinna paiyan|chinna kuzhandhai|maanavi|manavi`),
    person: terms(`aval|avala|avalai|avaloda|avalodaya|avaludaya|avan|avana|avanoda|indha ponnu|intha ponnu|indha ponna|intha ponna|indha penn|intha pen|en manaivi|en wife oda|en girlfriend oda`),
    benign: terms(
      `pinnani|pinnaniya|pinnaniyai|kannadi|kannadiya|kannaadi|thoppi|thoppiya|karai|karaiya|karaigal|pinnadi irukkura aala|pinnadi irukura aal|pinnala irukura aal|pinnadi irukkura aal|pinnala irukkura aala|pinnadi irukura aala`,
    ),
    replace: terms(`maathu|mathu|maatru|maathidu|mathidu|maathunga|pottu vidu|pottuvidu|pottu vidunga|podunga`),
    colour: terms(`sivappu|sigappu|neelam|neela|pachai|pachchai|manjal|karuppu|vellai`),
    keep: terms(`mattum|mattume`),
    partialNude: terms(`bra illama|bra illamal|topless`),
  },
  te: {
    // Telugu typed in Latin letters.
    remove: terms(`teeseyi|teeseyyi|theeseyi|teesai|teesey|tiseyi|teeyi|teeyu|teesesey|teeseyandi|vippu|vippey|vippeyi|vippesey|vippeyyi|vippandi|vippesi|lekunda|lekundaa`),
    removeWeak: terms(`lekunda|leni`),
    undressVerb: terms(
      `battalu vippu|battalu vippey|battalu vippeyi|battalu vippesey|battalu vippesi|battalu teeseyi|battalu teesey|batalu vippu|batalu teeseyi|nagnamga cheyyi|nagnamga cheyi|nagnanga cheyi|nagnamga chey|nagnanga cheyyi|battalu lekunda cheyyi|battalu lekunda cheyi|digambaram ga cheyyi|digambaramga cheyyi`,
    ),
    clothing: terms(`battalu|batalu|battala|bhattalu|battalanu|cheera|cheeranu|chira|raveeka|ravika|ravikanu|pavada|lo dustulu|lodustulu|dressnu|dress ni|shirtnu`),
    nude: terms(`nagnamga|nagnanga|nagnam|nagnamgaa|nagnamgaa|battalu lekunda|battalu leni|batalu lekunda|batalu leni|digambaramga|digambaram|battalu lenatlu|battalu lenattu|battalu lenattuga`),
    reveal: terms(`paradarsakam|paradarshakam|paardarshakamga|paradarshakamga|kanipinchela|lopala kanipinchela|lopala kanipinchali|lopala kanipinchelaa|tadisina|thadisina`),
    reduce: terms(`chinnaga|inka chinnaga|pottiga|inka pottiga`),
    skimpy: terms(`lodustulu|lo dustulu|lodustullo|lo dustullo|bra lo|bikini lo|bikinilo|lodustulu matrame`),
    sexualAct: terms(`dengutunnaru|dengudu|dengadam|sex chestunnaru|srungaram`),
    sexualBody: terms(`pirralu|rommulu`),
    suggestive: terms(`sexy ga|hot ga`),
    minor: terms(`chinna pilla|chinnari|baalika|balika|pasipaapa|pasi papa|chinna papa|ammayi pilla|vidyarthini`),
    person: terms(`aame|aamenu|amenu|aame yokka|aavida|aavidanu|ee ammayi|ee ammayini|ee ammaayi|ee aavida|aame battalu|naa bharya|naa wife`),
    benign: terms(
      `nepathyam|neppathyam|nepathyamu|kallajodu|kalla jodu|kalladdalu|topi|maraka|marakalu|marakanu|venaka unna vyakti|venakala unna manishi|venaka unna manishi|venaka unna abbayi|venaka unnavallu`,
    ),
    replace: terms(`marchu|maarchu|maarchandi|marchandi|veyyi|veseyi|vesey|todugu|todigi|todagu|kappu`),
    colour: terms(`erra|errani|neelam|neeli|tella|tellani|pasupu`),
    keep: terms(`matrame|maatrame|matramey`),
    partialNude: terms(`bra lekunda|topless`),
  },
  // Thirty-fifth session: Chinese in toneless pinyin, as typed in chats and replies to a bot when the input method is
  // off ("ba ta de yifu tuo le", "rang ta chuan bijini"). Syllables are written joined and apart. Single syllables
  // ("ta", "de", "ba", "lou", "sao") are words of other languages and never a term alone: people are said by the
  // verb phrase before them ("rang ta", "ba ta", "gei ta"), garments and states by whole words.
  zh: {
    remove: terms(
      `tuodiao|tuo diao|tuoxia|tuo xia|tuole|tuo le|qudiao|qu diao|nadiao|na diao|chudiao|chu diao|shandiao|shan diao|bodiao|bo diao|sidiao|si diao|jiekai|jie kai|xiankai|xian kai|tuo xia lai|tuo le ba`,
    ),
    removeWeak: terms(`meiyou|mei you|bu chuan|buchuan|mei chuan|meichuan`),
    undressVerb: terms(
      `tuoguang|tuo guang|tuo yifu|tuo yi fu|tuodiao yifu|tuo diao yifu|ba yifu tuo|ba yi fu tuo|boguang|bo guang|bo yifu|kuanyi jiedai|kuan yi jie dai|tuo de jingguang|tuo jingguang|tuo de guangguang|yijian tuoyi|yi jian tuo yi|tuoyi|tuo yi`,
    ),
    clothing: terms(
      `yifu|yi fu|shangyi|shang yi|kuzi|ku zi|qunzi|qun zi|lianyiqun|lian yi qun|chenshan|chen shan|chenyi|chen yi|t xu|txu|neiyi|nei yi|neiku|nei ku|xiongzhao|xiong zhao|wenxiong|wen xiong|yongyi|yong yi|yongzhuang|yong zhuang|bijini|bi ji ni|duanqun|duan qun|niuzaiku|niu zai ku|qipao|qi pao|xiaofu|xiao fu|siwa|si wa|diaodai|diao dai`,
    ),
    outerwear: terms(`waitao|wai tao|jiake|jia ke|yurongfu|yu rong fu|maoyi|mao yi|weiyi|wei yi|fengyi|feng yi|xizhuang|xi zhuang`),
    nude: terms(
      `luoti|luo ti|chiluo|chi luo|quanluo|quan luo|banluo|ban luo|guangzhe shenzi|guang zhe shen zi|guang shenzi|guang shen zi|yisibugua|yi si bu gua|mei chuan yifu|meichuan yifu|mei chuan yi fu|bu chuan yifu|buchuan yifu|bu chuan yi fu|luozhao|luo zhao|luotu|luo tu|chishen luoti|chi shen luo ti|guangliuliu|guang liu liu|shenme dou bu chuan|shen me dou bu chuan|shenme dou mei chuan|shen me dou mei chuan`,
    ),
    reveal: terms(`toushi|tou shi|touming|tou ming|shitou le|shi tou le|shishen|shi shen|toushizhuang|tou shi zhuang|ban touming|ban tou ming`),
    reduce: terms(`geng duan|gengduan|bian duan|gai duan|geng bao|geng xinggan`),
    reduceAlone: terms(
      `lou duo dian|duo lou dian|duo lou yidian|duo lou yi dian|lou rou|lourou|geng baolu|geng bao lu|shao chuan dian|shao chuan yidian|shao chuan yi dian|chuan shao dian|chuan de shao|chuan de geng shao|baolu yidian|bao lu yi dian|louchu shenti|lou chu shen ti`,
    ),
    skimpy: terms(
      `bijini|bi ji ni|neiyi|nei yi|neiku|nei ku|xiongzhao|xiong zhao|wenxiong|wen xiong|yongyi|yong yi|yongzhuang|yong zhuang|qingqu neiyi|qing qu nei yi|qingqu|qing qu|dingziku|ding zi ku|sanjiaoku|san jiao ku|leisi neiyi|lei si nei yi|zhi chuan neiyi|zhi chuan nei yi`,
    ),
    sexualAct: terms(`zuoai|zuo ai|xingjiao|xing jiao|huangtu|huang tu|setu|seqing|se qing|huangse zhaopian|huang se zhao pian|yinhui|yin hui|chuangxi|chuang xi|aipapa`),
    sexualBody: terms(`naizi|nai zi|rutou|ru tou|xiongbu|xiong bu|tunbu|tun bu|juru|ju ru|rugou|ru gou|xiashen|xia shen`),
    suggestive: terms(`xinggan|xing gan|saoqi|sao qi|youhuo|you huo|meihuo|mei huo|sese de|se se de|hen sao|sao yidian|sao yi dian|xinggan yidian|xing gan yi dian|maimeng|liaoren|liao ren`),
    minor: terms(
      `xiaohai|xiao hai|xiaohaizi|xiao haizi|xiao hai zi|xiao nvhai|xiao nuhai|xiaonvhai|xiaonuhai|xiao nvsheng|xiao nusheng|nv xuesheng|nu xuesheng|nvxuesheng|nuxuesheng|xiaoxuesheng|xiao xue sheng|xiao xuesheng|chuzhongsheng|chu zhong sheng|gaozhongsheng|gao zhong sheng|luoli|luo li|youeryuan|you er yuan|ertong|er tong|weichengnian|wei cheng nian|xiao pengyou|xiaopengyou|yinger|ying er|nv haizi|nu haizi`,
    ),
    minorWeak: terms(`nvhai|nuhai|nv hai|nu hai|nvsheng|nusheng|nv sheng|nu sheng|nver|nuer|nv er|nu er|erzi|er zi|baobao|bao bao|xuesheng|xue sheng|meimei|mei mei`),
    person: terms(
      `rang ta|ba ta|gei ta|zhe ge nvde|zhege nvde|zhe ge nude|zhege nude|zhe ge meinv|zhege meinv|zhe ge nvren|zhe ge nuren|zhe ge ren|nvde|meinv|mei nv|nvren|nuren|nv ren|nu ren|wo laopo|wo nvyou|wo nuyou|wo nv pengyou`,
    ),
    realRef: terms(
      `qian nvyou|qian nuyou|qiannvyou|qian nv you|qianqi|qian qi|tongshi|tong shi|tongxue|tong xue|laoshi|lao shi|nv laoshi|nu laoshi|linju|lin ju|nvshen|nv shen|nv tongshi|nv tongxue|shangsi|shang si|laoban|lao ban|nv shangsi`,
    ),
    benign: terms(
      `beijing|bei jing|haitan|hai tan|tiankong|tian kong|zhaopian|zhao pian|maozi|mao zi|yanjing|yan jing|shuiyin|shui yin|luren|lu ren|houmian de ren|hou mian de ren|beihou de ren|bei hou de ren|liangdu|liang du|dengguang|deng guang|wuzi|wu zi|wenzi|wen zi|zangwu|zang wu|wuji|wu ji`,
    ),
    colour: terms(`yanse|yan se|hongse|hong se|lanse|lan se|heise|hei se|baise|bai se|huangse|huang se|lvse|lv se|lüse|fenhong|fen hong|zise|zi se`),
    replace: terms(
      `huan cheng|huancheng|bian cheng|biancheng|gai cheng|gaicheng|tihuan|ti huan|huan yi jian|huan shang|huanshang|chuan shang|chuanshang|tao shang|taoshang|rang ta chuan|gei ta chuan|chuan yi jian|zhe zhu|zhezhu|gai zhu|gaizhu`,
    ),
    keep: terms(`zhi liu|zhiliu|zhi sheng|zhisheng|baoliu|bao liu`),
  },
  // Korean in Revised Romanisation as typed on a Latin keyboard ("ot beotgyeojwo", "sokot ipyeojwo"), endings
  // joined or apart. "ot" (clothes) is a word of other languages alone, so it counts only inside a phrase.
  ko: {
    remove: terms(
      `beotgyeo|beotgyeojwo|beotgyeo jwo|beotgyeojuseyo|beotgyeo juseyo|beoseo|beotgo|beotgyeobwa|beotgyeobeoryeo|beotgin|beotgige|jiwojwo|jiwo jwo|jiwojuseyo|eopsaejwo|eopsae jwo|eopsaebeoryeo|ppaejwo|ppae jwo`,
    ),
    removeWeak: terms(`eopsi|eomneun`),
    undressVerb: terms(
      `ot beotgyeo|ot beotgyeojwo|ot beotgyeo jwo|ot da beotgyeo|ot da beotgyeojwo|ot beotgige|ot beotgin|oseul beotgyeo|oseul beotgyeojwo|oseul da beotgyeo|holdak beotgyeo|holttak beotgyeo|holttak beotgyeojwo|beolgeobeotgyeo|beolgeo beotgyeo|almomeuro|almom euro|almomeuro mandeureojwo`,
    ),
    clothing: terms(
      `oseul|otseul|chima|chimareul|baji|bajireul|tisyeocheu|tisyeocheureul|syeocheu|syeocheureul|beullauseu|deureseu|deureseureul|wonpiseu|wonpiseureul|sangui|sanguireul|gyobok|gyobogeul`,
    ),
    outerwear: terms(`paeding|jaket|jakeseul|koteu|koteureul|kadigeon|hudi`),
    nude: terms(`almom|al mom|nudeu|nudeu sajin|beolgeobeoseun|beolgeo beoseun|holttak beoseun|holdak beoseun|ot an ibeun|ot aneibeun|ot an ipgo|otdo an ipgo`),
    reveal: terms(`bichineun|bichige|bichyeo boige|bichyeoboige|sok boige|sogi boige|tumyeonghage|tumyeong|sisru|siseuru|jeojeun|jeotge`),
    reduce: terms(`jjalkke|jjalge|jjalbge|deo jjalkke|deo jjalge|kkwak kkineun|taiteuhage`),
    reduceAlone: terms(`nochul|nochulhage|nochul manhi|nochul deo|nochurhage|nochul sajin`),
    skimpy: terms(`sokot|sogot|sokkot|sokot man|sogot man|sokot chalim|sogot charim|beuraejieo|beura|nobeura|paenti|suyeongbok|suyeongbogeul|bikini|bikinireul|ranjeri|sokot hwabo|sogot hwabo`),
    sexualAct: terms(`sekseu|seksseu|yadong|ya dong|jaweui`),
    sexualBody: terms(`jjijji|jeotgaseum|jeot gaseum|yudu|eongdeongi|gaseumgol|geoyu`),
    suggestive: terms(`yahage|yahge|yasisi|yasisihage|yarithage|sekshi|sekshihage|seksihage|seksihan|seksi hage|kkollige|kwannneung|gwanneungjeok|yohyeom`),
    minor: terms(
      `yeojaai|yeoja ai|namjaai|namja ai|eorini|eorin ai|eorin yeojaai|chodeunghaksaeng|chodeung haksaeng|jungdeunghaksaeng|junghaksaeng|godeunghaksaeng|yeogosaeng|yeojungsaeng|chodeing|jungding|goding|yeogoding|miseongnyeonja|misungnyeonja`,
    ),
    minorWeak: terms(`yeojaae|namjaae|ttareul|haksaeng|dongsaeng`),
    person: terms(`geunyeo|geunyeoui|geunyeoreul|i yeoja|i yeoja reul|i yeojareul|i yeoseong|i namja|i saram|yeojachingu|yeochin|nuna|yeodongsaeng|wa ipeu|waipeu`),
    realRef: terms(`jeon yeochin|jeonyeochin|jeon yeojachingu|dongchang|ban chingu|dongryo|jikjang dongryo|hoesa dongryo|yeopjip|seonsaengnim|damim|sangsa|timjangnim|rumeumeiteu`),
    publicFigure: terms(`yeonyein|yeobaeu|aidol|geolgeurup|yutyubeo`),
    benign: terms(`baegyeong|baegyeongeul|saekkal|saekkareul|saram|dwie inneun|ganpan|mojareul|angyeong|angyeongeul|haneul|bada|haebyeon|balkge|deo balkge|chaedo|sajin|selka|pibu|peulraeswi`),
    colour: terms(`paransaek|ppalgansaek|hayansaek|geomjeongsaek|noransaek|choroksaek|bunhongsaek|borasaek`),
    replace: terms(`bakkwo|bakkwojwo|baggwo|baggwojwo|bakkwo jwo|galaip|garaip|garaipyeo|ipyeo|ipyeojwo|ipyeo jwo|ipyeojuseyo|ipyeobwa|deopeo|deopeojwo|garyeo|garyeojwo|chuga|daesin`),
    keep: terms(`man namgyeo|man namgigo|geudaero`),
  },
  ja: {
    // Japanese typed in Latin letters (Hepburn, with long vowels as macrons, doubled or dropped). Words that are common
    // words of other Latin-script languages ("ao", "ero", "eroi", "seta", "koto", "kare" alone) are left out.
    remove: terms(`nugasete|nugashite|nugase|nuide|totte|tottete|torinozoite|keshite|hazushite`),
    undressVerb: terms(
      `hadaka ni shite|hadaka ni suru|zenra ni shite|fuku wo nugasete|fuku nugasete|fuku wo totte|fuku totte|fuku wo keshite|fuku keshite|fuku wo nugashite|zenbu nugasete|zenbu nuide`,
    ),
    clothing: terms(
      `fuku|yōfuku|youfuku|yofuku|shatsu|tīshatsu|tiishatsu|burausu|sukāto|sukaato|sukato|zubon|pantsu|shitagi|doresu|wanpīsu|wanpiisu|wanpisu|sētā|seetaa|seifuku|mizugi|buraja|burajā|burajaa|pantī|pantii`,
    ),
    outerwear: terms(`kōto|kooto|jaketto|pāka|paaka|kādigan|kaadigan|daun jaketto`),
    nude: terms(`hadaka|zenra|marudashi|suppadaka|nūdo|nuudo|kyasuto ofu|kyasutoofu|kyasuto ofu joutai`),
    reveal: terms(`sukesuke|suke suke|suketeru|sukesasete|sukesase|sukete miete|sukeru|tōmei ni|toumei ni|bishonure|bisho nure`),
    reduce: terms(`mijikaku|motto mijikaku|pitchiri|pichipichi|kiwadoku|rokotsu`),
    skimpy: terms(`mizugi|mizugi sugata|shitagi|shitagi sugata|shitagi dake|pantsu dake|ranjerī|ranjerii|buraja|burajā|burajaa|pantī|pantii|tībakku|tiibakku`),
    sexualAct: terms(`sekkusu|ecchi shiteru|etchi shiteru|ero gazou|ero gazō|ero-e|eroe|ero manga|ero doujin|eroi baajon|eroi bājon|ero baajon|datsui sabun|datsui`),
    sexualBody: terms(`oppai|chikubi|oshiri`),
    suggestive: terms(`sekushī|sekushii|sekushi|ecchi|etchi|iroppoi|iroppoku|erokute|eroku`),
    minor: terms(
      `joshikōsei|joshikousei|joshikosei|joshichūgakusei|joshichuugakusei|chūgakusei|chuugakusei|chugakusei|shōgakusei|shougakusei|shogakusei|rori|rōri|roori|roribaba|rorībaba|rorikon|lolibaba|shōjo|shoujo|yōjo|youjo|kodomo`,
    ),
    person: terms(`kanojo|kanojo no|kare no|kono hito|kono onna|kono onna no hito|kono ko`),
    realRef: terms(`moto kano|motokano|dōryō|douryou|doryo|jōshi|joushi|kurasumeito|senpai|kōhai|kouhai`),
    replace: terms(`kisete|kigaete|kaete|kawari ni|kakushite`),
    benign: terms(`shimi|yogore|nefuda|haikei|megane|sangurasu|tokei|iyaringu|nekkuresu|tatū|tatuu|rogo|bōshi|boushi|kōto|kooto|jaketto|pāka|paaka|kādigan|kaadigan`),
    keep: terms(`dake|nokoshite`),
    stays: terms(`sono mama|sonomama`),
    beneath: terms(`naka ni|shita ni|uchigawa ni`),
    wearVerb: terms(`kiteru|kite iru|kite imasu|kiteiru`),
  },
};

/**
 * The spellings of one Russian or Ukrainian translit term that people also type: a Latin keyboard has
 * no one way to write й, я, ё, ю, х, ц, щ or the soft sign, so "nizhnem belye" is also "nizhnem belie",
 * "nizhnem belje" and "nizhnem bel'e" (the apostrophe reads as a space), "trusikakh" also "trusikah" and
 * "trusikax", "shkolnitsa" also "shkolnica". Each listed spelling stays; the others are added, at most
 * MAX_VARIANTS a term (the first places of a long term vary first). Alternatives that would drop a
 * letter at a word's end ("platye" → "plate") are not made, and a single word of fewer than MIN_VARIED letters
 * keeps its listed spellings only: short words collide with other languages' ("platya" → Catalan "platja", beach).
 */
export function translitVariants(term: string): string[] {
  if (!term.includes(' ') && term.length < MIN_VARIED) return [term];
  const parts: string[][] = [];
  let i = 0;
  let literal = '';
  const push = (alts: string[]) => {
    if (literal) parts.push([literal]);
    literal = '';
    parts.push(alts);
  };
  while (i < term.length) {
    const rest = term.slice(i);
    const prev = term[i - 1] ?? ' ';
    const next2 = term[i + 2] ?? ' ';
    const wordEnd = (n: number) => i + n >= term.length || term[i + n] === ' ';
    let m: RegExpExecArray | null;
    if (rest.startsWith('shch')) {
      push(['shch', 'sch', 'shh']);
      i += 4;
    } else if (rest.startsWith('kh')) {
      push(['kh', 'h', 'x']);
      i += 2;
    } else if (rest.startsWith('ts') && VOWEL.test(next2)) {
      push(['ts', 'c', 'tz']);
      i += 2;
    } else if ((m = /^y([aeou])/.exec(rest)) !== null) {
      const v = m[1]!;
      const afterConsonant = CONSONANT.test(prev);
      const alts = [`y${v}`, `i${v}`, `j${v}`];
      if (afterConsonant) alts.push(` ${v}`);
      if (v === 'o') alts.push(afterConsonant ? 'e' : 'e');
      if (v === 'e' && afterConsonant && !wordEnd(2)) alts.push('e');
      push(alts);
      i += 2;
    } else if ((m = /^([aeo])y/.exec(rest)) !== null && wordEnd(2)) {
      const v = m[1]!;
      push([`${v}y`, `${v}i`, `${v}j`]);
      i += 2;
    } else if ((rest.startsWith('iy') || rest.startsWith('yy')) && wordEnd(2)) {
      push([rest.slice(0, 2), 'ii', 'ij', 'yj']);
      i += 2;
    } else {
      literal += term[i];
      i++;
    }
  }
  if (literal) parts.push([literal]);
  let out = [''];
  for (const alts of parts) {
    const next: string[] = [];
    for (const head of out) for (const a of alts) if (next.length < MAX_VARIANTS) next.push(head + a);
    out = next;
  }
  return [...new Set([term, ...out])];
}

const MAX_VARIANTS = 24;
const MIN_VARIED = 7;
const VOWEL = /[aeiouy]/;
const CONSONANT = /[bcdfghklmnprstvwxz]/;

function withVariants(lexicon: Lexicon): Lexicon {
  const out: Record<string, string[]> = {};
  for (const [concept, list] of Object.entries(lexicon) as Array<[string, readonly string[]]>) out[concept] = [...new Set(list.flatMap(translitVariants))];
  return out as Lexicon;
}

export const ROMANISED: Readonly<Record<string, Lexicon>> = {
  ...WRITTEN,
  ru: withVariants(WRITTEN.ru!),
  uk: withVariants(WRITTEN.uk!),
};
