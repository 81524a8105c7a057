import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type Centre,
  createSampleCentre,
  type Level,
  effectiveObservations,
  parseCalendarDate,
  parseCentre,
  progressReport,
  ProgressReportSchema,
  record,
  semesterOf,
  summaryLevel,
  ValidationError,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";
import { tinyCentreInput } from "./helpers/fixture.js";

const asOf = parseCalendarDate("2026-11-27");
const base = { author: "e-01", visibility: "family" as const };
const a = (id: string, child: string, date: string, indicator: string, level: Level, visibility: "family" | "staff" = "family") =>
  ({ ...base, kind: "assessment" as const, id, child, date, indicator, level, visibility }) as const;
const l = (id: string, child: string, date: string, activity: string, stage: "presented" | "practicing" | "mastered") =>
  ({ ...base, kind: "lesson" as const, id, child, date, activity, stage }) as const;

/** Ayu (4 y 7 m), Bima (4 y 8 m), Citra (2 y 8 m) and Dian (5 y 8 m), with known journals. */
function scenario(): Centre {
  const doc = tinyCentreInput();
  let centre = parseCentre({
    ...doc,
    children: [
      ...doc.children,
      { id: "c-004", name: "Dian Kusuma", nickname: "Dian", birthDate: "2021-03-10", group: "g-45", enrolledOn: "2025-07-14", consent: { photos: true, shareWithFamilyApps: true, aggregateStatistics: true } },
    ],
  });
  centre = record(centre, [
    a("p-1", "c-001", "2026-06-15", "stppa2014.48-60.kog.c.3", "BB"),
    a("s-1", "c-001", "2026-10-15", "stppa2014.48-60.kog.c.3", "BSH"),
    a("s-2", "c-001", "2026-10-20", "stppa2014.48-60.kog.c.1", "BSB"),
    a("s-3", "c-001", "2026-11-02", "stppa2014.48-60.kog.b.5", "BB"),
    a("s-4", "c-001", "2026-08-10", "stppa2014.48-60.nam.a.3", "BSH"),
    a("s-5", "c-001", "2026-11-10", "stppa2014.48-60.nam.a.3", "BB", "staff"),
    l("s-6", "c-001", "2026-09-09", "mont.sensorial.pink-tower", "practicing"),
    { ...base, kind: "anecdote", id: "s-7", child: "c-001", date: "2026-10-20", text: "Ayu menghitung sepuluh kubus sambil menyusun menara.", indicators: ["stppa2014.48-60.kog.c.1"] },
    { ...base, kind: "anecdote", id: "s-8", child: "c-001", date: "2026-10-21", text: "Catatan internal untuk guru saja.", indicators: ["stppa2014.48-60.kog.c.1"], visibility: "staff" },
    a("d-1", "c-004", "2026-09-01", "stppa2014.48-60.kog.c.4", "MB"),
    a("d-2", "c-004", "2026-09-01", "stppa2014.60-72.kog.c.1", "BSH"),
  ]);
  return centre;
}

