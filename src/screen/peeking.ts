import type { Findings, Match } from './findings.ts';
import type { Concept } from './lexicon/types.ts';
import { ANYONE } from './rules.ts';

/** Where or when people undress: a changing room or a shower, someone changing or stepping out of the tub (voyeur.ts, peeking.ts). */
const UNDRESSING_AT: readonly Concept[] = ['privateMoment', 'privatePlace', 'bathing'];
/** Words a peek or a low angle may stand from the place or the moment it watches. */
const WATCH_WINDOW = 12;

/**
 * "shot through her bathroom window while she gets out of the tub", "durch den Türspalt in die Umkleide", "from the curtain
 * gap of the fitting room", "angle from the floor of the changing room, looking up": a look through a window, a gap or a
 * crack (`peek`), or a camera on the floor looking up (`lowAngle`), at a place or a moment of undressing, with someone
 * there (the photo's person, or one named), is voyeurism. Not a look at nobody ("sunlight through the curtain gap in a
 * quiet bedroom, no people", "a renovated bathroom seen through its window"), nor one beside a child or a surprise
 * (the voyeur rule's own exceptions, rules.ts).
 */
export function peeking(f: Findings): void {
  if ((!f.has('peek') && !f.has('lowAngle')) || !f.hasAny(UNDRESSING_AT) || f.fired('sexual', 0.9) || f.has('minor') || f.has('surprise')) return;
  if (!f.edit && !f.hasAny(ANYONE)) return;
  for (const m of [...f.of('peek'), ...f.of('lowAngle')]) {
    const where = watched(f, m);
    if (!where) continue;
    f.addMatch('sexual', 0.9, 'sexual.voyeur', 'The request asks for a look through a gap or a window, or from the floor, at someone where or while they undress (voyeurism).', m, where);
    return;
  }
}

/** The place or moment of undressing a peek watches, in its sentence; a low angle only in a changing room (a floor to look up from). */
function watched(f: Findings, m: Match): Match | undefined {
  if (m.term.tag === 'lowAngle') return f.first('privatePlace', m, WATCH_WINDOW, 'any', (p) => !f.sentenceBreak(p, m) && CHANGING.test(p.term.term));
  return f.first(UNDRESSING_AT, m, WATCH_WINDOW, 'any', (p) => !f.sentenceBreak(p, m));
}

/** Changing rooms, by their lexicon terms: the places a camera on the floor looks up in (not a toilet or a bathroom). */
const CHANGING =
  /chang|locker|fitting|dressing|umkleide|vestiaire|cabine d essayage|vestuario|probador|spogliatoi|camerino|vesti[aá]rio|provador|kleedkamer|paskamer|szatni|przebieraln|раздевалк|примерочн|роздягальн|примірочн|soyunma|更衣室|試着室|脱衣|탈의실|更衣|试衣/;
