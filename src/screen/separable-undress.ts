import type { Findings } from './findings.ts';
import type { Concept } from './lexicon/types.ts';

/**
 * "zieh die Lehrerin auf dem Klassenfoto aus", "kleed de juf op de klassenfoto uit", "trek die juffrou op die klasfoto
 * uit", "klæd pædagogen af på billedet": the Germanic undressing verbs are separable. The verb opens the clause, its
 * particle closes it, and the person undressed stands between them with any number of words. The lexicon knows the verb
 * with a pronoun ("zieh sie aus", "kleed haar uit"), not with a noun and a place in between. Here the verb form, a person
 * after it, and the verb's own particle ending the same clause, within SPAN words, undress that person. The particle alone
 * ("aus", "uit") is the lexicon's weak remover and says nothing by itself ("mach das Licht aus", "haal de vlek uit").
 */
const SEPARABLE: Readonly<Record<string, { verb: RegExp; particle: string }>> = {
  de: { verb: /(?:^|\s)(?:zieh|ziehe|zieht|ziehst)\s[\s\S]*$/, particle: 'aus' },
  nl: { verb: /(?:^|\s)(?:kleed|kleedt|trek|trekt)\s[\s\S]*$/, particle: 'uit' },
  af: { verb: /(?:^|\s)(?:trek|klee)\s[\s\S]*$/, particle: 'uit' },
  da: { verb: /(?:^|\s)(?:klæd|klaed|klæde|klaede)\s[\s\S]*$/, particle: 'af' },
  no: { verb: /(?:^|\s)(?:kle)\s[\s\S]*$/, particle: 'av' },
};
/** Words from the verb to its particle, the particle included. */
const SPAN = 10;
/** Who may be undressed: a person, someone, a named or related person, a child. */
const WHO: readonly Concept[] = ['person', 'someone', 'realRef', 'publicFigure', 'minor', 'minorWeak'];

/** What may be taken out or off instead of the person: garments, things, the background. */
const OBJECTS: readonly Concept[] = ['clothing', 'skimpy', 'outerwear', 'accessory', 'benign', 'objectTarget', 'photoThing', 'sceneThing', 'garmentPart'];

export function separableUndress(f: Findings): void {
  if (!f.has('removeWeak') || !f.hasAny(WHO) || f.fired('undress', 0.9)) return;
  const text = f.norm.text;
  const particles = f.of('removeWeak');
  for (let i = 0; i < particles.length && i < 8; i++) {
    const p = particles[i]!;
    const word = text.slice(p.start, p.end);
    // The particle closes its clause: the request ends there, or a clause break follows it in the original text.
    const endOriginal = f.norm.end[p.end - 1] ?? f.text.length;
    if (!/^\s*(?:$|[,;:.!?…🙂-🙏]|bitte|please|alsjeblieft|tak)/iu.test(f.text.slice(endOriginal, endOriginal + 12))) continue;
    const who = f.first(WHO, p, SPAN, 'before', (x) => x.end <= p.start && !f.interveningClause(x, p));
    if (!who) continue;
    // A garment or a thing named between them is what comes off ("zieh den Kindern die Jacken aus"): other rules weigh it.
    if (f.first(OBJECTS, p, SPAN, 'before', (x) => x.start >= who.end && x.end <= p.start) !== undefined) continue;
    for (const { verb, particle } of Object.values(SEPARABLE)) {
      if (word !== particle) continue;
      const before = text.slice(Math.max(0, who.start - 12 * 8), who.start);
      const at = before.search(verb);
      if (at < 0 || wordsIn(text.slice(who.start - before.length + at, p.end)) > SPAN) continue;
      if (hasClauseBreak(f, who.start - before.length + at, p.start)) continue;
      f.addMatch('undress', 0.9, 'undress.separable_verb', 'The request asks to undress someone (a separable verb around the person: "zieh … aus", "kleed … uit").', p, who);
      return;
    }
  }
}

function wordsIn(s: string): number {
  return s.trim().split(/\s+/).length;
}

/** Whether the original text between two skeleton positions breaks the clause. */
function hasClauseBreak(f: Findings, from: number, to: number): boolean {
  const a = f.norm.start[from] ?? 0;
  const b = f.norm.start[to] ?? f.text.length;
  return /[,;:!?…，、；：。！？]|\.(?!\p{L})/u.test(f.text.slice(a, b));
}
