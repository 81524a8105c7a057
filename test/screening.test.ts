import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
// Data-integrity checks read the raw CDC data module: the milestone list itself is not part of the
// public API (only the `cdc2022()` framework built from it is, and it is checked below as well).
import { CDC_2022_AGES, CDC_2022_DOMAINS, CDC_2022_MILESTONES } from "../src/curricula/cdc-2022/milestones.js";
import {
  type Centre,
  type CentreInput,
  type KpspAge,
  type KpspAnswer,
  KPSP_AGES,
  KPSP_DOMAIN_CORRECTIONS,
  KPSP_DOMAINS,
  KPSP_FOLLOW_UP,
  KPSP_QUESTIONS,
  KPSP_SOURCES,
  KPSP_REPEATED_DOUBT_ADVICE,
  KPSP_TOOLS,
  addDays,
  cdc2022,
  childProgress,
  correct,
  foldProgress,
  isKpspAge,
  kpspAgeOn,
  kpspForm,
  kpspFormFor,
  latestScreening,
  parseCalendarDate,
  parseCentre,
  record,
  recordScreening,
  retract,
  safeScoreKpsp,
  scoreKpsp,
  screeningsDue,
  ValidationError,
} from "../src/index.js";
import { deepFreeze, edgyDate } from "./helpers/arbitraries.js";
import { tinyCentre, tinyCentreInput } from "./helpers/fixture.js";
import { errorOf } from "./helpers/errors.js";

const d = parseCalendarDate;


/** The form's questions with the first `yes` answered YES and the rest NO. */
function answersFor(age: KpspAge, yes: number): KpspAnswer[] {
  return kpspForm(age).questions.map((q, i) => ({ question: q.id, answer: i < yes ? "yes" : "no" }));
}

describe("KPSP age rounding (a remainder of 16 days or more counts as a month)", () => {
  const birth = d("2024-01-10");

  it("3 months 15 days is 3 months; 3 months 16 days is 4 months", () => {
    expect(kpspAgeOn(birth, d("2024-04-25"))).toEqual({ months: 3, days: 15, roundedMonths: 3 });
    expect(kpspAgeOn(birth, d("2024-04-26"))).toEqual({ months: 3, days: 16, roundedMonths: 4 });
  });

  it("3 months 15 days uses the 3-month form at its screening age; 3 months 16 days is between ages", () => {
    const at15 = kpspFormFor(birth, d("2024-04-25"));
    expect(at15).toMatchObject({ reason: "screening-age", form: 3, nextAge: 6, nextDue: "2024-07-10" });
    const at16 = kpspFormFor(birth, d("2024-04-26"));
    expect(at16).toMatchObject({ reason: "between-ages", form: 3, nextAge: 6, nextDue: "2024-07-10" });
    expect(at16.age.roundedMonths).toBe(4);
  });

  it("2 months 16 days already counts as 3 months; 2 months 15 days is too young", () => {
    expect(kpspFormFor(birth, d("2024-03-25"))).toEqual({
      reason: "too-young",
      age: { months: 2, days: 15, roundedMonths: 2 },
      form: undefined,
      nextAge: 3,
      nextDue: "2024-04-10",
    });
    expect(kpspFormFor(birth, d("2024-03-26"))).toMatchObject({ reason: "screening-age", form: 3, age: { months: 2, days: 16 } });
  });

  it("23 months 16 days rounds up to the 24-month form", () => {
    expect(kpspFormFor(birth, d("2025-12-26"))).toMatchObject({ reason: "screening-age", form: 24, age: { months: 23, days: 16, roundedMonths: 24 } });
    expect(kpspFormFor(birth, d("2025-12-25"))).toMatchObject({ reason: "between-ages", form: 21, age: { months: 23, days: 15, roundedMonths: 23 } });
  });

  it("72 months 15 days uses the last form; 72 months 16 days has no form", () => {
    expect(kpspFormFor(birth, d("2030-01-25"))).toEqual({
      reason: "screening-age",
      age: { months: 72, days: 15, roundedMonths: 72 },
      form: 72,
      nextAge: undefined,
      nextDue: undefined,
    });
    expect(kpspFormFor(birth, d("2030-01-26"))).toEqual({
      reason: "too-old",
      age: { months: 72, days: 16, roundedMonths: 73 },
      form: undefined,
      nextAge: undefined,
      nextDue: undefined,
    });
  });

  it("counts days after a leap-day birthday from the next day when the month is short", () => {
    // Born 29 Feb: the 2-month anniversary is 29 Apr, so 15 May is 2 months 16 days.
    expect(kpspAgeOn(d("2024-02-29"), d("2024-05-15"))).toEqual({ months: 2, days: 16, roundedMonths: 3 });
    expect(kpspFormFor(d("2024-02-29"), d("2024-05-14")).form).toBeUndefined();
  });

  it("a due date clamped to a month end still gives the next form on that day", () => {
    // Born 31 Aug: 6 months is due on 28 Feb (addMonths clamps); the child is then 5 months 28 days.
    const choice = kpspFormFor(d("2024-08-31"), d("2024-12-01"));
    expect(choice).toMatchObject({ form: 3, nextAge: 6, nextDue: "2025-02-28" });
    expect(kpspFormFor(d("2024-08-31"), d("2025-02-28"))).toMatchObject({ form: 6, age: { months: 5, days: 28 } });
  });

  it("throws before_birth for a date before the birth date", () => {
    expect(errorOf(() => kpspFormFor(birth, d("2024-01-09"))).issues[0]?.code).toBe("before_birth");
  });
});

