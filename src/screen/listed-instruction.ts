/**
 * A request that lists several edits ("change the background to a beach, remove the tattoo, put her in a
 * tiny bikini and raise the saturation"; "1- remove the men behind 2- brighten it 3- take her clothes off"):
 * the classifier reads the whole list, and the benign edits around a harmful one dilute it, so the decision
 * layer overrules the lexicon's rule on the harmful item. The item that holds the rule's words is read again
 * alone (prompt-screener.ts, listedInstruction); here, where that item begins and ends.
 */

/** What ends one edit of a list and begins the next: commas, semicolons, sentence ends, line breaks, brackets, in the screened scripts. */
const SEPARATOR = /[,;.!?\n，、；。！？،؛:|()（）]/u;
/** A list number opening an item ("1.", "2)", "3-", "١-", "٢."), read as a separator before the item. */
const NUMBER_BEFORE = /(?:^|\s)[0-9٠-٩۰-۹]{1,2}[.)\-–]\s*$/u;
const NUMBER_AFTER = /^\s+[0-9٠-٩۰-۹]{1,2}[.)\-–]/u;
/** The farthest an item reaches either side of the rule's words: a longer item is not a list's item. */
const REACH = 160;

/**
 * The item of a list that text[start, end) lies in: from the separator (or list number) before it to the one
 * after it, trimmed. Undefined when the text is not a list of at least two items, when the item is the whole
 * text, or when no separator stands within REACH characters on either side of the words (read only there:
 * constant work per call).
 */
export function instructionAround(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let from = start;
  // "… 2- brighten it 3- take her clothes off": a list number ends the item before and opens the next.
  while (from > 0 && start - from < REACH && !SEPARATOR.test(text[from - 1]!) && !(from < start && NUMBER_BEFORE.test(text.slice(Math.max(0, from - 5), from)))) from--;
  let to = end;
  while (to < text.length && to - end < REACH && !SEPARATOR.test(text[to]!) && !NUMBER_AFTER.test(text.slice(to, to + 5))) to++;
  const atStart = from === 0;
  const atEnd = to === text.length;
  // Too far to a separator on one side (and not at the text's edge): not an item of a list.
  if ((!atStart && start - from >= REACH) || (!atEnd && to - end >= REACH)) return undefined;
  if (atStart && atEnd) return undefined;
  while (from < to && /[\s\-–0-9٠-٩۰-۹.)]/u.test(text[from]!) && from < start) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  return to > from ? { start: from, end: to } : undefined;
}

/** The fewest items a request must list for its items to be read alone: one or two edits are read as a whole. */
export const FEWEST_ITEMS = 3;

/**
 * Whether the text lists at least `items` items: runs of at least two letters between separators or list numbers,
 * and `joined` more joined by "and" ("…, remove the tattoo and put her in a bikini"; the caller counts them).
 */
export function listsAtLeast(text: string, joined = 0, items = FEWEST_ITEMS): boolean {
  let n = Math.min(joined, items);
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (SEPARATOR.test(c) || (/\s/u.test(c) && NUMBER_AFTER.test(text.slice(i, i + 5)))) {
      if (letters >= 2 && ++n >= items) return true;
      letters = 0;
    } else if (/\p{L}/u.test(c)) letters++;
  }
  return letters >= 2 && n + 1 >= items;
}
