// Importing what PAUD teachers keep in Excel: a roster and an observation sheet saved as CSV by
// Indonesian Excel (";" separators, a byte-order mark, CRLF, dates 28/11/2026, decimal commas).
// Good rows go in, bad rows come back with their row and column, and importing the same file
// again adds nothing.
// Run: npx tsx examples/csv-import.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { type CsvProblem, createCentre, exportObservationsCsv, importObservationsCsv, importRosterCsv, parseCentre, serializeCentre } from "tumbuh";

const BOM = "\uFEFF";
const rows = (lines: string[]) => `${BOM}${lines.join("\r\n")}\r\n`;
const show = (p: CsvProblem) => `  row ${p.row}${p.column === undefined ? "" : `, column ${p.column}`}: ${p.message} [${p.code}]`;

const centre = parseCentre({
  ...JSON.parse(serializeCentre(createCentre("TK Melati"))),
  educators: [{ id: "e-01", name: "Bu Sari" }],
  groups: [{ id: "g-45", name: "TK A", educators: ["e-01"] }],
});

// The roster (daftar anak). Row 4 has a date that does not exist; "TK B" is not a group yet.
const roster = rows([
  "No.;ID Anak;Nama;Panggilan;Tanggal Lahir;Kelompok;Tanggal Masuk;Izin Foto;Izin Aplikasi Keluarga;Izin Statistik",
  "1;c-001;Ayu Lestari;Ayu;15/04/2022;TK A;14/07/2025;ya;ya;ya",
  "2;c-002;Bima Pratama;Bima;28/02/2022;g-45;14/07/2025;tidak;ya;ya",
  "3;c-003;Citra Dewi;Citra;31/02/2022;g-45;14/07/2025;ya;ya;ya",
  "4;c-004;Dimas Saputra;Dimas;03/05/2021;TK B;14/07/2025;ya;tidak;ya",
]);
const first = importRosterCsv(centre, roster, { createGroups: true });
console.log(`roster: ${first.added} added, ${first.problems.length} problem(s), groups created: ${first.createdGroups.join(", ")}, ignored: ${first.ignoredColumns.join(", ")}`);
for (const p of first.problems) console.log(show(p));

// Observations (catatan): an assessment, a lesson, a growth row with decimal commas, and a row
// naming a child who is not on the roster.
const notes = rows([
  "Tanggal;Anak;Guru;Jenis;Indikator;Capaian;Kegiatan;Tahap;Berat (kg);Tinggi (cm);Catatan;Bagikan ke Keluarga",
  "24/11/2026;c-001;e-01;penilaian;stppa2014.48-60.kog.b.3;BSH;;;;;Mengelompokkan benda menurut warna;ya",
  "24/11/2026;Bima Pratama;Bu Sari;pelajaran;;;mont.sensorial.pink-tower;dipresentasikan;;;;ya",
  "25/11/2026;c-002;e-01;pertumbuhan;;;;;16,5;105,2;;tidak",
  "25/11/2026;c-009;e-01;pertumbuhan;;;;;17,1;108;;tidak",
]);
const imported = importObservationsCsv(first.centre, notes);
console.log(`observations: ${imported.added} added, ${imported.skipped} skipped, ${imported.problems.length} problem(s)`);
for (const p of imported.problems) console.log(show(p));

// The teacher sends the same file again (or a longer one with the same rows): nothing doubles.
const again = importObservationsCsv(imported.centre, notes);
console.log(`same file again: ${again.added} added, ${again.skipped} skipped`);

mkdirSync("out/examples", { recursive: true });
writeFileSync("out/examples/observations-excel.csv", exportObservationsCsv(again.centre, { excel: true }));
console.log("written: out/examples/observations-excel.csv (for Excel: ';', BOM, DD/MM/YYYY)");