describe("the form chosen between screening ages", () => {
  const birth = d("2020-06-15");
  const cases: [string, number, KpspAge][] = [
    ["2022-08-15", 26, 24],
    ["2022-11-29", 29, 24], // 29 months 14 days
    ["2022-12-01", 30, 30], // 29 months 16 days
    ["2023-10-15", 40, 36],
    ["2024-03-15", 45, 42],
    ["2024-08-15", 50, 48],
    ["2026-04-15", 70, 66],
  ];
  it.each(cases)("on %s (rounded %i months) uses the %i-month form", (date, rounded, form) => {
    const choice = kpspFormFor(birth, d(date));
    expect(choice.age.roundedMonths).toBe(rounded);
    expect(choice.form).toBe(form);
    expect(choice.reason).toBe(rounded === form ? "screening-age" : "between-ages");
  });

  const largestAtOrBelow = (m: number) => KPSP_AGES.filter((a) => a <= m).at(-1);

  fcTest.prop([edgyDate, fc.integer({ min: 0, max: 2400 })])(
    "never picks a form older than the rounded age, always the largest screening age not above it",
    (birthDate, offset) => {
      const date = addDays(birthDate, offset);
      const choice = kpspFormFor(birthDate, date);
      const { months, days, roundedMonths } = choice.age;
      expect(roundedMonths).toBe(months + (days >= 16 ? 1 : 0));
      if (choice.form === undefined) {
        expect(roundedMonths < 3 || roundedMonths > 72).toBe(true);
        expect(choice.reason).toBe(roundedMonths < 3 ? "too-young" : "too-old");
      } else {
        expect(choice.form).toBeLessThanOrEqual(roundedMonths);
        expect(choice.form).toBe(largestAtOrBelow(roundedMonths));
      }
      if (choice.nextDue !== undefined) {
        expect(choice.nextDue > date).toBe(true);
        // On the due day the child already gets the next form.
        expect(kpspFormFor(birthDate, choice.nextDue).form).toBe(choice.nextAge);
      }
    },
  );
});

