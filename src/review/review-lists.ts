// What a reviewer's decision on a `review` can add to a hash list: the image hashes its log entry
// already records (SHA-256 and PDQ, computed at decision time; never the image), on a block list
// ("stay down": the image and its near-duplicates are refused by the known-image floor) or an
// allow list (exact copies only; lifts non-floor rules of a lone image check, never a floor).
import { ConsentryError, InvalidInputError } from '../errors.ts';
import type { HashListEntry, ListPurpose } from '../hash/hash-list.ts';
import { ALLOW_LIST_BLOCKERS } from '../policy/decide.ts';
import type { LogEntry } from '../store/decision-log.ts';
import type { ReviewAction } from './review-service.ts';

export const REVIEW_LIST_KINDS = ['block', 'allow'] as const;
export type ReviewListKind = (typeof REVIEW_LIST_KINDS)[number];

/** The tenant's lists the console writes to. `takedown` is a blocking purpose (`floor.known_image`). */
export const REVIEW_LISTS: Readonly<Record<ReviewListKind, { name: string; purpose: ListPurpose; source: string }>> = Object.freeze({
  block: { name: 'review-block', purpose: 'takedown', source: 'Consentry review console (upheld reviews)' },
  allow: { name: 'review-allow', purpose: 'allow', source: 'Consentry review console (overturned reviews)' },
});

/** Which decision action may add to which list: an upheld review stays down, an overturned one may be allowed. */
const ACTION_FOR: Record<ReviewListKind, ReviewAction> = { block: 'uphold', allow: 'overturn' };

export class AllowListRefusedError extends ConsentryError {
  constructor(message: string) {
    super('allow_list_refused', message);
  }
}

export class NoImageHashesError extends ConsentryError {
  constructor() {
    super('no_image_hashes', "This decision's log entry records no image with a PDQ hash, so nothing can go on a list.");
  }
}

/** The images of a decision a list entry is made of: an output check's outputs, otherwise its input images. */
function listedImages(entry: LogEntry) {
  const role = entry.kind === 'output' ? 'output' : 'input';
  return entry.inputs.filter((r) => r.role === role && typeof r.pdq === 'string' && /^[0-9a-f]{64}$/.test(r.pdq));
}

/** Why an allow entry cannot be made from this decision (a code for the console's languages, and words), or undefined when it can. */
export function allowRefusalOf(entry: LogEntry): { code: 'not_lone_image' | 'floor' | 'signal'; category?: string; message: string } | undefined {
  if (entry.kind !== 'image') return { code: 'not_lone_image', message: 'An allow entry only counts for an image checked on its own; this decision is not one.' };
  if (entry.decision.rules.some((r) => r.floor)) return { code: 'floor', message: 'A floor fired on this decision; nothing lifts a floor.' };
  const blocker = entry.signals.find((s) => ALLOW_LIST_BLOCKERS.includes(s.category) && s.score > 0);
  if (blocker) return { code: 'signal', category: blocker.category, message: `The decision has a "${blocker.category}" signal; an allow entry is never made for it.` };
  return undefined;
}

export function allowRefusal(entry: LogEntry): string | undefined {
  return allowRefusalOf(entry)?.message;
}

/** What the console may offer for this decision; `allowCode` says why not allow ('no_hashes', or a refusal's code). */
export interface ListOptions {
  images: number;
  block: boolean;
  allow: boolean;
  allowNote: string;
  allowCode: string | null;
  /** The signal category behind an allow refusal of code 'signal'. */
  allowCategory?: string;
}

export function listOptions(entry: LogEntry): ListOptions {
  const images = entry.verdict === 'review' && entry.kind !== 'moderation' ? listedImages(entry).length : 0;
  if (images === 0) return { images, block: false, allow: false, allowNote: 'No image hash is recorded for this decision.', allowCode: 'no_hashes' };
  const refusal = allowRefusalOf(entry);
  return {
    images,
    block: true,
    allow: !refusal,
    allowNote: refusal?.message ?? '',
    allowCode: refusal?.code ?? null,
    ...(refusal?.category ? { allowCategory: refusal.category } : {}),
  };
}

/**
 * The list entries a reviewer's action adds, after checking that the action may add them: block
 * with uphold, allow with overturn, on a decision whose verdict is `review`. Entry ids derive from
 * the SHA-256, so listing one image twice adds it once.
 */
export function reviewListEntries(entry: LogEntry, action: ReviewAction, kind: ReviewListKind, now: Date): HashListEntry[] {
  if (!(REVIEW_LIST_KINDS as readonly string[]).includes(kind)) throw new InvalidInputError(`The list is one of ${REVIEW_LIST_KINDS.join(', ')}.`, undefined, 'invalid_moderation_event');
  if (action !== ACTION_FOR[kind]) throw new InvalidInputError(`A ${kind} list entry goes with ${ACTION_FOR[kind]}, not ${action}.`, undefined, 'invalid_moderation_event');
  if (kind === 'allow') {
    const refusal = allowRefusal(entry);
    if (refusal) throw new AllowListRefusedError(refusal);
  }
  const images = listedImages(entry);
  if (images.length === 0) throw new NoImageHashesError();
  const at = now.toISOString();
  return images.map((r) => ({ id: `rv_${r.sha256.slice(0, 32)}`, pdq: r.pdq!, sha256: r.sha256, addedAt: at }));
}
