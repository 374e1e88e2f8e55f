import { terms, type Lexicon } from './types.ts';

/**
 * People of the user's own life, named by their tie to the user: a colleague, a classmate, a neighbour, a boss, a
 * teacher, an ex, a flatmate (`realRef`). A generated picture of "my colleague Rina in lingerie" is a sexualised
 * picture of a real person, as "my coworker" already reads in English; twenty-two languages that the issue names as
 * weak had no such words ("buatkan gambar teman kantorku Rina pakai lingerie", "tạo ảnh đồng nghiệp tên Linh của tôi
 * mặc nội y" were allowed). Nothing is blocked for the words alone: they count with a revealing or sexual reading.
 *
 * Written for this round from the author's knowledge of the languages (not native), in whole words or with the
 * possessive that makes the tie the user's; words that are also common words or titles ("guru", "bos", Indonesian
 * "atasan", also a top) stand only with their possessive. Romanised Arabic joins Arabic (romanised.ts does the same).
 * None is taken from an evaluation set.
 */
const PEOPLE: Readonly<Record<string, string>> = {
  id: 'rekan kerja|rekan kerjaku|rekan kantor|rekan kantorku|teman kantor|teman kantorku|teman kerja|teman kerjaku|teman sekelas|teman sekelasku|teman sekantor|tetangga|tetanggaku|tetangga sebelah|bosku|bos saya|bos aku|guruku|guru saya|dosenku|dosen saya|mantan|mantanku|mantan pacar|mantan pacarku|mantan istri|mantan istriku|teman kos|teman kosku|kakak kelas|adik kelas',
  ms: 'rakan sekerja|rakan sekerjaku|rakan sepejabat|kawan sepejabat|kawan sekerja|kawan sekelas|jiran|jiranku|jiran saya|bosku|bos saya|cikguku|cikgu saya|bekas teman wanita|bekas kekasih|bekas isteri|rakan serumah',
  vi: 'cùng công ty|cung cong ty|người cùng công ty|đồng nghiệp|dong nghiep|bạn cùng lớp|ban cung lop|hàng xóm|hang xom|sếp tôi|sep toi|sếp của tôi|sep cua toi|cô giáo tôi|cô giáo của tôi|người yêu cũ|nguoi yeu cu|vợ cũ|vo cu|bạn cùng phòng|ban cung phong',
  th: 'เพื่อนร่วมงาน|เพื่อนร่วมห้อง|เพื่อนร่วมชั้น|เพื่อนบ้าน|เจ้านายของฉัน|เจ้านายผม|แฟนเก่า|ครูของฉัน|รูมเมท',
  tl: 'taga-office|taga office|taga-opisina|taga opisina|katrabaho|ka-trabaho|katrabaho ko|kaklase|kaklase ko|kapitbahay|kapitbahay namin|amo ko|boss ko|ex ko|titser ko|teacher ko|ka-opisina|kaopisina|kasama sa bahay',
  sw: 'mfanyakazi mwenzangu|mwenzangu wa kazi|mwanafunzi mwenzangu|jirani yangu|bosi wangu|mwalimu wangu|mpenzi wangu wa zamani|ex wangu',
  bn: 'সহকর্মী|সহপাঠী|প্রতিবেশী|আমার বস|আমার শিক্ষিকা|প্রাক্তন প্রেমিকা|এক্স গার্লফ্রেন্ড|রুমমেট',
  ta: 'சக ஊழியர்|என் சக ஊழியர்|வகுப்புத் தோழி|பக்கத்து வீட்டுப் பெண்|என் பாஸ்|முன்னாள் காதலி',
  te: 'సహోద్యోగి|క్లాస్‌మేట్|పక్కింటి అమ్మాయి|నా బాస్|మాజీ ప్రియురాలు',
  ur: 'کولیگ|ساتھی کارکن|ہم جماعت|کلاس فیلو|پڑوسن|میری باس|میرا باس|سابقہ گرل فرینڈ|روم میٹ',
  fa: 'همکارم|همکار من|همکلاسی|همکلاسیم|هم‌کلاسی|همسایه|همسایمون|رئیسم|معلمم|استادم|دوست دختر سابقم|اکسم|همخونه‌ام|هم‌خونه‌ام',
  he: 'עמיתה לעבודה|עמית לעבודה|חברה מהעבודה|השכנה|השכנה שלי|הבוסית|הבוס שלי|המורה שלי|האקסית|האקס שלי|השותפה לדירה|חברה לכיתה',
  el: 'συνάδελφο|συνάδελφός μου|συναδέλφισσα|συμμαθήτρια|τη γειτόνισσα|γειτόνισσα|την πρώην μου|η πρώην μου|πρώην μου|την προϊσταμένη|τη συγκάτοικό μου',
  ro: 'colega mea|colega de birou|colega de muncă|colega de munca|colega de clasă|colega de clasa|colega de cameră|colega de camera|vecina|vecina mea|șefa mea|sefa mea|șeful meu|seful meu|fosta mea|fosta iubită|fosta iubita|profesoara mea',
  hu: 'kolléganőm|kolleganom|kollégám|kollegam|osztálytársam|osztalytarsam|szomszédom|szomszedom|szomszéd lány|szomszed lany|főnököm|fonokom|volt barátnőm|volt baratnom|tanárnőm|tanarnom|lakótársam|lakotarsam',
  cs: 'kolegyně|kolegyne|kolegyni|moje kolegyně|spolužačka|spoluzacka|spolužačku|spoluzacku|sousedka|sousedku|šéfová|sefova|šéfovou|sefovou|moje bývalá|moje byvala|bývalou|byvalou|moje učitelka|spolubydlící|spolubydlici',
  sk: 'kolegyňa|kolegyna|kolegyňu|kolegynu|spolužiačka|spoluziacka|spolužiačku|susedka|susedku|šéfka|sefka|šéfku|moja bývalá|moja byvala|bývalú|byvalu',
  sv: 'min kollega|kollegan|arbetskamrat|arbetskamraten|klasskompis|min granne|grannen|grannflickan|min chef|chefen|mitt ex|min ex|min lärare|min rumskamrat',
  da: 'min kollega|kollegaen|klassekammerat|min nabo|naboen|nabopigen|min chef|chefen|min eks|min ekskæreste|min lærer',
  nb: 'min kollega|kollegaen|klassevenninne|min nabo|naboen|nabojenta|sjefen min|min sjef|eksen min|min eks|læreren min',
  fi: 'työkaverini|tyokaverini|työkaveri|kollegani|luokkakaverini|naapurini|pomoni|esimieheni|exäni|exani|entinen tyttöystäväni|opettajani|kämppikseni|kamppikseni',
  uk: 'колега|колегу|колежанка|колежанку|однокласниця|однокласницю|сусідка|сусідку|моя начальниця|начальницю|моя колишня|колишню|моя вчителька|співмешканка',
  ar: 'زميلتي|زميلتي في العمل|زميلتي في الشغل|جارتي|جارتنا|مديرتي|حبيبتي السابقة|الاكس|معلمتي|zamilti|zamilty|zameelti|zmilti|jarti|jaarti|jaritna|mudirti|moudirti',
};

/**
 * See-through in two languages whose lexicons lacked it ("tee tema pluus läbipaistvaks", "onun paltarını şəffaf et"),
 * found beside the people above: `reveal`, read like "transparent" with a garment.
 */
const SEE_THROUGH: Readonly<Record<string, string>> = {
  et: 'läbipaistv*|labipaistv*|läbikumav*|labikumav*',
  az: 'şəffaf*|seffaf*',
};

export const LIFE_PEOPLE: Readonly<Record<string, Lexicon>> = Object.fromEntries(
  [...new Set([...Object.keys(PEOPLE), ...Object.keys(SEE_THROUGH)])].map((language) => {
    const lexicon: Lexicon = {};
    if (PEOPLE[language] !== undefined) lexicon.realRef = terms(PEOPLE[language]);
    if (SEE_THROUGH[language] !== undefined) lexicon.reveal = terms(SEE_THROUGH[language]);
    return [language, lexicon];
  }),
);
