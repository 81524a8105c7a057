/**
 * KPSP forms and the KPSP age rule: which questionnaire a child gets on a date, and when the next
 * one is due.
 *
 * ## Age rule (Pedoman SDIDTK)
 * The child's age is counted in completed months (from {@link ageOn}, default month-end rule), and a
 * remainder of **16 days or more counts as one more month**: 3 months 15 days is 3 months, 3 months
 * 16 days is 4 months. The guideline's text says "lebih dari 16 hari" but its own example rounds
 * 16 days up, so 16 rounds up here.
 *
 * ## Which form
 * At a screening age (3, 6, 9, 12, 15, 18, 21, 24, 30, 36, 42, 48, 54, 60, 66, 72 months) the form
 * of that age is used. Between ages the guideline asks the family to come back at the next
 * screening age, and when there is a complaint to use the form of the **nearest younger** age;
 * `kpspFormFor` returns that nearest younger form and says it did (`reason: "between-ages"`).
 * Below 3 months and above 72 months (rounded) KPSP has no form; that is a result, not an error.
 *
 * @module
 */
// For TSDoc links only.
import type { ValidationError } from "../errors/index.js";
import { type CalendarDate, addMonths, ageOn } from "../time/index.js";
import {
  KPSP_AGES,
  KPSP_QUESTIONS,
  KPSP_ROUND_UP_FROM_DAYS,
  KPSP_TOOLS,
  type KpspAge,
  type KpspQuestion,
  type KpspToolId,
} from "./kpsp-data.js";

/**
 * One KPSP questionnaire: its screening age, its questions in form order and the tools (alat
 * bantu) the examiner needs for it.
 *
 * @category Screening
 */
export interface KpspForm {
  /** The screening age of the form, in months. */
  readonly ageMonths: KpspAge;
  /** The questions, in the order of the form (`n` = 1, 2, …). */
  readonly questions: readonly KpspQuestion[];
  /** Every tool any question of the form needs, in the order of `KPSP_TOOLS`. */
  readonly tools: readonly KpspToolId[];
}

/**
 * A child's age as KPSP counts it.
 *
 * @category Screening
 */
export interface KpspAgeInfo {
  /** Completed months (`ageOn(...).totalMonths`). */
  readonly months: number;
  /** Days after the last completed month, 0–30. */
  readonly days: number;
  /** Months after the KPSP rounding rule: `months + 1` when `days >= 16`. */
  readonly roundedMonths: number;
}

/**
 * Why a form was or was not chosen: the rounded age is a screening age, lies between two
 * screening ages (the nearest younger form is used), is below 3 months or above 72 months.
 *
 * @category Screening
 */
export type KpspFormReason = "screening-age" | "between-ages" | "too-young" | "too-old";

/**
 * The result of {@link kpspFormFor}: the child's age, the form to use (if any) and the next
 * screening. Narrow on `reason` (or on `form !== undefined`).
 *
 * @category Screening
 */
export type KpspFormChoice =
  | {
      readonly reason: "screening-age" | "between-ages";
      readonly age: KpspAgeInfo;
      /** The form to use: the largest screening age not above the rounded age. */
      readonly form: KpspAge;
      /** The next screening age, or undefined after the 72-month form. */
      readonly nextAge: KpspAge | undefined;
      /** The day the child reaches `nextAge` (birth date + `nextAge` months). */
      readonly nextDue: CalendarDate | undefined;
    }
  | {
      readonly reason: "too-young";
      readonly age: KpspAgeInfo;
      readonly form: undefined;
      /** Always 3: the first screening age. */
      readonly nextAge: KpspAge;
      /** The day the child turns 3 months. */
      readonly nextDue: CalendarDate;
    }
  | {
      readonly reason: "too-old";
      readonly age: KpspAgeInfo;
      readonly form: undefined;
      readonly nextAge: undefined;
      readonly nextDue: undefined;
    };

const AGE_SET: ReadonlySet<number> = new Set(KPSP_AGES);
let forms: ReadonlyMap<number, KpspForm> | undefined;

function buildForms(): ReadonlyMap<number, KpspForm> {
  const out = new Map<number, KpspForm>();
  for (const age of KPSP_AGES) {
    const questions = KPSP_QUESTIONS.filter((q) => q.ageMonths === age).sort((a, b) => a.n - b.n);
    const needed = new Set<KpspToolId>(questions.flatMap((q) => q.tools));
    out.set(age, { ageMonths: age, questions, tools: KPSP_TOOLS.filter((t) => needed.has(t.id)).map((t) => t.id) });
  }
  return out;
}

/**
 * Whether a number is one of the 16 KPSP screening ages.
 *
 * @param months - any number
 * @returns true for 3, 6, 9, 12, 15, 18, 21, 24, 30, 36, 42, 48, 54, 60, 66 and 72
 * @example
 * ```ts
 * isKpspAge(24); // => true
 * isKpspAge(27); // => false
 * ```
 * @category Screening
 */
