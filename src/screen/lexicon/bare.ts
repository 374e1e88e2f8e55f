import { terms, type Lexicon } from './types.ts';

/**
 * Nudity said by what is not worn, or by the only thing left (rules.ts, onlyCover, wornNothing, keptOnly):
 * - `only`: restrictive words ("only", "nothing but", "rien que", "sadece", "只有", "だけ", "sirf");
 * - `bareCover`: what can be all that covers a bare body: steam, foam, bubbles, drops of water, a tan,
 *   a fig leaf ("right after a shower, nothing but steam around her", "üstünde sadece köpük");
 * - `wearVerb`: wearing, or having on the body ("wears", "lleva", "ma na sobie", "üstünde", "身に着け", "গায়ে");
 * - `notWearing`: negated wearing ("not wearing", "giymediği", "tak pakai", "着てない", "કંઈ પહેર્યા વગર");
 * - `anything`: "anything", "bir şey", "apa-apa", "何も": with a negated wearing, nothing worn
 *   ("the beach where nobody wears anything", "orang tak pakai apa-apa");
 * - `nude`: naturism (nudist, naturist, FKK, clothing-optional, 天体, ヌーディスト…): a person put there is naked.
 * Each alone is ordinary ("only the necklace in focus", "a steam train", "wear anything you like"): the
 * rules combine them. Written for the nothing-on round from the author's knowledge of the languages.
 * Merged into each language's lexicon with the scene words (index.ts).
 */
