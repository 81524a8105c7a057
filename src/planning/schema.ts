/**
 * The shape of a weekly plan (RPPM, rencana pelaksanaan pembelajaran mingguan) and a daily plan
 * (RPPH, rencana pelaksanaan pembelajaran harian): plain, serializable data with a version, so an
 * app can store a plan, send it to a tablet and render it later without the centre.
 *
 * Every reason is typed data (`{ kind: "next-after", … }`); renderers turn it into words in
 * Bahasa Indonesia or English. Names and indicator texts are copied into the plan so it can be
 * rendered in either language on its own.
 *
 * @module
 */
import * as z from "zod";
import {
  ActivityIdSchema,
  AreaSchema,
  ChildIdSchema,
  type DeepReadonly,
  EducatorIdSchema,
  GroupIdSchema,
  GroupingSchema,
  IndicatorIdSchema,
  LevelSchema,
  LocalizedTextSchema,
  MaterialIdSchema,
  StageSchema,
} from "../model/index.js";
import { CalendarDateSchema } from "../time/index.js";

/**
 * The format tag of a weekly plan document.
 *
 * @example
 * ```ts
 * weeklyPlan(centre, "g-45", { week: "2026-11-30" }).format; // => "tumbuh.weekly-plan"
 * ```
 * @category Planning
 */
export const WEEKLY_PLAN_FORMAT = "tumbuh.weekly-plan";
/**
 * The format tag of a daily plan document.
 *
 * @example
 * ```ts
 * dailyPlan(plan, "2026-12-01").format; // => "tumbuh.daily-plan"
 * ```
 * @category Planning
 */
export const DAILY_PLAN_FORMAT = "tumbuh.daily-plan";
/**
 * The plan format version this release writes (weekly and daily plans carry it as `version`).
 *
 * @example
 * ```ts
 * PLAN_VERSION; // => 1
 * ```
 * @category Planning
 */
export const PLAN_VERSION = 1;

const score = z.number().finite();
const count = z.int().min(0);

/**
 * Why a presentation was chosen for a child, as data. Renderers put it into words.
 *
 * - `next-after`: the lesson follows `activity` in the sequence, which reached `stage` on `on`.
 * - `age-window`: a lesson without prerequisites, open from `fromMonths` months.
 * - `practice-again`: a lesson in practice (`stage`) not seen for `days` days (last on `since`).
 * - `supports`: it supports an indicator the child is at BB, MB or *belum muncul* on.
 * - `milestone`: it supports a CDC milestone not yet reached for the child's age.
 * - `extra-need`: it supports an id the caller marked as behind (`extraNeeds`, e.g. from KPSP).
 * - `gateway`: mastering it opens `opens` further lessons.
 * - `theme`: it belongs to the week's theme.
 *
 * @example
 * ```ts
 * PlanReasonSchema.parse({ kind: "gateway", opens: 3 }); // => { kind: "gateway", opens: 3 }
 * ```
 * @category Planning
 */
export const PlanReasonSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("next-after"),
    activity: ActivityIdSchema,
    name: LocalizedTextSchema,
    stage: StageSchema,
    on: CalendarDateSchema,
  }),
  z.strictObject({ kind: z.literal("age-window"), fromMonths: count }),
  z.strictObject({ kind: z.literal("practice-again"), stage: StageSchema, since: CalendarDateSchema, days: count }),
  z.strictObject({ kind: z.literal("supports"), indicator: IndicatorIdSchema, text: LocalizedTextSchema, level: LevelSchema }),
  z.strictObject({ kind: z.literal("milestone"), milestone: IndicatorIdSchema, text: LocalizedTextSchema, level: LevelSchema }),
  z.strictObject({ kind: z.literal("extra-need"), indicator: z.string().min(1), text: LocalizedTextSchema.optional() }),
  z.strictObject({ kind: z.literal("gateway"), opens: count }),
  z.strictObject({ kind: z.literal("theme"), theme: LocalizedTextSchema }),
]);
/** The `PlanReason` type, inferred from {@link PlanReasonSchema}. @category Planning */
export type PlanReason = DeepReadonly<z.output<typeof PlanReasonSchema>>;

/**
 * Whether a presentation is a child's first (`new`) or a lesson in practice shown again.
 *
 * @category Planning
 */
export const PresentationKindSchema = z.enum(["new", "practice-again"]);
/** The `PresentationKind` type, inferred from {@link PresentationKindSchema}. @category Planning */
export type PresentationKind = z.output<typeof PresentationKindSchema>;

/**
 * One child in a presentation, with the score and the reasons it was chosen.
 *
 * @category Planning
 */
