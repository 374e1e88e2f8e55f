import { terms, type Lexicon } from './types.ts';

/**
 * `accessory`: what a person can wear that covers nothing (earrings, a necklace, a watch, glasses, a hat,
 * heels, socks, a tie): "leave just the hat on him", "qu'elle ne garde que ses boucles d'oreilles" leave
 * her naked but for it (rules.ts, keptOnly). Any other thing after "only" ("keep her only the background
 * blurred", "she only has a shadow on her face") is not what she wears. Words that are also everyday words
 * of time or action in their language ("watch", "uhr", "saat", "ساعة", "jam") are written with what makes
 * them the object ("her watch", "armbanduhr", "kol saati", "ساعة يد", "jam tangan"). Written for the
 * fourteenth session from the author's knowledge of the languages; merged like the scene words (index.ts).
 */
export const ACCESSORY: Readonly<Record<string, Lexicon>> = {
  en: {
    accessory: terms(
      `earring*|necklace*|bracelet*|bangle*|anklet*|ring|rings|wristwatch*|a watch|her watch|his watch|the watch|glasses|sunglasses|spectacles|hat|hats|cowboy hat|a cap|her cap|his cap|the cap|baseball cap|crown|tiara|headband|bow tie|necktie|a tie|his tie|the tie|heels|high heels|stilettos|shoes|sneakers|boots|socks|gloves|belt|choker*|jewellery|jewelry|piercing*|pendant|flower crown|lei`,
    ),
  },
  fr: {
    accessory: terms(
      `boucle d oreille|boucles d oreille|boucles d oreilles|collier*|bracelet*|bague*|montre|lunettes|chapeau*|casquette|couronne|talons|talons hauts|chaussures|bottes|chaussettes|gants|ceinture|bijou|bijoux|cravate|piercing*`,
    ),
  },
  de: {
    accessory: terms(
      `ohrring*|halskette*|kette|armband|armbänder|ring|ringe|armbanduhr|ihre uhr|seine uhr|brille|sonnenbrille|hut|mütze|kappe|krone|absätze|high heels|schuhe|stiefel|socken|handschuhe|gürtel|schmuck|krawatte|piercing*`,
    ),
  },
  es: {
    accessory: terms(
      `pendiente|pendientes|arete|aretes|collar|collares|pulsera*|anillo*|reloj|gafas|lentes|sombrero*|gorra|corona|tacones|zapatos|botas|calcetines|guantes|cinturón|joya|joyas|corbata`,
    ),
  },
  it: {
    accessory: terms(
      `orecchin*|collana*|braccialett*|anello|anelli|orologio|occhiali|cappello|cappellino|corona|tacchi|scarpe|stivali|calzini|calze|calzette|collant|autoreggenti|guanti|cintura|gioiell*|cravatta`,
    ),
  },
  pt: { accessory: terms(`brinco*|colar|colares|pulseira*|anel|anéis|relógio|óculos|chapéu|coroa|salto alto|saltos altos|sapatos|botas|luvas|cinto|joia|joias|gravata`) },
  nl: { accessory: terms(`oorbel*|ketting*|armband*|ring|ringen|horloge|bril|zonnebril|hoed|kroon|hakken|schoenen|laarzen|sokken|handschoenen|riem|sieraden|stropdas`) },
  pl: {
    accessory: terms(
      `kolczyk*|naszyjnik*|bransolet*|pierścion*|zegarek|zegarku|zegarkiem|okulary|okularach|okularami|kapelusz*|czapk*|korona|koronie|koronę|szpilki|szpilkach|buty|butach|skarpet*|rękawicz*|biżuteri*|krawat*`,
    ),
  },
  ru: {
    accessory: terms(
      `серьги|серёжки|серёжках|серьгами|серёжками|ожерелье|ожерельем|колье|браслет*|кольцо|кольца|часы|часах|часами|очки|очках|шляпа|шляпе|шляпой|шляпу|кепка|кепке|корона|короне|каблуки|каблуках|туфли|туфлях|сапоги|носки|носках|перчатки|перчатках|украшени*|галстук*`,
    ),
  },
  uk: { accessory: terms(`сережки|намисто|браслет*|каблучк*|годинник*|окуляри|окулярах|капелюх*|корона|короні|підбори|підборах|туфлі|чоботи|шкарпетки|рукавички|прикрас*|краватк*`) },
  tr: { accessory: terms(`küpe*|kolye*|bileklik*|yüzük*|kol saati|saatini|gözlük*|şapka*|taç|topuklu*|ayakkabı*|çizme*|çorap*|eldiven*|kemeri|kemerini|takı|takılar*|takıları*|kravat*`) },
  ar: { accessory: terms(`أقراط|قرط|حلق|قلادة|عقد|سوار|أساور|خاتم|ساعة يد|نظارة|نظارات|قبعة|تاج|كعب عالي|حذاء|جوارب|قفازات|حزام|مجوهرات|ربطة عنق`) },
  fa: { accessory: terms(`گوشواره|گردنبند|دستبند|انگشتر|ساعت مچی|عینک|کلاه|تاج|کفش پاشنه بلند|کفش|جوراب|دستکش|کمربند|جواهرات|کراوات`) },
  he: { accessory: terms(`עגילים|עגיל|שרשרת|צמיד|טבעת|שעון|משקפיים|משקפי שמש|כובע|כתר|עקבים|נעליים|גרביים|כפפות|חגורה|תכשיטים|עניבה`) },
  hi: {
    accessory: terms(`झुमके|झुमका|बालियां|बालियाँ|हार|कंगन|अंगूठी|घड़ी|चश्मा|टोपी|मुकुट|हील्स|जूते|मोज़े|दस्ताने|गहने|टाई|jhumke|jhumka|baliyan|kangan|angoothi|anguthi|ghadi|chashma|chasma|topi|gehne|gahne`),
  },
  bn: { accessory: terms(`কানের দুল|দুল|নেকলেস|চুড়ি|আংটি|ঘড়ি|চশমা|টুপি|মুকুট|জুতা|মোজা|গহনা`) },
  ur: { accessory: terms(`جھمکے|بالیاں|کنگن|انگوٹھی|گھڑی|چشمہ|ٹوپی|جوتے|موزے|زیورات`) },
  ja: { accessory: terms(`イヤリング|ピアス|ネックレス|ブレスレット|指輪|腕時計|時計|眼鏡|メガネ|めがね|サングラス|帽子|王冠|ハイヒール|ヒール|靴下|手袋|アクセサリー|ネクタイ`) },
  zh: { accessory: terms(`耳环|耳環|项链|項鍊|項鏈|手镯|手鐲|手链|手鏈|戒指|手表|手錶|眼镜|眼鏡|墨镜|墨鏡|帽子|王冠|高跟鞋|袜子|襪子|手套|首饰|首飾|领带|領帶`) },
  ko: { accessory: terms(`귀걸이|목걸이|팔찌|반지|손목시계|시계|안경|선글라스|모자|왕관|하이힐|구두|양말|장갑|액세서리|넥타이`) },
  vi: { accessory: terms(`bông tai|khuyên tai|vòng cổ|dây chuyền|vòng tay|nhẫn|đồng hồ|kính|kính râm|mũ|nón|vương miện|giày cao gót|giày|tất|vớ|găng tay|trang sức|cà vạt`) },
  th: { accessory: terms(`ต่างหู|สร้อยคอ|สร้อยข้อมือ|กำไล|แหวน|นาฬิกา|แว่นตา|แว่น|หมวก|มงกุฎ|รองเท้าส้นสูง|รองเท้า|ถุงเท้า|ถุงมือ|เครื่องประดับ|เนคไท`) },
  id: { accessory: terms(`anting*|kalung|gelang|cincin|jam tangan|kacamata|topi|mahkota|sepatu hak tinggi|sepatu|kaus kaki|sarung tangan|perhiasan|dasi`) },
  ms: { accessory: terms(`anting*|rantai leher|kalung|gelang|cincin|jam tangan|cermin mata|topi|mahkota|kasut tumit tinggi|kasut|stokin|sarung tangan|barang kemas|tali leher`) },
  tl: { accessory: terms(`hikaw|kuwintas|pulseras|singsing|relo|salamin sa mata|sumbrero|korona|takong|sapatos|medyas|guwantes|alahas|kurbata`) },
  sw: { accessory: terms(`hereni|mkufu|bangili|pete|saa ya mkono|miwani|kofia|taji|viatu|soksi|glavu|vito|tai`) },
  el: { accessory: terms(`σκουλαρίκια|σκουλαρίκι|κολιέ|βραχιόλι|δαχτυλίδι|ρολόι|γυαλιά|καπέλο|στέμμα|τακούνια|παπούτσια|κάλτσες|γάντια|κοσμήματα|γραβάτα`) },
  ro: {
    accessory: terms(
      `cercei*|colier*|brățar*|bratar*|inel|inele|inelul|inelele|ceas|ceasul|ochelari*|pălări*|palari*|coroan*|tocuri*|pantofi*|șosete*|sosete*|ciorapi*|mănuși*|manusi*|bijuteri*|cravat*`,
    ),
  },
  hu: { accessory: terms(`fülbevaló*|nyaklánc*|karkötő*|gyűrű*|karór*|szemüveg*|kalap|kalapot|kalapja|kalapban|korona|magassarkú*|cipő*|zokni*|kesztyű*|ékszer*|nyakkendő*`) },
  cs: { accessory: terms(`náušnice|náušnicích|náhrdelník*|náramek|prsten*|hodinky|hodinkách|brýle|brýlích|klobouk*|koruna|podpatky|boty|ponožky|rukavice|šperky|kravata`) },
  sk: { accessory: terms(`náušnice|náhrdelník*|náramok|prsteň|hodinky|okuliare|klobúk*|koruna|opätky|topánky|ponožky|rukavice|šperky|kravata`) },
  sv: { accessory: terms(`örhängen|örhänge|halsband|armband|ring|ringar|armbandsur|klocka|glasögon|solglasögon|hatt|krona|klackar|skor|strumpor|handskar|smycken|slips`) },
  da: { accessory: terms(`øreringe|ørering|halskæde|armbånd|ring|ringe|armbåndsur|briller|solbriller|hat|krone|hæle|sko|sokker|handsker|smykker|slips`) },
  nb: { accessory: terms(`øredobber|ørepynt|halskjede|armbånd|ring|ringer|armbåndsur|klokke|briller|solbriller|hatt|krone|hæler|sko|sokker|hansker|smykker|slips`) },
  fi: { accessory: terms(`korvakoru*|kaulakoru*|rannekoru*|sormus*|rannekello*|silmälas*|aurinkolas*|hattu|hattua|hatussa|kruunu*|korkokeng*|kengät|sukat|hanskat|koru|korut|koruja|solmio*`) },
  lt: { accessory: terms(`auskar*|vėrinys|vėrinį|laikrod*|akini*|kepur*|apyrank*|žiedas|žiedą|žiedu`) },
};
