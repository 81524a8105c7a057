/**
 * Options of {@link weeklyPlan}, their defaults, and the documented scoring weights.
 *
 * @module
 */
import { type Issue, ValidationError } from "../errors/index.js";
import type { ActivityId, Area, Centre, Group, LocalizedText } from "../model/index.js";
import type { PrerequisiteRule } from "../curricula/sequence.js";
import { AREAS, PLAN_DEFAULTS, defaultAreaBalance, normalizeBalance } from "./defaults.js";
import { type CareRoutine, CareRoutineSchema, type PlanRoutine, TimeOfDaySchema } from "./schema.js";
import {
  type CalendarDate,
  type Locale,
  type Weekday,
  addDays,
  calendarDateProblem,
  mondayOf,
} from "../time/index.js";

/**
 * Target share of each Montessori area in a child's week. Numbers are weights (they need not sum
 * to 100); a missing area counts 0.
 *
 * @example
 * ```ts
 * const balance: AreaBalance = { "practical-life": 2, sensorial: 1 }; // two thirds practical life
 * ```
 * @category Planning
 */
export type AreaBalance = Partial<Readonly<Record<Area, number>>>;

/**
 * The week's theme: tema (and subtema) as text or as `{ id, en }`, and the activities that fit it
 * (they get the theme weight).
 *
 * @example
 * ```ts
 * const theme: ThemeInput = { name: "Tanah Airku", subtheme: "Pulau", activities: ["mont.culture.puzzle-map-indonesia"] };
 * ```
 * @category Planning
 */
export interface ThemeInput {
  readonly name: string | LocalizedText;
  readonly subtheme?: string | LocalizedText;
  readonly activities?: readonly string[];
}

/**
 * One block of the day's timetable: a lesson slot (no `care`), or a care routine (`care`: meal,
 * milk, sleep, nappy …) during which no lesson is scheduled. Times are `HH:MM`, `end` after
 * `start`; blocks are given in order and do not overlap.
 *
 * @example
 * ```ts
 * const day: DayBlockInput[] = [
 *   { start: "07:30", end: "08:30", care: "arrival" },
 *   { start: "08:30", end: "09:30" },
 *   { start: "09:30", end: "10:00", care: "snack" },
 *   { start: "10:00", end: "11:00" },
 *   { start: "11:00", end: "12:00", care: "meal" },
 *   { start: "12:00", end: "14:00", care: "sleep", name: "Tidur siang" },
 * ];
 * ```
 * @category Planning
 */
export interface DayBlockInput {
  readonly start: string;
  readonly end: string;
  /** The care routine of the block; absent for a lesson slot. */
  readonly care?: CareRoutine;
  /** The routine's name as educators say it; default from `care` (e.g. "Makan siang"). */
  readonly name?: string | LocalizedText;
}

/** Default names of the care routines (ours, for the plan's text). */
const ROUTINE_NAMES: Record<CareRoutine, LocalizedText> = {
  arrival: { id: "Kedatangan dan penyambutan", en: "Arrival and welcome" },
  meal: { id: "Makan", en: "Meal" },
  snack: { id: "Makan selingan", en: "Snack" },
  milk: { id: "Minum susu / ASI perah", en: "Milk" },
  sleep: { id: "Tidur", en: "Sleep" },
  nappy: { id: "Ganti popok dan toilet", en: "Nappies and toilet" },
  bath: { id: "Mandi", en: "Bath" },
  departure: { id: "Penjemputan", en: "Departure" },
};

function minutesOf(t: string): number {
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}

/**
 * Options for {@link weeklyPlan}. Every option has a default; `week` or `asOf` must be given
 * (tumbuh has no clock).
 *
 * @example
 * ```ts
 * const options: WeeklyPlanOptions = {
 *   week: "2026-12-02", // any day of the week: plans start on Monday 30 November
 *   holidays: ["2026-12-25"],
 *   theme: { name: { id: "Diriku", en: "Myself" }, subtheme: "Tubuhku" },
 * };
 * ```
 * @category Planning
 */
