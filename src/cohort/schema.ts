/**
 * Cohort summaries (rekap) as plain serializable data: the summary of one or many centres, its
 * flat rows for SQL, and the published (suppressed) form.
 *
 * @module
 */
import * as z from "zod";
import { type Issue, type SafeResult, ValidationError } from "../errors/index.js";
import { parseJsonText } from "../io/centre-document.js";
import { issuesFromZod } from "../io/issues.js";
import { AreaSchema, type DeepReadonly, LevelSchema, LocalizedTextSchema, StageSchema } from "../model/index.js";
import { CalendarDateSchema } from "../time/index.js";

/**
 * The format tag of a summary document.
 *
 * @category Cohort
 */
export const SUMMARY_FORMAT = "tumbuh.summary";

/**
 * The concern kinds a summary counts, with the same rules as the progress report:
 * `still-bb`, `not-observed` (about the centre's observation plan) and `earlier-band`.
 *
 * @category Cohort
 */
export const SummaryConcernKindSchema = z.enum(["still-bb", "not-observed", "earlier-band"]);
/** The `SummaryConcernKind` type, inferred from {@link SummaryConcernKindSchema}. @category Cohort */
export type SummaryConcernKind = z.output<typeof SummaryConcernKindSchema>;

/**
 * What a summary row counts: `centres` (centres combined), `children` (per band), `levels`
 * (expected indicators per aspect × band × latest level), `lessons` (activities per area × stage),
 * `concerns` (children per aspect × concern kind) or `nutrition` (children per Permenkes 2/2020
 * table × band × nutrition-status category; the table in `kind`, the category in `level`).
 *
 * @category Cohort
 */
export const SummaryDimensionSchema = z.enum(["centres", "children", "levels", "lessons", "concerns", "nutrition"]);
/** The `SummaryDimension` type, inferred from {@link SummaryDimensionSchema}. @category Cohort */
export type SummaryDimension = z.output<typeof SummaryDimensionSchema>;

/**
 * What a key inside a summary looks like: an id of letters, digits and `. _ : + -`.
 *
 * @category Cohort
 */
export const SUMMARY_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:+-]*$/;

/** A key inside a summary: a band, aspect, level, area, stage or kind id (never a child). */
const KeySchema = z
  .string()
  .max(120)
  .regex(SUMMARY_KEY_PATTERN, { error: (i) => `invalid key ${JSON.stringify(String(i.input).slice(0, 40))}: use letters, digits and . _ : + -` });

const CountSchema = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

/** The period a summary covers (inclusive dates). */
const PeriodSchema = z
  .strictObject({ from: CalendarDateSchema, to: CalendarDateSchema })
  .refine((p) => p.from <= p.to, { error: "period.from is after period.to", path: ["to"] });

/**
 * A cohort summary (rekap): additive counts for a centre or any number of centres, with no child's
 * id or name in it. Two summaries with the same framework, `asOf` and period combine by adding
 * every count ({@link combineSummaries}).
 *
 * - `children[band]`: children counted (consent for aggregate statistics, enrolled on `asOf`), by
 *   their STPPA band on `asOf` (`none` when the age is outside every band);
 * - `levels[aspect][band][level]`: expected indicators of the children's band whose latest level on
 *   or before the end of the period is `level` (one count per child × indicator);
 * - `lessons[area][stage]`: Montessori activities per area whose stage on `asOf` is `stage` (one
 *   count per child × activity);
 * - `concerns[aspect][kind]`: children with at least one concern of that kind in that aspect;
 * - `nutrition[table][band][category]`: children whose latest measurement in the period falls in
 *   that nutrition-status category of that Permenkes 2/2020 table (`wfa-0-60` BB/U, `lhfa-0-60`
 *   PB/U or TB/U, `wflh-0-60` BB/PB or BB/TB, `bmifa-0-60` and `bmifa-5-18` IMT/U): stunting is
 *   `lhfa-0-60` `severely-stunted` + `stunted`, wasting `wflh-0-60` `severely-wasted` + `wasted`,
 *   underweight `wfa-0-60` `severely-underweight` + `underweight`, overweight `wflh-0-60`
 *   `overweight` + `obese`. Health data: publish it only through {@link publishSummary}.
 *
 * @example
 * ```ts
 * SummarySchema.parse(JSON.parse(text)); // a summary received from another centre
 * ```
 * @category Cohort
 */
