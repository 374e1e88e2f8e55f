// The one place raw input (HTTP bodies, CLI strings, JSON lines) becomes subjects. The core never
// validates text or images again after this.
import { checkImageInput, type CheckedImage, type ImageLimits } from './checks/image-input.ts';
import { InvalidInputError } from './errors.ts';
import type { ImageSubject, PromptSubject } from './types.ts';

/** Longest request text screened; longer input is refused rather than silently truncated. */
export const MAX_PROMPT_LENGTH = 32_000; // OpenAI's limit for gpt-image-1 prompts
/** Earlier prompts of a thread accepted with a request (the screener reads the latest few). */
export const MAX_HISTORY_ENTRIES = 20;

// PostgreSQL text and jsonb cannot hold NUL or lone surrogates; such text is malformed anyway.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Checks a request's text, mode and optional thread history (earlier prompts, oldest first) and
 * returns the prompt subject. The text must be a non-empty
 * string of at most `MAX_PROMPT_LENGTH` UTF-16 code units with no NUL and no lone surrogate.
 * Throws InvalidInputError (`invalid_prompt`, `prompt_too_long`, `invalid_mode`).
 *
 * @example
 * promptSubject('put her in a bikini', 'edit'); // { kind: 'prompt', text: 'put her in a bikini', mode: 'edit' }
 */
export function promptSubject(text: unknown, mode: unknown = 'edit', history?: unknown): PromptSubject {
  if (typeof text !== 'string' || !/\S/.test(text)) throw new InvalidInputError('The prompt must be a non-empty string.', undefined, 'invalid_prompt');
  if (text.length > MAX_PROMPT_LENGTH) {
    throw new InvalidInputError(`The prompt is ${text.length} characters long; the limit is ${MAX_PROMPT_LENGTH}.`, { length: text.length }, 'prompt_too_long');
  }
  if (text.includes('\u0000') || LONE_SURROGATE.test(text)) throw new InvalidInputError('The prompt contains a NUL character or malformed Unicode.', undefined, 'invalid_prompt');
  if (mode !== 'edit' && mode !== 'generate') throw new InvalidInputError(`Unknown mode "${String(mode)}"; use edit or generate.`, undefined, 'invalid_mode');
  if (history === undefined) return { kind: 'prompt', text, mode };
  // Earlier prompts of the thread: the same rules as the prompt itself (empty ones are allowed).
  const valid = (h: unknown) => typeof h === 'string' && h.length <= MAX_PROMPT_LENGTH && !h.includes('\u0000') && !LONE_SURROGATE.test(h);
  if (!Array.isArray(history) || history.length > MAX_HISTORY_ENTRIES || !history.every(valid)) {
    throw new InvalidInputError(`"history" must be an array of at most ${MAX_HISTORY_ENTRIES} earlier prompts, each a string of at most ${MAX_PROMPT_LENGTH} characters.`, undefined, 'invalid_prompt');
  }
  return { kind: 'prompt', text, mode, history: history as string[] };
}

/**
 * Checks an image's bytes (format, size, pixel count, decodability; see `checkImageInput`) and
 * returns the image subject with what the check found. Throws InvalidInputError.
 */
export async function imageSubject(bytes: Uint8Array, limits: ImageLimits, label = 'image'): Promise<{ subject: ImageSubject; checked: CheckedImage }> {
  const checked = await checkImageInput(bytes, limits, label);
  return { subject: { kind: 'image', bytes, label }, checked };
}
