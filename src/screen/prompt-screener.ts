import type { Detector } from '../detectors/detector.ts';
import { sameEvidence } from '../evidence.ts';
import { promptSubject } from '../subjects.ts';
import type { Category, Evidence, RequestMode, Signal, Subject } from '../types.ts';
import { LEXICONS } from './lexicon/index.ts';
import { ENGLISH_HOMOGRAPHS } from './lexicon/english-homographs.ts';
import type { Concept } from './lexicon/types.ts';
import { moreWordsThan, normalize, normalizeTerm, spanEnd, type NormalizedText } from './normalize.ts';
import { FuzzyTerms } from './fuzzy-terms.ts';
import { TermMatcher } from './term-matcher.ts';
import { CLAUSE_BREAK, Findings, lowerBound, overlaps, PROMPT_SCREENER, type Match } from './findings.ts';
import {
  applyRules,
  bodyOnlyPlaces,
  PUTTING_ON_OR_COVERING,
  findAges,
  garmentsOfRemoved,
  hotChild,
  inPlaceNames,
  removedFromPerson,
  lexicalSupport,
  live,
  namesNoOne,
  OBJECT_FIRST,
  unmasked,
} from './rules.ts';
import { commonIn, evidencedIn, foreignWord, hitsOf, isLatinLetter, leadsAmong, leadsRequest, notCovered, plausibleByScript, plausibleInSome, profile, wordOfAnother } from './language.ts';
import { decodings, type Decoded } from './decode.ts';
import { work } from './work.ts';
import { COVERABLE_REASONS, CUE_CONCEPTS, explainedBy, findCues, type Cues } from './cues.ts';
import { findNames } from './names.ts';
import { bareMaleChest } from './bare-chest.ts';
import { helpSought } from './help-seeking.ts';
import { authenticityQuestion } from './authenticity.ts';
import { bodyLeftAsIs } from './body-as-is.ts';
import { minorRomance } from './minor-romance.ts';
import { quotedLettering } from './quoted-lettering.ts';
import { leakedPhotos } from './leaked-photos.ts';
import { neverPosted } from './never-posted.ts';
import { restTakenOff } from './remainder.ts';
import { peeking } from './peeking.ts';
import { separableUndress } from './separable-undress.ts';
import { artStudy, nudeGenre } from './nude-genre.ts';
import { bedCover, fadingCover } from './bed-cover.ts';
import { swappedForToken } from './token-cover.ts';
import { handledThing, thingOnGarment } from './handled-thing.ts';
import { photoOperation } from './photo-ops.ts';
import { countedSixes } from './counted-six.ts';
import { properName } from './proper-names.ts';
import { everydayScene, exercisePoses } from './everyday.ts';
import { instructionAround, listsAtLeast } from './listed-instruction.ts';
import { aboutFood, dishRightAfter, foodSenses, PERSON_CONCEPTS, praiseSenses, thingSenses } from './senses.ts';
import { quietPraise } from './praise-emoji.ts';
import { negativePart, negativeSections, positivePart, type Section } from './negative-prompt.ts';
import { classifierReading, secondReading, headEvidence, linearEvidence, linearScore, readingSignals, screenerLinear, screenerModel, type ClassifierReading, type Head } from './classifier/index.ts';
import { DECISION_LAYER, decisionLayer, decisionScoreOf, HARMFUL_CATEGORIES, harmMonotoneScore, usesLinear, type DecisionInput, type DecisionWeights } from './classifier/decision.ts';

export { PROMPT_SCREENER };
/** How many of the earlier prompts of a thread (the latest) are read. */
const HISTORY_READ = 3;
/** Characters read from the end of each earlier prompt: a follow-up refers to what was said last. */
const HISTORY_TAIL = 1_000;

const ENTRIES = Object.entries(LEXICONS).flatMap(([language, lexicon]) =>
  Object.entries(lexicon).flatMap(([concept, list]) => (list ?? []).map((term) => ({ term, tag: concept as Concept, language }))),
);
// Words for a bystander are matched as written: their doubled letters are not elongation ("mannen", the man, is not "månen").
const matcher = new TermMatcher<Concept>(ENTRIES, new Set<Concept>(['someone']));
/** Concepts worth a second, fuzzy look: the ones a misspelling would otherwise hide. */
const FUZZY_CONCEPTS: ReadonlySet<Concept> = new Set(['clothing', 'nude', 'skimpy', 'undressVerb', 'sexualAct', 'sexualBody', 'minor', 'reveal', 'remove', 'partialNude']);
const fuzzy = new FuzzyTerms<Concept>(ENTRIES.filter((e) => FUZZY_CONCEPTS.has(e.tag)));

/** The score a weakened signal keeps: on the record, below every policy threshold's default. */
const WEAKENED = 0.3;

/** Categories a decoded reading (base64, reversed, rot13) may add: what it asks for, not who. */
const DECODED_CATEGORIES = new Set(['undress', 'sexual', 'suggestive', 'minor']);

export interface ScreenOptions {
  /** Earlier prompts of the same thread, oldest first: "now make it smaller" is read after them. */
  history?: readonly string[];
  /** Run the learned classifier beside the lexicon (default true); false gives the lexicon alone, for comparison. */
  classifier?: boolean;
  /** Other thresholds for the decision layer than the shipped ones: for choosing them on the development sets. */
  decision?: DecisionWeights['thresholds'];
}

/**
 * Screens the text of an image-generation or image-edit request.
 * Returns one signal per rule that fired, each with the spans of the original text behind it.
 * Linear in the length of the text (and of the history read): see work.ts and the property test.
 *
 * @example
 * screenPrompt('put her in a bikini', 'edit').map((s) => s.category); // ['undress', 'real_person', …]
 * screenPrompt('now make it smaller', 'edit', { history: ['put her in a bikini'] }); // undress, from the thread
 */
export function screenPrompt(text: string, mode: RequestMode = 'edit', options: ScreenOptions = {}): Signal[] {
  // A closing 🔥 of praise is not part of the request (praise-emoji.ts).
  const subject = promptSubject(quietPraise(text), mode, options.history);
  // A negative prompt in the text lists what the image must not show: screened as such (negative-prompt.ts).
  const sections = negativeSections(subject.text);
  const asked = sections.length > 0 ? positivePart(subject.text, sections) : subject.text;
  const signals = screenText(asked, subject.mode, true, options.classifier !== false, options.decision);
  if (sections.length > 0) signals.push(...excludedClothing(subject.text, sections));
  if (subject.history?.length) signals.push(...screenFollowUp(asked, subject.mode, subject.history));
  return merge(signals);
}

/** Words a listed item may hold beside its garment ("(clothes:1.3)", "any clothing", "clothes at all"). */
const ITEM_FILLER = /^(?:[\s()[\]{}:.0-9]|any\b|all\b|at all\b|no\b|whatsoever\b)*$/iu;

/** What separates the items of a list, full-width and Arabic commas included ("衣服，胸罩、內褲", "ملابس، حمالة"). */
const ITEM_END = /[,;|\n，、；،؛]/u;
/** What may stand before a list's first item (its marker's colon) or between items. */
const ITEM_START = /[,;|\n:=，、；،؛：]/u;

/**
 * Whether text[from, to) is a whole item of a negative prompt's list (`text`: the lists alone, see negativePart): "--no clothes, blanket" lists
 * clothes; "Negative prompt: revealing clothes, torn shirt" lists a kind of garment to avoid, which
 * asks for nothing.
 */
function wholeItem(text: string, from: number, to: number): boolean {
  let start = from;
  while (start > 0 && !ITEM_START.test(text[start - 1]!) && from - start < 40) start--;
  let end = to;
  while (end < text.length && !ITEM_END.test(text[end]!) && end - to < 40) end++;
  return ITEM_FILLER.test(text.slice(start, from)) && ITEM_FILLER.test(text.slice(to, end));
}

/** Longest word (in letters of the normalised text) that needs its language evidenced in the request (shortForeign). */
const SHORT_FOREIGN = 4;

/**
 * A short word of another language than English (the one mixed into every other) collides with words of
 * many: Yoruba "pata" (knickers) in "șterge pata de pe cămașă" (Romanian: wipe the stain off the shirt)
 * counts only with its language in the request too. Cue words (cues.ts) are hints of any language and
 * are not asked; words for a child are not asked either.
 */
function shortForeign(lang: ReturnType<typeof profile>, m: Match): boolean {
  // A word for a child counts in any language: the minor floor stays conservative.
  if (m.term.tag === 'minor' || m.term.tag === 'minorWeak') return false;
  return m.end - m.start <= SHORT_FOREIGN && !m.term.languages.includes('en') && !evidencedIn(lang, m.term.languages);
}

/** Nudity and sex excluded in the same list: the list is for a modest picture. */
const MODESTY_EXCLUDED: readonly Concept[] = ['nude', 'partialNude', 'sexualAct', 'suggestive'];

/** Garments and swimwear a negative prompt excludes ("--no clothes", "Negative prompt: dress, bikini"). */
const EXCLUDED_GARMENTS: readonly Concept[] = ['clothing', 'skimpy', 'outerwear'];

/**
 * "woman on a bed --no clothes": clothing listed in a negative prompt asks for the person without it,
 * which is nudity. Only a garment that is a whole item of the list counts (wholeItem): "revealing
 * clothes" or "torn shirt" names a kind of garment to avoid. A list that excludes nudity and clothing
 * alike ("--no nude, dress") is contradictory, and the garment wins (fail closed).
 */
function excludedClothing(text: string, sections: readonly Section[]): Signal[] {
  const listed = negativePart(text, sections);
  const { findings } = matchText(listed);
  // "Negative prompt: nudity, underwear": a list that also excludes nudity asks for modesty, so swimwear and
  // underwear listed beside it ask for nothing; clothing itself ("--no nude, dress") still asks for nudity.
  const modest = MODESTY_EXCLUDED.some((c) => findings.has(c));
  const garments = EXCLUDED_GARMENTS.flatMap((c) => findings.of(c)).filter(
    (m) => !(modest && findings.overlapping('skimpy', m)) && wholeItem(listed, findings.norm.start[m.start]!, spanEnd(findings.norm, m.start, m.end - 1)),
  );
  if (garments.length === 0) return [];
  findings.add('sexual', 0.9, 'negative_prompt_clothing', 'The negative prompt excludes clothing, which asks for nudity.', garments.slice(0, 4), 'negative prompt');
  return findings.signals().filter((s) => s.category === 'sexual');
}

/**
 * Screened by warmUpScreener in both modes (results unused): ordinary and harmful requests in several
 * scripts, so that the rules' expressions are compiled and the common paths optimised before traffic.
 */
const WARM_UP = [
  'make the sky a little brighter and crop it square',
  'remove her clothes',
  'a portrait of a woman in a red dress, studio light',
  'put my coworker in a bikini on the beach',
  'make him shirtless and oiled up, lol 🔥',
  'ponla en bikini en la playa',
  'enlève-lui sa robe, elle est d’accord',
  'сними с неё платье',
  '把她的衣服脱掉',
  '彼女の水着姿にして',
  'اجعلها ترتدي بيكيني',
  'masterpiece, best quality, 1girl, school uniform, cherry blossoms',
];

/**
 * Loads the classifier's weights and runs the screener's paths once, so that the first real request
 * is not the one that pays for it (tens of milliseconds cold, about one warm). Call it at start-up;
 * screening works without it. A missing or corrupt weights file throws here, as a screen would.
 */
export function warmUpScreener(): void {
  screenerModel();
  screenerLinear();
  for (const mode of ['edit', 'generate'] as const) for (const text of WARM_UP) screenPrompt(text, mode);
}

/** The screener behind the common detector interface (prompt subjects and edit subjects with a prompt). */
export const promptScreenerDetector: Detector = {
  name: PROMPT_SCREENER,
  accepts: ['prompt', 'edit'],
  detect(subject: Subject) {
    if (subject.kind === 'prompt') return { signals: screenPrompt(subject.text, subject.mode, { history: subject.history }) };
    if (subject.kind === 'edit' && subject.prompt) return { signals: screenPrompt(subject.prompt.text, 'edit', { history: subject.prompt.history }) };
    return { signals: [] };
  },
};

