/**
 * What one child adds to a summary. The in-memory summary (from the progress fold) and the
 * streaming summary (from a JSON Lines journal) share this code; they differ only in how they
 * answer {@link ChildFacts}.
 *
 * @module
 */
import { bandForAge, type ResolvedCurriculum } from "../curricula/resolve.js";
import { type Issue, ValidationError } from "../errors/index.js";
import { type GrowthIndicator, growthZScores } from "../growth/zscores.js";
import { NUTRITION_CATEGORIES, type NutritionTable, nutritionStatus } from "../growth/status.js";
import type { Child, Framework, Level, MeasurementPosition, Sex, Stage } from "../model/index.js";
import { type CalendarDate, ageInMonths, isCalendarDate } from "../time/index.js";
import { add, cell } from "./cells.js";
import { earlierBand, isEarlierBandLevel, isLateInPeriod, isStillBbLevel, periodEnd } from "../report/concern-rules.js";
import type { SummaryConcernKind, SummaryRow } from "./schema.js";

/**
 * The band key of children whose age is outside every band of the framework.
 *
 * @category Cohort
 */
export const NO_BAND = "none";

/**
 * Options of a summary.
 *
 * @category Cohort
 */
export interface SummaryOptions {
  /** The day described: enrolment, age band and lesson stages are taken on it. Required (no hidden clock). */
  readonly asOf: CalendarDate;
  /** The period that levels and concerns refer to (inclusive), e.g. a semester. */
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** An STPPA-kind framework of the centre's curriculum. Default `stppa2014`. */
  readonly framework?: string;
}

/**
 * An indicator a child's band makes relevant, and the last day whose assessments count.
 *
 * @category Cohort
 */
export interface TrackedIndicator {
  /** Position in its band plan (lets a fold keep its state in an array). */
  readonly index: number;
  readonly id: string;
  readonly aspect: string;
  /** `expected` (the child's band: levels, still-bb, not-observed) or `earlier` (earlier-band). */
  readonly role: "expected" | "earlier";
  /** The period end for expected indicators, `asOf` for earlier ones (as the report does). */
  readonly cutoff: CalendarDate;
}

/**
 * The indicators that matter for the children of one band.
 *
 * @category Cohort
 */
export interface BandPlan {
  readonly band: string;
  readonly tracked: readonly TrackedIndicator[];
  /** Positions of each tracked indicator id (one id may be tracked in two roles). */
  readonly byId: ReadonlyMap<string, readonly number[]>;
}

function plan(band: string, tracked: readonly TrackedIndicator[]): BandPlan {
  const byId = new Map<string, number[]>();
  for (const t of tracked) {
    const list = byId.get(t.id);
    if (list) list.push(t.index);
    else byId.set(t.id, [t.index]);
  }
  return { band, tracked, byId };
}

/**
 * Everything a summary needs to know about its options, resolved once.
 *
 * @category Cohort
 */
export interface CohortContext {
  readonly framework: Framework;
  readonly curriculum: ResolvedCurriculum;
  readonly asOf: CalendarDate;
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
  readonly end: CalendarDate;
  readonly late: boolean;
  readonly plans: ReadonlyMap<string, BandPlan>;
}

/**
 * A growth measurement as a summary reads it.
 *
 * @category Cohort
 */
export interface GrowthFact {
  readonly date: CalendarDate;
  readonly weightKg?: number | undefined;
  readonly heightCm?: number | undefined;
  readonly position?: MeasurementPosition | undefined;
}

/**
 * The measurements a summary reads of one child: the latest (by date, then observation id) dated
 * in the period up to its end, with a weight, with a length/height, and with both.
 *
 * @category Cohort
 */
export interface GrowthFacts {
  readonly weight: GrowthFact | undefined;
  readonly height: GrowthFact | undefined;
  readonly both: GrowthFact | undefined;
}

/**
 * Keeps the latest growth measurements of a child for a summary: call {@link GrowthPicker.offer}
 * with every effective measurement (any order), then read {@link GrowthPicker.facts}. Only
 * measurements dated from `from` to `end` count; ties on a date go to the larger observation id,
 * as in the progress fold.
 *
 * @example
 * ```ts
 * const picker = new GrowthPicker(ctx.period.from, ctx.end);
 * for (const g of progress.growth) picker.offer(g.id, g);
 * picker.facts().weight?.weightKg; // => 17.9
 * ```
 * @category Cohort
 */