export interface WeeklyPlanOptions {
  /** Any date of the week to plan (plans start on Monday). Default: the week after `asOf`'s week. */
  readonly week?: CalendarDate | string;
  /** Observations dated after this day are ignored. Default: the day before the week's Monday. */
  readonly asOf?: CalendarDate | string;
  /** Working ISO weekdays (1 = Monday). Default: the centre's `settings.workingWeekdays`. */
  readonly workingDays?: readonly Weekday[];
  /** Dates skipped, added to the centre's `settings.holidays`. Default: none beyond those. */
  readonly holidays?: readonly (CalendarDate | string)[];
  /** Presentation slots per working day (parts of the morning work cycle). Default 3, or the lesson blocks of `daySchedule`. */
  readonly slotsPerDay?: number;
  /**
   * The day's timetable: lesson slots and care routines (meals, milk, naps, nappies) in order.
   * When given, its lesson blocks are the day's slots, the slot capacity is at most the block's
   * minutes per educator, and the care blocks are listed in every day of the plan with no lesson
   * in them. Default none (`slotsPerDay` untimed slots).
   */
  readonly daySchedule?: readonly DayBlockInput[];
  /** Most first presentations per child per week. Default 4, or 6 for a child under 36 months. */
  readonly maxNewPresentationsPerChild?: number;
  /** Most lessons in practice shown again per child per week. Default 1. */
  readonly maxPracticeAgainPerChild?: number;
  /** A lesson in practice not seen for this many days (to the Monday) is shown again. Default 14. */
  readonly practiceAgainAfterDays?: number;
  /** When a prerequisite still being practised counts as met. Default `"mastered"` (see docs). */
  readonly prerequisiteRule?: PrerequisiteRule;
  /**
   * Educator minutes available per slot, per educator of the group. Default 60 (a three-hour work
   * cycle in three slots); `null` means unlimited.
   */
  readonly educatorMinutesPerSlot?: number | null;
  /** Area balance for every child, or a function of age in months. Default {@link defaultAreaBalance}. */
  readonly areaBalance?: AreaBalance | ((ageMonths: number) => AreaBalance);
  /** Theme (tema / subtema). Default none. */
  readonly theme?: ThemeInput;
  /** Varies the order of exact score ties only (0, the default, breaks ties by id). */
  readonly seed?: number;
  /** Language of the reason texts in the plan. Default: the centre's `settings.defaultLocale`. */
  readonly locale?: Locale;
  /**
   * Indicator, CP, milestone or KPSP-domain ids the caller considers behind for every child of the
   * group (a hook for screening results). Default none.
   */
  readonly extraNeeds?: readonly string[];
}

/** Options with every default applied, checked. */
export interface ResolvedOptions {
  readonly monday: CalendarDate;
  readonly asOf: CalendarDate;
  readonly workingDays: readonly Weekday[];
  readonly holidays: readonly CalendarDate[];
  readonly slotsPerDay: number;
  readonly maxNew: number;
  /** The limit for children under 36 months (equal to `maxNew` when the option was given). */
  readonly maxNewUnder3: number;
  /** Start and end of each slot, when a `daySchedule` was given. */
  readonly slotTimes: readonly { readonly start: string; readonly end: string }[] | undefined;
  /** Educator minutes per slot for the group, per slot (undefined = unlimited). */
  readonly slotCapacities: readonly (number | undefined)[];
  /** The day's care routines, when a `daySchedule` was given. */
  readonly routines: readonly PlanRoutine[] | undefined;
  readonly maxPracticeAgain: number;
  readonly practiceAgainAfterDays: number;
  readonly prerequisiteRule: PrerequisiteRule;
  readonly slotCapacity: number | undefined;
  readonly balanceFor: (ageMonths: number) => Record<Area, number>;
  readonly fixedBalance: Record<Area, number> | undefined;
  readonly theme: { name: LocalizedText; subtheme?: LocalizedText; activities: readonly ActivityId[] } | undefined;
  readonly seed: number;
  readonly locale: Locale;
  readonly extraNeeds: readonly string[];
}

/** Remembers a balance per age in months (children of a group share a handful of ages). */
function memo(f: (ageMonths: number) => Record<Area, number>): (ageMonths: number) => Record<Area, number> {
  const seen = new Map<number, Record<Area, number>>();
  return (m) => {
    let hit = seen.get(m);
    if (hit === undefined) {
      hit = f(m);
      seen.set(m, hit);
    }
    return hit;
  };
}

function text(t: string | LocalizedText): LocalizedText {
  return typeof t === "string" ? { id: t } : t;
}

/**
 * Applies the defaults and checks the options.
 *
 * @throws {@link ValidationError} listing every bad option
 */
