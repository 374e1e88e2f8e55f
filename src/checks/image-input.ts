import sharp, { type Metadata } from 'sharp';
import { InvalidInputError } from '../errors.ts';
import { decodeShared } from '../image/shared-decode.ts';
import { pixelLimitFor } from '../image/decode-image.ts';

export const ACCEPTED_IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif', 'heif'] as const;

export interface ImageLimits {
  maxBytes: number;
  maxPixels: number;
  /**
   * The image's time budget (decode, hashing and models together); a decode that overruns it is
   * refused as too costly (`image_too_costly`).
   */
  decodeTimeoutMs?: number;
}

export interface CheckedImage {
  width: number;
  height: number;
  format: string;
}

/**
 * Refuses what the models should never see: empty, oversized, undecodable or truncated images,
 * formats outside the list (SVG and PDF can reference external resources), and decompression
 * bombs (judged from the header before any pixel is decoded).
 */
export async function checkImageInput(bytes: Uint8Array, limits: ImageLimits, label = 'image'): Promise<CheckedImage> {
  if (bytes.length === 0) throw new InvalidInputError(`${label}: the image is empty.`, { label }, 'invalid_image');
  if (bytes.length > limits.maxBytes) throw new InvalidInputError(`${label}: the image is ${bytes.length} bytes; the limit is ${limits.maxBytes}.`, { label }, 'image_too_large');
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new InvalidInputError(`${label}: not a readable image.`, { label }, 'invalid_image');
  }
  if (!meta.format || !(ACCEPTED_IMAGE_FORMATS as readonly string[]).includes(meta.format)) {
    throw new InvalidInputError(`${label}: format "${meta.format ?? 'unknown'}" is not accepted (use ${ACCEPTED_IMAGE_FORMATS.join(', ')}).`, { label }, 'invalid_image');
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  const maxPixels = pixelLimitFor(meta.format, limits.maxPixels);
  if (width * height > maxPixels) {
    throw new InvalidInputError(`${label}: ${width}x${height} pixels exceeds the limit of ${maxPixels} pixels for ${meta.format}.`, { label, width, height }, 'image_too_large');
  }
  try {
    // The one decode of this image, shared with the hashing and the models (shared-decode.ts); it
    // catches truncated or corrupt pixel data that a header read misses.
    await decodeShared(bytes, { maxBytes: limits.maxBytes, maxPixels: limits.maxPixels, budgetMs: limits.decodeTimeoutMs });
  } catch (error) {
    const code = error instanceof InvalidInputError ? error.code : undefined;
    if (code === 'image_too_costly') {
      throw new InvalidInputError(
        `${label}: decoding overran the time budget of ${limits.decodeTimeoutMs} ms (${width}x${height} ${meta.format}); the image is too costly to check.`,
        { label, width, height },
        'image_too_costly',
      );
    }
    if (code === 'image_too_large') throw new InvalidInputError(`${label}: ${error instanceof Error ? error.message : ''}`, { label, width, height }, 'image_too_large');
    throw new InvalidInputError(`${label}: the image data is corrupt or truncated.`, { label }, 'invalid_image');
  }
  return { width, height, format: meta.format };
}
