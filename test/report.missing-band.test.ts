// Rapor of children whose STPPA band has no official text in tumbuh (12–48 months). The expected
// content below was written by hand from the bundled data: the CP elements (merdeka-cp/elements.ts),
// the sample learning goals for 36–48 months (merdeka-cp/sample-goals.ts), the CDC 2022
// milestones of the 18- and 36-month checklists (cdc-2022/milestones.ts) and our CDC → CP
// crosswalk (cdc-2022/crosswalk.ts, first CP sub-element of each milestone). Not a snapshot.
import { describe, expect, it } from "vitest";
import { type Centre, type CentreInput, parseCalendarDate, parseCentre, progressReport, record, renderReportMarkdown } from "../src/index.js";
import { tinyCentreInput } from "./helpers/fixture.js";

const AS_OF = parseCalendarDate("2026-11-27");

function centre(): Centre {
  const base = tinyCentreInput();
  const input: CentreInput = {
    ...base,
    groups: [...base.groups, { id: "g-12", name: "Kelompok Bayi (12–24)", educators: ["e-01"] }],
    children: [
      ...base.children,
      {
        id: "c-020",
        name: "Dimas Saputra",
        nickname: "Dimas",
        birthDate: "2025-03-20", // 1 year 8 months on 27 November 2026: 20 months
        group: "g-12",
        enrolledOn: "2026-01-05",
        consent: { photos: false, shareWithFamilyApps: true, aggregateStatistics: true },
      },
      {
        id: "c-036",
        name: "Eka Rahmawati",
        nickname: "Eka",
        birthDate: "2023-10-15", // 3 years 1 month: 37 months
        group: "g-23",
        enrolledOn: "2025-07-14",
        consent: { photos: false, shareWithFamilyApps: true, aggregateStatistics: true },
      },
    ],
  };
  return parseCentre(input);
}

const ids = (report: ReturnType<typeof progressReport>, section: string) => report.sections.find((s) => s.id === section)?.items.map((i) => i.id);

describe("rapor of a 20-month-old (STPPA 18–24 months: no official text)", () => {
  const c = record(centre(), [
    { kind: "assessment", id: "o-d1", child: "c-020", date: "2026-10-01", author: "e-01", visibility: "family", indicator: "cdc2022.18m.phys.1", level: "achieved" },
    { kind: "assessment", id: "o-d2", child: "c-020", date: "2026-10-01", author: "e-01", visibility: "family", indicator: "cdc2022.18m.phys.5", level: "not-yet" },
  ]);
  const report = progressReport(c, "c-020", { asOf: AS_OF });

  it("says in words that the band has no official text and what the report uses instead", () => {
    expect(report.age.totalMonths).toBe(20);
    expect(report.band).toEqual({
      id: "18-24",
      label: "Usia 18–24 bulan",
      coverage: "missing",
      status:
        "Teks resmi STPPA untuk Usia 18–24 bulan belum tersedia di tumbuh. Bagian perkembangan rapor ini memakai Capaian Pembelajaran Kurikulum Merdeka dengan tujuan pembelajaran satuan PAUD dan tahapan perkembangan CDC 2022 untuk usia anak.",
      note: expect.stringContaining("Belum ada teks resmi") as unknown as string,
    });
    expect(report.basis).toBe("cp-cdc");
    const en = progressReport(c, "c-020", { asOf: AS_OF, locale: "en" });
    expect(en.band?.status).toBe(
      "The official STPPA text for 18–24 months is not available in tumbuh. The development sections of this report use the Kurikulum Merdeka learning outcomes (CP) with the centre's learning goals and the CDC 2022 milestones for the child's age.",
    );
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain("Usia 18–24 bulan — Teks resmi STPPA untuk Usia 18–24 bulan belum tersedia di tumbuh.");
    expect(markdown).not.toMatch(/\(missing\)/);
  });

  it("has one section per CP element with the 18-month CDC milestones (no TP is written for under 24 months), and one for the unlinked milestones", () => {
    expect(report.sections.map((s) => [s.id, s.name])).toEqual([
      ["cp.nab", "Nilai Agama dan Budi Pekerti"],
      ["cp.jd", "Jati Diri"],
      ["cp.lms", "Dasar-dasar Literasi, Matematika, Sains, Teknologi, Rekayasa, dan Seni"],
      ["cdc2022", "Tahapan perkembangan lain (CDC 2022)"],
    ]);
    expect(ids(report, "cp.nab")).toEqual(["cdc2022.18m.sel.3"]);
    expect(ids(report, "cp.jd")).toEqual([
      "cdc2022.18m.sel.1",
      "cdc2022.18m.sel.2",
      "cdc2022.18m.phys.1",
      "cdc2022.18m.phys.2",
      "cdc2022.18m.phys.3",
      "cdc2022.18m.phys.4",
      "cdc2022.18m.phys.5",
      "cdc2022.18m.phys.6",
    ]);
    expect(ids(report, "cp.lms")).toEqual(["cdc2022.18m.sel.4", "cdc2022.18m.lang.1", "cdc2022.18m.lang.2"]);
    expect(ids(report, "cdc2022")).toEqual(["cdc2022.18m.sel.5", "cdc2022.18m.cog.1", "cdc2022.18m.cog.2"]);
    expect(report.sections[0]!.items[0]!.text).toBe("Menyodorkan tangannya untuk Anda cuci");
  });

  it("reads the child's milestone records into the sections, and raises their concern once", () => {
    const jd = report.sections.find((s) => s.id === "cp.jd")!;
    expect(jd.items.find((i) => i.id === "cdc2022.18m.phys.1")?.latest).toEqual({ level: "achieved", date: "2026-10-01" });
    expect(jd.items.find((i) => i.id === "cdc2022.18m.phys.5")?.latest).toEqual({ level: "not-yet", date: "2026-10-01" });
    expect(jd.expected).toBe(8);
    expect(jd.observed).toBe(2);
    expect(report.concerns.filter((x) => x.subject === "cdc2022.18m.phys.5").map((x) => x.kind)).toEqual(["milestone"]);
    // Milestones never observed are listed, never flagged "not observed".
    expect(report.concerns.filter((x) => x.kind === "not-observed")).toEqual([]);
  });
});

