/**
 * Ratio checks (rasio pengasuh : anak): for each hour of a group's day, the children present
 * against the caregivers present, compared with the ratio per age the centre set.
 *
 * tumbuh ships no default ratios. SNI 9255:2024 (Taman Asuh Ramah Anak) and the KemenPPPA TARA
 * guidance (2021) require the centre to set the number of children per caregiver by age, but
 * their numbers could not be transcribed from a cited source; the rules are the centre's own
 * (`settings.ratios`).
 *
 * @module
 */
import { ValidationError } from "../errors/index.js";
import type { Centre } from "../model/index.js";
import { ageInMonths, type CalendarDate, isCalendarDate } from "../time/index.js";
import { childDay, minutesOf, type Presence, presenceOf } from "./day.js";
import { groupChildrenOn } from "./members.js";

/**
 * One hour of a group's day.
 *
 * @category Care
 */
export interface RatioHour {
  /** The hour's start, `HH:00`. */
  readonly hour: string;
  /** The most children present at once during the hour. */
  readonly children: number;
  /** The fewest caregivers present at once during the hour. */
  readonly caregivers: number;
  /** The most caregivers the rules required at once during the hour. */
  readonly required: number;
  /** The first minute the caregivers present were fewer than required, `HH:MM`, or null. */
  readonly breachAt: string | null;
}

/**
 * The ratio check of a group's day.
 *
 * @category Care
 */
export interface RatioCheck {
  readonly group: string;
  readonly date: string;
  /** Whether the centre has set ratio rules (without them `required` is 0 and nothing is a breach). */
  readonly configured: boolean;
  readonly hours: readonly RatioHour[];
  /** The hours with a breach. */
  readonly breaches: readonly RatioHour[];
  /** Children present whose age no rule covers (they count as present but require no one). */
  readonly uncovered: readonly string[];
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function inside(intervals: readonly Presence[], m: number): boolean {
  return intervals.some((p) => p.from <= m && m < p.to);
}

/**
 * Checks a group's day hour by hour, minute by minute inside each hour. At each minute the
 * required caregivers are ⌈Σ 1/n⌉ over the children present, `n` being the children per caregiver
 * of the rule for the child's age in months on that day (so a mixed group of babies and toddlers
 * needs the sum of their shares, rounded up). Caregivers are the group's educator attendance.
 * Hours run from `from` to `to` (default 07:00–17:00).
 *
 * @param centre - the centre (its `settings.ratios` and `educatorAttendance`)
 * @param groupId - the group
 * @param date - the day
 * @param options - `from` and `to` hours (`HH:00`)
 * @returns each hour and the breaches
 * @throws {@link ValidationError} for an unknown group or a bad date or hour
 * @example
 * ```ts
 * ratioCheck(centre, "g-bayi", "2026-11-23").breaches.map((h) => h.hour); // => ["07:00"]
 * ```
 * @category Care
 */
export function ratioCheck(centre: Centre, groupId: string, date: string, options: { readonly from?: string; readonly to?: string } = {}): RatioCheck {
  const from = options.from ?? "07:00";
  const to = options.to ?? "17:00";
  const problems = [];
  if (!centre.groups.some((g) => g.id === groupId)) problems.push({ path: "groupId", code: "unknown_reference" as const, message: `unknown group ${JSON.stringify(groupId)}` });
  if (!isCalendarDate(date)) problems.push({ path: "date", code: "invalid_date" as const, message: `expected a date YYYY-MM-DD, got ${JSON.stringify(date)}` });
  for (const [k, v] of [["from", from], ["to", to]] as const) {
    if (!/^([01]\d|2[0-3]):00$/.test(v) && !(k === "to" && v === "24:00")) problems.push({ path: `options.${k}`, code: "invalid_format" as const, message: `expected an hour HH:00, got ${JSON.stringify(v)}` });
  }
  if (problems.length === 0 && to <= from) problems.push({ path: "options.to", code: "invalid_value" as const, message: `to ${to} is not after from ${from}` });
  if (problems.length > 0) throw new ValidationError(problems);

  const rules = centre.settings.ratios ?? [];
  const kids: { readonly id: string; readonly share: number; readonly presence: readonly Presence[] }[] = [];
  const uncovered = new Set<string>();
  for (const child of groupChildrenOn(centre, groupId, date)) {
    if (child.birthDate > date) continue;
    const presence = presenceOf(childDay(centre, child.id, date));
    if (presence.length === 0) continue;
    const months = ageInMonths(child.birthDate, date as CalendarDate);
    const rule = rules.find((r) => r.fromMonths <= months && months < r.toMonths);
    if (rule === undefined) uncovered.add(child.id);
    kids.push({ id: child.id, share: rule === undefined ? 0 : 1 / rule.children, presence });
  }
  const staff: Presence[][] = [];
  const byEducator = new Map<string, Presence[]>();
  for (const a of centre.educatorAttendance ?? []) {
    if (a.group !== groupId || a.date !== date) continue;
    const list = byEducator.get(a.educator) ?? [];
    list.push({ from: minutesOf(a.from), to: a.to === undefined ? 1440 : minutesOf(a.to) });
    byEducator.set(a.educator, list);
  }
  staff.push(...byEducator.values());

  const hours: RatioHour[] = [];
  const end = to === "24:00" ? 1440 : minutesOf(to);
  for (let h = minutesOf(from); h < end; h += 60) {
    let children = 0;
    let caregivers = Number.POSITIVE_INFINITY;
    let required = 0;
    let breachAt: string | null = null;
    for (let m = h; m < h + 60; m++) {
      let count = 0;
      let share = 0;
      for (const k of kids) {
        if (inside(k.presence, m)) {
          count++;
          share += k.share;
        }
      }
      // 1e-9 absorbs the rounding of sums like 1/3 + 1/3 + 1/3.
      const need = Math.ceil(share - 1e-9);
      const present = staff.filter((s) => inside(s, m)).length;
      children = Math.max(children, count);
      caregivers = Math.min(caregivers, present);
      required = Math.max(required, need);
      if (breachAt === null && present < need) breachAt = hhmm(m);
    }
    hours.push({ hour: hhmm(h), children, caregivers, required, breachAt });
  }
  return {
    group: groupId,
    date,
    configured: rules.length > 0,
    hours,
    breaches: hours.filter((x) => x.breachAt !== null),
    uncovered: [...uncovered].sort(),
  };
}
