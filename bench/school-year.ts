/**
 * A school year at a 300-child centre, as the app lives it: 200 school days; each day about 700
 * observations in about 50 batches (group checklists, small-group lessons), each batch stored
 * durably in the SQLite store the moment it is recorded; 30 children's reports and 5 groups' weekly plans
 * refreshed during the day. Prints one JSON line: total time, the split between recording,
 * refreshing and storing, and peak memory.
 *
 *   npx tsx bench/school-year.ts [store-file]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  addDays,
  ageInMonths,
  bandForAge,
  type Centre,
  centreHead,
  createSampleCentre,
  entriesSince,
  type ObservationInput,
  parseCalendarDate,
  progressReport,
  record,
  recordChecklist,
  resolveCurriculum,
  weeklyPlan,
  weekday,
} from "../src/index.js";
import { openSqliteStore } from "../src/node/index.js";

const dir = mkdtempSync(join(tmpdir(), "tumbuh-year-"));
const storeFile = process.argv[2] ?? join(dir, "centre.sqlite");

// The roster, curricula and inventory of a 300-child centre; the year's journal starts empty.
const sample = createSampleCentre({ seed: 2027, children: 300, weeks: 1, asOf: "2026-07-10" });
let centre: Centre = { ...sample, journal: { schemaVersion: 1, entries: [] } };
const curriculum = resolveCurriculum(centre);
const stppa = curriculum.frameworks.find((f) => f.id === "stppa2014")!;
const activities = [...curriculum.activities.values()];

/** The SQLite store (WAL, synchronous=FULL): each batch is one committed, fsynced transaction. */
const sqlite = await openSqliteStore(storeFile);
await sqlite.writeHead(centreHead(centre), 0);

// A small deterministic generator (the bench is seeded like every other).
let seed = 12345;
const rand = (n: number) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed % n;
};

const days: string[] = [];
for (let d = parseCalendarDate("2026-07-13"); days.length < 200; d = addDays(d, 1)) if (weekday(d) <= 5) days.push(d);

let recordMs = 0;
let refreshMs = 0;
let storeMs = 0;
let observations = 0;
let seq = 0;
const levels = ["BB", "MB", "BSH", "BSB"] as const;
let cursor = entriesSince(centre).cursor;
const started = performance.now();
for (const day of days) {
  const date = parseCalendarDate(day);
  const touched: string[] = [];
  for (let b = 0; b < 50; b++) {
    const group = centre.groups[rand(centre.groups.length)]!;
    const members = centre.children.filter((c) => c.group === group.id);
    const author = group.educators[0] ?? centre.educators[0]!.id;
    const band = bandForAge(stppa, ageInMonths(members[0]!.birthDate, date));
    const indicators = band?.indicators ?? [];
    let next: Centre;
    const t0 = performance.now();
    if (b % 2 === 0 && indicators.length > 0) {
      // A checklist for the whole group (about 20 children).
      const indicator = indicators[rand(indicators.length)]!.id;
      next = recordChecklist(centre, {
        id: `y-${++seq}`,
        date: day,
        author,
        visibility: "family",
        indicator,
        results: members.map((m) => ({ child: m.id, level: levels[rand(4)]! })),
      });
    } else {
      // Lesson records of a work period (a group without bundled STPPA text records more of them).
      const batch: ObservationInput[] = [];
      for (let k = 0, n = indicators.length > 0 ? 8 : 20; k < n; k++) {
        const child = members[rand(members.length)]!;
        const activity = activities[rand(activities.length)]!;
        batch.push({ kind: "lesson", id: `y-${++seq}`, child: child.id, date: day, author, visibility: "family", activity: activity.id, stage: (["presented", "practicing", "mastered"] as const)[rand(3)]! } as ObservationInput);
      }
      next = record(centre, batch);
    }
    const t1 = performance.now();
    // What the batch appended, read through the delta sync (never the whole journal).
    const delta = entriesSince(next, cursor);
    cursor = delta.cursor;
    const added = delta.entries;
    await sqlite.append(added);
    const t2 = performance.now();
    recordMs += t1 - t0;
    storeMs += t2 - t1;
    observations += added.length;
    for (const e of added) touched.push(e.child);
    centre = next;
  }
  const t3 = performance.now();
  for (let r = 0; r < 30; r++) progressReport(centre, touched[rand(touched.length)]!, { asOf: date });
  for (let p = 0; p < 5; p++) weeklyPlan(centre, centre.groups[rand(centre.groups.length)]!.id, { week: day, asOf: date });
  refreshMs += performance.now() - t3;
}
const totalMs = performance.now() - started;
await sqlite.close();
rmSync(dir, { recursive: true, force: true });

process.stdout.write(
  `${JSON.stringify({
    days: days.length,
    observations,
    totalMs,
    recordMs,
    refreshMs,
    storeMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
