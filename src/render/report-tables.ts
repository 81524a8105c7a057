/**
 * The numbers the rapor renderers show, computed once from the report so that a chart, the table
 * beside it and the Markdown version always agree. Presentation only: every count comes from the
 * report; nothing here recomputes a domain fact.
 *
 * @module
 */
import { enUS, id as idLocale } from "date-fns/locale";
import { CDC_2022_DOMAINS } from "../curricula/cdc-2022/milestones.js";
import type { Level } from "../model/index.js";
import type { ProgressReport, ReportItem, ReportSection } from "../report/index.js";
import { type CalendarDate, dateParts, formatDate } from "../time/index.js";
import type { ReportLabels } from "./report-messages.js";
import type { ChartFill } from "./svg.js";

/**
 * Every level in the order a table shows it.
 *
 * @example
 * ```ts
 * LEVEL_ORDER.slice(0, 4); // => ["BB", "MB", "BSH", "BSB"]
 * ```
 * @category Render
 * @internal
 */
export const LEVEL_ORDER: readonly Level[] = ["BB", "MB", "BSH", "BSB", "belum-muncul", "sudah-muncul", "not-yet", "not-sure", "achieved"];

/**
 * How each level is drawn so that it reads in black and white.
 *
 * @example
 * ```ts
 * LEVEL_FILLS.BB; // => "hatch"
 * ```
 * @category Render
 * @internal
 */
export const LEVEL_FILLS: Readonly<Record<Level, ChartFill>> = {
  BB: "hatch",
  MB: "light",
  BSH: "mid",
  BSB: "dark",
  "belum-muncul": "cross",
  "sudah-muncul": "dots",
  "not-yet": "hatch",
  "not-sure": "light",
  achieved: "mid",
};

const STPPA_SCALE: readonly Level[] = ["BB", "MB", "BSH", "BSB"];

/**
 * Whether the report's sections are Kurikulum Merdeka CP elements (else STPPA aspects).
 *
 * @param report - the report
 * @returns `cp` for a Kurikulum Merdeka framework (kind `cp`), else `stppa`
 * @example
 * ```ts
 * sectionKind(report); // => "stppa"
 * ```
 * @category Render
 * @internal
 */
export function sectionKind(report: ProgressReport): "stppa" | "cp" {
  return report.framework.kind === "cp" ? "cp" : "stppa";
}

/**
 * The levels the summary table shows: the BB–BSB scale whenever an STPPA indicator is expected (so
 * a rapor always shows the whole scale), and any other level that occurs.
 *
 * @param report - the report
 * @returns the levels in table order
 * @example
 * ```ts
 * levelsShown(report); // => ["BB", "MB", "BSH", "BSB"]
 * ```
 * @category Render
 * @internal
 */
export function levelsShown(report: ProgressReport): Level[] {
  const stppa = report.sections.some((s) => s.items.some((i) => i.framework.startsWith("stppa")));
  return LEVEL_ORDER.filter(
    (level) => (stppa && STPPA_SCALE.includes(level)) || report.sections.some((s) => s.distribution[level] > 0),
  );
}

/**
 * Items of a section that have a latest level (they go in the section's table).
 *
 * @param section - a report section
 * @returns the assessed items, in the report's order
 * @example
 * ```ts
 * assessedItems(section).every((i) => i.latest !== null); // => true
 * ```
 * @category Render
 * @internal
 */
export function assessedItems(section: ReportSection): ReportItem[] {
  return section.items.filter((i) => i.latest !== null || i.observedInPeriod > 0);
}

/**
 * Items of a section never assessed up to the end of the period.
 *
 * @param section - a report section
 * @returns the never-assessed items, in the report's order
 * @example
 * ```ts
 * unassessedItems(section).length + assessedItems(section).length === section.expected; // => true
 * ```
 * @category Render
 * @internal
 */
export function unassessedItems(section: ReportSection): ReportItem[] {
  return section.items.filter((i) => i.latest === null && i.observedInPeriod === 0);
}

/**
 * One row of the summary table (and one bar of the level chart).
 *
 * @category Render
 * @internal
 */
export interface LevelRow {
  readonly section: ReportSection;
  /** Counts in the order of `levelsShown`, then "not assessed". */
  readonly values: readonly number[];
}

/**
 * The summary rows: per section, the count at each shown level and the not-assessed count.
 *
 * @param report - the report
 * @param levels - the levels shown (see {@link levelsShown})
 * @returns one row per section
 * @example
 * ```ts
 * levelRows(report, ["BB", "MB", "BSH", "BSB"])[0]?.values; // => [2, 1, 0, 0, 3]
 * ```
 * @category Render
 * @internal
 */
export function levelRows(report: ProgressReport, levels: readonly Level[]): LevelRow[] {
  return report.sections.map((section) => {
    const assessed = levels.reduce((n, l) => n + section.distribution[l], 0);
    return { section, values: [...levels.map((l) => section.distribution[l]), Math.max(0, section.expected - assessed)] };
  });
}

/**
 * Per Montessori area: presented, practising, mastered and their total.
 *
 * @param report - the report
 * @param labels - the labels of the report's locale
 * @returns one row per area
 * @example
 * ```ts
 * areaRows(report, REPORT_LABELS.id)[0]; // => { area: "practical-life", label: "Kehidupan praktis", values: [1, 2, 8], total: 11 }
 * ```
 * @category Render
 * @internal
 */
