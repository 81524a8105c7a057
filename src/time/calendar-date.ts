/**
 * Calendar dates without time or time zone.
 *
 * A `CalendarDate` is a `YYYY-MM-DD` string branded by the type system. All arithmetic is done on
 * integers (a day number since 1970-01-01, proleptic Gregorian), never through JS `Date`, so a
 * date never drifts a day when the code runs west of UTC or on a server in UTC before 07:00 WIB.
 *
 * @module
 */
import * as z from "zod";
import { ValidationError } from "../errors/index.js";

declare const calendarDateBrand: unique symbol;

/**
 * A real calendar date written `YYYY-MM-DD` in the supported range 1900-01-01 … 2999-12-31 (see
 * {@link MIN_YEAR}), branded so a plain string cannot be passed where a checked date is expected.
 *
 * @example
 * ```ts
 * import { parseCalendarDate } from "tumbuh";
 * const d = parseCalendarDate("2026-11-28"); // => "2026-11-28" typed as CalendarDate
 * ```
 * @category Time
 */
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The first year tumbuh accepts in a date. Children's records begin long after 1900; the bound
 * keeps typing mistakes (`0202-05-01`) out.
 *
 * @example
 * ```ts
 * isCalendarDate(`${MIN_YEAR}-01-01`); // => true
 * ```
 * @category Time
 */
export const MIN_YEAR = 1900;

/**
 * The last year tumbuh accepts in a date. Far below 9999 on purpose: walks over weeks, months and
 * semesters may step a year or two past a date and must still land on a four-digit year.
 *
 * @example
 * ```ts
 * isCalendarDate(`${MAX_YEAR}-12-31`); // => true
 * isCalendarDate("9999-12-27"); // => false
 * ```
 * @category Time
 */
export const MAX_YEAR = 2999;

