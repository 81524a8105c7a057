import { describe, expect, it } from "vitest";
import {
  createCentre,
  curriculumCoverage,
  extendCurriculum,
  type Framework,
  FrameworkSchema,
  montessoriCatalog,
  resolveCurriculum,
  stppa2014,
  ValidationError,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";

const centre = createCentre("Cakupan");
const curriculum = resolveCurriculum(centre);
const stppa = stppa2014();

describe("curriculumCoverage on the bundled curriculum", () => {
  for (const bandId of ["48-60", "60-72"]) {
    it(`every ${bandId} indicator has at least one way to be evidenced`, () => {
      const coverage = curriculumCoverage(curriculum, stppa, bandId);
      expect(coverage.framework).toBe("stppa2014");
      expect(coverage.band.id).toBe(bandId);
      expect(coverage.rows).toHaveLength(bandId === "48-60" ? 88 : 86);
      expect(coverage.uncovered).toEqual([]);
      for (const row of coverage.rows) {
        expect(row.activities.length + row.routines.length + row.measurements.length, row.indicator.id).toBeGreaterThan(0);
      }
    });
  }

  it("evidences the growth indicators through measurements", () => {
    const coverage = curriculumCoverage(curriculum, stppa, "48-60");
    const measured = Object.fromEntries(coverage.rows.filter((r) => r.measurements.length > 0).map((r) => [r.indicator.id, r.measurements]));
    expect(measured).toEqual({
      "stppa2014.48-60.fm.c.1": ["weight"],
      "stppa2014.48-60.fm.c.2": ["height"],
      "stppa2014.48-60.fm.c.3": ["weightForHeight"],
      "stppa2014.48-60.fm.c.4": ["headCircumference"],
    });
    const older = curriculumCoverage(curriculum, stppa, "60-72");
    expect(older.rows.find((r) => r.indicator.text.id === "Tinggi badan sesuai standar usia")?.measurements).toEqual(["height"]);
  });

  it("evidences praying before meals through a named routine", () => {
    const coverage = curriculumCoverage(curriculum, stppa, "48-60");
    const row = coverage.rows.find((r) => r.indicator.text.id === "Mengucapkan doa sebelum dan/atau sesudah melakukan sesuatu");
    expect(row?.indicator.id).toBe("stppa2014.48-60.nam.a.3");
    expect(row?.routines).toContain("routine.doa-harian");
    expect(row?.routines).toContain("routine.makan-bersama");
  });

  it("names the cutting activities for 'Menggunting sesuai dengan pola'", () => {
    const row = curriculumCoverage(curriculum, stppa, "60-72").rows.find((r) => r.indicator.id === "stppa2014.60-72.fm.b.5");
    expect(row?.indicator.text.id).toBe("Menggunting sesuai dengan pola");
    expect(row?.activities).toEqual(["mont.culture.collage", "mont.practical-life.cutting-with-scissors"]);
  });

  it("lists activities and routines sorted by id, in the band's indicator order", () => {
    const coverage = curriculumCoverage(curriculum, stppa, "60-72");
    expect(coverage.rows.map((r) => r.indicator.id)).toEqual(stppa.bands.find((b) => b.id === "60-72")!.indicators.map((i) => i.id));
    for (const row of coverage.rows) {
      expect([...row.activities].sort()).toEqual(row.activities);
      expect([...row.routines].sort()).toEqual(row.routines);
    }
  });

  it("works on the Montessori catalog alone, where religious and routine-only indicators stay uncovered", () => {
    const coverage = curriculumCoverage(montessoriCatalog(), stppa, "48-60");
    expect(coverage.uncovered).toContain("stppa2014.48-60.nam.a.1");
    expect(coverage.uncovered).not.toContain("stppa2014.48-60.fm.c.1"); // measured
    expect(coverage.rows.every((r) => r.routines.length === 0)).toBe(true);
  });

  it("does not count retired activities", () => {
    const retired = extendCurriculum(centre, { retire: ["mont.practical-life.cutting-with-scissors", "mont.culture.collage"] });
    const row = curriculumCoverage(resolveCurriculum(retired), stppa, "60-72").rows.find((r) => r.indicator.id === "stppa2014.60-72.fm.b.5");
    expect(row?.activities).toEqual([]);
  });

  it("does not change its inputs and gives the same answer twice", () => {
    const catalog = deepFreeze(JSON.parse(JSON.stringify(montessoriCatalog())) as ReturnType<typeof montessoriCatalog>);
    const framework = deepFreeze(JSON.parse(JSON.stringify(stppa)) as Framework);
    const first = curriculumCoverage(catalog, framework, "60-72");
    expect(JSON.stringify(curriculumCoverage(catalog, framework, "60-72"))).toBe(JSON.stringify(first));
  });
});

describe("curriculumCoverage on a hand-made framework", () => {
  const framework = FrameworkSchema.parse({
    id: "tk-melati-2026",
    kind: "custom",
    name: { id: "Indikator TK Melati" },
    version: "2026",
    sources: [],
    scale: "bb-bsb",
    aspects: [{ id: "sains", name: { id: "Sains" }, scopes: [{ id: "a", name: { id: "Pengamatan" } }] }],
    bands: [
      {
        id: "48-60",
        fromMonths: 48,
        toMonths: 60,
        label: { id: "4–5 tahun" },
        coverage: "complete",
        indicators: [
          { id: "melati.48-60.sains.a.1", aspect: "sains", scope: "a", text: { id: "Menamai gunung berapi di Indonesia" } },
          { id: "melati.48-60.sains.a.2", aspect: "sains", scope: "a", text: { id: "Mengamati ulat menjadi kupu-kupu" } },
        ],
      },
    ],
    elements: [],
    learningGoals: [],
  }) as Framework;

  it("reports the indicators nothing supports", () => {
    const coverage = curriculumCoverage(curriculum, framework, "48-60");
    expect(coverage.uncovered).toEqual(["melati.48-60.sains.a.1", "melati.48-60.sains.a.2"]);
    expect(coverage.rows.map((r) => r.activities.length + r.routines.length + r.measurements.length)).toEqual([0, 0]);
  });

  it("counts a centre's own activity that supports one of them", () => {
    const extended = extendCurriculum(centre, {
      frameworks: [framework],
      activities: [
        {
          ...curriculum.activities.get("mont.culture.animal-life-cycles")!,
          id: "mont.culture.kupu-kupu-kelas",
          name: { id: "Memelihara ulat sampai menjadi kupu-kupu" },
          origin: "centre",
          supports: ["melati.48-60.sains.a.2"],
        },
      ],
    });
    const coverage = curriculumCoverage(resolveCurriculum(extended), framework, "48-60");
    expect(coverage.uncovered).toEqual(["melati.48-60.sains.a.1"]);
    expect(coverage.rows[1]?.activities).toEqual(["mont.culture.kupu-kupu-kelas"]);
  });

  it("throws a ValidationError for a band the framework does not have", () => {
    expect(() => curriculumCoverage(curriculum, framework, "60-72")).toThrow(ValidationError);
    let error: unknown;
    try {
      curriculumCoverage(curriculum, stppa, "4-5");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      expect.objectContaining({ path: "bandId", code: "unknown_reference", message: expect.stringContaining('no band "4-5"') }),
    ]);
  });
});
