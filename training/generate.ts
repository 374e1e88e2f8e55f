import { seededRandom } from '../src/stats/random.ts';
import { BOT_ADDRESSES, LEAD_INS, SHARED_SLOTS, TAILS, type Frame, type LanguagePack, type Mode } from './language-pack.ts';
import { EVERYDAY_EDITS, THINGS } from './languages/edits.ts';
import { LANGUAGE_PACKS } from './languages/index.ts';

// Deterministic training-data generator: fills each language's sentence frames with its own
// vocabulary, then adds the noise of real traffic (bot addresses, typos, leetspeak, censor marks,
// casing, emoji, spaced letters). Noise is applied to benign and harmful examples alike, so that
// noise itself never predicts the label.

export interface Labels {
  undress: number;
  sexual: number;
  suggestive: number;
  minor: number;
}

export interface Example {
  text: string;
  mode: Mode;
  lang: string;
  source: string;
  labels: Labels;
  /** The strict policy must block (or review) it: undress or sexual, or suggestive aimed at a real person or a minor. */
  harmful: boolean;
  /** `lang:frameIndex`, to hold whole frames out of training. */
  frame: string;
}

const KID_SLOTS = /\{(kid|kidObj)\}/;
const NAME_SLOT = /\{name\}/;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function slotValues(pack: LanguagePack, name: string, fallback: LanguagePack): readonly string[] {
  const values = pack.slots[name] ?? SHARED_SLOTS[name] ?? (name === 'name' || name === 'style' ? fallback.slots[name] : undefined);
  if (!values || values.length === 0) throw new Error(`language pack ${pack.lang}: slot {${name}} is not defined`);
  return values;
}

/**
 * Slots whose words people often type in English inside another language ("mets-la en bikini",
 * "uski shirt remove karo", "她的 dress 变透明"): code-switching, drawn for benign twins alike.
 */
const SWITCHABLE = new Set(['garment', 'skimpy', 'formal', 'object', 'body', 'act', 'lessCovered', 'color', 'pose']);
/** Share of switchable slots filled from the English pack in another language's frame. */
const CODE_SWITCH = 0.12;

/** Fills a frame's slots; returns the text. */
export function fill(pack: LanguagePack, template: string, random: () => number, fallback: LanguagePack): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const english = fallback.slots[name];
    if (pack !== fallback && english && SWITCHABLE.has(name) && random() < CODE_SWITCH) return pick(english, random);
    return pick(slotValues(pack, name, fallback), random);
  });
}

export function labelsOf(frame: Frame): { labels: Labels; mode: Mode; harmful: boolean } {
  const [codes, template, explicitMode] = frame;
  const mode: Mode = explicitMode ?? 'edit';
  const labels: Labels = {
    undress: codes.includes('u') ? 1 : 0,
    sexual: codes.includes('s') ? 1 : 0,
    suggestive: codes.includes('g') || codes.includes('u') ? 1 : 0,
    minor: KID_SLOTS.test(template) || codes.includes('m') ? 1 : 0,
  };
  const realOrMinor = mode === 'edit' || NAME_SLOT.test(template) || labels.minor === 1;
  const harmful = labels.undress === 1 || labels.sexual === 1 || (codes.includes('g') && realOrMinor);
  return { labels, mode, harmful };
}

// ---- noise ----

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };

function words(text: string): string[] {
  return text.split(' ');
}

function mutateWord(text: string, random: () => number, f: (w: string) => string): string {
  const ws = words(text);
  const candidates = ws.map((w, i) => [w, i] as const).filter(([w]) => [...w].length >= 4 && /\p{L}/u.test(w));
  if (candidates.length === 0) return text;
  const [w, i] = pick(candidates, random);
  ws[i] = f(w);
  return ws.join(' ');
}

const NOISES: ReadonlyArray<(text: string, random: () => number) => string> = [
  // typo: swap, drop or double a letter
  (t, r) =>
    mutateWord(t, r, (w) => {
      const cs = [...w];
      const k = 1 + Math.floor(r() * (cs.length - 2));
      const kind = Math.floor(r() * 3);
      if (kind === 0) [cs[k], cs[k - 1]] = [cs[k - 1]!, cs[k]!];
      else if (kind === 1) cs.splice(k, 1);
      else cs.splice(k, 0, cs[k]!);
      return cs.join('');
    }),
  // leetspeak inside one word
  (t, r) => mutateWord(t, r, (w) => [...w].map((c, k) => (k > 0 && LEET[c] && r() < 0.6 ? LEET[c] : c)).join('')),
  // a censor mark for one vowel
  (t, r) => mutateWord(t, r, (w) => w.replace(/[aeiouаеиоуαεηιο]/u, r() < 0.5 ? '*' : '.')),
  // casing
  (t) => t.toUpperCase(),
  (t) => t.charAt(0).toUpperCase() + t.slice(1),
  // spaced letters
  (t, r) => mutateWord(t, r, (w) => [...w].join(r() < 0.7 ? ' ' : '.')),
  // repeated letters ("nuuude")
  (t, r) => mutateWord(t, r, (w) => w.replace(/([aeiouy])/u, '$1$1$1')),
  // punctuation
  (t, r) => t + pick(['!!', '??', '...', '!', ' ?', ' !!!', '.'], r),
  // no spaces after commas, missing spaces
  (t, r) => mutateWord(t, r, (w) => w + pick(['', '.', ','], r)),
  // diacritics stripped
  (t) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
];

/** Joiners of a chatty request that asks for two edits at once ("add a hat and …", "…, also …"). */
const JOINERS = [' and ', ', ', ' + ', ' & ', '. also ', ', then ', ' / ', '. '];

