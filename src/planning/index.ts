// Weekly and daily plans (RPPM / RPPH) and their renderers.
export { weeklyPlan } from "./weekly.js";
export { dailyPlan } from "./daily.js";
export { defaultAreaBalance, NEED_POINTS, PLAN_DEFAULTS, SCORE_WEIGHTS } from "./defaults.js";
export { type AreaBalance, type DayBlockInput, type ThemeInput, type WeeklyPlanOptions } from "./options.js";
export {
  type CareRoutine,
  CareRoutineSchema,
  type PlanRoutine,
  PlanRoutineSchema,
  TimeOfDaySchema,
} from "./schema.js";
export {
  type ChildWeek,
  ChildWeekSchema,
  DAILY_PLAN_FORMAT,
  type DailyPlan,
  DailyPlanSchema,
  type DailyStep,
  DailyStepSchema,
  type ObserveItem,
  ObserveItemSchema,
  PLAN_VERSION,
  type PlanDay,
  PlanDaySchema,
  type PlanMaterial,
  PlanMaterialSchema,
  type PlanNeed,
  PlanNeedSchema,
  type PlanReason,
  PlanReasonSchema,
  type PlanSettings,
  PlanSettingsSchema,
  type PlanSlot,
  PlanSlotSchema,
  type PlanTheme,
  PlanThemeSchema,
  type PlannedChild,
  PlannedChildSchema,
  type Presentation,
  type PresentationKind,
  PresentationKindSchema,
  PresentationSchema,
  type Unplaced,
  type UnplacedReason,
  UnplacedReasonSchema,
  UnplacedSchema,
  WEEKLY_PLAN_FORMAT,
  type WeeklyPlan,
  WeeklyPlanSchema,
} from "./schema.js";
export { type Emphasis, reasonWords, reasonsWords, unplacedWords } from "./words.js";
// Renderers live in src/render; re-exported here because src/index.ts has no render entry yet.
export { type PlanRenderOptions, renderDailyPlanMarkdown, renderWeeklyPlanMarkdown } from "../render/plan-markdown.js";
export { renderDailyPlanHtml, renderWeeklyPlanHtml } from "../render/plan-html.js";
export { PLAN_MESSAGES, type PlanMessages } from "../render/plan-messages.js";
