/**
 * KPSP screenings in the journal: recording a complete form, and reading a child's latest result
 * from the progress fold.
 *
 * The journal stores only the answers (`kind: "screening"`); the result is always computed, so a
 * corrected answer corrects the result too.
 *
 * @module
 */
import type * as z from "zod";
import { type Issue, ValidationError } from "../errors/index.js";
import { record } from "../journal/record.js";
import type { Centre, Screening, ScreeningSchema, Visibility } from "../model/index.js";
import type { ChildProgress } from "../progress/fold.js";
import { type CalendarDate, isCalendarDate } from "../time/index.js";
import { kpspForm, kpspFormFor } from "./kpsp.js";
import type { KpspText } from "./kpsp-data.js";
import { type KpspAnswer, type KpspAnswers, type KpspScore, safeScoreKpsp, type scoreKpsp } from "./score.js";

/**
 * Follow-up when a re-screen is still Meragukan (7–8 YES): the guideline's next step is a further
 * examination, so the child is referred instead of being re-screened again.
 *
 * @category Screening
 */
export const KPSP_REPEATED_DOUBT_ADVICE: KpspText = {
  id: "Hasil tetap meragukan pada evaluasi ulang. Lakukan pemeriksaan lanjutan: rujuk anak ke Puskesmas atau fasilitas kesehatan, dengan mencatat aspek yang dijawab TIDAK. Hasil KPSP bukan diagnosis.",
  en: "The result is still doubtful at the re-screen. Arrange a further examination: refer the child to the Puskesmas or a health facility, noting the areas answered NO. A KPSP result is not a diagnosis.",
};

/**
 * What {@link recordScreening} takes: the fields of a screening observation (without `kind` and
 * `instrument`), with the answers as a list or an object keyed by question id.
 *
 * @category Screening
 */
export type RecordScreeningInput = Omit<z.input<typeof ScreeningSchema>, "kind" | "instrument" | "answers"> & {
  readonly answers: KpspAnswers;
};

/**
 * Options for {@link recordScreening}.
 *
 * @category Screening
 */
export interface RecordScreeningOptions {
  /**
   * Check that the form is the one {@link kpspFormFor} gives for the child's age on the date.
   * Default true; set false to record a screening done elsewhere with another form.
   */
  readonly checkForm?: boolean;
}

/**
 * Records a complete KPSP screening in the journal. The form must be fully answered (checked with
 * {@link scoreKpsp}) and, unless `checkForm` is false, must be the form for the child's age on the
 * screening date; the answers are stored in form order. Nothing is recorded when anything is wrong.
 *
 * @param centre - the centre
 * @param input - id, child, date, author, visibility, optional note, `formAgeMonths` and `answers`
 * @param options - `checkForm` (default true)
 * @returns a new centre with the screening appended to the journal
 * @throws {@link ValidationError} listing every problem: each missing answer (code `missing`, path
 *   `answers`), questions not on the form, a form that does not fit the child's age (path
 *   `formAgeMonths`), and everything {@link record} checks (unknown child or educator, duplicate
 *   id, date before birth)
 * @example
 * ```ts
 * const answers = Object.fromEntries(kpspForm(24).questions.map((q) => [q.id, "yes"]));
 * const next = recordScreening(centre, {
 *   id: "kpsp-c-003-2026-03", child: "c-003", date: "2026-03-02", author: "e-01",
 *   visibility: "staff", formAgeMonths: 24, answers,
 * });
 * next.journal.entries.at(-1)?.kind; // => "screening"
 * ```
 * @category Screening
 */
export function recordScreening(centre: Centre, input: RecordScreeningInput, options: RecordScreeningOptions = {}): Centre {
  const issues: Issue[] = [];
  const { answers, ...rest } = input;
  const scored = safeScoreKpsp(input.formAgeMonths, answers);
  let list: KpspAnswer[] = [];
  if (scored.success) {
    const given = new Map<string, KpspAnswer["answer"]>(
      Array.isArray(answers)
        ? (answers as readonly Readonly<KpspAnswer>[]).map((a) => [a.question, a.answer])
        : Object.entries(answers as Readonly<Record<string, KpspAnswer["answer"]>>),
    );
    const score = scored.data;
    // Complete and on the form (scoring checked it), so every question has an answer.
    list = kpspForm(score.formAgeMonths).questions.map((q) => ({ question: q.id, answer: given.get(q.id) ?? "no" }));
    if (options.checkForm !== false) {
      const child = centre.children.find((c) => c.id === input.child);
      if (child !== undefined && isCalendarDate(input.date) && input.date >= child.birthDate) {
        const choice = kpspFormFor(child.birthDate, input.date);
        if (choice.form !== score.formAgeMonths) {
          const age = `${choice.age.months} months ${choice.age.days} days (${choice.age.roundedMonths} months as KPSP counts)`;
          const advice =
            choice.form !== undefined
              ? `use the ${choice.form}-month form`
              : choice.reason === "too-young"
                ? "KPSP starts at 3 months"
                : "KPSP ends at 72 months";
          issues.push({
            path: "formAgeMonths",
            code: "invalid_value",
            message: `on ${input.date} the child is ${age}: ${advice}, not the ${score.formAgeMonths}-month form`,
          });
        }
      }
    }
  } else {
    issues.push(...scored.error.issues);
  }
  let next: Centre | undefined;
  try {
    // When the answers are wrong they are already reported; record checks everything else.
    next = record(centre, { ...rest, kind: "screening", instrument: "kpsp", answers: list });
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const reported = new Set(issues.map((i) => i.path));
    issues.push(...e.issues.filter((i) => !reported.has(i.path)));
  }
  if (issues.length > 0 || next === undefined) throw new ValidationError(issues);
  return next;
}

