/**
 * The daily plan (RPPH): one day of a weekly plan, laid out as an RPPH is written (opening, core
 * activities, closing, materials to prepare, what to observe).
 *
 * @module
 */
import { ValidationError } from "../errors/index.js";
import type { ChildId, LocalizedText, MaterialId } from "../model/index.js";
import { type CalendarDate, addDays, calendarDateProblem, weekday } from "../time/index.js";
import {
  DAILY_PLAN_FORMAT,
  type DailyPlan,
  type DailyStep,
  type ObserveItem,
  PLAN_VERSION,
  type PlanRoutine,
  type PlanSlot,
  type WeeklyPlan,
} from "./schema.js";

/** A deep copy of plain plan data (plans never share objects with each other). */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The daily plan (RPPH) of one day of a weekly plan. The opening (greeting, prayer, talk about
 * the theme, introducing the work cycle) and closing (tidying up, recalling the day, prayer,
 * goodbye) follow the usual RPPH order; the core is the day's slots; the materials list gives, per
 * material, the most copies any slot of the day uses; the observation list keeps the weekly items
 * worked on that day, narrowed to that day's children and activities.
 *
 * @param plan - a weekly plan from {@link weeklyPlan}
 * @param date - a date of the plan's week
 * @returns the day's plan; on a holiday or non-working weekday `workingDay` is false and the
 *   core is empty
 * @throws {@link ValidationError} when the date is not a date of the plan's week
 * @example
 * ```ts
 * const day = dailyPlan(plan, "2026-12-01");
 * day.opening; // => ["greeting", "prayer", "theme-talk", "work-cycle-intro"]
 * day.core.length; // => 3 (slots)
 * ```
 * @category Planning
 */
export function dailyPlan(plan: WeeklyPlan, date: CalendarDate | string): DailyPlan {
  const problem = calendarDateProblem(date);
  if (problem !== undefined) throw new ValidationError([{ path: "date", code: "invalid_date", message: problem }]);
  const day = date as CalendarDate;
  if (day < plan.week || day > addDays(plan.week, 6)) {
    throw new ValidationError([
      { path: "date", code: "invalid_value", message: `date ${day} is not in the week of ${plan.week}` },
    ]);
  }
  const planDay = plan.days.find((d) => d.date === day);
  const core: PlanSlot[] = planDay === undefined ? [] : clone(planDay.slots as PlanSlot[]);

  const materials = new Map<string, { material: MaterialId; name: LocalizedText; needed: number; copies: number }>();
  for (const slot of core) {
    const used = new Map<string, number>();
    for (const p of slot.presentations) {
      for (const m of p.materials) {
        used.set(m.material, (used.get(m.material) ?? 0) + 1);
        if (!materials.has(m.material)) materials.set(m.material, { material: m.material, name: clone(m.name), needed: 0, copies: m.copies });
      }
    }
    for (const [id, n] of used) {
      const entry = materials.get(id)!;
      entry.needed = Math.max(entry.needed, n);
    }
  }

  const byIndicator = new Map<string, ObserveItem[]>();
  for (const item of plan.observe) {
    if (!item.dates.includes(day)) continue;
    const list = byIndicator.get(item.indicator) ?? [];
    list.push(item);
    byIndicator.set(item.indicator, list);
  }
  const observed = new Map<string, { item: ObserveItem; children: Set<string>; activities: Set<string> }>();
  for (const slot of core) {
    for (const p of slot.presentations) {
      const inPresentation = new Set<string>(p.children.map((c) => c.child));
      for (const id of p.observe) {
        for (const item of byIndicator.get(id) ?? []) {
          const kids = item.children.filter((c) => inPresentation.has(c.child));
          if (kids.length === 0) continue;
          const key = `${item.purpose}|${item.indicator}`;
          const acc = observed.get(key) ?? { item, children: new Set(), activities: new Set() };
          for (const k of kids) acc.children.add(k.child);
          acc.activities.add(p.activity);
          observed.set(key, acc);
        }
      }
    }
  }
  const observe = plan.observe.flatMap((item): ObserveItem[] => {
    const acc = observed.get(`${item.purpose}|${item.indicator}`);
    if (acc === undefined) return [];
    return [
      {
        ...clone(item),
        children: clone(item.children.filter((c) => acc.children.has(c.child))),
        activities: item.activities.filter((a) => acc.activities.has(a)),
        dates: [day],
      } as ObserveItem,
    ];
  });

  const opening: DailyStep[] = ["greeting", "prayer", ...(plan.theme !== undefined ? (["theme-talk"] as const) : []), "work-cycle-intro"];
  const closing: DailyStep[] = ["tidy-up", "recall", "closing-prayer", "goodbye"];
  const present = plan.children.filter((c) => c.availableDays.includes(day));
  return {
    format: DAILY_PLAN_FORMAT,
    version: PLAN_VERSION,
    centre: plan.centre,
    group: clone(plan.group),
    educators: clone(plan.educators),
    date: day,
    weekday: weekday(day),
    workingDay: planDay !== undefined,
    locale: plan.locale,
    ...(plan.theme !== undefined ? { theme: clone(plan.theme) } : {}),
    opening: planDay !== undefined ? opening : [],
    core,
    ...(planDay?.routines !== undefined ? { routines: clone(planDay.routines as PlanRoutine[]) } : {}),
    closing: planDay !== undefined ? closing : [],
    materials: [...materials.values()].sort((a, b) => (a.material < b.material ? -1 : 1)),
    observe,
    children: present.map((c) => ({ child: c.child as ChildId, name: c.name, ...(c.nickname !== undefined ? { nickname: c.nickname } : {}) })),
  } as DailyPlan;
}