export function isKpspAge(months: number): months is KpspAge {
  return AGE_SET.has(months);
}

/**
 * The KPSP questionnaire of a screening age (the same object on every call).
 *
 * @param ageMonths - a screening age (3, 6, … 72)
 * @returns the form with its questions in order and the tools it needs
 * @example
 * ```ts
 * kpspForm(24).questions.length; // => 10
 * kpspForm(42).questions.length; // => 10
 * kpspForm(24).questions[2]?.id; // => "kpsp.24.3"
 * ```
 * @category Screening
 */
export function kpspForm(ageMonths: KpspAge): KpspForm;
/**
 * The KPSP questionnaire of an age given as a plain number, or undefined when it is not a
 * screening age.
 *
 * @param ageMonths - months
 * @returns the form, or undefined for 27, 0, 84 and other non-screening ages
 * @example
 * ```ts
 * kpspForm(27); // => undefined
 * ```
 * @category Screening
 */
export function kpspForm(ageMonths: number): KpspForm | undefined;
export function kpspForm(ageMonths: number): KpspForm | undefined {
  forms ??= buildForms();
  return forms.get(ageMonths);
}

/**
 * A child's age on a date with the KPSP rounding rule (16 days or more count as a month).
 *
 * @param birthDate - date of birth
 * @param date - the screening date
 * @returns completed months, the remaining days and the rounded months
 * @throws {@link ValidationError} with code `before_birth` when `date` is before `birthDate`
 * @example
 * ```ts
 * kpspAgeOn(parseCalendarDate("2024-01-10"), parseCalendarDate("2024-04-25"));
 * // => { months: 3, days: 15, roundedMonths: 3 }
 * kpspAgeOn(parseCalendarDate("2024-01-10"), parseCalendarDate("2024-04-26"));
 * // => { months: 3, days: 16, roundedMonths: 4 }
 * ```
 * @category Screening
 */
export function kpspAgeOn(birthDate: CalendarDate, date: CalendarDate): KpspAgeInfo {
  const age = ageOn(birthDate, date);
  return {
    months: age.totalMonths,
    days: age.days,
    roundedMonths: age.totalMonths + (age.days >= KPSP_ROUND_UP_FROM_DAYS ? 1 : 0),
  };
}

/** The largest screening age not above `months`, or undefined below 3. */
function formAtOrBelow(months: number): KpspAge | undefined {
  let found: KpspAge | undefined;
  for (const a of KPSP_AGES) {
    if (a > months) break;
    found = a;
  }
  return found;
}

/** The smallest screening age above `months`, or undefined from 72 on. */
function ageAbove(months: number): KpspAge | undefined {
  return KPSP_AGES.find((a) => a > months);
}

/**
 * Which KPSP form to use for a child on a date, the child's age as KPSP counts it, and when the
 * next screening is due.
 *
 * The form is the screening age equal to the rounded age, or the nearest younger one between
 * ages. `nextDue` is the day the child reaches the next screening age: the birth date plus that
 * many months (`addMonths`, so a child born on 31 Aug is due on 28/29 Feb). On that day the
 * rounded age is already the next age, so `kpspFormFor(birth, nextDue).form === nextAge`.
 *
 * @param birthDate - date of birth
 * @param date - the screening date (never "today": pass it)
 * @returns the choice; `form` is undefined (with reason `too-young` or `too-old`) below a rounded
 *   age of 3 months or above 72 months
 * @throws {@link ValidationError} with code `before_birth` when `date` is before `birthDate`
 * @example
 * ```ts
 * kpspFormFor(parseCalendarDate("2024-01-10"), parseCalendarDate("2026-03-01"));
 * // => { reason: "between-ages", age: { months: 25, days: 19, roundedMonths: 26 },
 * //      form: 24, nextAge: 30, nextDue: "2026-07-10" }
 * kpspFormFor(parseCalendarDate("2024-01-10"), parseCalendarDate("2024-02-01"));
 * // => { reason: "too-young", age: { months: 0, days: 22, roundedMonths: 1 },
 * //      form: undefined, nextAge: 3, nextDue: "2024-04-10" }
 * ```
 * @category Screening
 */
export function kpspFormFor(birthDate: CalendarDate, date: CalendarDate): KpspFormChoice {
  const age = kpspAgeOn(birthDate, date);
  const rounded = age.roundedMonths;
  const last = KPSP_AGES[KPSP_AGES.length - 1] ?? 72;
  if (rounded > last) return { reason: "too-old", age, form: undefined, nextAge: undefined, nextDue: undefined };
  const form = formAtOrBelow(rounded);
  if (form === undefined) {
    const first = KPSP_AGES[0] ?? 3;
    return { reason: "too-young", age, form: undefined, nextAge: first, nextDue: addMonths(birthDate, first) };
  }
  const nextAge = ageAbove(rounded);
  return {
    reason: form === rounded ? "screening-age" : "between-ages",
    age,
    form,
    nextAge,
    nextDue: nextAge === undefined ? undefined : addMonths(birthDate, nextAge),
  };
}
