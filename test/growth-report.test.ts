import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  addDays,
  summarize,
  createSampleCentre,
  parseCalendarDate,
  progressReport,
  ProgressReportSchema,
  renderReportHtml,
  renderReportMarkdown,
  referenceCurves,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";
import { NINA, SARI, TYPO, growthCentre } from "./helpers/growth-centre.js";

const asOf = parseCalendarDate("2026-03-31");
const period = { from: parseCalendarDate("2026-01-01"), to: parseCalendarDate("2026-06-30") };
const WEIGHT = "stppa2014.48-60.fm.c.1";
const HEIGHT = "stppa2014.48-60.fm.c.2";
const WFH = "stppa2014.48-60.fm.c.3";
const HEAD = "stppa2014.48-60.fm.c.4";

const centre = deepFreeze(growthCentre([SARI, NINA, TYPO, { id: "c-nosex", measurements: [{ date: "2026-03-10", weightKg: 17, heightCm: 106 }] }]));
const item = (report: ReturnType<typeof progressReport>, id: string) => report.sections.flatMap((s) => s.items).find((i) => i.id === id)!;

describe("the rapor's growth indicators", () => {
  it("answers the STPPA growth indicators from the z-scores instead of leaving a dash", () => {
    const r = progressReport(centre, NINA.id, { asOf, period });
    expect(r.band?.id).toBe("48-60");
    expect(item(r, WEIGHT).growth).toEqual({ answer: "sesuai", text: "Sesuai (BB/U −0,26 SD, 10 Maret 2026)", date: "2026-03-10", z: -0.26 });
    expect(item(r, HEIGHT).growth).toMatchObject({ answer: "sesuai", z: -0.37 });
    expect(item(r, WFH).growth).toMatchObject({ answer: "sesuai", z: -0.08 });
    expect(item(r, HEAD).growth).toMatchObject({ answer: "belum-diukur", z: null });
    expect(ProgressReportSchema.parse(r)).toEqual(r);
  });

  it("answers below −2 SD as not yet as expected, with the regulation's category", () => {
    const r = progressReport(centre, SARI.id, { asOf, period });
    expect(item(r, HEIGHT).growth).toMatchObject({ answer: "belum-sesuai", z: -2.44, date: "2026-03-10" });
    expect(item(r, WEIGHT).growth).toMatchObject({ answer: "sesuai", z: -1.71 });
    const tbu = r.growthStatus.latest.find((l) => l.index === "lhfa")!;
    expect(tbu).toMatchObject({ z: -2.44, category: "stunted", label: "Pendek", words: "tinggi badan di bawah kisaran normal untuk usianya" });
    expect(r.growthStatus.advice).toMatch(/Posyandu atau Puskesmas/);
    expect(r.growthStatus.rule).toMatch(/−2 SD dan \+2 SD/);
    expect(r.growthStatus.rule).toMatch(/tafsiran kami/);
  });

  it("asks for a flagged measurement to be repeated instead of answering it", () => {
    const r = progressReport(centre, TYPO.id, { asOf, period });
    expect(item(r, WEIGHT).growth).toMatchObject({ answer: "ukur-ulang", z: 6.8 });
    expect(item(r, WFH).growth).toMatchObject({ answer: "ukur-ulang", z: 12.89 });
    const remeasure = r.concerns.filter((c) => c.kind === "growth-remeasure");
    expect(remeasure.map((c) => c.subject)).toEqual(["growth.wfa", "growth.wflh"]);
    expect(remeasure[0]!.reason).toMatch(/Ukur ulang/);
    // A flagged value never becomes a nutrition concern ("gizi lebih").
    expect(r.concerns.filter((c) => c.kind === "growth")).toEqual([]);
  });

  it("says so when the child's sex is not recorded, and computes nothing", () => {
    const r = progressReport(centre, "c-nosex", { asOf, period });
    expect(item(r, WEIGHT).growth?.answer).toBe("tanpa-jenis-kelamin");
    expect(r.growthStatus.measurements).toEqual([]);
    expect(r.growthStatus.notes.some((n) => n.includes("Jenis kelamin"))).toBe(true);
  });

  it("says that WHO has no head-circumference standard past 60 months", () => {
    const older = growthCentre([{ id: "c-old", sex: "male", birthDate: "2020-10-01", measurements: [{ date: "2026-03-02", weightKg: 19, heightCm: 112, headCircumferenceCm: 50.5 }] }]);
    const r = progressReport(older, "c-old", { asOf, period });
    expect(r.band?.id).toBe("60-72");
    const head = item(r, "stppa2014.60-72.fm.c.4").growth!;
    expect(head.answer).toBe("tidak-ada-standar");
    expect(head.text).toMatch(/60 bulan/);
    // Weight for height is read with IMT/U past 60 months (WHO has no weight-for-height there).
    expect(item(r, "stppa2014.60-72.fm.c.3").growth?.text).toMatch(/IMT\/U/);
    expect(r.growthStatus.measurements[0]!.hcfa).toBeNull();
  });

  it("notes a position assumed by WHO's default when none was recorded", () => {
    const r = progressReport(growthCentre([{ ...NINA, measurements: [{ date: "2026-03-10", weightKg: 17, heightCm: 106 }] }]), NINA.id, { asOf, period, locale: "en" });
    expect(r.growthStatus.measurements[0]).toMatchObject({ positionAssumed: true, measuredLying: false });
    expect(r.growthStatus.notes).toContain("How the child was measured is not recorded; height is taken as measured standing, WHO's default from 2 years.");
  });
});

