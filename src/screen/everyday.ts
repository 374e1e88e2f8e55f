import type { Concept } from './lexicon/types.ts';
import { overlaps, type Findings, type Match } from './findings.ts';
import { work } from './work.ts';

/**
 * Postures and acts named by their everyday occasion (lexicon/everyday.ts). Two readings:
 * - a pose of legs apart or bending over, in a request about yoga, pilates, stretching or ballet and
 *   nothing else undressing or sexual ("femme en posture du papillon, jambes écartées, tapis de yoga"), is an
 *   exercise's pose: its words are taken out of the matches (exercisePoses), so they count as words a
 *   benign context hid (Findings.maskedHarm);
 * - a proposal on one knee, a child riding a pony, a son eating an ice cream, parents hugging: the classifier
 *   reads kneeling, riding, licking and embracing as sexual, and the lexicon has no harmful word to weigh
 *   against it. The occasion named, with no undressing, nudity, sexual or suggestive word, pose or intimate
 *   setting in the request (everydayScene), tells the decision layer the request is about that occasion.
 */

/** Concepts that, anywhere in the request, keep a pose or an act sexual whatever occasion is named. */
const SEXUAL_BESIDE: readonly Concept[] = ['nude', 'partialNude', 'undressVerb', 'sexualBody', 'suggestive', 'reveal', 'skimpy', 'moodCue', 'intimateSetting', 'adultOnly'];

/**
 * Whether the request names an everyday occasion of a posture or an act and nothing that makes it sexual
 * (see the module comment): no sexual act or pose either, whatever the occasion.
 */
export function everydayScene(f: Findings): boolean {
  return f.has('everyday') && !f.has('sexualAct') && !f.has('pose') && !f.hasAny(SEXUAL_BESIDE);
}

const SEXUAL_BESIDE_SET: ReadonlySet<Concept> = new Set<Concept>(SEXUAL_BESIDE);
const GARMENTS: ReadonlySet<Concept> = new Set<Concept>(['clothing', 'skimpy', 'outerwear']);

/**
 * "woman in pigeon pose, yoga, legs apart on the floor": in a request with an exercise word (not one that names a
 * garment: "yoga pants"), the matches of a pose, and of a sexual act written as that same pose ("piernas
 * abiertas" is both), are removed from `kept`, in place, when nothing else in the request is sexual: no other
 * sexual act, no nudity, body, suggestive, revealing or swimwear word. One pass over the matches, then one to drop.
 */
export function exercisePoses(kept: Match[]): void {
  let exercise = false;
  let pose = false;
  const garments: Match[] = [];
  const exercises: Match[] = [];
  for (const m of kept) {
    work.steps++;
    const tag = m.term.tag;
    if (SEXUAL_BESIDE_SET.has(tag)) return;
    if (tag === 'exercise') exercises.push(m);
    else if (tag === 'pose') pose = true;
    else if (GARMENTS.has(tag) && garments.length < MAX_READ) garments.push(m);
  }
  if (!pose || exercises.length === 0) return;
  for (const e of exercises.slice(0, MAX_READ)) if (!garments.some((g) => overlapsOrTouches(g, e))) exercise = true;
  if (!exercise) return;
  const poses: Match[] = [];
  for (const m of kept) if (m.term.tag === 'pose' && poses.push(m) > MAX_READ) return;
  // A sexual act that is not written with a pose's own words ("gambe aperte", "a gambe aperte") keeps the request sexual.
  for (const m of kept) if (m.term.tag === 'sexualAct' && !poses.some((p) => overlaps(p, m))) return;
  let n = 0;
  for (const m of kept) if (m.term.tag !== 'pose' && m.term.tag !== 'sexualAct') kept[n++] = m;
  kept.length = n;
}

/** Garments and poses read: a request with more is judged by its rules as they stand. */
const MAX_READ = 16;

/** A garment that holds the exercise word or follows it right after ("yoga pants", "leggings de yoga"). */
function overlapsOrTouches(g: Match, e: Match): boolean {
  return overlaps(g, e) || g.start === e.end + 1 || e.start === g.end + 1;
}