/** The lexicon matches of a text, with terms of implausible languages and masked terms removed. */
export function matchText(text: string): { findings: Findings; profile: ReturnType<typeof profile> } {
  const norm = normalize(text);
  const found = matcher.match(norm);
  const lang = profile(norm);
  const cues = cueWords(found, lang, norm.text);
  const misspelt = fuzzy.match(norm, found);
  // One array, no copies: the exact matches kept are moved down in place, the fuzzy ones kept
  // follow them (the fuzzy pass needed every exact match, so the filter runs after it). A match
  // with the span and concept of one kept before it at the same start ("bikini" and "bikini*" of
  // two lexicons) is dropped here: Findings keeps only the first of such a run, which stays.
  found.length = keepPlausible(found, misspelt, lang, norm.text);
  const n = found.length;
  let harm = 0;
  for (let i = 0; i < n; i++) if (MASKABLE_HARM.has(found[i]!.term.tag)) harm++;
  const kept = inPlaceNames(unmasked(found));
  // "bộ đồ bơi" (a swimsuit set): Vietnamese "bộ" folds to "bỏ" (remove); a Vietnamese term whose original spelling
  // carries other tone marks than the lexicon's is another word (an unaccented request keeps every reading).
  if (kept.some((m) => m.term.language === 'vi')) dropMatches(kept, (m) => otherVietnameseWord(m, norm, text));
  // A term written with a number ("r18", "r34", "69ing") reads the number: the normaliser folds digits to letters for
  // leetspeak, and "r18" would otherwise match "rib".
  if (kept.some((m) => TWO_DIGITS.test(m.term.term))) dropMatches(kept, (m) => TWO_DIGITS.test(m.term.term) && !digitIn(text, norm.start[m.start] ?? 0, norm.end[m.end - 1] ?? 0));
  // "바다만 보이게" (only the sea showing): Korean "다" (all) inside a word ("바다", the sea; "하다") is no "all".
  if (kept.some(koreanAll)) dropMatches(kept, (m) => koreanAll(m) && HANGUL_SYLLABLE.test(text[(norm.start[m.start] ?? 0) - 1] ?? ''));
  // "il mio cosplay di Nina Williams": a word for a child of another language ("niña" typed "nina") written as a first name
  // before a capitalised surname, in a request its language does not lead, is the name.
  if (kept.some((m) => m.term.tag === 'minor')) dropMatches(kept, (m) => m.term.tag === 'minor' && firstNameOfOther(m, norm, text, lang));
  // "giữ nguyên mặt" (keep the face): a word written with letters only Vietnamese has (ặ, ơ, ư) is a Vietnamese word, not
  // the term of another language that its folded letters spell (Hinglish "mat", don't).
  if (VIETNAMESE_LETTER.test(text)) dropMatches(kept, (m) => vietnameseWordOfOther(m, norm, text));
  // "tedd a lámpát az ágy mellé", "állj a nő mellett": Hungarian "beside" folds to the word for a breast.
  if (kept.some(bodyWord)) dropMatches(kept, (m) => bodyWord(m) && besideWord(norm, text, m));
  if (harm > 0) {
    animalsNamed(kept, norm.text);
    // "Happy birthday Randi!", "Cock Lane": a slang word written as a name or a place.
    dropMatches(kept, (m) => (m.term.tag === 'sexualAct' || m.term.tag === 'sexualBody') && properName(m, norm, text));
    nudeColours(kept, norm, text);
    uncensoredText(kept, norm.text);
    censoredHarm(kept, norm, text);
    exercisePoses(kept);
  }
  // "خليها غير بالبكيني" (Maghrebi: leave her only in a bikini): "غير" that opens a longer "only" is not "not" or "change".
  if (kept.some(onlyPhrase)) dropMatches(kept, (m) => ONLY_NOT.has(m.term.tag) && kept.some((o) => onlyPhrase(o) && o.start === m.start && o.end > m.end));
  // "cseréld le a nő bikinijét …": Hungarian "a nő" (the woman) folds to "a no"; a word of removing or of negation
  // inside a longer phrase that names a person is part of that person's name.
  dropInsidePhrases(kept);
  // "rang ta chuan bijini" (pinyin: let her wear a bikini): Hinglish "rang" (colour) is the first word of a longer
  // phrase of another language at the same place; the phrase is the reading.
  dropPhraseStarts(kept);
  // "reklám a lángosunknak … legyen szexi", "реклама борщу … «сексі»": in a request about food that names no person and
  // no garment or body, a word for "sexy" (a whole suggestive word) read by a shorter prefix of "sex" (Hungarian "szex*",
  // Kazakh "секс*") is the dish's look, as English "sexy" is. Elsewhere the prefix keeps its reading (Finnish "seksi" is
  // sex; "секси снимка на <a name> по бельо" needs it).
  if (kept.some((m) => m.term.tag === 'sexualAct' && m.term.term.endsWith('*')) && aboutFood(norm.text) && !kept.some((m) => PERSON_CONCEPTS.has(m.term.tag) || BODY_OR_GARMENT.has(m.term.tag)))
    dropSexPrefixes(kept);
  // "tambah kardigan nipis", "lagyan ng manipis na cardigan", "накинь лёгкий кардиган": a thin or sheer word said of a
  // coat or cardigan that the request puts on describes the cover, not a garment made see-through.
  // Bounded: read only where a few coats and thin words stand (a longer list keeps every reading).
  if (countUpTo(kept, OUTERWEAR_OR_THIN, MAX_ADDED_COATS + 1) <= MAX_ADDED_COATS && kept.some((m) => m.term.tag === 'outerwear'))
    dropMatches(kept, (m) => (m.term.tag === 'reveal' || m.term.tag === 'thinFabric') && ofAddedOuterwear(kept, m, norm.text));
  // "lägg till sex ballonger", "sett seks stoler rundt bordet": the number six, not the word it looks like.
  const sixes = countedSixes(norm.text, lang);
  if (sixes.length > 0) dropMatches(kept, (m) => m.term.tag === 'sexualAct' && sixes.some((s) => overlaps(s, m)));
  const findings = new Findings(text, norm, kept);
  if (harm > 0) {
    let left = 0;
    for (const m of kept) if (MASKABLE_HARM.has(m.term.tag)) left++;
    findings.maskedHarm = left < harm;
  }
  findings.maskedHarm ||= sixes.length > 0;
  if (cues.length > 0) findings.cueWords = new Findings(text, norm, cues);
  return { findings, profile: lang };
}

/** An "only" phrase of several words (see matchText). */
function onlyPhrase(m: Match): boolean {
  return m.term.tag === 'only' && m.term.term.includes(' ');
}
/**
 * Whether a match of a Vietnamese term reads, in the original text, a word of other letters than the term's own once
 * the tone marks are set aside ("bộ" for "bỏ": ô is not o): the vowel letters with a circumflex, a breve or a horn, and
 * đ, tell words apart that folding merges. Tone marks alone never do (their placement varies: "xoá", "xóa"; Yoruba
 * "bọ́" spells the same letters). Prefix terms and requests typed without marks keep their readings. Bounded: the span is
 * at most a term's length.
 */
function otherVietnameseWord(m: Match, norm: NormalizedText, text: string): boolean {
  if (m.term.language !== 'vi' || m.term.term.includes('*')) return false;
  const from = norm.start[m.start];
  const to = norm.end[m.end - 1];
  if (from === undefined || to === undefined || to - from > 40) return false;
  const written = text.slice(from, to).normalize('NFKC').toLowerCase();
  if (!/[^\x00-\x7f]/.test(written)) return false;
  return toneless(written).replace(/[\s-]+/g, ' ') !== toneless(m.term.term.toLowerCase());
}
/**
 * Letters that only Vietnamese writes among the languages of the lexicon: o and u with a horn, and the vowels with a dot
 * below or a hook above (U+1EA0-U+1EF9), except Yoruba's ẹ and ọ. (ă is Romanian too, đ Croatian.)
 */
const VIETNAMESE_LETTER = /[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1eb7\u1eba-\u1ecb\u1ece-\u1ef9]/;

/**
 * Whether a match of a term of other languages than Vietnamese reads, in the original text, a word written with a letter
 * only Vietnamese has that the term's own spelling lacks ("mặt", face, read as Hinglish "mat"). Bounded by the span.
 */
function vietnameseWordOfOther(m: Match, norm: NormalizedText, text: string): boolean {
  if (m.term.languages.includes('vi')) return false;
  const from = norm.start[m.start];
  const to = norm.end[m.end - 1];
  if (from === undefined || to === undefined || to - from > 40) return false;
  const written = text.slice(from, to).normalize('NFC').toLowerCase();
  if (!VIETNAMESE_LETTER.test(written)) return false;
  return !VIETNAMESE_LETTER.test(m.term.term.normalize('NFC').toLowerCase());
}

/** A Vietnamese spelling without its tone marks (grave, acute, tilde, hook above, dot below), its letters kept. */
function toneless(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC');
}

/** Concepts that a longer "only" phrase at the same start overrides. */
const ONLY_NOT: ReadonlySet<Concept> = new Set<Concept>(['negation', 'replace', 'swap']);

/**
 * Moves down, in place, the matches of `found` then `misspelt` that are kept (see matchText); returns how
 * many. A function of its own that returns right after its loop: V8 compiles a hot loop on the spot
 * (on-stack replacement), and code after it in the same function was compiled without type feedback and
 * left the optimised code on every call (--trace-deopt).
 */
function keepPlausible(found: Match[], misspelt: readonly Match[], lang: ReturnType<typeof profile>, text: string): number {
  const exact = found.length;
  let n = 0;
  // Where the kept matches starting where the last one kept starts begin (a run bounded by the lexicon).
  let run = 0;
  for (let i = 0; i < exact + misspelt.length; i++) {
    const m = i < exact ? found[i]! : misspelt[i - exact]!;
    if (n > 0 && found[n - 1]!.start !== m.start) run = n;
    // Asked first: such a match is dropped whether or not it is plausible, so that is not read.
    if (keptBefore(found, run, n, m)) continue;
    if (!plausibleMatch(lang, m, text) || positional(text, m) || shortForeign(lang, m)) continue;
    found[n++] = m;
  }
  return n;
}

/**
 * "a proud cock crowing on a fence", "přidej na louku kozy a ovce": a slang word that names an animal or another
 * thing, in a request about that thing and about nobody, or with the thing's kind named close by (senses.ts), is
 * taken out of `kept` (in place); the request then counts as one whose harmful word a benign phrase hid (maskedHarm).
 */
function animalsNamed(kept: Match[], text: string): void {
  const persons = kept.filter((m) => PERSON_CONCEPTS.has(m.term.tag));
  const thing = thingSenses(text, persons, () => kept.filter((m) => MASKABLE_HARM.has(m.term.tag)));
  // Beside a person only the thing's own kind named close by reads the sense ("our cat is called Pussy, she's asleep").
  if (persons.length > 0) {
    if (thing) dropMatches(kept, (m) => MASKABLE_HARM.has(m.term.tag) && thing(m));
    // "…eating hot and spicy pakode": a word of appetite right before a dish is the dish's, beside people too.
    if (aboutFood(text)) {
      const dish = dishRightAfter(text);
      dropMatches(kept, (m) => m.term.tag === 'suggestive' && dish(m));
    }
    return;
  }
  if (!thing) return; // never so without a person
  const food = foodSenses(text);
  const praise = praiseSenses(text);
  // "hazme el taco más spicy y jugoso": a word of appetite in a request about food describes the food; "mach das Auto
  // geiler" praises the car.
  dropMatches(kept, (m) => MASKABLE_HARM.has(m.term.tag) && (thing(m) || (m.term.tag === 'suggestive' && food(m)) || praise(m)));
}

function bodyWord(m: Match): boolean {
  return m.term.tag === 'sexualBody' || m.term.tag === 'bodyPart';
}

/**
 * Whether a body word is, as written, Hungarian "mellé" / "mellett" (beside, next to: "az ágy mellé", "mellette"): the
 * accent or the double "t" the folded text lost tells it from "melle", "mellét" (her breast, the breast). The word is read
 * in the original text from the match's start to the end of its word (bounded: at most 16 characters).
 */
function besideWord(norm: NormalizedText, text: string, m: Match): boolean {
  if (m.term.language !== 'hu' && !m.term.languages.includes('hu')) return false;
  const from = norm.start[m.start]!;
  let to = from;
  while (to < text.length && to - from < 16 && /\p{L}/u.test(text[to]!)) to++;
  return BESIDE_HU.test(text.slice(from, to).toLowerCase());
}
const BESIDE_HU = /^mell(?:é|ett\p{L}*)$/u;

/**
 * The short words a longer phrase may hold, by the phrase's concept (see dropInsidePhrases): a person phrase holds words
 * of removing and negation ("a nő" holds "no"); a phrase of leaving a thing as it is ("bez zmian", without changes) and
 * a thing named in several words ("隐形模特", the invisible mannequin) hold a remover too.
 */
const HELD_WORDS: ReadonlySet<Concept> = new Set<Concept>(['removeWeak', 'negation']);
const HELD_WORDS_AND_REMOVERS: ReadonlySet<Concept> = new Set<Concept>(['removeWeak', 'negation', 'remove']);
const HOLDS: ReadonlyMap<Concept, ReadonlySet<Concept>> = new Map<Concept, ReadonlySet<Concept>>([
  ['person', HELD_WORDS],
  ['someone', HELD_WORDS],
  ['asIs', HELD_WORDS_AND_REMOVERS],
  ['objectTarget', HELD_WORDS_AND_REMOVERS],
]);
/** Holding phrases read at once (by dropInsidePhrases, or at one place by dropPhraseStarts): a request with more keeps every word. */
const MAX_HOLDING_PHRASES = 16;

/** Whether `m` is a phrase that HOLDS words: longer than two characters, and of several words where it names a thing. */
function holdingPhrase(m: Match): boolean {
  return HOLDS.has(m.term.tag) && m.end - m.start > 2 && (m.term.tag !== 'objectTarget' || m.term.term.includes(' '));
}

