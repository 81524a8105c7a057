/**
 * Weeks and working days. Plans start on Monday (ISO 8601 weeks), as RPPM documents do.
 *
 * @module
 */
import { type CalendarDate, addDays, dayNumber } from "./calendar-date.js";

/**
 * ISO weekday: 1 = Monday (Senin) … 7 = Sunday (Minggu).
 *
 * @category Time
 */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * The ISO weekday of a date.
 *
 * @param date - any date
 * @returns 1 (Monday) to 7 (Sunday)
 * @example
 * ```ts
 * weekday(parseCalendarDate("2026-11-28")); // => 6 (Saturday)
 * ```
 * @category Time
 */
export function weekday(date: CalendarDate): Weekday {
  // 1970-01-01 was a Thursday (ISO 4).
  const n = dayNumber(date);
  return ((((n + 3) % 7) + 7) % 7 + 1) as Weekday;
}

/**
 * The Monday of the week that contains a date.
 *
 * @param date - any date of the week
 * @returns that week's Monday (the date itself when it is a Monday)
 * @example
 * ```ts
 * mondayOf(parseCalendarDate("2026-11-29")); // => "2026-11-23"
 * ```
 * @category Time
 */
export function mondayOf(date: CalendarDate): CalendarDate {
  return addDays(date, 1 - weekday(date));
}

/** Options for {@link workingDays}. */
export interface WorkingDayOptions {
  /** The centre's working weekdays (1 = Monday). Default Monday–Friday. */
  readonly weekdays?: readonly Weekday[];
  /** Dates the centre is closed (public holidays, cuti bersama). */
  readonly holidays?: readonly CalendarDate[];
}

/** Monday to Friday, the default working week of an office daycare. */
export const DEFAULT_WORKING_WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];

/**
 * The working days of the week containing `date`, in order, skipping non-working weekdays and
 * holidays.
 *
 * @param date - any date of the week
 * @param options - working weekdays and holidays
 * @returns the dates, Monday first
 * @example
 * ```ts
 * workingDays(parseCalendarDate("2026-12-23"), { holidays: [parseCalendarDate("2026-12-25")] });
 * // => ["2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24"]
 * ```
 * @category Time
 */
export function workingDays(date: CalendarDate, options: WorkingDayOptions = {}): CalendarDate[] {
  const weekdays = new Set(options.weekdays ?? DEFAULT_WORKING_WEEKDAYS);
  const holidays = new Set<string>(options.holidays ?? []);
  const monday = mondayOf(date);
  const out: CalendarDate[] = [];
  for (let i = 0; i < 7; i++) {
    const d = addDays(monday, i);
    if (weekdays.has((i + 1) as Weekday) && !holidays.has(d)) out.push(d);
  }
  return out;
}
