import { terms, type Lexicon } from './types.ts';

// Twenty more languages with no lexicon until now (2026-12): Catalan and Galician requests were read by
// Spanish and Portuguese words where they happen to agree ("despulla-la", undress her, named no term),
// Belarusian by Russian ones, Tatar and Bashkir went to review whatever they said, Odia letters were a
// script no lexicon covered, and the rest named no term at all. General vocabulary only, written from
// the author's knowledge of the languages (not native; the least sure are marked): removing and
// undressing verbs, nudity, garments, underwear and swimwear, see-through and wet, sexual words,
// children, the person pronouns, dressing verbs and the things whose removal is benign (hat, glasses,
// background, logo, stain, outer garments). Their common words are in language.ts. Words that are
// everyday words of a covered language ("roba" is Spanish "steals", "bala" Persian "up") are left out.

export const ca: Lexicon = {
  remove: terms(`treu|treu li|treu-li|treure|treu-te|elimina|esborra`),
  removeWeak: terms(`sense`),
  undressVerb: terms(`despulla*|treu li la roba|treu-li la roba|lleva li la roba|lleva-li la roba|deixa la nua|deixa-la nua`),
  clothing: terms(`roba|la roba|vestit|vestits|camisa|samarreta*|brusa|faldilla*|pantalons|texans`),
  outerwear: terms(`jaqueta*|abric*|jersei*|dessuadora*|barnús|barnus|coll alt`),
  cover: terms(`sobre el|sobre la|damunt|a sobre`),
  objectTarget: terms(`paret*|mur|murs|arbre*|maniquí*|maniqui*|pedra|estesa|esteses|estès|estesos`),
  nude: terms(`nua|nues|nus|despullada*|despullat*|sense roba|en pilotes|com la seva mare la va portar al món`),
  skimpy: terms(`biquini*|roba interior|banyador*|sostenidors|sostenidor|calces|calcetes|bragues|tanga|tangas|llenceria`),
  reveal: terms(`transparent*|mullada|mullat|xopa`),
  sexualAct: terms(`sexe|porno*|sexual*`),
  suggestive: terms(`sensual*|provocativa*|seductora*`),
  minor: terms(`nena|nenes|nens|criatura|infant|infants|menor d'edat|menor|adolescent*|nena petita|noieta|col·legiala|collegiala`),
  minorWeak: terms(`noia|noies`),
  person: terms(`ella|la dona|aquesta dona|aquella dona|la noia|li`),
  replace: terms(`posa li|posa-li|posa'ls|posa ls|posa-los|posa-la|vesteix la|vesteix-la|vesteix*|en lloc de|en comptes de`),
  benign: terms(`barret*|gorra*|ulleres|fons|logotip*|logo|taca|taques|marca d'aigua|text`),
};

export const gl: Lexicon = {
  remove: terms(`quita|quítalle|quitalle|quítalle a|sácalle|sacalle|elimina|borra|retira`),
  undressVerb: terms(`espea|espide|espídea|espidea|quítalle a roupa|quitalle a roupa|sácalle a roupa|sacalle a roupa|deixaa núa|deixaa nua`),
  clothing: terms(`roupa|a roupa|vestido|camisa|camiseta|blusa|saia|pantalóns|pantalons|vaqueiros`),
  outerwear: terms(`chaqueta*|abrigo*|xersei*|suadoiro*`),
  nude: terms(`núa|nua|núas|nuas|espida*|espido*|sen roupa|en coiros|en pelotas`),
  skimpy: terms(`biquíni*|biquini*|roupa interior|bañador*|traxe de baño|suxeitador*|bragas|tanga|tangas|lencería`),
  reveal: terms(`transparente*|mollada|mollado|enchoupada`),
  sexualAct: terms(`sexo|porno*|sexual*`),
  suggestive: terms(`sensual*|provocativa*|sedutora*`),
  minor: terms(`nena|nenas|neno|nenos|cativa|cativas|cativo|cativos|cativiña*|menor de idade|menor|adolescente*|rapaciña*|colexiala*`),
  minorWeak: terms(`rapaza|rapazas`),
  person: terms(`ela|a muller|esta muller|a rapaza|dela|lle`),
  replace: terms(`ponlle|pónlle|vístea|vistea|víste*`),
  benign: terms(`sombreiro*|gorra*|lentes|gafas|fondo|logotipo*|logo|mancha*|marca de auga|texto`),
};

