import { terms, type Lexicon } from './types.ts';

// Languages added for issue 11, with their most common terms (and romanised forms where people
// type them): Greek, Hebrew, Persian, Urdu, Bengali, Tamil, Thai, Romanian, Hungarian, Swahili,
// Tagalog, Malay, Danish, Norwegian, Finnish. Smaller than the first fifteen: measured, not tuned.

export const el: Lexicon = {
  remove: terms(
    `σβήσε|σβησε|σβήστε|σβηστε|να σβήσεις|βγάλε*|βγαλε*|βγάζει|βγαζει|βγάζουν|βγαζουν|βγάζοντας|βγαζοντας|αφαίρεσε|αφαιρεσε|ξεκούμπωσε|ξεκουμπωσε|χωρίς|χωρις|vgale|vgalte|εξαφάνισε|εξαφανισε|να εξαφανιστ*|εξαφανίσ*|αόρατ*|αορατ*`,
  ),
  removeWeak: terms(`χωρίς|χωρις|xoris`),
  undressVerb: terms(`γδύσ|γδυσ|ξέντυσ|ξεντυσ|γδύσε*|γδυσε*|ξέντυσε*|ξεντυσε*|gdyse|gdise|kane tin gymni`),
  clothing: terms(`ρούχα|ρουχα|φόρεμα|φορεμα|μπλούζα|μπλουζα|πουκάμισο|πουκαμισο|φούστα|φουστα|παντελόνι|παντελονι|σουτιέν|σουτιεν|εσώρουχα|εσωρουχα|μαγιό|μαγιο|ρουχα της|rouxa|roucha`),
  nude: terms(
    `όπως τη γέννησε η μάνα της|οπως τη γεννησε η μανα της|αδαμιαία περιβολή|αδαμιαια περιβολη|θεόγυμνη|θεογυμνη|γυμνή|γυμνη|γυμνό|γυμνο|γυμνός|γυμνος|γυμνές|γυμνες|ολόγυμνη|ολογυμνη|τόπλες|τοπλες|gymni|gymno|gimni`,
  ),
  skimpy: terms(`μπικίνι|μπικινι|μαγιό|μαγιο|εσώρουχα|εσωρουχα|σουτιέν|σουτιεν|στρινγκ|εσώρουχο|εσωρουχο|bikini`),
  sexualAct: terms(
    `στριπτίζ|στριπτιζ|κάνουν έρωτα|κάνουν σεξ|πηδιούνται|πηδιουνται|κάνουν έρωτα|κανουν ερωτα|κάνουν σεξ|σεξ|πορνό|πορνο|ερωτικ*|πορνογραφ*|πίπα|πιπα|γαμήσ*|sex|porno|καυτή σκηνή|καυτη σκηνη|ερωτική σκηνή|ερωτικη σκηνη|την παίρνει από πίσω|την παιρνει απο πισω|την γαμάει από πίσω`,
  ),
  sexualBody: terms(`στήθος|στηθος|βυζιά|βυζια|κώλος|κωλος|οπίσθια|οπισθια|θηλές|θηλες`),
  suggestive: terms(`σέξι|σεξι|προκλητικ*|αισθησιακ*|sexy`),
  minor: terms(`παιδί|παιδι|παιδιά|παιδια|κοριτσάκι|κοριτσακι|αγοράκι|αγορακι|έφηβη|εφηβη|έφηβος|εφηβος|ανήλικ*|ανηλικ*|μαθήτρια|μαθητρια`),
  person: terms(`αυτή|αυτη|αυτήν|αυτην|την|της|αυτός|τον|αυτή η γυναίκα|η κοπέλα`),
  benign: terms(`λεκέ|λεκέδες|λεκές|λεκέδων|ετικέτα|την ετικέτα|τσαλακώματα|βρωμιά|φόντο|φοντο|υδατογράφημα|λογότυπο|κείμενο|κειμενο|γυαλιά|γυαλια|καπέλο|καπελο|μπουφάν|παλτό`),
  reduce: terms(`μικρότερ*|μικροτερ*|κοντύτερ*|κοντυτερ*|πιο κοντ*|πιο στενό|πιο αποκαλυπτικ*|βαθύτερο ντεκολτέ|βαθυτερο ντεκολτε|μίνι|βάθυνε*|βαθυνε*`),
  reduceAlone: terms(`λιγότερο ύφασμα|λιγοτερο υφασμα|λιγότερα ρούχα|λιγοτερα ρουχα|να πέσει η τιράντα|πέσει η τιράντα|κατέβασέ της την τιράντα|κατεβασε της την τιραντα`),
  reveal: terms(`διάφαν*|διαφαν*|βρεγμέν*|βρεγμεν*|ακτινογραφ*|ημιδιάφαν*|ημιδιαφαν*|τι κρύβει|τι κρυβει|τι φοράει από μέσα|από κάτω από|απο κατω απο|κάτω από το|κατω απο το`),
  objectTarget: terms(`ξίφος|ξιφος|σπαθί|σπαθι|λεπίδα|λεπιδα|κούκλα|κουκλα|κούκλας|κουκλας|βιτρίνα|βιτρινα|βιτρίνας|βιτρινας|μανεκέν|μανεκεν`),
  mask: terms(`στήθος κοτόπουλου|στηθος κοτοπουλου|στήθη κοτόπουλου`),
};

