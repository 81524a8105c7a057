/**
 * z-scores of one measurement against the WHO Child Growth Standards (0–60 months, by age in
 * days) and the WHO Reference 2007 (61 months to 19 years, by age in months), computed the way
 * WHO's software computes them (R packages `anthro` and `anthroplus`).
 *
 * @module
 */
import * as z from "zod";
import { parseWith } from "../io/issues.js";
import { type Child, type GrowthMeasurement, MeasurementPositionSchema, type MeasurementPosition, type Sex, SexSchema } from "../model/index.js";
import { daysFromCivil } from "../time/calendar-date.js";
import { CalendarDateSchema, daysInMonth } from "../time/index.js";
import { type Lms, lmsBetween, lmsRow, lmsZ, restrictedZ, round2, rowCount } from "./lms.js";
import { BMIFA_2006 } from "./tables/who2006-bmifa.js";
import { HCFA_2006 } from "./tables/who2006-hcfa.js";
import { LHFA_2006 } from "./tables/who2006-lhfa.js";
import { WFA_2006 } from "./tables/who2006-wfa.js";
import { WFH_2006 } from "./tables/who2006-wfh.js";
import { WFL_2006 } from "./tables/who2006-wfl.js";
import { BFA_2007 } from "./tables/who2007-bfa.js";
import { HFA_2007 } from "./tables/who2007-hfa.js";
import { WFA_2007 } from "./tables/who2007-wfa.js";
import type { LmsColumns, LmsTable } from "./tables/types.js";

/**
 * The growth indicators: `wfa` weight-for-age (BB/U), `lhfa` length/height-for-age (PB/U, TB/U),
 * `wflh` weight-for-length/height (BB/PB, BB/TB), `bmifa` BMI-for-age (IMT/U), `hcfa` head
 * circumference-for-age (LK/U).
 *
 * @category Growth
 */
export const GrowthIndicatorSchema = z.enum(["wfa", "lhfa", "wflh", "bmifa", "hcfa"]);
/** The `GrowthIndicator` type, inferred from {@link GrowthIndicatorSchema}. @category Growth */
export type GrowthIndicator = z.output<typeof GrowthIndicatorSchema>;

/** The indicators in their usual order (BB/U, PB/U-TB/U, BB/PB-BB/TB, IMT/U, LK/U). @category Growth */
export const GROWTH_INDICATORS: readonly GrowthIndicator[] = ["wfa", "lhfa", "wflh", "bmifa", "hcfa"];

/**
 * What {@link growthZScores} reads: the child's sex and birth date, the date of the measurement,
 * the measurements taken and how the length/height was taken.
 *
 * @category Growth
 */
export const GrowthInputSchema = z
  .strictObject({
    /** Jenis kelamin. Without it no z-score can be computed (the result says so). */
    sex: SexSchema.optional(),
    birthDate: CalendarDateSchema,
    /** The day of the measurement (not before `birthDate`). */
    date: CalendarDateSchema,
    /** Weight in kg (berat badan). */
    weightKg: z.number().positive().max(300).optional(),
    /** Length or height in cm (panjang / tinggi badan), as measured. */
    heightCm: z.number().positive().max(250).optional(),
    /** Head circumference in cm (lingkar kepala). */
    headCm: z.number().positive().max(100).optional(),
    /** How `heightCm` was taken; absent means WHO's default for the age. */
    position: MeasurementPositionSchema.optional(),
  })
  .refine((g) => g.date >= g.birthDate, { error: "the measurement date is before birthDate", path: ["date"] });
/** The `GrowthInput` type, inferred from {@link GrowthInputSchema}. @category Growth */
export type GrowthInput = z.input<typeof GrowthInputSchema>;

/**
 * One z-score: the indicator, z rounded to two decimals as WHO's software prints it, and WHO's
 * flag for an implausible value (most likely a measuring or typing error).
 *
 * @category Growth
 */
