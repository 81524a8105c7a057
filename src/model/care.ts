/**
 * The daycare side of the journal: attendance (kehadiran), the daily care log (catatan
 * pengasuhan) and entries written by the child's family (refleksi orang tua, catatan dari rumah).
 * They are observations like the others (id, child, date, author, visibility), so retract,
 * correct, merge and erase work on them unchanged.
 *
 * Health and medicine entries are specific personal data (UU PDP No. 27/2022, Art. 4): they are
 * for staff and the child's own family only; cohort summaries never count them.
 *
 * @module
 */
import * as z from "zod";
import { CalendarDateSchema } from "../time/index.js";
import {
  ChildIdSchema,
  EducatorIdSchema,
  IndicatorIdSchema,
  LongTextSchema,
  ObservationIdSchema,
  ShortTextSchema,
  idSchema,
} from "./common.js";

/**
 * A time of day, `HH:MM` on the 24-hour clock (local time of the centre; WIB, WITA or WIT).
 *
 * @example
 * ```ts
 * ClockTimeSchema.safeParse("07:30").success; // => true
 * ClockTimeSchema.safeParse("7.30").success; // => false
 * ```
 * @category Schemas
 */
export const ClockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: (i) => `expected a time HH:MM (00:00–23:59), got ${JSON.stringify(i.input)}` })
  .brand<"ClockTime">();
/** The `ClockTime` type, inferred from {@link ClockTimeSchema}. @category Model */
export type ClockTime = z.output<typeof ClockTimeSchema>;

/** Id of a member of a child's family (listed on the child's record). @category Model */
export const FamilyMemberIdSchema = idSchema("FamilyMemberId");
/** The `FamilyMemberId` type, inferred from {@link FamilyMemberIdSchema}. @category Model */
export type FamilyMemberId = z.output<typeof FamilyMemberIdSchema>;

/**
 * A member of the child's family who may write family entries (ayah, ibu, wali, nenek …).
 *
 * @category Model
 */
export const FamilyMemberSchema = z.strictObject({
  id: FamilyMemberIdSchema,
  name: ShortTextSchema,
  /** Relationship to the child, as the family writes it ("ibu", "ayah", "nenek"). */
  relation: ShortTextSchema,
});

/**
 * A person the family authorised to collect the child (penjemput): a parent, a grandparent, a
 * driver. Only these ids pass the collector check of a departure.
 *
 * @category Model
 */
export const CollectorSchema = z.strictObject({
  id: idSchema("CollectorId"),
  name: ShortTextSchema,
  relation: ShortTextSchema,
});

/**
 * An allergy or diet rule on the child's record. A meal whose menu contains the allergen or one of
 * its `words` (case-insensitive) is refused unless the entry acknowledges it.
 *
 * @category Model
 */
export const AllergySchema = z.strictObject({
  /** What the child must not eat, as the menu would name it ("susu sapi", "kacang"). */
  allergen: ShortTextSchema,
  /** Other words that name it in a menu ("keju", "yoghurt" for susu sapi). */
  words: z.array(ShortTextSchema).max(50).optional(),
  /** What to do (the family's or doctor's instruction). */
  note: ShortTextSchema.optional(),
});

/** Reasons for an absence in the daftar hadir: sakit (ill), izin (excused), tanpa keterangan (alpa). @category Model */
export const AbsenceReasonSchema = z.enum(["sakit", "izin", "tanpa-keterangan"]);
/** The `AbsenceReason` type, inferred from {@link AbsenceReasonSchema}. @category Model */
export type AbsenceReason = z.output<typeof AbsenceReasonSchema>;

/** How much of a meal was eaten: habis (all), sebagian (part), sedikit (a little), tidak mau (refused). @category Model */
export const MealAmountSchema = z.enum(["habis", "sebagian", "sedikit", "tidak-mau"]);
/** The `MealAmount` type, inferred from {@link MealAmountSchema}. @category Model */
export type MealAmount = z.output<typeof MealAmountSchema>;