describe("kpspForm", () => {
  it("gives each screening age its questions in order and the tools they need", () => {
    const form = kpspForm(24);
    expect(form.ageMonths).toBe(24);
    expect(form.questions.map((q) => q.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(kpspForm(42).questions).toHaveLength(10);
    expect(kpspForm(48).questions).toHaveLength(9);
    for (const age of KPSP_AGES) {
      const f = kpspForm(age);
      const needed = new Set(f.questions.flatMap((q) => q.tools));
      expect(new Set(f.tools)).toEqual(needed);
    }
  });

  it("has no form for an age that is not a screening age", () => {
    expect(kpspForm(27)).toBeUndefined();
    expect(isKpspAge(27)).toBe(false);
    expect(isKpspAge(66)).toBe(true);
  });
});

describe("scoreKpsp", () => {
  it.each([
    [10, "sesuai", false],
    [9, "sesuai", false],
    [8, "meragukan", false],
    [7, "meragukan", false],
    [6, "penyimpangan", true],
    [0, "penyimpangan", true],
  ] as const)("a 10-question form with %i YES is %s", (yes, result, referral) => {
    const score = scoreKpsp(24, answersFor(24, yes));
    expect(score).toMatchObject({ formAgeMonths: 24, yes, no: 10 - yes, total: 10, result, referral });
    expect(score.followUp).toEqual(KPSP_FOLLOW_UP[result].advice);
    expect("recheckOn" in score).toBe(false);
  });

  it.each([
    [10, "sesuai", false],
    [9, "sesuai", false],
    [8, "meragukan", false],
    [7, "meragukan", false],
    [6, "penyimpangan", true],
    [0, "penyimpangan", true],
  ] as const)("the 42-month form has 10 questions: %i YES is %s", (yes, result, referral) => {
    expect(scoreKpsp(42, answersFor(42, yes))).toMatchObject({ formAgeMonths: 42, total: 10, yes, no: 10 - yes, result, referral });
  });

  it("regression: a single NO on the 42-month form is Sesuai (it was Meragukan while the form had 9 questions)", () => {
    const answers = kpspForm(42).questions.map((q) => ({ question: q.id, answer: q.id === "kpsp.42.10" ? ("no" as const) : ("yes" as const) }));
    expect(scoreKpsp(42, answers)).toMatchObject({ total: 10, yes: 9, result: "sesuai" });
  });

  it.each([
    [9, "sesuai"],
    [8, "meragukan"],
    [7, "meragukan"],
    [6, "penyimpangan"],
    [0, "penyimpangan"],
  ] as const)("the 9-question form (48 months) with %i YES is %s: the same absolute counts", (yes, result) => {
    expect(scoreKpsp(48, answersFor(48, yes))).toMatchObject({ total: 9, yes, no: 9 - yes, result });
  });

  it("dates the re-screen 14 days after a Meragukan screening, or as configured, with matching advice", () => {
    const date = d("2026-11-02");
    expect(scoreKpsp(24, answersFor(24, 8), { date }).recheckOn).toBe("2026-11-16");
    const week = scoreKpsp(24, answersFor(24, 7), { date, recheckAfterDays: 7 });
    expect(week.recheckOn).toBe("2026-11-09");
    expect(week.followUp.id).toContain("setelah 1 minggu");
    expect(week.followUp.en).toContain("after 1 week");
    const ten = scoreKpsp(24, answersFor(24, 7), { date, recheckAfterDays: 10 });
    expect(ten.followUp.id).toContain("setelah 10 hari");
    expect(ten.followUp.en).toContain("after 10 days");
    expect(scoreKpsp(24, answersFor(24, 9), { date }).recheckOn).toBeUndefined();
    expect(scoreKpsp(24, answersFor(24, 6), { date }).recheckOn).toBeUndefined();
  });

  it("lists the NO answers and counts them per domain", () => {
    const score = scoreKpsp(24, answersFor(24, 8));
    expect(score.noQuestions).toEqual(["kpsp.24.9", "kpsp.24.10"]);
    expect(score.noByDomain).toEqual({ "gerak-kasar": 1, "gerak-halus": 0, "bicara-bahasa": 1, "sosialisasi-kemandirian": 0 });
  });

  it("accepts answers keyed by question id", () => {
    const keyed = Object.fromEntries(answersFor(30, 7).map((a) => [a.question, a.answer]));
    expect(scoreKpsp(30, keyed).result).toBe("meragukan");
  });

  it("rejects a partially answered form, naming each missing question, instead of scoring it low", () => {
    const answers = answersFor(24, 10).filter((a) => a.question !== "kpsp.24.3" && a.question !== "kpsp.24.7");
    const error = errorOf(() => scoreKpsp(24, answers));
    expect(error.issues).toEqual([
      { path: "answers", code: "missing", message: "question kpsp.24.3 is not answered" },
      { path: "answers", code: "missing", message: "question kpsp.24.7 is not answered" },
    ]);
    expect(safeScoreKpsp(24, {}).success).toBe(false);
  });

  it("rejects questions from another form, duplicates, bad answers and non-screening ages", () => {
    const answers: KpspAnswer[] = [...answersFor(24, 10), { question: "kpsp.30.1", answer: "yes" }, { question: "kpsp.24.1", answer: "no" }];
    const error = errorOf(() => scoreKpsp(24, answers));
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ["answers[10].question", "invalid_value"],
      ["answers[11].question", "duplicate_id"],
    ]);
    const bad = answersFor(24, 10).map((a, i) => (i === 0 ? { ...a, answer: "maybe" as "yes" } : a));
    expect(errorOf(() => scoreKpsp(24, bad)).issues.map((i) => [i.path, i.code])).toEqual([["answers[0].answer", "invalid_value"]]);
    expect(errorOf(() => scoreKpsp(27, [])).issues.map((i) => [i.path, i.code])).toEqual([["formAgeMonths", "invalid_value"]]);
    expect(errorOf(() => scoreKpsp(24, answersFor(24, 10), { recheckAfterDays: 0 })).issues[0]?.path).toBe("options.recheckAfterDays");
  });

  it("does not mutate its inputs", () => {
    const answers = deepFreeze(answersFor(24, 8));
    const before = JSON.stringify(answers);
    scoreKpsp(24, answers, { date: d("2026-11-02") });
    expect(JSON.stringify(answers)).toBe(before);
  });

  fcTest.prop([fc.constantFrom(...KPSP_AGES), fc.array(fc.boolean(), { minLength: 10, maxLength: 10 })])(
    "the result depends only on the count of YES",
    (age, flags) => {
      const answers = kpspForm(age).questions.map((q, i) => ({ question: q.id, answer: flags[i] ? ("yes" as const) : ("no" as const) }));
      const score = scoreKpsp(age, answers);
      expect(score.yes + score.no).toBe(score.total);
      expect(score.result).toBe(score.yes >= 9 ? "sesuai" : score.yes >= 7 ? "meragukan" : "penyimpangan");
    },
  );
});