/** Drops, in place, the words that lie inside a longer phrase that holds them (see HOLDS). Bounded. */
function dropInsidePhrases(kept: Match[]): void {
  const phrases: Match[] = [];
  let held = false;
  for (const m of kept) {
    work.steps++;
    if (HELD_WORDS_AND_REMOVERS.has(m.term.tag)) held = true;
    else if (holdingPhrase(m) && phrases.length < MAX_HOLDING_PHRASES) phrases.push(m);
  }
  if (!held || phrases.length === 0) return;
  dropMatches(kept, (m) => phrases.some((p) => HOLDS.get(p.term.tag)!.has(m.term.tag) && p.start <= m.start && p.end >= m.end && p.end - p.start > m.end - m.start));
}

/** Coats and thin words read at most by ofAddedOuterwear: each of the few is compared with every match once. */
const MAX_ADDED_COATS = 16;
const OUTERWEAR_OR_THIN: ReadonlySet<Concept> = new Set<Concept>(['outerwear', 'reveal', 'thinFabric']);

/** How many matches of `concepts` `kept` holds, counted up to `limit`. */
function countUpTo(kept: readonly Match[], concepts: ReadonlySet<Concept>, limit: number): number {
  let n = 0;
  for (const m of kept) {
    work.steps++;
    if (concepts.has(m.term.tag) && ++n >= limit) break;
  }
  return n;
}

/** Verbs that put a garment on: in front of a coat, the coat is added. */
const PUTS_ON: ReadonlySet<Concept> = new Set<Concept>(PUTTING_ON_OR_COVERING);

/**
 * Whether thin or sheer word `m` stands next to (at most one word from) a coat or cardigan that a verb of putting on, at
 * most four words before, adds. Words are counted in the skeleton, which keeps no punctuation: a clause break between
 * does not part them.
 */
function ofAddedOuterwear(kept: readonly Match[], m: Match, text: string): boolean {
  const words = (from: number, to: number) =>
    text
      .slice(from, to)
      .split(' ')
      .filter((w) => w.length > 0).length;
  const coat = kept.find((o) => o.term.tag === 'outerwear' && !overlaps(o, m) && (o.end <= m.start ? words(o.end, m.start) : words(m.end, o.start)) <= 1);
  if (coat === undefined) return false;
  const first = Math.min(coat.start, m.start);
  return kept.some((v) => PUTS_ON.has(v.term.tag) && v.end <= first && words(v.end, first) <= 4);
}

/** A removing word yields only to a phrase that names a thing or a garment ("tube dress"), not to one that undresses ("bez stanika"). */
const REMOVING: ReadonlySet<Concept> = new Set<Concept>(['remove', 'removeWeak']);
const THING_PHRASES: ReadonlySet<Concept> = new Set<Concept>(['clothing', 'outerwear', 'benign', 'sceneThing', 'objectTarget', 'colour']);
/** Concepts of a single word that a longer phrase of another language starting at the same place overrides. */
const PHRASE_STARTS: ReadonlySet<Concept> = new Set<Concept>(['benign', 'colour', 'remove', 'removeWeak']);

/**
 * Drops, in place, a one-word benign, colour or removing match when a phrase of several words of another language starts
 * at the same place and runs further ("rang ta" holds Hinglish "rang"; English "tube dress" holds Hausa "tube", strip). Two passes: the phrases by their start, then the
 * words (linear in the matches).
 */
function dropPhraseStarts(kept: Match[]): void {
  let phrases: Map<number, Match[]> | undefined;
  for (const m of kept) {
    work.steps++;
    if (!PHRASE_STARTS.has(m.term.tag) && m.term.term.includes(' ')) {
      phrases ??= new Map();
      const at = phrases.get(m.start);
      if (at === undefined) phrases.set(m.start, [m]);
      else if (at.length < MAX_HOLDING_PHRASES) at.push(m);
    }
  }
  if (phrases === undefined) return;
  const map = phrases;
  dropMatches(
    kept,
    (m) =>
      PHRASE_STARTS.has(m.term.tag) &&
      !m.term.term.includes(' ') &&
      (map.get(m.start)?.some((o) => o.end > m.end && !o.term.languages.includes(m.term.language) && (!REMOVING.has(m.term.tag) || THING_PHRASES.has(o.term.tag))) ?? false),
  );
}

/** Removes from `kept`, in place and in order, the matches `drop` says are not what they seemed. */
/** Concepts of a body, its nudity or its clothes: with any of them, "sexy" may be said of a person (see dropSexPrefixes). */
const BODY_OR_GARMENT: ReadonlySet<Concept> = new Set<Concept>(['skimpy', 'clothing', 'nude', 'partialNude', 'sexualBody', 'bodyPart', 'undressVerb', 'pose']);

/**
 * Drops, in place, a prefix term of a sexual act ("szex*", "секс*") where a suggestive word starts at the same place and
 * runs at least as far ("szexi", "сексі", "сексуальн*"): the word is "sexy", a look, not sex. Two passes (linear).
 */
function dropSexPrefixes(kept: Match[]): void {
  const suggestiveEnd = new Map<number, number>();
  for (const m of kept) if (m.term.tag === 'suggestive') suggestiveEnd.set(m.start, Math.max(suggestiveEnd.get(m.start) ?? 0, m.end));
  if (suggestiveEnd.size === 0) return;
  dropMatches(kept, (m) => m.term.tag === 'sexualAct' && m.term.term.endsWith('*') && (suggestiveEnd.get(m.start) ?? 0) >= m.end);
}

function dropMatches(kept: Match[], drop: (m: Match) => boolean): void {
  let n = 0;
  for (const m of kept) {
    work.steps++;
    if (!drop(m)) kept[n++] = m;
  }
  kept.length = n;
}

/** Nudity terms that say "uncensored": of a text they restore its words, of a photo they strip it. */
const UNCENSOR =
  /censor|censur|zensi|cenzu|cenz|sansur|sansür|sensur|sensuu|tapis|udhibiti|цензур|修正|삭제|审查|審查|sensor|kiem duyet|kiểm duyệt|เซ็นเซอร์|เซ็น|λογοκρ|αλογοκρ|αλογόκρ|צנזור|צונזר|سانسور|رقابة|مراقب|سنسر|सेंसर|সেন্সর|சென்சார்|தணிக்கை/;
/** Words for written text: a text, a caption, subtitles, lyrics, a meme's words, swear words. */
const TEXT_WORD =
  /(?:^| )(?:text|texts|texte|texto|testo|tekst\p{L}*|текст\p{L}*|metin\p{L}*|yazı\p{L}*|yazi\p{L}*|caption\p{L}*|legenda|didascali\p{L}*|subtit\p{L}*|untertitel\p{L}*|sottotitol\p{L}*|lyrics|paroles|letra|swear\p{L}*|profanit\p{L}*|groser\p{L}*|parolacc\p{L}*|kraftausdr\p{L}*|palavr\p{L}*|мат\p{L}*|kufur\p{L}*|küfür\p{L}*|przekle\p{L}*|scheldw\p{L}*|gaali\p{L}*|meme\p{L}*|mem|mema|memu|мем\p{L}*|caps|teks|chu|chữ|κειμενο|κείμενο|szoveg\p{L}*|szöveg\p{L}*|felirat\p{L}*|teksti|meemi\p{L}*|maandishi|teksto|κειμεν\p{L}*|μιμ|μιμς)(?= |$)|உரை|மீம்|வாசகம்|মিম|ক্যাপশন|मीम|कैप्शन|میم|کیپشن|کپشن|ميم|מם|ממים|כיתוב|ミーム|밈|梗图|梗圖|文字|文本|字幕|テキスト|伏せ字|문구|글자|텍스트|نص|متن|טקסט|टेक्स्ट|লেখা|ข้อความ|มีม/u;

/**
 * "the uncensored version of the meme text, swear words back in", "Versión sin censura del texto del meme":
 * an "uncensored" said of a text, in a request that names nobody, restores words, not a body.
 */
function uncensoredText(kept: Match[], text: string): void {
  if (!TEXT_WORD.test(text) || kept.some((m) => PERSON_CONCEPTS.has(m.term.tag))) return;
  dropMatches(kept, (m) => m.term.tag === 'nude' && UNCENSOR.test(m.term.term));
}

/** Nudity words a hiding word can act on (CENSOR): the nudity, a nude body or painting, exposed parts. */
const CENSORED: ReadonlySet<Concept> = new Set<Concept>(['nude', 'sexualBody', 'partialNude', 'sexualAct']);

/**
 * "blur the nude painting behind me", "put a black bar over the nudity", "ヌードの絵にモザイクをかけて": a nudity
 * word that a hiding word (lexicon/censor.ts) acts on is what the request hides, so it is read as a word about a
 * thing (maskedHarm), like a nudity word a benign phrase hid. The hiding word comes first, at most four words
 * before, nothing between but plain words (no punctuation, no "and"); in object-first languages (OBJECT_FIRST: "ヌードの絵にモザイク",
 * "把裸体打码") it may follow within three. Not where the blur is taken away ("remove the blur", unveil) or refused ("no blur").
 */
function censoredHarm(kept: Match[], norm: NormalizedText, original: string): void {
  const text = norm.text;
  const censors: Match[] = [];
  const guards: Match[] = [];
  const targets: Match[] = [];
  for (const m of kept) {
    const tag = m.term.tag;
    if (tag === 'censor') {
      if (censors.length < MAX_CENSORS) censors.push(m);
    } else if (tag === 'unveil' || tag === 'negation' || tag === 'removeWeak') guards.push(m);
    else if (CENSORED.has(tag)) targets.push(m);
  }
  if (censors.length === 0 || targets.length === 0) return;
  const byStart = (a: Match, b: Match) => a.start - b.start;
  targets.sort(byStart);
  guards.sort(byStart);
  const targetStarts = targets.map((m) => m.start);
  const guardStarts = guards.map((m) => m.start);
  let hidden: Set<Match> | undefined;
  for (const c of censors) {
    // "remove the blur", "no blur", "without pixelation": a guard ending at most a space before the hiding word, or on it.
    let guarded = false;
    for (let i = lowerBound(guardStarts, c.start - CENSOR_REACH); i < guards.length && guards[i]!.start < c.end && !guarded; i++) guarded = c.start - guards[i]!.end <= 1;
    if (guarded) continue;
    // Object-first languages put what is hidden before the hiding word; Chinese has both orders ("打码她的裸体", "把裸体打码").
    const after = c.term.languages.some((l) => l === 'zh' || !OBJECT_FIRST.has(l));
    const before = c.term.languages.some((l) => OBJECT_FIRST.has(l));
    // An open-ended term ("zensier*") ends inside its word: the gap is counted from the word's end.
    const end = c.term.term.endsWith('*') ? wordEnd(text, c.end) : c.end;
    for (let i = lowerBound(targetStarts, c.start - CENSOR_REACH); i < targets.length && targets[i]!.start <= end + CENSOR_REACH; i++) {
      const m = targets[i]!;
      const ok =
        (m.start >= end
          ? after && !plainGapExceeds(text, end, m.start, 4)
          : before && m.end <= c.start && !plainGapExceeds(text, m.term.term.endsWith('*') ? wordEnd(text, m.end) : m.end, c.start, 3)) &&
        // "blur the background, make her naked": punctuation the skeleton dropped still ends what the blur acts on.
        !clauseBetween(norm, original, m.start >= end ? end : m.end, m.start >= end ? m.start : c.start);
      if (ok) (hidden ??= new Set()).add(m);
    }
  }
  if (hidden) dropMatches(kept, (m) => hidden!.has(m));
}

/** Whether the original text has a clause break between two skeleton offsets (bounded: the hiding word's reach). */
function clauseBetween(norm: NormalizedText, original: string, from: number, to: number): boolean {
  const a = norm.end[Math.max(0, from - 1)] ?? 0;
  const b = norm.start[to] ?? original.length;
  return b > a && CLAUSE_BREAK.test(original.slice(a, Math.min(b, a + CENSOR_REACH * 2)));
}

/** How far, in characters, a hiding word reaches (five words of 24), and how many hiding words are read: the work stays linear. */
const CENSOR_REACH = 5 * 24;
const MAX_CENSORS = 32;

/** The end of the word that `at` is in (bounded: a word longer than 32 characters is cut). */
function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < 32 && text.charCodeAt(i) !== 32) i++;
  return i;
}

const UNSPACED_GAP = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;
const CJK_CLAUSE = /然|并|並|再|让|讓|把|和|跟|外|除|て|、|고/;
const EXCEPT_OR_AND =
  /[,.;:!?\n，、。；：！？]| (?:and|und|et|y|e|и|ve|but|except|apart|other than|sauf|außer|ausser|excepto|menos|salvo|tranne|eccetto|exceto|behalve|oprócz|oprocz|кроме|hariç|haric) |和|除了|以外|빼고|عدا|سوى|छोड़कर|chhodkar/;
/** More than `max` words, or a clause mark, "and" or "except" between `from` and `to` ("blur everything except her chest"). */
function plainGapExceeds(text: string, from: number, to: number, max: number): boolean {
  if (to - from > (max + 1) * 24) return true;
  const between = text.slice(from, to);
  // Unspaced scripts lose their punctuation in the normalised text: at most three characters, none of them a "then" or another verb's object marker.
  if (UNSPACED_GAP.test(between)) return between.length > 3 || CJK_CLAUSE.test(between);
  return EXCEPT_OR_AND.test(` ${between} `) || wordsBetweenExceed(text, from, to, max);
}

