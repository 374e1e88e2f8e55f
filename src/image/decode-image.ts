// Safe decoding: limits are checked on the header before any pixel is decoded, so a tiny file
// that claims 50,000 x 50,000 pixels is refused in milliseconds.
import sharp, { type Metadata, type SharpOptions } from 'sharp';
import { InvalidInputError, errorMessage } from '../errors.ts';

export interface DecodeLimits {
  /** Largest accepted encoded size in bytes. */
  maxBytes: number;
  /** Largest accepted width x height (decompression bombs). */
  maxPixels: number;
  /**
   * The image's one time budget in milliseconds, starting when its decode starts and shared by the
   * decode, the hashing and the models (`DecodedImage.deadline`). A decode that overruns it fails
   * with `image_too_costly`.
   */
  budgetMs?: number;
}

export interface DecodedImage {
  /** Packed RGB, 8 bits per channel, row-major, after EXIF orientation and downscaling. */
  data: Buffer;
  width: number;
  height: number;
  /** Size of the oriented original; face boxes are reported in these pixels. */
  originalWidth: number;
  originalHeight: number;
  format: string;
  /** When the image's time budget ends (epoch milliseconds; absent: no budget). */
  deadline?: number;
  /** How long the decode took, in milliseconds. */
  decodeMs?: number;
}

let decodes = 0;

/** How many pixel decodes this thread has run: the tests count them to prove one decode per image. */
export function decodeCount(): number {
  return decodes;
}

export const SUPPORTED_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif', 'heif', 'tiff'] as const;

/**
 * AVIF and HEIF are decoded by one libheif call that libvips cannot stop at its timeout, so the time
 * budget cannot bound them: their pixels are capped instead, at 16.8 MP (4096 x 4096, ~0.5 s of one
 * core here; 40 MP took 1.3 s of CPU and 4.7-6.5 s on the loaded machine). Other formats are decoded
 * in regions that libvips checks against its timeout.
 */
export const UNINTERRUPTIBLE_MAX_PIXELS = 4096 * 4096;

/** The pixel limit for an image of this format: `maxPixels`, or less for a decode that cannot be stopped. */
export function pixelLimitFor(format: string | undefined, maxPixels: number): number {
  return format === 'avif' || format === 'heif' ? Math.min(maxPixels, UNINTERRUPTIBLE_MAX_PIXELS) : maxPixels;
}

/** The models see at most this many pixels on the longer side; more only costs time. */
export const ANALYSIS_MAX_SIDE = 1024;

/**
 * Decodes JPEG, PNG, WebP, GIF (first frame), AVIF or TIFF bytes into RGB pixels.
 * Throws InvalidInputError with code `image_empty`, `image_too_large`, `unsupported_image` or
 * `image_corrupt`; never hangs on hostile input.
 */
export async function decodeImage(bytes: Uint8Array, limits: DecodeLimits, maxSide = ANALYSIS_MAX_SIDE): Promise<DecodedImage> {
  const started = Date.now();
  const deadline = limits.budgetMs === undefined ? undefined : started + limits.budgetMs;
  if (!(bytes instanceof Uint8Array)) throw new InvalidInputError('The image must be bytes.', undefined, 'unsupported_image');
  if (bytes.byteLength === 0) throw new InvalidInputError('The image is empty.', undefined, 'image_empty');
  if (bytes.byteLength > limits.maxBytes) {
    throw new InvalidInputError(`The image is ${bytes.byteLength} bytes; the limit is ${limits.maxBytes}.`, { bytes: bytes.byteLength, limit: limits.maxBytes }, 'image_too_large');
  }
  const options: SharpOptions = { limitInputPixels: limits.maxPixels, failOn: 'truncated', pages: 1, sequentialRead: true };
  let meta: Metadata;
  try {
    meta = await withinBudget(sharp(bytes, options).metadata(), deadline);
  } catch (error) {
    throw classify(error);
  }
  const format = meta.format ?? 'unknown';
  if (!(SUPPORTED_FORMATS as readonly string[]).includes(format)) {
    throw new InvalidInputError(`Unsupported image format "${format}".`, { format }, 'unsupported_image');
  }
  const width = meta.width ?? 0;
  const height = meta.pageHeight ?? meta.height ?? 0;
  if (width <= 0 || height <= 0) throw new InvalidInputError('The image has no pixels.', undefined, 'image_corrupt');
  const maxPixels = pixelLimitFor(format, limits.maxPixels);
  if (width * height > maxPixels) {
    throw new InvalidInputError(`The image is ${width} x ${height} pixels; the limit for ${format} is ${maxPixels} pixels.`, { width, height, limit: maxPixels }, 'image_too_large');
  }
  const swapped = (meta.orientation ?? 1) >= 5;
  const originalWidth = swapped ? height : width;
  const originalHeight = swapped ? width : height;
  decodes++;
  try {
    const pipeline = sharp(bytes, options)
      .rotate()
      // Transparent areas become white, not black, so a cut-out figure is not read as a dark scene.
      .flatten({ background: '#ffffff' })
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .removeAlpha()
      .raw();
    // libvips stops a decode past its timeout (whole seconds); the race answers at the deadline itself.
    if (deadline !== undefined) pipeline.timeout({ seconds: Math.max(1, Math.ceil((deadline - Date.now()) / 1000)) });
    const { data, info } = await withinBudget(pipeline.toBuffer({ resolveWithObject: true }), deadline);
    if (info.channels !== 3) throw new Error(`expected 3 channels, got ${info.channels}`);
    return { data, width: info.width, height: info.height, originalWidth, originalHeight, format, deadline, decodeMs: Date.now() - started };
  } catch (error) {
    throw classify(error);
  }
}

/** Rejects with `image_too_costly` when the work is not done by the deadline. */
async function withinBudget<T>(work: Promise<T>, deadline: number | undefined): Promise<T> {
  if (deadline === undefined) return work;
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(tooCostly(deadline)), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([work, overrun]);
  } finally {
    clearTimeout(timer);
    work.catch(() => {});
  }
}

function tooCostly(deadline: number): InvalidInputError {
  return new InvalidInputError('Decoding the image overran its time budget; the image is too costly to check.', { overrunMs: Math.max(0, Date.now() - deadline) }, 'image_too_costly');
}

function classify(error: unknown): InvalidInputError {
  if (error instanceof InvalidInputError) return error;
  const message = errorMessage(error);
  if (/timeout/i.test(message)) return new InvalidInputError('Decoding the image overran its time budget; the image is too costly to check.', { cause: message }, 'image_too_costly');
  if (/pixel limit/i.test(message)) return new InvalidInputError('The image has too many pixels.', { cause: message }, 'image_too_large');
  if (/unsupported image format|unsupported|bad seek|not a known file format/i.test(message)) {
    return new InvalidInputError('The input is not a supported image.', { cause: message }, 'unsupported_image');
  }
  return new InvalidInputError(`The image is corrupt or truncated (${message}).`, { cause: message }, 'image_corrupt');
}