export interface ZScore {
  readonly indicator: GrowthIndicator;
  /** Standard deviations from the WHO median, two decimals. */
  readonly z: number;
  /**
   * WHO's flag for an implausible value: weight-for-age below −6 or above +5, length/height-for-age
   * beyond ±6, weight-for-length/height, BMI-for-age and head circumference beyond ±5 (WHO
   * `anthro` and `anthroplus`).
   */
  readonly flagged: boolean;
}

/**
 * Why an indicator has no z-score:
 * - `no-sex`: the child's sex is not recorded;
 * - `not-measured`: the measurement it needs (weight, length/height, head) was not given;
 * - `between-standards`: the child is 60 to 61 months old, where WHO's software computes none
 *   (the 2006 standards end before 60 months, the 2007 reference starts at 61);
 * - `beyond-reference`: older than the WHO Reference 2007 covers (weight-for-age to 120 months,
 *   the others to 228 months);
 * - `no-standard-past-60-months`: WHO publishes no head-circumference or weight-for-height
 *   standard from 5 years;
 * - `length-out-of-range`: weight-for-length needs 45–110 cm, weight-for-height 65–120 cm.
 *
 * @category Growth
 */
export type ZScoreUnavailableReason =
  | "no-sex"
  | "not-measured"
  | "between-standards"
  | "beyond-reference"
  | "no-standard-past-60-months"
  | "length-out-of-range";

/**
 * The z-scores of one measurement, with the age they were read at and how the length was read.
 *
 * @category Growth
 */
export interface GrowthZScores {
  /** Age in completed days on the measurement date. */
  readonly ageDays: number;
  /** Age in months (days / 30.4375, WHO's month), two decimals. */
  readonly ageMonths: number;
  /**
   * Which WHO set applies at this age: `who2006` (Child Growth Standards, below 60 months),
   * `who2007` (Growth Reference 2007, 61–228 months) or `none`.
   */
  readonly standard: "who2006" | "who2007" | "none";
  /**
   * Whether the length/height counts as measured lying: the given position, or when none was
   * given, WHO's default for the age (lying below 731 days).
   */
  readonly measuredLying: boolean;
  /** True when a length/height was given without a position and WHO's default was assumed. */
  readonly positionAssumed: boolean;
  /**
   * True when a standing height was given for a child under 9 months: WHO's software treats the
   * position as wrong (its `c9mo_flag`) and reads the value as a length, with no 0.7 cm change.
   */
  readonly positionImplausible: boolean;
  /**
   * Whether the length-based standards were used (age below 731 days: PB/U, BB/PB) or the
   * height-based ones (TB/U, BB/TB).
   */
  readonly lengthBased: boolean;
  /** The length/height after the 0.7 cm adjustment, as the z-scores read it. */
  readonly adjustedHeightCm?: number;
  /** Body mass index from the weight and the adjusted length/height (kg/m²). */
  readonly bmi?: number;
  readonly wfa?: ZScore;
  readonly lhfa?: ZScore;
  readonly wflh?: ZScore;
  readonly bmifa?: ZScore;
  readonly hcfa?: ZScore;
  /** Every indicator without a z-score, with the reason, in {@link GROWTH_INDICATORS} order. */
  readonly unavailable: readonly { readonly indicator: GrowthIndicator; readonly reason: ZScoreUnavailableReason }[];
}

/** WHO's month: 365.25 / 12 days. */
const DAYS_PER_MONTH = 30.4375;
/** From this age in days the standards are for standing height, and weight-for-height applies. */
const HEIGHT_FROM_DAY = 731;
/** WHO's standing/lying difference in cm. */
const LYING_MINUS_STANDING = 0.7;

function columns(table: LmsTable, sex: Sex): LmsColumns {
  return sex === "male" ? table.male : table.female;
}

/** LMS at an age in days (a row of a daily table), or undefined past its end. */
function atDay(table: LmsTable, sex: Sex, day: number): Lms | undefined {
  const c = columns(table, sex);
  const i = day - c.start;
  return i >= 0 && i < rowCount(c) ? lmsRow(c, i) : undefined;
}

