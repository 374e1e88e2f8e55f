import { ar } from './ar.ts';
import { ACCESSORY } from './accessory.ts';
import { BARE } from './bare.ts';
import { SEE_ALL } from './see-all.ts';
import { THINGS } from './things.ts';
import { COMPOUND_HEADS } from './compound.ts';
import { CENSOR } from './censor.ts';
import { ADULT } from './adult.ts';
import { INTIMATE } from './intimate.ts';
import { DESIRE, INTIMATE_MORE } from './desire.ts';
import { HOTTER } from './hotter.ts';
import { PINUP } from './pinup.ts';
import { SEX_SCENES } from './sex-scene.ts';
import { BODY_ENLARGE } from './body-enlarge.ts';
import { OILED_SKIN } from './oiled-skin.ts';
import { LOWERING } from './lowering.ts';
import { SWIM_TRUNKS } from './swim-trunks.ts';
import { BEACH_THINGS } from './beach-things.ts';
import { LOAN_GARMENTS } from './loan-garments.ts';
import { FORWARD_BEND } from './forward-bend.ts';
import { TONE_DOWN } from './tone-down.ts';
import { INNER_WORDS } from './inner-words.ts';
import { LESS_ON } from './less-on.ts';
import { DRAPERY } from './drapery.ts';
import { ANGLE } from './angle.ts';
import { HEAT } from './heat.ts';
import { DEPTH } from './depth.ts';
import { LIFE_PEOPLE } from './life-people.ts';
import { GARMENT_MARKS } from './garment-marks.ts';
import { SUMMER_VERSIONS } from './summer-version.ts';
import { BODY } from './body.ts';
import { common } from './common.ts';
import { cs, id, sv, uk, vi } from './extra.ts';
import { bn, da, el, fa, fi, he, hu, ms, nb, ro, sw, ta, th, tl, ur } from './more.ts';
import { CONTEXT } from './context.ts';
import { CUE_WORDS } from './cues.ts';
import { EMOJI_THINGS } from './emoji-things.ts';
import { POSES, UNVEIL } from './poses.ts';
import { MODEST_LENGTH } from './length.ts';
import { COVERING } from './covering.ts';
import { PINNED } from './pinned.ts';
import { PUTTING_ON_WORDS } from './putting-on.ts';
import { SKY_AND_SEA } from './sky-and-sea.ts';
import { PLACED } from './placed.ts';
import { GARMENT_GONE } from './garment-gone.ts';
import { LAYERS } from './layers.ts';
import { ROMANISED } from './romanised.ts';
import { LEAK } from './leak.ts';
import { NEVER_POSTED } from './never-posted.ts';
import { TOKEN_COVER } from './token-cover.ts';
import { INDIRECT } from './indirect.ts';
import { SCENE_THINGS } from './scene-things.ts';
import { EVERYDAY } from './everyday.ts';
import { WATER_PLAY } from './water-play.ts';
import { GHOST_MANNEQUIN } from './ghost-mannequin.ts';
import { PLAIN_ACTS } from './plain-acts.ts';
import { AS_IS } from './as-is.ts';
import { LETTERING } from './lettering.ts';
import { FIX_VERBS } from './fix-verbs.ts';
import { LITTER } from './litter.ts';
import { BYSTANDERS } from './bystanders.ts';
import { TOPLESS } from './topless.ts';
import { WORD_FORMS } from './word-forms.ts';
import { PHOTO_OPS } from './photo-ops.ts';
import { SCENE } from './scene.ts';
import { VOYEUR } from './voyeur.ts';
import { REMAINDER } from './remainder.ts';
import { TOWEL } from './towel.ts';
import { PEEKING } from './peeking.ts';
import { NUDE_GENRES } from './nude-genre.ts';
import { BED_COVER } from './bed-cover.ts';
import { VOCAB } from './vocab.ts';
import { STEPS } from './steps.ts';
import { am, bg, ha, km, mr, my, ne, pa, sk, sr, te, yo } from './world.ts';
import { af, az, cy, et, ga, is, lt, lv, sl, sq } from './world-latin.ts';
import { eu, gu, hy, ig, ka, kk, kn, ku, ky, lo, ml, mn, ps, si, so, tg, uz, zu } from './world-more.ts';
import { as, ba, be, ca, ceb, fy, gl, ht, jv, lb, mg, mk, mt, or, rw, su, tk, tt, ug, xh } from './world-more2.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { AGE_LOOK } from './age-look.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { hi } from './hi.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { nl } from './nl.ts';
import { NOTHING_UNDER } from './nothing-under.ts';
import { PLAIN_WORDS } from './plain-words.ts';
import { KNEELING } from './kneeling.ts';
import { SPELLED_AGES } from './spelled-ages.ts';
import { FICTIONAL_MINORS } from './fictional-minors.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import type { Lexicon } from './types.ts';
import { zh } from './zh.ts';

