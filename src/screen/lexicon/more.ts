import { terms, type Lexicon } from './types.ts';

// Languages added for issue 11, with their most common terms (and romanised forms where people
// type them): Greek, Hebrew, Persian, Urdu, Bengali, Tamil, Thai, Romanian, Hungarian, Swahili,
// Tagalog, Malay, Danish, Norwegian, Finnish. Smaller than the first fifteen: measured, not tuned.

export const el: Lexicon = {
  remove: terms(`βγάλε*|βγαλε*|αφαίρεσε|αφαιρεσε|ξεκούμπωσε|ξεκουμπωσε|χωρίς|χωρις|vgale|vgalte`),
  removeWeak: terms(`χωρίς|χωρις|xoris`),
  undressVerb: terms(`γδύσε*|γδυσε*|ξέντυσε*|ξεντυσε*|gdyse|gdise|kane tin gymni`),
  clothing: terms(`ρούχα|ρουχα|φόρεμα|φορεμα|μπλούζα|μπλουζα|πουκάμισο|πουκαμισο|φούστα|φουστα|παντελόνι|παντελονι|σουτιέν|σουτιεν|εσώρουχα|εσωρουχα|μαγιό|μαγιο|ρουχα της|rouxa|roucha`),
  nude: terms(`γυμνή|γυμνη|γυμνό|γυμνο|γυμνός|γυμνος|γυμνές|γυμνες|ολόγυμνη|ολογυμνη|τόπλες|τοπλες|gymni|gymno|gimni`),
  skimpy: terms(`μπικίνι|μπικινι|μαγιό|μαγιο|εσώρουχα|εσωρουχα|σουτιέν|σουτιεν|στρινγκ|εσώρουχο|εσωρουχο|bikini`),
  sexualAct: terms(`κάνουν έρωτα|κανουν ερωτα|κάνουν σεξ|σεξ|πορνό|πορνο|ερωτικ*|πορνογραφ*|πίπα|πιπα|γαμήσ*|sex|porno`),
  sexualBody: terms(`στήθος|στηθος|βυζιά|βυζια|κώλος|κωλος|οπίσθια|οπισθια|θηλές|θηλες`),
  suggestive: terms(`σέξι|σεξι|προκλητικ*|αισθησιακ*|sexy`),
  minor: terms(`παιδί|παιδι|παιδιά|παιδια|κοριτσάκι|κοριτσακι|αγοράκι|αγορακι|έφηβη|εφηβη|έφηβος|εφηβος|ανήλικ*|ανηλικ*|μαθήτρια|μαθητρια`),
  person: terms(`αυτή|αυτη|αυτήν|αυτην|την|της|αυτός|τον|αυτή η γυναίκα|η κοπέλα`),
  benign: terms(`φόντο|φοντο|υδατογράφημα|λογότυπο|κείμενο|κειμενο|γυαλιά|γυαλια|καπέλο|καπελο|μπουφάν|παλτό`),
};

export const he: Lexicon = {
  remove: terms(`תוריד*|תורידי|להוריד|הורד*|תסיר*|להסיר|הסר*|בלי|ללא`),
  removeWeak: terms(`בלי|ללא`),
  undressVerb: terms(`תפשיט*|להפשיט|הפשט*|תפשטי|tafshit`),
  clothing: terms(`בגדים|בגד|הבגדים|שמלה|השמלה|חולצה|החולצה|חצאית|מכנסיים|חזייה|החזייה|חזיה|תחתונים|בגד ים|בגד הים|ביקיני`),
  nude: terms(`עירום|עירומה|ערום|ערומה|ערומים|עירומים|בעירום|חשופה|חשוף|טופלס|erom|eroma|arum|aruma`),
  skimpy: terms(`ביקיני|בגד ים|הלבשה תחתונה|תחתונים|חזייה|חזיה|חוטיני|לנז'רי|לנזרי`),
  reduce: terms(`תקטין|תקטיני|להקטין|קטן יותר|יותר קטן|תקצר|תקצרי|קצר יותר|יותר קצר|צמוד יותר`),
  sexualAct: terms(`סקס|פורנו|יחסי מין|מקיימים יחסי מין|מקיים יחסי מין|שוכבים|מזדיינים|ארוטי*|מציצה|זיון|לזיין|sex|porno`),
  sexualBody: terms(`ציצים|שדיים|שדים|ישבן|פטמות|פטמה`),
  suggestive: terms(`סקסי|סקסית|מפתה|פרובוקטיבי*|חושני*|sexy`),
  minor: terms(`ילדה|ילד|ילדים|ילדות|נערה|נער|קטינה|קטין|מתבגרת|תלמידה|בת 15|בת 14`),
  person: terms(`אותה|שלה|היא|אותו|שלו|האישה|הבחורה`),
  benign: terms(`רקע|הרקע|סימן מים|לוגו|טקסט|משקפיים|כובע|מעיל|ז'קט`),
};