describe("progressReport: a hand-computed scenario", () => {
  const centre = deepFreeze(scenario());
  const report = progressReport(centre, "c-001", { asOf });

  it("describes the child, age, band and period", () => {
    expect(report.child).toEqual({ id: "c-001", name: "Ayu Lestari", nickname: "Ayu", group: "Kelompok A (4–5)" });
    expect(report.age).toEqual({ years: 4, months: 7, days: 12, totalMonths: 55, text: "4 tahun 7 bulan" });
    expect(report.band).toMatchObject({ id: "48-60", label: "Usia 4–5 tahun", coverage: "complete" });
    expect(report.period).toEqual({ from: "2026-07-01", to: "2026-12-31", name: "Semester 1 (Ganjil) 2026/2027" });
    expect(report.sections.map((s) => s.id)).toEqual(["nam", "fm", "kog", "bhs", "sosem", "seni"]);
    expect(ProgressReportSchema.parse(report)).toEqual(report);
  });

  it("counts expected, observed, latest levels, summary and change", () => {
    const kog = report.sections.find((s) => s.id === "kog")!;
    expect(kog.expected).toBe(17);
    expect(kog.observed).toBe(3);
    expect(kog.distribution).toMatchObject({ BB: 1, MB: 0, BSH: 1, BSB: 1 });
    expect(kog.summary).toBe("BSH");
    expect(kog.previousSummary).toBe("BB");
    expect(kog.change).toBe("up");
    expect(kog.items.find((i) => i.id === "stppa2014.48-60.kog.c.3")).toMatchObject({ latest: { level: "BSH", date: "2026-10-15" }, observedInPeriod: 2 });
    const nam = report.sections.find((s) => s.id === "nam")!;
    expect(nam.distribution).toMatchObject({ BB: 1, BSH: 0 });
    expect(nam.observed).toBe(1);
    expect(nam.change).toBe("new");
    expect(report.sections.find((s) => s.id === "seni")).toMatchObject({ observed: 0, summary: null, change: "none" });
  });

  it("lists concerns with reasons", () => {
    const stillBb = report.concerns.filter((c) => c.kind === "still-bb").map((c) => c.subject);
    expect(stillBb).toEqual(["stppa2014.48-60.nam.a.3", "stppa2014.48-60.kog.b.5"]);
    expect(report.concerns.find((c) => c.subject === "stppa2014.48-60.kog.b.5")?.reason).toBe(
      "Capaian terakhir masih BB (2 November 2026) padahal periode hampir berakhir.",
    );
    const notObserved = report.concerns.filter((c) => c.kind === "not-observed");
    expect(notObserved).toHaveLength(88 - 4); // every expected indicator without an assessment in the period
    expect(report.concerns.filter((c) => c.kind === "earlier-band")).toEqual([]);
    const dian = progressReport(centre, "c-004", { asOf });
    expect(dian.band?.id).toBe("60-72");
    expect(dian.concerns.filter((c) => c.kind === "earlier-band").map((c) => c.subject)).toEqual(["stppa2014.48-60.kog.c.4"]);
  });

  it("has no concerns of lateness early in the period", () => {
    const early = progressReport(centre, "c-001", { asOf: parseCalendarDate("2026-09-15") });
    expect(early.concerns.filter((c) => c.kind === "still-bb" || c.kind === "not-observed")).toEqual([]);
  });

  it("summarises Montessori work: stalled and next lessons", () => {
    expect(report.montessori.areas.find((x) => x.area === "sensorial")).toMatchObject({ presented: 0, practicing: 1, mastered: 0 });
    expect(report.montessori.stalled).toEqual([
      expect.objectContaining({ activity: "mont.sensorial.pink-tower", stage: "practicing", since: "2026-09-02", days: 86 }),
    ]);
    const next = report.montessori.next.map((n) => n.activity);
    expect(next).toHaveLength(5);
    expect(next).not.toContain("mont.sensorial.brown-stair");
    expect(next).not.toContain("mont.sensorial.pink-tower");
    for (const n of report.montessori.next) expect(n.explanation.length).toBeGreaterThan(10);
    const mastered = progressReport(record(centre, l("m-1", "c-001", "2026-11-20", "mont.sensorial.pink-tower", "mastered")), "c-001", { asOf, nextLessons: 400 });
    expect(mastered.montessori.next.map((n) => n.activity)).toContain("mont.sensorial.brown-stair");
    expect(mastered.montessori.stalled).toEqual([]);
  });

  it("writes a narrative from the child's own data", () => {
    const kog = report.sections.find((s) => s.id === "kog")!;
    expect(kog.narrative).toContain("membilang banyak benda satu sampai sepuluh (BSB)");
    expect(kog.narrative).toContain("mengenal lambang bilangan (BSH)");
    // The staff report quotes the newest anecdote (a staff-only one); the family report the newest shared one.
    expect(kog.narrative).toContain("Catatan internal untuk guru saja.");
    const familyKog = progressReport(centre, "c-001", { asOf, audience: "family" }).sections.find((s) => s.id === "kog")!;
    expect(familyKog.narrative).toContain("Catatan 20 Oktober 2026: “Ayu menghitung sepuluh kubus sambil menyusun menara.”");
    expect(kog.narrative).toContain("mengurutkan benda berdasarkan 5 seriasi ukuran atau warna (BB)");
    expect(kog.narrative).toContain("14 indikator lain belum dinilai");
    // No sentence claims a strength that the data does not show.
    expect(kog.narrative).not.toMatch(/sesuai harapan atau sangat baik dalam hal:[^.]*\(BB\)/);
    const seni = report.sections.find((s) => s.id === "seni")!;
    expect(seni.narrative).toMatch(/^Belum ada pengamatan seni pada periode ini\./);
    const bima = progressReport(centre, "c-002", { asOf });
    expect(bima.sections.find((s) => s.id === "kog")!.narrative).not.toEqual(kog.narrative);
  });

  it("in English", () => {
    const en = progressReport(centre, "c-001", { asOf, locale: "en" });
    expect(en.age.text).toBe("4 years 7 months");
    expect(en.sections.find((s) => s.id === "kog")!.narrative).toContain("Ayu shows these at the expected level or beyond");
  });

  it("leaves staff-only observations out of the family report", () => {
    const family = progressReport(centre, "c-001", { asOf, audience: "family" });
    expect(family.sections.find((s) => s.id === "nam")!.items.find((i) => i.id === "stppa2014.48-60.nam.a.3")?.latest?.level).toBe("BSH");
    expect(JSON.stringify(family)).not.toContain("Catatan internal");
    expect(JSON.stringify(report)).toContain("Catatan internal");
    expect(family.concerns.filter((c) => c.kind === "not-observed")).toEqual([]);
    const bima = progressReport(centre, "c-002", { asOf, audience: "family" });
    expect(bima.growth.weightKg).toBeNull();
    expect(progressReport(centre, "c-002", { asOf }).growth.weightKg).toEqual({ value: 16.2, date: "2026-09-03" });
  });

  it("shows a report in the Kurikulum Merdeka framework", () => {
    const cp = progressReport(centre, "c-001", { asOf, framework: "merdeka-cp" });
    expect(cp.sections.map((s) => s.id)).toEqual(["cp.nab", "cp.jd", "cp.lms"]);
    const lms = cp.sections.find((s) => s.id === "cp.lms")!;
    expect(lms.items.some((i) => i.id === "stppa2014.48-60.kog.c.3")).toBe(true);
    expect(lms.items.some((i) => i.id.startsWith("tp.48-60."))).toBe(true);
    const total = cp.sections.reduce((n, s) => n + s.items.filter((i) => i.framework === "stppa2014").length, 0);
    expect(total).toBe(88);
  });

  it("has an empty parent-reflection section", () => {
    expect(report.parentReflection.response).toBe("");
    expect(report.parentReflection.prompt).toContain("Refleksi orang tua");
  });

  it("rejects an unknown child", () => {
    expect(() => progressReport(centre, "c-404", { asOf })).toThrow(ValidationError);
  });
});