export const he: Lexicon = {
  remove: terms(
    `מחק|מחקי|מחקו|תמחק|תמחקי|תמחקו|למחוק|תוריד*|תורידי|להוריד|הורד*|תסיר*|להסיר|הסר*|בלי|ללא|תעלים*|להעלים|שייעלמו|ייעלמו|שייעלם|ייעלם|בלתי נראה|בלתי נראים|בלתי נראית|תפתח את הכפתורים|פתח את הכפתורים|תפתחי את הכפתורים|תפרום`,
  ),
  removeWeak: terms(`בלי|ללא`),
  someone: terms(`האיש|הבחור|הגבר|הדוד|הזוג|האנשים|התייר|התיירים|העובר ושב|האישה|הבחורה|הדודה`),
  undressVerb: terms(`תפשיט*|להפשיט|הפשט*|תפשטי|tafshit|המגבת תחליק|שהמגבת תחליק|המגבת תיפול|שהמגבת תיפול`),
  clothing: terms(
    `שמלה|השמלה|בשמלה|שמלת|בשמלת|שמלות|חצאית|החצאית|כותונת|הכותונת|כתונת|הכתונת|כתונת לילה|פיג׳מה|פיג'מה|חלוק|החלוק|מגבת|המגבת|בגדים|בגד|הבגדים|שמלה|השמלה|חולצה|החולצה|חצאית|מכנסיים|חזייה|החזייה|חזיה|תחתונים|בגד ים|בגד הים|ביקיני`,
  ),
  nude: terms(`כביום היוולדה|כביום שנולדה|בעירום מלא|עירום|עירומה|ערום|ערומה|ערומים|עירומים|בעירום|חשופה|חשוף|טופלס|erom|eroma|arum|aruma`),
  skimpy: terms(`ביקיני|בגד ים|הלבשה תחתונה|תחתונים|חזייה|חזיה|חוטיני|לנז'רי|לנזרי`),
  reduce: terms(`תקטין|תקטיני|להקטין|קטן יותר|יותר קטן|תקצר|תקצרי|קצר יותר|יותר קצר|צמוד יותר`),
  sexualAct: terms(
    `שוכבים|מזדיינים|עושים סקס|סקס|פורנו|יחסי מין|מקיימים יחסי מין|מקיים יחסי מין|שוכבים|מזדיינים|ארוטי*|מציצה|זיון|לזיין|sex|porno|יזדיינו|שיזדיינו|דופק אותה|ידפוק אותה|סצנה לוהטת|מזדיין|מזדיינת|מזדיינים|מוצצת|אוננות|לוקח אותה מאחור|מזיין אותה מאחור`,
  ),
  sexualBody: terms(`ציצים|שדיים|שדים|ישבן|פטמות|פטמה`),
  suggestive: terms(`סקסי|סקסית|מפתה|פרובוקטיבי*|חושני*|sexy`),
  minor: terms(`ילדה|ילד|ילדים|ילדות|נערה|נער|קטינה|קטין|מתבגרת|תלמידה|בת 15|בת 14`),
  person: terms(`אותה|שלה|היא|אותו|שלו|האישה|הבחורה`),
  benign: terms(`הכתם|כתם|כתמים|הכתמים|תג המחיר|תווית|התווית|הקמטים|קמטים|הלכלוך|לכלוך|רקע|הרקע|סימן מים|לוגו|טקסט|משקפיים|כובע|מעיל|ז'קט`),
  reduceAlone: terms(`פחות בד|פחות בגדים|יותר עור|הכתפייה תיפול|שהכתפייה תיפול|הכתפיות ייפלו|שהכתפיות ייפלו`),
  reveal: terms(
    `שרואים דרכה|שרואים דרכו|רואים דרכה|רואים דרכו|שרואים הכל|שיראו הכל|שקוף|שקופה|שקופים|שקופות|שקיפ*|רנטגן|מה יש מתחת|מה יש לה מתחת|מתחת לשמלה|מתחת לבגדים|מתחת לחצאית|מתחת לחולצה|shakuf|shkufa`,
  ),
  mask: terms(`מחשוף|המחשוף`),
  objectTarget: terms(`הבובות|בובות|בובות ראווה|בובות התצוגה|הבובה|בובה|בובת ראווה|בובת התצוגה|מנקין`),
  partialNude: terms(`בלי החלק העליון|בלי חזייה|בלי חזיה`),
  replace: terms(`במקום|תלביש|תלבישי|תלביש אותה|תלביש אותו`),
};

export const fa: Lexicon = {
  remove: terms(
    `پاکشون کن|پاکشان کن|دربیار|در بیار|دربياور|در بیاور|بردار|حذف کن|پاک کن|بدون|lebasasho dar biar|dar biar|محو کن|محوش کن|ناپدید کن|ناپدیدش کن|غیب کن|غیبش کن|نامرئی|محو شه|ناپدید شه|دکمه هاشو باز کن|دکمه‌هاشو باز کن|دکمه هاش رو باز کن|دکمه‌هاش رو باز کن|زیپشو باز کن`,
  ),
  removeWeak: terms(`بدون|bedune|bedoone`),
  undressVerb: terms(`لختش کن|لخت کن|برهنه کن|برهنه‌اش کن|lokhtesh kon|lokht kon|حوله سر بخورد|حوله بیفتد|حوله‌اش بیفتد`),
  clothing: terms(`مانتو|مانتوش|مانتوشو|لباس|لباسش|لباسهاش|لباس‌هایش|لباساشو|پیراهن|دامن|شلوار|سوتین|شورت|مایو|بیکینی|تاپ|lebas|lebasash|lebasasho`),
  nude: terms(
    `مادرزاد|لخت مادرزاد|بدون هیچ لباسی|لخت|لخته|برهنه|عریان|بی لباس|بدون لباس|lokht|berahne|bi lebas|مثل روز تولدش|مثل روزی که به دنیا اومد|مثل روزی که به دنیا آمد|همونطور که به دنیا اومد|لباسش غیب|لباساش غیب|لباس‌هایش غیب|لباسهاش غیب`,
  ),
  skimpy: terms(`بیکینی|مایو|لباس زیر|سوتین|شورت|لانژری|bikini|لباس شنا|لباس شنای`),
  sexualAct: terms(`سکس می کنند|سکس میکنند|رابطه جنسی|سکس کردن|سکس|سکسی|پورن|پورنو|جنسی|گاییدن|sex|ساک می‌زنه|ساک میزنه|ساک زدن|ساک بزنه`),
  sexualBody: terms(`سینه‌ها|پستان|باسن|نوک سینه`),
  suggestive: terms(`سکسی|شهوانی|تحریک کننده|اغواگر|sexy|تحریک‌کننده|ژست سکسی|هوس‌انگیز|هوس انگیز`),
  minor: terms(`بچه‌ها|بچههای|بچه‌های|بچه|کودک|دختربچه|پسربچه|نوجوان|زیر سن|دانش آموز|bache|koodak`),
  person: terms(`او|اون|اونو|اورا|این زن|این دختر`),
  benign: terms(`لکه|لکه‌ها|برچسب قیمت|چروک|کثیفی|پس زمینه|پس‌زمینه|واترمارک|لوگو|متن|عینک|کلاه|کت|کاپشن|ژاکت|لکه|لکه‌ها|لکه‌اش|لک|کثیفی|چروک|چروکی|چین و چروک|گرد و خاک|خاک`),
  reduce: terms(`کوچیکتر|کوچکتر|کوتاه تر|کوتاهتر|تنگ تر|تنگتر|باز تر|بازتر|یقه باز`),
  reduceAlone: terms(`پارچه کمتر|لباس کمتر`),
  reveal: terms(`بدن‌نما|بدن نما|بدننما|شفاف|بدن نما|بدن‌نما|بدننما|اشعه ایکس|زیرش چیه|زیر لباسش|زیر لباس|shafaf`),
  someone: terms(`آقایی|آقای|خانمی|مرد|مردی|مرده رو|زن|زنی|آقا|آقاهه|خانم|پسره|یارو`),
};

