import type { Signal } from '../types.ts';
import type { Concept } from './lexicon/types.ts';
import { overlaps, type Findings, type Match } from './findings.ts';
import { hasLayer, insteadOfWord, live } from './rules.ts';
import { spanEnd } from './normalize.ts';
import { work } from './work.ts';

/**
 * Two cues the decision layer reads (classifier/decision.ts, `cue:cover` and `cue:thing`), found in
 * the words of lexicon/cues.ts. They fire no rule; they say that the lexicon's harmful signals have
 * a benign explanation the rules do not see:
 * - `cover`: the request covers (makes a see-through blouse opaque, puts a shawl over the swimsuit,
 *   asks for a size bigger or a one-piece) and every harmful signal of the lexicon is of the kinds a
 *   covering edit names (see-through, swimwear, revealing, partly undressed);
 * - `thing`: every nudity word of the request ("nude", "bare", "naked", "desnudas", "гола") has a
 *   thing beside it (a wall, a wire, the truth, a lipstick shade, a cake) and no person or body word,
 *   and every harmful signal of the lexicon rests on such words only.
 * The signals a cue explains may be overruled by the layer like uncertain ones (prompt-screener.ts,
 * decide); floors (a minor, a named person) never are. Each question is a windowed look-up of the
 * sorted matches (Findings.first), a bounded number per match: linear in the text.
 */
export interface Cues {
  cover: boolean;
  thing: boolean;
  /** Spans (original text) of the nudity words about things: the evidence the thing cue explains. */
  thingSpans: ReadonlyArray<{ start: number; end: number }>;
}

/** The concepts of the cue words: matched with the lexicon, kept out of the rules' findings. */
export const CUE_CONCEPTS: ReadonlySet<Concept> = new Set<Concept>(['coverCue', 'layerCue', 'thing']);

export const NO_CUES: Cues = Object.freeze({ cover: false, thing: false, thingSpans: Object.freeze([]) });

/**
 * The reasons of the rules a covering edit names (rules.ts): see-through, swimwear or underwear,
 * revealing, partly undressed. Undressing verbs, removing clothing, nudity and sexual rules are not.
 */
export const COVERABLE_REASONS: ReadonlySet<string> = new Set([
  'The request asks to make clothing see-through.',
  'The request asks for see-through clothing.',
  'The request asks to put a real person in swimwear, underwear or lingerie.',
  'The request asks for swimwear, underwear or lingerie.',
  'The request asks to make clothing more revealing.',
  'The request asks for revealing clothing.',
  'The request asks to show a real person partly undressed.',
  'The request asks for a partly undressed person.',
]);

/** The body rule's reason (rules.ts): a covering word on the neckline itself explains it ("raise the neckline"). */
const BODY_REASON = 'The request sexualises the body.';
/** Garments, for a layer: one goes under or over another. */
const GARMENTS: readonly Concept[] = ['clothing', 'skimpy', 'outerwear'];
const LAYER_WINDOW = 4;
/** Languages whose words of place follow the noun ("水着の上に", "fürdőruhája fölé"). */
const POSTPOSITIONAL: ReadonlySet<string> = new Set(['ja', 'ko', 'zh', 'tr', 'hi', 'ur', 'bn', 'ta', 'hu', 'fi', 'mr', 'ne', 'te', 'pa', 'my', 'am']);