// Belarusian beside Russian: only the words that are spelt otherwise (і, ў, дз, the -ь- forms); the rest Russian already reads.
export const be: Lexicon = {
  remove: terms(`здымі|здыміце|зніміце|прыбяры|прыбярыце|выдалі|выдаліце|сцеры`),
  removeWeak: terms(`без`),
  undressVerb: terms(`распрані*|раздзень*|распранаць|распрануць|агалі|аголі|здымі з яе адзенне|здымі адзенне`),
  clothing: terms(`адзенне|адзення|вопратк*|сукенк*|кашул*|спадніц*|штаны|джынсы|майк*|блузк*`),
  outerwear: terms(`куртк*|паліто|пінжак*|світэр*`),
  nude: terms(`голая|голы|голую|голыя|аголен*|распранут*|без адзення|без вопраткі|бяз адзення`),
  skimpy: terms(`бікіні|ніжняя бялізна|ніжнюю бялізну|бялізн*|купальнік*|бюстгальтар*|станік*|трусікі|стрынгі`),
  reveal: terms(`празрыст*|мокр*`),
  sexualAct: terms(`сэкс*|порна*|сэксуальн*`),
  suggestive: terms(`сэксі|спакуслів*`),
  minor: terms(`дзіця|дзіцяці|дзеці|дзяцей|дзяўчынк*|маленькая дзяўчына|непаўналетн*|падлет*|школьніц*`),
  minorWeak: terms(`дзяўчына|дзяўчыну|дачка|дачку`),
  person: terms(`яе|ёй|яго|жанчыну|жанчыны|гэтую жанчыну`),
  replace: terms(`апрані*|надзень*|надзеньце`),
  benign: terms(`капялюш*|шапк*|акуляры|акуляраў|фон|лагатып*|лога|пляма|плямы|вадзяны знак`),
};

export const mk: Lexicon = {
  remove: terms(`тргни|тргнете|отстрани|отстранете|избриши|извади|симни|симнете`),
  removeWeak: terms(`без`),
  undressVerb: terms(`соблечи*|слечи*|разголи*|симни ја облеката|симни ѝ ја облеката|соблечете`),
  clothing: terms(`облека|облеката|фустан*|кошул*|маиц*|блуз*|здолниш*|панталон*|фармерк*`),
  outerwear: terms(`јакна*|палто*|џемпер*|дуксер*`),
  nude: terms(`гола|голи|голо|соблечена|соблечен|без облека|разголен*`),
  skimpy: terms(`бикини|долна облека|долната облека|долен веш|костим за капење|градник*|гаќички|тангите|танги`),
  reveal: terms(`проѕир*|провидн*|мокра|мокар|мокри`),
  sexualAct: terms(`секс*|порно*|сексуал*`),
  suggestive: terms(`секси|заводлив*`),
  minor: terms(`дете|детето|деца|децата|девојче*|малолет*|тинејџерк*|ученичк*|мало девојче`),
  minorWeak: terms(`девојка|девојката|ќерка`),
  person: terms(`неа|нејзе|нејзината|нејзиниот|нејзините|жената|оваа жена`),
  replace: terms(`облечи ја|облечи ѝ|облечи*|стави ѝ`),
  benign: terms(`шапка*|капа|капата|очила*|позадина*|лого|логото|дамка*|флека*|воден жиг`),
};

