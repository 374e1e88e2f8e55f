import { terms, type Lexicon } from './types.ts';

/**
 * Sex said in plain everyday words, with no sexual word (plain-acts.ts): "he bends her over the table and takes her
 * from behind", "он нагибает её над столом и берёт сзади", "laat ze het samen doen in bed", "用他们的照片做成在床上干那事".
 * - `bentOver`: bending someone over a surface, pressing someone face down onto it (transitive, or bent over it);
 * - `fromBehind`: from behind (par derrière, von hinten, сзади, arkadan, 后面, 뒤에서, पीछे से);
 * - `doingIt`: "doing it", "going at it", "le faire", "es treiben", "het doen", "begituan", "干那事", "ทำอย่างว่า",
 *   "mây mưa": the euphemisms for having sex.
 * - `ridingMotion`: riding or bouncing on him, moving her hips on top (sentando nele, 在上面动, 上で腰を動かし);
 * - `entwined`: bodies entwined or tangled together (絡み合って, 뒤엉킨, 缠在一起, quấn lấy nhau).
 * Each is ordinary alone (a photo from behind, a mechanic bent over an engine, "doing it" of homework): the rule needs
 * a bending with "from behind", the euphemism beside a bed, a shower or a pose, or the riding motion beside the
 * euphemism, entwined bodies, a pose or a bed. Written for this round from the author's
 * knowledge of the languages, no request's sentence; merged into each language's lexicon (index.ts).
 */
