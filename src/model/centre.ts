/**
 * The centre: people, groups, inventory, the curricula in use, the journal and settings.
 *
 * Children's data is specific personal data under UU PDP No. 27/2022 (Art. 4, 25): the model has
 * no field for national ID numbers (NIK, NISN) and rejects unknown keys, so one cannot be smuggled
 * in; consent is recorded per child.
 *
 * @module
 */
import * as z from "zod";
import { CalendarDateSchema } from "../time/index.js";
import { ActivitySchema, MaterialSchema, RoutineSchema } from "./activity.js";
import {
  ActivityIdSchema,
  ChildIdSchema,
  type DeepReadonly,
  EducatorIdSchema,
  FrameworkIdSchema,
  GroupIdSchema,
  LocalizedTextSchema,
  MaterialIdSchema,
  NameSchema,
  ObservationIdSchema,
  ShortTextSchema,
} from "./common.js";
import { AllergySchema, CollectorSchema, EducatorAttendanceSchema, FamilyMemberSchema, RatioRuleSchema } from "./care.js";
import { FrameworkSchema } from "./framework.js";
import { ObservationSchema } from "./observation.js";

/**
 * What the family agreed to (UU PDP Art. 20–25: a child's data needs a parent's or guardian's
 * consent, recorded in writing).
 *
 * @category Model
 */
export const ConsentSchema = z.strictObject({
  /** Photos of the child may be taken and kept as evidence. */
  photos: z.boolean(),
  /** Records may be shared with the family's apps. */
  shareWithFamilyApps: z.boolean(),
  /** The child may be counted in aggregate statistics (small cells are suppressed anyway). */
  aggregateStatistics: z.boolean(),
  /** When consent was given or last changed. */
  recordedOn: CalendarDateSchema.optional(),
  /** Who gave it (relationship, e.g. "ibu"), not an ID number. */
  givenBy: ShortTextSchema.optional(),
});
/** The `Consent` type, inferred from {@link ConsentSchema}. @category Model */
export type Consent = DeepReadonly<z.output<typeof ConsentSchema>>;

/**
 * A child's sex as the WHO growth standards need it (jenis kelamin: `male` laki-laki, `female`
 * perempuan): boys and girls have separate growth curves.
 *
 * @category Model
 */
export const SexSchema = z.enum(["male", "female"]);
/** The `Sex` type, inferred from {@link SexSchema}. @category Model */
export type Sex = z.output<typeof SexSchema>;

/**
 * A child. Only a pseudonymous id, a name and a birth date identify them.
 *
 * @category Model
 */
export const ChildSchema = z
  .strictObject({
    id: ChildIdSchema,
    /** Full name as the family writes it. */
    name: NameSchema,
    /** Name used in class (panggilan). */
    nickname: NameSchema.optional(),
    birthDate: CalendarDateSchema,
    /** Jenis kelamin, for the WHO growth standards; without it no z-score can be computed. */
    sex: SexSchema.optional(),
    group: GroupIdSchema,
    /** First day at the centre. */
    enrolledOn: CalendarDateSchema,
    /** Last day, when the child has left. */
    leftOn: CalendarDateSchema.optional(),
    consent: ConsentSchema,
    /** The child's family members who may write family entries about this child (and only this child). */
    family: z.array(FamilyMemberSchema).max(20).optional(),
    /** The people the family authorised to collect the child (penjemput). */
    collectors: z.array(CollectorSchema).max(20).optional(),
    /** Allergies and food the child must not eat; meal entries are checked against them. */
    allergies: z.array(AllergySchema).max(50).optional(),
    /** Diet notes shown with the meal log ("vegetarian", "tanpa gula tambahan"). */
    diet: z.array(ShortTextSchema).max(20).optional(),
  })
  .refine((c) => c.leftOn === undefined || c.leftOn >= c.enrolledOn, {
    error: "leftOn is before enrolledOn",
    path: ["leftOn"],
  })
  .refine((c) => c.enrolledOn >= c.birthDate, {
    error: (issue) => {
      const c = issue.input as { enrolledOn?: unknown; birthDate?: unknown } | undefined;
      return `enrolledOn ${String(c?.enrolledOn)} is before the birth date ${String(c?.birthDate)}`;
    },
    path: ["enrolledOn"],
    params: { code: "before_birth" },
  });
