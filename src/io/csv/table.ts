/**
 * CSV text ↔ rows of cells, through papaparse. Reads what Indonesian Excel writes (`;`, BOM, CRLF)
 * and plain `,` CSV; writes either. Knows nothing about children or observations.
 *
 * @module
 */
import Papa from "papaparse";
import type { IssueCode } from "../../errors/index.js";
import { escapeFormula, normalizeHeader } from "./cells.js";
import type { CsvProblem } from "./types.js";

/** One record of the file with where it is. */
export interface CsvRecord {
  readonly cells: readonly string[];
  /** Spreadsheet row (header = 1). */
  readonly row: number;
  /** Text line where the record starts. */
  readonly line: number;
}

/** A CSV text split into its header and records. */
export interface CsvTable {
  readonly delimiter: string;
  readonly header: CsvRecord | undefined;
  /** Data records, blank ones left out. */
  readonly records: readonly CsvRecord[];
  /** Records papaparse could not read (malformed quotes), reported and left out of `records`. */
  readonly problems: readonly CsvProblem[];
}

const BOM = "\uFEFF";

/** The first line break outside quotes: `\r\n`, `\r` or `\n` (default `\n`). */
function detectNewline(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\r") return text[i + 1] === "\n" ? "\r\n" : "\r";
    else if (!quoted && ch === "\n") return "\n";
  }
  return "\n";
}

/**
 * The separator, read from the header line: whichever of `;`, tab and `,` occurs most outside
 * quotes (`,` when none does). Headers never contain these characters, whereas data cells (notes,
 * decimal commas) often do, so the header is a safer guide than guessing from the data.
 */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [";", 0],
    ["\t", 0],
    [",", 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\r" || ch === "\n")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ",";
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === "");
}

/**
 * Splits CSV text into records with papaparse, after removing a byte-order mark and reading the
 * separator and line ends from the header line.
 */
export function readTable(input: string): CsvTable {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const newline = detectNewline(text);
  const all: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let row = 0;
  let start = 0;
  let scanned = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: newline as "\n",
    quoteChar: '"',
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    step: (result) => {
      // Count the line breaks up to where this record starts.
      for (; scanned < start; scanned++) {
        const ch = text.charCodeAt(scanned);
        if (ch === 10 || (ch === 13 && text.charCodeAt(scanned + 1) !== 10)) line++;
      }
      row++;
      const cells = result.data;
      if (result.errors.length > 0) {
        const unterminated = result.errors.some((e) => e.code === "MissingQuotes");
        problems.push({
          row,
          line,
          code: "invalid_format",
          message: `malformed quotes: ${result.errors.map((e) => e.message).join("; ")}${unterminated ? " (the rest of the file was read into this row and is not imported)" : ""}`,
        });
      } else if (row === 1 || !isBlank(cells)) {
        all.push({ cells, row, line });
      }
      start = result.meta.cursor;
    },
  });
  const header = all[0]?.row === 1 ? all[0] : undefined;
  return { delimiter, header, records: header ? all.slice(1) : all, problems };
}

/** A column of a CSV format: the field it fills and the headers that name it. */
export interface ColumnSpec<F extends string> {
  readonly field: F;
  /** Header written in Indonesian exports (and accepted on import). */
  readonly id: string;
  /** Header written in English exports (and accepted on import). */
  readonly en: string;
  /** More headers accepted on import. */
  readonly aliases: readonly string[];
}

/** Where each known field is in a file, and what else the header holds. */
export interface ColumnMap<F extends string> {
  /** Cell index of each field present. */
  readonly index: ReadonlyMap<F, number>;
  /** Header of each field as written in the file. */
  readonly names: ReadonlyMap<F, string>;
  readonly ignored: readonly string[];
  readonly problems: readonly CsvProblem[];
}

/** Matches header cells to column specs (case-, space- and punctuation-insensitive). */
export function mapColumns<F extends string>(header: CsvRecord, specs: readonly ColumnSpec<F>[]): ColumnMap<F> {
  const byName = new Map<string, ColumnSpec<F>>();
  for (const spec of specs) {
    for (const name of [spec.id, spec.en, ...spec.aliases]) byName.set(normalizeHeader(name), spec);
  }
  const index = new Map<F, number>();
  const names = new Map<F, string>();
  const ignored: string[] = [];
  const problems: CsvProblem[] = [];
  header.cells.forEach((raw, i) => {
    const name = raw.trim();
    const spec = byName.get(normalizeHeader(name));
    if (spec === undefined) {
      if (name !== "") ignored.push(name);
      return;
    }
    const earlier = names.get(spec.field);
    if (earlier !== undefined) {
      problems.push(problem(header, name, "invalid_format", `columns ${JSON.stringify(earlier)} and ${JSON.stringify(name)} both mean ${spec.en}; keep one`));
      return;
    }
    index.set(spec.field, i);
    names.set(spec.field, name);
  });
  return { index, names, ignored, problems };
}

/** A problem in one record, optionally in one column. */
export function problem(record: Pick<CsvRecord, "row" | "line">, column: string | undefined, code: IssueCode, message: string): CsvProblem {
  return column === undefined ? { row: record.row, line: record.line, code, message } : { row: record.row, line: record.line, column, code, message };
}

/** How a table is written. */
export interface WriteOptions {
  readonly excel: boolean;
}

/**
 * Writes a header and rows as CSV with papaparse: `,` and LF, or for Excel `;`, CRLF and a BOM.
 * Every cell goes through {@link escapeFormula} first (papaparse's own `escapeFormulae` is not
 * used: its pattern misses cells whose formula is followed by a line break, and its escape cannot
 * be undone exactly on import).
 */
export function writeTable(header: readonly string[], rows: readonly (readonly string[])[], options: WriteOptions): string {
  const csv = Papa.unparse(
    { fields: header.map(escapeFormula), data: rows.map((r) => r.map(escapeFormula)) },
    { delimiter: options.excel ? ";" : ",", newline: options.excel ? "\r\n" : "\n", quotes: false, escapeFormulae: false, header: true },
  );
  // A final line end, as spreadsheets write, so files concatenate cleanly.
  return `${options.excel ? BOM : ""}${csv}${options.excel ? "\r\n" : "\n"}`;
}