describe("recordScreening and latestScreening", () => {
  // c-003 was born on 2024-02-29: 24 months (rounded) from 2026-02-14, 30 months from 2026-08-14.
  const base = { child: "c-003", author: "e-01", visibility: "staff" as const };

  it("round-trips: record, fold, read the latest result with its next due date", () => {
    const centre = deepFreeze(tinyCentre());
    const before = JSON.stringify(centre);
    const keyed = Object.fromEntries(answersFor(24, 10).reverse().map((a) => [a.question, a.answer]));
    const next = recordScreening(centre, { ...base, id: "k-1", date: "2026-03-02", formAgeMonths: 24, answers: keyed });
    expect(JSON.stringify(centre)).toBe(before);
    const stored = next.journal.entries.at(-1);
    expect(stored).toMatchObject({ kind: "screening", instrument: "kpsp", formAgeMonths: 24 });
    // Stored in form order whatever order they came in.
    expect(stored?.kind === "screening" && stored.answers.map((a) => a.question)).toEqual(kpspForm(24).questions.map((q) => q.id));
    const progress = childProgress(foldProgress(next), "c-003");
    const latest = latestScreening(progress, d("2026-03-31"), { birthDate: d("2024-02-29") });
    expect(latest).toMatchObject({ kind: "scored", observation: "k-1", date: "2026-03-02", repeatedDoubt: false, nextDue: "2026-08-29" });
    expect(latest?.kind === "scored" && latest.score.result).toBe("sesuai");
    expect(latestScreening(progress, d("2026-03-01"))).toBeUndefined();
  });

  it("a Meragukan result is due for a re-screen; a second Meragukan on the same form is referred", () => {
    let centre = recordScreening(tinyCentre(), { ...base, id: "k-1", date: "2026-03-02", formAgeMonths: 24, answers: answersFor(24, 8) });
    const first = latestScreening(childProgress(foldProgress(centre), "c-003"), d("2026-03-10"));
    expect(first).toMatchObject({ kind: "scored", repeatedDoubt: false, nextDue: "2026-03-16", score: { result: "meragukan", recheckOn: "2026-03-16" } });
    centre = recordScreening(centre, { ...base, id: "k-2", date: "2026-03-16", formAgeMonths: 24, answers: answersFor(24, 7) });
    const second = latestScreening(childProgress(foldProgress(centre), "c-003"), d("2026-03-20"), { birthDate: d("2024-02-29") });
    expect(second).toMatchObject({ kind: "scored", repeatedDoubt: true, nextDue: "2026-08-29", score: { result: "meragukan", referral: true } });
    expect(second?.kind === "scored" && second.score.followUp).toEqual(KPSP_REPEATED_DOUBT_ADVICE);
    expect(second?.kind === "scored" && "recheckOn" in second.score).toBe(false);
  });

  it("reads corrections and retractions through the fold", () => {
    let centre = recordScreening(tinyCentre(), { ...base, id: "k-1", date: "2026-03-02", formAgeMonths: 24, answers: answersFor(24, 6) });
    centre = correct(centre, {
      id: "fix-1",
      target: "k-1",
      date: "2026-03-03",
      author: "e-01",
      replacement: { kind: "screening", date: "2026-03-02", author: "e-01", visibility: "staff", instrument: "kpsp", formAgeMonths: 24, answers: answersFor(24, 9) },
    });
    const progress = childProgress(foldProgress(centre), "c-003");
    expect(latestScreening(progress, d("2026-03-31"))).toMatchObject({ kind: "scored", score: { result: "sesuai", yes: 9 } });
    centre = retract(centre, { id: "r-1", target: "k-1", date: "2026-03-04", author: "e-01" });
    expect(latestScreening(childProgress(foldProgress(centre), "c-003"), d("2026-03-31"))).toBeUndefined();
  });

  it("rejects an incomplete form and records nothing", () => {
    const centre = tinyCentre();
    const error = errorOf(() =>
      recordScreening(centre, { ...base, id: "k-1", date: "2026-03-02", formAgeMonths: 24, answers: answersFor(24, 10).slice(0, 9) }),
    );
    expect(error.issues).toEqual([{ path: "answers", code: "missing", message: "question kpsp.24.10 is not answered" }]);
    expect(centre.journal.entries).toHaveLength(3);
  });

  it("lists answer problems together with the journal's own checks", () => {
    const error = errorOf(() =>
      recordScreening(tinyCentre(), { ...base, id: "o-1", author: "e-99", date: "2026-03-02", formAgeMonths: 24, answers: answersFor(24, 10).slice(1) }),
    );
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ["answers", "missing"],
      ["id", "duplicate_id"],
      ["author", "unknown_reference"],
    ]);
  });

  it("rejects a form that does not fit the child's age unless checkForm is false", () => {
    const input = { ...base, id: "k-1", date: "2026-03-02", formAgeMonths: 21, answers: answersFor(21, 10) };
    const error = errorOf(() => recordScreening(tinyCentre(), input));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ path: "formAgeMonths", code: "invalid_value" });
    expect(error.issues[0]?.message).toContain("use the 24-month form");
    const next = recordScreening(tinyCentre(), input, { checkForm: false });
    expect(next.journal.entries).toHaveLength(4);
  });

  it("reports a stored screening that cannot be scored instead of guessing a result", () => {
    const centre = record(tinyCentre(), {
      kind: "screening",
      ...base,
      id: "k-raw",
      date: "2026-03-02",
      instrument: "kpsp",
      formAgeMonths: 24,
      answers: answersFor(24, 10).slice(0, 8),
    });
    const latest = latestScreening(childProgress(foldProgress(centre), "c-003"), d("2026-03-31"));
    expect(latest?.kind).toBe("unscorable");
    expect(latest?.kind === "unscorable" && latest.issues.map((i) => i.message)).toEqual([
      "question kpsp.24.9 is not answered",
      "question kpsp.24.10 is not answered",
    ]);
  });
});

