/**
 * Merging journals recorded offline on two devices.
 *
 * @module
 */
import type { Journal, Observation, ObservationId } from "../model/index.js";
import { contentDigest, mergeTombstones, scrubbedDigests, withTombstones } from "./tombstone.js";

/**
 * Two different versions of one observation id found while merging.
 *
 * @category Journal
 */
export interface MergeConflict {
  readonly id: ObservationId;
  /** The version kept in the merged journal (the one whose canonical JSON sorts first). */
  readonly kept: Observation;
  /** The other version, reported so the educator can decide. */
  readonly other: Observation;
}

/**
 * The result of {@link mergeJournals}.
 *
 * @category Journal
 */
export interface MergeResult {
  /** The merged journal, carrying the tombstones of both. */
  readonly journal: Journal;
  readonly conflicts: readonly MergeConflict[];
  /** Entries about erased children (named by a tombstone of either journal) that were dropped. */
  readonly dropped: number;
  /** Entries of which an older, unscrubbed version was met and the scrubbed version kept. */
  readonly scrubbedKept: number;
}

/**
 * JSON with keys sorted (and undefined values left out), so equal content gives equal text
 * whatever the key order; used to compare two versions of an observation.
 *
 * @param value - plain data
 * @returns canonical JSON text
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }); // => '{"a":[2,{"c":4,"d":3}],"b":1}'
 * ```
 * @category Journal
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
}

function compareEntries(a: Observation, b: Observation): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Merges two journals without losing a record. The union of both, each id once, ordered by date
 * then id, so the merge is commutative, associative and idempotent. The same id with different
 * content is a conflict: both versions are reported and the merged journal keeps the one whose
 * canonical JSON sorts first (a deterministic choice, so every device converges on the same
 * journal); nothing is dropped silently.
 *
 * Erasure lasts: the tombstones of both journals are merged, every entry about an erased child is
 * dropped from either copy (counted in `dropped`), and an entry scrubbed of an erased child keeps
 * its scrubbed version over any older one (counted in `scrubbedKept`, not a conflict). The merge
 * laws hold with tombstones as long as the versions of one id are about one child, which
 * `record` and the batch helpers (ids `<id>.<childId>`) ensure.
 *
 * @param a - one journal
 * @param b - the other
 * @returns the merged journal, the conflicts and what erasure dropped
 * @example
 * ```ts
 * const { journal, conflicts, dropped } = mergeJournals(tabletA.journal, tabletB.journal);
 * conflicts.length; // => 0 when the tablets never reused an id
 * dropped; // => 0 unless one of them erased a child the other still holds
 * ```
 * @category Journal
 */
export function mergeJournals(a: Journal, b: Journal): MergeResult {
  const erased = mergeTombstones(a.erased, b.erased);
  const gone = new Set<string>(erased.map((t) => t.child));
  const scrubbed = scrubbedDigests(erased);
  const byId = new Map<string, { entry: Observation; json: string; rank: number }>();
  const conflicts = new Map<string, MergeConflict[]>();
  let dropped = 0;
  let scrubbedKept = 0;
  // Rank of a version of a scrubbed entry: the index of its digest in the preference list, or
  // the list's length for any other version (an older, unscrubbed one).
  const rankOf = (id: string, json: string): number => {
    const digests = scrubbed.get(id);
    if (digests === undefined) return 0;
    const i = digests.indexOf(contentDigest(json));
    return i < 0 ? digests.length : i;
  };
  for (const entry of [...a.entries, ...b.entries]) {
    if (gone.has(entry.child)) {
      dropped++;
      continue;
    }
    const existing = byId.get(entry.id);
    if (existing === undefined) {
      const json = scrubbed.has(entry.id) ? canonicalJson(entry) : "";
      byId.set(entry.id, { entry, json, rank: json === "" ? 0 : rankOf(entry.id, json) });
      continue;
    }
    if (existing.entry === entry) continue;
    if (existing.json === "") existing.json = canonicalJson(existing.entry);
    const json = canonicalJson(entry);
    if (json === existing.json) continue;
    const rank = rankOf(entry.id, json);
    if (rank !== existing.rank) {
      // One of the two is the scrubbed version: it wins, and the other is no conflict to settle.
      scrubbedKept++;
      if (rank < existing.rank) byId.set(entry.id, { entry, json, rank });
      continue;
    }
    const keepNew = json < existing.json;
    const kept = keepNew ? entry : existing.entry;
    const other = keepNew ? existing.entry : entry;
    const list = conflicts.get(entry.id) ?? [];
    list.push({ id: entry.id, kept, other });
    conflicts.set(entry.id, list);
    if (keepNew) byId.set(entry.id, { entry, json, rank });
  }
  const entries = [...byId.values()].map((v) => v.entry).sort(compareEntries);
  // A conflict is reported only between versions of the rank that was kept.
  const reported: MergeConflict[] = [];
  for (const [id, list] of conflicts) {
    const winner = byId.get(id)!;
    for (const c of list) {
      if (rankOf(id, canonicalJson(c.other)) !== winner.rank) continue;
      reported.push({ id: c.id, kept: winner.entry, other: c.other === winner.entry ? c.kept : c.other });
    }
  }
  reported.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { journal: withTombstones({ schemaVersion: 1, entries }, erased), conflicts: reported, dropped, scrubbedKept };
}
