/**
 * Curriculum frameworks: STPPA 137/2014 (aspects → scopes → indicators per age band), Kurikulum
 * Merdeka CP (elements → sub-elements, with the centre's learning goals), and milestone lists.
 * One schema serves all of them so a centre can load its own framework as JSON.
 *
 * @module
 */
import * as z from "zod";
import {
  type DeepReadonly,
  FrameworkIdSchema,
  IndicatorIdSchema,
  LocalizedTextSchema,
  ShortTextSchema,
} from "./common.js";

/**
 * How complete a band's data is: `complete` (every official item transcribed), `partial` (some
 * official items could be sourced) or `missing` (none; the band is shipped empty so the gap is
 * visible, and a centre can load its own).
 *
 * @category Model
 */
export const CoverageSchema = z.enum(["complete", "partial", "missing"]);
/** The `Coverage` type, inferred from {@link CoverageSchema}. @category Model */
export type Coverage = z.output<typeof CoverageSchema>;

/**
 * Where a text comes from.
 *
 * @category Model
 */
export const SourceSchema = z.strictObject({
  /** Short key used by items (`adoc-lampiran`). */
  key: ShortTextSchema,
  /** Title of the document. */
  title: ShortTextSchema,
  /** Where it can be read. */
  url: z.string().max(2000).optional(),
  /** What was taken from it and how reliable it is. */
  note: z.string().max(4000).optional(),
});
/** The `Source` type, inferred from {@link SourceSchema}. @category Model */
export type Source = DeepReadonly<z.output<typeof SourceSchema>>;

/**
 * One assessable item: an STPPA indicator, a milestone, or a learning goal.
 *
 * @category Model
 */
export const IndicatorSchema = z.strictObject({
  /** Stable id, e.g. `stppa2014.48-60.kog.b.3`. */
  id: IndicatorIdSchema,
  /** Aspect id inside the framework (`kog`). */
  aspect: ShortTextSchema,
  /** Scope (sub-aspect) id inside the aspect (`b`). */
  scope: ShortTextSchema,
  /** The official text (Indonesian) and our English translation. */
  text: LocalizedTextSchema,
  /** Source key. */
  source: z.string().max(200).optional(),
  /** `verbatim` when copied from the regulation text itself, `secondary` from a faithful copy. */
  confidence: z.enum(["verbatim", "secondary", "ours"]).optional(),
  /** A doubt or remark about this item. */
  remark: z.string().max(4000).optional(),
});
/** The `Indicator` type, inferred from {@link IndicatorSchema}. @category Model */
export type Indicator = DeepReadonly<z.output<typeof IndicatorSchema>>;

/**
 * A development aspect (lingkup perkembangan) with its scopes (sub-lingkup).
 *
 * @category Model
 */
export const AspectSchema = z.strictObject({
  id: ShortTextSchema,
  name: LocalizedTextSchema,
  scopes: z.array(z.strictObject({ id: ShortTextSchema, name: LocalizedTextSchema })),
});
/** The `Aspect` type, inferred from {@link AspectSchema}. @category Model */
export type Aspect = DeepReadonly<z.output<typeof AspectSchema>>;

/**
 * A half-open interval of age in completed months, `[fromMonths, toMonths)`, inside a framework,
 * with its indicators and how complete they are.
 *
 * @category Model
 */
export const AgeBandSchema = z
  .strictObject({
    /** Band id, e.g. `48-60`. */
    id: ShortTextSchema,
    /** First month included. */
    fromMonths: z.int().min(0).max(240),
    /** First month no longer included. */
    toMonths: z.int().min(1).max(240),
    /** "Usia 4–5 tahun" / "4–5 years". */
    label: LocalizedTextSchema,
    /** Whether the band's official items are all present. */
    coverage: CoverageSchema,
    /** What is missing or uncertain. */
    note: LocalizedTextSchema.optional(),
    /**
     * The band's own aspects and sub-scopes, when they differ from the framework's (STPPA 2–4
     * years appears to have no Keaksaraan and other Seni headings than 4–6). Absent: the band uses
     * {@link FrameworkSchema} `aspects`. Read it with `bandAspects`.
     */
    aspects: z.array(AspectSchema).optional(),
    /** The items expected in this band. */
    indicators: z.array(IndicatorSchema),
  })
  .refine((b) => b.fromMonths < b.toMonths, { error: "fromMonths must be less than toMonths", path: ["toMonths"] });