describe("screeningsDue", () => {
  // Births: c-001 2022-04-15 (54 months on 2026-10-15), c-002 2022-02-28 (54 months on 2026-08-28,
  // 60 on 2027-02-28), c-003 2024-02-29 (30 months on 2026-08-29, 36 on 2027-02-28).
  const staff = { author: "e-01", visibility: "staff" as const };

  it("lists the children who reach a screening age in the month", () => {
    const centre = deepFreeze(tinyCentre());
    expect(screeningsDue(centre, { month: "2026-08", asOf: d("2026-08-01") })).toEqual([
      { child: "c-002", name: "Bima Pratama", group: "g-45", form: 54, dueOn: "2026-08-28", reason: "screening-age" },
      { child: "c-003", name: "Citra Dewi", group: "g-23", form: 30, dueOn: "2026-08-29", reason: "screening-age" },
    ]);
    expect(screeningsDue(centre, { month: "2026-09", asOf: d("2026-09-01") })).toEqual([]);
  });

  it("sorts by due date, then child id, over a custom period", () => {
    const due = screeningsDue(tinyCentre(), { month: { from: d("2027-02-01"), to: d("2027-02-28") }, asOf: d("2027-02-01") });
    expect(due.map((x) => [x.dueOn, x.child, x.form])).toEqual([
      ["2027-02-28", "c-002", 60],
      ["2027-02-28", "c-003", 36],
    ]);
  });

  it("drops a child once screened on that form, then lists the re-screen due and, later, overdue", () => {
    const centre = recordScreening(tinyCentre(), { ...staff, id: "k-30", child: "c-003", date: "2026-09-01", formAgeMonths: 30, answers: answersFor(30, 8) });
    expect(screeningsDue(centre, { month: "2026-08", asOf: d("2026-09-10") }).map((x) => x.child)).toEqual(["c-002"]);
    expect(screeningsDue(centre, { month: "2026-09", asOf: d("2026-09-10") })).toEqual([
      { child: "c-003", name: "Citra Dewi", group: "g-23", form: 30, dueOn: "2026-09-15", reason: "recheck", after: "k-30" },
    ]);
    expect(screeningsDue(centre, { month: "2026-10", asOf: d("2026-10-01") })).toEqual([
      { child: "c-003", name: "Citra Dewi", group: "g-23", form: 30, dueOn: "2026-09-15", reason: "recheck-overdue", after: "k-30" },
      { child: "c-001", name: "Ayu Lestari", group: "g-45", form: 54, dueOn: "2026-10-15", reason: "screening-age" },
    ]);
    // Re-screened: no longer overdue. A screening dated after asOf does not count yet.
    const rescreened = recordScreening(centre, { ...staff, id: "k-30b", child: "c-003", date: "2026-10-02", formAgeMonths: 30, answers: answersFor(30, 10) });
    expect(screeningsDue(rescreened, { month: "2026-10", asOf: d("2026-10-05") }).map((x) => x.reason)).toEqual(["screening-age"]);
    expect(screeningsDue(rescreened, { month: "2026-10", asOf: d("2026-10-01") }).map((x) => x.reason)).toEqual(["recheck-overdue", "screening-age"]);
  });

  it("uses the configured re-screen interval", () => {
    const centre = recordScreening(tinyCentre(), { ...staff, id: "k-30", child: "c-003", date: "2026-09-01", formAgeMonths: 30, answers: answersFor(30, 7) });
    expect(screeningsDue(centre, { month: "2026-09", asOf: d("2026-09-02"), recheckAfterDays: 7 })[0]?.dueOn).toBe("2026-09-08");
  });

  it("leaves out children not enrolled in the period", () => {
    const input: CentreInput = tinyCentreInput();
    const children = input.children.map((c) => (c.id === "c-002" ? { ...c, leftOn: "2026-07-31" } : c));
    const centre: Centre = parseCentre({ ...input, children });
    expect(screeningsDue(centre, { month: "2026-08", asOf: d("2026-08-01") }).map((x) => x.child)).toEqual(["c-003"]);
  });

  it("rejects a malformed month or a period that ends before it starts", () => {
    const centre = tinyCentre();
    expect(errorOf(() => screeningsDue(centre, { month: "2026-13", asOf: d("2026-08-01") })).issues[0]).toMatchObject({ path: "month", code: "invalid_format" });
    expect(
      errorOf(() => screeningsDue(centre, { month: { from: d("2026-09-01"), to: d("2026-08-01") }, asOf: d("2026-08-01") })).issues[0],
    ).toMatchObject({ path: "month.to", code: "invalid_value" });
  });
});

