import { CATEGORIES, JURISDICTIONS, VERDICTS } from '../src/index.ts';
import { IMAGE_PARAMS, MAX_IMAGE_PROMPT_LENGTH, type ImageEndpoint } from '../src/proxy/image-params.ts';

const loose = { type: 'object', additionalProperties: true } as const;

export const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        message: { type: 'string' },
        type: { type: 'string' },
        code: { type: 'string' },
        param: { type: ['string', 'null'] },
        details: loose,
        decision_id: { type: 'string' },
        verdict: { type: 'string' },
        reasons: { type: 'array', items: { type: 'string' } },
        categories: { type: 'array', items: { type: 'string' } },
      },
      required: ['message', 'type', 'code'],
    },
  },
  required: ['error'],
} as const;

/** The error responses every authenticated route may give, for the OpenAPI document. */
export const errorResponses = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 413: errorSchema, 415: errorSchema, 429: errorSchema, 500: errorSchema, 503: errorSchema };

/** Bearer API key, as declared in the OpenAPI document's security schemes. */
export const bearerSecurity = [{ bearer: [] }];

export const decisionSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    kind: { type: 'string', enum: ['prompt', 'image', 'edit', 'output'] },
    createdAt: { type: 'string' },
    parentId: { type: ['string', 'null'] },
    verdict: { type: 'string', enum: [...VERDICTS] },
    categories: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          category: { type: 'string', enum: [...CATEGORIES] },
          score: { type: 'number' },
          reasons: { type: 'array', items: { type: 'string' } },
          evidence: { type: 'array', items: loose },
          detectors: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    rules: { type: 'array', items: loose },
    reasons: { type: 'array', items: { type: 'string' } },
    legalBasis: { type: 'array', items: loose },
    policy: { type: 'object', properties: { id: { type: 'string' }, version: { type: 'string' } } },
    jurisdiction: { type: 'string' },
    unavailable: { type: 'array', items: loose },
    inputs: { type: 'array', items: loose },
    signals: { type: 'array', items: loose },
  },
  required: ['id', 'verdict', 'reasons', 'policy'],
} as const;

const scopeProperties = {
  policy: { type: 'string', minLength: 1, maxLength: 64, description: 'Built-in policy name (strict, adult) or the operator\'s policy id.' },
  jurisdiction: { type: 'string', minLength: 1, maxLength: 16, description: `One of ${JURISDICTIONS.join(', ')}.` },
} as const;

const base64Image = { type: 'string', minLength: 1, description: 'Base64 image bytes (a data: URL prefix is accepted).' } as const;

export const promptCheckBody = {
  type: 'object',
  properties: { prompt: { type: 'string', minLength: 1 }, mode: { type: 'string', enum: ['edit', 'generate'] }, ...scopeProperties },
  required: ['prompt', 'mode'],
  additionalProperties: false,
} as const;

export const imageCheckBody = {
  type: 'object',
  properties: { image: base64Image, ...scopeProperties },
  required: ['image'],
  additionalProperties: false,
} as const;

export const editCheckBody = {
  type: 'object',
  properties: { prompt: { type: 'string', minLength: 1 }, images: { type: 'array', items: base64Image, minItems: 1, maxItems: 8 }, ...scopeProperties },
  required: ['prompt', 'images'],
  additionalProperties: false,
} as const;

export const outputCheckBody = {
  type: 'object',
  properties: {
    decisionId: { type: 'string', format: 'uuid' },
    prompt: { type: 'string', minLength: 1 },
    inputs: { type: 'array', items: base64Image, maxItems: 8 },
    outputs: { type: 'array', items: base64Image, minItems: 1, maxItems: 8 },
    ...scopeProperties,
  },
  required: ['decisionId', 'outputs'],
  additionalProperties: false,
} as const;

/** An OpenAI Images parameter as JSON Schema: `null` is accepted as "the default", as OpenAI does. */
function paramSchema(kind: string, name: string): Record<string, unknown> {
  if (kind === 'prompt') return { type: 'string', minLength: 1, description: `Screened before anything is generated; at most ${MAX_IMAGE_PROMPT_LENGTH} characters (prompt_too_long).` };
  if (kind === 'integer') return { type: ['integer', 'null'] };
  if (kind === 'boolean') return { type: ['boolean', 'null'], ...(name === 'stream' ? { description: 'Server-sent events; every partial and final image is checked before it is relayed.' } : {}) };
  return { type: ['string', 'null'], maxLength: 256, description: 'An identifier (no spaces): free text goes only in `prompt`, where it is screened.' };
}

const paramProperties = (endpoint: ImageEndpoint) => Object.fromEntries(Object.entries(IMAGE_PARAMS[endpoint]).map(([name, kind]) => [name, paramSchema(kind, name)]));

/**
 * Generation parameters. Unknown fields are refused by the route with `unknown_parameter` naming
 * the field (this schema lets them through so that the error can say which one).
 */
export const generationsBody = {
  $id: 'ImageGenerationRequest',
  type: 'object',
  properties: paramProperties('generations'),
  required: ['prompt'],
  additionalProperties: true,
} as const;

/** The multipart fields of an edit, for the OpenAPI document (the route reads the parts itself). */
export const editsMultipart = {
  $id: 'ImageEditRequest',
  type: 'object',
  properties: {
    ...paramProperties('edits'),
    image: { type: 'array', items: { type: 'string', format: 'binary' }, maxItems: 16, description: 'Up to 16 input images (`image` or `image[]`), each checked.' },
    mask: { type: 'string', format: 'binary', description: 'Optional mask; it is an image and is checked too.' },
  },
  required: ['prompt', 'image'],
} as const;

export const multipartAny = { description: 'multipart/form-data fields and files' } as const;
