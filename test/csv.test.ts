import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  type Centre,
  type CentreInput,
  type CsvProblem,
  createSampleCentre,
  effectiveObservations,
  exportObservationsCsv,
  exportRosterCsv,
  importObservationsCsv,
  importRosterCsv,
  parseCentre,
  record,
  retract,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";
import { tinyCentre, tinyCentreInput } from "./helpers/fixture.js";

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/csv/${name}`, import.meta.url), "utf8");
}

/** Row, column and code of each problem: what a teacher needs to find and fix the cell. */
function where(problems: readonly CsvProblem[]) {
  return problems.map((p) => ({ row: p.row, line: p.line, column: p.column, code: p.code }));
}

function centreWith(change: (input: CentreInput) => CentreInput): Centre {
  return parseCentre(change(tinyCentreInput()));
}

describe("the fixtures are what Indonesian Excel writes", () => {
  it("keep their byte-order mark, ; separators and CRLF line ends (a checkout must not normalise them)", () => {
    for (const name of ["roster-excel-id.csv", "observations-excel-id.csv", "observations-bad-rows.csv"]) {
      const text = fixture(name);
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text.split("\n")[0]).toMatch(/;.*\r$/);
      expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
    }
    expect(fixture("observations-plain.csv")).not.toMatch(/\r|\uFEFF/);
  });
});

describe("importRosterCsv", () => {
  it("imports an Indonesian Excel roster with no options: ; separators, BOM, CRLF, D/M/YYYY, headers with spaces", () => {
    const centre = deepFreeze(tinyCentre());
    const result = importRosterCsv(centre, fixture("roster-excel-id.csv"));
    expect(result.problems).toEqual([]);
    expect(result.added).toBe(4);
    expect(result.skipped).toBe(1);
    expect(result.ignoredColumns).toEqual(["No."]);
    expect(result.createdGroups).toEqual([]);
    const added = result.centre.children.slice(centre.children.length);
    expect(added).toEqual([
      {
        id: "c-101",
        name: "Dewi Anggraini",
        nickname: "Dewi",
        birthDate: "2022-05-03",
        group: "g-45",
        enrolledOn: "2025-07-14",
        consent: { photos: true, shareWithFamilyApps: true, aggregateStatistics: false, givenBy: "ibu" },
      },
      {
        id: "c-102",
        name: 'Siti "Ica" Rahmawati',
        nickname: "Ica",
        birthDate: "2021-11-28",
        group: "g-45",
        enrolledOn: "2025-07-14",
        consent: { photos: true, shareWithFamilyApps: false, aggregateStatistics: true, givenBy: "ayah" },
      },
      {
        id: "c-103",
        name: "Fajar Nugroho",
        birthDate: "2024-02-29",
        group: "g-23",
        enrolledOn: "2026-01-05",
        consent: { photos: false, shareWithFamilyApps: false, aggregateStatistics: false },
      },
      {
        id: "c-104",
        name: "Gita Permatasari",
        nickname: "Gita",
        birthDate: "2023-12-01",
        group: "g-23",
        enrolledOn: "2026-01-05",
        consent: { photos: false, shareWithFamilyApps: false, aggregateStatistics: false, givenBy: "nenek" },
      },
    ]);
    // The result is a valid centre document.
    expect(parseCentre(JSON.parse(JSON.stringify(result.centre)))).toEqual(result.centre);
  });

  it("adds nothing when the same file is imported twice", () => {
    const once = importRosterCsv(tinyCentre(), fixture("roster-excel-id.csv"));
    const twice = importRosterCsv(once.centre, fixture("roster-excel-id.csv"));
    expect(twice.added).toBe(0);
    expect(twice.skipped).toBe(5);
    expect(twice.problems).toEqual([]);
    expect(twice.centre).toBe(once.centre);
  });

  it("reports every bad row with its row number and reason, and keeps the good rows", () => {
    const csv = [
      "id_anak,nama,tanggal_lahir,kelompok,tanggal_masuk,izin_foto",
      "c-201,Hana,2022-01-10,g-45,2025-07-14,ya",
      "c-202,Indra,2022-13-01,g-45,2025-07-14,ya",
      ",Joko,2022-01-10,g-45,2025-07-14,ya",
      "c-204,Kiki,2022-01-10,TK C,2025-07-14,ya",
      "c-205,Lala,2022-01-10,g-45,2025-07-14,mungkin",
      "c-206,,2022-01-10,g-45,2025-07-14,ya",
      "c 207,Mira,2022-01-10,g-45,2025-07-14,ya",
      "c-208,Nina,2022-01-10,g-45,14/07/25,ya",
      "c-001,Ayu Lestari,2022-04-15,g-23,2025-07-14,ya",
      "c-201,Hana Lain,2022-01-10,g-45,2025-07-14,ya",
      "c-209,Oki,2022-01-10,g-45,2025-07-14,ya,extra",
      "c-210,Putri,2021-06-30,g-45,2025-07-14,tidak",
    ].join("\n");
    const centre = deepFreeze(tinyCentre());
    const result = importRosterCsv(centre, csv);
    expect(result.added).toBe(2);
    expect(result.centre.children.slice(3).map((c) => c.id)).toEqual(["c-201", "c-210"]);
    expect(where(result.problems)).toEqual([
      { row: 3, line: 3, column: "tanggal_lahir", code: "invalid_date" },
      { row: 4, line: 4, column: "id_anak", code: "missing" },
      { row: 5, line: 5, column: "kelompok", code: "unknown_reference" },
      { row: 6, line: 6, column: "izin_foto", code: "invalid_value" },
      { row: 7, line: 7, column: "nama", code: "missing" },
      { row: 8, line: 8, column: "id_anak", code: "invalid_format" },
      { row: 9, line: 9, column: "tanggal_masuk", code: "invalid_date" },
      { row: 10, line: 10, column: "kelompok", code: "conflict" },
      { row: 11, line: 11, column: "id_anak", code: "duplicate_id" },
      { row: 12, line: 12, column: undefined, code: "invalid_format" },
    ]);
    const messages = result.problems.map((p) => p.message);
    expect(messages[0]).toBe('month 13 does not exist in "2022-13-01"');
    expect(messages[2]).toBe('unknown group "TK C": add it to the centre first, or import with { createGroups: true }');
    expect(messages[3]).toBe('expected ya/tidak (yes/no, 1/0, true/false), got "mungkin"');
    expect(messages[6]).toBe('"14/07/25" has a two-digit year: write the year in full, e.g. 28/11/2026');
    expect(messages[7]).toMatch(/^child "c-001" is already in the centre with a different kelompok/);
    expect(messages[8]).toBe('id "c-201" is also on row 2 with different data');
    // Never overwritten.
    expect(result.centre.children.find((c) => c.id === "c-001")).toEqual(centre.children[0]);
  });

  it("creates missing groups only when asked, and then matches them by name", () => {
    const csv = "id_anak;nama;tanggal_lahir;kelompok;tanggal_masuk\nc-301;Qori;10/01/2022;TK C;14/07/2025\nc-302;Rudi;11/01/2022;tk  c;14/07/2025\nc-303;Sari;12/01/2022;g-new;14/07/2025\n";
    const result = importRosterCsv(tinyCentre(), csv, { createGroups: true });
    expect(result.problems).toEqual([]);
    expect(result.createdGroups).toEqual(["g.tk-c", "g-new"]);
    expect(result.centre.groups.slice(2)).toEqual([
      { id: "g.tk-c", name: "TK C", educators: [] },
      { id: "g-new", name: "g-new", educators: [] },
    ]);
    expect(result.centre.children.slice(3).map((c) => c.group)).toEqual(["g.tk-c", "g.tk-c", "g-new"]);
    const again = importRosterCsv(result.centre, csv);
    expect([again.added, again.skipped, again.problems]).toEqual([0, 3, []]);
  });

  it("accepts English headers in any case, spacing or punctuation, and ISO dates", () => {
    const csv = "ID,Name,Birth Date,GROUP,enrolled-on,Consent photos\r\nc-401,Tari,2022-03-04,g-45,2025-07-14,yes\r\n";
    const result = importRosterCsv(tinyCentre(), csv);
    expect(result.problems).toEqual([]);
    expect(result.centre.children.at(-1)).toEqual({
      id: "c-401",
      name: "Tari",
      birthDate: "2022-03-04",
      group: "g-45",
      enrolledOn: "2025-07-14",
      consent: { photos: true, shareWithFamilyApps: false, aggregateStatistics: false },
    });
  });

  it("never imports a national ID number: a NIK or NISN column is ignored and listed", () => {
    const csv = "id_anak;nama;NIK;NISN;tanggal_lahir;kelompok;tanggal_masuk\r\nc-501;Umi;3171234567890001;0123456789;01/01/2022;g-45;14/07/2025\r\n";
    const result = importRosterCsv(tinyCentre(), csv);
    expect(result.ignoredColumns).toEqual(["NIK", "NISN"]);
    expect(JSON.stringify(result.centre)).not.toMatch(/3171234567890001|0123456789/);
    expect(result.added).toBe(1);
  });

  it("reports a file without an id column once, on the header row, and imports nothing", () => {
    const result = importRosterCsv(tinyCentre(), "nama;tanggal_lahir\nA;01/01/2022\nB;01/01/2022\n");
    expect(where(result.problems)).toEqual([{ row: 1, line: 1, column: undefined, code: "missing" }]);
    expect(result.added).toBe(0);
  });

  it("reports an empty file", () => {
    for (const text of ["", "\uFEFF", "\r\n"]) {
      const result = importRosterCsv(tinyCentre(), text);
      expect(result.problems.map((p) => [p.row, p.code])).toEqual([[1, "missing"]]);
    }
  });

  it("compares an existing child only in the columns the file has (a pseudonymous export imports back as all skipped)", () => {
    const centre = tinyCentre();
    const result = importRosterCsv(centre, exportRosterCsv(centre, { pseudonymous: true, excel: true }));
    expect([result.added, result.skipped, result.problems]).toEqual([0, 3, []]);
  });
});

describe("importObservationsCsv", () => {
  it("imports an Indonesian Excel file with no options: BOM, ;, CRLF, D/M/YYYY, decimal comma, names for ids", () => {
    const centre = deepFreeze(tinyCentre());
    const result = importObservationsCsv(centre, fixture("observations-excel-id.csv"));
    expect(result.problems).toEqual([]);
    expect(result.added).toBe(6);
    expect(result.ignoredColumns).toEqual(["No."]);
    const added = result.centre.journal.entries.slice(centre.journal.entries.length);
    const id = expect.stringMatching(/^csv\.[0-9a-f]{16}$/);
    expect(added).toEqual([
      {
        kind: "assessment",
        id,
        child: "c-001",
        date: "2026-09-02",
        author: "e-01",
        visibility: "family",
        indicator: "stppa2014.48-60.kog.c.3",
        level: "BSH",
        note: "Sudah bisa mengelompokkan; berdasarkan warna",
      },
      {
        kind: "lesson",
        id,
        child: "c-001",
        date: "2026-09-03",
        author: "e-01",
        visibility: "family",
        activity: "mont.sensorial.pink-tower",
        stage: "practicing",
        note: "Menyusun 10 kubus\r\ndengan teliti",
      },
      { kind: "growth", id, child: "c-002", date: "2026-09-15", author: "e-01", visibility: "staff", weightKg: 16.5, heightCm: 105.2 },
      { kind: "growth", id, child: "c-003", date: "2026-09-15", author: "e-01", visibility: "staff", weightKg: 12.8, heightCm: 90 },
      {
        kind: "anecdote",
        id,
        child: "c-002",
        date: "2026-09-16",
        author: "e-01",
        visibility: "family",
        text: 'Bima bercerita tentang "Si Kancil" kepada teman-temannya.',
        indicators: ["cp.lms.literasi", "cp.jd.sosem"],
      },
      {
        kind: "assessment",
        id,
        child: "c-001",
        date: "2026-09-17",
        author: "e-01",
        visibility: "staff",
        indicator: "cp.jd.sosem",
        level: "sudah-muncul",
      },
    ]);
    expect(new Set(added.map((o) => o.id)).size).toBe(6);
    expect(parseCentre(JSON.parse(JSON.stringify(result.centre)))).toEqual(result.centre);
  });

  it("imports a plain , file with English headers, ISO dates and explicit ids", () => {
    const result = importObservationsCsv(tinyCentre(), fixture("observations-plain.csv"));
    expect(result.problems).toEqual([]);
    expect(result.added).toBe(4);
    expect(result.centre.journal.entries.slice(3)).toEqual([
      { kind: "assessment", id: "obs-p1", child: "c-001", date: "2026-10-01", author: "e-01", visibility: "family", indicator: "stppa2014.48-60.nam.a.3", level: "MB" },
      {
        kind: "lesson",
        id: "obs-p2",
        child: "c-002",
        date: "2026-10-01",
        author: "e-01",
        visibility: "staff",
        activity: "mont.practical-life.spooning",
        stage: "presented",
        note: "Needed help, then tried again",
      },
      {
        kind: "anecdote",
        id: "obs-p3",
        child: "c-001",
        date: "2026-10-02",
        author: "e-01",
        visibility: "family",
        text: 'Ayu read the "Kancil" story to a friend',
        indicators: ["cp.lms.literasi", "cp.jd.sosem"],
      },
      { kind: "growth", id: "obs-p4", child: "c-003", date: "2026-10-03", author: "e-01", visibility: "staff", weightKg: 11.9, heightCm: 88.5 },
    ]);
  });

  it("reports every bad row with its row number, column and reason, and records the good rows", () => {
    const centre = deepFreeze(tinyCentre());
    const result = importObservationsCsv(centre, fixture("observations-bad-rows.csv"));
    expect(result.added).toBe(3);
    const added = result.centre.journal.entries.slice(centre.journal.entries.length);
    expect(added.map((o) => [o.kind, o.child, o.date])).toEqual([
      ["assessment", "c-001", "2026-10-01"],
      ["lesson", "c-002", "2026-10-01"],
      ["growth", "c-003", "2026-10-02"],
    ]);
    // Row 6 holds a cell with a line break, so from row 7 on the text line is one more than the row.
    expect(where(result.problems)).toEqual([
      { row: 3, line: 3, column: "tanggal", code: "invalid_date" },
      { row: 4, line: 4, column: "anak", code: "unknown_reference" },
      { row: 5, line: 5, column: "capaian", code: "invalid_value" },
      { row: 7, line: 8, column: "berat_kg", code: "invalid_format" },
      { row: 8, line: 9, column: "berat_kg", code: "too_big" },
      { row: 10, line: 11, column: "tanggal", code: "before_birth" },
      { row: 11, line: 12, column: "kegiatan", code: "unknown_reference" },
      { row: 12, line: 13, column: "capaian", code: "invalid_value" },
      { row: 13, line: 14, column: "jenis", code: "invalid_value" },
      { row: 15, line: 16, column: undefined, code: "invalid_format" },
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([
      'day 31 does not exist in "31/09/2026"',
      'unknown child "c-999"',
      'unknown level "BAGUS": expected BB, MB, BSH, BSB, belum muncul, sudah muncul, achieved, not-yet or not-sure',
      'expected a number like 16,5 or 16.5 (no units, no thousands separator), got "16.5.2"',
      "95 is more than the maximum 60",
      "date 2020-01-01 is before the child's birth date 2024-02-29",
      'unknown activity "mont.unknown.thing"',
      '"BSH" does not belong in a lesson row: leave this cell empty',
      'unknown kind "bukti": expected penilaian, pelajaran, anekdot or pertumbuhan (assessment, lesson, anecdote, growth)',
      'malformed quotes: a quote opened in row 15 is never closed, so row 15 was read as one field and not imported; close the quote (write "" for a quote inside a cell)',
    ]);
  });

  it("adds nothing when the same file is imported twice", () => {
    for (const name of ["observations-excel-id.csv", "observations-plain.csv", "observations-bad-rows.csv"]) {
      const once = importObservationsCsv(tinyCentre(), fixture(name));
      const twice = importObservationsCsv(once.centre, fixture(name));
      expect(twice.added).toBe(0);
      expect(twice.skipped).toBe(once.added);
      expect(twice.centre).toBe(once.centre);
      expect(twice.problems).toEqual(once.problems);
    }
  });

  it("gives a row without an id the same id however it is written (dates, names, header language, separator)", () => {
    const a = "tanggal;anak;guru;jenis;berat_kg\r\n5/10/2026;Bima Pratama;Bu Sari;pertumbuhan;16,5\r\n";
    const b = "date,child,author,kind,weight_kg,visibility\n2026-10-05,c-002,e-01,growth,16.5,staff\n";
    const first = importObservationsCsv(tinyCentre(), a);
    expect(first.added).toBe(1);
    const second = importObservationsCsv(first.centre, b);
    expect([second.added, second.skipped, second.problems]).toEqual([0, 1, []]);
    // A different value is a different observation.
    const third = importObservationsCsv(first.centre, b.replace("16.5", "16.6"));
    expect(third.added).toBe(1);
  });

  it("derives the id of a row without one exactly as documented (csv. + FNV-1a 64 of the JSON array of its values)", () => {
    const csv = "tanggal;anak;guru;jenis;indikator;capaian;catatan\r\n28/11/2026;Ayu Lestari;e-01;penilaian;stppa2014.48-60.kog.c.3;bsh;Rapi, teliti\r\n";
    const values = ["2026-11-28", "c-001", "e-01", "assessment", "stppa2014.48-60.kog.c.3", "BSH", null, null, null, null, null, null, null, null, null, "Rapi, teliti", "staff"];
    let hash = 0xcbf29ce484222325n;
    for (const byte of new TextEncoder().encode(JSON.stringify(values))) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
    const id = `csv.${hash.toString(16).padStart(16, "0")}`;
    // A fixed value: ids of rows imported by earlier versions must never change.
    expect(id).toBe("csv.5d70db3b7dc8757b");
    expect(importObservationsCsv(tinyCentre(), csv).centre.journal.entries.at(-1)?.id).toBe(id);
  });

  it("skips a duplicate row within a file, reports an id reused with different content", () => {
    const csv = [
      "id,tanggal,anak,guru,jenis,indikator,capaian",
      "x-1,2026-10-01,c-001,e-01,penilaian,stppa2014.48-60.kog.c.3,MB",
      "x-1,2026-10-01,c-001,e-01,penilaian,stppa2014.48-60.kog.c.3,MB",
      "x-1,2026-10-01,c-001,e-01,penilaian,stppa2014.48-60.kog.c.3,BSH",
      ",2026-10-01,c-001,e-01,penilaian,stppa2014.48-60.kog.c.3,MB",
      ",2026-10-01,c-001,e-01,penilaian,stppa2014.48-60.kog.c.3,MB",
    ].join("\n");
    const result = importObservationsCsv(tinyCentre(), csv);
    expect([result.added, result.skipped]).toEqual([2, 2]);
    expect(where(result.problems)).toEqual([{ row: 4, line: 4, column: "id", code: "duplicate_id" }]);
    expect(result.problems[0]?.message).toBe('id "x-1" is also on row 2 with different content');
  });

  it("never changes an observation already in the journal: a different content under its id is a conflict", () => {
    const centre = tinyCentre();
    const csv = "id;tanggal;anak;guru;jenis;indikator;capaian\r\no-1;01/09/2026;c-001;e-01;penilaian;stppa2014.48-60.kog.c.3;BSB\r\n";
    const result = importObservationsCsv(centre, csv);
    expect(result.centre).toBe(centre);
    expect(where(result.problems)).toEqual([{ row: 2, line: 2, column: "id", code: "conflict" }]);
    expect(result.problems[0]?.message).toBe('observation "o-1" is already in the journal with a different capaian; use a correction to change it');
    // The same content (the columns the file has) is skipped.
    const same = importObservationsCsv(centre, csv.replace("BSB", "MB"));
    expect([same.added, same.skipped, same.problems]).toEqual([0, 1, []]);
  });

  it("reports the id of a retracted observation as a conflict", () => {
    const centre = retract(tinyCentre(), { id: "r-1", target: "o-1", date: "2026-09-05", author: "e-01" });
    const csv = "id,date,child,author,kind,indicator,level\no-1,2026-09-01,c-001,e-01,assessment,stppa2014.48-60.kog.c.3,MB\nr-1,2026-09-01,c-001,e-01,assessment,stppa2014.48-60.kog.c.3,MB\n";
    const result = importObservationsCsv(centre, csv);
    expect(result.problems.map((p) => [p.row, p.code, p.message])).toEqual([
      [2, "conflict", 'id "o-1" already belongs to a retracted observation in the journal'],
      [3, "conflict", 'id "r-1" already belongs to a retraction record in the journal'],
    ]);
  });

  it("tells the kind from the filled cells when jenis is missing, and asks when it cannot", () => {
    const csv = "tanggal;anak;guru;berat_kg;tinggi_cm;capaian;indikator\r\n01/10/2026;c-002;e-01;16,1;104;;\r\n01/10/2026;c-002;e-01;16,1;;MB;stppa2014.48-60.kog.c.3\r\n01/10/2026;c-002;e-01;;;;\r\n";
    const result = importObservationsCsv(tinyCentre(), csv);
    expect(result.added).toBe(1);
    expect(result.centre.journal.entries.at(-1)).toMatchObject({ kind: "growth", weightKg: 16.1, heightCm: 104 });
    expect(result.problems.map((p) => [p.row, p.column, p.code, p.message])).toEqual([
      [3, undefined, "invalid_value", "cannot tell the kind: the row has cells of assessment and growth; fill jenis / kind"],
      [4, undefined, "missing", "empty kind: fill jenis / kind (penilaian, pelajaran, anekdot, pertumbuhan)"],
    ]);
  });

  it("fills author and visibility from the options for files without them", () => {
    const csv = "tanggal;anak;berat_kg\r\n01/10/2026;c-002;16,1\r\n";
    expect(where(importObservationsCsv(tinyCentre(), csv).problems)).toEqual([{ row: 1, line: 1, column: undefined, code: "missing" }]);
    const result = importObservationsCsv(tinyCentre(), csv, { author: "Bu Sari", visibility: "family" });
    expect(result.problems).toEqual([]);
    expect(result.centre.journal.entries.at(-1)).toMatchObject({ kind: "growth", author: "e-01", visibility: "family", weightKg: 16.1 });
  });

  it("accepts a decimal comma only where it cannot be a thousands separator", () => {
    const plain = 'date,child,author,kind,weight_kg\n2026-10-01,c-002,e-01,growth,"16,5"\n';
    const result = importObservationsCsv(tinyCentre(), plain);
    expect(result.problems.map((p) => p.message)).toEqual(['"16,5": use a decimal point in comma-separated files (16.5), or save the file with ; separators']);
    const tabbed = "date\tchild\tauthor\tkind\tweight_kg\n2026-10-01\tc-002\te-01\tgrowth\t16,5\n";
    expect(importObservationsCsv(tinyCentre(), tabbed).centre.journal.entries.at(-1)).toMatchObject({ weightKg: 16.5 });
  });

  it("reports a header that names one column twice, and a row with more cells than the header", () => {
    const twice = importObservationsCsv(tinyCentre(), "tanggal,date,anak,guru\n2026-10-01,2026-10-01,c-001,e-01\n");
    expect(twice.problems.map((p) => [p.row, p.message])).toEqual([[1, 'columns "tanggal" and "date" both mean date; keep one']]);
    const wide = importObservationsCsv(tinyCentre(), "tanggal;anak;guru;jenis;berat_kg\r\n01/10/2026;c-002;e-01;pertumbuhan;16;5\r\n");
    expect(wide.problems.map((p) => [p.row, p.code, p.message])).toEqual([
      [2, "invalid_format", '6 cells but the header has 5: "5" has no column (a separator inside an unquoted cell?)'],
    ]);
  });

  it("refuses kinds that have no columns", () => {
    const csv = "tanggal;anak;guru;jenis\r\n01/10/2026;c-001;e-01;evidence\r\n";
    expect(importObservationsCsv(tinyCentre(), csv).problems.map((p) => p.message)).toEqual([
      "evidence records cannot be imported from CSV (only penilaian, pelajaran, anekdot, pertumbuhan)",
    ]);
  });
});

describe("exportRosterCsv and exportObservationsCsv", () => {
  /** The cells of a CSV text as a spreadsheet reads them (no formula escape undone). */
  function cells(text: string): string[][] {
    const excel = text.startsWith("\uFEFF");
    return Papa.parse<string[]>(text.slice(excel ? 1 : 0), { delimiter: excel ? ";" : ",", newline: excel ? "\r\n" : "\n", skipEmptyLines: true }).data;
  }

  const nasty = ["=HYPERLINK(\"http://x\")", "+62 812 3456", "-2 hari", "@SUM(A1)", "\tTab", "\rCR", "=1+1\ndua baris", "'=sudah kutip"];

  it("escapes every cell a spreadsheet would run as a formula, including ones with a line break", () => {
    let centre = tinyCentre();
    nasty.forEach((note, i) => {
      centre = record(centre, {
        kind: "anecdote", id: `n-${i}`, child: "c-001", date: "2026-10-01", author: "e-01", visibility: "staff", text: note, indicators: [], note,
      });
    });
    centre = parseCentre({ ...JSON.parse(JSON.stringify(centre)), children: centre.children.map((c, i) => ({ ...c, name: nasty[i]! })) });
    for (const excel of [false, true]) {
      for (const text of [exportObservationsCsv(centre, { excel }), exportRosterCsv(centre, { excel })]) {
        for (const row of cells(text)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
      const rows = cells(exportObservationsCsv(centre, { excel })).slice(4);
      expect(rows.map((r) => r[12])).toEqual(nasty.map((n) => `'${n}`));
      // The importer undoes the escape exactly.
      const back = importObservationsCsv(tinyCentre(), exportObservationsCsv(centre, { excel }));
      expect(back.problems).toEqual([]);
      expect(back.centre.journal.entries.slice(3).map((o) => o.note)).toEqual(nasty);
    }
  });

  it("writes numbers unescaped, with a decimal comma for Excel", () => {
    const centre = tinyCentre();
    expect(cells(exportObservationsCsv(centre))[3]?.slice(13, 15)).toEqual(["16.2", "104.5"]);
    expect(cells(exportObservationsCsv(centre, { excel: true }))[3]?.slice(13, 15)).toEqual(["16,2", "104,5"]);
  });

  it("writes for Indonesian Excel with { excel: true }: BOM, ;, CRLF, DD/MM/YYYY", () => {
    const text = exportRosterCsv(tinyCentre(), { excel: true });
    expect(text.startsWith("\uFEFFid_anak;nama;panggilan;tanggal_lahir;")).toBe(true);
    expect(text.split("\r\n")).toEqual([
      "\uFEFFid_anak;nama;panggilan;tanggal_lahir;kelompok;tanggal_masuk;tanggal_keluar;izin_foto;izin_aplikasi_keluarga;izin_statistik;izin_dicatat_pada;izin_diberikan_oleh",
      "c-001;Ayu Lestari;Ayu;15/04/2022;g-45;14/07/2025;;ya;ya;ya;;",
      "c-002;Bima Pratama;;28/02/2022;g-45;14/07/2025;;tidak;ya;ya;;",
      "c-003;Citra Dewi;;29/02/2024;g-23;05/01/2026;;ya;tidak;tidak;;",
      "",
    ]);
  });

  it("writes plain CSV by default, in the centre's language unless told otherwise", () => {
    const centre = tinyCentre();
    expect(exportObservationsCsv(centre)).toBe(
      [
        "id,tanggal,anak,guru,jenis,indikator,capaian,konteks,kegiatan,tahap,tiga_periode,varian,teks_anekdot,berat_kg,tinggi_cm,lingkar_kepala_cm,catatan,bagikan_ke_keluarga",
        "o-1,2026-09-01,c-001,e-01,penilaian,stppa2014.48-60.kog.c.3,MB,,,,,,,,,,,ya",
        "o-2,2026-09-02,c-001,e-01,pelajaran,,,,mont.sensorial.pink-tower,dipresentasikan,,,,,,,,ya",
        "o-3,2026-09-03,c-002,e-01,pertumbuhan,,,,,,,,,16.2,104.5,,,tidak",
        "",
      ].join("\n"),
    );
    expect(exportObservationsCsv(centre, { language: "en" }).split("\n").slice(0, 2)).toEqual([
      "id,date,child,author,kind,indicator,level,context,activity,stage,three_period_stage,variants,anecdote_text,weight_kg,height_cm,head_circumference_cm,note,visibility",
      "o-1,2026-09-01,c-001,e-01,assessment,stppa2014.48-60.kog.c.3,MB,,,,,,,,,,,family",
    ]);
    expect(exportRosterCsv(centre, { language: "en" }).split("\n")[0]).toBe(
      "id,name,nickname,birth_date,group,enrolled_on,left_on,consent_photos,consent_family_apps,consent_statistics,consent_recorded_on,consent_given_by",
    );
  });

  it("leaves out names and free text with { pseudonymous: true }", () => {
    const centre = createSampleCentre({ children: 10, weeks: 2 });
    const roster = exportRosterCsv(centre, { pseudonymous: true });
    const observations = exportObservationsCsv(centre, { pseudonymous: true });
    expect(roster.split("\n")[0]).toBe("id_anak,tanggal_lahir,jenis_kelamin,kelompok,tanggal_masuk,tanggal_keluar,izin_foto,izin_aplikasi_keluarga,izin_statistik,izin_dicatat_pada");
    expect(observations.split("\n")[0]).not.toMatch(/catatan|konteks|teks_anekdot/);
    for (const child of centre.children) {
      expect(roster).not.toContain(child.name);
      expect(observations).not.toContain(child.name.split(" ")[0]);
    }
  });

  it("exports the effective observations of the four kinds with columns, in journal order", () => {
    const centre = deepFreeze(createSampleCentre({ children: 20, weeks: 6 }));
    const effective = effectiveObservations(centre.journal).filter((o) => ["assessment", "lesson", "anecdote", "growth"].includes(o.kind));
    const rows = cells(exportObservationsCsv(centre)).slice(1);
    expect(rows.map((r) => r[0])).toEqual(effective.map((o) => o.id));
    expect(centre.journal.entries.some((o) => o.kind === "evidence")).toBe(true);
    const exported = new Set(rows.map((r) => r[0]));
    for (const o of centre.journal.entries) {
      if (o.kind === "evidence" || o.kind === "retraction" || o.kind === "correction" || o.kind === "screening") expect(exported.has(o.id)).toBe(false);
    }
  });

  it("is deterministic and leaves the centre untouched", () => {
    const centre = deepFreeze(createSampleCentre({ children: 10, weeks: 2 }));
    expect(exportObservationsCsv(centre, { excel: true })).toBe(exportObservationsCsv(centre, { excel: true }));
    expect(exportRosterCsv(centre)).toBe(exportRosterCsv(centre));
  });
});

describe("scale", () => {
  it("imports a 10 000-row observation file", () => {
    const centre = createSampleCentre({ children: 60, weeks: 1 });
    const activities = ["mont.sensorial.pink-tower", "mont.practical-life.spooning", "mont.mathematics.number-rods"];
    const lines = ["tanggal;anak;guru;jenis;kegiatan;tahap;catatan"];
    for (let i = 0; i < 10_000; i++) {
      const child = centre.children[i % centre.children.length]!;
      const day = 1 + (i % 28);
      lines.push(`${day}/12/2026;${child.id};e-001;pelajaran;${activities[i % 3]};berlatih;"Baris ${i}; catatan"`);
    }
    const result = importObservationsCsv(centre, `\uFEFF${lines.join("\r\n")}\r\n`);
    expect(result.problems).toEqual([]);
    expect(result.added).toBe(10_000);
    expect(result.centre.journal.entries.length).toBe(centre.journal.entries.length + 10_000);
  });
});
