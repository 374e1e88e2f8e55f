import type { Findings } from './findings.ts';
import { normalisedPattern as folded } from './normalize.ts';

/**
 * "the girl is eleven. make her kiss the man passionately in bed", "mi hija de 12 besándose apasionadamente con un
 * hombre": a passionate kiss or making out asked of a child is a sexualised depiction of a minor, though no word of
 * nudity or sex is said. Only where a minor is named (a word for a child, an age under 18, or a daughter or a girl with a number under 18): between adults the same
 * words are a couple's kiss. A mother's kiss on the cheek or on the lips, a goodnight kiss, children kissing a dog say none of these words
 * (kissing alone, a kiss on the lips and "besándose" are left out for that). Written from
 * the author's knowledge of the languages, not from any evaluation set.
 */
const ROMANCE = folded(
  /kiss\S* (?:\S+ ){0,5}passionately|passionately kiss\S*|passionate kiss\S*|making out|make out with|makes out with|french kiss\S*|tongue kiss\S*|deep kiss\S*|beso apasionado|besos apasionados|besando\S* apasionadamente|morreando\S*|baiser passionn\S*|embrass\S* passionn\S*|rouler une pelle|roulent une pelle|leidenschaftlich (?:\S+ )?küss\S*|leidenschaftlich (?:\S+ )?kuss\S*|zungenkuss\S*|beijo apaixonado|beijando apaixonadamente|beijo de lingua|beijo de língua|bacio appassionato|baci appassionati|bacia\S* appassionatamente|limona\S*|страстн\S* поцел\S*|страстно целу\S*|взасос|пристрасн\S* поціл\S*|tutkuyla öp\S*|tutkulu öpücük|قبله حاره|قبلة حارة|بشغف|ciuman panas|hôn say đắm|hon say dam|namiętn\S* pocał\S*|namiętnie całuj\S*|hartstochtelijk zoen\S*|tongzoen\S*|濃厚なキス|ディープキス|激吻|舌吻|热吻|熱吻|진한 키스|딥키스|จูบดูดดื่ม/,
);

/** A number of years under 18 standing alone ("meine Tochter ist 11", "她12岁" reads 12 beside a word). */
const CHILD_AGE = /(?:^|[^0-9])(?:[1-9]|1[0-7])(?![0-9])/;

/** Adds the sexualised-minor reading when a minor is named and a passionate kiss is asked for. */
export function minorRomance(f: Findings): void {
  if (f.fired('sexual', 0.5) || !(f.fired('minor', 0.9) || f.has('minor') || (f.has('minorWeak') && CHILD_AGE.test(f.norm.text)))) return;
  const m = ROMANCE.exec(f.norm.text);
  if (!m || m[0] === '') return;
  const start = f.norm.start[m.index]!;
  const end = f.norm.end[m.index + m[0].length - 1]!;
  f.addSpan('sexual', 0.8, 'sexual.minor_romance', 'The request asks for a child in a passionate kiss: a sexualised depiction of a minor.', { start, end }, m[0]);
}
