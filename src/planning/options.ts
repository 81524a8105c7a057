/**
 * Options of {@link weeklyPlan}, their defaults, and the documented scoring weights.
 *
 * @module
 */
import { type Issue, ValidationError } from "../errors/index.js";
import type { ActivityId, Area, Centre, Group, LocalizedText } from "../model/index.js";
import type { PrerequisiteRule } from "../curricula/sequence.js";
import { AREAS, PLAN_DEFAULTS, defaultAreaBalance, normalizeBalance } from "./defaults.js";
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
  /** Presentation slots per working day (parts of the morning work cycle). Default 3. */
  readonly slotsPerDay?: number;
  /** Most first presentations per child per week. Default 4. */
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
  const slotsPerDay = int(options.slotsPerDay, PLAN_DEFAULTS.slotsPerDay, 1, 12, "slotsPerDay");
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

