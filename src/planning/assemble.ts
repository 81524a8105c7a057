/**
 * Assembling the weekly plan document from the chooser's and the scheduler's results: fresh,
 * plain, serializable data in a fixed order (presentations in a slot by score, then activity id;
 * children by id; unplaced by activity; everything else sorted), with the reasons in words.
 *
 * @module
 */
import type { ResolvedCurriculum } from "../curricula/resolve.js";
import type { Activity, ActivityId, Area, Centre, Child, Group, Material } from "../model/index.js";
import type { ChildProgress } from "../progress/fold.js";
import { type CalendarDate, type Locale, weekday } from "../time/index.js";
import { AREAS } from "./defaults.js";
import type { Need } from "./needs.js";
import { buildObserve } from "./observe.js";
import type { ResolvedOptions } from "./options.js";
import type { ChildTally } from "./pick.js";
import type { Candidate } from "./choose.js";
import type { Member, Placement, WeekGrid } from "./schedule.js";
import {
  type ChildWeek,
  PLAN_VERSION,
  type PlanDay,
  type PlannedChild,
  type Presentation,
  type Unplaced,
  type UnplacedReason,
  WEEKLY_PLAN_FORMAT,
  type WeeklyPlan,
} from "./schema.js";
import { copyText, reasonsWords, unplacedWords } from "./words.js";

/** Everything the planner keeps about one child while planning. */
export interface PlanChildState {
  readonly child: Child;
  readonly ageMonths: number;
  readonly progress: ChildProgress;
  readonly available: boolean[];
  readonly balance: Record<Area, number>;
  readonly needs: readonly Need[];
  readonly candidates: readonly Candidate[];
  readonly tally: ChildTally;
  readonly unplaced: Set<ActivityId>;
}

/** A chosen presentation that could not be placed. */
export interface Failure {
  readonly activity: Activity;
  readonly members: readonly Member[];
  readonly reason: UnplacedReason;
}

function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function plannedChild(m: Member, locale: Locale): PlannedChild {
  return { child: m.child, kind: m.kind, score: m.score, reasons: [...m.reasons], why: reasonsWords(m.reasons, locale) } as PlannedChild;
}

/**
 * Builds the plan document.
 *
 * @param centre - the centre
 * @param group - the planned group
 * @param opts - the resolved options
 * @param days - the working days
 * @param states - the children's planning state, sorted by id
 * @param grid - the filled week grid
 * @param failures - presentations that could not be placed
 * @param curriculum - the resolved curriculum
 */