export const fa: Lexicon = {
  remove: terms(`دربیار|در بیار|دربياور|در بیاور|بردار|حذف کن|پاک کن|بدون|lebasasho dar biar|dar biar`),
  removeWeak: terms(`بدون|bedune|bedoone`),
  undressVerb: terms(`لختش کن|لخت کن|برهنه کن|برهنه‌اش کن|lokhtesh kon|lokht kon`),
  clothing: terms(`لباس|لباسش|لباسهاش|لباس‌هایش|لباساشو|پیراهن|دامن|شلوار|سوتین|شورت|مایو|بیکینی|تاپ|lebas|lebasash|lebasasho`),
  nude: terms(`لخت|لخته|برهنه|عریان|بی لباس|بدون لباس|lokht|berahne|bi lebas`),
  skimpy: terms(`بیکینی|مایو|لباس زیر|سوتین|شورت|لانژری|bikini`),
  sexualAct: terms(`سکس|سکسی|پورن|پورنو|جنسی|گاییدن|sex`),
  sexualBody: terms(`سینه‌ها|پستان|باسن|نوک سینه`),
  suggestive: terms(`سکسی|شهوانی|تحریک کننده|اغواگر|sexy`),
  minor: terms(`بچه|کودک|دختربچه|پسربچه|نوجوان|زیر سن|دانش آموز|bache|koodak`),
  person: terms(`او|اون|اونو|اورا|این زن|این دختر`),
  benign: terms(`پس زمینه|پس‌زمینه|واترمارک|لوگو|متن|عینک|کلاه|کت|کاپشن|ژاکت`),
};

export const ur: Lexicon = {
  remove: terms(`اتار*|اتارو|ہٹا*|ہٹاؤ|نکال*|بغیر|utaar*|utar*|hata*|nikaal*`),
  removeWeak: terms(`بغیر|بنا|bina|baghair|begair`),
  undressVerb: terms(`ننگا کرو|ننگی کرو|ننگا کر|ننگی کر|کپڑے اتار*|kapray utaar*|kapre utaar*|nangi karo|nanga karo`),
  clothing: terms(`کپڑے|کپڑوں|کپڑا|قمیض|شلوار|دوپٹہ|برا|انڈرویئر|لباس|kapray|kapre|kapron|qameez|kameez|dupatta`),
  nude: terms(`ننگا|ننگی|ننگے|برہنہ|بے لباس|بغیر کپڑوں|nangi|nanga|nange|barhana|be libas|bina kapron`),
  skimpy: terms(`بکنی|برا|انڈرویئر|زیر جامہ|لنجری|bikini`),
  sexualAct: terms(`سیکس|جنسی|فحش|پورن|چودائی|چود*|sex|chudai|chod*`),
  sexualBody: terms(`چھاتی|چھاتیاں|پستان|گانڈ|ممے|mammay|gaand`),
  suggestive: terms(`سیکسی|شہوت انگیز|sexy|hot`),
  minor: terms(`بچہ|بچی|بچے|بچیاں|لڑکی|نابالغ|کم عمر|طالبہ|bachi|bacha|nabaligh`),
  person: terms(`اس|اسے|اسکی|اس کی|اس کے|یہ عورت|یہ لڑکی|iski|isko|isay`),
  benign: terms(`پس منظر|بیک گراؤنڈ|واٹر مارک|لوگو|عینک|ٹوپی|جیکٹ|کوٹ`),
};

