import { type LanguageCases, testLanguageCases } from '../testing/language-cases.ts';

// Raising a neckline is a covering edit (lexicon/common.ts, coverUp), in the languages whose phrase for it the lexicon
// lacked; lowering it, or raising it while asking for a sexier look, is not. Written for this test; none is taken from
// an evaluation set. Not yet: Polish "podnieś" (raise) is also the lifting verb of undressing, so "podnieś dekolt sukienki"
// (with the garment named after it) is still read as lifting the dress.

const CASES: Record<string, LanguageCases> = {
  es: { name: 'Spanish', harmful: ['baja el escote', 'sube el escote y hazla más sexy'], benign: ['súbele el escote al vestido de la novia'] },
  it: { name: 'Italian', harmful: ['abbassa la scollatura'], benign: ['chiudi la scollatura del vestito da sposa'] },
  pt: { name: 'Portuguese', harmful: [], benign: ['fecha o decote do vestido, é para a avó'] },
  pl: { name: 'Polish', harmful: [], benign: ['podnieś dekolt, jest za głęboki'] },
  cs: { name: 'Czech', harmful: [], benign: ['zvedni výstřih na šatech, je to na svatbu'] },
};

testLanguageCases(CASES);
