/**
 * Observations: the events of the journal. Every kind carries an id, the child, the date, the
 * author, who may see it (`staff` only or also the `family`) and an optional note.
 *
 * @module
 */
import * as z from "zod";
import { CalendarDateSchema } from "../time/index.js";
import {
  ActivityIdSchema,
  ChildIdSchema,
  type DeepReadonly,
  EducatorIdSchema,
  IndicatorIdSchema,
  LongTextSchema,
  ObservationIdSchema,
  ShortTextSchema,
} from "./common.js";
import { AttendanceSchema, CareEntrySchema, careReplacementSchemas, FamilyEntrySchema } from "./care.js";

/**
 * The STPPA assessment scale: BB (belum berkembang, 1), MB (mulai berkembang, 2), BSH (berkembang
 * sesuai harapan, 3), BSB (berkembang sangat baik, 4).
 *
 * @category Model
 */
export const StppaLevelSchema = z.enum(["BB", "MB", "BSH", "BSB"]);
/** The `StppaLevel` type, inferred from {@link StppaLevelSchema}. @category Model */
export type StppaLevel = z.output<typeof StppaLevelSchema>;

/**
 * Every value an assessment can take: the STPPA levels, the Kurikulum Merdeka checklist
 * (`belum-muncul` / `sudah-muncul`) and milestone statuses (`achieved` / `not-yet` / `not-sure`).
 *
 * @category Model
 */
export const LevelSchema = z.enum([
  "BB",
  "MB",
  "BSH",
  "BSB",
  "belum-muncul",
  "sudah-muncul",
  "achieved",
  "not-yet",
  "not-sure",
]);
/** The `Level` type, inferred from {@link LevelSchema}. @category Model */
export type Level = z.output<typeof LevelSchema>;

/**
 * Montessori lesson stage: presented (dipresentasikan), practicing (berlatih), mastered (dikuasai).
 *
 * @category Model
 */
export const StageSchema = z.enum(["presented", "practicing", "mastered"]);
/** The `Stage` type, inferred from {@link StageSchema}. @category Model */
export type Stage = z.output<typeof StageSchema>;

/** Who may see an observation. @category Model */
export const VisibilitySchema = z.enum(["staff", "family"]);
/** The `Visibility` type, inferred from {@link VisibilitySchema}. @category Model */
export type Visibility = z.output<typeof VisibilitySchema>;

const common = {
  /** Unique id (the app chooses it; batch helpers derive `<id>.<childId>`). */
  id: ObservationIdSchema,
  child: ChildIdSchema,
  date: CalendarDateSchema,
  /** The educator who recorded it. */
  author: EducatorIdSchema,
  visibility: VisibilitySchema,
  /** A free note. */
  note: LongTextSchema.optional(),
};

/** An indicator assessed on its framework's scale. */
export const AssessmentSchema = z.strictObject({
  kind: z.literal("assessment"),
  ...common,
  indicator: IndicatorIdSchema,
  level: LevelSchema,
  /** Kurikulum Merdeka checklist context (konteks / kejadian yang teramati). */
  context: LongTextSchema.optional(),
});

/** A Montessori lesson presented, practised or mastered. */
export const LessonSchema = z.strictObject({
  kind: z.literal("lesson"),
  ...common,
  activity: ActivityIdSchema,
  stage: StageSchema,
  /** For naming work: 1 naming, 2 recognition, 3 recall. */
  threePeriodStage: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  /** Which items were taught (letters, colours). */
  variants: z.array(ShortTextSchema).max(200).optional(),
});

/** A catatan anekdot: what the child did, tagged with indicators or goals. */
export const AnecdoteSchema = z.strictObject({
  kind: z.literal("anecdote"),
  ...common,
  text: LongTextSchema,
  indicators: z.array(IndicatorIdSchema).max(100),
});

/** A work sample (hasil karya) or photo series (foto berseri): references, never binary data. */
export const EvidenceSchema = z.strictObject({
  kind: z.literal("evidence"),
  ...common,
  evidence: z.enum(["artwork", "photo-series"]),
  items: z
    .array(z.strictObject({ ref: z.string().min(1).max(2000), caption: ShortTextSchema.optional() }))
    .min(1)
    .max(50),
  indicators: z.array(IndicatorIdSchema).max(100),
});

/**
 * How a length or height was measured (cara ukur): `lying` (panjang badan, terlentang) or
 * `standing` (tinggi badan, berdiri). WHO's standards are for lying length below 731 days and
 * standing height from 731 days; the z-scores correct the other position by 0.7 cm.
 *
 * @category Model
 */
export const MeasurementPositionSchema = z.enum(["lying", "standing"]);
/** The `MeasurementPosition` type, inferred from {@link MeasurementPositionSchema}. @category Model */
export type MeasurementPosition = z.output<typeof MeasurementPositionSchema>;

const growthFields = {
  kind: z.literal("growth"),
  /** Kilograms, 0.5–60. */
  weightKg: z.number().min(0.5).max(60).optional(),
  /** Centimetres, 30–150. */
  heightCm: z.number().min(30).max(150).optional(),
  /** Centimetres, 25–60. */
  headCircumferenceCm: z.number().min(25).max(60).optional(),
  /** How `heightCm` was measured; absent means WHO's default for the age (lying below 731 days). */
  position: MeasurementPositionSchema.optional(),
};

