/**
 * Dates in words, using the month and weekday names of the date-fns `id` and `enUS` locales
 * (read from the locale data directly, so no JS `Date` is created).
 *
 * @module
 */
import { enUS, id as idLocale } from "date-fns/locale";
import { type CalendarDate, dateParts } from "./calendar-date.js";
import type { Locale } from "./age.js";
import { weekday } from "./week.js";

function localeOf(locale: Locale) {
  return locale === "id" ? idLocale : enUS;
}

/**
 * A date in words: "28 November 2026" (id) or "28 November 2026" (en, day-first as in Indonesia).
 *
 * @param date - the date
 * @param locale - `"id"` (default) or `"en"`
 * @returns the words
 * @example
 * ```ts
 * formatDate(parseCalendarDate("2026-08-17")); // => "17 Agustus 2026"
 * ```
 * @category Time
 */
export function formatDate(date: CalendarDate, locale: Locale = "id"): string {
  const { year, month, day } = dateParts(date);
  const name = localeOf(locale).localize.month((month - 1) as never, { width: "wide" });
  return `${day} ${name} ${year}`;
}

/**
 * The weekday name of a date: "Senin" / "Monday".
 *
 * @param date - the date
 * @param locale - `"id"` (default) or `"en"`
 * @returns the name
 * @example
 * ```ts
 * weekdayName(parseCalendarDate("2026-11-30")); // => "Senin"
 * ```
 * @category Time
 */
export function weekdayName(date: CalendarDate, locale: Locale = "id"): string {
  const iso = weekday(date);
  // date-fns numbers days 0 = Sunday … 6 = Saturday.
  return localeOf(locale).localize.day((iso % 7) as never, { width: "wide" });
}