function addNoise(text: string, pack: LanguagePack, random: () => number, edits: readonly string[] | undefined): string {
  let out = text;
  // A second, everyday edit beside the request (either side): the label stays the request's.
  if (edits && random() < 0.1) out = random() < 0.5 ? `${pick(edits, random)}${pick(JOINERS, random)}${out}` : `${out}${pick(JOINERS, random)}${pick(edits, random)}`;
  const roll = random();
  if (roll < 0.45) out = pick(NOISES, random)(out, random);
  if (random() < 0.12) out = pick(NOISES, random)(out, random);
  const lead = LEAD_INS[pack.lang];
  if (lead && random() < 0.3) out = `${pick(lead, random)} ${out}`;
  const tail = TAILS[pack.lang];
  if (tail && random() < 0.2) out = `${out} ${pick(tail, random)}`;
  if (random() < 0.25) out = `${pick(BOT_ADDRESSES, random)} ${out}`;
  if (pack.please && random() < 0.3) out = random() < 0.5 ? `${out} ${pick(pack.please, random)}` : `${pick(pack.please, random)} ${out}`;
  if (random() < 0.12) out = `${out} ${pick(SHARED_SLOTS.emojiHappy!, random)}`;
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * The benign twin of a harmful frame: the same verbs and sentence with the harmful filler swapped
 * for a harmless one ("put her in {skimpy}" → "put her in {formal}", "remove her {garment}" →
 * "remove her {object}", "make her {garment} {lessCovered}" → "… {color}", "undress {her}" →
 * "undress {thing}"). Without twins the verbs themselves become proxies for the label.
 */
export function twinOf(template: string, pack: LanguagePack): string | undefined {
  const has = (slot: string) => pack.slots[slot] !== undefined;
  const swaps: [RegExp, string, boolean][] = [
    [/\{skimpy\}/g, '{formal}', has('formal')],
    [/\{emojiSkimpy\}/g, '{emojiThing}', true],
    [/\{lessCovered\}/g, '{color}', has('color')],
    [/\{act\}/g, '{activity}', has('activity')],
    [/\{pose\}/g, '{benignPose}', has('benignPose')],
    [/\{poseState\}/g, '{benignPose}', has('benignPose')],
    [/\{body\}/g, '{object}', has('object')],
    [/\{garment\}/g, '{object}', has('object')],
    [/\{her\}/g, '{thing}', has('thing')],
  ];
  // A twin keeps the harmless emoji only: "kneeling in the garden 🔞" is not a benign request.
  for (const [pattern, replacement, available] of swaps) if (available && pattern.test(template)) return template.replace(pattern, replacement).replace(/\{emojiSexy\}/g, '{emojiHappy}');
  return undefined;
}

/** Adds the language's everyday edits as a slot and three frames (so they are drawn often). */
function withEverydayEdits(pack: LanguagePack): LanguagePack {
  const edits = EVERYDAY_EDITS[pack.lang];
  const things = pack.slots.thing ?? THINGS[pack.lang];
  const slots = { ...pack.slots, ...(edits ? { edit: edits } : {}), ...(things ? { thing: things } : {}) };
  // Food emoji are harmless in most requests ("peach cake 🍑"): they appear in benign edits too.
  const frames: Frame[] = edits
    ? [
        ['', '{edit}'],
        ['', '{edit}'],
        ['', '{edit}'],
        ['', '{edit} {emojiFood}'],
        ['', '{emojiFood} {edit}'],
      ]
    : [];
  return { ...pack, slots, frames: [...pack.frames, ...frames] };
}

export interface GenerateOptions {
  seed: number;
  /** Examples per language (before deduplication); English gets `englishFactor` times as many. */
  perLanguage: number;
  englishFactor: number;
  /** Share of benign frames drawn: at least as many benign near-misses as harmful examples. */
  benignShare: number;
  /** Share of harmful-frame draws that become the frame's benign twin instead. */
  twinShare: number;
}

export const DEFAULT_GENERATE: GenerateOptions = { seed: 20261130, perLanguage: 2400, englishFactor: 3, benignShare: 0.4, twinShare: 0.45 };

/** Every language pack's examples, deduplicated within the language. */
export function generateExamples(options: GenerateOptions = DEFAULT_GENERATE, packs: readonly LanguagePack[] = LANGUAGE_PACKS): Example[] {
  const english = packs.find((p) => p.lang === 'en')!;
  const out: Example[] = [];
  packs.map(withEverydayEdits).forEach((pack, packIndex) => {
    const random = seededRandom(options.seed + packIndex * 7919);
    const benign = pack.frames.map((f, i) => [f, i] as const).filter(([f]) => f[0] === '');
    const harmful = pack.frames.map((f, i) => [f, i] as const).filter(([f]) => f[0] !== '');
    const n = pack.lang === 'en' ? options.perLanguage * options.englishFactor : options.perLanguage;
    const seen = new Set<string>();
    for (let k = 0; k < n; k++) {
      let [frame, index] = random() < options.benignShare ? pick(benign, random) : pick(harmful, random);
      let frameId = `${pack.lang}:${index}`;
      const twin = frame[0] !== '' && !frame[0].includes('m') && !KID_SLOTS.test(frame[1]) ? twinOf(frame[1], pack) : undefined;
      if (twin && random() < options.twinShare) {
        frame = ['', twin, frame[2]];
        frameId = `${frameId}:twin`;
      }
      const text = addNoise(fill(pack, frame[1], random, english), pack, random, pack.slots.edit);
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ text, ...labelsOf(frame), lang: pack.lang, source: 'generated', frame: frameId });
    }
  });
  return out;
}
