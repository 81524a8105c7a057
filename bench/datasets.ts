/** Benchmark datasets: seeded sample centres sized like real use. */
import { addDays, type CalendarDate, type Centre, createSampleCentre, type ObservationInput, parseCalendarDate, weekday } from "../src/index.js";

export interface DatasetSpec {
  readonly name: string;
  readonly label: string;
  readonly children: number;
  readonly weeks: number;
  /** Six care entries per child per working day of the year (a taman asuh's care log). */
  readonly care?: boolean;
}

/** A class for one semester, a centre for a year, a city slice (~1 M observations) and twice that. */
export const DATASETS: readonly DatasetSpec[] = [
  { name: "class", label: "class: 30 children, one semester", children: 30, weeks: 26 },
  { name: "centre", label: "centre: 300 children, one year", children: 300, weeks: 52 },
  { name: "city", label: "city slice: 10 000 children (~1 M observations)", children: 10_000, weeks: 15 },
  { name: "city2x", label: "scaling: 20 000 children (~2 M observations)", children: 20_000, weeks: 15 },
  { name: "care", label: "care-heavy centre: 300 children, one year, six care entries per child per day", children: 300, weeks: 52, care: true },
];

/**
 * One child's care day as a taman asuh records it: arrival, a snack, lunch, a nap, a nappy or
 * toilet entry, departure.
 */
export function careDay(child: string, date: string, author: string): ObservationInput[] {
  const b = { child, date, author, visibility: "family" as const };
  const id = (n: number) => `bc.${date}.${child}.${n}`;
  return [
    { kind: "attendance", id: id(1), ...b, event: "arrival", time: "07:30" },
    { kind: "care", id: id(2), ...b, care: "meal", time: "09:30", meal: "morning-snack", menu: "Pisang kukus", amount: "habis" },
    { kind: "care", id: id(3), ...b, care: "meal", time: "11:30", meal: "lunch", menu: "Nasi sayur tahu", amount: "sebagian" },
    { kind: "care", id: id(4), ...b, care: "sleep", time: "12:30", end: "14:00" },
    { kind: "care", id: id(5), ...b, care: "toilet", time: "14:10", toilet: ["basah"] },
    { kind: "attendance", id: id(6), ...b, event: "departure", time: "16:00", person: "someone" },
  ] as ObservationInput[];
}

/** The centre with a year of care days (every working day before `asOf`) added to its journal. */
export function withCareYear(base: Centre, asOf: CalendarDate): Centre {
  const days: string[] = [];
  for (let i = 364; i >= 1; i--) {
    const d = addDays(asOf, -i);
    if (weekday(d) <= 5) days.push(d);
  }
  const extra: ObservationInput[] = [];
  for (const date of days) {
    for (const c of base.children) {
      if (c.enrolledOn > date || c.birthDate > date) continue;
      const g = base.groups.find((x) => x.id === c.group)!;
      extra.push(...careDay(c.id, date, g.educators[0]!));
    }
  }
  return { ...base, journal: { ...base.journal, entries: [...base.journal.entries, ...(extra as never[])] } };
}

export function buildDataset(spec: DatasetSpec): Centre {
  const centre = createSampleCentre({ seed: 20261128, children: spec.children, weeks: spec.weeks, asOf: "2026-11-27" });
  return spec.care === true ? withCareYear(centre, parseCalendarDate("2026-11-27")) : centre;
}
