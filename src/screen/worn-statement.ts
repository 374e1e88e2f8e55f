import type { Findings, Match } from './findings.ts';
import { normalisedPattern as folded, wordsPattern } from './normalize.ts';
import { work } from './work.ts';
import { INESSIVE, restOfWord, wordsBeside } from './clause-words.ts';

/**
 * "make the sky bluer, she is wearing a bikini", "rends le ciel plus bleu, elle est en bikini", "mach den Himmel blauer,
 * sie trägt einen Bikini", "把天空调蓝一点，她穿着比基尼", "하늘을 더 파랗게 해줘, 그녀는 비키니를 입고 있어", "आसमान को और नीला करो,
 * उसने बिकिनी पहनी है": a clause that states what someone in the photo wears (a finite verb of wearing in the present or
 * perfect, or a copula and "in"), not one that asks for it. The caller (rules.ts, captionThenOtherEdit) reads such a
 * clause beside another edit of the photo as a description of it, as it reads "she's in a bikini" in English.
 *
 * The forms are the indicative ones: an imperative or a causative ("mets-la en bikini", "zieh ihr einen Bikini an",
 * "ألبسها بيكيني", "उसे बिकिनी पहना दो") is not among them. Where the statement's form is also an imperative ("lleva un
 * bikini", "porte un bikini", "pakai bikini", "mặc bikini") or is only a preposition ("она в купальнике"), a subject must
 * stand right before it: a personal pronoun or a possessive with its noun ("mi esposa lleva", "dia pakai").
 * The words were written for this mechanism from the author's knowledge of each language; none is taken from an
 * evaluation set.
 */

/** Subjects: personal pronouns, and possessives or articles that open a noun ("my wife", "ma sœur", "моя жена"). */
const PRONOUN =
  'she|he|they|we|elle|il|elles|ils|nous|je|sie|er|wir|ich|ella|el|ellas|ellos|yo|nosotros|nosotras|lei|lui|loro|io|noi|ela|ele|elas|eles|eu|nos|ze|zij|hij|wij|ik|ona|on|oni|one|my|она|он|они|мы|я|вона|він|вони|ми|hon|han|vi|jag|hun|dei|jeg|ea|dia|ia|mereka|aku|saya|kami|kita|co ay|anh ay|chi ay|em ay|ban ay|chung toi|chung ta|siya|sila|tayo|ji|jis|jie|jos|mes|αυτη|αυτος|αυτοι|οι|η|ο|hän|onlar|biz|ben|ő|ők|én|היא|הוא|הם|הן|אני|אנחנו|هي|هو|هم|هن|انا|نحن';
const OPENER =
  'my|our|his|her|their|the|mon|ma|mes|notre|nos|son|sa|ses|leur|la|le|les|mein|meine|unser|unsere|sein|seine|ihr|ihre|die|der|mi|mis|nuestra|nuestro|su|sus|la mia|il mio|mia|mio|nostra|nostro|minha|meu|nossa|nosso|sua|seu|a minha|o meu|mijn|onze|zijn|haar|moja|moj|moje|nasza|nasz|jego|jej|моя|мой|наша|наш|его|ее|мій|моя|наша|її|moje|můj|muj|moje|naše|nase|min|mitt|mina|var|vår|hans|hennes|mine|vor|a|az|adik|kakak|istri|suami|ibu|vo|chong|em gai|chi gai|ban gai|ang|si|yung|η|ο|οι|η μαμα μου';
/** A subject right before the statement (at the end of the words before it). */
const SUBJECT_BEFORE = folded(new RegExp(`(?:^| )(?:(?:${PRONOUN})|(?:${OPENER}) \\S+|\\S+ (?:mu|ku|nya|ko|mo|ni))$`));