export const bn: Lexicon = {
  remove: terms(`খুলে*|খোলো|খুলে দাও|সরাও|সরিয়ে*|মুছে*|ছাড়া|ছাড়া|khule|khulo|sorao`),
  removeWeak: terms(`ছাড়া|ছাড়া|chara|chhara`),
  undressVerb: terms(`উলঙ্গ করো|উলঙ্গ কর|নগ্ন করো|নগ্ন কর|কাপড় খুলে*|jama khule|kapor khule|nongto koro|ulongo koro`),
  clothing: terms(`জামা|জামাকাপড়|কাপড়|শাড়ি|ব্লাউজ|শার্ট|প্যান্ট|স্কার্ট|ব্রা|অন্তর্বাস|পোশাক|jama|kapor|shari|saree`),
  nude: terms(`নগ্ন|উলঙ্গ|ন্যাংটা|ন্যাংটো|বিবস্ত্র|জামা ছাড়া|nongto|nangta|ulongo|langta`),
  skimpy: terms(`বিকিনি|অন্তর্বাস|ব্রা|প্যান্টি|লঞ্জারি|bikini`),
  reduce: terms(`ছোট|ছোটো|আরও ছোট|আরো ছোট|টাইট|খাটো`),
  sexualAct: terms(`সেক্স|যৌন|পর্ন|চোদা|চুদ*|sex|choda|chuda`),
  sexualBody: terms(`স্তন|পাছা|নিতম্ব`),
  suggestive: terms(`সেক্সি|উত্তেজক|কামুক|sexy`),
  minor: terms(`শিশু|বাচ্চা|মেয়েশিশু|কিশোরী|কিশোর|নাবালিকা|নাবালক|ছাত্রী|baccha|kishori`),
  person: terms(`ওর|ওকে|তার|তাকে|এই মেয়েটা|এই মহিলা`),
  benign: terms(`ব্যাকগ্রাউন্ড|পটভূমি|জলছাপ|লোগো|চশমা|টুপি|জ্যাকেট|কোট`),
};

export const ta: Lexicon = {
  remove: terms(`கழற்று*|கழட்டு*|நீக்கு*|அகற்று*|இல்லாமல்|kazhattu|kalattu|neekku`),
  removeWeak: terms(`இல்லாமல்|illamal`),
  undressVerb: terms(`ஆடையை கழற்று*|நிர்வாணமாக்கு*|ஆடை அவிழ்*|aadai kazhattu`),
  clothing: terms(`ஆடை|ஆடைகள்|உடை|உடைகள்|சேலை|ரவிக்கை|சட்டை|பாவாடை|பிரா|உள்ளாடை|aadai|udai|saree|sattai`),
  nude: terms(`நிர்வாணம்|நிர்வாணமாக|நிர்வாண|அம்மணம்|அம்மணமாக|ammanam`),
  skimpy: terms(`பிகினி|உள்ளாடை|பிரா|bikini`),
  reduce: terms(`சின்னதா*|சிறியதா*|குட்டையா*|இறுக்கமா*`),
  sexualAct: terms(`செக்ஸ்|உடலுறவு|ஆபாச*|காம*|sex|okka`),
  sexualBody: terms(`மார்பகம்|மார்பு|முலை|புட்டம்|குண்டி`),
  suggestive: terms(`கவர்ச்சி*|செக்ஸி|sexy|kavarchi`),
  minor: terms(`குழந்தை|சிறுமி|சிறுவன்|சிறுவர்|பதின்ம*|மைனர்|மாணவி|kuzhandhai|sirumi`),
  person: terms(`அவள்|அவளை|அவளுடைய|அவன்|அவனை|இந்த பெண்`),
  benign: terms(`பின்னணி|வாட்டர்மார்க்|லோகோ|கண்ணாடி|தொப்பி|ஜாக்கெட்`),
};

