/**
 * The storage contract: what a store must provide so that an app can record, see and save a
 * centre without ever loading the whole journal. The app owns storage; tumbuh states the contract
 * and ships stores for it (in memory here, SQLite in `tumbuh/node`, IndexedDB in
 * `tumbuh/browser`). No I/O in this module.
 *
 * A store holds two things:
 * - the **head**: everything of a centre but its journal (settings, groups, children, educators,
 *   inventory, curriculum), written as a whole with a version for compare-and-swap;
 * - the **journal**: append-only, each entry with a unique id, kept in the order it was appended;
 *   every append gets the next value of a monotonically increasing sequence, the cursor of delta
 *   sync.
 *
 * The one exception to append-only is the right to erasure (UU PDP No. 27/2022 Art. 8, 43):
 * {@link CentreStore.eraseChild} removes a child and every entry about them, and leaves a
 * tombstone (the child's pseudonymous id) that delta sync passes on.
 *
 * @module
 */
import type { ChildId, Observation } from "../model/index.js";
import type { Centre } from "../model/centre.js";

/**
 * Everything of a centre but its journal: what {@link CentreStore.readHead} returns and
 * {@link CentreStore.writeHead} writes.
 *
 * @category Storage
 */
export type CentreHead = Omit<Centre, "journal">;

/**
 * A position in a store's journal, for delta sync: opaque text that only grows. Pass back what a
 * store returned; never build or compare one yourself.
 *
 * @category Storage
 */
export type StoreCursor = string & { readonly __brand: "StoreCursor" };

/**
 * The head as stored, with its version (1 for the first write; every write adds one).
 *
 * @category Storage
 */
export interface StoredHead {
  readonly head: CentreHead;
  /** Pass it to {@link CentreStore.writeHead} as `expectedVersion`. */
  readonly version: number;
}

/**
 * The outcome of a compare-and-swap write of the head: written, or refused because someone else
 * wrote first (the current head is given so the app can merge and try again).
 *
 * @category Storage
 */
export type HeadWrite = { readonly ok: true; readonly version: number } | { readonly ok: false; readonly current: StoredHead | undefined };

/**
 * What an append did.
 *
 * @category Storage
 */
export interface AppendResult {
  /** How many entries were appended (the whole batch). */
  readonly appended: number;
  /** The cursor after the last appended entry. */
  readonly cursor: StoreCursor;
}

/**
 * The journal entries of some children, in the order they were appended: their observations and
 * the retractions and corrections of them (which always name the same child).
 *
 * @category Storage
 */
export interface JournalSlice {
  /** The children asked for, in the order asked. */
  readonly children: readonly ChildId[];
  readonly entries: readonly Observation[];
}

/**
 * What was appended or erased after a cursor.
 *
 * @category Storage
 */
export interface StoreDelta {
  /** Entries appended after the cursor, in order (at most `limit`). */
  readonly entries: readonly Observation[];
  /** Children erased after the cursor (tombstones: never bring their records back). */
  readonly erased: readonly ChildId[];
  /** Pass it to the next {@link CentreStore.readSince}. */
  readonly cursor: StoreCursor;
  /** Whether more entries follow (the limit was reached). */
  readonly more: boolean;
}

/**
 * What {@link CentreStore.eraseChild} removed.
 *
 * @category Storage
 */
export interface StoreErasure {
  /** Whether the child was in the roster. */
  readonly child: boolean;
  /** How many journal entries were removed. */
  readonly entries: number;
  /** The head version after the erasure. */
  readonly version: number;
}

/**
 * The storage contract. Every method is asynchronous (a synchronous store returns settled
 * promises) and rejects only with a `ValidationError` for bad input (naming every bad entry) or
 * with the storage's own error when the medium fails.
 *
 * Guarantees a store gives:
 * - `append` is atomic: the whole batch or nothing. Each entry is checked for shape, an id unique
 *   in the batch and in the store, a child present in the head's roster, and (for a retraction
 *   or correction) a target already stored or earlier in the batch, about the same child. What
 *   depends on the curriculum (known indicators, activities, educators) is the library's
 *   `record` / validation, done before the append.
 * - `writeHead` is a compare-and-swap: it writes only when `expectedVersion` is the stored
 *   version (0 for a store without a head). The head is validated as a centre with an empty
 *   journal, and may not drop a child who still has journal entries (erase the child instead).
 * - Once a method's promise has resolved, what it wrote survives a crash of the process (and, for
 *   the durable stores, of the machine).
 * - Appends and head writes from several connections at once are serialized; neither loses the
 *   other's data.
 *
 * @category Storage
 */
export interface CentreStore {
  /** The head and its version; undefined when nothing was written yet. */
  readHead(): Promise<StoredHead | undefined>;
  /** Writes the head when `expectedVersion` is the stored version. */
  writeHead(head: CentreHead, expectedVersion: number): Promise<HeadWrite>;
  /** Appends a batch of entries atomically. */
  append(entries: readonly unknown[]): Promise<AppendResult>;
  /** The entries of one child or several, in append order. */
  readSlice(children: string | readonly string[]): Promise<JournalSlice>;
  /** Entries appended (and children erased) after a cursor; from the start without one. */
  readSince(cursor?: StoreCursor | string, options?: { readonly limit?: number }): Promise<StoreDelta>;
  /** Removes a child from the roster and every entry about them, leaving a tombstone. */
  eraseChild(child: string): Promise<StoreErasure>;
  /** Releases the store (closes its connection); further calls reject. */
  close(): Promise<void>;
}

/**
 * A centre assembled from a head and a slice of the journal: the input every per-child report
 * and per-group plan needs. A progress report of a child built from "head + that child's slice"
 * equals the report built from the whole centre, byte for byte (a property test keeps it so);
 * likewise a group's weekly plan from the slice of the group's children.
 *
 * @param head - the head (as a store returned it)
 * @param slice - the slice (as a store returned it), or its entries
 * @returns a centre whose journal is the slice
 * @example
 * ```ts
 * const stored = await store.readHead();
 * const slice = await store.readSlice("c-001");
 * const report = progressReport(centreFromSlice(stored!.head, slice), "c-001", { asOf: "2026-11-27" });
 * ```
 * @category Storage
 */
export function centreFromSlice(head: CentreHead, slice: JournalSlice | readonly Observation[]): Centre {
  const entries = isSlice(slice) ? slice.entries : slice;
  return { ...head, journal: { schemaVersion: 1, entries } };
}

function isSlice(value: JournalSlice | readonly Observation[]): value is JournalSlice {
  return !Array.isArray(value);
}

/**
 * The head of a centre: everything but its journal.
 *
 * @param centre - the centre
 * @returns its head (shares the centre's objects; nothing is copied)
 * @example
 * ```ts
 * await store.writeHead(centreHead(centre), 0);
 * ```
 * @category Storage
 */
export function centreHead(centre: Centre): CentreHead {
  const { journal: _journal, ...head } = centre;
  return head;
}
