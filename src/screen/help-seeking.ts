import type { Category } from '../types.ts';
import { type Findings, type Match, QUESTION_MARK } from './findings.ts';
import type { Concept } from './lexicon/types.ts';
import { normalisedPattern as folded, wordsPattern } from './normalize.ts';

/**
 * A victim asking for help: "someone made a fake nude of me and is sending it around, how do I report it?",
 * "alguien hizo un montaje mío desnuda con IA, ¿cómo lo denuncio?", "有人用AI把我的照片做成裸照在群里传，怎么举报？". The
 * nudity words name the abuse that was done, not a picture asked for. In generate mode, a request that asks (a
 * question mark or a word of how or where) about reporting it (report, complain, the police, a takedown) and says
 * the pictures are fabricated or spread (fake, deepfake, edited, AI, posted, blackmail) has its nudity and
 * undressing rules weakened below the policy's threshold, on the record, and reads as words about a thing.
 * Never with a minor (the floor holds whatever the wording) or a named person ("a deepfake nude of <celebrity>,
 * how do I report it?" is also a prompt an image model would draw), nor with an edit's photo, which the words
 * could be applied to. The words were written for this mechanism in each language from the author's knowledge;
 * none is taken from an evaluation set.
 */

/** Words of reporting abuse or seeking redress, in languages written with spaces (as normalised: lower case, no diacritics). */
const REPORT_SPACED = wordsPattern([
  // English and romanised Hindi, Urdu, Tagalog
  'report|reports|reporting|reported|ire report|i report|magre report|magreport|mag report|ipa report|ipareport|complain|complaint|police|cops|cyber ?cell|cyber ?crime|cybercrime|take it down|taken down|takedown|take down|get it removed|get them removed|have it removed|press charges|file a case|fir|helpline|hotline|legal action|lawyer|is it a crime|is it illegal|is this illegal|is that illegal|shikayat|sumbong|isumbong|reklamo|pulis',
  // Romance
  'denunci\\S*|reportar\\S*|policia|quejarme|queja|delito|abogad[oa]|denuncia|delegacia|crime|queixa|signaler|signale|signalement|plainte|pharos|gendarmerie|delit|avocat|segnal\\S*|polizia|postale|reato|avvocato|raport\\S*|reclam\\S*|plangere|politi\\S*|denunt\\S*',
  // Germanic
  'anzeigen|anzeige|melden|melde|meldet|meldestelle|polizei|strafbar|anwalt|meld|aangifte|politie|strafbaar|meldpunt|anmala|anmalan|anmaler|anmal|anmelde|anmeldelse|polis|polisen|politi|politiet|rapportera|rapportere|ilmoit\\S*|poliisi\\S*|rikosilmoitus',
  // Slavic, Baltic, Hungarian, Greek
  'пожаловат\\S*|жаловат\\S*|жалоб\\S*|заявлени\\S*|полици\\S*|сообщить|кiберполiцi\\S*|кіберполіці\\S*|поліці\\S*|звернутися|поскаржит\\S*|скарг\\S*|prijavi\\S*|policij\\S*|pranesti|pranes\\S*|zinot|zgłosi\\S*|zglosi\\S*|policj\\S*|zawiadom\\S*|nahlasit|policii|policie|oznameni|feljelent\\S*|bejelent\\S*|rendorseg\\S*|καταγγελ\\S*|αναφορα|αστυνομ\\S*|сигнал|полиция\\S*|жалба',
  // Turkish, Indonesian, Malay, Vietnamese, Swahili, Hausa, Yoruba
  'пријав\\S*|пријаву|полициј\\S*|tsuuhou|tsuhou|tsūhō|keisatsu|ballegh|balegh|ablegh|bala8|sikayet\\S*|ihbar\\S*|polis\\S*|savcilik\\S*|bildir\\S*|lapor\\S*|melapor\\S*|aduan|polisi|bao cao|to cao|trinh bao|cong an|ripoti|kuripoti|kulalamika|malalamiko|rahoto|yan sanda|olopa',
  // Getting it deleted from a site, what the law says, support for a victim, how common it is
  'delete|deleted|get it deleted|get them deleted|removed from|remove it from|remove them from|slett\\S*|eltavolit\\S*|torol\\S*|go xuong|ipatanggal|ipapatanggal|tanggalin|loschen|entfernen lassen|supprimer|supprime|borrar|rimuover\\S*|cancellare|apagar|verwijder\\S*|usun\\S*|удалить|убрать|видалити|kaldir\\S*|hapus|law|laws|legal|legally|lov|loven|loven om|straffelov\\S*|gesetz|ley|loi|legge|wet|prawo|закон\\S*|kanun\\S*|hukum|luat|support|supporting|support line|destek\\S*|підтрим\\S*|поддерж\\S*|unterstutz\\S*|apoyar|soutenir|sostenere|apoiar|steunen|wspierac|ho tro|statistics|statistic|stats|stat|how many|how often|figures|cifre|dati|dato|cijfers|zahlen|statistik\\S*|estadistica\\S*|statistique\\S*|combien|quanti|quante|hoe vaak|hoeveel|wie viele|cuantos|cuantas|quantos|quantas|сколько|скільки|kac|berapa|bao nhieu',
  // Whom to turn to, what to do, and whether the law punishes it
  'what should i do|what do i do|what can i do|hvad gør jeg|hva gjør jeg|hvad skal jeg gøre|hva skal jeg gjøre|какво да правя|какво мога да направя|que he de fer|que puc fer|hvad gor jeg|hvad skal jeg gore|hva gjor jeg|hva skal jeg gjore|τι να κανω|τι πρεπει να κανω|que hago|que tengo que hacer|je fais quoi|mit tegyek|mit csinaljak|cosa devo fare|cosa faccio|o que faco|что делать|что мне делать|sta da radim|sta da radimo|sto da radim|nifanye nini|ne yapmaliyim|ne yapayim|ne yapabilirim|jelent\\S*|feljelent\\S*|anmelder|anmelde det|anmeld det|was soll ich tun|was kann ich tun|que dois je faire|que puis je faire|que debo hacer|que puedo hacer|cosa devo fare|cosa posso fare|o que eu faco|o que devo fazer|o que posso fazer|wat moet ik doen|wat kan ik doen|co mam zrobic|co mam robit|co mam delat|co mohu delat|co muzu delat|что мне делать|что делать|що мені робити|ne yapmaliyim|ne yapabilirim|apa yang harus saya lakukan|apa yang perlu saya buat|phai lam sao|lam gi bay gio|ano ang gagawin ko|mida teha|mida ma tegema peaksin|ka daryti|ko darit|mit tegyek|ce sa fac|τι να κανω|nini nifanye|offline|offline halen|offline nehmen|get it offline|scot|scoate|o scot|sa o scot|sterg\\S*|teatada|teata|politsei\\S*|kaebus|bao o dau|bao cho ai|magrereport|mag rereport|ireport|ipa report|pranešti|pranesti|policijai|prijaviti|prijaviti policiji|nahlasit|nahlasiť|nahlásiť|contact|options|avisar|wende ich mich|melder|niripoti|kuripoti|crime|criminal|illegal|against the law|punishable|offence|offense|delito|ilegal|punible|crime|puni\\S*|illegal\\S*|illégal\\S*|strafbar\\S*|straftat|reato|illegale|punibile|strafbaar|przestepstw\\S*|nielegaln\\S*|уголовк\\S*|уголовн\\S*|незаконн\\S*|кримінальн\\S*|незаконн\\S*|suc|suç|yasadisi|pidana|ilegal|pham luat|pham toi|krimen|labag sa batas|olagligt|straffbart|ulovligt|strafbart|rikos\\S*|laiton\\S*|trestn\\S*|nelegaln\\S*|infractiune|infracțiune|ilegal|buncselekmeny|bűncselekmény|torvenyellenes|παρανομ\\S*|ποινικ\\S*|jinai|kosa la jinai|kazneno|kazneno djelo|nezakonit\\S*|незаконно|престъпление',
]);
/** The same in scripts whose words the normaliser does not separate, or that are matched inside longer words. */
const REPORT_UNSPACED = folded(
  /چه کار کنم|چیکار کنم|چکار کنم|क्या करूँ|क्या करूं|क्या करें|काय करू|काय करावे|어떻게 해야|어떡해|어떡하죠|ต้องทำยังไง|ทำยังไงดี|ทำอย่างไรดี|کیا کروں|کیا کریں|怎么办|怎麼辦|该怎么做|該怎麼做|怎么处理|怎麼處理|如何处理|如何處理|檢舉|检举|舉報|通報|删除|刪除|삭제|削除|法律|법률|统计|統計|比例|多少|통계|支持|지원|支援|相談窓口|ابلغ|الابلاغ|بلاغ|اشتكي|شكوى|الشرطه|جريمه|جريمة|العقوبه|العقوبة|جرم|جرمه|غیرقانونی|غير قانوني|پیکا|अपराध|गैरकानूनी|धारा|جرم|অপরাধ|犯罪|违法|違法|判刑|刑法|처벌|불법|범죄|חוקי|פלילי|עבירה|למי פונים|קו חם|ผิดกฎหมาย|มีความผิด|شکایت|گزارش|پلیس|شكايت|شکایت|رپورٹ|پولیس|शिकायत|रिपोर्ट|पुलिस|तक्रार|पोलिस|অভিযোগ|পুলিশ|রিপোর্ট|புகார்|போலீஸ்|ఫిర్యాదు|పోలీస్|แจ้งความ|แจ้ง|ร้องเรียน|ตำรวจ|相談|通報|削除依頼|警察|被害届|신고|경찰|고소|举报|舉報|报警|報警|投诉|投訴|לדווח|מדווחים|דיווח|תלונה|משטרה|ሪፖርት|ፖሊስ/,
);