// Maltese: the least sure are the undress verb forms and the underwear words.
export const mt: Lexicon = {
  remove: terms(`neħħi|neħħilha|neħħih|neħħiha|neħħu|ħassar|ħassarha|mingħajr`),
  removeWeak: terms(`mingħajr`),
  undressVerb: terms(`neħħilha l-ħwejjeġ|neħħilha l ħwejjeġ|neħħi l-ħwejjeġ|neħħi l ħwejjeġ|żarmaha|ineżża*|neżżgħa*|neżżagħha|ġarrafha`),
  clothing: terms(`ħwejjeġ|il-ħwejjeġ|ħwejjiġha|libsa|il-libsa|qmis|il-qmis|flokk*|dublett*|qalziet|qliezet|blouse`),
  outerwear: terms(`ġakketta*|kowt|mantell*`),
  nude: terms(`għarwien*|għarwiena|għarwenin|mingħajr ħwejjeġ|mingħajr ħwejjeġ fuqha`),
  skimpy: terms(`bikini|ħwejjeġ ta' taħt|ħwejjeġ ta taħt|kostum tal-għawm|kostum tal għawm|reġipett*|qalziet ta' taħt|qalziet ta taħt|lingerie`),
  reveal: terms(`trasparenti|imxarrba|imxarrab`),
  sexualAct: terms(`sess|sesswali|porn*`),
  suggestive: terms(`sexy|seduċenti`),
  minor: terms(`tifla|tfajla ċkejkna|tifel|tfal|minorenni|minuri|żagħżugħa|adoloxxenti|studenta tal-iskola`),
  minorWeak: terms(`tfajla|bint`),
  person: terms(`hija|lilha|tagħha|il-mara|din il-mara|it-tfajla`),
  replace: terms(`ilbisha|ilbes*|poġġilha`),
  benign: terms(`kappell*|nuċċali|sfond|l-isfond|logo|il-logo|tebgħa|tebgħat|marka tal-ilma`),
};

// Javanese (ngoko and some krama): Indonesian words it shares (tanpa, bikini, telanjang) are read by Indonesian already.
export const jv: Lexicon = {
  remove: terms(`copot|copoten|copotna|dicopot|copotke|cucul|cuculen|cuculna|busak|busaken|ilangana|ilangna|ilangke`),
  undressVerb: terms(`blejeti|mblejeti|dibejeti|blejeten|wudakna|wudakake|wudani|klambine dicopot|copoten klambine|cuculen klambine|copot klambine|cucul klambine|cucul sandhangane`),
  clothing: terms(`klambi|klambine|sandhangan|sandhangane|rasukan|rok|roke|kathok|kathoke|clana|clanane|jarik|kebaya`),
  outerwear: terms(`jaket*|mantel*`),
  nude: terms(`wuda|wudo|mblejet|blejet|ora nganggo klambi|ora klamben|ora sandhangan`),
  skimpy: terms(`kathok jero|clana jero|kotang|kutange|klambi jero|klambi renang`),
  reveal: terms(`tembus pandang|teles|kebes`),
  sexualAct: terms(`seks|porno*|ngewe|gituan`),
  minor: terms(`bocah|bocahe|bocah cilik|cah cilik|bocah wadon|bocah sekolah|anak cilik`),
  minorWeak: terms(`cah wadon|prawan`),
  person: terms(`dheweke|deweke|piyambakipun|wong wadon|wong wadon iki|bojone`),
  replace: terms(`nganggokna|nganggokake|anggokna|kenakna|klambekna`),
  benign: terms(`topine|kacamatane|latare|latar mburi|logone|regede|noda`),
};

// Sundanese: many words are shared with Indonesian (baju, celana, bikini); only the Sundanese ones here.
export const su: Lexicon = {
  remove: terms(`cabut|cabutan|piceun|leungitkeun|hapus|laan|laankeun|buka`),
  undressVerb: terms(`laan bajuna|buka bajuna|cabut bajuna|laanan|taranjangkeun|buligirkeun|dilaan bajuna`),
  clothing: terms(`acuk|acukna|bajuna|calanana|sinjang|rokna|kabaya`),
  outerwear: terms(`jakétna|jaketna|jas`),
  nude: terms(`taranjang|buligir|bulistir|teu maké baju|teu make baju|teu nganggo baju`),
  skimpy: terms(`calana jero|kutang|baju jero|baju ngojay`),
  reveal: terms(`tembus pandang|baseuh`),
  sexualAct: terms(`séks|seks|porno*`),
  minor: terms(`budak|barudak|budak leutik|budak awéwé|budak awewe|murangkalih|budak sakola`),
  minorWeak: terms(`mojang|parawan`),
  person: terms(`manéhna|manehna|anjeunna|awéwé|awewe|awéwé ieu|awewe ieu`),
  replace: terms(`pakékeun|pakekeun|anggokeun`),
  benign: terms(`topina|kacamatana|latarna|logona|kokotor`),
};

