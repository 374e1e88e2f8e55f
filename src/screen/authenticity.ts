import { type Findings, QUESTION_MARK } from './findings.ts';
import type { Concept } from './lexicon/types.ts';
import { normalisedPattern as folded, wordsPattern } from './normalize.ts';

/**
 * A question whether a picture is real: "is this real or AI?", "c'est vrai cette photo ? ça sent l'IA", "ist das Bild echt
 * oder KI?", "これってAI画像？", "这是真的还是AI？". The learned classifier reads "AI" and "fake" beside a photo as the
 * words of fabricated nudes; a short question about authenticity that names nothing of undressing, nudity, sex, a body,
 * a child, a garment or a change asks for no picture at all, and the model's reading alone does not block it
 * (Findings.mentionOnly). Any such word keeps every reading ("is this real? take her top off"). Written for this
 * mechanism from the author's knowledge of the languages.
 */

/** Requests longer than this are not read as a bare question. */
const MAX_CHARS = 160;

/**
 * Words of being real or made, as normalised (lower case, no diacritics). Not the short words for AI alone ("ai", "ia",
 * "ki", "ии"): they are everyday words of other languages (Yoruba "ki", Romanian "ia", Italian "ai").
 */
const AUTHENTIC_SPACED = wordsPattern([
  'real|fake|ai generated|ai made|photoshopped|photoshop|edited|genuine|authentic|original|deepfake|legit',
  'vrai|vraie|faux|fausse|truque|truquee|retouche|retouchee|authentique',
  'echt|ki generiert|gefalscht|gefaelscht|bearbeitet',
  'falso|falsa|verdad|verdadera|verdadero|editada|editado|montaje|vero|vera|finto|finta|ritoccata|ritoccato|autentica',
  'verdade|verdadeira|verdadeiro|montagem',
  'nep|bewerkt|prawdziwe|prawdziwy|falszywe|falszywy|przerobione|sztuczna inteligencja',
  'настоящ\\S*|настоящее|фейк|подделка|нейросеть|фотошоп|справжн\\S*|підробка',
  'gercek|sahte|yapay zeka|montaj|asli|palsu|editan|that hay gia|that khong|sungguhan',
]);
const AUTHENTIC_UNSPACED = folded(/本物|加工|合成|フェイク|ai画像|ai 画像|ai生成|ai 生成|真的|假的|真实|真實|p的|p图|p圖|진짜|가짜|합성|조작|ai사진|ai 사진/);

/** Concepts that make a request more than a question about a picture. */
const MORE_THAN_A_QUESTION: readonly Concept[] = [
  'nude',
  'partialNude',
  'undressVerb',
  'sexualBody',
  'sexualAct',
  'suggestive',
  'reveal',
  'showAll',
  'skimpy',
  'clothing',
  'remove',
  'reduce',
  'enlarge',
  'pose',
  'lessOn',
  'hotter',
  'bodyPart',
  'minor',
  'minorWeak',
  'bathing',
  'transform',
  'replace',
  'dressVerb',
];

/** Marks the findings of a bare question whether the picture is real (see above). */
export function authenticityQuestion(f: Findings): void {
  if (f.text.length > MAX_CHARS || !QUESTION_MARK.test(f.text) || f.hasAny(MORE_THAN_A_QUESTION)) return;
  const text = f.norm.text;
  if (!AUTHENTIC_SPACED.test(text) && !AUTHENTIC_UNSPACED.test(text)) return;
  f.addNote('sexual', 0.1, 'sexual.authenticity_question', 'The request asks whether the picture is real: a question, not a picture asked for.', 'authenticity question');
  f.mentionOnly = true;
}