/** Statements that need no subject before them: finite forms that are no imperative (folded, as normalised). */
const STATES = [
  // English
  '(?:is|s|are|re|am|m|was|were) (?:wearing|in|dressed in|wearing only)|wears|wore|has on|have on',
  // French, German, Spanish, Italian, Portuguese
  '(?:est|sont|suis|etait|etaient) (?:en|habillee en|habille en|habillees en|vetue d|vetu d)|portent|portait|portaient',
  '(?:ist|sind|bin|war|waren) (?:im|in|in einem|in einer|in ihrem|in seinem)|tragt|trug|trugen',
  '(?:esta|estan|estoy|estamos|estaba|estaban|estabamos|va|van|vamos|anda|andan) (?:en|de|con|vestida de|vestido de|vestidas de|vestidos de)|llevan|llevaba|llevaban|llevamos|viste',
  '(?:sono|siamo|era|erano|eravamo) (?:in|con)|indossano|indossava|indossiamo|portano|portava|portiamo',
  '(?:esta|estao|estou|estamos|estava|estavam|estavamos|ta|tao) (?:de|com|em|usando|vestindo|vestida de|vestido de|vestidos de)|usam|usava|usamos|vestem|vestia',
  // Dutch, Scandinavian, German Nordic neighbours
  '(?:is|zijn|zit|zitten|was|waren) in|draagt|dragen|droeg',
  '(?:ar|var|er) i|har pa sig|har pa seg|bar|baerer|baer',
  // Polish, Czech, Slovak, Russian, Ukrainian, Romanian, Lithuanian
  '(?:jest|sa|byla|byl|byly) w|ma na sobie|maja na sobie|nosi',
  '(?:je|jsou|byla|byl) v|ma na sobe|maji na sobe|nosi',
  'одета в|одет в|одеты в|одета во|носит|носят|на ней|на нем|на них|одягнена в|одягнений в|одягнені в|носить|носять|на ній|на ньому',
  '(?:este|e|sunt|suntem|era|eram) (?:in|imbracata in|imbracat in|imbracati in)|poarta|purtam',
  'vilki|devi|vilkejo|yra su',
  // Greek, Swahili, Arabic, Hebrew
  'φοραει|φορανε|φορουσε|φοραω|φορω|φοραμε|φορουσα|ειναι με|ειναι ντυμενη με',
  'amevaa|wamevaa|anavaa|wanavaa|amevalia|wamevalia',
  'ترتدي|يرتدي|يرتدون|ترتدين|نرتدي|تلبس|يلبس|يلبسون|نلبس|لابسه|لابس|لابسين|لابسات',
  'לובשת|לובש|לובשים|לובשות',
  // Tagalog: "naka-" is a state ("naka-bikini siya")
  'naka',
  // Finnish: "olemme uimapuvuissa" (we are in swimsuits)
  'olemme|olen|olimme|olin',
];
const STATES_BEFORE = folded(new RegExp(`(?:^| )(?:${STATES.join('|')})(?: \\S+){0,2}$`));
/** Finite forms that are also imperatives, or a bare preposition: only after a subject. */
const WITH_SUBJECT = [
  'porte|lleva|porta|indossa|usa|veste|bar|har',
  'pakai|pake|memakai|mengenakan|sedang pakai|sedang memakai|lagi pake|lagi pakai',
  'mac|dang mac|mac do|dang mac do',
  'в|во|у|e in|e|w|v|su|on|ב|ب',
];
const SUBJECT_STATES = folded(new RegExp(`(?:^| )(?:${WITH_SUBJECT.join('|')})(?: \\S+){0,2}$`));

/** Hungarian and Finnish words of being, which state what is worn only after a garment in the inessive ("bikiniben van"). */
const BEING_AFTER_INESSIVE = 'van|vannak|volt|vagyunk|vagyok|voltunk|voltam|on|ovat|oli';
const BEING_WORD = new RegExp(`^(?:${BEING_AFTER_INESSIVE})$`);

/** Statements after the garment, in languages whose verb comes last (folded). */
const STATES_AFTER = folded(
  new RegExp(
    `^(?:${[
      // Turkish, Hindi, Urdu, Bengali, Persian
      'giyiyor|giyiyorlar|giymis|giymisti|giymistir|uzerinde|cekilmis|cektirdim|cektirdigim|cektigim|cekildigim',
      'पहनी है|पहने है|पहना है|पहनी हुई है|पहने हुए है|पहने हुई है|pehni hai|pehne hai|pehna hai|pahni hai|pahne hai',
      'پہنی ہے|پہنے ہے|پہنا ہے|پہنی ہوئی ہے|پہنے ہوئے ہے|pehni hui hai',
      'পরে আছে|পরে আছেন|পরেছে|পরেছেন|পরে রয়েছে',
      'پوشیده|پوشیده است|پوشیدہ|به تن دارد|تنشه|تنش است|تنش هست',
      // Hungarian and Finnish after an inessive garment ("bikiniben van", "bikineissä on")
      BEING_AFTER_INESSIVE,
      // Hindi and Urdu "in" with the verb of being
      'में हैं|में है|में थे|में थी|mein hain|me hain|میں ہیں|میں ہے',
    ].join('|')})(?: |$)`,
  ),
);
/** Turkish "with" on the garment: "bikinili" (in a bikini). */
const WITH_SUFFIX = /^(?:li|lı|lu|lü|li bir|lı bir)$/;

