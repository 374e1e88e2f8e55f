// "make it rococo 🔥", "As pop art. 🔥": a 🔥 or 🌶 that closes a request, after the request has said what it asks
// for, is praise ("this is fire"), not part of the request. The normaliser reads 🔥 as "hot" and 🌶 as "spicy"
// (normalize.ts, EMOJI_WORDS), which is what they mean when they are asked for ("make her 🔥", "she looks 🔥",
// "even more 🌶"); appended to 4,467 benign edit instructions, 🔥 read so blocked 1,277 of them (BENCHMARKS.md,
// "Praise emoji"). Such an emoji is blanked (spaces of the same length, so every offset still points into the
// request as sent) before the request is read. Other emoji in the closing run (🍑, 💦, 🥵) are left as they are.

/** 🔥 and 🌶: emoji of praise that also read as words of heat. */
const PRAISE = new Set([0x1f525, 0x1f336]);
/** What a closing run of emoji may hold besides emoji: spaces, punctuation, variation selectors, joiners, skin tones. */
const RUN = /[\s\p{P}\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]\s*$/u;
/** The end of a sentence: after it, an emoji is said of what came before, whatever its last word. */
const SENTENCE_END = /[.!?。！？]/u;
/**
 * Last words after which the emoji is what is asked for or said of her: "make her 🔥", "make it 🔥", "she looks 🔥",
 * "even more 🔥", "so 🔥", "pic of her 🔥". Lower case.
 */
const GOVERNS = new Set(
  'make makes made making look looks looking more so be is s get gets turn her him them it even super very extra really too kinda real way much feel feeling you u ur she he they and but or as like this that to with in a an the ma mach sie ihn la le lo hazla hazlo fais rends mais plus más mas più piu mehr'.split(
    ' ',
  ),
);

/** The request with its closing praise emoji blanked when they are praise (see the module's comment). Linear. */
export function quietPraise(text: string): string {
  let start = text.length;
  // The closing run, read backwards by code unit (surrogate halves of emoji are tested as pairs below).
  while (start > 0) {
    const code = text.codePointAt(start - 2);
    if (start >= 2 && code !== undefined && code > 0xffff && RUN.test(String.fromCodePoint(code))) start -= 2;
    else if (RUN.test(text[start - 1]!)) start--;
    else break;
  }
  if (start === 0 || start === text.length) return text;
  const run = [...text.slice(start)];
  const firstPraise = run.findIndex((ch) => PRAISE.has(ch.codePointAt(0)!));
  if (firstPraise < 0) return text;
  const beforePraise = run.slice(0, firstPraise).join('');
  if (!SENTENCE_END.test(beforePraise)) {
    // In a script written without spaces the word before it cannot be told apart ("再大胆一点🔥", bolder 🔥): kept.
    if (UNSPACED.test(text.slice(Math.max(0, start - 2), start))) return text;
    const last = /([\p{L}\p{N}]+)$/u.exec(text.slice(Math.max(0, start - 24), start));
    if (last && GOVERNS.has(last[1]!.toLowerCase())) return text;
  }
  let out = text.slice(0, start);
  for (const ch of run) out += PRAISE.has(ch.codePointAt(0)!) ? ' '.repeat(ch.length) : ch;
  return out;
}
