/**
 * Persistent data structures for the live journal: every version stays valid after a newer one is
 * made from it, and making the newer one costs what was added, not what was there.
 *
 * - {@link AppendLog}: an append-only list whose versions share one chunked store. Appending to the
 *   newest version pushes in place (older versions only read their own prefix); appending to an
 *   older version copies one partial chunk and the chunk table, never the entries.
 * - {@link HashMap}: a hash array mapped trie (Bagwell 2001, as in Clojure and Immutable.js) from
 *   string keys, with path copying (O(log₃₂ n) per update) and a batch mode that edits the nodes it
 *   created itself in place.
 *
 * Internal: not exported from the package.
 *
 * @module
 */

const CHUNK = 4096;

/** One store shared by the versions of an {@link AppendLog}. */
interface Store<T> {
  /** Full chunks and the last, partial one. Only ever appended to. */
  readonly chunks: T[][];
  /** How many items the store holds (the newest version's length). */
  length: number;
}

/** An append-only persistent list. */
export class AppendLog<T> {
  static empty<T>(): AppendLog<T> {
    return new AppendLog<T>({ chunks: [], length: 0 }, 0);
  }

  private constructor(
    private readonly store: Store<T>,
    /** Number of items in this version. */
    readonly length: number,
  ) {}

  /** The item at `i` (0 ≤ i < length). */
  at(i: number): T {
    return this.store.chunks[Math.floor(i / CHUNK)]![i % CHUNK]!;
  }

  /** A new version with `items` appended; this version is unchanged. */
  append(items: readonly T[]): AppendLog<T> {
    if (items.length === 0) return this;
    let store = this.store;
    if (store.length !== this.length) {
      // This is an older version: start a store of its own. Full chunks are shared (they never
      // change); only the partial last chunk is copied.
      const full = Math.floor(this.length / CHUNK);
      const chunks = store.chunks.slice(0, full);
      if (this.length % CHUNK !== 0) chunks.push(store.chunks[full]!.slice(0, this.length % CHUNK));
      store = { chunks, length: this.length };
    }
    const chunks = store.chunks;
    for (let i = 0; i < items.length; i++) {
      let last = chunks[chunks.length - 1];
      if (last === undefined || last.length === CHUNK) {
        last = [];
        chunks.push(last);
      }
      last.push(items[i]!);
    }
    store.length += items.length;
    return new AppendLog(store, store.length);
  }

  /** Calls `f` for every item in order. */
  forEach(f: (item: T, index: number) => void): void {
    const chunks = this.store.chunks;
    let i = 0;
    for (let c = 0; i < this.length; c++) {
      const chunk = chunks[c]!;
      const end = Math.min(chunk.length, this.length - i);
      for (let j = 0; j < end; j++) f(chunk[j]!, i++);
    }
  }

  /** The items from `from` on, as a new array. */
  toArray(from = 0): T[] {
    const out: T[] = new Array(Math.max(0, this.length - from));
    for (let i = from; i < this.length; i++) out[i - from] = this.at(i);
    return out;
  }
}

/** FNV-1a over the UTF-16 code units of a string. */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const BITS = 5;
const MASK = 31;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 63;
}

interface Leaf<V> {
  readonly hash: number;
  readonly key: string;
  readonly value: V;
}

/** A trie node: a bitmap of occupied slots and, per slot, a leaf or a child node. */
interface Node<V> {
  bitmap: number;
  slots: (Leaf<V> | Node<V> | Collision<V>)[];
  /** The batch that made this node (it may edit the node in place), or null. */
  owner: object | null;
}

/** Keys whose 32-bit hashes are equal. */
interface Collision<V> {
  readonly hash: number;
  leaves: Leaf<V>[];
  owner: object | null;
}

function isLeaf<V>(x: Leaf<V> | Node<V> | Collision<V>): x is Leaf<V> {
  return (x as Leaf<V>).key !== undefined;
}

function isCollision<V>(x: Node<V> | Collision<V>): x is Collision<V> {
  return (x as Collision<V>).leaves !== undefined;
}

function editable<V>(node: Node<V>, owner: object | null): Node<V> {
  return owner !== null && node.owner === owner ? node : { bitmap: node.bitmap, slots: node.slots.slice(), owner };
}

/** A node holding two leaves whose hashes differ somewhere at or below `shift`. */
function pair<V>(a: Leaf<V>, b: Leaf<V>, shift: number, owner: object | null): Node<V> | Collision<V> {
  // Different hashes differ in some 5-bit group at or below shift 30, so only equal ones collide.
  if (a.hash === b.hash) return { hash: a.hash, leaves: [a, b], owner };
  const ia = (a.hash >>> shift) & MASK;
  const ib = (b.hash >>> shift) & MASK;
  if (ia === ib) return { bitmap: 1 << ia, slots: [pair(a, b, shift + BITS, owner)], owner };
  return { bitmap: (1 << ia) | (1 << ib), slots: ia < ib ? [a, b] : [b, a], owner };
}

/** Result flag of an insertion: whether the map grew. */
interface Added {
  added: boolean;
}

