import { terms, type Lexicon } from './types.ts';

/**
 * `someone`: the words people use for a person other than the one the edit is about, a man, a guy, a lady, tourists,
 * people, in the forms a request takes them as its object ("enlève le type derrière moi", "entferne den Typen",
 * "σβήσε τον τύπο", "șterge tipul", "smaž toho chlapa", "töröld ki a pasit", "ta bort killen"). With them a remover
 * whose object is such a person takes that person out of the picture, and swimwear or underwear right after the person
 * only says who it is (rules.ts, wearerRemoved; prompt-screener.ts, removesSomeone). The languages' common lexicons had
 * the nominative of a few of these words; the object forms, the colloquial ones and many languages were missing.
 * Words that are also everyday words of another sense are written with their article ("o cara", "el tipo", "le type").
 * Also `remove`: erase verbs some languages lacked (Czech and Slovak "smaž", Swahili "ondoa", Hebrew "הסר").
 * Written from the author's knowledge of the languages; merged into each language's lexicon with the scene words.
 */
export const BYSTANDERS: Readonly<Record<string, Lexicon>> = {
  en: {
    someone: terms(
      `guys|two guys|the guys|some guys|dudes|grandpa|grandma|granddad|grandad|grandmother|grandfather|granny|grandparents|my mom|my mum|my mother|my dad|my father|my parents|my wife|my husband|my brother|my sister|my cousin|my aunt|my uncle|ladies|chap|bystander|bystanders|onlookers|photobomber|random guy|random man|random woman|random people|some guy|some man|some woman`,
    ),
  },
  fr: {
    someone: terms(
      `grand mère|grand mere|grand père|grand pere|grands parents|ma grand mère|mon grand père|mamie|papi|papy|homme|l homme|un homme|le type|un type|ce type|le mec|ce mec|la dame|une dame|cette dame|le monsieur|ce monsieur|les gens|des gens|touriste|touristes|passant|passants|passante|inconnu|inconnus|inconnue|le couple`,
    ),
  },
  de: {
    someone: terms(
      `typ|typen|den typen|kerl|kerle|den kerl|herrn|den herrn|dame|die dame|leute|die leute|touristen|passanten|fremden|den fremden|pärchen|parchen|das paar|den mann|die frau|männer|manner|opa|oma|großvater|grossvater|großmutter|grossmutter|großeltern|grosseltern|mein opa|meine oma|meine schwester|mein bruder|meine mutter|mein vater|meine freundin|mein freund|meine frau|mein mann`,
    ),
  },
  es: {
    someone: terms(
      `abuela|abuelo|abuelos|mi abuela|mi abuelo|el tipo|un tipo|ese tipo|al tipo|el chavo|al chavo|el pibe|al pibe|el chaval|al chaval|la gente|gente|turistas|el turista|al turista|el hombre|al hombre|la señora|a la señora|la senora|desconocido|desconocidos|transeúnte|transeunte|transeúntes|transeuntes`,
    ),
  },
  pt: {
    someone: terms(
      `o povo|povo|a galera|galera|o pessoal|avó|avô|avo|avós|avos|minha avó|meu avô|o cara|esse cara|aquele cara|um cara|o moço|o moco|o sujeito|o homem|a mulher|o senhor|a senhora|turistas|o turista|as pessoas|desconhecido|desconhecidos|o casal`,
    ),
  },
  ca: { someone: terms(`persones|la gent|gent|l home|aquest home|la dona|aquella dona|el senyor|la senyora|turistes|el turista|desconegut|desconeguts|la parella`) },
  it: { someone: terms(`nonna|nonno|nonni|mia nonna|mio nonno|persone|la gente|gente|il signore|la signora|uno sconosciuto|sconosciuto|sconosciuti|l uomo|la coppia`) },
  nl: {
    someone: terms(`oma|opa|mijn oma|mijn opa|grootmoeder|grootvader|grootouders|de man|die man|de vent|vent|gast|die gast|kerel|die kerel|toeristen|mensen|de mensen|voorbijganger|voorbijgangers`),
  },
  ru: {
    someone: terms(
      `бабушка|бабушку|бабушки|дедушка|дедушку|дедушки|бабушка с дедушкой|парня|парень|этого парня|чувака|чувак|мужчин|людей|туристов|туриста|прохожего|прохожих|незнакомца|женщину|тетку|тётку|бабушку|дедушку`,
    ),
  },
  uk: { someone: terms(`бабуся|бабусю|бабусі|дідусь|дідуся|бабця|чоловіка|чоловік|хлопця|хлопець|дядька|людей|туристів|туриста|перехожого|перехожих|жінку|тітку`) },
  pl: {
    someone: terms(
      `babcia|babcię|babcie|dziadek|dziadka|dziadkowie|moja babcia|faceta|facet|gościa|goscia|gość|gosc|mężczyznę|mezczyzne|ludzi|turystę|turyste|przechodnia|przechodniów|przechodniow|kobietę|kobiete|panią|pania`,
    ),
  },
  cs: {
    someone: terms(
      `manželka|manzelka|manželku|manzelku|manžel|manzel|manžela|manzela|babička|babicka|babičku|babicku|dědeček|dedecek|dědečka|dedecka|prarodiče|prarodice|chlapa|chlap|muže|muze|muž|muz|pána|pana|pán|pan|paní|pani|turisty|turistu|lidi|týpka|typka|týpek|typek|kolemjdoucího|kolemjdouciho`,
    ),
    remove: terms(`smaž|smaz|smažte|smazte|vymaž|vymaz|vymažte|vymazte|vygumuj`),
  },
  sk: {
    someone: terms(`chlapa|muža|muza|pána|ľudí|ludi|turistov|týpka|typka`),
    remove: terms(`zmaž|zmaz|vymaž|vymaz|zmažte|zmazte`),
  },
  tr: {
    someone: terms(
      `anneanne*|babaanne*|büyükanne*|buyukanne*|dedem|dedemi|dedesi|kadın|kadin|adamı|adami|adam|adamları|adamlari|kadını|kadini|turistleri|turisti|insanları|insanlari|kişiyi|kisiyi|herifi|yabancıyı|yabanciyi|çifti|cifti`,
    ),
  },
  el: {
    someone: terms(
      `γιαγιά|γιαγια|παππούς|παππους|παππού|παππου|τύπο|τυπο|τύπος|τυπος|άντρα|αντρα|άνδρα|ανδρα|άντρας|αντρας|άνθρωπο|ανθρωπο|τουρίστα|τουριστα|τουρίστες|τουριστες|κόσμο|κοσμο|κυρία|κυρια|ζευγάρι|ζευγαρι`,
    ),
  },
  ro: {
    someone: terms(
      `nenea|neamul|tipul|tipului|bărbatul|barbatul|bărbatului|barbatului|omul|omului|domnul|domnului|doamna|doamnei|turistul|turiștii|turistii|turiști|turisti|oamenii|lumea|femeia|cuplul|necunoscutul`,
    ),
  },
  hu: {
    someone: terms(
      `nőt|nők|nőket|pasit|pasi|pasas|pasast|férfit|ferfit|férfi|ferfi|fickót|fickot|fickó|ficko|embert|embereket|ember|emberek|turistát|turistat|turistákat|turistakat|bácsit|bacsit|nénit|nenit|idegent`,
    ),
  },
  sv: {
    someone: terms(
      `min syster|syster|systern|min bror|brorsan|min mamma|min pappa|min fru|frugan|min flickvän|flickvännen|min pojkvän|min kompis|kompisen|min väninna|mormor|farmor|morfar|farfar|min kusin|mannen|männen|mannen som|folk|folket|människorna|killen|kille|snubben|snubbe|gubben|kvinnan|damen|turisten|turisterna|personen|paret|tjejen|typen`,
    ),
  },
  nb: {
    someone: terms(
      `søsteren min|min søster|søster|broren min|min bror|mamma|pappa|kona mi|kjæresten min|kjæresten|venninna mi|venninnen|mormor|farmor|morfar|farfar|mannen|mennene|folk|folka|folkene|menneskene|fyren|gutten|kvinnen|kvinna|dama|damen|jenta|typen|turisten|turistene|personen|paret`,
    ),
  },
  da: {
    someone: terms(
      `min søster|søster|min bror|min mor|min far|min kone|min kæreste|kæresten|min veninde|veninden|mormor|farmor|morfar|farfar|mændene|maendene|folk|folkene|fyren|fyr|manden|kvinden|damen|turisten|turisterne|personen|parret`,
    ),
  },
  no: { someone: terms(`mannen|mennene|folk|folka|fyren|fyr|kvinnen|dama|damen|turisten|turistene|personen|paret`) },
  fi: { someone: terms(`miehen|mies|miestä|miesta|tyypin|tyyppi|tyyppiä|tyyppia|naisen|naista|turistit|turistin|ihmiset|ihmisiä|ihmisia|ihmistä|ihmista|ohikulkijan|pariskunnan`) },
  ar: {
    someone: terms(
      `اختي|أختي|اخويا|اخوي|أخي|اخي|امي|أمي|ابوي|أبي|زوجتي|صديقتي|صديقي|حبيبتي|جدتي|الشب|الشاب|الشخص|الراجل|الرجال|المرأة|المراة|الست|السيدة|الزلمة|العم|الناس|السائح|السياح|الغريب|هذا الرجل|الرجّال`,
    ),
  },
  hi: { someone: terms(`बंदे|बंदा|बन्दे|लोगों|लोग|व्यक्ति|अंकल जी|आदमी को|औरत को|पर्यटक|पर्यटकों|अजनबी`) },
  'hi-Latn': { someone: terms(`aadmi|admi|aadmi ko|banda|bande|bande ko|logon|log|aurat|aunty|anjaan`) },
  ur: {
    someone: terms(
      `میری بہن|بہن|میرا بھائی|بھائی|میری امی|امی|ابو|میری بیوی|میرے شوہر|میری دوست|میرا دوست|میری دادی|میری نانی|میرے دادا|میرے نانا|بندہ|بندے|بندے کو|لوگوں|لوگ|آدمی کو|عورت کو|سیاح|اجنبی`,
    ),
  },
  bn: {
    someone: terms(
      `আমার বোন|বোন|বোনের|আমার ভাই|ভাইয়ের|মায়ের|বাবার|আমার স্ত্রী|বউ|বন্ধু|বান্ধবী|দিদি|দিদির|ঠাকুমা|দিদিমা|লোকটা|লোকটাকে|লোকটিকে|লোকটি|লোক|লোকগুলো|লোকজন|মানুষ|মানুষটাকে|ভদ্রলোক|ভদ্রলোককে|পর্যটক|অচেনা|নারী|একজন নারী|মহিলা|একজন মহিলা|পুরুষ|একজন পুরুষ|মডেল`,
    ),
  },
  lt: { someone: terms(`sesuo|sesė|sese|brolis|mama|tėtis|tetis|močiutė|mociute|senelis|draugė|drauge|draugas|žmona|zmona|vyras`) },
  zh: {
    someone: terms(
      `的人|那人|这人|那个人|这个人|那个男人|那个女人|那个大叔|那个路人|游客|遊客|陌生人|路人甲|那对情侣|那個人|那個男人|那個女人|朋友|朋友们|朋友們|姐姐|妹妹|女朋友|男朋友|老婆|媽媽|妈妈|爷爷|奶奶|爺爺`,
    ),
  },
  ja: {
    someone: terms(
      `妹|姉|お姉さん|お兄さん|母親|父親|お母さん|お父さん|奥さん|彼氏|友達|友人|祖母|祖父|おばあちゃん|おじいちゃん|の人|男性|女性|人たち|観光客|知らない人|他の人|カップル|お兄さん|おにいさん|の男|男が|男を|男は|男も|おじさん|オジサン|おっさん`,
    ),
  },
  ko: {
    someone: terms(`사람|사람들|관광객|관광객들|모르는 사람|남자를|여자를|아저씨를|아줌마를|여친|여자친구|남친|남자친구|친구|친구들|언니|누나|여동생|남동생|아내|와이프|엄마|아빠|할머니|할아버지`),
  },
  vi: {
    someone: terms(
      `ông|ông ấy|ông kia|ong kia|anh chàng|anh chang|ga kia|bà|bà kia|khách du lịch|khach du lich|người kia|nguoi kia|người ta|những người|nhung nguoi|nhiều người|nhieu nguoi|mấy người|may nguoi|chục người|chuc nguoi|cặp đôi|cap doi`,
    ),
  },
  th: { someone: terms(`คนนั้น|นักท่องเที่ยว|คนแปลกหน้า|ผู้หญิง|ผู้ชายคนนั้น|ป้าคนนั้น|ลุงคนนั้น`) },
  id: {
    someone: terms(
      `adik|adikku|adik saya|adik aku|kakak|kakakku|kakak saya|ibuku|ibu saya|ayahku|ayah saya|istriku|istri saya|suamiku|suami saya|pacarku|pacar saya|temanku|teman saya|sahabatku|nenek|kakek|sepupu|sepupuku|orang|orang itu|orang orang|orang2|cowok|cowo|pria|laki laki|lelaki|turis|wisatawan|bapak bapak|ibu ibu|mas mas|om om|pasangan`,
    ),
  },
  ms: {
    someone: terms(
      `adik|adik saya|adik aku|kakak|kakak saya|kakak aku|abang saya|abang aku|mak saya|mak aku|ibu saya|ayah saya|bapa saya|isteri saya|isteri aku|suami saya|kawan saya|kawan aku|nenek|atuk|sepupu|orang itu|lelaki|pakcik|makcik|pelancong|abang tu|mamat|brader`,
    ),
  },
  tl: {
    someone: terms(
      `bunso|si bunso|asawa ko|misis ko|mister ko|lalaki|lalake|lalaking|babaeng|yung mama|mga tao|yung tao|ang tao|isang tao|daming tao|maraming tao|turista|estranghero|yung ale|manong|manang`,
    ),
  },
  sw: {
    someone: terms(
      `dada yangu|dada|kaka yangu|mama yangu|baba yangu|mke wangu|mume wangu|rafiki yangu|mpenzi wangu|bibi yangu|babu yangu|mwanaume|mwanamume|wanaume|mtu|watu|jamaa|mzee|watalii|mtalii|mgeni|wageni|bibi|mama yule|yule mtu`,
    ),
    remove: terms(`ondoa|mwondoe|waondoe`),
  },
  he: {
    someone: terms(`בחור|איש|גבר|אנשים|תיירים|תייר|זרים|אישה|בחורה|הזקן|הזקנה`),
    remove: terms(`הסר|הסירי|תסיר|תסירי|מחק|מחקי|תמחק|תמחקי|תוריד את|תורידי את|הורד את`),
  },
  fa: { someone: terms(`خواهرم|برادرم|مادرم|مامانم|بابام|پدرم|همسرم|شوهرم|دوستم|دوست دخترم|دوست پسرم|مادربزرگم|پدربزرگم|یارو رو|آدم|آدما|آدمها|مردم|توریست|توریستها|غریبه`) },
  ha: { someone: terms(`mutum|mutumin nan|namijin|mutanen|mutane|baƙo|bako`) },
  yo: { someone: terms(`ọkùnrin|okunrin|ọkunrin|obìnrin|obinrin|ènìyàn|eniyan|àwọn ènìyàn`) },
  zu: { someone: terms(`indoda|le ndoda|umuntu|abantu|owesifazane|izivakashi`) },
};