export const th: Lexicon = {
  remove: terms(`ถอด|เอาออก|ลบ|ไม่ใส่|ไม่มี`),
  removeWeak: terms(`ไม่ใส่|ไม่มี`),
  undressVerb: terms(`ถอดเสื้อผ้า|แก้ผ้า|เปลื้องผ้า|ทำให้เปลือย`),
  clothing: terms(`เสื้อผ้า|เสื้อ|ชุด|กระโปรง|กางเกง|ยกทรง|บรา|ชุดชั้นใน|กางเกงใน|ชุดว่ายน้ำ`),
  nude: terms(`เปลือย|โป๊|แก้ผ้า|ไม่ใส่เสื้อผ้า|ไม่ได้ใส่อะไร|เปลือยกาย|ล่อนจ้อน`),
  partialNude: terms(`เปลือยท่อนบน|ไม่ใส่เสื้อ|ไม่ใส่บรา|ไม่ใส่ชุดชั้นใน`),
  skimpy: terms(`บิกินี่|บิกินี|ชุดว่ายน้ำ|ชุดชั้นใน|ชุดนอนซีทรู|จีสตริง|กางเกงใน|บรา`),
  sexualAct: terms(`เซ็กส์|เซ็กซ์|มีเพศสัมพันธ์|ลามก|อนาจาร|เย็ด|โป๊เปลือย|หนังโป๊`),
  sexualBody: terms(`หน้าอกใหญ่|หัวนม|จิ๋ม`),
  suggestive: terms(`เซ็กซี่|ยั่วยวน|วาบหวิว`),
  minor: terms(`เด็ก|เด็กผู้หญิง|เด็กผู้ชาย|เด็กหญิง|วัยรุ่น|ผู้เยาว์|นักเรียนหญิง|นักเรียน`),
  person: terms(`เธอ|เขา|ผู้หญิงคนนี้|ผู้หญิง`),
  benign: terms(`พื้นหลัง|ลายน้ำ|โลโก้|ข้อความ|แว่นตา|หมวก|เสื้อแจ็คเก็ต|เสื้อโค้ท`),
};

export const ro: Lexicon = {
  remove: terms(`scoate*|scoate-i|dă-i jos|da-i jos|dezbracă*|dezbraca*|fără|fara|îndepărtează|indeparteaza|șterge|sterge`),
  removeWeak: terms(`fără|fara|jos`),
  undressVerb: terms(`dezbrac*|dezbrăca*|dezbraca-o|dezbrac-o|despoaie*|dezgoleș*|dezgoles*`),
  clothing: terms(`haine|hainele|îmbrăcăminte|imbracaminte|rochie|rochia|bluză|bluza|cămașă|camasa|fustă|fusta|pantaloni|sutien*|chiloți|chiloti|lenjerie|costum de baie|tricou*`),
  nude: terms(`goală|goala|goale|dezbrăcată|dezbracata|nud|nudă|nuda|nuditate|în pielea goală|in pielea goala|fără haine|fara haine`),
  partialNude: terms(`topless|fără sutien|fara sutien|fără tricou|fara tricou|bustul gol`),
  skimpy: terms(`bikini|costum de baie|lenjerie|lenjerie intimă|lenjerie intima|chiloți|chiloti|sutien*|tanga`),
  sexualAct: terms(`sex|sexual*|porno*|erotic*|futut*|pizdă|pizda|pula|muie`),
  sexualBody: terms(`sâni|sani|țâțe|tate|funduleț|sfârcuri|sfarcuri|decolteu`),
  suggestive: terms(`sexy|provocatoare|provocator|senzual*|seducătoare|seducatoare`),
  minor: terms(`copil|copii|copilă|copila|fetiță|fetita|băiețel|baietel|adolescent*|minor|minoră|minora|minori|elevă|eleva|școlăriță|scolarita`),
  person: terms(`pe ea|pe el|femeia asta|fata asta|femeia|fata`),
  benign: terms(`fundal|fundalul|filigran|logo|text|ochelari|pălărie|palarie|șapcă|sapca|geacă|geaca|palton|haina de iarnă|haina de iarna`),
  negation: terms(`nu|mai puțin|mai putin|fără să|fara sa|opac*`),
};

