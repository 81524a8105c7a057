/**
 * `npm run bench`: builds each seeded dataset in its own Node process, measures it, prints a
 * table with the target ratios, and writes bench/results/latest.json. Timing never gates the
 * test suite; these numbers go in the closing notes.
 *   BENCH_DATASETS=class,centre npm run bench   # a subset
 *   BENCH_TABLES=interactive,year npm run bench  # some tables only (batch, interactive, year, growth)
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DATASETS } from "./datasets.js";

const wanted = (process.env.BENCH_DATASETS ?? DATASETS.map((d) => d.name).join(",")).split(",");
const tables = (process.env.BENCH_TABLES ?? "batch,interactive,year,growth").split(",");
const results: Record<string, number | string>[] = [];
const interactive: Record<string, number | string>[] = [];

/** Runs one bench script in its own process and returns its last line as JSON. */
function measure(script: string, args: readonly string[]): Record<string, number | string> {
  const r = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=12000", "--import", "tsx", script, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    throw new Error(`${script} ${args.join(" ")} failed`);
  }
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as Record<string, number | string>;
}

for (const spec of DATASETS.filter((d) => wanted.includes(d.name))) {
  process.stderr.write(`measuring ${spec.label} …\n`);
  // Generated in one process, measured in another: peak memory is the pipeline's own.
  const dir = mkdtempSync(join(tmpdir(), "tumbuh-bench-"));
  const file = join(dir, `${spec.name}.json`);
  const g = spawnSync(process.execPath, ["--max-old-space-size=12000", "--import", "tsx", "bench/generate.ts", spec.name, file], { encoding: "utf8" });
  if (g.status !== 0) {
    process.stderr.write(g.stderr);
    throw new Error(`generating ${spec.name} failed`);
  }
  if (tables.includes("batch") && spec.care !== true) {
    const r = measure("bench/dataset.ts", [spec.name, file]);
    // The same pipeline reading the file with readCentreFile (journal parsed entry by entry).
    const p = measure("bench/peak.ts", [file]);
    results.push({ ...r, streamedReadMs: p.readMs ?? "—", peakRssStreamedMb: p.peakRssMb ?? "—" });
  }
  // The interactive table: the sizes a teacher's tablet meets (a class, a centre, a city slice).
  if (tables.includes("interactive") && spec.name !== "city2x") interactive.push(measure("bench/interactive.ts", [spec.name, file]));
  rmSync(dir, { recursive: true, force: true });
}

const n = (v: unknown, digits = 1) => (typeof v === "number" ? v.toFixed(digits) : "—");
const rows = results.map((r) => {
  const parse = r.jsonParseMs as number;
  return {
    dataset: r.dataset,
    observations: r.observations,
    "MB": n(r.megabytes),
    "JSON.parse ms": n(parse),
    "validate ms": n(r.validateMs),
    "validate/parse (≤0.75)": n((r.validateMs as number) / parse, 2),
    "fold ms": n(r.foldMs),
    "fold+reports ms": n(r.foldAndReportsMs),
    "(fold+reports)/parse (≤0.25)": n((r.foldAndReportsMs as number) / parse, 2),
    "latest levels ms": n(r.latestLevelsMs),
    "SQLite ms": n(r.sqliteLatestMs),
    "SQLite/tumbuh (≥5)": n((r.sqliteLatestMs as number) / (r.latestLevelsMs as number), 1),
    "… from a made fold": n((r.sqliteLatestMs as number) / (r.latestLevelsFoldedMs as number), 1),
    "plan/group ms (class ≪20)": n(r.planPerGroupMs),
    "summarize ms": n(r.summarizeMs),
    "stream obs/s (≥1M)": r.streamObsPerSecond,
    "peak RSS MB, pipeline": n(r.peakRssPipelineMb, 0),
    "… reading the file with readCentreFile (<1024 city)": n(r.peakRssStreamedMb, 0),
    "… with SQLite + stream": n(r.peakRssMb, 0),
  };
});
if (rows.length > 0) console.table(rows);
const city = results.find((r) => r.dataset === "city");
const city2 = results.find((r) => r.dataset === "city2x");
if (city && city2) {
  const k = (key: string) => n((city2[key] as number) / (city[key] as number), 2);
  console.log(`doubling the data (city → city2x, ≤2.2×): validate ${k("validateMs")}×, fold+reports ${k("foldAndReportsMs")}×, JSON.parse ${k("jsonParseMs")}×`);
}
if (interactive.length > 0) {
  console.log("interactive (medians of successive calls, each on the centre the previous call returned)");
  console.table(
    interactive.map((r) => ({
      dataset: r.dataset,
      observations: r.observations,
      "first record after load ms": n(r.firstRecordMs),
      "record one ms (≤1 centre)": n(r.recordOneMs, 3),
      "checklist of 30 ms": n(r.checklist30Ms, 2),
      "report right after ms (≤5)": n(r.reportAfterMs, 2),
      "plan right after ms (≤20)": n(r.planAfterMs, 2),
      "latest levels right after ms": n(r.latestAfterMs, 2),
      "summarize right after ms": n(r.summarizeAfterMs, 1),
      "durable append one ms (≤5)": n(r.durableAppendMs, 2),
      "durable append 50 ms": n(r.durableAppend50Ms, 2),
    })),
  );
}
let year: Record<string, number | string> | undefined;
if (tables.includes("year")) {
  process.stderr.write("simulating a school year …\n");
  year = measure("bench/school-year.ts", []);
  console.log(
    `school year (300 children, ${year.days} days, ${year.observations} observations, stored durably; ≤90 s): ` +
      `total ${n((year.totalMs as number) / 1000)} s = recording ${n((year.recordMs as number) / 1000)} s + ` +
      `refreshing ${n((year.refreshMs as number) / 1000)} s + storing ${n((year.storeMs as number) / 1000)} s; peak RSS ${n(year.peakRssMb, 0)} MB`,
  );
}
if (tables.includes("growth")) {
  // WHO z-score throughput, and the report's time with and without growth measurements.
  for (const script of ["bench/growth.ts", "bench/growth-report.ts"]) {
    process.stderr.write(`${script} …\n`);
    const r = spawnSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8", maxBuffer: 1 << 24 });
    if (r.status !== 0) {
      process.stderr.write(r.stderr);
      throw new Error(`${script} failed`);
    }
    process.stdout.write(r.stdout);
  }
}
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/latest.json", `${JSON.stringify({ node: process.version, results, interactive, year }, null, 2)}\n`);
console.log("written bench/results/latest.json");