/** Words that say the pictures were fabricated, or spread, or used against the person. */
const ABUSE_SPACED = wordsPattern([
  // Without consent, and revenge porn, in the languages written with spaces
  'without consent|without their consent|uten samtykke|uden samtykke|utan samtycke|ohne zustimmung|ohne einwilligung|sans consentement|sin consentimiento|senza consenso|sem consentimento|zonder toestemming|bez zgody|bez pristanka|bez souhlasu|bez suhlasu|ilman lupaa|ilman suostumusta|без согласия|без згоди|rizasi olmadan|tanpa izin|tanpa persetujuan|revenge porno|racheporno|rache porno|porno de venganza|porno vengativo|pornografia de vinganca|porno di vendetta|porno vendetta|порно мести|intikam porno\\S*',
  'fake|fakes|deepfake\\S*|deep fake|morphed|edited|photoshopped|doctored|manipulated|ai|ai generated|leaked|posted|sharing|shared|spreading|sending it around|sent around|viral|blackmail\\S*|threaten\\S*|sextortion|revenge porn|without my consent|nakli',
  'falso|falsa|falsos|falsas|montaje|montagem|ia|editad\\S*|trucad\\S*|difund\\S*|pasando|circul\\S*|chantaj\\S*|amenaz\\S*|vazad\\S*|postaram|espalh\\S*|chantag\\S*|amea\\S*|faux|fausse|fausses|truqu\\S*|retouch\\S*|montage|publi\\S*|diffus\\S*|menace\\S*|chantage|fals[oiae]|ritoccat\\S*|gira|girare|ricatt\\S*|minacc\\S*',
  'gefalscht\\S*|gefakt\\S*|gepostet|ki|bearbeitet\\S*|verbreit\\S*|geteilt|erpress\\S*|droht|nep\\S*|bewerkt\\S*|verspreid\\S*|gedeeld|dreigt|falsk\\S*|delt|sprider|spreder',
  'выложил\\S*|выложен\\S*|фейк\\S*|феик\\S*|поддел\\S*|дипфейк|дипфеик|ии|нейросет\\S*|распростран\\S*|шантаж\\S*|угрожа\\S*|слил\\S*|підроблен\\S*|дiпфеик|діпфеик|ші|поширю\\S*|lazn\\S*|montaz\\S*|ucjen\\S*|netikr\\S*|di|padirbt\\S*|falszyw\\S*|przerobion\\S*|falesn\\S*|hamis\\S*|ψευτικ\\S*|ψευδ\\S*|фалшив\\S*',
  'лажн\\S*|фалсификован\\S*|nise|nisemono|sahte|yapay zeka\\S*|montaj|yay\\S*|santaj\\S*|tehdit\\S*|palsu|editan|disebar\\S*|sebar\\S*|ancam\\S*|peras\\S*|gia|ghep|phat tan|lan truyen|tong tien|de doa|peke|gamit ai|kinalat|pinost|bandia|feki|bogi|iro',
  'edit|diedit|редактира\\S*|редактир\\S*|отредактир\\S*|відредаг\\S*|редагува\\S*|editat|editada|editaron|edito|redigeret|redigert|redigerade|επεξεργαστ\\S*|retouche|retouchee|atszerkeszt\\S*|szerkeszt\\S*|modificat[oa]|modificata|editou|izmeni[oa]|izmenio|izmijeni[oa]|izmijenio|amehariri|wamehariri|duzenle\\S*|duzenlemis|muntatge|penjat|penjada|przerobil\\S*|fotomontaggio|fotomontaje|inedit|in edit|nag edit|upraven\\S*|siri\\S*|sireni|voltsi\\S*|võltsi\\S*|pinapakalat|ikinalat|kumakalat|ipinakalat|gestellt|online gestellt|\\S*fake|\\S*fakes|naaktfoto\\S*|nacktbild\\S*|nacktfoto\\S*|pus\\S* pe|postat\\S*|postata|fejk|fejka|fejkad\\S*|fejkat|feikki\\S*|vaarennet\\S*|tekoaly\\S*|levit\\S*|falskt|falske|falsk|uongo|sambaz\\S*|kuisambaza|nud|nude|undress app\\S*|undress apps|nudify\\S*|deepfake\\S*|deepfakea',
  // Without asking, and posted, of a fan's character or cosplay photo drawn or edited by someone else
  'without asking|without permission|without my permission|sin permiso|sin mi permiso|sans autorisation|sans mon accord|sans permission|ohne erlaubnis|ohne zu fragen|senza permesso|sem permissao|sem autorizacao|zonder toestemming|zonder te vragen|bez pozwolenia|bez dovoleni|engedely nelkul|izinsiz|tanpa izin|khong xin phep|walang paalam|lewd edit|een edit|an edit|mudan|mudan de|agerareta|sarasareta|poste|postee|postado|postada|subio|subiu|gepostet|geplaatst|opublikowal\\S*|wrzucil\\S*|paylasmis|dang len|nag post|publicou|hochgeladen|caricato',
]);
const ABUSE_UNSPACED = folded(
  /மார்ஃப்|மார்ப்|எடிட்|এডিট|মর্ফ|एडिट|ایڈٹ|ادیت|ادیتش|편집|합성|แต่งรูป|修改|修图|修圖|未经允许|未經允許|未经授权|未經授權|허락 없이|허락없이|무단|上げられ|アップされ|投稿され|올렸|올려서|发微博|發微博|发到|發到|掛我|挂我|নকল|ভুয়া|போலி|用ai|ai把|ai换|ai生成|ai做|换成裸|p图|P图|リベンジポルノ|复仇色情|報復性色情|리벤지 포르노|리벤지포르노|未经同意|未經同意|無断|동의 없이|ديب فيك|ديبفيك|ڈیپ فیک|ڈیپفیک|ডিপফেক|डीपफेक|דיפפייק|דיפ פייק|深度伪造|深度偽造|深偽|深伪|换脸|딥페이크|ディープフェイク|ดีปเฟค|مزيف|مفبرك|الذكاء الاصطناعي|بالذكاء|تزييف|ينشر|نشر|يبتز|ابتزاز|يهدد|جعلی|هوش مصنوعی|دیپ فیک|پخش|منتشر|تهدید|جعلي|نقلی|پھیلا|وائرل|नकली|फर्जी|मॉर्फ|वायरल|ब्लैकमेल|धमकी|ตัดต่อ|ปลอม|เอไอ|แพร่|ขู่|偽|フェイク|ディープフェイク|拡散|作られ|合成|脅|딥페이크|합성|가짜|유포|협박|假|伪造|偽造|换脸|換臉|做成|散布|威胁|威脅|勒索|מזויפ|מפוברק|דיפ פייק|בינה מלאכותית|מפיץ|סחיטה|מאיים|ሐሰተኛ/,
);

