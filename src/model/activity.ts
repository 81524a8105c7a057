/**
 * Montessori activities (lessons with their material) and materials with copies.
 *
 * @module
 */
import * as z from "zod";
import {
  ActivityIdSchema,
  type DeepReadonly,
  IndicatorIdSchema,
  LocalizedTextSchema,
  MaterialIdSchema,
  ShortTextSchema,
} from "./common.js";

/**
 * Montessori areas. Grace and courtesy and movement are sub-areas of practical life; art and
 * music are sub-areas of culture.
 *
 * @category Model
 */
export const AreaSchema = z.enum(["practical-life", "sensorial", "language", "mathematics", "culture"]);
/** The `Area` type, inferred from {@link AreaSchema}. @category Model */
export type Area = z.output<typeof AreaSchema>;

/**
 * How a lesson is presented: to one child, a small group, or the whole class.
 *
 * @category Model
 */
export const GroupingSchema = z.enum(["individual", "small-group", "whole-class"]);
/** The `Grouping` type, inferred from {@link GroupingSchema}. @category Model */
export type Grouping = z.output<typeof GroupingSchema>;

/**
 * A Montessori activity (lesson) with its place in the sequence, its material and what it
 * supports in the national curriculum.
 *
 * @category Model
 */
export const ActivitySchema = z
  .strictObject({
    /** `mont.<area>.<slug>`. */
    id: ActivityIdSchema,
    name: LocalizedTextSchema,
    area: AreaSchema,
    /** Sub-area in kebab-case, e.g. `care-of-self`, `geometry`, `geography`. */
    subArea: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "sub-area must be kebab-case" }),
    /** Age window in completed months, half-open `[from, to)`. */
    ageMonths: z
      .strictObject({ from: z.int().min(0).max(120), to: z.int().min(1).max(120) })
      .refine((w) => w.from < w.to, { error: "ageMonths.from must be less than ageMonths.to", path: ["to"] }),
    /** Activities to be mastered (or practised, see planning) first. */
    prerequisites: z.array(ActivityIdSchema),
    /** Materials used; each copy serves one presentation at a time. */
    materials: z.array(MaterialIdSchema),
    directAims: z.array(LocalizedTextSchema).min(1),
    indirectAims: z.array(LocalizedTextSchema),
    /** False for open-ended work (art, songs) that is never "mastered". */
    masterable: z.boolean(),
    /** Uses the three-period lesson (naming → recognition → recall). */
    threePeriod: z.boolean(),
    grouping: GroupingSchema,
    /** Most children in one presentation. */
    maxChildren: z.int().min(1).max(40),
    /** Typical minutes for a presentation. */
    minutes: z.int().min(1).max(240),
    /** One sentence for parents, in plain words (ours). */
    parentExplanation: LocalizedTextSchema,
    /** STPPA indicators, CP sub-elements, learning goals or milestones this work evidences. */
    supports: z.array(IndicatorIdSchema),
    /** `indonesia` for activities adapted to Indonesian culture. */
    origin: z.enum(["montessori", "indonesia", "centre"]),
    sources: z.array(z.string().max(500)),
    /** Items taught one by one (letters, colours, syllables). */
    variants: z.array(ShortTextSchema).optional(),
  })
  .refine((a) => a.grouping !== "individual" || a.maxChildren === 1, {
    error: "an individual presentation has maxChildren 1",
    path: ["maxChildren"],
  });
/** The `Activity` type, inferred from {@link ActivitySchema}. @category Model */
export type Activity = DeepReadonly<z.output<typeof ActivitySchema>>;
/** The `ActivityInput` type, inferred from {@link ActivitySchema}. @category Model */
export type ActivityInput = z.input<typeof ActivitySchema>;

/**
 * A physical material and how many copies the classroom has (usually one pink tower).
 *
 * @category Model
 */
export const MaterialSchema = z.strictObject({
  id: MaterialIdSchema,
  name: LocalizedTextSchema,
  copies: z.int().min(0).max(1000),
});
/** The `Material` type, inferred from {@link MaterialSchema}. @category Model */
export type Material = DeepReadonly<z.output<typeof MaterialSchema>>;
/** The `MaterialInput` type, inferred from {@link MaterialSchema}. @category Model */
export type MaterialInput = z.input<typeof MaterialSchema>;

/**
 * A daily routine (doa sebelum makan, cuci tangan, tidur siang …) through which indicators are
 * evidenced outside Montessori materials.
 *
 * @category Model
 */
export const RoutineSchema = z.strictObject({
  id: z.string().regex(/^routine\.[a-z0-9-]+$/),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  supports: z.array(IndicatorIdSchema),
});
/** The `Routine` type, inferred from {@link RoutineSchema}. @category Model */
export type Routine = DeepReadonly<z.output<typeof RoutineSchema>>;
