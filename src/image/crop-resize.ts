// tf.image.cropAndResize (bilinear, extrapolation 0) on pixels in memory, as TF.js WASM's kernel
// computes it in float32, so that the face nets on ONNX Runtime get their crops without copying the
// image into the WASM heap, a kernel call per batch and a read-back of the result: equal value for
// value (crop-resize.test.ts), ~5x cheaper (BENCHMARKS.md, "Image analysis speed, third pass").
import type { RgbPixels } from './pixels.ts';

const f32 = Math.fround;

/** A crop box as cropAndResize takes it: [y1, x1, y2, x2] as fractions of the image's height and width. */
export type NormalizedBox = readonly [number, number, number, number];

/**
 * The crops [n, size, size, 3] of `boxes`, written into `out` from `offset` (a crop's values) when
 * given. Each box is rounded to float32 first, as a TF.js tensor of boxes would be.
 */
export function cropAndResize(image: RgbPixels, boxes: readonly NormalizedBox[], size: number, out = new Float32Array(boxes.length * size * size * 3), offset = 0): Float32Array {
  const { data, width, height } = image;
  const [h1, w1] = [height - 1, width - 1];
  const perCrop = size * size * 3;
  const left = new Int32Array(size);
  const right = new Int32Array(size);
  const lerp = new Float32Array(size);
  const inside = new Uint8Array(size);
  // The horizontal mixes of the two source rows an output row reads.
  let upper = new Float32Array(size * 3);
  let lower = new Float32Array(size * 3);
  for (let b = 0; b < boxes.length; b++) {
    const [y1, x1, y2, x2] = boxes[b]!.map(f32) as [number, number, number, number];
    const base = (offset + b) * perCrop;
    const heightScale = size > 1 ? f32(f32(f32(y2 - y1) * h1) / (size - 1)) : 0;
    const widthScale = size > 1 ? f32(f32(f32(x2 - x1) * w1) / (size - 1)) : 0;
    if (copiesRows(y1, x1, x2, heightScale, widthScale, size, width, height)) {
      // The kernel's shortcut for a box that needs no interpolation: whole rows copied from column 0.
      for (let y = 0; y < size; y++) {
        const yInd = rowIndex(y1, y2, y, heightScale, size, h1);
        const at = base + y * size * 3;
        if (yInd < 0 || yInd > h1) out.fill(0, at, at + size * 3);
        else out.set(data.subarray(Math.trunc(yInd) * width * 3, Math.trunc(yInd) * width * 3 + size * 3), at);
      }
      continue;
    }
    for (let x = 0; x < size; x++) {
      const xInd = size > 1 ? f32(f32(x1 * w1) + f32(x * widthScale)) : f32(0.5 * f32(x1 + x2) * w1);
      inside[x] = xInd < 0 || xInd > w1 ? 0 : 1;
      const l = Math.floor(xInd);
      left[x] = l * 3;
      right[x] = Math.min(w1, Math.ceil(xInd)) * 3;
      lerp[x] = f32(xInd - l);
    }
    // The kernel mixes each row's two source rows horizontally, then the pair vertically, so a source
    // row's horizontal mix is the same for every output row that reads it: computed once per row
    // (an upscaled face reads each source row for two or more output rows).
    let [topIndex, bottomIndex] = [-1, -1];
    for (let y = 0; y < size; y++) {
      const yInd = rowIndex(y1, y2, y, heightScale, size, h1);
      let o = base + y * size * 3;
      if (yInd < 0 || yInd > h1) {
        out.fill(0, o, o + size * 3);
        continue;
      }
      const top = Math.floor(yInd);
      const bottom = Math.min(h1, Math.ceil(yInd));
      if (top !== topIndex) {
        if (top === bottomIndex) {
          [upper, lower] = [lower, upper];
          [topIndex, bottomIndex] = [bottomIndex, -1];
        } else {
          mixRow(data, top * width * 3, left, right, lerp, inside, size, upper);
          topIndex = top;
        }
      }
      if (bottom !== bottomIndex) {
        if (bottom === top) lower.set(upper);
        else mixRow(data, bottom * width * 3, left, right, lerp, inside, size, lower);
        bottomIndex = bottom;
      }
      const yLerp = f32(yInd - top);
      for (let x = 0, i = 0; x < size; x++, i += 3, o += 3) {
        if (inside[x] === 0) {
          out[o] = out[o + 1] = out[o + 2] = 0;
          continue;
        }
        out[o] = f32(upper[i]! + f32(f32(lower[i]! - upper[i]!) * yLerp));
        out[o + 1] = f32(upper[i + 1]! + f32(f32(lower[i + 1]! - upper[i + 1]!) * yLerp));
        out[o + 2] = f32(upper[i + 2]! + f32(f32(lower[i + 2]! - upper[i + 2]!) * yLerp));
      }
    }
  }
  return out;
}

/** One source row mixed horizontally at each output column, each step rounded to float32 as the kernel's float arithmetic is. */
function mixRow(data: Float32Array | Uint8Array, row: number, left: Int32Array, right: Int32Array, lerp: Float32Array, inside: Uint8Array, size: number, into: Float32Array): void {
  for (let x = 0, i = 0; x < size; x++, i += 3) {
    if (inside[x] === 0) continue;
    const l = row + left[x]!;
    const r = row + right[x]!;
    const t = lerp[x]!;
    into[i] = f32(data[l]! + f32(f32(data[r]! - data[l]!) * t));
    into[i + 1] = f32(data[l + 1]! + f32(f32(data[r + 1]! - data[l + 1]!) * t));
    into[i + 2] = f32(data[l + 2]! + f32(f32(data[r + 2]! - data[l + 2]!) * t));
  }
}

function rowIndex(y1: number, y2: number, y: number, heightScale: number, size: number, h1: number): number {
  return size > 1 ? f32(f32(y1 * h1) + f32(y * heightScale)) : f32(0.5 * f32(y1 + y2) * h1);
}

/** The kernel's test for its row-copy shortcut (a box of exactly the crop's size on whole pixels). */
function copiesRows(y1: number, x1: number, x2: number, heightScale: number, widthScale: number, size: number, width: number, height: number): boolean {
  if (!(x2 > x1 && x1 >= 0)) return false;
  if (size !== f32(1 + f32(f32(x2 - x1) * (width - 1)))) return false;
  const yFactor = size > 1 ? f32(f32(y1 * height) + heightScale) : 0;
  if (yFactor - Math.floor(yFactor) !== 0) return false;
  const xFactor = size > 1 ? f32(f32(x1 * (width - 1)) + widthScale) : 0;
  return xFactor - Math.floor(xFactor) === 0;
}
