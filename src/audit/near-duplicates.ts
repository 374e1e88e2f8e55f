/** PDQ hashes within this Hamming distance are near-duplicates (PDQ's recommended match threshold). */
export const PDQ_MATCH_DISTANCE = 31;

function words(hex: string): Uint32Array | null {
  if (!/^[0-9a-f]{64}$/i.test(hex)) return null;
  const out = new Uint32Array(8);
  for (let i = 0; i < 8; i++) out[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return out;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function pdqDistance(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (!x || !y) throw new RangeError('pdqDistance: hashes must be 64 hex digits');
  let d = 0;
  for (let i = 0; i < 8; i++) d += popcount(x[i]! ^ y[i]!);
  return d;
}

/**
 * Groups items whose PDQ hashes are within `threshold` bits (transitively, by union-find).
 * A linear scan, O(n²) word operations: about 2×10⁸ pairs for 20,000 images, seconds in practice;
 * PDQ's multi-index hashing can replace it for larger corpora. Returns clusters of two or more ids,
 * each sorted, largest first (ties by first id).
 */
export function nearDuplicateClusters(items: readonly { id: string; pdq: string }[], threshold = PDQ_MATCH_DISTANCE): string[][] {
  const valid = items.map((it) => ({ id: it.id, w: words(it.pdq) })).filter((it): it is { id: string; w: Uint32Array } => it.w !== null);
  const n = valid.length;
  const flat = new Uint32Array(n * 8);
  valid.forEach((it, i) => flat.set(it.w, i * 8));
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < n; i++) {
    const a = i * 8;
    for (let j = i + 1; j < n; j++) {
      const b = j * 8;
      let d = 0;
      for (let k = 0; k < 8 && d <= threshold; k++) d += popcount(flat[a + k]! ^ flat[b + k]!);
      if (d <= threshold) {
        const ri = find(i);
        const rj = find(j);
        if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
      }
    }
  }
  const groups = new Map<number, string[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(valid[i]!.id);
    groups.set(r, g);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort())
    .sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : 1));
}
