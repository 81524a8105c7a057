/**
 * The daftar hadir (attendance register) as CSV: one row per child per day, the way TPA staff
 * keep it in Excel — `tanggal;anak;kehadiran;jam_datang;diantar_oleh;jam_pulang;dijemput_oleh;guru`,
 * `kehadiran` being hadir, sakit, izin or alpa (tanpa keterangan).
 *
 * @module
 */
import { ValidationError } from "../../errors/index.js";
import { record } from "../../journal/record.js";
import { type AbsenceReason, type Attendance, type Centre, type Observation, type ObservationInput, ObservationSchema, type Visibility } from "../../model/index.js";
import { childLog, foldProgress } from "../../progress/index.js";
import { fail, formatDateCell, ok, parseDateCell, show, type CellResult } from "./cells.js";
import { RefIndex, cellOf, extraCellProblems, keyOf } from "./importing.js";
import { KNOWN_UNUSED_HEADERS } from "./columns.js";
import { type ColumnSpec, type CsvRecord, mapColumns, missingColumn, problem, readTable, writeTable } from "./table.js";
import type { CsvImportResult, CsvProblem } from "./types.js";

type Field = "date" | "child" | "status" | "arrival" | "broughtBy" | "departure" | "collectedBy" | "author";

const COLUMNS: readonly ColumnSpec<Field>[] = [
  { field: "date", id: "tanggal", en: "date", aliases: ["tgl", "hari_tanggal"] },
  { field: "child", id: "anak", en: "child", aliases: ["nama", "nama_anak", "id_anak"] },
  { field: "status", id: "kehadiran", en: "status", aliases: ["keterangan", "presensi", "attendance"] },
  { field: "arrival", id: "jam_datang", en: "arrival_time", aliases: ["datang", "jam_masuk"] },
  { field: "broughtBy", id: "diantar_oleh", en: "brought_by", aliases: ["pengantar"] },
  { field: "departure", id: "jam_pulang", en: "departure_time", aliases: ["pulang", "jam_keluar"] },
  { field: "collectedBy", id: "dijemput_oleh", en: "collected_by", aliases: ["penjemput"] },
  { field: "author", id: "guru", en: "author", aliases: ["pendidik", "pengasuh", "educator"] },
];

const STATUS: Readonly<Record<string, "hadir" | AbsenceReason>> = {
  hadir: "hadir",
  h: "hadir",
  present: "hadir",
  sakit: "sakit",
  s: "sakit",
  ill: "sakit",
  sick: "sakit",
  izin: "izin",
  ijin: "izin",
  i: "izin",
  excused: "izin",
  alpa: "tanpa-keterangan",
  alpha: "tanpa-keterangan",
  a: "tanpa-keterangan",
  "tanpa keterangan": "tanpa-keterangan",
  "tanpa-keterangan": "tanpa-keterangan",
  absent: "tanpa-keterangan",
  "no reason": "tanpa-keterangan",
};
const STATUS_WORD = {
  id: { hadir: "hadir", sakit: "sakit", izin: "izin", "tanpa-keterangan": "alpa" },
  en: { hadir: "present", sakit: "ill", izin: "excused", "tanpa-keterangan": "absent" },
} as const;