export class GrowthPicker {
  private readonly best: [string, GrowthFact][] = [];
  constructor(
    private readonly from: CalendarDate,
    private readonly end: CalendarDate,
  ) {}
  /**
   * Offers one measurement.
   *
   * @param id - its observation id
   * @param m - the measurement
   */
  offer(id: string, m: GrowthFact): void {
    if (m.date < this.from || m.date > this.end) return;
    const slots = [m.weightKg !== undefined, m.heightCm !== undefined, m.weightKg !== undefined && m.heightCm !== undefined];
    slots.forEach((has, i) => {
      if (!has) return;
      const prev = this.best[i];
      if (prev === undefined || prev[1].date < m.date || (prev[1].date === m.date && prev[0] <= id)) this.best[i] = [id, m];
    });
  }
  /**
   * The latest measurements offered.
   *
   * @returns the latest with a weight, with a height, with both
   */
  facts(): GrowthFacts {
    return { weight: this.best[0]?.[1], height: this.best[1]?.[1], both: this.best[2]?.[1] };
  }
}

/**
 * What the summary asks about one child; both sources answer with the same rules.
 *
 * @category Cohort
 */
export interface ChildFacts {
  /** The latest level of a tracked indicator on or before its cutoff (by date, then observation id). */
  level(indicator: TrackedIndicator): Level | undefined;
  /** Whether an expected indicator was assessed between the period start and its end. */
  observed(indicator: TrackedIndicator): boolean;
  /** The stage on `asOf` of every activity the child has a lesson record for. */
  stages(): Iterable<readonly [activity: string, stage: Stage]>;
  /** The child's sex and birth date, and its latest measurements in the period. */
  growth(): { readonly sex: Sex | undefined; readonly birthDate: CalendarDate; readonly measurements: GrowthFacts };
}

/** Which Permenkes 2/2020 tables describe children of a band: the 0–60 month tables below 60 months, IMT/U 5–18 from 60. */
function tablesOfBand(fromMonths: number, toMonths: number): NutritionTable[] {
  const out: NutritionTable[] = [];
  if (fromMonths < 60) out.push("wfa-0-60", "lhfa-0-60", "wflh-0-60", "bmifa-0-60");
  if (toMonths > 60) out.push("bmifa-5-18");
  return out;
}

/** The indicators read from each of the latest measurements. */
const READ: readonly [keyof GrowthFacts, readonly GrowthIndicator[]][] = [
  ["weight", ["wfa"]],
  ["height", ["lhfa"]],
  ["both", ["wflh", "bmifa"]],
];

/**
 * Adds a child's nutrition-status categories to a tally: from the latest weight (BB/U), the
 * latest length/height (PB/U, TB/U) and the latest measurement with both (BB/PB, BB/TB, IMT/U)
 * in the period. Nothing is counted without the child's sex, and a z-score WHO flags as
 * implausible is not counted (it asks for the child to be measured again).
 */
function tallyGrowth(tally: Map<string, SummaryRow>, band: string, facts: ChildFacts): void {
  const { sex, birthDate, measurements } = facts.growth();
  if (sex === undefined) return;
  for (const [which, indicators] of READ) {
    const m = measurements[which];
    if (m === undefined || m.date < birthDate) continue;
    const status = nutritionStatus(
      growthZScores({
        sex,
        birthDate,
        date: m.date,
        ...(which !== "height" && m.weightKg !== undefined ? { weightKg: m.weightKg } : {}),
        ...(which !== "weight" && m.heightCm !== undefined ? { heightCm: m.heightCm } : {}),
        ...(m.position !== undefined ? { position: m.position } : {}),
      }),
    );
    for (const i of indicators) {
      const c = i === "hcfa" ? undefined : status[i];
      if (c !== undefined && !c.flagged) add(tally, cell("nutrition", { kind: c.table, band, level: c.code }), 1);
    }
  }
}

