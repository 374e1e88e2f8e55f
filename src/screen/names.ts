import type { Findings, Match } from './findings.ts';
import type { Concept } from './lexicon/types.ts';
import { commonIn, type LanguageProfile } from './language.ts';
import { normalizeTerm } from './normalize.ts';
import { letteringIn } from './quoted-lettering.ts';
import { work } from './work.ts';

/**
 * Real people beyond the fixed list of names, in generate mode: a structural signal. A personal
 * name (two or more capitalised words in any cased script, an @handle, a role word such as
 * "actress"/"singer" followed by a name) together with sexual or revealing content is taken to
 * name a real person, with less confidence than a listed name. Artists ("by Greg Rutkowski",
 * "in the style of Alphonse Mucha") are not the subject and are skipped.
 */
const NAME = /(?<![\p{L}\p{N}@])\p{Lu}[\p{Ll}\p{M}'’]+(?:[ \u00a0-]\p{Lu}[\p{Ll}\p{M}'’]+){1,3}(?![\p{L}\p{N}])/gu;
const HANDLE = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_.]{3,30}/gu;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const ARTIST_BEFORE =
  /(?:\bby|\bstyle of|\bartist|\bpainter|\bphotographer|\binspired by|\bà la|\bde|\bvon|\bin the manner of|(?<![\p{L}])(?:stil|stilul|style|estilo|stile|styl|stijl|stílus|stilus|stile di|alla|nach|à maneira de|в стиле|у стилі|в манере|στο στυλ|στυλ|phong cách|gaya|bergaya|istilo|mtindo wa|peintre|pintor|pittore|maler|schilder|malarz|художник[а-я]*|ressam[ıi]?|nghệ sĩ|pelukis|họa sĩ|hoạ sĩ))\s*$/iu;
/**
 * A capitalised pair right after a locative word names a place: "at the beach in Nha Trang", "ở bãi biển
 * Nha Trang", "em Porto Seguro", "na Costa Brava", "pantai Kuta Bali". Prepositions that also point at
 * a person ("at", "on", "to", "from") are left out, and a name followed by a possessive ("in Emma
 * Watson's style") stays a name.
 */
const PLACE_BEFORE =
  /(?<![\p{L}\p{N}])(?:in|near|visiting|au|aux|en|em|no|na|nos|nas|nel|nella|am|im|auf|nach|op|naar|ở|tại|đến|tới|di|ke|sa|v|ve|w|we|nad|i|på|în|la|στη|στην|στο|σε|в|во|на|katika|huko|bãi biển|biển|đảo|thành phố|tỉnh|pantai|pulau|kota|playa|plage|praia|spiaggia|isla|île|ilha|isola|strand|beach|island|city)[\s\u00a0]+$/iu;
const POSSESSIVE_AFTER = /^(?:'s|’s|'|’)/u;
/**
 * "de", "von", "di", "do", "da" say "by" of an artist ("La maja desnuda de Goya") and "of" of who is shown ("une photo
 * de Juliette Armanet nue"): the name is who is shown when a photo or portrait word stands right before the
 * preposition, or when the sexual or revealing word comes after the name.
 */
