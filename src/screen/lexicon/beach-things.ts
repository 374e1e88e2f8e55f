import { terms, type Lexicon } from './types.ts';

/**
 * `benign`: the things of a beach or pool photo that a request removes, moves or recolours, beside people in swimwear:
 * a beach umbrella, a sun lounger, a surfboard, a beach ball, a pool noodle, a rubber ring, a cool box, a sandcastle
 * ("my kids in swimsuits at the pool, remove the pool noodles", "minha filha de maiô na praia, tira o guarda-sol do
 * fundo", "meine Frau im Badeanzug, entferne den Sonnenschirm"). Most languages had none of them: a remover of one read as
 * a remover of the swimwear beside it. Only whole names; "ball", "board" or "ring" alone are not here (a beach ball is;
 * "balls" is slang). Written for this round from the author's knowledge of the languages (not native); merged into each
 * language's lexicon (index.ts). None is taken from an evaluation set.
 */
const THINGS: Readonly<Record<string, string>> = {
  en: 'beach umbrella|beach umbrellas|sun umbrella|parasol|parasols|sun lounger|sun loungers|sunbed|sunbeds|deckchair|deckchairs|deck chair|deck chairs|beach chair|beach chairs|lounge chair|lounge chairs|surfboard|surfboards|bodyboard|boogie board|paddle board|beach ball|beach balls|pool noodle|pool noodles|noodles|rubber ring|swim ring|pool float|pool floats|inflatable|inflatables|floatie|floaties|arm floaties|armbands|lilo|air mattress|cooler|cool box|sandcastle|sandcastles|sand castle|lifebuoy|life ring|windbreak|beach towel on the sand',
  fr: 'parasol|parasols|transat|transats|chaise longue|chaises longues|bain de soleil|planche de surf|planches de surf|ballon de plage|bouée|bouee|bouées|bouees|brassards|matelas gonflable|frite de piscine|frites de piscine|glacière|glaciere|château de sable|chateau de sable|pare-vent',
  de: 'sonnenschirm|sonnenschirme|liegestuhl|liegestühle|liegestuhle|sonnenliege|sonnenliegen|strandkorb|strandkörbe|strandkorbe|surfbrett|surfbretter|wasserball|schwimmring|schwimmreifen|schwimmflügel|schwimmflugel|luftmatratze|poolnudel|poolnudeln|schwimmnudel|schwimmnudeln|kühlbox|kuhlbox|sandburg|sandburgen|rettungsring|windschutz',
  es: 'sombrilla|sombrillas|parasol|tumbona|tumbonas|hamaca de playa|silla de playa|tabla de surf|tablas de surf|pelota de playa|flotador|flotadores|manguitos|colchoneta|churro de piscina|churros de piscina|nevera portátil|nevera portatil|castillo de arena|salvavidas',
  it: 'ombrellone|ombrelloni|sdraio|lettino|lettini|tavola da surf|pallone da spiaggia|salvagente|ciambella|braccioli|materassino|tubo galleggiante|frigo portatile|borsa frigo|castello di sabbia',
  pt: 'guarda-sol|guarda sol|guarda-sóis|guarda sois|ombrelone|espreguiçadeira|espreguicadeira|espreguiçadeiras|cadeira de praia|cadeiras de praia|prancha de surf|prancha|pranchas|bola de praia|boia|boias|bóia|bóias|macarrão de piscina|macarrao de piscina|colchão inflável|colchao inflavel|isopor|cooler|castelo de areia|castelinho de areia',
  nl: 'parasol|parasols|ligstoel|ligstoelen|strandstoel|strandstoelen|surfplank|strandbal|zwemband|zwembandjes|luchtbed|zwemslurf|koelbox|zandkasteel|reddingsboei|windscherm',
  pl: 'leżak|lezak|leżaki|lezaki|deska surfingowa|deska do surfowania|piłka plażowa|pilka plazowa|koło do pływania|kolo do plywania|dmuchany materac|makaron do pływania|lodówka turystyczna|zamek z piasku|parawan',
  ru: 'шезлонг|шезлонги|лежак|лежаки|пляжный зонт|доска для серфинга|сёрф|пляжный мяч|надувной круг|круг для плавания|нарукавники|надувной матрас|сумка-холодильник|замок из песка',
  uk: 'шезлонг|лежак|пляжна парасолька|дошка для серфінгу|пляжний мʼяч|надувне коло|нарукавники|надувний матрац|замок з піску',
  cs: 'slunečník|slunecnik|lehátko|lehatko|lehátka|surfové prkno|plážový míč|nafukovací kruh|nafukovaci kruh|rukávky|nafukovací lehátko|hrad z písku',
  sv: 'parasoll|solstol|solstolar|surfbräda|surfbrada|badboll|badring|armpuffar|luftmadrass|kylväska|kylvaska|sandslott',
  nb: 'parasoll|solseng|solsenger|fluktstol|surfebrett|badeball|badering|armringer|luftmadrass|kjølebag|sandslott',
  da: 'parasol|liggestol|liggestole|solseng|surfbræt|badebold|badering|svømmevinger|luftmadras|køletaske|sandslot',
  fi: 'aurinkovarjo|aurinkotuoli|rantatuoli|surffilauta|rantapallo|uimarengas|kellukkeet|ilmapatja|kylmälaukku|hiekkalinna',
  hu: 'napernyő|napernyo|napozóágy|napozoagy|nyugágy|nyugagy|szörfdeszka|strandlabda|úszógumi|uszogumi|karúszó|gumimatrac|homokvár|homokvar',
  ro: 'umbrelă de plajă|umbrela de plaja|șezlong|sezlong|șezlonguri|placă de surf|minge de plajă|colac|aripioare|saltea gonflabilă|castel de nisip',
  el: 'ομπρέλα θαλάσσης|ομπρελα θαλασσης|ξαπλώστρα|ξαπλωστρα|ξαπλώστρες|σανίδα του σερφ|μπάλα θαλάσσης|σωσίβιο|μπρατσάκια|στρώμα θαλάσσης|κάστρο στην άμμο',
  tr: 'plaj şemsiyesi|plaj semsiyesi|şezlong|sezlong|şezlonglar|sörf tahtası|sorf tahtasi|deniz topu|plaj topu|simit|kolluk|deniz yatağı|deniz yatagi|kum kalesi|buzluk',
  id: 'payung pantai|kursi pantai|kursi santai|papan selancar|papan surfing|bola pantai|ban renang|pelampung|kasur angin|istana pasir|kotak pendingin',
  ms: 'payung pantai|kerusi pantai|papan luncur|bola pantai|pelampung|istana pasir',
  vi: 'dù che nắng|ô che nắng|ghế tắm nắng|ghế bãi biển|ván lướt sóng|bóng bãi biển|phao bơi|phao|lâu đài cát',
  tl: 'payong sa beach|beach chair|surfboard|salbabida|kastilyong buhangin',
  zh: '遮阳伞|遮陽傘|太阳伞|太陽傘|沙滩椅|沙灘椅|躺椅|冲浪板|衝浪板|沙滩球|沙灘球|游泳圈|泳圈|充气床|沙堡|救生圈',
  ja: 'パラソル|ビーチパラソル|ビーチチェア|デッキチェア|サーフボード|ビーチボール|浮き輪|うきわ|砂の城|クーラーボックス',
  ko: '파라솔|비치 파라솔|선베드|비치체어|서핑보드|비치볼|튜브|구명튜브|모래성|아이스박스',
  ar: 'شمسية|الشمسية|مظلة الشاطئ|كرسي الشاطئ|كراسي الشاطئ|لوح ركوب الأمواج|كرة الشاطئ|عوامة|العوامة|قلعة رملية|ثلاجة رحلات',
  he: 'שמשייה|שמשיה|כיסא נוח|כסא נוח|מיטת שיזוף|גלשן|כדור חוף|גלגל ים|מצופים|מזרון מתנפח|ארמון חול|צידנית',
  fa: 'چتر ساحلی|صندلی ساحلی|تخته موج سواری|توپ ساحلی|حلقه شنا|قلعه شنی',
  hi: 'बीच अम्ब्रेला|छतरी|धूप की छतरी|बीच चेयर|सर्फबोर्ड|बीच बॉल|रेत का महल|ट्यूब',
  ur: 'چھتری|بیچ چیئر|سرف بورڈ|ریت کا محل',
  th: 'ร่มชายหาด|เก้าอี้ชายหาด|เตียงอาบแดด|กระดานโต้คลื่น|ลูกบอลชายหาด|ห่วงยาง|ปราสาททราย',
  sw: 'mwavuli wa ufukweni|kiti cha ufukweni|ubao wa kuteleza|mpira wa ufukweni|boya',
};

export const BEACH_THINGS: Readonly<Record<string, Lexicon>> = Object.fromEntries(Object.entries(THINGS).map(([language, list]) => [language, { benign: terms(list) }]));
