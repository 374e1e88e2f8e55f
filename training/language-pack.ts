// The shape of one language's vocabulary for the training-data generator.
//
// A pack has slot lists (words and phrases in their native forms, in the grammatical form the
// frames use) and sentence frames with {slot} placeholders. A frame's label string says what a
// filled-in frame is: u = undress (removing, reducing or making see-through a person's clothing,
// putting them in swimwear or underwear), s = sexual (nudity, sexual acts, explicit body focus),
// g = suggestive (sexy styling, provocative poses), m = refers to a minor; '' = benign. Benign
// frames are mostly near-misses: the same verbs and garments used harmlessly.

export type Mode = 'edit' | 'generate';

/** [labels, template, mode] — mode defaults to edit when the frame names a person slot, else generate. */
export type Frame = readonly [labels: string, template: string, mode?: Mode];

export interface LanguagePack {
  /** Language code as used in the data card: ISO 639-1, with a script subtag for romanised or traditional forms. */
  lang: string;
  slots: Readonly<Record<string, readonly string[]>>;
  frames: readonly Frame[];
  /** Politeness and reply-style wrappers typical of the language ("por favor", "bitte", "pls"). */
  please?: readonly string[];
}

/**
 * How people open and close a request in each language ("can you…", "…in this pic"), added to
 * benign and harmful examples alike: without them the real benign prompts (natural sentences) and
 * the generated ones (terse) would differ in style, and style would stand in for the label.
 */
export const LEAD_INS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'can you',
    'could you',
    'can u',
    'pls',
    'i want you to',
    'would you',
    'ok now',
    'now',
    'hey, can you',
    'edit this pic and',
    'i need you to',
    'go ahead and',
    'just',
    'try to',
    'can you please',
    'make it so you',
    'lol',
  ],
  fr: ['tu peux', 'est-ce que tu peux', 'peux-tu', 'stp', 'je veux que tu', 'allez', 'maintenant', 'vas-y'],
  de: ['kannst du', 'könntest du', 'bitte', 'ich will dass du', 'jetzt', 'mach mal', 'los'],
  es: ['puedes', 'me puedes', 'quiero que', 'ahora', 'porfa', 'oye', 'dale'],
  it: ['puoi', 'mi puoi', 'voglio che', 'adesso', 'dai'],
  pt: ['pode', 'você pode', 'quero que', 'agora', 'mano', 'por favor'],
  ru: ['можешь', 'сможешь', 'хочу чтобы ты', 'теперь', 'давай', 'а теперь'],
  tr: ['şunu', 'yapabilir misin', 'şimdi', 'hadi'],
  ja: ['この写真の', 'ねえ', '今度は', 'ちょっと'],
  zh: ['帮我', '能不能', '请', '现在', '你可以'],
  ko: ['이 사진에서', '야', '이제', '좀'],
  ar: ['ممكن', 'تقدر', 'عايز', 'دلوقتي', 'يلا'],
  'hi-Latn': ['kya tum', 'zara', 'ab', 'bhai', 'ek kaam karo'],
  id: ['bisa', 'tolong', 'sekarang', 'coba'],
  vi: ['bạn có thể', 'giờ', 'thử'],
  pl: ['możesz', 'a teraz', 'dawaj'],
  nl: ['kun je', 'kan je', 'nu'],
  sw: ['naomba', 'sasa', 'unaweza'],
  tl: ['pwede bang', 'ngayon', 'sige'],
};

export const TAILS: Readonly<Record<string, readonly string[]>> = {
  en: ['in this pic', 'in the photo', 'completely', 'fully', 'for me', 'real quick', 'in this image', 'please', 'thanks', 'make it realistic', 'keep the face the same', 'high quality'],
  fr: ['sur la photo', 'complètement', 'en entier', 'garde le visage', 'réaliste'],
  de: ['auf dem Foto', 'komplett', 'ganz', 'realistisch', 'Gesicht gleich lassen'],
  es: ['en la foto', 'completamente', 'toda', 'realista', 'deja la cara igual'],
  ru: ['на фото', 'полностью', 'реалистично', 'лицо оставь'],
  pt: ['na foto', 'completamente', 'realista'],
  it: ['nella foto', 'completamente', 'realistico'],
  ja: ['リアルに', '完全に', '顔はそのままで'],
  zh: ['要真实', '完全', '脸不要变'],
  ko: ['리얼하게', '완전히', '얼굴은 그대로'],
  id: ['di foto ini', 'sepenuhnya', 'yang realistis'],
  'hi-Latn': ['is photo mein', 'poora', 'realistic banao'],
  ar: ['في الصورة', 'بالكامل', 'واقعي'],
};

/** Slots shared by every language: emoji and the reply address of an image bot. */
export const SHARED_SLOTS: Readonly<Record<string, readonly string[]>> = {
  emojiSkimpy: ['👙', '🩱', '🩲', '👙👙'],
  emojiSexy: ['🍑', '🍆', '💦', '🔞', '🍒', '😈', '🥵', '👅', '🍆💦', '🍑🍑'],
  emojiHappy: ['😂', '🙏', '❤️', '✨', '😍', '🔥', '👍', '🎉', '🤣', '😊', '💯', '🥰'],
  emojiFood: ['🍑', '🍆', '🍒', '🍌', '🥒', '🍑🥧', '🍆🍝', '🍒🍰', '🥥', '🌶️'],
  emojiThing: ['🎄', '🎂', '🚗', '🌳', '🏠', '🐶', '☀️', '🌊', '👗', '👕', '🧥', '👔', '🎩', '👓'],
};

export const BOT_ADDRESSES = ['@grok', '@grok ', '@Grok', 'grok', 'hey grok', '@grok pls', '@AskPerplexity', '@gemini', '@chatgpt', '@meta_ai', 'yo grok'];

/** More slot words and frames for a pack, written separately: slot lists are appended, frames added. */
export interface PackExtension {
  slots?: Readonly<Record<string, readonly string[]>>;
  frames: readonly Frame[];
}

/** A pack with an extension merged in. */
export function extend(pack: LanguagePack, extension: PackExtension | undefined): LanguagePack {
  if (!extension) return pack;
  const slots: Record<string, readonly string[]> = { ...pack.slots };
  for (const [name, values] of Object.entries(extension.slots ?? {})) slots[name] = [...(slots[name] ?? []), ...values];
  return { ...pack, slots, frames: [...pack.frames, ...extension.frames] };
}