const OF_WORDS = 'de|von|di|do|da|del|della|du';
/** Words for a picture of someone, in the languages whose "of" is one of OF_WORDS or "of". */
const PICTURE_WORDS = 'photos?|fotos?|pics?|images?|imagen|imagens?|immagine|bild|bilder|portrait|portraits|retrato|retratos|ritratto|selfies?';
const OF_PREPOSITION = new RegExp(`(?:^|\\s)(?:${OF_WORDS})\\s*$`, 'iu');
const PORTRAIT_BEFORE = new RegExp(
  `(?:^|\\s)(?:${PICTURE_WORDS}|séance|seance|sesión|sesion|sessão|sessao|servizio|shooting|photoshoot|video|vidéo|vídeo|calendrier|calendario|kalender|affiche|poster|cartel)\\s+(?:${OF_WORDS})\\s*$`,
  'iu',
);
/** A photo or portrait word, "of", then one capitalised word: the person in the picture (findNames). */
const PORTRAIT_OF = new RegExp(`(?:^|\\s)(?:${PICTURE_WORDS}|pictures?)\\s+(?:of|${OF_WORDS})\\s+(\\p{Lu}[\\p{Ll}\\p{M}'’]+)(?![\\p{L}\\p{N}])`, 'u');
function subjectOf(before: string, cueAfterName: boolean): boolean {
  return OF_PREPOSITION.test(before) && (cueAfterName || PORTRAIT_BEFORE.test(before));
}
/** "Frank Frazetta style", "Mucha-style", "Moebius's art style": a name that qualifies a style is the artist, not who is shown. */
const ARTIST_AFTER = /^(?:'s|’s)?[\s-]*(?:art\s+)?(?:style|stil|estilo|aesthetic|inspired|tarz[ıi]|tarz[ıi]nda|stili|stilinde|üslubu|üslubunda|風|风格|風格|スタイル|스타일|화풍|สไตล์)(?![\p{L}])/iu;

/** Concepts that make a name a problem: the content is sexual or revealing. */
const SEXUAL_CUES = ['nude', 'sexualAct', 'sexualBody', 'skimpy', 'partialNude', 'suggestive', 'reveal', 'pose', 'undressVerb', 'reduceAlone', 'leaked'] as const;

/**
 * Whether a capitalised word is a common word of the request rather than part of a name: common in a
 * language that has other common words in the request ("The Beach", "Red Sea" in English). "Ada" is a
 * common word of Indonesian, but not in "Ada Hegerberg i undertøy", a Norwegian request.
 */
function commonHere(word: string, lang: LanguageProfile | undefined): boolean {
  const key = normalizeTerm(word);
  const languages = commonIn(key);
  // Short function words ("La maja desnuda", "De Niro"?) stay common wherever they are: an article is
  // no name, and two-letter names are rare.
  return lang === undefined || key.length <= 2 ? languages.length > 0 : languages.some((l) => (lang.hits.get(l) ?? 0) >= 2);
}

/**
 * A German noun by its form, in a request German leads: a suffix that makes nouns and ends no name ("-ung", "-heit",
 * "-keit", "-schaft", "-tion"), or the head of a compound that is one ("Sommerkollektion", "Schwimmvereins"). Length says
 * nothing: surnames are long too ("Weichselbraun", "Schweinsteiger").
 */
const GERMAN_NOUN_SUFFIX = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|mode|moden|kollektion|katalog|verein|vereins|wettbewerb|bilder|fotos)$/i;

/** Words for places: a capitalised pair with one of them names a beach, a sea or a street, not a person. */
const PLACE =
  /^(?:beach|bay|sea|ocean|lake|river|island|islands|park|street|avenue|road|square|mountain|mountains|hill|hills|valley|hotel|resort|club|bar|cafe|café|playa|plage|praia|spiaggia|strand|lago|mar|mer|meer|see|isla|ilha|isola|île|ile|calle|rue|rua|via|straße|strasse|plaza|piazza|platz|parque|parc|parco|monte|mont|berg|sur|norte|sud|nord|north|south|east|west|city|town|village|lane|tower|bridge|castle|palace|cathedral|church|museum|station|airport|gate|hall|abbey|temple|mosque|market|court|garden|gardens|centre|center|stadium)$/;

/** Concepts whose terms may be written with capitals without naming anyone (brands, magazines, titles). */
const TERMS_WITH_CAPITALS: readonly Concept[] = ['skimpy', 'suggestive', 'mask'];

/**
 * In German, which capitalises every noun, the nouns the lexicons read as well ("Schwimmvereins Fotos": a photo, a
 * garment, a thing of the scene, a person's kind) are no name either.
 */
