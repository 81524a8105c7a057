/**
 * The right to erasure (UU PDP Art. 8, 43): the one exception to the append-only journal.
 *
 * @module
 */
import type { Centre, Child, ChildId, Observation } from "../model/index.js";
import { eraseFromJournal } from "./live.js";

/**
 * What {@link eraseChild} removed.
 *
 * @category Journal
 */
export interface Erasure {
  /** The new centre without the child. */
  readonly centre: Centre;
  /** The child's record, or undefined when no such child existed. */
  readonly child: Child | undefined;
  /** Every journal entry about the child (including retractions and corrections). */
  readonly observations: readonly Observation[];
}

/**
 * Removes a child and every record about them, returning what was removed so the app can confirm
 * it to the family and delete copies elsewhere (caches, exports, summaries).
 *
 * @param centre - the centre
 * @param childId - the child to erase
 * @returns the new centre and what was removed
 * @example
 * ```ts
 * const { centre: next, observations } = eraseChild(centre, "c-007");
 * next.children.some((c) => c.id === "c-007"); // => false
 * ```
 * @category Journal
 */
export function eraseChild(centre: Centre, childId: ChildId | string): Erasure {
  const child = centre.children.find((c) => c.id === childId);
  // The journal part costs O(log n) plus the child's own entries: the entries are dropped from the
  // live journal's indexes and hidden from its `entries` (see journal/live.ts).
  const { journal, removed } = eraseFromJournal(centre.journal, childId);
  return {
    centre: {
      ...centre,
      children: child === undefined ? centre.children : centre.children.filter((c) => c.id !== childId),
      journal,
    },
    child,
    observations: removed,
  };
}