/** What a covering word must be near to cover something worn. */
const WORN: readonly Concept[] = ['clothing', 'skimpy', 'outerwear', 'garmentPart', 'reveal', 'coverUp'];
/** Words naming nudity or a bare state: the ones a thing beside them explains. */
const NUDITY: readonly Concept[] = ['nude', 'partialNude', 'undressVerb'];
/** People and bodies: beside a nudity word, the word is about them whatever thing is near. */
const BESIDE: readonly Concept[] = ['person', 'someone', 'realRef', 'publicFigure', 'minor', 'minorWeak', 'bodyPart', 'sexualBody'];
/** Words looked at in a covering word's or a nudity word's window. */
const COVER_WINDOW = 8;
const BENIGN_AFTER = 2;
const PERSON_WINDOW = 2;
/** Words between a nudity word and its thing (see aboutThing); the characters between are bounded too (MAX_BETWEEN). */
const THING_WINDOW = 3;
/** Characters between a nudity word and a thing beside it ("la vérité toute nue", "a nude shade"). */
const MAX_BETWEEN = 12;
/** Matches read per cue: beyond these the cue is simply not found (a long request is judged by its rules). */
const MAX_READ = 64;
/**
 * Words that, between a nudity word and a thing, make the thing a place, not what is bare ("naked on
 * a table", "nue sur le lit"): the thing must then touch the word.
 */
const PLACE_WORDS: ReadonlySet<string> = new Set(
  'on in at by near under over against onto into inside beside with through across along behind upon atop from sur dans sous contre avec auf im am an unter neben mit en sobre bajo contra con junto su sul sulla nel nella sotto contro na no em sob ao op bij tegen naast met w we przy pod obok z na в на у под при с около üstünde icinde içinde yaninda yanında di pada dekat sa kwa katika में पर par mein میں پر در روی في فى على על ב'.split(
    ' ',
  ),
);

/** The cues of one request, from its findings, the cue words' findings and the lexicon's signals. */
export function findCues(f: Findings, words: Findings | undefined, lexicon: readonly Signal[]): Cues {
  // "take off his coat so the shirt beneath shows", "she's in a swimsuit, put a cardigan over it": a layer the rules read
  // (rules.ts, hasLayer) needs no cue word.
  // "elle est nue sur la photo, mets-lui une robe": a state of undress the request dresses (rules.ts, dressedFromState).
  const layered = hasLayer(f) || f.dressedState;
  if (!words && !layered) return NO_CUES;
  const harmful = lexicon.filter((s) => s.score >= 0.5 && (s.category === 'undress' || s.category === 'sexual' || s.category === 'suggestive'));
  if (!words) return harmful.length === 0 && !reducing(f) ? LAYERED : NO_CUES;
  const cover =
    harmful.every((s) => COVERABLE_REASONS.has(s.reason) || (s.reason === BODY_REASON && aroundBody(f, words))) &&
    // "a one-piece, but more revealing", "cut it shorter so it barely covers": a live word of reducing says otherwise.
    !reducing(f) &&
    (covering(f, words) || layering(f, words) || (harmful.length === 0 && layered));
  const spans = thingSpans(f, words);
  const thing = spans.length > 0 && harmful.every((s) => explainedBy(s, spans));
  return cover || thing ? { cover, thing, thingSpans: thing ? spans : [] } : NO_CUES;
}

/** The cover cue of a layer left on with no harmful signal (findCues). */
const LAYERED: Cues = Object.freeze({ cover: true, thing: false, thingSpans: Object.freeze([]) });

/** Whether every text span of a signal lies on a nudity word about a thing. */
export function explainedBy(s: Signal, spans: Cues['thingSpans']): boolean {
  let any = false;
  for (const e of s.evidence) {
    if (e.kind !== 'text') continue;
    any = true;
    if (!spans.some((t) => overlaps(t, e))) return false;
  }
  return any;
}

