// One decode per image. Validation, PDQ hashing, the hash-list detector and the image models all
// ask for the pixels of the same bytes within one check; the first asks decodes, the others share
// the result. An entry lives for the image's time budget and no longer, so memory is bounded by the
// images admitted in one budget window (and the image queue bounds those).
import { CheckUnavailableError, InvalidInputError } from '../errors.ts';
import { decodeImage, type DecodeLimits, type DecodedImage } from './decode-image.ts';

/** How long a decode is shared when the caller gives no budget. */
export const DEFAULT_SHARE_MS = 15_000;

const shared = new WeakMap<Uint8Array, Promise<DecodedImage>>();

/**
 * The image's pixels (RGB, at most `ANALYSIS_MAX_SIDE` on the longer side), decoded at most once
 * for these bytes while its time budget runs (`limits.budgetMs`, starting at the first call).
 * Each caller's own byte and pixel limits are checked against the shared result.
 */
export function decodeShared(bytes: Uint8Array, limits: DecodeLimits): Promise<DecodedImage> {
  let pending = shared.get(bytes);
  if (!pending) {
    const decoding = decodeImage(bytes, limits);
    pending = decoding;
    shared.set(bytes, decoding);
    decoding.catch(() => {});
    // Weak references only: once a request lets go of its bytes, the pixels go with them; bytes kept
    // longer (a retry, a test) lose their entry when the budget ends.
    const key = new WeakRef(bytes);
    const entry = new WeakRef(decoding);
    setTimeout(() => {
      const b = key.deref();
      if (b && shared.get(b) === entry.deref()) shared.delete(b);
    }, limits.budgetMs ?? DEFAULT_SHARE_MS).unref();
  }
  return pending.then((decoded) => {
    if (bytes.byteLength > limits.maxBytes) {
      throw new InvalidInputError(`The image is ${bytes.byteLength} bytes; the limit is ${limits.maxBytes}.`, { bytes: bytes.byteLength, limit: limits.maxBytes }, 'image_too_large');
    }
    const pixels = decoded.originalWidth * decoded.originalHeight;
    if (pixels > limits.maxPixels) {
      throw new InvalidInputError(`The image has ${pixels} pixels; the limit is ${limits.maxPixels} pixels.`, { pixels, limit: limits.maxPixels }, 'image_too_large');
    }
    return decoded;
  });
}

/** Milliseconds left of the image's time budget (Infinity without one); throws once it is spent. */
export function budgetLeft(decoded: Pick<DecodedImage, 'deadline'>, step: string): number {
  if (decoded.deadline === undefined) return Number.POSITIVE_INFINITY;
  const left = decoded.deadline - Date.now();
  if (left <= 0) throw new CheckUnavailableError(`The image's time budget was spent before ${step}.`);
  return left;
}