/** The `Child` type, inferred from {@link ChildSchema}. @category Model */
export type Child = DeepReadonly<z.output<typeof ChildSchema>>;

/**
 * A group (rombel / kelompok).
 *
 * @category Model
 */
export const GroupSchema = z.strictObject({
  id: GroupIdSchema,
  name: NameSchema,
  /** The educators of the group. */
  educators: z.array(EducatorIdSchema),
});
/** The `Group` type, inferred from {@link GroupSchema}. @category Model */
export type Group = DeepReadonly<z.output<typeof GroupSchema>>;

/**
 * An educator (pendidik, guru, pengasuh).
 *
 * @category Model
 */
export const EducatorSchema = z.strictObject({
  id: EducatorIdSchema,
  name: NameSchema,
  role: ShortTextSchema.optional(),
});
/** The `Educator` type, inferred from {@link EducatorSchema}. @category Model */
export type Educator = DeepReadonly<z.output<typeof EducatorSchema>>;

/**
 * A tombstone: the record that a child was erased (UU PDP Art. 8, 43), so that merging an older
 * copy of the journal (a backup, an offline tablet) does not bring the child's entries back. It
 * holds the child's pseudonymous id and the day of erasure only: no name, no birth date, no
 * content. `scrubbed` lists the other children's entries whose free text was scrubbed of the
 * child, each with a digest of its scrubbed version, so a merge keeps that version.
 *
 * @category Model
 */
export const TombstoneSchema = z.strictObject({
  child: ChildIdSchema,
  /** The day the child was erased. */
  erasedOn: CalendarDateSchema.optional(),
  /** Entries of other children scrubbed of the erased child, with the digest of the scrubbed version. */
  scrubbed: z.array(z.strictObject({ id: ObservationIdSchema, digest: z.string().regex(/^[0-9a-f]{16}$/) })).optional(),
});
/** The `Tombstone` type, inferred from {@link TombstoneSchema}. @category Model */
export type Tombstone = DeepReadonly<z.output<typeof TombstoneSchema>>;

/**
 * The journal: the append-only log of observations, with its format version, and the tombstones
 * of erased children (absent in documents that never erased anyone).
 *
 * @category Model
 */
export const JournalSchema = z.strictObject({
  schemaVersion: z.literal(1, { error: (i) => `unsupported journal schemaVersion ${JSON.stringify(i.input)}; this version of tumbuh reads 1` }),
  entries: z.array(ObservationSchema),
  /** Children erased from this journal: their entries are dropped from every merge. */
  erased: z.array(TombstoneSchema).optional(),
});
/** The `Journal` type, inferred from {@link JournalSchema}. @category Model */
export type Journal = DeepReadonly<z.output<typeof JournalSchema>>;

/**
 * A semester that reports cover, by its first month (July for Semester 1 / ganjil).
 *
 * @category Model
 */
export const SemesterSchema = z.strictObject({
  name: LocalizedTextSchema,
  /** 1–12. */
  startMonth: z.int().min(1).max(12),
  /** Length in months. */
  months: z.int().min(1).max(12),
});
/** The `Semester` type, inferred from {@link SemesterSchema}. @category Model */
export type Semester = DeepReadonly<z.output<typeof SemesterSchema>>;

/**
 * Centre settings.
 *
 * @category Model
 */
