// PDQ perceptual hash, written from Meta's published description of the algorithm
// (ThreatExchange `pdq/README.md` and the hashing notes it links to). Pure computation on pixel
// arrays with no Node API, so the same module bundles for the browser.

/** Decoded pixels, row-major, interleaved channels (1 grey, 2 grey+alpha, 3 RGB, 4 RGBA). */
export interface PixelImage {
  data: ArrayLike<number>;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

/** The eight dihedral transforms, in the order the reference implementations list them. */
export const DIHEDRAL_NAMES = ['original', 'rotate90', 'rotate180', 'rotate270', 'flipX', 'flipY', 'flipPlus1', 'flipMinus1'] as const;
export type DihedralName = (typeof DIHEDRAL_NAMES)[number];

export interface PdqResult {
  /** 64 lowercase hex digits, in the reference implementations' word order. */
  hash: string;
  /** 0-100; the field discards hashes under 50. */
  quality: number;
  /** The hashes of the eight rotations/flips, `DIHEDRAL_NAMES` order, when asked for. */
  dihedral?: string[];
}

export interface PdqOptions {
  dihedral?: boolean;
}

// ITU-R 601 luma weights, as the reference uses.
const LUMA_R = 0.299;
const LUMA_G = 0.587;
const LUMA_B = 0.114;
// Two X,Y passes of box filters approximate a tent filter; each pass uses half of a 64th.
const JAROSZ_PASSES = 2;
const JAROSZ_WINDOW_DIVISOR = 128;

let dctMatrix: Float64Array | undefined;

/** 16x64 DCT-II rows 1..16 (the DC row 0 is skipped on purpose: it carries no structure). */
function getDctMatrix(): Float64Array {
  if (dctMatrix) return dctMatrix;
  const m = new Float64Array(16 * 64);
  const scale = Math.sqrt(2 / 64);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) m[i * 64 + j] = scale * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * j + 1));
  }
  dctMatrix = m;
  return m;
}

/**
 * PDQ hash and quality of decoded pixels. Pure and synchronous; runs unchanged in a browser.
 * Callers that want reference-compatible hashes of large photos should first downscale to at most
 * 512 pixels on the longer side, as the reference tools do (`hashImage` does this).
 *
 * @example
 * const { hash, quality } = pdqFromPixels({ data: rgba, width, height, channels: 4 });
 */
export function pdqFromPixels(image: PixelImage, options: PdqOptions = {}): PdqResult {
  const { width, height, channels, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`pdqFromPixels: bad dimensions ${width}x${height}`);
  }
  if (channels !== 1 && channels !== 2 && channels !== 3 && channels !== 4) {
    throw new RangeError(`pdqFromPixels: unsupported channel count ${String(channels)}`);
  }
  if (data.length < width * height * channels) {
    throw new RangeError(`pdqFromPixels: ${data.length} samples for ${width}x${height}x${channels}`);
  }
  return pdqFromLuma(lumaOf(image), width, height, options);
}

/** PDQ of a luminance plane (row-major, `width*height` values in 0..255). The plane is overwritten. */
export function pdqFromLuma(luma: Float32Array, width: number, height: number, options: PdqOptions = {}): PdqResult {
  const scratch = new Float32Array(width * height);
  jaroszFilter(luma, scratch, height, width, windowSize(width), windowSize(height));
  const small = decimate(luma, height, width);
  const quality = qualityOf(small);
  const dct = dct64To16(small);
  const result: PdqResult = { hash: bitsToHex(dct), quality };
  if (options.dihedral) result.dihedral = DIHEDRAL_NAMES.map((name) => bitsToHex(dihedralDct(dct, name)));
  return result;
}

function lumaOf({ data, width, height, channels }: PixelImage): Float32Array {
  const n = width * height;
  const luma = new Float32Array(n);
  if (channels <= 2) {
    // Grey: R = G = B, so the weights sum to 1.
    for (let p = 0, s = 0; p < n; p++, s += channels) luma[p] = data[s]!;
  } else {
    for (let p = 0, s = 0; p < n; p++, s += channels) {
      luma[p] = LUMA_R * data[s]! + LUMA_G * data[s + 1]! + LUMA_B * data[s + 2]!;
    }
  }
  return luma;
}

function windowSize(dimension: number): number {
  return Math.floor((dimension + JAROSZ_WINDOW_DIVISOR - 1) / JAROSZ_WINDOW_DIVISOR);
}

function jaroszFilter(a: Float32Array, b: Float32Array, rows: number, cols: number, windowAlongRows: number, windowAlongCols: number): void {
  for (let pass = 0; pass < JAROSZ_PASSES; pass++) {
    for (let i = 0; i < rows; i++) box1D(a, b, i * cols, cols, 1, windowAlongRows);
    for (let j = 0; j < cols; j++) box1D(b, a, j, rows, cols, windowAlongCols);
  }
}