/** What a colour word may be said of: garments, swimwear and outer clothes, and the accessories among the things (ACCESSORY). */
const COLOURED: ReadonlySet<Concept> = new Set<Concept>(['clothing', 'skimpy', 'outerwear']);
const ACCESSORY = /^(?:hand)?bags?$|^purses?$|^clutch|^tote|^wallet|^belts?$|^scar(?:f|ves)$|^shoes?$|^heels?$|^pumps?$|^sandals?$|^boots?$|^gloves?$|^hats?$|^caps?$/;

/**
 * "a nude leotard", "nude mesh panel gown", "nude leather handbag": "nude" right before a garment or an
 * accessory (at most two words before it, nothing between but plain words, no punctuation in the text
 * as given) is its colour. "a nude woman in heels" and "nude, heels" keep the nudity. Only the first
 * garment after each "nude" is asked: one further away has more words, punctuation and people between.
 */
function nudeColours(kept: Match[], norm: ReturnType<typeof normalize>, text: string): void {
  const nudes = kept.filter((m) => m.term.tag === 'nude' && norm.text.slice(m.start, m.end) === 'nude');
  if (nudes.length === 0) return;
  const byStart = (a: Match, b: Match) => a.start - b.start;
  const targets = kept.filter((c) => COLOURED.has(c.term.tag) || (c.term.tag === 'benign' && ACCESSORY.test(norm.text.slice(c.start, c.end)))).sort(byStart);
  if (targets.length === 0) return;
  const people = kept.filter((p) => PERSON_CONCEPTS.has(p.term.tag)).sort(byStart);
  const targetStarts = targets.map((c) => c.start);
  const peopleStarts = people.map((p) => p.start);
  const colours = new Set<Match>();
  for (const m of nudes) {
    const c = targets[lowerBound(targetStarts, m.end + 1)];
    if (c && colourOf(m, c, people, peopleStarts, norm, text)) colours.add(m);
    // "alça do sutiã nude", "un vestido nude": where the adjective follows its noun, a garment right before it.
    const before = targets[lowerBound(targetStarts, m.start) - 1];
    if (before && before.end <= m.start && !before.term.languages.includes('en') && colourAfter(before, m, norm, text)) colours.add(m);
  }
  if (colours.size > 0) dropMatches(kept, (m) => colours.has(m));
}

/** Whether the garment `c`, the first after "nude" `m`, is what `m` colours (see nudeColours). */
function colourOf(m: Match, c: Match, people: readonly Match[], peopleStarts: readonly number[], norm: ReturnType<typeof normalize>, text: string): boolean {
  if (wordsBetweenExceed(norm.text, m.end, c.start, 2)) return false;
  const from = spanEnd(norm, m.start, m.end - 1);
  const to = norm.start[c.start]!;
  if (/[,.;:!?()\n]/.test(text.slice(from, to))) return false;
  for (let i = lowerBound(peopleStarts, m.end); i < people.length && people[i]!.start < c.start; i++) if (people[i]!.end <= c.start) return false;
  return true;
}

/**
 * Whether more than `max` words stand in text[from, to): read only until the word past `max` starts, so a garment
 * far away costs no more than a near one (a request of many "nude" words and one garment at its end stays linear).
 */
function wordsBetweenExceed(text: string, from: number, to: number, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    work.steps++;
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord && ++words > max) return true;
    inWord = !space;
  }
  return false;
}

/** Whether "nude" `m` follows the garment `c` with nothing between but spaces (see nudeColours). */
function colourAfter(c: Match, m: Match, norm: ReturnType<typeof normalize>, text: string): boolean {
  // Adjacent words: at most a space between (checked first, so no long gap is ever sliced).
  if (m.start - c.end > 1 || norm.text.slice(c.end, m.start).trim() !== '') return false;
  const from = spanEnd(norm, c.start, c.end - 1);
  const to = norm.start[m.start]!;
  work.steps += to - from + 1;
  return !/[,.;:!?()\n]/.test(text.slice(from, to));
}

/** Cue words kept per request: a cue read past them is simply not found (cues.ts reads a few dozen). */
const MAX_CUE_WORDS = 256;

/**
 * Moves the cue words' matches (lexicon/cues.ts) out of `found`, in place, and returns the plausible
 * ones: the rules, the fuzzy pass and the language check never see them (cues.ts reads them).
 */
function cueWords(found: Match[], lang: ReturnType<typeof profile>, text: string): Match[] {
  let cues: Match[] | undefined;
  let n = 0;
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    if (!CUE_CONCEPTS.has(m.term.tag)) found[n++] = m;
    else if ((cues?.length ?? 0) < MAX_CUE_WORDS && plausibleMatch(lang, m, text)) (cues ??= []).push(m);
  }
  found.length = n;
  return cues ?? [];
}

/** Whether list[from..to) holds a match of the span and concept of `m`. */
function keptBefore(list: readonly Match[], from: number, to: number, m: Match): boolean {
  for (let k = from; k < to; k++) {
    work.steps++;
    if (list[k]!.end === m.end && list[k]!.start === m.start && list[k]!.term.tag === m.term.tag) return true;
  }
  return false;
}

/** Harmful concepts whose words a benign phrase may hide (see Findings.maskedHarm). */
const MASKABLE_HARM: ReadonlySet<Concept> = new Set<Concept>(['nude', 'sexualAct', 'sexualBody', 'undressVerb', 'partialNude', 'skimpy', 'suggestive', 'reveal']);

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/u;
function koreanAll(m: Match): boolean {
  return m.term.tag === 'everything' && m.term.term === '다';
}
/** A capitalised word of Latin letters, then a space and another (a first name and a surname). */
const FULL_NAME = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u;
/** Whether a minor match is written as a first name before a surname in a request its languages do not lead (bounded). */
function firstNameOfOther(m: Match, norm: ReturnType<typeof normalize>, text: string, lang: ReturnType<typeof profile>): boolean {
  const from = norm.start[m.start];
  if (from === undefined || (from > 0 && /\p{L}/u.test(text[from - 1]!))) return false;
  if (!FULL_NAME.test(text.slice(from, from + 40))) return false;
  return !m.term.languages.some((l) => leadsRequest(lang, l));
}
const TWO_DIGITS = /\d\d/;
/** Whether text.slice(from, to) holds a digit of any script (bounded by the match's length). */
function digitIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c > 127 && /\p{Nd}/u.test(text[i]!))) return true;
  }
  return false;
}

/** Whether some language of a match makes it plausible (see plausibleTerm; the surface is read in place). */
function plausibleMatch(lang: ReturnType<typeof profile>, m: Match, text: string): boolean {
  // A one-letter conjunction ("i", "a", "e", "y") is an everyday word of several languages: its own must lead. (Not a
  // character of an unspaced script: Chinese "和" in "外套和衬衫" joins a list.)
  if (m.end - m.start === 1 && m.term.tag === 'conjunction' && isLatinLetter(text.charCodeAt(m.start))) return m.term.languages.some((l) => leadsAmong(lang, l, text, m.start, m.end));
  // A typo's reading (fuzzy-terms.ts: "putting" read as Indonesian "puting") needs its language in the request:
  // a misspelling is made writing that language.
  if (m.term.term.endsWith('~') && !evidencedIn(lang, m.term.languages)) return false;
  // A slang spelling (fuzzy-terms.ts, slangOf) is typed in English: "nood" in a Dutch request is Dutch (need).
  if (m.term.term.endsWith('~~') && !leadsRequest(lang, 'en')) return false;
  // A slang word of the body or of sex from a language the request shows no sign of, in a request written in another:
  // a false friend ("dede", Turkish for grandfather, is Tagalog slang; "bunda", Portuguese slang, is Indonesian for mum).
  if (FOREIGN_PRONE.has(m.term.tag) && isLatinLetter(text.charCodeAt(m.start)) && foreignWord(lang, m.term.languages, FOREIGN_EVIDENCE)) return false;
  // Everyday Japanese typed in Latin letters ("kanojo no fuku wo nugasete") counts where the request is Japanese: in its
  // script, or led by romanised Japanese particles and everyday words ("wo", "no", "kudasai"; language.ts). Its short
  // words ("fuku", "totte", "kaete") are other languages' words or names elsewhere. Slang that travels into English
  // ("her oppai", "hadaka", "ecchi") counts anywhere, as before.
  if (
    m.term.languages.length === 1 &&
    m.term.languages[0] === 'ja' &&
    !TRAVELLING_SLANG.has(m.term.tag) &&
    isLatinLetter(text.charCodeAt(m.start)) &&
    !plausibleByScript(lang, 'ja') &&
    !leadsRequest(lang, 'ja')
  )
    return false;
  // A word of another language's lexicon that spells an English word of another sense (lexicon/english-homographs.ts:
  // Welsh "plant", children; Afrikaans "kind", child; Hungarian "nőt" read "not"), in a request written in English that
  // shows fewer common words of the term's languages than of English: the English word ("a woman in lingerie next to a
  // plant").
  if (englishHomograph(lang, m, text)) return false;
  // A prefix term that starts a longer word which is a common word of another language, in a request written in that
  // language: "bikini*" in Indonesian "tolong bikinin foto anakku" (make for me), not in Swedish "gör bikinin mindre".
  if (m.term.term.endsWith('*') && wordOfAnother(lang, m.term.languages, text, m.start, wordEnd(text, m.end), m.end)) return false;
  return plausibleInSome(lang, m.term.languages, text, m.start, m.end);
}

/** Whether `m`, a term of other languages than English, is read in an English request as the English word it spells (see plausibleMatch). */
function englishHomograph(lang: ReturnType<typeof profile>, m: Match, text: string): boolean {
  const languages = m.term.languages;
  if (languages.includes('en') || languages.includes('multi') || !isLatinLetter(text.charCodeAt(m.start))) return false;
  // The whole word: "tričk*" in "tricks", not in "tričko".
  if (!ENGLISH_HOMOGRAPHS.has(text.slice(m.start, wordEnd(text, m.end)))) return false;
  const english = hitsOf(lang, 'en');
  if (english < 2 || !leadsRequest(lang, 'en')) return false;
  // Outnumbered: Italian "a" and "in" in "make her a bimbo in a bikini" do not make it Italian.
  for (const language of languages) if (hitsOf(lang, language) >= english) return false;
  // A clause of the term's own language inside an English request keeps it ("…, il est en slip sur la photo, mets-lui
  // un short long"): a word near it that is a common word of one of its languages and not of English.
  return !nearOwnWord(text, m, languages);
}

/** Words read on each side of a match by nearOwnWord. */
const NEAR_WORDS = 3;

/** Whether one of the NEAR_WORDS words either side of `m` is a common word of `languages` and not of English (bounded). */
function nearOwnWord(text: string, m: Match, languages: readonly string[]): boolean {
  const own = (from: number, to: number) => {
    if (to - from > 24) return false;
    const common = commonIn(text.slice(from, to));
    return !common.includes('en') && common.some((l) => languages.includes(l));
  };
  let end = m.start - 1;
  for (let n = 0; n < NEAR_WORDS && end > 0; n++) {
    let start = end;
    while (start > 0 && text.charCodeAt(start - 1) !== 32 && end - start < 32) start--;
    work.steps += end - start + 1;
    if (own(start, end)) return true;
    end = start - 1;
  }
  let start = wordEnd(text, m.end) + 1;
  for (let n = 0; n < NEAR_WORDS && start < text.length; n++) {
    const stop = wordEnd(text, start);
    work.steps += stop - start + 1;
    if (own(start, stop)) return true;
    start = stop + 1;
  }
  return false;
}

/** Concepts whose words, slang for the body or for sex, are often everyday words of another language. */
const FOREIGN_PRONE: ReadonlySet<Concept> = new Set<Concept>(['sexualBody', 'sexualAct', 'bodyPart']);
/** Common words of another language that show a request is written in it (one is too few: "vếu to" has English "to"). */
const FOREIGN_EVIDENCE = 2;

/** Concepts whose romanised Japanese words are used in other languages' requests too (see plausibleMatch). */
const TRAVELLING_SLANG: ReadonlySet<Concept> = new Set<Concept>(['nude', 'sexualBody', 'sexualAct', 'suggestive', 'undressVerb', 'minor', 'minorWeak']);

/** Garment words that are also words of position ("the top balloon", "the top shelf"). */
const POSITIONAL = new Set(['top', 'tops']);

/**
 * "the top balloon": a garment word after "the" and before a noun is an adjective of position.
 * "remove the top", "take the top off", "the top and the skirt" keep it a garment (nothing follows,
 * or a common word does). Reads one word either side: constant work per match.
 */
function positional(text: string, m: Match): boolean {
  if ((m.term.tag !== 'clothing' && m.term.tag !== 'skimpy') || m.end - m.start > 4 || !POSITIONAL.has(text.slice(m.start, m.end))) return false;
  const before = text.slice(Math.max(0, m.start - 4), m.start);
  if (before !== 'the ') return false;
  const rest = text.slice(m.end + 1, m.end + 25);
  const next = rest.slice(0, rest.indexOf(' ') < 0 ? rest.length : rest.indexOf(' '));
  return text[m.end] === ' ' && next.length > 1 && commonIn(next).length === 0 && !SUBJECT_VERB.has(next);
}

