import { CLAUSE_BREAK, type Findings } from './findings.ts';
import type { Concept } from './lexicon/types.ts';
import { moreWordsThan } from './normalize.ts';

/** The verb forms that open the clause, by the particle that closes it: German, Dutch and Afrikaans, Danish, Norwegian. */
const VERB_OF: ReadonlyMap<string, RegExp> = new Map([
  ['aus', /(?:^|\s)(?:zieh|ziehe|zieht|ziehst)\s/],
  ['uit', /(?:^|\s)(?:kleed|kleedt|trek|trekt|klee)\s/],
  ['af', /(?:^|\s)(?:klæd|klaed|klæde|klaede)\s/],
  ['av', /(?:^|\s)(?:kle)\s/],
]);
/** Words from the verb to its particle, the particle included. */
const SPAN = 10;
/** Skeleton characters before the person searched for the verb (the span's ten words bound it anyway). */
const VERB_REACH = 96;
/** Who may be undressed: a person, someone, a named or related person, a child. */
const WHO: readonly Concept[] = ['person', 'someone', 'realRef', 'publicFigure', 'minor', 'minorWeak'];

/** What may be taken out or off instead of the person: garments, things, the background. */
const OBJECTS: readonly Concept[] = ['clothing', 'skimpy', 'outerwear', 'accessory', 'benign', 'objectTarget', 'photoThing', 'sceneThing', 'garmentPart'];
/** Of those, the garments: named between the person and the particle, they are what comes off. */
const GARMENTS: readonly Concept[] = ['clothing', 'skimpy', 'outerwear', 'accessory', 'garmentPart'];
/**
 * Words that join the person to a thing she is with or by ("die Frau mit dem Hund", "de vrouw naast de auto", "kvinden
 * ved bilen"): read here and by rules.ts's German "zieh … aus" clause (pulledOffDe).
 */
const WITH_OR_BY: ReadonlySet<string> = new Set('mit am an bei beim neben vor hinter unter auf im in met naast bij voor achter onder op aan langs med ved foran bag pa på i hos'.split(' '));

/**
 * "zieh die Lehrerin auf dem Klassenfoto aus", "kleed de juf op de klassenfoto uit", "trek die juffrou op die klasfoto
 * uit", "klæd pædagogen af på billedet": the Germanic undressing verbs are separable. The verb opens the clause, its
 * particle closes it, and the person undressed stands between them with any number of words. The lexicon knows the verb
 * with a pronoun ("zieh sie aus", "kleed haar uit"), not with a noun and a place in between. Here the verb form, a person
 * after it, and the verb's own particle ending the same clause, within SPAN words, undress that person. The particle alone
 * ("aus", "uit") is the lexicon's weak remover and says nothing by itself ("mach das Licht aus", "haal de vlek uit").
 */
export function separableUndress(f: Findings): void {
  if (!f.has('removeWeak') || !f.hasAny(WHO) || f.fired('undress', 0.9)) return;
  const text = f.norm.text;
  const particles = f.of('removeWeak');
  for (let i = 0; i < particles.length && i < 8; i++) {
    const p = particles[i]!;
    const verb = VERB_OF.get(text.slice(p.start, p.end));
    if (verb === undefined) continue;
    // The particle closes its clause: the request ends there, or a clause break follows it in the original text.
    const endOriginal = f.norm.end[p.end - 1] ?? f.text.length;
    if (!/^\s*(?:$|[,;:.!?…🙂-🙏]|bitte|please|alsjeblieft|tak)/iu.test(f.text.slice(endOriginal, endOriginal + 12))) continue;
    const who = f.first(WHO, p, SPAN, 'before', (x) => x.end <= p.start && !f.interveningClause(x, p));
    if (!who) continue;
    // A garment or a thing named between them is what comes off ("zieh den Kindern die Jacken aus"): other rules weigh it.
    // Not a thing joined to the person by a word of with or by: it says where she is ("kleed de vrouw naast de auto uit").
    const between = (x: { start: number; end: number }) => x.start >= who.end && x.end <= p.start;
    if (f.first(GARMENTS, p, SPAN, 'before', between) !== undefined) continue;
    if (f.first(OBJECTS, p, SPAN, 'before', (x) => between(x) && !placedBy(text, who.end, x.start)) !== undefined) continue;
    const from = Math.max(0, who.start - VERB_REACH);
    const at = text.slice(from, who.start).search(verb);
    if (at < 0 || moreWordsThan(text.slice(from + at, p.end), SPAN)) continue;
    // The verb, the person and the particle in one clause.
    if (CLAUSE_BREAK.test(f.text.slice(f.norm.start[from + at] ?? 0, f.norm.start[p.start] ?? f.text.length))) continue;
    f.addMatch('undress', 0.9, 'undress.separable_verb', 'The request asks to undress someone (a separable verb around the person: "zieh … aus", "kleed … uit").', p, who);
    return;
  }
}

/** Whether the words from `from` to `to` (the person's end to the thing's start) hold a word of with or by; bounded. */
export function placedBy(text: string, from: number, to: number): boolean {
  if (to - from > 48) return false;
  return text
    .slice(from, to)
    .trim()
    .split(' ')
    .some((w) => WITH_OR_BY.has(w));
}
