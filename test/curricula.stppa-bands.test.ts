import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type Centre,
  bandAspects,
  bandForAge,
  checkCentre,
  createCentre,
  extendCurriculum,
  loadStppaBands,
  parseActivities,
  parseCalendarDate,
  parseCentre,
  parseFramework,
  parseStppaBandsCsv,
  progressReport,
  record,
  resolveCurriculum,
  serializeCentre,
  stppa2014,
  stppaBandsCsvTemplate,
  weeklyPlan,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";
import { errorOf } from "./helpers/errors.js";
import { tinyCentre } from "./helpers/fixture.js";

// A small typed band. The texts are test texts, not the regulation's: tumbuh has no copy of the
// 2–3 year table, and a test must not look like one. The structure (Bahasa without Keaksaraan,
// Seni with three sub-scopes) is the one the circulating fragments suggest.
const TYPED = [
  "band,aspect,sub_scope,number,text,text_en",
  "24-36,bhs,a,,Judul uji Bahasa A,Test heading Language A",
  "24-36,bhs,b,,Judul uji Bahasa B,",
  "24-36,bhs,a,1,Butir uji bahasa A satu,Test item language A one",
  "24-36,bhs,a,2,Butir uji bahasa A dua,",
  "24-36,bhs,b,1,Butir uji bahasa B satu,",
  "24-36,seni,a,,Judul uji Seni A,",
  "24-36,seni,b,,Judul uji Seni B,",
  "24-36,seni,c,,Judul uji Seni C,",
  "24-36,seni,c,1,Butir uji seni C satu,",
  "24-36,kog,a,1,Butir uji kognitif A satu,",
  "24-36,kog,b,1,,", // a template line left empty: skipped
  "",
].join("\n");

describe("per-band sub-scopes", () => {
  it("a band without its own aspects uses the framework's; documents without them stay valid", () => {
    const stppa = stppa2014();
    const band = stppa.bands.find((b) => b.id === "48-60")!;
    expect(band.aspects).toBeUndefined();
    expect(bandAspects(stppa, band)).toBe(stppa.aspects);
    // A framework document written before bands could name sub-scopes parses as it did.
    const before = parseFramework(JSON.parse(JSON.stringify(stppa)));
    expect(before.bands.map((b) => b.indicators.length)).toEqual(stppa.bands.map((b) => b.indicators.length));
  });

  it("a band's own sub-scopes are checked against its indicators", () => {
    const own = {
      id: "own-dev",
      kind: "custom",
      name: { id: "Perkembangan" },
      version: "1",
      sources: [],
      scale: "bb-bsb",
      aspects: [{ id: "bhs", name: { id: "Bahasa" }, scopes: [{ id: "a", name: { id: "A" } }, { id: "c", name: { id: "C" } }] }],
      bands: [
        {
          id: "24-36", fromMonths: 24, toMonths: 36, label: { id: "2–3" }, coverage: "partial",
          aspects: [{ id: "bhs", name: { id: "Bahasa" }, scopes: [{ id: "a", name: { id: "A" } }, { id: "b", name: { id: "B" } }] }],
          indicators: [
            { id: "own.24-36.bhs.b.1", aspect: "bhs", scope: "b", text: { id: "b satu" } },
            { id: "own.24-36.bhs.c.1", aspect: "bhs", scope: "c", text: { id: "c satu" } },
          ],
        },
      ],
      elements: [],
      learningGoals: [],
    };
    const e = errorOf(() => parseFramework(own));
    expect(e.issues.map((i) => i.path)).toEqual(["bands[0].indicators[1].scope"]);
  });
});