/** Reads `07:30` or `07.30` (as Indonesian Excel shows times) or `7:30`. */
function parseTimeCell(text: string): CellResult<string> {
  const m = /^(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?$/.exec(text);
  if (m === null || Number(m[1]) > 23 || Number(m[2]) > 59) return fail("invalid_format", `expected a time like 07:30, got ${show(text)}`);
  return ok(`${m[1]!.padStart(2, "0")}:${m[2]}`);
}

/**
 * Options of {@link importAttendanceCsv}.
 *
 * @category Spreadsheets
 */
export interface AttendanceImportOptions {
  /** Educator id (or unique name) for rows whose `guru` cell is empty or missing. */
  readonly author?: string;
  /** Visibility of the entries. Default `"staff"`. */
  readonly visibility?: Visibility;
}

/**
 * Imports a daftar hadir. A `hadir` row becomes an arrival (`jam_datang` required) and, when
 * `jam_pulang` is filled, a departure (with `dijemput_oleh`); a `sakit`, `izin` or `alpa` row an
 * absence. Ids are `hadir.<date>.<child>.datang|pulang|absen`, so importing the same file twice
 * adds nothing; a row that differs from what is recorded under its id is a `conflict`. Bad rows are
 * reported and the good ones recorded; an unknown collector is recorded (the day sheet flags it).
 *
 * @param centre - the centre (not changed)
 * @param text - the CSV text (Excel-Indonesia `;` with BOM, or plain `,`)
 * @param options - `author` and `visibility`
 * @returns the new centre, counts and problems
 * @example
 * ```ts
 * const csv = "\uFEFFtanggal;anak;kehadiran;jam_datang;diantar_oleh;jam_pulang;dijemput_oleh;guru\r\n" +
 *   "23/11/2026;c-001;hadir;07.15;Ibu Wulan;16.05;Ibu Wulan;e-01\r\n" +
 *   "23/11/2026;c-002;sakit;;;;;e-01\r\n";
 * importAttendanceCsv(centre, csv).added; // => 2 (rows)
 * ```
 * @category Spreadsheets
 */
export function importAttendanceCsv(centre: Centre, text: string, options: AttendanceImportOptions = {}): CsvImportResult {
  const table = readTable(text);
  const problems: CsvProblem[] = [...table.problems];
  if (table.header === undefined) return { centre, added: 0, skipped: 0, problems, ignoredColumns: [], columnHints: [] };
  const map = mapColumns(table.header, COLUMNS, KNOWN_UNUSED_HEADERS);
  problems.push(...map.problems);
  for (const field of ["date", "child", "status"] as const) {
    if (!map.index.has(field)) problems.push(missingColumn(table.header, map, COLUMNS.find((c) => c.field === field)!));
  }
  if (problems.some((p) => p.row === 1)) return { centre, added: 0, skipped: 0, problems, ignoredColumns: map.ignored, columnHints: map.hints };
  const children = new RefIndex(centre.children);
  const educators = new RefIndex(centre.educators);
  const existing = new Map<string, Observation>();
  for (const e of centre.journal.entries) if (e.kind === "attendance") existing.set(e.id, e);
  const visibility = options.visibility ?? "staff";
  const rows: { record: CsvRecord; entries: ObservationInput[] }[] = [];
  let skipped = 0;
  const seen = new Set<string>();
  for (const rec of table.records) {
    const rowProblems = extraCellProblems(rec, table.header.cells.length);
    const cell = (f: Field) => cellOf(rec, map, f);
    const col = (f: Field) => map.names.get(f);
    const date = parseDateCell(cell("date"));
    if (!date.ok) rowProblems.push(problem(rec, col("date"), date.problem.code, date.problem.message));
    const child = children.match(cell("child"));
    if ("error" in child) rowProblems.push(problem(rec, col("child"), "unknown_reference", `${child.error} child ${show(cell("child"))}`));
    const authorCell = cell("author") || options.author || "";
    const author = educators.match(authorCell);
    if ("error" in author) rowProblems.push(problem(rec, col("author"), authorCell === "" ? "missing" : "unknown_reference", authorCell === "" ? "no educator: fill guru or pass options.author" : `${author.error} educator ${show(authorCell)}`));
    const status = STATUS[cell("status").toLowerCase().replace(/\s+/g, " ")];
    if (status === undefined) rowProblems.push(problem(rec, col("status"), "invalid_value", `expected hadir, sakit, izin or alpa, got ${show(cell("status"))}`));
    const times: Partial<Record<"arrival" | "departure", string>> = {};
    for (const f of ["arrival", "departure"] as const) {
      if (cell(f) === "") continue;
      const t = parseTimeCell(cell(f));
      if (t.ok) times[f] = t.value;
      else rowProblems.push(problem(rec, col(f), t.problem.code, t.problem.message));
    }
    if (status === "hadir" && cell("arrival") === "") rowProblems.push(problem(rec, col("arrival"), "missing", "a hadir row needs jam_datang"));
    if (status !== undefined && status !== "hadir" && (cell("arrival") !== "" || cell("departure") !== "")) {
      rowProblems.push(problem(rec, col("arrival") ?? col("departure"), "invalid_value", `a ${status} row has no times`));
    }
    if (times.departure !== undefined && cell("collectedBy") === "") rowProblems.push(problem(rec, col("collectedBy"), "missing", "jam_pulang needs dijemput_oleh"));
    if (rowProblems.length > 0 || !date.ok || "error" in child || "error" in author || status === undefined) {
      problems.push(...rowProblems);
      continue;
    }
    const base = { kind: "attendance" as const, child: child.id, date: date.value, author: author.id, visibility };
    const prefix = `hadir.${date.value}.${child.id}`;
    const entries: ObservationInput[] = [];
    if (status === "hadir") {
      entries.push({ ...base, id: `${prefix}.datang`, event: "arrival", time: times.arrival, ...(cell("broughtBy") ? { person: cell("broughtBy") } : {}) } as ObservationInput);
      if (times.departure !== undefined) entries.push({ ...base, id: `${prefix}.pulang`, event: "departure", time: times.departure, person: cell("collectedBy") } as ObservationInput);
    } else {
      entries.push({ ...base, id: `${prefix}.absen`, event: "absence", reason: status } as ObservationInput);
    }
    let conflict = false;
    const fresh: ObservationInput[] = [];
    for (const entry of entries) {
      const parsed = ObservationSchema.safeParse(entry);
      const before = existing.get(entry.id);
      if (seen.has(entry.id)) {
        problems.push(problem(rec, undefined, "conflict", `a second row for ${show(cell("child"))} on ${date.value}`));
        conflict = true;
      } else if (before !== undefined && parsed.success) {
        if (keyOf([before]) !== keyOf([parsed.data])) {
          problems.push(problem(rec, undefined, "conflict", `${entry.id} is already recorded with other content (use correct to change it)`));
          conflict = true;
        }
      } else fresh.push(entry);
    }
    for (const entry of entries) seen.add(entry.id);
    if (conflict) continue;
    if (fresh.length === 0) skipped++;
    else rows.push({ record: rec, entries: fresh });
  }
  // The rows are recorded in one batch; a row whose entries the journal rules refuse is reported
  // and the batch recorded without it.
  let good = rows;
  let next = centre;
  for (let attempt = 0; attempt < 2 && good.length > 0; attempt++) {
    const flat = good.flatMap((r, i) => r.entries.map((e) => ({ e, i })));
    try {
      next = record(centre, flat.map((x) => x.e));
      break;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const bad = new Set<number>();
      for (const issue of error.issues) {
        const at = /^\[(\d+)\]/.exec(issue.path);
        const i = at === null ? 0 : flat[Number(at[1])]!.i;
        bad.add(i);
        problems.push(problem(good[i]!.record, undefined, issue.code, `${issue.path.replace(/^\[\d+\]\.?/, "") || "row"}: ${issue.message}`));
      }
      good = good.filter((_, i) => !bad.has(i));
      next = centre;
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { centre: next, added: next === centre ? 0 : good.length, skipped, problems, ignoredColumns: map.ignored, columnHints: map.hints };
}

/**
 * Options of {@link exportAttendanceCsv}.
 *
 * @category Spreadsheets
 */
export interface AttendanceExportOptions {
  /** Excel-Indonesia: `;`, BOM, CRLF, `DD/MM/YYYY`. Default `false`. */
  readonly excel?: boolean;
  /** Headers and status words. Default: the centre's `settings.defaultLocale`. */
  readonly language?: "id" | "en";
  /** First and last day (inclusive). Default: every day with attendance. */
  readonly from?: string;
  readonly to?: string;
  /** Only this group's children. */
  readonly group?: string;
}

/**
 * Exports the daftar hadir from the effective journal: one row per child and day with any
 * attendance entry, by date then roster order, in the columns {@link importAttendanceCsv} reads.
 *
 * @param centre - the centre
 * @param options - dialect, language, date range and group
 * @returns the CSV text
 * @example
 * ```ts
 * exportAttendanceCsv(centre, { excel: true }).startsWith("\uFEFFtanggal;anak;kehadiran;"); // => true
 * ```
 * @category Spreadsheets
 */
export function exportAttendanceCsv(centre: Centre, options: AttendanceExportOptions = {}): string {
  const language = options.language ?? centre.settings.defaultLocale;
  const excel = options.excel ?? false;
  const index = foldProgress(centre);
  type Row = { date: string; order: number; cells: string[] };
  const out: Row[] = [];
  centre.children.forEach((child, order) => {
    if (options.group !== undefined && child.group !== options.group) return;
    const days = new Map<string, { arrival?: Attendance; departure?: Attendance; absence?: Attendance; author: string }>();
    for (const o of childLog(index, child.id)) {
      if (o.kind !== "attendance") continue;
      if ((options.from !== undefined && o.date < options.from) || (options.to !== undefined && o.date > options.to)) continue;
      const d = days.get(o.date) ?? { author: o.author };
      if (o.event === "arrival") d.arrival ??= o;
      else if (o.event === "departure") d.departure = o;
      else d.absence = o;
      days.set(o.date, d);
    }
    for (const [date, d] of days) {
      const status = d.arrival !== undefined ? "hadir" : d.absence?.reason;
      if (status === undefined) continue;
      out.push({
        date,
        order,
        cells: [
          formatDateCell(date, excel),
          child.id,
          STATUS_WORD[language][status],
          d.arrival?.time ?? "",
          d.arrival?.person ?? "",
          d.arrival !== undefined ? (d.departure?.time ?? "") : "",
          d.arrival !== undefined ? (d.departure?.person ?? "") : "",
          (d.arrival ?? d.absence)?.author ?? d.author,
        ],
      });
    }
  });
  out.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.order - b.order));
  return writeTable(COLUMNS.map((c) => (language === "id" ? c.id : c.en)), out.map((r) => r.cells), { excel });
}
