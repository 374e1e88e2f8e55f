/**
 * A read-only string-keyed table looked up by a range of a text: the key is read in place, so a
 * look-up allocates nothing (a Map would need the range sliced out into a new string and hashed).
 * Open addressing over a typed array; a look-up costs the length of the range plus a few probes.
 */
export class RangeTable<V> {
  private readonly keys: string[] = [];
  private readonly values: V[] = [];
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [key, value] of entries) {
      this.keys.push(key);
      this.values.push(value);
    }
    let size = 16;
    while (size < 4 * this.keys.length) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let k = 0; k < this.keys.length; k++) {
      const key = this.keys[k]!;
      let h = this.hash(key, 0, key.length, -1);
      while (this.slots[h] !== -1) h = (h + 1) & this.mask;
      this.slots[h] = k;
    }
  }

  /** The value of `text.slice(from, to)`, or undefined. */
  get(text: string, from: number, to: number): V | undefined {
    return this.without(text, from, to, -1);
  }

  /** The value of `text.slice(from, to)` with the unit at `skip` left out (-1: none), or undefined. */
  without(text: string, from: number, to: number, skip: number): V | undefined {
    const length = skip >= from && skip < to ? to - from - 1 : to - from;
    for (let h = this.hash(text, from, to, skip); ; h = (h + 1) & this.mask) {
      const k = this.slots[h]!;
      if (k === -1) return undefined;
      const key = this.keys[k]!;
      if (key.length === length && this.equal(key, text, from, to, skip)) return this.values[k];
    }
  }

  private equal(key: string, text: string, from: number, to: number, skip: number): boolean {
    let q = 0;
    for (let i = from; i < to; i++) {
      if (i === skip) continue;
      if (key.charCodeAt(q++) !== text.charCodeAt(i)) return false;
    }
    return true;
  }

  private hash(text: string, from: number, to: number, skip: number): number {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) if (i !== skip) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return (h ^ (h >>> 15)) & this.mask;
  }
}