function hasMeasurement(g: { weightKg?: number | undefined; heightCm?: number | undefined; headCircumferenceCm?: number | undefined }): boolean {
  return g.weightKg !== undefined || g.heightCm !== undefined || g.headCircumferenceCm !== undefined;
}

const measurementRequired = {
  error: "a growth measurement needs weightKg, heightCm or headCircumferenceCm",
  path: ["weightKg"],
};

/** Weight, height and head circumference, with plausible ranges for 0–7 year olds. */
export const GrowthSchema = z.strictObject({ ...growthFields, ...common }).refine(hasMeasurement, measurementRequired);

/**
 * A developmental pre-screening (KPSP, Kemenkes SDIDTK): the form used (by screening age in
 * months) and the yes/no answer to each of its questions. The result is computed, not stored.
 */
export const ScreeningSchema = z.strictObject({
  kind: z.literal("screening"),
  ...common,
  instrument: z.literal("kpsp"),
  /** The screening age of the form used (3, 6, 9 … 72). */
  formAgeMonths: z.int().min(1).max(72),
  answers: z
    .array(z.strictObject({ question: z.string().regex(/^kpsp\.\d+\.\d+$/, { error: "expected a KPSP question id like kpsp.24.3" }), answer: z.enum(["yes", "no"]) }))
    .max(20),
});

/** Withdraws an earlier observation (recorded by mistake). */
export const RetractionSchema = z.strictObject({
  kind: z.literal("retraction"),
  ...common,
  target: ObservationIdSchema,
});

const ReplacementSchema = z.discriminatedUnion("kind", [
  AssessmentSchema.omit({ id: true, child: true }),
  LessonSchema.omit({ id: true, child: true }),
  AnecdoteSchema.omit({ id: true, child: true }),
  EvidenceSchema.omit({ id: true, child: true }),
  ScreeningSchema.omit({ id: true, child: true }),
  z.strictObject({ ...growthFields, ...common }).omit({ id: true, child: true }).refine(hasMeasurement, measurementRequired),
  ...careReplacementSchemas,
]);

/** Replaces the content of an earlier observation; the earlier one stays in the raw log. */
export const CorrectionSchema = z.strictObject({
  kind: z.literal("correction"),
  ...common,
  target: ObservationIdSchema,
  /** The corrected observation (same kind as the target; it keeps the target's id and child). */
  replacement: ReplacementSchema,
});

/**
 * A journal event, discriminated by `kind`.
 *
 * @example
 * ```ts
 * ObservationSchema.parse({
 *   kind: "lesson", id: "o1", child: "c1", date: "2026-11-23", author: "e1",
 *   visibility: "family", activity: "mont.sensorial.pink-tower", stage: "presented",
 * });
 * ```
 * @category Schemas
 */
export const ObservationSchema = z.discriminatedUnion("kind", [
  AssessmentSchema,
  LessonSchema,
  AnecdoteSchema,
  EvidenceSchema,
  GrowthSchema,
  ScreeningSchema,
  AttendanceSchema,
  CareEntrySchema,
  FamilyEntrySchema,
  RetractionSchema,
  CorrectionSchema,
]);

/** The `Observation` type, inferred from {@link ObservationSchema}. @category Model */
export type Observation = DeepReadonly<z.output<typeof ObservationSchema>>;
/** The `ObservationInput` type, inferred from {@link ObservationSchema}. @category Model */
export type ObservationInput = z.input<typeof ObservationSchema>;
/** The kinds of observation. @category Model */
export type ObservationKind = Observation["kind"];
/** An observation of one kind (`Assessment`), narrowed from {@link Observation}. @category Model */
export type Assessment = Extract<Observation, { kind: "assessment" }>;
/** An observation of one kind (`LessonRecord`), narrowed from {@link Observation}. @category Model */
export type LessonRecord = Extract<Observation, { kind: "lesson" }>;
/** An observation of one kind (`Anecdote`), narrowed from {@link Observation}. @category Model */
export type Anecdote = Extract<Observation, { kind: "anecdote" }>;
/** An observation of one kind (`Evidence`), narrowed from {@link Observation}. @category Model */
export type Evidence = Extract<Observation, { kind: "evidence" }>;
/** An observation of one kind (`GrowthMeasurement`), narrowed from {@link Observation}. @category Model */
export type GrowthMeasurement = Extract<Observation, { kind: "growth" }>;
/** An observation of one kind (`Screening`), narrowed from {@link Observation}. @category Model */
export type Screening = Extract<Observation, { kind: "screening" }>;
/** An observation of one kind (`Attendance`), narrowed from {@link Observation}. @category Model */
export type Attendance = Extract<Observation, { kind: "attendance" }>;
/** An observation of one kind (`CareEntry`), narrowed from {@link Observation}. @category Model */
export type CareEntry = Extract<Observation, { kind: "care" }>;
/** An observation of one kind (`FamilyEntry`), narrowed from {@link Observation}. @category Model */
export type FamilyEntry = Extract<Observation, { kind: "family" }>;
/** An observation of one kind (`Retraction`), narrowed from {@link Observation}. @category Model */
export type Retraction = Extract<Observation, { kind: "retraction" }>;
/** An observation of one kind (`Correction`), narrowed from {@link Observation}. @category Model */
export type Correction = Extract<Observation, { kind: "correction" }>;
/** An observation that is not a retraction or correction. @category Model */
export type BaseObservation = Exclude<Observation, Retraction | Correction>;