function setIn<V>(node: Node<V>, leaf: Leaf<V>, shift: number, owner: object | null, out: Added): Node<V> {
  const bit = 1 << ((leaf.hash >>> shift) & MASK);
  const pos = popcount(node.bitmap & (bit - 1));
  if ((node.bitmap & bit) === 0) {
    const n = editable(node, owner);
    n.slots.splice(pos, 0, leaf);
    n.bitmap |= bit;
    out.added = true;
    return n;
  }
  const slot = node.slots[pos]!;
  let next: Leaf<V> | Node<V> | Collision<V>;
  if (isLeaf(slot)) {
    if (slot.key === leaf.key) {
      if (slot.value === leaf.value) return node;
      next = leaf;
    } else {
      next = pair(slot, leaf, shift + BITS, owner);
      out.added = true;
    }
  } else if (isCollision(slot)) {
    if (slot.hash !== leaf.hash) {
      // A collision node sits where a deeper path is needed: push it down under a new node.
      const holder: Node<V> = { bitmap: 1 << ((slot.hash >>> (shift + BITS)) & MASK), slots: [slot], owner };
      next = setIn(holder, leaf, shift + BITS, owner, out);
    } else {
      const i = slot.leaves.findIndex((l) => l.key === leaf.key);
      const leaves = slot.leaves.slice();
      if (i >= 0) leaves[i] = leaf;
      else {
        leaves.push(leaf);
        out.added = true;
      }
      next = { hash: slot.hash, leaves, owner };
    }
  } else {
    next = setIn(slot, leaf, shift + BITS, owner, out);
    if (next === slot) return node;
  }
  const n = editable(node, owner);
  n.slots[pos] = next;
  return n;
}

function getIn<V>(node: Node<V>, hash: number, key: string): V | undefined {
  let shift = 0;
  let current: Node<V> = node;
  for (;;) {
    const bit = 1 << ((hash >>> shift) & MASK);
    if ((current.bitmap & bit) === 0) return undefined;
    const slot = current.slots[popcount(current.bitmap & (bit - 1))]!;
    if (isLeaf(slot)) return slot.key === key ? slot.value : undefined;
    if (isCollision(slot)) {
      if (slot.hash !== hash) return undefined;
      for (const l of slot.leaves) if (l.key === key) return l.value;
      return undefined;
    }
    current = slot;
    shift += BITS;
  }
}

/** Result flag of a removal: whether a key was removed. */
interface Removed {
  removed: boolean;
}

function removeIn<V>(node: Node<V>, hash: number, key: string, shift: number, out: Removed): Node<V> | Leaf<V> | undefined {
  const bit = 1 << ((hash >>> shift) & MASK);
  if ((node.bitmap & bit) === 0) return node;
  const pos = popcount(node.bitmap & (bit - 1));
  const slot = node.slots[pos]!;
  let next: Leaf<V> | Node<V> | Collision<V> | undefined;
  if (isLeaf(slot)) {
    if (slot.key !== key) return node;
    next = undefined;
  } else if (isCollision(slot)) {
    const leaves = slot.leaves.filter((l) => l.key !== key);
    if (leaves.length === slot.leaves.length) return node;
    next = leaves.length === 1 ? leaves[0] : { hash: slot.hash, leaves, owner: null };
  } else {
    const inner = removeIn(slot, hash, key, shift + BITS, out);
    if (inner === slot) return node;
    next = inner;
  }
  out.removed = true;
  const n: Node<V> = { bitmap: node.bitmap, slots: node.slots.slice(), owner: null };
  if (next === undefined) {
    n.slots.splice(pos, 1);
    n.bitmap &= ~bit;
  } else n.slots[pos] = next;
  // A node left with a single leaf collapses into it, so removal restores the shape of insertion.
  if (shift > 0 && n.slots.length === 1 && isLeaf(n.slots[0]!)) return n.slots[0] as Leaf<V>;
  if (shift > 0 && n.slots.length === 0) return undefined;
  return n;
}

function* leavesOf<V>(node: Node<V> | Collision<V>): Generator<Leaf<V>> {
  if (isCollision(node)) {
    yield* node.leaves;
    return;
  }
  for (const slot of node.slots) {
    if (isLeaf(slot)) yield slot;
    else yield* leavesOf(slot);
  }
}

const EMPTY_NODE: Node<never> = { bitmap: 0, slots: [], owner: null };

/** A persistent map from strings. */
export class HashMap<V> {
  static empty<V>(): HashMap<V> {
    return new HashMap<V>(EMPTY_NODE as Node<V>, 0);
  }

  private constructor(
    private readonly root: Node<V>,
    /** Number of keys. */
    readonly size: number,
  ) {}

  get(key: string): V | undefined {
    return getIn(this.root, hashOf(key), key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** A new map with `key` set to `value` (values must not be undefined). */
  set(key: string, value: V): HashMap<V> {
    const out = { added: false };
    const root = setIn(this.root, { hash: hashOf(key), key, value }, 0, null, out);
    return root === this.root ? this : new HashMap(root, this.size + (out.added ? 1 : 0));
  }

  /**
   * A new map with every pair set, in order (a later pair wins). The nodes this call creates are
   * edited in place while it runs, so a batch of k pairs allocates about k leaves, not k paths.
   */
  setMany(pairs: Iterable<readonly [string, V]>): HashMap<V> {
    const owner = {};
    let root = this.root;
    let size = this.size;
    const out = { added: false };
    for (const [key, value] of pairs) {
      out.added = false;
      root = setIn(root, { hash: hashOf(key), key, value }, 0, owner, out);
      if (out.added) size++;
    }
    return root === this.root ? this : new HashMap(root, size);
  }

  /** A new map without `key`. */
  delete(key: string): HashMap<V> {
    const out = { removed: false };
    const root = removeIn(this.root, hashOf(key), key, 0, out);
    if (!out.removed) return this;
    return new HashMap((root as Node<V> | undefined) ?? (EMPTY_NODE as Node<V>), this.size - 1);
  }

  *entries(): Generator<[string, V]> {
    for (const leaf of leavesOf(this.root)) yield [leaf.key, leaf.value];
  }

  *keys(): Generator<string> {
    for (const leaf of leavesOf(this.root)) yield leaf.key;
  }

  *values(): Generator<V> {
    for (const leaf of leavesOf(this.root)) yield leaf.value;
  }
}
