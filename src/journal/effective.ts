/**
 * The effective view of a journal: retractions remove their target, corrections replace its
 * content. The raw log is never changed.
 *
 * @module
 */
import type { BaseObservation, Correction, Journal, Observation, ObservationId } from "../model/index.js";

/**
 * The observations that count, after applying retractions and corrections, in journal order.
 *
 * Rules: a retraction removes its target; a correction replaces the target's content (keeping its
 * id and child). When several corrections target one observation, the latest by date wins, ties
 * broken by correction id, so the result does not depend on the order of the log. Retractions and
 * corrections aimed at an id that does not exist, or at another retraction or correction, are
 * ignored here (`checkCentre` reports them). A retraction may also withdraw a correction, which
 * restores the previous content.
 *
 * @param journal - the raw journal
 * @returns the effective observations (new array; the inputs are not changed)
 * @example
 * ```ts
 * effectiveObservations(centre.journal).length; // => number of observations that count
 * ```
 * @category Journal
 */
export function effectiveObservations(journal: Journal): BaseObservation[] {
  const entries = journal.entries;
  const amended = amendmentIndex(entries);
  const out: BaseObservation[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = effectiveEntry(entries[i]!, amended);
    if (e !== undefined) out.push(e);
  }
  return out;
}

/** Marks a retracted observation in an {@link amendmentIndex}. */
const RETRACTED = 0;

/**
 * What happens to each amended observation: retracted, or replaced by its winning correction.
 * `undefined` when the journal has no retractions or corrections (the common case), so the
 * caller skips the lookups. Internal: shared by {@link effectiveObservations} and the progress
 * fold, which walks the journal without building the effective array.
 */
export function amendmentIndex(entries: readonly Observation[]): ReadonlyMap<string, Correction | typeof RETRACTED> | undefined {
  let retracted: Set<string> | undefined;
  let corrections: Correction[] | undefined;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.kind === "retraction") (retracted ??= new Set()).add(e.target);
    else if (e.kind === "correction") (corrections ??= []).push(e);
  }
  if (retracted === undefined && corrections === undefined) return undefined;
  const index = new Map<string, Correction | typeof RETRACTED>();
  for (const c of corrections ?? []) {
    if (retracted?.has(c.id) === true) continue;
    const prev = index.get(c.target);
    if (prev === undefined || (prev !== RETRACTED && (prev.date < c.date || (prev.date === c.date && prev.id < c.id)))) index.set(c.target, c);
  }
  for (const target of retracted ?? []) index.set(target, RETRACTED);
  return index;
}

/**
 * The effective form of one journal entry given an {@link amendmentIndex}: undefined for
 * retractions, corrections and retracted observations; the corrected content (keeping id and
 * child) for a corrected one; the entry itself otherwise.
 */
export function effectiveEntry(
  e: Observation,
  amended: ReadonlyMap<string, Correction | typeof RETRACTED> | undefined,
): BaseObservation | undefined {
  if (e.kind === "retraction" || e.kind === "correction") return undefined;
  if (amended === undefined) return e;
  const a = amended.get(e.id);
  if (a === undefined) return e;
  if (a === RETRACTED) return undefined;
  return { ...a.replacement, id: e.id, child: e.child } as BaseObservation;
}

/**
 * Ids of observations that were retracted or corrected (for audit views).
 *
 * @param journal - the raw journal
 * @returns a map from target id to the ids of the retractions and corrections aimed at it
 * @example
 * ```ts
 * amendments(centre.journal).get("obs-17"); // => ["obs-17-fix"]
 * ```
 * @category Journal
 */
export function amendments(journal: Journal): Map<ObservationId, ObservationId[]> {
  const out = new Map<ObservationId, ObservationId[]>();
  for (const e of journal.entries) {
    if (e.kind !== "retraction" && e.kind !== "correction") continue;
    const list = out.get(e.target);
    if (list) list.push(e.id);
    else out.set(e.target, [e.id]);
  }
  return out;
}
