// Spreadsheets as an Indonesian teacher types them: the headers teachers use, Windows encodings,
// a malformed quote that swallows rows, formulas hidden behind white space, and problems that
// carry a key and values so an app can word them in its own language.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { decodeText, exportObservationsCsv, exportRosterCsv, importObservationsCsv, importRosterCsv, record } from "../src/index.js";
import { tinyCentre } from "./helpers/fixture.js";

describe("headers teachers use", () => {
  it("the acceptance sheet: BOM, ;, dd/mm/yyyy, a doubled quote and an impossible date", () => {
    const csv =
      "\uFEFFNama Anak;Tanggal;Indikator;Capaian;Catatan;Guru\r\n" +
      'Ayu Lestari;28/11/2026;stppa2014.48-60.kog.c.3;BSH;"Ayu bilang ""aku bisa"" sambil tersenyum";Bu Sari\r\n' +
      "Bima Pratama;31/02/2026;stppa2014.48-60.kog.c.3;MB;;Bu Sari\r\n" +
      "Citra Dewi;27/11/2026;stppa2014.48-60.kog.c.3;BB;menghitung sampai 5;e-01\r\n";
    const result = importObservationsCsv(tinyCentre(), csv);
    expect(result.added).toBe(2);
    expect(result.ignoredColumns).toEqual([]);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([[3, "Tanggal", "invalid_date"]]);
    expect(result.problems[0]!.detail).toEqual({ key: "date.noDay", values: { day: 31, value: "31/02/2026" } });
    const notes = result.centre.journal.entries.slice(-2).map((e) => ("note" in e ? e.note : undefined));
    expect(notes).toEqual(['Ayu bilang "aku bisa" sambil tersenyum', "menghitung sampai 5"]);
  });

  it.each([
    ["Nama Anak", "Tanggal Lahir", "Kelompok"],
    ["Nama Siswa", "tanggal_lahir", "Rombel"],
    ["NAMA PESERTA DIDIK", "Tanggal  Lahir", "rombel"],
    ["Nama", "TANGGAL_LAHIR", "kelompok"],
  ])("a roster with %s / %s / %s imports", (name, birth, group) => {
    const csv = `ID Anak;${name};${birth};${group};Jenis Kelamin;Tanggal Masuk\n` + "c-301;Dewi Anggraini;03/05/2022;g-45;P;14/07/2025\n";
    const result = importRosterCsv(tinyCentre(), csv);
    expect(result.problems).toEqual([]);
    expect(result.added).toBe(1);
    // Jenis Kelamin is read now (the WHO growth standards need it).
    expect(result.ignoredColumns).toEqual([]);
    expect(result.centre.children.find((c) => c.id === "c-301")?.sex).toBe("female");
  });

  it.each(["Nama Guru", "Pendidik", "guru"])("observations with %s as the educator column import", (header) => {
    const csv = `Nama Peserta Didik;Tanggal;${header};Indikator;Capaian\nAyu Lestari;28/11/2026;Bu Sari;stppa2014.48-60.kog.c.3;MB\n`;
    const result = importObservationsCsv(tinyCentre(), csv);
    expect(result.problems).toEqual([]);
    expect(result.added).toBe(1);
  });

  it("an unrecognised header names the closest accepted one", () => {
    const csv = "Tangal;Anak;Guru;Indikatr;Capaian;Kolom Bebas\n28/11/2026;c-001;e-01;stppa2014.48-60.kog.c.3;MB;x\n";
    const result = importObservationsCsv(tinyCentre(), csv);
    expect(result.ignoredColumns).toEqual(["Tangal", "Indikatr", "Kolom Bebas"]);
    expect(result.columnHints).toEqual([
      { column: "Tangal", closest: "tanggal" },
      { column: "Indikatr", closest: "indikator" },
    ]);
    expect(result.problems.map((p) => [p.row, p.code, p.message])).toEqual([[1, "missing", 'no tanggal / date column (is "Tangal" meant to be tanggal?)']]);
    expect(result.problems[0]!.detail).toEqual({ key: "csv.missingColumn", values: { column: "tanggal / date", closest: "Tangal" } });
  });
});