export const SummarySchema = z.strictObject({
  format: z.literal(SUMMARY_FORMAT),
  version: z.literal(1),
  /** The framework whose bands and aspects the counts use, e.g. `stppa2014`. */
  framework: KeySchema,
  /** The day the summary describes: enrolment, age bands and lesson stages are taken on it. */
  asOf: CalendarDateSchema,
  /** The period the levels and concerns refer to. */
  period: PeriodSchema,
  /** How many centres were combined into it. */
  centres: CountSchema,
  /** Children per band. */
  children: z.record(KeySchema, CountSchema),
  /** Expected indicators per aspect, band and latest level. */
  levels: z.record(KeySchema, z.record(KeySchema, z.partialRecord(LevelSchema, CountSchema))),
  /** Activities per area and stage. */
  lessons: z.partialRecord(AreaSchema, z.partialRecord(StageSchema, CountSchema)),
  /** Children with a concern, per aspect and kind. */
  concerns: z.record(KeySchema, z.partialRecord(SummaryConcernKindSchema, CountSchema)),
  /** Children per nutrition-status table, band and category (absent in summaries written before it: no cells). */
  nutrition: z.record(KeySchema, z.record(KeySchema, z.record(KeySchema, CountSchema))).default({}),
});
/** The `Summary` type, inferred from {@link SummarySchema}. @category Cohort */
export type Summary = DeepReadonly<z.output<typeof SummarySchema>>;

const RowFields = {
  dimension: SummaryDimensionSchema,
  /** Band id, or empty. */
  band: z.string().max(120),
  /** Aspect id, or empty. */
  aspect: z.string().max(120),
  /** Montessori area, or empty. */
  area: z.string().max(120),
  /** Lesson stage, or empty. */
  stage: z.string().max(120),
  /** Level, the nutrition-status category (`nutrition` rows), or empty. */
  level: z.string().max(120),
  /** Concern kind, the nutrition-status table (`nutrition` rows), or empty. */
  kind: z.string().max(120),
};

/**
 * One cell of a summary as a flat row: the dimension, the keys it uses (empty strings for the
 * others) and the count. Rows of many centres add up with `SUM(count) … GROUP BY` every other
 * column.
 *
 * @category Cohort
 */
export const SummaryRowSchema = z.strictObject({ ...RowFields, count: CountSchema });
/** The `SummaryRow` type, inferred from {@link SummaryRowSchema}. @category Cohort */
export type SummaryRow = z.output<typeof SummaryRowSchema>;

/**
 * One cell of a published summary. Totals have `*` in the dimension they add over (`band` for
 * the total of children, `level` for an aspect × band, `stage` for an area). A suppressed cell
 * has `count: null`.
 *
 * @category Cohort
 */
export const PublishedCellSchema = z.strictObject({ ...RowFields, count: CountSchema.nullable() });
/** The `PublishedCell` type, inferred from {@link PublishedCellSchema}. @category Cohort */
export type PublishedCell = z.output<typeof PublishedCellSchema>;

/**
 * A summary ready to publish: every cell and total, with small cells and the cells that would
 * reveal them set to `null` (see {@link publishSummary}).
 *
 * @category Cohort
 */
export const PublishedSummarySchema = z.strictObject({
  format: z.literal("tumbuh.published-summary"),
  version: z.literal(1),
  framework: KeySchema,
  asOf: CalendarDateSchema,
  period: PeriodSchema,
  centres: CountSchema,
  /** The minimum cell size used. */
  k: z.int().min(5),
  /** What a `null` count means, in Bahasa Indonesia and English. */
  footnote: LocalizedTextSchema,
  cells: z.array(PublishedCellSchema),
});
/** The `PublishedSummary` type, inferred from {@link PublishedSummarySchema}. @category Cohort */
export type PublishedSummary = DeepReadonly<z.output<typeof PublishedSummarySchema>>;

/**
 * Validates a summary received from elsewhere (another centre, a file, a database).
 *
 * @param json - JSON text or an already parsed value
 * @returns the summary
 * @throws {@link ValidationError} listing every problem with its path
 * @example
 * ```ts
 * const summary = parseSummary(await readFile("rekap-tk-melati.json", "utf8"));
 * summary.centres; // => 1
 * ```
 * @category Cohort
 */
export function parseSummary(json: unknown): Summary {
  const value = typeof json === "string" ? parseJsonText(json) : json;
  // zod drops `__proto__` keys of records silently; a summary that has one is malformed.
  const forbidden = forbiddenKeys(value, "", 0);
  if (forbidden.length > 0) throw new ValidationError(forbidden);
  const result = SummarySchema.safeParse(value, { reportInput: true });
  if (!result.success) throw new ValidationError(issuesFromZod(result.error));
  return result.data as Summary;
}

function forbiddenKeys(value: unknown, path: string, depth: number): Issue[] {
  if (value === null || typeof value !== "object" || Array.isArray(value) || depth > 4) return [];
  const out: Issue[] = [];
  for (const key of Object.keys(value)) {
    const at = path === "" ? key : `${path}.${key}`;
    if (key === "__proto__") out.push({ path: at, code: "forbidden_key", message: `key "__proto__" is not allowed` });
    else out.push(...forbiddenKeys((value as Record<string, unknown>)[key], at, depth + 1));
  }
  return out;
}

/**
 * Like {@link parseSummary}, but returns a result instead of throwing.
 *
 * @param json - JSON text or an already parsed value
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * safeParseSummary("{}").success; // => false
 * ```
 * @category Cohort
 */
export function safeParseSummary(json: unknown): SafeResult<Summary> {
  try {
    return { success: true, data: parseSummary(json) };
  } catch (e) {
    if (e instanceof ValidationError) return { success: false, error: e };
    throw e;
  }
}
