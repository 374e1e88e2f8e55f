import type { Detector } from '../detectors/detector.ts';
import { promptSubject } from '../subjects.ts';
import type { Category, Evidence, RequestMode, Signal, Subject } from '../types.ts';
import { LEXICONS, AGE_UNITS, AGE_PREFIXES } from './lexicon/index.ts';
import type { Concept } from './lexicon/types.ts';
import { normalize, normalizeTerm, type NormalizedText } from './normalize.ts';
import { FuzzyTerms } from './fuzzy-terms.ts';
import { TermMatcher, type TermMatch } from './term-matcher.ts';

export const PROMPT_SCREENER = 'prompt-screener';

type Match = TermMatch<Concept>;

const ENTRIES = Object.entries(LEXICONS).flatMap(([language, lexicon]) =>
  Object.entries(lexicon).flatMap(([concept, list]) => (list ?? []).map((term) => ({ term, tag: concept as Concept, language }))),
);
const matcher = new TermMatcher<Concept>(ENTRIES);
/** Concepts worth a second, fuzzy look: the ones a misspelling would otherwise hide. */
const FUZZY_CONCEPTS: ReadonlySet<Concept> = new Set(['clothing', 'nude', 'skimpy', 'undressVerb', 'sexualAct', 'sexualBody', 'minor', 'reveal', 'remove']);
const fuzzy = new FuzzyTerms<Concept>(ENTRIES.filter((e) => FUZZY_CONCEPTS.has(e.tag)));

const AGE_PATTERN = buildAgePattern();

/** Languages whose object comes before the verb (zh through 把): "everything" precedes "remove". */
const OBJECT_FIRST: ReadonlySet<string> = new Set(['ja', 'ko', 'zh', 'hi', 'tr']);

/** How many words apart two concepts may be and still act on each other. */
const WINDOW = { remove: 5, removeWeak: 2, reveal: 4, reduce: 4, negation: 2, replaceBefore: 4, replaceAfter: 5, cover: 3 } as const;

/**
 * Screens the text of an image-generation or image-edit request.
 * Returns one signal per rule that fired, each with the spans of the original text behind it.
 *
 * @example
 * screenPrompt('put her in a bikini', 'edit').map((s) => s.category); // ['undress', 'real_person', …]
 */
export function screenPrompt(text: string, mode: RequestMode = 'edit'): Signal[] {
  promptSubject(text, mode);
  const norm = normalize(text);
  const exact = matcher.match(norm);
  const found = new Findings(text, norm, unmasked([...exact, ...fuzzy.match(norm, exact)]));
  applyRules(found, mode);
  findAges(found);
  return found.signals();
}

/** The screener behind the common detector interface (prompt subjects and edit subjects with a prompt). */
export const promptScreenerDetector: Detector = {
  name: PROMPT_SCREENER,
  accepts: ['prompt', 'edit'],
  detect(subject: Subject) {
    if (subject.kind === 'prompt') return { signals: screenPrompt(subject.text, subject.mode) };
    if (subject.kind === 'edit' && subject.prompt) return { signals: screenPrompt(subject.prompt.text, 'edit') };
    return { signals: [] };
  },
};

