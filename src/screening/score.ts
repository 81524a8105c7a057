/**
 * Scoring a KPSP questionnaire: count the YES answers, read the band, give the follow-up.
 *
 * ## Bands (Pedoman SDIDTK)
 * 9–10 YES = **Sesuai** (on track), 7–8 = **Meragukan** (doubtful: more stimulation, re-screen
 * after 2 weeks), ≤ 6 = **Penyimpangan** (possible deviation: refer to the Puskesmas). A result is
 * never a diagnosis.
 *
 * ## The form with 9 questions (48 months)
 * The guideline states the bands as counts of YES for a form of 10 questions; the bundled
 * 48-month form has 9 (its tenth question is unknown: see docs/milestones-and-screening.md). The
 * 42-month form has had its tenth question since it was found in two separately typed copies.
 * tumbuh keeps the **same absolute counts** on a 9-question form: 9 YES (all) = Sesuai, 7–8 =
 * Meragukan, ≤ 6 = Penyimpangan. The guideline's Sesuai band includes 9, and if a tenth question
 * is missing from the data, counting it as not shown is the cautious reading: a 9-question form can
 * never report Sesuai for a child who would have failed the tenth question, while the cost of a
 * false Meragukan is only an earlier re-screen.
 *
 * ## Incomplete forms
 * A form with an unanswered question is an error naming every missing question, never a silently
 * low score: "not asked" and "NO" mean different things.
 *
 * @module
 */
import type * as z from "zod";
import { type Issue, type SafeResult, ValidationError } from "../errors/index.js";
import type { ScreeningSchema } from "../model/index.js";
import { type CalendarDate, addDays, calendarDateProblem } from "../time/index.js";
import { kpspForm } from "./kpsp.js";
import {
  KPSP_DOMAINS,
  KPSP_FOLLOW_UP,
  KPSP_RECHECK_AFTER_DAYS,
  type KpspAge,
  type KpspDomain,
  type KpspResult,
  type KpspText,
} from "./kpsp-data.js";

/**
 * One answer as the journal stores it: a question id (`kpsp.24.3`) and `"yes"` or `"no"`.
 *
 * @category Screening
 */
export type KpspAnswer = z.input<typeof ScreeningSchema>["answers"][number];

/**
 * The answers of a form: a list like the journal stores, or an object keyed by question id
 * (`{ "kpsp.24.1": "yes", … }`).
 *
 * @category Screening
 */
export type KpspAnswers = readonly Readonly<KpspAnswer>[] | Readonly<Record<string, KpspAnswer["answer"]>>;

/**
 * Options for {@link scoreKpsp}.
 *
 * @category Screening
 */
export interface ScoreKpspOptions {
  /** The screening date; when given, a Meragukan result gets `recheckOn`. */
  readonly date?: CalendarDate;
  /**
   * Days until the re-screen after a Meragukan result. Default 14 (`KPSP_RECHECK_AFTER_DAYS`, the
   * Kemenkes guideline); some summaries say 7. Whole days, 1–366.
   */
  readonly recheckAfterDays?: number;
}

/**
 * A scored KPSP form.
 *
 * @category Screening
 */
export interface KpspScore {
  /** The screening age of the form. */
  readonly formAgeMonths: KpspAge;
  /** Questions answered YES. */
  readonly yes: number;
  /** Questions answered NO. */
  readonly no: number;
  /** Questions on the form (10, or 9 at 48 months). */
  readonly total: number;
  /** Sesuai (9–10 YES), Meragukan (7–8) or Penyimpangan (≤ 6). */
  readonly result: KpspResult;
  /** The result's name, e.g. "Meragukan (M)" / "Doubtful". */
  readonly label: KpspText;
  /** What to do next, Bahasa Indonesia and English. */
  readonly followUp: KpspText;
  /** Whether the child should be referred to the Puskesmas or another health facility. */
  readonly referral: boolean;
  /** Ids of the questions answered NO, in form order. */
  readonly noQuestions: readonly string[];
  /** NO answers per domain (the guideline asks to note them when referring). */
  readonly noByDomain: Readonly<Record<KpspDomain, number>>;
  /** For Meragukan with a `date`: the day the re-screen is due. */
  readonly recheckOn?: CalendarDate;
}