/**
 * The scene words, then each themed file merged into them in this order (its terms after those before it): voyeurism,
 * hiding, adults-only versions, intimate scenes, upskirt angles, heat comparatives, compound garments, what shows under thin clothes, accessories, what is not worn, covering lengths, the places
 * a garment is not worn, what makes a worn garment go away, the romanised words of languages written in other scripts, and (at the tail) ages said in one word, plain words some languages lacked and fictional characters who are minors in their canon.
 */
const SCENE_LEXICONS: Record<string, Lexicon> = [
  VOYEUR,
  DEPTH,
  CENSOR,
  ADULT,
  INTIMATE,
  ANGLE,
  HEAT,
  COMPOUND_HEADS,
  THINGS,
  SEE_ALL,
  ACCESSORY,
  LAYERS,
  BARE,
  MODEST_LENGTH,
  COVERING,
  PINNED,
  PUTTING_ON_WORDS,
  SKY_AND_SEA,
  PLACED,
  GARMENT_GONE,
  ROMANISED,
  LEAK,
  NEVER_POSTED,
  TOKEN_COVER,
  INDIRECT,
  SCENE_THINGS,
  DESIRE,
  INTIMATE_MORE,
  HOTTER,
  PINUP,
  SEX_SCENES,
  BODY_ENLARGE,
  OILED_SKIN,
  LOWERING,
  SWIM_TRUNKS,
  BEACH_THINGS,
  LOAN_GARMENTS,
  FORWARD_BEND,
  TONE_DOWN,
  INNER_WORDS,
  LESS_ON,
  DRAPERY,
  EVERYDAY,
  WATER_PLAY,
  GHOST_MANNEQUIN,
  PLAIN_ACTS,
  TOPLESS,
  WORD_FORMS,
  STEPS,
  REMAINDER,
  TOWEL,
  PEEKING,
  NUDE_GENRES,
  BED_COVER,
  AS_IS,
  PHOTO_OPS,
  BYSTANDERS,
  NOTHING_UNDER,
  SPELLED_AGES,
  PLAIN_WORDS,
  KNEELING,
  AGE_LOOK,
  LETTERING,
  LIFE_PEOPLE,
  GARMENT_MARKS,
  SUMMER_VERSIONS,
  FICTIONAL_MINORS,
  FIX_VERBS,
  LITTER,
].reduce<Record<string, Lexicon>>((merged, themed) => withContext(themed, merged), { ...SCENE });