// Cebuano: "hubo" is both "take off" and "naked"; Tagalog words it shares (bata, damit) are read by Tagalog.
export const ceb: Lexicon = {
  remove: terms(`huboa|hukasa|hukasi|tangtanga|kuhaa|wagtanga`),
  removeWeak: terms(`walay`),
  undressVerb: terms(`huboa siya|huboi|huboan|hubaa|hukasi siya|huboa ang iyang sinina|kuhaa ang iyang sinina`),
  clothing: terms(`sinina|iyang sinina|bisti|sayal|karsones|pantalon|blusa`),
  outerwear: terms(`dyaket|jacket|amerikana`),
  nude: terms(`hubo nga|hubo siya|nagahubo|hubo na|walay sinina|walay saput`),
  skimpy: terms(`panty|bra|bikini|sinina sa sulod|pangsulod|swimsuit|pang-langoy`),
  reveal: terms(`lapos tan-aw|tin-aw nga sinina|basa kaayo|nabasa`),
  sexualAct: terms(`kayat|sekso|iyot*|porno*`),
  minor: terms(`bata|batang babaye|gamay nga babaye|menor de edad|tin-edyer|estudyante sa elementarya`),
  minorWeak: terms(`dalagita|anak nga babaye`),
  person: terms(`siya|iyang|niya|kaniya|ang babaye|kining babaye`),
  replace: terms(`isul-ob|sul-obi|sul-ubi|pasul-ubon`),
  benign: terms(`kalo sa ulo|antipara|salamin sa mata|background|logo|mantsa`),
};

// Xhosa beside Zulu: the Xhosa spellings (iimpahla, khulula, ze); the least sure are the underwear and background words.
export const xh: Lexicon = {
  remove: terms(`khulula|mkhulule|yikhulule|susa|yisuse|msuse|ngaphandle`),
  removeWeak: terms(`ngaphandle`),
  undressVerb: terms(`mkhulule iimpahla|khulula iimpahla|mhlube|hluba|mkhulule|mhlubule|mhlubulise`),
  clothing: terms(`iimpahla*|impahla*|ilokhwe*|ihempe*|isikethi*|ibhulukhwe*|ilokwe`),
  outerwear: terms(`ibhatyi*|idyasi*|ijezi*`),
  nude: terms(`hamba ze|ehamba ze|engenampahla|ngaphandle kweempahla|ungxiwanga`),
  skimpy: terms(`ibikini|bikini|iimpahla zangaphantsi|impahla yangaphantsi|iimpahla zokudada|ibhra|iipanti`),
  sexualAct: terms(`isondo|ngesondo|ukwabelana ngesondo`),
  minor: terms(`umntwana|abantwana|usana|intombazana|intombazanana|umntwana wesikolo`),
  person: terms(`yena|lo mfazi|umfazi|eli bhinqa|ibhinqa`),
  replace: terms(`mnxibise|nxibisa|mthwalise`),
  benign: terms(`umnqwazi*|iiglasi|izipeksi|imvelaphi|ilogo|ibala|amabala`),
};

export const tt: Lexicon = {
  remove: terms(`сал|салып*|салыгыз|бетер*|алып ташла*|юк ит*`),
  undressVerb: terms(`чишендер*|шәрәлә*|ялангачла*|киемен сал*|киемнәрен сал*|киемен салдыр*`),
  clothing: terms(`кием*|күлмәк*|күлмәг*|итәк*|чалбар*|футболка*|блузка*`),
  outerwear: terms(`куртка*|пальто*|свитер*`),
  nude: terms(`шәрә*|ялангач*|киемсез*`),
  skimpy: terms(`бикини*|эчке кием*|су коену киеме*|купальник*|күкрәкчә*|трусик*`),
  reveal: terms(`үтә күренмәле*|юеш*`),
  sexualAct: terms(`секс*|порно*|җенси*`),
  suggestive: terms(`сексуаль*|секси`),
  minor: terms(`бала|баланы|баланың|балага|балалар*|кыз бала*|кечкенә кыз*|балигъ булмаган*|үсмер*|мәктәп укучысы*`),
  minorWeak: terms(`кыз|кызны|кызның`),
  person: terms(`аның|аны|аңа|хатынны|хатынның`),
  replace: terms(`кигез*|кидер*`),
  benign: terms(`эшләпә*|бүрек*|күзлек*|фон|фонны|логотип*|тап|тапны|таплар*`),
};

