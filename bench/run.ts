/**
 * `npm run bench`: builds each seeded dataset in its own Node process, measures it, prints a
 * table with the target ratios, and writes bench/results/latest.json. Timing never gates the
 * test suite; these numbers go in the closing notes.
 *   BENCH_DATASETS=class,centre npm run bench   # a subset
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DATASETS } from "./datasets.js";

const wanted = (process.env.BENCH_DATASETS ?? DATASETS.map((d) => d.name).join(",")).split(",");
const results: Record<string, number | string>[] = [];
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
  const r = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=12000", "--import", "tsx", "bench/dataset.ts", spec.name, file], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    throw new Error(`dataset ${spec.name} failed`);
  }
  rmSync(dir, { recursive: true, force: true });
  const line = r.stdout.trim().split("\n").pop() ?? "{}";
  results.push(JSON.parse(line) as Record<string, number | string>);
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
    "peak RSS MB, pipeline (<1024 city)": n(r.peakRssPipelineMb, 0),
    "… with SQLite + stream": n(r.peakRssMb, 0),
  };
});
console.table(rows);
const city = results.find((r) => r.dataset === "city");
const city2 = results.find((r) => r.dataset === "city2x");
if (city && city2) {
  const k = (key: string) => n((city2[key] as number) / (city[key] as number), 2);
  console.log(`doubling the data (city → city2x, ≤2.2×): validate ${k("validateMs")}×, fold+reports ${k("foldAndReportsMs")}×, JSON.parse ${k("jsonParseMs")}×`);
}
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/latest.json", `${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
console.log("written bench/results/latest.json");
