import { readFileSync } from 'node:fs';
import sharp, { type OutputInfo } from 'sharp';

/**
 * A photo file as the image pipeline sees it before the models: EXIF-rotated, at most 1024 px a side,
 * three channels, raw RGB bytes. For tests that run one model on the shared photos.
 */
export async function photoPixels(path: string): Promise<{ data: Buffer; info: OutputInfo }> {
  return sharp(readFileSync(path)).rotate().resize(1024, 1024, { fit: 'inside', withoutEnlargement: true }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
}
