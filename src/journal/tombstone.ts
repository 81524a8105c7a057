/**
 * Tombstones: what keeps an erased child erased when journals are merged.
 *
 * Erasure is the one exception to the append-only journal, and a merge is a union: without a
 * record of the erasure, any older copy (a backup, an offline tablet) would bring the child's
 * entries back. A tombstone holds only the pseudonymous child id and the day of erasure (see
 * `TombstoneSchema`), and every merge drops the entries of every child a tombstone names.
 *
 * @module
 */
import type { Journal, Observation, Tombstone } from "../model/index.js";

/**
 * A 64-bit digest (two 32-bit FNV-1a hashes with different offsets) of a text, as 16 hex digits.
 * It identifies a scrubbed version of an entry among the few versions a merge sees; it is not a
 * security measure and needs none (the versions it tells apart are in the merged copies anyway).
 *
 * @param text - any text
 * @returns 16 lowercase hex digits
 * @example
 * ```ts
 * contentDigest("abc").length; // => 16
 * ```
 * @category Journal
 */
export function contentDigest(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193) >>> 0;
    h2 = (h2 ^ (h2 >>> 15)) >>> 0;
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}

type Scrub = NonNullable<Tombstone["scrubbed"]>[number];

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The union of tombstone lists: one tombstone per child (sorted by child id), with the earliest
 * erasure day and the union of the scrubbed entries. Commutative, associative and idempotent, like
 * the merge of entries.
 *
 * @param lists - tombstone lists (absent lists are skipped)
 * @returns the merged list, empty when there is none
 * @example
 * ```ts
 * mergeTombstones([{ child: "c-2" }], [{ child: "c-1", erasedOn: "2026-11-02" }]).map((t) => t.child); // => ["c-1", "c-2"]
 * ```
 * @category Journal
 */
export function mergeTombstones(...lists: readonly (readonly Tombstone[] | undefined)[]): Tombstone[] {
  const byChild = new Map<string, { erasedOn: string | undefined; scrubbed: Map<string, Scrub> }>();
  for (const list of lists) {
    for (const t of list ?? []) {
      let m = byChild.get(t.child);
      if (m === undefined) byChild.set(t.child, (m = { erasedOn: undefined, scrubbed: new Map() }));
      if (t.erasedOn !== undefined && (m.erasedOn === undefined || t.erasedOn < m.erasedOn)) m.erasedOn = t.erasedOn;
      for (const s of t.scrubbed ?? []) m.scrubbed.set(`${s.id}\u0000${s.digest}`, s);
    }
  }
  const out: Tombstone[] = [];
  for (const child of [...byChild.keys()].sort(compareText)) {
    const m = byChild.get(child)!;
    const keys = [...m.scrubbed.keys()].sort(compareText);
    out.push({
      child: child as Tombstone["child"],
      ...(m.erasedOn !== undefined ? { erasedOn: m.erasedOn as NonNullable<Tombstone["erasedOn"]> } : {}),
      ...(keys.length > 0 ? { scrubbed: keys.map((k) => m.scrubbed.get(k)!) } : {}),
    });
  }
  return out;
}

/**
 * What {@link applyTombstones} did.
 *
 * @category Journal
 */
export interface TombstoneResult {
  /** The journal without the erased children's entries, carrying the tombstones. */
  readonly journal: Journal;
  /** How many entries about erased children were dropped. */
  readonly dropped: number;
}

/**
 * Drops every entry about a child a tombstone names, and records the tombstones on the journal
 * (merged with its own), so the erasure travels with it. A journal holding none of those entries
 * comes back with the same entries array.
 *
 * @param journal - a journal, for example an older copy about to be merged
 * @param tombstones - tombstones from any copy (the journal's own are applied too)
 * @returns the journal without the erased children's entries and how many were dropped
 * @example
 * ```ts
 * const { journal, dropped } = applyTombstones(backup.journal, centre.journal.erased ?? []);
 * journal.entries.some((e) => e.child === "c-007"); // => false when c-007 was erased
 * ```
 * @category Journal
 */
export function applyTombstones(journal: Journal, tombstones: readonly Tombstone[]): TombstoneResult {
  const erased = mergeTombstones(journal.erased, tombstones);
  const gone = new Set<string>(erased.map((t) => t.child));
  let entries: readonly Observation[] = journal.entries;
  let dropped = 0;
  if (gone.size > 0) {
    const kept = journal.entries.filter((e) => !gone.has(e.child));
    dropped = journal.entries.length - kept.length;
    if (dropped > 0) entries = kept;
  }
  return { journal: withTombstones({ ...journal, entries }, erased), dropped };
}

/**
 * The journal with the given tombstones, or without the key when there are none, so a journal
 * that never erased anyone keeps the shape older documents have.
 */
export function withTombstones(journal: Journal, erased: readonly Tombstone[]): Journal {
  const { erased: _old, ...rest } = journal;
  return erased.length > 0 ? { ...rest, erased } : rest;
}

/**
 * For each scrubbed entry id, the digest of the version a merge keeps: when an entry was scrubbed
 * for several erasures, the one of the latest erasure (then the greatest child id), whose scrub
 * was applied to the earlier ones' result.
 */
export function scrubbedDigests(erased: readonly Tombstone[]): Map<string, readonly string[]> {
  const ranked = [...erased].sort((x, y) => compareText(y.erasedOn ?? "", x.erasedOn ?? "") || compareText(y.child, x.child));
  const out = new Map<string, string[]>();
  for (const t of ranked) {
    for (const s of t.scrubbed ?? []) {
      const list = out.get(s.id);
      if (list === undefined) out.set(s.id, [s.digest]);
      else if (!list.includes(s.digest)) list.push(s.digest);
    }
  }
  return out;
}
