/**
 * Summaries as flat additive rows: what a province loads into any SQL engine and adds up with
 * `GROUP BY`, instead of a distributed system.
 *
 * @module
 */
import * as z from "zod";
import { type Issue, ValidationError } from "../errors/index.js";
import { writeTable } from "../io/csv/table.js";
import { issuesFromZod } from "../io/issues.js";
import { buildSummary, cell, cellsOf, rowShapeProblem, type SummaryMeta } from "./cells.js";
import { parseSummary } from "./schema.js";
import { type PublishedSummary, type Summary, type SummaryRow, SummaryRowSchema } from "./schema.js";

/**
 * The columns of summary rows, in order.
 *
 * @category Cohort
 */
export const SUMMARY_COLUMNS = ["dimension", "band", "aspect", "area", "stage", "level", "kind", "count"] as const;

/**
 * The cells of a summary as flat rows, one per cell, with empty strings for the keys a dimension
 * does not use, plus one `centres` row. Every row is additive: the rows of many centres, summed
 * by `dimension, band, aspect, area, stage, level, kind`, are exactly the rows of
 * {@link combineSummaries} of those centres.
 *
 * @param summary - a summary
 * @returns rows in canonical order (new objects)
 * @example
 * ```ts
 * summaryRows(summary).slice(0, 2);
 * // => [{ dimension: "centres", band: "", aspect: "", area: "", stage: "", level: "", kind: "", count: 1 },
 * //     { dimension: "children", band: "0-3", aspect: "", area: "", stage: "", level: "", kind: "", count: 0 }]
 * // SQL: SELECT dimension, band, aspect, area, stage, level, kind, SUM(count)
 * //      FROM rows GROUP BY dimension, band, aspect, area, stage, level, kind
 * ```
 * @category Cohort
 */
export function summaryRows(summary: Summary): SummaryRow[] {
  return [{ ...cell("centres", {}), count: summary.centres }, ...cellsOf(summary)];
}

/**
 * The rows of {@link summaryRows} as CSV text with a header, ready for `COPY`/`.import` into a
 * database or a spreadsheet.
 *
 * @param summary - a summary
 * @param options - `excel: true` for `;`, CRLF and a BOM (Indonesian Excel); default `,` and LF
 * @returns CSV text
 * @example
 * ```ts
 * summaryRowsCsv(summary).split("\n")[0]; // => "dimension,band,aspect,area,stage,level,kind,count"
 * ```
 * @category Cohort
 */
export function summaryRowsCsv(summary: Summary, options: { readonly excel?: boolean } = {}): string {
  const rows = summaryRows(summary).map((r) => SUMMARY_COLUMNS.map((c) => String(r[c])));
  return writeTable(SUMMARY_COLUMNS, rows, { excel: options.excel ?? false });
}

const RowsSchema = z.array(SummaryRowSchema);

/**
 * Rebuilds a summary from rows, e.g. the result of a `GROUP BY` over the rows of many centres.
 * Rows with the same keys are added; the `centres` rows give the number of centres.
 *
 * @param meta - framework id, `asOf` and period (rows do not carry them)
 * @param rows - rows as {@link summaryRows} writes them (counts may come back from SQL as numbers)
 * @returns the summary
 * @throws {@link ValidationError} when a row is malformed (unknown dimension, keys that the
 *   dimension does not use, a negative or fractional count) or the result is not a valid summary
 * @example
 * ```ts
 * const total = summaryFromRows(meta, db.prepare(GROUP_BY_SQL).all());
 * // deep-equals combineSummaries(...centreSummaries)
 * ```
 * @category Cohort
 */
export function summaryFromRows(meta: SummaryMeta, rows: readonly unknown[]): Summary {
  const parsed = RowsSchema.safeParse(rows, { reportInput: true });
  if (!parsed.success) throw new ValidationError(issuesFromZod(parsed.error, ["rows"]));
  const issues: Issue[] = [];
  parsed.data.forEach((r, i) => {
    const problem = rowShapeProblem(r);
    if (problem !== undefined) issues.push({ path: `rows[${i}]`, code: "invalid_value", message: problem });
  });
  if (issues.length > 0) throw new ValidationError(issues);
  // Validate the document too: keys must be band, aspect, level, area, stage and kind ids.
  return parseSummary(buildSummary(meta, 0, parsed.data));
}

/**
 * A published summary as CSV: one line per cell and total, the count empty where it is
 * suppressed and `suppressed` set to `ya`/`yes` there, so the file loads into a database without
 * text in a numeric column.
 *
 * @param published - from {@link publishSummary}
 * @param options - `excel: true` for `;`, CRLF and a BOM; `language` of the `suppressed` column
 *   (`id` default: `ya`, or `en`: `yes`)
 * @returns CSV text
 * @example
 * ```ts
 * publishedSummaryCsv(publishSummary(city)).split("\n")[0];
 * // => "dimension,band,aspect,area,stage,level,kind,count,suppressed"
 * ```
 * @category Cohort
 */
export function publishedSummaryCsv(published: PublishedSummary, options: { readonly excel?: boolean; readonly language?: "id" | "en" } = {}): string {
  const yes = options.language === "en" ? "yes" : "ya";
  const rows = published.cells.map((c) => [
    ...SUMMARY_COLUMNS.slice(0, -1).map((k) => c[k as Exclude<(typeof SUMMARY_COLUMNS)[number], "count">]),
    c.count === null ? "" : String(c.count),
    c.count === null ? yes : "",
  ]);
  return writeTable([...SUMMARY_COLUMNS, "suppressed"], rows, { excel: options.excel ?? false });
}