const SCALE_LEVELS: Readonly<Record<Framework["scale"], readonly Level[]>> = {
  "bb-bsb": ["BB", "MB", "BSH", "BSB"],
  checklist: ["belum-muncul", "sudah-muncul"],
  milestone: ["achieved", "not-yet", "not-sure"],
};
const KINDS: readonly SummaryConcernKind[] = ["still-bb", "not-observed", "earlier-band"];

/**
 * Validates summary options against a curriculum and resolves them.
 *
 * @param curriculum - the centre's resolved curriculum
 * @param options - the summary options
 * @returns the context
 * @throws {@link ValidationError} for invalid dates, a period ending before it starts, an unknown
 *   framework or one that is not of kind `stppa`
 * @example
 * ```ts
 * cohortContext(resolveCurriculum(centre), { asOf, period }).late; // => true in the last third
 * ```
 * @category Cohort
 */
export function cohortContext(curriculum: ResolvedCurriculum, options: SummaryOptions): CohortContext {
  const issues: Issue[] = [];
  const { asOf, period } = options;
  if (!isCalendarDate(asOf)) issues.push({ path: "options.asOf", code: "invalid_date", message: `expected YYYY-MM-DD, got ${JSON.stringify(asOf)}` });
  if (!isCalendarDate(period?.from)) issues.push({ path: "options.period.from", code: "invalid_date", message: `expected YYYY-MM-DD, got ${JSON.stringify(period?.from)}` });
  if (!isCalendarDate(period?.to)) issues.push({ path: "options.period.to", code: "invalid_date", message: `expected YYYY-MM-DD, got ${JSON.stringify(period?.to)}` });
  else if (isCalendarDate(period.from) && period.from > period.to) {
    issues.push({ path: "options.period.to", code: "invalid_value", message: `period ends (${period.to}) before it starts (${period.from})` });
  }
  const id = options.framework ?? "stppa2014";
  const framework = curriculum.frameworks.find((f) => f.id === id);
  if (framework === undefined) {
    issues.push({ path: "options.framework", code: "unknown_reference", message: `unknown framework ${JSON.stringify(id)}` });
  } else if (framework.kind !== "stppa") {
    issues.push({
      path: "options.framework",
      code: "invalid_value",
      message: `summaries count STPPA bands and aspects; ${JSON.stringify(id)} is a ${framework.kind} framework`,
    });
  }
  if (issues.length > 0 || framework === undefined) throw new ValidationError(issues);
  const end = periodEnd(period, asOf);
  const plans = new Map<string, BandPlan>();
  for (const band of framework.bands) {
    const tracked: TrackedIndicator[] = band.indicators.map((i, index) => ({ index, id: i.id, aspect: i.aspect, role: "expected", cutoff: end }));
    for (const i of earlierBand(framework, band)?.indicators ?? []) tracked.push({ index: tracked.length, id: i.id, aspect: i.aspect, role: "earlier", cutoff: asOf });
    plans.set(band.id, plan(band.id, tracked));
  }
  plans.set(NO_BAND, plan(NO_BAND, []));
  return { framework, curriculum, asOf, period: { from: period.from, to: period.to }, end, late: isLateInPeriod(period, asOf), plans };
}

/**
 * Whether a child is counted: the family consented to aggregate statistics (UU PDP No. 27/2022
 * Art. 25: a child's data is processed only with a parent's or guardian's consent), and the child
 * is enrolled on `asOf` (enrolled on or before it, not left before it, born by then).
 *
 * @param child - the child
 * @param asOf - the day of the summary
 * @returns true when the child is counted
 * @example
 * ```ts
 * isCounted({ ...child, consent: { ...child.consent, aggregateStatistics: false } }, asOf); // => false
 * ```
 * @category Cohort
 */
export function isCounted(child: Child, asOf: CalendarDate): boolean {
  return (
    child.consent.aggregateStatistics &&
    child.enrolledOn <= asOf &&
    (child.leftOn === undefined || child.leftOn >= asOf) &&
    child.birthDate <= asOf
  );
}

/**
 * The band plan of a counted child (by completed months on `asOf`, as the report does).
 *
 * @param ctx - the context
 * @param child - a counted child (born by `asOf`)
 * @returns the plan of the child's band, or of `none`
 * @example
 * ```ts
 * planOf(ctx, ayu).band; // => "48-60"
 * ```
 * @category Cohort
 */