/** Scripts written without spaces: the characters right before and after the garment, in its clause. */
// A subject right before a bare 穿 states it too ("我们穿泳衣在海边拍的", we took it in swimsuits at the beach), or with
// a place between them ("我們在墾丁穿泳衣的合照", our group photo in swimsuits at Kenting); after the
// garment, the photo said to be taken in it ("水着で撮った写真", "수영복 입고 바다에서 찍은 건데").
const UNSPACED_BEFORE = folded(
  /(?:穿着|穿著|穿了|穿的是|身穿|身着|身著|(?:我|我们|我們|她|他|她们|她們|他们|他們|大家)穿|(?:我|我们|我們|她|他|她们|她們|他们|他們|大家)在[^，。,、！？!?\s]{1,6}穿|ใส่|สวม)$/,
);
const UNSPACED_AFTER = folded(
  /^ ?(?:です(?!か)|でした|を着てい|を着てる|着てい|着てる|を着ておら|で撮っ|で撮影し|で写っ|で[^、。！？!?\s]{1,8}にいる写真|입고 있|를 입고 있|을 입고 있|입고있|입고 계|(?:를 |을 )?입고 [^,.!?，。]{0,10}찍|อยู่)/,
);
/** Thai states it with "ใส่" before and "อยู่" after: both are needed (ใส่ alone also asks: "ให้เธอใส่บิกินี่"). */
const THAI_WEAR = folded(/(?:ใส่|สวม)$/);
const THAI_STILL = folded(/^[\u0E48-\u0E4B]?อยู่/);

/**
 * Words of change, outcome or wish in the garment's clause: "now she's in a bikini", "she is wearing a bikini instead",
 * "in the result", "qu'elle porte", "чтобы она была", "让她穿着": the clause says what the picture is to become, not what it
 * shows. Folded, as normalised; short words that also mean something else in another language ("de", "sa", "na", "ya",
 * "dan", "roi") are left out.
 */
const CHANGE_SPACED = wordsPattern([
  'now|instead|result|afterwards|then|after|anymore|should|must|let|so that|make sure|will|would',
  'maintenant|desormais|a la place|au lieu|resultat|ensuite|puis|qu|que|doit|devrait|sera',
  'jetzt|nun|stattdessen|ergebnis|danach|dann|dass|soll|sollte|muss|lass|wird',
  'ahora|en su lugar|en cambio|resultado|luego|despues|debe|deberia|deja|sera',
  'ora|adesso|invece|risultato|poi|dopo|che|deve|dovrebbe|lascia|sara',
  'agora|em vez|resultado|depois|entao|deve|deveria|deixa|vai ficar|fique',
  'nu|in plaats|resultaat|daarna|dat|moet|zou|laat|wordt',
  'teraz|zamiast|wynik|potem|zeby|aby|niech|ma byc|powinna|bedzie',
  'ted|nyni|misto|vysledek|pak|potom|at|mela by|bude',
  'теперь|сейчас|вместо|результат|потом|затем|чтобы|чтоб|пусть|должна|будет|стала|стал',
  'тепер|зараз|замість|результат|потім|щоб|нехай|хай|має|буде|стала',
  'istallet|i stedet|resultat|sedan|sa att|ska|skal|borde|lat|blir',
  'nyt|sen sijaan|tulos|sitten|jotta|pitaa|olkoon',
  'most|helyett|eredmeny|aztan|hogy|legyen',
  'acum|in schimb|rezultat|apoi|trebuie|sa fie',
  'τωρα|αντι|αποτελεσμα|μετα|να|ας',
  'artik|simdi|yerine|sonuc|sonra|olsun|olacak',
  'sekarang|kini|sebagai gantinya|hasil|lalu|kemudian|biar|supaya|agar|harus|jadi|jadikan',
  'bay gio|gio|thay vao do|ket qua|sau do|hay|phai|cho',
  'ngayon|sa halip|resulta|tapos|dapat|hayaan',
  'الان|الآن|والان|والآن|بدلا|النتيجه|بعدين|ثم|خلي|دع|يجب|لازم|حتى|لكي|تصبح|صارت',
  'עכשיו|במקום|התוצאה|אחר כך|שתהיה|תן',
  'حالا|اکنون|بجای|به جای|نتیجه|بعد|بذار|باید|تا|که',
  'अब|की जगह|के बजाय|नतीजा|फिर|ताकि|चाहिए',
  'اب|کی جگہ|نتیجہ|پھر|تاکہ|چاہیے',
  'এখন|বদলে|তারপর|যাতে|উচিত',
  'sasa|badala|matokeo|kisha|ili|awe',
  'dabar|vietoj|rezultatas|tada|kad|tegul',
]);
/** The same in scripts written without spaces, in the characters of the garment's clause. */
const CHANGE_UNSPACED = folded(
  /现在|現在|改成|换成|換成|结果|結果|然后|然後|让|讓|使|要|应该|應該|变成|變成|今は|今|代わりに|結果|その後|ように|させ|にして|になる|なって|이제|지금|대신|결과|하게|되게|도록|ตอนนี้|แทน|ผลลัพธ์|ให้|ต้อง/,
);