/** The re-screen interval in words: 14 → "2 minggu" / "2 weeks", 10 → "10 hari" / "10 days". */
function interval(days: number): KpspText {
  if (days % 7 === 0) {
    const w = days / 7;
    return { id: `${w} minggu`, en: `${w} ${w === 1 ? "week" : "weeks"}` };
  }
  return { id: `${days} hari`, en: `${days} ${days === 1 ? "day" : "days"}` };
}

/** The Meragukan advice with the configured interval in place of the guideline's 2 weeks. */
function doubtfulAdvice(days: number): KpspText {
  const advice = KPSP_FOLLOW_UP.meragukan.advice;
  const words = interval(days);
  return {
    id: advice.id.replace("setelah 2 minggu", `setelah ${words.id}`),
    en: advice.en.replace("after 2 weeks", `after ${words.en}`),
  };
}

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === undefined) return "nothing";
  return value === null ? "null" : typeof value === "object" ? "an object" : String(value);
}

/** The answers as `[question, answer, question path, answer path]` rows. */
function rows(answers: KpspAnswers): [unknown, unknown, string, string][] {
  if (Array.isArray(answers)) {
    return (answers as readonly unknown[]).map((a, i) => {
      const o = typeof a === "object" && a !== null ? (a as Record<string, unknown>) : {};
      return [o["question"], o["answer"], `answers[${i}].question`, `answers[${i}].answer`];
    });
  }
  return Object.entries(answers as Readonly<Record<string, unknown>>).map(([k, v]) => [k, v, "answers", "answers"]);
}

/**
 * Scores a KPSP form, returning the problems instead of throwing (see {@link scoreKpsp}).
 *
 * @param formAgeMonths - the screening age of the form used
 * @param answers - one answer per question of the form
 * @param options - screening date and re-screen interval
 * @returns `{ success: true, data }` with the score, or `{ success: false, error }` listing every
 *   problem
 * @example
 * ```ts
 * safeScoreKpsp(24, { "kpsp.24.1": "yes" }).success; // => false (9 questions missing)
 * ```
 * @category Screening
 */