/** Self-care skills a care entry can show the child doing on their own (evidence for curriculum items). @category Model */
export const SelfCareSkillSchema = z.enum(["toileting", "self-feeding", "dressing", "hand-washing"]);
/** The `SelfCareSkill` type, inferred from {@link SelfCareSkillSchema}. @category Model */
export type SelfCareSkill = z.output<typeof SelfCareSkillSchema>;

const base = {
  id: ObservationIdSchema,
  child: ChildIdSchema,
  date: CalendarDateSchema,
  /** The educator who recorded it. */
  author: EducatorIdSchema,
  visibility: z.enum(["staff", "family"]),
  /** A free note. */
  note: LongTextSchema.optional(),
};

/** Arrival, departure or absence (kehadiran). */
const attendanceFields = {
  kind: z.literal("attendance"),
  ...base,
  /** `arrival` (datang), `departure` (pulang) or `absence` (tidak hadir). */
  event: z.enum(["arrival", "departure", "absence"]),
  /** When the child arrived or left. Required for arrival and departure. */
  time: ClockTimeSchema.optional(),
  /** Who brought (arrival) or collected (departure) the child: a collector id from the child's record, or a name. */
  person: ShortTextSchema.optional(),
  /** Why the child is absent. Required for an absence. */
  reason: AbsenceReasonSchema.optional(),
};

function attendanceShape(a: { event: string; time?: string | undefined; reason?: string | undefined; person?: string | undefined }, ctx: z.RefinementCtx): void {
  if (a.event === "absence") {
    if (a.reason === undefined) ctx.addIssue({ code: "custom", path: ["reason"], message: "an absence needs a reason: sakit, izin or tanpa-keterangan" });
    if (a.time !== undefined) ctx.addIssue({ code: "custom", path: ["time"], message: "an absence has no time" });
  } else {
    if (a.time === undefined) ctx.addIssue({ code: "custom", path: ["time"], message: `an ${a.event} needs a time HH:MM` });
    if (a.reason !== undefined) ctx.addIssue({ code: "custom", path: ["reason"], message: `an ${a.event} has no absence reason` });
  }
  if (a.event === "departure" && a.person === undefined) ctx.addIssue({ code: "custom", path: ["person"], message: "a departure needs the person who collected the child" });
}

/**
 * Arrival (with who brought the child), departure (with who collected) or absence (with its
 * reason). A departure whose `person` is not an authorised collector is recorded with a warning
 * by `recordCare` and flagged on the day sheet.
 *
 * @category Schemas
 */
export const AttendanceSchema = z.strictObject(attendanceFields).superRefine(attendanceShape);

/** The kinds of care entry. @category Model */
export const CareTypeSchema = z.enum(["meal", "milk", "sleep", "toilet", "bath", "mood", "health", "medicine-request", "medicine", "note"]);
/** The `CareType` type, inferred from {@link CareTypeSchema}. @category Model */
export type CareType = z.output<typeof CareTypeSchema>;

