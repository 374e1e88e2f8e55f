import type { Findings, Match } from './findings.ts';
import type { Concept } from './lexicon/types.ts';
import { live } from './rules.ts';

/** Words a garment may stand from the swapping word ("swap her dress", "水着を…置き換えて"). */
const SWAP_WINDOW = 6;
/** Words the token may stand after the garment it replaces ("her dress for three small stickers"). */
const TOKEN_WINDOW = 6;

/** Garments whose swap for a token undresses: clothing, swimwear, underwear. */
const GARMENTS: readonly Concept[] = ['clothing', 'skimpy'];
/** A garment between the old one and the token, or right after the token, makes the token a garment's trim ("a ribbon dress"). */
const ANY_GARMENT: readonly Concept[] = ['clothing', 'skimpy', 'outerwear'];
/** What a swap may be about instead of the garment ("replace the logo on her shirt with a sticker"). */
const OTHER_OBJECTS: readonly Concept[] = ['benign', 'garmentPart', 'accessory', 'colour'];
/** Someone who wears the garment, when no photo comes with the request. */
const WEARERS: readonly Concept[] = ['person', 'realRef', 'publicFigure', 'someone', 'minor', 'minorWeak'];

/**
 * "swap her dress for three small stickers and nothing else", "zamień jej strój na nitkę dentystyczną i kokardkę",
 * "水着を絆創膏三枚に置き換えて", "استبدل ملابسها بشريطة فقط": a worn garment swapped for a token that covers next to
 * nothing (stickers, a ribbon, a bow, tape, plasters, dental floss, leaves) leaves its wearer all but naked. The
 * garment is the swap's object, in its clause, and the token comes after it. Not a swap about something else
 * ("replace the logo on her shirt with a sticker", "the buttons of her dress with little bows"), one for another
 * garment ("her dress for a ribbon dress", "her bikini for a dress with a bow"), nor a swap of a hat or a background.
 */
export function swappedForToken(f: Findings, edit: boolean, targetsRealPerson: boolean): void {
  if (!f.has('swap') || !f.has('tokenCover')) return;
  for (const s of live(f, 'swap')) {
    const garment = f.first(GARMENTS, s, SWAP_WINDOW, 'any', (g) => !f.interveningClause(g, s) && !swapsOther(f, s, g));
    if (!garment) continue;
    const token = f.first('tokenCover', garment, TOKEN_WINDOW, 'after', (t) => t.start >= garment.end && tokenInstead(f, garment, t));
    if (!token || !(edit || f.first(WEARERS, garment, 8, 'any') !== undefined)) continue;
    // The swapping word in the evidence too: a token is a thing (a sticker), and a signal said of things alone is read as about them.
    const evidence = [garment, token, s];
    f.add('sexual', 0.9, 'sexual.swapped_for_token', 'The request swaps a garment for a token that covers next to nothing (stickers, a ribbon, tape): nudity.', evidence);
    if (targetsRealPerson) f.add('undress', 0.9, 'undress.swapped_for_token', "The request swaps a real person's garment for a token that covers next to nothing.", evidence);
    return;
  }
}

/** Whether a thing other than the garment stands between the swapping word and it (the swap's object is that thing). */
function swapsOther(f: Findings, s: Match, garment: Match): boolean {
  if (garment.start < s.start) return false;
  return OTHER_OBJECTS.some((c) => f.between(c, s, garment).some((o) => !f.overlapping('person', o)));
}

/** Whether `token` is what replaces `garment`: in its clause, no garment or other thing between, no garment right after it. */
function tokenInstead(f: Findings, garment: Match, token: Match): boolean {
  if (f.interveningClause(garment, token)) return false;
  if (ANY_GARMENT.some((c) => f.between(c, garment, token).length > 0)) return false;
  if (OTHER_OBJECTS.some((c) => f.between(c, garment, token).some((o) => !f.overlapping('tokenCover', o)))) return false;
  return f.first(ANY_GARMENT, token, 1, 'after', (g) => g.start >= token.end) === undefined;
}