/**
 * Centred running-mean box filter along one line. Near the ends the window shrinks rather than
 * padding, which is what makes results match the reference at the borders.
 */
function box1D(input: Float32Array, output: Float32Array, start: number, length: number, stride: number, window: number): void {
  const half = Math.floor((window + 2) / 2);
  let sum = 0;
  let count = 0;
  let read = start; // next sample to add
  let drop = start; // next sample to subtract
  let write = start;
  for (let k = 0; k < half - 1; k++) {
    sum += input[read]!;
    count++;
    read += stride;
  }
  for (let k = 0; k < window - half + 1; k++) {
    sum += input[read]!;
    count++;
    output[write] = sum / count;
    read += stride;
    write += stride;
  }
  for (let k = 0; k < length - window; k++) {
    // Add then subtract, in the reference's order, so rounding matches it.
    sum += input[read]!;
    sum -= input[drop]!;
    output[write] = sum / count;
    read += stride;
    drop += stride;
    write += stride;
  }
  for (let k = 0; k < half - 1; k++) {
    sum -= input[drop]!;
    count--;
    output[write] = sum / count;
    drop += stride;
    write += stride;
  }
}

/** Point-samples the blurred plane at the centres of a 64x64 grid. */
function decimate(plane: Float32Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(64 * 64);
  for (let i = 0; i < 64; i++) {
    const r = Math.floor(((i + 0.5) * rows) / 64);
    for (let j = 0; j < 64; j++) {
      const c = Math.floor(((j + 0.5) * cols) / 64);
      out[i * 64 + j] = plane[r * cols + c]!;
    }
  }
  return out;
}

/** Sum of quantised gradients: featureless images score low. Integer truncation as the reference. */
function qualityOf(small: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < 63; i++) {
    for (let j = 0; j < 64; j++) sum += Math.abs(Math.trunc(((small[i * 64 + j]! - small[(i + 1) * 64 + j]!) * 100) / 255));
  }
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 63; j++) sum += Math.abs(Math.trunc(((small[i * 64 + j]! - small[i * 64 + j + 1]!) * 100) / 255));
  }
  return Math.min(100, Math.trunc(sum / 90));
}

/** B = D A Dᵀ, only the 16x16 low-frequency block (without DC) that the hash uses. */
function dct64To16(a: Float64Array): Float64Array {
  const d = getDctMatrix();
  const t = new Float64Array(16 * 64);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      let s = 0;
      for (let k = 0; k < 64; k++) s += d[i * 64 + k]! * a[k * 64 + j]!;
      t[i * 64 + j] = s;
    }
  }
  const b = new Float64Array(256);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      let s = 0;
      for (let k = 0; k < 64; k++) s += t[i * 64 + k]! * d[j * 64 + k]!;
      b[i * 16 + j] = s;
    }
  }
  return b;
}

/**
 * A rotation or flip of the image permutes and negates DCT coefficients: basis k+1 is odd-symmetric
 * for even k, so mirroring an axis negates the even-indexed rows (or columns) and a transpose swaps
 * them. So all eight hashes come from the one DCT.
 */
function dihedralDct(a: Float64Array, name: DihedralName): Float64Array {
  if (name === 'original') return a;
  const b = new Float64Array(256);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      const v = a[i * 16 + j]!;
      const odd = (x: number) => (x & 1) !== 0;
      switch (name) {
        case 'rotate90':
          b[j * 16 + i] = odd(j) ? v : -v;
          break;
        case 'rotate180':
          b[i * 16 + j] = odd(i + j) ? -v : v;
          break;
        case 'rotate270':
          b[j * 16 + i] = odd(i) ? v : -v;
          break;
        case 'flipX':
          b[i * 16 + j] = odd(i) ? v : -v;
          break;
        case 'flipY':
          b[i * 16 + j] = odd(j) ? v : -v;
          break;
        case 'flipPlus1':
          b[j * 16 + i] = v;
          break;
        case 'flipMinus1':
          b[j * 16 + i] = odd(i + j) ? -v : v;
          break;
      }
    }
  }
  return b;
}

/** One bit per coefficient: above the (lower) median or not. Word i holds row i, bit j column j. */
function bitsToHex(dct: Float64Array): string {
  const sorted = Float64Array.from(dct).sort();
  const median = sorted[127]!;
  let hex = '';
  for (let i = 15; i >= 0; i--) {
    let word = 0;
    for (let j = 0; j < 16; j++) if (dct[i * 16 + j]! > median) word |= 1 << j;
    hex += word.toString(16).padStart(4, '0');
  }
  return hex;
}