const careFields = {
  kind: z.literal("care"),
  ...base,
  care: CareTypeSchema,
  /** When it happened (the start, for sleep). */
  time: ClockTimeSchema.optional(),
  /** Self-care the child did on their own in this moment (counts as development evidence). */
  independently: z.array(SelfCareSkillSchema).max(4).optional(),
  /** meal: which meal. */
  meal: z.enum(["breakfast", "morning-snack", "lunch", "afternoon-snack", "dinner"]).optional(),
  /** meal: what was served, as the menu names it. */
  menu: ShortTextSchema.optional(),
  /** meal: how much was eaten. */
  amount: MealAmountSchema.optional(),
  /** meal: the educator knowingly served a menu naming one of the child's allergens (e.g. a doctor-approved exception). */
  allergenAcknowledged: z.literal(true).optional(),
  /** milk: formula, expressed breast milk (ASI perah) or cow's milk. */
  milk: z.enum(["formula", "breast-milk", "cow-milk", "other"]).optional(),
  /** milk: millilitres drunk. */
  ml: z.int().min(0).max(1000).optional(),
  /** sleep: when the child woke; absent while the child is asleep (sedang tidur). */
  end: ClockTimeSchema.optional(),
  /** toilet: what happened (basah = wet nappy, bab = bowel movement, di-toilet = used the toilet, mengompol = accident). */
  toilet: z.array(z.enum(["basah", "bab", "di-toilet", "mengompol"])).min(1).max(4).optional(),
  /** mood: how the child seemed. */
  mood: z.enum(["happy", "calm", "fussy", "sad", "tired", "unwell"]).optional(),
  /** health: body temperature in °C. */
  temperatureC: z.number().min(30).max(45).optional(),
  /** health: what was seen (batuk, pilek, ruam). */
  symptoms: ShortTextSchema.optional(),
  /** medicine-request and medicine: the medicine. */
  medicine: ShortTextSchema.optional(),
  /** medicine-request and medicine: the dose ("5 ml", "1 tablet"). */
  dose: ShortTextSchema.optional(),
  /** medicine-request: the times of day to give it. */
  times: z.array(ClockTimeSchema).min(1).max(12).optional(),
  /** medicine-request: the last day of the request (default: the request's date only). */
  until: CalendarDateSchema.optional(),
  /** medicine-request: the family member who signed the written request. */
  requestedBy: FamilyMemberIdSchema.optional(),
  /** medicine-request: a reference to the signed form (a scan or photo), never the image itself. */
  formRef: z.string().min(1).max(2000).optional(),
  /** medicine: the medicine-request entry this dose was given under. */
  request: ObservationIdSchema.optional(),
  /** note: the text. */
  text: LongTextSchema.optional(),
};

/** Which fields each care type needs (`required`) and may carry (`allowed`, besides the base fields). */
const CARE_FIELDS: Record<CareType, { required: readonly string[]; allowed: readonly string[] }> = {
  meal: { required: ["time", "meal", "menu", "amount"], allowed: ["allergenAcknowledged"] },
  milk: { required: ["time", "milk", "ml"], allowed: [] },
  sleep: { required: ["time"], allowed: ["end"] },
  toilet: { required: ["time", "toilet"], allowed: [] },
  bath: { required: ["time"], allowed: [] },
  mood: { required: ["mood"], allowed: ["time"] },
  health: { required: ["time"], allowed: ["temperatureC", "symptoms"] },
  "medicine-request": { required: ["medicine", "dose", "times", "requestedBy"], allowed: ["until", "formRef"] },
  medicine: { required: ["time", "medicine", "dose", "request"], allowed: [] },
  note: { required: ["text"], allowed: ["time"] },
};
const TYPE_FIELDS = new Set(Object.values(CARE_FIELDS).flatMap((f) => [...f.required, ...f.allowed]));

function careShape(c: Record<string, unknown> & { care: CareType }, ctx: z.RefinementCtx): void {
  const rule = CARE_FIELDS[c.care];
  for (const f of rule.required) {
    if (c[f] === undefined) ctx.addIssue({ code: "custom", path: [f], message: `a ${c.care} entry needs ${f}` });
  }
  for (const f of TYPE_FIELDS) {
    if (c[f] !== undefined && !rule.required.includes(f) && !rule.allowed.includes(f)) {
      ctx.addIssue({ code: "custom", path: [f], message: `${f} does not belong on a ${c.care} entry` });
    }
  }
  if (c.care === "health" && c.temperatureC === undefined && c.symptoms === undefined) {
    ctx.addIssue({ code: "custom", path: ["temperatureC"], message: "a health entry needs temperatureC or symptoms" });
  }
  if (c.care === "sleep" && typeof c.end === "string" && typeof c.time === "string" && c.end < c.time) {
    ctx.addIssue({ code: "custom", path: ["end"], message: `sleep ends (${c.end}) before it starts (${c.time})` });
  }
  if (c.care === "medicine-request" && typeof c.until === "string" && typeof c.date === "string" && c.until < c.date) {
    ctx.addIssue({ code: "custom", path: ["until"], message: `until ${c.until} is before the request's date ${c.date}` });
  }
}

