import { terms, type Lexicon } from './types.ts';

/**
 * Swimwear and underwear named with English or French loanwords in the scripts of South Asia and the Arabic world, as
 * people type them: Urdu "سوئمنگ سوٹ", Hindi "स्विमिंग सूट", Bengali "সুইমস্যুট", Telugu "స్విమ్ సూట్", Tamil "ஸ்விம் சூட்",
 * Maghrebi and Levantine Arabic "سليب", "سوتيان", "كيلوت" (slip, soutien-gorge, culotte). Several were missing beside the
 * native words ("اسے سوئمنگ سوٹ پہنا دو" was allowed). `skimpy` and `clothing`, as the lexicons list swimwear. Written for
 * this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts). None is
 * taken from an evaluation set.
 */
const WORDS: Readonly<Record<string, string>> = {
  ur: 'سوئمنگ سوٹ|سوئم سوٹ|سویم سوٹ|سوئمنگ کاسٹیوم|سوئمنگ ڈریس|انڈرویئر|انڈر ویئر|پینٹی|پینٹیز',
  hi: 'स्विमिंग सूट|स्विम सूट|स्विमसूट|स्विमिंग कॉस्ट्यूम|स्विमवियर|अंडरवियर|पैंटी|पैंटीज़',
  bn: 'লঁজারি|লনজারি|লিঞ্জারি|সুইমস্যুট|সুইম স্যুট|সুইমিং স্যুট|সুইমিং কস্টিউম|আন্ডারওয়্যার|প্যান্টি',
  te: 'స్విమ్ సూట్|స్విమ్‌సూట్|స్విమ్మింగ్ సూట్|అండర్‌వేర్|అండర్ వేర్',
  ta: 'ஸ்விம் சூட்|ஸ்விம்சூட்|ஸ்விம்மிங் சூட்|அண்டர்வேர்',
  mr: 'स्विमसूट|स्विमिंग सूट|अंडरवेअर',
  ne: 'स्विमसुट|स्विमिङ सुट|अन्डरवेयर',
  ar: 'سليب|السليب|بالسليب|سوتيان|السوتيان|بالسوتيان|سنتيان|السنتيان|كيلوت|الكيلوت|بالكيلوت|كلسون|الكلسون|شورت سباحة نسائي',
  fa: 'سوتین|شورت زنانه|مایوی دو تکه',
};

export const LOAN_GARMENTS: Readonly<Record<string, Lexicon>> = Object.fromEntries(Object.entries(WORDS).map(([language, list]) => [language, { skimpy: terms(list), clothing: terms(list) }]));