/** Verbs whose subject "the top" is the garment: it falls, slips or rides up ("the top falls down", "the top slides off"). */
const SUBJECT_VERB: ReadonlySet<string> = new Set(
  'falls fell drops dropped slips slipped slides slid rides rode comes came flies flew blows blew tears tore rips ripped opens opened melts melted dissolves dissolved vanishes vanished disappears disappeared'.split(
    ' ',
  ),
);

/** The lexicon's reading of one request: its findings, rules applied, and whether its language is covered. */
export function readLexicon(text: string, mode: RequestMode): { findings: Findings; lang: ReturnType<typeof profile>; notCovered: boolean } {
  const { findings, profile: lang } = matchText(text);
  applyRules(findings, mode);
  restTakenOff(findings);
  peeking(findings);
  separableUndress(findings);
  findAges(findings);
  hotChild(findings);
  minorRomance(findings);
  if (mode === 'generate') {
    findNames(findings, lang);
    // After the names: a named person (a real one, or what reads as one) keeps every rule.
    nameThenNu(findings);
    if (!findings.fired('real_person', 0.5)) bareMaleChest(findings);
    helpSought(findings);
    quotedLettering(findings);
  }
  tripleX(findings);
  authenticityQuestion(findings);
  bodyLeftAsIs(findings);
  // After the names: a name beside a leak word is the person in the pictures.
  leakedPhotos(findings, mode === 'edit');
  const realPerson = mode === 'edit' || findings.has('realRef') || findings.has('publicFigure') || findings.fired('real_person', 0.5);
  neverPosted(findings, realPerson);
  nudeGenre(findings, realPerson);
  artStudy(findings, realPerson);
  bedCover(findings, realPerson);
  fadingCover(findings, realPerson);
  swappedForToken(findings, mode === 'edit', realPerson);
  const why = notCovered(lang, findings.matchCount > 0);
  if (why) {
    findings.addNote('language_not_covered', 0.6, 'language_not_covered', 'The request is in a language or script the screener has no lexicon for, so it cannot be screened with confidence.', why);
  }
  return { findings, lang, notCovered: why !== undefined };
}

/** French and Portuguese "nu", "nus" (naked, of a man): the word right after a name; "nu-pieds", "pés nus" are barefoot. */
const NU_AFTER_NAME = /^ (?:nu|nus)(?=$| (?!pieds|pes(?: |$)|pe(?: |$)))/;

/**
 * "Cristiano Ronaldo nu no balneário", "Mbappé nu sur la plage": a named person, then "nu". The lexicons hold the word
 * only in phrases ("homme nu", "entièrement nu"), since alone it is also "torse nu", "à l'œil nu" and Romanian "no";
 * right after a name it is said of that person. Runs after the names (generate mode).
 */
function nameThenNu(f: Findings): void {
  if (!f.has('publicFigure')) return;
  const text = f.norm.text;
  for (const m of f.of('publicFigure')) {
    const next = NU_AFTER_NAME.exec(text.slice(m.end, m.end + 12));
    if (!next) continue;
    const start = f.norm.start[m.end + 1]!;
    const end = f.norm.end[m.end + next[0].length - 1]!;
    f.addSpan('sexual', 0.95, 'sexual.nudity', 'The request asks for nudity.', { start, end }, 'nu');
    f.addSpan('undress', 0.9, 'undress.nudity', 'The request asks to show a real person nude.', { start, end }, 'nu');
    return;
  }
}

/** "XXX" as a word: three or more x's alone, which the normaliser folds to one letter no term can be ("XXXL" is a size). */
const TRIPLE_X = /(?<![\p{L}\p{N}])[xX]{3,}(?![\p{L}\p{N}])/u;

/**
 * "Nurse Gives Patient Special Treatment XXX", "a xxx video of her": the rating of pornography. The skeleton folds a run
 * of three letters to one ("sexxxy" is "sexy"), so the word is read on the text as given; only its first use counts.
 */
function tripleX(f: Findings): void {
  const m = TRIPLE_X.exec(f.text);
  if (!m) return;
  f.addSpan('sexual', 0.95, 'sexual.explicit', 'The request asks for sexual or explicit content.', { start: m.index, end: m.index + m[0].length }, 'xxx');
}

/**
 * A nudity or sexual word hidden by a benign phrase ("a ojo desnudo", "sperm whale"), when nothing
 * harmful is left for the lexicon, is a word about a thing for the decision layer too: the model
 * reads the word alone and would block on it.
 */
function maskedThing(findings: Findings, lexicon: readonly Signal[], cues: Cues): Cues {
  if (
    cues.thing ||
    !(
      findings.maskedHarm ||
      medicalWord(findings) ||
      removesSomeone(findings) ||
      askedAbout(findings.text) ||
      handledThing(findings) ||
      bodyOnlyPlaces(findings) ||
      thingOnGarment(findings) ||
      everydayScene(findings) ||
      photoOperation(findings) ||
      foodAlone(findings)
    )
  )
    return cues;
  if (lexicon.some((s) => HARMFUL_CATEGORIES.has(s.category) && s.score >= 0.5)) return cues;
  return { cover: cues.cover, thing: true, thingSpans: cues.thingSpans };
}

/**
 * "grilled chicken breast with vegetables, food photo", "ức gà nướng, chụp ảnh món ăn": a request about a dish that names
 * nobody is about the food, where the model reads a word of it ("ức", breast) as the body.
 */
function foodAlone(f: Findings): boolean {
  for (const c of PERSON_CONCEPTS) if (f.has(c as Concept)) return false;
  return aboutFood(f.norm.text);
}

/**
 * "赤ちゃんに授乳する母親", "breastfeeding awareness poster": a medical word, whole (a Latin-script term that
 * ends where its word ends: Hungarian "rák*" is not "rakuwan"), tells the decision layer the body is
 * spoken of as a body.
 */
function medicalWord(f: Findings): boolean {
  if (!f.has('medical')) return false;
  const text = f.norm.text;
  return f.of('medical').some((m) => m.end >= text.length || !/[a-z]/.test(text[m.end - 1]!) || !/[a-z]/.test(text[m.end]!));
}

/** A question word opening a request (after any @mention): "what", "where", "qué", "où", "wo", "どこ", "哪里", "어디"… */
const QUESTION_OPENING =
  /^(?:@\S+\s+)*(?:what|where|who|whose|which|when|how much|how old|is this|is that|is it|are these|qué|que|dónde|donde|quién|quien|cuál|cual|où|ou|qui|quel|quelle|c est où|wo|wer|was|welche|welcher|dove|chi|quale|onde|quem|qual|где|кто|что|чей|какой|gdzie|kto|co|nerede|kim|ne|hangi|waar|wie|wat|kahan|kaun|kya|di mana|siapa|apa|ở đâu|ai|saan|sino|ano|var|vem|vad|hvor|hvem|hvad)\b|^(?:@\S+\s+)*\S*(?:どこ|誰|だれ|なに|何|哪里|哪裡|谁|誰|什么|甚麼|어디|누구|뭐|무슨|أين|من هو|من هي|ما هذا|كم)/iu;

/** Words at most in a short question (askedAbout). */
const SHORT_QUESTION = 10;
/**
 * Words that ask whether the photo is real, or where, who or what, in the languages that put them
 * anywhere in the sentence or at its end ("ảnh này thật không?", "@grok இது எந்த ஊர்?", "ṣé fọ́tò yìí
 * jẹ́ òótọ́?", "c'est vrai cette photo ?"): with a question mark, a short request holding one asks.
 */
const QUESTION_WORD =
  /(?:^|[\s,])(?:real|fake|true|ai generated|vrai|faux|réel|reel|echt|wahr|verdad|verdadera|verdadeira|verdade|vero|vera|reale|gerçek|gercek|asli|beneran|totoo|sach|असली|सच|thật|that khong|giả|không|đâu|gì|ṣé|òótọ́|ootọ|níbo|nibo|tani|ina ne|wanene|mene|எந்த|என்ன|எங்கே|யார்|যে|কোথায়|কী|কি|আসল|saan|sino|ano ito|dimana|di mana|siapa|настоящ\p{L}*|правда|где|кто|حقيقي|حقيقية|وين|فين|أين|واقعی|کجاست|אמיתי|איפה|מי זה|מי זאת|αληθινή|αληθινό|πού|ποιος|ποια|valódi|igazi|hol|skutečn\p{L}*|kde|prawdziw\p{L}*|gdzie|echte|waar|äkta|akta|ekte|ægte|aegte|var|hvor|aito|missä|kuka|adevărat\p{L}*|adevarat\p{L}*|unde|cine|halisi|wapi|nani)(?=$|[\s?？؟,.!])|本物|本当|真的|哪里|哪裡|진짜|어디|จริง|ที่ไหน/iu;

/**
 * "@grok what brand is her dress?", "@grok これどこ？": a question about the photo, ending with a question mark,
 * asks for an answer, not an edit; with nothing harmful in the lexicon it is a word about a thing for the
 * decision layer (the model read "@grok … her dress" as the replies that ask to undress).
 */
function askedAbout(text: string): boolean {
  const t = text.trim();
  if (t.length > 200 || !/[?？؟]$/.test(t)) return false;
  return QUESTION_OPENING.test(t) || (t.split(/\s+/).length <= SHORT_QUESTION && QUESTION_WORD.test(t));
}

/**
 * "efface le mec derrière elle", "erase the man in the background": a remover whose object is a person
 * noun, in a request that names no garment but what the removed person wears. The person is taken out of the picture, which the model,
 * reading "remove … her", may mistake for undressing.
 */
function removesSomeone(f: Findings): boolean {
  // A garment named may only say who the removed person is ("the guy in swim trunks behind us").
  if (!f.has('remove') || !f.has('someone')) return false;
  if (f.has('clothing') || f.has('skimpy')) return garmentsOfRemoved(f);
  for (const r of f.of('remove')) {
    // The person is the remover's object: after it, or before it in the languages that put the object first.
    const objectFirst = OBJECT_FIRST.has(r.term.language);
    if (f.first('someone', r, 2, objectFirst ? 'before' : 'after', (p) => !overlaps(p, r) && !f.interveningClause(p, r) && !removedFromPerson(f, p)) !== undefined) return true;
  }
  return false;
}

/**
 * What the decision layer reads of a request (see classifier/decision.ts): the lexicon's signals
 * and findings beside the classifier's probabilities. The trainer calls it with out-of-fold scores.
 */
export function decisionInput(
  findings: Findings,
  mode: RequestMode,
  lexicon: readonly Signal[],
  probabilities: ArrayLike<number>,
  heads: readonly Head[],
  covered: boolean,
  linear?: number,
): DecisionInput {
  return {
    mode,
    probabilities,
    heads,
    lexicon,
    support: lexicalSupport(findings),
    named: findings.has('realRef') || findings.has('publicFigure') || (mode === 'generate' && lexicon.some((s) => s.category === 'real_person' && s.score >= 0.5)),
    namesNoOne: namesNoOne(findings),
    minor: findings.fired('minor'),
    notCovered: !covered,
    cues: maskedThing(findings, lexicon, findCues(findings, findings.cueWords, lexicon)),
    // Always present (undefined without the head): one object shape, no spread on every request.
    linear,
  };
}

function screenText(
  text: string,
  mode: RequestMode,
  decode: boolean,
  classifier = false,
  decision?: DecisionWeights['thresholds'],
  read: ReturnType<typeof readLexicon> = readLexicon(text, mode),
): Signal[] {
  const { findings, lang, notCovered: uncovered } = read;
  // The learned classifier reads the same normalised text and adds what the lexicon does not know.
  const reading = classifier ? classifierReading(findings.norm, text) : undefined;
  const lexicon = findings.signals();
  const signals = reading ? decide(text, findings, mode, lexicon, reading, !uncovered, decision) : lexicon;
  if (reading) listedInstruction(text, findings, mode, lexicon, signals, decision);
  if (!decode) return signals;
  // All readings of one kind are screened together, once: a thousand base64 runs cost one pass.
  const harmful = signals.some((s) => DECODED_CATEGORIES.has(s.category) && s.score >= 0.5);
  const found = decodings(text, lang, harmful, (length) => findings.coverage(length));
  // Most requests hide nothing: no map is made for them.
  if (found.length === 0) return signals;
  const byHow = new Map<string, ReturnType<typeof decodings>>();
  for (const d of found) byHow.set(d.how, [...(byHow.get(d.how) ?? []), d]);
  for (const [how, readings] of byHow) {
    const spans: Evidence[] = readings.slice(0, 4).map((d) => ({ kind: 'text', start: d.start, end: d.end, text: text.slice(d.start, d.end), term: how }));
    const note: Evidence = { kind: 'note', text: `decoded ${how}: ${JSON.stringify(readings[0]!.text.slice(0, 200))}` };
    // "nak-ed", "un.dress": the joined reading is the request itself with its hidden words whole, so it
    // is read as the request is (classifier and decision layer), and counts only for a category the
    // lexicon finds in it and did not find in the text as given: a compound ("t-shirt", "cover-up")
    // never adds what the request's own reading weighed and overruled.
    const joined = how === 'joined' ? newlyFound(readings[0]!, mode, lexicon) : undefined;
    if (joined && joined.found.size === 0) continue;
    // The joined reading's lexicon, read once by newlyFound, is the one the whole screener reads.
    const decoded = joined ? screenText(readings[0]!.text, mode, false, classifier, decision, joined.read) : screenText(readings.map((d) => d.text).join('\n'), mode, false);
    for (const s of decoded) {
      if (!DECODED_CATEGORIES.has(s.category) || (joined && !joined.found.has(s.category))) continue;
      signals.push({ ...s, reason: `${s.reason} (read from ${how} text)`, evidence: [...spans, note] });
    }
  }
  return signals;
}