export const PlannedChildSchema = z.strictObject({
  child: ChildIdSchema,
  kind: PresentationKindSchema,
  /** The score that ranked this lesson for this child (see `SCORE_WEIGHTS`). */
  score,
  reasons: z.array(PlanReasonSchema),
  /** The reasons in words, in the plan's locale. */
  why: z.string(),
});
/** The `PlannedChild` type, inferred from {@link PlannedChildSchema}. @category Planning */
export type PlannedChild = DeepReadonly<z.output<typeof PlannedChildSchema>>;

/**
 * A material a presentation uses, with the copies the centre has.
 *
 * @category Planning
 */
export const PlanMaterialSchema = z.strictObject({
  material: MaterialIdSchema,
  name: LocalizedTextSchema,
  copies: count,
});
/** The `PlanMaterial` type, inferred from {@link PlanMaterialSchema}. @category Planning */
export type PlanMaterial = DeepReadonly<z.output<typeof PlanMaterialSchema>>;

/**
 * One presentation: an activity given to one child or a group of children in a slot.
 *
 * @category Planning
 */
export const PresentationSchema = z.strictObject({
  activity: ActivityIdSchema,
  name: LocalizedTextSchema,
  area: AreaSchema,
  grouping: GroupingSchema,
  /** Most children the activity takes in one presentation. */
  maxChildren: z.int().min(1),
  /** Typical minutes of the presentation. */
  minutes: z.int().min(1),
  materials: z.array(PlanMaterialSchema),
  /** The children, sorted by id. */
  children: z.array(PlannedChildSchema).min(1),
  /** Indicator ids to observe during this presentation (needs first). */
  observe: z.array(z.string()),
});
/** The `Presentation` type, inferred from {@link PresentationSchema}. @category Planning */
export type Presentation = DeepReadonly<z.output<typeof PresentationSchema>>;

/**
 * A time of day, `HH:MM` on the 24-hour clock (the centre's local time).
 *
 * @example
 * ```ts
 * TimeOfDaySchema.parse("11:30"); // => "11:30"
 * ```
 * @category Planning
 */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "expected a time HH:MM (00:00–23:59)" });

/**
 * A care routine of the day (Glossary `careEntry`): arrival, meal, snack, milk, sleep (nap), nappy
 * or toilet, bath, departure. No lesson is ever scheduled during one.
 *
 * @category Planning
 */
export const CareRoutineSchema = z.enum(["arrival", "meal", "snack", "milk", "sleep", "nappy", "bath", "departure"]);
/** The `CareRoutine` type, inferred from {@link CareRoutineSchema}. @category Planning */
export type CareRoutine = z.output<typeof CareRoutineSchema>;

/**
 * A care block of the day's timetable, copied into every day of a plan made with a `daySchedule`.
 *
 * @category Planning
 */
export const PlanRoutineSchema = z.strictObject({
  start: TimeOfDaySchema,
  end: TimeOfDaySchema,
  care: CareRoutineSchema,
  name: LocalizedTextSchema,
});
/** The `PlanRoutine` type, inferred from {@link PlanRoutineSchema}. @category Planning */
export type PlanRoutine = DeepReadonly<z.output<typeof PlanRoutineSchema>>;

/**
 * A slot of a day (a part of the morning work cycle) and its presentations.
 *
 * @category Planning
 */
export const PlanSlotSchema = z.strictObject({
  /** 1-based slot number within the day. */
  slot: z.int().min(1),
  /** Educator minutes planned in the slot. */
  minutes: count,
  /** Start of the slot, when the plan was made with a `daySchedule`. */
  start: TimeOfDaySchema.optional(),
  /** End of the slot, when the plan was made with a `daySchedule`. */
  end: TimeOfDaySchema.optional(),
  presentations: z.array(PresentationSchema),
});
/** The `PlanSlot` type, inferred from {@link PlanSlotSchema}. @category Planning */
export type PlanSlot = DeepReadonly<z.output<typeof PlanSlotSchema>>;

/**
 * A working day of the plan.
 *
 * @category Planning
 */
export const PlanDaySchema = z.strictObject({
  date: CalendarDateSchema,
  /** ISO weekday, 1 = Monday. */
  weekday: z.int().min(1).max(7),
  slots: z.array(PlanSlotSchema),
  /** The day's care routines (meals, naps, nappies…), when the plan was made with a `daySchedule`. */
  routines: z.array(PlanRoutineSchema).optional(),
});
/** The `PlanDay` type, inferred from {@link PlanDaySchema}. @category Planning */
export type PlanDay = DeepReadonly<z.output<typeof PlanDaySchema>>;

/**
 * Why a chosen presentation could not be placed.
 *
 * - `material-busy`: every free slot already uses all `copies` of `material`; `ready` children
 *   wanted the activity this week.
 * - `no-copies`: the inventory holds 0 copies of `material`.
 * - `no-time`: the educators' minutes are used up in every slot the children are free.
 * - `children-busy`: no slot has every child of the group free (or enrolled).
 * - `no-working-day`: the week has no working day.
 *
 * @category Planning
 */