/**
 * One entry of the daily care log (catatan pengasuhan), by `care` type: meal (menu and amount),
 * milk (ml), sleep (start `time`, `end` absent while asleep), toilet, bath, mood, health
 * (temperature, symptoms), medicine-request (the parent's written request, transcribed: medicine,
 * dose, times, who signed), medicine (a dose given under a request) and note.
 *
 * @category Schemas
 */
export const CareEntrySchema = z.strictObject(careFields).superRefine(careShape);

/** The kinds of family entry: refleksi orang tua, catatan dari rumah, permintaan. @category Model */
export const FamilyEntryTypeSchema = z.enum(["reflection", "home-observation", "request"]);

const familyFields = {
  kind: z.literal("family"),
  ...base,
  /** The family member who wrote it; must be listed in the child's `family`. */
  author: FamilyMemberIdSchema,
  /** reflection (refleksi orang tua, for the rapor), home-observation (catatan dari rumah) or request ("hari ini tanpa susu sapi"). */
  entry: FamilyEntryTypeSchema,
  text: LongTextSchema,
  /** Indicators or goals a home observation speaks to. */
  indicators: z.array(IndicatorIdSchema).max(100).optional(),
};

/**
 * An entry written by a member of the child's family: the parent's reflection for the rapor, an
 * observation from home, or a request for the day. A family can write only about its own child:
 * validation refuses an author who is not in that child's `family`.
 *
 * @category Schemas
 */
export const FamilyEntrySchema = z.strictObject(familyFields);

/** The schemas of the daycare kinds without id and child, for corrections. */
export const careReplacementSchemas = [
  z.strictObject(attendanceFields).omit({ id: true, child: true }).superRefine(attendanceShape),
  z.strictObject(careFields).omit({ id: true, child: true }).superRefine(careShape),
  FamilyEntrySchema.omit({ id: true, child: true }),
] as const;

/**
 * An educator's presence with a group on a day (kehadiran pendidik), for ratio checks: from
 * `from` until `to` (absent `to`: still there).
 *
 * @example
 * ```ts
 * EducatorAttendanceSchema.parse({ id: "sa-1", educator: "e-01", group: "bayi", date: "2026-11-23", from: "07:00", to: "16:00" });
 * ```
 * @category Schemas
 */
export const EducatorAttendanceSchema = z
  .strictObject({
    id: ObservationIdSchema,
    educator: EducatorIdSchema,
    group: idSchema("GroupId"),
    date: CalendarDateSchema,
    from: ClockTimeSchema,
    to: ClockTimeSchema.optional(),
  })
  .refine((a) => a.to === undefined || a.to >= a.from, { error: "to is before from", path: ["to"] });

/**
 * One ratio rule set by the centre: children of an age in `[fromMonths, toMonths)` need one
 * caregiver per `children`. tumbuh ships no default: the numbers of SNI 9255:2024 and the
 * KemenPPPA TARA guidance could not be transcribed from a cited source, so they are the centre's.
 *
 * @example
 * ```ts
 * RatioRuleSchema.parse({ fromMonths: 0, toMonths: 24, children: 3 });
 * ```
 * @category Schemas
 */
export const RatioRuleSchema = z
  .strictObject({
    fromMonths: z.int().min(0).max(120),
    toMonths: z.int().min(1).max(120),
    /** Children per caregiver. */
    children: z.int().min(1).max(100),
  })
  .refine((r) => r.toMonths > r.fromMonths, { error: "toMonths must be after fromMonths", path: ["toMonths"] });
