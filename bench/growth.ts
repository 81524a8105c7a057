/**
 * z-score throughput: WHO z-scores (and the Permenkes 2/2020 status) of seeded synthetic
 * measurements of children aged 0–7 years, as a city's Posyandu-style monthly weighing produces
 * them. Run alone: `npx tsx bench/growth.ts [measurements]` (default 200 000). Prints the median of
 * several runs; timing never gates the test suite.
 */
import { type CalendarDate, type GrowthInput, addDays, growthZScores, nutritionStatus } from "../src/index.js";
import { availableParallelism, loadavg } from "node:os";
import { time } from "./measure.js";

/** mulberry32: a small seeded generator, so every run measures the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function measurements(n: number, seed: number): GrowthInput[] {
  const next = rng(seed);
  const birth = "2020-01-01" as CalendarDate;
  const out: GrowthInput[] = [];
  for (let i = 0; i < n; i++) {
    const days = Math.floor(next() * 2557); // 0–7 years
    const years = days / 365.25;
    const noise = () => (next() - 0.5) * 2;
    const height = 50 + (years < 2 ? 25 * years : 50 + 7 * (years - 2)) + noise() * 4;
    const weight = 3.3 + (years < 2 ? 4.5 * years : 9 + 2 * (years - 2)) + noise() * 1.5;
    const r = next();
    out.push({
      sex: i % 2 === 0 ? "male" : "female",
      birthDate: birth,
      date: addDays(birth, days),
      weightKg: Math.round(weight * 10) / 10,
      heightCm: Math.round(height * 10) / 10,
      ...(years < 3 ? { headCm: Math.round((35 + 4 * years + noise()) * 10) / 10 } : {}),
      ...(r < 0.6 ? { position: years < 2 ? ("lying" as const) : ("standing" as const) } : r < 0.7 ? { position: "standing" as const } : {}),
    });
  }
  return out;
}

const n = Number(process.argv[2] ?? 200_000);
const data = measurements(n, 20261204);
const runs = 7;
// Each result is used and dropped, as a report or a summary does; keeping 200 000 results alive
// would measure the garbage collector instead.
let sink = 0;
const zMs = time(runs, () => {
  for (const d of data) sink += growthZScores(d).ageDays;
});
const bothMs = time(runs, () => {
  for (const d of data) sink += nutritionStatus(growthZScores(d)).uncategorized.length;
});
const rows = [
  { step: "growthZScores", measurements: n, "median ms": zMs.toFixed(1), "measurements/s": Math.round((n / zMs) * 1000) },
  { step: "growthZScores + nutritionStatus", measurements: n, "median ms": bothMs.toFixed(1), "measurements/s": Math.round((n / bothMs) * 1000) },
];
console.table(rows);
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${availableParallelism()} cores`);
if (sink < 0) console.log(sink);
