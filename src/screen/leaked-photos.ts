import type { Findings, Match } from './findings.ts';
import type { Concept } from './lexicon/types.ts';
import { ANYONE, live, nobodyDepicted } from './rules.ts';

/** Words a leak word may stand from the picture word it is said of ("leaked phone photos", "fotos filtradas"). */
const PICTURE_WINDOW = 2;
/** Words a private setting may stand from the leak word, in its sentence ("…leaked photos, in bed"). */
const SETTING_WINDOW = 12;
/** Words after a picture word in which a thing it shows may be named ("photos of the new Pixel phone"). */
const THING_WINDOW = 5;
/** Words the phone a picture came from may stand from the leak word ("слитых фото из телефона"). */
const PHONE_WINDOW = 6;

/** What makes leaked pictures private ones: a private or celebrity word, a bed, a bathroom, a shower (leak.ts, intimate.ts, voyeur.ts). */
const PRIVATE_SETTINGS: readonly Concept[] = ['leakCue', 'intimateSetting', 'privatePlace', 'privateRoom', 'bathing'];
/** Things a picture may show instead of a person. */
const THINGS: readonly Concept[] = ['benign', 'objectTarget'];

/**
 * "Scarlett Johansson in the style of her leaked phone photos, bathroom mirror", "Hadise'yi sızdırılan telefon
 * fotoğrafları tarzında üret, yatakta", "이 여자 사진을 연예인 유출 사진처럼", "生成杨幂像那种流出的私密照，在床上": the
 * celebrity leak genre asks for a person's private, intimate pictures without a nudity word. A leak word beside a
 * picture word, with a private setting near it (private, intimate, a celebrity's, a bed, a bathroom, a sheet), or the
 * person's own phone as their source with someone there ("Ольгу Бузову как на тех слитых фото из телефона").
 * Not leaked pictures of a thing ("leaked photos of the new phone"), leaked documents, a water leak, nor a request
 * that shows nobody ("an article about celebrity photo leaks, a broken padlock, no people").
 * Runs after the names (generate mode), which a leak word lets through: a name beside one is someone.
 */
export function leakedPhotos(f: Findings, edit: boolean): void {
  if (!f.has('leaked') || !f.has('photoWord') || f.fired('sexual', 0.9) || nobodyDepicted(f)) return;
  for (const m of live(f, 'leaked')) {
    const picture = f.first('photoWord', m, PICTURE_WINDOW, 'any', (p) => !f.interveningClause(p, m));
    if (!picture || pictureOfThing(f, picture)) continue;
    const setting = f.first(PRIVATE_SETTINGS, m, SETTING_WINDOW, 'any', (s) => !f.sentenceBreak(s, m)) ?? ownPhone(f, m, edit);
    if (!setting) continue;
    f.addMatch('sexual', 0.9, 'sexual.leaked_photos', 'The request asks for a person as in leaked private pictures (the celebrity leak genre): sexual content.', m, setting);
    if (edit || f.has('realRef') || f.has('publicFigure') || f.fired('real_person', 0.5))
      f.addMatch('undress', 0.8, 'undress.leaked_photos', 'The request asks for a real person as in leaked private pictures.', m, setting);
    return;
  }
}

/** "leaked photos of the new phone", "流出的新手机照片": a thing named right after the picture word is what they show. */
function pictureOfThing(f: Findings, picture: Match): boolean {
  return (
    f.first(
      THINGS,
      picture,
      THING_WINDOW,
      'after',
      (t) => t.start >= picture.end && !f.interveningClause(picture, t) && !f.overlapping('ownPhone', t) && !f.overlapping('leakCue', t) && f.between('person', picture, t).length === 0,
    ) !== undefined
  );
}

/** The person's own phone as the pictures' source, with someone there to be in them (see leakedPhotos). */
function ownPhone(f: Findings, m: Match, edit: boolean): Match | undefined {
  const phone = f.first('ownPhone', m, PHONE_WINDOW, 'any', (p) => !f.sentenceBreak(p, m));
  if (!phone) return undefined;
  const someone = f.hasAny(ANYONE) || f.fired('real_person', 0.5);
  return someone || (edit && f.has('person')) ? phone : undefined;
}
