/**
 * The effective view of a journal: retractions remove their target, corrections replace its
 * content. The raw log is never changed.
 *
 * @module
 */
import type { BaseObservation, Journal, Observation, ObservationId } from "../model/index.js";

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
  const retracted = new Set<string>();
  for (const e of entries) if (e.kind === "retraction") retracted.add(e.target);
  const latestCorrection = new Map<string, Extract<Observation, { kind: "correction" }>>();
  for (const e of entries) {
    if (e.kind !== "correction" || retracted.has(e.id)) continue;
    const prev = latestCorrection.get(e.target);
    if (prev === undefined || prev.date < e.date || (prev.date === e.date && prev.id < e.id)) {
      latestCorrection.set(e.target, e);
    }
  }
  const out: BaseObservation[] = [];
  for (const e of entries) {
    if (e.kind === "retraction" || e.kind === "correction") continue;
    if (retracted.has(e.id)) continue;
    const c = latestCorrection.get(e.id);
    if (c === undefined) {
      out.push(e);
    } else {
      out.push({ ...c.replacement, id: e.id, child: e.child } as BaseObservation);
    }
  }
  return out;
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
