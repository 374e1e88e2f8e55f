import type { Evidence, RequestMode } from '../types.ts';
import { shoppingQuestion, UNDRESSING_CONCEPTS } from './shopping.ts';
import { AGE_PREFIXES, AGE_UNITS } from './lexicon/index.ts';
import { LOWERING_TERMS } from './lexicon/lowering.ts';
import { pronounOfWearer } from './pronoun-agreement.ts';
import { placedBy } from './separable-undress.ts';
import type { Concept } from './lexicon/types.ts';
import { normalisedPattern, normalizeTerm, spanEnd } from './normalize.ts';
import { FEMALE } from './bare-chest.ts';
import { lowerBound, overlaps, type Findings, type Match } from './findings.ts';
import { work } from './work.ts';
import { changeInClause, statesWearing } from './worn-statement.ts';
import { INESSIVE, restOfWord, wordsBeside } from './clause-words.ts';
import { aboutFood } from './senses.ts';
import { plainAct } from './plain-acts.ts';
import { removedAfterSteps, restTaken } from './garment-steps.ts';
import { INTIMATE } from './photo-ops.ts';

/**
 * Languages whose object comes before the verb (zh through 把): "everything" precedes "remove". Besides
 * Japanese, Korean, the Indic, Turkic, Iranian and Dravidian languages, the other verb-final languages
 * with a lexicon: Georgian, Burmese, Sinhala, Amharic, Mongolian, Basque, Pashto, Kurdish.
 */
export const OBJECT_FIRST: ReadonlySet<string> = new Set([
  ...['ja', 'ko', 'zh', 'hi', 'tr', 'ur', 'bn', 'ta', 'fa', 'hu'],
  ...['mr', 'ne', 'pa', 'gu', 'or', 'as', 'si', 'te', 'kn', 'ml'],
  ...['az', 'uz', 'kk', 'ky', 'tk', 'tt', 'ba', 'ug', 'tg', 'ps', 'ku'],
  ...['ka', 'my', 'am', 'mn', 'eu'],
]);

/** "x-ray" in the languages whose reveal terms spell it: it needs no garment named ("Röntgenblick-Filter"). */
const XRAY = /x ?ray|xray|r[oö]ntgen|рентген|レントゲン|透视|透視|투시/;

const AT_PERSON = 1;
const ALONE = 2;
/** What a reveal term says, by term (a lexicon's terms: bounded), read once instead of per match. */
const REVEAL_KINDS = new Map<string, number>();
function revealKind(term: string): number {
  let kind = REVEAL_KINDS.get(term);
  if (kind === undefined) {
    const xray = XRAY.test(term);
    kind = (xray || /underneath|body|under|see ?thr|dessous/.test(term) ? AT_PERSON : 0) | (xray || /underneath|under|dessous/.test(term) ? ALONE : 0);
    REVEAL_KINDS.set(term, kind);
  }
  return kind;
}

/** Reveal phrases of showing what is under something, which need a garment or a person in the request to be about one. */
const SHOW_WHAT_UNDER = /^(?:show what|montre ce)/;
const WORN_OR_WEARER: readonly Concept[] = ['clothing', 'outerwear', 'skimpy', 'person', 'realRef', 'someone', 'minor', 'minorWeak'];
/** Concepts looked up together (in this order) as one window. */
const GARMENTS: readonly Concept[] = ['clothing', 'outerwear'];
const GARMENTS_OR_BENIGN: readonly Concept[] = ['clothing', 'outerwear', 'benign'];
const GARMENT_OR_PART: readonly Concept[] = ['clothing', 'garmentPart'];
/** Any garment word, swimwear and underwear included. */
const GARMENT_WORDS: readonly Concept[] = ['clothing', 'skimpy'];

/** How many words apart two concepts may be and still act on each other. */
const WINDOW = {
  unseen: 12,
  remove: 5,
  gone: 4,
  removeWeak: 2,
  reveal: 4,
  reduce: 4,
  negation: 2,
  replaceBefore: 4,
  replaceAfter: 5,
  cover: 3,
  enlarge: 3,
  /** A zoom and the body part it is aimed at ('zoom in on her chest'). */
  zoom: 4,
  /** A forward bend and the view from behind that makes it a rear view. */
  rearView: 10,
  pose: 5,
  showAll: 4,
  partial: 4,
  deepen: 6,
} as const;
/**
 * Whether a cut-out word of the request ("extract the t-shirt", "recorta", "قص") governs remover `r`: any does but one
 * in another numbered item of a list ("1. recorta los bordes 2. quítale la blusa"). Far apart, or beyond the first few
 * cut-out words, it does (bounded work per remover).
 */
function cutOutWith(f: Findings, r: Match): boolean {
  const list = f.of('segment');
  if (list.length > SEGMENT_READ) return true;
  return list.some((s) => Math.abs(s.start - r.start) > SEGMENT_SPAN || !(s.start <= r.start ? listNumberBetween(f, s, r) : listNumberBetween(f, r, s)));
}
const SEGMENT_READ = 4;
/** Skeleton characters between a cut-out word and a remover beyond which they are read as one request, not list items. */
const SEGMENT_SPAN = 240;
/** Words a see-through word may stand after the garment it is about ("her shirt so thin that you can see through it"). */
const REVEAL_AFTER_GARMENT = 6;

/**
 * The combining rules: which concepts, near which others, make a category. Every question is a
 * windowed look-up (see Findings.near), so the work per match is bounded by a constant.
 */
export function applyRules(f: Findings, mode: RequestMode): void {
  const edit = mode === 'edit';
  f.edit = edit;
  // Read only (length, slices): the list itself when there is nothing to join.
  const realPeople = edit || !f.has('publicFigure') ? f.of('realRef') : [...f.of('realRef'), ...f.of('publicFigure')];
  const targetsRealPerson = edit || realPeople.length > 0;
  // A cut-out request ("extract the t-shirt", "segment it") is about the garment, not the wearer: a garment near a cut-out
  // word. Cutting out the background or a person ("cut out the background and remove her dress", "wytnij ją z tła i zdejmij
  // jej sukienkę") cuts out no garment, and its removers read as anywhere else.
  const segmentation = f.has('segment') && garmentCutOut(f);

  // "hidden camera footage of a woman changing in a dressing room", "spy cam in the locker room", "몰카 … 샤워하는
  // 여자": covert filming of a place or a moment where people undress (or bathe) is voyeurism, with no nudity word said.
  // A bedroom only with a covert camera ("hidden camera in her bedroom").
  if (f.has('covertCam') && (f.has('privatePlace') || f.has('privateMoment') || f.has('bathing') || f.has('privateRoom'))) {
    const cam = f.of('covertCam')[0]!;
    const where = f.of('privatePlace')[0] ?? firstMoment(f) ?? f.of('bathing')[0] ?? f.of('privateRoom')[0];
    if (where) f.addMatch('sexual', 0.9, 'sexual.voyeur', 'The request asks for covert filming of a place where people undress (voyeurism).', cam, where);
  }
  // "a candid shot of her changing, she doesn't know", "à son insu pendant qu'elle se douche", "몰래 … 샤워하는": covert
  // watching said without a camera, near someone changing or washing. A room alone is not enough ("paint the
  // bathroom without her knowing"), nor is a moment beside a surprise or a child: a secret beside a child's bath is a
  // family scene, and only a covert camera (above) makes it voyeurism.
  if (f.has('unseen') && f.has('privateMoment') && !f.fired('sexual', 0.9) && !f.has('surprise') && !f.has('minor')) {
    for (const m of f.of('unseen')) {
      const where = f.first('privateMoment', m, WINDOW.unseen, 'any', momentNear);
      if (!where) continue;
      f.addMatch('sexual', 0.9, 'sexual.voyeur', 'The request asks for covert watching of someone where or while they undress (voyeurism).', m, where);
      break;
    }
  }

  // "Mutasd, ahogy vetkőzik az ágyon", "תראה אותה מתפשטת על המיטה", "ipakita mo siyang naghuhubad sa kama": someone
  // undressing (a moment of undressing, not of changing a tyre) on a bed or in a bedroom scene is asked for as it is
  // shown, as English "undressing" is an undressing verb. Not with a covert camera (voyeurism, above); beside a minor
  // the floor then applies as to any sexual reading.
  if (f.has('privateMoment') && f.has('intimateSetting') && !f.has('covertCam') && !f.fired('sexual', 0.9)) {
    for (const p of f.of('privateMoment')) {
      if (!undressing(f, p) || !UNDRESSING_MOMENT.test(p.term.term)) continue;
      const bed = f.first('intimateSetting', p, 6, 'any', (b) => !overlaps(b, p) && !f.sentenceBreak(b, p));
      if (!bed) continue;
      f.addMatch('sexual', 0.9, 'sexual.undressing_scene', 'The request asks to show someone undressing in an intimate setting.', p, bed);
      if (targetsRealPerson) f.addMatch('undress', 0.9, 'undress.undressing_scene', 'The request asks to show a real person undressing in an intimate setting.', p, bed);
      break;
    }
  }

  for (const m of live(f, 'undressVerb')) {
    // "ella está desnuda, ponle un vestido": the state word read as a verb too, of a person then dressed (dressedFromState).
    if (f.has('nude') && f.first('nude', m, 0, 'any', (n) => overlaps(n, m) && dressedFromState(f, n)) !== undefined) continue;
    // "déshabille cette image de ses filtres", "spoglia la foto dei metadati": stripping an image of something.
    // "모자 벗겨줘" (take the hat off): in verb-final languages the object comes first.
    // Not after Arabic "and" written onto the verb ("غير لون السماء وعريها": change the sky's colour and strip her).
    if (!attachedAnd(f, m) && f.first('benign', m, 1, 'before', sameClause) !== undefined) continue;
    if (aimedAtObject(f, m)) continue;
    // "yọ aṣọ tí wọ́n so kọ́ sẹ́yìn" (take off the clothes hung at the back): the garment inside the verb hangs or lies somewhere.
    const inside = f.first('clothing', m, 0, 'any', overlaps);
    if (inside && placedThing(f, inside)) continue;
    // "spogliarla del tutto e mettere un filtro", "3. cởi đồ cô ấy ra 4. thêm filter": a thing after "and" or after
    // the number of the next item of a list belongs to another instruction.
    // Not after "completely" ("s-o dezbraci complet și să pui un filtru"): a person is undressed completely, not an image of its filters.
    if (
      f.first('completely', m, 1, 'after') === undefined &&
      // "عري المرأة …": a verb phrase that holds a noun for its person undresses that person ("vyzleč jej bundu" holds a
      // pronoun, and a thing after it may still be what comes off).
      !PERSON_NOUNS.some((p) => f.overlapping(p, m)) &&
      f.first(
        'benign',
        m,
        6,
        'after',
        (b) => PEOPLE_WORDS.every((p) => f.between(p, m, b).length === 0) && f.between('conjunction', m, b).length === 0 && !listNumberBetween(f, m, b) && !holdsWearer(f, b),
      ) !== undefined &&
      // "strip her, less noise", "spogliala, sfoca lo sfondo": on a supplied photo a thing after a clause break is another
      // request, not what the image is stripped of (a generated "stripped-down stage, one chair" has no one to undress).
      !(f.edit && f.first('benign', m, 6, 'after', (b) => !f.interveningClause(m, b)) === undefined)
    )
      continue;
    // "make her dress less see-through": "dress less" followed by a quality is a comparative.
    if (/less$/.test(m.term.term) && comparativeFollows(f, m)) continue;
    // "彼のパーカーを脱がせて、中のTシャツはそのまま" (take his hoodie off him, the T-shirt inside stays): a verb of undressing whose
    // object is an outer garment over a layer that stays on takes off that garment only (outerOfLayer).
    if (f.has('outerwear') && f.first('outerwear', m, 2, 'any', (o) => !overlaps(o, m) && sameClause(o, m, f) && outerOfLayer(f, o)) !== undefined) continue;
    f.addMatch('undress', 0.95, 'undress.verb', 'The request asks to undress someone.', m);
  }

  if (PULL_WORD_DE.test(f.text)) pulledOffDe(f);
  if (f.has('everything') && f.has('beneath')) everythingBeneath(f);
  if (f.has('beneath') && f.has('outerwear') && !segmentation) beneathTakenToo(f);

  if (f.has('remove') || f.has('removeWeak')) {
    for (const r of f.of('remove')) {
      if (putsOn(f, r) || segmented(f, segmentation, r)) continue;
      // "opuść jej spódnicę do kolan", "eteğini dizlerine kadar indir": a garment lowered to a covering length is made longer.
      if (lowers(r) && (modestLength(f, r) || coveringUp(f, r, 4))) continue;
      const garment = removal(f, r, WINDOW.remove) ?? datedFarther(f, r) ?? markedObjectFarther(f, r);
      if (garment) f.addMatch('undress', 0.9, 'undress.remove_clothing', 'The request asks to remove clothing.', r, garment);
      // "全部脱いで", "sab kuch utaar do": languages that put the object first say "everything" before the verb
      // (in "都脱掉" the two share a character).
      const all = f.first('everything', r, 3, 'any', (e) => e.start >= r.end || (OBJECT_FIRST.has(r.term.language) && e.start < r.start && (e.end > r.start || f.gap(e, r) <= 1)));
      // "remove everything from the photo except the bride and groom": everything is taken from a place, not from a person.
      // "remove everything except the watch from the background": "from" a little further on, with no person between, names the place too.
      const fromPlace =
        all &&
        f.first(
          'source',
          all,
          5,
          'after',
          (s) =>
            s.start >= all.end &&
            (f.gap(all, s) <= 1 || (f.between('person', all, s).length === 0 && !f.interveningClause(all, s))) &&
            f.first('person', s, 2, 'after', (p) => p.start >= s.end) === undefined,
        ) !== undefined;
      // "remove everything except the people": the people named after "except" are what stays.
      const keepsPeople =
        all &&
        f.first(
          'keep',
          all,
          1,
          'after',
          (k) => k.start >= all.end && f.first('someone', k, 2, 'after', (p) => p.start >= k.end && !f.first(GARMENT_WORDS, p, 3, 'after', (c) => c.start >= p.end)) !== undefined,
        ) !== undefined;
      // "把她的帽子都脱掉" (take off all her hats): "all" before the verb counts the thing named before it.
      const allOfThing = all && all.start < r.start && f.first(['benign', 'outerwear'], all, 2, 'before', (b) => b.end <= all.start) !== undefined;
      // "뒤에 수영복 입은 사람들이 너무 많은데 다 지우고" (there are too many people in swimsuits behind, erase them all): in
      // the languages whose verb comes last, "all" before the remover counts the people named a few words before it,
      // with no garment between them ("여자 옷 다 벗겨" counts the clothes).
      const allOfPersons =
        all &&
        all.start < r.start &&
        OBJECT_FIRST.has(r.term.language) &&
        f.first('someone', all, 4, 'before', (p) => p.end <= all.start && !GENITIVE_AFTER.test(f.norm.text.slice(p.end, p.end + 16)) && !GARMENT_WORDS.some((g) => f.between(g, p, all).length > 0)) !==
          undefined;
      // "ramai orang pakai baju renang, tolong buang semua": "all" after people introduced by what they wear is them.
      const allOfPeople = all && allOfThem(f, r) && f.first(GARMENT_WORDS, r, INTRODUCED_REMOVER_WORDS, 'before', (c) => c.end <= r.start && introducedWearer(f, c)) !== undefined;
      if (all && edit && !garment && !fromPlace && !keepsPeople && !allOfThing && !allOfPersons && !allOfPeople && !aimedAtObject(f, r))
        f.addMatch('undress', 0.8, 'undress.remove_everything', 'The request asks to remove everything the person wears.', r, all);
    }
    for (const r of f.of('removeWeak')) {
      if (partitive(f, r) || segmented(f, segmentation, r)) continue;
      // "everything off her except the watch", "all off him": "everything" right before a short remover, the person right after it.
      const all = f.first('everything', r, 1, 'before', (e) => e.end <= r.start);
      const from = all && f.first('person', r, 1, 'after', (p) => p.start >= r.end && f.gap(r, p) <= 1);
      if (all && from && targetsRealPerson && !aimedAtObject(f, r)) f.addMatch('undress', 0.8, 'undress.remove_everything', 'The request asks to remove everything the person wears.', all, r);
      const near = f.settled('undress', 'undress.without_clothing', 0.85) ? undefined : (removal(f, r, WINDOW.removeWeak) ?? modifiedAfterOwner(f, r));
      // "…a bikini. No wait, a coat": a short remover does not reach into another sentence.
      const garment = near && !f.sentenceBreak(r, near) ? near : undefined;
      if (garment && (describesWhoIsDressed(f, r, garment) || wornAsState(f, r) || lacksPart(f, r))) continue;
      // "lower her skirt to knee length": a garment lowered to a covering length is made longer, not pulled down.
      if (
        garment &&
        lowers(r) &&
        (modestLength(f, r) || coveringUp(f, garment, 4) || f.first(['coverUp', 'cover'], garment, 5, 'after', (c) => c.start >= garment.end && !f.sentenceBreak(garment, c)) !== undefined)
      )
        continue;
      // "haal de man in zwembroek weg", "nimm den Typen in Badehose weg": "away" closes a verb whose object is the person
      // named by what he wears, who is taken out of the picture.
      if (garment && garment.end <= r.start && personInGarment(f, garment)) continue;
      if (garment) f.addMatch('undress', 0.85, 'undress.without_clothing', 'The request asks for a person without a garment.', r, garment);
      else if (f.has('strap')) {
        const strap = loweredStrap(f, r);
        if (strap && targetsRealPerson) f.addMatch('undress', 0.85, 'undress.strap_lowered', 'The request asks to pull a garment’s straps down.', r, strap);
        else if (strap) f.addMatch('suggestive', 0.6, 'suggestive.revealing', 'The request asks for a garment’s straps pulled down.', r, strap);
      }
    }
  }

  // Undressing in steps (garment-steps.ts): garments taken off one by one and then "the rest"; a garment shortened
  // step by step and then removed with no object of its own ("… more. ok now remove it completely").
  if (!segmentation && targetsRealPerson) {
    const rest = restTaken(f);
    if (rest) f.addMatch('undress', 0.9, 'undress.remove_the_rest', 'The request asks to remove everything the person wears.', rest[0], rest[1]);
    const step = removedAfterSteps(f);
    if (step) f.addMatch('undress', 0.9, 'undress.removed_after_steps', 'The request asks to remove clothing.', step[0], step[1]);
  }

  // "replace her jeans with nothing", "cambia su vestido por nada", "elbisesini hiçbir şeyle değiştir": a
  // garment swapped for nothing is taken off. "Nothing" must follow the garment and end its clause (or come
  // just before the verb, in languages that put it last): "change her dress to nothing fancy" and "add
  // nothing to her dress" are not it.
  if (!segmentation && f.has('nothing')) {
    for (const r of f.of('replace')) {
      const garment = f.first('clothing', r, WINDOW.replaceAfter, 'any', (c) => !overlaps(c, r) && f.between('benign', r, c).length === 0 && !f.interveningClause(r, c));
      if (!garment) continue;
      const none = f.first('nothing', garment, 3, 'after', (n) => !overlaps(n, r) && !f.interveningClause(garment, n) && (f.endsClause(n) || (r.start >= n.end && f.gap(n, r) <= 1)));
      if (!none || aimedAtObject(f, r, garment)) continue;
      if (targetsRealPerson) f.addMatch('undress', 0.85, 'undress.replace_with_nothing', 'The request asks to swap clothing for nothing.', garment, none);
      else f.addMatch('sexual', 0.7, 'sexual.replace_with_nothing', 'The request asks for a person whose clothing is swapped for nothing.', garment, none);
    }
  }

  // "wearing nothing but sunscreen", "wearing only shadows", "in nothing but her necklace": worn alone,
  // what is not a garment leaves the person naked. A garment ("wearing only a coat"), a colour ("only
  // black") or nothing said after it is not this; swimwear is read by its own rule.
  for (const m of live(f, 'wearOnly')) {
    if (f.endsClause(m) || f.first(['clothing', 'outerwear', 'skimpy', 'colour', 'dressUp'], m, 3, 'after', (c) => !overlaps(c, m) && !f.interveningClause(m, c))) continue;
    if (!(edit || nearPerson(f, m, 6) || f.first('someone', m, 6, 'any') !== undefined) || aimedAtObject(f, m)) continue;
    f.addMatch('sexual', 0.8, 'sexual.wearing_only', 'The request asks for someone wearing nothing but what is not clothing: nudity.', m);
    if (targetsRealPerson) f.addMatch('undress', 0.8, 'undress.wearing_only', 'The request asks to show a real person wearing nothing but what is not clothing.', m);
  }

  if (f.has('bareCover')) onlyCover(f, targetsRealPerson);
  if (f.has('wearVerb') || f.has('notWearing')) wornNothing(f, edit, targetsRealPerson);
  if (f.has('only') && f.has('accessory')) keptOnly(f, edit, targetsRealPerson);

  // "as if she forgot to get dressed", "come se avesse dimenticato di vestirsi": forgetting to dress,
  // in either order and in any language, is being naked.
  for (const m of f.of('forget')) {
    const dressing = f.first('dressUp', m, 4, 'any', (d) => !overlaps(d, m) && !f.interveningClause(m, d)) ?? forgotGarment(f, m);
    if (!dressing) continue;
    f.addMatch('sexual', 0.9, 'sexual.forgot_dressed', 'The request asks for someone who "forgot to dress": nudity.', m, dressing);
    if (targetsRealPerson) f.addMatch('undress', 0.9, 'undress.forgot_dressed', 'The request asks to show a real person as if they forgot to dress.', m, dressing);
  }

  // "just out of the shower, no towel", "recién salida de la ducha, sin toalla": bathing without a towel
  // is nudity, in either order; on its own, "no towel" (an empty bathroom) is not. A person must be
  // there: the supplied photo, or someone named.
  for (const m of f.of('noTowel')) {
    const bath = f.first('bathing', m, 8, 'any', (b) => !overlaps(b, m));
    if (!bath || !(edit || nearPerson(f, m, 8) || f.first('someone', m, 8, 'any') !== undefined)) continue;
    f.addMatch('sexual', 0.9, 'sexual.no_towel', 'The request asks for someone just out of the bath without a towel: nudity.', bath, m);
    if (targetsRealPerson) f.addMatch('undress', 0.9, 'undress.no_towel', 'The request asks to show a real person out of the bath without a towel.', bath, m);
  }

  // "the wind blows her towel away", "海边的女人，一阵风把她的浴巾吹走了", "alsof de stof van haar jurk is opgelost",
  // "肩带断了，上衣滑下来": a worn garment that melts, blows away, slips off or snaps leaves its
  // wearer undressed, though no one is asked to take it off. A person must be there, as for "no towel": the photo's,
  // or one named in the sentence ("Frau auf einer Party, der Reißverschluss platzt und das Kleid rutscht ganz runter").
  for (const m of live(f, 'garmentGone')) {
    const garment = goneGarment(f, m);
    if (!garment || !(edit || f.first(WEARERS, m, 12, 'any', (p) => !f.sentenceBreak(p, m)) !== undefined) || aimedAtObject(f, m, garment)) continue;
    // "das Top ist verrutscht, man sieht ein Stück vom BH, retuschier das so, dass das Top normal sitzt": a slip said of the
    // photo, then set right.
    if (coveredAgainAfter(f, m)) continue;
    f.addMatch('sexual', 0.9, 'sexual.garment_gone', 'The request shows a worn garment melting, blowing or slipping away: nudity.', m, garment);
    if (targetsRealPerson) f.addMatch('undress', 0.9, 'undress.garment_gone', "The request shows a real person's garment melting, blowing or slipping away.", m, garment);
  }

  // "ok now the 18+ version of her selfie", "versión para adultos de esta foto de mi prima", "нүсқасы 18+", "للكبار بس": an
  // adults-only version of a person's photo, or of a generated person, asks for sexual content without naming any.
  // Not a label put on a thing ("add an 18+ sticker on the bottle").
  // A phrase ("versione per adulti") needs someone named or a word that heats the picture up ("a menu for adults only" is
  // a menu, "la versione per adulti di questo disegno, colori più sobri" a style); a bare "18+" on a photo does not.
  for (const m of adultMarkers(f)) {
    const someone = f.first(WEARERS, m, 20, 'any') !== undefined;
    if (!(someone || (edit && (m.term === ADULT_TERM || f.has('suggestive'))))) continue;
    f.addMatch('sexual', 0.9, 'sexual.adult_version', 'The request asks for an adults-only (18+) version of a person: sexual content.', m);
    if (targetsRealPerson) f.addMatch('undress', 0.8, 'undress.adult_version', "The request asks for an adults-only (18+) version of a real person's photo.", m);
    break;
  }

  // "fanya picha hii ya mfanyakazi mwenzangu iwe ya moto zaidi, ya watu wazima tu", "zrób ostrzejszą wersję tego zdjęcia
  // koleżanki, wiesz o co chodzi 😏": hotter, sharper or spicier says sexier of a person's picture only with a sign:
  // an adults-only marker or a knowing wink. Of a dish it is its taste ("make the curry hotter, adults only").
  if (f.has('hotter')) {
    const heated = hotterVersion(f);
    if (heated && (edit || f.first(WEARERS, heated, 20, 'any') !== undefined)) {
      f.addMatch('sexual', 0.9, 'sexual.hotter_version', 'The request asks for a hotter version of a person with an adults-only marker or a knowing wink: sexual content.', heated);
      if (targetsRealPerson) f.addMatch('undress', 0.8, 'undress.hotter_version', "The request asks for a hotter version of a real person's photo with an adults-only marker or a wink.", heated);
    }
  }

  // "schoolgirl in a very short skirt, shot from below", "niña con falda cortísima, vista desde abajo", "ragazzina con gonna
  // cortissima, ripresa dal basso": a short skirt or dress and a camera low and looking up at it, said of a person, is the
  // same shot. A long skirt ("a bride in a long gown, low angle") or a view of the person's point (POV) is not.
  if (f.has('lowAngle')) {
    const skirt = shortSkirtFromBelow(f);
    if (skirt) {
      f.addMatch('sexual', 0.9, 'sexual.upskirt_angle', 'The request aims the camera up at a short skirt or dress worn by a person.', skirt.angle, skirt.skirt);
      if (targetsRealPerson) f.addMatch('undress', 0.8, 'undress.upskirt_angle', "The request aims the camera up a real person's short skirt.", skirt.angle, skirt.skirt);
    }
  }

  // "shot from below her skirt line looking up", "POV from between her legs", "inquadratura dal basso tra le cosce",
  // "从她双腿之间往上拍": a camera aimed up between someone's legs or under a skirt is an upskirt shot.
  // Not what moves or sits there ("the puppy sitting between her legs", "her child running between her legs").
  for (const m of f.of('betweenLegs')) {
    const angle = f.first('lowAngle', m, 10, 'any', (a) => !overlaps(a, m) && !f.sentenceBreak(a, m));
    if (!angle || MOVING_THERE.test(f.norm.text.slice(Math.max(0, m.start - 16), m.start)) || f.first(['minor', 'minorWeak'], m, 3, 'before', (c) => c.end <= m.start) !== undefined) continue;
    f.addMatch('sexual', 0.9, 'sexual.upskirt_angle', "The request aims the camera up between a person's legs or under a skirt.", angle, m);
    if (targetsRealPerson) f.addMatch('undress', 0.8, 'undress.upskirt_angle', "The request aims the camera up between a real person's legs or under her skirt.", angle, m);
    break;
  }

  // "a woman waiting on silk sheets, only candlelight, bedroom eyes, back arched", "mujer esperando en la cama, labios
  // entreabiertos, piel brillante": an intimate scene said by its setting and mood, with no sexual word. The setting and
  // three kinds of cue near each other (setting, mood, a suggestive word, a pose, a sexualised body part).
  if (f.has('moodCue') || f.has('intimateSetting') || f.has('desireLook')) {
    const scene = intimateScene(f);
    // A mood cue or a look of desire is said of a body (lips, skin, eyes): someone is there whether named or not.
    if (scene && (edit || scene.term.tag !== 'intimateSetting' || f.first(WEARERS, scene, 30, 'any') !== undefined)) {
      f.addMatch('sexual', 0.9, 'sexual.intimate_scene', 'The request sets an intimate scene (a bed or candlelight, an aroused look, a pose): sexual content.', scene);
      if (targetsRealPerson) f.addMatch('undress', 0.8, 'undress.intimate_scene', 'The request puts a real person in an intimate scene.', scene);
    }
  }

  // "he bends her over the table and takes her from behind", "laat ze het samen doen in bed": sex said in plain
  // everyday words, none of them sexual alone (plain-acts.ts).
  if (f.has('fromBehind') || f.has('doingIt') || f.has('ridingMotion') || f.has('kneelBefore')) {
    const act = plainAct(f);
    if (act) {
      f.addMatch('sexual', 0.9, 'sexual.plain_act', 'The request describes a sexual act in plain words (bent over from behind, "doing it" in bed).', act[0], act[1]);
      if (targetsRealPerson) f.addMatch('undress', 0.8, 'undress.plain_act', 'The request shows a real person in a sexual act described in plain words.', act[0], act[1]);
    }
  }

  // "a top so thin you can see everything underneath", "сделай платье настолько тонким, чтобы было видно всё под
  // ним", "ผู้หญิงใส่เสื้อบางจนเห็นทุกอย่างข้างใน": a worn garment made so thin that everything under it shows
  // is nudity, though no see-through word is said. A thin word beside a garment, then a seeing word after it
  // in its sentence with "everything" or "underneath" beside that; a person as for a garment gone.
  if (f.has('thinFabric') && f.has('seen')) {
    for (const m of live(f, 'thinFabric')) {
      const seen = thinSeesAll(f, m);
      if (!seen) continue;
      const garment = f.first(GARMENT_WORDS, m, WINDOW.reveal, 'any', (c) => !overlaps(c, m) && !f.sentenceBreak(c, m));
      if (!garment || !(edit || f.first(WEARERS, m, 12, 'any', (p) => !f.sentenceBreak(p, m)) !== undefined) || aimedAtObject(f, m, garment)) continue;
      f.addMatch('sexual', 0.9, 'sexual.see_all', 'The request asks for clothing so thin that the body under it shows: nudity.', garment, seen);
      if (targetsRealPerson) f.addMatch('undress', 0.9, 'undress.see_all', "The request asks to make a real person's clothing so thin that the body under it shows.", garment, seen);
    }
  }

  // "a dress like glass, nothing under it", "vestido transparente, nada por baixo", "платье, а под ним ничего": nothing
  // worn under a garment named before it in its sentence is nudity; a person as for a garment gone. Not where a seeing
  // word follows ("nothing underneath should show"), nor a garment on a thing ("the dress on the hanger, nothing under it").
  for (const m of f.of('nothingUnder')) {
    const garment = f.first(GARMENT_WORDS, m, 10, 'before', (c) => !overlaps(c, m) && !f.sentenceBreak(c, m));
    if (!garment || !(edit || f.first(WEARERS, m, 12, 'any', (p) => !f.sentenceBreak(p, m)) !== undefined) || aimedAtObject(f, m, garment)) continue;
    if (f.first('seen', m, 3, 'after', (s) => !overlaps(s, m)) !== undefined) continue;
    f.addMatch('sexual', 0.9, 'sexual.nothing_under', 'The request asks for a garment with nothing worn under it: nudity.', garment, m);
    if (targetsRealPerson) f.addMatch('undress', 0.9, 'undress.nothing_under', 'The request asks to show a real person with nothing worn under a garment.', garment, m);
  }

  for (const m of live(f, 'nude')) {
    if (aimedAtObject(f, m) || describesWhoIsDressed(f, m) || nobodyDepicted(f) || dressedState(f, m) || stateOfRemoved(f, m)) continue;
    f.addMatch('sexual', 0.95, 'sexual.nudity', 'The request asks for nudity.', m);
    if (targetsRealPerson) f.addMatch('undress', 0.9, 'undress.nudity', 'The request asks to show a real person nude.', m);
  }

  // "shirtless", "braless", "oben ohne": a state of partial undress. On a supplied photo it undresses
  // the person; in a generated image of nobody in particular it is merely revealing.
  for (const m of live(f, 'partialNude')) {
    if (aimedAtObject(f, m) || describesWhoIsDressed(f, m) || dressedState(f, m) || stateOfRemoved(f, m)) continue;
    if (/less$/.test(m.term.term) && comparativeFollows(f, m)) continue;
    if (targetsRealPerson) f.addMatch('undress', 0.85, 'undress.partial', 'The request asks to show a real person partly undressed.', m);
    else f.addMatch('suggestive', 0.6, 'suggestive.partial', 'The request asks for a partly undressed person.', m);
    // "ζωγράφισε μια γυμνόστηθη γυναίκα", "一个上半身裸的女人", "a topless girl": a woman topless is nudity, as English
    // "topless" reads in any request; "shirtless" or "without a bra" alone says less.
    if (TOPLESS.test(f.norm.text.slice(m.start, m.end)) && FEMALE.test(f.norm.text.slice(Math.max(0, m.start - 40), m.end + 40)))
      f.addMatch('sexual', 0.9, 'sexual.topless_woman', 'The request asks for a topless woman: nudity.', m);
  }

  // "покажи, что у неё под одеждой", "zeig, was unter ihrer Kleidung ist", "pokaż, co ma pod ubraniem": what is under a
  // garment, asked for, uncovers the body under it (English reads it through its own phrases: "show what is under her dress").
  if (!f.fired('undress', 0.8)) {
    const g = whatIsUnder(f);
    if (g) {
      if (targetsRealPerson) f.addMatch('undress', 0.85, 'undress.what_is_under', "The request asks to show what is under a person's clothes.", g);
      else f.addMatch('sexual', 0.8, 'sexual.what_is_under', 'The request asks to show what is under the clothes.', g);
    }
  }

  for (const m of live(f, 'reveal')) {
    // "x-ray her", "see through her" aim at the person; "x-ray", "what's underneath" need no target.
    const kind = revealKind(m.term.term);
    const atPerson = (kind & AT_PERSON) !== 0;
    const alone = (kind & ALONE) !== 0;
    // "make her blouse so thin that you can see through it": the garment named first may stand further back.
    const garment = f.first('clothing', m, WINDOW.reveal, 'any', revealedGarment) ?? f.first('clothing', m, REVEAL_AFTER_GARMENT, 'before', revealedGarment);
    const person = atPerson ? f.first('person', m, WINDOW.reveal, 'any') : undefined;
    const target = garment ?? person;
    if (!target && !alone) continue;
    // "…take the cardigan off and show what was under", "enlève-le et montre ce qu'il y a en dessous": what was under, with no
    // garment or person in the request, is under a lid or a tablecloth.
    if (!target && SHOW_WHAT_UNDER.test(m.term.term) && !f.hasAny(WORN_OR_WEARER)) continue;
    // An x-ray that is the picture edited ("crop to the chest area of this xray"; not "x-ray her like at the clinic"), or
    // one beside a medical word with nobody in the request ("x-ray effect on my dog's paw"), is a radiograph.
    if (aimedAtObject(f, m) || seeThroughNowCovered(f, m) || layeredUnder(f, m) || layerShown(f, m) || (!person && xrayImage(f, m))) continue;
    if (!target && radiograph(f, m)) continue;
    // "la bretellina trasparente del reggiseno", "clear bra straps": a see-through word right beside a strap is the strap's
    // (clear silicone straps), not the garment made see-through.
    if (!person && f.has('strap') && f.first('strap', m, 1, 'any', (st) => !overlaps(st, m) && f.gap(st, m) <= 1) !== undefined) continue;
    if (targetsRealPerson) f.addMatch('undress', 0.85, 'undress.see_through', 'The request asks to make clothing see-through.', m, target);
    else f.addMatch('suggestive', 0.65, 'suggestive.see_through', 'The request asks for see-through clothing.', m, target);
  }

  // "remove the blur and show everything", "show all of her": taking away what hides the body.
  for (const m of f.of('showAll')) {
    const cue = f.first('unveil', m, WINDOW.showAll, 'any') ?? f.first('person', m, 1, 'any', (p) => p.start >= m.end);
    if (!cue) continue;
    if (targetsRealPerson) f.addMatch('undress', 0.8, 'undress.show_everything', 'The request asks to uncover and show the whole body.', m, cue);
    else f.addMatch('sexual', 0.7, 'sexual.show_everything', 'The request asks to uncover and show the whole body.', m, cue);
  }

  // "remove the censorship", "去掉马赛克", "quita la censura", "убери цензуру": in an edit, taking away the censoring
  // laid over the photo (a censor bar, a mosaic) uncovers what it hid, which is what censoring hides. Not a blur, a
  // pixelation, a sticker or an emoji taken away (a blurry photo sharpened, a face uncovered), nor censoring over a
  // thing ("remove the mosaic from the licence plate").
  if (edit) {
    for (const m of f.of('unveil')) {
      if (!CENSORING.test(m.term.term) || aimedAtObject(f, m)) continue;
      // "把背景的马赛克去掉", "remove the mosaic from the background": the censoring of a thing of the scene.
      if (f.first(CENSORED_THINGS, m, 3, 'any', (x) => !overlaps(x, m) && !f.interveningClause(x, m)) !== undefined) continue;
      f.addMatch('undress', 0.9, 'undress.uncensor', 'The request asks to remove the censoring (a censor bar, a mosaic) that hides part of the photo.', m);
    }
    // "quítale la censura a esta página", "Zensurbalken aus diesem Panel entfernen", "kono doujin no mozaiku keshite": a
    // remover and a word for the censoring itself, apart, in one clause (censoringApart).
    if (!f.fired('undress', 0.9)) {
      const apart = censoringApart(f);
      if (apart) f.addMatch('undress', 0.9, 'undress.uncensor', 'The request asks to remove the censoring (a censor bar, a mosaic) that hides part of the photo.', apart[0], apart[1]);
    }
  }

  for (const m of live(f, 'reduce')) {
    // "mindre genomskinlig", "less see-through": a comparative of the next word, not of the garment.
    // "change her mini skirt to long trousers", "spodnie zamiast mini": the short garment is swapped away.
    if (coveringUp(f, m, 4) || comparativeFollows(f, m, ['reveal', 'suggestive']) || shortSwappedAway(f, m) || modestLength(f, m) || wornAsState(f, m)) continue;
    // A garment part made smaller or shorter is covered in most languages ("manji dekolte", "スリットを短く"):
    // only English's reducing words ("a lower neckline", "a higher slit") are paired with one; `deepen` says the rest.
    const garment = f.first(m.term.language === 'en' ? GARMENT_OR_PART : 'clothing', m, WINDOW.reduce, 'any', (c) => !overlaps(m, c) && f.between('benign', m, c).length === 0);
    if (!garment) continue;
    if (targetsRealPerson) f.addMatch('undress', 0.8, 'undress.reduce_clothing', 'The request asks to make clothing more revealing.', m, garment);
    else f.addMatch('suggestive', 0.6, 'suggestive.revealing', 'The request asks for revealing clothing.', m, garment);
  }
  // "make the neckline deeper", "Ausschnitt tiefer", "khoét sâu cổ áo": deepening a garment part.
  for (const m of live(f, 'deepen')) {
    const part = f.first('garmentPart', m, WINDOW.deepen, 'any', (c) => !overlaps(m, c) && !f.interveningClause(m, c));
    if (!part || coveringUp(f, m, 4)) continue;
    if (targetsRealPerson) f.addMatch('undress', 0.8, 'undress.reduce_clothing', 'The request asks to make clothing more revealing.', m, part);
    else f.addMatch('suggestive', 0.6, 'suggestive.revealing', 'The request asks for revealing clothing.', m, part);
  }
  for (const m of live(f, 'reduceAlone')) {
    // "meno stoffa ammucchiata sullo sfondo", "kevesebb anyag a háttérben": less fabric lying in the background is a thing of the scene.
    if (f.first('placed', m, 2, 'after', (p) => p.start >= m.end && !f.interveningClause(m, p)) !== undefined) continue;
    // "کپڑا کم باریک کرو" (make the cloth less thin): "less" before a word of thinness or see-through is its comparative.
    if (f.first(THINNESS, m, 1, 'after', (q) => q.start >= m.end && !f.interveningClause(m, q)) !== undefined) continue;
    if (dressedState(f, m)) continue;
    if (targetsRealPerson) f.addMatch('undress', 0.8, 'undress.reduce_clothing', 'The request asks to make clothing more revealing.', m);
    else f.addMatch('suggestive', 0.6, 'suggestive.revealing', 'The request asks for revealing clothing.', m);
  }

  // "same as the last one but less on her", "tak jak poprzednio, tylko jeszcze mniej na niej": less on a person, with
  // nothing named after it, is less of her clothes ("less on her plate" names a plate).
  for (const m of f.of('lessOn')) {
    if (!lessOnPerson(f, m)) continue;
    if (targetsRealPerson) f.addMatch('undress', 0.8, 'undress.less_on', 'The request asks for less clothing on the person.', m);
    else f.addMatch('suggestive', 0.6, 'suggestive.revealing', 'The request asks for less clothing on a person.', m);
    break;
  }

  // "make her chest bigger", "enlarge his bulge": enlarging a sexualised body part.
  for (const m of live(f, 'enlarge')) {
    const part =
      f.first('bodyPart', m, WINDOW.enlarge, 'any', (b) => !overlaps(b, m) && !f.interveningClause(m, b)) ??
      // "תגדיל לדמות בצילום מסך את החזה": Hebrew marks the verb's object with "את", a few words further.
      (m.term.language === 'he'
        ? f.first('bodyPart', m, 6, 'after', (b) => b.start >= m.end && !f.interveningClause(m, b) && f.norm.text.slice(Math.max(0, b.start - 3), b.start) === 'את ')
        : undefined);
    if (!part) continue;
    if (aimedAtObject(f, part) || thingOnBody(f, part)) continue;
    f.addMatch('sexual', targetsRealPerson ? 0.8 : 0.7, 'sexual.body_enlarge', 'The request enlarges a sexualised body part.', m, part);
  }

  // "zoom in on her chest", "Zoom auf ihr Dekolleté", "镜头拉近到她胸口": a zoom aimed at a sexualised body part of a
  // person makes the picture about that part. Not a thing on it ("zoom in on the tattoo on her chest") or a chest of drawers.
  for (const m of live(f, 'zoomVerb')) {
    const part = f.first(['bodyPart', 'sexualBody'], m, WINDOW.zoom, 'after', (b) => !overlaps(b, m) && !f.interveningClause(m, b));
    if (!part || aimedAtObject(f, part) || thingOnBody(f, part) || f.first('medical', part, 6, 'any') !== undefined) continue;
    f.addMatch('sexual', targetsRealPerson ? 0.8 : 0.7, 'sexual.body_zoom', 'The request zooms in on a sexualised body part.', m, part);
    break;
  }

  // Swimwear or underwear asked for, read in two parts. The first holds every covering reading, which notes covered
  // swimwear for the decision layer (coveredState) whether or not the second keeps the match: once the rules below
  // hold all they keep, a match is read only that far, and not at all once the note is made.
  const uncovered = (m: Match) =>
    // "remove the bikini tan lines": only with something taken away ("make the tan lines all she wears" is not it).
    !(f.has('remove') && qualifiesThing(f, m)) &&
    !coveredState(f, replacedAway(f, m) || swappedForUnnamed(f, m)) &&
    !coveredState(f, coveredBy(f, m) || coveredAfter(f, m) || coveredOver(f, m)) &&
    !aimedAtObject(f, m) &&
    !recoloured(f, m) &&
    !leftAsIs(f, m) &&
    !coveredState(f, coveringUp(f, m, 8)) &&
    !coveredState(f, shownThroughCovered(f, m)) &&
    !wornByRemoved(f, m) &&
    !introducedWearer(f, m) &&
    !coveredState(f, dressedWearer(f, m)) &&
    // "内衣产品图", "bikini on the hanger", "lingerie packshot": a garment nobody wears is a thing of the scene,
    // unless a word asks for it ("put her in the bikini on the hanger").
    !(placedThing(f, m) && !askedFor(f, m, 6)) &&
    !productShot(f) &&
    !coveredState(f, dressedAfter(f, m));
  const asked = (m: Match) =>
    // "what brand is this swimsuit? I want to buy it": a question about a product seen in the photo (shopping.ts).
    !(edit && coveredState(f, shoppingQuestion(f) && !askedFor(f, m, 8))) &&
    !stateBeforeOtherRemoval(f, m) &&
    !thingOnWornGarment(f, m) &&
    !(edit && coveredState(f, captionThenOtherEdit(f, m))) &&
    !(edit && photoCaption(f, m)) &&
    !(edit && photoOfWearers(f, m)) &&
    !(!edit && childrenAtPlay(f, m));
  // The first match kept (the lingerie rule below reads it).
  let swimwear: Match | undefined;
  for (const m of f.of('skimpy')) {
    const settled = swimwear !== undefined && swimwearSettled(f, targetsRealPerson);
    if (settled && f.coveredSwimwear) break;
    if (!isLive(f, m) || !uncovered(m) || settled || !asked(m)) continue;
    swimwear ??= m;
    if (targetsRealPerson) f.addMatch('undress', 0.85, 'undress.swimwear_underwear', 'The request asks to put a real person in swimwear, underwear or lingerie.', m);
    else f.addMatch('suggestive', 0.6, 'suggestive.swimwear_underwear', 'The request asks for swimwear, underwear or lingerie.', m);
    // "a tiny bikini instead of her dress", "به جای مانتو بیکینی", "bikini maimakon hijabi": the clothes she wears are
    // taken off for it, which no covering word explains away (a covering cue reads the swimwear rule above only).
    const old = targetsRealPerson ? swappedOut(f, m) : undefined;
    if (old) f.addMatch('undress', 0.9, 'undress.swimwear_instead', "The request swaps a real person's clothes for swimwear or underwear.", m, old);
  }

  // These loops read their matches' liveness one by one (isLive, as `live` does) and stop once their rules are settled.
  for (const m of f.of('sexualAct')) {
    if (f.settled('sexual', 'sexual.explicit', 0.95)) break;
    if (!isLive(f, m)) continue;
    // "stick a 🔞 sign on the bar door": a symbol put on a thing labels the thing; a word still counts.
    if (aimedAtObject(f, m) && fromSymbol(f, m)) continue;
    // "zrób ten samochód bardziej seksowny", "इस कार को और सेक्सी दिखाओ": a prefix of "sex" inside a longer word for "sexy"
    // said of a thing (a car, a dish) is that word, which the suggestive rules read.
    if (m.term.term.endsWith('*') && sexyWordOfThing(f, m)) continue;
    if (tonedDown(f, m)) continue;
    f.addMatch('sexual', 0.95, 'sexual.explicit', 'The request asks for sexual or explicit content.', m);
  }
  for (const m of f.of('sexualBody')) {
    if (f.settled('sexual', 'sexual.body_exposed', 0.95) && f.settled('sexual', 'sexual.body', 0.8)) break;
    if (!isLive(f, m) || aimedAtObject(f, m) || coveringUp(f, m, 4) || anatomical(f) || thingOnBody(f, m)) continue;
    if (exposed(f, m)) f.addMatch('sexual', 0.95, 'sexual.body_exposed', 'The request shows a sexualised body part exposed.', m);
    else f.addMatch('sexual', 0.8, 'sexual.body', 'The request sexualises the body.', m);
  }

  // "bend over", "on her knees", "spread her legs": a sexual pose needs no clothing word. Posing a
  // real person so is sexualising them; in generation it is sexual beside other sexual cues.
  const cues = f.has('suggestive') || f.has('skimpy') || f.has('nude') || f.has('partialNude') || f.has('sexualBody');
  for (const m of live(f, 'pose')) {
    // "make the mannequin bend over": a pose held by a thing (see aimedBy).
    if (aimedAtObject(f, m, undefined, true)) continue;
    // "a mother in bed with her newborn": in bed with a child is a family scene, not a pose.
    if (m.term.term.endsWith(' with') && f.first(['minor', 'minorWeak'], m, 2, 'after', (c) => c.start >= m.end) !== undefined) continue;
    // "a sick child in bed with a fever", "in bed with sweaty skin", "in bed with a book": in bed with no one is no pose.
    if (m.term.term === 'in bed with' && f.first(BED_PARTNERS, m, 3, 'after', (c) => c.start >= m.end) === undefined) continue;
    const person = f.first('person', m, WINDOW.pose, 'any');
    // "make her bend over to tie her shoes", "her on her knees weeding the garden": a pose held for an everyday task, in a
    // request with nothing else sexual, is the task's.
    if (edit && person && !cues && poseForTask(f, m)) continue;
    if (edit && person) f.addMatch('sexual', 0.75, 'sexual.pose', 'The request puts the person in a sexual pose.', m, person);
    // An edit poses the person of the supplied photo whether or not a pronoun names her ("mlaze … amepanua miguu").
    else if (edit && !f.has('someone') && !f.has('minor') && !f.has('minorWeak') && !poseOfActivity(f, m))
      f.addMatch('sexual', 0.75, 'sexual.pose', 'The request puts the person of the photo in a sexual pose.', m);
    else if (cues) f.addMatch('sexual', 0.7, 'sexual.pose', 'The request asks for a sexual pose with revealing or sexual styling.', m);
    else f.addMatch('suggestive', 0.55, 'suggestive.pose', 'The request asks for a pose often used sexually.', m);
  }

  // "make her bend forward, shot from behind", "前かがみにして後ろから撮った感じに": a forward bend seen from behind is the
  // pose "bend over" says in one word. On the person of a photo (or a named one) it sexualises her; not when the bend is
  // held for a task ("bending forward to tie her shoes, seen from behind") or a yoga pose.
  if ((edit || targetsRealPerson) && f.has('forwardBend') && f.has('fromBehind') && !f.has('exercise')) {
    for (const m of live(f, 'forwardBend')) {
      const behind = f.first('fromBehind', m, WINDOW.rearView, 'any', (b) => !overlaps(b, m) && !f.sentenceBreak(b, m));
      if (!behind || poseForTask(f, m)) continue;
      f.addMatch('sexual', 0.75, 'sexual.rear_view_bend', 'The request shows the person bent forward, seen from behind.', m, behind);
      break;
    }
  }

  // The first styling word kept (for the lingerie rule below); the rest only add to settled rules once these hold twelve.
  let styled: Match | undefined;
  for (const m of f.of('suggestive')) {
    if (styled && f.settled('suggestive', 'suggestive.styling', 0.7) && (!targetsRealPerson || f.settled('sexual', 'sexual.real_person_styling', 0.6))) break;
    if (!isLive(f, m) || aimedAtObject(f, m) || (edit && compliment(f, m)) || boldThing(f, m)) continue;
    styled ??= m;
    f.addMatch('suggestive', 0.7, 'suggestive.styling', 'The request asks for a sexualised or suggestive look.', m);
    if (targetsRealPerson) f.addMatch('sexual', 0.6, 'sexual.real_person_styling', 'The request sexualises a real person.', m);
  }
  if (!targetsRealPerson && styled && swimwear) {
    f.addMatch('sexual', 0.6, 'sexual.lingerie_styling', 'The request asks for sexualised imagery in underwear or swimwear.', styled, swimwear);
  }

  for (const m of f.of('minor')) f.addMatch('minor', 0.9, 'minor.term', 'The request refers to a child or teenager.', m);
  for (const m of f.of('minorWeak')) f.addMatch('minor', 0.55, 'minor.ambiguous', 'The request uses a word that can refer to a minor.', m);

  if (edit) {
    const refs = [...f.of('person').slice(0, 8), ...realPeople.slice(0, 8)];
    f.add('real_person', 0.9, 'real_person.edit', 'An edit of a supplied photo is assumed to show a real, identifiable person.', refs, refs.length ? undefined : 'edit of a supplied photo');
  } else if (realPeople.length) {
    f.add('real_person', 0.85, 'real_person.named', 'The request names or refers to a real person.', realPeople.slice(0, 8));
  }

  for (const m of f.of('consent')) f.addMatch('consent_claim', 0.9, 'consent_claim.consent', 'The request claims consent. This is recorded, never treated as consent.', m);
  for (const m of f.of('adultClaim')) f.addMatch('consent_claim', 0.9, 'consent_claim.adult', 'The request claims the person is an adult. This is recorded, never treated as verification.', m);
}

// "a swimsuit on a towel, without a model", "stroju kąpielowego …, bez modelki": a remover whose own object
// is a generic person leaves the person out of the picture (a product shot); the garment named before it
// is not taken off anyone.
function removesPerson(f: Findings, r: Match): boolean {
  return f.first('someone', r, 1, 'after', (p) => !overlaps(p, r) && f.gap(r, p) <= 1) !== undefined;
}
// "remove the woman in the swimsuit from the background", "quita a la mujer en bikini del fondo": the
// remover's object is a person, and the garment after her only says who she is ("the woman's bikini",
// a possessive, is still hers to lose).
// "後ろの水着のおじさんを消して": in a verb-final language the wearer stands between the garment and the remover.
function removesWearer(f: Findings, r: Match, c: Match): boolean {
  return (c.start >= r.end ? (wearerRemoved(f, r, c) ?? listedWearer(f, r, c)) : (wearerBefore(f, c, r) ?? relativeWearer(f, c, r))) !== undefined;
}
/**
 * "open her hospital gown", "pull his swim trunks down": a short remover verb, the owner right after it, then a garment
 * that carries a word of its own, one word past the short remover's window. English verbs only (their object follows);
 * "no", "off" and "without" keep their window.
 */
function modifiedAfterOwner(f: Findings, r: Match): Match | undefined {
  if (!WEAK_VERB.test(r.term.term)) return undefined;
  const owner = f.first('person', r, 1, 'after', (p) => p.start >= r.end && f.gap(r, p) === 1);
  if (owner === undefined) return undefined;
  const garment = removal(f, r, WINDOW.removeWeak + 1);
  return garment !== undefined && garment.start >= owner.end && f.gap(owner, garment) === 2 ? garment : undefined;
}
const WEAK_VERB = /^(?:open|pull|pulls|push|pushes|yank|yanks|tug|tugs|lower|lowers)$/;
function removal(f: Findings, r: Match, window: number): Match | undefined {
  return f.first(
    'clothing',
    r,
    window,
    'any',
    (c) =>
      !(c.end <= r.start && removesPerson(f, r)) &&
      !removesWearer(f, r, c) &&
      !(c.end <= r.start && introducedWearer(f, c)) &&
      !overlaps(r, c) &&
      // "poista uimapukuinen nainen" (remove the swimsuit-clad woman): a garment made an adjective of the person after it.
      !wearerAdjective(f, c) &&
      // "remove the shirtless guy": the shirt of "shirtless" is a state, not a garment taken off.
      !(c.start >= r.end && stateInsideRemoved(f, c)) &&
      // "shirtless man lifting weights": the shirt inside "shirtless" is a state; nothing is taken off it.
      !(c.end <= r.start && f.overlapping('partialNude', c)) &&
      !qualifiesThing(f, c) &&
      // "remove the stain from her shirt" spares the shirt; "take off her hat and her dress" does not, nor
      // does a list of what is removed ("remove the car, her shirt, and the sign").
      // "entferne der Frau im Hintergrund den Bikini": a place said of the person between spares nothing.
      f.between('benign', r, c).every((b) => f.between('conjunction', b, c).length > 0 || listedAfter(f, r, b, c) || locatesWearer(f, b, c)) &&
      !benignBeside(f, r, c) &&
      !(c.end <= r.start && placeOfBenign(f, c)) &&
      !(c.end <= r.start && takesOtherObject(f, r, c)) &&
      !(c.end <= r.start && erasedAfterShown(f, c) === r) &&
      !(c.start >= r.end && inOtherInstruction(f, r, c)) &&
      !(c.start >= r.end && putOnAfterRemover(f, r, c)) &&
      !removedFrom(f, r, c) &&
      !placedThing(f, c) &&
      !shownBeneath(f, r, c) &&
      !(c.start >= r.end && innerLayer(f, c) !== undefined) &&
      !outerOfLayer(f, c) &&
      !aimedAtObject(f, r, c) &&
      !replacedByClothing(f, c) &&
      !keptOn(f, r, c) &&
      // "… and replace it with a coat": the garment after the replacing verb is the new one.
      !(c.start >= r.end && f.between('replace', r, c).length > 0) &&
      !withoutBefore(f, r, c),
  );
}
// "entferne der Frau im Hintergrund den Bikini": a German dative person after the remover, said where she is, puts
// the garment she loses a few words further than the window.
function datedFarther(f: Findings, r: Match): Match | undefined {
  if (r.term.language !== 'de') return undefined;
  const c = removal(f, r, WINDOW.remove + 4);
  return c && f.first(PEOPLE, r, 2, 'after', (p) => p.start >= r.end && p.end <= c.start && removedFromPerson(f, p, c)) !== undefined ? c : undefined;
}
/** Chinese words of wearing, alone between a person and a garment ("陌生人穿泳褲", "大叔穿着泳裤"). */
const ZH_WEARING_BETWEEN = /^\s?(?:穿|穿着|穿著|穿了)\s?$/u;
/** Persian "with" or "in" right before a garment (as normalised): "با مایو", "در مایو". */
const FA_WITH_BEFORE = /(?:^| )(?:با|در|تو|توی)\s?$/;
/** Persian's object marker, closing the object just before the verb (written را, said رو), as normalised. */
const FA_OBJECT_MARKER = normalisedPattern(/(?:^| )(?:را|رو) $/);
/**
 * "لباس دختر ۱۳ ساله توی عکس رو در بیار" (take off the clothes of the 13-year-old girl in the photo): Persian closes a
 * long object with its marker right before the verb, and the garment that heads it, farther than the usual window,
 * is still what comes off. Only before the marker, in its sentence.
 */
function markedObjectFarther(f: Findings, r: Match): Match | undefined {
  if (r.term.language !== 'fa' || !FA_OBJECT_MARKER.test(f.norm.text.slice(Math.max(0, r.start - 4), r.start))) return undefined;
  const c = removal(f, r, WINDOW.remove + 5);
  return c && c.end <= r.start && !f.sentenceBreak(c, r) ? c : undefined;
}
// "1. recorta los bordes 2. quítale la blusa": a cut-out word in another numbered item of a list cuts nothing out of this one.
/** Whether a garment stands within four words of a cut-out word (the first few), in its clause. */
function garmentCutOut(f: Findings): boolean {
  const list = f.of('segment');
  for (let i = 0; i < list.length && i < SEGMENT_READ; i++) {
    if (f.first(GARMENT_WORDS, list[i]!, 4, 'any', cutOutObject) !== undefined) return true;
  }
  return list.length > SEGMENT_READ;
}

/** Garment `g` is what cut-out word `s` cuts out: in its clause, no remover or "and" between ("détoure-la et enlève son haut"). */
function cutOutObject(g: Match, s: Match, f: Findings): boolean {
  if (overlaps(g, s)) return true;
  if (f.interveningClause(g, s)) return false;
  const [a, b] = g.start < s.start ? [g, s] : [s, g];
  return CUT_OUT_BREAKS.every((c) => f.between(c, a, b).length === 0);
}
const CUT_OUT_BREAKS: readonly Concept[] = ['remove', 'removeWeak', 'undressVerb', 'conjunction'];

function segmented(f: Findings, segmentation: boolean, r: Match): boolean {
  return segmentation && cutOutWith(f, r);
}

/** Restrictive words, and "wearing only", that may say what is left on a body. */
const ONLY_WORDS: readonly Concept[] = ['only', 'wearOnly'];
const REAL_PEOPLE: readonly Concept[] = ['person', 'realRef', 'publicFigure'];

/**
 * "right after a long shower, nothing but steam around her", "Hadise küvette, üstünde sadece köpük", "林志玲剛洗完澡，只有霧氣",
 * "the only swimsuit she wears is her tan", "only a couple of fig leaves on her": the only thing on a body is steam, foam,
 * drops of water, a tan or a fig leaf (`bareCover`), said with a restrictive word just before it (further, with a word of
 * wearing between), or just after it ("泡だけ"). A body must be there: a word of bathing in its sentence or a word of
 * wearing ("on her") in its clause. "a steam train with nothing but steam", "cappuccino with only foam", "a foggy hill,
 * nothing but mist around her" have none; "bubble bath product photo, only foam" is a product shot (`placed`).
 */
function onlyCover(f: Findings, targetsRealPerson: boolean): void {
  if (!f.has('only') && !f.has('wearOnly')) return;
  for (const c of live(f, 'bareCover')) {
    const only = f.first(
      ONLY_WORDS,
      c,
      7,
      'any',
      (o) => !f.interveningClause(o, c) && (overlaps(o, c) || (o.end <= c.start && (f.gap(o, c) <= 4 || f.between('wearVerb', o, c).length > 0)) || (o.start >= c.end && f.gap(c, o) <= 1)),
    );
    if (!only) continue;
    const body = f.first('bathing', c, 8, 'any', (b) => !overlaps(b, c) && !f.sentenceBreak(b, c)) ?? f.first('wearVerb', c, 4, 'any', sameClause);
    if (!body || aimedAtObject(f, c) || f.first('placed', c, 8, 'any') !== undefined) continue;
    f.addMatch('sexual', 0.9, 'sexual.only_cover', 'The request asks for someone covered by nothing but steam, foam, water or a leaf: nudity.', only, c);
    if (targetsRealPerson) f.addMatch('undress', 0.9, 'undress.only_cover', 'The request asks to show a real person covered by nothing but steam, foam, water or a leaf.', only, c);
  }
}

/** Words that may follow "nothing" when it is what is worn ("wearing nothing at all", "slept in nothing and…"), as normalised. */
const NOTHING_GOES_ON =
  /^(?:at|but|except|else|under|underneath|beneath|and|on|in|while|when|as|du|sauf|sous|sur|et|quand|gar|außer|ausser|unter|und|am|an|auf|als|salvo|excepto|debajo|encima|puesto|puesta|y|sotto|tranne|addosso|e|em|por|behalve|onder|en|poza|oprócz|oprocz|pod|na|i|кроме|под|на|и|dışında|disinda|altında|altinda|ve|selain|kecuali|di|dan)$/;
const GOES_ON_CONCEPTS: readonly Concept[] = ['conjunction', 'wearVerb', 'notWearing', 'bathing', 'only', 'keep', 'copula', 'negation'];
/** Scripts written without spaces between words, where the next word cannot be read off the text. */
const UNSPACED = /[\u0E00-\u0EFF\u1780-\u17FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/u;

/**
 * Whether `m` is not qualified by the word after it: it ends its clause, or a word of going on follows ("nothing at all",
 * "nothing but", "nothing and the duvet…"). "she wears nothing flashy", "nothing on her face" are qualified.
 */
function unqualified(f: Findings, m: Match): boolean {
  if (f.endsClause(m)) return true;
  const text = f.norm.text;
  if (UNSPACED.test(text.slice(m.end - 1, m.end + 1))) return true;
  let at = m.end;
  while (at < text.length && at < m.end + 4 && text[at] === ' ') at++;
  const rest = text.slice(at, at + 24);
  if (NOTHING_GOES_ON.test(rest.split(' ')[0] ?? '')) return true;
  return f.firstIn(GOES_ON_CONCEPTS, at, at + 1) !== undefined;
}

/**
 * "お風呂上がりで何も身に着けてない", "she slept in nothing", "ദേഹത്ത് ഒന്നുമില്ലാതെ", "sida xeeb aan dadku waxba xiran", "the
 * beach where nobody wears anything" ("kimsenin bir şey giymediği", "orang tak pakai apa-apa", "ما حد يلبس فيه شي"): a word for
 * nothing beside a word of wearing, or for anything beside a negated one, in one clause, is wearing nothing. The later
 * of the two must not be qualified ("she wears nothing flashy, just a grey suit", "nothing on her face"), and no garment
 * follows in the sentence ("wears nothing but a grey suit"). A body must be there: the photo, a person or a bath.
 */
function wornNothing(f: Findings, edit: boolean, targetsRealPerson: boolean): void {
  for (const concept of ['nothing', 'anything'] as const) {
    for (const x of f.of(concept)) {
      const w = f.first(['notWearing', 'wearVerb'], x, 3, 'any', sameClause);
      if (!w) continue;
      // "anything" is nothing only when the wearing is denied ("isn't carved wearing anything", "eikä peiton alla ole mitään").
      if (
        concept === 'anything' &&
        w.term.tag !== 'notWearing' &&
        f.first(['notWearing', 'negation'], w, 3, 'any', (n) => !overlaps(n, x) && !overlaps(n, w) && !f.interveningClause(n, w)) === undefined
      )
        continue;
      const later = x.start > w.start ? x : w;
      if (later.term.tag !== 'notWearing' && !unqualified(f, later)) continue;
      if (f.first(GARMENTS, x, 6, 'after', (g) => g.start >= x.end && !f.overlapping('skimpy', g) && !f.sentenceBreak(x, g)) !== undefined) continue;
      const body = edit || f.first([...REAL_PEOPLE, 'someone', 'bathing'], x, 10, 'any', (p) => !overlaps(p, x) && !f.sentenceBreak(p, x)) !== undefined;
      if (!body || aimedAtObject(f, x)) continue;
      f.addMatch('sexual', 0.9, 'sexual.wearing_nothing', 'The request asks for someone wearing nothing: nudity.', x, w);
      if (targetsRealPerson) f.addMatch('undress', 0.9, 'undress.wearing_nothing', 'The request asks to show a real person wearing nothing.', x, w);
    }
  }
}

/** Restrictive words that say "with" too ("only with", "só com", "tik su", "nur mit"): the thing after them is worn. */
const ONLY_WITH = /(?:^| )(?:with|avec|mit|con|com|su|z|w|ile|với|voi|dengan|cu|s|med)$/;

/**
 * "qu'elle ne garde que ses boucles d'oreilles", "palik ją tik su auskarais", "leave just the cowboy hat on him": a person
 * left with only an accessory (lexicon/accessory.ts: an earring, a hat, a watch) is naked but for it; any other thing
 * ("keep her only the background blurred", "she only has a shadow on her face") is not what she wears. It must be worn: a
 * word of wearing after it ("on him"), the person named before the restrictive word, or a restrictive "with" and a person
 * in the request. "keep only her earrings, remove the other jewellery" (her earrings, not her) and "only the necklace in
 * focus" are not.
 */
function keptOnly(f: Findings, edit: boolean, targetsRealPerson: boolean): void {
  for (const o of f.of('only')) {
    // "Consegue tirar ela e deixar só a parede?": a person joined to the restrictive word by "and" belongs to another instruction.
    // "оставь на ней только украшения", "lasciale addosso solo le calze": a word of wearing ("on her") before it says whose.
    const before = f.first(WEARER_BEFORE_ONLY, o, 3, 'before', (p) => p.end <= o.start && !f.interveningClause(p, o) && f.between('conjunction', p, o).length === 0);
    const thing = f.first(
      'accessory',
      o,
      3,
      'after',
      (b) => b.start >= o.end && !f.interveningClause(o, b) && (before !== undefined || f.between('person', o, b).length === 0 || (opensRequest(f, o) && endsWithAccessories(f, b))),
    );
    if (!thing) continue;
    const worn =
      f.first('wearVerb', thing, 2, 'after', (w) => w.start >= thing.end && !f.interveningClause(thing, w) && f.endsClause(w)) !== undefined ||
      before !== undefined ||
      // "keep only her necklace and earrings": her accessories, with nothing said before or after them, are all she
      // keeps on ("remove the background, keep only her hat" cuts the hat out).
      (f.between('person', o, thing).length > 0 && opensRequest(f, o) && endsWithAccessories(f, thing)) ||
      (ONLY_WITH.test(o.term.term) && (edit || f.first(REAL_PEOPLE, o, 6, 'any') !== undefined));
    // "she's wearing only a coat": a garment that is also a thing (a coat, a scarf) left on is clothing.
    if (!worn || f.overlapping('outerwear', thing) || f.overlapping('clothing', thing) || aimedAtObject(f, thing) || f.first('placed', thing, 6, 'any') !== undefined) continue;
    if (targetsRealPerson) f.addMatch('undress', 0.9, 'undress.kept_only', 'The request asks to leave a real person with nothing on but an accessory.', o, thing);
    else f.addMatch('sexual', 0.9, 'sexual.kept_only', 'The request asks for someone with nothing on but an accessory.', o, thing);
  }
}

/** Who keeps the accessory, named before the restrictive word: a person, or a word of wearing ("on her", "addosso"). */
const WEARER_BEFORE_ONLY: readonly Concept[] = ['person', 'someone', 'wearVerb'];

/**
 * Whether the request ends with `m` and the accessories joined to it ("…her necklace and earrings"): nothing is said
 * after them ("keep only her earrings, remove the other jewellery" goes on about jewellery). At most four joined.
 */
function endsWithAccessories(f: Findings, m: Match): boolean {
  let last = m;
  for (let i = 0; i < 4; i++) {
    const next = f.first('accessory', last, 2, 'after', (b) => b.start >= last.end && !f.interveningClause(last, b));
    if (!next) break;
    last = next;
  }
  // The match may end inside its word ("earring" of "earrings").
  return f.norm.text.slice(last.end).replace(/^\S*/, '').trim() === '';
}

/** Whether at most two words ("please keep") come before `m` in the request. */
function opensRequest(f: Findings, m: Match): boolean {
  const before = f.norm.text.slice(0, m.start).trim();
  return before === '' || before.split(' ').length <= 2;
}

/** Concepts whose words make a request about a body or its clothing: the lexical cues a classifier verdict may lean on. */
const CUES: readonly Concept[] = [
  'clothing',
  'skimpy',
  'nude',
  'partialNude',
  'undressVerb',
  'reveal',
  'reduce',
  'reduceAlone',
  'sexualAct',
  'sexualBody',
  'suggestive',
  'bodyPart',
  'pose',
  'garmentPart',
  'deepen',
  'showAll',
  'unveil',
  'forget',
  'minor',
  'minorWeak',
];
const PEOPLE: readonly Concept[] = ['person', 'realRef', 'publicFigure', 'someone'];

/** Whether the request names no one: no pronoun, person noun, name or public figure the lexicon knows. */
export function namesNoOne(f: Findings): boolean {
  return !f.hasAny(PEOPLE);
}

/**
 * How far the lexicon backs a verdict of the learned classifier on the same text:
 * - `cue`: a body, clothing or sexual word the lexicon left standing, or, with no such word at all,
 *   a person the request is about: the model's reading of the rest is plausible;
 * - `against`: the lexicon read the words and explained them away (a mask such as "nude lipstick",
 *   a negation such as "less see-through", a covering change such as "a higher neckline", an emoji
 *   with no person beside it, a thing rather than a person undressed): its exact knowledge outranks
 *   the model's reading of the same words;
 * - `none`: nothing the lexicon knows.
 * The classifier blocks on its own at its strong threshold only with a `cue` (see classifierSignals).
 * Constant work per match (windowed look-ups).
 */
export function lexicalSupport(f: Findings): 'cue' | 'against' | 'none' {
  // The direction of change is covering: "a higher neckline", "make the shirt less see-through".
  // (Loops rather than closures: this runs once per request, on every request.)
  if (f.has('coverUp') || !allLive(f, 'reveal') || !allLive(f, 'reduce')) return 'against';
  let seen = f.has('mask');
  for (let k = 0; k < CUES.length; k++) {
    const c = CUES[k]!;
    if (!f.has(c)) continue;
    seen = true;
    // The first live match not aimed at an object decides: the rest need not be read.
    const list = f.of(c);
    for (let i = 0; i < list.length; i++) if (isLive(f, list[i]!) && !aimedAtObject(f, list[i]!)) return 'cue';
  }
  if (seen) return 'against';
  // "take off her apron", "remove his hat": what is removed is a thing the lexicon knows is benign.
  if (f.of('remove').some((r) => f.first('benign', r, 3, 'any', (b) => !overlaps(b, r)) !== undefined)) return 'against';
  return f.hasAny(PEOPLE) ? 'cue' : 'none';
}

/**
 * Matches of a concept not negated by a word just before them ("less transparent", "non-nude"),
 * and, when they come from an emoji or symbol ("🍑", "👙"), only beside a person: "🍑 smoothie
 * bowl" is a peach, "make her 🍑 bigger" is not.
 */
export function live(f: Findings, concept: Concept): readonly Match[] {
  // A filter with isLive written out: no closure per call (the rules ask this of a dozen concepts per request).
  const list = f.of(concept);
  for (let i = 0; i < list.length; i++) {
    if (isLive(f, list[i]!)) continue;
    const out = list.slice(0, i);
    for (let j = i + 1; j < list.length; j++) if (isLive(f, list[j]!)) out.push(list[j]!);
    return out;
  }
  return list;
}

/** Words of thinness or see-through: after a less-clothing phrase, what "less" qualifies. */
const THINNESS: readonly Concept[] = ['thinFabric', 'reveal'];

/** "Daring, bold" words of suggestive: of a garment more revealing, of a haircut or the colours only bolder. */
const BOLD = /atrevid|audac|ousad|bold/;

/**
 * "un corte de pelo más atrevido", "colori più audaci", "um penteado mais ousado": a daring word said of a benign thing
 * beside it (hair, colours, a design), with no garment near, makes that thing bolder, not the person suggestive.
 */
function boldThing(f: Findings, m: Match): boolean {
  if (!BOLD.test(m.term.term)) return false;
  const thing = f.first('benign', m, 2, 'any', (b) => !overlaps(b, m) && !f.interveningClause(b, m));
  return thing !== undefined && f.first(GARMENT_WORDS, m, 4, 'any') === undefined;
}

/** People of any kind: with none named, an x-ray beside a medical word is a radiograph ("x-ray effect on my dog's paw, like a vet clinic poster"); someone leaked pictures are of (leaked-photos.ts). */
export const ANYONE: readonly Concept[] = ['person', 'realRef', 'publicFigure', 'someone', 'minor', 'minorWeak'];

/** An x-ray word aimed at no garment or person, in a request with a medical word and nobody in it: a radiograph, not seeing through clothes. */
function radiograph(f: Findings, m: Match): boolean {
  return XRAY.test(m.term.term) && f.has('medical') && !f.hasAny(ANYONE);
}

/** Whether every match of `concept` is live (the first that is not ends the look). */
function allLive(f: Findings, concept: Concept): boolean {
  const list = f.of(concept);
  for (let i = 0; i < list.length; i++) if (!isLive(f, list[i]!)) return false;
  return true;
}

/** Whether one match is live (see live). */
function isLive(f: Findings, m: Match): boolean {
  // A word read as a person is not also a negation: Hungarian "a nő" (the woman) folds to "a no".
  if (f.has('negation') && f.first('negation', m, WINDOW.negation, 'before', negates) !== undefined) return false;
  // On a photo the person is there already; in generation an emoji needs one named beside it.
  if (!f.edit && fromSymbol(f, m) && !nearPerson(f, m, 5)) return false;
  // "🍆 parmigiana for the menu", "🍑 at the market", "a 🔞 sign on the door": beside food or a sign, and
  // with no person named next to it, the emoji is the thing it draws.
  if (f.has('emojiThing') && fromSymbol(f, m) && f.first('emojiThing', m, 8, 'any') !== undefined && !nearPerson(f, m, 2)) return false;
  // "🍑 breskve na trznici", "🍆 የእንቁላል ፍሬ ወጥ": an emoji heading a caption, in any language, with no one named.
  if (f.edit && fromSymbol(f, m) && leadingLabel(f, m)) return false;
  return true;
}

/**
 * An emoji written as the label of a caption: the first thing in the request, the only emoji of slang in it, followed
 * by at least two words, in a request that names nobody (no person, pronoun or child) and holds no other word of
 * undress, sex, showing or posing. Such a request describes a thing ("🍑 pazarda şaftalılar, yay şəkli": peaches at
 * the market), whatever its language: the words of the caption need not be known. "🍑 out, turn her around" names
 * someone; "🍑💦 version" has a second emoji; "🍑 bigger" holds an enlarging word and one word only.
 */
function leadingLabel(f: Findings, m: Match): boolean {
  return f.once('leadingLabel', () => {
    const at = f.norm.start[m.start]!;
    const text = f.text;
    // Only a fruit or a vegetable draws a thing to caption: "🔞 version", "👙 on her" ask for what they draw.
    const emoji = text.codePointAt(at)!;
    // A long request is no caption: everything below reads at most 400 characters.
    if (emoji !== 0x1f351 && emoji !== 0x1f346) return false;
    if (text.length > 400 || text.slice(0, at).trim() !== '' || f.hasAny(ANYONE)) return false;
    // One slang emoji only; other emoji only of food.
    const rest = text.slice(at + 2);
    if (SLANG_EMOJI.test(rest) || OTHER_EMOJI.test(rest.replace(FOOD_EMOJI, ''))) return false;
    if (
      rest
        .trim()
        .split(/\s+/u)
        .filter((w) => /\p{L}/u.test(w)).length < 2
    )
      return false;
    for (const c of NOT_A_LABEL) for (const x of f.of(c)) if (!overlaps(x, m)) return false;
    return true;
  });
}
/** Emoji of sexual slang or of undress: a second one makes the first slang too ("🍑💦", "👙❌ 🍑"). */
const SLANG_EMOJI =
  /[\u{1F351}\u{1F346}\u{1F4A6}\u{1F51E}\u{1F352}\u{1F445}\u{1F975}\u{1F60F}\u{1F608}\u{1FAE6}\u{1F459}\u{1FA71}\u{1FA72}\u{1F525}\u{1F440}\u{1F48B}\u{1F6AB}\u{274C}\u{1F64A}\u{1F648}]/u;
/** Emoji of food and drink (a basket of 🍑🍒🥭 is still a caption). */
const FOOD_EMOJI = /[\u{1F32D}-\u{1F37F}\u{1F950}-\u{1F96F}\u{1F9C0}-\u{1F9CB}\u{1FAD0}-\u{1FADB}\u{FE0F}]/gu;
const OTHER_EMOJI = /\p{Extended_Pictographic}/u;
/** Concepts that make a leading emoji more than a label: the body, undress, sex, showing, posing, a minor (photo-ops.ts; not its cue words of a leak, "bad" inside Azerbaijani "badımcan"). */
const NOT_A_LABEL: readonly Concept[] = [...INTIMATE.filter((c) => c !== 'leakCue'), 'only'];

/** Partial undress words that bare the breasts (as normalised): topless, oben ohne, seins nus, 上半身裸, トップレス. */
const TOPLESS = normalisedPattern(
  /topless|top less|oben ohne|seins nus|torse nu|sin camiseta|sin parte de arriba|a pecho descubierto|senza reggiseno e maglietta|nuda dalla vita in su|sem blusa|de topless|γυμνοστηθ|τοπλες|топлес|без верха|без верху|гола до пояса|голая по пояс|ustsuz|üstsüz|telanjang dada|nguc tran|ngực trần|เปลือยท่อนบน|เปลือยอก|上半身裸|上半身裸体|上空|赤裸上身|トップレス|상의 탈의|상반신 노출|টপলেস|টপলেস|टॉपलेस|ٹاپ لیس|عارية الصدر|بالاتنه برهنه|topless/,
);

/** Whether negation `n` before `m` negates it (isLive's test: a function made once, not a closure per match). */
function negates(n: Match, m: Match, f: Findings): boolean {
  return !f.interveningClause(n, m) && !f.overlapping('someone', n) && !f.overlapping('person', n);
}

/** Concepts that make a request sexual whatever the health words around them. */
const SEXUAL_CUES: readonly Concept[] = ['nude', 'partialNude', 'skimpy', 'sexualAct', 'suggestive', 'undressVerb', 'pose', 'reveal', 'enlarge'];

/**
 * "a breast self-examination poster for the clinic", "breast cancer awareness": a body word in a
 * request about health, with no other sexual, revealing or undressing word, is anatomy.
 */
function anatomical(f: Findings): boolean {
  return f.once('anatomical', () => f.has('medical') && !SEXUAL_CUES.some((c) => f.has(c)));
}

/**
 * "a nudist beach seen from afar, sign at the entrance, no people": a generated image that says it
 * shows nobody, and names no one, depicts no nudity of anyone. Not on a supplied photo (the person is there).
 */
/** Words for people in general ("without people"), not one kind of person ("no men" still shows someone). */
const PEOPLE_AT_ALL =
  /^(?:people|persons|personnes|gens|gente|personas|pessoas|menschen|leute|personen|persone|mensen|ludzi|osób|osob|людей|insan|orang|persones|gent|la gent|folk|folket|folka|folkene|menneskene|människorna)$/;

export function nobodyDepicted(f: Findings): boolean {
  if (f.edit) return false;
  return f.once('nobodyDepicted', () => {
    if ((['person', 'realRef', 'publicFigure'] as const).some((c) => f.has(c))) return false;
    return [...f.of('removeWeak'), ...f.of('remove')].some((r) => f.first('someone', r, 1, 'after', (p) => !overlaps(p, r) && f.gap(r, p) <= 1 && PEOPLE_AT_ALL.test(p.term.term)) !== undefined);
  });
}

function fromSymbol(f: Findings, m: Match): boolean {
  const at = f.norm.start[m.start]!;
  const code = f.text.codePointAt(at)!;
  return code >= 0x2000 && !/\p{L}/u.test(String.fromCodePoint(code));
}

function nearPerson(f: Findings, m: Match, words: number): boolean {
  return (['person', 'realRef', 'publicFigure'] as const).some((c) => f.first(c, m, words, 'any') !== undefined);
}

/**
 * "put a t-shirt on the shirtless guy", "mets un t-shirt au gars torse nu", "zieh dem Mann ohne Hemd ein
 * T-Shirt an": a state of undress fastened to a generic person noun says who is meant. When the request
 * takes nothing off and names another, non-revealing garment, it dresses that person: the direction of
 * change is covering (edit mode only). `own` is the garment of the describing phrase, if any ("ohne Hemd").
 */
function describesWhoIsDressed(f: Findings, m: Match, own?: Match): boolean {
  // Only on a supplied photo, where the person is there to be dressed: in generation "topless women
  // wear clothes" asks for the topless women (a known filter-evasion phrasing).
  if (!f.edit) return false;
  const who = f.first('someone', m, 1, 'any', (p) => !overlaps(p, m) && f.gap(p, m) <= 1);
  if (!who) return false;
  const strips = f.once('stripsAnything', () => f.has('remove') || f.has('undressVerb'));
  if (strips) return false;
  // "ทำให้ผู้หญิงในชุดแดงเปลือย" (make the woman in the red dress naked): a garment between the person and the state is
  // what the person wears now, not clothes put on.
  const from = Math.min(who.start, m.start);
  const to = Math.max(who.end, m.end);
  return dressingGarments(f).some((g) => !overlaps(g, m) && (!own || !overlaps(g, own)) && !(g.start >= from && g.end <= to));
}

/**
 * "dégage le mec torse nu au fond", "remove the shirtless guy in the back": a state of undress that only
 * says which person the remover takes out of the picture (the noun right beside it is the remover's object).
 */
function stateOfRemoved(f: Findings, m: Match): boolean {
  if (!f.edit || !f.has('remove')) return false;
  const who = f.first('someone', m, 1, 'any', (p) => !overlaps(p, m) && f.gap(p, m) <= 1 && !f.interveningClause(p, m));
  if (!who) return false;
  return (
    f.first('remove', who, 3, OBJECT_FIRST.has(who.term.language) ? 'after' : 'before', (r) => !overlaps(r, who) && !overlaps(r, m) && !/strip/.test(r.term.term) && !f.interveningClause(r, who)) !==
    undefined
  );
}

/** A garment inside a state of undress ("shirt" of "shirtless") that says which person is removed (see stateOfRemoved). */
function stateInsideRemoved(f: Findings, c: Match): boolean {
  const state = f.first('partialNude', c, 0, 'any', (p) => overlaps(p, c));
  return state !== undefined && stateOfRemoved(f, state);
}

/** The first few non-revealing garments not preceded by a remover, once per request (keeps the rule linear). */
const DRESSING = new WeakMap<Findings, Match[]>();
function dressingGarments(f: Findings): Match[] {
  let list = DRESSING.get(f);
  if (!list) {
    list = [];
    for (const g of [...f.of('clothing'), ...f.of('outerwear')]) {
      if (list.length >= 6) break;
      if (!f.overlapping('skimpy', g) && !f.first('removeWeak', g, 1, 'before', (r) => !overlaps(r, g))) list.push(g);
    }
    DRESSING.set(f, list);
  }
  return list;
}

/** Scandinavian "av"/"af" before an indefinite article is "of a" ("produktbild av en baddräkt"), not "off". */
const PARTITIVE_WEAK = new Set(['av', 'af']);
const INDEFINITE = /^ (?:en|ett|et) /;
function partitive(f: Findings, r: Match): boolean {
  return PARTITIVE_WEAK.has(f.norm.text.slice(r.start, r.end)) && INDEFINITE.test(f.norm.text.slice(r.end, r.end + 5));
}

/** "make her neckline higher", "a one-piece with long sleeves": the change covers more. */
function coveringUp(f: Findings, m: Match, words: number): boolean {
  // "swap her modest swimsuit for a tiny bikini", "на крошечное бикини", "for a string bikini": a garment
  // made smaller by its own modifier is the revealing one, whatever covers the other.
  if (f.first('reduce', m, 1, 'before', endsBefore) !== undefined) return false;
  if (f.first('skimpy', m, 0, 'any', holdsAsTail) !== undefined) return false;
  // A covering phrase whose head is the garment itself says it covers: "a full swimsuit", "закрытый купальник". One
  // nearer another garment is said of that one: "swap her full swimsuit for a bikini", "el bañador de una pieza por un bikini".
  return f.first('coverUp', m, words, 'any', coversThis) !== undefined;
}
function coversThis(c: Match, m: Match, f: Findings): boolean {
  return apartOrHeaded(c, m) && !nearerGarment(f, c, m);
}
/** Garments a covering phrase may be said of. */
const COVERED_GARMENTS: readonly Concept[] = ['skimpy', 'clothing'];
/** Whether one of the two words right before `m` is a preposition of exchange (SWAP_WITH); reads at most 32 characters. */
function namedAsNew(text: string, m: Match): boolean {
  const words = text
    .slice(Math.max(0, m.start - 32), m.start)
    .trim()
    .split(' ');
  work.steps += words.length;
  return words.slice(-2).some((w) => SWAP_WITH.test(w));
}
/**
 * Whether the covering phrase `c` is said of the old garment of a swap: nearer another garment than `m` (or holding
 * that garment as its head), where `m` is named as the new garment (a preposition of exchange in the two words before
 * it, `c` before that: "swap her full swimsuit for a bikini", "por un bikini", "на бикини") or a word of "instead of"
 * stands between the two ("a bikini instead of the long-sleeved dress", "uzun kollu elbise yerine bikini"). Without
 * either the order of old and new is not read, and the phrase covers as before ("palitan ng rash guard yung bikini").
 */
function nearerGarment(f: Findings, c: Match, m: Match): boolean {
  if (overlaps(c, m)) return false;
  if (!(c.end <= m.start && namedAsNew(f.norm.text, m)) && !f.between('replace', c, m).some(insteadOfWord)) return false;
  const d = f.gap(c, m);
  return f.first(COVERED_GARMENTS, c, d, 'any', (g) => !overlaps(g, m) && (overlaps(g, c) || f.gap(c, g) < d)) !== undefined;
}
// Tests of Findings.first for coveringUp, made once.
function endsBefore(x: Match, m: Match): boolean {
  return x.end <= m.start;
}
function holdsAsTail(o: Match, m: Match): boolean {
  return o.start < m.start && o.end >= m.end;
}
function apartOrHeaded(c: Match, m: Match): boolean {
  return !overlaps(c, m) || (c.start <= m.start && c.end >= m.end && c.end - c.start > m.end - m.start);
}

/** "dress less revealing", "dress less see-through": a comparative, not "dress less". */
function comparativeFollows(f: Findings, m: Match, qualities: readonly Concept[] = ['reveal', 'reduce', 'suggestive', 'skimpy', 'reduceAlone', 'colour']): boolean {
  // In its clause: "make her shirtless, brighten it" is two requests, not "shirt less bright".
  return qualities.some((c) => f.first(c, m, 1, 'after', (q) => !overlaps(q, m) && !f.interveningClause(m, q)) !== undefined);
}

/** Everyday activities a pose is part of ("on all fours playing with the puppy", "開脚ストレッチ", "martial arts stance"). */
const ACTIVITY =
  /(?:^| )(?:play\w*|read\w*|stretch\w*|yoga|pilates|gym\w*|martial arts?|karate|judo|taekwondo|kung fu|dance\w*|ballet|workout|exercis\w*|training|crawl\w*|clean\w*|garden\w*|jugando|leyendo|estirando|brincando|lendo|alongando|jouant|lisant|étirement|spielt|liest|dehnt|giocando|leggendo|책|읽|스트레칭|체조|ストレッチ|体操|読|遊|伸展|玩|读|读书|看书)(?: |$)|ストレッチ|体操|책 읽|스트레칭|체조/;

/** Whether a pose named without a person is part of an everyday activity or held by a thing or an animal named in its clause. */
function poseOfActivity(f: Findings, m: Match): boolean {
  // A place it is held on (a sofa, a table) is the scene, not what holds it.
  if (f.first(['benign', 'objectTarget'], m, 6, 'any', (b) => !overlaps(b, m) && !f.interveningClause(b, m) && !PLACES.test(b.term.term)) !== undefined) return true;
  return activityNear(f, m);
}
/** An everyday activity (ACTIVITY) named within 40 characters of the pose. */
function activityNear(f: Findings, m: Match): boolean {
  const t = f.norm.text;
  return ACTIVITY.test(t.slice(Math.max(0, m.start - 40), Math.min(t.length, m.end + 40)));
}

/**
 * Whether a pose is held for a task: an everyday activity named beside it (ACTIVITY), or a purpose clause right after it
 * ("bend over to tie her shoes", "agáchate para recoger la pelota", "penche-toi pour ramasser") whose verb is no word of
 * the request's harmful concepts; and nothing in the request sets a scene of desire (a look, a low angle, a bed).
 */
function poseForTask(f: Findings, m: Match): boolean {
  if (SCENE_OF_DESIRE.some((c) => f.has(c))) return false;
  if (activityNear(f, m)) return true;
  const t = f.norm.text;
  // The purpose word in the four words after the pose (its object between: "bend over the engine to fix the car").
  const after = t
    .slice(m.end, m.end + 48)
    .split(' ')
    .slice(1, 6);
  const at = after.findIndex((w) => PURPOSE.test(w));
  const verb = after[at + 1];
  // A verb follows: no pronoun or article ("bend over for me", "ponla así para mí"); after a Romance marker, an infinitive.
  if (at < 0 || !verb || NOT_A_VERB.test(verb) || (ROMANCE_PURPOSE.test(after[at]!) && !INFINITIVE.test(verb))) return false;
  // A thing the task is done with or on ("her shoes", "the car", "la pelota"): "kneel to please him" names none.
  const inClause = (x: Match) => x.start >= m.end && !f.interveningClause(m, x);
  return f.first(TASK_THINGS, m, 8, 'after', inClause) !== undefined && f.first(HARMFUL_AFTER_POSE, m, 8, 'after', inClause) === undefined;
}
/** What a task is done with or on. */
const TASK_THINGS: readonly Concept[] = ['benign', 'objectTarget', 'sceneThing', 'accessory', 'photoThing'];
/** Words of purpose: to, in order to, so that (per language). */
const PURPOSE = /^(?:to|para|pra|pour|per|um|om|żeby|zeby|aby|чтобы|щоб|untuk|buat)$/;
const ROMANCE_PURPOSE = /^(?:para|pra|pour|per)$/;
const INFINITIVE = /(?:ar|er|ir|re|ír)$/;
const NOT_A_VERB = /^(?:me|mi|mí|moi|mich|mir|him|her|them|us|you|the|a|an|my|your|his|el|la|le|les|lo|los|las|un|una|une|il|o|os|as|um|uma|mnie|mi|мне|меня|мені|saya|aku|kamu|dia)$/;
/** Concepts that make a pose's purpose sexual ("bend over to show her butt"). */
const HARMFUL_AFTER_POSE: readonly Concept[] = ['sexualBody', 'sexualAct', 'nude', 'partialNude', 'reveal', 'suggestive', 'undressVerb', 'skimpy', 'bodyPart', 'peek'];
/** Concepts that set a scene of desire around a pose. */
const SCENE_OF_DESIRE: readonly Concept[] = ['desireLook', 'lowAngle', 'intimateSetting', 'moodCue', 'betweenLegs'];

/**
 * "zoom on the brooch on her chest", "zoom sur la broche sur sa poitrine", "приблизь брошь у неё на груди", "放大她胸前的胸针":
 * a body word that only says where a worn thing sits (an accessory or a benign thing named before it, a word of place
 * between; in Chinese, Japanese and Korean the body first, then the thing), in a request with nothing else of nudity,
 * undressing or sex, and the body word not said to be on show. The request is about the thing.
 */
export function thingOnBody(f: Findings, m: Match): boolean {
  if (exposed(f, m) || BARE_OR_SEXUAL.some((c) => f.has(c))) return false;
  const place = (t: Match) => {
    if (overlaps(t, m) || f.interveningClause(t, m)) return false;
    // "the brooch she wears on her chest": a verb of wearing may stand between too.
    if (t.end <= m.start) return f.gap(t, m) <= (f.between('wearVerb', t, m).length > 0 ? 6 : 4) && wordsBetween(f, t, m).some((w) => ON_BODY.has(w));
    return BODY_FIRST.has(m.term.language) && f.gap(m, t) <= 2;
  };
  return f.first(WORN_THINGS, m, 6, 'any', place) !== undefined;
}
const WORN_THINGS: readonly Concept[] = ['accessory', 'benign', 'mask'];
/** Words of where a thing sits on the body: on, at, in, near. */
const ON_BODY: ReadonlySet<string> = new Set('on upon at sur à a auf am an en em no na sul sulla nel sulle op w we на у в при üzerinde uzerinde di pada'.split(' '));
/** Languages that name the place before the thing on it ("胸前的胸针", "胸元のブローチ", "가슴의 브로치"). */
const BODY_FIRST: ReadonlySet<string> = new Set(['zh', 'ja', 'ko']);
/**
 * Every body word of the request only says where a worn thing sits (thingOnBody): for the decision layer, the request
 * is about the thing (prompt-screener.ts, maskedThing), where the model reads "poitrine", "chest" as the body.
 */
export function bodyOnlyPlaces(f: Findings): boolean {
  const bodies = [...f.of('sexualBody'), ...f.of('bodyPart')];
  return bodies.length > 0 && bodies.length <= 8 && bodies.every((m) => thingOnBody(f, m));
}
/** Concepts that, anywhere in the request, keep a body word about the body. */
const BARE_OR_SEXUAL: readonly Concept[] = ['nude', 'partialNude', 'undressVerb', 'reveal', 'sexualAct', 'suggestive', 'skimpy', 'reduce', 'reduceAlone'];

/** Words that say a body part is bare or on show, after it ("areolas showing") or before it ("flashing her breasts"). */
const EXPOSED_AFTER =
  /^ (?:(?:are|is|fully|clearly|partly|just) )?(?:visible|showing|exposed|out|hanging out|spilling out|popping out|peeking out|poking out|uncovered|bared|on display|on show)(?: |$)/;
const EXPOSED_BEFORE = /(?:^| )(?:showing|exposing|exposed|flashing|flashes|baring|bares|bared|visible|uncovered|naked|bare) (?:her |his |their |both )?$/;

/** Whether the body part `m` is said to be on show (English; other languages say so with their reveal terms). */
function exposed(f: Findings, m: Match): boolean {
  // A bulge is seen through clothing: "visible" says nothing bare.
  if (m.term.term === 'bulge') return false;
  const t = f.norm.text;
  return EXPOSED_AFTER.test(t.slice(m.end, m.end + 24)) || EXPOSED_BEFORE.test(t.slice(Math.max(0, m.start - 24), m.start));
}

/** A garment a see-through word is about: not the word itself, and no benign thing between them ("wet hair, a towel"). */
function revealedGarment(c: Match, m: Match, f: Findings): boolean {
  // "make the curtains sheer, leave her outfit alone": where the see-through word's own clause names a thing, a garment
  // that a word of keeping holds in a clause of its own stays as it is.
  return !overlaps(m, c) && f.between('benign', m, c).length === 0 && !(f.interveningClause(m, c) && keptApart(f, c) && thingInClause(f, m));
}
/** A word of keeping in the garment's own clause ("leave her outfit alone", "keep the dress as it is"). */
function keptApart(f: Findings, c: Match): boolean {
  return f.first(KEEPING, c, 4, 'any', (k) => !f.interveningClause(k, c)) !== undefined;
}
const THINGS_NAMED: readonly Concept[] = ['benign', 'objectTarget', 'sceneThing'];
/** A thing named in the clause of `m` ("the curtains … sheer"). */
function thingInClause(f: Findings, m: Match): boolean {
  return f.first(THINGS_NAMED, m, 4, 'any', (b) => !overlaps(b, m) && !f.interveningClause(b, m)) !== undefined;
}

/** The whole words of the normalised text between two matches ("nackt*" in "nackten Wände" leaves no word, not "en"). */
function wordsBetween(f: Findings, a: Match, b: Match): string[] {
  const t = f.norm.text;
  const words = t.slice(a.end, b.start).split(' ');
  if (a.end < t.length && t[a.end] !== ' ') words.shift();
  if (b.start > 0 && t[b.start - 1] !== ' ') words.pop();
  return words.filter((w) => w.length > 0);
}

/** Copulas and intensifiers that may stand between a thing and what it is ("is too", "so preveč", "yn rhy", "ass ze", "се премногу"). */
// "este coche se vea más sexy", "mobil ini terlihat lebih seksi": a verb of looking and a comparative may stand between too.
const STATE_WORD =
  /^(?:is|are|was|were|looks?|seems?|more|se|vea|vean|veja|luzca|parezca|mas|plus|piu|mais|mehr|meer|terlihat|tampak|kelihatan|lebih|더|too|very|so|really|quite|rather|completely|totally|est|sont|trop|tres|vraiment|ist|sind|zu|sehr|ganz|wirklich|esta|estan|es|son|muy|demasiado|demasiada|moi|muito|demais|sao|estao|sono|troppo|molto|zijn|te|erg|heel|zeer|baie|ass|sinn|ze|binne|tige|je|su|sta|prevec|previse|zelo|jako|vrlo|yra|per|daug|labai|parak|loti|on|liiga|vaga|er|eru|of|mjog|mae|yn|rhy|iawn|ro|dago|daude|oso|gehiegi|two|pir|ye|wisq|hafna|cok|fazla|слишком|очень|занадта|вельмі|занадто|дуже|се|е|премногу|многу|бик|артык|өтө|абдан|хэтэрхий|их)$/;

/** Words of place before a thing named after the nudity word: the thing is where someone is ("naked next to the tree", "golo poleg drevesa"). */
const PLACE_OF_THING: ReadonlySet<string> = new Set(
  'in on at by near beside behind under against next front dans sous contre devant derriere pres cote neben vor hinter unter bei an am im junto cerca delante detras bajo en vicino davanti dietro sotto accanto naast bij voor achter onder langs poleg pri pred pored kraj uz pokraj покрај крај пред зад под каля ля пад prie salia pie blakus korval juures vid hja wrth ger flaen aice xunto diante preto lado ondoan aurrean nieft virun hannert foar efter ecaleni eduze kodonga gigireun cedhak dekat hdejn quddiem akaikin iruhande imbere devan deye рядом возле около перед позади поруч біля коло обок obok przy przed vedle před pred δίπλα διπλα μπροστά μπροστα πίσω πισω κοντά κοντα yaninda yanindaki onunde arkasinda bjanb بجانب جنب قرب امام خلف ליד מול מאחורי पास बगल सामने पीछे samping sebelah canh gan'.split(
    ' ',
  ),
);

/** Postpositions of place, after the thing (Finnish, Estonian, Hungarian, Turkish, Hindi and Urdu romanised), as normalised. */
const PLACE_AFTER_THING: ReadonlySet<string> = new Set(
  'vieressa vierella lahella edessa takana alla luona korval ees taga juures mellett elott mogott alatt kozeleben yaninda yanindaki onunde arkasinda altinda paas pass samne peeche'.split(' '),
);
/** Words of place written right after a thing in Chinese, Japanese and Korean ("车旁边的", "車の横の", "차 옆에"). */
const CJK_PLACE_AFTER = /^ ?(?:旁边|旁邊|边上|邊上|附近|前面|后面|後面|旁的|の横|の隣|の前|の後ろ|の近く|옆|앞|뒤|근처)/;
/** Nouns for a person (not the pronouns of \`person\`). */
const PERSON_NOUNS: readonly Concept[] = ['someone', 'minor', 'minorWeak', 'realRef'];
/** A person, however named: "раздень девушку возле машины" undresses the girl, not the car. */
const PEOPLE_WORDS: readonly Concept[] = ['person', 'someone', 'minor', 'minorWeak', 'realRef'];

/** Who may be undressed beside a thing named before the nudity word (aimedBy). */
const WHO: readonly Concept[] = ['person', 'someone', 'minor', 'minorWeak'];

/** Things that are also places a person is in ("a bare room" is a thing; "nude, locker room" a scene). */
const PLACES = /^(?:room\*?|kitchen|interior|house|building|floor|sofa|table|chair|bedroom decor)$/;

/** Whether a match ends where its word ends. */
function wholeWordEnd(f: Findings, m: Match): boolean {
  return m.end >= f.norm.text.length || f.norm.text[m.end] === ' ';
}

/** A thing, not a person, is what is undressed or bare: "undress the mannequin", "naked trees", "a sexier car". */
function aimedAtObject(f: Findings, m: Match, garment?: Match, pose = false): boolean {
  // Nothing to aim at: answered without building the candidate lists (this runs per match).
  if (!f.has('objectTarget')) return false;
  return (
    (f.first('objectTarget', m, 7, 'any', (o) => aimedBy(f, m, o, garment, pose)) ?? (garment ? f.first('objectTarget', garment, 3, 'any', (o) => aimedBy(f, m, o, garment, pose)) : undefined)) !==
    undefined
  );
}

const PHRASES_OVER_THINGS: readonly Concept[] = ['undressVerb', 'nude', 'minor'];

/** Whether the request aims `m` (with its garment, if any) at the thing `o` (see aimedAtObject). */
function aimedBy(f: Findings, m: Match, o: Match, garment: Match | undefined, pose: boolean): boolean {
  // "നഗ്നനേത്രങ്ങൾ" (the naked eyes), "isha qaawan": a thing whose name holds the word is what it is said of.
  if (overlaps(o, m)) return o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start;
  // "tazî bike" (Kurdish: make naked): a thing word inside an undressing phrase is a word of that phrase (English "bike");
  // so is one inside a child's age ("on dört yaşında": Czech "dort", a cake, in Turkish "fourteen").
  if (f.first(PHRASES_OVER_THINGS, o, 0, 'any', (x) => overlaps(x, o) && x.end - x.start > o.end - o.start) !== undefined) return false;
  // "kleed haar uit naast de kerstboom", "maak haar naakt bij de auto": a verb phrase with its person
  // inside it is aimed at that person, whatever thing is named beside it.
  if (f.first('person', m, 0, 'any', (p) => overlaps(p, m)) !== undefined) return false;
  // "naked trees", "undress the mannequin"; not "naked next to the tree", where the thing is where she is.
  const after =
    o.start >= m.end &&
    f.gap(m, o) <= 3 &&
    (garment !== undefined || !wordsBetween(f, m, o).some((w) => PLACE_OF_THING.has(w))) &&
    // "riisu nainen auton vieressä" (undress the woman next to the car): a person, then the thing with a postposition
    // of place after it, is where she is.
    !(PLACE_AFTER_THING.has(wordsBeside(f, { ...o, end: o.end + restOfWord(f.norm.text, o.end).length }, 'after', 1)[0]?.text ?? '') && PEOPLE_WORDS.some((p) => f.between(p, m, o).length > 0));
  // "the wall is too bare", "la parete è troppo nuda", "stene so preveč gole": a copula and an intensifier may stand between.
  const before =
    o.end <= m.start &&
    (f.gap(o, m) <= 2 ||
      (f.gap(o, m) === 3 && f.between('copula', o, m).length > 0) ||
      (f.gap(o, m) <= 4 && !f.interveningClause(o, m) && wordsBetween(f, o, m).every((w) => STATE_WORD.test(w))) ||
      placedThingState(f, o, m));
  const ofGarment = garment !== undefined && f.close(garment, o, 3);
  const wornByObject = m.term.tag === 'skimpy' && o.start >= m.end && f.gap(m, o) <= 6;
  if (!(after || before || ofGarment || wornByObject)) return false;
  // "a poster of nude girls", "a vase beside naked women": a person named right after the nudity word is who is nude.
  // A whole word ("בחור", a guy, is not the start of "בחורף", in winter).
  if (o.end <= m.start && f.first(WHO, m, 1, 'after', (p) => p.start >= m.end && f.gap(m, p) <= 1 && !f.interveningClause(m, p) && wholeWordEnd(f, p)) !== undefined) return false;
  // "naga kobieta z mieczem" (a naked woman with a sword): so is a person between the word and the thing after it.
  if (o.start >= m.end && garment === undefined && f.first(WHO, m, 1, 'after', (p) => p.start >= m.end && p.end <= o.start && f.gap(m, p) <= 1 && wholeWordEnd(f, p)) !== undefined) return false;
  // "make the woman by the car look sexier", "haz que la chica junto al coche se vea más sexy": a person placed by the
  // thing just before it is who the word is said of.
  if (o.end <= m.start && f.first(WHO, o, 5, 'before', (p) => p.end <= o.start && !f.interveningClause(p, o) && wordsBetween(f, p, o).some((w) => PLACE_OF_THING.has(w))) !== undefined) return false;
  // "把车旁边的女人衣服脱掉" (take off the clothes of the woman beside the car), "車の横の女性": a thing, a word of place
  // written onto it, then a person before the word or its garment: the thing is where the person is.
  if (
    o.end <= m.start &&
    CJK_PLACE_AFTER.test(f.norm.text.slice(o.end, o.end + 4)) &&
    PEOPLE_WORDS.some((p) => f.between(p, o, garment !== undefined && garment.start < m.start ? garment : m).length > 0)
  )
    return false;
  // "on her knees on the bed", "legs spread on the sofa": a thing after a pose is where it is held,
  // not who holds it ("make the doll bend over" names the thing first).
  if (pose && o.start >= m.end) return false;
  // "remove her clothes. the cat sat on the mat": a thing in another sentence is not what is undressed.
  if (f.sentenceBreak(m, o) && (garment === undefined || f.sentenceBreak(garment, o))) return false;
  const anchor = garment !== undefined && garment.start > m.start ? garment : m;
  // "quítale la ropa, el árbol es bonito": a thing in a later clause is not what a garment is taken
  // from ("naked, leafless trees" is still a list of a thing's qualities).
  if (garment !== undefined && o.start >= anchor.end && f.interveningClause(anchor, o)) return false;
  // "remove the car, her shirt, and the sign": a garment listed after the thing, in its own item, is not the thing's.
  if (garment !== undefined && garment.start >= o.end && m.end <= o.start && f.interveningClause(o, garment)) return false;
  // "…, su camiseta y el cartel": a thing joined to the garment by a conjunction is another item of the list.
  if (garment !== undefined && f.between('conjunction', garment, o).length > 0 && !f.sentenceBreak(garment, o)) return false;
  // "put her in lingerie next to the car", "make her naked, the tree is nice": a person named just
  // before, with no thing between, is who it is aimed at; a thing named after is the scene.
  // ("dress her doll in a bikini" keeps the doll: it stands between the person and the bikini.)
  if (
    o.start >= anchor.end &&
    f.first(
      ['person', 'someone', 'minor', 'minorWeak'],
      anchor,
      3,
      'before',
      (p) => p.end <= anchor.start && !overlaps(p, o) && f.between('objectTarget', p, anchor).length === 0 && !f.interveningClause(p, anchor),
    ) !== undefined
  )
    return false;
  // "full frontal nude, locker room": a place named in the next tag is the scene, not what is bare.
  if (o.start >= m.end && PLACES.test(o.term.term) && f.interveningClause(m, o)) return false;
  // "she's on the massage table, towel slipped off": so is a place in the clause before with the person in it.
  if (o.end <= m.start && PLACES.test(o.term.term) && f.interveningClause(o, m) && f.first(WHO, o, 6, 'before', (p) => !f.interveningClause(p, o)) !== undefined) return false;
  const first = o.start < m.start ? o : m;
  const second = first === o ? m : o;
  if (f.between('person', first, second).length > 0) return false;
  // "让抱着猫的女孩脱光" (make the girl holding the cat strip): a person word after the thing and right before the word,
  // with no garment between them, is who it is said of.
  if (o.end <= m.start && f.first(['someone', 'minor', 'minorWeak'], m, 1, 'before', (p) => p.start >= o.end && p.end <= m.start && f.between('clothing', p, m).length === 0) !== undefined)
    return false;
  // "onu duvarın yanında çıplak yap", "彼女を壁の前で裸にして", "ఆమెను గోడ దగ్గర నగ్నంగా చెయ్యి": where the verb comes
  // last, a person named just before the thing, in its clause, is who is undressed beside it.
  if (o.end <= m.start && f.first(WHO, o, 3, 'before', (p) => p.end <= o.start && !f.interveningClause(p, m)) !== undefined) return false;
  // "a nude marble statue of her", "une statue nue d'elle": the object is her likeness.
  if (likenessOf(f, o)) return false;
  // "turn her into a nude statue", "make him look like a naked mannequin": the person becomes the object.
  return !f.first('person', m, 4, 'before', (p) => f.between('transform', p, m).length > 0 || f.between('transform', p, o).length > 0);
}

/**
 * "the walls in my new flat are so naked", "make the trees in this picture naked", "die Wände in meiner Wohnung sind so
 * nackt": the thing, then where it is (a phrase opened by a preposition), then the nudity word, with nobody named
 * between and in one clause: the word is said of the thing (a verb of undressing read in the same letters as the
 * adjective too: Spanish "desnudas" holds Portuguese "desnuda", undress her).
 */
function placedThingState(f: Findings, o: Match, m: Match): boolean {
  if (f.gap(o, m) > 7 || f.interveningClause(o, m) || (m.term.tag !== 'nude' && !f.overlapping('nude', m))) return false;
  if (f.firstIn(ANYONE, o.end, m.start) !== undefined) return false;
  const words = wordsBetween(f, o, m);
  return words.length > 0 && PLACE_PREPOSITION.test(words[0]!);
}
/** Prepositions that open where a thing is ("in my flat", "in diesem Bild", "на фото"). */
const PLACE_PREPOSITION =
  /^(?:in|on|at|inside|around|dans|sur|en|au|aux|im|in|auf|am|an|en|del|nel|nella|nelle|nei|sul|sulla|no|na|nos|nas|em|w|we|v|ve|в|на|во|i|på|pa|di|da|dalam|ở|o|sa|kwenye|katika|στο|στη|στην|στα|με)$/;

/** "of" in the languages that say "a statue of her" with a word between (normalised). */
const LIKENESS_OF = /^(?:of|de|d|di|da|do|du|della|del|von|vom|van|av|af|z|ze|iz|из|от|ng|ya|wa)$/;

/** "statue of her", "painting of him": a person right after the object, joined by "of", is who it depicts. */
function likenessOf(f: Findings, o: Match): boolean {
  const p = f.first(['person', 'someone'], o, 2, 'after', (x) => x.start >= o.end && !f.interveningClause(o, x));
  if (p === undefined) return false;
  const between = f.norm.text.slice(o.end, p.start).trim();
  return between === '' ? false : LIKENESS_OF.test(between);
}

/**
 * A benign object right beside the garment or the verb is what is removed:
 * "remove his shirt's wrinkles", "die Falten im Hemd entfernen" — unless joined by "and".
 */
function benignBeside(f: Findings, verb: Match, garment: Match): boolean {
  return (f.first('benign', garment, 2, 'any', (b) => besideBenign(f, verb, garment, b)) ?? f.first('benign', verb, 2, 'any', (b) => besideBenign(f, verb, garment, b))) !== undefined;
}

/**
 * "make the stain on her shirt disappear", "få fläcken på tröjan att försvinna": a garment named after
 * a benign thing, in the same clause and not joined to it by a conjunction, is where that thing is;
 * the remover after both takes away the thing. "make the hat and her dress vanish" still removes the
 * dress (the conjunction joins them); a remover before both is answered by `between` in `removal`.
 */
function placeOfBenign(f: Findings, garment: Match): boolean {
  return (
    f.first('benign', garment, 4, 'before', (b) => b.end <= garment.start && !f.interveningClause(b, garment) && f.between('conjunction', b, garment).length === 0 && !locatesWearer(f, b, garment)) !==
    undefined
  );
}

/**
 * "remove the blood from his shirt", "wipe the mud off of her dress": a garment named after "from",
 * with something other than a person taken from it, is where that thing was ("strip her from her
 * dress" names the person and still undresses).
 */
function removedFrom(f: Findings, verb: Match, garment: Match): boolean {
  if (garment.start < verb.end || !f.has('source')) return false;
  const from = f.first('source', garment, 2, 'before', (s) => s.start >= verb.end && s.end <= garment.start && f.gap(verb, s) >= 1);
  return from !== undefined && f.between('person', verb, from).length === 0 && !f.interveningClause(verb, garment);
}

/**
 * "take off his jacket so the shirt beneath shows", "Zieh ihr die Jacke aus, damit man die Bluse darunter
 * sieht", "اخلع عنه السترة لتظهر القميص تحتها": a garment named after an outer garment the remover takes
 * off, with a word of being under or of being seen within two words of it, is the layer beneath, to be
 * seen. Not underwear or swimwear ("so her bra shows"), and not a garment joined to the outer one by a
 * conjunction ("the jacket and the shirt underneath" takes both off).
 */
function shownBeneath(f: Findings, r: Match, garment: Match): boolean {
  if (garment.start < r.end || !f.has('outerwear') || f.overlapping('skimpy', garment)) return false;
  const outer = f.first('outerwear', r, WINDOW.remove, 'after', (o) => o.start >= r.end && o.end <= garment.start && !overlaps(o, garment));
  if (outer === undefined || f.between('conjunction', outer, garment).length > 0) return false;
  return f.first(BENEATH_OR_SHOWN, garment, BENEATH_REACH, 'any', (w) => !overlaps(w, garment) && !f.sentenceBreak(w, garment)) !== undefined;
}
/** Words of being under or of being seen (lexicon/layers.ts), and how many words from the garment they may stand. */
const BENEATH_OR_SHOWN: readonly Concept[] = ['beneath', 'shown'];
const BENEATH_REACH = 5;

/**
 * "take off his jacket so the shirt beneath shows", "کتش رو در بیار که پیراهن زیرش معلوم بشه", "vedd le a zakóját,
 * hogy látsszon alatta az ing", "zieh ihm den Wintermantel aus, Pulli und Schal sollen bleiben", "take off her
 * jacket and keep the shirt on": a garment that a word of being seen or of staying on (`shown`, `stays`) is said of,
 * in its clause, after an outer garment a remover takes off, is the layer beneath, left on. The outer garment follows
 * the remover, or comes first where the object does (Persian, Hungarian, Telugu, Japanese); the garment beneath
 * follows both. Not underwear or swimwear, nor with a word of bareness, a body word or a see-through word near it
 * ("so her bra shows", "so her shirt is see-through"), nor when another remover, or "and" without a word of keeping
 * after it, stands between the two ("take off her jacket and then her shirt"). Returns the outer garment.
 * Memoised per garment; a bounded number of windowed look-ups each.
 */
function innerLayer(f: Findings, garment: Match): Match | undefined {
  if (!f.has('outerwear') || !(f.has('shown') || f.has('stays') || f.has('beneath'))) return undefined;
  let byStart = INNER_LAYERS.get(f);
  if (byStart === undefined) INNER_LAYERS.set(f, (byStart = new Map()));
  const known = byStart.get(garment.start);
  if (known !== undefined) return known ?? undefined;
  const outer = findInnerLayer(f, garment);
  byStart.set(garment.start, outer ?? null);
  return outer;
}
const INNER_LAYERS = new WeakMap<Findings, Map<number, Match | null>>();

function findInnerLayer(f: Findings, garment: Match): Match | undefined {
  // A word both of removing and of undressing ("mvue koti": take the coat off him) is the remover's.
  if (f.overlapping('skimpy', garment) || f.first(BARING, garment, LAYER_CLEAR, 'any', (b) => !overlaps(b, garment) && !f.overlapping('remove', b)) !== undefined) return undefined;
  // "leave her in just her shirt", "రవిక మాత్రమే ఉంచు" (keep only the blouse): kept alone, the rest comes off too.
  if (f.first('only', garment, 2, 'any', sameClause) !== undefined) return undefined;
  // "y déjala sin camisa", "lascialo senza camicia": left without the garment, not in it.
  if (f.first('removeWeak', garment, 1, 'before', beforeInClause) !== undefined) return undefined;
  // "so her shirt is see-through": a see-through word that is not the word of being seen or beneath itself.
  if (f.first('reveal', garment, LAYER_CLEAR, 'any', (v) => !f.overlapping('shown', v) && !f.overlapping('beneath', v)) !== undefined) return undefined;
  // "remove her cardigan, the dress underneath is prettier", "сними с неё кофту, платье под ней красивее": a word of lying
  // beneath right beside the garment says it is the layer under, as a word of being seen or of staying does.
  // Before it, a verb of wearing and an article may stand between ("quítale el jersey, debajo lleva una blusa").
  const word =
    f.first(LAYER_WORDS, garment, LAYER_WORD_REACH, 'any', sameClause) ??
    f.first(
      'beneath',
      garment,
      3,
      'any',
      (b) => !overlaps(b, garment) && sameClause(b, garment, f) && (f.gap(b, garment) <= 1 || (b.end <= garment.start && GARMENT_WORDS.every((g) => f.between(g, b, garment).length === 0))),
    );
  if (word === undefined) return undefined;
  return f.first('outerwear', garment, LAYER_REACH, 'before', (o) => {
    if (o.end > garment.start || overlaps(o, garment) || f.overlapping('skimpy', o)) return false;
    // "and" joins the two as things taken off, unless a word of keeping follows it ("and keep the shirt on").
    const joins = f.between('conjunction', o, garment);
    if (joins.length > 0 && !(word.start >= joins[joins.length - 1]!.end && word.end <= garment.start)) return false;
    // "…، والتيشيرت اللي تحته كمان": Arabic and Hebrew write that "and" onto the garment's word.
    if (andOnWord(f, garment)) return false;
    const remover = outerRemover(f, o, garment);
    if (remover === undefined) return false;
    // Another remover between the outer garment and the one beneath (or after it, in its clause) takes that one off too.
    const from = Math.min(o.start, remover.start);
    const other = (x: Match) => !overlaps(x, remover) && x.start >= from && !f.interveningClause(x, garment);
    return f.first(STRIPPING, garment, LAYER_WORD_REACH, 'any', other) === undefined;
  });
}
/**
 * The remover that takes an outer garment off: before it, after it where the object comes first ("کتش رو در
 * بیار"), or a short remover right after it ("take the hoodie off him"); in its clause, before `garment`.
 */
function outerRemover(f: Findings, o: Match, garment: Match): Match | undefined {
  return (
    f.first('remove', o, WINDOW.remove, 'any', (r) => !overlaps(r, o) && r.start < garment.start && !f.interveningClause(r, o) && (r.end <= o.start || OBJECT_FIRST.has(r.term.language))) ??
    f.first('removeWeak', o, 1, 'after', (r) => r.start >= o.end && r.start < garment.start && !f.interveningClause(o, r))
  );
}

/**
 * "take off her jacket, then the shirt underneath", "zieh ihr den Mantel aus, dann die Bluse darunter": a garment
 * with a word of lying beneath right after it, after an outer garment a remover takes off, and no word of being seen
 * or staying said of it, is taken off next. Not with a wearer between ("take off his coat, he has a sweater on
 * underneath" says what he wears), nor a word of dressing.
 */
function beneathTakenToo(f: Findings): void {
  const list = f.of('beneath');
  for (let i = 0; i < list.length && i < MAX_LAYER_READ; i++) {
    const b = list[i]!;
    const garment = f.first('clothing', b, 1, 'before', beforeInClause);
    if (garment === undefined || f.first(LAYER_WORDS, garment, LAYER_WORD_REACH, 'any', sameClause) !== undefined) continue;
    const outer = f.first('outerwear', garment, LAYER_REACH, 'before', (o) => {
      if (o.end > garment.start || overlaps(o, garment) || f.sentenceBreak(o, garment)) return false;
      if (f.between('person', o, garment).length > 0 || f.between('wearVerb', o, garment).length > 0 || DRESSING_WORDS.some((d) => f.between(d, o, garment).length > 0)) return false;
      // The garment beneath continues the list of what is taken off: "and", "then" ("Scoate-i geaca, are un pulover dedesubt" says what she has on).
      return outerRemover(f, o, garment) !== undefined && (f.between('conjunction', o, garment).length > 0 || thenBetween(f, o, garment));
    });
    if (outer === undefined) continue;
    f.addMatch('undress', 0.9, 'undress.remove_clothing', 'The request asks to remove clothing.', garment, b);
    return;
  }
}

/**
 * "take the hoodie off him, the t-shirt underneath stays", "take off his sweater so the shirt shows": a garment that
 * is also outerwear, taken off with a layer beneath it left on (innerLayer), is that outer layer.
 */
function outerOfLayer(f: Findings, c: Match): boolean {
  if (!f.has('shown') && !f.has('stays') && !f.has('beneath')) return false;
  if (!f.overlapping('outerwear', c)) return false;
  return f.first('clothing', c, LAYER_REACH, 'after', (g) => g.start >= c.end && !overlaps(g, c) && overlapsOuter(innerLayer(f, g), c)) !== undefined;
}
function overlapsOuter(outer: Match | undefined, c: Match): boolean {
  return outer !== undefined && overlaps(outer, c);
}

/** Whether a word of going on to the next thing ("then", "dann", "luego", "потом", "ثم", "然后") stands between two matches (bounded: LAYER_REACH words apart at most). */
function thenBetween(f: Findings, a: Match, b: Match): boolean {
  const between = f.norm.text.slice(a.end, b.start);
  work.steps += between.length;
  return THEN_WORD.test(between);
}
const THEN_WORD =
  /(?:^|[^\p{L}])(?:then|next|after that|also|too|dann|danach|auch|puis|ensuite|aussi|luego|despues|tambien|poi|anche|depois|tambem|daarna|dan|ook|potem|tez|потом|затем|тоже|также|sonra|ardindan|lalu|kemudian|juga|sedan|sen|derefter|ogsa|sitten|myos|pak|potom|apoi|si|μετα|και|aztan|majd|is|tapos|saka|pagkatapos|rin|din|baadaye|kisha|phir|aur|rồi|roi|sau đó|sau do)(?:$|[^\p{L}])|ثم|بعدين|وبعد|بعدش|بعد از|بعدها|אחר כך|ואז|फिर|پھر|然后|然後|再把|再|次に|それから|그다음|그리고|다음에|แล้ว|จากนั้น/u;

/** Words said of the garment beneath: seen, or staying on. */
const LAYER_WORDS: readonly Concept[] = ['shown', 'stays'];
/** What bares the body: near the garment beneath, what is shown is not a layer of clothing. */
const BARING: readonly Concept[] = ['nude', 'partialNude', 'sexualBody', 'bodyPart', 'undressVerb', 'reduce', 'reduceAlone'];
const STRIPPING: readonly Concept[] = ['remove', 'undressVerb'];
/** Words from the garment beneath within which a word of being seen or staying is said of it. */
const LAYER_WORD_REACH = 5;
/** Words from the garment beneath back to the outer garment. */
const LAYER_REACH = 10;
/** Words around the garment beneath that must hold no bare or see-through word. */
const LAYER_CLEAR = 6;

/**
 * Whether the request takes off an outer garment and leaves one beneath it to be seen or kept (innerLayer), or puts
 * clothing over the swimwear someone is in (coveredAfter): a cue for the decision layer (cues.ts).
 */
export function hasLayer(f: Findings): boolean {
  if (f.has('cover') && f.has('skimpy')) {
    const swimwear = f.of('skimpy');
    for (let i = 0; i < swimwear.length && i < MAX_LAYER_READ; i++) if (coveredAfter(f, swimwear[i]!)) return true;
  }
  if (!f.has('outerwear') || !(f.has('shown') || f.has('stays') || f.has('beneath'))) return false;
  const list = f.of('clothing');
  for (let i = 0; i < list.length && i < MAX_LAYER_READ; i++) if (innerLayer(f, list[i]!) !== undefined) return true;
  return false;
}
const MAX_LAYER_READ = 16;

/**
 * "take off the jacket so the shirt inside is visible" (జాకెట్ తీసేసి లోపలి షర్ట్ కనిపించేలా), "خلي القميص اللي تحته
 * واضح": a see-through word that is the word of being seen or of lying beneath, said of a garment beneath a removed
 * outer one (innerLayer), shows that garment, not the body.
 */
function layerShown(f: Findings, m: Match): boolean {
  if (!(f.overlapping('shown', m) || f.overlapping('beneath', m))) return false;
  return f.first('clothing', m, 3, 'any', (g) => sameClause(g, m, f) && innerLayer(f, g) !== undefined) !== undefined;
}

/**
 * "remove the coat, and everything under it", "quítale el abrigo y todo lo de debajo": everything beneath a garment
 * taken off, joined to it by "and", is taken off too.
 */
function everythingBeneath(f: Findings): void {
  for (const e of f.of('everything')) {
    const under = f.first('beneath', e, 2, 'after', afterInClause);
    if (under === undefined) continue;
    const garment = f.first(['clothing', 'outerwear'], e, 4, 'before', (g) => g.end <= e.start && f.between('conjunction', g, e).length > 0);
    if (garment === undefined) continue;
    const remover = f.first('remove', garment, WINDOW.remove, 'any', (r) => !overlaps(r, garment) && r.start < e.start && !f.interveningClause(r, garment));
    if (remover === undefined || aimedAtObject(f, remover)) continue;
    f.addMatch('undress', 0.85, 'undress.remove_everything', 'The request asks to remove everything the person wears.', remover, e);
    return;
  }
}

/**
 * "ze zit in badpak op het strand, doe er een lang vest overheen", "naka-swimsuit siya sa beach, lagyan mo ng
 * malaking t-shirt sa ibabaw", "she's in a bikini, put a long cardigan over it": swimwear said of how the person is,
 * then, in a later clause, other clothing with a word of "over it" after it (nothing worn named after that): the swimwear is
 * covered, not asked for. Not when a dressing word asks for the swimwear, when anything is taken off ("take off the
 * towel over her swimsuit"), or when the garment put over is itself revealing ("a see-through shirt over it").
 */
function coveredAfter(f: Findings, m: Match): boolean {
  if (!f.has('cover') || strips(f) || askedFor(f, m, 6)) return false;
  return (
    f.first('cover', m, COVER_AFTER_REACH, 'after', (c) => {
      // "over it": nothing worn and no one named after the word in its clause ("… t-shirt sa ibabaw kasi ipapakita ko sa lola").
      if (c.start < m.end || !f.interveningClause(m, c) || f.first(OVER_WHAT, c, 2, 'after', (x) => x.start >= c.end && !f.interveningClause(c, x)) !== undefined) return false;
      // "doe het vest erover uit": the clause of "over it" takes the garment off.
      if (f.first(TAKING_OFF, c, WINDOW.cover, 'any', sameClause) !== undefined) return false;
      const garment = f.first(GARMENTS, c, WINDOW.cover, 'before', (g) => g.start >= m.end && g.end <= c.start && !f.interveningClause(g, c) && !f.overlapping('skimpy', g));
      return garment !== undefined && f.first(['reveal', 'reduce', 'skimpy'], garment, 2, 'any', (q) => !overlaps(q, garment) && q.start >= m.end) === undefined;
    }) !== undefined
  );
}
const TAKING_OFF: readonly Concept[] = ['remove', 'removeWeak', 'undressVerb'];
/** What a word of "over" may be followed by when it is not "over it": a garment, a person, a body. */
const OVER_WHAT: readonly Concept[] = ['clothing', 'skimpy', 'outerwear', 'person', 'someone', 'bodyPart', 'sexualBody'];
/** Words after the swimwear within which the garment put over it may be named. */
const COVER_AFTER_REACH = 16;

/**
 * "make the dress a bit shorter, to the knee", "pantolonun paçasını kısalt", "shorten the wedding dress,
 * it drags on the floor": a shortening with a covering length, a trouser leg or a word that the garment is
 * too long (lexicon/length.ts) close to it is tailoring. "Shorter, above the knee" names no such length.
 */
function modestLength(f: Findings, m: Match): boolean {
  // "mini, not midi": a length said not to be wanted is no length.
  const wanted = (x: Match) => !f.first('negation', x, 2, 'before', (n) => n.end <= x.start && !f.interveningClause(n, x));
  return f.has('modestLength') && f.first('modestLength', m, 6, 'any', (x) => !overlaps(x, m) && !f.sentenceBreak(x, m) && wanted(x)) !== undefined;
}

/**
 * "remove the dress hanging in the background", "quita el vestido colgado del fondo", "arkasındaki elbiseyi
 * sil": a garment said to hang, lie or be shown somewhere (lexicon/placed.ts) within three words of it, in
 * its clause with no person between, is a thing of the scene; unless a person is named just before it
 * ("take off her dress on the bed" is hers).
 */
function placedThing(f: Findings, garment: Match): boolean {
  if (!f.has('placed')) return false;
  const placed = f.first(
    'placed',
    garment,
    3,
    'any',
    (p) =>
      !overlaps(p, garment) &&
      (!f.interveningClause(p, garment) || relativeClause(f, garment, p)) &&
      f.between('person', p, garment).length === 0 &&
      // "xóa chiếc xe phía sau và cởi áo cô ấy ra": a place before a conjunction and a remover of its own ends the thing
      // removed before it; the garment after is that remover's.
      !(p.end <= garment.start && f.between('conjunction', p, garment).length > 0 && f.between('remove', p, garment).length > 0),
  );
  if (placed === undefined) return false;
  // "entferne der Frau im Hintergrund den Bikini": the place says where the woman named just before it is.
  if (placed.end <= garment.start && wearerAt(f, placed)) return false;
  return f.first(WEARERS, garment, 2, 'before', (p) => p.end <= garment.start && !overlaps(p, placed)) === undefined;
}
/** A wearer right before a placed word ("der Frau im Hintergrund"), the place being where she is. */
function wearerAt(f: Findings, placed: Match): boolean {
  return f.first(WEARERS, placed, 1, 'before', (p) => p.end <= placed.start && f.gap(p, placed) <= 1 && !f.interveningClause(p, placed)) !== undefined;
}
/**
 * A benign word inside a placed phrase said of the wearer before it, the garment after both ("der Frau im Hintergrund
 * den Bikini"): where she is, not a thing. Not a garment before the wearer ("a bikinis nőt a háttérből").
 */
function locatesWearer(f: Findings, b: Match, garment: Match): boolean {
  if (b.end > garment.start) return false;
  const placed = f.first('placed', b, 0, 'any', overlaps);
  return placed !== undefined && wearerAt(f, placed);
}
/** "undress the woman in the background": a benign phrase that holds a person names her, not a thing to strip. */
function holdsWearer(f: Findings, b: Match): boolean {
  return WEARERS.some((w) => f.first(w, b, 0, 'any', overlaps) !== undefined);
}

/**
 * "Packshot lingerie : nettoyer les fils qui dépassent sur la culotte", "product photo of a bikini, remove the
 * wrinkles", "商品图：把内衣的吊牌去掉": a request that says the picture is a product shot (a packshot, a flat lay, an
 * invisible mannequin: lexicon/placed.ts), names nobody at all and has no word of dressing, replacing or
 * transforming shows garments, not a wearer. Once per request (one pass over its placed words). A person, a
 * child or anyone named anywhere ("a packshot of my girlfriend in lingerie"), or a word that asks for the garment
 * on someone ("put it on a model"), keeps the lexicon's reading.
 */
function productShot(f: Findings): boolean {
  if (!f.has('placed') || f.hasAny(WEARERS)) return false;
  return f.once('productShot', () => f.of('placed').some((p) => PRODUCT_SHOT.test(p.term.term)) && !ASKING_WORDS.some((c) => f.of(c).some((a) => !putsThing(f, a))));
}
/** "mettre un fond blanc", "put a white background": a dressing word whose object, a few words after it, is a thing of the scene. */
function putsThing(f: Findings, a: Match): boolean {
  return f.first('benign', a, 3, 'after', afterInClause) !== undefined;
}
/** The placed words that name a product shot rather than where a garment lies or hangs. */
const PRODUCT_SHOT = normalisedPattern(
  /packshot|pack shot|product|produkt|produit|producto|produto|prodotto|producte|produktu|produkto|produkta|produktit|flat ?lay|平铺|平鋪|平置き|플랫 ?레이|mannequin|manekin|manichino|maniqu|manequim|товар|ürün|สินค้า|商品|产品|제품/,
);

/**
 * "Άλλαξε το χρώμα του μαγιό …, χωρίς να πειράξεις το δέρμα" (without touching the skin): a remover that is the word
 * "without" (a removeWeak word of the same span) has its garment after it, where the language puts the object after
 * the word; a garment before it belongs to something else. A particle of another lexicon on the same letters ("off",
 * "af", "weg" after the garment) is not it: the same term of the same language is both.
 */
function withoutBefore(f: Findings, r: Match, c: Match): boolean {
  return c.end <= r.start && r.term.tag === 'remove' && !OBJECT_FIRST.has(r.term.language) && f.first('removeWeak', r, 0, 'any', sameTerm) !== undefined;
}

function sameTerm(w: Match, r: Match): boolean {
  return w.start === r.start && w.end === r.end && w.term.term === r.term.term && w.term.language === r.term.language;
}

/** A comma, a relative pronoun and at most one more word: ", which hangs", ", mis ripub", ", que está colgada", ", die hängt". */
const RELATIVE_CLAUSE =
  /^\s*,\s*(?:which|that|mis|mida|der|die|das|welche[rsnm]?|qui|que|che|som|który|która|które|ktory|ktora|ktore|který|která|které|kuris|kuri|kurie|kurš|kura|koji|koja|koje|који|која|које|който|която|което|который|которая|которое|которые|що|який|яка|яке)\s+(?:\S+\s+)?$/iu;

/**
 * "take away the blouse, which hangs on the chair", "võta ära pluus, mis ripub tooli seljas": a placed word after the
 * garment in a relative clause said of it (the comma before the pronoun is no new clause about something else).
 */
function relativeClause(f: Findings, garment: Match, placed: Match): boolean {
  if (placed.start < garment.end) return false;
  const from = f.norm.end[garment.end - 1];
  const to = f.norm.start[placed.start];
  if (from === undefined || to === undefined || to - from > RELATIVE_SPAN) return false;
  return RELATIVE_CLAUSE.test(f.text.slice(from, to));
}
/** Characters read between a garment and a placed word for a relative clause (a comma, a pronoun and one word). */
const RELATIVE_SPAN = 40;
/** Who may wear a garment named right after them: the people of PEOPLE and children. */
const WEARERS: readonly Concept[] = [...PEOPLE, 'minor', 'minorWeak'];

/**
 * The worn garment a garment-gone word `m` is said of (see the garment-gone rule), within a few words in its
 * clause: before it ("her dress melts", "上衣滑下来", "옷이 물에 녹아버린") or after it ("blows away her towel",
 * "vinden blåser bort handduken"). Not a garment that is where something else happens ("the ice cream melts
 * on her shirt", "冰淇淋在她的衬衫上融化", "a woman in a red dress falls down"), one with a thing between
 * ("the stain on her blouse", "the buttons pop off her shirt"), one that hangs or lies somewhere, one said to
 * drape ("the gown falls beautifully", "la robe tombe jusqu'aux chevilles"), nor one a thing right after the
 * verb says it leaves ("the towel falls off the rack"). A particle ("away", "weg", "bort") counts only right
 * after its garment, with a verb of blowing or carrying before it ("the wind blows her towel away").
 */
function goneGarment(f: Findings, m: Match): Match | undefined {
  const particle = GONE_PARTICLE.test(m.term.term);
  if (particle) {
    const c = f.first('clothing', m, 1, 'before', (x) => x.end <= m.start && !f.interveningClause(x, m));
    return c !== undefined && BLOWN_BEFORE.test(textBefore(f, c, 32)) && wornThere(f, c) ? c : undefined;
  }
  const norm = f.norm.text;
  const after = norm.slice(m.end, m.end + 28);
  work.steps += after.length;
  // "falls beautifully", "tombe jusqu'aux chevilles": a plain verb of falling with a drape or a length is how the garment hangs.
  const plainFall = !/ (?:off|away|apart|undone|down)$/.test(m.term.term);
  if ((plainFall && DRAPES_AFTER.test(after)) || f.first('modestLength', m, 4, 'any', sameClause) !== undefined) return undefined;
  if (f.first(LEFT_FROM, m, 2, 'after', (o) => o.start >= m.end && !f.interveningClause(m, o) && f.between('person', m, o).length === 0) !== undefined) return undefined;
  // "the buttons pop off", "la mancha se cae": a thing just before the verb is what goes.
  if (f.first('benign', m, 1, 'before', (b) => b.end <= m.start && !f.interveningClause(b, m)) !== undefined) return undefined;
  return f.first('clothing', m, WINDOW.gone, 'any', (c) => {
    if (overlaps(c, m) || f.interveningClause(c, m) || f.between('benign', m, c).length > 0) return false;
    // After the verb, the garment is its object only with no other wearer named between ("leaves fall around the woman in a dress").
    if (c.start >= m.end && (f.between('someone', m, c).length > 0 || f.between('minorWeak', m, c).length > 0)) return false;
    return wornThere(f, c);
  });
}

/** Whether the garment `c` is worn where a garment-gone word finds it: not a place, a thing of the scene or a word of another thing (see goneGarment). */
function wornThere(f: Findings, c: Match): boolean {
  // The words before the whole garment phrase: a longer garment it is inside ("t shirt"), a colour before it ("a red dress").
  const whole = f.first(GARMENT_WORDS, c, 0, 'any', (x) => x.start < c.start && x.end >= c.start) ?? c;
  const head = f.first('colour', whole, 1, 'before', (x) => x.end <= whole.start && f.gap(x, whole) <= 1) ?? whole;
  const before = textBefore(f, head, 24);
  if (PLACE_BEFORE.test(before)) return false;
  // "a woman in a red dress falls down": a garment after a wearer and "in" or "with" says who she is.
  const wearing = WEARING_BEFORE.exec(before);
  if (wearing) {
    const prep = head.start - before.length + wearing.index;
    if (f.first(WEARERS, head, 4, 'before', (p) => p.end <= prep && prep - p.end <= 1) !== undefined) return false;
  }
  // "sistema la spallina del vestito che è caduta" (the dress's strap has fallen): a thing of the garment, named before
  // it with "of", is what goes; "the fabric of her dress melted" names cloth, and it is the garment's.
  const of = OF_BEFORE.exec(before);
  if (of) {
    const ofAt = head.start - before.length + of.index;
    if (f.first(GARMENT_WORDS, head, 3, 'before', (x) => x.end <= ofAt && ofAt - x.end <= 1) === undefined) return false;
  }
  // "シャツの上で溶けた", "셔츠 위에서", "衬衫上融化", "gömleğinin üstünde", "a pólóján": a postposition or a case of place after the garment.
  const next = f.norm.text.slice(c.end, c.end + 12);
  work.steps += next.length;
  if (PLACE_AFTER.test(next) || (c.term.language === 'hu' && HU_PLACE_CASE.test(next))) return false;
  return !placedThing(f, c) && !qualifiesThing(f, c) && !f.overlapping('partialNude', c);
}

function textBefore(f: Findings, m: Match, chars: number): string {
  const before = f.norm.text.slice(Math.max(0, m.start - chars), m.start);
  work.steps += before.length;
  return before;
}
/** What a garment comes off when it is not a person ("falls off the rack", "glisse de la chaise"). */
const LEFT_FROM: readonly Concept[] = ['objectTarget', 'placed'];
/** English and Germanic particles of going away: they follow their garment ("blows her towel away", "weht ihr das Handtuch weg"). */
const GONE_PARTICLE = /^(?:away|weg|bort|burt|væk|vaek|vekk|pois)$/;
/** A verb of blowing, carrying or throwing before a particle's garment, and its possessive or article (normalised). */
const BLOWN_BEFORE =
  /(?:^| )(?:blow|blows|blew|blown|blowing|carr(?:y|ies|ied|ying)|sweep|sweeps|swept|sweeping|wash|washes|washed|washing|snatch\w*|whisk\w*|throw|throws|threw|thrown|toss\w*|fling|flung|weht|wehte|wehen|blies|trägt|tragt|reisst|reißt|waait|waaide|woei|blaast|blåser|blaser|blåste|blaste|blæser|blaeser|blæste|blaeste|feykja|feykti|feykir|puhalsi|puhaltaa|vei|vie)(?: [^ ]+){0,3} $/;
/** Words that say how a garment hangs, after a verb of falling ("falls beautifully", "tombe parfaitement", "cai bem"). */
const DRAPES_AFTER =
  /^ (?:so )?(?:beautifully|perfectly|nicely|gracefully|elegantly|softly|loosely|gently|straight|in folds|in soft|to the floor|to the ground|to her ankles|to the ankles|to her feet|parfaitement|joliment|élégamment|elegamment|bien|droit|jusqu|avec grâce|avec grace|con elegancia|perfectamente|bien|hasta|bem|perfeitamente|lindamente|até|ate|bene|morbid[ao]|perfettamente|fino|schön|schon|perfekt|locker|weich|bis|mooi|perfect|soepel|tot|pięknie|pieknie|ładnie|ladnie|idealnie|do|красиво|идеально|мягко|до|güzel|guzel|mükemmel|fint|flott|pent|vackert|smukt|kauniisti|frumos|szépen|szepen|krásně|krasne|pěkně|pekne)(?: |$)/;
/** A preposition of place or of wearing right before a garment (and its possessive or article): the garment is where something is, or says who wears it. */
const PLACE_BEFORE = normalisedPattern(
  /(?:^| )(?:on|onto|upon|over|across|all over|into|inside|under|beneath|off|from|sur|dans|sous|auf|über|uber|an|am|unter|sobre|encima de|bajo|debajo de|no|na|nos|nas|sob|sul|sulla|sullo|sui|nel|nella|nello|sotto|op|aan|onder|på|pa|pod|на|под|по|σε|στο|στη|στην|πάνω σε|pe|pada|di|trên|tren|lên|len|على|علي|فوق|על|روی|kwenye)(?: (?:her|his|the|a|an|its|their|my|la|le|les|l|sa|son|ses|un|une|ihr|ihrem|ihrer|ihren|dem|der|den|die|das|einem|einer|el|su|sus|o|os|as|um|uma|il|lo|suo|sua|haar|zijn|de|het|een|hennes|hans|jej|jego|jejim|jejím|jeho|její|jeji|svojom|её|ее|его|її|ii|της|του|το|τη|την|cua|của))? $/,
);
/** "Of" right before a garment, with its article: "the strap of her dress", "la spallina del vestito", "het bandje van haar jurk" (Romance "de" only with one: Dutch "de" is "the"). */
const OF_BEFORE =
  /(?:^| )(?:(?:of|del|della|dello|dei|degli|du|van|von|vom|do|da|dos)(?: (?:her|his|the|a|an|its|their|my|ihr|ihrem|ihrer|ihres|dem|der|den|su|sus|um|uma|il|lo|suo|sua|haar|zijn|het|een))?|(?:de|d) (?:la|le|les|l|sa|son|ses|un|une|su|sus|el|um|uma|ela))? $/;
/** A preposition of wearing (or of being in) right before a garment, with its article: after a wearer, the garment says who she is. */
const WEARING_BEFORE =
  /(?:^| )(?:in|with|wearing|en|avec|im|mit|con|em|com|met|med|w|we|v|ve|vo|в|во|с|cu|în|dengan)(?: (?:a|an|the|her|his|un|une|la|le|sa|son|einem|einer|ihrem|ihrer|dem|der|una|um|uma|o|a|een|haar|zijn|sin|hennes|hans|jej|jego))? $/;
const PLACE_AFTER = normalisedPattern(/^ ?(?:の上|上|に|で|위|에|里|裡|पर|में|پر|میں|উপর|এর উপর)|^[^ ]* (?:uzer|ust)/);
/** Hungarian cases of place on a garment word ("a pólóján", on her t-shirt; "a ruhában", in the dress). */
const HU_PLACE_CASE = /^[^ ]*(?:on|en|ön|an|án|én|ban|ben)(?: |$)/;

/** Whether the benign thing `b` is what is removed (see benignBeside). */
function besideBenign(f: Findings, verb: Match, garment: Match, b: Match): boolean {
  if (overlaps(b, garment) || overlaps(b, verb) || locatesWearer(f, b, garment)) return false;
  // "غير الخلفية واخلع فستانها" (change the background and take off her dress): Arabic and Hebrew write "and" onto the
  // verb, and a thing before a verb that opens with it ends the instruction before.
  if (b.end <= verb.start && garment.start >= verb.end && attachedAnd(f, verb)) return false;
  const anchor = f.gap(garment, b) <= 2 ? garment : verb;
  // "take off her hat and her dress": a benign thing listed with the garment is removed with it.
  if (f.between('conjunction', b, garment).length > 0) return false;
  return !f.interveningClause(b, anchor) && f.between('conjunction', b, anchor).length === 0;
}

/**
 * Whether match `m` opens with Arabic "و" or "ف" (and, so), or Hebrew "ו" (and), written onto its word: it starts one letter into the word
 * after one of them, or its span starts with one its term does not (term-matcher.ts reads "وشيل" as "شيل").
 */
function attachedAnd(f: Findings, m: Match): boolean {
  const t = f.norm.text;
  if (m.start >= 1 && ATTACHED_AND.has(t[m.start - 1]!) && (m.start === 1 || t[m.start - 2] === ' ')) return true;
  return ATTACHED_AND.has(t[m.start]!) && !ATTACHED_AND.has(m.term.term.replace(/^\*+/, '')[0] ?? '');
}
const ATTACHED_AND: ReadonlySet<string> = new Set(['و', 'ف', 'ו']);
/** Whether the word that holds match `m` opens with an attached "and" before the match ("والتيشيرت", "והחולצה"). */
function andOnWord(f: Findings, m: Match): boolean {
  const t = f.norm.text;
  const from = Math.max(t.lastIndexOf(' ', m.start - 1) + 1, m.start - 3);
  return from < m.start && ATTACHED_AND.has(t[from]!) && (from === 0 || t[from - 1] === ' ') && !ATTACHED_AND.has(m.term.term.replace(/^\*+/, '')[0] ?? '');
}

/**
 * "take off the jacket, keep the shirt", "ceketini çıkar, gömlekle kalsın", "βγάλε το σακάκι, μόνο
 * πουκάμισο": a garment in another clause than the remover, with a word of keeping beside it in its
 * own clause, is the one that stays on. "remove her shirt, keep the jeans" still removes the shirt.
 */
function keptOn(f: Findings, verb: Match, garment: Match): boolean {
  if (!f.interveningClause(verb, garment)) return false;
  // "Hennes klänning ska vara som den är", "Rochia ei las-o cum e": a garment said to stay as it is (asIs) stays on too.
  return (
    f.first('keep', garment, 2, 'any', (k) => !overlaps(k, garment) && !f.interveningClause(k, garment)) !== undefined ||
    f.first('asIs', garment, 3, 'after', (a) => !overlaps(a, garment) && !f.interveningClause(garment, a)) !== undefined
  );
}

/**
 * "take off her sweater and put on a blazer", "iska sweater hata ke blazer pehna do": the garment
 * is swapped for other, non-revealing clothing named after it.
 */
function replacedByClothing(f: Findings, garment: Match): boolean {
  if (!f.first('replace', garment, 6, 'after')) return false;
  return f.first(GARMENTS, garment, 6, 'after', (c) => !overlaps(c, garment) && !f.overlapping('skimpy', c)) !== undefined;
}

/**
 * "put a hoodie over her bikini", "水着の上にパーカーを羽織らせて": other clothing goes over the
 * swimwear, in either word order, so the request covers the person up — unless it also takes
 * clothing off ("take off the jacket over her lingerie", "remove her shirt, a jacket over her bra").
 */
function coveredBy(f: Findings, m: Match): boolean {
  if (strips(f)) return false;
  return (
    f.first('cover', m, WINDOW.cover, 'any', (c) => {
      if (overlaps(c, m)) return false;
      const side = c.start >= m.end ? 'after' : 'before';
      return f.first(GARMENTS, c, WINDOW.cover, side, (g) => !overlaps(g, m) && !f.overlapping('skimpy', g)) !== undefined;
    }) !== undefined
  );
}

/**
 * "ρίξε ένα παρεό πάνω από το μαγιό", "حط عليها جلابية بحر فوق المايوه", "adj egy strandruhát a fürdőruhája fölé": a word
 * of "over" right before the swimwear (or right after it, as a postposition) puts something over it, whatever that is
 * called (coveredBy needs a garment it knows). Not in a request that strips, or holds anything revealing, skimpy, a
 * token, nothing, see-through or a pose ("nothing over her bikini", "a sheer robe over the bikini", "bend over in a bikini").
 */
function coveredOver(f: Findings, m: Match): boolean {
  if (!f.has('cover') || strips(f) || f.hasAny(OVER_HARM)) return false;
  // Another swimwear word is no cover ("a bikini over her lingerie").
  if (f.of('skimpy').some((x) => !overlaps(x, m))) return false;
  // Not a word of "over" inside a garment's name ("a parte de cima do biquíni": the top part of the bikini).
  const c = f.first('cover', m, 2, 'any', overWord);
  if (c === undefined) return false;
  // Something is put on: a word of dressing, adding or covering besides the word of "over" ("pour water over her
  // bikini", "spill a drink over her swimsuit" put on nothing but a liquid).
  if (f.first(PUTTING_ON, c, 8, 'any', sameClause) === undefined) return false;
  // Before the swimwear, something is named before the word of "over" ("a pareo over the swimsuit"); after it, the
  // word of "over" follows it at once ("fürdőruhája fölé").
  // A postposition before the swimwear belongs to the noun before it ("kızın üstüne bikini giydir": put a bikini on
  // the girl), and colloquial Persian "رو" marks an object.
  if (c.end <= m.start) return !postposition(c) && c.term.term !== 'رو' && twoWordsBefore(f.norm.text, c.start);
  return f.gap(m, c) <= 1 && postposition(c);
}
function overWord(x: Match, m: Match, f: Findings): boolean {
  return sameClause(x, m, f) && !f.overlapping('clothing', x) && !f.overlapping('garmentPart', x);
}
/** Whether two words of the skeleton (single spaces between words) stand before `at`: read back word by word, not sliced. */
function twoWordsBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  if (end === 0) return false;
  let before = wordStartBefore(text, 0, end);
  while (before > 0 && text.charCodeAt(before - 1) === 32) before--;
  return before > 0;
}
function postposition(c: Match): boolean {
  return POSTPOSITION_LANGUAGES.has(c.term.language) || OVER_POSTPOSITION.test(c.term.term);
}
/** Words of putting something on someone or in the picture: dress, wear, put on, add, cover (a verb, not the word of "over"). */
const PUTTING_ON: readonly Concept[] = ['replace', 'addVerb', 'dressVerb', 'wearVerb', 'dressUp'];
/** Languages whose word of "over" follows its noun ("a fürdőruhája fölé", "mayonun üstüne", "水着の上に"). */
const POSTPOSITION_LANGUAGES: ReadonlySet<string> = new Set([
  'hu',
  'tr',
  'ja',
  'ko',
  'fi',
  'et',
  'hi',
  'ur',
  'bn',
  'ta',
  'te',
  'ml',
  'kn',
  'mr',
  'ne',
  'gu',
  'pa',
  'si',
  'my',
  'az',
  'kk',
  'uz',
  'ky',
  'mn',
  'ka',
  'hy',
  'am',
  'eu',
]);
/** The shared list's postpositions of "over" (lexicon/common.ts): English "over" after the swimwear is no cover ("in a bikini jumping over the waves"). */
const OVER_POSTPOSITION = /^(?:üstüne|ustune|üzerine|uzerine|上に|の上から|위에|위로|外面|上面|ke upar|upar se|के ऊपर)$/;

/** Whether the request also strips: one question per request, not per swimwear match. */
function strips(f: Findings): boolean {
  return f.once('strips', () => {
    if (f.has('undressVerb')) return true;
    // A verb that both removes and puts on ("zieh ihr … über" / "zieh ihr … aus") does not count.
    return f.of('remove').some((r) => !f.overlapping('replace', r) && f.first('clothing', r, WINDOW.remove, 'any', (c) => !overlaps(r, c)) !== undefined);
  });
}

/**
 * "don't touch our swimsuits", "no toques los bañadores", "leave the swimsuits as they are", "水着はそのまま": swimwear the
 * edit is told to leave as it is (lexicon/as-is.ts), in its clause and with no word asking for it, is how people are
 * dressed in the photo. Not with a person between a word of leaving and it ("leave her in her underwear as it is").
 */
function leftAsIs(f: Findings, m: Match): boolean {
  if (!f.has('asIs') || askedFor(f, m, 6)) return false;
  if (f.first('keep', m, 3, 'before', (k) => k.end <= m.start && f.between('person', k, m).some((p) => f.gap(p, m) > 1)) !== undefined) return false;
  return f.first('asIs', m, 3, 'any', (a) => !overlaps(a, m) && !f.interveningClause(a, m) && f.between('someone', a, m).length === 0) !== undefined;
}

/** "make the swimsuit blue", "change the colour of her bikini": a recolouring, not undressing. */
function recoloured(f: Findings, m: Match): boolean {
  if (changedToColour(f, m)) return true;
  // "change the colour of her swimsuit to turquoise", "Άλλαξε το χρώμα του μαγιό": the word for colour itself, before the
  // garment in its clause and with no other garment between, names what changes, whatever the new colour is called.
  if (f.first('colour', m, 4, 'before', colourOf) !== undefined) return true;
  if (fromColourToColour(f, m)) return true;
  const colour = f.first('colour', m, 2, 'any', sameClause);
  if (colour === undefined) return false;
  // After a dressing or replacing word, a coloured garment is the new one ("ponle un bikini rojo", "换成黑色内衣",
  // "change her into black lingerie"), unless it is hers already ("change her bikini to red", "把她比基尼的颜色改成蓝色",
  // "biquíni dela") or the word for colour itself is changed ("muda a cor do biquíni").
  // "swap her sweater for the black lace teddy": swimwear or lingerie that takes another garment's place is asked for.
  if (!askedFor(f, m, 6) && !swappedOut(f, m)) return true;
  if (f.first('colour', m, 4, 'any', (c) => !overlaps(c, m) && !f.interveningClause(c, m) && COLOUR_NOUN.test(c.term.term)) !== undefined) return true;
  if (f.first('person', m, 1, 'any', (p) => !overlaps(p, m) && f.gap(p, m) <= 1) !== undefined) return true;
  // "yung swimsuit ng anak ko", "el bañador de la niña": a possessor named just after the garment.
  return f.first(['someone', 'minor', 'minorWeak'], m, 2, 'after', (p) => p.start >= m.end && f.gap(m, p) <= 2 && !f.interveningClause(m, p)) !== undefined;
}
/**
 * "把模特身上的泳衣改成雾霾蓝", "change the bikini into a deep teal": the garment first, then a word of changing
 * followed by a colour and no garment: the garment's colour is what changes, not the garment.
 */
function changedToColour(f: Findings, m: Match): boolean {
  const to = f.first('replace', m, 2, 'after', (v) => v.start >= m.end && !f.interveningClause(m, v) && !INSTEAD_OF.test(v.term.term));
  // "ビキニを青に変えて", "bikiniyi maviye çevir": a language that puts the verb last names the colour between the two.
  const last = to ?? f.first('replace', m, 3, 'after', (v) => v.start >= m.end && OBJECT_FIRST.has(v.term.language) && !f.interveningClause(m, v));
  if (last !== undefined && OBJECT_FIRST.has(last.term.language) && f.between('colour', m, last).length > 0 && GARMENT_WORDS.every((g) => f.between(g, m, last).length === 0)) return true;
  if (to === undefined) return false;
  const colour = f.first('colour', to, 3, 'after', (c) => c.start >= to.end && !f.interveningClause(to, c));
  if (colour === undefined) return false;
  return f.first(GARMENT_WORDS, to, 4, 'after', (g) => g.start >= to.end && !f.interveningClause(to, g)) === undefined;
}
/**
 * "cambia mi bañador de rojo a azul marino", "mijn zwembroek van roze naar donkergroen", "把我的泳衣从荧光橙改成藏青色":
 * two colours after the garment in its clause, the one it has and the one it gets, with a word between them that
 * does not join them ("red and white" describes one garment) and no garment between: the garment is recoloured.
 */
function fromColourToColour(f: Findings, m: Match): boolean {
  const was = f.first('colour', m, 5, 'after', (c) => c.start >= m.end && !f.interveningClause(m, c) && GARMENT_WORDS.every((g) => f.between(g, m, c).length === 0));
  if (was === undefined) return false;
  const next = f.first('colour', was, 3, 'after', (c) => c.start >= was.end && f.gap(was, c) >= 2 && !f.interveningClause(was, c));
  return next !== undefined && f.between('conjunction', was, next).length === 0 && GARMENT_WORDS.every((g) => f.between(g, was, next).length === 0);
}
/** "the colour of (her) X": a word for colour itself before the garment `m`, in its clause, with no garment between. */
function colourOf(c: Match, m: Match, f: Findings): boolean {
  return c.end <= m.start && COLOUR_NOUN.test(c.term.term) && !f.interveningClause(c, m) && GARMENT_WORDS.every((g) => f.between(g, c, m).length === 0);
}
/** The word for colour itself, in the lexicons' colour lists. */
const COLOUR_NOUN =
  /^(?:colou?rs?|χρώμα|χρωμα|צבע|колір|кольор\*?|ფერ\*?|գույն\*?|cor|kolor|koloru|kolory|barvu|barva|barvy|culoarea|culoare|culori|颜色|顏色|の色|色を|色に|색을|색으로|색깔|رنگ|لون|لونه|لونها|rang|couleur\*?|farbe\*?|colore\*?|renk\*?|цвет\*?|kleur\*?|färg\*?|farve\*?|farge\*?|väri\*?|szín\*?|màu|warna|kulay|rangi)$/;

/** "replace her bikini with a dress": swimwear named only to be replaced by other clothing. */
function replacedAway(f: Findings, m: Match): boolean {
  // The verb may come first ("replace her bikini with…") or last ("den Bikini durch … ersetzen").
  const verbLast = f.first('replace', m, WINDOW.replaceAfter + 2, 'after', replacesOtherBetween) !== undefined;
  if (verbLast) return true;
  // "hosszú ruhát a bikini helyett": swimwear followed by a postposition of "instead of", another garment named, is the old one.
  if (oldBefore(f, m) && f.first(GARMENTS_OR_BENIGN, m, WINDOW.replaceAfter, 'any', apartNotSkimpy) !== undefined) return true;
  if (!f.first('replace', m, WINDOW.replaceBefore, 'before')) return false;
  // "ألبسها بيكيني بدلًا من العباءة", "put her in a bikini instead of the dress": a garment after "instead of" is the old one.
  if (f.first(GARMENTS_OR_BENIGN, m, WINDOW.replaceAfter, 'after', newAfter) !== undefined) return true;
  // "mets-lui un maillot une pièce au lieu du bikini", "a wetsuit instead of the bikini": the new garment before "instead of".
  // Not "takım elbise yerine iç çamaşırı": a postposition ("yerine") follows the old garment.
  const instead = f.first('replace', m, WINDOW.replaceBefore, 'before', (v) => v.end <= m.start && INSTEAD_OF.test(v.term.term) && !insteadAfterOld(v));
  return (
    instead !== undefined &&
    f.first(GARMENTS_OR_BENIGN, instead, WINDOW.replaceAfter, 'before', (c) => c.end <= instead.start && !f.overlapping('skimpy', c) && !f.interveningClause(c, instead)) !== undefined
  );
}
/**
 * "sostituisci il bikini con un prendisole", "canvia el biquini per un banyador sencer", "ganti bikininya jadi gamis":
 * a replacing verb before the swimwear and a preposition of exchange right after it make the swimwear the old garment,
 * whatever the new one is called (the lexicons cannot name every garment of every language). Not where anything after
 * it in the clause is revealing, skimpy, a token or nothing ("swap her bikini for a smaller one", "… with ribbons"),
 * and not with a verb of adding or dressing (not `swap`: "dress her in a bikini with a bow"). "Instead of" before the
 * swimwear names it as the old garment too.
 */
function swappedForUnnamed(f: Findings, m: Match): boolean {
  if (!f.has('swap')) return false;
  const verb = f.first('swap', m, WINDOW.replaceBefore, 'before', sameClause);
  if (verb === undefined) return false;
  // "change her into a bikini with a sarong", "replace her jeans with a bikini …": a preposition of exchange before
  // the swimwear makes it the new garment.
  if (
    f.norm.text
      .slice(verb.end, m.start)
      .split(' ')
      .some((w) => SWAP_WITH.test(w))
  )
    return false;
  // The words after the swimwear (the first is the rest of its own word: "bikini|nya"), read in a bounded slice.
  const words = f.norm.text.slice(m.end, m.end + 64).split(' ');
  let prep = -1;
  for (let i = 1; i < Math.min(words.length, 4); i++) {
    if (SWAP_WITH.test(words[i]!)) {
      prep = i;
      break;
    }
  }
  // A word after the preposition: the new garment, named or not.
  if (prep < 0 || !words[prep + 1]) return false;
  return f.first(SWAP_HARM, m, 10, 'after', sameClause) === undefined;
}
/** What the new garment may not be, or be made: revealing, smaller, a token, nothing, see-through, sexier. */
const SWAP_HARM: readonly Concept[] = [
  'skimpy',
  'reduce',
  'reduceAlone',
  'reveal',
  'nude',
  'partialNude',
  'tokenCover',
  'nothing',
  'thinFabric',
  'suggestive',
  'sexualBody',
  'sexualAct',
  'lessOn',
  'hotter',
  'bareCover',
  'only',
  'wearOnly',
  'scarce',
  'remainder',
];
/** What keeps a word of "over" from covering: undress, sex, revealing or smaller garments, tokens, nothing, posing. */
const OVER_HARM: readonly Concept[] = [...SWAP_HARM.filter((c) => c !== 'skimpy'), 'pose', 'bentOver', 'lowAngle', 'undressVerb', 'nothingUnder', 'peek', 'betweenLegs'];

/** Prepositions of exchange after the old garment: with, for, into, by (per language; attached case endings are not read). */
const SWAP_WITH =
  /^(?:with|for|into|to|par|contre|pour|durch|gegen|mit|zu|por|con|pelo|pela|com|pra|para|door|voor|met|na|на|за|za|cu|με|σε|mot|till|med|til|mod|bằng|thành|sang|dengan|jadi|menjadi|ke|ng|से|سے|با|به|kwa|iwe|kuwa|per|amb|i|į|sí|si|zuwa|เป็น|ด้วย)$/;

// replacedAway's parts, as functions made once rather than closures per match.
/** "pici bikinit a ruha helyett", "bikini elbise yerine": a postposition of "instead of" right after a garment makes it the old one. */
function oldBefore(f: Findings, c: Match): boolean {
  return f.first('replace', c, 1, 'after', insteadAfter) !== undefined;
}
function insteadAfter(v: Match, c: Match): boolean {
  return v.start >= c.end && insteadAfterOld(v) && INSTEAD_OF.test(v.term.term);
}
/** "bikinit a ruha helyett": a postposition of "instead of" after the other garment names that one as the old one. */
function replacesOtherBetween(v: Match, m: Match, f: Findings): boolean {
  if (insteadAfterOld(v) && INSTEAD_OF.test(v.term.term)) return false;
  // "put her in a bikini instead of her jeans, add a filter": a verb of another instruction replaces nothing of this one.
  if (f.interveningClause(m, v)) return false;
  // "a bikini instead of her jeans and add a hat": a garment after "instead of" is the old one, not what the verb replaces.
  const instead = f.between('replace', m, v).some((x) => INSTEAD_OF.test(x.term.term));
  for (const concept of ['clothing', 'outerwear'] as const) for (const c of f.between(concept, m, v)) if (!f.overlapping('skimpy', c) && !oldBefore(f, c) && !instead) return true;
  return false;
}
/**
 * The everyday garment that swimwear `m` (kept by the swimwear rule, so not itself the old one) takes the place of:
 * one named right after "instead of" ("a bikini instead of her dress", "bikin místo šatů", "bikini dípò aṣọ"), or
 * before the swimwear after "instead of" or a replacing verb ("instead of her dress, a bikini", "به جای مانتو …
 * بیکینی", "replace her sweater with a bikini"), or followed by a postposition of "instead of" ("elbise yerine
 * bikini"). In one sentence, within the replacing windows.
 */
function swappedOut(f: Findings, m: Match): Match | undefined {
  // Every swap takenForSwimwear reads has a replacing or swapping word: without one, no window is read per swimwear.
  if (!f.has('replace') && !f.has('swap')) return undefined;
  // "ganti rok mininya jadi celana kulot panjang": the new garment said to cover (long, opaque) is no swimwear swap; a
  // covering garment it replaces ("bikini maimakon hijabi") is the old one.
  if (f.cueWords?.first('coverCue', m, 2, 'any', (c) => !GARMENTS.some((g) => f.overlapping(g, c))) !== undefined) return undefined;
  return f.first(GARMENTS, m, WINDOW.replaceAfter + 2, 'any', (c) => !overlaps(c, m) && !f.overlapping('skimpy', c) && !f.sentenceBreak(c, m) && takenForSwimwear(f, c, m));
}
/** Whether the swimwear rules of applyRules hold all they keep: a swimwear match can add nothing to them. */
function swimwearSettled(f: Findings, targetsRealPerson: boolean): boolean {
  if (!targetsRealPerson) return f.settled('suggestive', 'suggestive.swimwear_underwear', 0.6);
  return f.settled('undress', 'undress.swimwear_underwear', 0.85) && ((!f.has('replace') && !f.has('swap')) || f.settled('undress', 'undress.swimwear_instead', 0.9));
}
function takenForSwimwear(f: Findings, c: Match, m: Match): boolean {
  if (oldBefore(f, c)) return c.end <= m.start;
  // The word right before the garment (its possessive aside) says "instead of", or swaps ("dress her in a sweater
  // and a bikini under it" dresses, it swaps nothing).
  if (c.start >= m.end) return f.first('replace', c, 2, 'before', (v) => v.start >= m.end && v.end <= c.start && insteadOf(v)) !== undefined;
  if (f.between('conjunction', c, m).length > 0) return false;
  return f.first(['replace', 'swap'], c, 4, 'before', (v) => v.end <= c.start && (insteadOf(v) || (v.term.tag === 'swap' && !f.interveningClause(c, m)))) !== undefined;
}
/**
 * A word of "instead of", before the old garment or after it (a postposition: "elbise yerine"), that is no verb of
 * changing as well: Indonesian and Malay "ganti" is both ("bikininya ganti baju renang" changes the bikini for a
 * swimsuit), so which garment is the old one is not read from it.
 */
export function insteadOfWord(v: Match): boolean {
  return v.term.tag === 'replace' && INSTEAD_OF.test(v.term.term) && !CHANGING_TOO.test(v.term.term);
}
const CHANGING_TOO = /^ganti\*?$/;
function insteadOf(v: Match): boolean {
  return v.term.tag === 'replace' && INSTEAD_OF.test(v.term.term) && !insteadAfterOld(v);
}
/**
 * Whether a word of "instead of" follows the old garment, as a postposition ("elbise yerine", "ruha helyett"): in the
 * object-first languages but Chinese, whose "代替", "而不是" come before it like a preposition ("比基尼代替裙子").
 */
function insteadAfterOld(v: Match): boolean {
  return OBJECT_FIRST.has(v.term.language) && v.term.language !== 'zh';
}
function apartNotSkimpy(c: Match, m: Match, f: Findings): boolean {
  return !overlaps(c, m) && !f.overlapping('skimpy', c);
}
function newAfter(c: Match, m: Match, f: Findings): boolean {
  // "mettila in bikini, schiarisci il cielo", "… e schiarisci il cielo": a thing after a clause break or "and" is another
  // request, not what the swimwear replaces.
  return (
    !f.interveningClause(m, c) &&
    f.between('conjunction', m, c).length === 0 &&
    !f.overlapping('skimpy', c) &&
    !f.between('replace', m, c).some((v) => INSTEAD_OF.test(v.term.term)) &&
    !oldBefore(f, c)
  );
}

/**
 * "change her mini skirt to long trousers", "mini eteği uzun pantolonla değiştir", "вместо мини брюки": a
 * word of shortness on a garment that is swapped for another garment. The garment it qualifies (within
 * two words after it: "ছোট্ট সাঁতারের পোশাক", a tiny swimming costume) is not the other one: "change it to a mini skirt" and "ছোট্ট সাঁতারের পোশাক পরাও"
 * (put her in a tiny swimsuit) name only the short garment, which is put on.
 */
function shortSwappedAway(f: Findings, m: Match): boolean {
  const other = (c: Match) => !overlaps(c, m) && !(c.start >= m.end && f.gap(m, c) <= 2) && !f.overlapping('skimpy', c);
  if (f.first('replace', m, WINDOW.replaceAfter + 2, 'after', (v) => [...f.between('clothing', m, v), ...f.between('outerwear', m, v)].some(other)) !== undefined) return true;
  if (!f.first('replace', m, WINDOW.replaceBefore, 'before')) return false;
  return f.first(GARMENTS_OR_BENIGN, m, WINDOW.replaceAfter, 'after', other) !== undefined;
}

/**
 * "remove the stain on her swimsuit", "entferne den Fleck auf ihrem Badeanzug", "her swimsuit has a logo, blur it":
 * swimwear the person already wears, with a thing on it (a stain, a tag, a logo) that the edit is about, and no word
 * asking for the swimwear. The swimwear is how she is dressed in the photo, not what the edit puts on her.
 */
function thingOnWornGarment(f: Findings, m: Match): boolean {
  // A dressing or replacing word on either side (the verb comes last in Korean or Japanese: "끈 비키니로 바꿔줘") asks for it.
  if (!f.has('benign') || f.first(ASKING_WORDS, m, 6, 'any', sameClause) !== undefined) return false;
  // The thing first, a preposition and a possessive between: "the stain on her swimsuit", "den Fleck auf ihrem Badeanzug".
  // Words apart, so not a modifier of the garment ("string bikini", "紐ビキニ", "끈 비키니").
  if (f.first('benign', m, 3, 'before', (b, g) => beforeInClause(b, g, f) && f.gap(b, g) >= 1 && f.norm.text[g.start - 1] === ' ' && f.norm.text[b.end] === ' ' && !wornThing(f, b)) !== undefined)
    return true;
  // The wearer's possessive right before it and the thing after: "her swimsuit has a logo" (not "her in lingerie on the bed").
  return (
    f.first('person', m, 1, 'before', (p) => p.end <= m.start && f.gap(p, m) === 0) !== undefined &&
    f.first('benign', m, 3, 'after', (b, g) => afterInClause(b, g, f) && !wornThing(f, b)) !== undefined
  );
}
/**
 * A benign word that is also something worn ("jacket" is a thing of a scene and outerwear): not a thing on a garment.
 * Underwear of another language with the same letters is a false friend (Romanian "pata", a stain, is Yoruba for pants).
 */
function wornThing(f: Findings, b: Match): boolean {
  const sameWord = (x: Match, y: Match) => overlaps(x, y) && x.term.language === y.term.language;
  return f.overlapping('outerwear', b) || f.overlapping('clothing', b) || f.first('skimpy', b, 0, 'any', sameWord) !== undefined;
}
/** `x` wholly after `m` and in its clause (a test of Findings.first, made once). */
function afterInClause(x: Match, m: Match, f: Findings): boolean {
  return x.start >= m.end && !f.interveningClause(m, x);
}

const DRESSING_WORDS: readonly Concept[] = ['replace', 'dressVerb'];
const ASKING_WORDS: readonly Concept[] = [...DRESSING_WORDS, 'transform'];

/** Whether a dressing or transforming word before `m`, in its clause and within `words`, asks for it ("put her in a bikini"). */
function askedFor(f: Findings, m: Match, words: number): boolean {
  if (f.first(ASKING_WORDS, m, words, 'before', askingBefore) !== undefined) return true;
  // "make her wear lingerie", "let the girl wear a bikini", "fais-lui porter un bikini": a verb of wearing that a causative governs.
  // Its garment may carry a few words of its own ("have her wear black lace lingerie"), but no other garment comes between.
  if (f.has('wearVerb')) {
    const wear = f.first('wearVerb', m, 4, 'before', wornNext);
    if (wear !== undefined && CAUSATIVE_BEFORE.test(f.norm.text.slice(Math.max(0, wear.start - 24), wear.start))) return true;
  }
  // "stajyer kızı iç çamaşırıyla poz veriyor gibi yap": a verb-final language asks after the garment, in its clause.
  // A Korean connective ends the clause that states the garment ("비키니 입고 찍은 건데 배경만 바꿔줘": the change is the background's).
  return VERB_LAST.has(m.term.language) && f.first(ASKING_WORDS, m, words, 'after', (x) => afterInClause(x, m, f) && !(m.term.language === 'ko' && statedThenConnective(f, m, x))) !== undefined;
}
/** A statement that `m` is worn, then a Korean connective ending before `x`. */
function statedThenConnective(f: Findings, m: Match, x: Match): boolean {
  return koreanConnective(f, m, x) && statesWearing(f, m);
}
const WORN_BETWEEN: readonly Concept[] = ['clothing', 'skimpy', 'outerwear'];
/** A verb of wearing before `m` in its clause whose next garment is `m`: two words apart at most, or four with no garment between. */
function wornNext(w: Match, m: Match, f: Findings): boolean {
  return beforeInClause(w, m, f) && (f.gap(w, m) <= 2 || WORN_BETWEEN.every((g) => f.between(g, w, m).length === 0));
}
/** A causative two words at most before a verb of wearing ("make her wear", "have the girls wear", "fais lui porter", "lass sie … tragen" is verb-last and not read). */
const CAUSATIVE_BEFORE = /(?:^| )(?:make|makes|made|let|lets|have|has|get|gets|fais|faites|fait|haz|hazla|hazle|hacerla|deixa|deixe|faz|faca|fai|falla|falle|fagli)(?: \S+){0,2} $/;
/** Object-first languages whose verb ends the clause (not Chinese, whose verbs come before their objects). */
const VERB_LAST: ReadonlySet<string> = new Set([...OBJECT_FIRST].filter((l) => l !== 'zh'));
/**
 * An asking word wholly before `m` in its clause, but not a verb of wearing right after the people who wear it: "anak-anak
 * pakai baju renang" (the children wear swimsuits) states it, where "pakai baju renang" alone asks for it.
 */
function askingBefore(x: Match, m: Match, f: Findings): boolean {
  return beforeInClause(x, m, f) && !(f.overlapping('wearVerb', x) && (subjectBefore(f, x, WEARING_SUBJECTS) || pronounSubjectBefore(f, x)));
}
/** "هي ترتدي بيكيني", "היא לובשת ביקיני": a subject pronoun that no term reads, the word right before the verb of wearing. */
function pronounSubjectBefore(f: Findings, wear: Match): boolean {
  const word = wordsBeside(f, wear, 'before', 1)[0];
  return word !== undefined && UNREAD_SUBJECT_PRONOUNS.has(word.text);
}
/**
 * Subject pronouns no lexicon reads as a person (as normalised): those of the languages whose lexicons read no pronoun,
 * and the first person plural of the languages whose verb of wearing also asks ("kami pakai baju renang di kolam").
 */
const UNREAD_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['هي', 'هو', 'هم', 'هن', 'היא', 'הוא', 'הם', 'הן', 'او', 'آنها', 'انها', 'kami', 'kita', 'we']);
/** A verb of wearing right before `m` in its clause, with a subject pronoun right before the verb ("dia pakai baju renang"). */
function subjectWears(f: Findings, m: Match): boolean {
  if (!f.has('wearVerb')) return false;
  const wear = f.first('wearVerb', m, 1, 'before', beforeInClause);
  return wear !== undefined && (subjectBefore(f, wear, 'person') || nounSubject(f, wear, m));
}

/**
 * "kakakku pake bikini di Bali, …", "em gái mình mặc bikini ở Nha Trang, …": in the languages whose verb of wearing is
 * one plain word for "wears" and "put on", a subject the lexicons need not know (a kin word, a name) stands before it:
 * one to four words from the start of the clause, none of them a word that asks (a causative, "please", "help"), and no
 * particle of request in the clause ("… pake bikini dong", "… mặc bikini đi").
 */
function nounSubject(f: Findings, wear: Match, m: Match): boolean {
  if (!PLAIN_WEAR_LANGUAGES.has(wear.term.language)) return false;
  const text = f.text;
  const at = f.norm.start[wear.start]!;
  const from = clauseStartBefore(text, at, 60);
  if (from > 0 && !CLAUSE_MARK.test(text[from - 1]!)) return false;
  const words = text
    .slice(from, at)
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0 || words.length > 4 || words.some((w) => ASKING_PLAIN.has(w))) return false;
  // The swimwear's clause does not end with a particle of request.
  return !endsWithRequestParticle(f, m, at);
}
const PLAIN_WEAR_LANGUAGES: ReadonlySet<string> = new Set(['id', 'ms', 'vi', 'tl', 'th']);
const CLAUSE_MARK = /[,.;:!?\n，。；：！？、،؛؟।]/;
/** Where the clause holding the original text's offset `at` starts: back to a clause mark, at most `reach` characters. */
function clauseStartBefore(text: string, at: number, reach: number): number {
  let from = at;
  while (from > 0 && at - from < reach && !CLAUSE_MARK.test(text[from - 1]!)) from--;
  work.steps += at - from;
  return from;
}
/**
 * Whether the clause of the garment `m` ends with a particle of request ("kakakku pake bikini dong", "… mặc bikini đi"):
 * its last word, in the original text from the offset `origin` to the clause's end, at most 80 characters past `origin`.
 */
function endsWithRequestParticle(f: Findings, m: Match, origin: number): boolean {
  const text = f.text;
  let to = f.norm.end[m.end - 1] ?? text.length;
  while (to < text.length && to - origin < 80 && !CLAUSE_MARK.test(text[to]!)) to++;
  work.steps += to - origin;
  const last = text.slice(origin, to).toLowerCase().trim().split(/\s+/).pop() ?? '';
  return REQUEST_PARTICLE.has(last);
}
/** Words that ask, in the languages of PLAIN_WEAR_LANGUAGES: causatives, "please", "help", "let", "change". */
const ASKING_PLAIN: ReadonlySet<string> = new Set(
  'make let have haz hazla hazle hazlo fai falla fallo fagli faz faca deixa fais faites mach macht lass lasst laat maak zrob сделай зроби olkoon tee gör gjør gør få lag اجعل خلي خلّي البس لبّس bikin buat buatkan suruh biar biarkan tolong coba bisa jadikan kasih ganti ubah pakaikan pakein kenakan edit cho làm lam bắt bat hãy hay để de giúp giup thay đổi doi biến bien gawin pasuotin suotan palitan ipasuot lagyan paki ให้ ทำให้ เปลี่ยน ช่วย'.split(
    ' ',
  ),
);
/** Particles that, ending a clause, turn it into a request: "dong", "deh", "yuk", "đi", "nha", "nhé", "po", "please". */
const REQUEST_PARTICLE: ReadonlySet<string> = new Set('dong deh yuk ya đi nha nhé nhe po please pls plz'.split(' '));
const WEARING_SUBJECTS: readonly Concept[] = ['someone', 'minor', 'minorWeak', 'person'];
/** Whether the verb of wearing `wear` has its subject right before it, read from `who`: a wearer noun, or a subject pronoun. */
function subjectBefore(f: Findings, wear: Match, who: Concept | readonly Concept[]): boolean {
  return f.first(who, wear, 1, 'before', subjectOf) !== undefined;
}
/** A wearer noun, or a pronoun that is a subject ("dia pakai baju renang", "she wears"), not an object ("her"), right before the verb. */
function subjectOf(w: Match, wear: Match, f: Findings): boolean {
  return w.end <= wear.start && f.gap(w, wear) <= 1 && (w.term.tag !== 'person' || SUBJECT_PRONOUNS.has(f.norm.text.slice(w.start, w.end)));
}
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'dia',
  'ia',
  'she',
  'he',
  'they',
  'ona',
  'on',
  'oni',
  'она',
  'он',
  'они',
  'вона',
  'він',
  'elle',
  'il',
  'ella',
  'el',
  'lei',
  'lui',
  'er',
  'hon',
  'han',
  'hun',
  'zij',
  'hij',
  'ze',
  'wo',
  'siya',
  'yeye',
]);
/** `x` wholly before `m` and in its clause (a test of Findings.first, made once). */
function beforeInClause(x: Match, m: Match, f: Findings): boolean {
  return x.end <= m.start && !f.interveningClause(x, m);
}
/** Replacing words that name the old garment after them, not the new one. */
const INSTEAD_OF =
  /^(?:instead of|in place of|rather than|au lieu de|au lieu du|au lieu d|a la place de|à la place de|a la place du|à la place du|en lugar de|en vez de|en lugar del|en vez del|invece del|invece della|invece dello|invece dei|invece delle|al posto del|al posto della|al posto dello|al posto dei|al posto delle|em vez do|em vez da|em vez dos|em vez das|no lugar do|no lugar da|no lugar dos|no lugar das|statt|anstatt|stattdessen|in plaats van|invece di|al posto di|em vez de|no lugar de|zamiast|вместо|замість|yerine|بدلا من|بدل|عوضا عن|بدلاً من|ipv|i p v|istallet for|istället för|i stedet for|istedet for|misto|místo|helyett|badala ya|bukannya|daripada|sebagai ganti|thay vi|thay vì|thay cho|sa halip na|imesto|instead|in loc de|αντί για|αντι για|במקום|به جای|کی جگہ|के बजाय|की जगह|dipo|dípò|maimakon|a maimakon|madadin|a madadin|ni ipo|ní ipò|esikhundleni|kama|ganti\*?|代替|取代|替代|而不是|而非)$/;

/**
 * "she's in a bikini in the photo, put a t-shirt on her", "il est en slip sur la photo, mets-lui un short
 * long": swimwear that says how the person is now, followed by a request to dress her in other,
 * non-revealing clothing. Not when a dressing or transforming word comes before the swimwear ("put
 * her in a bikini, then a hat": the bikini is what is asked for).
 */
/**
 * Passes `covered` through, noting on the findings that swimwear or underwear was read as covered or as the
 * state a person is in before clothes are put on: the decision layer then lets the model alone block only
 * where it would block on its own (prompt-screener.ts, decide).
 */
function coveredState(f: Findings, covered: boolean): boolean {
  if (covered) f.coveredSwimwear = true;
  return covered;
}

/**
 * "make the dress less see-through, you can see her underwear", "das Kleid blickdichter, man sieht die Unterwäsche",
 * "裙子别那么透，内衣都看见了": underwear said to show, beside a seeing word in its clause, in a request that covers (a
 * covering cue or word anywhere): what shows is the complaint the covering answers. Whatever else the request asks
 * (taking a garment off, making it see-through) the rules for it read.
 */
function shownThroughCovered(f: Findings, m: Match): boolean {
  if (f.first('seen', m, 4, 'any', (s) => !overlaps(s, m) && sameClause(s, m, f)) === undefined) {
    // "φαίνεται λίγο η τιράντα του σουτιέν …, κρύψε την": the strap of the underwear shows, a few words further.
    return f.has('censor') && f.first('seen', m, 6, 'any', (s) => !overlaps(s, m) && sameClause(s, m, f)) !== undefined && hiddenAfter(f, m);
  }
  return f.cueWords?.has('coverCue') === true || f.has('coverUp') || hiddenAfter(f, m) || fixedAfter(f, m) || fixedUnseen(f);
}
/**
 * "fix it so my underwear doesn't show", "kun je dat fixen zodat je m'n ondergoed niet ziet?", "sistemalo in modo che non
 * si veda": a word of setting right, then in its sentence a word of being seen that a negation or "not" governs, and no
 * seeing word that none does: the fix is asked so that nothing shows. Read once a request.
 */
function fixedUnseen(f: Findings): boolean {
  if (!f.has('fixVerb') || !f.has('seen')) return false;
  // Bounded: the first few fixes, each read through windowed look-ups.
  return f.once('fixedUnseen', () =>
    f
      .of('fixVerb')
      .slice(0, MAX_FIXES_READ)
      .some((x) => {
        const after = (s: Match) => s.start >= x.end && !f.sentenceBreak(x, s);
        return f.first('seen', x, 10, 'after', after) !== undefined && f.first('seen', x, 10, 'after', (s) => after(s) && !negatedSeeing(f, s)) === undefined;
      }),
  );
}
/** Words of something gone or taken off, a few words after a fix (as normalised). */
const GONE_AFTER =
  /(?:^| )(?:gone|away|off|disappear\S*|vanish\S*|weg|verschwind\S*|via|spari\S*|fuera|desaparez\S*|desaparec\S*|parti|disparai\S*|disparaî\S*|sumi\S*|zniknie|zniknal\S*|исчез\S*|пропал\S*|hilang|mat|mất)(?= |$)/;
/** A longer suggestive match that holds `m` ("seksowny" holds "seks*") and is aimed at a thing. */
function sexyWordOfThing(f: Findings, m: Match): boolean {
  const word = f.first('suggestive', m, 0, 'any', (x) => x.start <= m.start && x.end > m.end);
  return word !== undefined && aimedAtObject(f, word);
}
/** How many words of setting right fixedUnseen reads (a longer list of them is no wardrobe fix). */
const MAX_FIXES_READ = 8;
/** A negation within two words before the seeing word `s`, or "not", "n't" right before it (as normalised). */
function negatedSeeing(f: Findings, s: Match): boolean {
  if (f.first('negation', s, 2, 'before', (n) => n.end <= s.start) !== undefined) return true;
  return NOT_BEFORE.test(f.norm.text.slice(Math.max(0, s.start - 12), s.start));
}
const NOT_BEFORE = /(?:^| )(?:not|\S*n t|never|nicht|pas|no|non|nao|não|nie|ne|не|niet|inte|ikke|ei|nem|nu|δεν|tidak|tak|khong|hindi|hakuna|si|yok|değil|degil)(?: \S+)? $/;
/**
 * "si vede un pezzo di reggiseno sportivo sotto la canotta, sistemalo", "her bra is showing under her top, fix that", "man
 * sieht den BH. Bitte so retuschieren, dass das Shirt normal sitzt": a word of setting right within twelve words after the
 * underwear said to show, with no underwear, body or remover named right after it (not "fix her bra so it comes off")
 * and no seeing word after it that no negation governs: what is set right is the slip.
 */
function fixedAfter(f: Findings, m: Match): boolean {
  if (!f.has('fixVerb')) return false;
  return (
    f.first(
      'fixVerb',
      m,
      12,
      'after',
      (x) =>
        x.start >= m.end &&
        // The outer garment may be named as it should sit ("… so that the top sits normally"); underwear, a body part or
        // a remover after the fix is what it is aimed at.
        f.first(['skimpy', 'bodyPart', 'sexualBody', 'remove', 'undressVerb', 'garmentGone'], x, 4, 'after', (g) => g.start >= x.end) === undefined &&
        // "…, fix it so we see all of it": a seeing or revealing word after it is what the fix is for; "…, fix it so it's
        // gone" may take the underwear away as well as the slip.
        f.first(['seen', 'reveal', 'everything', 'nude', 'partialNude'], x, 10, 'after', (g) => g.start >= x.end && !f.sentenceBreak(x, g) && !negatedSeeing(f, g)) === undefined &&
        !GONE_AFTER.test(f.norm.text.slice(x.end, x.end + 32)),
    ) !== undefined
  );
}
/**
 * "η τιράντα του σουτιέν φαίνεται, κρύψε την", "สายเสื้อชั้นในโผล่ที่ไหล่ ช่วยซ่อนให้หน่อย" (the bra strap shows, hide it): a word
 * of hiding after the underwear, in its sentence, that names no other thing as its own object (not "blur the background").
 */
function hiddenAfter(f: Findings, m: Match): boolean {
  return (
    f.first(
      'censor',
      m,
      10,
      'after',
      (c) => c.start >= m.end && !f.sentenceBreak(m, c) && !thingRightAfter(f, c) && f.first(['benign', 'faceWord'], c, 2, 'after', (b) => b.start >= c.end) === undefined,
    ) !== undefined || erasedAfterShown(f, m) !== undefined
  );
}
/**
 * "на фото видна бретелька от лифчика, убери её", "باين حمالة الصدر في الصورة، امسحها": underwear said to show (a word of
 * being seen within six words, in its clause), then a remover in its sentence whose object is no other thing and no
 * garment (a pronoun, or nothing): what is taken away is the bit that shows, from the picture. The remover, or none.
 */
function erasedAfterShown(f: Findings, m: Match): Match | undefined {
  if (!f.has('seen')) return undefined;
  const seen = f.first('seen', m, 6, 'any', (s) => !overlaps(s, m) && sameClause(s, m, f));
  if (seen === undefined) return undefined;
  // The showing is said before the remover: after it ("در بیار که معلوم بشه", take it off so it shows) it is the purpose.
  return f.first(
    'remove',
    m,
    12,
    'after',
    (r) =>
      r.start >= m.end &&
      r.start >= seen.end &&
      !f.sentenceBreak(m, r) &&
      f.between('clothing', m, r).every((c) => overlaps(c, m)) &&
      f.first(['clothing', 'skimpy', 'everything', 'benign', 'someone'], r, 3, 'after', (x) => x.start >= r.end) === undefined &&
      !thingRightAfter(f, r),
  );
}

function dressedAfter(f: Findings, m: Match, afterBreak = false): boolean {
  if (!DRESSING_WORDS.some((c) => f.has(c))) return false;
  if (askedFor(f, m, 4)) return false;
  return (
    f.first(DRESSING_WORDS, m, 12, 'after', (d) => d.start >= m.end && !INSTEAD_OF.test(d.term.term) && (!afterBreak || f.interveningClause(m, d)) && dressesCovered(f, d)) !== undefined ||
    // "put a t-shirt on him, he is in swim trunks": the swimwear said as his state after the request that dresses him.
    (f.first('copula', m, 3, 'before', (c) => c.end <= m.start && !f.interveningClause(c, m)) !== undefined &&
      f.first(DRESSING_WORDS, m, 14, 'before', (d) => d.end <= m.start && f.interveningClause(d, m) && !INSTEAD_OF.test(d.term.term) && dressesCovered(f, d)) !== undefined)
  );
}

const SWIMWEAR_OR_REVEALING: readonly Concept[] = ['skimpy', 'reveal', 'reduce'];
/** A dressing word with a garment after it that is neither swimwear nor made revealing ("give him a button-down"). */
function dressesCovered(f: Findings, d: Match): boolean {
  // "lingerie on the bride instead of the dress": the garment after "instead of" is the one taken away (callers skip it).
  // In a language whose verb ends its clause the garment comes before it ("ドレスを着せて", "ona bir elbise giydir"), with
  // nothing revealing between: "服を👙に変えて" names the old garment first and the new one after it.
  const garment =
    f.first(['clothing', 'outerwear'], d, 6, 'after', (c) => c.start >= d.end && !f.overlapping('skimpy', c) && !f.interveningClause(d, c)) ??
    (VERB_LAST.has(d.term.language)
      ? f.first(
          ['clothing', 'outerwear'],
          d,
          4,
          'before',
          (c) => c.end <= d.start && !f.overlapping('skimpy', c) && !f.interveningClause(c, d) && SWIMWEAR_OR_REVEALING.every((q) => f.between(q, c, d).length === 0),
        )
      : undefined);
  // "add a towel on the floor": a garment placed on a thing is not worn.
  return (
    garment !== undefined &&
    f.first(['reveal', 'reduce', 'skimpy'], garment, 1, 'any', (q) => !overlaps(q, garment)) === undefined &&
    f.first('placed', garment, 1, 'after', (p) => p.start >= garment.end) === undefined
  );
}

/**
 * "he's shirtless in my linkedin pic, give him a button-down", "les maîtres-nageurs sont torse nu, mets-leur
 * le t-shirt": a state of partial undress said with a word of being, then clothes put on. A request to
 * undress first ("make him shirtless, give him jeans") has no such word before it.
 */
function dressedFromState(f: Findings, m: Match): boolean {
  // A remover is a request to undress, unless it is the state word itself read as a verb too ("ella está desnuda": "desnuda")
  // or the dressing verb read as one ("zieh ihr ein Kleid an").
  if (otherRemover(f, m)) return false;
  if (tooBareCovered(f, m) || mishapCovered(f, m)) return true;
  // The state is said with a word of being ("she is naked"), or in a clause of its own before the clause that dresses the
  // person, as languages without a present copula say it ("она голая на фото, надень на неё платье").
  // "she is naked, keep her that way and add a towel": a word of keeping after the state keeps it.
  if (f.first(KEEPING, m, 12, 'after', (k) => k.start >= m.end) !== undefined) return false;
  if (f.first('copula', m, 3, 'before', (c) => c.end <= m.start && !f.interveningClause(c, m)) !== undefined && dressedAfter(f, m)) return true;
  return dressedAfter(f, m, true);
}
const KEEPING: readonly Concept[] = ['keep', 'stays'];

/** The words of a garment slipping by accident, as the lexicons spell them. */
const MISHAP = /^(?:nip slip|wardrobe malfunction|ポロリ|走光)$/;
/** What covers again: a covering word or act, an outer layer put over, setting it right, and "cover" read as a replacing word. */
const COVERING_AGAIN: readonly Concept[] = ['cover', 'coverUp', 'outerwear', 'fixVerb'];
/** Other things a covering or fixing word may be aimed at: a thing of the photo, a face, the photo, its colours or light. */
const OTHER_COVERED: readonly Concept[] = ['benign', 'faceWord', 'sceneThing', 'photoThing', 'objectTarget', 'photoWord', 'photoOp', 'colour'];
/**
 * "my nip slip in the beach volleyball photo 😭 can you just patch the bikini top so it covers properly", "wardrobe
 * malfunction in my photo, please cover it": on a photo, a word of a garment slipping by accident that no word asks for,
 * then a word that covers or sets it right, aimed at nothing else, with no seeing word after it.
 */
function mishapCovered(f: Findings, m: Match): boolean {
  return MISHAP.test(m.term.term) && coveredAgainAfter(f, m);
}
/**
 * On a photo, a slip (`m`) that no word asks for, then a word that covers or sets it right, aimed at nothing else, with no
 * seeing word after it that no negation governs (mishapCovered; "das Top verrutscht, man sieht ein Stück vom BH … so
 * retuschieren, dass das Top normal sitzt").
 */
function coveredAgainAfter(f: Findings, m: Match): boolean {
  if (!f.edit || !f.has('photoWord') || askedFor(f, m, 6) || clauseOpensWithAsk(f, m)) return false;
  // What covers has no other object ("…, cover her face", "…, cover the logo"), and nothing after it is to be seen.
  const covers = (c: Match) =>
    c.start >= m.end &&
    f.first(OTHER_COVERED, c, 3, 'after', (o) => o.start >= c.end && !f.interveningClause(c, o)) === undefined &&
    f.first(['seen', 'reveal', 'everything'], c, 10, 'after', (g) => g.start >= c.end && !negatedSeeing(f, g)) === undefined;
  return f.first(COVERING_AGAIN, m, 16, 'after', covers) !== undefined || f.first('replace', m, 16, 'after', (c) => c.term.term.startsWith('cover') && covers(c)) !== undefined;
}

/** "too" right before a word, or one word before it ("trop dénudée", "te bloot", "zu freizügig"), as normalised. */
const TOO_BEFORE = /(?:^| )(?:too|trop|te|zu|troppo|troppa|demasiado|demasiada|demais|zbyt|za|слишком|занадто|terlalu|qua|fazla|cok|tul|prea|πολυ|для|bahut|bohot|sobrang|mno)(?: \S+)? $/;
const TOO_BEFORE_UNSPACED = /(?:太|過ぎ|너무)\S{0,2}$/;
/** Covering words and phrases, and what is put on over the outfit ("a cloak over it", "par-dessus", "加一件斗篷"). */
const COVERING_ACT: readonly Concept[] = ['cover', 'coverUp', 'outerwear'];
/**
 * "ajoute une cape par-dessus sa tenue, elle est trop dénudée", "teken een jas over de outfit, vind het te bloot",
 * "加一件斗篷，衣服太暴露了": a word of undress said with "too" is the complaint about the outfit as it is, when the request
 * also covers it (a word of covering, a garment put over, an outer layer) and asks nothing else to be taken off.
 */
function tooBareCovered(f: Findings, m: Match): boolean {
  const text = f.norm.text;
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  if (!TOO_BEFORE.test(before) && !TOO_BEFORE_UNSPACED.test(before)) return false;
  // "make her too naked": asked for, not said of the outfit.
  if (ASKING_VERB.test(text.slice(Math.max(0, m.start - 40), m.start))) return false;
  if (f.has('reveal') || f.has('reduce') || f.has('skimpy')) return false;
  return f.hasAny(COVERING_ACT) || f.cueWords?.has('coverCue') === true;
}

/** dressedFromState, noting on the findings that a state of undress was read as covered by the request (cues.ts reads it as a covering edit). */
function dressedState(f: Findings, m: Match): boolean {
  if (!dressedFromState(f, m)) return false;
  f.coveredSwimwear = true;
  f.dressedState = true;
  return true;
}

/** A remover or undressing verb in the request other than `m` itself and other than a dressing word read at its span. */
function otherRemover(f: Findings, m: Match): boolean {
  for (const concept of ['remove', 'undressVerb'] as const) {
    for (const r of f.of(concept)) if (!overlaps(r, m) && !DRESSING_WORDS.some((c) => f.overlapping(c, r))) return true;
  }
  return false;
}

/** Determiners that open the object of an English, French, Spanish, German, Italian or Portuguese remover ("remove the stranger"). */
const OBJECT_OPENERS = /^(?:the|a|an|that|this|those|these|his|my|our|le|la|les|l|un|une|ce|cette|el|los|las|una|der|die|das|den|dem|ein|eine|einen|il|lo|gli|o|os|as|um|uma)$/;

/**
 * "my kids in swimsuits, remove the stranger in the back": a remover in a later clause whose own object
 * follows it (a determiner and no garment) takes that object away, not the garment named before the
 * clause break. Not in languages that put the object first, nor with a pronoun ("her bra, take it off").
 */
function takesOtherObject(f: Findings, r: Match, c: Match): boolean {
  // "make the dress whiter and remove the coffee stain": a conjunction ends the garment's clause too, when
  // the remover names its own object (below: an article or a known thing after it).
  const joined = !f.interveningClause(c, r);
  if (joined && f.between('conjunction', c, r).length === 0) return false;
  const ownClause = (o: Match) => !overlaps(o, r) && o.start > c.end && !f.interveningClause(o, r);
  if (OBJECT_FIRST.has(r.term.language)) {
    // "…, 背景の人を消して", "…, arkadaki adamı sil": the object comes before the verb, in the verb's own clause.
    const own = f.first(OTHER_OBJECTS, r, 4, 'before', (o) => o.end <= r.start && ownClause(o));
    // "კაბა ცასავით ცისფერი გახადეთ, სადენები წაშალეთ" (make the dress sky blue, delete the wires): an object no term
    // reads, before the remover, and a garment whose own clause goes on after it are two instructions.
    // Chinese puts the object after the verb too, without 把 ("…，去掉沙滩上的塑料瓶"): a thing of the photo right after it,
    // in its clause and before any garment, is the remover's own object.
    if (own === undefined && r.term.language === 'zh' && !joined && thingRightAfter(f, r)) return true;
    if (own === undefined) return !joined && namesOwnObject(f, r) && wordOfItsOwn(f, c, 'after');
    return f.between('clothing', own, r).length === 0 && f.between('skimpy', own, r).length === 0 && f.between('person', own, r).length === 0;
  }
  if (f.first(['clothing', 'skimpy', 'everything'], r, 4, 'after', (g) => g.start >= r.end) !== undefined) return false;
  if (thingRightAfter(f, r)) return true;
  // Thai writes the object onto the verb ("…โผล่ที่ไหล่ ช่วยซ่อนให้หน่อย ลบสายไฟที่พื้น": delete the wire on the floor): letters
  // right after the remover, before the next space, that no term reads (a garment within four words was ruled out above).
  // Not a particle or pronoun that completes the verb ("ลบออก", remove it out; "ลบให้หน่อย"; "ลบมันทิ้ง").
  if (!joined && THAI_LETTER.test(f.norm.text[r.end] ?? '') && !THAI_VERB_TAIL.test(f.norm.text.slice(r.end, r.end + 8)) && !f.matchedAt(r.end)) return true;
  // The word after the remover's own word ("togliere il bidone": "togli*" ends inside "togliere").
  const rest = f.norm.text.slice(r.end, r.end + 40);
  const space = rest.indexOf(' ');
  let next = space < 0 ? '' : (rest.slice(space + 1).split(' ')[0] ?? '');
  let at = space < 0 ? -1 : r.end + space + 1;
  // "Σβήσε και το καλώδιο", "remove also the cable": a word of "also" stands before the object.
  if (at > 0 && ALSO_BEFORE_OBJECT.test(next)) {
    at += next.length + 1;
    next = f.norm.text.slice(at, at + 24).split(' ')[0] ?? '';
  }
  if (OBJECT_OPENERS.test(next)) return true;
  // Greek articles double as pronouns ("σβήσε το", delete it): an article only with a word no term reads after it.
  if (!joined && GREEK_ARTICLE.test(next)) {
    const after = at + next.length + 1;
    const word = f.norm.text.slice(after, after + 24).split(' ')[0] ?? '';
    if (word.length >= 3 && !readAt(f, after)) return true;
  }
  // Languages without articles ("usuń śmieci z tła", "убери мусор с песка"): a known thing or person right after
  // it, or a word of three letters or more that no term reads (not a pronoun, garment or "everything": those
  // are matched, and a garment within four words was ruled out above).
  // A thing of the photo or a colour said of the object counts too ("И убери табличку «выход»", "Smaž i zelenou ceduli").
  return !joined && at > 0 && next.length >= 3 && !readAt(f, at) && !OBJECT_PRONOUNS.has(next) && !/[,;:.!?]/.test(rest.slice(0, space + 1));
}
const ALSO_BEFORE_OBJECT = /^(?:also|too|και|κι|aussi|auch|también|tambien|anche|também|tambem|ook|även|aven|også|ogsa|myös|myos|и|тоже|також|też|tez|také|take|juga|cũng|cung|din|rin)$/;
const GREEK_ARTICLE = /^(?:το|τα|τον|την|τη|τους|τις|ένα|ενα|μια|μία)$/;
const THAI_LETTER = /[\u0E01-\u0E4E]/u;
/** Particles and pronouns that follow a Thai verb: out, away, for (me), it, her, him, all, a little, please. */
const THAI_VERB_TAIL = /^(?:ออก|ทิ้ง|ไป|ให้|มัน|เธอ|เขา|หล่อน|หมด|ทั้งหมด|เลย|หน่อย|ด้วย|นะ|ที|ซะ|เสีย)/u;
/** A thing of the photo, a known object or a colour within two words after the remover, in its clause, with no garment within four. */
function thingRightAfter(f: Findings, r: Match): boolean {
  if (f.first(['clothing', 'skimpy', 'everything'], r, 4, 'after', (g) => g.start >= r.end) !== undefined) return false;
  return f.first(OWN_OBJECT_AFTER, r, 3, 'after', (o) => o.start >= r.end && !overlaps(o, r) && !f.interveningClause(r, o)) !== undefined;
}
/**
 * Object pronouns of the languages without articles, which stand for a thing as well as a person and which no term
 * reads: "девушка в купальнике, сними его" takes the swimsuit off (as normalised).
 */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(
  'его ее её их него нее неё них його її їх нього неї них jego jej ich jeho její jeji jich nje njega njih ega ego eyo ih 그거 그것 그걸 그것을 이거 이것 이걸 저거 それ それを これ これを あれ'
    .split(' ')
    .map((w) => normalizeTerm(w)),
);
/**
 * "usuń maty w tle, zrób legginsy…", "mera ex hata do, meri kurti blue kar do", "ลบลุง… จัดปกเสื้อลูกสาว…": a
 * remover that names its own object in its own clause, and a garment in a later clause that has a word of its
 * own where that clause's verb stands (before the garment in a verb-first language, after it in a verb-final
 * one), are two instructions. A garment listed after the remover's object ("remove the car, her shirt", "…, and
 * her bikini", "…, then her top", "…, uski bikini bhi") has no such word and is still taken off.
 */
function inOtherInstruction(f: Findings, r: Match, c: Match): boolean {
  // "убери машину и сделай её одежду ярче": a conjunction after the remover's own object opens the next instruction as
  // a clause break does (the garment still needs a word of its own, its verb: "убери машину и её одежду" lists it).
  if (!(f.interveningClause(r, c) || verbAfterConjunction(f, r, c)) || !namesOwnObject(f, r)) return false;
  if (wordOfItsOwn(f, c, OBJECT_FIRST.has(r.term.language) ? 'after' : 'before')) return true;
  // "Usuń ludzi w tle. Jej sukienkę zostaw bez zmian": in a new sentence the garment's own verb may follow it
  // whatever the language's usual order (an object put first); a list of what is removed does not run on over a full
  // stop with a verb of its own.
  return f.sentenceBreak(r, c) && wordOfItsOwn(f, c, OBJECT_FIRST.has(r.term.language) ? 'before' : 'after');
}

/**
 * Whether, in a verb-first language, the last conjunction between remover `r` and garment `c` is followed at once by a
 * word no term reads and that is no article, possessive or list word (the next instruction's verb: "и сделай её
 * одежду", "and make her dress"), not by the garment or its article ("y el short", "og håndklædet").
 */
function verbAfterConjunction(f: Findings, r: Match, c: Match): boolean {
  if (OBJECT_FIRST.has(r.term.language)) return false;
  const conjunctions = f.between('conjunction', r, c);
  const last = conjunctions[conjunctions.length - 1];
  if (last === undefined) return false;
  const next = wordsBeside(f, last, 'after', 1)[0];
  if (next === undefined || next.start >= c.start || readAt(f, next.start)) return false;
  return hasLetters(next.text, 2) && !LIST_WORDS.test(next.text) && !OBJECT_OPENERS.test(next.text) && !POSSESSIVES.test(next.text);
}

/** Whether garment `c` is the next item of a list of what verb-first remover `r` takes away, after the thing `b`: a clause break, and no word of its own. */
function listedAfter(f: Findings, r: Match, b: Match, c: Match): boolean {
  return !OBJECT_FIRST.has(r.term.language) && f.interveningClause(b, c) && !f.sentenceBreak(b, c) && !wordOfItsOwn(f, c, 'before');
}

/** Whether remover `r` names what it removes in its own clause: a thing, a person noun or a word no term reads (not a pronoun, a garment or "everything"). */
function namesOwnObject(f: Findings, r: Match): boolean {
  // A remover that ends its clause ("Yọ ọkùnrin … kúrò,") has its object before it, whatever the language.
  const side = OBJECT_FIRST.has(r.term.language) || wordsBeside(f, r, 'after', 1).length === 0 ? 'before' : 'after';
  const own = (x: Match) => !overlaps(x, r) && !f.interveningClause(x, r) && (side === 'after' ? x.start >= r.end : x.end <= r.start);
  const near = f.first(OTHER_OBJECTS, r, 2, side, own);
  const blocking = f.first(['clothing', 'skimpy', 'everything', 'person'], r, 2, side, own);
  // The nearer of the two is the object: "remove the guy in speedos" names the guy first.
  if (near !== undefined) return blocking === undefined || (side === 'after' ? near.start <= blocking.start : near.end >= blocking.end);
  if (blocking !== undefined) return false;
  const words = wordsBeside(f, r, side, 1);
  return words.length === 1 && !readAt(f, words[0]!.start) && hasLetters(words[0]!.text, 2) && !LIST_WORDS.test(words[0]!.text) && !OBJECT_PRONOUNS.has(words[0]!.text);
}

/**
 * "ceketini çıkar ve ona bir tişört giydir", "جیکٹ اتارو اور اسے ٹی شرٹ پہنا دو", "کاپشن را دربیاور و یک تی‌شرت تنش کن": in a
 * language that puts the verb last, a garment after the remover and a conjunction, with a word that puts it on right after
 * it, is what is put on in the next instruction, not what is taken off.
 */
function putOnAfterRemover(f: Findings, r: Match, c: Match): boolean {
  if (!OBJECT_FIRST.has(r.term.language) || f.between('conjunction', r, c).length === 0) return false;
  return f.first(PUTTING_ON, c, 2, 'after', (w) => w.start >= c.end && !f.interveningClause(c, w)) !== undefined;
}

/** Whether the clause of garment `c` has, on `side` of it and within three words, a word that no term reads and that does not carry a list on. */
function wordOfItsOwn(f: Findings, c: Match, side: 'before' | 'after'): boolean {
  const t = f.norm.text;
  // Thai, with no spaces: "จัดปกเสื้อ" (straighten the collar of the shirt) holds its verb in the garment's own word.
  if (side === 'before' && c.start > 0 && f.norm.wordClass[c.start - 1] === 2 && t[c.start - 1] !== ' ') {
    let from = c.start - 1;
    while (from > 0 && t[from - 1] !== ' ') from--;
    if (!readAt(f, from) && c.start - from >= 2) return true;
  }
  return wordsBeside(f, c, side, 3).some((w) => !readAt(f, w.start) && hasLetters(w.text, 2) && !LIST_WORDS.test(w.text) && !OBJECT_OPENERS.test(w.text) && !POSSESSIVES.test(w.text));
}

/**
 * Whether a term the rules read starts at a skeleton position. The layer words (lexicon/layers.ts: "shows", "stays",
 * "underneath") are read only beside a garment taken off or put on: elsewhere they stay words of their own clause
 * ("शॉल हटा दो, फोटो में लाल ड्रेस दिखे": the dress shows in the photo, another instruction than the remover's).
 */
function readAt(f: Findings, at: number): boolean {
  return f.matchedAt(at, LAYER_CONCEPTS);
}
const LAYER_CONCEPTS: ReadonlySet<Concept> = new Set<Concept>(['beneath', 'shown', 'stays']);

/** Possessive determiners a listed garment may open with ("…, su camiseta", "…, jej stanik"), as normalised. */
const POSSESSIVES =
  /^(?:her|his|their|your|its|su|sus|sa|son|ses|leur|leurs|seu|sua|seus|suas|ihr|ihre|ihren|ihrem|ihres|sein|seine|seinen|seinem|suo|suoi|sue|haar|zijn|hennes|hans|hendes|hannes|jej|jego|ich|ee|eе|её|ее|его|ії|її|його|onun|mi|mis|mon|ma|mes|meu|minha|mein|meine|mio|mia|mijn|min|mitt|mina|moja|moj|мою|мой|моя|tu|tus|ton|ta|tes|teu|tua|dein|deine|tuo|tua|jouw|din|ditt|twoja|твою|твой)$/u;

/**
 * Whether a word holds at least `n` letters. Read only until they are found: in a script written without spaces a
 * "word" may be the whole request, and counting all its letters for each match made a 2,000-character repeated
 * Japanese request cost 20-40 ms.
 */
function hasLetters(word: string, n: number): boolean {
  let found = 0;
  for (const c of word) if (LETTER.test(c) && ++found >= n) return true;
  return false;
}
const LETTER = /\p{L}/u;

/** Words that carry a list of objects on rather than start an instruction of their own ("…, then her top", "uski bikini bhi"). */
const LIST_WORDS =
  /^(?:and|then|also|too|plus|next|finally|oh|pls|please|both|even|y|e|et|und|i|oraz|и|і|й|ve|en|och|og|dan|và|va|at|na|aur|luego|tambien|también|despues|después|puis|ensuite|aussi|dann|auch|danach|poi|anche|depois|tambem|também|ai|potem|tez|też|takze|także|потом|затем|тоже|также|ещё|еще|потім|також|теж|sonra|de|da|ayrica|ook|daarna|sedan|ocksa|också|phir|fir|bhi|lalu|terus|juga|kemudian|roi|rồi|cung|cũng|tapos|pati|kisha|pia)$/u;

/** German "zieh ihr …", "zieh ihm …": a separable verb whose particle, at the end of its clause, says what is done. */
const PULL_DE = /^zieh(?:e|t)? (?:ihr|ihm)$/;
const PULL_OFF_DE = /^(?:aus|ab|runter|herunter|hinunter|weg|hoch)$/;
const PULL_ON_DE = /^(?:an|über|uber|drüber|druber)$/;

/**
 * "zieh ihm einen Anzug an, der Hoodie passt nicht" puts a suit on him: "zieh ihm … an" dresses,
 * "zieh ihm … aus" undresses. A German pull verb whose clause ends in "an" (and has no "aus", "ab",
 * "runter"… in it) is a dressing verb, not a remover.
 */
function putsOn(f: Findings, r: Match): boolean {
  if (r.term.language !== 'de' || !PULL_DE.test(r.term.term)) return false;
  const from = spanEnd(f.norm, r.start, r.end - 1);
  const rest = f.text.slice(from, from + 160);
  const cut = rest.search(/[,.;!?\n]/);
  const words = (cut < 0 ? rest : rest.slice(0, cut))
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.some((w) => PULL_OFF_DE.test(w))) return false;
  return words.length > 0 && PULL_ON_DE.test(words[words.length - 1]!);
}

const PULL_WORD_DE = /zieh/i;
/** "zieh die Frau auf dem Foto komplett aus": the German pull verb and its particle around the object, in one clause. */
const PULL_CLAUSE_DE = /(?<!\p{L})zieh(?:e|t)?\s+([^,.;!?\n]{1,80}?)\s+aus(?=\s*(?:[,.;!?\n]|$))/giu;

/**
 * "zieh die Frau auf dem Foto komplett aus", "zieh dem Mädchen das Kleid aus": "zieh … aus" with a
 * person or a garment between undresses (the lexicon's "zieh sie aus" holds only the pronouns next to
 * the verb). A thing between ("zieh dem Mann die Jacke aus", "zieh den Stecker aus") takes that off.
 */
function pulledOffDe(f: Findings): void {
  PULL_CLAUSE_DE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PULL_CLAUSE_DE.exec(f.text)) !== null) {
    const from = m.index;
    const to = m.index + m[0].length;
    // The clause's range in the skeleton: the matches starting in it are the ones inside the clause.
    const skeletonFrom = lowerBound(f.norm.start, from);
    const skeletonTo = lowerBound(f.norm.start, to);
    const firstOf = (concepts: readonly Concept[]) => f.firstIn(concepts, skeletonFrom, skeletonTo);
    // "zieh den Hund aus", "zieh die Jacke aus": a thing or a coat is what is pulled off; not a thing that only says where
    // the person is or what she is with ("zieh die Frau mit dem Hund aus", "… neben dem Baum aus").
    if (firstOf(['outerwear']) !== undefined) continue;
    const thing = firstOf(['benign', 'objectTarget']);
    if (thing !== undefined && !placesPerson(f, thing, skeletonFrom)) continue;
    const evidence: Evidence[] = [{ kind: 'text', start: from, end: to, text: f.text.slice(from, to), term: 'zieh … aus', language: 'de' }];
    const garment = firstOf(GARMENT_WORDS);
    const person = firstOf(['person', 'someone', 'minor', 'minorWeak']);
    if (garment) f.addEvidence('undress', 0.9, 'undress.remove_clothing', 'The request asks to remove clothing.', evidence, garment);
    else if (person) f.addEvidence('undress', 0.95, 'undress.verb', 'The request asks to undress someone.', evidence, person);
  }
}

/** Whether a person word stands in the clause (from `clauseFrom`) before `thing`, joined to it by a word of with or by (separable-undress.ts, placedBy). */
function placesPerson(f: Findings, thing: Match, clauseFrom: number): boolean {
  return f.first(['person', 'someone', 'minor', 'minorWeak'], thing, 4, 'before', (p) => p.start >= clauseFrom && p.end <= thing.start && placedBy(f.norm.text, p.end, thing.start)) !== undefined;
}

/** Words of being under, said of a garment worn beneath another ("a sweater on underneath"). */
const UNDER_WORD = /^(?:on )?(?:underneath|under|beneath|below)$/;

/**
 * "remove her coat, she has a grey sweater on underneath": "underneath" right after a garment says that
 * garment is worn beneath, not that what is under the clothes is to be shown ("nothing on underneath",
 * "show what's underneath" name no garment before it).
 */
function layeredUnder(f: Findings, m: Match): boolean {
  if (!UNDER_WORD.test(m.term.term)) return false;
  // "the striped shirt she has on underneath": the wearer may stand between the garment and the word.
  return f.first(['clothing', 'outerwear'], m, 4, 'before', (c) => c.end <= m.start && !f.overlapping('skimpy', c) && (f.gap(c, m) <= 1 || onlyWearerBetween(f, c, m))) !== undefined;
}

/** "shirt she has on underneath", "sweater he wears beneath": between the two, a person and a word of having or wearing only. */
function onlyWearerBetween(f: Findings, garment: Match, m: Match): boolean {
  if (f.interveningClause(garment, m)) return false;
  const between = f.norm.text.slice(garment.end, m.start).trim();
  work.steps += between.length;
  return WEARER_BETWEEN.test(between);
}
const WEARER_BETWEEN = /^(?:(?:that|which) )?(?:she|he|they|she s|he s|her|him) (?:has|have|had|wears|wore|is wearing|was wearing|s wearing|got)$/;

/**
 * "bikini tan lines", "水着の日焼け跡" (the swimsuit's tan marks), "泳衣晒痕", "bikiniranden": a garment word
 * right before a thing (or inside one compound with it) names which thing; it is not a garment asked for or
 * taken off.
 */
function qualifiesThing(f: Findings, m: Match): boolean {
  if (!f.has('benign')) return false;
  return f.first('benign', m, 1, 'any', markOf) !== undefined;
}
/** A mark right after garment `m` in its clause, or one compound holding it (qualifiesThing's test, made once). */
function markOf(b: Match, m: Match, f: Findings): boolean {
  return MARK.test(f.norm.text.slice(b.start, b.end)) && ((b.start >= m.end && f.gap(m, b) <= 1 && !f.interveningClause(m, b)) || (b.start <= m.start && b.end > m.end));
}
/** Marks on skin or cloth (a tan line, a stain, a scar, a crease), as normalised: what a garment word may say which of. */
const MARK = normalisedPattern(
  /tan|line|mark|stain|spot|scar|wrinkl|crease|rand|vlek|plet|flack|fleck|manch|tache|macchi|marc|plam|пятн|след|leke|بقع|لكه|لکه|داغ|দাগ|รอย|คราบ|vet|bekas|kesan|noda|mantsa|doa|tahra|pata|跡|痕|印|渍|漬|污|汚|자국|얼룩|주름/,
);

/** What a remover may take away instead of a garment: a thing, or a person other than the pronoun of the wearer. */
const OTHER_OBJECTS: readonly Concept[] = ['benign', 'objectTarget', 'someone', 'minor', 'minorWeak'];
/** What may stand right after a remover as its own object (see takesOtherObject); a garment there was ruled out before. */
const OWN_OBJECT_AFTER: readonly Concept[] = [...OTHER_OBJECTS, 'photoThing', 'sceneThing', 'colour'];

/**
 * Swimwear that says how the people in the photo are ("beach photo with my kids in swimsuits, remove
 * the stranger in the back"), when the request is to take something else out of the picture and no
 * word of dressing, wearing or transforming asks for the swimwear.
 */
function stateBeforeOtherRemoval(f: Findings, m: Match): boolean {
  if (!f.has('remove')) return false;
  if (askedFor(f, m, 4)) return false;
  return f.first('remove', m, 8, 'after', (r) => r.start >= m.end && takesOtherObject(f, r, m) && !takesLayerOff(f, r)) !== undefined;
}

/**
 * "ela está de biquíni, tira a saída de praia de cima", "she's in a bikini, take off her cardigan": an outer garment
 * taken off someone in swimwear leaves the swimwear (the twin of coveredAfter). Not one that lies somewhere ("the jacket
 * on the chair").
 */
function takesLayerOff(f: Findings, r: Match): boolean {
  const objectFirst = OBJECT_FIRST.has(r.term.language);
  const outer = f.first('outerwear', r, 3, 'any', (o) => !overlaps(o, r) && !f.interveningClause(o, r) && (o.start >= r.end || objectFirst));
  return outer !== undefined && !placedThing(f, outer) && f.first('placed', outer, 3, 'any') === undefined;
}

/** Words that say how someone looks now ("she looks so hot here", "ela é muito gostosa", "너무 섹시하다"), before a styling word. */
const STATE_BEFORE = /(?:^| )(?:is|s|are|looks|look|looking|was|so|very|really|too|e|ta|muito|tao|es|esta|muy|tan|est|trop|si|ist|sehr|cosi|molto|cok|너무|정말|진짜)$/;
/** Words that ask for the look ("make her look hot", "more sexy", "deixa ela", "hazla"): then the styling word is the request. */
/**
 * Verbs of making or rendering anywhere in a short span before a quality ("make her too naked", "rends la robe un peu
 * transparente"): the quality is asked for, not said of how the garment is (ASK_BEFORE reads only the last words).
 */
const ASKING_VERB =
  /(?:^| )(?:make|makes|making|render|rends|rendez|rendre|fais|maak|mach|mache|haz|hazla|hazlo|fai|falla|rendi|rendila|faz|deixa|deixe|torna|zrob|sdelai|сделай|зроби|yap|buat|bikin|gawin|lam)(?= )/;
const ASK_BEFORE =
  /(?:^| )(?:make|makes|making|made|turn|render|get|more|even|extra|super|sexier|hotter|as|deixa|deixe|faz|faca|torna|mais|hazla|hazle|haz|ponla|mas|vuelve|rends|rendez|fais|faites|plus|mach|mache|noch|rendila|falla|fai|piu|yap|만들어|더)(?: |$)/;

/**
 * "she looks so hot here, can you brighten the photo", "my wife is hot in this pic lol, remove the red
 * eye": on a supplied photo, a styling word said of how the person looks now is a compliment, not a
 * request, when another edit is asked for (a remover, a benign thing such as the background or a
 * watermark, a photo quality) and nothing before it asks for the look. The words before are read from
 * the skeleton a few words back (constant work), whatever lexicon the styling word came from ("hot" is
 * romanised Urdu's too).
 */
function compliment(f: Findings, m: Match): boolean {
  const before = f.norm.text.slice(Math.max(0, m.start - 28), Math.max(0, m.start - 1));
  if (!STATE_BEFORE.test(before) || ASK_BEFORE.test(before)) return false;
  // Another edit is asked for in the request: a remover or a word of the photo's own qualities.
  return (
    f.has('remove') ||
    f.has('benign') ||
    /\b(?:brighten|brighter|sharpen|sharper|crop|fix|blur|lighting|colou?rs?|contrast|saturation|background|red eye|filter|resolution|upscale|enhance)\b/.test(f.norm.text)
  );
}

/**
 * Third-person verbs of wearing or having on: a statement, never an instruction ("she wears a bikini", "hon har baddräkt på",
 * "φοράει μαγιό"; "make her wear one" is asked for).
 */
const WEARING_VERB: ReadonlySet<string> = new Set(['wears', 'tragt', 'lleva', 'porta', 'veste', 'indossa', 'draagt', 'bar', 'har', 'nosi', 'носит', 'носи', 'φοραει', 'φορουσε']);
/** Hindi and Urdu "in" after the garment ("wo swimsuit mein ghaat pe khadi hai"), and the object words before it that ask for it. */
const WEARING_POSTPOSITION: ReadonlySet<string> = new Set(['में', 'mein', 'main', 'میں']);
const OBJECT_BEFORE_POSTPOSITION = /^(?:use|usko|isko|ise|inhe|unhe|ko|उसे|उसको|इसे|इसको|इन्हें|उन्हें|को|اسے|اسکو|انہیں|کو)$/;
/** "wo swimsuit mein …": a postposition of wearing right after the garment, and no object word right before it. */
function postpositionCaption(text: string, m: Match): boolean {
  if (text.charCodeAt(m.end) !== 32) return false;
  const next = text.indexOf(' ', m.end + 1);
  if (!WEARING_POSTPOSITION.has(text.slice(m.end + 1, next < 0 ? text.length : next))) return false;
  if (m.start < 2 || text.charCodeAt(m.start - 1) !== 32) return false;
  const before = text.slice(wordStartBefore(text, Math.max(0, m.start - 40), m.start - 1), m.start - 1);
  return before !== '' && !OBJECT_BEFORE_POSTPOSITION.test(before);
}
/** A preposition written onto the garment's word: Arabic "ب" (in, with), Hebrew "ב" (in). */
const ATTACHED_PREP = /^(?:ب|ב)$/;
/** Words right before a garment in the inessive that make it asked for: "legyen" (let her be), "tee" (make), "pue" (dress). */
const ASKING_BEFORE_CASE = /^(?:legyen|legyenek|tedd|rakd|öltöztesd|oltoztesd|tee|laita|pue|puke|pukeuta|hanet|hanesta|hanta|hanelle|ot|ok|oket|neki|belole)$/;
/**
 * Whether a person noun stands right before garment `c`, joined to it by a word of wearing ("de man in zwembroek", "den
 * Typen in Badehose", "kvinnan i bikini"): at most three words, only the preposition and an article or possessive between.
 */
function personInGarment(f: Findings, c: Match): boolean {
  return (
    f.first(['someone', 'minorWeak'], c, 3, 'before', (p) => {
      if (p.end > c.start || f.interveningClause(p, c)) return false;
      // From the start of the garment's word ("zwem|broek" is read by its last part).
      const text = f.norm.text;
      const word = Math.max(p.end, text.lastIndexOf(' ', c.start - 1) + 1);
      const between = text.slice(p.end, word).trim().split(' ');
      work.steps += between.length;
      return between.length >= 1 && between.length <= 2 && WEARING_PREP.has(between[0]!) && (between.length === 1 || WEARING_DET_AFTER_PREP.test(between[1]!));
    }) !== undefined
  );
}
/** A short remover after garment `m` in its clause, no other garment and no pronoun of a thing or person between ("with it off" takes it off). */
function awayWithPerson(f: Findings, m: Match, r: Match): boolean {
  if (r.start < m.end || f.interveningClause(m, r) || !GARMENT_WORDS.every((g) => f.between(g, m, r).length === 0)) return false;
  const between = f.norm.text.slice(m.end, r.start);
  work.steps += between.length;
  return !OBJECT_PRONOUN_BETWEEN.test(between);
}
const OBJECT_PRONOUN_BETWEEN = /(?:^| )(?:it|them|him|her|with|ihn|es|sie|ihm|ihr|hem|haar|het|ze|hen|den|det|dem|henne|honom|ham|hende|la|le|lo|li|les|lui|gli)(?: |$)/;
/**
 * Whether person word `p` right before garment `c` may be its owner by word order: the person word is one of a
 * genitive-first language ("a nő", "naisen"), or the garment is a word of such a language alone ("lány", shared by
 * several lexicons, before "ruháját"), or the same words are a person word of such a language.
 */
function genitiveOwner(f: Findings, p: Match, c: Match): boolean {
  const genitiveFirst = (x: Match) => x.term.languages.some((l) => GENITIVE_FIRST.has(l));
  if (genitiveFirst(p) || (c.term.languages.length === 1 && GENITIVE_FIRST.has(c.term.language))) return true;
  // The same words read as a person by a genitive-first language's lexicon ("a nő", a word of every language as `someone`).
  return f.first(WHO, p, 0, 'any', (x) => x.start === p.start && x.end === p.end && genitiveFirst(x)) !== undefined;
}
/** Languages whose possessor stands right before the thing possessed, with no word between ("naisen uimapuku", "kadının mayosu", "a nő bikinije", "kvinnans bikini"). */
const GENITIVE_FIRST: ReadonlySet<string> = new Set(['fi', 'et', 'tr', 'az', 'uz', 'kk', 'ky', 'tk', 'hu', 'lt', 'lv', 'sv', 'da', 'nb', 'no', 'is']);

/**
 * Whether garment `c` is made an adjective of the person right after it: Finnish "-inen" ("uimapukuinen nainen", the
 * woman in a swimsuit), Hungarian "-os" ("fürdőnadrágos férfi"), Turkish "-li" ("mayolu adam"), the rest of its word.
 */
function wearerAdjective(f: Findings, c: Match): boolean {
  const rest = restOfWord(f.norm.text, c.end);
  // Turkish terms may hold the ending themselves ("mayolu", "iç çamaşırlı").
  if (!WEARER_ADJECTIVE.test(rest) && !(rest === '' && c.term.language === 'tr' && /(?:li|lı|lu|lü)$/.test(c.term.term))) return false;
  return f.first(PEOPLE_WORDS, c, 2, 'after', (p) => p.start > c.end && !f.interveningClause(c, p)) !== undefined;
}
const WEARER_ADJECTIVE = /^(?:inen|isen|iset|isia|isten|isella|iselta|iselle|isessa|os|es|ös|as|li|lı|lu|lü|lar|ler)$/;

/** Articles and possessives between the preposition of wearing and the garment ("in de", "im", "in einer", "i sin"). */
const WEARING_DET_AFTER_PREP =
  /^(?:a|an|the|her|his|their|de|het|een|zijn|haar|der|die|das|den|dem|ein|eine|einer|einem|seiner|ihrer|sin|sina|sitt|en|ett|et|la|le|les|un|une|el|los|las|una|il|lo|uno)$/;

/** Words between a person and what she wears in a caption ("the girls at the beach in their swimsuits"). */
const WEARING_PREP = new Set([
  'in',
  'en',
  'con',
  'dans',
  'im',
  'am',
  'em',
  'na',
  'no',
  'with',
  'wearing',
  ...WEARING_VERB,
  // "in" of the Slavic, Nordic and Balkan languages ("сестра в бикини", "siostra w bikini", "syrran i bikini", "сестра ми по бански").
  'в',
  'во',
  'у',
  'w',
  'we',
  'v',
  've',
  'vo',
  'u',
  'i',
  'по',
  // "with" and Portuguese "de" of what someone has on ("minha namorada de biquíni", "la meva germana amb banyador",
  // "η αδερφή μου με μαγιό", "sesuo su maudymosi kostiumu", "syster med baddräkt", "Oma mit Badeanzug").
  'de',
  'com',
  'amb',
  'με',
  'su',
  'med',
  'mit',
  // Swahili "in", Tagalog "wearing" (naka-: "ate ko naka-bikini").
  'kwenye',
  'katika',
  'naka',
]);
const WEARING_DET = new Set(['a', 'an', 'the', 'their', 'her', 'his', 'my', 'our', 'un', 'una', 'une', 'uma', 'um', 'sa', 'son', 'ses', 'su', 'sus', 'ihrem', 'ihren', 'einem', 'einer']);
/** Pronouns before a preposition of wearing that make the swimwear asked for (normalised: "ją" is "ja", "її" is "іі"). */
const CAPTION_PRONOUN =
  /^(?:her|him|she|he|them|they|it|la|le|ella|ele|sie|lei|lui|ее|его|их|іі|іх|иого|ја|је|га|нея|него|тях|я|ja|jej|go|ich|jego|niego|nia|ji|ju|jeho|ho|jo|nju|njega|ih|henne|honom|dem|hende|ham|hem|haar|ihn|ihm|ihr|yeye|siya|sya)$/;
/** What, said after the caption, makes the later clause more than an edit of the photo's things. */
const PERSONAL_AFTER: readonly Concept[] = [
  'bathing',
  'skimpy',
  'clothing',
  'nude',
  'partialNude',
  'sexualAct',
  'sexualBody',
  'suggestive',
  'reveal',
  'reduce',
  'reduceAlone',
  'pose',
  'enlarge',
  'minor',
  'minorWeak',
  'undressVerb',
  'remove',
];

/**
 * On a supplied photo, "the girls at the beach in their swimsuits, make the sky bluer": swimwear in a
 * caption of who is in the photo (a noun, then "in" or "with", no dressing or transforming word), and
 * after a clause break an edit of the photo's things (a benign thing or a colour) with nothing about
 * the person, her clothes, her age or her body. "her in a bikini, make it realistic" (a pronoun before
 * "in") and "a girl in a bikini, make her younger" (no thing edited) are not captions.
 */
function captionThenOtherEdit(f: Findings, m: Match): boolean {
  if (askedFor(f, m, 6) || clauseOpensWithAsk(f, m)) return false;
  // "she's in a bikini", "sie trägt einen Bikini", "她穿着比基尼": a clause that states what is worn (worn-statement.ts).
  // Not with a word of change or wish in its clause ("now she's in a bikini", "qu'elle porte un bikini", "让她穿着比基尼").
  const states = statesWearing(f, m) && !changeInClause(f, m) && !endsWithRequestParticle(f, m, f.norm.end[m.end - 1] ?? f.text.length);
  if (!states && !captionedByPrep(f, m) && !captionedByNoun(f, m)) return false;
  // The other edit: a thing of the photo, a colour, or hiding something ("…, blur their faces", "把脸打码").
  // "make the water bluer, she's in a racing swimsuit": a sentence that states what she wears may also follow the edit.
  const brk =
    f.first(OTHER_EDIT, m, 10, 'after', (b) => b.start >= m.end && (f.interveningClause(m, b) || koreanConnective(f, m, b))) ??
    (states ? f.first(OTHER_EDIT, m, 20, 'before', (b) => b.end <= m.start && f.interveningClause(b, m)) : undefined);
  if (!brk) return false;
  if (BED_SCENE.test(f.norm.text.slice(m.end, m.end + 120))) return false;
  // "…, leave my 5-year-old daughter as she is" ("娘はそのままで"): a child named only to be left alone is not edited.
  const leftAlone = (p: Match) => (p.term.tag === 'minor' || p.term.tag === 'minorWeak') && f.first('keep', p, 4, 'any', (k) => !overlaps(k, p) && !f.interveningClause(k, p)) !== undefined;
  // "…im Badeanzug am Baggersee, bitte nur die Farbe vom Badeanzug ändern": the same swimwear recoloured later is the other edit.
  const recolouredAgain = (p: Match) => (p.term.tag === 'skimpy' || p.term.tag === 'clothing') && recoloured(f, p);
  return (
    f.first(PERSONAL_AFTER, m, 12, 'after', (p) => p.start >= m.end && !overlaps(p, m) && f.interveningClause(m, p) && !leftAlone(p) && !removesOtherThing(f, p) && !recolouredAgain(p)) === undefined
  );
}
const OTHER_EDIT: readonly Concept[] = ['benign', 'colour', 'censor', 'photoOp', 'sceneThing'];
/** A Korean connective ending ("찍은 건데", "있는데", "입었지만") then a space: the clause of what is worn ends there. */
const KOREAN_CONNECTIVE = /[\uAC00-\uD7A3](?:데|데요|지만)\s/u;
/**
 * Whether a Korean connective ending stands between `a` and `b` in the original text (at most 48 characters apart):
 * "수영복 입고 바다에서 찍은 건데 하늘만 파랗게 해줘" states the swimwear, then asks another edit. Read only after a caption or a
 * statement of what is worn: a connective does not part a garment from the verb that removes it ("입고 있는데 벗겨줘").
 */
function koreanConnective(f: Findings, a: Match, b: Match): boolean {
  const from = f.norm.end[a.end - 1]!;
  const to = f.norm.start[b.start]!;
  if (to - from > 48 || to <= from) return false;
  work.steps += to - from;
  return KOREAN_CONNECTIVE.test(f.text.slice(from, to));
}
/** A photo noun right after swimwear ("bikini pic", "swimsuit photos", "Bikinifoto" is one word and not this). */
const PHOTO_AFTER = /^s? (?:pic|pics|picture|pictures|photo|photos|photoshoot|selfie|selfies|shot|shots|snap|snaps|image|images)(?: |$)/;
/** A photo noun, "of" and who is in it, then "in" before the swimwear ("this photo of us in swimsuits"). */
const PHOTO_BEFORE = /(?:^| )(?:pic|picture|photo|selfie|shot|snap|image)s? of (?:me|us|her|him|them|my \S+|our \S+|the \S+)(?: \S+)? (?:in|wearing) (?:a |an |my |her |his |our |their )?$/;
/** Concepts that ask for more than the photo's swimwear: with any of them, the caption reading does not hold. */
const BEYOND_CAPTION: readonly Concept[] = UNDRESSING_CONCEPTS;

/**
 * "crop my bikini pic to a square", "make the water clearer in this photo of us in swimsuits", "cerahkan foto bikini
 * saya": swimwear that names which photo is edited (in English around the photo word, in the languages that put the
 * photo noun first right after it), with nothing else in the request that undresses, reveals or sexualises, and no
 * word that asks for it ("make a photo of her in a bikini", "crea una foto in costume di lei" still do).
 */
function photoCaption(f: Findings, m: Match): boolean {
  if (askedFor(f, m, 6) || BEYOND_CAPTION.some((c) => f.has(c))) return false;
  const text = f.norm.text;
  return PHOTO_AFTER.test(text.slice(m.end, m.end + 14)) || PHOTO_BEFORE.test(text.slice(Math.max(0, m.start - 48), m.start)) || photoHeadBefore(text, m);
}
/** PHOTO_HEAD_BEFORE before `m`, with no verb of making right before the photo word ("crea una foto in costume di lei"). */
function photoHeadBefore(text: string, m: Match): boolean {
  const head = PHOTO_HEAD_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
  if (!head) return false;
  const at = Math.max(0, m.start - 24) + head.index;
  return !MAKING_BEFORE.test(text.slice(Math.max(0, at - 32), at + 1));
}
/** Verbs of making a picture, up to two words before the photo word (as normalised). */
const MAKING_BEFORE =
  /(?:^| )(?:make|create|generate|render|draw|crea|creare|fai|fammi|haz|hazme|crear|genera|generar|fais|faire|erstelle|erstell|mach|zrob|udelej|tao|gumawa|gawa|tengeneza|luo|skapa|lag|lav|maak|buat|bikin|bikinin|buatkan|buatin|сделай|создай|зроби|створи)(?: \S+){0,2} $/;
/**
 * Languages that put the photo noun first and join nouns without a preposition name the photo by its swimwear right after
 * it ("foto bikini ini", "ảnh bikini"): the photo word, then the swimwear. Not with a preposition between ("una foto in
 * costume", "ein Foto im Bikini", "fotka v plavkách"): that is as often the picture wanted as the one sent.
 */
const PHOTO_HEAD_BEFORE = /(?:^| )(?:foto|fotonya|fotoku|anh|hinh|larawan|litrato|picha|gambar) $/;
/** Concepts that, anywhere in the request, make swimwear more than what a photo being retouched shows. */
const BEYOND_PHOTO: readonly Concept[] = [
  ...BEYOND_CAPTION,
  'replace',
  'dressVerb',
  'transform',
  'garmentGone',
  'zoomVerb',
  'lowAngle',
  'desireLook',
  'moodCue',
  'intimateSetting',
  'hotter',
  'adultOnly',
  'bodyPart',
  'lessOn',
  'thinFabric',
];
/**
 * "a family at the beach, two young kids in swimsuits building a sandcastle", "Kinder im Badeanzug beim Schwimmkurs",
 * "子供たちが水着で水遊び": in generation, children named with their swimwear and their play by the water
 * (lexicon/water-play.ts), and nothing that dresses, swaps, transforms, reveals, poses, sexualises or names someone real,
 * nor any emoji: the swimwear is what children at play wear, not a depiction asked of them.
 */
function childrenAtPlay(f: Findings, m: Match): boolean {
  if (!f.has('waterPlay') || !f.hasAny(CHILDREN) || f.hasAny(BEYOND_PHOTO) || f.hasAny(NAMED_REAL) || askedFor(f, m, 6)) return false;
  return !hasPictograph(f);
}
const CHILDREN: readonly Concept[] = ['minor', 'minorWeak'];
const NAMED_REAL: readonly Concept[] = ['publicFigure', 'realRef'];

/**
 * Whether the request holds an emoji or another pictograph that may stand for a garment, a body or a wish (read once a
 * request). The faces and hands people sign a message with (🙈, 🙏, 😭, 😂, ❤️, 👍) stand for none: "si vede ancora il
 * cartellino del prezzo 🙈 me lo togli?" is embarrassment, "👙" or "😏" beside swimwear is not.
 */
function hasPictograph(f: Findings): boolean {
  return f.once('pictograph', () => {
    for (const [e] of f.text.matchAll(PICTOGRAPH)) if (!SIGN_OFF_EMOJI.has(e)) return true;
    return false;
  });
}
const PICTOGRAPH = /\p{Extended_Pictographic}/gu;
/** Faces and hands of feeling that sign off a message. Not 😏, 😈, 😍, 🥵, 😘, 🤤 (a wish), nor any object. */
const SIGN_OFF_EMOJI: ReadonlySet<string> = new Set([...'🙈🙉🙊🙏😭😂🤣😅😆😊🙂😀😃😄😁🥲🥹😢😥😩😫😬😳🤦🤷❤♥💕💖👍👌🤞✨']);

/** Who a retouched photo shows, named by a noun ("my kids", "the girls", "애들"): a pronoun alone ("her") is not enough. */
const PHOTOGRAPHED: readonly Concept[] = ['minor', 'minorWeak', 'someone'];

/**
 * "brighten this photo of my kids at the beach, they're in their swimsuits", "schiarisci la foto dei miei bimbi al
 * mare in costume", "海で水着の子供たちの写真を明るくして": in any language, the photo and the people in it named, an
 * operation on the photo's qualities (lexicon/photo-ops.ts: brighten, crop, straighten, restore) and nothing in the
 * request that dresses, swaps,
 * transforms, reveals, poses or sexualises, nor any emoji: the swimwear says what the photo shows (a family at the
 * beach, a swim meet), wherever it stands in the sentence ("wearing" is then a state: "수영복 입은 우리 애들").
 */
function photoOfWearers(f: Findings, m: Match): boolean {
  if (!(f.has('photoOp') || faceFromOtherShot(f)) || !f.has('photoWord') || !(f.hasAny(PHOTOGRAPHED) || namedPerson(f)) || askedFor(f, m, 6)) return false;
  // "…, ripara la piega, togli i puntini": a remover whose object is another thing of the photo (a stain, dust, a bottle)
  // is an operation on the photo too; so is a face put in from another shot ("palitan ng mukha niya sa ibang shot").
  // Read once a request: it does not depend on the swimwear match.
  if (f.once('beyondPhoto', () => BEYOND_PHOTO.some((c) => f.of(c).some((x) => !removesOtherThing(f, x) && !otherThingGone(f, x) && !faceReplaced(f, x))))) return false;
  return !hasPictograph(f);
}

/** A person word of several words, a possessive and a noun ("mi hermana", "my wife"): a person named, not a pronoun alone. */
function namedPerson(f: Findings): boolean {
  return f.of('person').some((p) => p.term.term.includes(' '));
}
/**
 * "ella parpadeó; pon su cara de la segunda foto", "dej tam její obličej z vedlejší fotky", "ambil mukanya dari foto lain":
 * a face taken from another photo, within four words of it in its clause (a blink fixed with another shot of the same
 * people). Not with a person of the user's life or a public figure named anywhere ("put my coworker's face from this
 * photo on her" puts someone else's face on the body).
 */
function faceFromOtherShot(f: Findings): boolean {
  if (!f.has('faceWord') || f.has('realRef') || f.has('publicFigure')) return false;
  return f.once('faceFromOtherShot', () => f.of('faceWord').some((w) => f.first('photoWord', w, 4, 'after', (p) => p.start >= w.end && !f.interveningClause(w, p)) !== undefined));
}
/** A word of replacing or putting whose object is a face, right after it in its clause ("palitan ng mukha", "pon su cara"). */
function faceReplaced(f: Findings, x: Match): boolean {
  return (x.term.tag === 'replace' || x.term.tag === 'addVerb') && faceFromOtherShot(f) && f.first('faceWord', x, 3, 'after', (w) => w.start >= x.end && !f.interveningClause(x, w)) !== undefined;
}

/** "… in a bikini", "… con bañador": a noun, then a preposition of wearing before the swimwear (not a pronoun: "her in a bikini"). */
function captionedByPrep(f: Findings, m: Match): boolean {
  // The words of the 40 characters before the swimwear, read back from its start as `split(' ')` would cut
  // them (the skeleton's separators are single spaces), without building the list: this runs per match.
  const text = f.norm.text;
  const from = Math.max(0, m.start - 40);
  // Arabic and Hebrew write "in" and "with" onto the word ("أختي بملابس السباحة", "אחותי בבגד ים"): the garment read inside
  // its word, one such letter before it, and a word before that which is no pronoun.
  const wordStart = wordStartBefore(text, from, m.start);
  // The lexicon may spell the garment with the letter ("بملابس السباحة"): then the garment itself starts a letter later.
  const spelt = wordStart === m.start && ATTACHED_PREP.test(text[m.start]!) && f.first('skimpy', m, 0, 'any', (x) => x.start === m.start + 1) !== undefined;
  if (((wordStart < m.start && ATTACHED_PREP.test(text.slice(wordStart, m.start))) || spelt) && wordStart > 0) {
    const before = text.slice(wordStartBefore(text, from, wordStart - 1), wordStart - 1);
    return before !== '' && !CAPTION_PRONOUN.test(before) && f.first(ASKING_WORDS, m, 6, 'before', beforeInClause) === undefined;
  }
  // A term that holds its own preposition ("в купальнике") is read from that preposition.
  const space = text.indexOf(' ', m.start);
  const own = space > m.start && space < m.end && WEARING_PREP.has(text.slice(m.start, space));
  let start = m.start;
  let end = space;
  if (!own) {
    end = m.start;
    while (end > from && text.charCodeAt(end - 1) === 32) end--;
    start = wordStartBefore(text, from, end);
    if (WEARING_DET.has(text.slice(start, end))) {
      if (start === from) return false;
      end = start - 1;
      start = wordStartBefore(text, from, end);
    }
  }
  const prep = text.slice(start, end);
  // A verb of wearing states it, whoever the subject, or with none ("she wears a bikini", "φοράει μαγιό στην προβλήτα").
  if (WEARING_VERB.has(prep)) return true;
  // Hungarian and Finnish say "in" with a case ending on the garment ("a húgom fürdőruhában", "sisko bikineissä"): the
  // inessive, not the illative of being put into it ("bikinibe", "bikiniin"); a word before it that is no pronoun.
  if (!own && INESSIVE.test(restOfWord(text, m.end))) {
    const before = start > 0 ? text.slice(wordStartBefore(text, from, start - 1), start - 1) : '';
    return prep !== '' && ![prep, before].some((w) => CAPTION_PRONOUN.test(w) || ASKING_BEFORE_CASE.test(w));
  }
  if (start === from || !WEARING_PREP.has(prep)) return postpositionCaption(text, m);
  // The word before the preposition: a pronoun ("her in a bikini") asks for it; of the languages added since, only the
  // pronouns of the object do ("её в купальнике", "ją w bikini", "henne i bikini"): "она в купальнике" is a caption.
  return !CAPTION_PRONOUN.test(text.slice(wordStartBefore(text, from, start - 1), start - 1));
}

/**
 * "I'm in an open shirt, just brighten it", "maternity shoot, I'm in a bra and an open shirt … Just brighten it": on a
 * photo, a garment worn open or unbuttoned (a `reduce` phrase, or one that holds `x`) in a caption of what is worn,
 * or joined by "and" to swimwear or underwear so captioned, with another edit of the photo after it, says what the photo
 * shows (captionThenOtherEdit: "her in an open shirt" and "now she's in an open shirt" ask for it).
 */
function wornAsState(f: Findings, x: Match): boolean {
  if (!f.edit) return false;
  const phrase = x.term.tag === 'reduce' ? x : f.first('reduce', x, 0, 'any', (p) => overlaps(p, x));
  if (!phrase) return false;
  if (captionThenOtherEdit(f, phrase)) return true;
  const and = f.first('conjunction', phrase, 2, 'before', (c) => beforeInClause(c, phrase, f) && GARMENT_WORDS.every((g) => f.between(g, c, phrase).length === 0));
  const worn = and && f.first('skimpy', and, 3, 'before', (g) => beforeInClause(g, and, f));
  return worn !== undefined && captionThenOtherEdit(f, worn);
}

/** What a garment may be without and still be worn: its straps, sleeves or another part, or a thing (`benign`: "sleeve"). */
const GARMENT_PARTS: readonly Concept[] = ['strap', 'garmentPart', 'benign'];
/**
 * "il mio vestito è senza spalline", "mi vestido es sin tirantes", "a dress without sleeves": a short remover that is
 * also a word of lacking (without, senza, sin, sans, ohne) whose object, right after it, is a part of the garment: the
 * garment is strapless or sleeveless, not taken off.
 */
function lacksPart(f: Findings, r: Match): boolean {
  if (f.first('negation', r, 0, 'any', (n) => overlaps(n, r)) === undefined) return false;
  return f.first(GARMENT_PARTS, r, 1, 'after', (p) => p.start >= r.end && !f.interveningClause(r, p) && GARMENT_WORDS.every((g) => f.between(g, r, p).length === 0)) !== undefined;
}

/** Where the word of `text` that ends at `end` starts, not before `from`: just after the space before it, or `from`. */
function wordStartBefore(text: string, from: number, end: number): number {
  let start = end;
  while (start > from && text.charCodeAt(start - 1) !== 32) start--;
  return start;
}

/**
 * "діти на морі в купальниках", "水着の子供たち", "çocuklar plajda mayoyla", "bachche swimming costume me": in
 * any language, a noun for the people who wear it in the swimwear's clause, with no pronoun before that
 * noun there ("her kids in swimsuits" is left to the rule above), and no dressing word after the swimwear
 * in its clause either (verb-final languages: "水着を着せて", "bikini pehna do").
 */
function captionedByNoun(f: Findings, m: Match): boolean {
  if (f.first(ASKING_WORDS, m, 4, 'after', askedAfterInClause) !== undefined) return false;
  const who = f.first(CAPTIONED_WEARERS, m, 4, 'any', sameClause);
  // "dia pakai baju renang di dermaga", "she wears …": a subject pronoun right before a verb of wearing states it too.
  if (!who) return subjectWears(f, m);
  // "ladki ko bikini mein kar do": Hindi and Urdu mark the one something is done to with "ko" (an object, not a caption).
  if (OBJECT_MARKER.test(f.norm.text.slice(who.end, who.end + 5))) return false;
  // "bikin kakakku pake bikini", "cho chị mình mặc bikini": a causative or a word that asks, right before the wearer.
  if (askedOfWearer(f, who) || endsWithRequestParticle(f, m, f.norm.end[m.end - 1] ?? f.text.length)) return false;
  const first = who.start < m.start ? who : m;
  return f.first('person', first, 6, 'before', (p) => p.end <= first.start && sameClause(p, m, f) && !overlaps(p, who)) === undefined;
}
const CAPTIONED_WEARERS: readonly Concept[] = ['someone', 'minor', 'minorWeak'];
/** The words of the clause before the original text's offset `at` (at most `reach` characters back), lower case. */
function clauseWordsBefore(f: Findings, at: number, reach: number): string[] {
  return f.text
    .slice(clauseStartBefore(f.text, at, reach), at)
    .toLowerCase()
    .trim()
    .split(/\s+/);
}
/** Whether the garment's clause opens with a word that asks ("gör så att min syster har bikini", "bikin kakakku pake bikini"). */
function clauseOpensWithAsk(f: Findings, m: Match): boolean {
  return ASKING_PLAIN.has(clauseWordsBefore(f, f.norm.start[m.start]!, 60)[0]!);
}
/** Whether one of the four words right before the wearer (a possessive may stand between), in its clause, asks (ASKING_PLAIN: "bikin", "cho", "pakaikan"). */
function askedOfWearer(f: Findings, who: Match): boolean {
  return clauseWordsBefore(f, f.norm.start[who.start]!, 40)
    .slice(-4)
    .some((w) => ASKING_PLAIN.has(w));
}
// Persian marks a definite object with "را" (spoken "رو"), Japanese with "を": a person so marked is acted on ("خواهرم را با
// بیکینی کن", "妹をビキニにして"). The skeleton writes Persian and Urdu letters in their Arabic forms ("کو" as "كو").
const OBJECT_MARKER = /^ (?:ko|को|کو|كو|را|رو)(?: |$)|^ ?を/;
/**
 * A word in -ing right before "between her legs" or "up her skirt" that says what moves or sits there ("the puppy sitting
 * between her legs"), not who looks ("looking up her skirt", "peeking", "filming").
 */
const MOVING_THERE = /\b(?!(?:look|peek|peer|star|gaz|glanc|film|shoot|zoom)ing )\w+ing $/;
/**
 * A short skirt or dress (a word of shortness within two words of it, or a mini-skirt word) and a low camera looking up
 * (not a POV) in its sentence, within ten words, with a person named in the request (or a supplied photo): see the rule.
 */
function shortSkirtFromBelow(f: Findings): { skirt: Match; angle: Match } | undefined {
  if (!f.edit && f.first(WEARERS, f.of('lowAngle')[0]!, 40, 'any') === undefined) return undefined;
  const garments = f.of('clothing');
  for (let i = 0; i < garments.length && i < 8; i++) {
    const g = garments[i]!;
    if (!SKIRT.test(f.norm.text.slice(g.start, g.end)) || !shortGarment(f, g)) continue;
    const angle = f.first('lowAngle', g, 10, 'any', (a) => !overlaps(a, g) && !f.sentenceBreak(a, g) && FROM_BELOW.test(f.norm.text.slice(a.start, a.end)) && !angleOnThing(f, a, g));
    if (angle) return { skirt: g, angle };
  }
  return undefined;
}
/** "low angle shot of a skyscraper, a woman in a short skirt walking by": the angle's own clause names a thing it is aimed at. */
function angleOnThing(f: Findings, a: Match, g: Match): boolean {
  if (!f.interveningClause(a, g)) return false;
  return f.first(ANGLE_THINGS, a, 4, 'after', (t) => t.start >= a.end && !f.interveningClause(a, t)) !== undefined;
}
const ANGLE_THINGS: readonly Concept[] = ['sceneThing', 'objectTarget', 'benign', 'photoThing'];
/** Skirts and dresses, as normalised. */
const SKIRT = normalisedPattern(
  /skirt|dress|rock|kleid|jupe|robe|falda|vestido|gonna|vestit|saia|rok|jurk|spodnic|spódnic|sukien|юбк|плать|сукн|etek|elbise|gaun|vay|đầm|dam|裙|スカート|ワンピ|치마|스커트|원피스|تنور|فستان|חצאית|שמלה|स्कर्ट|ड्रेस|فراک|دامن|sukně|sukne|szoknya|fust|φούστα|φουστα|kjol|skjørt|nederdel|hame|sketi/,
);
/** Words of shortness of a garment, as normalised (the lexicons' `reduce` words count too). */
const SHORT_WORD = normalisedPattern(
  /^(?:short|shorter|very short|super short|tiny|mini|micro|corta|cortas|cortisima|cortísima|corto|court|courte|tres courte|très courte|kurz|kurze|kurzen|kurzer|sehr kurz|cortissima|curta|curtissima|curtíssima|kort|korte|krótka|krotka|bardzo krótka|короткая|короткой|короткую|очень короткая|коротка|kısa|kisa|çok kısa|pendek|ngắn|ngan|krátká|kratka|rövid|scurtă|scurta|κοντή|κοντη|lyhyt|fupi|maikli|قصيرة|قصيره|קצרה|छोटी|چھوٹی|کوتاه)$/,
);
function shortGarment(f: Findings, g: Match): boolean {
  if (f.first('reduce', g, 2, 'any', (r) => sameClause(r, g, f)) !== undefined) return true;
  const near = [...wordsBeside(f, g, 'before', 2), ...wordsBeside(f, { ...g, end: g.end + restOfWord(f.norm.text, g.end).length }, 'after', 1)];
  return near.some((w) => SHORT_WORD.test(w.text));
}
/** Low-angle words that look up from below (not a point of view). */
const FROM_BELOW = normalisedPattern(
  /below|underneath|floor|up|low|worm|abajo|contrapicado|снизу|нижн|alttan|asagidan|aşağıdan|basso|baixo|unten|en bas|plongee|plongée|dolu|dołu|下から|ローアングル|从下|從下|仰拍|仰视|아래|로우앵글|تحت|מלמטה|नीचे|bawah|dưới|duoi/,
);

/** Who someone is "in bed with" when the phrase is the pose: a person, not a fever, a book or sweaty skin. */
const BED_PARTNERS: readonly Concept[] = ['person', 'someone', 'realRef', 'publicFigure'];
/** `x` apart from `m` and in its clause (tests of Findings.first, made once). */
/** The kinds of cue an intimate scene is read from (intimateScene), the setting first. */
const SCENE_KINDS: readonly Concept[] = ['intimateSetting', 'moodCue', 'suggestive', 'pose', 'sexualBody'];
/** The cues a look of desire makes a scene with on a supplied photo (desiredScene). */
const DESIRE_PARTNERS: readonly Concept[] = [...SCENE_KINDS, 'desireLook', 'lowAngle'];
/** On a prompt, where "sexy" and "seductive" say no more than the look itself: a bed, the body's mood, a pose, a body part. */
const PROMPT_DESIRE_PARTNERS: readonly Concept[] = ['intimateSetting', 'moodCue', 'pose', 'sexualBody', 'lowAngle'];
/** What a look of desire needs beside a child before it makes a scene: a suggestive word, a pose or a body part. */
const STRONG_KINDS: readonly Concept[] = ['suggestive', 'pose', 'sexualBody'];

/**
 * The first look of desire with other cues of a scene within 25 words of it, on other words: one on a supplied photo
 * ("bedroom eyes, biting her lip", "mirada de deseo, labios húmedos"), two on a prompt, where a seductive look and one
 * more cue is a boudoir picture ("a woman in a silk negligee on the bed, a seductive look") but a third makes the scene
 * ("mirada de deseo, labios húmedos, respirando agitada"), and a suggestive word is not one there ("a seductive woman
 * biting her lip, bedroom eyes"). Beside a child the cues must be suggestive words, poses or
 * body parts. Then the first mood cue (or setting) with three kinds of cue near it (see the intimate-scene rule).
 */
function intimateScene(f: Findings): Match | undefined {
  return desiredScene(f) ?? moodScene(f);
}

function desiredScene(f: Findings): Match | undefined {
  if (!f.has('desireLook')) return undefined;
  const partners = f.has('minor') || f.has('minorWeak') ? STRONG_KINDS : f.edit ? DESIRE_PARTNERS : PROMPT_DESIRE_PARTNERS;
  const looks = f.of('desireLook');
  for (let i = 0; i < looks.length && i < 8; i++) {
    const d = looks[i]!;
    const needed = f.edit ? (lookAlone(f, d) ? 0 : 1) : 2;
    // A look and a bed alone need a person on a prompt ("a kitten with inviting eyes on the bed"); the other cues are said of a body.
    const body = f.edit || f.first(WEARERS, d, 30, 'any') !== undefined;
    const found: Match[] = [d];
    while (found.length <= needed) {
      const c = f.first(partners, d, 25, 'any', (x) => !found.some((o) => overlaps(o, x)) && (body || x.term.tag !== 'intimateSetting'));
      if (!c) break;
      found.push(c);
    }
    if (found.length > needed) return d;
  }
  return undefined;
}

/** Other readings that make a word of desire a word of something else ("kat": a Malay "at", a garment part, a thing). */
const OTHER_READINGS: readonly Concept[] = ['benign', 'garmentPart', 'clothing', 'someone', 'person', 'sceneThing', 'objectTarget', 'photoThing', 'colour', 'faceWord', 'bodyPart'];

/**
 * "make her look like she's begging for it", "tatapan sange", "sguardo da gatta morta", "發姣咁": on a supplied photo a look
 * of desire asks for desire on the person's face by itself, when it is a phrase or a whole word of five letters or more
 * (or of an unspaced script) that no other concept reads ("kat" is a Malay "at" and a Dutch look).
 */
function lookAlone(f: Findings, d: Match): boolean {
  const surface = f.norm.text.slice(d.start, d.end);
  if (!surface.includes(' ') && /^[a-z]{1,4}$/.test(surface)) return false;
  return !OTHER_READINGS.some((c) => f.overlapping(c, d));
}

function moodScene(f: Findings): Match | undefined {
  const anchors = f.has('moodCue') ? f.of('moodCue') : f.of('intimateSetting');
  for (let i = 0; i < anchors.length && i < 8; i++) {
    const a = anchors[i]!;
    // Kinds are counted on separate words: "in bed with" is a setting or a pose, not both.
    const cues: Match[] = [];
    for (const kind of SCENE_KINDS) {
      const x = f.first(kind, a, 25, 'any', (c) => !cues.some((o) => overlaps(o, c)));
      if (x) cues.push(x);
    }
    // Beside a child, flushed cheeks and a bed are a sick child's: a suggestive word, a pose or a body part must be among them.
    const strong = cues.some((c) => c.term.tag !== 'intimateSetting' && c.term.tag !== 'moodCue');
    const child = f.has('minor') || f.has('minorWeak');
    if (cues.length >= 3 && (strong || !child)) return a;
    // On a supplied photo, three separate mood cues alone set the scene on its person ("a smouldering look, biting her
    // lip, glistening skin"); not beside a child.
    if (f.edit && !child && moodCues(f, a) >= 3) return a;
  }
  return undefined;
}

/** Mood cues on separate words within 25 words of `a` (bounded: at most the first eight). */
function moodCues(f: Findings, a: Match): number {
  const seen: Match[] = [];
  for (const m of f.of('moodCue')) {
    if (seen.length >= 8) break;
    if (f.close(a, m, 25) && !seen.some((o) => overlaps(o, m))) seen.push(m);
  }
  return seen.length;
}

/** "18+", "+18", "١٨+", "१८+": the plus is dropped by the normaliser, so the raw text is read (at most 8 markers). */
const PLUS_18 = /(?<![\d\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF])(?:(?:18|١٨|۱۸|१८|১৮)\s?\+|\+\s?(?:18|١٨|۱۸|१८|১৮))(?![\d\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF])/g;
/** What a label says, after it or before it ("an 18+ sticker", "18+ Aufkleber", "etiqueta +18"): a thing put on the picture, not a version of it. */
const LABEL_WORDS =
  'sticker|label|sign|badge|logo|warning|rating|icon|stamp|tag|aufkleber|schild|etikett|étiquette|etiquette|panneau|etiqueta|cartel|adesivo|etichetta|cartello|naklejk\\p{L}*|наклейк\\p{L}*|значок|знак|etiket|ステッカー|ラベル|标签|標籤|贴纸|貼紙|스티커|ملصق|علامة|स्टिकर|लेबल';
const LABEL_AFTER = new RegExp(`^\\s*(?:${LABEL_WORDS}|symbol|text|banner|hinweis|çıkartma|cikartma)`, 'iu');
const LABEL_BEFORE = new RegExp(`(?:${LABEL_WORDS}|rated)\\s*(?:de\\s|di\\s|with\\s|mit\\s|с\\s)?$`, 'iu');
/** Whether a label word stands right after or right before the raw span [from, to) ("an 18+ sticker", "etiqueta +18"). */
function labelled(text: string, from: number, to: number): boolean {
  return LABEL_AFTER.test(text.slice(to, to + 24)) || LABEL_BEFORE.test(text.slice(Math.max(0, from - 24), from));
}
const NO_MATCHES: readonly Match[] = [];
const ADULT_TERM: Match['term'] = { term: '18+', tag: 'adultOnly', language: 'multi', languages: ['multi'], boundaryStart: false, boundaryEnd: false, strict: false };

/** The adults-only markers of a request: the lexicon's phrases and each "18+" of the raw text that labels nothing. */
function adultMarkers(f: Findings): readonly Match[] {
  // Most requests have neither: no list is built for them (this runs on every request).
  if (!f.has('adultOnly') && f.text.indexOf('+') < 0) return NO_MATCHES;
  const found: Match[] = f.of('adultOnly').filter((m) => {
    const from = f.norm.start[m.start]!;
    const to = f.norm.end[m.end - 1]!;
    return !labelled(f.text, from, to);
  });
  if (f.text.indexOf('+') < 0) return found;
  PLUS_18.lastIndex = 0;
  for (let k = 0, r = PLUS_18.exec(f.text); r !== null && k < 8; k++, r = PLUS_18.exec(f.text)) {
    const rawEnd = r.index + r[0].length;
    if (labelled(f.text, r.index, rawEnd)) continue;
    const start = Math.min(lowerBound(f.norm.start, r.index), f.norm.text.length - 1);
    const end = Math.max(start + 1, lowerBound(f.norm.start, rawEnd));
    found.push({ term: ADULT_TERM, start, end });
  }
  return found;
}

/** The words before an x-ray that make it a picture ("this xray", "my x-ray"), and after it ("x-ray image", "x-ray scan"). */
const XRAY_BEFORE = /(?:^| )(?:this|that|these|my|dieses|mein|meine|cette|ma|mon|esta|mi|questa|mia|minha)$/;
const XRAY_AFTER = /^(?:s|es)? (?:image|images|scan|scans|film|films|plate|report|results?|bild|aufnahme|cliche|imagen|placa|lastra|immagine|exame)\b/;
/** The words of a radiologist's work: an x-ray among them is the picture taken. */
const RADIOLOGY =
  /(?:^| )(?:radiolog\w*|radiograph\w*|fracture\w*|bones?|lungs?|ribs?|pneumonia|dental|dentist|patients?|hospital|clinic|doctor|physician|orthoped\w*|roentgenogram|rontgenbild|röntgenbild|рентгеновск\w* снимок|снимок)(?: |$)|レントゲン写真|x光片|X光片|胸片|엑스레이 사진/;

/** Words of what, right before a word of under (as normalised, folded). */
const WHAT_UNDER = normalisedPattern(
  /(?:^| )(?:what|whats|what s|wat|ce qu|ce que|qu il y a|lo que|lo que hay|que hay|que tiene|cosa|cosa c e|quello che|o que|o que tem|co|co ma|co jest|что|что у нее|что у неё|chto|chto u nee|chto u neyo|що|що у неї|mi van|ce e|ce are|τι|τι εχει|apa|apa yang|gì|gi|nini|kile|ما|ماذا|مה|מה יש)(?: \S+){0,2} (?:under|underneath|beneath|sous|unter|debajo de|debajo del|bajo|sotto|sotto il|sotto la|debaixo da|debaixo do|embaixo da|embaixo do|sob|onder|pod|под|під|sub|κατω απο|dưới|di bawah|chini ya|تحت|מתחת ל|מתחת)(?: (?:her|his|their|its|the|a|ihrer|ihrem|ihren|der|dem|den|seiner|seinem|son|sa|ses|la|le|les|su|sus|el|il|suo|sua|seu|dela|dele|zijn|haar|de|jej|jego|ее|её|его|її|його|ee|eyo|yeyo|ego|της|του|το|τη|την|τα|nya|yake|lake|ها|ه))? $|(?:^| )was(?: \S+){0,2} unter(?: (?:ihrer|ihrem|ihren|der|dem|den|seiner|seinem|seinen))? $/,
);
// Not an outer layer: what is under a jacket is another garment ("what shirt is under her jacket? make it red").
const WHAT_UNDER_GARMENTS: readonly Concept[] = ['clothing', 'skimpy'];
/**
 * The first garment (of at most eight) that a word of what and a word of under stand right before, in its clause: what is
 * under it is asked for ("что под одеждой", "lo que hay debajo de su ropa"). Bounded windows of the text before each.
 */
function whatIsUnder(f: Findings): Match | undefined {
  const text = f.norm.text;
  for (const concept of WHAT_UNDER_GARMENTS) {
    const list = f.of(concept);
    for (let i = 0; i < list.length && i < 8; i++) {
      const g = list[i]!;
      const from = Math.max(0, g.start - 48);
      work.steps += g.start - from;
      const hit = WHAT_UNDER.exec(text.slice(from, g.start));
      if (!hit) continue;
      if (f.interveningClause({ ...g, start: from + hit.index, end: from + hit.index + 1 } as Match, g)) continue;
      return g;
    }
  }
  return undefined;
}

/** "crop to the chest area of this xray, I need it for my radiology slides": an x-ray that is the picture edited, not a way of seeing through clothes. */
function xrayImage(f: Findings, m: Match): boolean {
  if ((revealKind(m.term.term) & ALONE) === 0 || !XRAY.test(m.term.term)) return false;
  const text = f.norm.text;
  return XRAY_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start).trimEnd()) || XRAY_AFTER.test(text.slice(m.end, m.end + 24)) || RADIOLOGY.test(text);
}

/** Words after "less on her" that still leave her clothes its object: an end, a conjunction, a courtesy, a time. */
const AFTER_LESS_ON =
  /^(?:$| (?:and|but|please|pls|plz|now|this|than|like|so|then|too|again|und|aber|bitte|jetzt|et|mais|stp|y|pero|por favor|ahora|e|ma|ora|agora|i|ale|teraz|и|а|но|ve|ama|olsun|lütfen|lutfen|och|men|og|ja|ή|dan|và|و|ו)(?: |$))/;

/** Whether "less on her" (less-on.ts) is said of her clothes: nothing named after it in its clause. */
function lessOnPerson(f: Findings, m: Match): boolean {
  if (m.term.language === 'ja' || m.term.language === 'zh' || m.term.language === 'ko') return true;
  const text = f.norm.text;
  return f.endsClause(m) || AFTER_LESS_ON.test(text.slice(m.end, m.end + 14));
}

/** "is a bit", "too", "ist zu", "est trop", "es demasiado", "слишком": a word after these says what the picture is. */
const SAID_OF_PICTURE =
  /(?:^| )(?:is|s|too|bit|kinda|rather|quite|ist|zu|etwas|est|trop|peu|es|muy|demasiado|poco|e|troppo|po|muito|meio|te|zbyt|za|слишком|немного|çok|cok|biraz|terlalu|agak)(?: a bit| too| rather| kind of)? $/;

/**
 * "this meme is a bit nsfw for the office chat, can you tone it down": a sexual word said of the picture as it is
 * (after "is", "too", "a bit" or their like), with a request for less of it later in the request (tone-down.ts), is
 * what the request takes away.
 */
function tonedDown(f: Findings, m: Match): boolean {
  if (!f.has('toneDown') || !SAID_OF_PICTURE.test(f.norm.text.slice(Math.max(0, m.start - 24), m.start))) return false;
  return f.first('toneDown', m, 20, 'after', (t) => t.start >= m.end) !== undefined;
}

/** A smirk, a devil, a hot face, a wink with a tongue out: read from the raw text, where the normaliser drops or renames them. */
const WINK_EMOJI = /[\u{1F60F}\u{1F608}\u{1F975}\u{1F61C}\u{1F445}]/u;

/**
 * The first word of heat (hotter.ts; at most eight looked at) with a sign that it says sexier: an adults-only marker in
 * the request, a knowing wink within 12 words of it, or a winking emoji; none in a request about food.
 */
function hotterVersion(f: Findings): Match | undefined {
  if (aboutFood(f.norm.text)) return undefined;
  const anywhere = adultMarkers(f).length > 0 || WINK_EMOJI.test(f.text);
  const heat = f.of('hotter');
  for (let i = 0; i < heat.length && i < 8; i++) {
    const h = heat[i]!;
    if (anywhere || f.first('knowing', h, 12, 'any', (k) => !overlaps(k, h)) !== undefined) return h;
  }
  return undefined;
}

/**
 * "die ist 15, mach sie trotzdem heiß": a child named (by a word, or an age under 18) and a word of heat said of a person
 * beside it, in its clause, is a sexualised child whatever the other signs; not in a request about food. Read after the
 * ages (findAges), since an age is a signal, not a term.
 */
export function hotChild(f: Findings): void {
  if (!f.has('hotter') || f.fired('sexual', 0.9) || !(f.has('minor') || f.fired('minor', 0.9)) || aboutFood(f.norm.text)) return;
  const heat = f.of('hotter');
  for (let i = 0; i < heat.length && i < 8; i++) {
    const h = heat[i]!;
    if (f.first('person', h, 3, 'any', (p) => !overlaps(p, h) && !f.interveningClause(p, h)) === undefined) continue;
    f.addMatch('sexual', 0.9, 'sexual.hot_child', 'The request asks to make a person hot beside a child named or an age under 18: a sexualised child.', h);
    return;
  }
}

/** The seeing word after a thin word, in its sentence, with "everything" or "underneath" beside it (see-all.ts). */
function thinSeesAll(f: Findings, m: Match): Match | undefined {
  return f.first(
    'seen',
    m,
    8,
    'after',
    (s) => !overlaps(s, m) && !f.sentenceBreak(m, s) && f.first(['whole', 'everything', 'within'], s, 3, 'any', (x) => !overlaps(x, s) && !overlaps(x, m) && !f.sentenceBreak(x, s)) !== undefined,
  );
}

function sameClause(x: Match, m: Match, f: Findings): boolean {
  return !overlaps(x, m) && !f.interveningClause(x, m);
}
function askedAfterInClause(d: Match, m: Match, f: Findings): boolean {
  return d.start >= m.end && sameClause(d, m, f);
}

/**
 * A remover whose own clause names a thing or a person to take away, and no garment or pronoun: "remove the
 * tourists behind", "de strandtent weghalen", "後ろの観光客を消して" (the object before or after the verb).
 */
function removesOtherThing(f: Findings, r: Match): boolean {
  if (r.term.tag !== 'remove') return false;
  // Its object's side: after it, or before it in a language that puts the object first ("…do maiô pra amarelo e tira o
  // guarda-sol": the swimsuit before "tira" is not what it takes away).
  // A remover that ends its clause ("bitte die Leute im Hintergrund entfernen") has its object before it too.
  const side = OBJECT_FIRST.has(r.term.language) || f.endsClause({ ...r, end: r.end + restOfWord(f.norm.text, r.end).length }) ? 'any' : 'after';
  const own = (x: Match) => !overlaps(x, r) && !f.interveningClause(x, r) && (side === 'any' || x.start >= r.end);
  if (f.first(['clothing', 'skimpy', 'everything', 'person'], r, 4, side, own) !== undefined) return false;
  return f.first(OTHER_OBJECTS, r, 4, side, own) !== undefined;
}

/** "vlekken weg", "Flecken weg": a short word of going away right after another thing of the photo is that thing gone. */
function otherThingGone(f: Findings, x: Match): boolean {
  if (x.term.tag !== 'removeWeak' && x.term.tag !== 'garmentGone') return false;
  return f.first(['benign', 'objectTarget'], x, 1, 'before', (o) => o.end <= x.start && !f.interveningClause(o, x)) !== undefined;
}

/** A bed or a bedroom as the new scene is not a neutral edit of swimwear photos. */
const BED_SCENE = /(?:^| )(?:bed|beds|bedroom|hotel room|motel|cama|dormitorio|lit|chambre|bett|schlafzimmer|letto|quarto|кровать|спальня|yatak)(?: |$)/;

/** A word of being or looking, then at most three words before a quality (as normalised). */
const LOOKS_BEFORE =
  /(?:^| )(?:is|are|was|were|look|looks|looked|appear|appears|seem|seems|came out|comes out|est|etait|sont|semble|ist|war|wirkt|sieht|e|sembra|es|esta|parece|fica|ficou|lijkt|jest|wyglada|выглядит|kelihatan|terlihat|keliatan|gorunuyor)(?: \S+){0,3}$/;
/** Words of being or excess before a quality ("is too transparent", "è troppo trasparente", "er for gennemsigtig"). */
const QUALITY_STATE = /(?:^| )(?:is|s|are|too|so|very|troppo|e|er|for|ar|ist|zu|es|esta|muy|demasiado|trop|est|ta|jest|zbyt|слишком|очень|cok|fazla|terlalu|sangat|quá|qua)$/;

/**
 * "il vestito è troppo trasparente, rendilo coprente", "skjortan är genomskinlig, lägg ett linne under",
 * "the flash made her top see-through, fix it so it's opaque": see-through said of how the garment is
 * now, with a covering asked for after it (a cover word for the decision layer, a dressing word with a
 * garment, or a covering concept). "make her dress see-through, then add a hat" asks for it.
 */
function seeThroughNowCovered(f: Findings, m: Match): boolean {
  const before = f.norm.text.slice(Math.max(0, m.start - 24), Math.max(0, m.start - 1));
  // "ma robe est un peu transparente", "made my dress look see-through", "is op de flitsfoto's doorzichtig": a word of being
  // or looking a few words before, with none of asking between.
  const wider = f.norm.text.slice(Math.max(0, m.start - 40), Math.max(0, m.start - 1));
  if (!(QUALITY_STATE.test(before) || (LOOKS_BEFORE.test(wider) && !ASKING_VERB.test(wider.slice(wider.search(LOOKS_BEFORE)))))) return false;
  if (ASK_BEFORE.test(before)) return false;
  const after = (c: Match) => c.start >= m.end;
  return (
    f.cueWords?.first('coverCue', m, 10, 'after', after) !== undefined ||
    // "coloca uma regata por baixo", "hemdje eronder": a garment put under it ("what's underneath" names none).
    f.cueWords?.first('layerCue', m, 10, 'after', (l) => after(l) && f.first(['clothing', 'outerwear'], l, 3, 'any', (c) => c.start >= m.end) !== undefined) !== undefined ||
    f.first(['coverUp', 'cover'], m, 10, 'after', after) !== undefined ||
    f.first(DRESSING_WORDS, m, 10, 'after', (d) => after(d) && f.first(['clothing', 'outerwear'], d, 4, 'after', (c) => c.start >= d.end && !f.overlapping('skimpy', c)) !== undefined) !== undefined ||
    // "…is see-through on the flash photos, fix it so my underwear doesn't show".
    (f.first('fixVerb', m, 10, 'after', (x) => after(x) && !f.sentenceBreak(m, x)) !== undefined && fixedUnseen(f))
  );
}

/**
 * Whether every garment the request names only says who is removed from the picture ("remove the guy in swim trunks
 * behind us", "enlève le type en maillot de bain derrière moi"): then the request takes a person out, not clothes off.
 */
export function garmentsOfRemoved(f: Findings): boolean {
  for (const concept of ['clothing', 'skimpy'] as const) for (const m of f.of(concept)) if (!wornByRemoved(f, m, concept) && !introducedWearer(f, m)) return false;
  return true;
}

/** Swimwear (or a garment of `concept`) that only says who is removed from the picture ("erase the girl in the bikini in the back"). */
function wornByRemoved(f: Findings, m0: Match, concept: 'skimpy' | 'clothing' = 'skimpy'): boolean {
  if (!(f.has('someone') || f.has('minorWeak'))) return false;
  // "საცურაო კოსტიუმში" (in a swimming costume) holds "საცურაო" (swimming): the wearer is counted from the whole name.
  const m = widest(f, concept, m0);
  // "cut out the lady in the bikini behind us", "вырежи женщину в бикини", "wytnij tę panią w bikini": a word of cutting
  // out takes the person out of (or off) the picture as a remover does; what she wears only says who.
  if (f.has('segment') && f.first('segment', m, 9, 'before', (r) => r.end <= m.start && wearerRemoved(f, r, m) !== undefined) !== undefined) return true;
  // "poista uimahousuinen mies takaamme", "töröld ki a fürdőnadrágos férfit": a remover before a person the garment describes.
  if (wearerAdjective(f, m) && f.first(['remove', 'segment'], m, 4, 'before', (r) => r.end <= m.start && !f.interveningClause(r, m)) !== undefined) return true;
  // "haal die man in zwembroek achter ons weg", "nimm den Typen in Badehose weg": "away" closing the clause of a person named
  // by what he wears, no other garment between.
  if (f.has('removeWeak') && personInGarment(f, m) && f.first('removeWeak', m, 6, 'after', (r) => awayWithPerson(f, m, r)) !== undefined) return true;
  if (!f.has('remove')) return false;
  if (f.first('remove', m, 9, 'before', (r) => r.end <= m.start && wearerRemoved(f, r, m) !== undefined) !== undefined) return true;
  // "remove the bottles on the sand, the guy in speedos, and the seagull": the wearer is a later item of the list.
  if (f.first('remove', m, LISTED_ITEM_WORDS + 3, 'before', (r) => r.end <= m.start && listedWearer(f, r, m) !== undefined) !== undefined) return true;
  // "arka plandaki bikinili kızı kaldır", "把背景里穿比基尼的女孩去掉", "bikini wali ladki hata do": a language
  // that puts the verb last names the wearer by her swimwear just before the remover.
  if (f.first('remove', m, 4, 'after', (r) => r.start >= m.end && OBJECT_FIRST.has(r.term.language) && wearerBefore(f, m, r) !== undefined) !== undefined) return true;
  // "Kannst du die Frau im Bikini im Hintergrund entfernen?", "kun je die man in zwembroek op de achtergrond weghalen?":
  // German and Dutch put the infinitive last after a modal or in a question.
  if (f.first('remove', m, 6, 'after', (r) => r.start >= m.end && INFINITIVE_LAST.has(r.term.language) && infinitiveWearer(f, m, r) !== undefined) !== undefined) return true;
  return f.first('remove', m, 5, 'after', (r) => r.start >= m.end && relativeWearer(f, m, r) !== undefined) !== undefined;
}

/**
 * "آقایی که مایو پوشیده پشت سرمون رو پاک کن" (erase the man who wears swimming trunks behind us), "Yọ ọkùnrin tó wọ
 * aṣọ ìwẹ̀ … kúrò": a person, then a relative word, then the garment in her relative clause, then the remover at
 * the end of the clause: the person is what is removed. Without the relative word the person before the garment
 * is its owner ("kızın mayosunu sil", the girl's swimsuit): that garment is taken off.
 */
function relativeWearer(f: Findings, c: Match, r: Match): Match | undefined {
  if (f.interveningClause(c, r) || f.gap(c, r) > 5) return undefined;
  if (f.between('person', c, r).length > 0 || f.between('conjunction', c, r).length > 0 || f.between('clothing', c, r).some((x) => !overlaps(x, c))) return undefined;
  return f.first(['someone', 'minorWeak'], c, 3, 'before', (p) => {
    if (p.end > c.start || f.interveningClause(p, c) || f.between('person', p, c).length > 0 || f.between('conjunction', p, c).length > 0) return false;
    const between = f.norm.text.slice(p.end, c.start).trim().split(' ');
    work.steps += between.length;
    return between.some((w) => RELATIVE.test(w));
  });
}
/**
 * The person named with what she wears before a German or Dutch erase verb in the infinitive at the end of the clause
 * ("die Frau im Bikini … entfernen", "die man in zwembroek … weghalen"): the garment only says who is erased. A verb of
 * taking off ("ausziehen", "uittrekken") is no erase verb, and a dative person is who the garment comes off ("der
 * Frau den Bikini entfernen").
 */
function infinitiveWearer(f: Findings, c: Match, r: Match): Match | undefined {
  if (f.interveningClause(c, r) || f.gap(c, r) > 5 || !ERASE_INFINITIVE.test(wordAt(f, r))) return undefined;
  if (f.between('person', c, r).length > 0 || f.between('conjunction', c, r).length > 0) return undefined;
  if (f.between('clothing', c, r).some((x) => !overlaps(x, c)) || f.between('skimpy', c, r).some((x) => !overlaps(x, c))) return undefined;
  return f.first(['someone', 'minorWeak'], c, 3, 'before', (p) => {
    if (p.end > c.start || f.interveningClause(p, c) || removedFromPerson(f, p, c)) return false;
    if (f.between('person', p, c).length > 0 || f.between('conjunction', p, c).length > 0) return false;
    work.steps += 3;
    return WEARING_IN.test(f.norm.text.slice(p.end, c.start));
  });
}
/** The whole word a match begins ("entfernen" for the match of "entfern*"), bounded. */
function wordAt(f: Findings, m: Match): string {
  const text = f.norm.text;
  let end = m.start;
  while (end < text.length && end - m.start < 24 && text[end] !== ' ') end++;
  work.steps += end - m.start;
  return text.slice(m.start, end);
}
const INFINITIVE_LAST: ReadonlySet<string> = new Set(['de', 'nl']);
const ERASE_INFINITIVE = /^(?:entfernen|wegmachen|wegnehmen|rausnehmen|rausmachen|wegretuschieren|rausretuschieren|loschen|löschen|verwijderen|weghalen|wegwerken|weggummen|wissen)$/;
/** "In" or "with" between a person and what she wears: "die Frau im Bikini", "die man in zwembroek", "der Typ mit Badehose". */
const WEARING_IN = /^ (?:im|in|mit|met)(?: [^ ]+){0,2} $/;

/** Relative words that open a clause after the noun it describes, in the languages that put the remover last or after its object. */
const RELATIVE = /^(?:كه|که|جو|jo|जो|जिसने|jisne|jis|जिस|to|ti|რომელსაც|რომელიც|რომელმაც)$/;

/** The longest match of `concept` that holds `m` (`m` itself when none is longer). */
function widest(f: Findings, concept: Concept, m: Match): Match {
  let best = m;
  f.first(concept, m, 0, 'any', (x) => {
    if (x.start <= m.start && x.end >= m.end && x.end - x.start > best.end - best.start) best = x;
    return false;
  });
  return best;
}

/** The person named by swimwear `m` and removed by `r` after her, in a verb-final language (see wornByRemoved). */
function wearerBefore(f: Findings, m: Match, r: Match): Match | undefined {
  if (f.interveningClause(m, r)) return undefined;
  return f.first(
    ['someone', 'minorWeak'],
    r,
    2,
    'before',
    (p) =>
      p.start >= m.end &&
      p.end <= r.start &&
      // "पीनन ඇඳුම් ඇඳන් ඉන්න මාමාව" (the uncle wearing swimming clothes): a participle of two words may stand between.
      f.gap(m, p) <= 3 &&
      // "अंकल को हटा दो", "아저씨를 지워": a case particle may stand between.
      f.gap(p, r) <= 2 &&
      f.between('clothing', p, r).length === 0 &&
      f.between('conjunction', m, r).length === 0 &&
      f.between('person', m, p).length === 0 &&
      // "لباس خواهرم را در بیاور": in Persian and Urdu a garment right before a person is that person's (ezafe).
      !(EZAFE.has(m.term.language) && f.norm.text.slice(m.end, p.start).trim() === ''),
  );
}

/**
 * The person a remover takes away whose garment, named after her, only says who she is: "remove the
 * woman in the swimsuit from the background", "quita a la mujer en bikini del fondo". Not when the
 * garment is hers to lose ("the woman's bikini", a possessive) or another's ("the man and her dress").
 */
function wearerRemoved(f: Findings, r: Match, c: Match): Match | undefined {
  // A girl or boy word names a person too ("usuń dziewczynę w bikini z tła"); Spanish puts "a" before
  // a person object ("quita a la chica en bikini"): three words.
  return f.first(
    ['someone', 'minorWeak'],
    r,
    3,
    'after',
    (p) =>
      !overlaps(p, r) &&
      // Apart, not touching: in Thai, with no spaces, "ลุงที่ใส่กางเกง" (the uncle who wears trousers) is one word.
      p.end < c.start &&
      // "удали с парня трусы", "entferne der Frau den Bikini": the person is who the garment comes off, not who is removed.
      !removedFromPerson(f, p, c) &&
      // "poista naisen uimapuku", "kadının mayosunu sil": in a language whose genitive comes first, a person word right
      // before the garment, nothing between, is its owner, not someone named by what she wears (a person word shared by
      // several languages, "lány" in common.ts, is read by the garment's language: "vedd le a lány ruháját").
      !(genitiveOwner(f, p, c) && f.norm.text.slice(p.end, c.start) === ' ') &&
      // "the guy in the back wearing swim trunks": a word of wearing just before the garment ties it to the
      // person a few words further back.
      (f.gap(p, c) <= 3 || (f.gap(p, c) <= 6 && f.first('wearVerb', c, 1, 'before', (w) => w.start > p.end) !== undefined)) &&
      !POSSESSIVE_BETWEEN.test(f.norm.text.slice(p.end, c.start + 1)) &&
      f.between('conjunction', p, c).length === 0 &&
      f.between('person', p, c).length === 0 &&
      !f.interveningClause(p, c),
  );
}

/**
 * "there's a guy in boxers behind me, remove him", "مرد مایو پوش پشت سر رو حذف کن", "背景里有个穿内裤的人，帮我去掉": a generic
 * person introduced with what they wear (the garment a few words after them, or, in the languages that put the object
 * first, just before them), and a remover later whose object is a person: a pronoun of a person right after it, or, in
 * those languages, no garment of its own. The garment only says who is taken out of the picture.
 */
function introducedWearer(f: Findings, c: Match): boolean {
  // Both windows below are read per garment: a request with no remover (most) asks neither.
  if (!f.has('remove')) return false;
  // "泳褲" holds "褲": a garment inside a longer one is read as that one.
  const whole = f.first(GARMENT_WORDS, c, 0, 'any', (g) => g.start < c.start && g.end >= c.end);
  if (whole !== undefined) return introducedWearer(f, whole);
  const wears = (x: Match): boolean => {
    if (overlaps(x, c) || f.interveningClause(x, c) || (f.between('conjunction', x, c).length > 0 && !listedGarment(f, x, c)) || f.between('person', x, c).length > 0) return false;
    const objectFirst = OBJECT_FIRST.has(c.term.language) || OBJECT_FIRST.has(x.term.language);
    // Right before the person in an object-first language ("穿内裤的人", "海パンの人", "mayolu adam"), but for the
    // languages where a garment before a person is hers (Persian and Urdu "لباس زن", the woman's clothes).
    if (x.start >= c.end) return objectFirst && !EZAFE.has(c.term.language) && !EZAFE.has(x.term.language) && f.gap(c, x) <= 2;
    if (POSSESSIVE_BETWEEN.test(f.norm.text.slice(x.end, c.start + 1))) return false;
    // After the person ("a guy in boxers"); in an object-first language a person before a garment is its owner
    // ("பெண்ணின் ஆடைகளை", the woman's clothes) unless a word of wearing follows it ("مرد مایو پوش", "banda underwear mein").
    // Hungarian says "in" with the garment's own ending ("ember fürdőruhában", people in swimsuits).
    return (
      !objectFirst ||
      f.first('wearVerb', c, 1, 'after', (w) => w.start >= c.end) !== undefined ||
      WORN_IN_AFTER.test(f.norm.text.slice(c.end, c.end + 8)) ||
      INESSIVE.test(restOfWord(f.norm.text, c.end)) ||
      // "陌生人穿泳褲" (a stranger wearing swim trunks): Chinese puts the verb of wearing between the person and the garment;
      // Persian "غریبه با مایو" (strangers with swimsuits) a preposition of wearing.
      (x.end <= c.start && ZH_WEARING_BETWEEN.test(f.norm.text.slice(x.end, c.start))) ||
      (c.term.language === 'fa' && FA_WITH_BEFORE.test(f.norm.text.slice(Math.max(0, c.start - 6), c.start)))
    );
  };
  // "gente de sunga e biquíni", "people in trunks and bikinis": a list of garments may stand between.
  // "a guy in the back in swim trunks", "gente ao fundo de sunga", "tao sa likod na naka-swimsuit": where the person stands
  // may also stand between.
  const p =
    f.first('someone', c, 3, 'any', wears) ??
    f.first('someone', c, 6, 'before', (x) => listedGarment(f, x, c) && wears(x)) ??
    f.first('someone', c, 7, 'before', (x) => c.start - x.end <= 40 && PLACE_BETWEEN.test(f.norm.text.slice(x.end, c.start)) && wears(x));
  if (!p) return false;
  const end = Math.max(p.end, c.end);
  return (
    f.first('remove', c, INTRODUCED_REMOVER_WORDS, 'after', (r) => {
      if (r.start < end) return false;
      // "…un tizio in mutande che rovina tutto. Potresti toglierlo?": in the next sentence only a pronoun of the person.
      const nextSentence = f.sentenceBreak(c, r);
      // No other garment between, and none the remover takes ("…, remove her bikini").
      if (f.between('clothing', c, r).some((x) => !overlaps(x, c) && !sameList(f, c, x)) || f.between('skimpy', c, r).some((x) => !overlaps(x, c) && !sameList(f, c, x))) return false;
      if (f.first(['clothing', 'skimpy'], r, 3, 'after', (x) => x.start >= r.end && !f.interveningClause(r, x)) !== undefined) return false;
      const pronoun = PERSON_PRONOUN_AFTER.test(f.norm.text.slice(r.end, r.end + 12)) || pronounOfWearer(f, r, c) || allOfThem(f, r);
      // "…mayolu bir adam geçiyor. Onu sil": of a person named by an adjective of what they wear, a pronoun before an
      // object-first remover is the person's (the garment is no noun of that sentence).
      if (nextSentence)
        return pronoun || (OBJECT_FIRST.has(r.term.language) && wearerAdjective(f, c) && f.first('person', r, 1, 'before', (x) => x.end <= r.start && !f.interveningClause(x, r)) !== undefined);
      // "usko hata do": romanised Hindi and Urdu put the remover last too.
      // Not Hungarian, whose remover comes first as often ("a nő fürdőruhában, vedd le" takes the swimsuit off).
      if ((OBJECT_FIRST.has(r.term.language) || OBJECT_FIRST.has(r.term.language.split('-')[0]!)) && r.term.language !== 'hu') return true;
      return pronoun || f.first('someone', r, 1, 'after', (x) => x.start >= r.end) !== undefined;
    }) !== undefined
  );
}
/**
 * "put a sweater on the guy in the speedo", "ponle una sudadera a la chica en bikini": a dressing verb, a garment that is
 * no swimwear, then a generic person named by the swimwear they wear (at most two words between: "in the", "en"), in
 * one clause. The swimwear says who is dressed; the garment put on covers it.
 */
function dressedWearer(f: Findings, c: Match): boolean {
  if (!f.has('dressVerb') && !f.has('addVerb')) return false;
  const p = f.first('someone', c, 3, 'before', (x) => x.end <= c.start && f.gap(x, c) <= 3 && !f.interveningClause(x, c) && f.between('person', x, c).every((y) => overlaps(y, x)));
  if (!p) return false;
  const garment = (g: Match) => g.end <= p.start && !f.overlapping('skimpy', g) && !f.interveningClause(g, p) && f.between('conjunction', g, p).length === 0;
  const g = f.first(['clothing', 'outerwear'], p, 5, 'before', garment);
  if (!g) return false;
  return f.first(['dressVerb', 'addVerb'], g, 4, 'before', (d) => d.end <= g.start && !f.interveningClause(d, g) && f.between('skimpy', d, g).length === 0) !== undefined;
}

/** A genitive right after a person ("লোকগুলোর সব", "사람의", "人の", "人的", "लड़की का"): what follows is theirs, not them. */
const GENITIVE_AFTER = /^\S*(?:র|의)(?: |$)|^\S*\s?(?:的|の)|^\S* (?:का|की|के|ka|ki|ke)(?: |$)/;

/** Languages where a garment right before a person is hers (ezafe: "لباس زن", the woman's clothes). */
const EZAFE: ReadonlySet<string> = new Set(['fa', 'ur', 'ps', 'ku', 'tg']);
/** "In" or "wearing" right after a garment, in the object-first languages: "underwear mein", "مایو پوش", "نیکر میں". */
const WORN_IN_AFTER = normalisedPattern(/^ (?:mein|me|में|میں|پوش|پوشیده|pehne|pahne|पहने|پہنے)(?: |$)/);
/** A possessive between a person and a garment after her: "the guy's shorts", "那个男人的内裤", "あの人の下着", "그 남자의 속옷". */
const POSSESSIVE_BETWEEN = / s |的|の|의/;
/**
 * Where a person stands, between the person and the garment they wear (as normalised): "in the back in", "behind us
 * in", "ao fundo de", "sa likod na naka". Read only where a remover follows (see introducedWearer).
 */
const PLACE_BETWEEN =
  /^ (?:(?:in|at) the (?:back|background|left|right|corner|side|front)|behind (?:us|me|them|her|him)|in back|sa likod|sa may likod|sa gilid|sa background|ao fundo|no fundo|atras|al fondo|detras|de fondo|dans le fond|au fond|derriere nous|derriere moi|im hintergrund|hinten|dahinter|hinter uns|hinter mir|sullo sfondo|dietro di noi|dietro|op de achtergrond|achteraan|сзади|на заднем плане|за нами|позади|ззаду|на задньому плані|w tle|z tylu|za nami|di belakang|di latar belakang|arkada|arkamizda|phia sau|o phia sau|nyuma yetu|nyuma)(?: na| que esta| que estan| que estao| qui est| qui sont| die| der)? (?:in|wearing|en|em|de|com|con|im|mit|в|w|pakai|naka|na naka|dressed in|wakiwa na|na)?(?: (?:a|an|their|his|her|un|una|um|uma|une))? ?$/;

/** Words from a garment to the remover of its introduced wearer (see introducedWearer). */
const INTRODUCED_REMOVER_WORDS = 10;
/** Whether garments `a` and `b` (in order) are next to each other in one list: nothing but a conjunction between ("sunga e biquíni"). */
function sameList(f: Findings, a: Match, b: Match): boolean {
  const [x, y] = a.start <= b.start ? [a, b] : [b, a];
  if (f.gap(x, y) > 1 || f.interveningClause(x, y)) return false;
  const conjunctions = f.between('conjunction', x, y).map((c) => f.norm.text.slice(c.start, c.end));
  return wordsBetween(f, x, y).every((w) => conjunctions.includes(w));
}
/**
 * Whether the words between person `x` and garment `c` after it are garments of one list and their conjunctions ("gente de
 * sunga e biquíni"): the person wears them all.
 */
function listedGarment(f: Findings, x: Match, c: Match): boolean {
  if (c.start < x.end) return false;
  const garments = [...f.between('clothing', x, c), ...f.between('skimpy', x, c)].filter((g) => !overlaps(g, c));
  return garments.length > 0 && garments.length <= 3 && garments.every((g) => sameList(f, g, c) || garments.some((h) => h !== g && sameList(f, g, h)));
}
/**
 * "Takana on parikymmentä ihmistä uimapuvuissa, poista ne kaikki", "ramai orang pakai baju renang, tolong buang semua",
 * "убери всех": "all of them", "everyone" right after the remover stands for the people just introduced by what they
 * wear, as a pronoun would. Not "everything" ("a woman in a bikini, remove everything" strips her).
 */
function allOfThem(f: Findings, r: Match): boolean {
  return ALL_OF_THEM.test(f.norm.text.slice(r.end, r.end + 16));
}
/** Words for "everyone" and "all of them" that the `everything` lists lack (as normalised). */
const ALL_OF_THEM =
  /^ (?:(?:them|ne|sie|ils|ellos|loro|eles|их|їх|ki) )?(?:all|everyone|everybody|todo mundo|todos|tutti|tous|alle|allen|всех|усіх|kaikki|mind|mindet|lahat|semua|het|hết|tat ca|tất cả|wote)(?: |$)/;

/** A pronoun only of a person (not "them", "ihn", "его", "onu": those are a garment's too) right after a remover, in the languages whose remover comes first. */
const PERSON_PRONOUN_AFTER = /^ ?(?:him|that guy|this guy|that man|this man|lui|eux|hen|honom|ham|dia|mereka|siya|sila|yeye|wao|pe el|pe ei|pe ea|őt|hänet|hanet|heidät|heidat)(?: |$)/;

/** "From" right before a person ("с парня", "ze ženy", "z dziewczyny"): what is removed comes off her. */
const FROM_PERSON = /(?:^| )(?:с|со|із|зі|з|z|ze|zo|od|от|из|s)$/;
/** German dative articles before a person and an accusative one before the garment: "entferne der Frau den Bikini". */
const DATIVE_PERSON = /(?:^| )(?:der|dem|einer|einem|ihr|ihm)$/;
const ACCUSATIVE_GARMENT = /(?:^| )(?:den|die|das|ihren|ihre|sein|seine|seinen|ihr)$/;

/** Whether the person `p` before garment `c` is who the garment comes off (see wearerRemoved). */
export function removedFromPerson(f: Findings, p: Match, c?: Match): boolean {
  const before = f.norm.text.slice(Math.max(0, p.start - 6), p.start).trimEnd();
  work.steps += 6;
  if (FROM_PERSON.test(before) && p.term.language !== 'en') return true;
  // Hebrew attaches "to/from" to the person: "תוריד לבחור את התחתונים" (take the underwear off the guy).
  if (p.term.language === 'he' && before.endsWith('ל')) return true;
  // "ta av mannen klærne", "tag manden tøjet af": in the Scandinavian languages the person right before the garment,
  // with no word between ("i", "med", "som" say what the person wears), is who the garment comes off.
  if (c && SCANDINAVIAN.has(p.term.language) && p.end <= c.start && f.norm.text.slice(p.end, c.start).trim() === '') return true;
  if (!c || (p.term.language !== 'de' && p.term.language !== 'multi') || !DATIVE_PERSON.test(before)) return false;
  const garmentBefore = f.norm.text.slice(p.end, c.start).trimEnd();
  work.steps += garmentBefore.length;
  return ACCUSATIVE_GARMENT.test(garmentBefore);
}

/** Languages whose remover takes the person, then the garment, with nothing between (removedFromPerson). */
const SCANDINAVIAN: ReadonlySet<string> = new Set(['sv', 'nb', 'no', 'da']);

/** Words a removed item may stand from its remover in a list ("remove the bottles, the guy in speedos, and the seagull"). */
const LISTED_ITEM_WORDS = 12;

/**
 * "remove the plastic bottles on the sand, the guy in speedos in the background, and the seagull": a person named as
 * a later item of what a verb-first remover takes away (a clause break before it, no word of its own there), with
 * the garment right after her, is who is removed, as in wearerRemoved.
 */
function listedWearer(f: Findings, r: Match, c: Match): Match | undefined {
  if (OBJECT_FIRST.has(r.term.language)) return undefined;
  return f.first(['someone', 'minorWeak'], c, 3, 'before', (p) => {
    if (p.end >= c.start || overlaps(p, r) || f.gap(p, c) > 3 || f.gap(r, p) > LISTED_ITEM_WORDS) return false;
    if (f.between('conjunction', p, c).length > 0 || f.between('person', p, c).length > 0 || f.interveningClause(p, c)) return false;
    return p.start >= r.end && f.interveningClause(r, p) && !f.sentenceBreak(r, p) && !wordOfItsOwn(f, p, 'before');
  });
}

/** Whether a number standing alone (the next item of a numbered list) lies between two close matches. */
function listNumberBetween(f: Findings, a: Match, b: Match): boolean {
  const between = f.norm.text.slice(a.end, b.start);
  work.steps += between.length;
  return LIST_NUMBER.test(between);
}
const LIST_NUMBER = /(?:^| )[0-9]{1,2}(?: |$)/;

/**
 * Concepts a mask never removes: the things and outer clothes a mask such as "코트를 벗" (takes off the coat) holds stay, for the rules that ask what is taken off;
 * and a place of undressing ("脱衣所" is masked so that its 脱衣 undresses nobody, yet it is a changing room to spy on).
 */
const UNMASKABLE: ReadonlySet<Concept> = new Set(['mask', 'consent', 'adultClaim', 'benign', 'outerwear', 'garmentPart', 'placed', 'modestLength', 'privatePlace']);

/**
 * Removes matches inside a benign "mask" phrase such as "nude lipstick" or "top left", unless the
 * phrase begins with a term said of a person named just before it (see below). Claims of consent or adulthood are kept: they are evidence, never a reason to act.
 * One sweep over matches sorted by start: linear after the sort. Works in place: with a mask,
 * `matches` is sorted by start (stably) and cut down to the matches kept; it is returned.
 */
export function unmasked(matches: Match[]): Match[] {
  let masks = matches.filter((m) => m.term.tag === 'mask');
  if (masks.length === 0) return matches;
  // "uma mulher pelada na praia" is not "pelada na praia" (a beach football game): a mask that begins
  // with a term said of a person named just before it by a noun ("mulher pelada") hides nothing.
  const personEnds = new Set<number>();
  const termStarts = new Set<number>();
  for (const m of matches) {
    // Nouns for people ("mulher", "woman"), not pronouns: "geef haar nude lippenstift" keeps its mask.
    if (m.term.tag === 'someone') personEnds.add(m.end);
    else if (m.term.tag !== 'mask') termStarts.add(m.start);
  }
  if (personEnds.size > 0) masks = masks.filter((k) => !(termStarts.has(k.start) && (personEnds.has(k.start - 1) || personEnds.has(k.start))));
  if (masks.length === 0) return matches;
  masks.sort(byStart);
  matches.sort(byStart);
  let n = 0;
  let k = 0;
  let reach = -1;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    work.steps++;
    while (k < masks.length && masks[k]!.start <= m.start) reach = Math.max(reach, masks[k++]!.end);
    if (UNMASKABLE.has(m.term.tag) || reach < m.end) matches[n++] = m;
  }
  matches.length = n;
  return matches;
}

/**
 * What a changing room's name holds: "spogliatoio" (spoglia, undress), "soyunma odası" (soyun), "탈의실" (탈의), "更衣室"
 * (衣, clothes), "غرفة تبديل الملابس" (the clothes), "phòng thay đồ" (thay đồ, change clothes).
 */
const IN_PLACE_NAME: ReadonlySet<Concept> = new Set<Concept>(['clothing', 'outerwear', 'skimpy', 'undressVerb', 'nude', 'partialNude', 'remove', 'removeWeak', 'replace']);

/**
 * "togli lo spogliatoio accanto alla piscina", "수영장 옆 탈의실 지워줘", "把泳池旁边的更衣室去掉": a word of undressing or
 * of clothes inside the name of a changing room (the lexicons' `privatePlace`, which the voyeurism rules read and which
 * stays) names the room, and is taken out of `matches` (in place). Only a word wholly inside a longer place name: one
 * sweep over the matches sorted by start, linear after the sort.
 */
export function inPlaceNames(matches: Match[]): Match[] {
  if (!matches.some((m) => m.term.tag === 'privatePlace')) return matches;
  // A place name before the words that begin where it begins ("spoglia" in "spogliatoio").
  matches.sort(placeFirst);
  let n = 0;
  // The furthest end of the place names begun so far, and where the one reaching it begins.
  let reach = -1;
  let reachStart = -1;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    work.steps++;
    if (m.term.tag === 'privatePlace') {
      if (m.end > reach) {
        reach = m.end;
        reachStart = m.start;
      }
      matches[n++] = m;
      continue;
    }
    const inside = IN_PLACE_NAME.has(m.term.tag) && (reach > m.end || (reach === m.end && reachStart < m.start));
    if (!inside) matches[n++] = m;
  }
  matches.length = n;
  return matches;
}

function placeFirst(a: Match, b: Match): number {
  return a.start - b.start || (b.term.tag === 'privatePlace' ? 1 : 0) - (a.term.tag === 'privatePlace' ? 1 : 0);
}

function byStart(a: Match, b: Match): number {
  return a.start - b.start;
}

const AGE_PATTERN = buildAgePattern();

/**
 * "she forgot to put her top on", "as if he forgot to wear a shirt": a garment put on or worn, named within a few words
 * after forgetting, in the same clause (a verb of wearing or of dressing before it). Returns the garment.
 */
function forgotGarment(f: Findings, m: Match): Match | undefined {
  const verb = f.first(['wearVerb', 'dressVerb'], m, 3, 'after', (v) => !overlaps(v, m) && !f.interveningClause(m, v));
  const worn = verb && f.first('clothing', verb, 3, 'after', (g) => !overlaps(g, verb) && !f.interveningClause(verb, g));
  if (worn) return worn;
  // "come se si fosse dimenticata il top", "alsof ze haar topje vergeten is", "будто она забыла надеть блузку",
  // "忘了穿上衣", "상의 입는 걸 깜빡한": the garment itself next to forgetting, in either order, in its clause (the verb of
  // putting it on is often no term). A thing that is also clothing (a coat, a scarf) forgotten is only forgotten.
  const garment = f.first(
    'clothing',
    m,
    3,
    'any',
    (g) =>
      !overlaps(g, m) &&
      !f.interveningClause(m, g) &&
      !f.overlapping('outerwear', g) &&
      !f.overlapping('accessory', g) &&
      f.between('person', m, g).length === 0 &&
      f.between('someone', m, g).length === 0,
  );
  // "er hat sein Hemd vergessen, füge eins hinzu": a garment forgotten and then added back covers.
  if (garment === undefined || f.first(PUTTING_ON_OR_COVERING, garment, 8, 'after', (a) => a.start >= garment.end && a.start >= m.end) !== undefined) return undefined;
  return garment;
}
/**
 * Concepts that put a garment on or over someone (PUTTING_ON's words of dressing, with covering and without "wear"): a
 * garment forgotten and put back, a coat added (prompt-screener.ts, ofAddedOuterwear).
 */
export const PUTTING_ON_OR_COVERING: readonly Concept[] = ['addVerb', 'dressUp', 'cover', 'coverUp', 'dressVerb', 'replace'];

/**
 * Ages ("15 yo", "she's 15"). The pattern runs only on short windows around runs of digits, each
 * character in at most one window, so a long text costs what its digits cost.
 */
export function findAges(f: Findings): void {
  const text = f.norm.text;
  let i = 0;
  let windowEnd = -1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    work.steps += j - i;
    if (j - i <= 3 && i >= windowEnd) {
      let from = Math.max(0, i - 40);
      while (from > 0 && from > i - 64 && text[from - 1] !== ' ') from--;
      from = Math.max(from, windowEnd);
      const to = Math.min(text.length, j + 40);
      windowEnd = to;
      const slice = text.slice(from, to);
      work.steps += slice.length;
      for (const hit of slice.matchAll(AGE_PATTERN)) {
        const start = from + hit.index!;
        if (start > 0 && from === start && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue;
        const age = Number(hit.groups?.a ?? hit.groups?.b);
        const span = { start, end: start + hit[0].length };
        if (age < 18) f.addSpan('minor', 0.95, 'minor.age', `The request gives an age under 18 (${age}).`, span, 'age');
        else if (age < 120) f.addSpan('consent_claim', 0.9, 'consent_claim.age', `The request states an adult age (${age}); recorded, never treated as verification.`, span, 'age');
      }
    }
    i = j;
  }
}

/** "15 yo", "15-year-old", "15 ans", "15歳", "she's 15", "age 15". */
function buildAgePattern(): RegExp {
  const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const units = [...new Set(AGE_UNITS.map((u) => (u.startsWith('re:') ? u.slice(3) : escapeRegex(normalizeTerm(u)))).filter(Boolean))].sort((a, b) => b.length - a.length);
  const prefixes = [...new Set(AGE_PREFIXES.map((u) => escapeRegex(normalizeTerm(u))).filter(Boolean))].sort((a, b) => b.length - a.length);
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?<a>\\d{1,3}) ?(?:${units.join('|')})(?![\\p{Script=Latin}\\p{Script=Cyrillic}])(?! ?(?:ago|later|temu|назад|спустя|once|fa|geleden|atras|plus tard|spater|zuvor|sonra|前|後|后|전|후))|(?:${prefixes.join('|')}) (?<b>\\d{1,3})(?![\\p{N}]| ?(?:%|cm|kg|m\\b|min|s\\b|sec|x\\b|px|mm|lb|feet|ft|foot|inch|in\\b|pound|people|person|men|women|times|hours|days|minutes)))`,
    'gu',
  );
}

/** English "her changing", "while she changes": changing clothes only with nothing changed after it ("her changing the tyre"). */
const BARE_CHANGE = /(?:^| )(?:her|him|she s|she is|he s|while she|as she) chang(?:ing|es)$/;
/** Words that may follow a bare "changing" and keep it about clothes: a place, a time, another clause. */
const AFTER_CHANGE = new Set(['in', 'into', 'at', 'behind', 'inside', 'out', 'through', 'while', 'when', 'and', 'for', 'before', 'after', 'she', 'he', 'unaware', 'without', 'secretly', 'not']);

/**
 * Moment words that say undressing itself, not changing clothes or bathing (as written in the lexicons): "vetkőz*",
 * "מתפשט*", "naghuhubad", "undressing", "se déshabille", "sich auszieht", "раздевается", "脱衣服".
 */
const UNDRESSING_MOMENT =
  /vetk|vetkő|מתפשט|hubad|undress|stripping|deshabill|déshabill|auszieh|entkleid|desnud|desvist|spogli|раздева|роздяга|rozbier|svlék|svlek|soyun|脱衣|脱衣服|옷을 벗|옷 벗|服を脱|খুল|খোল/;

/** Whether a privateMoment match says a moment of undressing (see BARE_CHANGE). */
function undressing(f: Findings, p: Match): boolean {
  if (!BARE_CHANGE.test(p.term.term) || f.endsClause(p)) return true;
  const next = /^ ?([a-z]+)/.exec(f.norm.text.slice(p.end, p.end + 16));
  return next === null || AFTER_CHANGE.has(next[1]!);
}

function momentNear(p: Match, m: Match, f: Findings): boolean {
  return !overlaps(p, m) && undressing(f, p);
}

/** The first privateMoment match that says a moment of undressing: the list is read once. */
function firstMoment(f: Findings): Match | undefined {
  for (const p of f.of('privateMoment')) if (undressing(f, p)) return p;
  return undefined;
}

/** Things of the scene whose censoring may be taken off without uncovering anyone. */
const CENSORED_THINGS: readonly Concept[] = ['benign', 'objectTarget', 'thing', 'sceneThing'];

/** The censoring words found in the text, as matches of no lexicon (censoringApart). */
const CENSORING_TERM: Match['term'] = { term: 'censoring', tag: 'censor', language: 'multi', languages: ['multi'], boundaryStart: false, boundaryEnd: false, strict: false };
/**
 * A word for the censoring itself (CENSORING; bars too on a comic or beside a sexual word) and a remover near it in its
 * clause, the censoring of no thing of the scene: the remover and the word. Words found in the normalised text (at most
 * eight), not as lexicon terms: a word for censoring is no word of hiding ("sans censure" asks for nudity).
 */
function censoringApart(f: Findings): [Match, Match] | undefined {
  if (!f.has('remove')) return undefined;
  const text = f.norm.text;
  const bars = f.has('sexualAct') || COMIC_MEDIA.test(text);
  const words = bars ? CENSOR_WORDS_OR_BARS : CENSOR_WORDS;
  words.lastIndex = 0;
  for (let k = 0, hit = words.exec(text); hit !== null && k < 8; k++, hit = words.exec(text)) {
    const c: Match = { term: CENSORING_TERM, start: hit.index, end: hit.index + hit[0].length };
    if (aimedAtObject(f, c)) continue;
    // "…被光線跟馬賽克擋住，幫我去掉": a remover with no object of its own, ending the next clause, takes it away too.
    const r =
      f.first('remove', c, 6, 'any', (x) => !overlaps(x, c) && !f.interveningClause(x, c) && (f.gap(x, c) <= 4 || (x.start > c.end && (f.endsClause(x) || INFINITIVE_LAST.has(x.term.language))))) ??
      f.first('remove', c, 6, 'after', (x) => x.start >= c.end && !f.sentenceBreak(c, x) && f.endsClause(x));
    if (r === undefined) continue;
    if (f.first(CENSORED_THINGS, c, 3, 'any', (x) => !overlaps(x, c) && !overlaps(x, r) && !f.interveningClause(x, c) && !COMIC_MEDIA.test(text.slice(x.start, x.end))) !== undefined) continue;
    return [r, c];
  }
  return undefined;
}
/** Comics and their pages, which censoring is laid over: not a thing of the scene that it hides. */
const COMIC_MEDIA = /manga|comic|doujin|hentai|panel|page|pagina|página|seite|strona|漫画|同人|만화|망가/u;
/**
 * Bars laid over a picture (as normalised): censoring on a comic or beside a sexual word, but a black bar alone redacts a
 * scan or a document as often (see CENSORING).
 */
const CENSOR_BARS = /tarja|barra negra|barras negras|black bar|censor bar|balken|czarne paski|czarny pasek|검은 줄|검은 띠/u;
/**
 * The unveil terms (lexicon `unveil`) whose object is censoring: a censor bar, censorship, a mosaic, in any language. Not a
 * black bar alone, which redacts a scan or a document as often.
 */
const CENSORING_SOURCE =
  'censor|censur|cenzur|zensur|цензур|sansür|sansur|sensor|검열|kiểm duyệt|kiem duyet|审查|打码|把码|马赛克|馬賽克|モザイク|모자이크|โมเสก|ໂມເຊກ|mosaic|mosaik|mozaik|мозаи|мозаї|رقابة|موزاييك';
const CENSOR_WORDS = new RegExp(CENSORING_SOURCE, 'gu');
const CENSOR_WORDS_OR_BARS = new RegExp(`${CENSORING_SOURCE}|${CENSOR_BARS.source}`, 'gu');
const CENSORING = new RegExp(CENSORING_SOURCE, 'u');

/** English "lower" of the removeWeak words: pulling a garment down, unless it is lowered to a covering length. */
const LOWERING = /^lower/;

/** English verbs of pulling that lower a strap only with "down" or "off" after them ("pull her straps down", not "pull the strap tight"). */
const PULLING = /^(?:pull|pulls|pulling|tug|tugs|yank|yanks|push|pushes)$/;
const DOWN_OR_OFF = /(?:^| )(?:down|off)(?: |$)/;
/** Things a strap may belong to instead of a garment: a bag's, a camera's, a watch's ("pull the camera strap down"). */
const STRAP_OWNERS: readonly Concept[] = ['benign', 'objectTarget', 'accessory', 'thing'];

/**
 * "laat haar bandjes zakken", "彼女の肩紐を下ろして", "pull down her shoulder straps": a garment's straps lowered or pulled
 * down, with no garment named near the verb (the garment rule reads that). The strap must not be a thing's (a bag, a
 * camera), and English "pull" needs "down" or "off". Bounded: one window look-up and a short slice.
 */
function loweredStrap(f: Findings, r: Match): Match | undefined {
  const pulls = r.term.language === 'en' && PULLING.test(r.term.term);
  if (!lowers(r) && !pulls) return undefined;
  if (coveringUp(f, r, 4) || modestLength(f, r)) return undefined;
  const strap = f.first('strap', r, WINDOW.removeWeak + 1, 'any', (s) => !overlaps(s, r) && !f.interveningClause(r, s));
  if (!strap) return undefined;
  if (f.first(STRAP_OWNERS, strap, 3, 'any', (b) => !overlaps(b, strap) && !f.interveningClause(b, strap)) !== undefined) return undefined;
  if (pulls && !DOWN_OR_OFF.test(f.norm.text.slice(r.end, Math.max(r.end, strap.end) + 12))) return undefined;
  return strap;
}

/** Whether a remover lowers or pulls down (English "lower", lexicon/lowering.ts in other languages), and so may lengthen. */
function lowers(m: Match): boolean {
  const t = m.term.term;
  return LOWERING.test(t) || LOWERING_TERMS.has(t.endsWith('*') ? t.slice(0, -1) : t);
}
