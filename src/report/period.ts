/**
 * Report periods: the semester of the school year that contains a date.
 *
 * @module
 */
import type { LocalizedText, Settings } from "../model/index.js";
import { type CalendarDate, addDays, addMonths, calendarDate, daysBetween, dateParts } from "../time/index.js";

/**
 * A closed date interval `[from, to]` with a name.
 *
 * @category Report
 */
export interface Period {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly name: LocalizedText;
}

/**
 * The semester (from the centre's settings) that contains a date. By default Semester 1 runs
 * 1 July – 31 December and Semester 2 runs 1 January – 30 June.
 *
 * @param settings - the centre's settings
 * @param date - any date
 * @returns the semester as a period
 * @example
 * ```ts
 * semesterOf(defaultSettings("x"), parseCalendarDate("2026-11-28"));
 * // => { from: "2026-07-01", to: "2026-12-31", name: { id: "Semester 1 (Ganjil) 2026/2027", … } }
 * ```
 * @category Report
 */
export function semesterOf(settings: Settings, date: CalendarDate): Period {
  let perSettings = semesters.get(settings);
  if (perSettings === undefined) {
    perSettings = new Map();
    semesters.set(settings, perSettings);
  }
  let period = perSettings.get(date);
  if (period === undefined) {
    // Frozen: every caller gets the same object.
    const computed = computeSemester(settings, date);
    period = Object.freeze({ ...computed, name: Object.freeze({ ...computed.name }) });
    if (perSettings.size >= 1024) perSettings.clear();
    perSettings.set(date, period);
  }
  return period;
}

/** Semesters by settings and date: a report run asks the same question for every child. */
const semesters = new WeakMap<Settings, Map<string, Period>>();

function computeSemester(settings: Settings, date: CalendarDate): Period {
  const { year } = dateParts(date);
  let best: Period | undefined;
  for (const y of [year - 1, year]) {
    for (const s of settings.semesters) {
      const from = calendarDate(y, s.startMonth, 1);
      const to = addDays(addMonths(from, s.months), -1);
      if (from <= date && date <= to && (best === undefined || from > best.from)) {
        const startYear = s.startMonth >= 7 ? y : y - 1;
        const schoolYear = `${startYear}/${startYear + 1}`;
        best = {
          from,
          to,
          name: { id: `${s.name.id} ${schoolYear}`, en: `${s.name.en ?? s.name.id} ${schoolYear}` },
        };
      }
    }
  }
  // Settings whose semesters leave gaps: fall back to the six months ending on the date.
  return best ?? { from: addDays(addMonths(date, -6), 1), to: date, name: { id: "Enam bulan terakhir", en: "Last six months" } };
}

/**
 * The period of the same length that ends the day before `period` starts.
 *
 * @param period - a period
 * @returns the previous period
 * @example
 * ```ts
 * previousPeriod({ from: "2026-07-01", to: "2026-12-31", name }).from; // => "2025-12-30"
 * ```
 * @category Report
 */
export function previousPeriod(period: Period): Period {
  const length = daysBetween(period.from, period.to);
  const to = addDays(period.from, -1);
  return { from: addDays(to, -length), to, name: { id: "Periode sebelumnya", en: "Previous period" } };
}
