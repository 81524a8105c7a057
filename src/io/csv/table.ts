/**
 * CSV text ↔ rows of cells, through papaparse. Reads what Indonesian Excel writes (`;`, BOM, CRLF)
 * and plain `,` CSV; writes either. Knows nothing about children or observations.
 *
 * @module
 */
import Papa from "papaparse";
import type { IssueCode, IssueDetail } from "../../errors/index.js";
import { escapeFormula, normalizeHeader } from "./cells.js";
import type { ColumnHint, CsvProblem } from "./types.js";

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

/** Line breaks (CRLF counting once) from `from` to `to`, a final one at the very end not counted when `trailing`. */
function lineBreaks(text: string, from: number, to: number, trailing: boolean): number {
  let n = 0;
  let end = to;
  if (trailing) {
    while (end > from && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  }
  for (let i = from; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
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
        if (unterminated) {
          // The rest of the file became one field: say which spreadsheet rows that was.
          const to = row + lineBreaks(text, start, text.length, true);
          problems.push({
            row,
            line,
            code: "invalid_format",
            message: `malformed quotes: a quote opened in row ${row} is never closed, so ${to > row ? `rows ${row}–${to} were` : `row ${row} was`} read as one field and not imported; close the quote (write "" for a quote inside a cell)`,
            detail: { key: "csv.unclosedQuote", values: { from: row, to } },
          });
        } else {
          problems.push({
            row,
            line,
            code: "invalid_format",
            message: `malformed quotes: ${result.errors.map((e) => e.message).join("; ")}`,
            detail: { key: "csv.badQuote", values: {} },
          });
        }
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
  /** For ignored headers close to an accepted one (a typo), the accepted header meant. */
  readonly hints: readonly ColumnHint[];
  readonly problems: readonly CsvProblem[];
}

/** Edit distance (insertions, deletions, substitutions) between two short texts. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The accepted header closest to an unknown one, when it is close enough to be a typo: at most
 * one edit in five letters (and at least one), or one header containing the other.
 */
export function closestHeader(raw: string, accepted: readonly string[]): string | undefined {
  const key = normalizeHeader(raw);
  if (key.length < 3) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of accepted) {
    const d = distance(key, normalizeHeader(name));
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(key.length / 5)) ? best : undefined;
}

/** Matches header cells to column specs (case-, space- and punctuation-insensitive). */
export function mapColumns<F extends string>(header: CsvRecord, specs: readonly ColumnSpec<F>[], unused: readonly string[] = []): ColumnMap<F> {
  const skip = new Set(unused.map(normalizeHeader));
  const byName = new Map<string, ColumnSpec<F>>();
  for (const spec of specs) {
    for (const name of [spec.id, spec.en, ...spec.aliases]) byName.set(normalizeHeader(name), spec);
  }
  const index = new Map<F, number>();
  const names = new Map<F, string>();
  const ignored: string[] = [];
  const hints: ColumnHint[] = [];
  const problems: CsvProblem[] = [];
  header.cells.forEach((raw, i) => {
    const name = raw.trim();
    const spec = byName.get(normalizeHeader(name));
    if (spec === undefined) {
      if (name === "") return;
      ignored.push(name);
      if (skip.has(normalizeHeader(name))) return;
      // Only the headers a column is written under (not every alias) are offered.
      const closest = closestHeader(name, specs.flatMap((s) => (index.has(s.field) ? [] : [s.id])));
      if (closest !== undefined) hints.push({ column: name, closest });
      return;
    }
    const earlier = names.get(spec.field);
    if (earlier !== undefined) {
      problems.push(
        problem(header, name, "invalid_format", `columns ${JSON.stringify(earlier)} and ${JSON.stringify(name)} both mean ${spec.en}; keep one`, {
          key: "csv.duplicateColumn",
          values: { first: earlier, second: name, field: spec.id },
        }),
      );
      return;
    }
    index.set(spec.field, i);
    names.set(spec.field, name);
  });
  // A hint for a column that a later header filled is no hint.
  const open = hints.filter((h) => !specs.some((s) => s.id === h.closest && index.has(s.field)));
  return { index, names, ignored, hints: open, problems };
}

/** A problem in one record, optionally in one column. */
export function problem(record: Pick<CsvRecord, "row" | "line">, column: string | undefined, code: IssueCode, message: string, detail?: IssueDetail): CsvProblem {
  const where = column === undefined ? { row: record.row, line: record.line } : { row: record.row, line: record.line, column };
  return detail === undefined ? { ...where, code, message } : { ...where, code, message, detail };
}

/**
 * The problem of a file that lacks a column, naming an ignored header that looks like a typo of it.
 */
export function missingColumn<F extends string>(header: CsvRecord, map: ColumnMap<F>, spec: ColumnSpec<F>, why = ""): CsvProblem {
  const hint = map.hints.find((h) => h.closest === spec.id);
  const headers = `${spec.id} / ${spec.en}`;
  return problem(
    header,
    undefined,
    "missing",
    `no ${headers} column${why}${hint === undefined ? "" : ` (is ${JSON.stringify(hint.column)} meant to be ${spec.id}?)`}`,
    { key: "csv.missingColumn", values: hint === undefined ? { column: headers } : { column: headers, closest: hint.column } },
  );
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
