/**
 * The latest level of every child on every indicator it was assessed on: the query an analyst
 * would write as a window function, answered from the progress fold.
 *
 * @module
 */
import type { Assessment, Centre, Level } from "../model/index.js";
import type { CalendarDate } from "../time/index.js";
import { childLog, foldProgress } from "./fold.js";

/**
 * One row of {@link latestLevels}.
 *
 * @category Progress
 */
export interface LatestLevel {
  readonly child: string;
  readonly indicator: string;
  readonly level: Level;
  readonly date: CalendarDate;
  /** The id of the assessment that set it. */
  readonly observation: string;
}

/**
 * Options for {@link latestLevels}.
 *
 * @category Progress
 */
export interface LatestLevelsOptions {
  /** Only assessments dated on or before this day count. Default: all. */
  readonly asOf?: CalendarDate;
  /** Only assessments the family may see count. Default false. */
  readonly familyOnly?: boolean;
}

/**
 * The latest effective assessment of each child on each indicator (latest by date, then by
 * observation id, as everywhere in tumbuh), as flat rows: children in the fold's order (first
 * appearance in the journal), indicators in the order the child was first assessed on them.
 * Equivalent to `ROW_NUMBER() OVER (PARTITION BY child, indicator ORDER BY date DESC, id DESC) = 1`
 * over the effective assessments.
 *
 * @param centre - the centre (its journal is folded once and cached, see {@link foldProgress})
 * @param options - `asOf`, `familyOnly`
 * @returns one row per child and assessed indicator
 * @example
 * ```ts
 * latestLevels(centre, { asOf: parseCalendarDate("2026-11-27") })[0];
 * // => { child: "c-00001", indicator: "stppa2014.48-60.nam.a.1", level: "BSH", date: "2026-11-20", observation: "o-17" }
 * ```
 * @category Progress
 */
export function latestLevels(centre: Pick<Centre, "journal">, options: LatestLevelsOptions = {}): LatestLevel[] {
  const { asOf, familyOnly = false } = options;
  const index = foldProgress(centre);
  const key = `${asOf ?? ""}|${familyOnly ? 1 : 0}`;
  const rows: LatestLevel[] = [];
  for (const child of index.children.keys()) {
    const log = childLog(index, child);
    // A child's rows are kept per log: every centre value that recorded nothing about the child
    // shares the log, so after one recording only that child is read again.
    let memo = rowsByLog.get(log);
    let own = memo?.get(key);
    if (own === undefined) {
      own = childRows(child, log, asOf, familyOnly);
      if (memo === undefined) rowsByLog.set(log, (memo = new Map()));
      if (memo.size >= 4) memo.clear();
      memo.set(key, own);
    }
    for (const row of own) rows.push(row);
  }
  return rows;
}

const rowsByLog = new WeakMap<object, Map<string, readonly LatestLevel[]>>();

function childRows(child: string, log: ReturnType<typeof childLog>, asOf: CalendarDate | undefined, familyOnly: boolean): LatestLevel[] {
  const latest = new Map<string, Assessment>();
  for (const o of log) {
    if (o.kind !== "assessment" || (asOf !== undefined && o.date > asOf) || (familyOnly && o.visibility !== "family")) continue;
    // History order: a later record replaces an earlier one; the key keeps its first position.
    latest.set(o.indicator, o);
  }
  const rows: LatestLevel[] = [];
  for (const o of latest.values()) rows.push({ child, indicator: o.indicator, level: o.level, date: o.date, observation: o.id });
  return rows;
}