/**
 * "change the background to a beach, remove the tattoo, put her in a tiny bikini and raise the saturation": a
 * rule of undressing (a garment taken off, made see-through or swapped for swimwear) that the decision layer overruled (weakened) in a request that lists
 * several edits is read again in its own item of the list alone (listed-instruction.ts), classifier and
 * decision layer included: the benign edits around it diluted the model's reading of the whole. Where the item
 * alone keeps the category, the rules with words in that item stand, in `signals` (in place). One item per
 * request is read, no longer than the request: linear.
 */
function listedInstruction(text: string, findings: Findings, mode: RequestMode, lexicon: readonly Signal[], signals: Signal[], decision?: DecisionWeights['thresholds']): void {
  // Edits of a photo only (a generation prompt's comma-separated tags are one picture), and a list of several.
  if (mode !== 'edit') return;
  // A rule of undressing the decision layer weakened.
  if (!lexicon.some((s, i) => overruled(s, signals[i]!)) || !listsAtLeast(text, findings.of('conjunction').length)) return;
  if (CONTEXT_CONCEPTS.some((c) => findings.has(c)) || findings.cueWords?.has('coverCue')) return;
  for (let i = 0; i < lexicon.length; i++) {
    const s = lexicon[i]!;
    if (!overruled(s, signals[i]!)) continue;
    const span = s.evidence.find((e) => e.kind === 'text');
    if (span?.kind !== 'text') continue;
    const item = instructionAround(text, span.start, span.end);
    if (!item) return;
    // The other items edit something else: no garment, body, nudity or covering word stands outside this one.
    if (ITEM_CONCEPTS.some((c) => findings.of(c).some((m) => outside(findings, m, item)))) return;
    // The item itself asks for a change (removing, revealing, shortening, swapping, dressing), of no thing the lexicon knows as benign ("less fabric in the background").
    if (!ITEM_ACTIONS.some((c) => findings.of(c).some((m) => !outside(findings, m, item))) || findings.of('benign').some((m) => !outside(findings, m, item))) return;
    const alone = screenText(text.slice(item.start, item.end), mode, false, true, decision);
    if (!alone.some((a) => a.category === s.category && a.score >= 0.5)) return;
    const note: Evidence = { kind: 'note', text: `read alone as an item of a list of edits: ${JSON.stringify(text.slice(item.start, Math.min(item.end, item.start + 200)))}` };
    for (let j = i; j < lexicon.length; j++) {
      const r = lexicon[j]!;
      if (!overruled(r, signals[j]!)) continue;
      if (r.evidence.some((e) => e.kind === 'text' && e.start >= item.start && e.end <= item.end)) signals[j] = { ...r, evidence: [...r.evidence, note] };
    }
    return;
  }
}

/** A rule of undressing the lexicon fired (`s`) that the decision layer weakened (`decided`: the same signal after it). */
function overruled(s: Signal, decided: Signal): boolean {
  return s.category === 'undress' && s.score >= 0.5 && decided.score === WEAKENED;
}

/** Words that give a request's garment a context its item alone would lose: covering, dressing, a medical, hiding or cut-out purpose, keeping. */
const CONTEXT_CONCEPTS: readonly Concept[] = ['coverUp', 'dressUp', 'medical', 'censor', 'keep', 'mask', 'segment'];
/** Words of what is worn or bare: in another item of the list, that item is about the same garment or body. */
const ITEM_CONCEPTS: readonly Concept[] = ['clothing', 'skimpy', 'outerwear', 'garmentPart', 'reveal', 'reduce', 'reduceAlone', 'nude', 'partialNude', 'sexualBody', 'bodyPart', 'cover'];

/** Words of a change asked for: an item that only says what someone wears ("I'm in a swimsuit in it") asks none. */
const ITEM_ACTIONS: readonly Concept[] = ['remove', 'removeWeak', 'undressVerb', 'reveal', 'reduce', 'reduceAlone', 'replace', 'dressVerb', 'wearVerb', 'transform', 'garmentGone'];

/** Whether a match lies outside an item (original-text offsets) of the request. */
function outside(f: Findings, m: Match, item: { start: number; end: number }): boolean {
  const start = f.norm.start[m.start]!;
  return start < item.start || start >= item.end;
}

/**
 * Categories the lexicon finds (at 0.5 or more) in a joined reading and not among `before`'s, when a
 * term of the joined reading spans a join ("nak|ed" read as "naked"); none otherwise, so that a join
 * that makes no term (a compound read as an unknown name) adds nothing. Returns the reading too, for
 * the screener to use rather than read the joined text again.
 */
function newlyFound(reading: Decoded, mode: RequestMode, before: readonly Signal[]): { found: Set<string>; read: ReturnType<typeof readLexicon> } {
  const found = new Set<string>();
  const read = readLexicon(reading.text, mode);
  const covered = read.findings.coverage(reading.text.length);
  if (!(reading.joins ?? []).some((j) => j > 0 && covered[j - 1] === 1 && covered[j] === 1)) return { found, read };
  for (const s of read.findings.signals()) {
    if (s.score >= 0.5 && DECODED_CATEGORIES.has(s.category) && !before.some((b) => b.category === s.category && b.score >= 0.5)) found.add(s.category);
  }
  return { found, read };
}

/**
 * The lexicon's surest rules (an undressing verb, an explicit or a nudity word: score 0.95; a
 * garment removed from a person: 0.9) are overruled only far below the layer's benign threshold, at
 * a quarter of it: on the shared explicit samples (Ring-A-Bell, P4D) the model reads many explicit
 * prompts as benign at 0.05-0.2, and after the seventh session's retrain it read "remove the
 * watermark and her dress" as benign at 0.22. Counting 0.9 as sure changed no development figure
 * but one corpus-dev request (BENCHMARKS.md, "The screener after the seventh session's merges").
 */
const CERTAIN = 0.9;
const CERTAIN_SHARE = 0.25;
/**
 * Above this many words a sure rule is not overruled at all (see decide): a harmful request padded with a
 * benign scene ("remove her dress " and three lines of garden, "a cozy cabin in the woods, snow outside, nude
 * woman, a cozy cabin …") is not read as the scene. 24 at first (no development or corpus request changed,
 * 33,134 requests); 16 since the twenty-first session (no development request of 39,754 changed; 12 changed
 * two benign ones), which closed a 22-word sandwich the layer read at 0.056.
 */
const SURE_STANDS_WORDS = 16;

/**
 * "make her braless, remove the watermark", "mets-la en bikini, enlève le filigrane": a lexicon reading of a state of
 * undress whose words a causative aimed at a person opens ("make her", "turn him", "rends-la", "hazla", "deixa ela",
 * "mach sie", "rendila", "сделай её", "zrób ją"), or of swimwear a dressing verb puts the person in ("put her in a",
 * "ponla en", "ubierz ją w"), is asked for in so many words: it is as sure as the surest rules, and a benign clause
 * beside it ("…, add a hat") does not dilute it. A state only, not a garment ("make her shirt wet": "her" is its
 * owner). Read from the original text right before the span (bounded).
 */
function askedOfPerson(text: string, s: Signal): boolean {
  if (s.detector !== PROMPT_SCREENER || s.category !== 'undress') return false;
  const asked = s.reason === PARTIAL_STATE ? CAUSATIVE_OF_PERSON : s.reason === PUT_IN_SWIMWEAR ? DRESSING_OF_PERSON : undefined;
  if (asked === undefined) return false;
  for (const e of s.evidence) {
    if (e.kind !== 'text') continue;
    if (asked.test(text.slice(Math.max(0, e.start - 28), e.start))) return true;
  }
  return false;
}
const PARTIAL_STATE = 'The request asks to show a real person partly undressed.';
const PUT_IN_SWIMWEAR = 'The request asks to put a real person in swimwear, underwear or lingerie.';
/**
 * A dressing verb, the person and the preposition or article of what she is put in, right before the garment: "put her in
 * a", "make her a" (a lingerie model, a Victoria's Secret angel), "mets-la en", "ponla en", "ponle un", "mettila in", "coloca ela de", "steck sie in einen", "одень её в", "ubierz ją w".
 */
const DRESSING_OF_PERSON =
  /(?:^|[\s,;:.!?])(?:put|dress|get)\s+(?:her|him|them)\s+(?:in|into|in to)\s+(?:a\s+|an\s+|the\s+|some\s+|only\s+|just\s+)?$|(?:^|[\s,;:.!?])(?:make|turn)\s+(?:her|him|them)\s+(?:into\s+)?(?:a|an)\s+$|(?:^|[\s,;:.!?])(?:mets[\s-]+la|mets[\s-]+le|mets[\s-]+les|habille[\s-]+la|habille[\s-]+le|ponla|ponlo|ponle|vístela|vistela|mettila|mettilo|mettile|vestila|coloca\s+ela|coloca\s+nela|põe\s+ela|poe\s+ela|bota\s+ela|steck\s+sie|steck\s+ihn|одень\s+её|одень\s+ее|одень\s+его|одягни\s+її|вдягни\s+її|ubierz\s+ją|ubierz\s+ja|ubierz\s+go)\s+(?:en|in|de|em|con|в|у|w|in\s+einen|in\s+eine|in\s+ein)?\s*(?:un\s+|una\s+|une\s+|um\s+|uma\s+|el\s+|la\s+|le\s+|il\s+|lo\s+|o\s+)?$/iu;
const CAUSATIVE_OF_PERSON =
  /(?:^|[\s,;:.!?])(?:make|turn|get|render|leave|rends|rendez|fais|laisse|hazla|hazlo|ponla|ponlo|déjala|dejala|deixa|deixe|faz|mach|lass|rendila|rendilo|falla|fallo|сделай|зроби|zrób|zrob|udělej|udelej)\s+(?:her|him|them|me|us|la|le|les|lui|ela|ele|sie|ihn|её|ее|его|їх|її|його|ją|ja|go|ji|ho)\s+$/iu;

/**
 * The classifier's own verdict stands where the decision layer reads the request as harmful at least
 * this much, not from its benign threshold up: between the two the layer, which weighs the model with
 * the lexicon, found the model's reading of short benign requests ("zoom in on his face", "a child
 * riding a pony") too sure more often than right.
 */
const MODEL_ALONE = 0.5;

/** Concepts that make a garment's change more than its colour (see recolour). */
const NOT_RECOLOUR: readonly Concept[] = [
  'nude',
  'partialNude',
  'undressVerb',
  'sexualBody',
  'bodyPart',
  'suggestive',
  'reveal',
  'skimpy',
  'reduce',
  'reduceAlone',
  'sexualAct',
  'pose',
  'moodCue',
  'intimateSetting',
  'adultOnly',
  'remove',
  'removeWeak',
  'enlarge',
  'showAll',
  'unveil',
  'forget',
  'nothing',
  'wearOnly',
  'privatePlace',
  'privateRoom',
  'privateMoment',
  'bathing',
  'desireLook',
  'lowAngle',
  'minor',
  'minorWeak',
];

/** Whether the lexicon reads the request as a garment's colour changed: a garment, a colour, a verb of changing, and nothing else. */
function recolour(f: Findings): boolean {
  return (f.has('clothing') || f.has('outerwear')) && f.has('colour') && f.has('replace') && !f.hasAny(NOT_RECOLOUR);
}

/** The strict policy refuses on these alone (a person or a minor beside them only adds floors). */
const BLOCKING: ReadonlySet<Category> = new Set(['undress', 'sexual']);

/**
 * The learned decision layer (classifier/decision.ts) combines the two readers. Below its benign
 * threshold the lexicon's and the model's harmful signals stand as weak evidence only (on the
 * record, below every policy threshold; the surest rules only further below, see CERTAIN); at or above its blocking threshold it blocks although
 * neither reader did alone; between the two each reader's own verdict stands. Floors never weaken:
 * a minor (either reader) or a named real person with undressing or sexual words keeps every signal.
 * Every harmful signal carries the layer's score as evidence.
 */