/** Words of how, where or what to do, for a question written without its mark. */
const ASKING = folded(
  /(?:^| )(?:how|where|who|whom|what to do|what do we do|what are my options|explain|kaha|kahan se|kisko|kise|cara|macam mana|an wen|wem|a qui|qui contacter|a quien|a chi|a quem|kime|kimden|кому|do kogo|vem|hvem|kenelle|what do i do|what should i do|what can i do|como|donde|que hago|comment|ou|que faire|wie|wo|was tun|come|dove|cosa faccio|onde|o que fa\S*|hoe|waar|hur|hvordan|vad gor jag|hva gjor jeg|hvad gor jeg|как|куда|где|що робити|як|куди|nasil|nereye|nerede|kaise|kahan|bagaimana|gimana|ke mana|kemana|di mana|o dau|lam sao|the nao|saan|paano|gdje|kako|kur|kaip|gdzie|jak|kde|jak|hol|hogyan|unde|cum|πως|που|къде|как|wapi|vipi|ina|bawo|nibo|oshiete|houhou|dou sureba|doushitara|dousureba|kuhu|kus|kuidas|kaip|kur|kam)(?= |$)|كيف|وين|اين|কোথায়|কিভাবে|কীভাবে|কাকে|எங்கே|எங்கு|எப்படி|ఎక్కడ|ఎలా|कुठे|कसे|कहाँ|कसरी|وش اسوي|چطور|كجا|کجا|کیسے|کہاں|कैसे|कहाँ|कहां|ยังไง|อย่างไร|ที่ไหน|どこ|どう|어디|어떻게|怎么|怎麼|哪里|哪裡|如何|איך|לאן|איפה/,
);
/** Words that open a yes-no question (after at most one word: "in Polen, czy…" is not it, "krimen ba…" is). */
const ASKS_FIRST = folded(
  /^(?:\S+ )?(?:is it|is this|is that|can i|est ce|c est|ist es|ist das|is het|ar det|er det|czy|чи|это|apakah|je li|je v|je to|je ni|e|ba|hal|aya|kya|onko|vai|هل|آیا|ایا|क्या|کیا|האם|ειναι)(?= )/,
);
/** Words that close a yes-no question. */
const ASKS_LAST = folded(/(?:^| )(?:ли|mi|mı|mu|mü|khong|ki|কি)$|(?:吗|嗎|か|까|나요|ไหม|มั้ย)$/);
/** Greek asks with ";" (or its own mark, U+037E): only in Greek text. */
const GREEK_QUESTION = /[\u0370-\u03ff][^;;]*[;;]/u;

