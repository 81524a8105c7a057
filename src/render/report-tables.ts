/**
 * The numbers the rapor renderers show, computed once from the report so that a chart, the table
 * beside it and the Markdown version always agree. Presentation only: every count comes from the
 * report; nothing here recomputes a domain fact.
 *
 * @module
 */
import { enUS, id as idLocale } from "date-fns/locale";
import type { Level } from "../model/index.js";
import type { ProgressReport, ReportItem, ReportSection } from "../report/index.js";
import { type CalendarDate, dateParts, formatDate } from "../time/index.js";
import type { ReportLabels } from "./report-messages.js";
import type { ChartFill } from "./svg.js";

/** Every level in the order a table shows it. */
export const LEVEL_ORDER: readonly Level[] = ["BB", "MB", "BSH", "BSB", "belum-muncul", "sudah-muncul", "not-yet", "not-sure", "achieved"];

/** How each level is drawn in black and white. */
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

/** Whether the report's sections are Kurikulum Merdeka CP elements (else STPPA aspects). */
export function sectionKind(report: ProgressReport): "stppa" | "cp" {
  return report.framework.id === "merdeka-cp" ? "cp" : "stppa";
}

/**
 * The levels the summary table shows: the BB–BSB scale whenever an STPPA indicator is expected (so
 * a rapor always shows the whole scale), and any other level that occurs.
 */
export function levelsShown(report: ProgressReport): Level[] {
  const stppa = report.sections.some((s) => s.items.some((i) => i.framework.startsWith("stppa")));
  return LEVEL_ORDER.filter(
    (level) => (stppa && STPPA_SCALE.includes(level)) || report.sections.some((s) => s.distribution[level] > 0),
  );
}

/** Items of a section that have a latest level (they go in the section's table). */
export function assessedItems(section: ReportSection): ReportItem[] {
  return section.items.filter((i) => i.latest !== null || i.observedInPeriod > 0);
}

/** Items of a section never assessed up to the end of the period. */
export function unassessedItems(section: ReportSection): ReportItem[] {
  return section.items.filter((i) => i.latest === null && i.observedInPeriod === 0);
}

/** One row of the summary table (and one bar of the level chart). */
export interface LevelRow {
  readonly section: ReportSection;
  /** Counts in the order of `levelsShown`, then "not assessed". */
  readonly values: readonly number[];
}

/** The summary rows: per section, the count at each shown level and the not-assessed count. */
export function levelRows(report: ProgressReport, levels: readonly Level[]): LevelRow[] {
  return report.sections.map((section) => {
    const assessed = levels.reduce((n, l) => n + section.distribution[l], 0);
    return { section, values: [...levels.map((l) => section.distribution[l]), Math.max(0, section.expected - assessed)] };
  });
}

/** Per Montessori area: presented, practising, mastered. */
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

/** Per week of the period: the date in words, the tick (day), the month at a month's first week. */
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
 * A measurement with the locale's decimal separator and at most two decimals: "18,3" / "18.3".
 */
export function formatMeasure(value: number, labels: ReportLabels): string {
  const r = Math.round(value * 100) / 100;
  return String(r === 0 ? 0 : r).replace(".", labels.decimal);
}

/** The name of a section by id (for concerns), or the "other" label. */
export function sectionName(report: ProgressReport, id: string | null, other: string): string {
  if (id === null) return other;
  return report.sections.find((s) => s.id === id)?.name ?? id;
}

/** The growth rows: label, value text with unit or null, date. */
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

/** Concerns grouped by kind, kinds in a fixed order, each keeping the engine's order. */
export function concernGroups(report: ProgressReport) {
  const kinds = ["still-bb", "earlier-band", "milestone", "screening", "stalled-lesson", "not-observed"] as const;
  return kinds
    .map((kind) => ({ kind, concerns: report.concerns.filter((c) => c.kind === kind) }))
    .filter((g) => g.concerns.length > 0);
}

/** Concerns of one kind grouped by section, in the report's section order, then unknown sections. */
export function bySection<T extends { readonly section: string | null }>(report: ProgressReport, concerns: readonly T[]) {
  const order = [...report.sections.map((s) => s.id), ...new Set(concerns.map((c) => c.section).filter((s) => !report.sections.some((x) => x.id === s)))];
  return order
    .map((section) => ({ section, concerns: concerns.filter((c) => c.section === section) }))
    .filter((g) => g.concerns.length > 0);
}
