import { describe, expect, it } from "vitest";
import { type Centre, type GrowthMeasurement, exportObservationsCsv, exportRosterCsv, growthZScores, importMeasurementsCsv, importObservationsCsv, importRosterCsv, measurementZScores } from "../src/index.js";
import { tinyCentre } from "./helpers/fixture.js";

const EXCEL = (rows: string[]) => `\uFEFF${rows.join("\r\n")}\r\n`;

/** The growth measurements an import added (the fixture's journal has some already). */
function growthOf(centre: Centre): GrowthMeasurement[] {
  const known = new Set(tinyCentre().journal.entries.map((o) => o.id));
  return centre.journal.entries.filter((o): o is GrowthMeasurement => o.kind === "growth" && !known.has(o.id));
}

describe("roster CSV: jenis kelamin", () => {
  it("reads L / P, laki-laki / perempuan and male / female", () => {
    const csv = EXCEL([
      "id_anak;nama;tanggal_lahir;Jenis Kelamin;kelompok;tanggal_masuk",
      "c-101;Dimas;03/05/2022;L;g-45;14/07/2025",
      "c-102;Eka;03/05/2022;perempuan;g-45;14/07/2025",
      "c-103;Fajar;03/05/2022;Laki-laki;g-45;14/07/2025",
      "c-104;Gita;03/05/2022;;g-45;14/07/2025",
      "c-105;Hana;03/05/2022;X;g-45;14/07/2025",
    ]);
    const r = importRosterCsv(tinyCentre(), csv);
    expect(r.added).toBe(4);
    const sexOf = (id: string) => r.centre.children.find((c) => c.id === id)?.sex;
    expect([sexOf("c-101"), sexOf("c-102"), sexOf("c-103"), sexOf("c-104")]).toEqual(["male", "female", "male", undefined]);
    expect(r.problems).toEqual([{ row: 6, line: 6, column: "Jenis Kelamin", code: "invalid_value", message: 'expected L or P (laki-laki / perempuan; male / female), got "X"' }]);
  });

  it("exports jenis_kelamin only when some child has it, and reads it back", () => {
    const before = tinyCentre();
    expect(exportRosterCsv(before).split("\n")[0]).not.toContain("jenis_kelamin");
    const withSex = { ...before, children: before.children.map((c, i) => ({ ...c, sex: i % 2 === 0 ? ("female" as const) : ("male" as const) })) };
    const csv = exportRosterCsv(withSex, { excel: true });
    expect(csv.split("\r\n")[0]).toContain(";jenis_kelamin;");
    expect(csv.split("\r\n")[1]).toContain(";P;");
    const again = importRosterCsv(withSex, csv);
    expect([again.added, again.skipped, again.problems]).toEqual([0, withSex.children.length, []]);
  });
});

