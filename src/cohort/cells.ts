/**
 * The two faces of a summary: the nested document and its flat cells (rows). Combining,
 * publishing and SQL all work on cells; the document is rebuilt from cells in one canonical
 * order, so equal counts always give byte-identical JSON.
 *
 * @module
 */
import { NUTRITION_CATEGORIES } from "../growth/status.js";
import { AreaSchema, LevelSchema, StageSchema } from "../model/index.js";
import type { CalendarDate } from "../time/index.js";
import {
  SUMMARY_FORMAT,
  SUMMARY_KEY_PATTERN,
  type Summary,
  SummaryConcernKindSchema,
  type SummaryDimension,
  type SummaryRow,
} from "./schema.js";

/**
 * What identifies a summary apart from its counts; only summaries with equal metadata combine.
 *
 * @example
 * ```ts
 * const meta: SummaryMeta = { framework: "stppa2014", asOf, period: { from, to } };
 * ```
 * @category Cohort
 */
export interface SummaryMeta {
  /** The framework id, e.g. `stppa2014`. */
  readonly framework: string;
  /** The day the summary describes. */
  readonly asOf: CalendarDate;
  /** The period of levels and concerns (inclusive). */
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
}

/**
 * The keys of a cell (a row without its count).
 *
 * @category Cohort
 */
export type CellKey = Omit<SummaryRow, "count">;

// Known ids first in their natural order (levels low to high, areas as in the Montessori
// classroom, STPPA aspects as in Permendikbud 137/2014); anything else after them.
const KNOWN: readonly string[] = [
  "*",
  ...LevelSchema.options,
  ...StageSchema.options,
  ...AreaSchema.options,
  ...SummaryConcernKindSchema.options,
  "nam",
  "fm",
  "kog",
  "bhs",
  "sosem",
  "seni",
  // Nutrition-status tables and categories (Permenkes 2/2020), low to high.
  ...Object.keys(NUTRITION_CATEGORIES),
  ...new Set(Object.values(NUTRITION_CATEGORIES).flatMap((t) => t.map((c) => c.code))),
];
const RANK = new Map<string, number>();
for (const k of KNOWN) if (!RANK.has(k)) RANK.set(k, RANK.size);
const DIMENSION_ORDER: readonly SummaryDimension[] = ["centres", "children", "levels", "lessons", "concerns", "nutrition"];

/**
 * Orders keys: known ids by rank, then the rest with digit runs compared as numbers
 * (`3-6` < `12-18` < `none`). Plain code-unit comparison otherwise: no locale, no clock.
 *
 * @param a - a key
 * @param b - another key
 * @returns negative, zero or positive, like a sort comparator
 * @example
 * ```ts
 * ["none", "12-18", "3-6"].sort(compareKey); // => ["3-6", "12-18", "none"]
 * ```
 * @category Cohort
 */
export function compareKey(a: string, b: string): number {
  if (a === b) return 0;
  const ra = RANK.get(a);
  const rb = RANK.get(b);
  if (ra !== undefined || rb !== undefined) return (ra ?? KNOWN.length) - (rb ?? KNOWN.length);
  const xa = a.split(/(\d+)/);
  const xb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(xa.length, xb.length); i++) {
    const pa = xa[i]!;
    const pb = xb[i]!;
    if (pa === pb) continue;
    if (i % 2 === 1) {
      const d = Number(pa) - Number(pb);
      if (d !== 0) return d;
    }
    return pa < pb ? -1 : 1;
  }
  return xa.length - xb.length || (a < b ? -1 : 1);
}

/** The key fields that each dimension uses, in the order that sorts its rows. */
const FIELDS: Readonly<Record<SummaryDimension, readonly (keyof CellKey)[]>> = {
  centres: [],
  children: ["band"],
  levels: ["aspect", "band", "level"],
  lessons: ["area", "stage"],
  concerns: ["aspect", "kind"],
  nutrition: ["kind", "band", "level"],
};

/**
 * Compares two cells: dimension, then the keys of the dimension in order.
 *
 * @param a - a cell
 * @param b - another cell
 * @returns negative, zero or positive, like a sort comparator
 * @example
 * ```ts
 * rows.sort(compareCells); // children before levels; levels by aspect, band, level
 * ```
 * @category Cohort
 */
