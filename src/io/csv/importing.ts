/**
 * What the roster and observation importers share: reading a cell by field, turning validation
 * issues into row problems, matching a reference by id or by unique name, and comparing rows.
 *
 * @module
 */
import type { Issue } from "../../errors/index.js";
import { cellText, escapeFormula, show } from "./cells.js";
import { type ColumnMap, type ColumnSpec, type CsvRecord, problem } from "./table.js";
import type { CsvProblem } from "./types.js";

/** The text of a field's cell in a record (trimmed, formula escape undone), `""` when absent. */
export function cellOf<F extends string>(record: CsvRecord, map: ColumnMap<F>, field: F): string {
  const i = map.index.get(field);
  return i === undefined ? "" : cellText(record.cells[i]);
}

/** Problems for cells beyond the header (extra separators with content). */
export function extraCellProblems(record: CsvRecord, headerLength: number): CsvProblem[] {
  const extra = record.cells.slice(headerLength).filter((c) => c.trim() !== "");
  if (extra.length === 0) return [];
  return [
    problem(record, undefined, "invalid_format", `${record.cells.length} cells but the header has ${headerLength}: ${show(extra[0]!)} has no column (a separator inside an unquoted cell?)`, {
      key: "csv.extraCells",
      values: { cells: record.cells.length, header: headerLength, value: extra[0]! },
    }),
  ];
}

/** The field an issue path points at: `[3].consent.photos` → `consent.photos`, `indicators[1]` → `indicators`. */
export function fieldOfPath(path: string): string {
  const rest = path.replace(/^\[\d+\]\.?/, "");
  const bracket = rest.indexOf("[");
  return bracket < 0 ? rest : rest.slice(0, bracket);
}

/** Turns model validation issues into problems of a record, naming the column when the file has it. */
export function issuesToProblems<F extends string>(
  record: CsvRecord,
  issues: readonly Issue[],
  map: ColumnMap<F>,
  specs: readonly ColumnSpec<F>[],
  fieldFor: (path: string) => F | undefined,
): CsvProblem[] {
  return issues.map((issue) => {
    const field = fieldFor(issue.path);
    const column = field === undefined ? undefined : map.names.get(field);
    if (field !== undefined && column === undefined && issue.code === "missing") {
      const spec = specs.find((s) => s.field === field);
      const headers = spec ? `${spec.id} / ${spec.en}` : field;
      return problem(record, undefined, "missing", `${field} is required but the file has no ${headers} column`, { key: "csv.missingColumn", values: { column: headers } });
    }
    const where = column === undefined && issue.path !== "" ? `${issue.path}: ` : "";
    return problem(record, column, issue.code, `${where}${issue.message}`, issue.detail);
  });
}

/** Lower-cases and collapses white space, for matching names. */
export function normalizeName(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** The outcome of matching a cell to a child, educator or group. */
export type RefMatch = { readonly id: string } | { readonly error: "unknown" | "ambiguous" };

/** Indexes things by id and by normalized name, for matching cells. */
export class RefIndex {
  readonly #ids = new Set<string>();
  readonly #names = new Map<string, string | null>();

  constructor(items: readonly { readonly id: string; readonly name: string }[]) {
    for (const item of items) {
      this.#ids.add(item.id);
      const key = normalizeName(item.name);
      // null marks a name shared by several (ambiguous).
      this.#names.set(key, this.#names.has(key) ? null : item.id);
    }
  }

  /** Matches a cell by exact id first, then by a name that exactly one item has. */
  match(value: string): RefMatch {
    if (this.#ids.has(value)) return { id: value };
    const byName = this.#names.get(normalizeName(value));
    if (byName === undefined) return { error: "unknown" };
    if (byName === null) return { error: "ambiguous" };
    return { id: byName };
  }
}

/** A stable text for comparing values (arrays and numbers included; undefined as null). */
export function keyOf(values: readonly unknown[]): string {
  return JSON.stringify(values.map((v) => (v === undefined ? null : v)));
}

/** A text as it reads back after an export and an import (trimmed, escapes undone), absent when empty. */
export function csvText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const t = cellText(escapeFormula(value));
  return t === "" ? undefined : t;
}