/** Whether the clause of garment `m` holds a word of change, outcome or wish (see CHANGE_SPACED). */
export function changeInClause(f: Findings, m: Match): boolean {
  const text = f.norm.text;
  const rest = restOfWord(text, m.end);
  const spaced = `${clauseWords(f, m, 'before', 6)} ${clauseWords(f, { ...m, end: m.end + rest.length }, 'after', 4)}`;
  if (CHANGE_SPACED.test(spaced)) return true;
  // Unspaced scripts: up to twelve characters either side, cut at the clause's edge.
  let from = Math.max(0, m.start - 12);
  while (from < m.start && !inClause(f, from, m)) from++;
  let to = Math.min(text.length, m.end + 12);
  while (to > m.end && !inClause(f, to - 1, m)) to--;
  work.steps += 24;
  return CHANGE_UNSPACED.test(text.slice(from, m.start)) || CHANGE_UNSPACED.test(text.slice(m.end, to));
}

/** Whether garment `m` stands in a clause that states it is worn (see above). */
export function statesWearing(f: Findings, m: Match): boolean {
  const text = f.norm.text;
  // A garment term that holds its own preposition ("в купальнике", "de biquíni") is read from that preposition.
  const space = text.indexOf(' ', m.start);
  const own = space > m.start && space < m.end && space - m.start <= 3 ? text.slice(m.start, space) : '';
  const words = clauseWords(f, m, 'before', 6);
  const before = own === '' ? words : `${words} ${own}`.trimStart();
  if (before !== '') {
    if (STATES_BEFORE.test(before)) return true;
    const ambiguous = SUBJECT_STATES.exec(before);
    if (ambiguous && SUBJECT_BEFORE.test(before.slice(0, ambiguous.index).trimEnd())) return true;
  }
  const rest = restOfWord(text, m.end);
  const after = clauseWords(f, { ...m, end: m.end + rest.length }, 'after', 3);
  if ((rest === '' || INESSIVE.test(rest)) && STATES_AFTER.test(after)) {
    // "van", "on" state it only after an inessive garment; the verbs of wearing after any garment.
    const word = after.split(' ')[0]!;
    if (!BEING_WORD.test(word) || INESSIVE.test(rest)) return true;
  }
  if (WITH_SUFFIX.test(rest) && before !== '' && !/(?:^| )(?:yap|yapin|olsun|giydir)$/.test(before)) return true;
  // Unspaced scripts: a few characters either side, in the clause.
  const near = text.slice(Math.max(0, m.start - 12), m.start);
  const next = text.slice(m.end, m.end + 20);
  work.steps += 32;
  const marker = UNSPACED_BEFORE.exec(near);
  const thai = THAI_WEAR.test(near);
  if (marker && inClause(f, m.start - near.length + marker.index, m) && (!thai || THAI_STILL.test(next))) return true;
  if (UNSPACED_AFTER.test(next) && !THAI_STILL.test(next) && inClause(f, m.end, m)) return true;
  // "我穿着运动内衣" (I'm wearing a sports bra): a Chinese verb of wearing, then a word or two of the garment's kind or
  // colour that no lexicon reads as revealing ("穿着性感内衣" is not a plain statement of it).
  const gap = ZH_WEAR_THEN.exec(near);
  return gap !== null && inClause(f, m.start - gap[1]!.length - 2, m) && f.first(REVEALING_GAP, m, 2, 'before', (x) => x.end <= m.start) === undefined;
}
/** A Chinese verb of wearing, then one to three characters before the garment. */
const ZH_WEAR_THEN = /(?:穿着|穿著|穿了|身穿|身着|身著)([^，。,、！？!?\s]{1,3})$/u;
/** What makes the garment more than worn: revealing, thin or suggestive words. */
const REVEALING_GAP = ['suggestive', 'reveal', 'thinFabric', 'reduce', 'sexualAct'] as const;

/** Up to `n` words on `side` of `m`, in its clause, as one string in text order (words of at most 24 characters). */
function clauseWords(f: Findings, m: Match, side: 'before' | 'after', n: number): string {
  const words = wordsBeside(f, m, side, n, 24).map((w) => w.text);
  if (side === 'before') words.reverse();
  return words.join(' ');
}

/** Whether the skeleton position `at` is in the clause of `m`. */
function inClause(f: Findings, at: number, m: Match): boolean {
  return !f.interveningClause({ start: at, end: at + 1 } as Match, m);
}
