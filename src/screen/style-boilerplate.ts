// The quality, rendering and camera tags that text-to-image prompts carry whatever they depict
// ("masterpiece, best quality, 8k, photorealistic, trending on artstation"). They say how a picture
// should look, never what it shows or to whom, yet the public explicit prompts the classifier learned
// from carry them too, so each one added to a benign caption nudged the classifier towards `sexual`:
// five of them appended to 796 COCO captions blocked 17 (BENCHMARKS.md, "Style tags"). The classifier
// does not read them (classifier/features.ts, withoutSpans); the lexicon still reads every word.

/**
 * Tags as they are written, lower case; a space also matches a hyphen or an underscore, and a tag counts
 * only as a whole term (no letter or digit either side). Quality, resolution, rendering engines, light,
 * lens and film, and the art sites and styles that prompt boilerplate names. No word here says what is
 * shown: not "realistic skin", "detailed body", "beautiful", "sexy", and no subject, garment or pose.
 */
export const STYLE_TAGS: readonly string[] = [
  'masterpiece',
  'best quality',
  'high quality',
  'highest quality',
  'top quality',
  'ultra quality',
  'amazing quality',
  'very aesthetic',
  'absurdres',
  'highres',
  'high resolution',
  'ultra high res',
  'ultra hd',
  'full hd',
  'uhd',
  'hdr',
  '4k',
  '8k',
  '16k',
  '4k uhd',
  '8k uhd',
  'highly detailed',
  'ultra detailed',
  'extremely detailed',
  'very detailed',
  'hyper detailed',
  'hyperdetailed',
  'intricate',
  'intricate details',
  'intricate detail',
  'sharp focus',
  'photorealistic',
  'photorealism',
  'hyperrealistic',
  'hyperrealism',
  'hyper realistic',
  'ultra realistic',
  'ultrarealistic',
  'trending on artstation',
  'artstation',
  'trending on cgsociety',
  'cgsociety',
  'octane render',
  'octane',
  'unreal engine',
  'unreal engine 5',
  'vray',
  'ray tracing',
  'cinematic lighting',
  'dramatic lighting',
  'studio lighting',
  'volumetric lighting',
  'soft lighting',
  'global illumination',
  'depth of field',
  'bokeh',
  'dslr',
  'raw photo',
  'film grain',
  'award winning',
  'award winning photography',
  'concept art',
  'digital art',
  'digital painting',
  'smooth',
  'cinematic',
  'epic composition',
  '35mm',
  '50mm',
  '85mm',
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so "8k uhd" is taken whole rather than "8k".
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...STYLE_TAGS]
    .sort((a, b) => b.length - a.length)
    .map((t) => escapeRegExp(t).replace(/ /g, '[ _-]'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
/**
 * Prompt syntax that only sets how much or how a part is drawn: an emphasis weight before a closing
 * bracket ("(red hat:1.2)"), a LoRA or embedding tag ("<lora:add_detail:0.8>"), Stable Diffusion's
 * BREAK, Pony's score tags, and Midjourney's parameters that take a value ("--ar 16:9", "--v 6",
 * "--style raw"); never `--no`, whose words are a negative prompt (negative-prompt.ts).
 */
const SYNTAX =
  /:\s{0,3}-?\d{1,3}(?:\.\d{1,4})?(?=\s{0,3}[)\]])|<(?:lora|lyco|hypernet|embedding|ti):[^<>\n]{1,120}>|(?<![\p{L}\p{N}])(?:BREAK|score_\d(?:_up)?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}-])--(?:ar|aspect|v|version|niji|style|stylize|s|q|quality|chaos|c|seed|weird|w|tile|iw|cref|sref|cw|sw|raw)(?:\s{1,3}[\w:.]{1,24})?(?![\p{L}\p{N}])/gu;

/** The spans [start, end) of style tags and prompt syntax in `text` (UTF-16 offsets), in order. Linear in the text's length. */
export function styleTagSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const pattern of [PATTERN, SYNTAX]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans.length > 1 ? merge(spans) : spans;
}

/** Sorted, overlapping spans joined. */
function merge(spans: Array<[number, number]>): Array<[number, number]> {
  spans.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [spans[0]!];
  for (const [s, e] of spans.slice(1)) {
    const last = out[out.length - 1]!;
    if (s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
