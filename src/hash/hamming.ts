// 256-bit hash arithmetic shared by the matcher, the index and the lists. No Node API.

const PDQ_HEX = /^[0-9a-f]{64}$/i;

/** True when `text` is a PDQ hash: exactly 64 hex digits. */
export function isPdqHex(text: string): boolean {
  return PDQ_HEX.test(text);
}

/** Bits set in a 32-bit integer. */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Writes a 64-hex-digit hash as eight big-endian 32-bit words into `out` at `offset`
 * (word 0 = the first 8 hex digits). Throws RangeError on anything that is not 64 hex digits.
 */
export function hexToWords(hex: string, out: Uint32Array = new Uint32Array(8), offset = 0): Uint32Array {
  if (!PDQ_HEX.test(hex)) throw new RangeError(`not a 256-bit hex hash: ${JSON.stringify(hex.slice(0, 80))}`);
  for (let w = 0; w < 8; w++) out[offset + w] = Number.parseInt(hex.slice(w * 8, w * 8 + 8), 16) >>> 0;
  return out;
}

/** Inverse of `hexToWords`. */
export function wordsToHex(words: ArrayLike<number>, offset = 0): string {
  let hex = '';
  for (let w = 0; w < 8; w++) hex += (words[offset + w]! >>> 0).toString(16).padStart(8, '0');
  return hex;
}

/**
 * Hamming distance between two 256-bit hashes, given as 64-hex-digit strings or as eight 32-bit words.
 *
 * @example
 * hammingDistance(a.pdq, b.pdq) <= 31 // the usual PDQ match threshold
 */
export function hammingDistance(a: string | ArrayLike<number>, b: string | ArrayLike<number>): number {
  const x = typeof a === 'string' ? hexToWords(a) : a;
  const y = typeof b === 'string' ? hexToWords(b) : b;
  let d = 0;
  for (let w = 0; w < 8; w++) d += popcount32((x[w]! ^ y[w]!) >>> 0);
  return d;
}