export const UnplacedReasonSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("material-busy"), material: MaterialIdSchema, name: LocalizedTextSchema, copies: count, ready: count }),
  z.strictObject({ kind: z.literal("no-copies"), material: MaterialIdSchema, name: LocalizedTextSchema }),
  z.strictObject({ kind: z.literal("no-time"), capacityMinutes: count }),
  z.strictObject({ kind: z.literal("children-busy") }),
  z.strictObject({ kind: z.literal("no-working-day") }),
]);
/** The `UnplacedReason` type, inferred from {@link UnplacedReasonSchema}. @category Planning */
export type UnplacedReason = DeepReadonly<z.output<typeof UnplacedReasonSchema>>;

/**
 * A presentation that was chosen but could not be placed, with the reason.
 *
 * @category Planning
 */
export const UnplacedSchema = z.strictObject({
  activity: ActivityIdSchema,
  name: LocalizedTextSchema,
  area: AreaSchema,
  children: z.array(PlannedChildSchema).min(1),
  reason: UnplacedReasonSchema,
  /** The reason in words, in the plan's locale. */
  why: z.string(),
});
/** The `Unplaced` type, inferred from {@link UnplacedSchema}. @category Planning */
export type Unplaced = DeepReadonly<z.output<typeof UnplacedSchema>>;

/**
 * One of a child's needs: an indicator, goal or milestone the child is behind on.
 *
 * @category Planning
 */
export const PlanNeedSchema = z.strictObject({
  indicator: z.string().min(1),
  kind: z.enum(["indicator", "milestone", "extra"]),
  level: LevelSchema.optional(),
  text: LocalizedTextSchema.optional(),
  /** Weight in need points (see `NEED_POINTS`). */
  points: count,
});
/** The `PlanNeed` type, inferred from {@link PlanNeedSchema}. @category Planning */
export type PlanNeed = DeepReadonly<z.output<typeof PlanNeedSchema>>;

/**
 * A child's week at a glance.
 *
 * @category Planning
 */
export const ChildWeekSchema = z.strictObject({
  child: ChildIdSchema,
  name: z.string(),
  nickname: z.string().optional(),
  /** Completed months on the Monday of the week. */
  ageMonths: count,
  /** The area balance used for the child, in percent (sums to about 100). */
  areaBalance: z.record(AreaSchema, z.number()),
  /** Working days of the week the child is enrolled on. */
  availableDays: z.array(CalendarDateSchema),
  planned: z.array(
    z.strictObject({ date: CalendarDateSchema, slot: z.int().min(1), activity: ActivityIdSchema, kind: PresentationKindSchema }),
  ),
  newPresentations: count,
  practiceAgain: count,
  /** The child's needs, strongest first (at most eight). */
  needs: z.array(PlanNeedSchema),
  /** Activities chosen for the child that could not be placed. */
  unplaced: z.array(ActivityIdSchema),
});
/** The `ChildWeek` type, inferred from {@link ChildWeekSchema}. @category Planning */
export type ChildWeek = DeepReadonly<z.output<typeof ChildWeekSchema>>;

/**
 * An indicator to observe this week (the assessment plan of an RPPM): needs the week's
 * presentations work on, then indicators of the child's band never observed yet.
 *
 * @category Planning
 */
export const ObserveItemSchema = z.strictObject({
  indicator: z.string().min(1),
  text: LocalizedTextSchema.optional(),
  /** `need`: the child is behind on it; `unobserved`: expected for the band, never assessed. */
  purpose: z.enum(["need", "unobserved"]),
  children: z.array(z.strictObject({ child: ChildIdSchema, level: LevelSchema.optional() })),
  activities: z.array(ActivityIdSchema),
  dates: z.array(CalendarDateSchema),
});
/** The `ObserveItem` type, inferred from {@link ObserveItemSchema}. @category Planning */
export type ObserveItem = DeepReadonly<z.output<typeof ObserveItemSchema>>;

/**
 * The week's theme (tema) and sub-theme (subtema), and the activities that fit it.
 *
 * @category Planning
 */
export const PlanThemeSchema = z.strictObject({
  name: LocalizedTextSchema,
  subtheme: LocalizedTextSchema.optional(),
  activities: z.array(ActivityIdSchema),
});
/** The `PlanTheme` type, inferred from {@link PlanThemeSchema}. @category Planning */
export type PlanTheme = DeepReadonly<z.output<typeof PlanThemeSchema>>;

/**
 * The settings a plan was made with (every default resolved), so a plan explains itself.
 *
 * @category Planning
 */