const GERMAN_NOUN_TERMS: readonly Concept[] = [...TERMS_WITH_CAPITALS, 'photoWord', 'clothing', 'sceneThing', 'benign', 'someone', 'placed'];

/** The spans, in the original text, of the matches of `concepts`, by start (each match read once). */
function termSpans(f: Findings, concepts: readonly Concept[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const concept of concepts) {
    for (const x of f.of(concept)) {
      const from = f.norm.start[x.start];
      const to = f.norm.end[x.end - 1];
      if (from !== undefined && to !== undefined) spans.push([from, to]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * Whether spans overlap [start, end), asked of spans ending ever further on ("Dessous-Katalog"): one sweep over `spans`
 * (by start) for all the questions, through `at` (the next span to read) and `reach` (the farthest end read).
 */
function overlapsTerm(spans: ReadonlyArray<[number, number]>, sweep: { at: number; reach: number }, start: number, end: number): boolean {
  while (sweep.at < spans.length && spans[sweep.at]![0] < end) sweep.reach = Math.max(sweep.reach, spans[sweep.at++]![1]);
  return sweep.reach > start;
}

/** How many capitalised words lie inside the spans (each read once: linear). */
function capitalisedIn(spans: ReadonlyArray<[number, number]>, text: string): number {
  let n = 0;
  for (const [from, to] of spans) n += countWords(text.slice(from, to)).capitalised;
  return n;
}

export function findNames(f: Findings, lang?: LanguageProfile): void {
  const cue = firstOf(f, SEXUAL_CUES);
  if (!cue) return;
  // Where the sexual or revealing word stands in the request as given.
  const cueAt = f.norm.start[cue.start] ?? 0;
  const text = f.text;
  work.steps += text.length;
  const counted = countWords(text);
  const words = counted.words;
  // German capitalises every noun: a capitalised first word ("Bodybuilder mit nacktem Oberkörper") is no name there.
  const german = lang !== undefined && (lang.hits.get('de') ?? 0) >= 2 && [...lang.hits].every(([l, n]) => l === 'de' || n < (lang.hits.get('de') ?? 0));
  // A brand or a title of the lexicon ("Penthouse Pet") is capitalised as a term: it says nothing about Title Case (in German
  // every noun is, "Spitzen-BH" among them). German nouns the lexicons read are no name either (GERMAN_NOUN_TERMS).
  const spans = termSpans(f, german ? GERMAN_NOUN_TERMS : TERMS_WITH_CAPITALS);
  const capitalised = german ? counted.capitalised : Math.max(0, counted.capitalised - capitalisedIn(spans, text));
  // Title Case Prompts Capitalise Everything: there, capitals say nothing about names. A short request
  // that is a name, a garment and a place ("Palvin Barbara bikiniben a Balatonnál") is not one.
  const titleCase = words >= 4 && capitalised * 2 > words + 1;
  const names: Array<{ start: number; end: number; text: string }> = [];
  if (!titleCase) {
    const sweep = { at: 0, reach: -1 };
    let lettering: Array<[number, number]> | undefined;
    for (const m of text.matchAll(NAME)) {
      if (names.length >= 4) break;
      // "a book cover titled 'Naked Lunch'", "album cover: 'Nude Awakening'": capitals in lettering are a title, not a name.
      lettering ??= letteringIn(text);
      if (lettering.some(([a, b]) => m.index! < b && a < m.index! + m[0].length)) continue;
      const tokens = m[0].split(/[ \u00a0-]/);
      // "The Beach", "In Lingerie": capitalised common words and lexicon words are not a name.
      if (tokens.some((t) => commonHere(t, lang) || PLACE.test(normalizeTerm(t)) || (german && GERMAN_NOUN_SUFFIX.test(t)))) continue;
      // "Victoria's Secret angel", "Penthouse Pet", "Dessous-Katalog": capitals on a term of the lexicon are that term (a brand, a
      // title, a noun), not a name.
      if (overlapsTerm(spans, sweep, m.index!, m.index! + m[0].length)) continue;
      if (m.index === 0 && tokens.length < 2) continue;
      const before = text.slice(Math.max(0, m.index! - 24), m.index);
      if (ARTIST_BEFORE.test(before) && !subjectOf(before, m.index! < cueAt)) continue;
      if (PLACE_BEFORE.test(text.slice(Math.max(0, m.index! - 16), m.index)) && !POSSESSIVE_AFTER.test(text.slice(m.index! + m[0].length))) continue;
      if (ARTIST_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24))) continue;
      // "Bademoden-Katalog", "Sommer-Kollektion": German capitalises its nouns, and joins them with hyphens.
      if (!/[ \u00a0]/.test(m[0]) && lang !== undefined && (lang.hits.get('de') ?? 0) >= 2) continue;
      names.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
    }
  }
  for (const m of text.matchAll(HANDLE)) {
    if (names.length >= 6) break;
    names.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  if (names.length === 0 && !titleCase) {
    // "haz una foto de Aitana en lencería": one capitalised word right after "a photo of" names who is shown.
    const portrait = PORTRAIT_OF.exec(text);
    const word = portrait?.[1];
    const end = portrait ? portrait.index + portrait[0].length : 0;
    // The revealing word follows the name closely, in its clause ("… de Aitana en lencería"; not "une photo de Marseille, plage, bikini").
    const between = text.slice(end, Math.max(end, cueAt));
    if (word && cueAt >= end && between.length <= 24 && !/[,.;:!?，。]/u.test(between) && !commonHere(word, lang) && !PLACE.test(normalizeTerm(word))) {
      names.push({ start: end - word.length, end, text: word });
    }
  }
  if (names.length === 0) {
    const single = titleCase || german ? undefined : leadingName(f);
    const uncased = single ?? uncasedName(f, cue);
    if (uncased) names.push(uncased);
  }
  if (names.length === 0) return;
  const evidence = names.map((n) => ({ kind: 'text' as const, start: n.start, end: n.end, text: n.text, term: 'personal name' }));
  f.addEvidence('real_person', 0.6, 'real_person.name_pattern', 'The request names someone who may be a real person, with sexual or revealing content.', evidence, cue);
  // Putting a named, possibly real person in underwear or less is sexualising them (the floor blocks it).
  const revealing = firstOf(f, REVEALING);
  if (revealing) f.addEvidence('sexual', 0.6, 'sexual.named_person_revealing', 'The request shows a named, possibly real person undressed or in underwear.', evidence, revealing);
}

/** The first match of the first of `concepts` the request has. */
function firstOf(f: Findings, concepts: readonly Concept[]): Match | undefined {
  for (let k = 0; k < concepts.length; k++) {
    const m = f.of(concepts[k]!)[0];
    if (m !== undefined) return m;
  }
  return undefined;
}

/** Per BMP code unit: 0 not a letter, 1 a letter, 2 an upper-case letter (-1: not yet known). */
const LETTER_KIND = new Int8Array(65_536).fill(-1);

/** LETTER_KIND past the BMP (emoji, astral letters), as met: two regular expressions per emoji cost more than the rest of the scan. */
const ASTRAL_LETTER_KIND = new Map<number, number>();

/** 0, 1 or 2 as in LETTER_KIND for any code point. */
function letterKind(cp: number): number {
  if (cp < 65_536) {
    let kind = LETTER_KIND[cp]!;
    if (kind < 0) LETTER_KIND[cp] = kind = letterKindOf(String.fromCharCode(cp));
    return kind;
  }
  let kind = ASTRAL_LETTER_KIND.get(cp);
  if (kind === undefined) {
    kind = letterKindOf(String.fromCodePoint(cp));
    if (ASTRAL_LETTER_KIND.size < 50_000) ASTRAL_LETTER_KIND.set(cp, kind);
  }
  return kind;
}

function letterKindOf(ch: string): number {
  return UPPER.test(ch) ? 2 : LETTER.test(ch) ? 1 : 0;
}

/**
 * The words of a text (runs of letters, /\p{L}+/u) and how many of them begin with a capital,
 * counted in one scan by code point: no match object per word.
 */
function countWords(text: string): { words: number; capitalised: number } {
  let words = 0;
  let capitalised = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    const kind = letterKind(cp);
    if (kind === 0) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
      if (kind === 2) capitalised++;
    }
    if (cp > 0xffff) i++;
  }
  return { words, capitalised };
}

const REVEALING = ['nude', 'skimpy', 'partialNude', 'reveal', 'sexualAct', 'sexualBody', 'pose'] as const;
/** Scripts without capital letters, in which a name cannot be told by its case. */
const UNCASED_NAME =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Thai}\p{Script=Telugu}\p{Script=Malayalam}\p{Script=Kannada}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Sinhala}\p{Script=Georgian}\p{Script=Lao}\p{Script=Gurmukhi}\p{Script=Ethiopic}\p{Script=Khmer}\p{Script=Myanmar}\p{M}\u30fb\u00b7 ]{2,20}$/u;

