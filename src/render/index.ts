export { escapeHtml } from "./html.js";
export { type LevelLabel, type ReportLabels, REPORT_LABELS, reportLabels } from "./report-messages.js";
export { type ChartFill, type ChartSeries, type ColumnChartOptions, type StackedBarOptions, columnChart, noDataChart, stackedBarChart, svgNumber } from "./svg.js";
export { escapeMarkdown, renderReportJson, renderReportMarkdown } from "./report-markdown.js";
export { renderReportHtml } from "./report-html.js";
export { type GrowthChartCurve, type GrowthChartOptions, growthChart } from "./growth-chart.js";
export { CARE_LABELS, type CareLabels, dailyNoteSections, type Meal, type Milk, type Mood, type NoteSection, type Toilet } from "./daily-note-messages.js";
export { renderDailyNoteHtml, renderDailyNoteMarkdown, renderDailyNoteText } from "./daily-note.js";
export { renderDaySheetHtml, renderDaySheetMarkdown } from "./day-sheet.js";