export const ba: Lexicon = {
  remove: terms(`сис|сисеп*|сисегеҙ|алып ташла*|юйып ташла*|бөтөр*`),
  undressVerb: terms(`сисендер*|яланғасла*|кейемен сис*|кейемдәрен сис*`),
  clothing: terms(`кейем*|күлдәк*|итәк*|ыштан*|футболка*|блузка*`),
  outerwear: terms(`куртка*|пальто*|свитер*`),
  nude: terms(`яланғас*|шыр яланғас*|кейемһеҙ*`),
  skimpy: terms(`бикини*|эске кейем*|һыу инеү кейеме*|купальник*|түшлек*|трусик*`),
  reveal: terms(`үтә күренмәле*|еүеш*`),
  sexualAct: terms(`секс*|порно*|енси*`),
  suggestive: terms(`сексуаль*|секси`),
  minor: terms(`бала|баланы|баланың|балаға|балалар*|бәләкәй ҡыҙ*|ҡыҙ бала*|үҫмер*|балиғ булмаған*|мәктәп уҡыусыһы*`),
  minorWeak: terms(`ҡыҙ|ҡыҙҙы|ҡыҙҙың`),
  person: terms(`уның|уны|уға|ҡатынды|ҡатындың`),
  replace: terms(`кейҙер*|кейҙереп*`),
  benign: terms(`эшләпә*|бүрек*|күҙлек*|фон|фонды|логотип*|тап|тапты|таптар*`),
};

export const tk: Lexicon = {
  remove: terms(`çykar|çykaryň|çykaryp*|aýyr|aýyryň|aýryp*|pozuň`),
  undressVerb: terms(`çeçindir*|ýalaňaçla*|eşigini çykar*|eşiklerini çykar*|geýimini çykar*|geýimlerini çykar*`),
  clothing: terms(`eşik*|geýim*|köýnek*|köýneg*|ýubka*|balak*|jalbar*|futbolka*`),
  outerwear: terms(`kurtka*|palto*|switer*`),
  nude: terms(`ýalaňaç*|eşiksiz*|geýimsiz*`),
  skimpy: terms(`bikini*|içki eşik*|içki geýim*|suwa düşülýän eşik*|kupalnik*|döşlük*`),
  reveal: terms(`içi görünýän|aýdyň görünýän|öl bolan|suwa ezilen`),
  sexualAct: terms(`seks*|porno*|jynsy*`),
  suggestive: terms(`seksual*|seksi`),
  minor: terms(`çaga|çagany|çaganyň|çagalar*|kiçijik gyz*|ýetginjek*|kämillik ýaşyna ýetmedik*|mekdep okuwçysy*`),
  minorWeak: terms(`gyz|gyzy|gyzyň`),
  person: terms(`onuň|ony|oňa|aýaly|aýalyň`),
  replace: terms(`geýdir*|geýindir*`),
  objectTarget: terms(`diwar*|agaç*|maneken*`),
  benign: terms(`şlýapa*|tahýa*|äýnek*|fon|fony|logotip*|tegmil*`),
};

// Uyghur, in Arabic script (terms match inside words: short ones are avoided; "بالا" is Persian "up" and is left out).
export const ug: Lexicon = {
  remove: terms(`يېشىۋەت|سالدۇر|ئېلىۋەت|ئۆچۈرۈۋەت|چىقىرىۋەت`),
  undressVerb: terms(`كىيىمىنى سالدۇر|كىيىملىرىنى سالدۇر|كىيىمىنى يېشىۋەت|يالىڭاچلا|يېشىندۈر`),
  clothing: terms(`كىيىم|كۆينەك|يوپكا|ئىشتان|مايكا`),
  outerwear: terms(`چاپان|كۇرتكا|پەلتو`),
  nude: terms(`يالىڭاچ|كىيىمسىز|قىپيالىڭاچ`),
  skimpy: terms(`بىكىنى|ئىچ كىيىم|سۇ ئۈزۈش كىيىمى|كۆكرەكچە|ترۇسى`),
  reveal: terms(`سۈزۈك`),
  sexualAct: terms(`سېكىس|جىنسىي|پورنو`),
  minor: terms(`بالىلار|كىچىك قىز|قىز بالا|ئۆسمۈر|قۇرامىغا يەتمىگەن|باشلانغۇچ مەكتەپ`),
  minorWeak: terms(`قىزنى|قىزنىڭ`),
  person: terms(`ئۇنىڭ|ئۇنى|ئايالنى|ئايالنىڭ`),
  replace: terms(`كىيدۈر`),
  benign: terms(`شلەپە|دوپپا|كۆزئەينەك|كۆز ئەينەك|ئارقا كۆرۈنۈش|لوگو`),
};