describe("growth concerns (staff)", () => {
  it("lists a height below −2 SD and a weight that did not rise, each with the advice to see the Posyandu", () => {
    const r = progressReport(centre, SARI.id, { asOf, period });
    const growth = r.concerns.filter((c) => c.kind === "growth" || c.kind === "weight-not-rising" || c.kind === "growth-remeasure");
    expect(growth.map((c) => [c.kind, c.subject])).toEqual([
      ["growth", "growth.lhfa"],
      ["weight-not-rising", "growth.weight"],
    ]);
    expect(growth[0]!.reason).toBe("Pendek menurut TB/U (−2,44 SD, 10 Maret 2026). Sarankan keluarga memeriksakan anak ke Posyandu atau Puskesmas; ini bukan diagnosis.");
    expect(growth[1]!.reason).toMatch(/^Berat badan tidak bertambah: 14 kg \(10 Februari 2026\) lalu 13,9 kg \(10 Maret 2026\)\. Aturan kami/);
    expect(growth.every((c) => /Posyandu atau Puskesmas/.test(c.reason))).toBe(true);
    expect(growth.every((c) => c.section === "fm")).toBe(true);
  });

  it("has none for a child growing as expected, and none in the family version", () => {
    expect(progressReport(centre, NINA.id, { asOf, period }).concerns.filter((c) => c.kind.includes("growth") || c.kind === "weight-not-rising")).toEqual([]);
    const family = progressReport(centre, SARI.id, { asOf, period, audience: "family" });
    expect(family.concerns.filter((c) => c.kind.includes("growth") || c.kind === "weight-not-rising")).toEqual([]);
    expect(family.growthStatus.advice).toMatch(/bukan diagnosis/);
  });

  it("does not compare weighings that are not in consecutive months", () => {
    const apart = growthCentre([{ ...SARI, measurements: [{ ...SARI.measurements[0]!, date: "2026-01-12" }, SARI.measurements[1]!] }]);
    const r = progressReport(apart, SARI.id, { asOf, period });
    expect(r.concerns.some((c) => c.kind === "weight-not-rising")).toBe(false);
  });
});

