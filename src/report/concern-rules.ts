/**
 * The concern rules of the progress report, as small pure predicates: `progressReport` applies
 * them per child and `summarize` applies them across a centre without building reports, so the
 * two can never disagree.
 *
 * @module
 */
import type { AgeBand, Framework, Level } from "../model/index.js";
import { isNotYet, levelRank } from "./levels.js";
import { type CalendarDate, daysBetween } from "../time/index.js";

/**
 * The last day that counts for a period: its end, or `asOf` when the period is still running.
 *
 * @param period - the period
 * @param asOf - the day of the report or summary
 * @returns the earlier of `period.to` and `asOf`
 * @example
 * ```ts
 * periodEnd({ to: "2026-12-31" }, "2026-11-27"); // => "2026-11-27"
 * ```
 * @category Report
 */
export function periodEnd(period: { readonly to: CalendarDate }, asOf: CalendarDate): CalendarDate {
  return period.to < asOf ? period.to : asOf;
}

/**
 * Whether two thirds of the period have passed on `asOf`: from then on `still-bb` and
 * `not-observed` concerns are raised (earlier in the period they would only be noise).
 *
 * @param period - the period
 * @param asOf - the day of the report or summary
 * @returns true once two thirds have passed
 * @example
 * ```ts
 * isLateInPeriod({ from: "2026-07-01", to: "2026-12-31" }, "2026-11-27"); // => true
 * ```
 * @category Report
 */
export function isLateInPeriod(period: { readonly from: CalendarDate; readonly to: CalendarDate }, asOf: CalendarDate): boolean {
  const length = daysBetween(period.from, period.to);
  const elapsed = daysBetween(period.from, asOf < period.to ? asOf : period.to);
  return elapsed * 3 >= length * 2;
}

/**
 * Whether a latest level raises a `still-bb` concern: BB or "belum muncul" (a milestone's
 * "not yet" is left to the milestone rules).
 *
 * @param level - the latest level of an expected item
 * @returns true for BB and belum-muncul
 * @example
 * ```ts
 * isStillBbLevel("BB"); // => true
 * isStillBbLevel("not-yet"); // => false
 * ```
 * @category Report
 */
export function isStillBbLevel(level: Level): boolean {
  return isNotYet(level) && level !== "not-yet";
}

/**
 * Whether a latest level of an indicator of the previous band raises an `earlier-band` concern:
 * below BSH (BB, MB and their equivalents).
 *
 * @param level - the latest level
 * @returns true below BSH
 * @example
 * ```ts
 * isEarlierBandLevel("MB"); // => true
 * ```
 * @category Report
 */
export function isEarlierBandLevel(level: Level): boolean {
  return levelRank(level) < 2;
}

/**
 * The band before a band in an STPPA framework (the one a child has just left), if any.
 *
 * @param framework - an STPPA framework
 * @param band - the child's band
 * @returns the previous band, or undefined for the first band and for other kinds of framework
 * @example
 * ```ts
 * earlierBand(stppa, bandForAge(stppa, 66))?.id; // => "48-60"
 * ```
 * @category Report
 */
export function earlierBand(framework: Framework, band: AgeBand | undefined): AgeBand | undefined {
  if (framework.kind !== "stppa" || band === undefined) return undefined;
  const index = framework.bands.findIndex((b) => b.id === band.id);
  return index > 0 ? framework.bands[index - 1] : undefined;
}