/**
 * In scripts without case ("杨幂穿情趣内衣", "נועה קירל בהלבשה תחתונה"), a request that opens with a
 * few words no lexicon knows, straight before the revealing term, and names no generic person
 * (woman, model, 女人, امرأة) is taken to open with a name.
 */
function uncasedName(f: Findings, anyCue: { start: number }): { start: number; end: number; text: string } | undefined {
  // Only a plainly revealing term ("transparent" alone describes glasses as often as clothes).
  const cue = (['skimpy', 'nude', 'partialNude', 'sexualAct'] as const)
    .map((c) => f.of(c)[0])
    .filter((m) => m !== undefined)
    .sort((a, b) => a.start - b.start)[0];
  if (!cue || cue.start < anyCue.start - 64) return undefined;
  if (f.has('someone') || f.has('person') || f.has('minor') || f.has('minorWeak') || f.has('objectTarget')) return undefined;
  // Arabic and Hebrew attach the article and some prepositions to the word ("البكيني", "בביקיני"): the name ends
  // before the whole word.
  let end = f.norm.start[cue.start]!;
  for (let back = 0; back < 4 && end > 0 && CLITIC_SCRIPT.test(f.text[end - 1]!); back++) end--;
  // A preposition or particle the language writes apart, just before the term ("مهناز افشار با لباس زیر", with
  // underwear), belongs to the term, not to the name.
  const whole = withoutTrailingSeparators(f.text.slice(0, end));
  const prefix = withoutTrailingWord(whole);
  // With a particle taken off, no word of the name may be one any lexicon reads ("सफ़ेद पृष्ठभूमि पर", on a white
  // background): one pass over the matches (not otherwise: the characters of a Chinese name may be lexicon words of their own).
  // Outside Chinese, Japanese and Korean no word of a name is one a lexicon reads either ("সাদা ব্যাকগ্রাউন্ডে সুইমস্যুট", a swimsuit
  // on a white background, opens with a colour and a place).
  const cjk = CJK_NAME.test(prefix);
  if (nameLike(prefix) && ((prefix === whole && cjk && !listedGarmentIn(f, prefix.length)) || !f.coverage(prefix.length).some((c) => c === 1))) return { start: 0, end: prefix.length, text: prefix };
  return openingName(f, end);
}