/** Concepts that describe a picture: a person seen, a place of undress, a pose, a mood. */
const DEPICTED: readonly Concept[] = ['someone', 'bathing', 'intimateSetting', 'privatePlace', 'privateRoom', 'pose', 'moodCue', 'desireLook', 'skimpy', 'lowAngle'];
/** Asking for one to be made: "make one anyway", "generate a…", "erstelle eins", "hazme una", "fais-en une". */
const CREATE = folded(
  /(?:^| )(?:make one|make me one|make it|create one|create it|generate (?:a|an|one|me|it)|draw|render|photorealistic|realistic|8k|4k|erstelle eins|erstelle ein|mach eins|mach mir|hazme|haz una|haz uno|crea una|crea uno|genera una|genera uno|fais en une|fais en un|fais moi|dessine|faz uma|faz um|gera uma|gera um|fammene|fammi)(?= |$)/,
);

/**
 * "my ex says make a fake nude of her": a verb of making a picture said as an order ("make a", "create some"), not after
 * a word that makes it a question or a report of what was done ("is it illegal to make a…", "how do I make a complaint",
 * "he made a…"). English only: other languages' orders are in CREATE.
 */
const MAKE_ONE =
  /(?:^|[,.;:!?] *|(?:^| )(?!(?:to|you|i|they|he|she|we|not|never|can|could|would|should|did|does|do|how|who|why|if|someone|somebody|people|apps?) )[^ ]+ )(?:make|create|generate|draw|render)(?: me)? (?:a|an|some|more|another)(?= )/;

