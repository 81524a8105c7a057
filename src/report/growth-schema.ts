/**
 * The growth part of the progress report as plain data: the child's measurements with their
 * z-scores against the WHO standards (Permenkes 2/2020), the latest status per index in words,
 * and the growth charts (reference curves and the child's points) ready to draw.
 *
 * @module
 */
import * as z from "zod";
import { CalendarDateSchema } from "../time/index.js";

const Text = z.string();

/**
 * The anthropometric indices of the rapor: `wfa` BB/U, `lhfa` PB/U or TB/U, `wflh` BB/PB or BB/TB,
 * `bmifa` IMT/U, `hcfa` LK/U (WHO's short names).
 *
 * @category Report
 */
export const GrowthIndexSchema = z.enum(["wfa", "lhfa", "wflh", "bmifa", "hcfa"]);

/**
 * One z-score of a measurement with its Permenkes 2/2020 category.
 *
 * @category Report
 */
export const ReportZScoreSchema = z.strictObject({
  /** The z-score, two decimals. */
  z: z.number(),
  /** WHO's flag for an implausible value (likely a measuring or typing error). */
  flagged: z.boolean(),
  /** The Permenkes 2/2020 table the category is from (`wfa-0-60`, …, `bmifa-5-18`), or empty. */
  table: Text,
  /** The category code of Permenkes 2/2020 (as the growth engine names it), or empty. */
  category: Text,
  /** The category's name in the report's locale. */
  label: Text,
});
/** The `ReportZScore` type, inferred from {@link ReportZScoreSchema}. @category Report */
export type ReportZScore = z.output<typeof ReportZScoreSchema>;

/**
 * One growth measurement of the child with its z-scores (absent where not computable).
 *
 * @category Report
 */
export const ReportGrowthPointSchema = z.strictObject({
  date: CalendarDateSchema,
  /** Age in months, one decimal (days / 30.4375). */
  ageMonths: z.number(),
  weightKg: z.number().nullable(),
  heightCm: z.number().nullable(),
  headCircumferenceCm: z.number().nullable(),
  /** Whether length was read as measured lying (null without a length or height). */
  measuredLying: z.boolean().nullable(),
  /** Whether the position was not recorded and WHO's default for the age was assumed. */
  positionAssumed: z.boolean(),
  wfa: ReportZScoreSchema.nullable(),
  lhfa: ReportZScoreSchema.nullable(),
  wflh: ReportZScoreSchema.nullable(),
  bmifa: ReportZScoreSchema.nullable(),
  hcfa: ReportZScoreSchema.nullable(),
});
/** The `ReportGrowthPoint` type, inferred from {@link ReportGrowthPointSchema}. @category Report */
export type ReportGrowthPoint = z.output<typeof ReportGrowthPointSchema>;

/**
 * The latest status of one index in words.
 *
 * @category Report
 */
export const GrowthStatusLineSchema = z.strictObject({
  index: GrowthIndexSchema,
  /** The index's name in the report's locale. */
  name: Text,
  date: CalendarDateSchema,
  z: z.number(),
  flagged: z.boolean(),
  category: Text,
  label: Text,
  /** For families, never a diagnosis: "tinggi badan normal untuk usianya". */
  words: Text,
});
/** The `GrowthStatusLine` type, inferred from {@link GrowthStatusLineSchema}. @category Report */
export type GrowthStatusLine = z.output<typeof GrowthStatusLineSchema>;

/**
 * A growth chart as data: the WHO reference curves (−3 … +3 SD) over the ages shown and the
 * child's points.
 *
 * @category Report
 */
export const GrowthChartDataSchema = z.strictObject({
  index: z.enum(["wfa", "lhfa"]),
  title: Text,
  /** `kg` or `cm`. */
  unit: z.enum(["kg", "cm"]),
  curves: z.array(z.strictObject({ sd: z.int().min(-3).max(3), points: z.array(z.strictObject({ ageMonths: z.number(), value: z.number() })) })),
  points: z.array(z.strictObject({ date: CalendarDateSchema, ageMonths: z.number(), value: z.number(), z: z.number().nullable() })),
});
/** The `GrowthChartData` type, inferred from {@link GrowthChartDataSchema}. @category Report */
export type GrowthChartData = z.output<typeof GrowthChartDataSchema>;

/**
 * The growth part of a report: the measurements of the last twelve months up to `asOf` with
 * their z-scores, the latest status per index, the charts, the rule and the notes (position
 * assumed, sex not recorded, no standard).
 *
 * @category Report
 */
export const GrowthReportSchema = z.strictObject({
  sex: z.enum(["male", "female"]).nullable(),
  measurements: z.array(ReportGrowthPointSchema),
  latest: z.array(GrowthStatusLineSchema),
  /** Sentence for families when an index is outside the normal range (advice to see the Posyandu), or null. */
  advice: Text.nullable(),
  charts: z.array(GrowthChartDataSchema),
  /** How the growth indicators are answered (the report's legend). */
  rule: Text,
  notes: z.array(Text),
});
/** The `GrowthReport` type, inferred from {@link GrowthReportSchema}. @category Report */
export type GrowthReport = z.output<typeof GrowthReportSchema>;

/**
 * The answer of an STPPA growth indicator ("Berat badan sesuai tingkat usia", …).
 *
 * @category Report
 */
export const GrowthAnswerSchema = z.strictObject({
  answer: z.enum(["sesuai", "belum-sesuai", "ukur-ulang", "tidak-ada-standar", "belum-diukur", "tanpa-jenis-kelamin"]),
  /** The answer in words with the z-score and date. */
  text: Text,
  date: CalendarDateSchema.nullable(),
  z: z.number().nullable(),
});
/** The `GrowthAnswerData` type, inferred from {@link GrowthAnswerSchema}. @category Report */
export type GrowthAnswerData = z.output<typeof GrowthAnswerSchema>;