describe("STPPA bands typed by a centre (CSV)", () => {
  it("the bundled 12–48 month bands stay empty and marked missing", () => {
    for (const id of ["12-18", "18-24", "24-36", "36-48"]) {
      const band = stppa2014().bands.find((b) => b.id === id)!;
      expect(band.coverage).toBe("missing");
      expect(band.indicators).toEqual([]);
    }
  });

  it("ships a template with a heading and a first line per missing sub-scope, which loads as nothing", () => {
    const template = stppaBandsCsvTemplate();
    const lines = template.trimEnd().split("\n");
    expect(lines[0]).toBe("kelompok_usia,lingkup,sub_lingkup,nomor,teks,teks_inggris");
    expect(lines).toContain("24-36,bhs,c,,,");
    expect(lines).toContain("36-48,seni,b,1,,");
    // 0–3 months has its official Motorik Kasar items: no template line for them.
    expect(lines).not.toContain("0-3,fm,a,1,,");
    expect(lines).toContain("0-3,kog,a,1,,");
    // 4 missing bands × 15 sub-scopes (nam 1, fm 3, kog 3, bhs 3, sosem 3, seni 2) × 2 lines, plus the partial bands' gaps.
    expect(lines.filter((l) => l.startsWith("24-36,"))).toHaveLength(30);
    expect(stppaBandsCsvTemplate({ language: "en" }).split("\n")[0]).toBe("band,aspect,sub_scope,number,text,text_en");
    const empty = parseStppaBandsCsv(template);
    expect(empty.bands).toEqual([]);
  });

  it("the template shipped in examples/ is the one the function writes", () => {
    expect(readFileSync(new URL("../examples/stppa-bands-template.csv", import.meta.url), "utf8")).toBe(stppaBandsCsvTemplate());
  });

  it("reads typed rows into indicators with the bundled id scheme and the band's own sub-scopes", () => {
    const typed = parseStppaBandsCsv(TYPED, { source: { title: "Salinan cetak uji" } });
    expect(typed.supplements).toBe("stppa2014");
    expect(typed.bands.map((b) => b.id)).toEqual(["24-36"]);
    const band = typed.bands[0]!;
    expect(band.coverage).toBe("partial");
    expect(band.indicators.map((i) => i.id)).toEqual([
      "stppa2014.24-36.kog.a.1",
      "stppa2014.24-36.bhs.a.1",
      "stppa2014.24-36.bhs.a.2",
      "stppa2014.24-36.bhs.b.1",
      "stppa2014.24-36.seni.c.1",
    ]);
    expect(band.indicators[1]).toMatchObject({ text: { id: "Butir uji bahasa A satu", en: "Test item language A one" }, source: "centre-printed-lampiran", confidence: "secondary" });
    expect(band.aspects?.map((a) => [a.id, a.scopes.map((s) => `${s.id}:${s.name.id}`)])).toEqual([
      ["bhs", ["a:Judul uji Bahasa A", "b:Judul uji Bahasa B"]],
      ["seni", ["a:Judul uji Seni A", "b:Judul uji Seni B", "c:Judul uji Seni C"]],
    ]);
    expect(typed.sources[0]?.title).toBe("Salinan cetak uji");
    expect(band.note?.id).toContain("diketik satuan PAUD");
  });

  it("names every bad row: unknown band, aspect and sub-scope, numbering, duplicates, bundled text", () => {
    const bad = [
      "band,aspect,sub_scope,number,text",
      "24-30,bhs,a,1,x", // row 2: unknown band
      "48-60,bhs,a,1,x", // row 3: a complete band
      "24-36,musik,a,1,x", // row 4: unknown aspect
      "24-36,bhs,,,Judul A", // row 5: heading without a letter
      "24-36,seni,a,,Judul Seni A", // row 6
      "24-36,seni,c,1,x", // row 7: not declared for this band
      "24-36,kog,a,1,x", // row 8
      "24-36,kog,a,1,y", // row 9: duplicate number
      "24-36,kog,b,2,x", // row 10: numbering starts at 2
      "24-36,kog,c,satu,x", // row 11: not a number
      "0-3,fm,a,3,x", // row 12: Motorik Kasar 0–3 is bundled
      "24-36,seni,a,,Judul lagi", // row 13: heading declared twice
      "",
    ].join("\n");
    const e = errorOf(() => parseStppaBandsCsv(bad));
    expect(e.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      "rows[2].band unknown_reference",
      "rows[3].band conflict",
      "rows[4].aspect unknown_reference",
      "rows[5].sub_scope invalid_format",
      "rows[11].number invalid_value",
      "rows[13].sub_scope duplicate_id",
      "rows[7].sub_scope unknown_reference",
      "rows[9].number duplicate_id",
      "rows[12].sub_scope conflict",
      "rows[10].number invalid_value",
    ]);
    expect(e.issues.find((i) => i.path === "rows[10].number")?.message).toContain("1 is missing before 2");
  });

  it("rejects a file without the required columns", () => {
    const e = errorOf(() => parseStppaBandsCsv("band,aspect,text\n24-36,bhs,x\n"));
    expect(e.issues).toEqual([{ path: "header", code: "missing", message: "missing column(s) sub_scope, number" }]);
  });

  function loaded(): Centre {
    return loadStppaBands(deepFreeze(tinyCentre()), TYPED);
  }

  it("loads into the centre: stppa2014 keeps its id and gains the typed items; the centre round-trips", () => {
    const before = deepFreeze(tinyCentre());
    const centre = loadStppaBands(before, TYPED);
    expect(before.curriculum.frameworks).toEqual([]);
    const cur = resolveCurriculum(centre);
    expect(cur.frameworks.map((f) => f.id)).not.toContain("stppa2014-typed");
    const stppa = cur.frameworks.find((f) => f.id === "stppa2014")!;
    const band = bandForAge(stppa, 30)!;
    expect(band.id).toBe("24-36");
    expect(band.indicators).toHaveLength(5);
    expect(bandAspects(stppa, band).find((a) => a.id === "bhs")?.scopes.map((s) => s.id)).toEqual(["a", "b"]);
    expect(bandAspects(stppa, band).find((a) => a.id === "fm")?.scopes.map((s) => s.id)).toEqual(["a", "b", "c"]);
    expect(cur.indicators.get("stppa2014.24-36.bhs.a.2")?.kind).toBe("indicator");
    // The bundled framework object is untouched.
    expect(stppa2014().bands.find((b) => b.id === "24-36")!.indicators).toEqual([]);
    const again = parseCentre(JSON.parse(serializeCentre(centre)));
    expect(checkCentre(again)).toEqual([]);
    expect(resolveCurriculum(again).indicators.has("stppa2014.24-36.seni.c.1")).toBe(true);
  });

  it("keeps records valid when the file is loaded again, and refuses a reload that would drop a recorded item", () => {
    const centre = record(loaded(), {
      kind: "assessment", id: "o-typed-1", child: "c-003", date: "2026-10-05", author: "e-01", visibility: "family",
      indicator: "stppa2014.24-36.bhs.a.2", level: "MB",
    });
    const reloaded = loadStppaBands(centre, TYPED.replace("Butir uji bahasa A dua", "Butir uji bahasa A dua (diperbaiki)"));
    expect(resolveCurriculum(reloaded).indicators.get("stppa2014.24-36.bhs.a.2")).toMatchObject({ indicator: { text: { id: "Butir uji bahasa A dua (diperbaiki)" } } });
    const shorter = TYPED.split("\n").filter((l) => !l.startsWith("24-36,bhs,a,2,")).join("\n");
    const e = errorOf(() => loadStppaBands(centre, shorter));
    expect(e.issues.some((i) => i.message.includes("stppa2014.24-36.bhs.a.2"))).toBe(true);
  });

  it("refuses a typed file for a centre without the bundled STPPA", () => {
    const base = extendCurriculum(deepFreeze(createCentre("TK Uji")), { bundled: ["merdeka-cp", "montessori"] });
    const e = errorOf(() => loadStppaBands(base, TYPED));
    expect(e.issues.map((i) => `${i.path} ${i.code}`)).toEqual(["frameworks[0].supplements unknown_reference"]);
  });

  it("the typed band is used by a progress report", () => {
    const centre = record(loaded(), [
      { kind: "assessment", id: "o-typed-1", child: "c-003", date: "2026-10-05", author: "e-01", visibility: "family", indicator: "stppa2014.24-36.bhs.a.1", level: "MB" },
      { kind: "assessment", id: "o-typed-2", child: "c-003", date: "2026-10-06", author: "e-01", visibility: "family", indicator: "stppa2014.24-36.seni.c.1", level: "BSH" },
    ]);
    // Citra was born on 29 February 2024: 2 years 8 months on 27 November 2026.
    const report = progressReport(centre, "c-003", { asOf: parseCalendarDate("2026-11-27") });
    expect(report.band).toMatchObject({ id: "24-36", coverage: "partial" });
    const bhs = report.sections.find((s) => s.id === "bhs")!;
    expect(bhs.items.map((i) => [i.id, i.text, i.latest?.level ?? null])).toEqual([
      ["stppa2014.24-36.bhs.a.1", "Butir uji bahasa A satu", "MB"],
      ["stppa2014.24-36.bhs.a.2", "Butir uji bahasa A dua", null],
      ["stppa2014.24-36.bhs.b.1", "Butir uji bahasa B satu", null],
    ]);
    expect(report.sections.find((s) => s.id === "seni")!.items.map((i) => [i.id, i.latest?.level])).toEqual([["stppa2014.24-36.seni.c.1", "BSH"]]);
    expect(report.sections.find((s) => s.id === "kog")!.expected).toBe(1);
    expect(report.notices.some((n) => n.includes("diketik satuan PAUD"))).toBe(true);
  });

  it("the typed band is used by a weekly plan: a need on a typed item picks the lesson that works on it", () => {
    const lesson = parseActivities([
      {
        id: "mont.language.keranjang-benda-uji",
        name: { id: "Keranjang benda (uji)" },
        area: "language",
        subArea: "oral",
        ageMonths: { from: 24, to: 36 },
        prerequisites: [],
        materials: [],
        directAims: [{ id: "Menamai benda" }],
        indirectAims: [],
        masterable: false,
        threePeriod: true,
        grouping: "individual",
        maxChildren: 1,
        minutes: 10,
        parentExplanation: { id: "Anak menamai benda dari keranjang." },
        supports: ["stppa2014.24-36.bhs.a.1", "stppa2014.24-36.bhs.a.2"],
        origin: "centre",
        sources: ["KOSP uji"],
      },
    ]);
    const centre = record(extendCurriculum(loaded(), { activities: lesson }), {
      kind: "assessment", id: "o-typed-1", child: "c-003", date: "2026-11-20", author: "e-01", visibility: "family",
      indicator: "stppa2014.24-36.bhs.a.1", level: "MB",
    });
    const plan = weeklyPlan(centre, "g-23", { week: parseCalendarDate("2026-11-30") });
    const citra = plan.children.find((c) => c.child === "c-003")!;
    expect(citra.needs.map((n) => n.indicator)).toContain("stppa2014.24-36.bhs.a.1");
    expect(citra.planned.map((p) => p.activity)).toContain("mont.language.keranjang-benda-uji");
    const observe = plan.observe.find((o) => o.indicator === "stppa2014.24-36.bhs.a.1");
    expect(observe).toMatchObject({ purpose: "need", children: [{ child: "c-003", level: "MB" }], activities: ["mont.language.keranjang-benda-uji"] });
  });
});

describe("checkCentre and typed STPPA bands", () => {
  it("a centre document with a hand-edited unknown sub-scope, or a typed band whose framework it no longer uses, is rejected", () => {
    const centre = loadStppaBands(deepFreeze(tinyCentre()), TYPED);
    const doc = JSON.parse(serializeCentre(centre)) as { curriculum: { bundled: string[]; frameworks: { bands: { indicators: { scope: string }[] }[] }[] } };
    const edited = structuredClone(doc);
    edited.curriculum.frameworks[0]!.bands[0]!.indicators[0]!.scope = "z";
    expect(errorOf(() => parseCentre(edited)).issues.map((i) => `${i.path} ${i.code}`)).toEqual(["curriculum.frameworks[0].bands[0].indicators[0].scope unknown_reference"]);
    const dropped = structuredClone(doc);
    dropped.curriculum.bundled = dropped.curriculum.bundled.filter((b) => b !== "stppa2014");
    expect(errorOf(() => parseCentre(dropped)).issues.map((i) => `${i.path} ${i.code}`)).toContain("curriculum.frameworks[0].supplements unknown_reference");
  });
});
