import type { Category } from '../types.ts';
import type { Findings } from './findings.ts';
import type { Concept } from './lexicon/types.ts';

/**
 * Lettering in quotes on a sign, a poster or a shirt: "a warning sign: 'Do not share nudes'", "a banner reading
 * \"stop sexual harassment\"", "skilt til svømmehallen: 'Husk at gå i bad uden badetøj …'", "海报上写着「拒绝传播裸照」".
 * The words in the quotes are printed, not drawn. In generate mode, a request whose every nudity, sexual or
 * undressing rule rests on words inside quotes that a word of lettering (a sign, a poster, a slogan, "says") stands
 * just before or after has those rules weakened on the record, and the model's reading of them alone does not block
 * (Findings.mentionOnly). Never with a minor or a named person anywhere in the request, nor on an edit's photo, and a
 * harmful word outside the quotes ("a nude woman holding a sign 'hello'") keeps every rule, and so do
 * quoted words that name a person ("a sign that reads 'naked woman on a beach' — render what it says"). Bounded: at most
 * MAX_QUOTES quoted spans of at most MAX_QUOTED characters are read, each with a fixed window around it.
 */

/** Quoted spans read at most, and characters in one. */
const MAX_QUOTES = 8;
const MAX_QUOTED = 240;
const MAX_OPENINGS = 64;
/** Characters before the opening quote, or after the closing one, in which a word of lettering is looked for. */
const CARRIER_WINDOW = 48;

/** Opening quote marks and the marks that may close each. */
const CLOSERS: Readonly<Record<string, string>> = {
  "'": "'’",
  // Swedish and Finnish open and close with the same mark.
  '”': '”',
  '"': '"”“',
  '“': '”"',
  '‘': "’'",
  '«': '»',
  '»': '«',
  '„': '“”"',
  '「': '」',
  '『': '』',
  '《': '》',
};

/**
 * Words of lettering: a thing written on (a sign, a poster, a banner, a shirt, a label). Words of saying or of text alone
 * ("says", "the text:", "titled") are not: "the text: '<a prompt>' as an image" is a prompt in quotes. Tested on the
 * original text, lowered.
 */
const CARRIER = new RegExp(
  [
    // English
    '(?<![\\p{L}\\p{N}])(?:sign|signs|signage|signboard|poster|banner|billboard|placard|notice board|board|chalkboard|blackboard|whiteboard|label|sticker|slogan|lettering|inscription|caption|caption card|meme|memes|t-shirt|tshirt|shirt|hoodie|mug|flyer|leaflet|pamphlet|brochure|infographic|tagline|motto|plaque|book cover|album cover|cover of|tote bag|cup)(?![\\p{L}\\p{N}])',
    // Compounds that end in a word for a sign or a cover ("advarselsskilt", "Warnschild", "museumbordje", "boekomslag")
    '(?:skilt|skylt|schild|bordje|omslag)(?![\\p{L}\\p{N}])',
    // Romance, Germanic, Slavic, Turkish and others written with spaces
    '(?<![\\p{L}\\p{N}])(?:panneau|affiche|pancarte|banderole|étiquette|etiquette|cartel|letrero|póster|pancarta|eslogan|etiqueta|cartello|manifesto|striscione|scritta|etichetta|placa|cartaz|faixa|schild|plakat|plakát|plakátot|plakáton|aufschrift|schriftzug|spruch|bord|spandoek|opschrift|skilt|skylt|affisch|tablica|napis|transparent|hasło|haslo|tabela|afiş|afis|pankart|poster|banner|camiseta|remera|playera|taza|portada|cartel|rètol|retol|samarreta|tasse|couverture|maglietta|tazza|copertina|caneca|capa|schild|tasse|buchcover|okładka|okladka|kubek|koszulk\\S*|tişört|tisort|kapak|kupa|kaos|bertuliskan|papan tanda|sampul|fulana|maandishi|kikombe|hrnek|tričko|tricko|nápis\\S*|napis\\S*|natpis\\S*|majica|šalica|salica|skylt|t shirt|likha|bögre|bogre|póló|polo|κούπα|μπλουζάκι|cedul\\S*|tábla|tabla|táblá\\S*|kapağı|kapagi|legenda|leyenda|légende|legende|didascalia|bildunterschrift|onderschrift|tafel|tavla|tabliczk\\S*)(?![\\p{L}\\p{N}])',
    // Cyrillic, Greek, Arabic, Hebrew, Devanagari and unspaced scripts
    'табличк|плакат|вывеск|вивіск|надпис|баннер|напис|футболк|кружк|обложк|корица|табел|سرورق|کتاب کا|تی شرت|تيشيرت|غلاف|کور|קעקוע|חולצה|ספל|כריכה|טי שירט|टी-शर्ट|टीशर्ट|कवर|बोर्ड|साइनबोर्ड|बैनर|तख्ती|মগ|টি-শার্ট|টিশার্ট|প্রচ্ছদ|সাইনবোর্ড|বোর্ড|بورڈ|封面|表紙|Tシャツ|マグカップ|표지|티셔츠|머그|เสื้อยืด|ปก|แก้ว|πινακίδα|αφίσα|επιγραφή|لافتة|ملصق|شعار|تابلو|پوستر|שלט|כרזה|पोस्टर|标语|標語|海报|海報|牌子|标牌|標牌|字样|警示牌|指示牌|告示牌|招牌|路牌|木牌|黑板|横幅|T恤|t恤|卫衣|杯子|马克杯|看板|글씨|문구|밈|ポスター|張り紙|貼り紙|標識|포스터|표지판|현수막|ป้าย|โปสเตอร์',
  ].join('|'),
  'u',
);

