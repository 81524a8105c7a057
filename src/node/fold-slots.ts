/**
 * The state of the streaming fold: one record per child × tracked indicator and per child ×
 * activity that has a record. Records have a fixed size and live in typed-array chunks that never
 * move; a hash index finds them. Folding a line touches an index bucket and a record, never a
 * chain of objects and maps, and memory is filled once (fresh memory is slow to touch, so the
 * state is kept small and nothing is copied when it grows but the index).
 *
 * Internal to `tumbuh/node`.
 *
 * @module
 */

/**
 * Int32s per record: child, x, date (YYYYMMDD, 0 before the first), flags, then 16 bytes of id
 * (or, for an entry that had a longer id, its offset in the overflow bytes).
 */
const STRIDE = 8;
/** Where the id starts in a record, in bytes. */
const ID_AT = 16;
/** Longest id kept inside its record. */
const INLINE_ID = 16;
/** Bytes kept in the overflow for a longer id (the longest id has 120). */
const OVERFLOW_ID = 120;
/** Records per chunk: 2^CHUNK_BITS. */
const CHUNK_BITS = 14;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

/** `flags`: the value code (level or stage, 1-based; 0 for none) in the low byte. */
const VALUE_MASK = 0xff;
/** `flags`: assessed in the period. */
const OBSERVED = 0x100;
/** `flags`: the record keeps its id in the overflow (once it had a long one). */
const OVERFLOWED = 0x200;
/** `flags`: the id length, from this bit on. */
const LENGTH_SHIFT = 16;

/** Added to an activity position to make its `x` (tracked positions stay below it). */
export const LESSON_BASE = 1 << 24;

/**
 * Records keyed by a child position and a number `x` (a tracked position, or an activity shifted
 * by {@link LESSON_BASE}), numbered in the order they were created.
 */
export class FoldSlots {
  private readonly chunks: Int32Array[] = [];
  private readonly chunkBytes: Uint8Array[] = [];
  /** Records created. */
  count = 0;
  /** Whether the last {@link slot} call created its record. */
  fresh = false;
  /** Buckets of `[hash, record + 1]` (0: empty). */
  private index = new Int32Array(2 << 14);
  private mask = (1 << 14) - 1;
  private overflow = new Uint8Array(0);
  private overflowTop = 0;