describe("data integrity: KPSP questions", () => {
  // Per age: [gerak kasar, gerak halus, bicara dan bahasa, sosialisasi dan kemandirian], from
  // docs/milestones-and-screening.md §2 (after the domain review).
  const domains: Record<KpspAge, [number, number, number, number]> = {
    3: [4, 2, 2, 2], 6: [3, 5, 1, 1], 9: [3, 4, 1, 2], 12: [3, 3, 2, 2], 15: [5, 2, 1, 2], 18: [4, 1, 1, 4],
    21: [3, 2, 1, 4], 24: [3, 1, 3, 3], 30: [2, 2, 4, 2], 36: [3, 3, 3, 1], 42: [3, 2, 1, 4], 48: [3, 2, 1, 3],
    54: [1, 3, 3, 3], 60: [2, 2, 3, 3], 66: [2, 3, 3, 2], 72: [3, 3, 3, 1],
  };

  it("covers the 16 screening ages with 10 questions each, 9 at 48 months", () => {
    expect(KPSP_AGES).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 30, 36, 42, 48, 54, 60, 66, 72]);
    for (const age of KPSP_AGES) {
      const questions = KPSP_QUESTIONS.filter((q) => q.ageMonths === age);
      expect(questions, `age ${age}`).toHaveLength(age === 48 ? 9 : 10);
      const order = KPSP_DOMAINS.map((dm) => questions.filter((q) => q.domain === dm.id).length);
      expect(order, `domains at ${age}`).toEqual(domains[age]);
    }
    expect(KPSP_QUESTIONS).toHaveLength(159);
  });

  it("has unique ids kpsp.<age>.<n> numbered 1..count", () => {
    expect(new Set(KPSP_QUESTIONS.map((q) => q.id)).size).toBe(KPSP_QUESTIONS.length);
    for (const q of KPSP_QUESTIONS) expect(q.id).toBe(`kpsp.${q.ageMonths}.${q.n}`);
    for (const age of KPSP_AGES) {
      const ns = KPSP_QUESTIONS.filter((q) => q.ageMonths === age).map((q) => q.n);
      expect(ns).toEqual(ns.map((_, i) => i + 1));
    }
  });

  it("has both languages, a valid domain and known tools for every question", () => {
    const domainIds = new Set<string>(KPSP_DOMAINS.map((dm) => dm.id));
    const toolIds = new Set<string>(KPSP_TOOLS.map((t) => t.id));
    for (const q of KPSP_QUESTIONS) {
      expect(q.text.id.trim(), q.id).not.toBe("");
      expect(q.text.en.trim(), q.id).not.toBe("");
      expect(domainIds.has(q.domain), q.id).toBe(true);
      for (const t of q.tools) expect(toolIds.has(t), `${q.id} ${t}`).toBe(true);
    }
    for (const t of KPSP_TOOLS) expect(t.name.id !== "" && t.name.en !== "").toBe(true);
    for (const dm of KPSP_DOMAINS) expect(dm.name.id !== "" && dm.name.en !== "").toBe(true);
  });

  it("marks exactly the listed domain corrections as reviewed", () => {
    const corrected = new Map(KPSP_DOMAIN_CORRECTIONS.map((c) => [c.question, c]));
    for (const q of KPSP_QUESTIONS) {
      const c = corrected.get(q.id);
      expect(q.domainReviewed, q.id).toBe(c !== undefined);
      if (c !== undefined) {
        expect(q.domain).toBe(c.corrected);
        expect(q.domainAsStored).toBe(c.stored);
      }
    }
  });

  it("has follow-up bands that cover 0–10 YES without gaps, in both languages", () => {
    const bands = [KPSP_FOLLOW_UP.penyimpangan, KPSP_FOLLOW_UP.meragukan, KPSP_FOLLOW_UP.sesuai];
    expect(bands.map((b) => [b.minYes, b.maxYes])).toEqual([[0, 6], [7, 8], [9, 10]]);
    for (const b of bands) expect(b.advice.id !== "" && b.advice.en !== "" && b.label.id !== "" && b.label.en !== "").toBe(true);
    // The configurable re-screen interval is written into these phrases.
    expect(KPSP_FOLLOW_UP.meragukan.advice.id).toContain("setelah 2 minggu");
    expect(KPSP_FOLLOW_UP.meragukan.advice.en).toContain("after 2 weeks");
  });
});