function applyRules(f: Findings, mode: RequestMode): void {
  const edit = mode === 'edit';
  const clothing = f.of('clothing');
  const realPeople = [...f.of('realRef'), ...(edit ? [] : f.of('publicFigure'))];
  const targetsRealPerson = edit || realPeople.length > 0;
  // A cut-out request ("extract the t-shirt", "segment it") is about the garment, not the wearer.
  const segmentation = f.of('segment').length > 0;

  for (const m of f.live('undressVerb')) {
    // "déshabille cette image de ses filtres", "spoglia la foto dei metadati": stripping an image of something.
    // "모자 벗겨줘" (take the hat off): in verb-final languages the object comes first.
    if (f.of('benign').some((b) => b.end <= m.start && f.gap(b, m) <= 1)) continue;
    if (f.aimedAtObject(m) || f.of('benign').some((b) => b.start >= m.end && f.near(m, b, 6) && !f.of('person').some((p) => p.start >= m.end && p.end <= b.start))) continue;
    f.add('undress', 0.95, 'undress.verb', 'The request asks to undress someone.', [m]);
  }

  const removal = (r: Match, window: number) =>
    clothing.find(
      (c) =>
        !overlaps(r, c) &&
        f.near(r, c, window) &&
        !f.benignBetween(r, c) &&
        !f.benignBeside(r, c) &&
        !f.aimedAtObject(r, c) &&
        !f.replacedByClothing(c) &&
        // "… and replace it with a coat": the garment after the replacing verb is the new one.
        !f.of('replace').some((x) => x.start >= r.end && x.end <= c.start),
    );
  if (!segmentation) {
    for (const r of f.of('remove')) {
      const garment = removal(r, WINDOW.remove);
      if (garment) f.add('undress', 0.9, 'undress.remove_clothing', 'The request asks to remove clothing.', [r, garment]);
      // "全部脱いで", "sab kuch utaar do": languages that put the object first say "everything" before the verb.
      const all = f.of('everything').find((e) => (e.start >= r.end && f.near(r, e, 3)) || (OBJECT_FIRST.has(r.term.language) && e.end <= r.start && f.gap(e, r) <= 1));
      if (all && edit && !garment) f.add('undress', 0.8, 'undress.remove_everything', 'The request asks to remove everything the person wears.', [r, all]);
    }
    for (const r of f.of('removeWeak')) {
      const garment = removal(r, WINDOW.removeWeak);
      if (garment) f.add('undress', 0.85, 'undress.without_clothing', 'The request asks for a person without a garment.', [r, garment]);
    }
  }

  for (const m of f.live('nude')) {
    if (f.aimedAtObject(m)) continue;
    f.add('sexual', 0.95, 'sexual.nudity', 'The request asks for nudity.', [m]);
    if (targetsRealPerson) f.add('undress', 0.9, 'undress.nudity', 'The request asks to show a real person nude.', [m]);
  }

  for (const m of f.live('reveal')) {
    // "x-ray her", "see through her" aim at the person; "x-ray", "what's underneath" need no target.
    const atPerson = /x ?ray|xray|underneath|body|under|see ?thr/.test(m.term.term);
    const alone = /x ?ray|xray|underneath|under/.test(m.term.term);
    const garment = clothing.find((c) => !overlaps(m, c) && f.near(m, c, WINDOW.reveal) && !f.benignBetween(m, c));
    const person = atPerson ? f.of('person').find((p) => f.near(m, p, WINDOW.reveal)) : undefined;
    const target = garment ?? person;
    if (!target && !alone) continue;
    const evidence = target ? [m, target] : [m];
    if (targetsRealPerson) f.add('undress', 0.85, 'undress.see_through', 'The request asks to make clothing see-through.', evidence);
    else f.add('suggestive', 0.65, 'suggestive.see_through', 'The request asks for see-through clothing.', evidence);
  }

  for (const m of f.live('reduce')) {
    const garment = clothing.find((c) => !overlaps(m, c) && f.near(m, c, WINDOW.reduce) && !f.benignBetween(m, c));
    if (!garment) continue;
    if (targetsRealPerson) f.add('undress', 0.8, 'undress.reduce_clothing', 'The request asks to make clothing more revealing.', [m, garment]);
    else f.add('suggestive', 0.6, 'suggestive.revealing', 'The request asks for revealing clothing.', [m, garment]);
  }
  for (const m of f.live('reduceAlone')) {
    if (targetsRealPerson) f.add('undress', 0.8, 'undress.reduce_clothing', 'The request asks to make clothing more revealing.', [m]);
    else f.add('suggestive', 0.6, 'suggestive.revealing', 'The request asks for revealing clothing.', [m]);
  }

  const skimpy = f.live('skimpy').filter((m) => !f.replacedAway(m) && !f.coveredBy(m) && !f.aimedAtObject(m) && !f.recoloured(m));
  for (const m of skimpy) {
    if (targetsRealPerson) f.add('undress', 0.85, 'undress.swimwear_underwear', 'The request asks to put a real person in swimwear, underwear or lingerie.', [m]);
    else f.add('suggestive', 0.6, 'suggestive.swimwear_underwear', 'The request asks for swimwear, underwear or lingerie.', [m]);
  }

  for (const m of f.live('sexualAct')) f.add('sexual', 0.95, 'sexual.explicit', 'The request asks for sexual or explicit content.', [m]);
  for (const m of f.live('sexualBody')) f.add('sexual', 0.8, 'sexual.body', 'The request sexualises the body.', [m]);
  const styling = f.live('suggestive');
  for (const m of styling) {
    f.add('suggestive', 0.7, 'suggestive.styling', 'The request asks for a sexualised or suggestive look.', [m]);
    if (targetsRealPerson) f.add('sexual', 0.6, 'sexual.real_person_styling', 'The request sexualises a real person.', [m]);
  }
  if (!targetsRealPerson && styling.length > 0 && skimpy.length > 0) {
    f.add('sexual', 0.6, 'sexual.lingerie_styling', 'The request asks for sexualised imagery in underwear or swimwear.', [styling[0]!, skimpy[0]!]);
  }

  for (const m of f.of('minor')) f.add('minor', 0.9, 'minor.term', 'The request refers to a child or teenager.', [m]);
  for (const m of f.of('minorWeak')) f.add('minor', 0.55, 'minor.ambiguous', 'The request uses a word that can refer to a minor.', [m]);

  if (edit) {
    const refs = [...f.of('person'), ...realPeople];
    f.add('real_person', 0.9, 'real_person.edit', 'An edit of a supplied photo is assumed to show a real, identifiable person.', refs, refs.length ? undefined : 'edit of a supplied photo');
  } else if (realPeople.length) {
    f.add('real_person', 0.85, 'real_person.named', 'The request names or refers to a real person.', realPeople);
  }

  for (const m of f.of('consent')) f.add('consent_claim', 0.9, 'consent_claim.consent', 'The request claims consent. This is recorded, never treated as consent.', [m]);
  for (const m of f.of('adultClaim')) f.add('consent_claim', 0.9, 'consent_claim.adult', 'The request claims the person is an adult. This is recorded, never treated as verification.', [m]);
}

