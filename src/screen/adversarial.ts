/**
 * Adversarial request texts for the linear-time guarantees: repeated terms, runs of digits, CJK,
 * censor marks, spaced letters, base64, random Unicode, emoji read as words. Used by the work-bound property test and
 * by `npm run bench:prompts`; deterministic for a given length (and seed for the random one).
 */
export const ADVERSARIAL_UNITS: Readonly<Record<string, string>> = {
  'repeated term': 'bikini ',
  'misspelt terms': 'undrezs nakd biknii lingeri ',
  'rule pairs': 'remove her shirt over the bikini and make it sexy, ',
  digits: '1234567890',
  'spaced digits': '1 2 3 4 5 6 ',
  CJK: '脱衣服裸体',
  'censor marks': 'n*k*d ',
  stars: '*',
  'spaced letters': 'b i k i n i ',
  'Arabic run': 'اخلع',
  'Thai run': 'ถอดเสื้อผ้า',
  base64: 'cHV0IGhlciBpbiBhIGJpa2luaQ== ',
  leetspeak: 'n4k3d ',
  'Hangul jamo': 'ㅂㅓㅅㄱㅕ',
  'masked phrases': 'nude lipstick top left ',
  // Hiding words beside nudity words, and words that refuse the hiding (censoredHarm's windows).
  'hiding words': 'blur the nude no blur pixelate naked ',
  emoji: '👙🍑💦 ',
  // One emoji, no space: each folds to a word of several skeleton characters, so the skeleton is about
  // four times the text (the slowest input measured at 20,000 characters, BENCHMARKS.md).
  'one emoji': '👙',
  // A short request in a script written without spaces, repeated: every "word" beside a match is a long run, and
  // counting the letters of each such run per match once cost 20-40 ms at 2,000 characters (rules.ts, hasLetters).
  'unspaced request': 'まず水着にして、次は上も取って ',
};

/** `unit` repeated to exactly `length` UTF-16 code units (a surrogate pair is never split). */
export function repeatTo(unit: string, length: number): string {
  const out = unit.repeat(Math.ceil(length / unit.length) + 1).slice(0, length);
  const last = out.charCodeAt(out.length - 1);
  return last >= 0xd800 && last < 0xdc00 ? `${out.slice(0, -1)} ` : out;
}

/** Random code points from the whole of Unicode's assigned planes, from a fixed seed. */
export function randomUnicode(length: number, seed = 20261130): string {
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  let out = '';
  while (out.length < length) {
    const r = next();
    const cp = r < 0.5 ? 0x20 + Math.floor(next() * 0x2fe0) : r < 0.9 ? 0x3000 + Math.floor(next() * 0xcfff) : 0x10000 + Math.floor(next() * 0x1ffff);
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (out.length + ch.length > length) break;
    out += ch;
  }
  return out.padEnd(length, ' ');
}

/** Emoji the normaliser reads as words (normalize.ts, EMOJI_WORDS): each folds to several skeleton characters. */
const WORD_EMOJI = [...'👙🩱🩲🩳👗👕👚👖👘🥻👔🧥🥼🦺🍑🍆💦🔞🫦🥵👅🚫🙅👶🧒👧👦🧸🔥👀🙈'];

/**
 * Emoji read as words, drawn at random with no space between them, from a fixed seed: no unit
 * repeats, so the normaliser cuts nothing short and the skeleton is about three times the text.
 */
export function emojiSequence(length: number, seed = 20261202): string {
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  let out = '';
  while (out.length + 2 <= length) out += WORD_EMOJI[Math.floor(next() * WORD_EMOJI.length)]!;
  return out.padEnd(length, ' ');
}

/**
 * Words the rules look at in pairs (a colour word and a garment, "sex" and the next word, a slang word and its
 * animal, a German verb and its particle, look-alike letters), drawn at random from a fixed seed: no unit repeats,
 * so the normaliser cuts nothing short and every rule meets many of its words. "nude" before each of thousands
 * of garments once took 3.4 s here (each "nude" compared with every match).
 */
const RULE_WORDS = [
  'nude',
  'bag',
  'leotard',
  'heels',
  'sex',
  'och',
  'till',
  'barn',
  'cock',
  'hen',
  'zieh',
  'frau',
  'aus',
  'ηυdε',
  'τορ',
  'her',
  'the',
  'a',
  'shirt',
  'remove',
  'uncensored',
  'text',
  'bikini',
  'tan',
  'lines',
  'statue',
  'of',
  'man',
  'shirtless',
  // Words the twelfth session's rules pair (placed garments, modest lengths, layers shown beneath, lists,
  // "instead of" postpositions, voyeurism, nude as a colour after its noun, zero weights).
  'hanging',
  'background',
  'shorter',
  'knee',
  'jacket',
  'underneath',
  'shows',
  'she',
  'has',
  'on',
  'and',
  '3',
  'undress',
  'filter',
  'vestido',
  'helyett',
  'spy',
  'cam',
  'shower',
  '(clothes:0)',
  'stranger',
  'in',
];

export function ruleWords(length: number, seed = 20261203): string {
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  let out = '';
  for (;;) {
    const word = `${RULE_WORDS[Math.floor(next() * RULE_WORDS.length)]!} `;
    if (out.length + word.length > length) break;
    out += word;
  }
  return out.padEnd(length, ' ');
}

/**
 * "nude" many times, each beside a different word (no repeated unit for the normaliser to cut), and one
 * garment at the very end: every "nude" asks whether that far garment is what it colours.
 */
export function nudesThenGarment(length: number): string {
  let out = '';
  for (let i = 0; out.length < length - 12; i++) out += `nude w${(i * 7919) % 100_003} `;
  return `${out}dress`.padEnd(length, ' ').slice(0, length);
}

/** Every adversarial text at one length, by name. */
export function adversarialTexts(length: number): Array<[name: string, text: string]> {
  return [
    ...Object.entries(ADVERSARIAL_UNITS).map(([name, unit]) => [name, repeatTo(unit, length)] as [string, string]),
    ['random Unicode', randomUnicode(length)],
    ['emoji sequence', emojiSequence(length)],
    ['rule words', ruleWords(length)],
    ['nudes, then a garment', nudesThenGarment(length)],
    // A long run of separators, then a word and a revealing term: in generate mode a name may open the
    // request (names.ts), and a pattern anchored at the end of that prefix once took 0.6 s here.
    ['separators, then a term', `${','.repeat(Math.max(0, length - 6))}x nude`],
  ];
}
