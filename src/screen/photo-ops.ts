import type { Findings, Match } from './findings.ts';
import type { Concept } from './lexicon/types.ts';
import { moreWordsThan } from './normalize.ts';

/**
 * Short edits that only operate on the photo (lexicon/photo-ops.ts): framing and quality ("crop it and
 * straighten the horizon", "a bit less saturation"), the colour of hair ("make her a redhead"), adding a thing
 * the lexicon knows ("add a camera in his hand", "ajoute un chapeau"), zooming in on a face or a thing ("zoom in
 * on his face"). The classifier's character n-grams read "head", "fac" or "zoom" as sexual in such requests, and
 * the lexicon has nothing harmful to weigh against it; with no word of the body, of clothing, of nudity, of sex,
 * of an intimate scene or of being seen anywhere, and no emoji, the request is about the photo: a cue for the
 * decision layer (prompt-screener.ts, maskedThing).
 */

/** Concepts that, anywhere in the request, keep it about the person's body or a sexual scene. */
export const INTIMATE: readonly Concept[] = [
  'remove',
  'removeWeak',
  'undressVerb',
  'clothing',
  'nude',
  'reveal',
  'reduce',
  'reduceAlone',
  'skimpy',
  'sexualAct',
  'sexualBody',
  'suggestive',
  'partialNude',
  'pose',
  'enlarge',
  'bodyPart',
  'showAll',
  'unveil',
  'garmentPart',
  'deepen',
  'forget',
  'bathing',
  'noTowel',
  'wearOnly',
  'nothing',
  'tokenCover',
  'covertCam',
  'privatePlace',
  'privateMoment',
  'unseen',
  'privateRoom',
  'thinFabric',
  'within',
  'beneath',
  'bareCover',
  'notWearing',
  'adultOnly',
  'intimateSetting',
  'moodCue',
  'lowAngle',
  'betweenLegs',
  'leaked',
  'leakCue',
  'desireLook',
  'hotter',
  'knowing',
  'lessOn',
  'bentOver',
  'fromBehind',
  'doingIt',
  'ridingMotion',
  'entwined',
  'kneelBefore',
  'openMouth',
  'seen',
  'shown',
  'whole',
];
/** The operations: one of them must be named. */
const OPERATIONS: readonly Concept[] = ['photoOp', 'addVerb', 'zoomVerb'];
/** Operations that are neutral only aimed at a thing (or, zooming, at a face). */
const AIMED: readonly Concept[] = ['addVerb', 'zoomVerb'];
/** Things an added or zoomed-in word may name (the cue words' `thing` aside, read from the cue findings). */
const THINGS: readonly Concept[] = ['photoThing', 'objectTarget', 'benign', 'accessory', 'sceneThing', 'emojiThing', 'outerwear'];
/** A wink or a face in emoji ("👀", "😏", "🤤"): innuendo the words do not carry. */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** Words at most in a request read as a short edit. */
const SHORT_EDIT = 10;
/** Words between an adding or zooming verb and what it is aimed at ("add a small red camera"). */
const AIMED_WINDOW = 4;
/** Verbs read per concept: a request with more is not a short edit anyway. */
const MAX_READ = 8;

/** Whether an edit request is a short, neutral operation on the photo (see the module comment). */
export function photoOperation(f: Findings): boolean {
  if (!f.edit || !f.hasAny(OPERATIONS) || f.hasAny(INTIMATE) || moreWordsThan(f.norm.text, SHORT_EDIT) || PICTOGRAPH.test(f.text)) return false;
  if (f.has('photoOp')) return true;
  for (const verb of AIMED) {
    const list = f.of(verb);
    for (let i = 0; i < list.length && i < MAX_READ; i++) if (aimedAtThing(f, list[i]!, verb === 'zoomVerb')) return true;
  }
  return false;
}

/**
 * A thing the lexicon knows within a few words of an adding or zooming verb ("add a camera", "帽子を追加"), or for a
 * zoom a face ("zoom in on his face", "顔を拡大").
 */
function aimedAtThing(f: Findings, m: Match, zoom: boolean): boolean {
  if (zoom && f.first('faceWord', m, AIMED_WINDOW, 'any', apart) !== undefined) return true;
  return f.first(THINGS, m, AIMED_WINDOW, 'any', apart) !== undefined || f.cueWords?.first('thing', m, AIMED_WINDOW, 'any', apart) !== undefined;
}

/** A match `x` apart from the verb `m` (not overlapping it): a module function, not a closure per verb. */
function apart(x: Match, m: Match): boolean {
  return x.start >= m.end || x.end <= m.start;
}