export const hu: Lexicon = {
  remove: terms(`vedd le|vegye le|levesz*|levenni|távolítsd el|tavolitsd el|töröld|torold|nélkül|nelkul|húzd le|huzd le`),
  removeWeak: terms(`nélkül|nelkul`),
  undressVerb: terms(`vetkőztesd*|vetkoztesd*|vetkőztet*|vetkoztet*|levetkőztet*|levetkoztet*|meztelenre`),
  clothing: terms(`ruha|ruhát|ruhat|ruháit|ruhait|ruhája|ruhaja|ruhákat|ruhakat|ing|inget|blúz|bluz|szoknya*|nadrág*|nadrag*|melltartó*|melltarto*|bugyi*|fehérnemű*|fehernemu*|fürdőruha*|furdoruha*|póló*|polo`),
  nude: terms(`meztelen*|pucér*|pucer*|csupasz*|anyaszült*|anyaszult*|ruha nélkül|ruha nelkul`),
  partialNude: terms(`félmeztelen*|felmeztelen*|topless|melltartó nélkül|melltarto nelkul|póló nélkül|polo nelkul`),
  skimpy: terms(`bikini*|fürdőruha*|furdoruha*|fehérnemű*|fehernemu*|bugyi*|melltartó*|melltarto*|tanga*|alsónemű*|alsonemu*`),
  sexualAct: terms(`szex*|porno*|pornó*|erotikus*|basz*|leszop*`),
  sexualBody: terms(`mell|mellek|melle|melleit|cici*|didi*|fenék|fenek|segg*|mellbimbó*|mellbimbo*|dekoltázs|dekoltazs`),
  suggestive: terms(`szexi|kihívó*|kihivo*|csábító*|csabito*|érzéki*|erzeki*`),
  minor: terms(`gyerek*|gyermek*|kislány*|kislany*|kisfiú*|kisfiu*|tinédzser*|tinedzser*|kiskorú*|kiskoru*|diáklány*|diaklany*|iskolás*|iskolas*`),
  person: terms(`őt|ot|ő|neki|róla|rola|ez a nő|ez a no|ez a lány|ez a lany|a nő|a lány`),
  benign: terms(`háttér*|hatter*|vízjel*|vizjel*|logó*|logo|szöveg*|szoveg*|szemüveg*|szemuveg*|kalap*|sapká*|sapka*|kabát*|kabat*|dzseki*`),
  negation: terms(`ne|nem|kevésbé|kevesbe|átlátszatlan*|atlatszatlan*`),
};

export const sw: Lexicon = {
  remove: terms(`vua|mvue|ondoa|toa|bila|futa|vue`),
  removeWeak: terms(`bila`),
  undressVerb: terms(`mvue nguo|mvulishe|vua nguo|mvue|kumvua nguo|mwache uchi`),
  clothing: terms(`nguo|nguo zake|gauni|shati|sketi|suruali|sidiria|chupi|nguo ya ndani|nguo za ndani|nguo ya kuogelea|kanga|kitenge|blauzi`),
  nude: terms(`uchi|utupu|bila nguo|yuko uchi|mtupu`),
  skimpy: terms(`bikini|nguo ya ndani|nguo za ndani|chupi|sidiria|nguo ya kuogelea|kufuli`),
  sexualAct: terms(`wakifanya mapenzi|wanafanya mapenzi|kufanya mapenzi|wakitombana|ngono|kutombana|tomba*|kufanya mapenzi|ashiki|ponografia|porn*|sex`),
  sexualBody: terms(`matiti|maziwa|makalio|matako|chuchu|kuma|mboo`),
  suggestive: terms(`sexy|kimapenzi|ya kutamanisha`),
  minor: terms(`mtoto|watoto|msichana mdogo|mvulana mdogo|kijana mdogo|binti mdogo|chini ya miaka 18|mwanafunzi`),
  person: terms(`yeye|huyu|mwanamke huyu|msichana huyu|mwanamke|msichana`),
  benign: terms(`mandharinyuma|usuli|nembo|maandishi|miwani|kofia|koti|jaketi`),
};