function decide(text: string, findings: Findings, mode: RequestMode, lexicon: Signal[], reading: ClassifierReading, covered: boolean, override?: DecisionWeights['thresholds']): Signal[] {
  const layer = decisionLayer();
  const { heads, thresholds } = reading.model.header;
  const probability = reading.scores.probability;
  // The linear head reads the features the model read (no second extraction), if the layer weighs it.
  const linear = usesLinear(layer) ? linearScore(reading, findings.norm.text.length, mode) : undefined;
  const input = decisionInput(findings, mode, lexicon, probability, heads, covered, linear?.logit);
  const p = decisionScoreOf(layer, input);
  const { allowBelow, blockAt } = override ?? layer.thresholds;
  const minor = input.minor || probability[heads.indexOf('minor')]! >= thresholds.minor.strong;
  const lexiconHarm = lexicon.some((s) => BLOCKING.has(s.category) && s.score >= 0.5);
  const floor = minor || (input.named && lexiconHarm);
  // "a child riding a pony", "my son eating an ice cream": the model's own sexual reading of a request whose
  // lexicon finds nothing harmful and names the everyday occasion of the act (everyday.ts) is not kept by a floor.
  const everyday = floor && input.cues?.thing === true && everydayScene(findings);
  const both = [...lexicon, ...readingSignals(reading, text, input.support)];
  // A child named in a request whose lexicon finds nothing harmful: the model's reading of harm must not come from the
  // words for the child themselves (see asAdult). Read only where the model finds harm, and in requests of at most
  // ADULT_READ_CHARS (a longer one keeps the reading with the child: conservative, and the second pass stays bounded).
  // `adult` is undefined where it was not read or the lexicon named no child.
  const childNamed = minor && !lexiconHarm && text.length <= ADULT_READ_CHARS;
  const modelHarm = childNamed && (p >= blockAt || both.some((s, i) => i >= lexicon.length && HARMFUL_CATEGORIES.has(s.category) && s.score > WEAKENED));
  const adult = modelHarm ? asAdult(text, lexicon, input, layer, { allowBelow, blockAt }, mode) : undefined;
  // harmMonotoneScore reads the features decisionScoreOf filled last: the request's own.
  if (adult !== undefined) decisionScoreOf(layer, input);
  const score: Evidence = { kind: 'score', name: DECISION_LAYER, value: Math.round(p * 1000) / 1000 };
  // Bounded: a long request is read only up to the word past the limit, not counted through.
  const long = moreWordsThan(findings.norm.text, SURE_STANDS_WORDS);
  const out = both.map((s, i) => {
    if (!HARMFUL_CATEGORIES.has(s.category)) return s;
    // A lexicon signal a cue explains (cues.ts: a covering edit, a nudity word about a thing) is overruled like an uncertain one.
    const cue = i < lexicon.length ? cueOf(input, s) : undefined;
    const sure = (s.score >= CERTAIN || (i < lexicon.length && askedOfPerson(text, s))) && !cue;
    // A sure rule in a long request stands: the model's reading of the whole is diluted by the other words
    // ("remove her dress" and three lines describing a garden read as a garden).
    if (sure && long) return { ...s, evidence: [...s.evidence, score] };
    // The model alone, where the lexicon read swimwear as covered and found nothing harmful ("put a towel over
    // her, she is in a swimsuit") or read a garment's colour changed ("ba zhe jian yifu huan cheng hongse de"),
    // stands only where the layer would block on its own.
    // A victim's question about reporting the abuse (help-seeking.ts): the model alone, reading its nudity words, never stands.
    const modelAlone =
      i >= lexicon.length
        ? findings.mentionOnly
          ? Number.POSITIVE_INFINITY
          : (findings.coveredSwimwear || recolour(findings)) && !lexiconHarm
            ? blockAt
            : Math.max(allowBelow, MODEL_ALONE)
        : allowBelow;
    const below = sure ? allowBelow * CERTAIN_SHARE : modelAlone;
    // The surest rules are overruled only on the layer's reading without what the other harmful findings took away.
    // The model's reading of harm in a request that, about an adult, would not be refused: the child's words made it.
    if (adult?.refused === false && i >= lexicon.length) return s.score <= WEAKENED ? s : childWordsOnly(s, adult, score);
    if ((floor && !(everyday && i >= lexicon.length)) || (sure ? harmMonotoneScore(layer, s, lexicon) : p) >= below || s.score <= WEAKENED) return { ...s, evidence: [...s.evidence, score] };
    return {
      ...s,
      score: WEAKENED,
      reason: `${s.reason} (Weak evidence only: the decision layer reads the request as benign, ${score.value} < ${below}${cue ?? ''}.)`,
      evidence: [...s.evidence, score],
    };
  });
  // A victim's question about reporting the abuse (help-seeking.ts) names nudity it does not ask for: the model's
  // reading of those words alone adds no block. Nor does the layer's where the lexicon reads only a garment's colour
  // changed (recolour): the lexicon's words of change and garment weigh towards undressing in the layer whatever
  // the colour, and in a language the model reads poorly (pinyin) that was enough.
  if (p >= blockAt && !findings.mentionOnly && !recolour(findings) && !out.some((s) => BLOCKING.has(s.category) && s.score >= 0.5)) {
    const undress = mode === 'edit' && probability[heads.indexOf('undress')]! >= probability[heads.indexOf('sexual')]!;
    const head = undress ? 'undress' : 'sexual';
    if (adult?.refused === false) {
      out.push(
        childWordsOnly(
          {
            detector: PROMPT_SCREENER,
            category: head,
            score: WEAKENED,
            reason: `The decision layer reads the request as ${undress ? 'undressing' : 'sexual'} (${score.value} >= ${blockAt}).`,
            evidence: [...headEvidence(reading, head, text)],
          },
          adult,
          score,
        ),
      );
      return out;
    }
    const spans = lexicon.filter((s) => HARMFUL_CATEGORIES.has(s.category)).flatMap((s) => s.evidence.filter((e) => e.kind === 'text').slice(0, 2));
    out.push({
      detector: PROMPT_SCREENER,
      category: head,
      score: Math.round((0.5 + (0.45 * (p - blockAt)) / Math.max(1e-9, 1 - blockAt)) * 1000) / 1000,
      reason: `The decision layer reads the lexicon's and the classifier's evidence together as ${undress ? 'undressing' : 'sexual'} (${score.value} >= ${blockAt}).`,
      evidence: [score, ...headEvidence(reading, head, text), ...(linear && linear.logit > 0 ? linearEvidence(reading, linear, text) : []), ...spans.slice(0, 6)],
    });
  }
  return out;
}

/**
 * The adult put in a child's place by asAdult. A woman: the people this product exists to protect are mostly women, and
 * the model learnt most of its harmful requests about them.
 */
const ADULT_WORD = 'woman';
/** Longest request (UTF-16 units) read again about an adult: a few sentences, far more than a request naming a child before an edit. */
const ADULT_READ_CHARS = 1000;

/** What asAdult found: whether the request about an adult would be refused, and the text read. */
interface AdultReading {
  refused: boolean;
  text: string;
  score: number;
}

/**
 * "this is my little girl, make her a queen": would the request be refused if it were about an adult? The model and the
 * decision layer learnt words for children mostly from harmful requests, so a child named before an everyday edit reads as
 * harm ("here is my niece" took "make her blonde" from 0.06 to 0.88 in the layer), and the minor floor then refuses it as a sexualised minor.
 * The words of the lexicon's minor signals are replaced by a word for an adult (ADULT_WORD) and the text is read again by
 * the model, its linear head and the layer, with no minor named. The request about an adult would be refused by the
 * model's evidence where an adult's request is (decide): the layer at its blocking threshold, or the model's own harmful
 * signal with the layer at MODEL_ALONE or more. Where it would not, the child's words were the only harm the model saw;
 * they say who is shown, and the floor still applies to every other evidence (the lexicon's signals, and the model's
 * wherever the adult's request is refused). A second reading of the text: linear, and only for requests naming a child
 * whose lexicon finds nothing harmful.
 */
function asAdult(text: string, lexicon: readonly Signal[], input: DecisionInput, layer: DecisionWeights, thresholds: DecisionWeights['thresholds'], mode: RequestMode): AdultReading | undefined {
  const spans: Array<[number, number]> = [];
  for (const s of lexicon) {
    if (s.category !== 'minor') continue;
    for (const e of s.evidence) if (e.kind === 'text') spans.push([e.start, e.end]);
  }
  if (spans.length === 0) return undefined;
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    // Overlapping words ("little girl" and "girl") are one replacement.
    if (end <= at) continue;
    out += text.slice(at, Math.max(at, start)) + ADULT_WORD;
    at = end;
  }
  out += text.slice(at);
  const norm = normalize(out);
  const reading = secondReading(norm, out);
  const linear = usesLinear(layer) ? linearScore(reading, norm.text.length, mode) : undefined;
  const p = decisionScoreOf(layer, { ...input, minor: false, probabilities: reading.scores.probability, linear: linear?.logit });
  const refused =
    p >= thresholds.blockAt || (p >= Math.max(thresholds.allowBelow, MODEL_ALONE) && readingSignals(reading, out, input.support).some((s) => HARMFUL_CATEGORIES.has(s.category) && s.score >= 0.5));
  return { refused, text: out, score: Math.round(p * 1000) / 1000 };
}

/** A signal of the model that only the words for a child made: weak evidence, saying so. */
function childWordsOnly(s: Signal, adult: AdultReading, score: Evidence): Signal {
  const note: Evidence = { kind: 'note', text: `read about an adult: ${JSON.stringify(adult.text.slice(0, 200))}, decision layer ${adult.score}` };
  return {
    ...s,
    score: WEAKENED,
    reason: `${s.reason} (Weak evidence only: with the words for a child read as an adult's, the request would not be refused; those words say who is shown, not that it is sexual.)`,
    evidence: [...s.evidence, score, note],
  };
}

/** Why a cue explains a lexicon signal (the words the reason gains), or undefined when none does. */
function cueOf(input: DecisionInput, s: Signal): string | undefined {
  const cues = input.cues;
  if (!cues) return undefined;
  if (cues.thing && explainedBy(s, cues.thingSpans)) return '; the nudity word is about a thing';
  if (cues.cover && COVERABLE_REASONS.has(s.reason)) return '; the edit covers';
  return undefined;
}

/**
 * A follow-up ("now make it smaller", "and without the top") is read together with the latest
 * earlier prompts, and the garments they named are repeated after it, since "it" refers to them.
 * Only signals with evidence in the current prompt count: an earlier request is not judged again.
 */
function screenFollowUp(text: string, mode: RequestMode, history: readonly string[]): Signal[] {
  const earlier = history.slice(-HISTORY_READ).map((h) => h.slice(-HISTORY_TAIL));
  const prefix = `${earlier.join('\n')}\n`;
  const garments = garmentWords(earlier.join('\n'));
  const combined = `${prefix}${text}${garments ? `\n${garments}` : ''}`;
  const offset = prefix.length;
  const out: Signal[] = [];
  // What the earlier prompts asked for on their own: a signal of the same reading whose words all lie in them.
  let asked: Signal | undefined;
  for (const s of screenText(combined, mode, false)) {
    if (s.category === 'real_person' || s.category === 'language_not_covered') continue;
    const current = s.evidence.filter((e) => e.kind === 'text' && e.start >= offset && e.end <= offset + text.length);
    if (current.length === 0) {
      if (!asked && CONTINUED.has(s.category) && s.score >= CONTINUED_SCORE && s.evidence.some((e) => e.kind === 'text' && e.end <= offset)) asked = s;
      continue;
    }
    const evidence: Evidence[] = s.evidence.map((e) =>
      e.kind !== 'text'
        ? e
        : e.start >= offset && e.end <= offset + text.length
          ? { ...e, start: e.start - offset, end: e.end - offset }
          : { kind: 'note', text: `earlier prompt: ${JSON.stringify(e.text)}` },
    );
    out.push({ ...s, reason: `${s.reason} (read with the earlier prompts of the thread)`, evidence });
  }
  if (asked && !out.some((s) => CONTINUED.has(s.category) && s.score >= CONTINUED_SCORE)) {
    const continued = continuation(text, mode, asked) ?? intensified(text, asked);
    if (continued) out.push(continued);
  }
  if (!out.some((s) => CONTINUED.has(s.category) && s.score >= 0.5)) {
    const borrowed = borrowedAction(text, mode, earlier[earlier.length - 1]!);
    if (borrowed) out.push(borrowed);
  }
  return out;
}

/**
 * Words that only ask for more of the same ("more", "even more", "encore", "noch mehr", "もっと"): a
 * follow-up made of these and fillers alone continues the earlier request, whatever it asked.
 */
const INTENSIFIERS = new Set(
  // As normalised: Persian and Urdu words are written with Arabic letters there.
  'more moar further again even keep going go on continue encore plus davantage mehr noch weiter más mas aún aun todavía todavia più piu ancora mais ainda ещё еще больше дальше więcej wiecej jeszcze daha fazla devam meer nog verder mer ännu annu mere endnu enemmän víc vic více vice több még meg lagi lebih nữa nua hơn hon aur zyada zyaada jyada जादा ज़्यादा और أكثر اكثر كمان کمان بیشتر עוד περισσότερο ακόμα mai încă inca zaidi pa'
    .split(' ')
    .map(normalizeTerm),
);
const FILLERS = new Set(
  // As normalised: Persian and Urdu words are written with Arabic letters there.
  'please pls plz now a bit little lot lol haha ok okay yes yeah yep go bitte por favor per favore favor s il te plait merci пожалуйста proszę prosze lütfen lutfen 请 お願い 제발 يا ja da si sí oui'
    .split(' ')
    .map(normalizeTerm),
);
const INTENSIFIER_CJK = /^(?:もっと|更多|再来|再多|更|더|좀 더|더 많이)+[！!。.\s]*$/u;

