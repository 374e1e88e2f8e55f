import { ConfigError } from '../../errors.ts';

// The screener's weight files (the model, "CSM2", and the linear head, "CSL1") share one layout: four
// magic bytes, a little-endian u32 header length, the JSON header, then the int8 weights.

/** Splits a weight file into its JSON header and int8 weights (a view of `bytes`); throws a ConfigError naming `what`. */
export function readWeightsFile<H>(bytes: Uint8Array, magic: string, what: string): { header: H; weights: Int8Array } {
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== magic) throw new ConfigError(`Not a Consentry ${what}.`);
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + headerLength > bytes.length) throw new ConfigError(`The ${what} file is truncated.`);
  let header: H;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as H;
  } catch {
    throw new ConfigError(`The ${what} file has a malformed header.`);
  }
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset + 8 + headerLength, bytes.length - 8 - headerLength);
  return { header, weights };
}

/** The bytes of a weight file (the inverse of readWeightsFile). */
export function weightsFileBytes(magic: string, header: unknown, weights: Int8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(8 + json.length + weights.length);
  out.set(new TextEncoder().encode(magic), 0);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  out.set(new Uint8Array(weights.buffer, weights.byteOffset, weights.length), 8 + json.length);
  return out;
}