  private static hash(child: number, x: number): number {
    let h = Math.imul(child ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(x + 0x632be5ab, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return h ^ (h >>> 13);
  }

  /** The record of (child, x), or -1. */
  find(child: number, x: number): number {
    const h = FoldSlots.hash(child, x);
    const index = this.index;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const r = index[2 * i + 1]! - 1;
      if (r === -1) return -1;
      if (index[2 * i] === h) {
        const ints = this.chunks[r >>> CHUNK_BITS]!;
        const at = (r & CHUNK_MASK) * STRIDE;
        if (ints[at] === child && ints[at + 1] === x) return r;
      }
    }
  }

  /** The record of (child, x), created (with date 0, no value) when missing; sets {@link fresh}. */
  slot(child: number, x: number): number {
    const h = FoldSlots.hash(child, x);
    const index = this.index;
    let i = h & this.mask;
    for (; ; i = (i + 1) & this.mask) {
      const r = index[2 * i + 1]! - 1;
      if (r === -1) break;
      if (index[2 * i] === h) {
        const ints = this.chunks[r >>> CHUNK_BITS]!;
        const at = (r & CHUNK_MASK) * STRIDE;
        if (ints[at] === child && ints[at + 1] === x) {
          this.fresh = false;
          return r;
        }
      }
    }
    const r = this.count++;
    if ((r & CHUNK_MASK) === 0) {
      const chunk = new Int32Array(STRIDE << CHUNK_BITS);
      this.chunks.push(chunk);
      this.chunkBytes.push(new Uint8Array(chunk.buffer));
    }
    const ints = this.chunks[r >>> CHUNK_BITS]!;
    const at = (r & CHUNK_MASK) * STRIDE;
    ints[at] = child;
    ints[at + 1] = x;
    index[2 * i] = h;
    index[2 * i + 1] = r + 1;
    // Keep the index at most 70 % full.
    if (this.count * 10 > (this.mask + 1) * 7) this.grow();
    this.fresh = true;
    return r;
  }

  private grow(): void {
    const old = this.index;
    const buckets = (this.mask + 1) * 2;
    const index = new Int32Array(2 * buckets);
    const mask = buckets - 1;
    for (let j = 0; j < old.length; j += 2) {
      if (old[j + 1] === 0) continue;
      const h = old[j]!;
      let i = h & mask;
      while (index[2 * i + 1] !== 0) i = (i + 1) & mask;
      index[2 * i] = h;
      index[2 * i + 1] = old[j + 1]!;
    }
    this.index = index;
    this.mask = mask;
  }

  /** The child of a record. */
  child(r: number): number {
    return this.chunks[r >>> CHUNK_BITS]![(r & CHUNK_MASK) * STRIDE]!;
  }

  /** The `x` of a record. */
  x(r: number): number {
    return this.chunks[r >>> CHUNK_BITS]![(r & CHUNK_MASK) * STRIDE + 1]!;
  }

  /** The date of a record (YYYYMMDD; 0 until it is set). */
  date(r: number): number {
    return this.chunks[r >>> CHUNK_BITS]![(r & CHUNK_MASK) * STRIDE + 2]!;
  }

  /** The value code of a record (0 for none). */
  value(r: number): number {
    return this.chunks[r >>> CHUNK_BITS]![(r & CHUNK_MASK) * STRIDE + 3]! & VALUE_MASK;
  }

  /** Whether a record was assessed in the period. */
  observed(r: number): boolean {
    return (this.chunks[r >>> CHUNK_BITS]![(r & CHUNK_MASK) * STRIDE + 3]! & OBSERVED) !== 0;
  }

  /** Marks a record as assessed in the period. */
  observe(r: number): void {
    this.chunks[r >>> CHUNK_BITS]![(r & CHUNK_MASK) * STRIDE + 3]! |= OBSERVED;
  }

  /** Sets the date, value code and id `b[start, end)` of a record (keeping its other flags). */
  set(r: number, date: number, value: number, b: Uint8Array, start: number, end: number): void {
    const n = end - start;
    const ints = this.chunks[r >>> CHUNK_BITS]!;
    const base = (r & CHUNK_MASK) * STRIDE;
    const before = ints[base + 3]!;
    ints[base + 2] = date;
    if (n <= INLINE_ID && (before & OVERFLOWED) === 0) {
      ints[base + 3] = (before & OBSERVED) | value | (n << LENGTH_SHIFT);
      const bytes = this.chunkBytes[r >>> CHUNK_BITS]!;
      const at = base * 4 + ID_AT;
      for (let i = 0; i < n; i++) bytes[at + i] = b[start + i]!;
      return;
    }
    // Once a record has a long id, it keeps its ids in its own room in the overflow.
    if ((before & OVERFLOWED) === 0) {
      if (this.overflowTop + OVERFLOW_ID > this.overflow.length) {
        const next = new Uint8Array(Math.max(this.overflow.length * 2, 1 << 16));
        next.set(this.overflow.subarray(0, this.overflowTop));
        this.overflow = next;
      }
      ints[base + 4] = this.overflowTop;
      this.overflowTop += OVERFLOW_ID;
    }
    ints[base + 3] = (before & OBSERVED) | OVERFLOWED | value | (n << LENGTH_SHIFT);
    const at = ints[base + 4]!;
    const overflow = this.overflow;
    for (let i = 0; i < n; i++) overflow[at + i] = b[start + i]!;
  }

  /** Compares the id `b[start, end)` with the id of a record, in code unit order (as `<` on strings). */
  compareId(r: number, b: Uint8Array, start: number, end: number): number {
    const ints = this.chunks[r >>> CHUNK_BITS]!;
    const base = (r & CHUNK_MASK) * STRIDE;
    const flags = ints[base + 3]!;
    const m = flags >>> LENGTH_SHIFT;
    const n = end - start;
    const k = n < m ? n : m;
    const inline = (flags & OVERFLOWED) === 0;
    const ids = inline ? this.chunkBytes[r >>> CHUNK_BITS]! : this.overflow;
    const at = inline ? base * 4 + ID_AT : ints[base + 4]!;
    for (let i = 0; i < k; i++) {
      const d = b[start + i]! - ids[at + i]!;
      if (d !== 0) return d;
    }
    return n - m;
  }
}