/** Opening marks that CJK text puts right after a character, and the characters they may follow. */
const CJK_OPENING = /[「『《“]/u;
const CJK_CLOSING = /[」』》”]/u;
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー：]/u;

/** Words of a person: in the quotes, the words describe a picture of someone. */
const DESCRIBED: readonly Concept[] = ['someone', 'person', 'minorWeak'];

/** Words that, beside a pronoun, describe the person drawn ("her naked", "them in lingerie"). */
const DESCRIBING: readonly Concept[] = ['nude', 'partialNude', 'sexualAct', 'sexualBody', 'skimpy', 'suggestive', 'undressVerb', 'reveal', 'pose'];

/** The categories quoted lettering may set off. */
const LETTERING_READ_AS: ReadonlySet<Category> = new Set<Category>(['sexual', 'undress', 'suggestive']);

/** Quoted spans of the original text with a word of lettering beside them: [start, end) of their insides. */
export function letteringSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  // Openings tried at most: a text of ten thousand stray quotes is read no further than these.
  for (let tries = 0; tries < MAX_OPENINGS && spans.length < MAX_QUOTES && from < text.length; tries++) {
    let open = -1;
    for (let i = from; i < text.length; i++) {
      const c = text[i]!;
      // An opening mark starts the text or follows a space, a colon or a bracket ("I'm" is no quote); CJK brackets and
      // quotes follow a character directly ("タイトル『裸の王様』", "上面写着“严禁裸泳”").
      if (CLOSERS[c] !== undefined && (i === 0 || /[\s:(（[—–-]/u.test(text[i - 1]!) || (CJK_OPENING.test(c) && CJK_CHARACTER.test(text[i - 1]!)))) {
        open = i;
        break;
      }
    }
    if (open < 0) break;
    const closers = CLOSERS[text[open]!]!;
    let close = -1;
    const limit = Math.min(text.length, open + 1 + MAX_QUOTED);
    for (let j = open + 2; j < limit; j++) {
      // A closing mark ends the text or is followed by a space or punctuation ("don't" is no closing).
      // A CJK closing mark may be followed by a character ("印着“拒绝裸聊诈骗”几个大字").
      if (closers.includes(text[j]!) && (j + 1 === text.length || /[\s.,;:!?)）\]。，、！？]/u.test(text[j + 1]!) || (CJK_CLOSING.test(text[j]!) && CJK_CHARACTER.test(text[j + 1]!)))) {
        close = j;
        break;
      }
    }
    if (close < 0) {
      from = open + 1;
      continue;
    }
    const before = text.slice(Math.max(0, open - CARRIER_WINDOW), open).toLowerCase();
    const after = text.slice(close + 1, close + 1 + CARRIER_WINDOW).toLowerCase();
    if (CARRIER.test(before) || CARRIER.test(after)) spans.push([open + 1, close]);
    from = close + 1;
  }
  return spans;
}