export const PlanSettingsSchema = z.strictObject({
  workingDays: z.array(z.int().min(1).max(7)),
  holidays: z.array(CalendarDateSchema),
  slotsPerDay: z.int().min(1),
  maxNewPresentationsPerChild: count,
  maxPracticeAgainPerChild: count,
  practiceAgainAfterDays: count,
  prerequisiteRule: z.enum(["mastered", "practicing"]),
  /** Educator minutes per slot for the whole group; absent when unlimited. */
  slotCapacityMinutes: count.optional(),
  /** The limit of first presentations used for children under 36 months, when it differs from `maxNewPresentationsPerChild`. */
  maxNewPresentationsUnder3: count.optional(),
  /** The caller's area balance, or absent when it follows the child's age. */
  areaBalance: z.record(AreaSchema, z.number()).optional(),
  extraNeeds: z.array(z.string()),
});
/** The `PlanSettings` type, inferred from {@link PlanSettingsSchema}. @category Planning */
export type PlanSettings = DeepReadonly<z.output<typeof PlanSettingsSchema>>;

/**
 * A weekly plan (RPPM): per day, per slot, the presentations with their children and reasons; a
 * summary per child; what could not be placed and why; and what to observe. Reuse it to read a
 * stored plan back.
 *
 * @example
 * ```ts
 * const stored = JSON.stringify(weeklyPlan(centre, "g-45", { week: "2026-11-30" }));
 * WeeklyPlanSchema.parse(JSON.parse(stored)).week; // => "2026-11-30"
 * ```
 * @category Planning
 */
export const WeeklyPlanSchema = z.strictObject({
  format: z.literal(WEEKLY_PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  centre: z.string(),
  group: z.strictObject({ id: GroupIdSchema, name: z.string() }),
  educators: z.array(z.strictObject({ id: EducatorIdSchema, name: z.string() })),
  /** Monday of the planned week. */
  week: CalendarDateSchema,
  /** Observations dated after this day were not used. */
  asOf: CalendarDateSchema,
  locale: z.enum(["id", "en"]),
  seed: z.int(),
  settings: PlanSettingsSchema,
  theme: PlanThemeSchema.optional(),
  days: z.array(PlanDaySchema),
  children: z.array(ChildWeekSchema),
  unplaced: z.array(UnplacedSchema),
  observe: z.array(ObserveItemSchema),
});
/** The `WeeklyPlan` type, inferred from {@link WeeklyPlanSchema}. @category Planning */
export type WeeklyPlan = DeepReadonly<z.output<typeof WeeklyPlanSchema>>;

/**
 * A step of the opening or closing of an RPPH (typed; renderers put it into words).
 *
 * @category Planning
 */
export const DailyStepSchema = z.enum([
  "greeting",
  "prayer",
  "theme-talk",
  "work-cycle-intro",
  "whole-class",
  "tidy-up",
  "recall",
  "closing-prayer",
  "goodbye",
]);
/** The `DailyStep` type, inferred from {@link DailyStepSchema}. @category Planning */
export type DailyStep = z.output<typeof DailyStepSchema>;

/**
 * A daily plan (RPPH): a view of one day of a weekly plan.
 *
 * @example
 * ```ts
 * DailyPlanSchema.parse(JSON.parse(JSON.stringify(dailyPlan(plan, "2026-12-01")))).workingDay; // => true
 * ```
 * @category Planning
 */
export const DailyPlanSchema = z.strictObject({
  format: z.literal(DAILY_PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  centre: z.string(),
  group: z.strictObject({ id: GroupIdSchema, name: z.string() }),
  educators: z.array(z.strictObject({ id: EducatorIdSchema, name: z.string() })),
  date: CalendarDateSchema,
  weekday: z.int().min(1).max(7),
  /** False on a holiday or a non-working weekday: then `core` is empty. */
  workingDay: z.boolean(),
  locale: z.enum(["id", "en"]),
  theme: PlanThemeSchema.optional(),
  opening: z.array(DailyStepSchema),
  core: z.array(PlanSlotSchema),
  /** The day's care routines, when the weekly plan was made with a `daySchedule`. */
  routines: z.array(PlanRoutineSchema).optional(),
  closing: z.array(DailyStepSchema),
  /** Materials to prepare: the most copies any slot of the day uses, per material. */
  materials: z.array(z.strictObject({ material: MaterialIdSchema, name: LocalizedTextSchema, needed: count, copies: count })),
  observe: z.array(ObserveItemSchema),
  /** Names of the children in the plan, by id. */
  children: z.array(z.strictObject({ child: ChildIdSchema, name: z.string(), nickname: z.string().optional() })),
});
/** The `DailyPlan` type, inferred from {@link DailyPlanSchema}. @category Planning */
export type DailyPlan = DeepReadonly<z.output<typeof DailyPlanSchema>>;