/** LMS at an age in months, interpolated between monthly rows like `anthroplus`. */
function atMonth(table: LmsTable, sex: Sex, months: number): Lms | undefined {
  const c = columns(table, sex);
  const low = Math.trunc(months);
  const f = months - low;
  const i = low - c.start;
  if (i < 0 || i >= rowCount(c) || (f > 0 && i + 1 >= rowCount(c))) return undefined;
  return lmsBetween(c, i, f);
}

/** LMS at a length/height, interpolated between 0.1 cm rows like `anthro`. */
function atLength(table: LmsTable, sex: Sex, cm: number): Lms | undefined {
  const c = columns(table, sex);
  const tenths = cm * 10;
  // The row at or below cm: tenths is nudged so that 70.3 * 10 = 702.9999… still reads row 70.3.
  let low = Math.floor(tenths + 1e-9);
  let f = tenths - low;
  if (f < 1e-9) f = 0;
  const i = low - Math.round(c.start * 10);
  if (i < 0 || i >= rowCount(c) || (f > 0 && i + 1 >= rowCount(c))) return undefined;
  low = i;
  return lmsBetween(c, low, f);
}

function score(indicator: GrowthIndicator, raw: number): ZScore {
  const z = round2(raw);
  let flagged: boolean;
  switch (indicator) {
    case "wfa":
      flagged = z < -6 || z > 5;
      break;
    case "lhfa":
      flagged = Math.abs(z) > 6;
      break;
    case "wflh":
    case "bmifa":
    case "hcfa":
      flagged = Math.abs(z) > 5;
      break;
    default:
      flagged = indicator satisfies never;
  }
  return { indicator, z, flagged };
}

/**
 * The day number of a valid `YYYY-MM-DD` text, or -1: one pass over the characters, because this
 * runs for every measurement of a city and the general date parser checks more than it needs to.
 */
function dayOf(text: unknown): number {
  if (typeof text !== "string" || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    year = year * 10 + d;
  }
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return daysFromCivil(year, month, day);
}

function num(v: unknown, max: number): boolean {
  return v === undefined || (typeof v === "number" && v > 0 && v <= max);
}

/**
 * The age in days of a valid input, or -1: the fast check; anything it does not vouch for goes
 * through zod, for its messages.
 */
function plainAgeDays(g: GrowthInput): number {
  if (g === null || typeof g !== "object") return -1;
  for (const key in g) {
    if (!Object.hasOwn(KNOWN_KEYS, key)) return -1;
  }
  if (!(g.sex === undefined || g.sex === "male" || g.sex === "female")) return -1;
  if (!(g.position === undefined || g.position === "lying" || g.position === "standing")) return -1;
  if (!num(g.weightKg, 300) || !num(g.heightCm, 250) || !num(g.headCm, 100)) return -1;
  const birth = dayOf(g.birthDate);
  const date = dayOf(g.date);
  return birth < 0 || date < birth ? -1 : date - birth;
}

