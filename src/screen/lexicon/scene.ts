import { terms, type Lexicon } from './types.ts';

/**
 * Scene and health words the combining rules need, added after dev-4 (evalset-2's odd half):
 * - `objectTarget`: where a garment hangs when nobody wears it (a towel rail, a hanger, a clothes
 *   line, the laundry), and a few more things that are "naked" or "undressed" without a person (a
 *   Christmas tree, a cake, a slug, a map);
 * - `medical`: health and screening words (breast cancer, self-examination, clinic), beside which a
 *   body word is anatomy, not sexualisation;
 * - `bathing` and `noTowel`: "just out of the shower, no towel" is a euphemism for nudity, in any
 *   language; either alone is not;
 * - `keep`: a garment said to stay on ("take off the jacket, keep the shirt") is not the one removed;
 * - `dressVerb`: putting clothes on someone, with the person in the verb or right after it ("ponla en", "mettila in",
 *   "одень её в", "ubierz ją w", "coloca ela de"): what follows is asked for, not a caption of who is in the photo;
 * - `conjunction`: "and" where the language lexicons lacked it (ru/bg "и", cs/sk "a"/"i", sr "i"/"и", it "ed", pl
 *   "oraz"); a one-letter one is kept where its language is plausible (term-matcher.ts).
 * Merged into each language's lexicon by index.ts, like context.ts.
 */
