/**
 * Age in completed years, months and days.
 *
 * ## The month-end rule (and 29 February)
 * A month of life is completed on the day of the month on which the child was born. When that day
 * does not exist in a month (born on the 29th–31st), the default rule `"next-day"` completes the
 * month on the first day of the following month: a child born on 29 Feb 2024 turns 1 on
 * 1 Mar 2025, and a child born on 31 Jan is 1 month old on 1 Mar in a common year (28 Feb is still
 * "0 months 28 days"). This is the reading of "completed" used by German and English law for
 * leap-day birthdays; Indonesian regulation sets no rule. The alternative `"last-day"` completes
 * the month on the last day of the shorter month (28 Feb), as moment and dayjs do.
 *
 * Either way the result never says "1 year 12 months" (the date-fns `intervalToDuration` quirk):
 * months are always 0–11 and days 0–30, and the age never decreases as `asOf` grows.
 *
 * @module
 */
import { ValidationError } from "../errors/index.js";
import { type CalendarDate, dateParts, dayNumber, daysFromCivil, daysInMonth } from "./calendar-date.js";

/**
 * Completed age. `totalMonths` is what age bands use.
 *
 * @category Time
 */
export interface Age {
  /** Completed years. */
  readonly years: number;
  /** Completed months after the years, 0–11. */
  readonly months: number;
  /** Days after the last completed month, 0–30. */
  readonly days: number;
  /** Completed months in total (`years * 12 + months`). */
  readonly totalMonths: number;
}

/**
 * How a month is completed when the birth day does not exist in the month (see module docs).
 *
 * @category Time
 */
export type MonthEndRule = "next-day" | "last-day";

/** Options for {@link ageOn}. */
export interface AgeOptions {
  /** Month-end and leap-day rule. Default `"next-day"`. */
  readonly monthEnd?: MonthEndRule;
}

/** Day number of the date `k` months after birth under the month-end rule. */
function anniversaryDay(year: number, month: number, day: number, k: number, rule: MonthEndRule): number {
  const index = year * 12 + (month - 1) + k;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const dim = daysInMonth(y, m);
  if (day <= dim) return daysFromCivil(y, m, day);
  return rule === "last-day" ? daysFromCivil(y, m, dim) : daysFromCivil(y, m, dim) + 1;
}

/**
 * A child's completed age on a date.
 *
 * @param birthDate - date of birth
 * @param asOf - the date to measure on (never "today": pass it)
 * @param options - the month-end rule, default `"next-day"`
 * @returns completed years, months, days and total months
 * @throws {@link ValidationError} with code `before_birth` when `asOf` is before `birthDate`
 * @example
 * ```ts
 * ageOn(parseCalendarDate("2022-04-15"), parseCalendarDate("2026-11-28"));
 * // => { years: 4, months: 7, days: 13, totalMonths: 55 }
 * ageOn(parseCalendarDate("2024-02-29"), parseCalendarDate("2025-02-28"));
 * // => { years: 0, months: 11, days: 30, totalMonths: 11 }
 * ```
 * @category Time
 */
export function ageOn(birthDate: CalendarDate, asOf: CalendarDate, options: AgeOptions = {}): Age {
  const rule = options.monthEnd ?? "next-day";
  const b = dateParts(birthDate);
  const a = dateParts(asOf);
  const target = dayNumber(asOf);
  if (target < dayNumber(birthDate)) {
    throw new ValidationError([
      {
        path: "asOf",
        code: "before_birth",
        message: `date ${asOf} is before the birth date ${birthDate}`,
        detail: { key: "before_birth", values: { date: asOf, birth: birthDate } },
      },
    ]);
  }
  let k = (a.year - b.year) * 12 + (a.month - b.month);
  let anniversary = anniversaryDay(b.year, b.month, b.day, k, rule);
  while (anniversary > target) {
    k -= 1;
    anniversary = anniversaryDay(b.year, b.month, b.day, k, rule);
  }
  return { years: Math.floor(k / 12), months: k % 12, days: target - anniversary, totalMonths: k };
}

/**
 * Completed months of age on a date (the number age bands use).
 *
 * @param birthDate - date of birth
 * @param asOf - the date to measure on
 * @returns completed months
 * @throws {@link ValidationError} when `asOf` is before birth
 * @example
 * ```ts
 * ageInMonths(parseCalendarDate("2022-04-15"), parseCalendarDate("2026-11-28")); // => 55
 * ```
 * @category Time
 */
export function ageInMonths(birthDate: CalendarDate, asOf: CalendarDate, options: AgeOptions = {}): number {
  return ageOn(birthDate, asOf, options).totalMonths;
}

/**
 * Locales tumbuh writes in: Bahasa Indonesia (`id`, the default) and English (`en`).
 *
 * @category Messages
 */
export type Locale = "id" | "en";

/**
 * An age in words for people: "4 tahun 7 bulan" / "4 years 7 months". Children under one month
 * are given in days ("12 hari"); zero parts are left out ("2 tahun", "7 bulan").
 *
 * @param age - from {@link ageOn}
 * @param locale - `"id"` (default) or `"en"`
 * @returns the words
 * @example
 * ```ts
 * formatAge({ years: 4, months: 7, days: 13, totalMonths: 55 }); // => "4 tahun 7 bulan"
 * formatAge({ years: 1, months: 1, days: 0, totalMonths: 13 }, "en"); // => "1 year 1 month"
 * ```
 * @category Time
 */
export function formatAge(age: Age, locale: Locale = "id"): string {
  const parts: string[] = [];
  if (locale === "id") {
    if (age.years > 0) parts.push(`${age.years} tahun`);
    if (age.months > 0) parts.push(`${age.months} bulan`);
    if (parts.length === 0) parts.push(`${age.days} hari`);
  } else {
    if (age.years > 0) parts.push(`${age.years} ${age.years === 1 ? "year" : "years"}`);
    if (age.months > 0) parts.push(`${age.months} ${age.months === 1 ? "month" : "months"}`);
    if (parts.length === 0) parts.push(`${age.days} ${age.days === 1 ? "day" : "days"}`);
  }
  return parts.join(" ");
}