describe("rapor of a 3-year-old (STPPA 36–48 months: no official text)", () => {
  const c = record(centre(), [
    { kind: "assessment", id: "o-e1", child: "c-036", date: "2026-10-02", author: "e-01", visibility: "family", indicator: "tp.36-48.jd.1", level: "sudah-muncul" },
  ]);
  const report = progressReport(c, "c-036", { asOf: AS_OF, locale: "en" });

  it("says so in words", () => {
    expect(report.age.totalMonths).toBe(37);
    expect(report.band).toMatchObject({ id: "36-48", label: "3–4 years", coverage: "missing" });
    expect(report.band?.status).toBe(
      "The official STPPA text for 3–4 years is not available in tumbuh. The development sections of this report use the Kurikulum Merdeka learning outcomes (CP) with the centre's learning goals and the CDC 2022 milestones for the child's age.",
    );
    expect(report.framework.id).toBe("stppa2014");
  });

  it("lists the centre's TP for 36–48 months, then the 36-month CDC milestones, per CP element", () => {
    expect(report.sections.map((s) => s.id)).toEqual(["cp.nab", "cp.jd", "cp.lms"]);
    expect(ids(report, "cp.nab")).toEqual(["tp.36-48.nab.1", "tp.36-48.nab.2", "tp.36-48.nab.3", "tp.36-48.nab.4", "cdc2022.36m.cog.2"]);
    expect(ids(report, "cp.jd")).toEqual([
      "tp.36-48.jd.1",
      "tp.36-48.jd.2",
      "tp.36-48.jd.3",
      "tp.36-48.jd.4",
      "tp.36-48.jd.5",
      "tp.36-48.jd.6",
      "cdc2022.36m.sel.1",
      "cdc2022.36m.sel.2",
      "cdc2022.36m.cog.1",
      "cdc2022.36m.phys.1",
      "cdc2022.36m.phys.2",
      "cdc2022.36m.phys.3",
    ]);
    expect(ids(report, "cp.lms")).toEqual([
      "tp.36-48.lms.1",
      "tp.36-48.lms.2",
      "tp.36-48.lms.3",
      "tp.36-48.lms.4",
      "tp.36-48.lms.5",
      "tp.36-48.lms.6",
      "tp.36-48.lms.7",
      "tp.36-48.lms.8",
      "cdc2022.36m.lang.1",
      "cdc2022.36m.lang.2",
      "cdc2022.36m.lang.3",
      "cdc2022.36m.lang.4",
      "cdc2022.36m.lang.5",
    ]);
    const jd = report.sections.find((s) => s.id === "cp.jd")!;
    expect(jd.items[0]).toMatchObject({ text: "Says their name, age, gender and the names of family members.", latest: { level: "sudah-muncul", date: "2026-10-02" } });
    expect(jd.items.find((i) => i.id === "cdc2022.36m.phys.3")?.text).toBe("Uses a fork");
  });

  it("a child whose band has official text keeps the STPPA aspects", () => {
    const ayu = progressReport(c, "c-001", { asOf: AS_OF });
    expect(ayu.basis).toBe("framework");
    expect(ayu.sections.map((s) => s.id)).toEqual(["nam", "fm", "kog", "bhs", "sosem", "seni"]);
    expect(ayu.band?.status).toBe("Butir STPPA untuk Usia 4–5 tahun lengkap.");
  });
});
