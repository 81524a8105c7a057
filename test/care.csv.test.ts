import { describe, expect, it } from "vitest";
import { exportAttendanceCsv, importAttendanceCsv, parseCentre } from "../src/index.js";
import { careCentre } from "./helpers/care-fixture.js";

const EXCEL =
  "\uFEFFNo.;tanggal;anak;kehadiran;jam_datang;diantar_oleh;jam_pulang;dijemput_oleh;guru\r\n" +
  "1;23/11/2026;Dimas Saputra;hadir;07.15;Ibu Wulan;16.05;Pak Joko;e-01\r\n" +
  "2;23/11/2026;c-b2;Hadir;8:00;;15:30;k-b2-ibu;Bu Sari\r\n" +
  "3;23/11/2026;c-t1;Sakit;;;;;e-02\r\n" +
  "4;24/11/2026;c-t1;alpa;;;;;e-02\r\n" +
  "5;31/11/2026;c-b1;hadir;07:00;;;;e-01\r\n" +
  "6;24/11/2026;c-zz;izin;;;;;e-01\r\n" +
  "7;24/11/2026;c-b1;hadir;;;;;e-01\r\n" +
  "8;24/11/2026;c-b2;libur;;;;;e-01\r\n";

describe("daftar hadir CSV", () => {
  const centre = careCentre();
  const first = importAttendanceCsv(centre, EXCEL, { visibility: "family" });

  it("imports the Excel-Indonesia dialect and reports each bad row", () => {
    expect(first.added).toBe(4);
    expect(first.ignoredColumns).toEqual(["No."]);
    expect(first.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [6, "tanggal", "invalid_date"],
      [7, "anak", "unknown_reference"],
      [8, "jam_datang", "missing"],
      [9, "kehadiran", "invalid_value"],
    ]);
    const kinds = first.centre.journal.entries.map((e) => e.kind === "attendance" && [e.id, e.event, e.time ?? e.reason]);
    expect(kinds).toEqual([
      ["hadir.2026-11-23.c-b1.datang", "arrival", "07:15"],
      ["hadir.2026-11-23.c-b1.pulang", "departure", "16:05"],
      ["hadir.2026-11-23.c-b2.datang", "arrival", "08:00"],
      ["hadir.2026-11-23.c-b2.pulang", "departure", "15:30"],
      ["hadir.2026-11-23.c-t1.absen", "absence", "sakit"],
      ["hadir.2026-11-24.c-t1.absen", "absence", "tanpa-keterangan"],
    ]);
  });

  it("imports the same file again without adding anything", () => {
    const again = importAttendanceCsv(first.centre, EXCEL, { visibility: "family" });
    expect([again.added, again.skipped]).toEqual([0, 4]);
    expect(again.centre).toBe(first.centre);
  });

  it("exports what it imports, in both dialects, and reads its own export back", () => {
    const excel = exportAttendanceCsv(first.centre, { excel: true });
    expect(excel).toBe(
      "\uFEFFtanggal;anak;kehadiran;jam_datang;diantar_oleh;jam_pulang;dijemput_oleh;guru\r\n" +
        "23/11/2026;c-b1;hadir;07:15;Ibu Wulan;16:05;Pak Joko;e-01\r\n" +
        "23/11/2026;c-b2;hadir;08:00;;15:30;k-b2-ibu;e-01\r\n" +
        "23/11/2026;c-t1;sakit;;;;;e-02\r\n" +
        "24/11/2026;c-t1;alpa;;;;;e-02\r\n",
    );
    expect(exportAttendanceCsv(first.centre, { language: "en", group: "g-batita" })).toBe(
      "date,child,status,arrival_time,brought_by,departure_time,collected_by,author\n2026-11-23,c-t1,ill,,,,,e-02\n2026-11-24,c-t1,absent,,,,,e-02\n",
    );
    const fresh = importAttendanceCsv(centre, excel, { visibility: "family" });
    expect(fresh.problems).toEqual([]);
    expect(fresh.centre.journal.entries).toEqual(first.centre.journal.entries);
  });

  it("reports a changed row as a conflict instead of overwriting", () => {
    const changed = importAttendanceCsv(first.centre, "tanggal,anak,kehadiran,guru\n2026-11-23,c-t1,izin,e-02\n");
    expect(changed.problems.map((p) => p.code)).toEqual(["conflict"]);
    expect(changed.added).toBe(0);
    expect(parseCentre(JSON.stringify(changed.centre)).journal.entries).toHaveLength(6);
  });
});