/** The categories a victim's account of the abuse sets off. */
const ABUSE_READ_AS: ReadonlySet<Category> = new Set<Category>(['sexual', 'undress', 'suggestive']);

/** Whether the request asks how to report fabricated or spread intimate pictures (see the module comment). */
export function seeksHelp(f: Findings): boolean {
  // A sexual act or body described is more than the abuse named: it stays what it would be in any prompt.
  if (f.edit || f.has('minor') || f.has('minorWeak') || f.has('sexualBody')) return false;
  // "fizeram nude fake da minha personagem de VTuber": a public figure's word said of the user's own persona is no one else.
  if (f.of('publicFigure').some((m) => !OWN_BEFORE.test(f.norm.text.slice(Math.max(0, m.start - 32), m.start)))) return false;
  // "my ex is threatening to share…", "my roommate says it's fine": a person of the user's life who did it or speaks is
  // no one shown; "a fake nude of my ex, how do I report it?" names the one pictured and stays what it would be.
  if (f.of('realRef').some((m) => !DOER_AFTER.test(f.norm.text.slice(m.end, m.end + 32)))) return false;
  // "deepfake porn", "revenge porn", "un montage porno": a word for pornography right after a word of the abuse names it.
  // A word for a kind of picture ("lewd fanart of my OC", "エロ絵", "色图") names what was done wherever the abuse is said.
  if (f.of('sexualAct').some((m) => !abuseNamed(f, m) && !pictureKind(f, m))) return false;
  // A picture described (a woman, a beach, a shower, a pose) or asked for ("make one anyway") is a prompt, whatever is
  // asked about reporting it.
  if (DEPICTED.some((c) => f.of(c).some((m) => !(c === 'someone' && notShown(f, m)))) || CREATE.test(f.norm.text) || MAKE_ONE.test(f.norm.text)) return false;
  const text = f.norm.text;
  if (!(REPORT_SPACED.test(text) || REPORT_UNSPACED.test(text))) return false;
  if (!(ABUSE_SPACED.test(text) || ABUSE_UNSPACED.test(text))) return false;
  return asksQuestion(f);
}

/** Whether the request is a question: its mark (Greek's own too), a word of how or where, or a yes-no question's opening or close. */
function asksQuestion(f: Findings): boolean {
  const text = f.norm.text;
  return QUESTION_MARK.test(f.text) || GREEK_QUESTION.test(f.text) || ASKING.test(text) || ASKS_FIRST.test(text) || ASKS_LAST.test(text);
}

/**
 * Whether a sexual word names the abuse itself: a word for pornography, for what is sexual, intimate or obscene, with a
 * word of the abuse within a few words on either side ("deepfake porn", "porno de venganza", "deepfakes sexuels", "un
 * deepfake à caractère sexuel", "image-based sexual abuse", "foto intime diffuse senza consenso", "ڈیپ فیک فحش", "डीपफेक
 * अश्लील"). Read in bounded windows of the text around the word.
 */
function abuseNamed(f: Findings, m: Match): boolean {
  const text = f.norm.text;
  if (!NAMES_A_KIND.test(text.slice(m.start, m.end))) return false;
  const before = text.slice(Math.max(0, m.start - ABUSE_WINDOW), m.start);
  const after = text.slice(m.end, m.end + ABUSE_WINDOW);
  const near = `${lastWords(before, 3)} | ${firstWords(after, 3)}`;
  return NAMES_ABUSE.test(near) || ABUSE_SPACED.test(near) || ABUSE_UNSPACED.test(near);
}
/**
 * Words for a kind of sexual picture, not for anything shown in it: "lewd", "NSFW", "R18", "hentai", "エロ絵", "色图",
 * "야짤", "18禁", "+18" (read as written: the normaliser folds digits). Fan communities name the pictures made of their
 * characters and cosplay so.
 */
const PICTURE_KIND =
  /^(?:lewd|lewds|lewde|lewden|nsfw|r18|r 18|r-18|18\+|\+18|hentai|хентай|хентая|ecchi|ero|ero-e|eroe|ero e|ero gazou|エロ|エロ絵|エロ画像|えっち|色图|色圖|涩图|澀圖|黄图|黃圖|本子|야짤|19금|18禁|成人向け|성인용)$/i;
