/**
 * Spreadsheets: rosters and observations as CSV, the way PAUD teachers keep them (Indonesian Excel
 * with `;`, a byte-order mark and `28/11/2026`, or plain `,` CSV). Parsing and writing go through
 * papaparse; everything here is pure and runs in browsers.
 *
 * @module
 */
export { exportObservationsCsv, importMeasurementsCsv, importObservationsCsv } from "./observations.js";
export { exportRosterCsv, importRosterCsv } from "./roster.js";
export type {
  ColumnHint,
  CsvExportOptions,
  CsvImportResult,
  CsvProblem,
  ObservationImportOptions,
  RosterImportOptions,
  RosterImportResult,
} from "./types.js";
export { type AttendanceExportOptions, type AttendanceImportOptions, exportAttendanceCsv, importAttendanceCsv } from "./attendance.js";
