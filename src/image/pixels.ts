// Decoded RGB pixels in plain memory, and crops of them. Cutting a region out of an image tensor
// with tf.slice costs ~3 ms per 100k values on the WASM backend (its 3-D slice is a JavaScript loop);
// copying the region's rows out of the pixels we already hold is one native copy per row.

/** Row-major RGB pixels, 3 values a pixel, 0..255. */
export interface RgbPixels {
  readonly data: Float32Array | Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** The region [x, y, width, height] (inside the image) as float RGB, row-major. */
export function cropPixels(image: RgbPixels, box: readonly [number, number, number, number]): Float32Array {
  const [x, y, width, height] = box;
  if (x < 0 || y < 0 || width < 1 || height < 1 || x + width > image.width || y + height > image.height || !Number.isInteger(x + y + width + height)) {
    throw new RangeError(`crop [${box.join(', ')}] outside a ${image.width} x ${image.height} image`);
  }
  const out = new Float32Array(width * height * 3);
  const row = width * 3;
  for (let r = 0; r < height; r++) {
    const from = ((y + r) * image.width + x) * 3;
    out.set(image.data.subarray(from, from + row), r * row);
  }
  return out;
}