/**
 * Words of saying that introduce lettering without quotes: "a sign that says no nudity beyond this point", "un cartel
 * que dice prohibido desnudarse", "ein Schild mit der Aufschrift FKK-Bereich", "с надписью", "bertuliskan". What
 * follows, to the end of its sentence (at most MAX_SAID characters), is the lettering. Written from the author's
 * knowledge of the languages, not from any evaluation set.
 */
const SAYING =
  /(?:^|[\s,])(?:that says|which says|saying|that reads|which reads|reading|with the words|with the text|printed with|que dice|que diga|con el texto|con la frase|con las palabras|qui dit|disant|avec le texte|avec les mots|avec l'inscription|avec l inscription|mit der aufschrift|mit dem text|mit den worten|auf dem steht|auf der steht|con la scritta|che dice|con il testo|con le parole|que diz|com os dizeres|com o texto|com a frase|met de tekst|waarop staat|met de woorden|z napisem|z tekstem|с надписью|с текстом|з написом|з текстом|yazan|yazılı|med texten|där det står|med teksten|hvor der står|der det står|bertuliskan|dengan tulisan|bertulis|felirattal|s nápisem|s napisem|s natpisom|cu textul|cu mesajul|pe care scrie|που γράφει|με τη φράση|με το σύνθημα|مكتوب عليها|مكتوب عليه|عليها عبارة|שכתוב עליו|שכתוב עליה|עם הכיתוב|जिस पर लिखा|पर लिखा|na nakasulat|yenye maandishi|có chữ|ghi chữ|ที่เขียนว่า|เขียนว่า|titled|entitled|with the title|intitulé|intitulée|intitule|avec le titre|titulado|titulada|con el título|con el titulo|mit dem titel|mit dem spruch|met de titel|intitolato|intitolata|con il titolo|con scritto|com o título|com o titulo|escrito|escrita|под названием|с надпис|з назвою|başlıklı|baslikli|med titeln|med titlen|pod tytułem|pod tytulem|写着|寫著|印着|印著)(?=[\s:]|$)/giu;
/** Characters of unquoted lettering read at most after its word of saying, and such words read at most. */
const MAX_SAID = 100;
const MAX_SAYINGS = 8;

/** Unquoted lettering: what follows a word of saying after a thing written on, to the end of its sentence. */
export function saidSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  SAYING.lastIndex = 0;
  for (let m = SAYING.exec(text); m && spans.length < MAX_SAYINGS; m = SAYING.exec(text)) {
    const at = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - CARRIER_WINDOW), m.index + 1).toLowerCase();
    if (!CARRIER.test(before)) continue;
    const rest = text.slice(at, at + MAX_SAID);
    const stop = rest.search(/[.!?。！？\n]/u);
    spans.push([at, at + (stop < 0 ? rest.length : stop)]);
  }
  return spans;
}

/**
 * Lettering after a colon: "a sign on the beach: NUDIST BEACH 200 M", "cartel en la puerta: PROHIBIDO DESNUDARSE",
 * "advarselsskilt: Pas på! Nøgenbadning kan forekomme, tegneseriestil". A thing written on stands before the colon in
 * its clause (at most CARRIER_WINDOW characters, no sentence end between); what follows, to the next comma, semicolon
 * or line (at most MAX_SAID characters), is the lettering. Bounded: the first MAX_SAYINGS colons are read.
 */