describe("importMeasurementsCsv (Excel-Indonesia: ;, decimal comma, dd/mm/yyyy)", () => {
  const sheet = EXCEL([
    "Tanggal;Anak;Berat;Tinggi;Lingkar Kepala;Cara Ukur",
    "03/11/2026;c-001;16,2;104,5;;berdiri",
    "03/11/2026;Bima Pratama;15,8;101;;",
    "03/11/2026;c-003;12,4;86,5;47,2;terlentang",
    "31/11/2026;c-001;16;;;",
    "04/11/2026;c-002;15,9;;;duduk",
  ]);

  it("imports every good row as a growth measurement with its position", () => {
    const r = importMeasurementsCsv(tinyCentre(), sheet, { author: "e-01" });
    expect(r.added).toBe(3);
    const g = growthOf(r.centre);
    expect(g.map((o) => [o.child, o.date, o.weightKg, o.heightCm, o.headCircumferenceCm, o.position])).toEqual([
      ["c-001", "2026-11-03", 16.2, 104.5, undefined, "standing"],
      ["c-002", "2026-11-03", 15.8, 101, undefined, undefined],
      ["c-003", "2026-11-03", 12.4, 86.5, 47.2, "lying"],
    ]);
    expect(g.every((o) => o.author === "e-01" && o.visibility === "staff")).toBe(true);
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [5, "Tanggal", "invalid_date"],
      [6, "Cara Ukur", "invalid_value"],
    ]);
  });

  it("is idempotent: the same sheet imported twice adds nothing the second time", () => {
    const first = importMeasurementsCsv(tinyCentre(), sheet, { author: "e-01" });
    const second = importMeasurementsCsv(first.centre, sheet, { author: "e-01" });
    expect([second.added, second.skipped]).toEqual([0, 3]);
    expect(second.centre).toBe(first.centre);
  });

  it("keeps the ids of rows without a position as the observations importer always made them", () => {
    const plain = EXCEL(["tanggal;anak;guru;berat_kg;tinggi_cm", "03/11/2026;c-001;e-01;16,2;104,5"]);
    const viaObservations = importObservationsCsv(tinyCentre(), plain);
    const viaMeasurements = importMeasurementsCsv(tinyCentre(), plain);
    expect(growthOf(viaMeasurements.centre)[0]?.id).toBe(growthOf(viaObservations.centre)[0]?.id);
    // This id is pinned: it is the hash the format documents, and rows imported earlier carry it.
    expect(growthOf(viaObservations.centre)[0]?.id).toMatch(/^csv\.[0-9a-f]{16}$/);
    const withPosition = importMeasurementsCsv(tinyCentre(), EXCEL(["tanggal;anak;guru;berat_kg;tinggi_cm;cara_ukur", "03/11/2026;c-001;e-01;16,2;104,5;berdiri"]));
    expect(growthOf(withPosition.centre)[0]?.id).not.toBe(growthOf(viaObservations.centre)[0]?.id);
  });

  it("the observations importer (and so `tumbuh import`) reads the same sheet, the kind told by the cells", () => {
    const viaObservations = importObservationsCsv(tinyCentre(), sheet, { author: "e-01" });
    const viaMeasurements = importMeasurementsCsv(tinyCentre(), sheet, { author: "e-01" });
    expect(viaObservations.added).toBe(3);
    expect(growthOf(viaObservations.centre)).toEqual(growthOf(viaMeasurements.centre));
  });

  it("ignores the columns of other observation kinds", () => {
    const r = importMeasurementsCsv(tinyCentre(), EXCEL(["tanggal;anak;guru;capaian;berat", "03/11/2026;c-001;e-01;BSH;16,2"]));
    expect([r.added, r.ignoredColumns]).toEqual([1, ["capaian"]]);
  });

  it("reports a row with no measurement", () => {
    const r = importMeasurementsCsv(tinyCentre(), EXCEL(["tanggal;anak;guru;berat;cara_ukur", "03/11/2026;c-001;e-01;;berdiri"]));
    expect(r.added).toBe(0);
    expect(r.problems[0]?.message).toMatch(/needs weightKg, heightCm or headCircumferenceCm/);
  });

  it("round-trips through the observations export, which writes cara_ukur only when a measurement has it", () => {
    const r = importMeasurementsCsv(tinyCentre(), sheet, { author: "e-01" });
    const csv = exportObservationsCsv(r.centre, { excel: true });
    expect(csv.split("\r\n")[0]?.split(";")).toContain("cara_ukur");
    expect(csv).toContain(";berdiri;");
    const back = importObservationsCsv(r.centre, csv);
    const dataRows = csv.split("\r\n").filter((l) => l !== "").length - 1;
    expect([back.added, back.skipped, back.problems]).toEqual([0, dataRows, []]);
    expect(exportObservationsCsv(tinyCentre()).split("\n")[0]).not.toContain("cara_ukur");
  });

  it("gives what the z-scores need: the position, or the fact that it was assumed", () => {
    const base = tinyCentre();
    const centre = { ...base, children: base.children.map((c) => ({ ...c, sex: "female" as const })) };
    const r = importMeasurementsCsv(centre, sheet, { author: "e-01" });
    const [a, b] = growthOf(r.centre);
    const child = (id: string) => r.centre.children.find((c) => c.id === id)!;
    const za = measurementZScores(child(a!.child), a!);
    const zb = measurementZScores(child(b!.child), b!);
    expect([za.positionAssumed, zb.positionAssumed]).toEqual([false, true]);
    const direct = growthZScores({ sex: "female", birthDate: child(a!.child).birthDate, date: a!.date, weightKg: a!.weightKg, heightCm: a!.heightCm, position: "standing" });
    expect(za).toEqual(direct);
    const noSex = measurementZScores({ birthDate: child(a!.child).birthDate }, a!);
    expect(noSex.unavailable.filter((u) => u.reason === "no-sex").map((u) => u.indicator)).toEqual(["wfa", "lhfa", "wflh", "bmifa"]);
  });
});
