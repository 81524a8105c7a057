/**
 * Merging whole centres recorded on two devices (tablets offline, a backup and the live copy):
 * roster, groups, educators, inventory, curricula, settings and educators' attendance together
 * with the journal, so a
 * child enrolled on one tablet and observed there survives the merge.
 *
 * @module
 */
import type { Issue } from "../errors/index.js";
import type { Centre } from "../model/index.js";
import { checkCentre } from "./check.js";
import { canonicalJson, type MergeConflict, mergeJournals } from "./merge.js";

/**
 * Two different versions of one record found while merging centres.
 *
 * @category Journal
 */
export interface CentreConflict {
  /** What kind of record: `children`, `groups`, `educators`, `inventory`, `curriculum.activities`, …, `settings`. */
  readonly collection: string;
  /** The record's id (the material id for inventory; empty for settings). */
  readonly id: string;
  /** The version kept (the one whose canonical JSON sorts first, so every device converges). */
  readonly kept: unknown;
  /** Every other version seen, so the educator can decide. */
  readonly others: readonly unknown[];
}

/**
 * The result of {@link mergeCentres}.
 *
 * @category Journal
 */
export interface CentreMergeResult {
  /** The merged centre. */
  readonly centre: Centre;
  /** Records (roster, settings, curricula, inventory) that differed between the copies. */
  readonly conflicts: readonly CentreConflict[];
  /** Journal entries with one id and different content (see {@link mergeJournals}). */
  readonly journalConflicts: readonly MergeConflict[];
  /** Entries about erased children dropped from either copy (see {@link mergeJournals}). */
  readonly dropped: number;
  /** Children erased on one copy whose records the other copy still had, dropped from the roster. */
  readonly droppedChildren: number;
  /**
   * Integrity problems of the merged centre (for example an observation of an activity that only
   * one copy's own curriculum had, when the other copy's version was kept); empty when it is
   * consistent. The merged centre is returned either way, so nothing is lost.
   */
  readonly issues: readonly Issue[];
}

interface Versioned {
  readonly value: unknown;
  readonly json: string;
}

/** Union by key; for a key with several versions the canonical-JSON-least one wins. Sorted by key. */
function unionBy<T>(collection: string, a: readonly T[], b: readonly T[], keyOf: (t: T) => string, conflicts: CentreConflict[]): T[] {
  const byKey = new Map<string, { kept: Versioned; others: Versioned[] }>();
  for (const item of [...a, ...b]) {
    const key = keyOf(item);
    const json = canonicalJson(item);
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(key, { kept: { value: item, json }, others: [] });
      continue;
    }
    if (seen.kept.json === json || seen.others.some((o) => o.json === json)) continue;
    if (json < seen.kept.json) {
      seen.others.push(seen.kept);
      seen.kept = { value: item, json };
    } else seen.others.push({ value: item, json });
  }
  const keys = [...byKey.keys()].sort();
  const out: T[] = [];
  for (const key of keys) {
    const { kept, others } = byKey.get(key)!;
    out.push(kept.value as T);
    if (others.length > 0) {
      others.sort((x, y) => (x.json < y.json ? -1 : x.json > y.json ? 1 : 0));
      conflicts.push({ collection, id: key, kept: kept.value, others: others.map((o) => o.value) });
    }
  }
  return out;
}

function sortedUnion<T extends string>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])].sort();
}

/** One value for both copies: equal ones are kept; different ones give the canonical least and a conflict. */
function pickOne<T>(collection: string, a: T, b: T, conflicts: CentreConflict[]): T {
  const ja = canonicalJson(a);
  const jb = canonicalJson(b);
  if (ja === jb) return a;
  const [kept, other] = ja < jb ? [a, b] : [b, a];
  conflicts.push({ collection, id: "", kept, others: [other] });
  return kept;
}

const byId = (x: { readonly id: string }): string => x.id;

/**
 * Merges two copies of a centre without losing a record: children, groups, educators, inventory
 * and the centre's own curricula are united by id, the journals by {@link mergeJournals}, and the
 * settings kept when equal. Erasure lasts: a child erased on either copy (a tombstone on its
 * journal) is left out of the roster and the journal, whatever the other copy holds. A record with one id and different content in the two copies is a
 * conflict: the merged centre keeps the version whose canonical JSON sorts first (so every device
 * converges on the same centre) and the result lists every version. Records come out sorted by
 * id, so the merge is commutative, associative and idempotent on whole centres.
 *
 * @param a - one copy
 * @param b - the other
 * @returns the merged centre, the conflicts, and the merged centre's integrity problems
 * @example
 * ```ts
 * const { centre, conflicts } = mergeCentres(tabletA, tabletB);
 * centre.children.length; // => children enrolled on either tablet
 * conflicts.length; // => 0 when no record was edited on both
 * ```
 * @category Journal
 */
export function mergeCentres(a: Centre, b: Centre): CentreMergeResult {
  const conflicts: CentreConflict[] = [];
  const journal = mergeJournals(a.journal, b.journal);
  const curriculum = {
    bundled: sortedUnion(a.curriculum.bundled, b.curriculum.bundled),
    frameworks: unionBy("curriculum.frameworks", a.curriculum.frameworks, b.curriculum.frameworks, byId, conflicts),
    activities: unionBy("curriculum.activities", a.curriculum.activities, b.curriculum.activities, byId, conflicts),
    materials: unionBy("curriculum.materials", a.curriculum.materials, b.curriculum.materials, byId, conflicts),
    routines: unionBy("curriculum.routines", a.curriculum.routines, b.curriculum.routines, byId, conflicts),
    retiredActivities: sortedUnion(a.curriculum.retiredActivities, b.curriculum.retiredActivities),
  };
  // An erased child stays erased: the tombstones of either copy remove the child's record too.
  const gone = new Set<string>((journal.journal.erased ?? []).map((t) => t.child));
  const children = unionBy("children", a.children, b.children, byId, conflicts);
  const kept = gone.size === 0 ? children : children.filter((c) => !gone.has(c.id));
  const centre = {
    format: a.format,
    schemaVersion: a.schemaVersion,
    settings: pickOne("settings", a.settings, b.settings, conflicts),
    groups: unionBy("groups", a.groups, b.groups, byId, conflicts),
    children: kept,
    educators: unionBy("educators", a.educators, b.educators, byId, conflicts),
    inventory: unionBy("inventory", a.inventory, b.inventory, (i) => i.material, conflicts),
    curriculum,
    journal: journal.journal,
  } as Centre;
  // Educators' attendance (for the ratio checks) is recorded on either tablet, united by id.
  if (a.educatorAttendance !== undefined || b.educatorAttendance !== undefined) {
    (centre as { educatorAttendance?: unknown }).educatorAttendance = unionBy("educatorAttendance", a.educatorAttendance ?? [], b.educatorAttendance ?? [], byId, conflicts);
  }
  return {
    centre,
    conflicts: gone.size === 0 ? conflicts : conflicts.filter((c) => c.collection !== "children" || !gone.has(c.id)),
    journalConflicts: journal.conflicts,
    dropped: journal.dropped,
    droppedChildren: children.length - kept.length,
    issues: checkCentre(centre),
  };
}