export function resolveOptions(centre: Centre, group: Group, options: WeeklyPlanOptions): ResolvedOptions {
  const issues: Issue[] = [];
  const date = (value: unknown, path: string): CalendarDate | undefined => {
    if (value === undefined) return undefined;
    const problem = calendarDateProblem(value);
    if (problem === undefined) return value as CalendarDate;
    issues.push({ path, code: "invalid_date", message: problem });
    return undefined;
  };
  const int = (value: number | undefined, fallback: number, min: number, max: number, path: string): number => {
    if (value === undefined) return fallback;
    if (!Number.isInteger(value) || value < min || value > max) {
      issues.push({ path, code: "invalid_value", message: `expected an integer from ${min} to ${max}, got ${String(value)}` });
      return fallback;
    }
    return value;
  };
  const week = date(options.week, "week");
  const asOfGiven = date(options.asOf, "asOf");
  if (options.week === undefined && options.asOf === undefined) {
    issues.push({ path: "week", code: "missing", message: "give the week to plan (any date in it) or asOf" });
  }
  const holidays: CalendarDate[] = [...centre.settings.holidays];
  (options.holidays ?? []).forEach((h, i) => {
    const d = date(h, `holidays[${i}]`);
    if (d !== undefined) holidays.push(d);
  });
  const workingDays = [...(options.workingDays ?? (centre.settings.workingWeekdays as readonly Weekday[]))];
  workingDays.forEach((w, i) => {
    if (!Number.isInteger(w) || w < 1 || w > 7) {
      issues.push({ path: `workingDays[${i}]`, code: "invalid_value", message: `expected a weekday 1–7, got ${String(w)}` });
    }
  });
  let slotTimes: { start: string; end: string }[] | undefined;
  let routines: PlanRoutine[] | undefined;
  if (options.daySchedule !== undefined) {
    slotTimes = [];
    routines = [];
    let previousEnd = -1;
    options.daySchedule.forEach((b, i) => {
      const path = `daySchedule[${i}]`;
      const start = TimeOfDaySchema.safeParse(b?.start);
      const end = TimeOfDaySchema.safeParse(b?.end);
      if (!start.success) issues.push({ path: `${path}.start`, code: "invalid_value", message: `expected a time HH:MM, got ${JSON.stringify(b?.start)}` });
      if (!end.success) issues.push({ path: `${path}.end`, code: "invalid_value", message: `expected a time HH:MM, got ${JSON.stringify(b?.end)}` });
      if (b?.care !== undefined && !CareRoutineSchema.safeParse(b.care).success) {
        issues.push({ path: `${path}.care`, code: "invalid_value", message: `expected ${CareRoutineSchema.options.join(" | ")}, got ${JSON.stringify(b.care)}` });
      }
      if (!start.success || !end.success) return;
      const from = minutesOf(start.data);
      const to = minutesOf(end.data);
      if (to <= from) issues.push({ path: `${path}.end`, code: "invalid_value", message: `end ${end.data} is not after start ${start.data}` });
      if (from < previousEnd) issues.push({ path: `${path}.start`, code: "invalid_value", message: `starts at ${start.data}, before the previous block ends` });
      previousEnd = Math.max(previousEnd, to);
      if (b.care === undefined) slotTimes!.push({ start: start.data, end: end.data });
      else if (CareRoutineSchema.safeParse(b.care).success) {
        routines!.push({ start: start.data, end: end.data, care: b.care, name: b.name === undefined ? ROUTINE_NAMES[b.care] : text(b.name) });
      }
    });
    if (options.daySchedule.length > 0 && slotTimes.length === 0) {
      issues.push({ path: "daySchedule", code: "invalid_value", message: "the day has no lesson block (a block without care)" });
    }
    if (options.daySchedule.length === 0) issues.push({ path: "daySchedule", code: "invalid_value", message: "expected at least one block" });
    if (options.slotsPerDay !== undefined && options.slotsPerDay !== slotTimes.length) {
      issues.push({ path: "slotsPerDay", code: "invalid_value", message: `daySchedule has ${slotTimes.length} lesson blocks, slotsPerDay says ${String(options.slotsPerDay)}` });
    }
  }
  const slotsPerDay = slotTimes !== undefined && slotTimes.length > 0 ? slotTimes.length : int(options.slotsPerDay, PLAN_DEFAULTS.slotsPerDay, 1, 12, "slotsPerDay");
  const maxNew = int(options.maxNewPresentationsPerChild, PLAN_DEFAULTS.maxNewPresentationsPerChild, 0, 50, "maxNewPresentationsPerChild");
  const maxPracticeAgain = int(options.maxPracticeAgainPerChild, PLAN_DEFAULTS.maxPracticeAgainPerChild, 0, 50, "maxPracticeAgainPerChild");
  const practiceAgainAfterDays = int(options.practiceAgainAfterDays, PLAN_DEFAULTS.practiceAgainAfterDays, 1, 365, "practiceAgainAfterDays");
  const seed = int(options.seed, PLAN_DEFAULTS.seed, -(2 ** 31), 2 ** 31 - 1, "seed");
  const rule = options.prerequisiteRule ?? PLAN_DEFAULTS.prerequisiteRule;
  if (rule !== "mastered" && rule !== "practicing") {
    issues.push({ path: "prerequisiteRule", code: "invalid_value", message: `expected mastered | practicing, got ${String(rule)}` });
  }
  const locale = options.locale ?? centre.settings.defaultLocale;
  if (locale !== "id" && locale !== "en") issues.push({ path: "locale", code: "invalid_value", message: `expected id | en, got ${String(locale)}` });
  const perEducator = options.educatorMinutesPerSlot === undefined ? PLAN_DEFAULTS.educatorMinutesPerSlot : options.educatorMinutesPerSlot;
  if (perEducator !== null && (!Number.isInteger(perEducator) || perEducator < 1 || perEducator > 1440)) {
    issues.push({ path: "educatorMinutesPerSlot", code: "invalid_value", message: `expected minutes 1–1440 or null, got ${String(perEducator)}` });
  }
  const balance = options.areaBalance;
  let fixedBalance: Record<Area, number> | undefined;
  if (balance !== undefined && typeof balance !== "function") {
    for (const [k, v] of Object.entries(balance)) {
      if (!AREAS.includes(k as Area)) issues.push({ path: `areaBalance.${k}`, code: "unrecognized_key", message: `unknown area ${JSON.stringify(k)}` });
      else if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
        issues.push({ path: `areaBalance.${k}`, code: "invalid_value", message: `expected a weight ≥ 0, got ${String(v)}` });
      }
    }
    fixedBalance = normalizeBalance(balance);
  }
  if (issues.length > 0) throw new ValidationError(issues);

  const monday = week !== undefined ? mondayOf(week) : addDays(mondayOf(asOfGiven!), 7);
  const fixed = fixedBalance;
  const fn = typeof balance === "function" ? balance : undefined;
  const theme = options.theme;
  return {
    monday,
    asOf: asOfGiven ?? addDays(monday, -1),
    workingDays: [...new Set(workingDays)].sort((a, b) => a - b),
    holidays: [...new Set(holidays)].sort(),
    slotsPerDay,
    maxNew,
    maxNewUnder3: options.maxNewPresentationsPerChild === undefined ? PLAN_DEFAULTS.maxNewPresentationsPerChildUnder3 : maxNew,
    slotTimes,
    slotCapacities: Array.from({ length: slotsPerDay }, (_, i) => {
      if (perEducator === null) return undefined;
      const t = slotTimes?.[i];
      const perSlot = t === undefined ? perEducator : Math.min(perEducator, minutesOf(t.end) - minutesOf(t.start));
      return perSlot * Math.max(1, group.educators.length);
    }),
    routines,
    maxPracticeAgain,
    practiceAgainAfterDays,
    prerequisiteRule: rule,
    slotCapacity: perEducator === null ? undefined : perEducator * Math.max(1, group.educators.length),
    balanceFor: fixed !== undefined ? () => fixed : memo(fn !== undefined ? (m) => normalizeBalance(fn(m)) : (m) => normalizeBalance(defaultAreaBalance(m))),
    fixedBalance,
    theme:
      theme === undefined
        ? undefined
        : {
            name: text(theme.name),
            ...(theme.subtheme !== undefined ? { subtheme: text(theme.subtheme) } : {}),
            activities: [...new Set(theme.activities ?? [])].sort() as ActivityId[],
          },
    seed,
    locale,
    extraNeeds: [...new Set(options.extraNeeds ?? [])].sort(),
  };
}

