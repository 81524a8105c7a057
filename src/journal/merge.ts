/**
 * Merging journals recorded offline on two devices.
 *
 * @module
 */
import type { Journal, Observation, ObservationId } from "../model/index.js";

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
  readonly journal: Journal;
  readonly conflicts: readonly MergeConflict[];
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
 * @param a - one journal
 * @param b - the other
 * @returns the merged journal and the conflicts
 * @example
 * ```ts
 * const { journal, conflicts } = mergeJournals(tabletA.journal, tabletB.journal);
 * conflicts.length; // => 0 when the tablets never reused an id
 * ```
 * @category Journal
 */
export function mergeJournals(a: Journal, b: Journal): MergeResult {
  const byId = new Map<string, { entry: Observation; json: string }>();
  const conflicts: MergeConflict[] = [];
  for (const entry of [...a.entries, ...b.entries]) {
    const existing = byId.get(entry.id);
    if (existing === undefined) {
      byId.set(entry.id, { entry, json: "" });
      continue;
    }
    if (existing.entry === entry) continue;
    if (existing.json === "") existing.json = canonicalJson(existing.entry);
    const json = canonicalJson(entry);
    if (json === existing.json) continue;
    const keepNew = json < existing.json;
    const kept = keepNew ? entry : existing.entry;
    const other = keepNew ? existing.entry : entry;
    conflicts.push({ id: entry.id, kept, other });
    if (keepNew) byId.set(entry.id, { entry, json });
  }
  const entries = [...byId.values()].map((v) => v.entry).sort(compareEntries);
  conflicts.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { journal: { schemaVersion: 1, entries }, conflicts };
}
