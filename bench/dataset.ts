/**
 * Measures one dataset in its own process (so peak memory is the dataset's own) and prints one
 * JSON line of results. Run by bench/run.ts; `npx tsx bench/dataset.ts city` runs one by hand.
 */
import Database from "better-sqlite3";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summarizeJournalStream, writeJournalJsonl } from "../src/node/index.js";
import {
  type Centre,
  effectiveObservations,
  foldProgress,
  latestLevels,
  parseCalendarDate,
  parseCentre,
  progressReport,
  summarize,
  weeklyPlan,
} from "../src/index.js";
import { DATASETS } from "./datasets.js";
import { collect, median, time } from "./measure.js";

const name = process.argv[2] ?? "class";
const spec = DATASETS.find((d) => d.name === name);
if (spec === undefined) throw new Error(`unknown dataset ${name}`);
const asOf = parseCalendarDate("2026-11-27");
const big = spec.children >= 5000;
const runs = big ? 3 : spec.children >= 300 ? 5 : 15;

// The user's workload: read the document's text, parse, validate, fold, report. The document was
// written by bench/generate.ts in another process, so the generator's memory is not counted.
const file = process.argv[3];
if (file === undefined) throw new Error("usage: dataset.ts <dataset> <file written by generate.ts>");
let text: string | undefined = readFileSync(file, "utf8");
collect();
const result: Record<string, number | string> = { dataset: spec.name, label: spec.label, children: spec.children, megabytes: text.length / 1e6 };

// The floor: no library reads the data faster than JSON.parse reads the text.
result.jsonParseMs = time(runs, () => JSON.parse(text!));
let parsed: unknown = JSON.parse(text!);
text = undefined; // an app drops the text once parsed
result.validateMs = time(runs, () => parseCentre(parsed));
const valid: Centre = parseCentre(parsed);
result.observations = valid.journal.entries.length;
parsed = undefined; // the validated centre replaces the parsed value, as in an app

// A fresh journal object each run so the fold cache does not answer.
const fresh = (): Centre => ({ ...valid, journal: { ...valid.journal } });
result.foldMs = time(runs, () => foldProgress(fresh()));
result.foldAndReportsMs = time(Math.min(runs, 3), () => {
  const c = fresh();
  foldProgress(c);
  for (const child of c.children) progressReport(c, child.id, { asOf });
});
result.reportsPerChildMs = (result.foldAndReportsMs as number) / spec.children;

// Every group's weekly plan for the week after asOf (the fold is shared, as in the demo).
foldProgress(valid);
result.groups = valid.groups.length;
result.allPlansMs = time(Math.min(runs, 3), () => {
  for (const g of valid.groups) weeklyPlan(valid, g.id, { week: "2026-11-30", asOf });
});
result.planPerGroupMs = (result.allPlansMs as number) / valid.groups.length;

// A cohort summary of the semester, in memory and streamed from a JSON Lines journal.
const period = { from: parseCalendarDate("2026-07-01"), to: parseCalendarDate("2026-12-31") };
result.summarizeMs = time(Math.min(runs, 3), () => summarize(fresh(), { asOf, period }));
// The high-water mark of the pipeline itself (text, parsed value, centre, fold, reports, plans,
// summary), before the streaming file and SQLite's in-memory table add their own.
result.peakRssPipelineMb = process.resourceUsage().maxRSS / 1024;
{
  const jsonl = join(mkdtempSync(join(tmpdir(), "tumbuh-bench-")), "journal.jsonl");
  await writeJournalJsonl(jsonl, valid);
  // Median of a few runs, like every other number here (the first run in a process also pays for
  // compiling the scanner); heap growth is that of the first run.
  const samples: number[] = [];
  let lines = 0;
  for (let i = 0; i < Math.max(3, Math.min(runs, 5)); i++) {
    collect();
    const before = process.memoryUsage().heapUsed;
    const t = performance.now();
    const streamed = await summarizeJournalStream(jsonl, { roster: valid.children, asOf, period });
    samples.push(performance.now() - t);
    lines = streamed.lines;
    if (i === 0) result.streamHeapGrowthMb = (process.memoryUsage().heapUsed - before) / 1e6;
  }
  const ms = median(samples);
  result.streamMs = ms;
  result.streamObsPerSecond = Math.round((lines / ms) * 1000);
}

// The same latest-level-per-child-and-indicator aggregation: tumbuh vs SQLite. `latestLevelsMs`
// folds a fresh journal first (the stricter number); `latestLevelsFoldedMs` reads a fold already
// made, as SQLite's query reads an index already built.
result.latestLevelsMs = time(runs, () => latestLevels(fresh()).length);
result.latestLevelsFoldedMs = time(runs, () => latestLevels(valid).length);
result.latestLevelsRows = latestLevels(valid).length;
{
  const db = new Database(":memory:");
  db.exec("CREATE TABLE obs (id TEXT, child TEXT, indicator TEXT, date TEXT, level TEXT)");
  const insert = db.prepare("INSERT INTO obs VALUES (?, ?, ?, ?, ?)");
  const rows = effectiveObservations(valid.journal).filter((o) => o.kind === "assessment");
  db.transaction(() => {
    for (const o of rows) if (o.kind === "assessment") insert.run(o.id, o.child, o.indicator, o.date, o.level);
  })();
  db.exec("CREATE INDEX obs_key ON obs (child, indicator, date, id)");
  const query = db.prepare(
    "SELECT child, indicator, level FROM (SELECT child, indicator, level, ROW_NUMBER() OVER (PARTITION BY child, indicator ORDER BY date DESC, id DESC) AS rn FROM obs) WHERE rn = 1",
  );
  result.sqliteRows = rows.length;
  const answer = query.all() as { child: string; indicator: string; level: string }[];
  // Both must give the same answer, or the comparison means nothing.
  const ours = new Map(latestLevels(valid).map((r) => [`${r.child} ${r.indicator}`, r.level]));
  if (answer.length !== ours.size || answer.some((r) => ours.get(`${r.child} ${r.indicator}`) !== r.level)) {
    throw new Error("latestLevels and SQLite disagree");
  }
  result.sqliteLatestMs = time(runs, () => query.all().length);
  db.close();
}

result.peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(result)}\n`);