/** Every language's lexicon by language code, before the cue words (cues.ts) are added. */
const RULE_LEXICONS: Readonly<Record<string, Lexicon>> = Object.freeze(
  withContext(
    BODY,
    withContext(
      UNVEIL,
      withContext(
        POSES,
        withContext(
          VOCAB,
          withContext(
            // The scene words, with the places a garment is not worn, what makes a worn garment go away, covering lengths, voyeurism and the
            // romanised words of languages written in other scripts (romanised.ts), the things that are bare or naked with nobody undressed (things.ts), and the thinnest languages' further words (depth.ts).
            SCENE_LEXICONS,
            withContext(CONTEXT, {
              en: withSpelledAges(
                en,
                ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen'],
                ['year old', 'years old', 'yo', 'year-old'],
              ),
              fr: withSpelledAges(fr, ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix sept'], ['ans']),
              de: withSpelledAges(de, ['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn'], ['jahre', 'jahre alt', 'jährige', 'jährig']),
              es: withSpelledAges(es, ['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete'], ['años']),
              it: withSpelledAges(it, ['dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette'], ['anni']),
              pt: withSpelledAges(pt, ['dez', 'onze', 'doze', 'treze', 'catorze', 'quatorze', 'quinze', 'dezesseis', 'dezessete'], ['anos']),
              nl: withSpelledAges(nl, ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien'], ['jaar', 'jaar oud']),
              pl: withSpelledAges(pl, ['dziesięć', 'jedenaście', 'dwanaście', 'trzynaście', 'czternaście', 'piętnaście', 'szesnaście', 'siedemnaście'], ['lat']),
              ru: withSpelledAges(ru, ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать'], ['лет']),
              tr: withSpelledAges(tr, ['on', 'on bir', 'on iki', 'on üç', 'on dört', 'on beş', 'on altı', 'on yedi'], ['yaşında', 'yaşındaki']),
              ja,
              zh,
              ko,
              ar,
              hi,
              uk: withSpelledAges(uk, ['десять', 'одинадцять', 'дванадцять', 'тринадцять', 'чотирнадцять', 'пʼятнадцять', 'шістнадцять', 'сімнадцять'], ['років']),
              id: withSpelledAges(id, ['sepuluh', 'sebelas', 'dua belas', 'tiga belas', 'empat belas', 'lima belas', 'enam belas', 'tujuh belas'], ['tahun']),
              sv: withSpelledAges(sv, ['tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton'], ['år', 'år gammal']),
              vi: withSpelledAges(vi, ['mười', 'mười một', 'mười hai', 'mười ba', 'mười bốn', 'mười lăm', 'mười sáu', 'mười bảy'], ['tuổi']),
              cs: withSpelledAges(cs, ['jedenáct', 'dvanáct', 'třináct', 'čtrnáct', 'patnáct', 'šestnáct', 'sedmnáct'], ['let']),
              el,
              he,
              fa,
              ur,
              bn,
              ta,
              th,
              ro,
              hu,
              sw,
              tl,
              ms,
              da,
              nb,
              fi,
              am,
              ha,
              yo,
              km,
              my,
              ne,
              mr,
              pa,
              te,
              sk,
              sr,
              bg,
              sq,
              lt,
              lv,
              sl,
              et,
              is,
              af,
              cy,
              ga,
              az,
              ka,
              hy,
              si,
              kk,
              mn,
              so,
              uz,
              eu,
              ps,
              ig,
              kn,
              ml,
              gu,
              ky,
              zu,
              ku,
              lo,
              tg,
              ca,
              gl,
              be,
              mk,
              mt,
              jv,
              su,
              ceb,
              xh,
              tt,
              ba,
              tk,
              ug,
              ht,
              or,
              as,
              rw,
              mg,
              lb,
              fy,
              multi: { ...common, ...EMOJI_THINGS },
            }),
          ),
        ),
      ),
    ),
  ),
);

/** Every language's lexicon by language code. All are matched at once: requests mix languages. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = Object.freeze(withContext(CUE_WORDS, { ...RULE_LEXICONS }));

/** Adds each language's context words (context.ts, scene.ts, vocab.ts, cues.ts) to its lexicon, concept by concept. */
function withContext(context: Readonly<Record<string, Lexicon>>, lexicons: Record<string, Lexicon>): Record<string, Lexicon> {
  const out: Record<string, Lexicon> = { ...lexicons };
  for (const [lang, extra] of Object.entries(context)) {
    const merged: Lexicon = { ...(out[lang] ?? {}) };
    for (const [concept, list] of Object.entries(extra) as Array<[keyof Lexicon, readonly string[]]>) merged[concept] = [...(merged[concept] ?? []), ...list];
    out[lang] = merged;
  }
  return out;
}

/** Words that follow a number to make it an age: "15 yo", "15 ans", "15歳". Prefix `re:` marks a raw pattern. */
export const AGE_UNITS: readonly string[] = [
  'yo',
  'y o',
  'yr old',
  'yrs old',
  'year old',
  'years old',
  'years of age',
  'year of age',
  'ans',
  'jahre',
  'jahren',
  'jahrig',
  'jahrige',
  'jahriges',
  'jahriger',
  'jahre alt',
  'anos',
  'aninhos',
  'anitos',
  'anni',
  // Romanian, Tamil, Lithuanian, Latvian, Estonian, Albanian ("fată de 15 ani", "15 வயது பெண்", "15 metų mergina")
  'ani',
  'de ani',
  'anisori',
  'வயது',
  'வயசு',
  'வயதான',
  'வயதுடைய',
  'metu',
  'metų',
  'gadus',
  'gadu',
  'gadi',
  'gadīga',
  'gadiga',
  'aastane',
  'aastat',
  'vjec',
  'vjeç',
  'enne',
  'jaar',
  'jarig',
  'jarige',
  'jaar oud',
  'lat',
  'latek',
  'latka',
  'letni',
  'letnia',
  'letnią',
  'лет',
  'года',
  'год',
  'летняя',
  'летний',
  'летнюю',
  'летней',
  'yas',
  'yasinda',
  'yasindaki',
  'yaşında',
  'yaşındaki',
  'yaş',
  '歳',
  '才',
  'さい',
  '岁',
  '歲',
  '周岁',
  '周歲',
  '살',
  're:세(?!대)',
  'سنة',
  'سنه',
  'سنوات',
  'عام',
  'اعوام',
  'أعوام',
  'saal',
  'sal',
  'baras',
  'varsh',
  'साल',
  // Languages added after dev-4: Serbian, Bulgarian, Slovak, Hausa, Yoruba, Amharic, Telugu, Punjabi,
  // Nepali and Marathi, Khmer, Burmese.
  'godina',
  'godine',
  'godišnja',
  'godisnja',
  'години',
  'годишна',
  'годишно',
  'rokov',
  'ročná',
  'rocna',
  'shekara',
  'shekaru',
  'ọdún',
  'odun',
  'ዓመት',
  'አመት',
  'ዓመቷ',
  'ఏళ్ల',
  'సంవత్సరాల',
  'ਸਾਲ',
  'ਸਾਲਾਂ',
  'वर्ष',
  'वर्षे',
  'वर्षांची',
  'वर्षकी',
  'ឆ្នាំ',
  'နှစ်',
  // Found by probe set 15 (2026-12-02): Ukrainian, Slovene and Czech, Persian, Bengali, Thai, Indonesian,
  // Vietnamese, Tagalog, Swahili, Hungarian, Greek, Azerbaijani.
  'років',
  'рік',
  'роки',
  'річна',
  'річний',
  'let',
  'leta',
  // Czech, Slovak, Polish, Russian and Finnish forms of an age said with its noun ("14letou holku", "13-letniej").
  'letou',
  'lety',
  'lete',
  'leteho',
  'letemu',
  'letym',
  'letych',
  'ročnú',
  'ročný',
  'ročné',
  'ročnej',
  'letnie',
  'letniej',
  'letniego',
  'letnim',
  'latki',
  'latkę',
  'latke',
  'летнего',
  'летнему',
  'летним',
  'vuotias',
  'vuotiaan',
  'vuotiasta',
  'vuotiaasta',
  'vuotiaalle',
  'vuotiaalla',
  'vuotiaana',
  'vuotiaat',
  'vuotiaita',
  'åriga',
  'årig',
  'åring',
  'letna',
  'letno',
  'سال',
  'ساله',
  'سالشه',
  'سالش',
  'বছর',
  'বছরের',
  'ปี',
  'ขวบ',
  'tahun',
  'tuổi',
  'tuoi',
  'taon',
  'taong gulang',
  'miaka',
  'éves',
  'eves',
  'ετών',
  'ετων',
  'χρονών',
  'χρονων',
  'yaşı var',
  'yasi var',
  // Languages of world-more.ts: Georgian, Armenian, Sinhala, Kazakh, Mongolian, Somali, Uzbek, Basque,
  // Pashto, Igbo, Kannada, Malayalam, Gujarati, Kyrgyz, Zulu, Kurdish, Lao, Tajik.
  'წლის',
  'տարեկան',
  'අවුරුදු',
  'වයස',
  'жаста',
  'жастағы',
  'жасар',
  'настай',
  'sano jir',
  'jir',
  'yosh',
  'yoshli',
  'yoshda',
  'ёшли',
  'ёшда',
  'urte',
  'urteko',
  'urtekoa',
  'کلن',
  'کلنه',
  'afọ',
  'ವರ್ಷ',
  'ವರ್ಷದ',
  'വയസ്സ്',
  'വയസ്സുള്ള',
  'വയസുള്ള',
  'વર્ષ',
  'વર્ષની',
  'жаштагы',
  'жашар',
  'iminyaka',
  'salî',
  'salî ye',
  'ساڵ',
  'ساڵان',
  'ປີ',
  'сола',
  'солаи',
  // Languages of world-more2.ts (Catalan, Galician, Belarusian, Macedonian, Maltese, Javanese, Sundanese,
  // Cebuano, Xhosa, Tatar, Bashkir, Turkmen, Uyghur, Haitian Creole, Odia, Assamese, Kinyarwanda, Malagasy,
  // Luxembourgish, West Frisian); those spelt as a covered language's (anys, anos, гадоў) are read already.
  'anys',
  'gadoŭ',
  'гадоў',
  'гады',
  'години',
  'годишна',
  'snin',
  'taun',
  'taunan',
  'taon',
  'tuig',
  'tuig ang edad',
  'iminyaka',
  'яшь',
  'яшьлек',
  'йәш',
  'йәшлек',
  'ýaşly',
  'ýaşynda',
  'yasly',
  'yasynda',
  'ياشلىق',
  'ياشتىكى',
  'ବର୍ଷ',
  'ବର୍ଷର',
  'বছৰ',
  'বছৰীয়া',
  'imyaka',
  'taona',
  'Joer',
  'Joer al',
  'jier',
  'jier âld',
];

/** Words before a number that make it an age: "she's 15", "age 15", "ей 15". Kept to phrases that rarely precede anything else. */
export const AGE_PREFIXES: readonly string[] = [
  'age',
  'aged',
  'she s',
  'she is',
  'he s',
  'he is',
  'look',
  'looks',
  'looking',
  'appear',
  'appears',
  'make her',
  'make him',
  'as if she s',
  'as if she is',
  'she s only',
  'she is only',
  'she just turned',
  'just turned',
  'turned',
  'age of',
  'agee de',
  'elle a',
  'ist erst',
  // "die ist 15, mach sie trotzdem heiß", "hon är 15": a pronoun and its verb of being before a bare number.
  'sie ist',
  'die ist',
  'er ist',
  'der ist',
  'sie ist nur',
  'shes',
  'hon ar',
  'han ar',
  'hun er',
  'han er',
  'zij is',
  'hij is',
  'ze is pas',
  'elle n a que',
  'ella solo tiene',
  'lei ha',
  'ona ma',
  'on ma',
  'im alter von',
  'alter von',
  'ella tiene',
  'tiene solo',
  'edad de',
  'ha solo',
  'eta',
  'ela tem',
  'idade de',
  'ze is',
  'leeftijd',
  'wiek',
  'ma tylko',
  'ей',
  'ему',
  'возраст',
  'yasi',
  'yaşı',
  '年齢',
  '나이',
  'عمرها',
  'عمره',
  'umar',
  'umr',
  'uski umar',
  'ọmọ ọdún',
  'omo odun',
  'umri wa miaka',
  'umri wake ni miaka',
  'miaka',
];

function withSpelledAges(lexicon: Lexicon, numbers: string[], units: string[]): Lexicon {
  const spelled = numbers.flatMap((n) => units.map((u) => `${n} ${u}`));
  return { ...lexicon, minor: [...(lexicon.minor ?? []), ...spelled] };
}
