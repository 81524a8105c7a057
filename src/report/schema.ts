/**
 * The progress report (rapor) as plain, serializable data. Renderers format it; they never
 * compute domain facts.
 *
 * @module
 */
import * as z from "zod";
import { AreaSchema, LevelSchema, StageSchema } from "../model/index.js";
import { CalendarDateSchema } from "../time/index.js";
import { GrowthAnswerSchema, GrowthReportSchema } from "./growth-schema.js";

const Text = z.string();
const Date = CalendarDateSchema;

/** Counts per level; absent levels are 0. @category Report */
export const DistributionSchema = z.strictObject({
  BB: z.int(),
  MB: z.int(),
  BSH: z.int(),
  BSB: z.int(),
  "belum-muncul": z.int(),
  "sudah-muncul": z.int(),
  achieved: z.int(),
  "not-yet": z.int(),
  "not-sure": z.int(),
});
/** The `Distribution` type, inferred from {@link DistributionSchema}. @category Report */
export type Distribution = z.output<typeof DistributionSchema>;

/** One expected item of a section with its standing. @category Report */
export const ReportItemSchema = z.strictObject({
  id: Text,
  /** Indicator or goal text in the report's locale. */
  text: Text,
  /** Framework of the item (`stppa2014`, `sample-goals`, …). */
  framework: Text,
  /** Latest level on or before the end of the period, if any. */
  latest: z.strictObject({ level: LevelSchema, date: Date }).nullable(),
  /**
   * Assessments of this item dated inside the period; for growth indicators (berat/tinggi badan
   * sesuai usia) the measurements of that kind inside the period.
   */
  observedInPeriod: z.int(),
  /** For growth indicators: the answer from the z-scores of the period's measurements. */
  growth: GrowthAnswerSchema.optional(),
});
/** The `ReportItem` type, inferred from {@link ReportItemSchema}. @category Report */
export type ReportItem = z.output<typeof ReportItemSchema>;

/** A piece of evidence shown in a section. @category Report */
export const ReportEvidenceSchema = z.strictObject({
  /** `care`: self-care the care log shows the child doing on their own (see `SELF_CARE_LINKS`). */
  kind: z.enum(["anecdote", "artwork", "photo-series", "care"]),
  date: Date,
  /** The anecdote text or the captions. */
  text: Text,
  /** References of artwork or photos (no binary data). */
  refs: z.array(Text),
  /** Items it was tagged with. */
  items: z.array(Text),
});
/** The `ReportEvidence` type, inferred from {@link ReportEvidenceSchema}. @category Report */
export type ReportEvidence = z.output<typeof ReportEvidenceSchema>;

/** Change of the summary level against the previous period of the same length. @category Report */
export const ChangeSchema = z.enum(["up", "same", "down", "new", "none"]);
/** The `Change` type, inferred from {@link ChangeSchema}. @category Report */
export type Change = z.output<typeof ChangeSchema>;

/** One STPPA aspect or CP element. @category Report */
export const ReportSectionSchema = z.strictObject({
  id: Text,
  name: Text,
  /** Items expected for the child's band or group. */
  items: z.array(ReportItemSchema),
  expected: z.int(),
  /** Expected items with at least one assessment in the period. */
  observed: z.int(),
  /** Latest levels of the expected items at the end of the period. */
  distribution: DistributionSchema,
  /** Summary level by the documented rule (see `summaryLevel`), or null without observations. */
  summary: LevelSchema.nullable(),
  previousSummary: LevelSchema.nullable(),
  change: ChangeSchema,
  evidence: z.array(ReportEvidenceSchema),
  /** The narrative paragraph in the report's locale. */
  narrative: Text,
});
/** The `ReportSection` type, inferred from {@link ReportSectionSchema}. @category Report */
export type ReportSection = z.output<typeof ReportSectionSchema>;

/** Something to watch or discuss; never a diagnosis. @category Report */
export const ConcernSchema = z.strictObject({
  kind: z.enum(["still-bb", "not-observed", "earlier-band", "milestone", "stalled-lesson", "screening", "growth", "growth-remeasure", "weight-not-rising"]),
  /** The item, lesson or screening concerned. */
  subject: Text,
  /** The section it belongs to (aspect or element id), if any. */
  section: Text.nullable(),
  /** What is concerned, in words. */
  text: Text,
  /** Why it is listed, in words. */
  reason: Text,
});
/** The `Concern` type, inferred from {@link ConcernSchema}. @category Report */
export type Concern = z.output<typeof ConcernSchema>;

/** Montessori work per area. @category Report */
export const AreaCountSchema = z.strictObject({
  area: AreaSchema,
  name: Text,
  presented: z.int(),
  practicing: z.int(),
  mastered: z.int(),
});

/** A lesson mentioned in the report. @category Report */
export const ReportLessonSchema = z.strictObject({
  activity: Text,
  name: Text,
  area: AreaSchema,
  stage: StageSchema.nullable(),
  /** Date the current stage began (stalled lessons) or null. */
  since: Date.nullable(),
  /** Days in the current stage at `asOf` (stalled lessons). */
  days: z.int().nullable(),
  /** One sentence for parents. */
  explanation: Text,
});
/** The `ReportLesson` type, inferred from {@link ReportLessonSchema}. @category Report */
export type ReportLesson = z.output<typeof ReportLessonSchema>;

