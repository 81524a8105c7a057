/**
 * An index from id to the first item with it, for journals of a million entries: an open-addressing
 * hash table in two typed arrays, several times faster to build than a `Map` of that size (whose
 * inserts each touch a scattered heap entry) and a quarter of its memory.
 *
 * Internal: not exported from the package.
 *
 * @module
 */

/** FNV-1a over the UTF-16 code units of a string. */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** First index of each id in a list of items, and which items repeat an earlier id. */
export class IdTable {
  private readonly items: readonly { readonly id: string }[];
  /** Item index + 1 per slot, 0 when the slot is free. */
  private readonly slots: Int32Array;
  /** The full hash of the id in each used slot, so most collisions are told apart without reading the item. */
  private readonly hashes: Int32Array;
  private readonly mask: number;
  /** Indexes of the items whose id an earlier item already has, ascending. */
  readonly duplicates: number[] = [];

  /** @param items - the items, in order; the table keeps a reference and reads their ids on lookups */
  constructor(items: readonly { readonly id: string }[]) {
    this.items = items;
    let size = 16;
    while (size < items.length * 2) size *= 2; // load factor at most 1/2
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    const { slots, hashes, mask } = this;
    for (let i = 0; i < items.length; i++) {
      const id = items[i]!.id;
      const hash = hashOf(id);
      for (let h = hash & mask; ; h = (h + 1) & mask) {
        const s = slots[h]!;
        if (s === 0) {
          slots[h] = i + 1;
          hashes[h] = hash;
          break;
        }
        if (hashes[h] === hash && items[s - 1]!.id === id) {
          this.duplicates.push(i);
          break;
        }
      }
    }
  }

  /**
   * The index of the first item with this id.
   *
   * @param id - an id
   * @returns its first index, or -1 when no item has it
   */
  indexOf(id: string): number {
    const { slots, hashes, mask, items } = this;
    const hash = hashOf(id);
    for (let h = hash & mask; ; h = (h + 1) & mask) {
      const s = slots[h]!;
      if (s === 0) return -1;
      if (hashes[h] === hash && items[s - 1]!.id === id) return s - 1;
    }
  }
}
