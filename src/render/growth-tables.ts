/**
 * The growth part of the rapor as text cells, shared by the HTML and Markdown renderers: the
 * measurement table with z-scores, the table that goes with each growth chart, and the chart
 * options. Unescaped text; each renderer escapes it its way.
 *
 * @module
 */
import type { GrowthChartData, ProgressReport, ReportZScore } from "../report/index.js";
import { formatDate } from "../time/index.js";
import type { GrowthChartOptions } from "./growth-chart.js";
import type { ReportLabels } from "./report-messages.js";

function decimal(n: number, labels: ReportLabels, digits?: number): string {
  const text = digits === undefined ? String(Math.round(n * 100) / 100) : n.toFixed(digits);
  return text.replace("-", "\u2212").replace(".", labels.decimal);
}

/** A z-score cell: the z with two decimals, `!` when WHO flags it as implausible, `–` when none. */
function zCell(z: ReportZScore | null, labels: ReportLabels): string {
  if (z === null) return "–";
  const text = `${z.z > 0 ? "+" : ""}${decimal(z.z, labels, 2)}`;
  return z.flagged ? `${text} !` : text;
}

/**
 * The columns and rows of the measurement table: date, age in months, weight, BB/U, length or
 * height, PB/U or TB/U, BB/PB or BB/TB, IMT/U, head circumference, LK/U.
 *
 * @param report - a report
 * @param labels - the labels of its locale
 * @returns header cells and one row of cells per measurement
 * @example
 * ```ts
 * growthMeasurementTable(report, REPORT_LABELS.id).header[0]; // => "Tanggal pengukuran"
 * ```
 * @category Render
 * @internal
 */
export function growthMeasurementTable(report: ProgressReport, labels: ReportLabels): { header: string[]; rows: string[][] } {
  const G = labels.growth;
  const header = [G.date, G.age, `${G.weight} (${G.kg})`, "BB/U", `${G.height} (${G.cm})`, "PB/U, TB/U", "BB/PB, BB/TB", "IMT/U", `${G.head} (${G.cm})`, "LK/U"];
  const n = (v: number | null) => (v === null ? "–" : decimal(v, labels));
  const rows = report.growthStatus.measurements.map((m) => [
    formatDate(m.date, report.locale),
    decimal(m.ageMonths, labels, 1),
    n(m.weightKg),
    zCell(m.wfa, labels),
    m.heightCm === null ? "–" : `${n(m.heightCm)}${m.measuredLying === null ? "" : m.measuredLying ? " (PB)" : " (TB)"}`,
    zCell(m.lhfa, labels),
    zCell(m.wflh, labels),
    zCell(m.bmifa, labels),
    n(m.headCircumferenceCm),
    zCell(m.hcfa, labels),
  ]);
  return { header, rows };
}

/**
 * The table that goes with a growth chart: date, age, the value and its z-score.
 *
 * @param chart - a chart of the report
 * @param report - the report
 * @param labels - the labels of its locale
 * @returns header cells and rows
 * @example
 * ```ts
 * growthChartTable(report.growthStatus.charts[0]!, report, REPORT_LABELS.id).header; // => ["Tanggal pengukuran", "Umur (bulan)", "Berat badan (kg)", "Skor-z"]
 * ```
 * @category Render
 * @internal
 */
export function growthChartTable(chart: GrowthChartData, report: ProgressReport, labels: ReportLabels): { header: string[]; rows: string[][] } {
  const G = labels.growth;
  return {
    header: [G.date, G.age, chart.index === "wfa" ? G.axisWeight : G.axisHeight, G.z],
    rows: chart.points.map((p) => [
      formatDate(p.date, report.locale),
      decimal(p.ageMonths, labels, 1),
      decimal(p.value, labels),
      p.z === null ? "–" : `${p.z > 0 ? "+" : ""}${decimal(p.z, labels, 2)}`,
    ]),
  };
}

/**
 * The options of {@link growthChart} for a chart of the report.
 *
 * @param chart - a chart of the report
 * @param report - the report
 * @param labels - the labels of its locale
 * @returns the chart options
 * @example
 * ```ts
 * growthChart(growthChartOptions(report.growthStatus.charts[0]!, report, REPORT_LABELS.id));
 * ```
 * @category Render
 * @internal
 */
export function growthChartOptions(chart: GrowthChartData, report: ProgressReport, labels: ReportLabels): GrowthChartOptions {
  const G = labels.growth;
  return {
    id: `chart-growth-${chart.index}`,
    title: chart.title,
    desc: `${report.locale === "en" ? "The background lines are the WHO standard curves from −3 SD to +3 SD (solid line: median); the black dots are the child's measurements." : "Garis latar adalah kurva standar WHO −3 SD sampai +3 SD (garis utuh: median); titik hitam adalah hasil pengukuran anak."} ${labels.charts.tableFollows}`,
    xLabel: G.months,
    yLabel: chart.index === "wfa" ? G.axisWeight : G.axisHeight,
    curves: chart.curves.map((c) => ({ sd: c.sd, points: c.points.map((p) => ({ x: p.ageMonths, y: p.value })) })),
    points: chart.points.map((p) => ({ x: p.ageMonths, y: p.value })),
    noData: labels.charts.noData,
    childLabel: G.childPoints(report.child.nickname),
  };
}
