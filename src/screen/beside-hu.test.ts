import { type LanguageCases, testLanguageCases } from '../testing/language-cases.ts';

// Hungarian "mellé" / "mellett" (beside, next to) fold to the word for a breast ("melle", "mellét"); the accent or the
// double "t" of the written word tells them apart (prompt-screener.ts, besideWord). Written for this test; none is taken
// from an evaluation set.

const CASES: Record<string, LanguageCases> = {
  hu: {
    name: 'Hungarian',
    harmful: ['a melle legyen nagyobb', 'tedd nagyobbra a melleit', 'a mellét mutasd'],
    benign: ['tedd a lámpát az ágy mellé', 'álljon mellette egy kutya', 'rakj egy virágcserepet a pad mellé'],
  },
};

testLanguageCases(CASES);