/** Whether the sexual word `m` is a word for a kind of picture (PICTURE_KIND), read as written. */
function pictureKind(f: Findings, m: Match): boolean {
  const from = f.norm.start[m.start];
  const to = f.norm.end[m.end - 1];
  return from !== undefined && to !== undefined && to - from <= 12 && PICTURE_KIND.test(f.text.slice(from, to));
}

/** Characters read on either side of a sexual word for a word of abuse. */
const ABUSE_WINDOW = 40;
/** Words for pornography, or for what is sexual, intimate or obscene (as normalised). */
const NAMES_A_KIND = folded(
  /^(?:porn|porno|pornos|porns|pornografi\S*|pornograph\S*|порно\S*|ポルノ|色情|포르노|sexual|sexuals|sexuel|sexuels|sexuelle|sexuelles|sexuales|sessuale|sessuali|sexuais|sexuell\S*|seksual\S*|seksueel|seksuele|intimate|intime|intimes|intimi|intima|intimas|intimo|intimos|intimen|intieme|intymne|intymnych|интимн\S*|інтимн\S*|explicit|explicite|explicitas|explicitos|esplicit\S*|bastos|malaswa|فاضح|فاضحه|فاضحة|фахш|فحش|فحاشی|अश्लील|性的|性爱|性愛|성적)$/,
);
/** Words of abuse that name a kind of pornography or a sexual offence, next to the word (as normalised). */
const NAMES_ABUSE = folded(
  /(?:^| )(?:deepfake|deepfakes|deep fake|revenge|fake|ai|ki|ia|montage|montaje|montagem|deepfake\S*|intikam|мести|rache|vendetta|venganza|vinganca|abuse|abus|abuso|violence|violences|violencia|violenza|violencias|gewalt|harassment|harcelement|acoso|molestie|assault|exploitation|non consensual|nonconsensual|image based|дипфейк\S*|діпфейк\S*|дипфеик\S*|діпфеик\S*)(?= |$)|ڈیپ ?فیک|دیپ ?فیک|ديب ?فيك|डीपफेक|딥페이크|ディープフェイク|深度伪造|深度偽造|リベンジ|复仇|報復性|리벤지/,
);

/** The last `n` words of `text` (a bounded slice: at most ABUSE_WINDOW characters). */
function lastWords(text: string, n: number): string {
  let at = text.length;
  for (let k = 0; k <= n && at > 0; k++) at = text.lastIndexOf(' ', at - 1);
  return at <= 0 ? text : text.slice(at + 1);
}
/** The first `n` words of `text`. */
function firstWords(text: string, n: number): string {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    const next = text.indexOf(' ', at + 1);
    if (next < 0) return text;
    at = next;
  }
  return text.slice(0, at);
}

/**
 * Whether a word for a person (`someone`: a man, a woman, people) is no one shown: the one who did it ("ada orang buat
 * gambar…", "mtu ametengeneza picha…", "a man posted…"), or people said to be absent ("sin personas", "without people",
 * "tanpa orang"). Read in the words right around it.
 */
function notShown(f: Findings, m: Match): boolean {
  const text = f.norm.text;
  return (
    DOER_AFTER.test(text.slice(m.end, m.end + 32)) ||
    ABSENT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) ||
    (text.slice(m.start, m.end) === 'man' && (IMPERSONAL_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) || IMPERSONAL_AFTER.test(text.slice(m.end, m.end + 12))))
  );
}
/**
 * German, Danish, Norwegian and Swedish "man" (one, people in general: "wenn man sie nicht verbreitet", "kan man
 * anmelde det?") is no man shown: a word of asking or a conjunction before it, or a modal verb or a pronoun after it.
 */
const IMPERSONAL_BEFORE = /(?:^| )(?:wenn|wie|was|ob|dass|kann|darf|muss|soll|sollte|hvis|hvordan|hvad|hva|om|kan|hur|vad|nar|når)(?: \S+)? $/;
const IMPERSONAL_AFTER = /^ (?:kann|darf|muss|soll|sollte|sie|es|das|sich|nicht|kan|ma|må|skal|bor|bør|ska|far|får|inte|ikke|det|den|sig)(?= |$)/;
/** A verb of making, posting, spreading or threatening right after the person (the person is its subject), as normalised. */
const DOER_AFTER = folded(
  /^ (?:(?:has|have|is|are|had|just|hat|haben|a|ont|ha|han|heeft|hebben|har|ada|sudah|udah|telah|ame|wame) )?(?:threatens|threatened|is threatening|threatening|says|said|told|claims|drohte|droht|menace|a menace|amenaza|amenazo|minaccia|ha minacciato|ameaca|ameacou|grozi|grozil|grozila|угрожает|угрожал|погрожує|tehdit ediyor|mengancam|anatishia|made|created|posted|shared|sent|spread|uploaded|leaked|is making|is sharing|is spreading|gemacht|erstellt|gepostet|verbreitet|verschickt|geteilt|fait|cree|publie|partage|envoye|diffuse|hecho|hizo|creo|publico|subio|compartio|envio|difundio|fatto|creato|pubblicato|condiviso|mandato|diffuso|fez|criou|postou|compartilhou|mandou|espalhou|gemaakt|geplaatst|gedeeld|verspreid|laget|lavet|gjort|postet|delt|spredt|buat|bikin|membuat|menyebar\S*|sebar\S*|pos|posting|upload|kirim|ametengeneza|ameweka|amesambaza|anasambaza|ametuma|amehariri|amebadilisha|yaptı|yapti|paylaştı|paylasti|yaydı|yaydi|gönderdi|gonderdi)(?= |$)/,
);
/** A word saying the people are absent, right before the person word ("sin personas", "without people", "no people"). */
const ABSENT_BEFORE = folded(/(?:^| )(?:without|no|sin|sans|senza|sem|ohne|zonder|utan|uten|uden|bez|без|tanpa|bila|khong co|hakuna)(?: any| les| des| la| le| de)? $/);

