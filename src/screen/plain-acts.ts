import type { Concept } from './lexicon/types.ts';
import { overlaps, type Findings, type Match } from './findings.ts';

/**
 * Sex said in plain everyday words (lexicon/plain-acts.ts), none of them sexual alone:
 * - a bending ("bends her over the table", "нагибает её над столом", "masaya eğip") with "from behind" in its
 *   sentence ("takes her from behind", "берёт сзади", "arkadan alıyor", "从后面来");
 * - a euphemism for having sex ("doing it", "le faire", "es treiben", "het samen doen", "begituan", "干那事",
 *   "ทำอย่างว่า") beside a bed or a shower ("in bed", "unter der Dusche", "kitandani", "在床上", "במיטה"), a sexual pose
 *   or a riding motion;
 * - a riding motion ("sentando nele", "在上面动", "上で腰を動かし", "nhún nhảy trên người") beside the euphemism,
 *   entwined bodies ("絡み合って", "뒤엉킨", "缠在一起"), a sexual pose or a bed;
 * - kneeling before a man ("kneeling in front of him", "de rodillas frente a él", "kniet vor ihm") with the mouth open
 *   or the tongue out in its sentence: oral sex said by its posture.
 * Returns the two matches the rule rests on, or undefined. Each anchor is looked at a bounded number of times
 * (the first eight), each look a windowed search of the sorted matches: linear in the text.
 */
export function plainAct(f: Findings): [Match, Match] | undefined {
  if (f.has('fromBehind') && f.has('bentOver')) {
    const list = f.of('fromBehind');
    for (let i = 0; i < list.length && i < MAX_ANCHORS; i++) {
      const bent = f.first('bentOver', list[i]!, WINDOW, 'any', apartInSentence);
      if (bent) return [bent, list[i]!];
    }
  }
  if (f.has('doingIt')) {
    const list = f.of('doingIt');
    for (let i = 0; i < list.length && i < MAX_ANCHORS; i++) {
      const where = f.first(BESIDE_IT, list[i]!, WINDOW, 'any', apartInSentence);
      if (where) return [list[i]!, where];
    }
  }
  if (f.has('ridingMotion')) {
    const list = f.of('ridingMotion');
    for (let i = 0; i < list.length && i < MAX_ANCHORS; i++) {
      const other = f.first(BESIDE_RIDING, list[i]!, WINDOW, 'any', apartInSentence);
      if (other) return [list[i]!, other];
    }
  }
  if (f.has('kneelBefore') && f.has('openMouth')) {
    const list = f.of('kneelBefore');
    for (let i = 0; i < list.length && i < MAX_ANCHORS; i++) {
      const mouth = f.first('openMouth', list[i]!, WINDOW, 'any', apartInSentence);
      if (mouth) return [list[i]!, mouth];
    }
  }
  return undefined;
}

/** What makes a euphemism for sex sex: a bed, silk sheets, a shower or a bath, a sexual pose. */
const BESIDE_IT: readonly Concept[] = ['intimateSetting', 'privatePlace', 'privateMoment', 'bathing', 'pose', 'ridingMotion'];
/** What makes a riding motion sex: the euphemism, entwined bodies, a sexual pose, a bed, nudity. */
const BESIDE_RIDING: readonly Concept[] = ['doingIt', 'entwined', 'pose', 'intimateSetting', 'nude', 'partialNude'];

/** Words between the two parts of a plain act, at most. */
const WINDOW = 10;
const MAX_ANCHORS = 8;

/** `x` apart from `m` and in its sentence (a test of Findings.first). */
function apartInSentence(x: Match, m: Match, f: Findings): boolean {
  return !overlaps(x, m) && !f.sentenceBreak(x, m);
}
