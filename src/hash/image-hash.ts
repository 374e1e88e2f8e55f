import { createHash } from 'node:crypto';
import sharp, { type OutputInfo } from 'sharp';
import { InvalidInputError, errorMessage } from '../errors.ts';
import type { ImageHashes } from './hash-types.ts';
import { pdqFromPixels } from './pdq.ts';

/** Pixels already decoded (RGB, row-major): the shared decode of `decodeShared`. */
export interface DecodedRgb {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface HashImageOptions {
  /** Also return the eight dihedral PDQ hashes (rotations and flips), `DIHEDRAL_NAMES` order. */
  dihedral?: boolean;
  /** Refuse images with more pixels than this before decoding (decompression bombs). */
  maxPixels?: number;
}

/** The reference tools shrink to fit 512x512 before hashing; hashes only agree if we do too. */
export const PDQ_MAX_SIDE = 512;
const DEFAULT_MAX_PIXELS = 100_000_000;

/**
 * PDQ (with quality), MD5 and SHA-256 of an encoded image. EXIF orientation is applied before
 * hashing, and large images are shrunk to fit 512x512 as the reference implementations do.
 * Throws InvalidInputError (`invalid_image`) for bytes that are not a decodable image.
 *
 * @example
 * const { pdq, quality, md5, sha256 } = await hashImage(await readFile('photo.jpg'));
 */
export async function hashImage(bytes: Uint8Array, options: HashImageOptions = {}): Promise<ImageHashes & { dihedral?: string[] }> {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw new InvalidInputError('image is empty', undefined, 'invalid_image');
  const md5 = createHash('md5').update(bytes).digest('hex');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let raw: { data: Buffer; info: OutputInfo };
  try {
    raw = await sharp(bytes, { limitInputPixels: options.maxPixels ?? DEFAULT_MAX_PIXELS, failOn: 'error' })
      .rotate()
      .resize(PDQ_MAX_SIDE, PDQ_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .removeAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new InvalidInputError(`cannot decode image: ${errorMessage(error)}`, undefined, 'invalid_image');
  }
  const { width, height, channels } = raw.info;
  if (channels !== 1 && channels !== 3) throw new InvalidInputError(`unexpected decoded channel count ${channels}`, undefined, 'invalid_image');
  const pdq = pdqFromPixels({ data: raw.data, width, height, channels }, { dihedral: options.dihedral });
  const result: ImageHashes & { dihedral?: string[] } = { pdq: pdq.hash, quality: pdq.quality, md5, sha256 };
  if (pdq.dihedral) result.dihedral = pdq.dihedral;
  return result;
}

/**
 * The same hashes as `hashImage` from pixels already decoded (one decode per image: see
 * src/image/shared-decode.ts). The pixels are shrunk to fit 512x512 as `hashImage` does; since they
 * come from the analysis decode (at most 1024 px, transparency on white) rather than from the file,
 * a PDQ hash can differ from `hashImage`'s by a few bits (BENCHMARKS.md, "Decode once").
 */
export async function hashDecodedImage(bytes: Uint8Array, decoded: DecodedRgb, options: Pick<HashImageOptions, 'dihedral'> = {}): Promise<ImageHashes & { dihedral?: string[] }> {
  const md5 = createHash('md5').update(bytes).digest('hex');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // The PDQ record and the hash-list detector hash the same pixels: computed once, with the eight
  // dihedral hashes (the first is the plain hash).
  let pending = pdqOfPixels.get(decoded);
  if (!pending) {
    pending = pdqWithDihedral(decoded);
    pdqOfPixels.set(decoded, pending);
  }
  const pdq = await pending;
  const result: ImageHashes & { dihedral?: string[] } = { pdq: pdq.hash, quality: pdq.quality, md5, sha256 };
  if (options.dihedral && pdq.dihedral) result.dihedral = pdq.dihedral;
  return result;
}

const pdqOfPixels = new WeakMap<DecodedRgb, Promise<ReturnType<typeof pdqFromPixels>>>();

async function pdqWithDihedral(decoded: DecodedRgb): Promise<ReturnType<typeof pdqFromPixels>> {
  let pixels: { data: Uint8Array; width: number; height: number } = decoded;
  if (decoded.width > PDQ_MAX_SIDE || decoded.height > PDQ_MAX_SIDE) {
    const { data, info } = await sharp(decoded.data, { raw: { width: decoded.width, height: decoded.height, channels: 3 } })
      .resize(PDQ_MAX_SIDE, PDQ_MAX_SIDE, { fit: 'inside' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    pixels = { data, width: info.width, height: info.height };
  }
  return pdqFromPixels({ ...pixels, channels: 3 }, { dihedral: true });
}
