// Synthetic pictures of skin and cloth (flat colour regions with pixel noise; no photographs, no
// nudity) for the tests of the skin measures: a "face" box of one skin colour and a "body" of the same
// colour in shade, or clothed in another colour.
export type Rgb = [number, number, number];
export type Box = [number, number, number, number];
/** From very light to very dark skin; a skin measure must behave the same for each. */
export const TONES: Rgb[] = [
  [242, 208, 188],
  [222, 172, 140],
  [190, 134, 100],
  [141, 85, 60],
  [92, 58, 42],
  [60, 38, 30],
];
/** Light on the body relative to the face, and colour casts of about ±12% per channel. */
export const LIGHTS = [0.3, 0.45, 0.7, 1, 1.5, 2, 3];
export const CASTS: Rgb[] = [
  [1, 1, 1],
  [1.12, 1, 0.88],
  [0.88, 1, 1.12],
  [0.94, 1.06, 0.94],
  [1.06, 0.94, 1.06],
];
export const BACKGROUND: Rgb = [70, 110, 150];
export const CLOTH: Rgb = [40, 60, 120];

/** A picture of flat regions, later ones painted over earlier ones, with deterministic pixel noise. */
export function picture(width: number, height: number, fills: Array<{ box: Box; rgb: Rgb; light?: number; cast?: Rgb }>, seed = 1): { data: Uint8Array; width: number; height: number } {
  const data = new Uint8Array(width * height * 3);
  let s = seed;
  const noise = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return (s % 13) - 6;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let rgb = BACKGROUND;
      let light = 1;
      let cast: Rgb = [1, 1, 1];
      for (const f of fills) {
        const [bx, by, bw, bh] = f.box;
        if (x >= bx && x < bx + bw && y >= by && y < by + bh) [rgb, light, cast] = [f.rgb, f.light ?? 1, f.cast ?? [1, 1, 1]];
      }
      for (let c = 0; c < 3; c++) data[(y * width + x) * 3 + c] = Math.max(0, Math.min(255, Math.round(rgb[c]! * light * cast[c]! + noise())));
    }
  }
  return { data, width, height };
}