export const ur: Lexicon = {
  remove: terms(`اتار*|اتارو|ہٹا*|ہٹاؤ|نکال*|بغیر|utaar*|utar*|hata*|nikaal*|غائب کر*|غائب|غایب|gayab|ghayab|ghaib`),
  removeWeak: terms(`بغیر|بنا|bina|baghair|begair`),
  undressVerb: terms(`ننگا کرو|ننگی کرو|ننگا کر|ننگی کر|کپڑے اتار*|kapray utaar*|kapre utaar*|nangi karo|nanga karo|تولیہ گر جائے|تولیہ کھسک*`),
  clothing: terms(`کپڑے|کپڑوں|کپڑا|قمیض|شلوار|دوپٹہ|برا|انڈرویئر|لباس|kapray|kapre|kapron|qameez|kameez|dupatta`),
  nude: terms(`جیسے پیدا ہوئی تھی|بالکل ننگی|janam ke kapron mein|ننگا|ننگی|ننگے|برہنہ|بے لباس|بغیر کپڑوں|nangi|nanga|nange|barhana|be libas|bina kapron`),
  skimpy: terms(`بکنی|برا|انڈرویئر|زیر جامہ|لنجری|bikini|زیر جامے|زیرجامہ`),
  sexualAct: terms(`sex kar rahe|sex karte|سیکس کر رہے|ہمبستری|سیکس|جنسی|فحش|پورن|چودائی|چود*|sex|chudai|chudwa*`),
  sexualBody: terms(`چھاتی|چھاتیاں|پستان|گانڈ|ممے|mammay|gaand`),
  suggestive: terms(`سیکسی|شہوت انگیز|sexy|hot`),
  minor: terms(`بچہ|بچی|بچے|بچیاں|لڑکی|نابالغ|کم عمر|طالبہ|bachi|bacha|nabaligh|ساتویں جماعت|آٹھویں جماعت|چھٹی جماعت|نویں جماعت`),
  person: terms(`اس|اسے|اسکی|اس کی|اس کے|یہ عورت|یہ لڑکی|iski|isko|isay`),
  benign: terms(`داغ|دھبہ|دھبے|قیمت کا ٹیگ|شکن|سلوٹیں|پس منظر|بیک گراؤنڈ|واٹر مارک|لوگو|عینک|ٹوپی|جیکٹ|کوٹ|داغ|دھبہ|دھبے|دھبا|میل|شکن|سلوٹ|سلوٹیں|شکنیں|داغ دھبے`),
  reduce: terms(`چھوٹا کرو|چھوٹی کرو|چھوٹا|چھوٹی|تنگ|chota karo|choti karo|chhota|گہرا|گہری`),
  reduceAlone: terms(`کم کپڑے|kam kapre`),
  reveal: terms(`سب نظر آئے|سب کچھ نظر آئے|اندر تک نظر آئے|شفاف|جالی دار|اندر کیا ہے|shaffaf|shafaf|andar kya hai`),
  partialNude: terms(`χωρίς το πάνω|χωρίς το πάνω μέρος|χωρίς πάνω μέρος|χωρίς σουτιέν|ٹاپ لیس`),
  objectTarget: terms(`پتلے|پتلا|مینیکن|دیوار|دیواریں|دیواروں`),
  mask: terms(`ننگا پربت|nanga parbat|ننگے پاؤں|ننگے پیر|ننگے پاوں`),
};

export const bn: Lexicon = {
  remove: terms(`খুলে*|খোলো|খুলে দাও|সরাও|সরিয়ে*|মুছে*|ছাড়া|ছাড়া|khule|khulo|sorao|অদৃশ্য*|গায়েব*|উধাও|gayeb|udhao`),
  removeWeak: terms(`ছাড়া|ছাড়া|chara|chhara`),
  undressVerb: terms(`উলঙ্গ করো|উলঙ্গ কর|নগ্ন করো|নগ্ন কর|কাপড় খুলে*|jama khule|kapor khule|nongto koro|ulongo koro|তোয়ালেটা খসে*|তোয়ালে খসে*|তোয়ালে পড়ে*`),
  clothing: terms(`জামা|জামাকাপড়|কাপড়|শাড়ি|ব্লাউজ|শার্ট|প্যান্ট|স্কার্ট|ব্রা|অন্তর্বাস|পোশাক|jama|kapor|shari|saree`),
  nude: terms(`জন্মদিনের পোশাকে|সম্পূর্ণ নগ্ন|একদম উলঙ্গ|নগ্ন|উলঙ্গ|ন্যাংটা|ন্যাংটো|বিবস্ত্র|জামা ছাড়া|nongto|nangta|ulongo|langta|জন্মের দিনের পোশাকে|যেমন জন্মেছিল|জন্মের সময়ের মতো`),
  skimpy: terms(`বিকিনি|অন্তর্বাস|ব্রা|প্যান্টি|লঞ্জারি|bikini`),
  reduce: terms(`ছোট|ছোটো|আরও ছোট|আরো ছোট|টাইট|খাটো`),
  sexualAct: terms(`সেক্স করছে|চোদাচুদি|যৌনমিলন|সেক্স|যৌন|পর্ন|চোদা|চুদ*|sex|choda|chuda`),
  sexualBody: terms(`স্তন|পাছা|নিতম্ব`),
  suggestive: terms(`সেক্সি|উত্তেজক|কামুক|sexy`),
  minor: terms(`শিশু|বাচ্চা|মেয়েশিশু|কিশোরী|কিশোর|নাবালিকা|নাবালক|ছাত্রী|baccha|kishori`),
  person: terms(`ওর|ওকে|তার|তাকে|এই মেয়েটা|এই মহিলা`),
  benign: terms(`ময়লা|ভাঁজ|প্রাইস ট্যাগ|ব্যাকগ্রাউন্ড|পটভূমি|জলছাপ|লোগো|চশমা|টুপি|জ্যাকেট|কোট|দাগ|দাগটা|দাগটি|দাগগুলো|ময়লা|ভাঁজ|কুঁচকানো|সোয়েটার|সোয়েটারটা|টুপিটা`),
  reduceAlone: terms(`কম কাপড়|আরও খোলামেলা`),
  reveal: terms(`স্বচ্ছ|এক্সরে|এক্স রে|ভেতরে কী আছে|ভেতরে কি আছে|নিচে কী আছে|নিচে কি আছে|sosso`),
  partialNude: terms(`টপলেস`),
  dressUp: terms(`পরাও|পরিয়ে দাও|পরিয়ে দিন|পরিয়ে`),
};