// Haitian Creole: French words it shares are read by French; only the Creole spellings here.
export const ht: Lexicon = {
  remove: terms(`wete|retire|efase`),
  removeWeak: terms(`san`),
  undressVerb: terms(`dezabiye*|wete rad li|retire rad li|wete tout rad li`),
  clothing: terms(`rad|rad li|wòb|wob|chemiz|jip|pantalon`),
  outerwear: terms(`jakèt|jaket|palto|vès`),
  nude: terms(`toutouni|tou touni|san rad|pa gen rad`),
  skimpy: terms(`kanson|kilòt|kilot|soutyen|bikini|kostim de ben|rad anba`),
  reveal: terms(`transparan|mouye`),
  sexualAct: terms(`sèks|seks|pònografi`),
  minor: terms(`timoun|ti fi|ti pitit|tipitit|minè|adolesan|elèv lekòl`),
  minorWeak: terms(`pitit fi|jèn fi`),
  person: terms(`li|fanm nan|fi a|madanm nan`),
  replace: terms(`abiye li|mete sou li|mete li`),
  benign: terms(`chapo|linèt|linet|fon|background|logo|tach|mak dlo`),
};

export const or: Lexicon = {
  remove: terms(`କାଢ଼*|କାଢ*|ଖୋଲ*|ହଟାଅ*|ହଟାନ୍ତୁ*|ଲିଭାଅ*|ବିନା`),
  removeWeak: terms(`ବିନା|ବିନ୍ୟା`),
  undressVerb: terms(`ଲୁଗା କାଢ଼*|ଲୁଗା କାଢ*|ପୋଷାକ କାଢ଼*|ପୋଷାକ କାଢ*|ପୋଷାକ ଖୋଲ*|ଲୁଗା ଖୋଲ*|ଉଲଗ୍ନ କର*|ଲଙ୍ଗଳା କର*`),
  clothing: terms(`ପୋଷାକ*|ଲୁଗା*|ଶାଢ଼ୀ*|ଶାଢୀ*|ବ୍ଲାଉଜ*|ସାର୍ଟ*|ଫ୍ରକ*|ସାୟା*|ପ୍ୟାଣ୍ଟ*`),
  nude: terms(`ଉଲଗ୍ନ*|ଲଙ୍ଗଳା*|ନଗ୍ନ*|ବିନା ପୋଷାକ*|ପୋଷାକ ବିନା*|ଲୁଗା ବିନା*`),
  skimpy: terms(`ବିକିନି*|ଅନ୍ତର୍ବାସ*|ଅଣ୍ଡରୱେର*|ବ୍ରା|ପ୍ୟାଣ୍ଟି*|ସ୍ୱିମସୁଟ*`),
  reveal: terms(`ସ୍ୱଚ୍ଛ*|ଓଦା*`),
  sexualAct: terms(`ସେକ୍ସ*|ଯୌନ*|ସମ୍ଭୋଗ*|ପର୍ଣ୍ଣ*`),
  suggestive: terms(`ସେକ୍ସି*`),
  minor: terms(`ପିଲା*|ଶିଶୁ*|ଛୋଟ ଝିଅ*|ନାବାଳିକା*|ନାବାଳକ*|ସ୍କୁଲ ଝିଅ*|କିଶୋରୀ*`),
  minorWeak: terms(`ଝିଅ*`),
  person: terms(`ତାର|ତାକୁ|ତାଙ୍କ*|ସେ|ଏହି ମହିଳା*`),
  replace: terms(`ପିନ୍ଧାଅ*|ପିନ୍ଧାନ୍ତୁ*`),
  benign: terms(`ଟୋପି*|ଚଷମା*|ପୃଷ୍ଠଭୂମି*|ବ୍ୟାକଗ୍ରାଉଣ୍ଡ*|ଲୋଗୋ*|ଦାଗ*|ଜ୍ୟାକେଟ*`),
};