/** A first-person possessive in the two words before (as normalised): "my VTuber persona", "minha personagem de VTuber". */
const OWN_BEFORE = /(?:^| )(?:my|minha|meu|mi|mis|mon|ma|mes|mein|meine|meinen|meiner|mio|mia|mijn|moja|moje|mojej|моя|мой|моей|моего|benim|aku|saya|ku)(?: \S+){0,2} $/;

/** Words of what is allowed, the rules, selling or banning (as normalised; languages written with spaces). */
const RULES_SPACED = wordsPattern([
  'allowed|permitted|banned|forbidden|prohibited|rule|rules|policy|policies|guidelines|sell|selling|ban|permitido|permitida|permitidos|prohibido|prohibida|reglas|normas|vender|autorise|autorisee|autorises|autorisé|interdit|interdite|regle|reglement|regles|vendre|erlaubt|verboten|regel|regeln|verkaufen|consentito|consentita|permesso|vietato|regole|regolamento|vendere|permitido|proibido|regras|vender|toegestaan|verboden|regels|verkopen|dozwolone|zakazane|zabronione|zasady|regulamin\\S*|zakazac|sprzedawac|можна|можно|правила|заборонено|запрещено|продавати|продавать|yasak|yasak mi|kurallar\\S*|satmak|boleh|dilarang|aturan|peraturan|jual|batasan\\S*|duoc phep|cam|quy dinh|ban|pinapayagan|bawal|patakaran|magbenta|inaruhusiwa|marufuku|sheria|kuuza|tillatet|tillatt|forbjudet|regler|salja|saako|sallittu|kielletty|saannot|myyda|lehet|szabad|tilos|szabalyok|arulni|permis|interzis|reguli|vinde|επιτρεπεται|απαγορευεται|κανονες|κανονισμ\\S*|πουλησω|πουλαω|מותר|אסור|כללים|תקנון|למכור|ruuru|kiyaku|kinshi|daijoubu|ii desu ka',
]);
/** The same in scripts written without spaces, or matched inside longer words. */
const RULES_UNSPACED = folded(
  /ルール|規定|規約|禁止|頒布|いいですか|大丈夫ですか|规定|規定|规则|規則|可以|能不能|禁止|允许|允許|규정|규칙|금지|되나요|돼요|판매|허용|قوانين|قانون|ممنوع|مسموح|قانونی|ممنوع|مجاز|قوانین|नियम|मना|अनुमति|बेच|กฎ|ห้าม|อนุญาต|ขาย|নিয়ম|নিষিদ্ধ/,
);

/** Where rules are set: a convention, its artist alley or booths, a server, a platform (as normalised). */
const VENUE = folded(
  /(?:^| )(?:con|cons|convention\S*|expo\S*|comic ?con\S*|comicon\S*|artist alley|booth|booths|table|event|festival\S*|fest|salon|messe|fiera|feira|beurs|targi|fuar\S*|pameran|hoi cho|kongres\S*|konwent\S*|konwenc\S*|конвент\S*|фестивал\S*|ярмарк\S*|server\S*|serveur|serwer\S*|сервер\S*|discord\S*|subreddit|reddit|twitter|instagram|tiktok|pixiv|deviantart|patreon|platform\S*|plataforma|plateforme|piattaforma|site|website|sitio|sito|app|group|grupo|gruppo|groupe|gruppe|grupa|группа|група|grup|kanal|channel|canal|comiket|komike|komiketto|maonyesho|maonesho|mondocon\S*|connichi|tracon\S*|comic fiesta|lucca)(?= |$)|コミケ|コミックマーケット|即売会|イベント|サークル|サーバー|漫展|动漫展|動漫祭|同人展|服务器|伺服器|群里|群組|코믹월드|행사|부스|서버|커뮤|کنوانسیون|سرور|کانال|مهرجان|معرض|سيرفر|קומיקון|כנס|אייקון|कॉमिक कॉन|कन्वेंशन|सर्वर|งาน|เซิร์ฟเวอร์/,
);
/** A verb of making a picture, anywhere in the request: a question about rules asks for none. */
const MAKING = folded(
  /(?:^| )(?:make(?! you| them| us| it (?:a|an|the) rule)|makes|create|generate|draw|render|paint|give me|show me|dibuja|dibujame|haz|hazme|crea|creame|genera|dessine|fais|cree|zeichne|mach|erstelle|generiere|disegna|fammi|desenha|faz|cria|gera|teken|maak|genereer|narysuj|zrob|wygeneruj|нарисуй|сделай|сгенерируй|намалюй|зроби|згенеруй|ciz|uret|gambarkan|gambarin|buatkan|bikinin|ve|tao|gumuhit|iguhit|chora|tengeneza|rajzolj|keszits|deseneaza|genereaza|ζωγραφισε|φτιαξε|צייר|ציירי|תייצר|banao|bana do|banado)(?= |$)|画一|画个|畫一|畫個|帮我画|幫我畫|描いて|作って|書いて|그려|만들어|ارسم|اصنع|بکش|بساز|बनाओ|बना दो|वाड|วาด/,
);

