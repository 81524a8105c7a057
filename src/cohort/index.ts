/**
 * Cohort summaries (rekap) for Dinas Pendidikan and child-protection offices: additive counts
 * without any child's record, combined across centres and published with small cells suppressed.
 *
 * @module
 */
export type { SummaryOptions } from "./child.js";
export type { SummaryMeta } from "./cells.js";
export { combineSummaries, emptySummary, summarize } from "./summarize.js";
export { DEFAULT_MIN_CELL_SIZE, MIN_CELL_SIZE_FLOOR, type PublishOptions, publishSummary } from "./publish.js";
export { publishedSummaryCsv, SUMMARY_COLUMNS, summaryFromRows, summaryRows, summaryRowsCsv } from "./rows.js";
export {
  type PublishedCell,
  PublishedCellSchema,
  type PublishedSummary,
  PublishedSummarySchema,
  parseSummary,
  safeParseSummary,
  SUMMARY_FORMAT,
  type Summary,
  type SummaryConcernKind,
  SummaryConcernKindSchema,
  type SummaryDimension,
  SummaryDimensionSchema,
  type SummaryRow,
  SummaryRowSchema,
  SummarySchema,
} from "./schema.js";