export function areaRows(report: ProgressReport, labels: ReportLabels) {
  return report.montessori.areas.map((a) => ({
    area: a.area,
    label: labels.areas[a.area],
    values: [a.presented, a.practicing, a.mastered] as const,
    total: a.presented + a.practicing + a.mastered,
  }));
}

function monthShort(month: number, locale: ProgressReport["locale"]): string {
  return (locale === "id" ? idLocale : enUS).localize.month((month - 1) as never, { width: "abbreviated" });
}

/**
 * Per week of the period: the Monday in words, the chart tick (day of month), the month name at the
 * first week of each month, and the count.
 *
 * @param report - the report
 * @returns one row per week
 * @example
 * ```ts
 * weekRows(report)[0]; // => { week: "2026-06-29", label: "29 Juni 2026", tick: "29", group: "Jun", count: 0 }
 * ```
 * @category Render
 * @internal
 */
export function weekRows(report: ProgressReport) {
  let lastMonth = -1;
  return report.activity.map((w) => {
    const { month, day } = dateParts(w.week as CalendarDate);
    const group = month !== lastMonth ? monthShort(month, report.locale) : "";
    lastMonth = month;
    return { week: w.week, label: formatDate(w.week as CalendarDate, report.locale), tick: String(day), group, count: w.count };
  });
}

/**
 * A measurement with the locale's decimal separator and at most two decimals.
 *
 * @param value - the number
 * @param labels - the labels of the report's locale (for the separator)
 * @returns the text
 * @example
 * ```ts
 * formatMeasure(18.3, REPORT_LABELS.id); // => "18,3"
 * ```
 * @category Render
 * @internal
 */
export function formatMeasure(value: number, labels: ReportLabels): string {
  const r = Math.round(value * 100) / 100;
  return String(r === 0 ? 0 : r).replace(".", labels.decimal);
}

/**
 * The name of a concern's section: a report section, else a CDC milestone domain (milestone
 * concerns name their domain), else the id; the "other" label when there is none.
 *
 * @param report - the report
 * @param id - the concern's section id
 * @param other - the label for concerns without a section
 * @returns the name
 * @example
 * ```ts
 * sectionName(report, "kog", "Lainnya"); // => "Kognitif"
 * ```
 * @category Render
 * @internal
 */
export function sectionName(report: ProgressReport, id: string | null, other: string): string {
  if (id === null) return other;
  const section = report.sections.find((s) => s.id === id);
  if (section !== undefined) return section.name;
  const domain = CDC_2022_DOMAINS.find((d) => d.id === id);
  if (domain !== undefined) return report.locale === "en" ? domain.name.en : domain.name.id;
  return id;
}

/**
 * The growth rows: label, value with unit (or null) and date in words (or null).
 *
 * @param report - the report
 * @param labels - the labels of the report's locale
 * @returns weight, height and head circumference
 * @example
 * ```ts
 * growthRows(report, REPORT_LABELS.id)[0]; // => { label: "Berat badan", value: "17,9 kg", date: "5 November 2026" }
 * ```
 * @category Render
 * @internal
 */
export function growthRows(report: ProgressReport, labels: ReportLabels) {
  const g = report.growth;
  return [
    { label: labels.growth.weight, unit: labels.growth.kg, m: g.weightKg },
    { label: labels.growth.height, unit: labels.growth.cm, m: g.heightCm },
    { label: labels.growth.head, unit: labels.growth.cm, m: g.headCircumferenceCm },
  ].map((r) => ({
    label: r.label,
    value: r.m ? `${formatMeasure(r.m.value, labels)} ${r.unit}` : null,
    date: r.m ? formatDate(r.m.date as CalendarDate, report.locale) : null,
  }));
}

/**
 * Concerns grouped by kind, kinds in a fixed order, each keeping the engine's order.
 *
 * @param report - the report
 * @returns the non-empty groups
 * @example
 * ```ts
 * concernGroups(report).map((g) => g.kind); // => ["still-bb", "milestone", "not-observed"]
 * ```
 * @category Render
 * @internal
 */
export function concernGroups(report: ProgressReport) {
  const kinds = ["still-bb", "earlier-band", "milestone", "screening", "stalled-lesson", "not-observed"] as const;
  return kinds
    .map((kind) => ({ kind, concerns: report.concerns.filter((c) => c.kind === kind) }))
    .filter((g) => g.concerns.length > 0);
}

/**
 * Concerns grouped by section: the report's sections in order, then other sections (milestone
 * domains, none) in order of appearance.
 *
 * @param report - the report
 * @param concerns - concerns of one kind
 * @returns the non-empty groups
 * @example
 * ```ts
 * bySection(report, concerns).map((g) => g.section); // => ["nam", "fm", "sel"]
 * ```
 * @category Render
 * @internal
 */
export function bySection<T extends { readonly section: string | null }>(report: ProgressReport, concerns: readonly T[]) {
  const order = [...report.sections.map((s) => s.id), ...new Set(concerns.map((c) => c.section).filter((s) => !report.sections.some((x) => x.id === s)))];
  return order
    .map((section) => ({ section, concerns: concerns.filter((c) => c.section === section) }))
    .filter((g) => g.concerns.length > 0);
}
