import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { InvalidInputError } from '../errors.ts';
import { sharedPath } from '../testing/shared-path.ts';
import { decodeImage } from './decode-image.ts';

const limits = { maxBytes: 5_000_000, maxPixels: 40_000_000 };

async function rejectsWith(bytes: Uint8Array, code: string, l = limits): Promise<void> {
  await assert.rejects(decodeImage(bytes, l), (e: unknown) => e instanceof InvalidInputError && e.code === code);
}

/** A valid PNG header claiming width x height, with a few KB of compressed zero rows. */
function bombPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const byte of b) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // 1-bit greyscale: the smallest honest encoding of a huge blank image
  const rows = deflateSync(Buffer.alloc((1 + Math.ceil(width / 8)) * 64), { level: 9 });
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', rows), chunk('IEND', Buffer.alloc(0))]);
}

const photo = () => sharp({ create: { width: 320, height: 200, channels: 3, background: { r: 200, g: 120, b: 40 } } });

describe('decodeImage', () => {
  it('decodes JPEG, PNG, WebP, AVIF, TIFF and GIF to RGB', async () => {
    for (const format of ['jpeg', 'png', 'webp', 'avif', 'tiff', 'gif'] as const) {
      const bytes = await photo()[format]().toBuffer();
      const d = await decodeImage(bytes, limits);
      assert.equal(d.width, 320, format);
      assert.equal(d.height, 200, format);
      assert.equal(d.data.length, 320 * 200 * 3, format);
    }
  });

  it('normalises 16-bit, greyscale, CMYK and transparent images to 8-bit RGB', async () => {
    const base = () => sharp({ create: { width: 50, height: 40, channels: 3, background: '#808080' } });
    const inputs = {
      png16: await base().toColourspace('rgb16').png().toBuffer(),
      grey: await base().greyscale().png().toBuffer(),
      cmyk: await base().toColourspace('cmyk').jpeg().toBuffer(),
      transparent: await sharp({ create: { width: 50, height: 40, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
        .png()
        .toBuffer(),
    };
    for (const [name, bytes] of Object.entries(inputs)) {
      const d = await decodeImage(bytes, limits);
      assert.equal(d.data.length, 50 * 40 * 3, name);
    }
    // Transparent pixels become white, not black.
    assert.equal((await decodeImage(inputs.transparent, limits)).data[0], 255);
  });

  it('takes the first frame of an animated GIF', async () => {
    const frames = Buffer.concat([Buffer.alloc(40 * 30 * 3, 255), Buffer.alloc(40 * 30 * 3, 0)]);
    const gif = await sharp(frames, { raw: { width: 40, height: 60, channels: 3, pageHeight: 30 } as never })
      .gif()
      .toBuffer();
    const meta = await sharp(gif).metadata();
    assert.equal(meta.pages, 2);
    const d = await decodeImage(gif, limits);
    assert.deepEqual([d.width, d.height], [40, 30]);
    assert.ok(d.data[0]! > 200, 'first (white) frame');
  });

  it('applies EXIF orientation', async () => {
    const rotated = await photo().jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const d = await decodeImage(rotated, limits);
    assert.deepEqual([d.width, d.height, d.originalWidth, d.originalHeight], [200, 320, 200, 320]);
  });

  it('downscales to the analysis size but reports the original size', async () => {
    const big = await sharp({ create: { width: 3000, height: 1500, channels: 3, background: '#333' } })
      .jpeg()
      .toBuffer();
    const d = await decodeImage(big, limits);
    assert.deepEqual([d.width, d.height, d.originalWidth, d.originalHeight], [1024, 512, 3000, 1500]);
  });

  it('refuses a 50,000 x 50,000 PNG of a few KB fast', async () => {
    const bomb = bombPng(50_000, 50_000);
    assert.ok(bomb.length < 10_000, `bomb is ${bomb.length} bytes`);
    const start = performance.now();
    await rejectsWith(bomb, 'image_too_large');
    assert.ok(performance.now() - start < 1000, 'refused within a second');
  });

  it('refuses images over the pixel limit and over the byte limit', async () => {
    const bytes = await photo().png().toBuffer();
    await rejectsWith(bytes, 'image_too_large', { maxBytes: 5_000_000, maxPixels: 320 * 200 - 1 });
    await rejectsWith(bytes, 'image_too_large', { maxBytes: bytes.length - 1, maxPixels: 40_000_000 });
  });

  it('refuses empty input, text, SVG and random bytes', async () => {
    await rejectsWith(new Uint8Array(0), 'image_empty');
    await rejectsWith(Buffer.from('{"not":"an image"}'), 'unsupported_image');
    await rejectsWith(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'), 'unsupported_image');
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    await rejectsWith(noise, 'unsupported_image');
  });

  it('refuses truncated and corrupted images', async () => {
    const file = sharedPath('data', 'people', 'fr_obama.jpg');
    const jpeg = file ? readFileSync(file) : await photo().jpeg().toBuffer();
    await rejectsWith(jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'image_corrupt');
    const png = await photo().png().toBuffer();
    await rejectsWith(png.subarray(0, png.length - 40), 'image_corrupt');
    const header = Buffer.from(jpeg.subarray(0, 200));
    await assert.rejects(decodeImage(header, limits), (e: unknown) => e instanceof InvalidInputError && ['image_corrupt', 'unsupported_image'].includes(e.code));
  });
});