/** Garments and outer layers. */
const GARMENT_CONCEPTS: readonly Concept[] = ['clothing', 'outerwear', 'skimpy'];
/** Hangul and katakana spell words by sound, so a garment they spell is a word of its own, not characters of a name. */
const PHONETIC_SCRIPT = /[\p{Script=Hangul}\p{Script=Katakana}]/u;
/** A particle that joins the next noun to a list, written onto the word before it ("래시가드랑", "水着と"). */
const LIST_PARTICLE = /^(?:이랑|랑|와|과|하고|と|や)(?![\p{L}])/u;
/**
 * "쇼핑몰용 래시가드랑 비키니 세트" (a rash guard and bikini set for a shop), "ラッシュガードとビキニのセット": a garment spelt in Hangul
 * or katakana before `end` and joined by a list particle to what follows lists garments, as a shop does: the words
 * before the revealing term are no name. Han characters are left alone (a name's characters may be lexicon words).
 */
function listedGarmentIn(f: Findings, end: number): boolean {
  return GARMENT_CONCEPTS.some((c) =>
    f.of(c).some((x) => {
      const from = f.norm.start[x.start] ?? end;
      const to = f.norm.end[x.end - 1] ?? end;
      return to <= end && PHONETIC_SCRIPT.test(f.text.slice(from, to)) && LIST_PARTICLE.test(f.text.slice(to, to + 3));
    }),
  );
}