function daysFromCivilText(text: string): number {
  return daysFromCivil(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
}

const KNOWN_KEYS = { sex: 1, birthDate: 1, date: 1, weightKg: 1, heightCm: 1, headCm: 1, position: 1 } as const;

/**
 * The WHO z-scores of one measurement: weight-for-age (BB/U), length/height-for-age (PB/U,
 * TB/U), weight-for-length/height (BB/PB, BB/TB), BMI-for-age (IMT/U) and head
 * circumference-for-age (LK/U), computed as WHO's software does:
 *
 * - below 60 months (age in months = days / 30.4375), the WHO Child Growth Standards at the age in
 *   days; from 61 months, the WHO Reference 2007, interpolated between its monthly rows
 *   (weight-for-age to 120 months, height and BMI to 228); between 60 and 61 months none;
 * - z = ((y / M)^L − 1) / (S · L), and for weight, weight-for-length/height and BMI beyond ±3 SD
 *   the restricted form that measures from the ±3 SD curve in units of the 2–3 SD gap;
 * - a standing height under 731 days gets +0.7 cm, a lying length from 731 days −0.7 cm, before
 *   length/height-for-age, weight-for-length/height and BMI (a measurement with no position is
 *   read as WHO's default for the age, and the result says so);
 * - weight-for-length below 731 days (45–110 cm), weight-for-height from 731 days (65–120 cm),
 *   L, M and S interpolated linearly between the 0.1 cm rows;
 * - z rounded to two decimals, and WHO's flags for implausible values.
 *
 * @param input - sex, birth date, measurement date, the measurements and the position
 * @returns the z-scores that can be computed and, for every other indicator, why not
 * @throws {@link ValidationError} naming every bad field (a date that does not exist, a date
 *   before the birth date, a weight that is not a positive number, an unknown key…)
 * @example
 * ```ts
 * const r = growthZScores({ sex: "female", birthDate: "2024-01-15", date: "2026-01-20", weightKg: 11.2, heightCm: 84.5 });
 * r.ageDays; // => 736
 * r.lhfa; // => { indicator: "lhfa", z: -0.42, flagged: false }
 * r.positionAssumed; // => true (read as standing: 731 days or older)
 * ```
 * @category Growth
 */
export function growthZScores(input: GrowthInput): GrowthZScores {
  let ageDays = plainAgeDays(input);
  let g = input;
  if (ageDays < 0) {
    // Throws a ValidationError naming every bad field; what passes zod but not the fast check
    // (a year before 1000, say) is still computed.
    g = parseWith(GrowthInputSchema, input) as GrowthInput;
    ageDays = daysFromCivilText(g.date) - daysFromCivilText(g.birthDate);
  }
  const months = ageDays / DAYS_PER_MONTH;
  const standard = months < 60 ? "who2006" : months >= 61 && months <= 228 ? "who2007" : "none";
  const lengthBased = ageDays < HEIGHT_FROM_DAY;
  const given: MeasurementPosition | undefined = g.position;
  // WHO Anthro: a standing height under 9 months is taken as a wrongly recorded position.
  const positionImplausible = given === "standing" && months < 9;
  const position: MeasurementPosition | undefined = positionImplausible ? undefined : given;
  const measuredLying = position === undefined ? lengthBased : position === "lying";

  // From 61 months `anthroplus` takes every height as standing; a length recorded lying still gets
  // −0.7 cm here (our choice: the 731-day rule holds at every age).
  let height: number | undefined = g.heightCm;
  if (height !== undefined) {
    if (lengthBased && position === "standing") height += LYING_MINUS_STANDING;
    else if (!lengthBased && position === "lying") height -= LYING_MINUS_STANDING;
  }
  const bmi = g.weightKg !== undefined && height !== undefined ? g.weightKg / ((height / 100) * (height / 100)) : undefined;

  const out: {
    -readonly [K in keyof GrowthZScores]: GrowthZScores[K];
  } = {
    ageDays,
    ageMonths: Math.round(months * 100) / 100,
    standard,
    measuredLying,
    positionAssumed: g.heightCm !== undefined && g.position === undefined,
    positionImplausible,
    lengthBased,
    unavailable: [],
  };
  if (height !== undefined) out.adjustedHeightCm = Math.round(height * 1e6) / 1e6;
  if (bmi !== undefined) out.bmi = Math.round(bmi * 100) / 100;
  const unavailable: { indicator: GrowthIndicator; reason: ZScoreUnavailableReason }[] = [];
  const sex = g.sex;

  const measureOf: Record<GrowthIndicator, number | undefined> = {
    wfa: g.weightKg,
    lhfa: height,
    wflh: g.weightKg !== undefined && height !== undefined ? g.weightKg : undefined,
    bmifa: bmi,
    hcfa: g.headCm,
  };
  for (const indicator of GROWTH_INDICATORS) {
    const y = measureOf[indicator];
    if (y === undefined) {
      unavailable.push({ indicator, reason: "not-measured" });
      continue;
    }
    if (sex === undefined) {
      unavailable.push({ indicator, reason: "no-sex" });
      continue;
    }
    const result = compute(indicator, sex, ageDays, months, y, height, standard);
    if (typeof result === "string") unavailable.push({ indicator, reason: result });
    else out[indicator] = result;
  }
  out.unavailable = unavailable;
  return out;
}

function compute(
  indicator: GrowthIndicator,
  sex: Sex,
  ageDays: number,
  months: number,
  y: number,
  height: number | undefined,
  standard: GrowthZScores["standard"],
): ZScore | ZScoreUnavailableReason {
  if (standard === "none") return months < 61 ? "between-standards" : indicator === "hcfa" || indicator === "wflh" ? "no-standard-past-60-months" : "beyond-reference";
  if (standard === "who2007") {
    switch (indicator) {
      case "hcfa":
      case "wflh":
        return "no-standard-past-60-months";
      case "wfa": {
        const p = months <= 120 ? atMonth(WFA_2007, sex, months) : undefined;
        return p === undefined ? "beyond-reference" : score(indicator, restrictedZ(y, p));
      }
      case "lhfa": {
        const p = atMonth(HFA_2007, sex, months);
        return p === undefined ? "beyond-reference" : score(indicator, lmsZ(y, p));
      }
      case "bmifa": {
        const p = atMonth(BFA_2007, sex, months);
        return p === undefined ? "beyond-reference" : score(indicator, restrictedZ(y, p));
      }
      default:
        return indicator satisfies never;
    }
  }
  switch (indicator) {
    case "wfa":
      return score(indicator, restrictedZ(y, atDay(WFA_2006, sex, ageDays)!));
    case "lhfa":
      return score(indicator, lmsZ(y, atDay(LHFA_2006, sex, ageDays)!));
    case "bmifa":
      return score(indicator, restrictedZ(y, atDay(BMIFA_2006, sex, ageDays)!));
    case "hcfa":
      return score(indicator, lmsZ(y, atDay(HCFA_2006, sex, ageDays)!));
    case "wflh": {
      const lengthBased = ageDays < HEIGHT_FROM_DAY;
      const cm = height!;
      const inRange = lengthBased ? cm >= 45 && cm <= 110 : cm >= 65 && cm <= 120;
      const p = inRange ? atLength(lengthBased ? WFL_2006 : WFH_2006, sex, cm) : undefined;
      return p === undefined ? "length-out-of-range" : score(indicator, restrictedZ(y, p));
    }
    default:
      return indicator satisfies never;
  }
}

/**
 * The z-scores of a recorded growth measurement of a child: {@link growthZScores} with the
 * child's sex and birth date and the measurement's date, weight, length/height, head
 * circumference and position. A child without a recorded sex gets no z-scores (`no-sex`).
 *
 * @param child - the child measured (its `sex` and `birthDate` are read)
 * @param measurement - the growth measurement (on or after the birth date)
 * @returns the z-scores that can be computed and, for every other indicator, why not
 * @throws {@link ValidationError} when the measurement is dated before the child's birth
 * @example
 * ```ts
 * const child = centre.children.find((c) => c.id === m.child)!;
 * measurementZScores(child, m).wfa?.z; // => -0.6
 * ```
 * @category Growth
 */
export function measurementZScores(
  child: Pick<Child, "sex" | "birthDate">,
  measurement: Pick<GrowthMeasurement, "date" | "weightKg" | "heightCm" | "headCircumferenceCm" | "position">,
): GrowthZScores {
  const input: { -readonly [K in keyof GrowthInput]: GrowthInput[K] } = { birthDate: child.birthDate, date: measurement.date };
  if (child.sex !== undefined) input.sex = child.sex;
  if (measurement.weightKg !== undefined) input.weightKg = measurement.weightKg;
  if (measurement.heightCm !== undefined) input.heightCm = measurement.heightCm;
  if (measurement.headCircumferenceCm !== undefined) input.headCm = measurement.headCircumferenceCm;
  if (measurement.position !== undefined) input.position = measurement.position;
  return growthZScores(input);
}