export function colonSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (let tries = 0; tries < MAX_SAYINGS; tries++) {
    const colon = text.slice(from).search(/[:：]/u);
    if (colon < 0) break;
    const at = from + colon;
    from = at + 1;
    const before = text.slice(Math.max(0, at - CARRIER_WINDOW), at);
    const clause = before.slice(before.search(/[^.!?。！？\n]*$/u)).toLowerCase();
    if (!CARRIER.test(clause)) continue;
    const rest = text.slice(at + 1, at + 1 + MAX_SAID);
    const stop = rest.search(/[,;，；、\n]|\.(?:\s|$)/u);
    const said = rest.slice(0, stop < 0 ? rest.length : stop);
    // "movie poster: naked, running, rain" describes the poster's picture: after a thing that carries pictures as well as
    // words (a poster, a cover, a shirt, a meme), only capitals read as its lettering; after a sign, any words do.
    if (!SIGN_CARRIER.test(clause) && !capitals(said)) continue;
    spans.push([at + 1, at + 1 + said.length]);
  }
  return spans;
}

/** Things that carry words only: a sign, a board, a label, a caption (a poster, a cover or a shirt carry pictures too). */
const SIGN_CARRIER =
  /(?<![\p{L}\p{N}])(?:sign|signs|signage|signboard|notice board|board|chalkboard|blackboard|whiteboard|label|sticker|caption|caption card|plaque|placard|inscription|panneau|pancarte|cartel|letrero|cartello|placa|tablica|tabela|cedul\S*|tábla|tabla|táblá\S*|legenda|leyenda|légende|legende|tafel|tavla|tabliczk\S*)(?![\p{L}\p{N}])|(?:skilt|skylt|schild|bordje)(?![\p{L}\p{N}])|табличк|вывеск|вивіск|табел|πινακίδα|لافتة|تابلو|שלט|警示牌|指示牌|告示牌|招牌|路牌|木牌|标牌|標牌|牌子|看板|標識|표지판|ป้าย|黑板/u;

/** Whether most cased letters of a text are capitals (at least four letters with case): lettering set in capitals. */
function capitals(text: string): boolean {
  let upper = 0;
  let cased = 0;
  for (const c of text) {
    const lower = c.toLowerCase();
    const up = c.toUpperCase();
    if (lower === up) continue;
    cased++;
    if (c === up) upper++;
  }
  return cased >= 4 && upper >= 0.6 * cased;
}

/** Every span of lettering in a text: quoted beside a thing written on, after a word of saying, after a sign's colon. */
export function letteringIn(text: string): Array<[number, number]> {
  const quoted = /['"“”‘«»„「『《]/u.test(text);
  return [...(quoted ? letteringSpans(text) : []), ...saidSpans(text), ...colonSpans(text)];
}

/** Applies the reading above to the findings of a generate request. */
export function quotedLettering(f: Findings): void {
  // A sexual body part spelled out is a picture's words more than a sign's.
  if (f.edit || f.has('minor') || f.has('minorWeak') || f.has('publicFigure') || f.has('realRef') || f.has('sexualBody')) return;
  const text = f.text;
  const spans = letteringIn(text);
  if (spans.length === 0) return;
  const inside = (start: number, end: number) => spans.some(([a, b]) => start >= a && end <= b);
  // "a sign that reads 'naked woman on a beach' — just render what it says": quoted words that name a person are a
  // picture described, not a message; the reading keeps every rule.
  // A pronoun alone ("Report them.") describes someone only beside the harmful words, in their sentence.
  for (const concept of DESCRIBED) {
    for (const m of f.of(concept)) {
      if (!inside(f.norm.start[m.start]!, f.norm.end[m.end - 1]!)) continue;
      if (concept === 'person' && !m.term.term.includes(' ') && f.first(DESCRIBING, m, 3, 'any', (x) => !f.sentenceBreak(m, x)) === undefined) continue;
      return;
    }
  }
  if (!f.firedOnlyWithin(LETTERING_READ_AS, inside)) return;
  const rules = f.firedRulesOf(LETTERING_READ_AS);
  f.weaken(rules, 0.3, '(the words are lettering in quotes on a sign or a poster: printed, not drawn)');
  f.maskedHarm = true;
  f.mentionOnly = true;
}