export function planOf(ctx: CohortContext, child: Child): BandPlan {
  const band = bandForAge(ctx.framework, ageInMonths(child.birthDate, ctx.asOf));
  return ctx.plans.get(band?.id ?? NO_BAND)!;
}

/**
 * Adds one counted child to a tally: the child in its band, the latest level of each expected
 * indicator, the child once per aspect and concern kind, the stage of each known activity, and
 * the child once per Permenkes 2/2020 table in the nutrition-status category of its latest
 * measurement in the period (with the child's sex recorded; flagged z-scores are left out).
 *
 * @param tally - the tally (changed)
 * @param ctx - the context
 * @param plan - the child's band plan
 * @param facts - what is known about the child
 * @example
 * ```ts
 * tallyChild(tally, ctx, planOf(ctx, child), facts);
 * ```
 * @category Cohort
 */
export function tallyChild(tally: Map<string, SummaryRow>, ctx: CohortContext, plan: BandPlan, facts: ChildFacts): void {
  add(tally, cell("children", { band: plan.band }), 1);
  const concerns = new Map<SummaryConcernKind, Set<string>>();
  const concern = (kind: SummaryConcernKind, aspect: string) => {
    const set = concerns.get(kind);
    if (set) set.add(aspect);
    else concerns.set(kind, new Set([aspect]));
  };
  for (const t of plan.tracked) {
    const level = facts.level(t);
    if (t.role === "expected") {
      if (level !== undefined) add(tally, cell("levels", { aspect: t.aspect, band: plan.band, level }), 1);
      if (ctx.late && level !== undefined && isStillBbLevel(level)) concern("still-bb", t.aspect);
      if (ctx.late && !facts.observed(t)) concern("not-observed", t.aspect);
    } else if (level !== undefined && isEarlierBandLevel(level)) {
      concern("earlier-band", t.aspect);
    }
  }
  // A child counts once per aspect and kind, however many items raise the concern.
  for (const [kind, aspects] of concerns) for (const aspect of aspects) add(tally, cell("concerns", { aspect, kind }), 1);
  for (const [activity, stage] of facts.stages()) {
    const area = ctx.curriculum.activities.get(activity)?.area;
    if (area !== undefined) add(tally, cell("lessons", { area, stage }), 1);
  }
  tallyGrowth(tally, plan.band, facts);
}

/**
 * Adds a zero for every cell of the framework's key space, so every summary of a framework has
 * the same rows: children per band (and `none`), levels of the scale per aspect × band with
 * indicators, lessons per area × stage, concerns per aspect × kind, nutrition-status categories per
 * table × band (the 0–60 month tables for bands below 60 months, IMT/U 5–18 from 60).
 *
 * @param tally - the tally (changed)
 * @param ctx - the context
 * @example
 * ```ts
 * addKeySpace(tally, ctx); // tally.size => 309 for STPPA 2014 (185 of them nutrition cells)
 * ```
 * @category Cohort
 */
export function addKeySpace(tally: Map<string, SummaryRow>, ctx: CohortContext): void {
  const { framework } = ctx;
  for (const band of framework.bands) add(tally, cell("children", { band: band.id }), 0);
  add(tally, cell("children", { band: NO_BAND }), 0);
  for (const band of framework.bands) {
    const aspects = new Set(band.indicators.map((i) => i.aspect));
    for (const aspect of aspects) {
      for (const level of SCALE_LEVELS[framework.scale]) add(tally, cell("levels", { aspect, band: band.id, level }), 0);
    }
  }
  for (const area of ["practical-life", "sensorial", "language", "mathematics", "culture"] as const) {
    for (const stage of ["presented", "practicing", "mastered"] as const) add(tally, cell("lessons", { area, stage }), 0);
  }
  for (const aspect of framework.aspects) for (const kind of KINDS) add(tally, cell("concerns", { aspect: aspect.id, kind }), 0);
  for (const band of framework.bands) {
    for (const table of tablesOfBand(band.fromMonths, band.toMonths)) {
      for (const c of NUTRITION_CATEGORIES[table]) add(tally, cell("nutrition", { kind: table, band: band.id, level: c.code }), 0);
    }
  }
}
