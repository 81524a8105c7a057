/**
 * The centre's KPSP work list: which children reach a screening age in a month, and which
 * re-screens after a Meragukan result are coming up or overdue.
 *
 * @module
 */
import { type Issue, ValidationError } from "../errors/index.js";
import type { Centre, ChildId, GroupId } from "../model/index.js";
import { childProgress, foldProgress } from "../progress/fold.js";
import { type CalendarDate, addMonths, calendarDateProblem, compareDates, daysInMonth } from "../time/index.js";
import { kpspFormFor } from "./kpsp.js";
import { KPSP_AGES, type KpspAge } from "./kpsp-data.js";
import { latestScreening } from "./journal.js";

/**
 * Why a child is on the list: reaches a screening age in the period (`screening-age`), a
 * re-screen after Meragukan falls due in the period (`recheck`), or a re-screen date has passed
 * without a later screening (`recheck-overdue`).
 *
 * @category Screening
 */
export type ScreeningDueReason = "screening-age" | "recheck" | "recheck-overdue";

/**
 * One line of the KPSP work list.
 *
 * @category Screening
 */
export interface ScreeningDue {
  readonly child: ChildId;
  /** The child's name. */
  readonly name: string;
  readonly group: GroupId;
  /**
   * The form to use: the screening age reached; for a re-screen, the form for the child's age on
   * `dueOn` (on `asOf` when overdue), or the earlier form when the child is now past 72 months.
   */
  readonly form: KpspAge;
  /** The day the screening is due. */
  readonly dueOn: CalendarDate;
  readonly reason: ScreeningDueReason;
  /** For a re-screen: the id of the Meragukan screening it follows. */
  readonly after?: string;
}

/**
 * Options for {@link screeningsDue}.
 *
 * @category Screening
 */
export interface ScreeningsDueOptions {
  /** A month `"2026-12"`, or a period with inclusive first and last days. */
  readonly month: string | { readonly from: CalendarDate; readonly to: CalendarDate };
  /** The date the list is made (screenings after it are ignored; re-screens before it are overdue). */
  readonly asOf: CalendarDate;
  /** Days until the re-screen after Meragukan. Default 14. */
  readonly recheckAfterDays?: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const REASON_ORDER: Record<ScreeningDueReason, number> = { "recheck-overdue": 0, recheck: 1, "screening-age": 2 };

function period(options: ScreeningsDueOptions): { from: CalendarDate; to: CalendarDate } {
  const issues: Issue[] = [];
  const asOfProblem = calendarDateProblem(options.asOf);
  if (asOfProblem !== undefined) issues.push({ path: "asOf", code: "invalid_date", message: asOfProblem });
  let range: { from: CalendarDate; to: CalendarDate } | undefined;
  if (typeof options.month === "string") {
    const m = MONTH.exec(options.month);
    if (m === null) {
      issues.push({ path: "month", code: "invalid_format", message: `expected a month YYYY-MM, got ${JSON.stringify(options.month.slice(0, 40))}` });
    } else {
      const last = daysInMonth(Number(m[1]), Number(m[2]));
      range = { from: `${options.month}-01` as CalendarDate, to: `${options.month}-${String(last).padStart(2, "0")}` as CalendarDate };
    }
  } else {
    const { from, to } = options.month;
    const fromProblem = calendarDateProblem(from);
    const toProblem = calendarDateProblem(to);
    if (fromProblem !== undefined) issues.push({ path: "month.from", code: "invalid_date", message: fromProblem });
    if (toProblem !== undefined) issues.push({ path: "month.to", code: "invalid_date", message: toProblem });
    if (fromProblem === undefined && toProblem === undefined) {
      if (from > to) issues.push({ path: "month.to", code: "invalid_value", message: `the period ends (${to}) before it starts (${from})` });
      else range = { from, to };
    }
  }
  const days = options.recheckAfterDays;
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 366)) {
    issues.push({ path: "recheckAfterDays", code: "invalid_value", message: `expected whole days from 1 to 366, got ${String(days)}` });
  }
  if (issues.length > 0 || range === undefined) throw new ValidationError(issues);
  return range;
}

/**
 * The KPSP work list of a centre for a month: children who reach a screening age in it (and have
 * no screening on that form yet), re-screens after a Meragukan result due in it, and re-screens
 * overdue on `asOf`.
 *
 * Rules: a child is listed when enrolled at some time in the period (`enrolledOn` ≤ last day and
 * no `leftOn` before the first day). A screening age is due on the birth date plus that many months
 * (`addMonths`); it drops off the list once a screening with that form is recorded on or before
 * `asOf`. A re-screen is due `recheckAfterDays` after the child's latest screening (on or before
 * `asOf`) when that one is Meragukan and not already a repeated Meragukan (those are referred);
 * it is overdue when its date is before `asOf`, whatever the period. Sorted by due date, then child
 * id, then reason.
 *
 * @param centre - the centre
 * @param options - `month` (`"2026-12"` or `{ from, to }`), `asOf`, `recheckAfterDays`
 * @returns the list (a new array)
 * @throws {@link ValidationError} when the month or a date is malformed, the period ends before
 *   it starts, or `recheckAfterDays` is not whole days from 1 to 366
 * @example
 * ```ts
 * screeningsDue(centre, { month: "2026-08", asOf: parseCalendarDate("2026-08-01") });
 * // => [{ child: "c-002", name: "Bima Pratama", group: "g-45", form: 54, dueOn: "2026-08-28", reason: "screening-age" },
 * //     { child: "c-003", name: "Citra Dewi", group: "g-23", form: 30, dueOn: "2026-08-29", reason: "screening-age" }]
 * ```
 * @category Screening
 */
export function screeningsDue(centre: Centre, options: ScreeningsDueOptions): readonly ScreeningDue[] {
  const { from, to } = period(options);
  const asOf = options.asOf;
  const days = options.recheckAfterDays;
  const index = foldProgress(centre);
  const out: ScreeningDue[] = [];
  for (const child of centre.children) {
    if (child.enrolledOn > to || (child.leftOn !== undefined && child.leftOn < from)) continue;
    const progress = childProgress(index, child.id);
    const line = { child: child.id, name: child.name, group: child.group };
    const done = new Set<number>();
    for (const s of progress.screenings) if (s.date <= asOf) done.add(s.formAgeMonths);
    for (const age of KPSP_AGES) {
      const dueOn = addMonths(child.birthDate, age);
      if (dueOn > to) break;
      if (dueOn >= from && !done.has(age)) out.push({ ...line, form: age, dueOn, reason: "screening-age" });
    }
    const latest = latestScreening(progress, asOf, days === undefined ? {} : { recheckAfterDays: days });
    if (latest?.kind !== "scored" || latest.score.recheckOn === undefined) continue;
    const dueOn = latest.score.recheckOn;
    const overdue = dueOn < asOf;
    if (!overdue && (dueOn < from || dueOn > to)) continue;
    // Re-screen with the form for the child's age on the day it is done (asOf when overdue).
    const form = kpspFormFor(child.birthDate, overdue ? asOf : dueOn).form;
    out.push({
      ...line,
      form: form ?? latest.score.formAgeMonths,
      dueOn,
      reason: overdue ? "recheck-overdue" : "recheck",
      after: latest.observation,
    });
  }
  return out.sort(
    (a, b) => compareDates(a.dueOn, b.dueOn) || (a.child < b.child ? -1 : a.child > b.child ? 1 : 0) || REASON_ORDER[a.reason] - REASON_ORDER[b.reason],
  );
}