/** A covering word near something worn, not aimed at a benign thing right after it ("cover the background"). */
function covering(f: Findings, words: Findings): boolean {
  const list = words.of('coverCue');
  for (let i = 0; i < list.length && i < MAX_READ; i++) {
    const c = list[i]!;
    const worn = f.first(WORN, c, COVER_WINDOW, 'any', (g) => !overlaps(g, c));
    // "ze zit in badpak, doe het vest erover uit": the garment near the covering word is taken off, not put on.
    if (!worn || takenOff(f, worn)) continue;
    // "deixa o maiô dela transparente", "make her one-piece see-through": a covering garment made see-through, with
    // nothing swapped, is the garment revealing ("make the sheer blouse opaque" names no garment in its cue).
    if (seeThroughGarment(f, c)) continue;
    // "swap her one-piece for a bikini": swimwear further on is what it becomes ("a one-piece swimsuit" is the cue's own noun).
    if (f.first('skimpy', c, COVER_WINDOW, 'after', (x) => f.gap(c, x) > 1) !== undefined) continue;
    // "a bikini instead of the long-sleeved dress": a covering word after "instead of" is said of the old garment.
    if (f.first('skimpy', c, COVER_WINDOW, 'before', (x) => x.end <= c.start && f.between('replace', x, c).some(insteadOfWord)) !== undefined) continue;
    const benign = f.first('benign', c, BENIGN_AFTER, 'after', (b) => !overlaps(b, c) && WORN.every((w) => f.between(w, c, b).length === 0));
    if (!benign) return true;
  }
  return false;
}

/** Whether cue `c` is a garment's own name made see-through by a live reveal word in its clause, with nothing replaced. */
function seeThroughGarment(f: Findings, c: Match): boolean {
  if (f.has('replace') || !f.has('reveal')) return false;
  if (f.first(GARMENT_NAMES, c, 0, 'any', (g) => overlaps(g, c)) === undefined) return false;
  return live(f, 'reveal').some((r) => !overlaps(r, c) && f.close(r, c, 3) && !f.interveningClause(r, c));
}
const GARMENT_NAMES: readonly Concept[] = ['clothing', 'skimpy'];

/** Whether a remover stands right beside a garment, in its clause ("doe het vest uit", "take the cardigan off"). */
function takenOff(f: Findings, g: Match): boolean {
  return f.first(TAKING_OFF, g, 2, 'any', (r) => !overlaps(r, g) && !f.interveningClause(r, g)) !== undefined;
}
const TAKING_OFF: readonly Concept[] = ['remove', 'removeWeak', 'undressVerb'];

/** Whether a word of reducing clothing is live (not negated: "less short" covers). */
function reducing(f: Findings): boolean {
  return live(f, 'reduce').length > 0 || live(f, 'reduceAlone').length > 0;
}

/** Every body word of the request has a covering word on it ("sube el escote", "raise the neckline"). */
function aroundBody(f: Findings, words: Findings): boolean {
  const list = f.of('sexualBody');
  if (list.length === 0 || list.length > MAX_READ) return false;
  return list.every((b) => words.first('coverCue', b, 2, 'any', (c) => !f.interveningClause(b, c)) !== undefined);
}

/**
 * "a tank top under her shirt", "一件外套披在泳衣上面": a word of under or over (the lexicon's `cover`
 * or a `layerCue`) with garments beside it on both sides, or with one beside it and a word of adding
 * or putting on (`replace`) in the request, adds a layer.
 */
function layering(f: Findings, words: Findings): boolean {
  const adds = f.has('replace');
  const layer = (p: Match) => {
    // "Dessous" is lingerie in German: a word of place that is also a garment is the garment.
    if (GARMENTS.some((g) => f.overlapping(g, p))) return false;
    const before = f.first(GARMENTS, p, LAYER_WINDOW, 'before', (g) => !overlaps(g, p) && !f.interveningClause(g, p));
    const after = f.first(GARMENTS, p, LAYER_WINDOW, 'after', (g) => !overlaps(g, p) && !f.interveningClause(g, p));
    // The garment put on is named before "under"/"over" ("a tank top under her shirt"), after a postposition
    // ("水着の上にパーカー"): it must be one that covers, not swimwear ("a bikini under a sheer dress").
    const added = POSTPOSITIONAL.has(p.term.language) ? after : before;
    if (before && after) return !f.overlapping('skimpy', added!);
    const one = before ?? after;
    // One garment only: something must be put on, and nothing asked to be seen through ("x-ray, see under her dress").
    return one !== undefined && adds && !f.has('reveal') && !f.overlapping('skimpy', one);
  };
  const positions = [...f.of('cover').slice(0, MAX_READ), ...words.of('layerCue').slice(0, MAX_READ)];
  return positions.some(layer);
}