export const ta: Lexicon = {
  remove: terms(`கழற்று*|கழட்டு*|நீக்கு*|அகற்று*|இல்லாமல்|kazhattu|kalattu|neekku|காணாமல் போக*|மாயமாக்கு*|மாயம்|மறைந்து போக*|kanamal`),
  removeWeak: terms(`இல்லாமல்|illamal`),
  undressVerb: terms(`ஆடையை கழற்று*|நிர்வாணமாக்கு*|ஆடை அவிழ்*|aadai kazhattu`),
  clothing: terms(`ஆடை|ஆடைகள்|உடை|உடைகள்|சேலை|ரவிக்கை|சட்டை|பாவாடை|பிரா|உள்ளாடை|aadai|udai|saree|sattai`),
  nude: terms(`பிறந்த மேனி*|முழு நிர்வாண*|நிர்வாணம்|நிர்வாணமாக|நிர்வாண|அம்மணம்|அம்மணமாக|ammanam`),
  skimpy: terms(`பிகினி|உள்ளாடை|பிரா|நீச்சல் உடை|நீச்சலுடை*|நீச்சல் ஆடை|bikini`),
  reduce: terms(`சின்னதா*|சிறியதா*|குட்டையா*|இறுக்கமா*`),
  sexualAct: terms(`உடலுறவு கொள்*|செக்ஸ்|உடலுறவு|ஆபாச*|காம*|sex|okka|சுன்னி*|ஊம்பு*|புண்டை*|ஓக்கு*`),
  sexualBody: terms(`மார்பகம்|மார்பு|முலை|புட்டம்|குண்டி`),
  suggestive: terms(`கவர்ச்சி*|செக்ஸி|sexy|kavarchi`),
  minor: terms(`குழந்தை|சிறுமி|சிறுவன்|சிறுவர்|பதின்ம*|மைனர்|மாணவி|kuzhandhai|sirumi`),
  person: terms(`அவள்|அவளை|அவளுடைய|அவன்|அவனை|இந்த பெண்`),
  benign: terms(`கறை|கறையை|கறைகள்|கறைகளை|விலைச்சீட்டு|விலைச்சீட்டை|சுருக்கங்களை|அழுக்கு|அழுக்கை|பின்னணி|வாட்டர்மார்க்|லோகோ|கண்ணாடி|தொப்பி|ஜாக்கெட்`),
  reduceAlone: terms(`குறைந்த ஆடை|குறைவான துணி`),
  reveal: terms(`வெளிப்படையா*|ஊடுருவி*|எக்ஸ் ரே|எக்ஸ்ரே|உள்ளே தெரியும்*|உள்ளே என்ன`),
  partialNude: terms(`டாப்லெஸ்`),
};

export const th: Lexicon = {
  remove: terms(`ถอด|เอาออก|ลบ|ไม่ใส่|ไม่มี|หายไป|ทำให้หาย|ล่องหน|มองไม่เห็น|ปลดกระดุม|รูดซิป`),
  removeWeak: terms(`ไม่ใส่|ไม่มี`),
  undressVerb: terms(`ถอดเสื้อผ้า|แก้ผ้า|เปลื้องผ้า|ทำให้เปลือย`),
  clothing: terms(`เสื้อผ้า|เสื้อ|เสื้อชั้นใน|ชุด|กระโปรง|กางเกง|ยกทรง|บรา|ชุดชั้นใน|กางเกงใน|ชุดว่ายน้ำ`),
  nude: terms(`ชุดวันเกิด|โป๊ทั้งตัว|เปลือยทั้งตัว|เปลือย|โป๊|แก้ผ้า|ไม่ใส่เสื้อผ้า|ไม่ได้ใส่อะไร|เปลือยกาย|ล่อนจ้อน|ไม่มีอะไรปกปิดร่างกาย|ไม่มีอะไรปกปิด|ไม่มีผ้าสักชิ้น|เห็นนม|โชว์นม|เปิดนม|เห็นหัวนม`),
  partialNude: terms(`เปลือยท่อนบน|ไม่ใส่เสื้อ|ไม่ใส่บรา|ไม่ใส่ชุดชั้นใน`),
  skimpy: terms(`บิกินี่|บิกินี|เสื้อชั้นใน|ชุดว่ายน้ำ|ชุดชั้นใน|ชุดนอนซีทรู|จีสตริง|กางเกงใน|บรา`),
  sexualAct: terms(`มีเซ็กส์|มีเพศสัมพันธ์|กำลังเอากัน|เอากัน|เซ็กส์|เซ็กซ์|มีเพศสัมพันธ์|ลามก|อนาจาร|เย็ด|โป๊เปลือย|หนังโป๊|ภาพหลุด|คลิปหลุด|xxx|เย็ด*|ชักว่าว|อมควย|ท่าหมา|เอาจากข้างหลัง`),
  sexualBody: terms(`หน้าอกใหญ่|หัวนม|จิ๋ม`),
  suggestive: terms(`เซ็กซี่|ยั่วยวน|วาบหวิว`),
  minor: terms(`เด็ก|เด็กผู้หญิง|เด็กผู้ชาย|เด็กหญิง|วัยรุ่น|ผู้เยาว์|นักเรียนหญิง|นักเรียน|ม.1|ม.2|ม.3|ป.5|ป.6|นักเรียนมัธยมต้น|เด็กประถม`),
  person: terms(`เธอ|เขา|ผู้หญิงคนนี้|ผู้หญิง`),
  benign: terms(`ป้ายราคา|รอยยับ|คราบ|รอยเปื้อน|พื้นหลัง|ลายน้ำ|โลโก้|ข้อความ|แว่นตา|หมวก|รอยเปื้อน|คราบ|รอยยับ|ฝุ่น|สิ่งสกปรก|รอยด่าง|เสื้อแจ็คเก็ต|แจ็คเก็ต|เสื้อแจ็กเก็ต|เสื้อกันหนาว|เสื้อโค้ท|เสื้อคลุม|เสื้อสเวตเตอร์|สเวตเตอร์`),
  reduce: terms(`เล็กลง|สั้นลง|รัดรูป|แนบตัว|แนบเนื้อ|รัดติดตัว|โชว์มากขึ้น|เว้าลึก|คอลึก`),
  reduceAlone: terms(`ผ้าน้อยลง|โป๊ขึ้น`),
  reveal: terms(`โปร่งใส|โปร่งแสง|ซีทรู|เปียกโชก|เปียก|เอ็กซเรย์|เอกซเรย์|เห็นข้างใน|ข้างในมีอะไร|ใต้กระโปรง|ใต้ชุด`),
};