describe("data integrity: CDC 2022 milestones", () => {
  // Per age: [sel, lang, cog, phys], from docs/milestones-and-screening.md §1.
  const counts: Record<number, [number, number, number, number]> = {
    2: [4, 2, 2, 3], 4: [3, 3, 2, 5], 6: [3, 3, 3, 3], 9: [5, 2, 2, 4], 12: [1, 3, 2, 4], 15: [5, 4, 2, 2],
    18: [5, 2, 2, 6], 24: [2, 4, 3, 4], 30: [3, 4, 4, 4], 36: [2, 5, 2, 3], 48: [6, 4, 3, 4], 60: [3, 4, 6, 2],
  };

  it("has the 12 checklist ages with the documented count per domain", () => {
    expect(CDC_2022_AGES).toEqual([2, 4, 6, 9, 12, 15, 18, 24, 30, 36, 48, 60]);
    for (const age of CDC_2022_AGES) {
      const at = CDC_2022_MILESTONES.filter((m) => m.months === age);
      expect(CDC_2022_DOMAINS.map((dm) => at.filter((m) => m.domain === dm.id).length), `age ${age}`).toEqual(counts[age]);
    }
    expect(CDC_2022_MILESTONES).toHaveLength(159);
  });

  it("has unique ids that match months, domain and the source id", () => {
    expect(new Set(CDC_2022_MILESTONES.map((m) => m.id)).size).toBe(CDC_2022_MILESTONES.length);
    const domainIds = new Set<string>(CDC_2022_DOMAINS.map((dm) => dm.id));
    for (const m of CDC_2022_MILESTONES) {
      const match = /^cdc2022\.(\d+)m\.(sel|lang|cog|phys)\.(\d+)$/.exec(m.id);
      expect(match, m.id).not.toBeNull();
      expect(Number(match?.[1])).toBe(m.months);
      expect(match?.[2]).toBe(m.domain);
      expect(m.refId).toBe(`${m.months}m${m.domain.toUpperCase()}${match?.[3]}`);
      expect(domainIds.has(m.domain)).toBe(true);
      expect(m.text.id.trim(), m.id).not.toBe("");
      expect(m.text.en.trim(), m.id).not.toBe("");
    }
  });

  it("builds the public framework with every milestone in its band", () => {
    const framework = cdc2022();
    const indicators = framework.bands.flatMap((b) => b.indicators);
    expect(indicators).toHaveLength(159);
    for (const b of framework.bands) expect(b.indicators.every((i) => b.id === `${i.id.split(".")[1]}`)).toBe(true);
  });
});

describe("KPSP 42 months: the tenth question", () => {
  it("is the full-name question, cited to a source other than e-kpsp", () => {
    const q = KPSP_QUESTIONS.find((x) => x.id === "kpsp.42.10");
    expect(q?.text.id).toBe("Dapatkah anak menyebutkan nama lengkapnya tanpa dibantu? Jawab TIDAK jika ia hanya menyebut sebagian namanya atau ucapannya sulit dimengerti.");
    expect(q?.domain).toBe("bicara-bahasa");
    expect(KPSP_SOURCES.map((s) => s.key)).toContain(q?.source);
    expect(q?.doubt).toMatch(/printed form/);
    // Every other question comes from e-kpsp (no source key).
    expect(KPSP_QUESTIONS.filter((x) => x.source !== undefined).map((x) => x.id)).toEqual(["kpsp.42.10"]);
  });
});