/** Scripts whose names are often made of characters that are lexicon words of their own. */
const CJK_NAME = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether an opening run of an uncased script may be a name: a few words, none of them common ("画一个装着冰块的" is a phrase). */
function nameLike(prefix: string): boolean {
  if (!UNCASED_NAME.test(prefix)) return false;
  // A name in Han or kana is a few characters; a longer run is a phrase.
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(prefix) && prefix.replace(/\s/g, '').length > 6) return false;
  // Words before the name's end that the lexicons know (a verb, a garment) are not part of a name.
  const words = prefix.split(/\s+/u);
  return words.length <= 3 && !words.some((w) => commonIn(normalizeTerm(w)).length > 0) && !KIND_WORDS.test(prefix);
}

/**
 * Words of the scripts without capitals that say what kind of garment or picture follows, not whose: a season, a colour,
 * a place, a style, new or cute ("白いビキニ", "夏の水着コーデ", "红色比基尼", "夏天的泳衣", "여름 비키니 코디", "새로운 수영복 화보",
 * "गर्मियों की बिकिनी", "مجموعة صيفية بيكيني", "סגנון קיץ ביקיני"), one or more of them with their particles (の, な, 的, 의,
 * की) and nothing else. These scripts write no capitals, so the words a name could be are told from these by this list.
 * Written from the author's knowledge of the languages.
 */