export function compareCells(a: CellKey, b: CellKey): number {
  if (a.dimension !== b.dimension) return DIMENSION_ORDER.indexOf(a.dimension) - DIMENSION_ORDER.indexOf(b.dimension);
  for (const f of FIELDS[a.dimension]) {
    const c = compareKey(a[f], b[f]);
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * A cell key with every unused field empty.
 *
 * @param dimension - what the cell counts
 * @param keys - the keys the dimension uses
 * @returns the key
 * @example
 * ```ts
 * cell("children", { band: "48-60" }).aspect; // => ""
 * ```
 * @category Cohort
 */
export function cell(dimension: SummaryDimension, keys: Partial<Omit<CellKey, "dimension">>): CellKey {
  return { dimension, band: "", aspect: "", area: "", stage: "", level: "", kind: "", ...keys };
}

/**
 * A string that identifies a cell (for maps).
 *
 * @param c - a cell key
 * @returns its identifier
 * @example
 * ```ts
 * cellId(cell("children", { band: "48-60" })) === cellId(cell("children", { band: "48-60" })); // => true
 * ```
 * @category Cohort
 */
export function cellId(c: CellKey): string {
  return `${c.dimension}\u0001${c.band}\u0001${c.aspect}\u0001${c.area}\u0001${c.stage}\u0001${c.level}\u0001${c.kind}`;
}

/**
 * Why a row is malformed: a used key missing or not an id, or an unused key not empty.
 *
 * @param row - a row
 * @returns the problem, or undefined when the row is well formed
 * @example
 * ```ts
 * rowShapeProblem({ ...cell("children", { band: "48-60" }), aspect: "kog" }); // => "children rows leave aspect empty"
 * ```
 * @category Cohort
 */
export function rowShapeProblem(row: CellKey): string | undefined {
  const used = FIELDS[row.dimension];
  for (const f of ["band", "aspect", "area", "stage", "level", "kind"] as const) {
    if (used.includes(f) && !SUMMARY_KEY_PATTERN.test(row[f])) {
      return row[f] === "" ? `${row.dimension} rows need ${f}` : `invalid ${f} ${JSON.stringify(row[f].slice(0, 40))}: use letters, digits and . _ : + -`;
    }
    if (!used.includes(f) && row[f] !== "") return `${row.dimension} rows leave ${f} empty`;
  }
  return undefined;
}

/**
 * Adds to a tally of cells. The tally owns its rows (each is a copy made here), so adding to an
 * existing row updates it in place.
 *
 * @param tally - the tally (changed)
 * @param key - the cell
 * @param count - what to add (0 makes sure the cell exists)
 * @example
 * ```ts
 * add(tally, cell("children", { band: "48-60" }), 1);
 * ```
 * @category Cohort
 */
export function add(tally: Map<string, { count: number } & CellKey>, key: CellKey, count: number): void {
  const id = cellId(key);
  const prev = tally.get(id);
  if (prev === undefined) tally.set(id, { ...key, count });
  else prev.count += count;
}

function entries<T>(record: Readonly<Partial<Record<string, T>>>): [string, T][] {
  return Object.entries(record).filter((e): e is [string, T] => e[1] !== undefined);
}

/**
 * The cells of a summary in canonical order, without the `centres` count.
 *
 * @param summary - a summary
 * @returns new rows
 * @example
 * ```ts
 * cellsOf(summary)[0]; // => { dimension: "children", band: "0-3", …, count: 0 }
 * ```
 * @category Cohort
 */
export function cellsOf(summary: Summary): SummaryRow[] {
  const out: SummaryRow[] = [];
  for (const [band, count] of entries(summary.children)) out.push({ ...cell("children", { band }), count });
  for (const [aspect, bands] of entries(summary.levels)) {
    for (const [band, levels] of entries(bands)) {
      for (const [level, count] of entries(levels)) out.push({ ...cell("levels", { aspect, band, level }), count });
    }
  }
  for (const [area, stages] of entries(summary.lessons)) {
    for (const [stage, count] of entries(stages)) out.push({ ...cell("lessons", { area, stage }), count });
  }
  for (const [aspect, kinds] of entries(summary.concerns)) {
    for (const [kind, count] of entries(kinds)) out.push({ ...cell("concerns", { aspect, kind }), count });
  }
  for (const [kind, bands] of entries(summary.nutrition ?? {})) {
    for (const [band, categories] of entries(bands)) {
      for (const [level, count] of entries(categories)) out.push({ ...cell("nutrition", { kind, band, level }), count });
    }
  }
  return out.sort(compareCells);
}

type Nested = Map<string, Nested | number>;

function put(root: Nested, path: readonly string[], count: number): void {
  let node = root;
  for (let i = 0; i < path.length - 1; i++) {
    let next = node.get(path[i]!);
    if (next === undefined || typeof next === "number") {
      next = new Map();
      node.set(path[i]!, next);
    }
    node = next;
  }
  const last = path[path.length - 1]!;
  const prev = node.get(last);
  node.set(last, (typeof prev === "number" ? prev : 0) + count);
}

function toObject(node: Nested): Record<string, unknown> {
  const keys = [...node.keys()].sort(compareKey);
  // Object.fromEntries defines own properties, so no key can reach a prototype.
  return Object.fromEntries(keys.map((k) => {
    const v = node.get(k)!;
    return [k, typeof v === "number" ? v : toObject(v)];
  }));
}

/**
 * Builds a summary document from cells, adding cells with the same keys. Keys are sorted in the
 * canonical order at every level.
 *
 * @param meta - framework, `asOf` and period
 * @param centres - the number of centres (plus any `centres` rows among the cells)
 * @param cells - the cells
 * @returns the summary
 * @example
 * ```ts
 * buildSummary(meta, 1, [{ ...cell("children", { band: "48-60" }), count: 3 }]).children; // => { "48-60": 3 }
 * ```
 * @category Cohort
 */
export function buildSummary(meta: SummaryMeta, centres: number, cells: Iterable<SummaryRow>): Summary {
  const children: Nested = new Map();
  const levels: Nested = new Map();
  const lessons: Nested = new Map();
  const concerns: Nested = new Map();
  const nutrition: Nested = new Map();
  let extraCentres = 0;
  for (const c of cells) {
    switch (c.dimension) {
      case "centres":
        extraCentres += c.count;
        break;
      case "children":
        put(children, [c.band], c.count);
        break;
      case "levels":
        put(levels, [c.aspect, c.band, c.level], c.count);
        break;
      case "lessons":
        put(lessons, [c.area, c.stage], c.count);
        break;
      case "concerns":
        put(concerns, [c.aspect, c.kind], c.count);
        break;
      case "nutrition":
        put(nutrition, [c.kind, c.band, c.level], c.count);
        break;
      default:
        c.dimension satisfies never;
    }
  }
  return {
    format: SUMMARY_FORMAT,
    version: 1,
    framework: meta.framework,
    asOf: meta.asOf,
    period: { from: meta.period.from, to: meta.period.to },
    centres: centres + extraCentres,
    children: toObject(children),
    levels: toObject(levels),
    lessons: toObject(lessons),
    concerns: toObject(concerns),
    nutrition: toObject(nutrition),
  } as Summary;
}
