/**
 * The Montessori sequence: when is a lesson ready for a child?
 *
 * @module
 */
import type { Activity, Stage } from "../model/index.js";
import type { ResolvedCurriculum } from "./resolve.js";

/**
 * How a prerequisite that is still being practised counts:
 * - `mastered` (default): every prerequisite must be mastered (or, for a prerequisite that is
 *   not masterable, at least presented);
 * - `practicing`: a prerequisite being practised is enough, as many guides present the next
 *   lesson while the child still repeats the previous one (for example sandpaper letters while
 *   sound games continue).
 *
 * @category Planning
 */
export type PrerequisiteRule = "mastered" | "practicing";

/**
 * Whether an activity's prerequisites are met, given the child's stage per activity.
 *
 * @param activity - the activity
 * @param stageOf - the child's current stage of an activity (undefined when never presented)
 * @param activities - all activities by id (to know which prerequisites are masterable)
 * @param rule - see {@link PrerequisiteRule}
 * @returns true when every prerequisite is met
 * @example
 * ```ts
 * prerequisitesMet(brownStair, (id) => stages.get(id), catalog, "mastered"); // => true once pink tower is mastered
 * ```
 * @category Planning
 */
export function prerequisitesMet(
  activity: Activity,
  stageOf: (id: string) => Stage | undefined,
  activities: ReadonlyMap<string, Activity>,
  rule: PrerequisiteRule = "mastered",
): boolean {
  for (const p of activity.prerequisites) {
    const stage = stageOf(p);
    const prereq = activities.get(p);
    if (prereq === undefined) continue; // an unknown prerequisite is reported by checkCentre, not a blocker
    if (stage === "mastered") continue;
    if (stage === undefined) return false;
    if (!prereq.masterable) continue; // open-ended work only needs to have been presented
    if (rule === "practicing" && stage === "practicing") continue;
    return false;
  }
  return true;
}

/**
 * Whether a child of `months` completed months is inside an activity's age window.
 *
 * @param activity - the activity
 * @param months - completed months of age
 * @returns true when `from <= months < to`
 * @example
 * ```ts
 * inAgeWindow(pinkTower, 30); // => true for a window [24, 60)
 * ```
 * @category Planning
 */
export function inAgeWindow(activity: Activity, months: number): boolean {
  return months >= activity.ageMonths.from && months < activity.ageMonths.to;
}

/**
 * How many activities list each activity as a prerequisite ("gateway" lessons open many others).
 *
 * @param activities - all activities
 * @returns a map from id to the number of direct dependents
 * @example
 * ```ts
 * dependentsCount(catalog).get("mont.sensorial.red-rods"); // => 3
 * ```
 * @category Planning
 */
export function dependentsCount(activities: Iterable<Activity>): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of activities) for (const p of a.prerequisites) out.set(p, (out.get(p) ?? 0) + 1);
  return out;
}

const gatewayCache = new WeakMap<object, ReadonlyMap<string, number>>();

/**
 * How many activities still offered (not retired) list each activity as a prerequisite, computed
 * once per resolved curriculum. Reports ("next lessons") and weekly plans ("opens two more
 * lessons") both rank gateway lessons with it, so they always agree.
 *
 * @param curriculum - a resolved curriculum
 * @returns a map from id to the number of direct dependents that are not retired
 * @example
 * ```ts
 * gatewayCounts(resolveCurriculum(centre)).get("mont.sensorial.pink-tower"); // => 1
 * ```
 * @category Planning
 */
export function gatewayCounts(curriculum: Pick<ResolvedCurriculum, "activities" | "retired">): ReadonlyMap<string, number> {
  let counts = gatewayCache.get(curriculum);
  if (counts === undefined) {
    counts = dependentsCount([...curriculum.activities.values()].filter((a) => !curriculum.retired.has(a.id)));
    gatewayCache.set(curriculum, counts);
  }
  return counts;
}
