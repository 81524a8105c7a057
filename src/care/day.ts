/**
 * One child's day: the effective attendance, care and family entries of a date, in time order.
 * Every care engine (daily note, day sheet, ratios) reads the day through here.
 *
 * @module
 */
import type { Attendance, CareEntry, Centre, FamilyEntry } from "../model/index.js";
import { childLog, foldProgress } from "../progress/index.js";

/**
 * A daycare entry: attendance, care or family.
 *
 * @category Care
 */
export type DayEntry = Attendance | CareEntry | FamilyEntry;

/** Time of day, then id: entries without a time (absences, family entries, untimed moods) come first. */
function dayOrder(a: DayEntry, b: DayEntry): number {
  const ta = "time" in a && a.time !== undefined ? a.time : "";
  const tb = "time" in b && b.time !== undefined ? b.time : "";
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The effective (retractions and corrections applied) attendance, care and family entries of
 * one child on one date, ordered by time of day then id.
 *
 * @param centre - the centre
 * @param childId - the child
 * @param date - the day (`YYYY-MM-DD`)
 * @returns the entries (a new array)
 * @example
 * ```ts
 * childDay(centre, "c-001", "2026-11-23").map((e) => e.kind); // => ["attendance", "care", "care", …]
 * ```
 * @category Care
 */
export function childDay(centre: Pick<Centre, "journal">, childId: string, date: string): DayEntry[] {
  const log = childLog(foldProgress(centre), childId);
  // The log is in date order: find the day's first entry by bisection.
  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (log[mid]!.date < date) lo = mid + 1;
    else hi = mid;
  }
  const out: DayEntry[] = [];
  for (let i = lo; i < log.length && log[i]!.date === date; i++) {
    const o = log[i]!;
    if (o.kind === "attendance" || o.kind === "care" || o.kind === "family") out.push(o);
  }
  return out.sort(dayOrder);
}

/**
 * Minutes since midnight of an `HH:MM` time.
 *
 * @param time - `HH:MM`
 * @returns minutes (0–1439)
 * @example
 * ```ts
 * minutesOf("07:30"); // => 450
 * ```
 * @category Care
 */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * An interval of presence on one day, in minutes since midnight: `[from, to)`.
 *
 * @category Care
 */
export interface Presence {
  readonly from: number;
  /** Exclusive; 1440 when no departure was recorded. */
  readonly to: number;
}

/**
 * When the child was at the centre on a day, from its arrivals and departures (a departure with
 * no arrival before it is ignored; an arrival with no departure lasts until the end of the day).
 *
 * @param entries - the child's day ({@link childDay})
 * @returns the intervals, in order
 * @example
 * ```ts
 * presenceOf(childDay(centre, "c-001", "2026-11-23")); // => [{ from: 450, to: 960 }]
 * ```
 * @category Care
 */
export function presenceOf(entries: readonly DayEntry[]): Presence[] {
  const out: Presence[] = [];
  let open: number | undefined;
  for (const e of entries) {
    if (e.kind !== "attendance" || e.time === undefined) continue;
    const m = minutesOf(e.time);
    if (e.event === "arrival") open ??= m;
    else if (e.event === "departure" && open !== undefined) {
      out.push({ from: open, to: Math.max(m, open) });
      open = undefined;
    }
  }
  if (open !== undefined) out.push({ from: open, to: 1440 });
  return out;
}
