/**
 * Curriculum coverage: for each indicator of a framework band, the activities, daily routines and
 * growth measurements through which an educator can evidence it, and the indicators with none.
 *
 * @module
 */
import { ValidationError } from "../errors/index.js";
import type { Activity, ActivityId, AgeBand, Framework, Indicator, IndicatorId, Routine } from "../model/index.js";
import { type GrowthMeasure, MEASUREMENT_INDICATORS, type MeasurementIndicator } from "./stppa-2014/routines.js";

/**
 * What {@link curriculumCoverage} looks through: a resolved curriculum
 * (`resolveCurriculum(centre)`), the bundled `montessoriCatalog()`, or any object with activities
 * and, optionally, routines, retired activity ids and growth-measured indicators.
 *
 * @category Curricula
 */
export interface CoverageSources {
  /** Activities, as a map by id (a resolved curriculum) or a list (a catalog). */
  readonly activities: ReadonlyMap<string, Activity> | readonly Activity[];
  /** Daily routines that evidence indicators (a resolved curriculum has the bundled ones). */
  readonly routines?: readonly Routine[];
  /** Ids of retired activities: they are no longer offered, so they evidence nothing new. */
  readonly retired?: ReadonlySet<string>;
  /**
   * Indicators evidenced by a growth measurement. Defaults to {@link MEASUREMENT_INDICATORS}
   * (the STPPA 4–6 year "… sesuai usia" indicators).
   */
  readonly measurements?: readonly MeasurementIndicator[];
}

/**
 * One indicator and every way to evidence it.
 *
 * @category Curricula
 */
export interface CoverageRow {
  /** The indicator, as in the framework. */
  readonly indicator: Indicator;
  /** Activities whose `supports` list it, sorted by id (retired ones left out). */
  readonly activities: readonly ActivityId[];
  /** Routines whose `supports` list it, sorted by id. */
  readonly routines: readonly string[];
  /** Growth measures that evidence it (weight, height, head circumference, weight for height). */
  readonly measurements: readonly GrowthMeasure[];
}

/**
 * The coverage of one framework band.
 *
 * @category Curricula
 */
export interface CurriculumCoverage {
  /** The framework's id. */
  readonly framework: string;
  /** The band looked at. */
  readonly band: AgeBand;
  /** One row per indicator, in the band's order. */
  readonly rows: readonly CoverageRow[];
  /** Ids of the indicators with no activity, routine or measurement, in the band's order. */
  readonly uncovered: readonly IndicatorId[];
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function push<T>(index: Map<string, T[]>, key: string, value: T): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * For each indicator of a framework band, the activities, routines and growth measurements
 * through which it can be evidenced, and the indicators that have none. Use it to find the gaps
 * in a centre's programme (an indicator nothing in the day lets a child show) before writing a
 * semester plan.
 *
 * @param sources - a resolved curriculum, a catalog, or any {@link CoverageSources}
 * @param framework - the framework whose band is examined (e.g. `stppa2014()`)
 * @param bandId - the band id, e.g. `"48-60"`
 * @returns one row per indicator and the ids of the uncovered ones
 * @throws {@link ValidationError} (`unknown_reference` at `bandId`) when the framework has no such band
 * @example
 * ```ts
 * const coverage = curriculumCoverage(resolveCurriculum(centre), stppa2014(), "48-60");
 * coverage.uncovered; // => []
 * coverage.rows.find((r) => r.indicator.id === "stppa2014.48-60.fm.c.2")?.measurements; // => ["height"]
 * ```
 * @category Curricula
 */
export function curriculumCoverage(sources: CoverageSources, framework: Framework, bandId: string): CurriculumCoverage {
  const band = framework.bands.find((b) => b.id === bandId);
  if (band === undefined) {
    throw new ValidationError([
      {
        path: "bandId",
        code: "unknown_reference",
        message: `framework ${JSON.stringify(framework.id)} has no band ${JSON.stringify(bandId)} (bands: ${framework.bands.map((b) => b.id).join(", ") || "none"})`,
      },
    ]);
  }
  const wanted = new Set<string>(band.indicators.map((i) => i.id));
  const retired = sources.retired;
  const list: Iterable<Activity> = Array.isArray(sources.activities)
    ? (sources.activities as readonly Activity[])
    : (sources.activities as ReadonlyMap<string, Activity>).values();

  const activitiesOf = new Map<string, ActivityId[]>();
  for (const activity of list) {
    if (retired?.has(activity.id)) continue;
    for (const s of activity.supports) if (wanted.has(s)) push(activitiesOf, s, activity.id);
  }
  const routinesOf = new Map<string, string[]>();
  for (const routine of sources.routines ?? []) {
    for (const s of routine.supports) if (wanted.has(s)) push(routinesOf, s, routine.id);
  }
  const measuresOf = new Map<string, GrowthMeasure[]>();
  for (const m of sources.measurements ?? MEASUREMENT_INDICATORS) {
    if (wanted.has(m.indicator)) push(measuresOf, m.indicator, m.measure);
  }

  const rows: CoverageRow[] = [];
  const uncovered: IndicatorId[] = [];
  for (const indicator of band.indicators) {
    const activities = [...(activitiesOf.get(indicator.id) ?? [])].sort(byString);
    const routines = [...(routinesOf.get(indicator.id) ?? [])].sort(byString);
    const measurements = [...(measuresOf.get(indicator.id) ?? [])].sort(byString);
    rows.push({ indicator, activities, routines, measurements });
    if (activities.length === 0 && routines.length === 0 && measurements.length === 0) uncovered.push(indicator.id);
  }
  return { framework: framework.id, band, rows, uncovered };
}