describe("the growth chart in the sample rapor", () => {
  const sample = createSampleCentre();
  const sampleAsOf = parseCalendarDate("2026-11-27");
  const report = progressReport(sample, "c-00037", { asOf: sampleAsOf });

  it("shows weight-for-age and length/height-for-age charts with the WHO curves and the child's points", () => {
    expect(report.growthStatus.charts.map((c) => c.index)).toEqual(["wfa", "lhfa"]);
    const html = renderReportHtml(report);
    for (const index of ["wfa", "lhfa"]) {
      const block = new RegExp(`<div class="chart-block" data-chart="chart-growth-${index}">([\\s\\S]*?)</div>`).exec(html)![1]!;
      expect((block.match(/data-sd="/g) ?? []).length).toBe(7);
      expect((block.match(/data-x="/g) ?? []).length).toBe(report.growthStatus.charts.find((c) => c.index === index)!.points.length);
      expect(block).toContain("<table");
    }
    // The sample answers its growth indicators.
    const answers = report.sections.flatMap((s) => s.items).flatMap((i) => (i.growth ? [i.growth.answer] : []));
    expect(answers.filter((a) => a === "sesuai").length).toBeGreaterThanOrEqual(3);
    expect(html).toContain("Status pertumbuhan terakhir");
    // The rule that answers the growth indicators is written in the legend of the summary.
    const summary = /<section id="summary"[\s\S]*?<\/section>/.exec(html)![0];
    expect(summary).toContain("“sesuai” bila skor-z berada antara −2 SD dan +2 SD");
    expect(renderReportMarkdown(report).split("\n## ")[1]).toContain("tafsiran kami");
  });

  it("gives the same numbers as tables in Markdown", () => {
    const md = renderReportMarkdown(report);
    const wfa = report.growthStatus.charts[0]!;
    expect(md).toContain(`**${wfa.title}**`);
    for (const p of wfa.points) expect(md).toContain(`| ${String(p.value).replace(".", ",")} |`);
    expect(md).not.toContain("<svg");
  });

  it("draws reference curves that are the WHO table values", () => {
    // WHO weight-for-age, girls, day 1461 (48 months): M = 16.0697 (weianthro.txt).
    const median = referenceCurves("wfa", "female", 48, 48).find((c) => c.sd === 0)!;
    expect(median.points).toEqual([{ ageMonths: 48, value: 16.07 }]);
    const curves = referenceCurves("lhfa", "male", 59, 62);
    // 61 and 62 months come from the WHO Reference 2007; the curves rise with the SD.
    expect(curves[0]!.points.map((p) => p.ageMonths)).toEqual([59, 60, 61, 62]);
    for (let i = 1; i < curves.length; i++) expect(curves[i]!.points[0]!.value).toBeGreaterThan(curves[i - 1]!.points[0]!.value);
  });
});

describe("growth in reports and summaries never throws on valid measurements", () => {
  fcTest.prop(
    [
      fc.constantFrom("male" as const, "female" as const, undefined),
      fc.integer({ min: 0, max: 2600 }),
      fc.array(
        fc.record({
          daysBefore: fc.integer({ min: 0, max: 500 }),
          weightKg: fc.option(fc.double({ min: 0.5, max: 60, noNaN: true }), { nil: undefined }),
          heightCm: fc.option(fc.double({ min: 30, max: 150, noNaN: true }), { nil: undefined }),
          headCircumferenceCm: fc.option(fc.double({ min: 25, max: 60, noNaN: true }), { nil: undefined }),
          position: fc.constantFrom("lying" as const, "standing" as const, undefined),
        }),
        { maxLength: 6 },
      ),
    ],
    { numRuns: 40 },
  )("any sex, age and measurements", (sex, ageDays, raw) => {
    const birthDate = addDays(asOf, -ageDays);
    const measurements = raw
      .map((m) => ({
        date: addDays(asOf, -m.daysBefore),
        ...(m.weightKg === undefined ? {} : { weightKg: m.weightKg }),
        ...(m.heightCm === undefined ? {} : { heightCm: m.heightCm }),
        ...(m.headCircumferenceCm === undefined || m.weightKg !== undefined || m.heightCm !== undefined ? {} : { headCircumferenceCm: m.headCircumferenceCm }),
        ...(m.position === undefined ? {} : { position: m.position }),
      }))
      .filter((m) => m.date >= birthDate && ("weightKg" in m || "heightCm" in m || "headCircumferenceCm" in m));
    const c = growthCentre([{ id: "c-any", sex, birthDate, measurements }]);
    const r = progressReport(c, "c-any", { asOf, period });
    expect(ProgressReportSchema.safeParse(r).success).toBe(true);
    expect(renderReportHtml(r)).toContain("</html>");
    expect(() => summarize(c, { asOf, period })).not.toThrow();
  });
});
