/**
 * A care-heavy year: the sample centre with six care entries per child per working day for a
 * year (attendance in and out, a snack, lunch, a nap, a nappy or toilet entry), then the
 * interactive steps of a caregiver's day timed on it: recording one group's moment as a batch,
 * the refold that follows, a child's daily note, a group's day sheet, a ratio check and a rapor.
 * Seeded; prints one JSON line of medians (ms).
 *   npx tsx bench/care.ts [children=60]
 */
import {
  addDays,
  createSampleCentre,
  dailyNote,
  daySheet,
  foldProgress,
  type ObservationInput,
  parseCalendarDate,
  progressReport,
  ratioCheck,
  record,
  weekday,
} from "../src/index.js";

const childrenCount = Number(process.argv[2] ?? 60);
const asOf = parseCalendarDate("2026-11-27");
const base = createSampleCentre({ children: childrenCount, weeks: 52, asOf });
const days: string[] = [];
for (let i = 364; i >= 1; i--) {
  const d = addDays(asOf, -i);
  if (weekday(d) <= 5) days.push(d);
}

function careDay(child: string, date: string, author: string): ObservationInput[] {
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

const extra: ObservationInput[] = [];
for (const date of days) {
  for (const c of base.children) {
    if (c.enrolledOn > date || c.birthDate > date) continue;
    const g = base.groups.find((x) => x.id === c.group)!;
    extra.push(...careDay(c.id, date, g.educators[0]!));
  }
}
const started = performance.now();
const centre = { ...base, journal: { ...base.journal, entries: [...base.journal.entries, ...(extra as never[])] } };
foldProgress(centre);
const buildMs = performance.now() - started;

function median(f: () => unknown, runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const group = base.groups[0]!;
const kids = base.children.filter((c) => c.group === group.id);
let k = 0;
const batch = () =>
  kids.map((c) => ({ kind: "care", id: `batch.${k}.${c.id}`, child: c.id, date: asOf, author: group.educators[0]!, visibility: "family", care: "toilet", time: "10:00", toilet: ["basah"] }) as ObservationInput);
const recordMs = median(() => record(centre, batch().map((o) => ({ ...o, id: `${o.id}.${k++}` }))));
const next = record(centre, batch());
const refoldMs = median(() => foldProgress({ journal: { ...next.journal } }));
foldProgress(next);
const child = kids[0]!.id;
const lastDay = days.at(-1)!;
console.log(
  JSON.stringify({
    children: base.children.length,
    journalEntries: centre.journal.entries.length,
    careEntries: extra.length,
    buildAndFoldMs: Math.round(buildMs),
    recordBatchMs: +recordMs.toFixed(1),
    batchSize: kids.length,
    refoldMs: +refoldMs.toFixed(1),
    dailyNoteMs: +median(() => dailyNote(next, child, lastDay)).toFixed(2),
    daySheetMs: +median(() => daySheet(next, group.id, lastDay, "13:00")).toFixed(2),
    ratioCheckMs: +median(() => ratioCheck(next, group.id, lastDay)).toFixed(2),
    raporMs: +median(() => progressReport(next, child, { asOf })).toFixed(2),
  }),
);