describe("encodings", () => {
  it("Windows-1252 (Excel's plain CSV) is recognised and decoded", () => {
    const bytes = Uint8Array.from([...Buffer.from("nama;kota\r\nJos", "latin1"), 0xe9, 0x20, 0x4e, 0xfa, 0xf1, 0x65, 0x7a, 0x0d, 0x0a]);
    expect(decodeText(bytes)).toEqual({ text: "nama;kota\r\nJosé Núñez\r\n", encoding: "windows-1252", bom: false });
  });

  it.each([
    ["utf-16le", true],
    ["utf-16le", false],
    ["utf-16be", true],
    ["utf-16be", false],
  ] as const)("%s (byte-order mark: %s) is recognised and decoded", (encoding, bom) => {
    const text = "id_anak;nama\r\nc-1;José Núñez\r\n";
    const le = Buffer.from(`${bom ? "\uFEFF" : ""}${text}`, "utf16le");
    const bytes = encoding === "utf-16le" ? le : Buffer.from(le).swap16();
    expect(decodeText(new Uint8Array(bytes))).toEqual({ text, encoding, bom });
  });

  it("UTF-8 stays UTF-8, with or without a byte-order mark", () => {
    expect(decodeText(new TextEncoder().encode("\uFEFFJosé"))).toEqual({ text: "José", encoding: "utf-8", bom: true });
    expect(decodeText(new TextEncoder().encode("José"))).toEqual({ text: "José", encoding: "utf-8", bom: false });
  });
});

describe("a malformed quote", () => {
  it("says which rows it swallowed", () => {
    const rows = ["tanggal;anak;guru;indikator;capaian"];
    rows.push("28/11/2026;c-001;e-01;stppa2014.48-60.kog.c.3;MB");
    rows.push("28/11/2026;c-002;e-01;stppa2014.48-60.kog.c.3;MB");
    rows.push("28/11/2026;c-003;e-01;stppa2014.48-60.kog.c.3;MB");
    rows.push('28/11/2026;"c-001;e-01;stppa2014.48-60.kog.c.3;BSH');
    for (let i = 6; i <= 412; i++) rows.push("28/11/2026;c-002;e-01;stppa2014.48-60.kog.c.3;BSH");
    const result = importObservationsCsv(tinyCentre(), `${rows.join("\n")}\n`);
    expect(result.added).toBe(3);
    expect(result.problems.map((p) => [p.row, p.code])).toEqual([[5, "invalid_format"]]);
    expect(result.problems[0]!.message).toContain("rows 5–412 were read as one field");
    expect(result.problems[0]!.detail).toEqual({ key: "csv.unclosedQuote", values: { from: 5, to: 412 } });
  });
});

describe("formula escaping checks the text after white space", () => {
  const lead = [" ", "\t", "\u00a0", "\u3000", "\u200b", "\ufeff", "\n", "\r\n", " \u200b\t"];
  const triggers = ["=", "+", "-", "@"];
  const notes = lead.flatMap((ws) => triggers.map((t) => `${ws}${t}1+1`));

  it("every such cell is written with a leading apostrophe and reads back to the same text", () => {
    const base = tinyCentre();
    const centre = record(
      base,
      notes.map((note, i) => ({
        kind: "anecdote" as const,
        id: `o-f${i}`,
        date: "2026-11-20",
        child: "c-001",
        author: "e-01",
        visibility: "staff" as const,
        text: "Ayu menyusun balok",
        indicators: [],
        note,
      })),
    );
    for (const excel of [false, true]) {
      const csv = exportObservationsCsv(centre, { excel });
      const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { delimiter: excel ? ";" : "," }).data;
      const column = parsed[0]!.indexOf("catatan");
      const cells = parsed.slice(1).map((r) => r[column]).filter((c): c is string => c !== undefined && c !== "");
      const written = cells.filter((c) => /1\+1$/.test(c));
      expect(written).toHaveLength(notes.length);
      for (const cell of written) expect(cell.startsWith("'"), JSON.stringify(cell)).toBe(true);
      // Imported into the centre it came from: every row is already there, unchanged.
      const back = importObservationsCsv(centre, csv);
      expect(back.problems).toEqual([]);
      expect(back.added).toBe(0);
    }
  });

  it("a roster name with a space before = is escaped too", () => {
    const base = tinyCentre();
    const centre = { ...base, children: base.children.map((c, i) => (i === 0 ? { ...c, name: " =HYPERLINK(\"http://x\")" } : c)) };
    const csv = exportRosterCsv(centre);
    expect(csv.split("\n")[1]).toContain(`,"' =HYPERLINK(""http://x"")",`);
    const back = importRosterCsv(centre, csv);
    expect([back.added, back.skipped, back.problems]).toEqual([0, 3, []]);
  });
});
