import type { Findings, Match } from './findings.ts';
import { normalisedPattern as folded } from './normalize.ts';

/**
 * A man's bare chest in a generated image ("shirtless bodybuilder at the gym", "hombre sin camiseta", "رجل عاري
 * الصدر", "上半身裸の男性") is not nudity: the lexicon reads "without a shirt", "bare chest" and "take off the top"
 * alike for anyone. In generate mode, with nobody real named, only men named, and every nudity or removal word
 * of the request said of the chest or of an upper-body garment, those rules are weakened and the request reads
 * as partly undressed (suggestive). A woman, a child or a word of whole nudity anywhere keeps them.
 */

/** Men: nouns and pronouns of the covered languages, as normalised (lower case, no diacritics). */
const MALE = folded(
  /(?:^| )(?:man|men|guy|guys|male|dude|bodybuilder\w*|athlete|he|him|his|hombre|hombres|chico|culturista|homme|hommes|mec|mann|manner|uomo|uomini|homem|homens|rapaz|mezczyzn\w*|kulturyst\w*|facet|мужчин\w*|парень|качок|adam|erkek|muz|muze|kille|mand|mies|ferfi|barbat|αντρας|ανδρας|pria|cowok|lelaki|lalaki|lalaking|mwanamume|mwanaume|dan ong|nguoi dan ong)(?= |$)|男性|男人|男子|남자|남성|ผู้ชาย|رجل|مرد|آدمی|گبر|גבר|आदमी|पुरुष|पुरूष|পুরুষ/,
);
/** Women and girls: if one is named, nothing is weakened. */
export const FEMALE = folded(
  /(?:^| )(?:woman|women|girl|girls|female|lady|ladies|she|her|hers|wife|girlfriend|mujer|mujeres|chica|chicas|femme|femmes|fille|frau|frauen|madchen|donna|donne|ragazza|mulher|mulheres|menina|kobiet\w*|dziewczyn\w*|женщин\w*|девушк\w*|kadin|kiz|zena|divka|kvinna|tjej|kvinde|pige|kvinne|jente|nainen|tytto|no|lany|femeie|fata|γυναικα|κοπελα|wanita|cewek|perempuan|babae|dalaga|mwanamke|phu nu|co gai)(?= |$)|女性|女人|女子|女の子|少女|여자|여성|ผู้หญิง|امرأة|امراة|بنت|فتاة|زن|دختر|عورت|لڑکی|אישה|אשה|औरत|महिला|लड़की|মেয়ে|নারী/,
);
/** The chest and the upper body. */
const CHEST = folded(
  /(?:^| )(?:oben ohne|torse nu|chest|chested|torso|upper body|oberkorper\w*|brust|torse|pecho|peito|petto|klatk\w*|торс\w*|груд\w*|gogus\w*|gogs\w*|bovenlijf|overkropp\w*|overkrop\w*|ylavartalo\w*|felsotest\w*|hrudnik\w*|dada|nguc|tran|coi tran|dibdib|pang itaas)(?= |$)|صدر|سینه|חזה|छाती|سینہ|อก|상의|상체|上半身|上身|赤膊|膀子/,
);
/** Upper-body garments: shirt, T-shirt, top, jersey, vest. */
const UPPER_GARMENT = folded(
  /shirt|top|tee|tank|jersey|vest|camiset|camisa|chemise|hemd|maglia|magliett|camicia|koszul|рубаш|футбол|майк|gomlek|tisort|trick|tricko|tricka|kosil|troja|skjort|genser|paita|polo|bluz|shati|μπλουζ|πουκαμισ|kaos|baju|ao|পিরান|پیراهن|قمیض|חולצ|शर्ट|কুর্তা|เสื้อ|상의|셔츠|티셔츠|シャツ|衬衫|上衣|t恤/,
);
/** Words after a garment word that make it an upper-body garment: "damit pang-itaas", "ropa superior", "roupa de cima". */
const UPPER_QUALIFIER = /^ (?:pang itaas|superior|de arriba|de cima|du haut)(?= |$)/;
/** Rules read as undressing or nudity that a bare male chest sets off. */
const CHEST_RULES: ReadonlySet<string> = new Set(['sexual.nudity', 'undress.nudity', 'undress.remove_clothing', 'undress.without_clothing', 'undress.verb']);

/**
 * English "bare-chested", said of nobody by sex ("bare chested firefighter calendar"), is a man's word: a woman so bare
 * is "topless", which this never reads. Every nudity word of the request must be it.
 */
function unmarkedBareChest(f: Findings): boolean {
  const nude = f.of('nude');
  return nude.length > 0 && nude.every((m) => BARE_CHEST.test(m.term.term));
}
const BARE_CHEST = /^(?:bare chest\*|bare chested|barechest\*)$/;

function near(f: Findings, m: Match, pattern: RegExp): boolean {
  const text = f.norm.text;
  return pattern.test(text.slice(Math.max(0, m.start - 16), Math.min(text.length, m.end + 16)));
}

/** Applies the reading above to findings of a generate request (see the module comment). */
export function bareMaleChest(f: Findings): void {
  const text = f.norm.text;
  if (!(MALE.test(text) || unmarkedBareChest(f)) || FEMALE.test(text) || f.has('minor') || f.has('minorWeak') || f.has('sexualAct') || f.has('sexualBody') || f.has('skimpy')) return;
  if (f.has('realRef') || f.has('publicFigure')) return;
  const nudeOk = f.of('nude').every((m) => near(f, m, CHEST));
  const undressOk = f.of('undressVerb').every((m) => near(f, m, CHEST) || near(f, m, UPPER_GARMENT));
  // A garment word qualified right after it ("damit pang-itaas", clothes of the upper body) is an upper garment.
  const garmentsOk = f.of('clothing').every((m) => UPPER_GARMENT.test(text.slice(m.start, m.end)) || UPPER_QUALIFIER.test(text.slice(m.end, m.end + 14)));
  if (!nudeOk || !undressOk || !garmentsOk) return;
  const weakened = f.weaken(CHEST_RULES, 0.3, "(said of a man's bare chest in a generated image: not nudity)");
  if (weakened === 0 && !CHEST.test(text)) return;
  // On the record, under the policy's threshold for a generated image of nobody in particular.
  f.addNote('suggestive', 0.45, 'suggestive.bare_chest', "The request asks for a man's bare chest: partly undressed.", 'bare male chest');
  // The learned classifier reads "without a shirt" as undressing whoever it is said of: the words are about a chest.
  f.maskedHarm = true;
}