export const tl: Lexicon = {
  remove: terms(`hubarin|hubaran|tanggalin|alisin|tanggalan|walang|wala`),
  removeWeak: terms(`walang|wala|nang walang`),
  undressVerb: terms(`hubaran|hubarin siya|hubarin mo|paghubarin|hubo t hubad`),
  clothing: terms(`damit|damit niya|blusa|palda|pantalon|shorts|bra|panty|salawal|swimsuit|bikini|t shirt|kamiseta|saya`),
  nude: terms(`hubad|hubo|nakahubad|walang damit|walang saplot|hubo t hubad|hubot hubad`),
  partialNude: terms(`walang pang itaas|walang bra|nakahubad pang itaas`),
  skimpy: terms(`bikini|panty|bra|swimsuit|panloob|damit panloob|lingerie`),
  sexualAct: terms(`kantot*|iyot|jakol|chupa|bastos|malaswa|porn*|sex|torjack|tsupa`),
  sexualBody: terms(`suso|dede|puwit|pwet|utong|titi`),
  suggestive: terms(`sexy|malandi|mapang akit|seksi`),
  minor: terms(`bata|mga bata|batang babae|batang lalaki|menor de edad|dalagita|estudyante|teenager`),
  person: terms(`siya|niya|kanya|babaeng ito|ang babae|si ate`),
  benign: terms(`background|likuran|watermark|logo|teksto|salamin|sumbrero|jacket|dyaket`),
};

export const ms: Lexicon = {
  remove: terms(`tanggalkan|buang|tanpa|buka|bukakan|lucutkan|hilangkan|padam`),
  removeWeak: terms(`tanpa|tak pakai|tidak pakai`),
  undressVerb: terms(`bogelkan|telanjangkan|lucutkan pakaian|buka baju dia|buka pakaian`),
  clothing: terms(`pakaian|baju|baju dia|kemeja|skirt|seluar|coli|bra|seluar dalam|pakaian dalam|baju renang|baju kurung|tudung|tudungnya`),
  nude: terms(`bogel|telanjang|tanpa pakaian|tanpa baju|tak berbaju|tidak berbaju|berbogel`),
  partialNude: terms(`tak pakai baju|tidak pakai baju|tak pakai coli|tanpa coli|tanpa tudung`),
  skimpy: terms(`bikini|baju renang|pakaian dalam|seluar dalam|coli|lingerie`),
  sexualAct: terms(`seks|lucah|berasmara|jimak|porno|sex|pantat|pukimak`),
  sexualBody: terms(`payudara|tetek|buah dada|punggung|bontot|puting`),
  suggestive: terms(`seksi|sexy|menggoda|ghairah`),
  minor: terms(`kanak kanak|budak|budak perempuan|budak lelaki|remaja|bawah umur|pelajar sekolah|murid`),
  person: terms(`dia|perempuan ini|wanita ini|gadis ini`),
  benign: terms(`latar belakang|tera air|logo|teks|cermin mata|topi|jaket|kot`),
};