/**
 * The spans of the nudity words with a thing beside them and no person or body word: all of them,
 * or none when one nudity word is about someone (then the request is about nudity of someone).
 */
function thingSpans(f: Findings, words: Findings): Array<{ start: number; end: number }> {
  if (!words.has('thing')) return [];
  const out: Array<{ start: number; end: number }> = [];
  for (const concept of NUDITY) {
    const list = f.of(concept);
    for (let i = 0; i < list.length; i++) {
      if (out.length >= MAX_READ) return [];
      const m = list[i]!;
      if (!aboutThing(f, words, m, concept === 'undressVerb')) return [];
      out.push({ start: f.norm.start[m.start]!, end: spanEnd(f.norm, m.start, m.end - 1) });
    }
  }
  return out;
}

/**
 * Whether a nudity word has a thing beside it and no person or body: the thing within THING_WINDOW words, so that a
 * thing the word is said of with a verb and an adverb between ("la parete è troppo nuda", "the wall is so bare") counts.
 * A verb of undressing strips the thing that follows it ("strip the wire") or the one it touches ("paredes
 * desnudas"), not one named words before it: "change the background to the sea and strip her" ('غير الخلفية لبحر
 * وقلّعها') undresses someone.
 */
function aboutThing(f: Findings, words: Findings, m: Match, verb: boolean): boolean {
  // A person inside a longer undressing phrase ("عري المرأة", undress the woman) is whom it undresses.
  if (f.first(BESIDE, m, PERSON_WINDOW, 'any', (p) => !overlaps(p, m) || m.end - m.start > p.end - p.start) !== undefined) return false;
  return words.first('thing', m, THING_WINDOW, 'any', (t) => !overlaps(t, m) && beside(f, m, t) && (!verb || t.start > m.start || f.gap(t, m) <= 1) && !personPlacedBy(f, t, m)) !== undefined;
}

/** Words of place that join a person to the thing beside them ("the woman next to the car", "la femme à côté de la voiture"). */
const NEXT_TO: ReadonlySet<string> = new Set([...PLACE_WORDS, ...'next beside cote pres lado accanto vicino naast neben obok рядом около yaninda yanındaki yanindaki samping sebelah'.split(' ')]);

/**
 * "make the woman next to the car naked", "rends la femme à côté de la voiture nue": a thing right before the nudity
 * word, with a person placed by it just before it (a word of place between them, in one clause), is where that person
 * is; the word is said of the person. Bounded: one look-up of five words.
 */
function personPlacedBy(f: Findings, t: Match, m: Match): boolean {
  if (t.start > m.start) return false;
  return (
    f.first(BESIDE, t, 5, 'before', (p) => {
      if (p.end > t.start || f.interveningClause(p, t)) return false;
      const between = f.norm.text.slice(p.end, t.start).trim();
      work.steps++;
      return between.length <= 32 && between.split(' ').some((w) => NEXT_TO.has(w));
    }) !== undefined
  );
}

/**
 * Whether a thing is right beside a nudity word: in the same clause, a few words and MAX_BETWEEN characters away at
 * most (not a preposition of place: "naked on a table"), and within a few characters where words are not
 * spaced (CJK, Thai: "裸女 床上" is not a bare bed).
 */
function beside(f: Findings, a: Match, b: Match): boolean {
  const first = a.start <= b.start ? a : b;
  const second = first === a ? b : a;
  const between = f.norm.text.slice(first.end, second.start).trim();
  if (between.length > MAX_BETWEEN || f.interveningClause(a, b)) return false;
  if (between.length > 0 && !between.includes(' ') && f.gap(a, b) === 0) return between.length <= 1;
  // No word between may be one of place ("naked on the table", "changing through the window").
  for (const w of between.split(' ')) if (PLACE_WORDS.has(w)) return false;
  return true;
}
