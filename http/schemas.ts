import { CATEGORIES, JURISDICTIONS, VERDICTS } from '../src/internal.ts';
import { IMAGE_PARAMS, MAX_IMAGE_PROMPT_LENGTH, type ImageEndpoint } from '../src/proxy/image-params.ts';

const loose = { type: 'object', additionalProperties: true } as const;

export const errorSchema = {
  $id: 'Error',
  type: 'object',
  description: "OpenAI's error shape with a stable `code`; a refusal adds the decision id, verdict, reasons and categories.",
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

const errorRef = (description: string) => ({ description, $ref: 'Error#' });

/** On every answer (added to every documented response by the app's OpenAPI transform). */
export const requestIdHeader = {
  schema: { type: 'string' },
  description: "The request's id: the upstream's own for a proxied answer when it gave one, else the gateway's (`req_csy_…`). A client's x-request-id is never taken as ours.",
} as const;

/** The error responses every authenticated route may give, for the OpenAPI document. */
export const errorResponses = {
  400: errorRef('Bad input, with a stable code (and `param` naming the field where there is one); a refusal is `content_policy_violation`.'),
  401: errorRef('No or an unknown API key.'),
  403: errorRef("The key's scope does not allow this."),
  404: errorRef('No such route or id (in this tenant).'),
  408: errorRef('The request did not arrive in time.'),
  413: errorRef('Body or image too large.'),
  415: errorRef('Only JSON and multipart/form-data are accepted.'),
  429: errorRef('Rate limit of the key reached (Retry-After).'),
  500: errorRef('Internal error (nothing internal in the message).'),
  503: errorRef('Busy (`queue_full`, `server_busy`, with Retry-After), checks not loaded (`not_ready`), a check that could not run (`check_unavailable`), or no upstream configured.'),
};

/** What the Images proxy adds: the upstream or an output image failed (never the user's fault). */
export const upstreamErrorResponses = {
  502: errorRef(
    "The upstream failed: `upstream_error`, `upstream_auth_failed` (the operator's key), `upstream_image_unavailable`, `upstream_image_url_refused`, `upstream_image_unreadable`. `x-should-retry: false` where a retry would generate again.",
  ),
};

const decisionIdHeader = { 'x-consentry-decision-id': { type: 'string', description: "The decision(s) behind this answer, comma-separated (the request's first)." } } as const;

/** A decision answer, with the decision id header. */
export const decisionResponse = { description: 'The decision, as logged.', headers: decisionIdHeader, $ref: 'Decision#' };

/** Bearer API key, as declared in the OpenAPI document's security schemes. */
export const bearerSecurity = [{ bearer: [] }];

export const decisionSchema = {
  $id: 'Decision',
  type: 'object',
  description: 'A logged decision: verdict, the categories and rules behind it, evidence, legal basis and the policy used.',
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
    consent: { ...loose, description: 'The verified consent that lifted a floor for the person it names: grants, persons, face match, lifted rules.' },
    allowList: {
      type: 'object',
      description: "Exact matches on an allow list (a reviewer's overturn) that lifted the non-floor rules of a lone image check; never a floor.",
      properties: { entries: { type: 'array', items: { type: 'string' }, description: 'list:entryId' }, lifted: { type: 'array', items: { type: 'string' } } },
    },
    unavailable: { type: 'array', items: loose },
    inputs: { type: 'array', items: loose },
    signals: { type: 'array', items: loose },
  },
  required: ['id', 'verdict', 'reasons', 'policy'],
} as const;

const scopeProperties = {
  policy: { type: 'string', minLength: 1, maxLength: 64, description: "Built-in policy name (strict, adult) or the operator's policy id." },
  jurisdiction: { type: 'string', minLength: 1, maxLength: 16, description: `One of ${JURISDICTIONS.join(', ')}.` },
  user: {
    type: 'string',
    minLength: 1,
    maxLength: 256,
    description: "The end user (as OpenAI's `user`); a consent grant may name one. Also the x-consentry-user header; a self-edit's person id goes in x-consentry-self-person.",
  },
} as const;

const base64Image = { type: 'string', minLength: 1, description: 'Base64 image bytes (a data: URL prefix is accepted).' } as const;

/** The thread's earlier prompts, oldest first: a follow-up ("now make it smaller") is read in their context. */
const historyProperty = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  maxItems: 20,
  description: "The same thread's earlier prompts, oldest first (at most 20): a follow-up such as 'now make it smaller' is screened in their context.",
} as const;

export const promptCheckBody = {
  $id: 'PromptCheckRequest',
  type: 'object',
  properties: { prompt: { type: 'string', minLength: 1 }, mode: { type: 'string', enum: ['edit', 'generate'] }, history: historyProperty, ...scopeProperties },
  required: ['prompt', 'mode'],
  additionalProperties: false,
} as const;

export const imageCheckBody = {
  $id: 'ImageCheckRequest',
  type: 'object',
  properties: { image: base64Image, ...scopeProperties },
  required: ['image'],
  additionalProperties: false,
} as const;

export const editCheckBody = {
  $id: 'EditCheckRequest',
  type: 'object',
  properties: {
    prompt: { type: 'string', minLength: 1 },
    images: { type: 'array', items: base64Image, minItems: 1, maxItems: 17, description: 'Up to 16 images and a mask.' },
    mask: { ...base64Image, description: "The edit's mask: checked as an image, recorded as a mask (an output is compared with the images only)." },
    history: historyProperty,
    ...scopeProperties,
  },
  required: ['prompt', 'images'],
  additionalProperties: false,
} as const;