export const BARE: Readonly<Record<string, Lexicon>> = {
  en: {
    bathing: terms(`bathtub|bath tub|jacuzzi|bubble bath`),
    only: terms(`only|just|nothing but|none but|solely|merely|the only|only with|just with`),
    bareCover: terms(
      `steam|vapour|vapor|mist|foam|bubbles|bubble bath foam|suds|soap suds|lather|soap|water droplets|droplets|drops of water|water drops|beads of water|her tan|his tan|suntan|sun tan|sunscreen|suncream|sun cream|body oil|baby oil|fig leaf|fig leaves|fig-leaf|petals|rose petals|glitter|whipped cream`,
    ),
    wearVerb: terms(
      `wear|wears|wearing|wore|worn|has on|have on|had on|got on|on her|on him|on them|on herself|on himself|dressed in|clad in|slept in|sleeps in|sleeping in|sleep in|on her body|on his body|on her skin|on his skin|covering her|covering him|covers her|covers him|covered in|covered by|draped in`,
    ),
    notWearing: terms(`not wearing|isn t wearing|isnt wearing|wasn t wearing|without wearing|doesn t wear|doesnt wear|don t wear|not have on|nobody wears|no one wears|nobody s wearing`),
    anything: terms(`anything|a thing|a stitch|a single thread|a thread`),
    nude: terms(`clothing optional|clothing-optional|clothes optional|naturist*|naturism|nudist*|nudism|nude beach|nude beaches|nudie beach`),
  },
  fr: {
    only: terms(
      `seulement|juste|rien que|uniquement|ne garde que|ne gardant que|ne porte que|ne portant que|ne laisse que|ne lui laisse que|ne reste que|le seul|la seule|seulement avec|juste avec|rien d autre que`,
    ),
    bareCover: terms(
      `vapeur|buée|buee|mousse|bulles|bulles de savon|savon|gouttes d eau|gouttelettes|gouttes|son bronzage|bronzage|crème solaire|creme solaire|feuille de vigne|feuilles de vigne|feuille de figuier|feuilles de figuier|pétales|petales|paillettes`,
    ),
    wearVerb: terms(
      `porte|porter|portant|portait|vêtue de|vetue de|vêtu de|vetu de|habillée de|habillee de|sur elle|sur lui|sur le corps|sur la peau|couverte de|recouverte de|qui la couvre|qui le couvre`,
    ),
    notWearing: terms(`ne porte pas|ne portant pas|sans porter|personne ne porte|ne porte aucun|ne porte aucune`),
    anything: terms(`quoi que ce soit|le moindre vêtement|le moindre vetement`),
    nude: terms(`naturisme|camp naturiste|plage nudiste|nudisme`),
  },
  de: {
    only: terms(`nur|bloß|bloss|lediglich|nichts als|nichts außer|nichts ausser|einzig|das einzige|der einzige|die einzige|nur mit|bloß mit`),
    bareCover: terms(
      `dampf|wasserdampf|schaum|seifenschaum|badeschaum|seifenblasen|blasen|wassertropfen|tropfen|bräune|braune|sonnencreme|feigenblatt|feigenblätter|feigenblatter|blütenblätter|blutenblatter|glitzer`,
    ),
    wearVerb: terms(`trägt|tragt|tragen|trug|anhat|anhaben|an hat|an ihr|an ihm|am leib|am körper|am korper|auf der haut|bekleidet mit|gekleidet in|bedeckt von|bedeckt mit|schläft in|schlaft in`),
    notWearing: terms(`trägt nicht|tragt nicht|nicht trägt|nicht tragt|ohne zu tragen|nicht anhat|niemand trägt|niemand tragt`),
    anything: terms(`irgendwas|irgendetwas|einen faden`),
    nude: terms(`fkk*|freikörperkultur|freikorperkultur|nacktbadestrand|nacktstrand|naturist*|nudisten*`),
  },
  es: {
    only: terms(`solo|sólo|solamente|únicamente|unicamente|nada más que|nada mas que|nada salvo|nada excepto|el único|la única|lo único|el unico|la unica|lo unico|solo con|sólo con`),
    bareCover: terms(
      `vapor|vaho|espuma|burbujas|jabón|jabon|gotas de agua|gotas|gotitas|bronceado|su bronceado|protector solar|crema solar|hoja de parra|hojas de parra|hoja de higuera|hojas de higuera|pétalos|petalos|purpurina`,
    ),
    wearVerb: terms(
      `lleva|lleve|llevan|lleven|llevaba|llevar|lleva puesto|llevando|viste|vistiendo|vestida de|vestido de|vestida con|encima|sobre el cuerpo|sobre la piel|cubierta de|cubierta por|cubriéndola|cubriendola|tapándola|tapandola|tiene puesto|tiene puesta`,
    ),
    notWearing: terms(`no lleva|sin llevar|no viste|sin ponerse|no tiene puesto|nadie lleva|nadie usa`),
    anything: terms(`nada puesto|ninguna prenda`),
    nude: terms(`naturismo|naturista*|playa nudista|nudismo`),
  },
  it: {
    only: terms(`solo|soltanto|solamente|unicamente|nient altro che|niente altro che|nulla se non|l unico|l unica|solo con|soltanto con`),
    bareCover: terms(`vapore|condensa|schiuma|bolle|bollicine|sapone|gocce d acqua|gocce|goccioline|abbronzatura|crema solare|foglia di fico|foglie di fico|petali|brillantini`),
    wearVerb: terms(`indossa|indossare|indossando|porta|portare|addosso|vestita di|vestito di|vestita solo di|sul corpo|sulla pelle|coperta di|coperta da|che la copre|a coprirla`),
    notWearing: terms(`non indossa|senza indossare|non porta|non ha addosso|nessuno indossa|nessuno porta`),
    bathing: terms(`vasca|vasca da bagno|idromassaggio`),
    nude: terms(`naturismo|naturisti|spiaggia naturista|nudismo|nudisti`),
  },
  pt: {
    only: terms(`só|so|somente|apenas|nada além de|nada alem de|nada mais que|o único|a única|o unico|a unica|unicamente|só com|so com|apenas com|somente com`),
    bareCover: terms(
      `vapor|névoa|nevoa|espuma|bolhas|sabão|sabao|gotas de água|gotas de agua|gotas|gotinhas|bronzeado|protetor solar|folha de parreira|folha de figueira|folhas de figueira|pétalas|petalas|purpurina`,
    ),
    wearVerb: terms(`veste|vestindo|usa|usando|vestida de|vestida com|vestido de|no corpo|na pele|coberta de|coberta por|cobrindo ela|tapando ela`),
    notWearing: terms(`não usa|nao usa|sem usar|não veste|nao veste|sem vestir|ninguém usa|ninguem usa|ninguém veste|ninguem veste`),
    nude: terms(`naturismo|naturista*|praia de nudismo|nudismo|praia nudista`),
  },
  nl: {
    only: terms(`alleen|enkel|slechts|niets dan|niets behalve|het enige|de enige|uitsluitend|alleen met`),
    bareCover: terms(`stoom|damp|schuim|badschuim|bubbels|belletjes|zeep|waterdruppels|druppels|druppeltjes|zonnebrand|vijgenblad|vijgenbladeren|bloemblaadjes|glitter`),
    wearVerb: terms(`draagt|dragen|droeg|aan heeft|aanheeft|aan had|op het lijf|op haar lijf|op de huid|gekleed in|bedekt met|bedekt door`),
    notWearing: terms(`niet draagt|draagt niet|zonder te dragen|niemand draagt|hoeft te dragen|hoeven te dragen`),
    anything: terms(`iets|ook maar iets`),
    nude: terms(`naturist*|nudist*|naaktstrand|fkk`),
  },
  pl: {
    benign: terms(`okularach|okularami|kolczykach|kolczykami|naszyjniku|naszyjnikiem|zegarku|zegarkiem|kapeluszu|kapeluszem|biżuterii|bizuterii`),
    only: terms(`tylko|jedynie|wyłącznie|wylacznie|nic poza|nic oprócz|nic oprocz|jedyne|jedyny|jedyna|tylko w|tylko z`),
    bareCover: terms(
      `para|parę|pare|piana|pianę|piane|bąbelki|babelki|mydło|mydlo|krople wody|kropelki|krople|opalenizna|opaleniznę|opalenizne|krem z filtrem|liść figowy|lisc figowy|listek figowy|płatki róż|platki roz|brokat`,
    ),
    wearVerb: terms(`ma na sobie|miała na sobie|miala na sobie|nosi|nosić|nosic|ubrana w|ubrany w|na ciele|na skórze|na skorze|okryta|zakrywa|zakrywają|zakrywaja`),
    notWearing: terms(`nie ma na sobie|nie nosi|nikt nie nosi|nikt nie ma na sobie`),
    anything: terms(`niczego|czegokolwiek`),
    nude: terms(`nudyst*|naturyst*|plaża nudystów|plaza nudystow|fkk`),
  },
  ru: {
    // A suit: what is left on when "nothing" is qualified ("ничего не носит яркого, только серый костюм").
    outerwear: terms(`костюм|костюме|костюмом|костюма`),
    benign: terms(`очках|серёжках|сережках|серьгами|серёжками|сережками|часами|шляпе|шляпой|ожерельем|колье`),
    only: terms(`только|лишь|одна лишь|ничего кроме|единственное|единственный|только в|только с`),
    bareCover: terms(
      `пар|паром|пена|пену|пеной|пузыри|пузырьки|мыло|мыльная пена|капли воды|капли|капельки|загар|солнцезащитный крем|фиговый лист|фиговым листом|фиговые листья|лепестки|блёстки|блестки`,
    ),
    wearVerb: terms(`на ней|на нём|на нем|надето|надет|надеты|носит|одета в|одет в|на теле|на коже|покрыта|прикрывает|прикрывают`),
    notWearing: terms(`не надето|не носит|не одета|никто не носит|ничего не надето`),
    nude: terms(`нудист*|нудизм*|натурист*|нудистский пляж`),
  },
  uk: {
    only: terms(`тільки|лише|лиш|нічого крім|нічого окрім|єдине|єдиний`),
    bareCover: terms(`пара|пару|парою|піна|піну|піною|бульбашки|мило|краплі води|краплі|засмага|сонцезахисний крем|фіговий листок|пелюстки`),
    wearVerb: terms(`на ній|на ньому|вдягнена в|одягнена в|носить|на тілі|на шкірі|вкрита|прикриває`),
    notWearing: terms(`не носить|не вдягнена|ніхто не носить`),
    nude: terms(`нудист*|нудизм*|натурист*`),
  },
  tr: {
    only: terms(`sadece|yalnızca|yalnizca|bir tek|tek|yalnız|yalniz|sadece ve sadece|tek şey|tek sey`),
    bareCover: terms(
      `buhar|buğu|bugu|köpük|kopuk|köpükler|kopukler|baloncuk*|sabun|sabun köpüğü|sabun kopugu|su damlaları|su damlalari|damlalar|bronz teni|bronzluk|güneş kremi|gunes kremi|incir yaprağı|incir yapragi|gül yaprakları|gul yapraklari`,
    ),
    wearVerb: terms(`giy*|üstünde|ustunde|üzerinde|uzerinde|vücudunda|vucudunda|örten|orten|kapatan|sarılı|sarili`),
    notWearing: terms(`giymiyor|giymemiş|giymemis|giymediği|giymedigi|giymeyen|giymeden|kimse giymiyor`),
    anything: terms(`bir şey|bir sey|birşey|birsey|hiçbir şey|hicbir sey|herhangi bir şey|herhangi bir sey`),
    bathing: terms(`küvet*|kuvet*`),
    nude: terms(`çıplaklar plajı|ciplaklar plaji|naturist*|çıplaklar kampı|ciplaklar kampi`),
  },
  ar: {
    only: terms(`غير بال*|غير ب*|بس بال*|فقط|سوى|لا شيء سوى|لا شي غير|لا شيء غير|ما عليها غير|ما عليها الا|ما عليها إلا|الوحيد|الوحيدة`),
    bareCover: terms(`بخار|رغوة|رغوه|فقاعات|صابون|قطرات الماء|قطرات ماء|قطرات|سمرة|واقي الشمس|ورقة تين|ورق التين|بتلات`),
    wearVerb: terms(`يلبس|تلبس|لابس|لابسة|لابسه|ترتدي|يرتدي|مرتدية|على جسمها|على جسدها|على جسده|يغطيها|تغطيها|يسترها`),
    notWearing: terms(`ما حد يلبس|محد يلبس|لا أحد يلبس|لا احد يلبس|لا يلبس|لا تلبس|ما تلبس|ما يلبس|مش لابسة|مو لابسة|ما لابسة|بدون ما تلبس|لا أحد يرتدي|لا احد يرتدي|لا يرتدي|لا ترتدي`),
    anything: terms(`شي|شيء|أي شيء|اي شي|حاجة|حاجه`),
    nude: terms(`شاطئ العراة|للعراة|العراة|مخيم عراة`),
  },
  fa: {
    only: terms(`فقط|تنها|چیزی جز|هیچی جز|هیچ چیزی جز`),
    bareCover: terms(`بخار|کف صابون|کف حمام|حباب|صابون|قطرات آب|قطره های آب|برنزه|ضدآفتاب|برگ انجیر|گلبرگ`),
    wearVerb: terms(`پوشیده|میپوشه|می‌پوشد|میپوشد|تنش|به تن|روی بدنش|تن او`),
    notWearing: terms(`نپوشیده|نمیپوشه|نمی‌پوشد|نمیپوشد|هیچکس نمی‌پوشد|هیچ کس نمیپوشه`),
    anything: terms(`چیزی|هیچی|هیچ چیزی`),
    nude: terms(`برهنه‌گرا*|برهنه گرا*|ساحل برهنگان|برهنگان|ناتوریست*`),
  },
  he: {
    only: terms(`רק|אך ורק|שום דבר חוץ מ|כלום חוץ מ|היחיד|היחידה`),
    bareCover: terms(`אדים|קצף|בועות|סבון|טיפות מים|טיפות|שיזוף|קרם הגנה|עלה תאנה|עלי תאנה|עלי כותרת`),
    wearVerb: terms(`לובשת|לובש|לבושה ב|לבוש ב|עליה|עליו|על הגוף|מכסה אותה|מכסים אותה`),
    notWearing: terms(`לא לובשת|לא לובש|בלי ללבוש|אף אחד לא לובש`),
    anything: terms(`משהו|כלום|שום דבר`),
    nude: terms(`נודיסט*|נודיזם|חוף נודיסטים|נטוריסט*`),
  },
  hi: {
    only: terms(`सिर्फ|केवल|बस|मात्र|sirf|sirf aur sirf|keval|kewal|sirf bas`),
    bareCover: terms(`भाप|भाँप|bhaap|bhap|baaf|झाग|jhaag|jhag|बुलबुले|bulbule|साबुन|sabun|पानी की बूंदें|pani ki boondein|boondein|बूंदें|टैन|सनस्क्रीन|sunscreen|अंजीर का पत्ता|पंखुड़ियां|pankhudiyan`),
    wearVerb: terms(`पहन*|pehn*|pahn*|pehne|ओढ़*|शरीर पर|badan par|badan pe|jism par|tan par|ढक*|dhak*`),
    notWearing: terms(`नहीं पहन*|बिना पहने|पहने बिना|nahi pehn*|nahin pehn*|bina pehne|pehne bina|nahi pahn*|koi nahi pehnta|कोई नहीं पहनता`),
    anything: terms(`कुछ|कुछ भी|kuch|kuch bhi`),
    nude: terms(`न्यूडिस्ट|nudist|न्यूड बीच|nude beach`),
  },
  bn: {
    only: terms(`শুধু|শুধুই|কেবল|শুধুমাত্র|কেবলমাত্র|একমাত্র`),
    bareCover: terms(`বাষ্প|ভাপ|ফেনা|বুদবুদ|সাবান|জলের ফোঁটা|পানির ফোঁটা|ফোঁটা|ডুমুর পাতা`),
    wearVerb: terms(`পরে আছে|পরা|পরনে|গায়ে|শরীরে|ঢেকে`),
    notWearing: terms(`পরা নেই|না পরে|পরেনি|কিছু পরে নেই`),
    anything: terms(`কিছু|কিছুই`),
    nothing: terms(`কিছু নেই|কিছুই নেই`),
    nude: terms(`নগ্ন সৈকত|ন্যুডিস্ট`),
  },
  ur: {
    only: terms(`صرف|فقط|sirf`),
    bareCover: terms(`بھاپ|جھاگ|بلبلے|صابن|پانی کی بوندیں|بوندیں`),
    wearVerb: terms(`پہن*|پہنے|جسم پر|بدن پر|ڈھک*`),
    notWearing: terms(`نہیں پہن*|بغیر پہنے|پہنے بغیر|کوئی نہیں پہنتا`),
    anything: terms(`کچھ|کچھ بھی`),
  },
  ja: {
    only: terms(`だけ|のみ|しか|唯一`),
    bareCover: terms(`湯気|ゆげ|蒸気|泡|あわ|シャボン|水滴|しずく|雫|日焼け跡|日焼け止め|イチジクの葉|いちじくの葉|花びら|ラメ`),
    wearVerb: terms(`着て|着た|着てる|身に着け*|身につけ*|まと*|纏*|羽織*|体に|肌に|覆*|巻いて`),
    notWearing: terms(
      `着てない|着ていない|身に着けてない|身に着けていない|身につけてない|身につけていない|まとわない|纏わない|まとっていない|纏っていない|着けていない|着けてない|着ずに|誰も着ていない`,
    ),
    anything: terms(`何も|なにも|一切|何一つ|なにひとつ|何ひとつ|布一枚`),
    nude: terms(`ヌーディスト*|ヌーディズム|ヌーディストビーチ|ヌードビーチ|裸族`),
  },
  zh: {
    only: terms(`只有|只剩|只剩下|仅有|僅有|唯一|只披|只裹|只穿|只围|只圍|全身只有|除了`),
    bareCover: terms(`雾气|霧氣|水汽|水氣|水蒸气|水蒸氣|蒸汽|泡沫|泡泡|肥皂泡|水珠|水滴|晒痕|防晒霜|無花果葉|无花果叶|花瓣`),
    wearVerb: terms(`穿着|穿著|身上|身穿|披着|披著|裹着|裹著|盖着|蓋著|遮住|遮着|遮著|围着|圍著`),
    notWearing: terms(`没穿|沒穿|不穿|没有穿|沒有穿|不着寸缕|不著寸縷|谁都不穿|誰都不穿`),
    anything: terms(`什么都|什麼都|任何|一丝|一絲|一件`),
    nude: terms(`天体*|天體*|裸体海滩|裸體海灘|裸体营|裸體營|天然浴场|天體營`),
  },
  ko: {
    only: terms(`오직|오로지|단지|뿐|거품만|수증기만|물방울만|김만`),
    bareCover: terms(`수증기|증기|거품|비누거품|물방울|태닝 자국|선크림|무화과 잎|꽃잎`),
    wearVerb: terms(`입고|입은|입었|걸친|걸치고|두른|두르고|몸에|가리고|가린`),
    notWearing: terms(`안 입|안입|입지 않|입지않|걸치지 않|안 걸친|안 걸치|아무도 안 입`),
    anything: terms(`아무것도|아무 것도|하나도|실오라기`),
    nude: terms(`누드비치|누드 비치|누디스트|나체주의|나체촌`),
  },
  vi: {
    only: terms(`chỉ|chỉ có|mỗi|duy nhất|chỉ với`),
    bareCover: terms(`hơi nước|hoi nuoc|hơi nóng|bọt|bọt xà phòng|bot xa phong|bong bóng|xà phòng|giọt nước|giot nuoc|kem chống nắng|lá sung|cánh hoa`),
    wearVerb: terms(`mặc|khoác|khoac|trên người|tren nguoi|quấn|che`),
    notWearing: terms(`không mặc|khong mac|chẳng mặc|chang mac|không khoác|không ai mặc|khong ai mac`),
    anything: terms(`gì|bất cứ thứ gì|bat cu thu gi|thứ gì|mảnh vải|manh vai`),
    nude: terms(`bãi biển khỏa thân|bai bien khoa than|khỏa thân tập thể|naturism`),
  },
  th: {
    only: terms(`แค่|เพียง|เท่านั้น|มีแต่|เหลือแต่|มีเพียง`),
    bareCover: terms(`ไอน้ำ|ฟอง|ฟองสบู่|หยดน้ำ|ครีมกันแดด|ใบมะเดื่อ|กลีบดอกไม้`),
    wearVerb: terms(`ใส่|สวม|บนตัว|ปกปิด|ห่ม|นุ่ง|พัน`),
    notWearing: terms(`ไม่ใส่|ไม่ได้ใส่|ไม่สวม|ไม่ได้สวม|ไม่มีใครใส่`),
    anything: terms(`อะไร|อะไรเลย`),
    nude: terms(`ชายหาดเปลือย|หาดเปลือย|นู้ดดิสต์|นูดิสต์`),
  },
  id: {
    only: terms(`hanya|cuma|cuman|saja|doang|satu satunya|satu-satunya|tinggal|cuma pakai|hanya dengan`),
    bareCover: terms(`uap|uap air|embun|busa|busa sabun|gelembung|sabun|tetesan air|butiran air|tabir surya|sunscreen|daun ara|kelopak bunga`),
    wearVerb: terms(`pakai|pake|memakai|mengenakan|dipakai|di badan|di tubuh|nutupin|menutupi|tutupin|ditutupi|berbalut`),
    notWearing: terms(`tak pakai|tidak pakai|gak pakai|nggak pakai|ga pake|gak pake|ngga pake|nggak pake|tanpa memakai|tidak memakai|tidak mengenakan|tanpa mengenakan`),
    anything: terms(`apa apa|apa-apa|apapun|apa pun|sehelai|selembar`),
    nude: terms(`pantai nudis|nudis|naturis`),
  },
  ms: {
    only: terms(`hanya|cuma|sahaja|saja|satu satunya`),
    bareCover: terms(`wap|wap air|buih|buih sabun|gelembung|sabun|titisan air|daun ara|kelopak bunga`),
    wearVerb: terms(`pakai|memakai|mengenakan|di badan|menutup|menutupi|berbalut`),
    notWearing: terms(`tak pakai|tidak pakai|tak memakai|tidak memakai|tanpa memakai|tak pakai apa`),
    anything: terms(`apa apa|apa-apa|sehelai|seurat benang`),
    nude: terms(`pantai bogel|naturis|nudis`),
  },
  tl: {
    only: terms(`lang|lamang|tanging|wala kundi`),
    bareCover: terms(`singaw|bula|bula ng sabon|patak ng tubig|dahon ng igos`),
    wearVerb: terms(`suot|nakasuot|sinusuot|isinuot|sa katawan|tumatakip|nakatakip`),
    notWearing: terms(`walang suot|hindi nakasuot|walang nakasuot|walang sinusuot`),
    anything: terms(`kahit ano|anuman|ni isang`),
    nude: terms(`nudist*|naturist*`),
  },
  sw: {
    only: terms(`tu|pekee|peke yake`),
    bareCover: terms(`mvuke|povu|mapovu|sabuni|matone ya maji|matone|jani la mtini`),
    wearVerb: terms(`amevaa|anavaa|kuvaa|mwilini|kufunika|inamfunika`),
    notWearing: terms(`hajavaa|hakuvaa|bila kuvaa|hawavai|hawavaa`),
    anything: terms(`chochote|kitu chochote`),
  },
  el: {
    benign: terms(`σκουλαρίκια|σκουλαρικια|κολιέ|κολιε|ρολόι|ρολοι|γυαλιά|γυαλια|καπέλο|καπελο`),
    only: terms(`μόνο|μονο|τίποτα εκτός από|τιποτα εκτος απο|το μόνο|το μονο|μόνο με|μονο με`),
    bareCover: terms(`ατμός|ατμος|ατμό|ατμο|αχνός|αφρός|αφρος|αφρό|αφρο|σαπουνάδα|σαπουναδα|σταγόνες|σταγονες|σταγόνες νερού|μαύρισμα|μαυρισμα|αντηλιακό|φύλλο συκής|φυλλο συκης|πέταλα|πεταλα`),
    wearVerb: terms(`φοράει|φοραει|φορά|φορα|φορώντας|φορωντας|ντυμένη με|ντυμενη με|πάνω της|πανω της|στο σώμα|καλυμμένη|καλυπτει|καλύπτει`),
    notWearing: terms(`δεν φοράει|δεν φοραει|χωρίς να φοράει|χωρις να φοραει|κανείς δεν φοράει`),
    anything: terms(`τίποτα|τιποτα|τίποτε|κάτι|κατι`),
    nude: terms(`γυμνιστ*|γυμνισμ*|νατουριστ*`),
  },
  ro: {
    only: terms(`doar|numai|nimic decât|nimic decat|singurul|singura|doar cu|numai cu`),
    bareCover: terms(
      `abur|aburi|spumă|spuma|bule|balonașe|baloname|săpun|sapun|picături de apă|picaturi de apa|picături|picaturi|bronzul|cremă de soare|crema de soare|frunză de smochin|frunza de smochin|petale`,
    ),
    wearVerb: terms(`poartă|poarta|purta|îmbrăcată în|imbracata in|pe ea|pe el|pe corp|pe piele|acoperită de|acoperita de|o acoperă|o acopera`),
    notWearing: terms(`nu poartă|nu poarta|fără să poarte|fara sa poarte|nimeni nu poartă|nimeni nu poarta`),
    anything: terms(`ceva|nimic`),
    nude: terms(`naturist*|nudist*|plaja de nudiști|plaja de nudisti`),
  },
  hu: {
    only: terms(`csak|csupán|csupan|kizárólag|kizarolag|semmi más mint|az egyetlen|csak egy`),
    bareCover: terms(`gőz|goz|pára|hab|habot|buborék*|buborek*|szappan|vízcseppek|vizcseppek|cseppek|barnaság|barnasag|naptej|fügefalevél|fugefalevel|szirmok`),
    wearVerb: terms(`visel|viselt|van rajta|rajta|hord|öltözve|oltozve|a testén|a testen|borítja|boritja|takarja`),
    notWearing: terms(`nem visel|nincs rajta|senki nem visel|senki sem visel`),
    anything: terms(`semmi|semmit|bármit|barmit|semmi sem`),
    nude: terms(`naturista*|nudista*|nudi strand|nudistastrand`),
  },
  cs: {
    benign: terms(`brýle|bryle|brýlích|brylich|náušnice|nausnice|náušnicích|nausnicich|náhrdelník*|nahrdelnik*|hodinky|hodinkách|hodinkach|klobouk*`),
    only: terms(`jen|jenom|pouze|nic než|nic nez|nic kromě|nic krome|jediné|jedine|jediný|jediny|jen s|jenom s`),
    bareCover: terms(`pára|pěna|pena|pěnu|penu|bublin*|mýdlo|mydlo|kapky vody|kapky|kapičky|kapicky|opálení|opaleni|opalovací krém|fíkový list|fikovy list|okvětní lístky`),
    wearVerb: terms(`má na sobě|ma na sobe|nosí|nosi|oblečená v|oblecena v|na těle|na tele|zakrývá|zakryva|pokrytá|pokryta`),
    notWearing: terms(`nemá na sobě|nema na sobe|nenosí|nenosi|nikdo nenosí|nikdo nenosi`),
    anything: terms(`nic|cokoli|cokoliv`),
    nude: terms(`nudist*|naturist*|nudapláž|nudaplaz`),
  },
  sk: {
    only: terms(`iba|len|jedine|nič okrem|nic okrem|jediné|len s|iba s`),
    bareCover: terms(`para|paru|pena|penu|bublin*|mydlo|kvapky vody|kvapky|opálenie|opalenie|figový list|figovy list`),
    wearVerb: terms(`má na sebe|ma na sebe|nosí|oblečená v|oblecena v|na tele|zakrýva|zakryva|pokrytá`),
    notWearing: terms(`nemá na sebe|nema na sebe|nenosí|nenosi|nikto nenosí|nikto nenosi`),
    anything: terms(`nič|nic|čokoľvek|cokolvek`),
    nude: terms(`nudist*|naturist*`),
  },
  sv: {
    only: terms(`bara|endast|enbart|inget annat än|inget annat an|det enda|bara med`),
    bareCover: terms(`ånga|anga|imma|skum|badskum|bubblor|tvål|tval|vattendroppar|droppar|solbränna|solbranna|solkräm|solkram|fikonlöv|fikonlov|kronblad`),
    wearVerb: terms(`har på sig|har pa sig|bär|klädd i|kladd i|på kroppen|pa kroppen|täcker|tacker|täckt av|tackt av`),
    notWearing: terms(`har inte på sig|har inte pa sig|bär inte|utan att bära|ingen bär|ingen har på sig`),
    anything: terms(`något|nagot|någonting|nagonting|nånting`),
    nude: terms(`naturist*|nudist*|nakenbad*|nakenstrand*`),
  },
  da: {
    only: terms(`kun|bare|udelukkende|intet andet end|ikke andet end|det eneste|kun med`),
    bareCover: terms(`damp|skum|bobler|sæbe|saebe|vanddråber|vanddraaber|dråber|draaber|solcreme|figenblad|kronblade`),
    wearVerb: terms(`har på|har pa|bærer|baerer|iført|ifort|på kroppen|pa kroppen|dækket af|daekket af|dækker`),
    notWearing: terms(`har ikke noget på|har ikke noget pa|uden at have|ingen har noget på|ingen bærer`),
    anything: terms(`noget|nogenting`),
    nude: terms(`naturist*|nudist*|nøgenbad*|nogenbad*|nøgenstrand*`),
  },
  nb: {
    only: terms(`bare|kun|utelukkende|ikke noe annet enn|ingenting annet enn|det eneste|bare med`),
    bareCover: terms(`damp|skum|bobler|såpe|sape|vanndråper|vanndraper|dråper|draper|solkrem|fikenblad|kronblader`),
    wearVerb: terms(`har på seg|har pa seg|bruker|kledd i|på kroppen|pa kroppen|dekket av|dekker`),
    notWearing: terms(`har ikke på seg|har ikke pa seg|uten å ha på seg|ingen har på seg|ingen bruker`),
    anything: terms(`noe|noenting`),
    nude: terms(`naturist*|nudist*|nakenstrand*|nakenbad*`),
  },
  fi: {
    only: terms(`vain|ainoastaan|pelkkä|pelkka|pelkkää|pelkkaa|pelkät|pelkat|ei muuta kuin|ainoa|ainut`),
    bareCover: terms(`höyry|hoyry|höyryä|hoyrya|vaahto|vaahtoa|kuplat|kuplia|saippua|saippuaa|vesipisarat|vesipisaroita|pisarat|pisaroita|rusketus|aurinkovoide|viikunanlehti|terälehdet|teralehdet`),
    wearVerb: terms(`yllään|yllaan|päällä|paalla|päällään|paallaan|pukeutunut|peittää|peittaa|keholla|iholla|peiton alla|peitteen alla|lakanan alla|pyyhkeen alla|viltin alla`),
    notWearing: terms(`ei ole yllään|ei yllään|ei ole päällä|kukaan ei pukeudu`),
    negation: terms(`eikä|eika`),
    anything: terms(`mitään|mitaan`),
    nude: terms(`naturist*|nudist*|nudistiranta|nakuranta|nudistileiri`),
  },
  lt: {
    only: terms(`tik|tiktai|vien|vienintelis|tik su`),
    bareCover: terms(`garai|putos|burbulai|muilas|vandens lašai|vandens lasai|lašeliai|laseliai|įdegis|idegis|figos lapas`),
    wearVerb: terms(`dėvi|devi|vilki|ant kūno|ant kuno|ant savęs|ant saves|apsirengusi`),
    notWearing: terms(`nedėvi|nedevi|nieko nedėvi|niekas nedėvi`),
    anything: terms(`nieko|ką nors|ka nors`),
    benign: terms(`auskar*|vėrinys|verinys|vėrinį|verini|laikrod*|akini*|kepur*|apyrank*|žied*`),
    nude: terms(`nudist*|natūrist*|naturist*`),
  },
  ml: {
    only: terms(`മാത്രം|മാത്രമേ`),
    bareCover: terms(`ആവി|നീരാവി|പത`),
    wearVerb: terms(`ദേഹത്ത്|ധരിച്ച*|ഉടുത്ത*|ശരീരത്തിൽ`),
    nothing: terms(`ഒന്നുമില്ലാതെ|ഒന്നുമില്ല|ഒന്നുമില്ലാത്ത|ഒന്നും ഇല്ലാതെ`),
  },
  gu: {
    only: terms(`ફક્ત|માત્ર`),
    bareCover: terms(`વરાળ|ફીણ`),
    wearVerb: terms(`પહેર*|શરીર પર`),
    notWearing: terms(`પહેર્યા વગર|પહેર્યા વિના|પહેર્યું નથી|પહેરેલું નથી`),
    anything: terms(`કંઈ|કશું|કંઇ`),
  },
  so: {
    only: terms(`kaliya|keliya|oo keliya`),
    bareCover: terms(`uumi|xumbo`),
    wearVerb: terms(`xiran|xidhan|ku xiran`),
    nothing: terms(`waxba|waxna`),
  },
};