export function safeScoreKpsp(formAgeMonths: number, answers: KpspAnswers, options: ScoreKpspOptions = {}): SafeResult<KpspScore> {
  const issues: Issue[] = [];
  const fail = (): SafeResult<KpspScore> => ({ success: false, error: new ValidationError(issues) });
  const days = options.recheckAfterDays ?? KPSP_RECHECK_AFTER_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 366) {
    issues.push({ path: "options.recheckAfterDays", code: "invalid_value", message: `expected whole days from 1 to 366, got ${show(days)}` });
  }
  const dateProblem = options.date === undefined ? undefined : calendarDateProblem(options.date);
  if (dateProblem !== undefined) issues.push({ path: "options.date", code: "invalid_date", message: dateProblem });
  const form = kpspForm(formAgeMonths);
  if (form === undefined) {
    issues.push({ path: "formAgeMonths", code: "invalid_value", message: `${show(formAgeMonths)} is not a KPSP screening age (3, 6, 9, 12, 15, 18, 21, 24, 30, 36, 42, 48, 54, 60, 66, 72)` });
    return fail();
  }
  const onForm = new Set(form.questions.map((q) => q.id));
  const seen = new Set<string>();
  const given = new Map<string, "yes" | "no">();
  for (const [question, answer, questionPath, answerPath] of rows(answers)) {
    if (typeof question !== "string" || !onForm.has(question)) {
      issues.push({ path: questionPath, code: "invalid_value", message: `question ${show(question)} is not on the ${form.ageMonths}-month form` });
      continue;
    }
    if (seen.has(question)) {
      issues.push({ path: questionPath, code: "duplicate_id", message: `question ${question} is answered more than once` });
      continue;
    }
    seen.add(question);
    if (answer === "yes" || answer === "no") given.set(question, answer);
    else issues.push({ path: answerPath, code: "invalid_value", message: `the answer to ${question} must be "yes" or "no", got ${show(answer)}` });
  }
  for (const q of form.questions) {
    if (!seen.has(q.id)) issues.push({ path: "answers", code: "missing", message: `question ${q.id} is not answered` });
  }
  if (issues.length > 0) return fail();

  const noByDomain = Object.fromEntries(KPSP_DOMAINS.map((d) => [d.id, 0])) as Record<KpspDomain, number>;
  const noQuestions: string[] = [];
  for (const q of form.questions) {
    if (given.get(q.id) === "no") {
      noQuestions.push(q.id);
      noByDomain[q.domain] += 1;
    }
  }
  const total = form.questions.length;
  const yes = total - noQuestions.length;
  const result: KpspResult =
    yes >= KPSP_FOLLOW_UP.sesuai.minYes ? "sesuai" : yes >= KPSP_FOLLOW_UP.meragukan.minYes ? "meragukan" : "penyimpangan";
  const advice = KPSP_FOLLOW_UP[result].advice;
  const label = KPSP_FOLLOW_UP[result].label;
  const score: KpspScore = {
    formAgeMonths: form.ageMonths,
    yes,
    no: noQuestions.length,
    total,
    result,
    label: { id: label.id, en: label.en },
    followUp: result === "meragukan" ? doubtfulAdvice(days) : { id: advice.id, en: advice.en },
    referral: result === "penyimpangan",
    noQuestions,
    noByDomain,
  };
  if (result === "meragukan" && options.date !== undefined) return { success: true, data: { ...score, recheckOn: addDays(options.date, days) } };
  return { success: true, data: score };
}

/**
 * Scores a KPSP form: 9–10 YES = Sesuai, 7–8 = Meragukan (re-screen after `recheckAfterDays`),
 * ≤ 6 = Penyimpangan (refer). Forms with 9 questions (42 and 48 months) use the same counts, so
 * Sesuai needs all 9 (see the module notes).
 *
 * @param formAgeMonths - the screening age of the form used (3, 6, … 72)
 * @param answers - one `"yes"`/`"no"` answer for every question of that form, as a list
 *   (`[{ question: "kpsp.24.1", answer: "yes" }, …]`) or an object keyed by question id
 * @param options - `date` (to get `recheckOn`) and `recheckAfterDays` (default 14)
 * @returns the counts, the result, the follow-up advice in both languages, and `recheckOn` for a
 *   Meragukan result when a date is given
 * @throws {@link ValidationError} listing every problem: code `missing` (path `answers`) for each
 *   unanswered question, `invalid_value` for a question not on the form, an answer other than
 *   yes/no, or a form age that is not a screening age, `duplicate_id` for a question answered twice
 * @example
 * ```ts
 * const answers = kpspForm(24).questions.map((q, i) => ({ question: q.id, answer: i < 8 ? "yes" : "no" }));
 * scoreKpsp(24, answers, { date: parseCalendarDate("2026-11-02") });
 * // => { formAgeMonths: 24, yes: 8, no: 2, total: 10, result: "meragukan", referral: false,
 * //      recheckOn: "2026-11-16", followUp: { id: "Perkembangan anak meragukan. …", en: "…" }, … }
 * scoreKpsp(24, answers.slice(1)); // throws ValidationError: answers: question kpsp.24.1 is not answered [missing]
 * ```
 * @category Screening
 */
export function scoreKpsp(formAgeMonths: number, answers: KpspAnswers, options: ScoreKpspOptions = {}): KpspScore {
  const r = safeScoreKpsp(formAgeMonths, answers, options);
  if (!r.success) throw r.error;
  return r.data;
}
