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
import { withCareYear } from "./datasets.js";

const childrenCount = Number(process.argv[2] ?? 60);
const asOf = parseCalendarDate("2026-11-27");
const base = createSampleCentre({ children: childrenCount, weeks: 52, asOf });
const started = performance.now();
const centre = withCareYear(base, asOf);
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
// The last working day before asOf (the care year ends there).
let lastDay = addDays(asOf, -1);
while (weekday(lastDay) > 5) lastDay = addDays(lastDay, -1);
console.log(
  JSON.stringify({
    children: base.children.length,
    journalEntries: centre.journal.entries.length,
    careEntries: centre.journal.entries.length - base.journal.entries.length,
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
