/**
 * Public types of the CSV import and export.
 *
 * @module
 */
import type { IssueCode, IssueDetail } from "../../errors/index.js";
import type { Centre, GroupId, Visibility } from "../../model/index.js";

/**
 * One row of a CSV file that was not imported, and why.
 *
 * @example
 * ```ts
 * importObservationsCsv(centre, csv).problems[0];
 * // => { row: 3, line: 3, column: "tanggal", code: "invalid_date", message: 'day 31 does not exist in "31/09/2026"' }
 * ```
 * @category Spreadsheets
 */
export interface CsvProblem {
  /**
   * The spreadsheet row, 1-based, the header being row 1: what Excel or LibreOffice shows at the
   * left. It equals the line number of the file unless an earlier cell spans several lines.
   */
  readonly row: number;
  /** The 1-based line of the text where the row starts (what a text editor shows). */
  readonly line: number;
  /** The column header as written in the file, when the problem is in one cell. */
  readonly column?: string;
  /** Stable code: `invalid_date`, `invalid_value`, `missing`, `unknown_reference`, `conflict`, … */
  readonly code: IssueCode;
  /** What is wrong, in English, naming the value found. */
  readonly message: string;
  /** The same as a key and values, for wording it in another language (see {@link IssueDetail}). */
  readonly detail?: IssueDetail;
}

/**
 * A header tumbuh did not recognise that looks like a typo of one it accepts.
 *
 * @example
 * ```ts
 * importObservationsCsv(centre, "Tangal;anak;guru\n").columnHints; // => [{ column: "Tangal", closest: "tanggal" }]
 * ```
 * @category Spreadsheets
 */
export interface ColumnHint {
  /** The header as written in the file. */
  readonly column: string;
  /** The accepted header it is probably meant to be. */
  readonly closest: string;
}

/**
 * What an import did: the new centre, how many rows were added and skipped, and the rows that
 * were not imported.
 *
 * @example
 * ```ts
 * const { centre: next, added, skipped, problems, ignoredColumns } = importObservationsCsv(centre, csv);
 * [added, skipped, problems.length, ignoredColumns]; // => [120, 0, 2, ["No."]]
 * ```
 * @category Spreadsheets
 */
export interface CsvImportResult {
  /** The centre with the good rows added (the given centre itself when nothing was added). */
  readonly centre: Centre;
  /** Rows added. */
  readonly added: number;
  /** Rows already present with equal content (in the centre, or earlier in the same file). */
  readonly skipped: number;
  /** Rows not imported, in file order; each row may have several problems. */
  readonly problems: readonly CsvProblem[];
  /** Headers of the file that tumbuh does not know and ignored (e.g. `No.`, `Nama Orang Tua`). */
  readonly ignoredColumns: readonly string[];
  /** Ignored headers that look like a typo of an accepted one, with the one probably meant. */
  readonly columnHints: readonly ColumnHint[];
}

/**
 * What a roster import did; also lists the groups it created.
 *
 * @example
 * ```ts
 * importRosterCsv(centre, "id_anak;nama;tanggal_lahir;kelompok;tanggal_masuk\r\nc-301;Qori;10/01/2022;TK C;14/07/2025\r\n",
 *   { createGroups: true }).createdGroups; // => ["g.tk-c"]
 * ```
 * @category Spreadsheets
 */
export interface RosterImportResult extends CsvImportResult {
  /** Groups created because `createGroups` was set (empty otherwise). */
  readonly createdGroups: readonly GroupId[];
}

/**
 * Options of {@link importRosterCsv}.
 *
 * @example
 * ```ts
 * importRosterCsv(centre, csv, { createGroups: true });
 * ```
 * @category Spreadsheets
 */
export interface RosterImportOptions {
  /**
   * Create a group for a `kelompok` value that matches no group's id or name, instead of
   * reporting the row. The new group has no educators; its id is the value when that is a valid
   * id, otherwise `g.` and a slug of the value (`TK C` → `g.tk-c`); its name is the value.
   * Default `false`: a typo in a group name should not create a class.
   */
  readonly createGroups?: boolean;
}

/**
 * Options of {@link importObservationsCsv}.
 *
 * @example
 * ```ts
 * // A growth sheet with only tanggal;anak;berat_kg;tinggi_cm columns:
 * importObservationsCsv(centre, csv, { author: "e-01", visibility: "family" }).added; // => 25
 * ```
 * @category Spreadsheets
 */
export interface ObservationImportOptions {
  /** Educator id (or unique name) for rows whose `guru` / `author` cell is empty or missing. */
  readonly author?: string;
  /** Visibility for rows that give none. Default `"staff"`: nothing is shown to families unless the file says so. */
  readonly visibility?: Visibility;
}

/**
 * Options of {@link exportRosterCsv} and {@link exportObservationsCsv}.
 *
 * @example
 * ```ts
 * exportObservationsCsv(centre, { excel: true, pseudonymous: true }).startsWith("\uFEFFid;tanggal;anak;"); // => true
 * ```
 * @category Spreadsheets
 */
export interface CsvExportOptions {
  /**
   * Write for Excel with an Indonesian locale: `;` separators, a UTF-8 byte-order mark, CRLF line
   * ends, dates `DD/MM/YYYY` and decimal commas. Default `false`: `,`, no BOM, LF, `YYYY-MM-DD`,
   * decimal points.
   */
  readonly excel?: boolean;
  /**
   * Leave out what names people, for sharing outside the centre: the roster drops `nama`,
   * `panggilan` and `izin_diberikan_oleh` (who gave consent); observations drop the free-text
   * columns (`catatan`, `konteks`, `teks_anekdot`, `varian`), which often mention children or
   * their families by name. Such a file cannot be imported back as new records.
   */
  readonly pseudonymous?: boolean;
  /** Language of headers and words (`ya`/`tidak`, `penilaian`). Default: the centre's `settings.defaultLocale`. */
  readonly language?: "id" | "en";
}