export const SettingsSchema = z.strictObject({
  name: ShortTextSchema,
  /** ISO weekdays the centre is open (1 = Monday). */
  workingWeekdays: z.array(z.int().min(1).max(7)).min(1).max(7),
  /** Dates the centre is closed. */
  holidays: z.array(CalendarDateSchema),
  /** The semesters of a school year, in order. Default July–December and January–June. */
  semesters: z.array(SemesterSchema).min(1).max(12),
  defaultLocale: z.enum(["id", "en"]),
  /** Children per caregiver by age, set by the centre (no bundled default; see `RatioRuleSchema`). */
  ratios: z.array(RatioRuleSchema).max(20).optional(),
});
/** The `Settings` type, inferred from {@link SettingsSchema}. @category Model */
export type Settings = DeepReadonly<z.output<typeof SettingsSchema>>;

/**
 * The curricula a centre uses: bundled frameworks and catalogs by id, plus its own frameworks,
 * activities, materials and routines, and the bundled activities it has retired.
 *
 * @category Model
 */
export const CurriculumSchema = z.strictObject({
  /** Bundled data sets in use: `stppa2014`, `merdeka-cp`, `sample-goals` (replace with your own goals), `montessori`. */
  bundled: z.array(ShortTextSchema),
  /** The centre's own frameworks (e.g. its learning goals), validated like the bundled ones. */
  frameworks: z.array(FrameworkSchema),
  /** The centre's own activities; an id equal to a bundled one replaces it. */
  activities: z.array(ActivitySchema),
  /** The centre's own materials. */
  materials: z.array(MaterialSchema),
  /** The centre's own routines. */
  routines: z.array(RoutineSchema),
  /** Bundled or own activities no longer offered. */
  retiredActivities: z.array(ActivityIdSchema),
});
/** The `Curriculum` type, inferred from {@link CurriculumSchema}. @category Model */
export type Curriculum = DeepReadonly<z.output<typeof CurriculumSchema>>;

/**
 * How many copies of a material the centre has (overrides the catalog's default).
 *
 * @category Model
 */
export const InventoryItemSchema = z.strictObject({
  material: MaterialIdSchema,
  copies: z.int().min(0).max(1000),
});
/** The `InventoryItem` type, inferred from {@link InventoryItemSchema}. @category Model */
export type InventoryItem = DeepReadonly<z.output<typeof InventoryItemSchema>>;

/** The format tag of a centre document. */
export const CENTRE_FORMAT = "tumbuh.centre";
/** The centre document version this release reads and writes. */
export const CENTRE_SCHEMA_VERSION = 1;

/**
 * A centre document: everything tumbuh needs, as plain serializable data.
 *
 * @category Schemas
 */
export const CentreSchema = z.strictObject({
  format: z.literal(CENTRE_FORMAT, { error: (i) => `expected format "${CENTRE_FORMAT}", got ${JSON.stringify(i.input)}` }),
  schemaVersion: z.literal(CENTRE_SCHEMA_VERSION, {
    error: (i) => `unsupported schemaVersion ${JSON.stringify(i.input)}; this version of tumbuh reads ${CENTRE_SCHEMA_VERSION}`,
  }),
  settings: SettingsSchema,
  groups: z.array(GroupSchema),
  children: z.array(ChildSchema),
  educators: z.array(EducatorSchema),
  inventory: z.array(InventoryItemSchema),
  curriculum: CurriculumSchema,
  journal: JournalSchema,
  /** When educators were with their groups (kehadiran pendidik), for ratio checks. */
  educatorAttendance: z.array(EducatorAttendanceSchema).optional(),
});
/**
 * A validated centre. Treat it as immutable: every function returns a new centre.
 *
 * @category Model
 */
export type Centre = DeepReadonly<z.output<typeof CentreSchema>>;
/** The `CentreInput` type, inferred from {@link CentreSchema}. @category Model */
export type CentreInput = z.input<typeof CentreSchema>;

/** Ids of the bundled data sets. */
export const BUNDLED_IDS = ["stppa2014", "merdeka-cp", "sample-goals", "cdc2022", "montessori"] as const;