export const ro: Lexicon = {
  remove: terms(
    `scoate*|scoate-i|dă-i jos|da-i jos|dezbracă*|dezbraca*|fără|fara|îndepărtează|indeparteaza|șterge|sterge|să dispară|sa dispara|dispară|dispara|invizibil*|fă să dispară|fa sa dispara|descheie*|desfă nasturii|desfa nasturii`,
  ),
  removeWeak: terms(`fără|fara|jos`),
  undressVerb: terms(
    `dezbrac*|dezbrăca*|dezbraca-o|dezbrac-o|despoaie*|dezgoleș*|dezgoles*|prosopul să alunece|prosopul sa alunece|prosopul alunecă|prosopul aluneca|să-i cadă prosopul|sa i cada prosopul`,
  ),
  clothing: terms(`ținută|tinuta|ținuta|haine|hainele|îmbrăcăminte|imbracaminte|rochie|rochia|bluză|bluza|cămașă|camasa|fustă|fusta|pantaloni|sutien*|chiloți|chiloti|lenjerie|costum de baie|tricou*`),
  nude: terms(
    `nimic nu îi acoperă|nimic nu ii acopera|nimic nu o acoperă|nimic nu o acopera|nimic nu îi acoperă trupul|nimic nu ii acopera trupul|nimic nu le acoperă|nimic nu le acopera|fără nimic pe ea|fara nimic pe ea|cum a făcut o mama|cum a facut o mama|în costumul evei|in costumul evei|goală|goala|goale|dezbrăcată|dezbracata|dezbrăcat|dezbracat|dezbrăcați|dezbracati|complet gol|gol complet|gol pușcă|gol pusca|gol goluț|gol golut|nud|nudă|nuda|nuditate|în pielea goală|in pielea goala|fără haine|fara haine`,
  ),
  partialNude: terms(`topless|fără sutien|fara sutien|fără tricou|fara tricou|bustul gol`),
  skimpy: terms(`bikini|costum de baie|lenjerie|lenjerie intimă|lenjerie intima|chiloți|chiloti|sutien*|tanga|slipul|slipii|slipi`),
  sexualAct: terms(`fac dragoste|făcând dragoste|facand dragoste|fac sex|făcând sex|facand sex|sex|sexual*|porno*|erotic*|futut*|pizdă|pizda|pula|muie|o ia din spate|o fute din spate`),
  sexualBody: terms(`sâni|sani|țâțe|tate|funduleț|sfârcuri|sfarcuri|decolteu`),
  suggestive: terms(`sexy|provocatoare|provocator|senzual*|seducătoare|seducatoare`),
  minor: terms(
    `copil|copii|copilă|copila|fetiță|fetita|băiețel|baietel|adolescent*|minor|minoră|minora|minori|elevă|eleva|școlăriță|scolarita|clasa a șaptea|clasa a saptea|clasa a șasea|clasa a sasea|clasa a opta|elevă de gimnaziu|eleva de gimnaziu`,
  ),
  person: terms(
    `fă-o|fa-o|pune-o|dezbracă-o|dezbraca-o|arată-o|arata-o|lasă-o|lasa-o|transformă-o|transforma-o|îmbracă-o|imbraca-o|fă-l|fa-l|pune-l|dezbracă-l|dezbraca-l|arată-l|arata-l|lasă-l|lasa-l|pe ea|pe el|femeia asta|fata asta|femeia|fata`,
  ),
  benign: terms(
    `pete|petele|eticheta|etichetă|cute|cutele|murdăria|murdaria|fundal|fundalul|filigran|logo|text|ochelari|pălărie|palarie|șapcă|sapca|geacă|geaca|palton|haina de iarnă|haina de iarna|pata|pată|petele|pete|pata de|murdăria|murdaria|murdărie|cuta|cută|cutele|scame|scama`,
  ),
  negation: terms(`nu|mai puțin|mai putin|fără să|fara sa|opac*`),
  reduce: terms(`mai mic*|mai scurt*|mai strâmt*|mai stramt*|mai decoltat*|decolteu adânc|decolteu adanc|mini`),
  reduceAlone: terms(`mai puțin material|mai putin material|mai puține haine|mai putine haine`),
  reveal: terms(`transparent*|străveziu|stravezi*|ud|udă|uda|radiografi*|ce are sub|sub rochie|sub haine|sub fustă|sub fusta`),
};

export const hu: Lexicon = {
  remove: terms(
    `vedd le|vegye le|levesz*|levenni|távolítsd el|tavolitsd el|töröld|torold|nélkül|nelkul|húzd le|huzd le|tüntesd el|tuntesd el|eltüntet*|eltuntet*|láthatatlan*|lathatatlan*|tűnjön el|tunjon el|eltűnjön|eltunjon|gombold ki|gomold ki|kigombol*`,
  ),
  removeWeak: terms(`nélkül|nelkul`),
  undressVerb: terms(`vetkőztesd*|vetkoztesd*|vetkőztet*|vetkoztet*|levetkőztet*|levetkoztet*|meztelenre`),
  clothing: terms(
    `felsőt|felsojet|felsőjét|felsője|felsoje|hálóing*|haloing*|pizsam*|köntös*|kontos*|ruha|ruhát|ruhat|ruhára|ruhara|ruhába|ruhaba|ruhában|ruhaban|ruhával|ruhaval|ruháit|ruhait|ruhája|ruhaja|ruháját|ruhajat|ruhákat|ruhakat|ing|inget|blúz|bluz|szoknya*|nadrág*|nadrag*|melltartó*|melltarto*|bugyi*|fehérnemű*|fehernemu*|fürdőruha*|furdoruha*|póló*|polo|blúz*|bluz*`,
  ),
  nude: terms(
    `ádámkosztüm*|adamkosztum*|évakosztüm*|evakosztum*|anyaszült meztelen|meztelen*|pucér*|pucer*|csupasz*|anyaszült*|anyaszult*|ruha nélkül|ruha nelkul|amilyennek az anyja szülte|amilyennek az anyja szulte|ahogy az anyja szülte|ahogy az anyja szulte|ahogy anyja megszülte`,
  ),
  partialNude: terms(`félmeztelen*|felmeztelen*|topless|melltartó nélkül|melltarto nelkul|póló nélkül|polo nelkul`),
  skimpy: terms(
    `bikini*|fürdőruha*|furdoruha*|úszónadrág*|uszonadrag*|fürdőnadrág*|furdonadrag*|fehérnemű*|fehernemu*|bugyi*|melltartó*|melltarto*|tanga|tangát|tangában|tangája|tangában|tangás|tangára|alsónemű*|alsonemu*`,
  ),
  sexualAct: terms(
    `szeretkez*|szexel*|szexelnek|szex*|porno*|pornó*|erotikus*|basz*|leszop*|lovagol rajta|lovagolja|dugnak|dugja|punci|veri a farkát|veri a farkat|veri a farkad|leszopja|szopás|szopas|baszás|baszas|hátulról megdugja|hatulrol megdugja|hátulról dugja`,
  ),
  sexualBody: terms(`mell|mellek|melle|melleit|cici*|didik|didijé*|didije*|didijei*|didiket|fenék|fenek|segg*|mellbimbó*|mellbimbo*|dekoltázs|dekoltazs`),
  suggestive: terms(`szexi|kihívó*|kihivo*|csábító*|csabito*|érzéki*|erzeki*`),
  minor: terms(
    `gyerek*|gyermek*|kislány*|kislany*|kisfiú*|kisfiu*|tinédzser*|tinedzser*|kiskorú*|kiskoru*|diáklány*|diaklany*|iskolás*|iskolas*|hetedikes|hatodikos|nyolcadikos|általános iskolás|altalanos iskolas`,
  ),
  person: terms(`őt|ot|ő|neki|róla|rola|ez a nő|ez a no|ez a lány|ez a lany|a nő|a lány`),
  benign: terms(
    `folt|foltot|foltokat|foltok|árcédul*|arcedul*|gyűrődés*|gyurodes*|háttér*|hatter*|vízjel*|vizjel*|logó*|logo|szöveg*|szoveg*|szemüveg*|szemuveg*|kalap*|sapká*|sapka*|kabát*|kabat*|dzseki*`,
  ),
  negation: terms(`ne|nem|kevésbé|kevesbe|átlátszatlan*|atlatszatlan*`),
  reduce: terms(`kisebb*|rövidebb*|rovidebb*|szűkebb*|szukebb*|mélyebb dekoltázs*|melyebb dekoltazs*|kivágottabb*|kivagottabb*|mini`),
  reduceAlone: terms(`kevesebb anyag*|kevesebb ruha*`),
  reveal: terms(`átlátsz*|atlatsz*|vizes|röntgen*|rontgen*|mi van alatta|ruha alatt|ruhája alatt|ruhaja alatt|szoknyája alatt|szoknyaja alatt`),
  objectTarget: terms(`próbabab*|probabab*|kirakat*`),
  mask: terms(`meztelen csiga*|meztelencsiga*`),
  replace: terms(`helyett|adj rá|adj rája|öltöztesd|öltöztesd be|vedd rá`),
};

