/**
 * Reading and writing single CSV cells the way Indonesian spreadsheets keep them: day-first dates,
 * decimal commas, `ya`/`tidak` booleans, `|`-separated lists, and the `'` that defuses formulas.
 *
 * Internal to the CSV module: every function returns either a value or a problem message, never
 * throws, and never creates a JS `Date`.
 *
 * @module
 */
import type { IssueCode, IssueDetail } from "../../errors/index.js";
import { type CalendarDate, MAX_YEAR, MIN_YEAR, daysInMonth } from "../../time/index.js";

/** A cell that could not be read: a stable code and a message naming the value. */
export interface CellProblem {
  readonly code: IssueCode;
  readonly message: string;
  readonly detail?: IssueDetail;
}

/** Either the value read from a cell, or why it could not be read. */
export type CellResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: CellProblem };

export function ok<T>(value: T): CellResult<T> {
  return { ok: true, value };
}

export function fail(code: IssueCode, message: string, detail?: IssueDetail): CellResult<never> {
  return { ok: false, problem: detail === undefined ? { code, message } : { code, message, detail } };
}

/** Shows a cell value in a message, shortened. */
export function show(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/**
 * Normalizes a header for matching: case-, space- and punctuation-insensitive, so `Tanggal Lahir`,
 * `tanggal_lahir` and `TANGGAL-LAHIR` are the same column (only letters and digits count).
 */
export function normalizeHeader(header: string): string {
  return header.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

// Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), also after
// white space and invisible characters a spreadsheet or an importer may trim first: spaces, tabs,
// line ends, NBSP, U+3000, zero-width spaces and joiners, word joiner, byte-order mark.
const LEAD = "[\\s\\u200B-\\u200D\\u2060\\uFEFF]*";
const FORMULA_START = new RegExp(`^${LEAD}'*${LEAD}[=+\\-@\\t\\r]`);
const ESCAPED_FORMULA_START = new RegExp(`^'${LEAD}'*${LEAD}[=+\\-@\\t\\r]`);

/**
 * Defuses a cell that a spreadsheet would run as a formula by prefixing `'`. Cells that start with
 * apostrophes followed by a trigger get one more apostrophe, so {@link unescapeFormula} undoes the
 * escape exactly (a note that really starts with `'=` survives a round trip).
 */
export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes {@link escapeFormula}: drops the `'` before (white space,) apostrophes and a formula trigger. */
export function unescapeFormula(cell: string): string {
  return ESCAPED_FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

/** The text of a cell as tumbuh reads it: surrounding white space removed, then the formula escape undone. */
export function cellText(raw: string | undefined): string {
  return unescapeFormula((raw ?? "").trim());
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const SHORT_YEAR = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/;

/**
 * Reads a date written `YYYY-MM-DD`, or day first as Indonesian Excel writes it: `28/11/2026`,
 * `1/2/2026` (also with `-` or `.`). Slashed dates are always day/month/year, never US order.
 */
export function parseDateCell(text: string): CellResult<CalendarDate> {
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO.exec(text);
  const dmy = iso ? null : DAY_FIRST.exec(text);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else if (dmy) {
    day = Number(dmy[1]);
    month = Number(dmy[2]);
    year = Number(dmy[3]);
  } else if (SHORT_YEAR.test(text)) {
    return fail("invalid_date", `${show(text)} has a two-digit year: write the year in full, e.g. 28/11/2026`, { key: "date.twoDigitYear", values: { value: text } });
  } else {
    return fail("invalid_date", `expected a date like 28/11/2026 or 2026-11-28, got ${show(text)}`, { key: "date.expected", values: { value: text } });
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return fail("invalid_date", `year out of range in ${show(text)}: tumbuh reads dates from ${MIN_YEAR} to ${MAX_YEAR}`, {
      key: "date.yearRange",
      values: { value: text, min: MIN_YEAR, max: MAX_YEAR },
    });
  }
  if (month < 1 || month > 12) return fail("invalid_date", `month ${month} does not exist in ${show(text)}`, { key: "date.noMonth", values: { month, value: text } });
  if (day < 1 || day > daysInMonth(year, month)) return fail("invalid_date", `day ${day} does not exist in ${show(text)}`, { key: "date.noDay", values: { day, value: text } });
  return ok(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CalendarDate);
}

/** Writes a date `YYYY-MM-DD`, or `DD/MM/YYYY` for Indonesian Excel. */
export function formatDateCell(date: string, dayFirst: boolean): string {
  return dayFirst ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : date;
}

const TRUE_WORDS = new Set(["ya", "y", "yes", "1", "true", "benar"]);
const FALSE_WORDS = new Set(["tidak", "t", "no", "n", "0", "false", "salah"]);

/**
 * Reads a yes/no cell: `ya`/`tidak`, `yes`/`no`, `1`/`0`, `true`/`false` and Indonesian Excel's
 * `BENAR`/`SALAH`, in any case.
 */
export function parseBooleanCell(text: string): CellResult<boolean> {
  const t = text.toLowerCase();
  if (TRUE_WORDS.has(t)) return ok(true);
  if (FALSE_WORDS.has(t)) return ok(false);
  return fail("invalid_value", `expected ya/tidak (yes/no, 1/0, true/false), got ${show(text)}`, { key: "boolean.expected", values: { value: text } });
}

/** Writes a yes/no cell in the export's language. */
export function formatBooleanCell(value: boolean, language: "id" | "en"): string {
  if (language === "id") return value ? "ya" : "tidak";
  return value ? "yes" : "no";
}

const NUMBER_POINT = /^\d+(?:\.\d+)?$/;
const NUMBER_EITHER = /^\d+(?:[.,]\d+)?$/;

/**
 * Reads a non-negative decimal number. A decimal comma (`16,5`) is accepted in files separated by
 * `;` or tabs, where Indonesian Excel writes it; in `,` files only a decimal point is, because
 * `1,250` there may mean one thousand two hundred and fifty. Thousands separators are never
 * accepted.
 */
export function parseNumberCell(text: string, decimalComma: boolean): CellResult<number> {
  if ((decimalComma ? NUMBER_EITHER : NUMBER_POINT).test(text)) return ok(Number(text.replace(",", ".")));
  if (!decimalComma && NUMBER_EITHER.test(text)) {
    return fail("invalid_format", `${show(text)}: use a decimal point in comma-separated files (16.5), or save the file with ; separators`, {
      key: "number.decimalComma",
      values: { value: text },
    });
  }
  return fail("invalid_format", `expected a number like 16,5 or 16.5 (no units, no thousands separator), got ${show(text)}`, { key: "number.expected", values: { value: text } });
}

/** Writes a number with a decimal point, or a decimal comma for Indonesian Excel. */
export function formatNumberCell(value: number, decimalComma: boolean): string {
  const s = String(value);
  return decimalComma ? s.replace(".", ",") : s;
}

/**
 * Splits a list cell on `|`. A backslash escapes the next character, so `\|` is a literal bar and
 * `\\` a literal backslash. Items are trimmed; empty items are dropped.
 */
export function parseListCell(text: string): string[] {
  const items: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\" && i + 1 < text.length) {
      current += text[++i]!;
    } else if (ch === "|") {
      items.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== "");
}

/** Writes a list cell: items joined by `|`, with `\` and `|` inside items escaped by `\`. */
export function formatListCell(items: readonly string[]): string {
  return items.map((s) => s.replace(/[\\|]/g, (m) => `\\${m}`)).join("|");
}

/** Splits a cell of ids (which never contain spaces, `,`, `;` or `|`) on any of those. */
export function parseIdListCell(text: string): string[] {
  return text.split(/[\s,;|]+/).filter((s) => s !== "");
}