/** The `AgeBand` type, inferred from {@link AgeBandSchema}. @category Model */
export type AgeBand = DeepReadonly<z.output<typeof AgeBandSchema>>;

/**
 * A CP sub-element with its statements (the (a)/(b) parts of the official text).
 *
 * @category Model
 */
export const SubElementSchema = z.strictObject({
  id: IndicatorIdSchema,
  name: LocalizedTextSchema,
  statements: z.array(LocalizedTextSchema),
  source: z.string().max(200).optional(),
  confidence: z.enum(["verbatim", "secondary", "ours"]).optional(),
  remark: z.string().max(4000).optional(),
});
/** The `SubElement` type, inferred from {@link SubElementSchema}. @category Model */
export type SubElement = DeepReadonly<z.output<typeof SubElementSchema>>;

/**
 * A Kurikulum Merdeka CP element (e.g. Jati Diri) with its sub-elements.
 *
 * @category Model
 */
export const ElementSchema = z.strictObject({
  id: IndicatorIdSchema,
  name: LocalizedTextSchema,
  statement: LocalizedTextSchema.optional(),
  subElements: z.array(SubElementSchema),
});
/** The `Element` type, inferred from {@link ElementSchema}. @category Model */
export type Element = DeepReadonly<z.output<typeof ElementSchema>>;

/**
 * A learning goal (tujuan pembelajaran, TP) written by the centre under a CP sub-element, for an
 * age group.
 *
 * @category Model
 */
export const LearningGoalSchema = z.strictObject({
  /** Stable id, e.g. `tp.48-60.jd.3`. */
  id: IndicatorIdSchema,
  /** The age group it is written for: a band id such as `48-60`. */
  group: ShortTextSchema,
  /** The CP sub-element it serves. */
  subElement: IndicatorIdSchema,
  text: LocalizedTextSchema,
});
/** The `LearningGoal` type, inferred from {@link LearningGoalSchema}. @category Model */
export type LearningGoal = DeepReadonly<z.output<typeof LearningGoalSchema>>;

/**
 * The scale a framework is assessed on: `bb-bsb` (BB/MB/BSH/BSB), `checklist` (Belum/Sudah
 * Muncul) or `milestone` (achieved / not yet / not sure).
 *
 * @category Model
 */
export const ScaleSchema = z.enum(["bb-bsb", "checklist", "milestone"]);
/** The `Scale` type, inferred from {@link ScaleSchema}. @category Model */
export type Scale = z.output<typeof ScaleSchema>;

/**
 * A versioned curriculum framework with its source citation.
 *
 * @example
 * ```ts
 * import { parseFramework } from "tumbuh";
 * const mine = parseFramework(JSON.parse(text)); // a centre's own framework, validated
 * ```
 * @category Model
 */
export const FrameworkSchema = z.strictObject({
  /** Stable id (`stppa2014`, `merdeka-cp`, `cdc2022`, or the centre's own). */
  id: FrameworkIdSchema,
  /** `stppa`, `cp`, `milestones` or `custom`. */
  kind: z.enum(["stppa", "cp", "milestones", "custom"]),
  name: LocalizedTextSchema,
  /** Version or decree number, e.g. "Permendikbud 137/2014". */
  version: ShortTextSchema,
  /** Sources the texts are transcribed from. */
  sources: z.array(SourceSchema),
  /** The assessment scale. */
  scale: ScaleSchema,
  /**
   * The id of a framework whose bands this one fills in, e.g. `stppa2014` for the bands a centre
   * typed from its printed copy of the regulation. Its bands are merged into that framework's bands
   * of the same id when the curriculum is resolved; it is not a framework of its own.
   */
  supplements: FrameworkIdSchema.optional(),
  /** What is ours (translations, samples) and what is official. */
  notice: LocalizedTextSchema.optional(),
  aspects: z.array(AspectSchema),
  bands: z.array(AgeBandSchema),
  elements: z.array(ElementSchema),
  learningGoals: z.array(LearningGoalSchema),
});
/** The `Framework` type, inferred from {@link FrameworkSchema}. @category Model */
export type Framework = DeepReadonly<z.output<typeof FrameworkSchema>>;
/** The `FrameworkInput` type, inferred from {@link FrameworkSchema}. @category Model */
export type FrameworkInput = z.input<typeof FrameworkSchema>;
