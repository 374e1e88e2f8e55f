import { work } from './work.ts';

/**
 * Negative prompts written inside the prompt text, the way image-generation front ends export them:
 * "portrait, 85mm … Negative prompt: nsfw, nude, lowres" (Stable Diffusion web UIs), "… --no text,
 * people" (Midjourney). What follows the marker lists what the image must NOT show, so its words are
 * not requests: "Negative prompt: nsfw, nude" asks for a clothed picture. The reverse also holds and
 * is read: clothing listed there ("--no clothes", "Negative prompt: dress, shirt") asks for nudity.
 *
 * A section runs from its marker to the end of its line (the web UIs put the generation settings on
 * the next line); a Midjourney `--no` list also ends at the next `--` parameter. Linear in the text.
 */
export interface Section {
  /** Where the marker starts (UTF-16 offsets of the text as given). */
  marker: number;
  /** The listed words: from just after the marker to the section's end. */
  start: number;
  end: number;
}

/**
 * Markers of a negative prompt, in the languages front ends are localised to. A bare "negative:"
 * counts only after a comma, a full stop or a line break, as a field label, not as a word of the
 * request ("make the mood less negative: …" has no label before it).
 */
const MARKER =
  /(?:negative[ _-]?prompts?|neg[ _-]?prompts?|prompt[ _-]n[ée]gatifs?|negativ(?:er)?[ _-]?prompts?|prompts?[ _-]negativos?|prompt[ _-]negativo|ネガティブ[ ・]?プロンプト|反向提示词|负面提示词|負面提示詞|네거티브 ?프롬프트|부정 ?프롬프트)\s*[:=：]|(?:^|[,.\n|]\s*)(?:negative|neg)\s*[:=：]|(?:^|\s)--no\s/giu;

/** At most this many sections are read (a list of thousands is not a prompt). */
const MAX_SECTIONS = 16;

export function negativeSections(text: string): Section[] {
  work.steps += text.length;
  const sections: Section[] = [];
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (sections.length < MAX_SECTIONS && (m = MARKER.exec(text)) !== null) {
    const start = m.index + m[0].length;
    const midjourney = m[0].trimStart().startsWith('--no');
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (midjourney) {
      const next = text.indexOf(' --', start);
      if (next >= 0 && next < end) end = next;
    }
    sections.push({ marker: m.index + (m[0].length - m[0].trimStart().length), start, end });
    MARKER.lastIndex = Math.max(end, start);
  }
  return withZeroWeights(text, sections);
}

/**
 * "(clothes:0.0)", "(clothing:-1)": prompt weights of zero or below ask the model for none of the words, so
 * they are read as a negative prompt's items. At most MAX_SECTIONS in all; a weighted group inside a
 * negative prompt's list is already part of it.
 */
const ZERO_WEIGHT = /\(([^()\n:]{1,40}):\s*(?:-\s*\d+(?:\.\d+)?|0(?:\.0+)?)\s*\)/g;

function withZeroWeights(text: string, sections: Section[]): Section[] {
  if (!text.includes(':')) return sections;
  work.steps += text.length;
  const weighted: Section[] = [];
  ZERO_WEIGHT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (sections.length + weighted.length < MAX_SECTIONS && (m = ZERO_WEIGHT.exec(text)) !== null) {
    const start = m.index + 1;
    if (sections.some((s) => s.marker <= m!.index && m!.index < s.end)) continue;
    weighted.push({ marker: m.index, start, end: start + m[1]!.length });
  }
  if (weighted.length === 0) return sections;
  return [...sections, ...weighted].sort((a, b) => a.marker - b.marker);
}

/**
 * The text with each section (marker included) blanked to spaces: the same length, so every span
 * found in it is a span of the text as given.
 */
export function positivePart(text: string, sections: readonly Section[]): string {
  let out = '';
  let at = 0;
  for (const s of sections) {
    out += text.slice(at, s.marker) + ' '.repeat(s.end - s.marker);
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * Only the sections' listed words, everything else blanked (same length as the text). Each blank run
 * begins with a line break, so one section's last item does not run into the next section's first
 * ("--no swimsuit --no bikini" lists two items).
 */
export function negativePart(text: string, sections: readonly Section[]): string {
  let out = '';
  let at = 0;
  for (const s of sections) {
    out += blank(s.start - at) + text.slice(s.start, s.end);
    at = s.end;
  }
  return out + blank(text.length - at);
}

function blank(n: number): string {
  return n > 0 ? `\n${' '.repeat(n - 1)}` : '';
}
