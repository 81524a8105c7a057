/**
 * Errors raised at the edge of tumbuh (parsing documents, recording bad input).
 *
 * Library code throws only {@link ValidationError} for bad input, and only from functions whose
 * documentation says so (`parse*`, `record*`, `ageOn` with a birth after `asOf`). Every problem is
 * reported at once, each with its path and a stable code, so an app can show all of them beside
 * the right form fields.
 *
 * @module
 */

/**
 * Stable machine-readable codes for validation problems. Codes never change meaning between
 * versions; messages may be reworded.
 *
 * @category Errors
 */
export type IssueCode =
  | "invalid_type"
  | "invalid_date"
  | "invalid_value"
  | "invalid_format"
  | "missing"
  | "unrecognized_key"
  | "forbidden_key"
  | "too_big"
  | "too_small"
  | "unsupported_version"
  | "duplicate_id"
  | "unknown_reference"
  | "before_birth"
  | "after_as_of"
  | "cycle"
  | "conflict"
  | "invalid_json"
  | "allergen";

/**
 * The keys of {@link IssueDetail}: what a problem is, stable across versions like {@link IssueCode}
 * but finer (a code says `invalid_date`, a key says which day does not exist).
 *
 * @category Errors
 */
export type IssueDetailKey =
  | "date.twoDigitYear"
  | "date.expected"
  | "date.yearRange"
  | "date.noMonth"
  | "date.noDay"
  | "boolean.expected"
  | "number.decimalComma"
  | "number.expected"
  | "csv.unclosedQuote"
  | "csv.badQuote"
  | "csv.extraCells"
  | "csv.duplicateColumn"
  | "csv.noHeader"
  | "csv.missingColumn"
  | "csv.kind.notImportable"
  | "csv.kind.unknown"
  | "csv.kind.empty"
  | "csv.kind.ambiguous"
  | "csv.reference.unknown"
  | "csv.reference.ambiguous"
  | "csv.visibility.expected"
  | "csv.empty"
  | "csv.indicator.onePerRow"
  | "csv.level.unknown"
  | "csv.stage.unknown"
  | "csv.threePeriod.expected"
  | "csv.cell.otherKind"
  | "csv.conflict.child"
  | "csv.conflict.observation"
  | "csv.conflict.idUsed"
  | "csv.duplicateRow"
  | "csv.group.create"
  | "before_birth"
  | "unknown_reference";

/**
 * What a problem is, for apps that word it in their own language: a stable key and the values the
 * message names (the English `message` is one wording of it).
 *
 * @example
 * ```ts
 * importObservationsCsv(centre, csv).problems[0]?.detail;
 * // => { key: "date.noDay", values: { day: 31, value: "31/02/2026" } }
 * ```
 * @category Errors
 */
export interface IssueDetail {
  /** What the problem is. */
  readonly key: IssueDetailKey;
  /** The values the message names (a date, a column, a row number). */
  readonly values: Readonly<Record<string, string | number>>;
}

/**
 * One problem found in the input.
 *
 * @category Errors
 */
export interface Issue {
  /** Where the problem is, as a dotted path with indexes: `journal.entries[12].date`. Empty for the root. */
  readonly path: string;
  /** Stable code for programs. */
  readonly code: IssueCode;
  /** What is wrong, in English, naming the received value where that helps. */
  readonly message: string;
  /** The same as a key and values, for wording it in another language (where tumbuh has one). */
  readonly detail?: IssueDetail;
}

/**
 * Thrown when input is invalid; lists every problem, never just the first.
 *
 * @example
 * ```ts
 * import { parseCalendarDate, ValidationError } from "tumbuh";
 * try {
 *   parseCalendarDate("2025-02-29");
 * } catch (e) {
 *   if (e instanceof ValidationError) e.issues[0]?.code; // => "invalid_date"
 * }
 * ```
 * @category Errors
 */
export class ValidationError extends Error {
  /** Every problem found, in document order. */
  readonly issues: readonly Issue[];

  /**
   * @param issues - the problems; the message lists up to the first 20 of them.
   */
  constructor(issues: readonly Issue[]) {
    const shown = issues.slice(0, 20).map((i) => `${i.path || "(root)"}: ${i.message} [${i.code}]`);
    const more = issues.length > 20 ? `\n… and ${issues.length - 20} more` : "";
    super(`${issues.length} validation problem${issues.length === 1 ? "" : "s"}:\n${shown.join("\n")}${more}`);
    this.name = "ValidationError";
    this.issues = issues;
  }
}

/**
 * The result of a `safeParse*` function: the value, or the issues that prevented it.
 *
 * @category Errors
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: ValidationError };

/** Formats a path of keys and indexes as `a.b[3].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}