describe("summaryLevel", () => {
  it.each([
    [["BSH", "BSH", "MB", "MB"], "BSH"],
    [["BSH", "MB", "MB", "MB"], "MB"],
    [["BB"], "BB"],
    [["BSB", "BB", "BB"], "BB"],
    [["BSB", "BSB", "BB"], "BSB"],
    [["sudah-muncul", "belum-muncul"], "sudah-muncul"],
    [["belum-muncul", "belum-muncul", "sudah-muncul"], "belum-muncul"],
    [[], null],
  ] as const)("%j → %s", (levels, expected) => {
    expect(summaryLevel(levels)).toBe(expected);
  });
});

describe("semesters", () => {
  it("finds the semester of a date", () => {
    const settings = parseCentre(tinyCentreInput()).settings;
    expect(semesterOf(settings, parseCalendarDate("2027-03-01"))).toMatchObject({ from: "2027-01-01", to: "2027-06-30" });
    expect(semesterOf(settings, parseCalendarDate("2026-07-01"))).toMatchObject({ from: "2026-07-01", to: "2026-12-31" });
  });
});

describe("report properties", () => {
  const sample = createSampleCentre({ seed: 11, children: 15, weeks: 10 });
  const shuffle = <T,>(items: readonly T[], seed: number): T[] => {
    const out = [...items];
    let s = seed >>> 0;
    for (let i = out.length - 1; i > 0; i--) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      const j = s % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };

  fcTest.prop([fc.integer({ min: 0, max: 14 }), fc.integer(), fc.constantFrom("staff" as const, "family" as const)], { numRuns: 12 })(
    "does not depend on the journal's order, counts each observation once, and does not mutate",
    (index, seed, audience) => {
      const child = sample.children[index]!;
      const frozen = deepFreeze(sample);
      const report = progressReport(frozen, child.id, { asOf, audience });
      const shuffled: Centre = { ...sample, journal: { ...sample.journal, entries: shuffle(sample.journal.entries, seed) } };
      expect(JSON.stringify(progressReport(shuffled, child.id, { asOf, audience }))).toBe(JSON.stringify(report));
      const period = semesterOf(sample.settings, asOf);
      const direct = effectiveObservations(sample.journal).filter(
        // Attendance, care and family entries are not development observations (docs/daycare.md).
        (o) =>
          o.child === child.id &&
          o.date >= period.from &&
          o.date <= asOf &&
          (audience === "staff" || o.visibility === "family") &&
          o.kind !== "attendance" &&
          o.kind !== "care" &&
          o.kind !== "family",
      ).length;
      expect(report.observationsInPeriod).toBe(direct);
      expect(report.activity.reduce((n, w) => n + w.count, 0)).toBe(direct);
    },
  );
});

