/**
 * Who belongs to a group on a day.
 *
 * @module
 */
import type { Centre, Child } from "../model/index.js";

/**
 * The children of a group enrolled on a date (enrolled on or before it, not left before it),
 * in roster order.
 *
 * @param centre - the centre
 * @param groupId - the group
 * @param date - the day
 * @returns the children
 * @example
 * ```ts
 * groupChildrenOn(centre, "g-bayi", "2026-11-23").length; // => 6
 * ```
 * @category Care
 */
export function groupChildrenOn(centre: Pick<Centre, "children">, groupId: string, date: string): Child[] {
  return centre.children.filter((c) => c.group === groupId && c.enrolledOn <= date && (c.leftOn === undefined || c.leftOn >= date));
}
