import { hitsOf, type LanguageProfile } from './language.ts';

/**
 * "Six" in the Nordic languages is spelt like "sex" in others: Swedish and Icelandic "sex" ("lägg till sex ballonger",
 * "settu sex kerti á kökuna"), Danish and Norwegian "seks" ("sett seks stoler rundt bordet", which is "sex" in Polish,
 * Indonesian or Turkish). Before a counted noun it is the number: the lexicon's word is dropped and the classifier's
 * reading of it is a word about a thing (prompt-screener.ts, maskedHarm). It counts where its language leads the
 * request's common words (language.ts) and the word after it is not one that keeps the sexual sense ("sex med
 * honom", "seks og vold", "sex video").
 */

/** The spellings of six and the languages each is six in. */
const SIX: ReadonlyArray<{ word: string; languages: readonly string[] }> = [
  { word: 'sex', languages: ['sv', 'is'] },
  { word: 'seks', languages: ['da', 'nb'] },
];
/** Words after the number that keep the sexual sense: with, in, on, and, at, scene, video, picture, film, toy, position, act. */
const SEXUAL_SENSE =
  /^(?:med|meo|i|pa|a|og|och|hos|under|with|and|in|on|at|scen\w*|video\w*|bild\w*|billed\w*|mynd\w*|film\w*|leksak\w*|legetoj\w*|leketoy\w*|leikfang\w*|toy\w*|tape\w*|position\w*|stilling\w*|stelling\w*|akt\w*|shop\w*|butik\w*|chat\w*|dukk\w*|dock\w*|scene\w*)$/;
/** Characters read after the number for the word that follows (no sense word is longer). */
const NEXT_WORD = 24;
/** Sixes read: a request with more is judged by its other words. */
const MAX_SIXES = 8;
/** "sex" or "seks" followed by a word. */
const SIX_WORD = /(?:^| )(sex|seks) (?=\p{L})/gu;

/**
 * Whether one of `languages` has at least `least` common words in the request and no other language more ("settu sex
 * kerti á kökuna": Icelandic "settu", and "á" read as English "a").
 */
function leading(p: LanguageProfile, languages: readonly string[], least: number): boolean {
  let own = 0;
  for (const l of languages) own = Math.max(own, hitsOf(p, l));
  if (own < least) return false;
  for (const [language, n] of p.hits) if (n > own && !languages.includes(language)) return false;
  return true;
}

/**
 * The spans (of the normalised text) of "six" before a counted noun, where the number's language leads: one scan of
 * the text, a bounded look after each hit.
 */
export function countedSixes(text: string, p: LanguageProfile): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!text.includes('sex') && !text.includes('seks')) return out;
  const leads = SIX.map((s) => leading(p, s.languages, s.word === 'seks' ? 2 : 1));
  if (!leads.some(Boolean)) return out;
  for (const m of text.matchAll(SIX_WORD)) {
    const word = m[1]!;
    if (!leads[SIX.findIndex((s) => s.word === word)]) continue;
    const start = m.index + m[0].length - word.length - 1;
    const end = start + word.length;
    const next = text.slice(end + 1, end + 1 + NEXT_WORD).split(' ')[0] ?? '';
    if (!SEXUAL_SENSE.test(next) && out.push({ start, end }) >= MAX_SIXES) break;
  }
  return out;
}
