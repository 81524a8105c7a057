/**
 * The interactive table: what a teacher on a tablet waits for. For one dataset, in its own process:
 * recording one observation, a checklist for a group of 30, the child's report right after, the
 * group's weekly plan right after; each a median over a run of successive recordings (each call on
 * the centre the previous call returned, as an app does).
 *
 *   npx tsx bench/interactive.ts centre /tmp/centre.json
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../src/node/index.js";
import {
  type Centre,
  centreHead,
  checkObservations,
  latestLevels,
  type ObservationInput,
  parseCalendarDate,
  parseCentre,
  progressReport,
  record,
  recordChecklist,
  resolveCurriculum,
  summarize,
  weeklyPlan,
} from "../src/index.js";
import { DATASETS } from "./datasets.js";
import { collect, median } from "./measure.js";

const name = process.argv[2] ?? "class";
const file = process.argv[3];
const spec = DATASETS.find((d) => d.name === name);
if (spec === undefined || file === undefined) throw new Error("usage: interactive.ts <dataset> <file written by generate.ts>");
const asOf = parseCalendarDate("2026-11-27");
const day = "2026-11-27";

// BENCH_RUNS scales the number of repetitions (e.g. 0.1 to time a slow build quickly).
const scale = Number(process.env.BENCH_RUNS ?? "1");
const reps = (n: number) => Math.max(3, Math.round(n * scale));

let centre: Centre = parseCentre(JSON.parse(readFileSync(file, "utf8")));
const result: Record<string, number | string> = { dataset: spec.name, observations: centre.journal.entries.length };
collect();

// An assessment any child of the group can take: an indicator of the group's first child's band.
const curriculum = resolveCurriculum(centre);
const child = centre.children[Math.floor(centre.children.length / 2)]!;
const group = centre.groups.find((g) => g.id === child.group)!;
const groupChildren = centre.children.filter((c) => c.group === group.id).slice(0, 30);
const author = group.educators[0] ?? centre.educators[0]!.id;
const indicators = [...curriculum.indicators.keys()].filter((id) => id.startsWith("stppa2014."));
let seq = 0;
const levels = ["BB", "MB", "BSH", "BSB"] as const;
function assessment(childId: string): ObservationInput {
  seq++;
  return {
    kind: "assessment",
    id: `bench-${seq}`,
    child: childId,
    date: day,
    author,
    visibility: "family",
    indicator: indicators[seq % indicators.length]!,
    level: levels[seq % 4]!,
  } as ObservationInput;
}

function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

// The first record after loading a document builds the live indexes once (one pass).
result.firstRecordMs = timed(() => {
  centre = record(centre, assessment(child.id));
});

const recordOne: number[] = [];
for (let i = 0; i < reps(300); i++) recordOne.push(timed(() => (centre = record(centre, assessment(child.id)))));
result.recordOneMs = median(recordOne);

const checklist: number[] = [];
for (let i = 0; i < reps(40); i++) {
  seq++;
  const indicator = indicators[seq % indicators.length]!;
  checklist.push(
    timed(() => {
      centre = recordChecklist(centre, {
        id: `bench-ck-${seq}`,
        date: day,
        author,
        visibility: "family",
        indicator,
        results: groupChildren.map((c, k) => ({ child: c.id, level: levels[(seq + k) % 4]! })),
      });
    }),
  );
}
result.checklist30Ms = median(checklist);

// Warm the reports and plans once (skeletons, curricula caches), as a running app has.
progressReport(centre, child.id, { asOf });
weeklyPlan(centre, group.id, { week: "2026-11-30", asOf });

const reportAfter: number[] = [];
for (let i = 0; i < reps(40); i++) {
  centre = record(centre, assessment(child.id));
  reportAfter.push(timed(() => progressReport(centre, child.id, { asOf })));
}
result.reportAfterMs = median(reportAfter);

const planAfter: number[] = [];
for (let i = 0; i < reps(20); i++) {
  centre = record(centre, assessment(child.id));
  planAfter.push(timed(() => weeklyPlan(centre, group.id, { week: "2026-11-30", asOf })));
}
result.planAfterMs = median(planAfter);

const period = { from: parseCalendarDate("2026-07-01"), to: parseCalendarDate("2026-12-31") };
latestLevels(centre, { asOf });
summarize(centre, { asOf, period });
const latestAfter: number[] = [];
const summarizeAfter: number[] = [];
for (let i = 0; i < reps(10); i++) {
  centre = record(centre, assessment(child.id));
  latestAfter.push(timed(() => latestLevels(centre, { asOf })));
  summarizeAfter.push(timed(() => summarize(centre, { asOf, period })));
}
result.latestAfterMs = median(latestAfter);
result.summarizeAfterMs = median(summarizeAfter);
// A durable append to the SQLite store (WAL, synchronous=FULL) holding the dataset's journal:
// what an app does with each batch right after recording it.
{
  const dir = mkdtempSync(join(tmpdir(), "tumbuh-interactive-"));
  const store = await openSqliteStore(join(dir, "centre.sqlite"));
  await store.writeHead(centreHead(centre), 0);
  const entries = centre.journal.entries;
  for (let i = 0; i < entries.length; i += 20_000) await store.append(entries.slice(i, i + 20_000));
  const one: number[] = [];
  for (let i = 0; i < reps(100); i++) {
    const o = checkObservations(centre, assessment(child.id));
    const t = performance.now();
    await store.append(o);
    one.push(performance.now() - t);
  }
  const fifty: number[] = [];
  for (let i = 0; i < reps(20); i++) {
    const batch = checkObservations(centre, Array.from({ length: 50 }, (_, k) => assessment(groupChildren[k % groupChildren.length]!.id)));
    const t = performance.now();
    await store.append(batch);
    fifty.push(performance.now() - t);
  }
  result.durableAppendMs = median(one);
  result.durableAppend50Ms = median(fifty);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

result.peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(result)}\n`);
