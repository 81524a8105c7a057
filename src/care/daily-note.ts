/**
 * The daily note to the family (buku penghubung): one child's day as data, family-visible
 * entries only. Renderers in `render/daily-note-*` format it as HTML, Markdown or chat text.
 *
 * @module
 */
import { ValidationError } from "../errors/index.js";
import type { AbsenceReason, CareEntry, Centre, FamilyEntry, MealAmount } from "../model/index.js";
import { isCalendarDate } from "../time/index.js";
import { childDay, minutesOf } from "./day.js";

/**
 * A child's day for the family. Only entries recorded with `visibility: "family"` appear; a
 * staff-only entry is never in a daily note.
 *
 * @category Care
 */
export interface DailyNote {
  readonly centre: string;
  readonly child: { readonly id: string; readonly name: string };
  readonly date: string;
  readonly arrival: { readonly time: string; readonly person: string | null } | null;
  readonly departure: { readonly time: string; readonly person: string | null } | null;
  readonly absence: AbsenceReason | null;
  readonly meals: readonly { readonly time: string; readonly meal: NonNullable<CareEntry["meal"]>; readonly menu: string; readonly amount: MealAmount; readonly note: string | null }[];
  readonly milk: readonly { readonly time: string; readonly milk: NonNullable<CareEntry["milk"]>; readonly ml: number }[];
  readonly sleeps: readonly { readonly start: string; readonly end: string | null; readonly minutes: number | null }[];
  readonly toilet: readonly { readonly time: string; readonly what: readonly ("basah" | "bab" | "di-toilet" | "mengompol")[] }[];
  readonly baths: readonly string[];
  readonly moods: readonly { readonly time: string | null; readonly mood: NonNullable<CareEntry["mood"]> }[];
  readonly health: readonly { readonly time: string; readonly temperatureC: number | null; readonly symptoms: string | null }[];
  readonly medicines: readonly { readonly time: string; readonly medicine: string; readonly dose: string }[];
  /** Notes from the caregivers (care notes and the notes on other entries). */
  readonly notes: readonly { readonly time: string | null; readonly text: string }[];
  /** What the family asked for the day. */
  readonly requests: readonly string[];
  readonly totals: { readonly milkMl: number; readonly sleepMinutes: number; readonly nappies: number };
}

/**
 * Builds the daily note of one child for one day from the family-visible entries.
 *
 * @param centre - the centre
 * @param childId - the child
 * @param date - the day (`YYYY-MM-DD`)
 * @returns the note's data
 * @throws {@link ValidationError} when the child is unknown or the date is not a calendar date
 * @example
 * ```ts
 * const note = dailyNote(centre, "c-001", "2026-11-23");
 * note.meals[0]?.amount; // => "habis"
 * ```
 * @category Care
 */
export function dailyNote(centre: Centre, childId: string, date: string): DailyNote {
  const child = centre.children.find((c) => c.id === childId);
  const problems = [];
  if (child === undefined) problems.push({ path: "childId", code: "unknown_reference" as const, message: `unknown child ${JSON.stringify(childId)}` });
  if (!isCalendarDate(date)) problems.push({ path: "date", code: "invalid_date" as const, message: `expected a date YYYY-MM-DD, got ${JSON.stringify(date)}` });
  if (child === undefined || problems.length > 0) throw new ValidationError(problems);

  // A collector or family member written by id is shown by name.
  const names = new Map<string, string>();
  for (const p of [...(child.family ?? []), ...(child.collectors ?? [])]) names.set(p.id, p.name);
  const person = (p: string | undefined) => (p === undefined ? null : (names.get(p) ?? p));
  let arrival: DailyNote["arrival"] = null;
  let departure: DailyNote["departure"] = null;
  let absence: AbsenceReason | null = null;
  const meals: DailyNote["meals"][number][] = [];
  const milk: DailyNote["milk"][number][] = [];
  const sleeps: DailyNote["sleeps"][number][] = [];
  const toilet: DailyNote["toilet"][number][] = [];
  const baths: string[] = [];
  const moods: DailyNote["moods"][number][] = [];
  const health: DailyNote["health"][number][] = [];
  const medicines: DailyNote["medicines"][number][] = [];
  const notes: DailyNote["notes"][number][] = [];
  const requests: string[] = [];
  for (const e of childDay(centre, childId, date)) {
    if (e.visibility !== "family") continue;
    if (e.kind === "attendance") {
      if (e.event === "arrival" && arrival === null) arrival = { time: e.time!, person: person(e.person) };
      else if (e.event === "departure") departure = { time: e.time!, person: person(e.person) };
      else if (e.event === "absence") absence = e.reason!;
      if (e.note !== undefined) notes.push({ time: e.time ?? null, text: e.note });
      continue;
    }
    if (e.kind === "family") {
      if ((e as FamilyEntry).entry === "request") requests.push(e.text);
      continue;
    }
    switch (e.care) {
      case "meal":
        meals.push({ time: e.time!, meal: e.meal!, menu: e.menu!, amount: e.amount!, note: e.note ?? null });
        continue;
      case "milk":
        milk.push({ time: e.time!, milk: e.milk!, ml: e.ml! });
        break;
      case "sleep":
        sleeps.push({ start: e.time!, end: e.end ?? null, minutes: e.end === undefined ? null : minutesOf(e.end) - minutesOf(e.time!) });
        break;
      case "toilet":
        toilet.push({ time: e.time!, what: e.toilet! });
        break;
      case "bath":
        baths.push(e.time!);
        break;
      case "mood":
        moods.push({ time: e.time ?? null, mood: e.mood! });
        break;
      case "health":
        health.push({ time: e.time!, temperatureC: e.temperatureC ?? null, symptoms: e.symptoms ?? null });
        break;
      case "medicine":
        medicines.push({ time: e.time!, medicine: e.medicine!, dose: e.dose! });
        break;
      case "medicine-request":
        // The family wrote the request; the note shows the doses given, not the form.
        break;
      case "note":
        notes.push({ time: e.time ?? null, text: e.text! });
        continue;
      default:
        e.care satisfies never;
    }
    if (e.note !== undefined) notes.push({ time: e.time ?? null, text: e.note });
  }
  return {
    centre: centre.settings.name,
    child: { id: child.id, name: child.nickname ?? child.name },
    date,
    arrival,
    departure,
    absence,
    meals,
    milk,
    sleeps,
    toilet,
    baths,
    moods,
    health,
    medicines,
    notes,
    requests,
    totals: {
      milkMl: milk.reduce((s, m) => s + m.ml, 0),
      sleepMinutes: sleeps.reduce((s, x) => s + (x.minutes ?? 0), 0),
      nappies: toilet.filter((t) => t.what.includes("basah") || t.what.includes("bab")).length,
    },
  };
}
