/**
 * What to observe this week (the assessment plan of an RPPM).
 *
 * Two kinds of item, needs first:
 * - `need`: an indicator, goal or milestone a child is behind on that one of the child's
 *   presentations this week works on (the strongest need named in its reasons): observe whether
 *   it moves.
 * - `unobserved`: for a presentation that works on none of the child's needs, the first STPPA
 *   indicator (by id) of the child's own age band that the lesson supports and that was never
 *   assessed for the child on or before `asOf`: a chance to gather evidence.
 *
 * @module
 */
import type { ResolvedCurriculum } from "../curricula/resolve.js";
import type { ActivityId, ChildId, Level } from "../model/index.js";
import type { ChildProgress } from "../progress/fold.js";
import type { CalendarDate } from "../time/index.js";
import { indicatorText } from "./needs.js";
import type { Placement } from "./schedule.js";
import { copyText } from "./words.js";
import type { ObserveItem } from "./schema.js";

/** What the observe builder needs to know about a child. */
export interface ObservedChild {
  readonly child: { readonly id: ChildId };
  readonly ageMonths: number;
  readonly progress: ChildProgress;
}

interface Acc {
  readonly indicator: string;
  readonly purpose: "need" | "unobserved";
  readonly children: Map<ChildId, Level | undefined>;
  readonly activities: Set<ActivityId>;
  readonly dates: Set<CalendarDate>;
  points: number;
}

/**
 * Builds the week's observation list and, per placed presentation, the ids to observe.
 *
 * @param cells - placed presentations per cell
 * @param days - working days
 * @param slotsPerDay - slots per day
 * @param children - the plan's children
 * @param asOf - the cut-off date
 * @param curriculum - the resolved curriculum
 */
export function buildObserve(
  cells: readonly (readonly Placement[])[],
  days: readonly CalendarDate[],
  slotsPerDay: number,
  children: readonly ObservedChild[],
  asOf: CalendarDate,
  curriculum: ResolvedCurriculum,
): { items: ObserveItem[]; forPlacement(p: Placement): readonly string[] } {
  const byChild = new Map<string, ObservedChild>(children.map((c) => [c.child.id, c]));
  const acc = new Map<string, Acc>();
  const perPlacement = new Map<Placement, string[]>();
  const supportsCache = new Map<string, readonly string[]>();
  const sortedSupports = (activity: Placement["activity"]): readonly string[] => {
    let hit = supportsCache.get(activity.id);
    if (hit === undefined) {
      hit = [...activity.supports].sort();
      supportsCache.set(activity.id, hit);
    }
    return hit;
  };
  const add = (key: Acc["purpose"], indicator: string, child: ChildId, level: Level | undefined, activity: ActivityId, date: CalendarDate, points: number) => {
    const k = `${key}|${indicator}`;
    let a = acc.get(k);
    if (a === undefined) {
      a = { indicator, purpose: key, children: new Map(), activities: new Set(), dates: new Set(), points: 0 };
      acc.set(k, a);
    }
    a.children.set(child, level);
    a.activities.add(activity);
    a.dates.add(date);
    a.points = Math.max(a.points, points);
  };
  cells.forEach((placements, cell) => {
    const date = days[Math.floor(cell / slotsPerDay)]!;
    for (const p of placements) {
      const needs: string[] = [];
      const unobserved: string[] = [];
      for (const m of p.members) {
        // The strongest need named in the child's reasons: one thing to watch for per child and
        // presentation keeps the assessment plan short enough to use in class.
        const named = m.needs.slice(0, 1);
        for (const n of named) {
          add("need", n.indicator, m.child, n.level, p.activity.id, date, n.points);
          if (!needs.includes(n.indicator)) needs.push(n.indicator);
        }
        if (named.length > 0) continue;
        const c = byChild.get(m.child);
        if (c === undefined) continue;
        // Otherwise one indicator of the child's band the lesson supports and nobody has
        // assessed yet: a chance to gather evidence.
        for (const s of sortedSupports(p.activity)) {
          const ref = curriculum.indicators.get(s);
          if (ref?.kind !== "indicator" || ref.framework.kind !== "stppa") continue;
          if (c.ageMonths < ref.band.fromMonths || c.ageMonths >= ref.band.toMonths) continue;
          const history = c.progress.levels.get(s);
          if (history !== undefined && history.some((e) => e.date <= asOf)) continue;
          add("unobserved", s, m.child, undefined, p.activity.id, date, 0);
          if (!unobserved.includes(s)) unobserved.push(s);
          break;
        }
      }
      perPlacement.set(p, [...needs, ...unobserved.sort().filter((s) => !needs.includes(s))]);
    }
  });
  const items = [...acc.values()]
    .sort(
      (a, b) =>
        (a.purpose === b.purpose ? 0 : a.purpose === "need" ? -1 : 1) ||
        b.children.size - a.children.size ||
        b.points - a.points ||
        (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0),
    )
    .map((a): ObserveItem => {
      const text = indicatorText(a.indicator, curriculum);
      return {
        indicator: a.indicator,
        ...(text !== undefined ? { text: copyText(text) } : {}),
        purpose: a.purpose,
        children: [...a.children.entries()]
          .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
          .map(([child, level]) => (level !== undefined ? { child, level } : { child })),
        activities: [...a.activities].sort(),
        dates: [...a.dates].sort(),
      } as ObserveItem;
    });
  return { items, forPlacement: (p) => perPlacement.get(p) ?? [] };
}
