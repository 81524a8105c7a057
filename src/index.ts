/**
 * tumbuh — child development tracking for Indonesian PAUD centres that combine the national
 * curriculum (STPPA Permendikbud 137/2014, Kurikulum Merdeka CP) with Montessori.
 *
 * Everything here is pure: data in, data out, no clock, no I/O, no logging. Dates are
 * `YYYY-MM-DD` strings; `asOf` is always passed.
 *
 * @packageDocumentation
 */

// Errors
export { type Issue, type IssueCode, type SafeResult, ValidationError } from "./errors/index.js";
export type { IssueDetail, IssueDetailKey } from "./errors/index.js";

// Calendar time
export {
  type Age,
  type AgeOptions,
  type CalendarDate,
  CalendarDateSchema,
  type DateParts,
  DEFAULT_WORKING_WEEKDAYS,
  type Locale,
  type MonthEndRule,
  type Weekday,
  type WorkingDayOptions,
  addDays,
  addMonths,
  ageInMonths,
  ageOn,
  calendarDate,
  compareDates,
  dateParts,
  dayNumber,
  daysBetween,
  daysInMonth,
  formatAge,
  formatDate,
  fromDayNumber,
  isCalendarDate,
  isLeapYear,
  MAX_YEAR,
  MIN_YEAR,
  mondayOf,
  parseCalendarDate,
  weekday,
  weekdayName,
  workingDays,
} from "./time/index.js";

// Model
export * from "./model/index.js";

// Journal
export * from "./journal/index.js";

// Documents
export {
  createCentre,
  defaultSettings,
  parseCentre,
  safeParseCentre,
  serializeCentre,
} from "./io/centre-document.js";

// Curricula (bundled data and how a centre's curriculum is resolved)
export * from "./curricula/index.js";

// Progress fold
export * from "./progress/index.js";

// Sample centre
export { createSampleCentre, type SampleOptions } from "./sample/index.js";
export { SAMPLE_UNDER3_DAY, sampleDaySchedule } from "./sample/day-schedule.js";
export { type SampleNidoOptions, withSampleNidoGroup } from "./sample/nido.js";

// Weekly and daily plans (RPPM / RPPH)
export * from "./planning/index.js";

// Developmental screening (KPSP)
export * from "./screening/index.js";

// Spreadsheets (CSV import and export)
export * from "./io/csv/index.js";
export { type DecodedText, type TextEncodingName, decodeText } from "./io/encoding.js";

// Progress report (rapor)
export * from "./report/index.js";

// Renderers (Markdown, printable HTML with inline SVG charts, JSON)
export * from "./render/index.js";

// Cohort summaries (additive, mergeable, small cells suppressed)
export * from "./cohort/index.js";

// Storage contract (the app owns storage; stores for it in tumbuh/node and tumbuh/browser)
export * from "./store/index.js";

// Growth: WHO z-scores and Permenkes 2/2020 nutrition status (the WHO tables are in their own modules)
export * from "./growth/index.js";

// A day at the centre: attendance, care log, daily note, day sheet, ratios
export * from "./care/index.js";
