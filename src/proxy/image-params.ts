import { InvalidInputError } from '../errors.ts';

export type ImageEndpoint = 'generations' | 'edits' | 'variations';

/**
 * The parameters each endpoint forwards, as OpenAI documents them. The prompt is the only free
 * text and is screened; every other value must be a number, a boolean or a short identifier (no
 * spaces), so no text reaches the upstream unscreened. Anything else is refused, naming the field,
 * rather than forwarded unchecked. `null` means "the default", as in OpenAI's API.
 */
type Kind = 'prompt' | 'identifier' | 'integer' | 'boolean';

const COMMON: Record<string, Kind> = {
  prompt: 'prompt',
  model: 'identifier',
  n: 'integer',
  quality: 'identifier',
  response_format: 'identifier',
  size: 'identifier',
  user: 'identifier',
  background: 'identifier',
  output_format: 'identifier',
  output_compression: 'integer',
  partial_images: 'integer',
  stream: 'boolean',
};

export const IMAGE_PARAMS: Readonly<Record<ImageEndpoint, Readonly<Record<string, Kind>>>> = {
  generations: { ...COMMON, style: 'identifier', moderation: 'identifier' },
  edits: { ...COMMON, input_fidelity: 'identifier' },
  // dall-e-2's variations of one image: no prompt, no streaming.
  variations: { model: 'identifier', n: 'integer', response_format: 'identifier', size: 'identifier', user: 'identifier' },
};

/** Longest prompt accepted, as OpenAI's gpt-image-1 (32,000 characters). */
export const MAX_IMAGE_PROMPT_LENGTH = 32_000;
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:@+/-]{0,255}$/;

/**
 * Checks every field of a generations body (JSON values) or an edits form (strings) against the
 * endpoint's list; returns the typed values. Throws `unknown_parameter` or `invalid_parameter`
 * with `param` naming the field.
 */
export function validateParams(endpoint: ImageEndpoint, body: Record<string, unknown>): Record<string, string | number | boolean | null> {
  const allowed = IMAGE_PARAMS[endpoint];
  const multipart = endpoint !== 'generations';
  const out: Record<string, string | number | boolean | null> = {};
  for (const [name, value] of Object.entries(body)) {
    const kind = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
    if (!kind) {
      throw new InvalidInputError(
        `Unknown parameter "${safeName(name)}": the gateway forwards only the parameters it screens (${Object.keys(allowed).join(', ')}).`,
        { param: safeName(name) },
        'unknown_parameter',
      );
    }
    if (value === null || (multipart && value === 'null')) {
      if (kind === 'prompt') throw invalid(name, 'a non-empty string');
      out[name] = null;
      continue;
    }
    if (kind === 'prompt') {
      if (typeof value !== 'string' || value.trim().length === 0) throw invalid(name, 'a non-empty string');
      if (value.length > MAX_IMAGE_PROMPT_LENGTH) {
        throw new InvalidInputError(`"${name}" is ${value.length} characters long; the limit is ${MAX_IMAGE_PROMPT_LENGTH}.`, { param: name, length: value.length }, 'prompt_too_long');
      }
      out[name] = value;
    } else if (kind === 'identifier') {
      if (typeof value !== 'string' || !IDENTIFIER.test(value)) throw invalid(name, 'a short identifier (letters, digits, . _ : @ + / -)');
      out[name] = value;
    } else if (kind === 'integer') {
      const n = multipart && typeof value === 'string' && /^-?\d{1,9}$/.test(value) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n)) throw invalid(name, 'an integer');
      out[name] = n;
    } else {
      const b = multipart && (value === 'true' || value === 'false') ? value === 'true' : value;
      if (typeof b !== 'boolean') throw invalid(name, 'true or false');
      out[name] = b;
    }
  }
  if (Object.hasOwn(allowed, 'prompt') && typeof out.prompt !== 'string') throw invalid('prompt', 'a non-empty string');
  return out;
}

function invalid(name: string, what: string): InvalidInputError {
  return new InvalidInputError(`"${name}" must be ${what}.`, { param: name }, 'invalid_parameter');
}

/** A field name as it may appear in a message: printable and short. */
function safeName(name: string): string {
  return name.replace(/[^\x20-\x7e]/g, '?').slice(0, 100);
}