function findAges(f: Findings): void {
  for (const hit of f.norm.text.matchAll(AGE_PATTERN)) {
    const age = Number(hit.groups?.a ?? hit.groups?.b);
    const start = hit.index!;
    const span = { start, end: start + hit[0].length };
    if (age < 18) f.addSpan('minor', 0.95, 'minor.age', `The request gives an age under 18 (${age}).`, span, 'age');
    else if (age < 120) f.addSpan('consent_claim', 0.9, 'consent_claim.age', `The request states an adult age (${age}); recorded, never treated as verification.`, span, 'age');
  }
}

/**
 * Removes matches inside a benign "mask" phrase such as "nude lipstick" or "top left".
 * Claims of consent or adulthood are kept: they are evidence, never a reason to act.
 */
function unmasked(matches: Match[]): Match[] {
  const masks = matches.filter((m) => m.term.tag === 'mask');
  if (masks.length === 0) return matches;
  const kept = new Set<Concept>(['mask', 'consent', 'adultClaim']);
  return matches.filter((m) => kept.has(m.term.tag) || !masks.some((k) => k.start <= m.start && m.end <= k.end));
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

interface Fired {
  category: Category;
  score: number;
  reason: string;
  evidence: Evidence[];
}

class Findings {
  private readonly byConcept = new Map<Concept, Match[]>();
  private readonly fired = new Map<string, Fired>();

  constructor(
    readonly text: string,
    readonly norm: NormalizedText,
    matches: Match[],
  ) {
    for (const m of matches) {
      const list = this.byConcept.get(m.term.tag) ?? [];
      list.push(m);
      this.byConcept.set(m.term.tag, list);
    }
  }

  of(concept: Concept): Match[] {
    return this.byConcept.get(concept) ?? [];
  }

  /** Matches of a concept not negated by a word just before them ("less transparent", "non-nude"). */
  live(concept: Concept): Match[] {
    const negations = this.of('negation');
    return this.of(concept).filter((m) => !negations.some((n) => n.end <= m.start && this.gap(n, m) <= WINDOW.negation && !this.interveningClause(n, m)));
  }

  near(a: Match, b: Match, window: number): boolean {
    return this.gap(a, b) <= window;
  }

  /** Words between two spans (0 when they touch or overlap). */
  gap(a: Match, b: Match): number {
    const [first, second] = a.start <= b.start ? [a, b] : [b, a];
    if (second.start < first.end) return 0;
    const pos = this.norm.position;
    return Math.max(0, pos[second.start]! - pos[Math.max(first.end - 1, 0)]!);
  }

  /** A benign object between a verb and a garment: "remove the logo from her shirt". */
  benignBetween(a: Match, b: Match): boolean {
    const [first, second] = a.start <= b.start ? [a, b] : [b, a];
    return this.of('benign').some((x) => x.start >= first.end && x.end <= second.start);
  }

  /** A thing, not a person, is what is undressed or bare: "undress the mannequin", "naked trees". */
  aimedAtObject(m: Match, garment?: Match): boolean {
    const people = this.of('person');
    return this.of('objectTarget').some((o) => {
      if (overlaps(o, m)) return false;
      const after = o.start >= m.end && this.gap(m, o) <= 3;
      const before = o.end <= m.start && this.gap(o, m) <= 2;
      const ofGarment = garment !== undefined && ((o.start >= garment.end && this.gap(garment, o) <= 3) || (o.end <= garment.start && this.gap(o, garment) <= 3));
      const wornByObject = m.term.tag === 'skimpy' && o.start >= m.end && this.gap(m, o) <= 6;
      if (!(after || before || ofGarment || wornByObject)) return false;
      const [first, second] = o.start < m.start ? [o, m] : [m, o];
      return !people.some((p) => p.start >= first.end && p.end <= second.start);
    });
  }

  /**
   * A benign object right beside the garment or the verb is what is removed:
   * "remove his shirt's wrinkles", "die Falten im Hemd entfernen" — unless joined by "and".
   */
  benignBeside(verb: Match, garment: Match): boolean {
    const conjunctions = this.of('conjunction');
    return this.of('benign').some((b) => {
      if (overlaps(b, garment) || overlaps(b, verb)) return false;
      const anchor = [garment, verb].find((a) => this.gap(a, b) <= 2);
      if (!anchor) return false;
      const [first, second] = b.start < anchor.start ? [b, anchor] : [anchor, b];
      return !this.interveningClause(first, second) && !conjunctions.some((c) => c.start >= first.end && c.end <= second.start);
    });
  }

  /**
   * "take off her sweater and put on a blazer", "iska sweater hata ke blazer pehna do": the garment
   * is swapped for other, non-revealing clothing named after it.
   */
  replacedByClothing(garment: Match): boolean {
    const skimpy = this.of('skimpy');
    const replaced = this.of('replace').some((r) => r.start >= garment.end && this.gap(garment, r) <= 6);
    if (!replaced) return false;
    return [...this.of('clothing'), ...this.of('outerwear')].some(
      (c) => c.start >= garment.end && !overlaps(c, garment) && this.gap(garment, c) <= 6 && !skimpy.some((s) => overlaps(s, c)),
    );
  }

  /**
   * "put a hoodie over her bikini", "水着の上にパーカーを羽織らせて": other clothing goes over the
   * swimwear, in either word order, so the request covers the person up — unless it also takes
   * clothing off ("take off the jacket over her lingerie", "remove her shirt, a jacket over her bra").
   */
  coveredBy(m: Match): boolean {
    const clothing = this.of('clothing');
    // A verb that both removes and puts on ("zieh ihr … über" / "zieh ihr … aus") does not count.
    const removers = this.of('remove').filter((r) => !this.of('replace').some((x) => overlaps(x, r)));
    const strips = this.of('undressVerb').length > 0 || removers.some((r) => clothing.some((c) => !overlaps(r, c) && this.near(r, c, WINDOW.remove)));
    if (strips) return false;
    const skimpy = this.of('skimpy');
    const garments = [...clothing, ...this.of('outerwear')].filter((g) => !overlaps(g, m) && !skimpy.some((s) => overlaps(s, g)));
    return this.of('cover').some((c) => {
      if (overlaps(c, m) || this.gap(m, c) > WINDOW.cover) return false;
      const after = c.start >= m.end;
      return garments.some((g) => (after ? g.start >= c.end : g.end <= c.start) && this.gap(c, g) <= WINDOW.cover);
    });
  }

  /** "make the swimsuit blue", "change the colour of her bikini": a recolouring, not undressing. */
  recoloured(m: Match): boolean {
    return this.of('colour').some((c) => !overlaps(c, m) && this.gap(m, c) <= 2 && !this.interveningClause(c.start < m.start ? c : m, c.start < m.start ? m : c));
  }

  /** "replace her bikini with a dress": swimwear named only to be replaced by other clothing. */
  replacedAway(m: Match): boolean {
    const replaced = this.of('replace').some((r) => r.end <= m.start && this.gap(r, m) <= WINDOW.replaceBefore);
    if (!replaced) return false;
    const skimpy = this.of('skimpy');
    return [...this.of('clothing'), ...this.of('benign')].some(
      (c) => c.start >= m.end && this.gap(m, c) <= WINDOW.replaceAfter && !skimpy.some((s) => overlaps(s, c)),
    );
  }

  private interveningClause(a: Match, b: Match): boolean {
    return /[,;:]/.test(this.text.slice(this.norm.end[a.end - 1] ?? 0, this.norm.start[b.start] ?? 0));
  }

  add(category: Category, score: number, rule: string, reason: string, matches: Match[], note?: string): void {
    const evidence: Evidence[] = matches.map((m) => this.textEvidence(m.start, m.end, m.term.term, m.term.language));
    if (note) evidence.push({ kind: 'note', text: note });
    this.record(category, score, rule, reason, evidence);
  }

  addSpan(category: Category, score: number, rule: string, reason: string, span: { start: number; end: number }, term: string): void {
    this.record(category, score, rule, reason, [this.textEvidence(span.start, span.end, term)]);
  }

  private textEvidence(start: number, end: number, term: string, language?: string): Evidence {
    const from = this.norm.start[start]!;
    const to = this.norm.end[end - 1]!;
    return { kind: 'text', start: from, end: to, text: this.text.slice(from, to), term, ...(language ? { language } : {}) };
  }

  private record(category: Category, score: number, rule: string, reason: string, evidence: Evidence[]): void {
    const key = `${category}\u0000${rule}`;
    const existing = this.fired.get(key);
    if (!existing) {
      this.fired.set(key, { category, score, reason, evidence });
      return;
    }
    existing.score = Math.max(existing.score, score);
    for (const e of evidence) if (!existing.evidence.some((x) => sameEvidence(x, e))) existing.evidence.push(e);
  }

  signals(): Signal[] {
    return [...this.fired.values()].map((f) => ({ detector: PROMPT_SCREENER, category: f.category, score: f.score, reason: f.reason, evidence: f.evidence }));
  }
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a.kind === 'text' && b.kind === 'text' ? a.start === b.start && a.end === b.end : JSON.stringify(a) === JSON.stringify(b);
}

/** "15 yo", "15-year-old", "15 ans", "15歳", "she's 15", "age 15". */
function buildAgePattern(): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const units = [...new Set(AGE_UNITS.map((u) => (u.startsWith('re:') ? u.slice(3) : escape(normalizeTerm(u)))).filter(Boolean))].sort((a, b) => b.length - a.length);
  const prefixes = [...new Set(AGE_PREFIXES.map((u) => escape(normalizeTerm(u))).filter(Boolean))].sort((a, b) => b.length - a.length);
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?<a>\\d{1,3}) ?(?:${units.join('|')})(?![\\p{Script=Latin}\\p{Script=Cyrillic}])(?! ?(?:ago|later|temu|назад|спустя|once|fa|geleden|atras|plus tard|spater|zuvor|sonra|前|後|后|전|후))|(?:${prefixes.join('|')}) (?<b>\\d{1,3})(?![\\p{N}]| ?(?:%|cm|kg|m\\b|min|s\\b|sec|x\\b|px|mm|lb|feet|ft|foot|inch|in\\b|pound|people|person|men|women|times|hours|days|minutes)))`,
    'gu',
  );
}
