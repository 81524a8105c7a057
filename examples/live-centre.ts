// A day on a teacher's tablet: record a checklist for the group, look at one child's rapor, record
// again, and hand each batch to storage the moment it is recorded. Every call costs what it adds
// (the batch, the one child, the one group), not the whole journal, so this stays instant at a
// 300-child centre in its tenth month.
// Run: npx tsx examples/live-centre.ts
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import {
  type Centre,
  createSampleCentre,
  entriesSince,
  observationIds,
  parseCalendarDate,
  progressReport,
  record,
  recordChecklist,
  serializeCentre,
  weeklyPlan,
} from "tumbuh";

const quiet = process.env.TUMBUH_EXAMPLE_QUIET === "1";
const asOf = parseCalendarDate("2026-11-27");
let centre: Centre = createSampleCentre({ seed: 4, children: 60, weeks: 16 });

// The tablet's own ids: "<device>.<n>", never the same as another tablet's, with no server asked.
const nextId = observationIds("tablet-sari", { after: centre });

// Storage is the app's: here a journal file that only ever grows. The cursor says what is new.
mkdirSync("out/examples", { recursive: true });
writeFileSync("out/examples/live-centre.json", serializeCentre({ ...centre, journal: { schemaVersion: 1, entries: [] } }));
writeFileSync("out/examples/live-journal.jsonl", "");
let cursor = entriesSince(centre).cursor;
function save(): number {
  const delta = entriesSince(centre, cursor);
  cursor = delta.cursor;
  if (delta.entries.length > 0) appendFileSync("out/examples/live-journal.jsonl", `${delta.entries.map((e) => JSON.stringify(e)).join("\n")}\n`);
  return delta.entries.length;
}
save(); // the journal so far

const group = centre.groups[3]!;
const children = centre.children.filter((c) => c.group === group.id);
const author = group.educators[0]!;

// 1. The morning circle: one indicator checked for the whole group.
centre = recordChecklist(centre, {
  id: nextId(),
  date: asOf,
  author,
  visibility: "family",
  indicator: "stppa2014.48-60.nam.a.3",
  results: children.map((c, i) => ({ child: c.id, level: i % 3 === 0 ? "MB" : "BSH" })),
});
console.log(`checklist for ${children.length} children stored: ${save()} new entries`);

// 2. One child's rapor, right after: only that child is folded again.
const child = children[0]!;
let report = progressReport(centre, child.id, { asOf, audience: "family" });
console.log(`${child.nickname ?? child.name}: ${report.sections.length} sections in the rapor`);

// 3. A note, then the same rapor again: it now counts the new anecdote.
centre = record(centre, {
  kind: "anecdote",
  id: nextId(),
  child: child.id,
  date: asOf,
  author,
  visibility: "family",
  text: "Menuang air dari teko ke gelas tanpa tumpah, lalu mengelap meja sendiri.",
  indicators: ["stppa2014.48-60.nam.a.3"],
});
console.log(`anecdote stored: ${save()} new entry`);
report = progressReport(centre, child.id, { asOf, audience: "family" });

// 4. Next week's plan for the group, from the same centre value.
const plan = weeklyPlan(centre, group.id, { week: "2026-11-30", asOf });
const presentations = plan.days.reduce((n, d) => n + d.slots.reduce((m, s) => m + s.presentations.length, 0), 0);
console.log(`weekly plan for ${group.name}: ${presentations} presentations`);
if (!quiet) console.log("written: out/examples/live-centre.json and out/examples/live-journal.jsonl");