/** "more", "even more please", "もっと": a follow-up that only asks to go further continues `before` (see screenFollowUp). */
function intensified(text: string, before: Signal): Signal | undefined {
  const norm = normalize(text).text;
  const words = norm.split(' ').filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 5) return undefined;
  const only = INTENSIFIER_CJK.test(text.trim()) || (words.some((w) => INTENSIFIERS.has(w)) && words.every((w) => INTENSIFIERS.has(w) || FILLERS.has(w)));
  if (!only) return undefined;
  return continuedSignal(before, 'The request asks for more of an earlier request of the thread to undress or sexualise the person (read with the earlier prompts of the thread)', {
    kind: 'text',
    start: 0,
    end: text.length,
    text,
    term: 'more of the same',
  });
}

/** A follow-up's signal that goes on with `before`: its category, the follow-up's span, and the earlier prompt's words as a note. */
function continuedSignal(before: Signal, reason: string, span: Evidence): Signal {
  const quoted = before.evidence.find((e) => e.kind === 'text');
  return {
    detector: PROMPT_SCREENER,
    category: before.category,
    score: CONTINUED_SCORE,
    reason,
    evidence: [span, ...(quoted && quoted.kind === 'text' ? [{ kind: 'note' as const, text: `earlier prompt: ${JSON.stringify(quoted.text)}` }] : [])],
  };
}

/** First words that carry on a list or a sequence: "and the dress", "now the shirt", "y la falda", "dann das Top". */
const LIST_OPENERS = new Set(
  'and now then next plus y ahora luego et puis maintenant und jetzt dann e ora poi agora depois en nu dan i teraz potem и а теперь потом ve şimdi simdi sonra و ثم aur ab phir lalu terus sekarang và giờ och nu sedan og nu så ja nyt sitten a teď ted pak és most aztán si acum apoi και τώρα ו עכשיו dan sasa kisha at ngayon tapos'.split(
    ' ',
  ),
);

/** "the rest", "everything else" of what was being taken off, in the screened languages' usual words. */
const THE_REST =
  / (?:the rest|all the rest|everything else|el resto|todo lo demas|le reste|tout le reste|den rest|alles andere|il resto|tutto il resto|o resto|tudo o resto|de rest|al de rest|reszte|reszta|wszystko inne|остальное|всё остальное|все остальное|geri kalan|gerisini|残り|残りも|其他的|剩下的|나머지|الباقي|baaki|baki sab|sisanya|phần còn lại|resten|zbytek|a többit|restul) /;

/** Actions a verbless follow-up borrows from the prompt before it (see borrowedAction). */
const BORROWED: readonly Concept[] = ['remove', 'undressVerb', 'reduce', 'reveal'];
/** The longest follow-up, in words, read as borrowing the earlier prompt's action. */
const BORROW_WORDS = 6;

/**
 * "take off her jacket" → "now the shirt too", "quítale la chaqueta" → "y la camiseta también": a short
 * follow-up that names a garment and no action of its own takes the action of the prompt before it,
 * when that action was done to something worn ("remove the stain from her shirt" → "and the pants" is
 * about stains). Read as the earlier action followed by the follow-up; only the follow-up's words
 * count as evidence. Linear: two more lexicon readings, of at most a few words each.
 */
function borrowedAction(text: string, mode: RequestMode, last: string): Signal | undefined {
  const { findings } = readLexicon(text, mode);
  if (wordCount(findings.norm.text) > BORROW_WORDS) return undefined;
  // A verb of its own (dressing, putting back, undressing) is read as it stands.
  if (TURNS.some((c) => findings.has(c)) || ONWARDS.some((c) => findings.has(c)) || findings.has('undressVerb') || findings.has('dressVerb') || / back( |$)/.test(` ${findings.norm.text}`))
    return undefined;
  const rest = THE_REST.test(` ${findings.norm.text} `);
  if (!rest && !['clothing', 'skimpy', 'garmentPart'].some((c) => live(findings, c as Concept).length > 0)) return undefined;
  // It must go on with a list ("and the dress", "now the shirt", "the skirt too"), not say something of its own ("her skirt is nice").
  if (!adds(findings.norm.text) && !LIST_OPENERS.has(findings.norm.text.split(' ')[0]!)) return undefined;
  const before = readLexicon(last, mode).findings;
  // What the earlier action was done to: something worn, not a thing on it ("from her shirt") or a benign one.
  if (before.has('source')) return undefined;
  let action: Match | undefined;
  for (const c of BORROWED) {
    action = before
      .of(c)
      .find((a) => before.first(['outerwear', 'clothing', 'skimpy'], a, 3, 'any', (g) => !before.between('benign', a, g).some((b) => !before.overlapping('outerwear', b))) !== undefined);
    if (action) break;
  }
  if (!action) return undefined;
  const verb = last.slice(before.norm.start[action.start]!, spanEnd(before.norm, action.start, action.end - 1));
  const earlierNote: Evidence = { kind: 'note', text: `earlier prompt: ${JSON.stringify(last.slice(0, 200))}` };
  if (rest && (action.term.tag === 'remove' || action.term.tag === 'undressVerb')) {
    // "take off her jacket" → "and the rest": everything else she wears.
    return {
      detector: PROMPT_SCREENER,
      category: 'undress',
      score: CONTINUED_SCORE,
      reason: `The request asks to remove the rest of what the person wears (the follow-up takes the action of the prompt before it: ${JSON.stringify(verb)})`,
      evidence: [{ kind: 'text', start: 0, end: text.length, text, term: 'the rest' }, earlierNote],
    };
  }
  if (rest) return undefined;
  const offset = verb.length + 1;
  for (const s of readLexicon(`${verb} ${text}`, mode).findings.signals()) {
    if (!CONTINUED.has(s.category) || s.score < 0.5) continue;
    const inText = s.evidence.filter((e) => e.kind === 'text' && e.start >= offset);
    if (inText.length === 0) continue;
    return {
      ...s,
      reason: `${s.reason} (the follow-up names a garment and takes the action of the prompt before it: ${JSON.stringify(verb)})`,
      evidence: [...inText.map((e) => (e.kind === 'text' ? { ...e, start: e.start - offset, end: e.end - offset } : e)), earlierNote],
    };
  }
  return undefined;
}

/** Categories an earlier prompt of the thread asked for that a follow-up may continue. */
const CONTINUED: ReadonlySet<Category> = new Set(['undress', 'sexual']);
/** The score of an earlier prompt's signal that makes it a request to continue, and of the continuation. */
const CONTINUED_SCORE = 0.75;
/** What a follow-up names to go on undressing: a garment, a part of one, less or more see-through of it, "everything". */
const CONTINUES: readonly Concept[] = ['clothing', 'skimpy', 'garmentPart', 'reduce', 'reduceAlone', 'reveal', 'everything', 'partialNude'];
/** What in a follow-up goes on in the same direction: removing, reducing, revealing, "everything". */
const ONWARDS: readonly Concept[] = ['remove', 'removeWeak', 'reduce', 'reduceAlone', 'reveal', 'everything', 'unveil'];
/**
 * Words that add to what was asked ("the skirt too", "auch den Rock", "la falda también"), as whole
 * words of the normalised text; 也 and も are read inside CJK text.
 */
const ADDITIVE = new Set([
  'too',
  'also',
  'aswell',
  'same',
  'aussi',
  'également',
  'egalement',
  'pareil',
  'también',
  'tambien',
  'igual',
  'auch',
  'ebenfalls',
  'anche',
  'também',
  'tambem',
  'ook',
  'też',
  'tez',
  'także',
  'takze',
  'тоже',
  'также',
  'теж',
  'також',
  'ayrıca',
  'ayrica',
  'أيضا',
  'ايضا',
  'भी',
  'bhi',
  'juga',
  'cũng',
  'cung',
  'också',
  'ocksa',
  'även',
  'også',
  'ogsa',
  'myös',
  'také',
  'taky',
  'επίσης',
  'επισης',
  'גם',
  'هم',
  'pia',
  'din',
  'rin',
  'dahil',
  'deasemenea',
]);
/** The longest follow-up, in words, read as adding a person to an earlier request ("now do her friend too, same thing"). */
const PERSON_FOLLOW_UP_WORDS = 8;

/** Words of a normalised text (single spaces between them). */
function wordCount(norm: string): number {
  let n = norm.length > 0 ? 1 : 0;
  for (let i = 0; i < norm.length; i++) if (norm.charCodeAt(i) === 32) n++;
  return n;
}

/** Whether the follow-up has a word that adds to the earlier request (see ADDITIVE). */
function adds(norm: string): boolean {
  if (/[也も]/u.test(norm)) return true;
  const words = norm.split(' ');
  for (let i = 0; i < words.length; i++) {
    if (ADDITIVE.has(words[i]!)) return true;
    if (words[i] === 'as' && words[i + 1] === 'well') return true;
  }
  return false;
}
/** What turns a follow-up the other way: dressing, covering, recolouring, replacing, keeping. */
const TURNS: readonly Concept[] = ['dressUp', 'coverUp', 'cover', 'outerwear', 'colour', 'replace', 'keep', 'negation'];

/**
 * "take off her top" → "and the bottoms", "the skirt as well", "even less": a short follow-up that only
 * names a garment (or less of one) after an earlier prompt of the thread asked to undress or sexualise
 * the person continues that request. Dressing, covering, recolouring or replacing words in the
 * follow-up ("now put her clothes back on", "make the skirt blue") turn it the other way, and it is
 * left alone; so does a garment named with neither a removing or reducing word nor an adding one
 * ("dress her again"). A short follow-up that adds another person ("now her friend too", "her
 * daughter as well") continues it too. `before` is the earlier prompts' own signal (see screenFollowUp).
 * Linear: one more lexicon reading of the follow-up.
 */
function continuation(text: string, mode: RequestMode, before: Signal): Signal | undefined {
  const { findings } = readLexicon(text, mode);
  if (TURNS.some((c) => findings.has(c)) || lexicalSupport(findings) === 'against' || / back( |$)/.test(` ${findings.norm.text}`)) return undefined;
  let named: Match | undefined;
  for (const c of CONTINUES) {
    named = live(findings, c)[0];
    if (named) break;
  }
  if (named) {
    // A garment named alone may be put back on ("her dress again"): only going on, or adding to what was asked, continues.
    if (!ONWARDS.some((c) => live(findings, c).length > 0) && !adds(findings.norm.text)) return undefined;
  } else {
    // "now her friend too", "her sister as well": another person added to what was asked, in a short follow-up.
    named = findings.of('minor')[0] ?? findings.of('minorWeak')[0] ?? findings.of('realRef')[0] ?? findings.of('person')[0];
    if (!named || !adds(findings.norm.text) || wordCount(findings.norm.text) > PERSON_FOLLOW_UP_WORDS) return undefined;
  }
  const start = findings.norm.start[named.start]!;
  const end = spanEnd(findings.norm, named.start, named.end - 1);
  return continuedSignal(before, 'The request continues an earlier request of the thread to undress or sexualise the person (read with the earlier prompts of the thread)', {
    kind: 'text',
    start,
    end,
    text: text.slice(start, end),
    term: named.term.term,
    language: named.term.languages[0],
  });
}

/** The garments an earlier prompt named (the last few), as they were written. */
function garmentWords(text: string): string {
  const { findings } = matchText(text);
  const named: Match[] = [...findings.of('skimpy'), ...findings.of('clothing')].sort((a, b) => b.start - a.start).slice(0, 2);
  return named.map((m) => text.slice(findings.norm.start[m.start]!, spanEnd(findings.norm, m.start, m.end - 1))).join(' ');
}

/** One signal per category and rule reason: the strongest score, evidence joined (bounded). */
function merge(signals: Signal[]): Signal[] {
  const out: Signal[] = [];
  // A few signals (most requests): the earlier ones are scanned, with no key string and map per request.
  const byKey = signals.length > MERGE_SCAN ? new Map<string, Signal>() : undefined;
  for (const s of signals) {
    const key = byKey ? `${s.category}\u0000${s.reason}` : '';
    let existing = byKey?.get(key);
    if (!byKey) for (let i = 0; i < out.length && !existing; i++) if (out[i]!.category === s.category && out[i]!.reason === s.reason) existing = out[i];
    if (!existing) {
      const copy = { ...s, evidence: [...s.evidence] };
      out.push(copy);
      byKey?.set(key, copy);
    } else {
      existing.score = Math.max(existing.score, s.score);
      for (const e of s.evidence) if (existing.evidence.length < 16 && !existing.evidence.some((x) => sameEvidence(x, e))) existing.evidence.push(e);
    }
  }
  return out;
}

/** Signals up to this many are merged by a scan of those kept (quadratic, so bounded); more by a map. */
const MERGE_SCAN = 8;
