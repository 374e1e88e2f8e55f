import { terms, type Lexicon } from './types.ts';

/**
 * An intimate scene said by its setting and its mood, with no sexual word (rules.ts, intimateScene): "a woman waiting
 * on silk sheets, only candlelight, bedroom eyes, back arched", "junge Frau wartet im Kerzenschein auf dem Bett,
 * lasziver Blick, glänzende Haut", "mujer esperando en la cama, labios entreabiertos, piel brillante".
 * - `intimateSetting`: a bed, silk sheets, candlelight;
 * - `moodCue`: lip-biting, parted lips, half-closed eyes, glistening or sweaty skin, breathless, a lustful look.
 * Each is ordinary alone (a sick child in bed, a runner's sweaty skin, a candlelit dinner): the rule needs the
 * setting and two other kinds of cue (mood, a suggestive word, a pose, a sexualised body part), or three kinds.
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const INTIMATE: Readonly<Record<string, Lexicon>> = {
  en: {
    intimateSetting: terms(
      `in bed|on the bed|on a bed|on her bed|on his bed|silk sheets|satin sheets|candlelight|candle light|candlelit|by candlelight|hotel bed|rose petals on the bed|waiting for her lover|waiting for his lover|waiting for him|waiting for her`,
    ),
    moodCue: terms(
      `biting her lip|bites her lip|bite her lip|biting his lip|lip bite|lip biting|parted lips|lips parted|mouth open|mouth slightly open|half closed eyes|eyes half closed|half-closed eyes|glistening skin|skin glistening|sweaty skin|oiled skin|oiled up|flushed|breathless|panting|moaning|lustful|smouldering look|smoldering look|longing look|begging for it|looking at me all satisfied|morning after|arching her back|back arched|arched back|arching`,
    ),
  },
  fr: {
    intimateSetting: terms(`au lit|sur le lit|dans le lit|draps de soie|draps de satin|à la bougie|a la bougie|aux chandelles|lit d hôtel|lit d hotel`),
    moodCue: terms(
      `se mord la lèvre|se mord la levre|se mordille la lèvre|se mordille la levre|mordillant sa lèvre|yeux mi clos|bouche entrouverte|lèvres entrouvertes|levres entrouvertes|peau luisante|peau brillante|peau moite|en sueur|essoufflée|essoufflee|haletante|regard de braise|regard lascif|regard langoureux|regard de désir|regard de desir|gémissante|gemissante|se cambre|cambrée|cambree|dos cambré|dos cambre`,
    ),
  },
  de: {
    intimateSetting: terms(`im bett|auf dem bett|ins bett|seidenlaken|satinlaken|kerzenschein|kerzenlicht|hotelbett`),
    moodCue: terms(
      `beißt sich auf die lippe|beisst sich auf die lippe|auf die lippe beißt|lippen halb offen|halb offene lippen|halb geöffnete lippen|halb geoffnete lippen|halb geschlossene augen|glänzende haut|glanzende haut|feucht glänzend|feucht glanzend|verschwitzt|verschwitzte haut|atemlos|keuchend|stöhnt|stohnt|lüsterner blick|lusterner blick|schlafzimmerblick|räkelt sich|rakelt sich|rücken durchgestreckt|rucken durchgestreckt|hohlkreuz`,
    ),
  },
  es: {
    intimateSetting: terms(
      `en la cama|sobre la cama|sábanas de seda|sabanas de seda|sábanas de satén|sabanas de saten|luz de velas|a la luz de las velas|solo velas|cama de hotel|esperando a su amante`,
    ),
    moodCue: terms(
      `mordiéndose el labio|mordiendose el labio|se muerde el labio|labios entreabiertos|ojos entrecerrados|piel brillante|piel sudada|sudorosa|jadeando|jadeante|sin aliento|mirada de deseo|mirada lujuriosa|gimiendo|acalorada|mejillas sonrojadas|respirando agitada|labios húmedos|labios humedos|espalda arqueada`,
    ),
  },
  it: {
    intimateSetting: terms(`sul letto|a letto|nel letto|lenzuola di seta|lenzuola di raso|lume di candela|a lume di candela|letto d albergo`),
    moodCue: terms(
      `si morde il labbro|mordendosi il labbro|labbra socchiuse|occhi socchiusi|pelle lucida|pelle sudata|sudata|ansimante|senza fiato|sguardo malizioso|sguardo languido|sguardo lussurioso|gemendo|schiena inarcata|inarca la schiena`,
    ),
  },
  pt: {
    intimateSetting: terms(`na cama|em cima da cama|lençóis de seda|lencois de seda|luz de velas|à luz de velas|a luz de velas|cama de hotel`),
    moodCue: terms(
      `mordendo o lábio|mordendo o labio|morde o lábio|morde o labio|lábios entreabertos|labios entreabertos|olhos semicerrados|pele brilhante|pele suada|suada|ofegante|sem fôlego|sem folego|olhar de desejo|olhar safado|gemendo|costas arqueadas`,
    ),
  },
  nl: {
    intimateSetting: terms(`in bed|op bed|op het bed|zijden lakens|satijnen lakens|kaarslicht|bij kaarslicht`),
    moodCue: terms(`bijt op haar lip|lippen half open|halfgesloten ogen|glanzende huid|bezweet|hijgend|wellustige blik|kreunend|holle rug`),
  },
  pl: {
    intimateSetting: terms(`w łóżku|w lozku|na łóżku|na lozku|jedwabna pościel|jedwabnej pościeli|przy świecach|przy swiecach`),
    moodCue: terms(
      `przygryza wargę|przygryza warge|rozchylone usta|rozchylonymi ustami|półprzymknięte oczy|polprzymkniete oczy|błyszcząca skóra|blyszczaca skora|spocona skóra|spocona skora|spocona|zdyszana|pożądliwym spojrzeniem|pozadliwym spojrzeniem|pożądliwe spojrzenie|rozmarzonym|wygięte plecy`,
    ),
  },
  ru: {
    intimateSetting: terms(`в постели|на кровати|в кровати|на шелковых простынях|на шёлковых простынях|при свечах|в свете свечей`),
    moodCue: terms(
      `кусает губу|прикусывает губу|закусив губу|приоткрытые губы|полуоткрытые губы|полузакрытые глаза|блестящая кожа|потная кожа|вспотевшая|задыхаясь|томный взгляд|похотливый взгляд|стонет|выгнув спину|выгнутая спина`,
    ),
  },
  uk: {
    intimateSetting: terms(`у ліжку|в ліжку|на ліжку|при свічках|на шовкових простирадлах`),
    moodCue: terms(`кусає губу|прикушує губу|напіврозтулені губи|напівзаплющені очі|блискуча шкіра|спітніла|задихаючись|томний погляд|хтивий погляд|стогне|вигнута спина`),
  },
  tr: {
    intimateSetting: terms(`yatakta|yatağa|yataga|yatağın üstünde|ipek çarşaf|ipek carsaf|mum ışığı|mum isigi|mum ışığında|mum isiginda`),
    moodCue: terms(
      `dudağını ısırıyor|dudagini isiriyor|dudağını ısıran|dudak ısırma|aralık dudaklar|yarı açık dudaklar|yarı kapalı gözler|parlayan ten|terden parlayan|terli ten|nefes nefese|şehvetli bakış|sehvetli bakis|kıvranıyor|kivraniyor|inliyor|sırtını kamburlaştır`,
    ),
  },
  ja: {
    intimateSetting: terms(`ベッドで|ベッドの上|ベッドに|布団の上|キャンドル|ろうそくの灯|ホテルのベッド`),
    moodCue: terms(`唇を噛|とろけた表情|上目遣い|潤んだ瞳|半開きの口|汗で濡れた肌|汗ばんだ|頬を赤らめ|息が荒い|喘いで|火照った`),
  },
  zh: {
    intimateSetting: terms(`床上|在床上|丝绸床单|絲綢床單|烛光|燭光|酒店的床`),
    moodCue: terms(`咬嘴唇|咬着嘴唇|咬著嘴唇|半张着嘴|半張著嘴|嘴唇微张|眼神迷离|眼神迷離|湿身|濕身|汗水淋漓|喘息|娇喘|嬌喘|欲拒还迎|欲拒還迎|纯欲|純欲|水珠顺着身体|腿微微张开`),
  },
  ko: {
    intimateSetting: terms(`침대에|침대 위|촛불`),
    moodCue: terms(`입술을 깨물|입술 깨물|풀린 눈|반쯤 벌린 입|땀에 젖은|땀범벅|숨을 헐떡|유혹하는 눈빛|야릇한 눈빛|허리를 젖히`),
  },
  ar: {
    intimateSetting: terms(`على السرير|في السرير|ضوء الشموع|على ضوء الشموع`),
    moodCue: terms(`تعض شفتها|تعض على شفتها|شفايف مفتوحة|شفاه نصف مفتوحة|عيون نص مغمضة|جسمها يلمع|بشرة لامعة|يلمع من العرق|عرقانة|تلهث|نظرات شقية|نظرة شهوانية|بدلع`),
  },
  fa: {
    intimateSetting: terms(`روی تخت|تو تخت|نور شمع`),
    moodCue: terms(`لبشو گاز|لبش رو گاز|لب‌هاش رو گاز|لب‌های نیمه‌باز|لبهای نیمه باز|نگاه خمار|پوست براق|عرق‌کرده|عرق کرده|نفس نفس|labesho gaz|negahe khomar|poostesh barragh`),
  },
  he: {
    intimateSetting: terms(`במיטה|על המיטה|אור נרות|לאור נרות`),
    moodCue: terms(`נושכת שפה|נושכת את השפה|שפתיים פשוקות|עיניים עצומות למחצה|עור מבריק|מזיעה|מתנשפת|מבט תאוותני`),
  },
  hi: {
    intimateSetting: terms(`बिस्तर पर|मोमबत्ती की रोशनी|bistar pe|bistar par|bed pe`),
    moodCue: terms(`होंठ काटती|होंठ काटते|अधखुले होंठ|अधखुली आँखें|पसीने से चमकती|चमकती त्वचा|हांफती|कामुक नज़र|कामुक नजर|नशीली आँखें|नशीली आंखें|nasheeli aankhein|nasheeli ankhen|honth kaat|kamuk nazar`),
  },
  ne: {
    intimateSetting: terms(`ओछ्यानमा|मैनबत्तीको उज्यालोमा`),
    moodCue: terms(`ओठ टोक्दै|कामुक नजर|पसिनाले चम्किलो`),
  },
  vi: {
    intimateSetting: terms(`trên giường|tren giuong|ánh nến|anh nen`),
    moodCue: terms(`cắn môi|can moi|môi hé mở|moi he mo|mắt lim dim|mat lim dim|da bóng|ướt đẫm mồ hôi|thở hổn hển|tho hon hen|ánh mắt khiêu gợi|anh mat khieu goi|ánh mắt mời gọi`),
  },
  th: {
    intimateSetting: terms(`บนเตียง|แสงเทียน`),
    moodCue: terms(`กัดริมฝีปาก|ตาเยิ้ม|ปากเผยอ|ผิวเงาวาว|ผิวฉ่ำ|หอบ|สายตาเชิญชวน|สายตายั่วยวน|ท่ายั่ว`),
  },
  id: {
    intimateSetting: terms(`di ranjang|di kasur|di tempat tidur|cahaya lilin`),
    moodCue: terms(`gigit bibir|menggigit bibir|bibir terbuka|mata sayu|kulit mengkilap|berkeringat|terengah|tatapan menggoda|tatapan sange|tatapan nakal`),
  },
  ms: {
    intimateSetting: terms(`atas katil|di katil|cahaya lilin`),
    moodCue: terms(`gigit bibir|bibir terbuka|mata kuyu|kulit berkilat|berpeluh|tercungap|pandangan menggoda`),
  },
  tl: {
    intimateSetting: terms(`sa kama|ilaw ng kandila`),
    moodCue: terms(`kagat labi|pa-kagat labi|pakagat labi|mapupungay na mata|pawisan|hingal|malibog na tingin|mapang-akit na tingin`),
  },
  sw: {
    intimateSetting: terms(`kitandani|mwanga wa mishumaa`),
    moodCue: terms(`anauma mdomo|akiuma mdomo|macho ya kutamani|ngozi inayong aa|anahema|mgongo umepinda`),
  },
  hu: {
    intimateSetting: terms(`az ágyon|az agyon|ágyban|agyban|gyertyafényben|gyertyafenyben|selyemlepedőn|selyemlepedon`),
    moodCue: terms(
      `harapja az ajkát|harapja az ajkat|félig nyitott ajkak|felig nyitott ajkak|csillogó bőr|csillogo bor|izzadt|liheg|hálószoba-tekintet|haloszoba tekintet|hálószoba tekintet|vágyakozó|vagyakozo|szétnyitott lábakkal|szetnyitott labakkal`,
    ),
  },
  el: {
    intimateSetting: terms(`στο κρεβάτι|στο κρεβατι|με φως κεριών|φως κεριων`),
    moodCue: terms(`δαγκώνει τα χείλη|δαγκωνει τα χειλη|μισάνοιχτα χείλη|μισανοιχτα χειλη|μισόκλειστα μάτια|γυαλιστερό δέρμα|ιδρωμένη|ιδρωμενη|λαχανιασμένη|λάγνο βλέμμα|λαγνο βλεμμα`),
  },
  sv: {
    intimateSetting: terms(`i sängen|på sängen|levande ljus|stearinljus|sidenlakan`),
    moodCue: terms(`biter sig i läppen|biter sig i lappen|halvöppna läppar|glänsande hud|glansande hud|svettig|flämtande|lysten blick|svankande`),
  },
  cs: {
    intimateSetting: terms(`v posteli|na posteli|při svíčkách|pri sviickach|pri svickach`),
    moodCue: terms(`kouše se do rtu|pootevřené rty|pootevrene rty|přivřené oči|privrene oci|lesklá kůže|leskla kuze|zpocená|zpocena|zadýchaná|zadychana|chtivý pohled|chtivy pohled`),
  },
  ro: {
    intimateSetting: terms(`în pat|in pat|pe pat|lumina lumânărilor|lumina lumanarilor`),
    moodCue: terms(
      `își mușcă buza|isi musca buza|buze întredeschise|buze intredeschise|ochi întredeschiși|piele strălucitoare|piele stralucitoare|transpirată|transpirata|gâfâind|gafaind|privire languroasă|privire languroasa`,
    ),
  },
};
