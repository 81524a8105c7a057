import { describe, expect, it } from "vitest";
import {
  type ObservationInput,
  parseCalendarDate,
  progressReport,
  ProgressReportSchema,
  record,
  renderReportHtml,
  renderReportMarkdown,
} from "../src/index.js";
import { careCentre, careDay, day } from "./helpers/care-fixture.js";

const asOf = parseCalendarDate("2026-11-30");

function attendanceWeek(): ObservationInput[] {
  const b1 = { ...day, child: "c-b1" } as const;
  return [
    { kind: "attendance", id: "w-24", ...b1, date: "2026-11-24", event: "absence", reason: "sakit" },
    { kind: "attendance", id: "w-25", ...b1, date: "2026-11-25", event: "absence", reason: "izin" },
    { kind: "attendance", id: "w-26", ...b1, date: "2026-11-26", event: "absence", reason: "tanpa-keterangan" },
    // Noted absent in the morning, then arrived late: the day counts as present.
    { kind: "attendance", id: "w-27a", ...b1, date: "2026-11-27", event: "absence", reason: "izin" },
    { kind: "attendance", id: "w-27b", ...b1, date: "2026-11-27", event: "arrival", time: "10:30" },
    { kind: "attendance", id: "w-old", ...b1, date: "2026-06-30", event: "arrival", time: "07:30" },
    { kind: "family", id: "w-refl", ...b1, date: "2026-11-28", author: "f-b1-ibu", entry: "reflection", text: "Di rumah Dimas mulai merangkak dan tertawa saat diajak bernyanyi." },
    { kind: "family", id: "w-home", ...b1, date: "2026-11-29", author: "f-b1-ayah", entry: "home-observation", text: "Dimas menunjuk kucing." },
    { kind: "family", id: "w-old-refl", ...b1, date: "2026-06-01", author: "f-b1-ibu", entry: "reflection", text: "Semester lalu." },
  ] as ObservationInput[];
}

describe("rapor: attendance and the parents' voice", () => {
  const centre = record(record(careCentre(), careDay()), attendanceWeek());

  it("counts the period's days present, sakit, izin and tanpa keterangan", () => {
    const report = progressReport(centre, "c-b1", { asOf });
    expect(report.period.from).toBe("2026-07-01");
    expect(report.attendance).toEqual({ present: 2, sakit: 1, izin: 1, tanpaKeterangan: 1, daysRecorded: 5 });
    expect(() => ProgressReportSchema.parse(report)).not.toThrow();
  });

  it("prints no attendance when none was recorded", () => {
    expect(progressReport(careCentre(), "c-b2", { asOf }).attendance).toBeNull();
    expect(renderReportMarkdown(progressReport(careCentre(), "c-b2", { asOf }))).not.toContain("## Kehadiran");
  });

  it("fills the parent-reflection section from the family's entries of the period (it was printed empty)", () => {
    const report = progressReport(centre, "c-b1", { asOf, audience: "family" });
    expect(report.parentReflection.response).toBe("Di rumah Dimas mulai merangkak dan tertawa saat diajak bernyanyi.");
    expect(report.parentReflection.entries).toEqual([
      { date: "2026-11-28", author: "Ibu Wulan (ibu)", entry: "reflection", text: "Di rumah Dimas mulai merangkak dan tertawa saat diajak bernyanyi." },
      { date: "2026-11-29", author: "Pak Andi (ayah)", entry: "home-observation", text: "Dimas menunjuk kucing." },
    ]);
    const md = renderReportMarkdown(report);
    expect(md).toContain("> **Refleksi, 2026-11-28, Ibu Wulan (ibu):** Di rumah Dimas mulai merangkak");
    expect(md).toContain("## Kehadiran");
    expect(md).not.toContain("Semester lalu.");
    expect(md).not.toContain("RAHASIA");
    const html = renderReportHtml({ ...report, locale: "en" } as never);
    expect(html).toContain("<strong>From home, 2026-11-29, Pak Andi (ayah):</strong> Dimas menunjuk kucing.");
    expect(html).toContain('<section id="attendance"');
  });

  it("keeps care entries out of the development counts", () => {
    const withCare = progressReport(centre, "c-b1", { asOf });
    const without = progressReport(careCentre(), "c-b1", { asOf });
    expect(withCare.observationsInPeriod).toBe(without.observationsInPeriod);
    expect(withCare.sections).toEqual(without.sections);
  });
});

describe("rapor: development from care", () => {
  it("shows self-care done independently as care-log evidence in the linked section", async () => {
    const { tinyCentre } = await import("./helpers/fixture.js");
    const toilet = (id: string, date: string, visibility: "family" | "staff") =>
      ({ kind: "care", id, child: "c-001", date, author: "e-01", visibility, care: "toilet", time: "10:00", toilet: ["di-toilet"], independently: ["toileting"] }) as ObservationInput;
    const centre = record(tinyCentre(), [toilet("t-1", "2026-11-02", "family"), toilet("t-2", "2026-11-20", "family"), toilet("t-3", "2026-11-21", "staff")]);
    const report = progressReport(centre, "c-001", { asOf });
    const fm = report.sections.find((s) => s.id === "fm")!;
    expect(fm.evidence.filter((e) => e.kind === "care")).toEqual([
      { kind: "care", date: "2026-11-21", text: "Melakukan sendiri: ke toilet (3 kali di catatan pengasuhan)", refs: [], items: ["stppa2014.48-60.fm.c.5"] },
    ]);
    const family = progressReport(centre, "c-001", { asOf, audience: "family", locale: "en" });
    expect(family.sections.find((s) => s.id === "fm")!.evidence.find((e) => e.kind === "care")?.text).toBe("Did it on their own: using the toilet (2 times in the care log)");
    expect(renderReportMarkdown(report)).toContain("Catatan pengasuhan");
    expect(report.sections.find((s) => s.id === "kog")!.evidence.some((e) => e.kind === "care")).toBe(false);
  });
});