// Assamese, in the Bengali script: its own spellings (ৰ, ৱ, উলংগ, কাপোৰ); Bengali words it shares are read by Bengali.
export const as: Lexicon = {
  remove: terms(`খুলি দিয়ক|খুলি দিয়া|আঁতৰাই দিয়ক|আঁতৰাই দিয়া|আঁতৰোৱা|মচি দিয়ক|নোহোৱাকৈ|অবিহনে`),
  removeWeak: terms(`নোহোৱাকৈ|অবিহনে`),
  undressVerb: terms(`কাপোৰ খুলি*|কাপোৰ সোলোকাই*|উলংগ কৰি*|উলংগ কৰক|বিবস্ত্ৰ কৰি*|সোলোকাই দিয়ক`),
  clothing: terms(`কাপোৰ*|মেখেলা*|চাদৰ*|ব্লাউজ*|চোলা*|ফ্ৰক*|পেণ্ট*|ছাৰ্ট*`),
  outerwear: terms(`জেকেট*|কোট*|চোৱেটাৰ*`),
  nude: terms(`উলংগ*|উলঙ্গ*|বিবস্ত্ৰ*|কাপোৰ নোহোৱাকৈ*|কাপোৰ নথকা*`),
  skimpy: terms(`বিকিনি*|অন্তৰ্বাস*|ব্ৰা|পেণ্টি*|সাঁতোৰ কাপোৰ*`),
  reveal: terms(`স্বচ্ছ*|তিতা*`),
  sexualAct: terms(`যৌন*|সেক্স*|পৰ্ণ*`),
  minor: terms(`শিশু*|ল'ৰা-ছোৱালী*|ল'ৰাছোৱালী*|সৰু ছোৱালী*|নাবালিকা*|নাবালক*|স্কুলীয়া ছোৱালী*`),
  minorWeak: terms(`ছোৱালী*`),
  person: terms(`তাইৰ|তাইক|এই মহিলাগৰাকী*|মহিলাগৰাকী*`),
  replace: terms(`পিন্ধাই দিয়ক|পিন্ধাই দিয়া|পিন্ধোৱা`),
  benign: terms(`টুপী*|চশমা*|পটভূমি*|লোগো*|দাগ*`),
};

// Kinyarwanda: the least sure are the see-through, background and stain words.
export const rw: Lexicon = {
  remove: terms(`kuramo|mukuremo|ikuremo|vanaho|kuraho|utambaye`),
  removeWeak: terms(`utambaye|nta`),
  undressVerb: terms(`mwambure|yambure|ambura|kumwambura|mukuremo imyenda|kuramo imyenda`),
  clothing: terms(`imyenda|umwenda|ikanzu|ishati|ijipo|ipantalo|imyambaro`),
  outerwear: terms(`ikoti|umupira w'imbeho`),
  nude: terms(`yambaye ubusa|wambaye ubusa|bambaye ubusa|ubwambure|yambuye|atambaye imyenda`),
  skimpy: terms(`imyenda y'imbere|imyenda y imbere|isutiye|bikini|umwenda wo koga|imyenda yo koga`),
  reveal: terms(`ibonerana|itose|ritose`),
  sexualAct: terms(`imibonano mpuzabitsina|imibonano|gusambana|ubusambanyi`),
  minor: terms(`umwana|abana|agakobwa|utwana|umwangavu|abangavu|umunyeshuri muto`),
  minorWeak: terms(`umukobwa|umukobwa muto`),
  person: terms(`uyu mugore|umugore|uyu mukobwa`),
  replace: terms(`mwambike|yambike|kwambika`),
  benign: terms(`ingofero|amadarubindi|indorerwamo z'amaso|inyuma|ikirango|ikizinga|amazi y'ikirango`),
};