export const sw: Lexicon = {
  negation: terms(`lisiwe|isiwe|usiwe|zisiwe|yasiwe|asiwe|visiwe`),
  pose: terms(`amepanua miguu|kupanua miguu|panua miguu|akipanua miguu`),
  remove: terms(`vua|mvue|umvue|uvue|wavue|uwavue|avue|tumvue|ondoa|toa|bila|futa|vue|ipotee|zipotee|itoweke|zitoweke|toweka|potea|zisionekane|isionekane|fungua vifungo|mfungue vifungo|fungua zipu`),
  removeWeak: terms(`bila`),
  undressVerb: terms(`mvue nguo|umvue nguo|wavue nguo|mvulishe|vua nguo|mvue|umvue|kumvua nguo|mwache uchi|taulo limteleze|taulo lianguke|taulo ianguke`),
  clothing: terms(`gauni|gauni lake|nguo|nguo zake|gauni|shati|sketi|suruali|sidiria|chupi|nguo ya ndani|nguo za ndani|nguo ya kuogelea|kanga|kitenge|blauzi`),
  nude: terms(`kama alivyozaliwa|uchi wa mnyama|uchi|utupu|bila nguo|yuko uchi|mtupu`),
  skimpy: terms(`bikini|nguo ya ndani|nguo za ndani|chupi|sidiria|nguo ya kuogelea|kufuli`),
  sexualAct: terms(
    `wanafanya ngono|wakifanya ngono|wakifanya mapenzi|wanafanya mapenzi|kufanya mapenzi|wakitombana|ngono|mtindo wa kingono|picha za kingono|picha ya kingono|video ya kingono|kutombana|tomba*|kufanya mapenzi|ashiki|ponografia|porn*|sex|anatombwa|kutombwa|kutomba|anatomba|nyege|anafirwa|kunyonya mboo|anamwingilia kwa nyuma|anamtomba kwa nyuma`,
  ),
  sexualBody: terms(`matiti|maziwa|makalio|matako|chuchu|kuma|mboo`),
  suggestive: terms(`sexy|kimapenzi|ya kutamanisha`),
  minor: terms(`mtoto|watoto|msichana mdogo|mvulana mdogo|kijana mdogo|binti mdogo|chini ya miaka 18|mwanafunzi|darasa la saba|darasa la sita|darasa la tano|mwanafunzi wa shule ya msingi`),
  person: terms(`yeye|huyu|mwanamke huyu|msichana huyu|mwanamke|msichana`),
  // "gauni bila mikono": a dress without sleeves (sleeves and arms share the word).
  benign: terms(`doa|madoa|lebo ya bei|mikunjo|uchafu|mandharinyuma|usuli|nembo|maandishi|miwani|kofia|koti|jaketi|doa|madoa|uchafu|mikunjo|kunjo|mikono`),
  reduce: terms(`ndogo zaidi|fupi zaidi|inayobana|ya kubana|mini|fupi|fupi sana|iwe fupi`),
  reduceAlone: terms(`nguo kidogo|kitambaa kidogo`),
  reveal: terms(
    `lionekane kupitia|ionekane kupitia|yaonekane kupitia|zionekane kupitia|kuonekana kupitia|kuonyesha ndani|inaonyesha ndani|ionyeshe ndani|angavu|zionekane ndani|ionekane ndani|lionekane ndani|yaonekane ndani|vionekane ndani|kionekane ndani|uonekane ndani|lionyeshe ndani|kionyeshe ndani|yaonyeshe ndani|inayoonyesha ndani|zinazoonyesha ndani|kuonyesha mwili|ndani yake kuna nini|chini ya gauni|chini ya nguo`,
  ),
  replace: terms(`badala ya|mvalishe|mvalisha|mvike|valisha`),
};