export const PLAIN_ACTS: Readonly<Record<string, Lexicon>> = {
  en: {
    ridingMotion: terms(`bouncing on him|bounces on him|grinding on him|grinds on him|rocking her hips on him|moving her hips on top|rides him|riding him hard`),
    entwined: terms(`entwined|intertwined|tangled together|limbs tangled`),
    bentOver: terms(
      `bends her over|bend her over|bending her over|bent her over|bends him over|bend him over|bent him over|bent over the table|bent over the desk|bent over the counter|bent over the bed|pins her down|pinned her down|pressed face down|face down on the|presses her against`,
    ),
    fromBehind: terms(`from behind|from the back|doggy|doggystyle|doggy style`),
    doingIt: terms(`doing it|going at it|getting it on|doing the deed|at it like rabbits|having a go at each other`),
  },
  fr: {
    ridingMotion: terms(`ondule sur lui|se déhanche sur lui|se dehanche sur lui|le chevauche|bouge sur lui`),
    entwined: terms(`enlacés|enlaces|entrelacés|entrelaces`),
    bentOver: terms(`la penche sur|la penche au dessus|penchée sur la table|penchee sur la table|la plaque contre|la plaque sur|la courbe sur|pliée sur la table|pliee sur la table`),
    fromBehind: terms(`par derrière|par derriere|en levrette|levrette`),
    doingIt: terms(`en train de le faire|le font|le faire ensemble|s envoient en l air|s envoyer en l air`),
  },
  de: {
    ridingMotion: terms(`reitet ihn|auf ihm reitet|bewegt sich auf ihm|hüpft auf ihm|hupft auf ihm`),
    entwined: terms(`ineinander verschlungen|verschlungen|umschlungen`),
    bentOver: terms(`beugt sie über|beugt sie uber|über den tisch gebeugt|uber den tisch gebeugt|drückt sie auf den tisch|druckt sie auf den tisch|biegt sie über|vornübergebeugt|vornubergebeugt`),
    fromBehind: terms(`von hinten|doggystyle|doggy`),
    doingIt: terms(`es treiben|treiben es|es miteinander treiben|es zusammen treiben|es gerade treiben|rummachen|es tun miteinander`),
  },
  es: {
    ridingMotion: terms(`brincando encima de él|brincando encima de el|meneándose encima de él|meneandose encima de el|lo monta|se mueve encima de él|se mueve encima de el`),
    entwined: terms(`entrelazados|enredados`),
    bentOver: terms(`la inclina sobre|la dobla sobre|inclinada sobre la mesa|doblada sobre la mesa|la pone contra la mesa|la empotra|la aplasta contra`),
    fromBehind: terms(`por detrás|por detras|desde atrás|desde atras|en perrito|de perrito`),
    doingIt: terms(`haciéndolo|haciendolo|lo están haciendo|lo estan haciendo|lo hacen juntos|dándole duro|dandole duro`),
  },
  it: {
    ridingMotion: terms(`lo cavalca|si muove sopra di lui|salta sopra di lui`),
    entwined: terms(`avvinghiati|intrecciati`),
    bentOver: terms(`la piega sul|la piega sulla|piegata sul tavolo|piegata sulla scrivania|la china sul|la schiaccia contro`),
    fromBehind: terms(`da dietro|da tergo|a pecorina|pecorina`),
    doingIt: terms(`lo fanno|lo stanno facendo|mentre lo fanno|lo fanno insieme`),
  },
  pt: {
    ridingMotion: terms(`sentando nele|quicando nele|rebolando nele|cavalgando nele|se mexendo em cima dele`),
    entwined: terms(`entrelaçados|entrelacados|agarradinhos`),
    bentOver: terms(`debruça ela|debruca ela|inclina ela sobre|debruçada sobre a mesa|debrucada sobre a mesa|curvada sobre a mesa|empurra ela contra`),
    fromBehind: terms(`por trás|por tras|de quatro`),
    doingIt: terms(`fazendo aquilo|fazem aquilo|fazendo isso juntos|mandando ver|dando uma rapidinha|rapidinha`),
  },
  nl: {
    ridingMotion: terms(`berijdt hem|beweegt op hem|op hem op en neer`),
    entwined: terms(`verstrengeld|in elkaar verstrengeld`),
    bentOver: terms(`buigt haar over|voorovergebogen over de tafel|drukt haar op de tafel`),
    fromBehind: terms(`van achteren|op zijn hondjes`),
    doingIt: terms(`het doen|doen het|het samen doen|het met elkaar doen|liggen te rampetampen`),
  },
  pl: {
    ridingMotion: terms(`ujeżdża go|ujezdza go|porusza się na nim|porusza sie na nim|skacze na nim`),
    entwined: terms(`splecieni|spleceni`),
    bentOver: terms(`pochyla ją|pochyla ja|pochylona nad stołem|pochylona nad stolem|nachyla ją|nachyla ja|przygina ją|przygina ja|przyciska ją do stołu|przyciska ja do stolu`),
    fromBehind: terms(`od tyłu|od tylu|na pieska`),
    doingIt: terms(`robią to|robia to|robiący to|robiacy to|robiących to|robiacych to|bzykają się|bzykaja sie`),
  },
  ru: {
    ridingMotion: terms(`скачет на нём|скачет на нем|двигается на нём|двигается на нем|оседлала его`),
    entwined: terms(`сплелись|переплетённые|переплетенные`),
    bentOver: terms(`нагибает её|нагибает ее|нагнул её|нагнул ее|нагнувшись над столом|нагнутая над столом|перегнул её|перегнул ее|прижимает её к столу|прижимает ее к столу`),
    fromBehind: terms(`сзади|раком`),
    doingIt: terms(`делают это|занимаются этим|занимающихся этим|этим самым занимаются|кувыркаются`),
  },
  uk: {
    ridingMotion: terms(`скаче на ньому|рухається на ньому|осідлала його`),
    entwined: terms(`сплелися|переплетені`),
    bentOver: terms(`нахиляє її|нагинає її|нагнув її|притискає її до столу`),
    fromBehind: terms(`ззаду|раком`),
    doingIt: terms(`роблять це|займаються цим|кувиркаються`),
  },
  cs: {
    ridingMotion: terms(`jezdí na něm|jezdi na nem|hýbe se na něm|hybe se na nem`),
    entwined: terms(`propletení|propleteni`),
    bentOver: terms(`ohne ji přes|ohne ji pres|ohnutá přes stůl|ohnuta pres stul|předkloněná přes stůl|predklonena pres stul|přitiskne ji na stůl|pritiskne ji na stul`),
    fromBehind: terms(`zezadu|zozadu|do psa`),
    doingIt: terms(`dělají to|delaji to|dělající to|delajici to|robia to`),
  },
  hu: {
    ridingMotion: terms(`meglovagolja|rajta mozog`),
    entwined: terms(`összefonódva|osszefonodva`),
    bentOver: terms(`ráhajlítja|rahajlitja|áthajolva az asztalon|athajolva az asztalon|az asztalra nyomja`),
    fromBehind: terms(`hátulról|hatulrol|kutyapózban|kutyapozban`),
    doingIt: terms(`csinálják|csinaljak|csinálják azt|épp csinálják`),
  },
  ro: {
    ridingMotion: terms(`îl călărește|il calareste|se mișcă pe el|se misca pe el`),
    entwined: terms(`încolăciți|incolaciti`),
    bentOver: terms(`o apleacă peste|o apleaca peste|aplecată peste masă|aplecata peste masa|o lipește de masă|o lipeste de masa`),
    fromBehind: terms(`din spate|pe la spate|capră|capra`),
    doingIt: terms(`o fac|făcând o|facand o|o fac împreună|o fac impreuna`),
  },
  el: {
    ridingMotion: terms(`τον καβαλάει|τον καβαλαει|κουνιέται πάνω του|κουνιεται πανω του`),
    entwined: terms(`αγκαλιασμένοι γυμνοί|μπλεγμένοι`),
    bentOver: terms(`τη σκύβει|τη σκυβει|σκυμμένη πάνω στο τραπέζι|σκυμμενη πανω στο τραπεζι|την πιέζει στο τραπέζι`),
    fromBehind: terms(`από πίσω|απο πισω|στα τέσσερα|στα τεσσερα`),
    doingIt: terms(`το κάνουν|το κανουν|να το κάνουν|να το κανουν`),
  },
  sv: {
    ridingMotion: terms(`rider honom|guppar på honom|guppar pa honom`),
    entwined: terms(`sammanflätade|hoptrasslade`),
    bentOver: terms(`böjer henne över|bojer henne over|framåtböjd över bordet|framatbojd over bordet|trycker henne mot bordet`),
    fromBehind: terms(`bakifrån|bakifran|doggy`),
    doingIt: terms(`gör det med varandra|gor det med varandra|har sig|ligger med varandra`),
  },
  da: {
    bentOver: terms(`bøjer hende over|bojer hende over|foroverbøjet over bordet`),
    fromBehind: terms(`bagfra|doggy`),
    doingIt: terms(`gør det med hinanden|gor det med hinanden|ligger med hinanden`),
  },
  nb: {
    bentOver: terms(`bøyer henne over|boyer henne over|foroverbøyd over bordet`),
    fromBehind: terms(`bakfra|doggy`),
    doingIt: terms(`gjør det med hverandre|gjor det med hverandre|ligger med hverandre`),
  },
  fi: {
    bentOver: terms(`taivuttaa hänet|taivuttaa hanet|kumartuneena pöydän yli|kumartuneena poydan yli|painaa hänet pöytää vasten`),
    fromBehind: terms(`takaapäin|takaapain|koiranasennossa`),
    doingIt: terms(`tekevät sitä|tekevat sita|tekemässä sitä|touhuavat|puuhailevat sängyssä`),
  },
  tr: {
    ridingMotion: terms(`üstünde zıplıyor|ustunde zipliyor|üstünde kalçasını oynatıyor|ustunde kalcasini oynatiyor|üstüne binmiş|ustune binmis`),
    entwined: terms(`sarmaş dolaş|sarmas dolas|birbirine dolanmış|birbirine dolanmis`),
    bentOver: terms(`masanın üzerine eğip|masanin uzerine egip|masaya eğip|masaya egip|eğip|egip|eğdirip|egdirip|yüzüstü yatırıp|yuzustu yatirip|masaya yaslayıp|masaya yaslayip`),
    fromBehind: terms(`arkadan|arka taraftan|köpek pozisyonu|kopek pozisyonu`),
    doingIt: terms(`o işi yapıyor|o isi yapiyor|o işi yapan|işi pişiriyor|isi pisiriyor`),
  },
  ja: {
    ridingMotion: terms(`上で腰を動かし|上で腰を振|腰を振って|上に跨って`),
    entwined: terms(`絡み合って|絡み合う|絡み合い`),
    bentOver: terms(`テーブルに押し付け|机に押し付け|前かがみにさせ|突き出させ|机に手をつかせ|テーブルに手をつかせ`),
    fromBehind: terms(`後ろから|うしろから|バックで|立ちバック`),
    doingIt: terms(`ヤッてる|ヤッている|ヤってる|致している|営んでいる`),
  },
  zh: {
    ridingMotion: terms(`在上面动|在上面動|在上面扭|骑在他身上|騎在他身上|坐在他身上动`),
    entwined: terms(`缠在一起|纏在一起|交缠|交纏`),
    bentOver: terms(`按在桌子上|按在桌上|压在桌子上|壓在桌子上|按在床上|趴在桌子上|趴在桌上|弯腰趴|彎腰趴`),
    fromBehind: terms(`从后面|從後面|从背后|從背後|后入|後入`),
    doingIt: terms(`干那事|幹那事|做那事|干那个事|做那个事|办事|辦事|嘿咻|啪啪啪|做那种事|做那種事`),
  },
  ko: {
    ridingMotion: terms(`위에서 허리를 움직|위에서 허리를 흔들|올라타서|허리를 흔드는`),
    entwined: terms(`뒤엉킨|뒤엉켜|엉켜 있는`),
    bentOver: terms(`엎드리게|엎드리게 하고|테이블에 엎드린|책상에 엎드린|숙이게 하고`),
    fromBehind: terms(`뒤에서|뒤로 하는|후배위`),
    doingIt: terms(`그걸 하는|그것을 하는|관계를 갖는|관계하는|떡치는`),
  },
  th: {
    ridingMotion: terms(`ขย่ม|โยกอยู่ข้างบน`),
    entwined: terms(`พันกัน|กอดก่ายกัน`),
    bentOver: terms(`โน้มตัวลงบนโต๊ะ|โน้มตัวลง|ก้มตัวลงบนโต๊ะ|กดลงบนโต๊ะ|ให้ก้มลง`),
    fromBehind: terms(`จากด้านหลัง|จากข้างหลัง|ท่าหมา`),
    doingIt: terms(`ทำอย่างว่า|อย่างว่า|เข้าด้ายเข้าเข็ม|ทำกิจกรรมบนเตียง`),
  },
  vi: {
    ridingMotion: terms(`nhún nhảy trên người|nhun nhay tren nguoi|nhấp nhô trên người|nhap nho tren nguoi|cưỡi lên người|cuoi len nguoi`),
    entwined: terms(`quấn lấy nhau|quan lay nhau|quấn quýt|quan quyt`),
    bentOver: terms(`cúi người xuống bàn|cui nguoi xuong ban|bắt cô ấy cúi|bat co ay cui|đè lên bàn|de len ban|úp mặt xuống bàn|up mat xuong ban`),
    fromBehind: terms(`từ phía sau|tu phia sau|từ đằng sau|tu dang sau|tư thế chó|tu the cho`),
    doingIt: terms(`mây mưa|may mua|chuyện ấy|chuyen ay|làm chuyện đó|lam chuyen do|làm chuyện ấy|lam chuyen ay|ân ái|an ai`),
  },
  id: {
    ridingMotion: terms(`bergoyang di atasnya|menggoyang di atasnya|menunggangi dia|menunggangi pria`),
    entwined: terms(`saling membelit|berpelukan erat tanpa`),
    bentOver: terms(`membungkukkan dia|menunggingkan|nungging di atas|membungkuk di atas meja|menekannya ke meja`),
    fromBehind: terms(`dari belakang|gaya anjing|doggy`),
    doingIt: terms(`begituan|gituan|ena ena|lagi anu|main kuda kudaan`),
  },
  ms: {
    bentOver: terms(`membongkokkan dia|menonggeng|menonggengkan|membongkok atas meja`),
    fromBehind: terms(`dari belakang|gaya anjing`),
    doingIt: terms(`buat benda tu|buat projek|main atas katil|begitu begituan`),
  },
  tl: {
    bentOver: terms(`pinayuko siya sa mesa|iniyuko sa mesa|pinadapa sa mesa|pinadapa siya`),
    fromBehind: terms(`mula sa likod|sa likuran|patuwad|doggy`),
    doingIt: terms(`ginagawa nila iyon|ginagawa nila yun|ginagawa yung ano|nagsisiping|nag aano`),
  },
  hi: {
    ridingMotion: terms(`उसके ऊपर हिल|ऊपर बैठकर हिल|uske upar hil`),
    entwined: terms(`लिपटे हुए|lipte hue`),
    bentOver: terms(`मेज़ पर झुकाकर|मेज पर झुकाकर|झुकाकर|झुका कर|झुकाया|झुका दिया|jhuka kar|jhukakar|jhuka diya`),
    fromBehind: terms(`पीछे से|peeche se|piche se|pichhe se`),
    doingIt: terms(`वो काम कर|वही काम कर|वो सब कर|wo kaam kar|woh kaam kar|wahi kaam kar`),
  },
  ur: {
    bentOver: terms(`جھکا کر|جھکاکر|جھکا دیا|میز پر جھکا`),
    fromBehind: terms(`پیچھے سے`),
    doingIt: terms(`وہ کام کر|وہی کام کر`),
  },
  bn: {
    bentOver: terms(`ঝুঁকিয়ে|টেবিলে ঝুঁকিয়ে|উপুড় করে`),
    fromBehind: terms(`পেছন থেকে|পিছন থেকে`),
    doingIt: terms(`ওই কাজ কর|সেই কাজ কর|ওসব কর`),
  },
  ta: {
    bentOver: terms(`மேசையில் குனிய வைத்து|குனிய வைத்து|குனிய வச்சு`),
    fromBehind: terms(`பின்னால் இருந்து|பின்னாலிருந்து|பின்பக்கமாக`),
    doingIt: terms(`அந்த வேலை செய்|அதை செய்கிறார்கள்`),
  },
  ar: {
    ridingMotion: terms(`تتحرك فوقه|تركب عليه|تتمايل فوقه`),
    entwined: terms(`متشابكين|متشابكان`),
    bentOver: terms(`يحنيها على|حناها على|منحنية على الطاولة|يثنيها على|يطرحها على الطاولة|يلصقها بالطاولة`),
    fromBehind: terms(`من الخلف|من ورا|من وراها|من ورائها`),
    doingIt: terms(`يعملوها|يسوونها|يمارسونها|ذاك الشي|يسوون ذاك|يعملوا ذاك`),
  },
  fa: {
    ridingMotion: terms(`روش بالا پایین|روی او بالا و پایین`),
    entwined: terms(`در هم پیچیده`),
    bentOver: terms(`خمش کرد|خمش میکنه|خم کرده روی میز|دولا کرد|دولاش کرد|روی میز خمش`),
    fromBehind: terms(`از پشت|از عقب`),
    doingIt: terms(`اون کار رو|اون کارو|کار رو میکنن|دارن اون کار`),
  },
  he: {
    ridingMotion: terms(`רוכבת עליו|קופצת עליו|זזה עליו`),
    entwined: terms(`שלובים זה בזה|מסובכים זה בזה`),
    bentOver: terms(`מכופף אותה|כופף אותה|מכופפת על השולחן|מצמיד אותה לשולחן`),
    fromBehind: terms(`מאחור|מאחורה|מאחוריה`),
    doingIt: terms(`עושים את זה|עושים אותה|עושים את זה ביחד`),
  },
  sw: {
    ridingMotion: terms(`kukata kiuno juu yake|anamkalia na kukata|anamwendesha`),
    entwined: terms(`wamefungamana`),
    bentOver: terms(`anamwinamisha|kumwinamisha|amemwinamisha|ameinama juu ya meza|akimwinamisha`),
    fromBehind: terms(`kwa nyuma|kutoka nyuma|kwa nyuma yake`),
    doingIt: terms(`ule mchezo|mchezo ule|wakifanya mambo|tendo la ndoa|wakifanya ngono`),
  },
};
