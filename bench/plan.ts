/**
 * Benchmarks of the weekly plan (RPPM): one class of 30 children with the full bundled catalog,
 * and every group of a 300-child centre. Seeded sample data; medians of repeated runs.
 *
 * Run alone with `npx tsx bench/plan.ts` (add `--expose-gc` before the file name to collect
 * garbage between runs), or call `benchPlans()` from a bench runner.
 */
import {
  type Centre,
  createSampleCentre,
  dailyPlan,
  foldProgress,
  renderWeeklyPlanHtml,
  renderWeeklyPlanMarkdown,
  weeklyPlan,
} from "../src/index.js";
import { time } from "./measure.js";

const WEEK = "2026-11-30";

/**
 * A class of 30: the sample centre opens a second group once an age group passes 20 children, so
 * 150 children give TK A groups of 20 and 10; they are merged into one class of 30 (4–5 years).
 */
function classOf30(): { centre: Centre; group: string } {
  const base = createSampleCentre({ seed: 7, children: 150, weeks: 20 });
  const children = base.children.map((c) => (c.group === "g-45-002" ? { ...c, group: "g-45-001" } : c)) as Centre["children"];
  const groups = base.groups.filter((g) => g.id !== "g-45-002");
  const centre: Centre = { ...base, children, groups };
  if (centre.children.filter((c) => c.group === "g-45-001").length !== 30) throw new Error("expected a class of 30");
  return { centre, group: "g-45-001" };
}

/** A fresh journal object, so the progress fold (cached per journal) runs again. */
function refold(centre: Centre): Centre {
  return { ...centre, journal: { ...centre.journal, entries: centre.journal.entries } };
}

/**
 * Runs the planning benchmarks.
 *
 * @returns one row per benchmark: name, median milliseconds, runs
 */
export async function benchPlans(): Promise<{ name: string; medianMs: number; runs: number }[]> {
  const rows: { name: string; medianMs: number; runs: number }[] = [];
  const { centre, group } = classOf30();
  foldProgress(centre);
  for (let i = 0; i < 10; i++) weeklyPlan(centre, group, { week: WEEK }); // warm up (JIT)
  rows.push({ name: "class of 30, full catalog: weeklyPlan (progress fold cached)", medianMs: time(50, () => weeklyPlan(centre, group, { week: WEEK })), runs: 50 });
  rows.push({
    name: `class of 30: progress fold of its centre's journal (${centre.journal.entries.length} entries, 150 children)`,
    medianMs: time(10, () => foldProgress(refold(centre))),
    runs: 10,
  });
  const plan = weeklyPlan(centre, group, { week: WEEK });
  rows.push({ name: "class of 30: dailyPlan of one day", medianMs: time(30, () => dailyPlan(plan, "2026-12-02")), runs: 30 });
  rows.push({ name: "class of 30: Markdown + HTML (week and 5 days), id", medianMs: time(20, () => [renderWeeklyPlanMarkdown(plan), renderWeeklyPlanHtml(plan)]), runs: 20 });

  const big = createSampleCentre({ seed: 7, children: 300, weeks: 20 });
  const groups = big.groups.map((g) => g.id);
  foldProgress(big);
  for (let i = 0; i < 2; i++) for (const g of groups) weeklyPlan(big, g, { week: WEEK });
  rows.push({
    name: `centre of 300 (${groups.length} groups): every group's weeklyPlan (fold cached)`,
    medianMs: time(10, () => groups.map((g) => weeklyPlan(big, g, { week: WEEK }))),
    runs: 10,
  });
  rows.push({
    name: `centre of 300: every group's weeklyPlan including the fold (${big.journal.entries.length} entries)`,
    medianMs: time(5, () => {
      const fresh = refold(big);
      return groups.map((g) => weeklyPlan(fresh, g, { week: WEEK }));
    }),
    runs: 5,
  });
  return rows;
}

function isMain(): boolean {
  const entry = process.argv[1] ?? "";
  return entry.endsWith("bench/plan.ts") || entry.endsWith("bench/plan.js");
}

if (isMain()) {
  const rows = await benchPlans();
  const width = Math.max(...rows.map((r) => r.name.length));
  process.stdout.write(`${"benchmark".padEnd(width)}  median ms  runs\n`);
  for (const r of rows) process.stdout.write(`${r.name.padEnd(width)}  ${r.medianMs.toFixed(2).padStart(9)}  ${String(r.runs).padStart(4)}\n`);
}