/**
 * Options for {@link latestScreening}.
 *
 * @category Screening
 */
export interface LatestScreeningOptions {
  /** The child's birth date; needed for `nextDue` after a Sesuai or Penyimpangan result. */
  readonly birthDate?: CalendarDate;
  /** Days until the re-screen after Meragukan. Default 14. */
  readonly recheckAfterDays?: number;
}

/**
 * A child's latest screening on or before a date. `kind: "scored"` carries the score;
 * `kind: "unscorable"` is a stored screening that cannot be scored (recorded with plain `record`
 * and incomplete, for example), with the problems.
 *
 * @category Screening
 */
export type LatestScreening =
  | {
      readonly kind: "scored";
      /** Id of the screening observation. */
      readonly observation: string;
      readonly date: CalendarDate;
      readonly visibility: Visibility;
      /**
       * The score. After a repeated Meragukan (see `repeatedDoubt`) the follow-up is
       * `KPSP_REPEATED_DOUBT_ADVICE`, `referral` is true and there is no `recheckOn`.
       */
      readonly score: KpspScore;
      /** Meragukan twice in a row on the same form: refer instead of re-screening again. */
      readonly repeatedDoubt: boolean;
      /**
       * When the next screening is due: the re-screen date after a (first) Meragukan, otherwise the
       * day the child reaches the next screening age (needs `birthDate`; undefined after 72 months).
       */
      readonly nextDue: CalendarDate | undefined;
    }
  | {
      readonly kind: "unscorable";
      readonly observation: string;
      readonly date: CalendarDate;
      readonly visibility: Visibility;
      readonly formAgeMonths: number;
      /** Why it cannot be scored (missing answers, unknown form). */
      readonly issues: readonly Issue[];
    };

function scoreOf(s: Screening, days: number | undefined) {
  return safeScoreKpsp(s.formAgeMonths, s.answers, days === undefined ? { date: s.date } : { date: s.date, recheckAfterDays: days });
}

/**
 * The latest KPSP screening of a child dated on or before `asOf`, scored, with the next due date.
 *
 * @param progress - the child's progress, `childProgress(foldProgress(centre), childId)` (only its
 *   `screenings`, oldest first, are read)
 * @param asOf - the cut-off date (inclusive)
 * @param options - the child's birth date (for the next screening age) and the re-screen interval
 * @returns the latest screening, or undefined when there is none
 * @throws {@link ValidationError} when `recheckAfterDays` is not whole days from 1 to 366, or
 *   `birthDate` is after the screening date
 * @example
 * ```ts
 * const progress = childProgress(foldProgress(centre), "c-003");
 * latestScreening(progress, parseCalendarDate("2026-03-31"), { birthDate: parseCalendarDate("2024-02-29") });
 * // => { kind: "scored", observation: "kpsp-c-003-2026-03", date: "2026-03-02", visibility: "staff",
 * //      score: { result: "sesuai", yes: 10, … }, repeatedDoubt: false, nextDue: "2026-08-29" }
 * ```
 * @category Screening
 */
export function latestScreening(progress: Pick<ChildProgress, "screenings">, asOf: CalendarDate, options: LatestScreeningOptions = {}): LatestScreening | undefined {
  const days = options.recheckAfterDays;
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 366)) {
    throw new ValidationError([{ path: "options.recheckAfterDays", code: "invalid_value", message: `expected whole days from 1 to 366, got ${String(days)}` }]);
  }
  const history = progress.screenings;
  let i = history.length - 1;
  while (i >= 0 && history[i]!.date > asOf) i--;
  const latest = history[i];
  if (latest === undefined) return undefined;
  const base = { observation: latest.id, date: latest.date, visibility: latest.visibility };
  const scored = scoreOf(latest, days);
  if (!scored.success) return { kind: "unscorable", ...base, formAgeMonths: latest.formAgeMonths, issues: scored.error.issues };
  let score = scored.data;
  const previous = history[i - 1];
  let repeatedDoubt = false;
  if (score.result === "meragukan" && previous !== undefined && previous.formAgeMonths === latest.formAgeMonths) {
    const before = scoreOf(previous, days);
    repeatedDoubt = before.success && before.data.result === "meragukan";
  }
  if (repeatedDoubt) {
    const { recheckOn: _dropped, ...rest } = score;
    score = { ...rest, followUp: { ...KPSP_REPEATED_DOUBT_ADVICE }, referral: true };
  }
  const nextDue =
    score.recheckOn ?? (options.birthDate === undefined ? undefined : kpspFormFor(options.birthDate, latest.date).nextDue);
  return { kind: "scored", ...base, score, repeatedDoubt, nextDue };
}
