/**
 * `npx tsx bench/store.ts`: durable appends to the SQLite store (WAL, synchronous=FULL), on a
 * store already holding a centre-sized journal (300 children, 16 weeks of the seeded sample):
 * the median of one observation per append and of a batch of 50, and of a child's slice read.
 * Prints a table and one JSON line.
 *   STORE_BENCH_RUNS=200 npx tsx bench/store.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { centreHead, createSampleCentre, type ObservationInput } from "../src/index.js";
import { openSqliteStore } from "../src/node/index.js";

const runs = Number(process.env.STORE_BENCH_RUNS ?? "") || 100;
const dir = mkdtempSync(join(tmpdir(), "tumbuh-store-bench-"));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;

const centre = createSampleCentre({ seed: 2026, children: 300, weeks: 16, asOf: "2026-11-27" });
const store = await openSqliteStore(join(dir, "centre.sqlite"));
await store.writeHead(centreHead(centre), 0);
const entries = centre.journal.entries;
const loadStart = performance.now();
for (let i = 0; i < entries.length; i += 5000) await store.append(entries.slice(i, i + 5000));
const loadMs = performance.now() - loadStart;
const kids = centre.children.map((c) => c.id);
const author = centre.educators[0]!.id;

let n = 0;
const observation = (child: string): ObservationInput => ({
  kind: "anecdote",
  id: `bench-${++n}`,
  child,
  date: "2026-11-27",
  author,
  visibility: "staff",
  text: "Bermain balok bersama teman.",
  indicators: [],
});

const one: number[] = [];
for (let i = 0; i < runs; i++) {
  const o = observation(kids[i % kids.length]!);
  const t = performance.now();
  await store.append([o]);
  one.push(performance.now() - t);
}
const fifty: number[] = [];
for (let i = 0; i < Math.max(10, Math.floor(runs / 5)); i++) {
  const batch = Array.from({ length: 50 }, (_, j) => observation(kids[(i * 50 + j) % kids.length]!));
  const t = performance.now();
  await store.append(batch);
  fifty.push(performance.now() - t);
}
const slice: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  await store.readSlice(kids[(i * 7) % kids.length]!);
  slice.push(performance.now() - t);
}
await store.close();
rmSync(dir, { recursive: true, force: true });

const result = {
  journalEntries: entries.length,
  loadMs: Math.round(loadMs),
  appendOneMedianMs: median(one),
  appendOneP90Ms: p90(one),
  appendFiftyMedianMs: median(fifty),
  appendFiftyP90Ms: p90(fifty),
  sliceMedianMs: median(slice),
  runs,
};
const f = (v: number) => v.toFixed(2).padStart(8);
process.stdout.write(
  [
    `SQLite store (WAL, synchronous=FULL), ${entries.length} entries already stored (loaded in ${result.loadMs} ms)`,
    `                              median      p90   target`,
    `append 1 observation      ${f(result.appendOneMedianMs)} ${f(result.appendOneP90Ms)}   ≤ 5 ms`,
    `append a batch of 50      ${f(result.appendFiftyMedianMs)} ${f(result.appendFiftyP90Ms)}`,
    `read one child's slice    ${f(result.sliceMedianMs)}`,
    JSON.stringify(result),
    "",
  ].join("\n"),
);
