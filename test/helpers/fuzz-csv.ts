/**
 * Fuzz properties of the CSV importers, shared by the test suite and `npm run fuzz`: whatever the
 * text, an import returns problems (or throws a ValidationError) and never loses a good row.
 */
import fc from "fast-check";
import { exportObservationsCsv, importObservationsCsv, importRosterCsv, parseCentre } from "../../src/index.js";
import { onlyValidationErrors } from "./fuzz-properties.js";
import { tinyCentreInput } from "./fixture.js";

const centre = parseCentre(tinyCentreInput());

const cell = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("", ";", ",", '"', '""', "\n", "\r\n", "=1+1", "+62", "-3", "@SUM(A1)", "28/11/2026", "2026-11-28", "16,5", "BSH", "BSHH", "\uFEFF", "c-001", "e-01"),
);
const header = fc.constantFrom(
  "id;tanggal;anak;guru;jenis;indikator;capaian;catatan",
  "date,child,author,kind,activity,stage,note",
  "tanggal;anak;guru;jenis;berat_kg;tinggi_cm",
  "id_anak;nama;tanggal_lahir;kelompok;tanggal_masuk;izin_foto",
  "",
);
/** CSV-like text: a plausible header and rows of hostile cells. */
export const csvText = fc
  .tuple(header, fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 8 }), fc.constantFrom(";", ",", "\t"), fc.constantFrom("\n", "\r\n"), fc.boolean())
  .map(([h, rows, sep, eol, bom]) => `${bom ? "\uFEFF" : ""}${[h, ...rows.map((r) => r.join(sep))].join(eol)}`);

/** Property: importing any text returns a result or throws a ValidationError, and never adds a row twice. */
export function csvImportNeverCrashes(text: string): void {
  onlyValidationErrors(() => {
    const first = importObservationsCsv(centre, text);
    const again = importObservationsCsv(first.centre, text);
    if (again.added !== 0) throw new Error("importing the same text twice added rows twice");
  });
  onlyValidationErrors(() => importRosterCsv(centre, text));
}

/** Property: good rows survive hostile neighbours: every valid row of a mixed file is recorded. */
export function csvKeepsGoodRows(notes: readonly string[], garbage: readonly string[]): void {
  const good = notes.map((note, i) => `g-${i};2026-10-0${(i % 9) + 1};c-001;e-01;anekdot;;;${JSON.stringify(note || "-")}`);
  const lines = ["id;tanggal;anak;guru;jenis;indikator;capaian;teks_anekdot", ...good.flatMap((g, i) => [g, garbage[i] ?? ""])];
  const result = importObservationsCsv(centre, lines.join("\n"));
  if (result.added + result.skipped < notes.length) throw new Error(`a good row was lost: ${result.added} of ${notes.length}`);
  const exported = exportObservationsCsv(result.centre);
  if (importObservationsCsv(result.centre, exported).added !== 0) throw new Error("re-importing the export added rows");
}

const garbageLine = fc.oneof(fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => s.replace(/[\r\n"]/g, " ")), fc.constantFrom("x;y;z", ";;;;;;;", "bad-row;2025-13-01;c-404;e-01;anekdot;;;x"));
const noteArb = fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }).map((s) => s.replace(/[\r\n"\\]/g, " ").trim() || "-");

/** The CSV cases for bench/fuzz.ts. */
export function csvFuzzProperties(runs: number) {
  return [
    { name: "CSV import: hostile text", property: fc.property(csvText, csvImportNeverCrashes) as fc.IProperty<unknown>, runs },
    {
      name: "CSV import: good rows kept beside bad ones",
      property: fc.property(fc.array(noteArb, { minLength: 1, maxLength: 6 }), fc.array(garbageLine, { maxLength: 6 }), csvKeepsGoodRows) as fc.IProperty<unknown>,
      runs: Math.max(1000, Math.floor(runs / 10)),
    },
  ];
}
