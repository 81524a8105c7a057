// Growth against the WHO standards Indonesia uses (Permenkes 2/2020): a roster with jenis kelamin,
// a measurement sheet saved by Indonesian Excel (";", decimal commas, 03/11/2026), and for each
// measurement its WHO z-scores and nutrition status (status gizi) in Indonesian and English.
// Run: npx tsx examples/growth.ts
import { type GrowthMeasurement, createCentre, importMeasurementsCsv, importRosterCsv, measurementZScores, nutritionStatus, parseCentre, serializeCentre } from "tumbuh";

const rows = (lines: string[]) => `\uFEFF${lines.join("\r\n")}\r\n`;
const centre = parseCentre({
  ...JSON.parse(serializeCentre(createCentre("TARA Melati"))),
  educators: [{ id: "e-01", name: "Bu Sari" }],
  groups: [{ id: "g-23", name: "Kelompok Bermain", educators: ["e-01"] }],
});

const roster = importRosterCsv(
  centre,
  rows([
    "ID Anak;Nama;Tanggal Lahir;Jenis Kelamin;Kelompok;Tanggal Masuk",
    "c-001;Ayu Lestari;15/04/2024;P;g-23;14/07/2025",
    "c-002;Bima Pratama;01/03/2023;L;g-23;14/07/2025",
    "c-003;Citra Dewi;20/09/2025;P;g-23;05/01/2026",
  ]),
);
const sheet = importMeasurementsCsv(
  roster.centre,
  rows([
    "Tanggal;Anak;Berat;Tinggi;Lingkar Kepala;Cara Ukur",
    "03/11/2026;c-001;11,9;86,0;47,5;berbaring",
    "03/11/2026;c-002;11,0;88,0;;berdiri",
    "03/11/2026;c-003;8,1;70,2;44,0;",
  ]),
  { author: "e-01" },
);
if (sheet.problems.length > 0) throw new Error(`unexpected problems: ${JSON.stringify(sheet.problems)}`);
console.log(`measurements imported: ${sheet.added}`);

for (const m of sheet.centre.journal.entries.filter((o): o is GrowthMeasurement => o.kind === "growth")) {
  const child = sheet.centre.children.find((c) => c.id === m.child)!;
  const z = measurementZScores(child, m);
  const status = nutritionStatus(z);
  const words = [status.wfa, status.lhfa, status.wflh].flatMap((c) => (c === undefined ? [] : [`${c.index} ${c.label.id} / ${c.label.en} (z ${c.z})`]));
  console.log(`${child.name}, ${z.ageMonths} bulan${z.positionAssumed ? " (cara ukur diasumsikan)" : ""}: ${words.join("; ")}`);
  if (z.hcfa !== undefined) console.log(`  LK/U z ${z.hcfa.z}${z.hcfa.flagged ? " — ukur ulang" : ""}`);
}