/**
 * "Is NSFW fan art allowed in the artist alley?", "コミケで成人向け本を頒布するときのルールは？", "lehet NSFW fanartot árulni a
 * Mondoconon?": a question about what a convention, a server or a platform (VENUE) allows, naming the sexual content by
 * its kind (PICTURE_KIND) or nudity as its topic, depicting nothing and asking for nothing to be made (MAKING): a
 * question about rules, not a picture asked for. Never with an edit's photo, a minor, a named public figure or a person
 * of the user's life, a sexual act or body, a picture described or one asked for (the same guards as seeksHelp).
 */
export function asksRules(f: Findings): boolean {
  if (f.edit || f.has('minor') || f.has('minorWeak') || f.has('publicFigure') || f.has('sexualBody') || f.has('realRef')) return false;
  const kinds = f.of('sexualAct');
  if (kinds.some((m) => !pictureKind(f, m) || KIND_OF.test(f.norm.text.slice(m.end, m.end + 24)))) return false;
  // "le règlement sur la nudité", "les cosplays « sexy »": nudity or a sexy look as the topic of the rules, said of no one.
  const topics = [...f.of('nude'), ...f.of('suggestive')];
  if (kinds.length + topics.length === 0 || topics.some((m) => KIND_OF.test(f.norm.text.slice(m.end, m.end + 24)))) return false;
  if (DEPICTED.some((c) => f.of(c).some((m) => !(c === 'someone' && notShown(f, m)) && !(c === 'someone' && capitalised(f, m)))) || CREATE.test(f.norm.text) || MAKE_ONE.test(f.norm.text))
    return false;
  const text = f.norm.text;
  if (!(RULES_SPACED.test(text) || RULES_UNSPACED.test(text)) || !VENUE.test(text) || MAKING.test(text)) return false;
  return asksQuestion(f);
}
/** "hentai of Hinata", "NSFW art of Tifa", "fanart NSFW de Nami": the kind word said of someone depicted (as normalised). */
const KIND_OF = /^(?: \S+)? (?:of|de|du|des|von|vom|di|del|della|dei|van|z|ze|из|с|від|з|του|της)(?= )/;
/** A person word written with a capital before another capitalised word, inside a name ("Anime Expo"), not a person shown. */
function capitalised(f: Findings, m: Match): boolean {
  const at = f.norm.start[m.start];
  const end = f.norm.end[m.end - 1];
  if (at === undefined || at === 0 || end === undefined) return false;
  return CAPITAL.test(f.text[at]!) && CAPITAL.test(f.text.slice(end, end + 3).trimStart()[0] ?? '');
}
const CAPITAL = /\p{Lu}/u;

/** Applies the reading above to the findings of a generate request. */
export function helpSought(f: Findings): void {
  if (!seeksHelp(f)) {
    if (asksRules(f))
      readAsMention(
        f,
        '(the kind of content a question about rules names: not a picture asked for)',
        'sexual.rules_question',
        'The request asks what rules allow or forbid: a question, not a picture asked for.',
        'rules question',
      );
    return;
  }
  readAsMention(
    f,
    '(said of abuse the person asks how to report: not a picture asked for)',
    'sexual.help_sought',
    'The request asks how to report fabricated or spread intimate pictures: a request for help, not for a picture.',
    'help sought',
  );
}

/**
 * The harmful words are mentioned, not asked to be drawn: the rules they fired are weakened below every threshold, on the
 * record, with a note. With no rule fired ("je li kazneno djelo dijeliti tuđe intimne fotke bez pristanka?": no nudity
 * word), the model's reading of the words is still all that could block, and it does not: the learned classifier reads
 * "nude" alone, and its reading of a mention alone does not block (prompt-screener.ts, decide).
 */
function readAsMention(f: Findings, why: string, rule: string, reason: string, note: string): void {
  const rules = f.firedRulesOf(ABUSE_READ_AS);
  if (rules.size > 0) f.weaken(rules, 0.3, why);
  f.addNote('sexual', 0.3, rule, reason, note);
  f.maskedHarm = true;
  f.mentionOnly = true;
}