describe("the development section (tumbuh kembang) for a 20-month-old", () => {
  const centre = createSampleCentre({ seed: 2026, children: 30, weeks: 16 });
  const toddler = centre.children.find((c) => c.group === "g-12")!;
  const report = progressReport(centre, toddler.id, { asOf });

  it("is 20 months old and has a KPSP result, the next due date and the 18-month milestones", () => {
    expect(report.age.totalMonths).toBe(20);
    expect(report.age.text).toBe("1 tahun 8 bulan");
    const s = report.development.screening!;
    expect(s.formAgeMonths).toBe(18);
    expect(["sesuai", "meragukan", "penyimpangan"]).toContain(s.result);
    expect(s.followUp).not.toBeNull();
    expect(report.development.nextScreeningDue! > s.date).toBe(true);
    const m = report.development.milestones!;
    expect(m.checklistMonths).toBe(18);
    const total = m.reached.length + m.notYet.length + m.notSure.length + m.notObserved.length;
    expect(total).toBe(15); // the CDC 18-month checklist has 15 milestones
    expect(report.growth.weightKg).not.toBeNull();
    expect(report.growth.headCircumferenceCm).not.toBeNull();
  });

  it("raises a concern for each milestone recorded as not yet, never a diagnosis", () => {
    const notYet = report.concerns.filter((c) => c.kind === "milestone" && c.reason.includes("belum terlihat"));
    expect(notYet.length).toBeGreaterThanOrEqual(report.development.milestones!.notYet.length);
    for (const c of notYet) expect(c.reason).toContain("bukan diagnosis");
  });

  it("hides the staff follow-up advice from families but keeps the meaning", () => {
    const family = progressReport(centre, toddler.id, { asOf, audience: "family" });
    // KPSP screenings are recorded staff-only in the sample, so the family report has none.
    expect(family.development.screening).toBeNull();
    const shared = { ...centre, journal: { ...centre.journal, entries: centre.journal.entries.map((e) => (e.kind === "screening" ? { ...e, visibility: "family" as const } : e)) } };
    const f2 = progressReport(shared, toddler.id, { asOf, audience: "family" });
    expect(f2.development.screening?.followUp).toBeNull();
    expect(f2.development.screening?.meaning.length).toBeGreaterThan(20);
  });
});
