import type { Findings } from './findings.ts';
import type { Concept } from './lexicon/types.ts';
import { live } from './rules.ts';
import { moreWordsThan } from './normalize.ts';

/** Words taking off or making go: what acts on "the rest" to undress. */
const REMOVERS: readonly Concept[] = ['remove', 'removeWeak', 'undressVerb', 'garmentGone'];
/** Words a remover may stand from "the rest" ("tira o resto", "baaki bhi hata do", "剩下的也去掉"). */
const REMOVER_WINDOW = 3;
/** Things "the rest" may be the rest of, or what is kept beside it ("the rest of the background", "keep her face, remove the rest"). */
const THINGS: readonly Concept[] = ['benign', 'objectTarget', 'sceneThing', 'thing', 'colour', 'bodyPart', 'sexualBody', 'segment', 'placed', 'emojiThing'];
/** Words after "the rest" in which what it is the rest of is named. */
const OWNER_WINDOW = 3;
/** Most words of a follow-up that says only "now the rest too" or "she keeps her glasses, the rest goes". */
const FOLLOW_UP_WORDS = 8;

/**
 * "take off the rest", "agora tira o resto", "ab baaki bhi hata do", "剩下的也去掉", "lose the last two pieces", "utan det
 * sista plagget": in an edit, what is left of what the person wears, taken off; and a short follow-up that says the rest
 * goes or follows too ("the rest goes", "now the rest too", "الحين الباقي كمان", "sekarang sisanya juga"), which carries on
 * an undressing the thread began. Not the rest of a thing ("remove the rest of the background", "把其余的人去掉"), nor a
 * follow-up about one ("keep her face, blur the rest", "now the rest of the wall too"): a thing named in the request
 * (other than a worn accessory: "she keeps her glasses") makes it an edit of the picture.
 */
export function restTakenOff(f: Findings): void {
  if (!f.edit || (!f.has('remainder') && !f.has('remainderToo')) || f.fired('undress', 0.8)) return;
  if (thingNamed(f) || keepsNoGarment(f)) return;
  for (const m of live(f, 'remainder')) {
    // "remove the rest of the people", "把其余的人去掉": people named after it are who the rest are.
    // ("其余的" and "的人" share their 的: a person word ending after the rest counts.)
    if (f.first('someone', m, OWNER_WINDOW, 'any', (p) => p.end > m.end) !== undefined) continue;
    const remover = f.first(REMOVERS, m, REMOVER_WINDOW, 'any', (r) => !f.interveningClause(r, m));
    if (!remover) continue;
    f.addMatch('undress', 0.9, 'undress.remainder', 'The request asks to take off the rest of what the person wears.', remover, m);
    return;
  }
  const follow = live(f, 'remainderToo')[0];
  if (follow && !moreWordsThan(f.norm.text, FOLLOW_UP_WORDS)) f.addMatch('undress', 0.8, 'undress.remainder', 'The follow-up asks for the rest of what the person wears to go too.', follow);
}

/** A thing other than a worn accessory named anywhere in the request (see restTakenOff); not one inside the rest's own words ("나머지도" holds "지도", a map). */
function thingNamed(f: Findings): boolean {
  for (const c of THINGS) for (const t of f.of(c)) if (!f.overlapping('accessory', t) && !f.overlapping('remainder', t) && !f.overlapping('remainderToo', t)) return true;
  return false;
}

/** Worn things: what a follow-up may keep on while the rest goes ("she keeps her glasses", "leave the socks"). */
const WORN: readonly Concept[] = ['clothing', 'skimpy', 'outerwear', 'accessory'];

/** "keep her face and remove the rest", "keep only the two of them": something kept that is not worn makes the rest the picture's. */
function keepsNoGarment(f: Findings): boolean {
  // "le reste", "resta": a keep word inside the remainder is the remainder.
  const kept = live(f, 'keep').filter((k) => !f.overlapping('remainder', k) && !f.overlapping('remainderToo', k));
  return kept.length > 0 && kept.every((k) => f.first(WORN, k, OWNER_WINDOW, 'any', (w) => !f.interveningClause(w, k)) === undefined);
}