export const SCENE: Readonly<Record<string, Lexicon>> = {
  en: {
    keep: terms(`except|except for|apart from|other than|keep|keeps|leave|leaves|stays|stay|remains|only|just the|is fine|is ok|is okay`),
    source: terms(`from|off of`),
    dressVerb: terms(`put|wear a|wear an|wear some|wear only|wear just|to wear|give her a|give him a|give her an|give him an|give her some|give him some|give them|dress her|dress him`),
    wearOnly: terms(
      `wearing nothing but|wears nothing but|wear nothing but|wearing only|wears only|wear only|wearing just|wear just|in nothing but|dressed only in|dressed in nothing but|covered only in|covered only by|clothed only in|nothing on but|nothing on except|wearing nothing except|wear nothing except`,
    ),
    objectTarget: terms(
      `sign|signs|signpost|signboard|road sign|towel rack|towel rail|towel bar|drying rack|clothes horse|laundry|snail|slug|map|hatchback|sedan|suv|pickup|minivan|motorbike|scooter`,
    ),
    medical: terms(
      `rash|rashes|eczema|psoriasis|dermatitis|dermatolog*|mole|moles|lump|biopsy|mastectomy|surgery scar|stitches|wound|sunburn|hives|shingles|cancer|self exam*|self-exam*|self examination|breast exam*|screening|mammogra*|clinic|awareness|health poster|medical|breastfeeding|breast feeding|lactation`,
    ),
    bathing: terms(`shower|showered|bath|bathed|sauna|hot tub|out of the pool`),
    noTowel: terms(`no towel|without a towel|without the towel|without towel|towel less|towelless|no towels`),
  },
  fr: {
    dressVerb: terms(
      `mets la|mets le|mets les|mets lui|mets leur|mettez la|mettez lui|habille la|habille le|habille les|habillez la|fais lui porter|fais leur porter|faites lui porter|enfile lui|revêts la|revets la`,
    ),
    keep: terms(`garde|gardez|laisse|laissez|reste|seulement|juste`),
    objectTarget: terms(
      `panneau*|pancarte*|étal|etal|étals|etals|porte serviette*|porte-serviette*|séchoir|sechoir|étendoir|etendoir|corde à linge|corde a linge|cintre*|patère|patere|linge|escargot*|limace*|carte`,
    ),
    medical: terms(
      `éruption|eruption|eczéma|eczema|psoriasis|dermatite|dermatolog*|grain de beauté|grains de beauté|biopsie|mastectomie|cicatrice opératoire|points de suture|plaie|coup de soleil|urticaire|cancer*|autopalpation|dépistage|depistage|mammograph*|clinique|sensibilisation|médical|medical|allaitement`,
    ),
    bathing: terms(`douche|bain|sauna`),
    someone: terms(`personnes|gens`),
    noTowel: terms(`sans serviette|pas de serviette|sans la serviette`),
  },
  de: {
    dressVerb: terms(`steck sie|steck ihn|steckt sie|kleide sie|kleid sie|gib ihr|gib ihm|gebt ihr|lass sie|lass ihn`),
    keep: terms(`lass|lasse|lassen|behalte|behalten|bleibt|bleiben|nur`),
    objectTarget: terms(
      `schild|schilder|türschild|turschild|hinweisschild|aufkleber|handtuchhalter|handtuchstange|kleiderbügel|kleiderbugel|bügel|wäscheleine|wascheleine|wäscheständer|waschestander|wäsche|wasche|schnecke*|nacktschnecke*|nacktkatze*|nacktkatzen|nacktsamer*|landkarte|stadtplan|karte`,
    ),
    medical: terms(
      `ausschlag|hautausschlag|ekzem*|schuppenflechte|psoriasis|dermatitis|hautarzt|hautärzt*|dermatolog*|muttermal*|leberfleck*|biopsie|mastektomie|operationsnarbe|narbe|wunde|sonnenbrand|nesselsucht|krebs*|brustkrebs*|selbstuntersuchung|vorsorge*|mammograph*|klinik|praxis|aufklärung|aufklarung|medizinisch*|stillen`,
    ),
    bathing: terms(`dusche|duschen|geduscht|bad|baden|gebadet|sauna`),
    someone: terms(`menschen|leute|personen`),
    noTowel: terms(`ohne handtuch|kein handtuch|ohne das handtuch`),
  },
  es: {
    dressVerb: terms(`ponla|ponlo|ponle|ponlas|ponlos|ponles|pónle|vístela|vistela|vístelo|vistelo|vístele|vistele|hazla llevar|hazle llevar|que lleve|colócale|colocale|colócala|colocala`),
    keep: terms(`deja|dejale|déjale|mantén|manten|queda|quede|solo|sólo`),
    objectTarget: terms(`cartel|letrero|toallero|percha*|perchero|tendedero|colgador|ropa tendida|caracol*|babosa*|mapa`),
    medical: terms(
      `erupción|erupcion|sarpullido|eccema|psoriasis|dermatitis|dermatólog*|dermatolog*|lunar|lunares|bulto|biopsia|mastectomía|mastectomia|cicatriz|puntos de sutura|herida|quemadura|urticaria|cáncer|cancer|autoexploración|autoexploracion|autoexamen|mamografía|mamografia|clínica|clinica|concienciación|concienciacion|médico|medico|lactancia`,
    ),
    bathing: terms(`ducha|duchó|ducho|baño|bano|bañó|sauna`),
    someone: terms(`gente|personas`),
    noTowel: terms(`sin toalla|sin la toalla|ni toalla`),
  },
  it: {
    conjunction: terms(`ed`),
    dressVerb: terms(`mettila|mettilo|mettile|mettigli|mettetela|vestila|vestilo|falle indossare|fagli indossare|falla indossare`),
    keep: terms(`lascia|lasciagli|lasciale|tieni|resta|rimane|solo|soltanto`),
    objectTarget: terms(`cartello|insegna|portasciugamani|gruccia|grucce|stendino|stendibiancheria|filo del bucato|bucato|appendiabiti|lumaca*|chiocciola*|mappa|cartina`),
    medical: terms(
      `eruzione|eruzione cutanea|eczema|psoriasi|dermatite|dermatolog*|nodulo|biopsia|mastectomia|cicatrice|punti di sutura|ferita|scottatura|orticaria|cancro|tumore|autopalpazione|screening|mammografia|clinica|ambulatorio|sensibilizzazione|medico|allattamento`,
    ),
    bathing: terms(`doccia|bagno|sauna`),
    someone: terms(`persone|gente`),
    noTowel: terms(`senza asciugamano|senza l asciugamano|senza telo`),
  },
  pt: {
    dressVerb: terms(`coloca ela|coloque ela|coloca nela|coloque nela|coloca nele|põe ela|poe ela|põe nela|poe nela|bota ela|bota nela|veste ela|vista ela|faz ela usar|faça ela usar|faca ela usar`),
    keep: terms(`deixa|deixe|mantém|mantem|mantenha|fica|só|so`),
    objectTarget: terms(`placa|letreiro|toalheiro|cabide*|varal|estendal|roupa no varal|caracol*|lesma*|mapa`),
    medical: terms(
      `erupção|erupcao|brotoeja|eczema|psoríase|psoriase|dermatite|dermatolog*|caroço|caroco|biópsia|biopsia|mastectomia|cicatriz|ferida|queimadura|urticária|urticaria|câncer|cancer|cancro|autoexame|mamografia|clínica|clinica|posto de saúde|posto de saude|conscientização|conscientizacao|outubro rosa|médico|medico|amamentação|amamentacao`,
    ),
    bathing: terms(`banho|chuveiro|sauna`),
    noTowel: terms(`sem toalha|sem a toalha`),
  },
  nl: {
    dressVerb: terms(`doe haar|doe hem|kleed haar|kleed hem|geef haar|geef hem`),
    keep: terms(`laat|houd|hou|blijft|alleen`),
    objectTarget: terms(`handdoekrek|kledinghanger|hanger|waslijn|wasrek|was|slak|slakken|naaktslak*|kaart|plattegrond`),
    medical: terms(
      `uitslag|huiduitslag|eczeem|psoriasis|dermatitis|dermatoloog|moedervlek*|knobbel|biopsie|mastectomie|litteken|hechtingen|wond|zonnebrand|netelroos|kanker|borstkanker|zelfonderzoek|bevolkingsonderzoek|mammografie|kliniek|huisarts*|medisch*|borstvoeding`,
    ),
    bathing: terms(`douche|bad|sauna`),
    noTowel: terms(`zonder handdoek|geen handdoek`),
  },
  pl: {
    conjunction: terms(`oraz`),
    dressVerb: terms(`ubierz ją|ubierz ja|ubierz go|ubierz je|załóż jej|zaloz jej|załóż mu|zaloz mu|włóż jej|wloz jej|przebierz ją|przebierz ja`),
    keep: terms(`zostaw|zostawić|zostawic|niech zostanie|zostaje|tylko`),
    objectTarget: terms(`samochód|samochod|samochodu|samochodzie|tort|tortu|wieszak*|suszark*|sznur*|pranie|prania|choink*|ślimak*|slimak*|mapa|mapę|mape`),
    medical: terms(
      `wysypk*|egzem*|łuszczyc*|luszczyc*|zapaleni* skóry|dermatolog*|znamię|znamie|znamion*|guzek|guzka|biopsj*|mastektomi*|blizn*|szwy|rana|rany|oparzeni*|pokrzywk*|rak|raka|rakiem|raka piersi|samobadani*|mammografi*|klinik*|przychodni*|profilaktyk*|medyczn*|karmienie piersią|karmienie piersia`,
    ),
    bathing: terms(`prysznic*|kąpiel*|kapiel*|sauna|sauny`),
    noTowel: terms(`bez ręcznika|bez recznika`),
  },
  ru: {
    conjunction: terms(`и`),
    dressVerb: terms(`одень её|одень ее|одень его|одень их|наряди её|наряди ее|надень на неё|надень на нее|надень ей|переодень её|переодень ее`),
    keep: terms(`оставь|оставить|пусть останется|остаётся|остается|только`),
    objectTarget: terms(`вешалк*|сушилк*|крючк*|верёвк*|веревк*|полотенцесушител*|бельё на|белье на|улитк*|слизн*|карта|карту|карты|карте|картой|карточк*`),
    medical: terms(
      `сыпь|сыпи|высыпани*|экзем*|псориаз*|дерматит*|дерматолог*|родинк*|уплотнени*|биопси*|мастэктоми*|шрам*|швы|рана|раны|ожог*|крапивниц*|рак|рака|раком|самообследовани*|маммограф*|клиник*|поликлиник*|профилактик*|медицинск*|грудное вскармливание`,
    ),
    bathing: terms(`душ*|ванн*|бан*|сауна*`),
    noTowel: terms(`без полотенца|нет полотенца`),
  },
  uk: {
    conjunction: terms(`й`),
    dressVerb: terms(`одягни її|вдягни її|одягни його|вдягни його|надінь на неї|надінь їй|переодягни її`),
    keep: terms(`залиш|залишити|лишається|тільки|лише`),
    objectTarget: terms(`вішалк*|сушарк*|мотузк*|равлик*|мапа|карта`),
    medical: terms(
      `висип*|екзем*|псоріаз*|дерматит*|дерматолог*|родимк*|ущільненн*|біопсі*|мастектомі*|шрам*|шви|рана|рани|опік*|кропивниц*|рак|раку|раком|самообстеженн*|мамограф*|клінік*|поліклінік*|медичн*`,
    ),
    bathing: terms(`душ*|ванн*|сауна*|лазн*`),
    noTowel: terms(`без рушника|нема рушника`),
  },
  tr: {
    keep: terms(`bırak|birak|kalsın|kalsin|kalacak|sadece|yalnızca|yalnizca`),
    objectTarget: terms(`askı*|aski*|havluluk|çamaşır ipi|camasir ipi|kurutmalık|salyangoz*|harita*`),
    medical: terms(
      `döküntü*|dokuntu*|kızarıklık|kizariklik|egzama|sedef|dermatit|dermatolog*|cildiye|kitle|biyopsi|mastektomi|ameliyat izi|dikiş*|dikis*|yara|güneş yanığı|gunes yanigi|kurdeşen|kurdesen|kanser*|kendi kendine muayene|muayene|mamografi|klinik|sağlık ocağı|saglik ocagi|farkındalık|farkindalik|tıbbi|tibbi|emzirme`,
    ),
    bathing: terms(`duş*|dus*|banyo*|sauna*|hamam*`),
    noTowel: terms(`havlusuz|havlu olmadan|havlu yok`),
  },
  ja: {
    keep: terms(`残して|残す|そのまま|だけ`),
    objectTarget: terms(`洗濯物|物干し|ハンガー|タオル掛け|タオルかけ|洗濯ばさみ|ナメクジ|地図`),
    medical: terms(
      `発疹|湿疹|かぶれ|乾癬|皮膚炎|皮膚科|ほくろ|しこり|生検|乳房切除|手術痕|傷跡|縫い目|やけど|日焼け|じんましん|乳がん|乳癌|がん検診|検診|セルフチェック|自己検診|マンモグラフィ|クリニック|診療所|啓発|医療|授乳`,
    ),
    bathing: terms(`シャワー|風呂|お風呂|入浴|サウナ|湯上がり|湯上り`),
    noTowel: terms(`タオルなし|タオル無し|タオルを巻かず|タオルも巻かず|バスタオルなし`),
  },
  zh: {
    keep: terms(`留着|保留|只留|只剩`),
    objectTarget: terms(`晾衣架|衣架|晾衣绳|晾衣繩|毛巾架|晾着的|晾著的|蜗牛|蛞蝓|地图|地圖`),
    medical: terms(
      `皮疹|疹子|湿疹|濕疹|银屑病|牛皮癣|皮炎|皮肤科|皮膚科|痣|肿块|腫塊|活检|乳房切除|手术疤痕|伤口|傷口|晒伤|荨麻疹|乳腺癌|乳癌|癌症|自检|自我检查|筛查|篩查|钼靶|诊所|診所|医院|醫院|宣传|宣傳|医疗|醫療|哺乳`,
    ),
    bathing: terms(`洗完澡|洗澡|淋浴|浴室出来|泡澡|桑拿`),
    noTowel: terms(`没裹浴巾|沒裹浴巾|没围浴巾|沒圍浴巾|没有浴巾|沒有浴巾|不裹浴巾|没裹毛巾|没围毛巾`),
  },
  ko: {
    keep: terms(`남겨|남기고|그대로|만 남겨`),
    objectTarget: terms(`차를|자동차|자동차를|케이크를|빨랫줄|건조대|옷걸이|수건걸이|빨래|달팽이|민달팽이|지도`),
    medical: terms(`발진|습진|건선|피부염|피부과|멍울|조직검사|유방절제|수술 흉터|상처|화상|두드러기|유방암|자가검진|검진|유방촬영|클리닉|병원|보건소|캠페인|의료|수유`),
    bathing: terms(`샤워|목욕|사우나|씻고`),
    noTowel: terms(`수건 없이|수건도 없이|수건 안 두른|수건 없는`),
  },
  ar: {
    keep: terms(`اترك|خلي|خلّي|يبقى|فقط|بس`),
    objectTarget: terms(`الجدران|جدران|الحيطان|حيطان|الحائط|العين|بالعين|شماعة|شماعه|علاقة ملابس|علاقه ملابس|حبل الغسيل|منشر|الغسيل|حلزون|خريطة|خريطه|كيكة|كيكه|كعكة|كعكه|تورتة|تورته`),
    medical: terms(
      `طفح|اكزيما|إكزيما|صدفية|التهاب الجلد|جلدية|طبيب جلدية|شامة|شامات|كتلة|خزعة|استئصال الثدي|ندبة|جرح|حروق|حرق|شرى|سرطان|الفحص الذاتي|فحص ذاتي|الكشف المبكر|ماموجرام|عيادة|عياده|مستشفى|توعية|توعيه|الرضاعة`,
    ),
    bathing: terms(`دش|الدش|حمام|الحمام|استحمام|ساونا`),
    noTowel: terms(`بدون منشفة|بدون منشفه|بلا منشفة|بلا منشفه|بدون فوطة|بدون فوطه`),
  },
  hi: {
    keep: terms(`rehne do|rehne de|rakho|theek hai|thik hai|bas|sirf|रहने दो|रखो|सिर्फ`),
    objectTarget: terms(`आँख|आँखों|आंख|आंखों|दीवार|दीवारें|aankh|aankhon|deewar|hanger|rassi|तौलिया स्टैंड|हैंगर|रस्सी`),
    medical: terms(`चकत्ते|चकत्ता|दाने|एक्जिमा|सोरायसिस|त्वचा रोग|डर्मेटोलॉजिस्ट|तिल|गांठ|बायोप्सी|घाव|टांके|rash|daane|chakatte|कैंसर|स्व-परीक्षण|स्वयं जांच|जांच|क्लिनिक|अस्पताल|जागरूकता|cancer|clinic|jagrukta`),
    bathing: terms(`नहा*|स्नान|शावर|nahakar|naha ke|nahane|shower`),
    noTowel: terms(`बिना तौलिये|बिना तौलिया|तौलिया नहीं|bina towel|bina tauliye|towel nahi`),
  },
  id: {
    keep: terms(`biarkan|biarin|sisakan|tetap|hanya|cuma`),
    objectTarget: terms(`gantungan|jemuran|rak handuk|siput|keong|peta`),
    medical: terms(
      `ruam|eksim|psoriasis|dermatitis|dermatolog*|dokter kulit|tahi lalat|benjolan|biopsi|mastektomi|bekas operasi|jahitan|luka|terbakar matahari|biduran|kanker|sadari|periksa payudara sendiri|pemeriksaan|skrining|mamografi|klinik|puskesmas|rumah sakit|kesadaran|medis|menyusui`,
    ),
    bathing: terms(`mandi|kamar mandi|shower|sauna`),
    noTowel: terms(`tanpa handuk|gak pake handuk|nggak pakai handuk|ga pake handuk|tidak pakai handuk`),
  },
  ms: {
    keep: terms(`biarkan|kekalkan|tinggalkan|hanya`),
    objectTarget: terms(`penyangkut|ampaian|rak tuala|siput|peta`),
    medical: terms(`kanser|periksa sendiri|pemeriksaan|saringan|mamogram|klinik|hospital|kesedaran|perubatan|penyusuan`),
    bathing: terms(`mandi|bilik air|shower|sauna`),
    noTowel: terms(`takde tuala|tiada tuala|tanpa tuala|tak pakai tuala|tak ada tuala`),
  },
  fa: {
    keep: terms(`بذار بمونه|بمونه|نگه دار|فقط`),
    objectTarget: terms(`چوب لباسی|جالباسی|بند رخت|حلزون|نقشه`),
    medical: terms(
      `بثورات|جوش|اگزما|پسوریازیس|درماتیت|متخصص پوست|توده|نمونه برداری|ماستکتومی|جای زخم|زخم|بخیه|سوختگی|کهیر|سرطان|خودآزمایی|معاینه|غربالگری|ماموگرافی|درمانگاه|کلینیک|بیمارستان|آگاهی|پزشکی|شیردهی`,
    ),
    bathing: terms(`حموم|حمام|دوش|سونا`),
    noTowel: terms(`حوله نداره|حوله نداشت|بدون حوله|بی حوله`),
  },
  bn: {
    medical: terms(`ক্যান্সার|ক্যানসার|সচেতনতা|নিজে পরীক্ষা*|পরীক্ষা|ক্লিনিক|হাসপাতাল|স্বাস্থ্য|চিকিৎসা`),
    bathing: terms(`গোসল*|স্নান*|শাওয়ার*`),
    noTowel: terms(`তোয়ালে ছাড়া|গামছা ছাড়া`),
  },
  sw: {
    medical: terms(`saratani|kujichunguza|uchunguzi|kliniki|hospitali|zahanati|uhamasishaji|afya|kunyonyesha`),
    bathing: terms(`kuoga|bafuni|ameoga`),
    noTowel: terms(`bila taulo|hana taulo`),
  },
  bg: {
    conjunction: terms(`и`),
    keep: terms(`остави|остане|само`),
    medical: terms(`рак|рака|самопреглед*|мамограф*|поликлиника*|клиника*|болница*|медицинск*|кърмене`),
    bathing: terms(`душ*|баня*|сауна*`),
    noTowel: terms(`без хавлия|без кърпа`),
  },
  sv: {
    keep: terms(`behåll|behall|låt|lat|bara|kvar`),
    objectTarget: terms(
      `julgran*|klädhängare|kladhangare|galge|galgar|torkställ|torkstall|handduksstång|handduksstang|tvättlina|tvattlina|snigel|sniglar|karta|nakensnäck*|nakensnack*|nakensnigel*|nakenkatt*`,
    ),
    medical: terms(`cancer|bröstcancer|brostcancer|självundersökning|sjalvundersokning|mammografi|klinik|vårdcentral|vardcentral|medicinsk*|amning`),
    bathing: terms(`dusch*|bad|badet|bastu*|bastun`),
    noTowel: terms(`ingen handduk|utan handduk`),
  },
  da: {
    keep: terms(`behold|lad|kun|bliver`),
    objectTarget: terms(`bøjle|boejle|tørrestativ|torrestativ|tøjsnor|tojsnor|snegl*|kort|nøgensnegl*|nogensnegl*|nøgenkat*|nogenkat*`),
    bathing: terms(`bad|sauna|brusebad`),
    noTowel: terms(`uden håndklæde|uden handklaede|intet håndklæde`),
  },
  nb: {
    keep: terms(`behold|la|bare|blir`),
    objectTarget: terms(`kleshenger|tørkestativ|torkestativ|klessnor|snegl*|kart|nakensnegl*|nakenkatt*`),
    bathing: terms(`dusj*|bad|badstu*|sauna`),
    noTowel: terms(`uten håndkle|uten handkle|ikke noe håndkle`),
  },
  fi: {
    keep: terms(`jätä|jata|pidä|pida|vain|jää|jaa`),
    objectTarget: terms(`henkari*|pyykkinaru*|kuivausteline*|etana*|kartta*`),
    medical: terms(`syöpä*|syopa*|rintasyöpä*|itsetutkiskelu*|seulonta*|mammografia*|klinikka*|terveysasema*|lääketieteellinen|imetys*`),
    bathing: terms(`suihku*|kylpy*|sauna*|saunasta|saunan`),
    noTowel: terms(`ei pyyhettä|ei pyyhetta|ilman pyyhettä|ilman pyyhetta`),
  },
  cs: {
    conjunction: terms(`a|i`),
    keep: terms(`nech|nechej|zůstane|zustane|jen|pouze`),
    objectTarget: terms(`věšák*|vesak*|sušák*|susak*|šňůr*|snur*|prádlo|pradlo|šnek*|snek*|slimák*|slimak*|mapa|mapu`),
    medical: terms(`rakovin*|samovyšetř*|samovysetr*|mamograf*|klinik*|ambulanc*|prevenc*|zdravotn*|kojení|kojeni`),
    bathing: terms(`sprch*|koupel*|vana|sauna|sauny`),
    noTowel: terms(`bez ručníku|bez rucniku|bez osušky|bez osusky`),
  },
  sk: {
    conjunction: terms(`a|i`),
    keep: terms(`nechaj|zostane|iba|len`),
    objectTarget: terms(`vešiak*|vesiak*|sušiak*|susiak*|šnúr*|snur*|slimák*|slimak*|mapa|mapu`),
    medical: terms(`rakovin*|samovyšetr*|samovysetr*|mamograf*|klinik*|ambulanci*|prevenci*|zdravotn*`),
    bathing: terms(`sprch*|kúpeľ*|kupel*|vaňa|vana|sauna`),
    noTowel: terms(`bez uteráka|bez uteraka`),
  },
  sr: {
    conjunction: terms(`i|и`),
    keep: terms(`ostavi|остави|samo|само`),
    objectTarget: terms(`vešalic*|vesalic*|sušilic*|susilic*|puž*|puz*|mapa|mapu|вешалиц*|сушилиц*|пуж*|мапа`),
    medical: terms(`rak|raka|samopregled*|mamograf*|klinik*|dom zdravlja|рак|рака|самопреглед*|мамограф*|клиник*|дом здравља`),
    bathing: terms(`tuš*|tus*|kupatil*|sauna|туш*|купатил*|сауна`),
    noTowel: terms(`bez peškira|bez peskira|без пешкира`),
  },
  ro: {
    keep: terms(`lasă|lasa|păstrează|pastreaza|rămâne|ramane|doar`),
    objectTarget: terms(`cuier*|umeraș*|umeras*|uscător*|uscator*|sfoară de rufe|sfoara de rufe|melc*|hartă|harta`),
    medical: terms(`cancer*|autoexaminare*|mamografi*|clinic*|dispensar*|conștientizare|constientizare|medical*|alăptare|alaptare`),
    bathing: terms(`duș*|dus*|baie|saună|sauna`),
    noTowel: terms(`fără prosop|fara prosop`),
  },
  el: {
    keep: terms(`άσε|ασε|άφησε|αφησε|μείνει|μεινει|μόνο|μονο`),
    objectTarget: terms(`κρεμάστρα|κρεμαστρα|απλώστρα|απλωστρα|σαλιγκάρι*|χάρτη*|χαρτη*`),
    medical: terms(`καρκίν*|καρκιν*|αυτοεξέταση|αυτοεξεταση|μαστογραφ*|κλινική|κλινικη|ιατρεί*|ιατρει*|ενημέρωση|ιατρικ*|θηλασμ*`),
    bathing: terms(`μπάνιο|μπανιο|ντους|σάουνα|σαουνα`),
    noTowel: terms(`χωρίς πετσέτα|χωρις πετσετα`),
  },
  he: {
    keep: terms(`תשאיר|תשאירי|רק`),
    medical: terms(`סרטן|בדיקה עצמית|ממוגרפיה|מרפאה|קופת חולים|מודעות|רפואי|הנקה`),
    bathing: terms(`מקלחת|אמבטיה|סאונה`),
    noTowel: terms(`בלי מגבת|ללא מגבת`),
  },
  hu: {
    keep: terms(`hagyd|maradjon|csak`),
    objectTarget: terms(`fogas|vállfa|vallfa|ruhaszárító|ruhaszarito|csiga|térkép*|terkep*`),
    medical: terms(`rák*|önvizsgálat*|onvizsgalat*|szűrés*|szures*|mammográf*|mammograf*|klinik*|rendelő*|rendelo*|orvosi|szoptatás*`),
    bathing: terms(`zuhany*|fürdő*|furdo*|szauna*`),
    noTowel: terms(`törölköző nélkül|torolkozo nelkul|törölközö nélkül`),
  },
  tl: {
    keep: terms(`iwan|iwanan|lang|hayaan`),
    objectTarget: terms(`sampayan|hanger|sabitan|suso ng dagat|mapa`),
    medical: terms(`kanser|pagsusuri sa sarili|klinika|ospital|health center|kamalayan|pagpapasuso`),
    bathing: terms(`naligo|kakaligo|maligo|paligo|banyo|cr|shower`),
    noTowel: terms(`walang tuwalya|walang twalya|walang towel`),
  },
  th: {
    keep: terms(`เหลือ|เก็บไว้|แค่`),
    objectTarget: terms(`ราวตากผ้า|ไม้แขวนเสื้อ|ราวแขวน|หอยทาก|แผนที่`),
    medical: terms(`ผื่น|ผื่นแดง|กลาก|สะเก็ดเงิน|ผิวหนังอักเสบ|แพทย์ผิวหนัง|ไฝ|ตัดชิ้นเนื้อ|แผลผ่าตัด|แผล|แผลไฟไหม้|ลมพิษ|มะเร็ง|ตรวจเต้านมด้วยตนเอง|ตรวจด้วยตนเอง|คลินิก|โรงพยาบาล|รณรงค์|การแพทย์|ให้นม`),
    bathing: terms(`อาบน้ำ|ฝักบัว|ซาวน่า`),
    noTowel: terms(`ไม่มีผ้าเช็ดตัว|ไม่ได้พันผ้าเช็ดตัว|ไม่มีผ้าขนหนู`),
  },
  vi: {
    keep: terms(`giữ|giu|để lại|de lai|chỉ|chi`),
    medical: terms(
      `phát ban|phat ban|mẩn đỏ|man do|vảy nến|vay nen|viêm da|viem da|da liễu|da lieu|nốt ruồi|not ruoi|khối u|khoi u|sinh thiết|sinh thiet|vết mổ|vet mo|vết thương|vet thuong|ung thư|ung thu|tự khám|tu kham|phòng khám|phong kham|bệnh viện|benh vien|nâng cao nhận thức|y tế|y te`,
    ),
    bathing: terms(`tắm|tam xong|vừa tắm|phòng tắm`),
    noTowel: terms(`không khăn tắm|khong khan tam|không có khăn|khong co khan`),
  },
  ur: {
    keep: terms(`rehne do|رہنے دو|صرف|sirf`),
    medical: terms(`کینسر|خود معائنہ|معائنہ|کلینک|ہسپتال|آگاہی|طبی`),
    bathing: terms(`نہا*|غسل|شاور|naha ke|nahane`),
    noTowel: terms(`بغیر تولیے|تولیہ نہیں|bina towel|bina tauliye`),
  },
  ta: {
    medical: terms(`புற்றுநோய்|சுய பரிசோதனை|பரிசோதனை|மருத்துவமனை|கிளினிக்|விழிப்புணர்வு`),
    bathing: terms(`குளித்*|குளியல்*|ஷவர்`),
    noTowel: terms(`துண்டு இல்லாமல்|டவல் இல்லாமல்`),
  },
};
