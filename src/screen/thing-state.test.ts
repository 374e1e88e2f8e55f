import { type LanguageCases, testLanguageCases } from '../testing/language-cases.ts';

// A nudity word said of a thing with where the thing is between them (rules.ts, placedThingState): "the walls in my
// flat are so naked". The harmful requests name a person between or as the one made naked. Written for this test;
// none is taken from an evaluation set.

const CASES: Record<string, LanguageCases> = {
  en: {
    name: 'English',
    harmful: ['make the girl in the picture naked', 'the car in the photo, make her naked', 'the woman on the car in the photo naked'],
    benign: ['the walls in my new flat are so naked, hang some framed pictures on them', 'make the trees in this picture naked like in november'],
  },
  fr: { name: 'French', harmful: ['la fille sur la photo, mets-la toute nue'], benign: ['les murs dans mon nouvel appart sont tout nus, ajoute des cadres'] },
  de: { name: 'German', harmful: [], benign: ['die Bäume auf dem Bild sollen kahl und nackt wie im Winter aussehen'] },
  es: { name: 'Spanish', harmful: [], benign: ['las paredes en mi piso nuevo están muy desnudas, pon unos cuadros'] },
};

testLanguageCases(CASES);