export const da: Lexicon = {
  remove: terms(`tag af|tage af|fjern*|uden|klæd af|klaed af|træk af|traek af`),
  removeWeak: terms(`uden|af`),
  undressVerb: terms(`klæd hende af|klaed hende af|afklæd*|afklaed*|klæd ham af`),
  clothing: terms(`tøj|toj|tøjet|tojet|kjole*|skjorte*|bluse*|trøje*|troje*|nederdel*|bukser*|bh|bh en|undertøj|undertoj|trusser|badedragt*|bikini`),
  nude: terms(`nøgen|nøgne|nogne|splitternøgen|splitternogen|uden tøj|uden toj|topløs|toplos`),
  partialNude: terms(`bar overkrop|uden bh|uden trøje`),
  skimpy: terms(`bikini|badedragt*|undertøj|undertoj|trusser|bh|g streng|lingeri`),
  sexualAct: terms(`sex|porno*|knalde*|kneppe*|erotisk*|fisse|pik`),
  sexualBody: terms(`bryster|patter|numse|røv|rov|brystvorter`),
  suggestive: terms(`sexet|sexy|forførende|forforende|udfordrende`),
  minor: terms(`barn|børn|born|pige|lille pige|dreng|teenager*|mindreårig*|mindrearig*|skolepige`),
  person: terms(`hende|hun|ham|kvinden|pigen`),
  benign: terms(`baggrund*|vandmærke|vandmaerke|logo|tekst|briller|hat|hue|jakke|frakke`),
};

export const nb: Lexicon = {
  remove: terms(`ta av|tar av|fjern*|uten|kle av|dra av`),
  removeWeak: terms(`uten|av`),
  undressVerb: terms(`kle av henne|kle henne av|avkledd*|kle ham av`),
  clothing: terms(`klær|klaer|klærne|klaerne|kjole*|skjorte*|bluse*|genser*|skjørt*|skjort*|bukse*|bh|bh en|undertøy|undertoy|truse*|badedrakt*|bikini`),
  nude: terms(`naken|nakne|splitter naken|uten klær|uten klaer|toppløs|topplos`),
  partialNude: terms(`bar overkropp|uten bh|uten genser`),
  skimpy: terms(`bikini|badedrakt*|undertøy|undertoy|truse*|bh|stringtruse|lingeri`),
  sexualAct: terms(`sex|porno*|knulle*|pule*|erotisk*|fitte|pikk`),
  sexualBody: terms(`pupper|bryster|rumpe|brystvorter`),
  suggestive: terms(`sexy|forførende|forforende|utfordrende`),
  minor: terms(`barn|jente|liten jente|gutt|tenåring*|tenaring*|mindreårig*|mindrearig*|skolejente`),
  person: terms(`henne|hun|ham|kvinnen|jenta`),
  benign: terms(`bakgrunn*|vannmerke|logo|tekst|briller|hatt|lue|jakke|frakk`),
};

export const fi: Lexicon = {
  remove: terms(`riisu*|ota pois|poista|ilman|vedä alas|veda alas`),
  removeWeak: terms(`ilman|pois`),
  undressVerb: terms(`riisu se|riisu hänet|riisu hanet|riisu tyttö|riisuttu*|alastomaksi`),
  clothing: terms(`vaatteet|vaatteita|vaatteensa|mekko*|paita*|pusero*|hame*|housut|farkut|rintaliivit|alusvaatteet|pikkuhousut|uimapuku*|bikinit`),
  nude: terms(`alasti|alaston|alastomana|alastomat|ilman vaatteita|nakuna|naku|yläosaton|ylaosaton`),
  partialNude: terms(`ilman paitaa|ilman rintaliivejä|ilman rintaliiveja|paidaton`),
  skimpy: terms(`bikinit|bikini|uimapuku*|alusvaatte*|alusasu*|alusvaatteet|pikkuhousut|rintaliivit|stringit|alusasu`),
  sexualAct: terms(`porno*|harrastaa seksiä|harrastaa seksia|seksiä|seksia|rakastelee|rakastelevat|nussi*|eroottinen|eroottis*|pillu|kyrpä|kyrpa`),
  sexualBody: terms(`rinnat|tissit|pylly|perse|nännit|nannit`),
  suggestive: terms(`seksikäs|seksikas|viettelevä|vietteleva|houkutteleva`),
  minor: terms(`lapsi|lapset|tyttö|tytto|pikkutyttö|pikkutytto|poika|teini*|alaikäinen|alaikainen|koulutyttö|koulutytto`),
  person: terms(`hänet|hanet|hän|han|hänen|hanen|tämä nainen|tama nainen`),
  benign: terms(`tausta*|vesileima|logo|teksti|silmälasit|silmalasit|hattu|pipo|takki`),
};