const KIND_WORDS = new RegExp(
  `^(?:(?:${[
    // Japanese
    '夏|冬|春|秋|今年|今季|新作|新しい|最新|人気|定番|海|海辺|ビーチ|プール|リゾート|南国|白|白い|黒|黒い|赤|赤い|青|青い|ピンク|黄色い|花柄|柄|無地|レース|シンプル|かわいい|可愛い|大人|大人っぽい|スポーティー|スポーツ|レトロ|ヴィンテージ|おしゃれ|お洒落|上品|きれいな|綺麗な|ワンピース型|競泳|スクール|メンズ|レディース|女性用|男性用|子供用|ネット|通販|商品|カタログ|イラスト|アニメ',
    // Chinese
    '夏天|夏季|冬天|冬季|春天|秋天|今年|新款|新品|最新|爆款|热卖|熱賣|海边|海邊|海滩|海灘|沙滩|沙灘|泳池|度假|白色|黑色|红色|紅色|蓝色|藍色|粉色|粉红色|粉紅色|黄色|黃色|绿色|綠色|紫色|碎花|纯色|純色|蕾丝|蕾絲|简约|簡約|可爱|可愛|性感|运动|運動|复古|復古|时尚|時尚|女士|男士|儿童|兒童|女款|男款|连体|連體|分体|分體|电商|電商|淘宝|淘寶|商品|产品|產品|插画|插畫|卡通',
    // Korean
    '여름|겨울|봄|가을|올해|신상|신상품|최신|인기|바다|해변|비치|수영장|리조트|흰|하얀|흰색|검은|검정|검은색|빨간|빨간색|파란|파란색|분홍|분홍색|핑크|노란|꽃무늬|레이스|심플한|귀여운|예쁜|새로운|새|스포츠|빈티지|여성용|남성용|아동용|쇼핑몰|온라인몰|상품|제품|일러스트|만화',
    // Hindi, Urdu, Bengali, Tamil, Thai
    'गर्मी|गर्मियों|सर्दी|सर्दियों|नया|नई|नए|नयी|लाल|सफेद|सफ़ेद|काला|काली|नीला|नीली|गुलाबी|पीला|पीली|हरा|हरी|फैशन|स्टाइल|कलेक्शन|समुद्र|बीच|की|का|के',
    'گرمی|گرمیوں|سردی|نیا|نئی|نئے|لال|سرخ|سفید|کالا|کالی|نیلا|نیلی|گلابی|فیشن|سٹائل|کلیکشن|ساحل|سمندر|کی|کا|کے',
    'গ্রীষ্ম|গ্রীষ্মের|গরমের|নতুন|লাল|সাদা|কালো|নীল|গোলাপি|হলুদ|সবুজ|ফ্যাশন|স্টাইল|কালেকশন|সমুদ্র|সৈকত',
    'கோடை|புதிய|சிவப்பு|வெள்ளை|கருப்பு|நீல|ஃபேஷன்|ஸ்டைல்|கலெக்ஷன்|கடற்கரை',
    'ฤดูร้อน|หน้าร้อน|ใหม่|สีแดง|สีขาว|สีดำ|สีฟ้า|สีชมพู|แฟชั่น|สไตล์|คอลเลกชัน|ชายหาด|ทะเล',
    // Arabic, Persian, Hebrew
    'مجموعة|مجموعه|صيفية|صيفيه|صيفي|صيف|الصيف|جديد|جديدة|جديده|أحمر|احمر|أبيض|ابيض|أسود|اسود|أزرق|ازرق|وردي|أصفر|اصفر|أخضر|اخضر|موضة|موضه|ستايل|شاطئ|بحر',
    'تابستانی|تابستان|جدید|قرمز|سفید|مشکی|آبی|صورتی|زرد|سبز|مد|استایل|کالکشن|ساحل|دریا|مدل',
    'קיץ|קייצי|סגנון|חדש|חדשה|חדשים|קולקציה|קולקציית|אדום|לבן|שחור|כחול|ורוד|צהוב|ירוק|אופנה|חוף|ים',
  ].join('|')})(?:の|な|的|의)?\\s*)+$`,
  'u',
);

/** Characters of a request read for an opening name with words of the scene between it and the revealing term. */
const OPENING_REACH = 64;
/** Japanese particles of the subject or topic, written right after a name. */
const SUBJECT_PARTICLE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][がは]$/u;
/** Letters a gap between two lexicon words may hold unread: a particle ("で", "な", "に"). */
const PARTICLE = 2;

/**
 * "広瀬すずがベッドでセクシーな下着姿", "石原さとみ 透け透けランジェリー", "দীপিকা পাড়ুকোন বিছানায় স্বচ্ছ অন্তর্বাসে": the
 * name opens the request and the words between it and the revealing term (which ends at `end`) are the lexicon's
 * own, in bed, see-through, sexy, joined by particles at most, and name no thing. The name is the run no lexicon reads before the
 * first word one does, and passes the tests of a name right before the term (nameLike).
 */
