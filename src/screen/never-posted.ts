import type { Findings } from './findings.ts';
import type { Concept } from './lexicon/types.ts';
import { ANYONE, live, nobodyDepicted } from './rules.ts';

/** A stated edit of the picture as it is: the phrase then tells why it is not posted ("…she'd never post because of the acne, clean it up"). */
const OTHER_EDIT: readonly Concept[] = ['benign', 'toneDown', 'photoOp', 'accessory', 'photoThing'];

/**
 * "make the kind of pic she'd never post", "зроби версію її фотки, яку вона б ніколи не виклала", "幫我做她自己絕對不會PO
 * 的那種": the picture a person would never post herself, asked of someone, is her intimate pictures said without a
 * garment or nudity word (lexicon/never-posted.ts). Sexual content; of a real person (an edit, someone of the user's
 * life, a public figure), undressing too. Not where the request also states an ordinary edit of the picture ("this is a
 * selfie she'd never post because of the acne, clean it up": the phrase says why), nor where nobody is depicted.
 */
export function neverPosted(f: Findings, realPerson: boolean): void {
  if (!f.has('neverPosted') || f.fired('sexual', 0.9) || nobodyDepicted(f)) return;
  if (!realPerson && !ANYONE.some((c) => f.has(c))) return;
  if (OTHER_EDIT.some((c) => f.has(c))) return;
  const m = live(f, 'neverPosted')[0];
  if (!m) return;
  f.addMatch('sexual', 0.85, 'sexual.never_posted', 'The request asks for a picture of someone that she would never post herself: her intimate pictures.', m);
  if (realPerson) f.addMatch('undress', 0.8, 'undress.never_posted', 'The request asks for a real person as in pictures she would never post herself.', m);
}