/**
 * Days in a month of the proleptic Gregorian calendar.
 *
 * @param year - the full year, e.g. 2024
 * @param month - 1–12
 * @returns 28–31
 * @example
 * ```ts
 * daysInMonth(2024, 2); // => 29
 * ```
 * @category Time
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether a year is a Gregorian leap year.
 *
 * @param year - the full year
 * @returns true for 2024 and 2000, false for 1900 and 2025
 * @example
 * ```ts
 * isLeapYear(2000); // => true
 * ```
 * @category Time
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Why a string is not a calendar date, or undefined when it is one. */
export function calendarDateProblem(value: unknown): string | undefined {
  if (typeof value !== "string") return `expected a date YYYY-MM-DD, got ${describe(value)}`;
  const m = DATE_PATTERN.exec(value);
  if (!m) return `expected YYYY-MM-DD, got ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < MIN_YEAR || y > MAX_YEAR) return `year out of range in ${JSON.stringify(value)}: tumbuh reads dates from ${MIN_YEAR}-01-01 to ${MAX_YEAR}-12-31`;
  if (mo < 1 || mo > 12) return `month ${m[2]} does not exist in ${JSON.stringify(value)}`;
  if (d < 1 || d > daysInMonth(y, mo)) return `day ${m[3]} does not exist in ${JSON.stringify(value)}`;
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

/**
 * Whether a value is a valid calendar date string (`YYYY-MM-DD`, a day that exists).
 *
 * @param value - anything
 * @returns true for `"2024-02-29"`, false for `"2025-02-29"`, `"2025-1-5"` or `"2025-01-05T00:00"`
 * @example
 * ```ts
 * isCalendarDate("2025-13-01"); // => false
 * ```
 * @category Time
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return calendarDateProblem(value) === undefined;
}

/**
 * Checks a string and returns it as a {@link CalendarDate}.
 *
 * @param value - the text to check
 * @returns the same text, branded
 * @throws {@link ValidationError} with code `invalid_date` when it is not a real date
 * @example
 * ```ts
 * parseCalendarDate("2024-02-29"); // => "2024-02-29"
 * parseCalendarDate("2025-02-29"); // throws ValidationError: day 29 does not exist
 * ```
 * @category Time
 */
export function parseCalendarDate(value: string): CalendarDate {
  const problem = calendarDateProblem(value);
  if (problem !== undefined) throw new ValidationError([{ path: "", code: "invalid_date", message: problem }]);
  return value as CalendarDate;
}

/**
 * Zod schema for a {@link CalendarDate}; reuse it in forms.
 *
 * @example
 * ```ts
 * CalendarDateSchema.safeParse("2025-1-5").success; // => false
 * ```
 * @category Schemas
 */
export const CalendarDateSchema: z.ZodType<CalendarDate, string> = z.custom<CalendarDate>((v) => isCalendarDate(v), {
  params: { code: "invalid_date" },
  error: (issue) => calendarDateProblem(issue.input) ?? "invalid date",
}) as unknown as z.ZodType<CalendarDate, string>;

/** Year, month and day of a date. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Splits a date into numbers.
 *
 * @param date - a checked date
 * @returns `{ year, month, day }`
 * @example
 * ```ts
 * dateParts(parseCalendarDate("2026-11-28")); // => { year: 2026, month: 11, day: 28 }
 * ```
 * @category Time
 */
export function dateParts(date: CalendarDate): DateParts {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/**
 * Builds a date from numbers, clamping nothing: the day must exist.
 *
 * @param year - full year 1900–2999
 * @param month - 1–12
 * @param day - 1–31, must exist in that month
 * @returns the date
 * @throws {@link ValidationError} when the day does not exist
 * @example
 * ```ts
 * calendarDate(2026, 11, 28); // => "2026-11-28"
 * ```
 * @category Time
 */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return parseCalendarDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Builds a date from parts already known to be valid (internal fast path). */
function fromParts(year: number, month: number, day: number): CalendarDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CalendarDate;
}

/**
 * The number of days since 1970-01-01 (negative before), computed with integers only.
 * Algorithm: H. Hinnant, "chrono-compatible low-level date algorithms" (days_from_civil).
 *
 * @param date - a checked date
 * @returns an integer day number
 * @example
 * ```ts
 * dayNumber(parseCalendarDate("1970-01-02")); // => 1
 * ```
 * @category Time
 */
export function dayNumber(date: CalendarDate): number {
  const { year, month, day } = dateParts(date);
  return daysFromCivil(year, month, day);
}

/** Day number of a year, month and day (the integer core of {@link dayNumber}; parts must be valid). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The date of a day number (inverse of {@link dayNumber}).
 *
 * @param n - days since 1970-01-01
 * @returns the date
 * @example
 * ```ts
 * fromDayNumber(0); // => "1970-01-01"
 * ```
 * @category Time
 */
export function fromDayNumber(n: number): CalendarDate {
  const z0 = n + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return fromParts(year, month, day);
}

/**
 * Adds (or with a negative count, subtracts) days.
 *
 * @param date - the start
 * @param days - whole days
 * @returns the new date
 * @example
 * ```ts
 * addDays(parseCalendarDate("2024-02-28"), 1); // => "2024-02-29"
 * ```
 * @category Time
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * Adds calendar months; a day that does not exist in the target month is clamped to its last
 * day (31 Jan + 1 month = 28 or 29 Feb), as calendars and date-fns `addMonths` do.
 *
 * @param date - the start
 * @param months - whole months, may be negative
 * @returns the new date
 * @example
 * ```ts
 * addMonths(parseCalendarDate("2025-01-31"), 1); // => "2025-02-28"
 * ```
 * @category Time
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return fromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * Days from `from` to `to` (positive when `to` is later).
 *
 * @param from - start date
 * @param to - end date
 * @returns whole days
 * @example
 * ```ts
 * daysBetween(parseCalendarDate("2024-02-28"), parseCalendarDate("2024-03-01")); // => 2
 * ```
 * @category Time
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Compares two dates for sorting. `YYYY-MM-DD` strings sort correctly as text, so this is a plain
 * string comparison.
 *
 * @returns negative, zero or positive
 * @example
 * ```ts
 * ["2025-03-01", "2024-12-31"].sort(compareDates); // => ["2024-12-31", "2025-03-01"]
 * ```
 * @category Time
 */
export function compareDates(a: CalendarDate | string, b: CalendarDate | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