/** A growth value with its date. @category Report */
export const MeasurementSchema = z.strictObject({ value: z.number(), date: Date });

/** A milestone in the development section. @category Report */
export const ReportMilestoneSchema = z.strictObject({
  id: Text,
  text: Text,
  /** The CDC checklist age it belongs to. */
  months: z.int(),
  date: Date.nullable(),
});
/** The `ReportMilestone` type, inferred from {@link ReportMilestoneSchema}. @category Report */
export type ReportMilestone = z.output<typeof ReportMilestoneSchema>;

/**
 * The "tumbuh kembang" (growth and development) section: the latest KPSP screening and the CDC
 * milestones for the child's age. Growth measurements are in `growth`.
 *
 * @category Report
 */
export const DevelopmentSchema = z.strictObject({
  screening: z
    .strictObject({
      date: Date,
      formAgeMonths: z.int(),
      result: z.enum(["sesuai", "meragukan", "penyimpangan"]),
      label: Text,
      yes: z.int(),
      total: z.int(),
      /** For families: what the result means, never a diagnosis. */
      meaning: Text,
      /** Staff only: the guideline's follow-up advice (null in the family report). */
      followUp: Text.nullable(),
      referral: z.boolean(),
    })
    .nullable(),
  /** When the next KPSP screening (or re-screen) is due, if any. */
  nextScreeningDue: Date.nullable(),
  /** The CDC checklist for the child's age (the latest checklist age not above it), or null. */
  milestones: z
    .strictObject({
      checklistMonths: z.int(),
      reached: z.array(ReportMilestoneSchema),
      notYet: z.array(ReportMilestoneSchema),
      notSure: z.array(ReportMilestoneSchema),
      notObserved: z.array(ReportMilestoneSchema),
    })
    .nullable(),
});
/** The `Development` type, inferred from {@link DevelopmentSchema}. @category Report */
export type Development = z.output<typeof DevelopmentSchema>;

/**
 * A child's progress report for a period.
 *
 * @category Report
 */
export const ProgressReportSchema = z.strictObject({
  version: z.literal(1),
  locale: z.enum(["id", "en"]),
  audience: z.enum(["staff", "family"]),
  centre: z.strictObject({ name: Text }),
  child: z.strictObject({ id: Text, name: Text, nickname: Text, group: Text }),
  asOf: Date,
  period: z.strictObject({ from: Date, to: Date, name: Text }),
  age: z.strictObject({ years: z.int(), months: z.int(), days: z.int(), totalMonths: z.int(), text: Text }),
  band: z
    .strictObject({
      id: Text,
      label: Text,
      coverage: z.enum(["complete", "partial", "missing"]),
      /** What the band holds, in words (e.g. that its official text is missing and what the report uses instead). */
      status: Text,
      note: Text.nullable(),
    })
    .nullable(),
  /**
   * Where the sections come from: `framework` (the framework asked for) or `cp-cdc` (an STPPA
   * report for an age whose band has no indicators: one section per Kurikulum Merdeka CP element
   * with the centre's learning goals for the age and the CDC 2022 milestones of the age, and a
   * last section for milestones the crosswalk links to no CP sub-element).
   */
  basis: z.enum(["framework", "cp-cdc"]),
  framework: z.strictObject({ id: Text, kind: z.enum(["stppa", "cp", "milestones", "custom"]), name: Text, version: Text }),
  /** Effective development observations of the child dated inside the period (visible to the audience); attendance, care and family entries are not counted. */
  observationsInPeriod: z.int(),
  sections: z.array(ReportSectionSchema),
  concerns: z.array(ConcernSchema),
  montessori: z.strictObject({
    areas: z.array(AreaCountSchema),
    stalled: z.array(ReportLessonSchema),
    next: z.array(ReportLessonSchema),
    stalledAfterDays: z.int(),
  }),
  growth: z.strictObject({
    weightKg: MeasurementSchema.nullable(),
    heightCm: MeasurementSchema.nullable(),
    headCircumferenceCm: MeasurementSchema.nullable(),
  }),
  /** Tumbuh kembang: screening and milestones. */
  development: DevelopmentSchema,
  /** Growth read against the WHO standards (Permenkes 2/2020): z-scores, status, charts. */
  growthStatus: GrowthReportSchema,
  /** Observations per ISO week of the period (for the chart), Monday dates. */
  activity: z.array(z.strictObject({ week: Date, count: z.int() })),
  /** Attendance in the period (rekap kehadiran); null when none was recorded. */
  attendance: z
    .strictObject({ present: z.int(), sakit: z.int(), izin: z.int(), tanpaKeterangan: z.int(), daysRecorded: z.int() })
    .nullable(),
  /**
   * The parent-reflection section of the Kurikulum Merdeka rapor: `response` is the family's
   * reflections of the period (empty: the box is printed to write on), `entries` every reflection
   * and home observation the family wrote in the period.
   */
  parentReflection: z.strictObject({
    prompt: Text,
    response: Text,
    entries: z.array(z.strictObject({ date: Date, author: Text, entry: z.enum(["reflection", "home-observation"]), text: Text })),
  }),
  /** Framework notices (what is official, what is ours, known gaps). */
  notices: z.array(Text),
});
/** The `ProgressReport` type, inferred from {@link ProgressReportSchema}. @category Report */
export type ProgressReport = z.output<typeof ProgressReportSchema>;