export const outputCheckBody = {
  $id: 'OutputCheckRequest',
  type: 'object',
  properties: {
    decisionId: { type: 'string', format: 'uuid' },
    prompt: { type: 'string', minLength: 1 },
    inputs: {
      type: 'array',
      items: base64Image,
      maxItems: 17,
      description:
        "All the input images of the pre-check, sent again in any order (verified by SHA-256; others, or only some of them, are refused with inputs_mismatch). Without any of them an edit's output is not compared, and that blocks.",
    },
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

/** The multipart fields of a variation (dall-e-2), for the OpenAPI document. */
export const variationsMultipart = {
  $id: 'ImageVariationRequest',
  type: 'object',
  properties: {
    ...paramProperties('variations'),
    image: { type: 'string', format: 'binary', description: 'The one input image; it is checked, and every variation is compared with it.' },
  },
  required: ['image'],
} as const;

export const multipartAny = { description: 'multipart/form-data fields and files' } as const;

const scopeFields = {
  policy: { type: 'string', description: "Built-in policy name (strict, adult) or the operator's policy id." },
  jurisdiction: { type: 'string', description: `One of ${JURISDICTIONS.join(', ')}.` },
  user: { type: 'string', description: "The end user (as OpenAI's `user`); a consent grant may name one." },
} as const;

/** The multipart fields of an image check, for the OpenAPI document (the route reads the parts itself). */
export const imageCheckMultipart = {
  $id: 'ImageCheckMultipart',
  type: 'object',
  properties: { image: { type: 'string', format: 'binary', description: 'The image file.' }, ...scopeFields },
  required: ['image'],
} as const;

/** The multipart fields of an edit check, for the OpenAPI document. */
export const editCheckMultipart = {
  $id: 'EditCheckMultipart',
  type: 'object',
  properties: {
    prompt: { type: 'string', description: 'The edit instruction, screened with the images.' },
    image: {
      type: 'array',
      items: { type: 'string', format: 'binary' },
      minItems: 1,
      maxItems: 17,
      description: 'The input images: every file part whose field name starts with `image` (`image`, `image[]`, `image2`…), each checked.',
    },
    mask: { type: 'string', format: 'binary', description: 'One mask, checked as an image. Any other file field is refused with `unknown_parameter`.' },
    ...scopeFields,
  },
  required: ['prompt', 'image'],
} as const;

/** OpenAI's Images response as the gateway returns it: only checked images, always as b64_json, plus `consentry`. */
export const imagesResponseSchema = {
  $id: 'ImagesResponse',
  type: 'object',
  description:
    "OpenAI's Images response. Every image was checked; a `url` from the upstream is fetched, checked and returned as `b64_json`. With `stream: true` the answer is `text/event-stream` instead: `image_generation.partial_image` / `image_generation.completed` (`image_edit.*` for edits), each image checked before it is sent, and a refusal as an `error` event.",
  properties: {
    created: { type: 'integer' },
    data: { type: 'array', items: { type: 'object', properties: { b64_json: { type: 'string' }, revised_prompt: { type: 'string' } }, additionalProperties: true } },
    usage: { type: 'object', additionalProperties: true },
    consentry: {
      type: 'object',
      properties: {
        request_decision_id: { type: 'string' },
        output_decision_ids: { type: 'array', items: { type: 'string' } },
        removed: { type: 'integer', description: 'Images the output check refused or could not check, removed from `data`.' },
        removed_images: {
          type: 'array',
          description: 'Why each removed image is missing: a policy refusal, or an infrastructure failure (fetch, decode, a check that could not run) with its stable code.',
          items: {
            type: 'object',
            properties: {
              index: { type: 'integer', description: "The image's index in the upstream's answer." },
              kind: { type: 'string', enum: ['policy_refusal', 'infrastructure_failure'] },
              code: {
                type: 'string',
                description:
                  '`content_policy_violation` for a refusal; for a failure the code the whole answer would have had (upstream_image_unavailable, upstream_image_url_refused, upstream_image_unreadable, check_unavailable…).',
              },
              message: { type: 'string' },
              decision_id: { type: 'string', description: 'The output decision, when the image was checked.' },
            },
            required: ['index', 'kind', 'code', 'message'],
          },
        },
      },
    },
  },
  additionalProperties: true,
} as const;

/** The images routes' 200: JSON, or with `stream: true` server-sent events (each image checked before it is sent). */
export const imagesResponse = {
  description: 'The checked images: JSON, or server-sent events with `stream: true`.',
  headers: decisionIdHeader,
  content: {
    'application/json': { schema: { $ref: 'ImagesResponse#' } },
    'text/event-stream': {
      schema: {
        type: 'string',
        description:
          'With `stream: true` (generations and edits): `event: image_generation.partial_image` / `image_generation.completed` (`image_edit.*` for edits), each `data:` a JSON event whose `b64_json` image was checked before it was sent; a refusal or a failure ends the stream with `event: error` and `{type: "error", error: {message, type, code, param}}`. Events of other types are not relayed.',
      },
    },
  },
};

/** The schemas named in the OpenAPI document's components (added to the app with addSchema). */
export const sharedSchemas = [
  errorSchema,
  decisionSchema,
  imagesResponseSchema,
  promptCheckBody,
  imageCheckBody,
  editCheckBody,
  outputCheckBody,
  generationsBody,
  editsMultipart,
  variationsMultipart,
  imageCheckMultipart,
  editCheckMultipart,
];