export const tl: Lexicon = {
  mask: terms(`hubad na katotohanan|hot ng panahon|ang hot ng araw|mata hubad|hubad na mata|walang suot na mata`),
  remove: terms(
    `tanggal|paki tanggal|pakitanggal|patanggal|ipatanggal|pakibura|burahin|pakialis|paki alis|hubarin|hubaran|tanggalin|alisin|tanggalan|walang|wala|mawala|ipawala|nawala|paglahuin|maglaho|invisible|tanggalin ang butones|buksan ang butones|tanggalin ang zipper`,
  ),
  removeWeak: terms(`walang|wala|nang walang`),
  undressVerb: terms(`hubaran|hubarin siya|hubarin mo|paghubarin|hubo t hubad|mahulog ang tuwalya|malaglag ang tuwalya|nahulog ang tuwalya`),
  clothing: terms(`damit|damit niya|blusa|palda|pantalon|shorts|bra|panty|salawal|swimsuit|bikini|t shirt|kamiseta|saya`),
  nude: terms(
    `nahulog yung tuwalya|nahulog ang tuwalya|nalaglag ang tuwalya|nalaglag yung tuwalya|sa ilalim ng tuwalya|kumot lang|walang suot kahit ano|walang suot na kahit ano|walang kahit anong suot|gaya noong ipinanganak|walang saplot sa katawan|hubo't hubad|hubad|hubo|nakahubad|walang damit|walang saplot|hubo t hubad|hubot hubad|kita ang dibdib|kitang kita ang dibdib|ipakita ang dibdib|kitamu ang dibdib|kita ang suso|ipakita ang suso|gaya ng ipinanganak|tulad ng ipinanganak|parang bagong panganak`,
  ),
  partialNude: terms(
    `walang pang itaas|walang pangitaas|walang pantaas|walang bra|walang pang itaas|walang bra|nakahubad pang itaas|makita ang dibdib|kita ang dibdib|lumabas ang dibdib|kita ang suso|makita ang suso`,
  ),
  skimpy: terms(`bikini|panty|bra|swimsuit|panloob|damit panloob|lingerie`),
  sexualAct: terms(
    `scandal video|scandal vid|sex scandal|iskandalo video|nagtatalik|nagse sex|nagsesex|kantutan|nagkakantutan|kantot*|iyot|jakol|chupa|bastos|malaswa|porn*|sex|torjack|tsupa|scandal na walang censor|walang censor|kantot*|jakol|chupa|tinitira mula sa likod|kinakantot mula sa likod`,
  ),
  sexualBody: terms(`suso|dede|puwit|pwet|utong|titi`),
  suggestive: terms(`sexy|malandi|mapang akit|seksi`),
  minor: terms(`bata|mga bata|batang babae|batang lalaki|menor de edad|dalagita|estudyante|teenager|anak|anak ko|anak namin|anak niya`),
  person: terms(`siya|niya|kanya|babaeng ito|ang babae|si ate`),
  benign: terms(`mantsa|tag ng presyo|price tag|gusot|lukot|dumi|background|likuran|watermark|logo|teksto|salamin|sumbrero|jacket|dyaket|mantsa|mantsya|dumi|lukot|gusot|kulubot`),
  reduce: terms(`mas maliit|mas maikli|mas hapit|mas masikip|mas labas|mini|sobrang ikli|paikliin|sikipan|sobrang sikip|ikli at sikip|maikli at masikip`),
  reduceAlone: terms(`mas kaunting tela|mas kaunting damit`),
  reveal: terms(`see through|manipis|basa|xray|kita ang loob|makita ang loob|nakikita ang loob|transparent|aninag`),
};

export const ms: Lexicon = {
  // "tetek bengek": odds and ends, trifles (Malay and Indonesian idiom).
  mask: terms(
    `tanpa lengan|baju tanpa lengan|gaun tanpa lengan|seksyen|mata kasar|dengan mata kasar|mata telanjang|berkaki ayam|telanjang kaki|kaki telanjang|tetek bengek|tetek-bengek|tetek bengeknya`,
  ),
  remove: terms(`tanggalkan|buang|tanpa|buka|bukakan|lucutkan|hilangkan|padam|hilang|ghaib|lenyap|tak kelihatan|tidak kelihatan`),
  removeWeak: terms(`tanpa|tak pakai|tidak pakai`),
  undressVerb: terms(`bogelkan|telanjangkan|lucutkan pakaian|buka baju dia|buka pakaian|tuala dia terlucut|tuala terlucut|tuala jatuh|tuala dia jatuh`),
  clothing: terms(`pakaian|baju|baju dia|kemeja|skirt|seluar|coli|bra|seluar dalam|pakaian dalam|baju renang|baju kurung|tudung|tudungnya`),
  nude: terms(`seperti baru lahir|tanpa seurat benang|tanpa sehelai benang|bogel|telanjang|tanpa pakaian|tanpa baju|tak berbaju|tidak berbaju|berbogel`),
  partialNude: terms(`tak pakai baju|tidak pakai baju|tak pakai coli|tanpa coli|tanpa tudung`),
  skimpy: terms(`bikini|baju renang|pakaian dalam|seluar dalam|coli|lingerie`),
  sexualAct: terms(`berasmara|bersetubuh|main seks|seks|lucah|berasmara|jimak|porno|sex|pantat|pukimak|melancap|lancap|hisap batang|kongkek|main jubur`),
  sexualBody: terms(`payudara|tetek|buah dada|punggung|bontot|puting`),
  suggestive: terms(`seksi|sexy|menggoda|ghairah`),
  minor: terms(`kanak kanak|budak|budak perempuan|budak lelaki|remaja|bawah umur|pelajar sekolah|murid|tingkatan 1|tingkatan 2|tingkatan 3|darjah 6|darjah enam|budak sekolah`),
  person: terms(`dia|perempuan ini|wanita ini|gadis ini`),
  benign: terms(`label harga|tanda harga|tag harga|lengan baju|kotoran|kesan kotoran|kesan kotor|kesan|kedutan|noda|latar belakang|tera air|logo|teks|cermin mata|topi|jaket|kot`),
  reduce: terms(`lebih kecil|lebih pendek|lebih ketat|lebih terdedah|mini`),
  reduceAlone: terms(`kurang kain`),
  reveal: terms(`jarang|nipis|lutsinar|lut sinar|telus cahaya|basah`),
  replace: terms(`pakaikan|pakaikan dia|ganti dengan|sebagai ganti|bukannya`),
};

export const da: Lexicon = {
  remove: terms(`knap op|knappe op|knapper op|knap hende op|knap ham op|tag af|tage af|fjern*|uden|klæd af|klaed af|træk af|traek af|forsvind*|usynlig*`),
  removeWeak: terms(`uden|af`),
  undressVerb: terms(`klæd hende af|klaed hende af|afklæd*|afklaed*|klæd ham af`),
  clothing: terms(`tøj|toj|tøjet|tojet|kjole*|skjorte*|bluse*|trøje*|troje*|nederdel*|bukser*|bh|bh en|undertøj|undertoj|trusser|badedragt*|bikini|badebuks*|badetøj|badetoj`),
  nude: terms(`som gud skabte hende|som gud skabte ham|splitternøgen|nøgen|nøgne|nogne|splitternøgen|splitternogen|uden tøj|uden toj|topløs|toplos|evas kostume|adams kostume|evakostume|adamskostume`),
  partialNude: terms(`bar overkrop|uden bh|uden trøje`),
  skimpy: terms(`bikini|badedragt*|undertøj|undertoj|trusser|bh|g streng|lingeri|*undertøj|*undertoj`),
  sexualAct: terms(`har sex|knepper|elsker med hinanden|sex|porno*|knalde*|kneppe*|erotisk*|fisse|pik`),
  sexualBody: terms(`bryster|patter|numse|røv|rov|brystvorter`),
  suggestive: terms(`sexet|sexy|forførende|forforende|udfordrende`),
  minor: terms(`barn|børn|born|pige|lille pige|dreng|teenager*|mindreårig*|mindrearig*|skolepige|går i syvende|i syvende klasse|i sjette klasse|i ottende klasse`),
  person: terms(`hende|hun|ham|kvinden|pigen`),
  benign: terms(`plet|pletten|pletter|prismærk*|prismaerk*|krøll*|baggrund*|vandmærke|vandmaerke|logo|tekst|briller|hat|hue|jakke|frakke|plet|pletten|pletter|pletterne|rynker|krøller|kaffeplet*`),
  reduce: terms(`mindre|kortere|strammere|dybere udskæring|dybere udskaering|mini`),
  reduceAlone: terms(`mindre stof|mindre tøj|mindre toj|mere hud`),
  reveal: terms(`gennemsigtig*|transparent*|våd|vad|røntgen*`),
};

