/**
 * The day sheet (lembar harian kelompok): the staff's view of a group's day at a moment — who is
 * here, who sleeps, who has not eaten, which medicines are due, who was collected by someone not
 * on the list.
 *
 * @module
 */
import { ValidationError } from "../errors/index.js";
import { type AbsenceReason, type CareEntry, type Centre, ClockTimeSchema } from "../model/index.js";
import { childLog, foldProgress } from "../progress/index.js";
import { isCalendarDate } from "../time/index.js";
import { childDay, minutesOf } from "./day.js";
import { groupChildrenOn } from "./members.js";
import { isAuthorisedCollector } from "./record-care.js";

/**
 * One dose of a medicine request scheduled on the day.
 *
 * @category Care
 */
export interface DoseDue {
  readonly time: string;
  readonly medicine: string;
  readonly dose: string;
  /** The medicine-request entry. */
  readonly request: string;
  /** Whether the scheduled time is before the sheet's moment. */
  readonly overdue: boolean;
}

/**
 * One child on the day sheet.
 *
 * @category Care
 */
export interface DaySheetChild {
  readonly id: string;
  readonly name: string;
  /** here (arrived, not left), left (collected), absent (absence recorded), expected (nothing recorded yet). */
  readonly status: "here" | "left" | "absent" | "expected";
  readonly arrival: string | null;
  readonly departure: string | null;
  readonly absence: AbsenceReason | null;
  /** The start of an open sleep (sedang tidur), or null. */
  readonly sleepingSince: string | null;
  /** Whether any meal was eaten (a meal entry with an amount other than tidak mau). */
  readonly ate: boolean;
  /** Scheduled doses not yet given. */
  readonly dosesDue: readonly DoseDue[];
  /** The allergens on the child's record. */
  readonly allergies: readonly string[];
  /** The family's requests of the day. */
  readonly requests: readonly string[];
  /** The person who collected the child when not an authorised collector. */
  readonly unknownCollector: string | null;
  /** The latest temperature of the day (°C), if taken. */
  readonly temperatureC: number | null;
}

/**
 * A group's day sheet.
 *
 * @category Care
 */
export interface DaySheet {
  readonly group: { readonly id: string; readonly name: string };
  readonly date: string;
  readonly at: string;
  readonly children: readonly DaySheetChild[];
  readonly counts: { readonly here: number; readonly sleeping: number; readonly notEaten: number; readonly dosesDue: number; readonly absent: number };
}

/**
 * Builds the day sheet of a group for a date as it stands at `at` (all entries of the day are
 * read, including staff-only ones: this is for staff). A child who has not eaten is one who is or
 * was here today and has no meal with an amount other than `tidak-mau`.
 *
 * @param centre - the centre
 * @param groupId - the group
 * @param date - the day (`YYYY-MM-DD`)
 * @param at - the moment (`HH:MM`, default `"23:59"`: the whole day)
 * @returns the sheet
 * @throws {@link ValidationError} for an unknown group, a bad date or time
 * @example
 * ```ts
 * daySheet(centre, "g-bayi", "2026-11-23", "13:00").counts; // => { here: 5, sleeping: 3, notEaten: 1, dosesDue: 1, absent: 1 }
 * ```
 * @category Care
 */
export function daySheet(centre: Centre, groupId: string, date: string, at = "23:59"): DaySheet {
  const group = centre.groups.find((g) => g.id === groupId);
  const problems = [];
  if (group === undefined) problems.push({ path: "groupId", code: "unknown_reference" as const, message: `unknown group ${JSON.stringify(groupId)}` });
  if (!isCalendarDate(date)) problems.push({ path: "date", code: "invalid_date" as const, message: `expected a date YYYY-MM-DD, got ${JSON.stringify(date)}` });
  if (!ClockTimeSchema.safeParse(at).success) problems.push({ path: "at", code: "invalid_format" as const, message: `expected a time HH:MM, got ${JSON.stringify(at)}` });
  if (group === undefined || problems.length > 0) throw new ValidationError(problems);
  const now = minutesOf(at);
  const children: DaySheetChild[] = [];
  const index = foldProgress(centre);
  for (const child of groupChildrenOn(centre, groupId, date)) {
    let arrival: string | null = null;
    let departure: string | null = null;
    let absence: AbsenceReason | null = null;
    let sleepingSince: string | null = null;
    let ate = false;
    let unknownCollector: string | null = null;
    let temperatureC: number | null = null;
    const requests: string[] = [];
    const given = new Map<string, number>();
    for (const e of childDay(centre, child.id, date)) {
      const time = "time" in e ? e.time : undefined;
      if (time !== undefined && minutesOf(time) > now) continue;
      if (e.kind === "attendance") {
        if (e.event === "arrival") {
          arrival ??= e.time!;
          departure = null;
        } else if (e.event === "departure") {
          departure = e.time!;
          if (e.person !== undefined && !isAuthorisedCollector(child, e.person)) unknownCollector = e.person;
        } else absence = e.reason!;
      } else if (e.kind === "family") {
        if (e.entry === "request") requests.push(e.text);
      } else if (e.care === "sleep") {
        sleepingSince = e.end === undefined || minutesOf(e.end) > now ? e.time! : null;
      } else if (e.care === "meal") {
        if (e.amount !== "tidak-mau") ate = true;
      } else if (e.care === "medicine") {
        given.set(e.request!, (given.get(e.request!) ?? 0) + 1);
      } else if (e.care === "health" && e.temperatureC !== undefined) {
        temperatureC = e.temperatureC;
      }
    }
    const status = arrival !== null ? (departure !== null ? "left" : "here") : absence !== null ? "absent" : "expected";
    const dosesDue: DoseDue[] = [];
    if (status === "here") {
      for (const o of childLog(index, child.id)) {
        if (o.date > date) break;
        if (o.kind !== "care" || o.care !== "medicine-request" || (o.until ?? o.date) < date) continue;
        const request = o as CareEntry;
        const times = [...request.times!].sort();
        const done = given.get(request.id) ?? 0;
        for (const t of times.slice(done)) {
          dosesDue.push({ time: t, medicine: request.medicine!, dose: request.dose!, request: request.id, overdue: minutesOf(t) < now });
        }
      }
      dosesDue.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.request < b.request ? -1 : 1));
    }
    children.push({
      id: child.id,
      name: child.nickname ?? child.name,
      status,
      arrival,
      departure,
      absence: status === "absent" ? absence : null,
      sleepingSince: status === "here" ? sleepingSince : null,
      ate,
      dosesDue,
      allergies: (child.allergies ?? []).map((a) => a.allergen),
      requests,
      unknownCollector,
      temperatureC,
    });
  }
  const counts = {
    here: children.filter((c) => c.status === "here").length,
    sleeping: children.filter((c) => c.sleepingSince !== null).length,
    notEaten: children.filter((c) => (c.status === "here" || c.status === "left") && !c.ate).length,
    dosesDue: children.reduce((s, c) => s + c.dosesDue.length, 0),
    absent: children.filter((c) => c.status === "absent").length,
  };
  return { group: { id: group.id, name: group.name }, date, at, children, counts };
}