function openingName(f: Findings, end: number): { start: number; end: number; text: string } | undefined {
  if (end > OPENING_REACH) return undefined;
  const covered = f.coverage(end);
  const first = covered.indexOf(1);
  if (first <= 0) return undefined;
  // A thing read between them is what the words are about ("सफ़ेद पृष्ठभूमि पर स्विमसूट", a swimsuit on a white background).
  if (f.of('benign').some((m) => f.norm.start[m.start]! < end) || listedGarmentIn(f, end)) return undefined;
  // Every run the lexicon does not read after the name is a separator or a particle.
  let gap = 0;
  for (let i = first; i < end; i++) {
    if (covered[i] === 1 || SEPARATOR.test(f.text[i]!)) gap = 0;
    else if (++gap > PARTICLE) return undefined;
  }
  // The name ends at a separator or at the subject particle of Japanese ("広瀬すずが"); a run that runs on into the
  // scene ("夏天在海边", "夏の海で") is a phrase of time or place.
  const opening = f.text.slice(0, first);
  const name = SUBJECT_PARTICLE.test(opening) ? opening.slice(0, -1) : withoutTrailingSeparators(opening);
  if (name === opening || name.replace(/\s/g, '').length < 2 || !nameLike(name)) return undefined;
  return { start: 0, end: name.length, text: name };
}

const CLITIC_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/** `text` without its last word when that word is a common word of some language and others are left before it. */
function withoutTrailingWord(text: string): string {
  const cut = text.search(/\s\S+$/u);
  if (cut <= 0 || commonIn(normalizeTerm(text.slice(cut + 1))).length === 0) return text;
  return withoutTrailingSeparators(text.slice(0, cut));
}

/** Separators a request may put between a name and the revealing term ("杨幂，内衣"). */
const SEPARATOR = /[\s,、，:：-]/u;
/** SEPARATOR by code unit (-1: not yet known; every character of the class is one unit). */
const IS_SEPARATOR = new Int8Array(65_536).fill(-1);

/**
 * `text` without the separators it ends with, read back from its end. A regular expression
 * anchored at the end (/[…]+$/) is tried from every position of a long run of separators that does
 * not reach the end: quadratic, 0.6 s for 20,000 characters.
 */
function withoutTrailingSeparators(text: string): string {
  let end = text.length;
  for (; end > 0; end--) {
    const c = text.charCodeAt(end - 1);
    let known = IS_SEPARATOR[c]!;
    if (known < 0) IS_SEPARATOR[c] = known = SEPARATOR.test(String.fromCharCode(c)) ? 1 : 0;
    if (known === 0) break;
  }
  work.steps += text.length - end + 1;
  return text.slice(0, end);
}

const LEADING = /^\p{Lu}[\p{Ll}\p{M}]{2,}(?=[\s,])/u;

/**
 * One capitalised word opening the request, right before the revealing term ("Hadise iç
 * çamaşırıyla", "Raisa pakai lingerie"): a name, unless it is a common word or a generic person.
 */
function leadingName(f: Findings): { start: number; end: number; text: string } | undefined {
  if (f.has('someone') || f.has('person') || f.has('minor') || f.has('minorWeak') || f.has('objectTarget')) return undefined;
  const word = LEADING.exec(f.text)?.[0];
  if (!word || commonIn(normalizeTerm(word)).length > 0) return undefined;
  // "Rönesans tarzı çıplak heykel": a word that qualifies a style names a period or an artist, not who is shown.
  if (ARTIST_AFTER.test(f.text.slice(word.length, word.length + 24))) return undefined;
  const cue = (['skimpy', 'nude', 'partialNude'] as const)
    .map((c) => f.of(c)[0])
    .filter((m) => m !== undefined)
    .sort((a, b) => a.start - b.start)[0];
  if (!cue) return undefined;
  if (f.norm.start[cue.start]! < word.length) return undefined;
  // A word any lexicon knows is not a name ("Swimwear in a bikini style").
  if (f.matchedAt(0)) return undefined;
  const between = f.text.slice(word.length, f.norm.start[cue.start]).trim();
  if (between.split(/\s+/u).filter(Boolean).length > 1) return undefined;
  return { start: 0, end: word.length, text: word };
}