// Malagasy: the least sure are the undress verbs (esory, endaho) and the underwear words.
export const mg: Lexicon = {
  remove: terms(`esory|esoriy|alao|alaivo|fafao`),
  removeWeak: terms(`tsy misy|tsy manao`),
  undressVerb: terms(`endaho|endahana|endahy|esory ny akanjony|alaivo ny akanjony|vahao ny akanjony|atsoahy ny akanjony`),
  clothing: terms(`akanjo|akanjony|akanjo lava|zipo|pataloha|lobaka|salovana`),
  outerwear: terms(`palitao|kapaoty`),
  nude: terms(`miboridana|mitanjaka|tsy misy akanjo|tsy manao akanjo|boridana`),
  skimpy: terms(`bikini|akanjo anatiny|akanjo milomano|fitafy milomano|soutien`),
  reveal: terms(`mangarahara|lena be|lena tanteraka`),
  sexualAct: terms(`firaisana ara-nofo|firaisana|sex|pôrnô|porno`),
  minor: terms(`ankizy|zaza|zazavavy|zazavavy kely|tsy ampy taona|zatovovavy|mpianatra kely`),
  minorWeak: terms(`tovovavy`),
  person: terms(`azy|ilay vehivavy|ity vehivavy ity|ilay tovovavy`),
  replace: terms(`ampiakanjoy|ampanaovy`),
  benign: terms(`satroka|solomaso|ambadika|logo|tasy`),
};

// Luxembourgish beside German: only the spellings German does not read (Kleeder, plakeg, ouni).
export const lb: Lexicon = {
  remove: terms(`ausdoen|ausmaachen|ewechhuelen|ewechmaachen|ewech|läschen|huel|ouni`),
  // "doen hir Kleeder aus": the German particle is Luxembourgish too, and German's own term needs German in the request.
  removeWeak: terms(`ouni|aus`),
  undressVerb: terms(`auszéien|ausdoen hir Kleeder|hir Kleeder ausdoen|d'Kleeder ausdoen|ausgezunn`),
  clothing: terms(`Kleeder|Hiem|Jupe|Blus|Jeans`),
  outerwear: terms(`Jackett|Mantel|Pullover`),
  nude: terms(`plakeg|plakech|plakegen|ouni Kleeder|ouni eppes un`),
  skimpy: terms(`Ënnerwäsch|Ennerwasch|Bikini|Schwammkostüm|Schwammkostum|Büstenhalter|BH`),
  reveal: terms(`duerchsichteg|naass`),
  sexualAct: terms(`Sex|Porno*|sexuell*`),
  minor: terms(`Kanner|klengt Meedchen|klenge Meedchen|minderjäreg`),
  minorWeak: terms(`Meedchen|Duechter`),
  person: terms(`hir|d'Fra|déi Fra|dës Fra`),
  replace: terms(`undoen|undinn`),
  benign: terms(`Hutt|Brëll|Brell|Hannergrond|Logo|Flecken|Fleck`),
};

// West Frisian beside Dutch: only the Frisian spellings (klean, neaken, bern).
export const fy: Lexicon = {
  remove: terms(`útdwaan|utdwaan|dwaan út|fuorthelje|fuortdwaan|wiskje|sûnder|sunder`),
  removeWeak: terms(`sûnder|sunder`),
  undressVerb: terms(`útklaaie|utklaaie|klaai út|klaai har út|klean útdwaan|klean utdwaan`),
  clothing: terms(`klean|jurk|himd|rok|broek|bloes`),
  outerwear: terms(`jas|jasse|trui`),
  nude: terms(`neaken|poerneaken|sûnder klean|sunder klean`),
  skimpy: terms(`ûnderguod|underguod|ûnderbroek|underbroek|badpak|bikini`),
  reveal: terms(`trochsichtich|trochsichtige`),
  sexualAct: terms(`seks|porno*`),
  minor: terms(`it bern|lyts bern|lytse bern|berntsje|lyts famke|lytse famke|minderjierrich*|pubermeisje`),
  minorWeak: terms(`famke|dochter`),
  person: terms(`hja|har|de frou|dizze frou`),
  replace: terms(`oanklaaie|oandwaan|klaai har oan`),
  benign: terms(`hoed|bril|eftergrûn|eftergrun|logo|flek`),
};