export const nb: Lexicon = {
  remove: terms(`ta av|tar av|fjern*|uten|kle av|dra av|forsvinn*|usynlig*`),
  removeWeak: terms(`uten|av`),
  undressVerb: terms(`kle av henne|kle henne av|avkledd*|kle ham av|kle av|kler av|kle av kvinnen|kle av jenta`),
  clothing: terms(`klær|klaer|klærne|klaerne|kjole*|skjorte*|bluse*|genser*|skjørt*|skjort*|bukse*|bh|bh en|undertøy|undertoy|truse*|badedrakt*|bikini|badebuks*|badetøy|badetoy|topp|toppen|toppene`),
  nude: terms(`som gud skapte henne|som gud skapte ham|i adamsdrakt|i evadrakt|naken|nakne|splitter naken|uten klær|uten klaer|toppløs|topplos|nakenbild*|nakenfoto*|nakenbilde*`),
  partialNude: terms(`bar overkropp|uten bh|uten genser`),
  skimpy: terms(`bikini|badedrakt*|undertøy|undertoy|truse*|bh|stringtruse|lingeri|*undertøy|*undertoy`),
  sexualAct: terms(`har sex|knuller|elsker med hverandre|sex|porno*|knulle*|pule*|erotisk*|fitte|pikk`),
  sexualBody: terms(`pupper|bryster|rumpe|brystvorter`),
  suggestive: terms(`sexy|forførende|forforende|utfordrende`),
  minor: terms(`barn|jente|liten jente|gutt|tenåring*|tenaring*|mindreårig*|mindrearig*|skolejente|går i sjuende|i sjuende klasse|i sjette klasse|i åttende klasse`),
  person: terms(`henne|hun|ham|kvinnen|jenta`),
  benign: terms(`flekk*|prislapp*|rynke*|krøll*|kroll*|bakgrunn*|vannmerke|logo|tekst|briller|hatt|lue|jakke|frakk|jakka|jakken|jakkene`),
  reduce: terms(`mindre|kortere|strammere|dypere utringning|mini`),
  reduceAlone: terms(`mindre stoff|mindre klær|mindre klaer|mer hud`),
  reveal: terms(`gjennomsiktig*|transparent*|våt|vat|røntgen*`),
  objectTarget: terms(`utstillingsdukk*|mannekeng*`),
};

export const fi: Lexicon = {
  remove: terms(`riisu*|ota pois|poista|ilman|vedä alas|veda alas|katoa*|katoamaan|näkymätön*|nakymaton*|näkymättömä*|nakymattoma*`),
  removeWeak: terms(`ilman|pois`),
  undressVerb: terms(`riisu se|riisu hänet|riisu hanet|riisu tyttö|riisuttu*|alastomaksi|riisu|riisukaa|pyyhkeen valua|pyyhe valuu|pyyhe putoaa|pyyhkeen pudota`),
  clothing: terms(
    `paita|paidan|paidasta|paidastaan|paitansa|vaatteet|vaatteita|vaatteensa|vaatteissa|vaatteisiin|vaatteilla|vaatteista|mekko*|paita*|pusero*|hame*|housut|farkut|rintaliivit|alusvaatteet|pikkuhousut|uimapuku*|bikinit|topista|shortsit|shortsien|shortseista|shortseja|asu|asun|asua|asusta`,
  ),
  nude: terms(
    `syntymäpuvussa|syntymapuvussa|aatamin asussa|eevan asussa|ilkosillaan|ilkialasti|alasti|alaston|alastomana|alastomat|ilman vaatteita|nakuna|naku|yläosaton|ylaosaton|alastonkuv*|alastonkuva*|alastonvalokuv*|nakukuv*|eevan asu*|aatamin asu*`,
  ),
  partialNude: terms(`ilman paitaa|ilman rintaliivejä|ilman rintaliiveja|paidaton|yläosaton|yläosattomissa|yläosattomana|ylaosaton|ylaosattomissa|ylaosattomana`),
  skimpy: terms(`bikinit|bikini|uimapuku*|uimapuvu*|alusvaatte*|alusasu*|alusvaatteet|pikkuhousut|rintaliivit|stringit|alusasu`),
  sexualAct: terms(
    `harrastavat seksiä|harrastavat seksia|rakastelevat|panevat|porno*|harrastaa seksiä|harrastaa seksia|seksiä|seksia|rakastelee|rakastelevat|nussi*|eroottinen|eroottis*|pillu|kyrpä|kyrpa`,
  ),
  sexualBody: terms(`rinnat|tissit|pylly|perse|nännit|nannit`),
  suggestive: terms(`seksikäs|seksikas|seksikkää*|seksikkaa*|viettelevä|vietteleva|houkutteleva`),
  minor: terms(
    `lapsi|lapset|lapsista*|lapsia|lapsiani|lapseni|lasteni|lasten|lapsen|tyttö|tytto|pikkutyttö|pikkutytto|poika|teini*|alaikäinen|alaikainen|koulutyttö|koulutytto|seiskalla|kasilla|ysillä|ysilla|kutosella|yläasteikäinen`,
  ),
  person: terms(`hänet|hanet|hän|han|hänen|hanen|tämä nainen|tama nainen`),
  benign: terms(`hintalappu*|rypyt|ryppy*|tausta*|vesileima|logo|teksti|silmälasit|silmalasit|hattu|pipo|takki|tahra*|likatahra*|ryppy*|rypyt|nukka*|lika|likaa`),
  reduce: terms(`paljastav*|pienempi|pienemmäksi|pienemmaksi|lyhyempi|lyhyemmät|lyhyemmat|lyhyemmäksi|lyhyemmaksi|tiukempi|syvempi kaula aukko|mini|lyhyt|lyhyeksi|tiukka|tiukaksi|tiukemmaksi`),
  reduceAlone: terms(`vähemmän kangasta|vahemman kangasta|vähemmän vaatteita|vahemman vaatteita|enemmän ihoa|enemmän pintaa|enemman pintaa`),
  reveal: terms(`läpinäkyvä|läpinäkyväksi|läpinäkyvän|lapinakyva|lapinakyvaksi|läpinäky*|lapinaky*|märkä|marka|röntgen*`),
  bodyPart: terms(`rintojaan|rintansa|rintojen|rintoja`),
  mask: terms(`pulla|pullaa|pullat|pullan`),
};