export function assemble(
  centre: Centre,
  group: Group,
  opts: ResolvedOptions,
  days: readonly CalendarDate[],
  states: readonly PlanChildState[],
  grid: WeekGrid,
  failures: readonly Failure[],
  curriculum: ResolvedCurriculum,
): WeeklyPlan {
  const { locale } = opts;
  const { materials } = curriculum;
  const observe = buildObserve(grid.cells, days, opts.slotsPerDay, states, opts.asOf, curriculum);
  const planned = new Map<string, ChildWeek["planned"][number][]>();
  const planDays: PlanDay[] = days.map((date, d) => ({
    date,
    weekday: weekday(date),
    slots: Array.from({ length: opts.slotsPerDay }, (_, s) => {
      const cell = d * opts.slotsPerDay + s;
      const placements = [...grid.cells[cell]!].sort(byPlacement);
      const times = opts.slotTimes?.[s];
      return {
        slot: s + 1,
        minutes: grid.minutes[cell]!,
        ...(times !== undefined ? { start: times.start, end: times.end } : {}),
        presentations: placements.map((p): Presentation => {
          for (const m of p.members) {
            const list = planned.get(m.child) ?? [];
            list.push({ date, slot: s + 1, activity: p.activity.id, kind: m.kind } as ChildWeek["planned"][number]);
            planned.set(m.child, list);
          }
          return presentation(p, materials, observe.forPlacement(p), locale);
        }),
      };
    }),
    ...(opts.routines !== undefined ? { routines: opts.routines.map((r) => ({ ...r, name: { ...r.name } })) } : {}),
  }));

  const merged = new Map<string, Unplaced & { children: PlannedChild[] }>();
  for (const f of failures) {
    const key = `${f.activity.id}|${JSON.stringify(f.reason)}`;
    const entry = merged.get(key);
    const kids = f.members.map((m) => plannedChild(m, locale));
    if (entry) entry.children.push(...kids);
    else {
      merged.set(key, {
        activity: f.activity.id,
        name: copyText(f.activity.name),
        area: f.activity.area,
        children: kids,
        reason: f.reason,
        why: unplacedWords(f.reason, locale),
      } as Unplaced & { children: PlannedChild[] });
    }
  }
  const unplaced = [...merged.values()]
    .map((u) => ({ ...u, children: [...u.children].sort((a, b) => (a.child < b.child ? -1 : a.child > b.child ? 1 : 0)) }))
    .sort((a, b) => (a.activity < b.activity ? -1 : a.activity > b.activity ? 1 : a.children[0]!.child < b.children[0]!.child ? -1 : 1));

  const children = states.map((s): ChildWeek => {
    const list = (planned.get(s.child.id) ?? []).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.slot - b.slot));
    const balance = {} as Record<Area, number>;
    for (const a of AREAS) balance[a] = Math.round(s.balance[a] * 1000) / 10;
    return {
      child: s.child.id,
      name: s.child.name,
      ...(s.child.nickname !== undefined ? { nickname: s.child.nickname } : {}),
      ageMonths: s.ageMonths,
      areaBalance: balance,
      availableDays: days.filter((_, i) => s.available[i]),
      planned: list,
      newPresentations: list.filter((p) => p.kind === "new").length,
      practiceAgain: list.filter((p) => p.kind === "practice-again").length,
      needs: s.needs.slice(0, 8).map((n) => ({
        indicator: n.indicator,
        kind: n.kind,
        ...(n.level !== undefined ? { level: n.level } : {}),
        ...(n.text !== undefined ? { text: copyText(n.text) } : {}),
        points: n.points,
      })),
      unplaced: [...s.unplaced].sort(),
    } as ChildWeek;
  });

  const educators = group.educators.map((id) => ({ id, name: centre.educators.find((e) => e.id === id)?.name ?? id }));
  return {
    format: WEEKLY_PLAN_FORMAT,
    version: PLAN_VERSION,
    centre: centre.settings.name,
    group: { id: group.id, name: group.name },
    educators,
    week: opts.monday,
    asOf: opts.asOf,
    locale,
    seed: opts.seed,
    settings: {
      workingDays: [...opts.workingDays],
      holidays: [...opts.holidays],
      slotsPerDay: opts.slotsPerDay,
      maxNewPresentationsPerChild: opts.maxNew,
      ...(opts.maxNewUnder3 !== opts.maxNew && states.some((st) => st.ageMonths < 36) ? { maxNewPresentationsUnder3: opts.maxNewUnder3 } : {}),
      maxPracticeAgainPerChild: opts.maxPracticeAgain,
      practiceAgainAfterDays: opts.practiceAgainAfterDays,
      prerequisiteRule: opts.prerequisiteRule,
      ...(opts.slotCapacity !== undefined ? { slotCapacityMinutes: opts.slotCapacity } : {}),
      ...(opts.fixedBalance !== undefined ? { areaBalance: { ...opts.fixedBalance } } : {}),
      extraNeeds: [...opts.extraNeeds],
    },
    ...(opts.theme !== undefined
      ? {
          theme: {
            name: copyText(opts.theme.name),
            ...(opts.theme.subtheme !== undefined ? { subtheme: copyText(opts.theme.subtheme) } : {}),
            activities: [...opts.theme.activities],
          },
        }
      : {}),
    days: planDays,
    children,
    unplaced,
    observe: observe.items,
  } as WeeklyPlan;
}

function placementScore(p: Placement): number {
  let s = 0;
  for (const m of p.members) s += m.score;
  return s;
}

function byPlacement(a: Placement, b: Placement): number {
  return placementScore(b) - placementScore(a) || byId(a.activity, b.activity) || (a.members[0]!.child < b.members[0]!.child ? -1 : 1);
}

function presentation(p: Placement, materials: ReadonlyMap<string, Material>, observe: readonly string[], locale: Locale): Presentation {
  const a = p.activity;
  return {
    activity: a.id,
    name: copyText(a.name),
    area: a.area,
    grouping: a.grouping,
    maxChildren: a.maxChildren,
    minutes: a.minutes,
    materials: [...new Set(a.materials)].sort().map((id) => {
      const m = materials.get(id);
      return { material: id, name: copyText(m?.name ?? { id }), copies: m?.copies ?? 0 };
    }),
    children: p.members.map((m) => plannedChild(m, locale)),
    observe: [...observe],
  } as Presentation;
}
