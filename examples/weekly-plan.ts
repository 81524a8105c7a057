// A weekly plan (RPPM) for one group of the sample centre, rendered to Markdown and HTML, and one
// day of it as a daily plan (RPPH). Every planned presentation says why it was chosen.
// Run: npx tsx examples/weekly-plan.ts
import { mkdirSync, writeFileSync } from "node:fs";
import {
  addDays,
  createSampleCentre,
  dailyPlan,
  mondayOf,
  parseCalendarDate,
  renderDailyPlanMarkdown,
  renderWeeklyPlanHtml,
  renderWeeklyPlanMarkdown,
  weeklyPlan,
} from "tumbuh";

const asOf = parseCalendarDate("2026-11-27"); // the last day with observations (a Friday)
const centre = createSampleCentre({ seed: 2026, children: 60, asOf });
const week = addDays(mondayOf(asOf), 7); // the next Monday

// TK A (4–5 years). The theme's activities get extra weight; everything else has a default.
const plan = weeklyPlan(centre, "g-45", {
  week,
  asOf,
  theme: { name: "Tanaman", subtheme: "Bagian-bagian tumbuhan", activities: ["mont.culture.parts-of-a-plant"] },
});

let presentations = 0;
for (const day of plan.days) for (const slot of day.slots) presentations += slot.presentations.length;
console.log(`${plan.group.name}: ${plan.children.length} children, ${plan.days.length} days, ${presentations} presentations`);
const first = plan.days[0]?.slots[0]?.presentations[0];
const names = new Map(plan.children.map((c) => [c.child as string, c.nickname ?? c.name]));
if (first) {
  console.log(`Monday, slot 1: ${first.name.id} — ${first.children.map((c) => names.get(c.child)).join(", ")}`);
  console.log(`  why ${names.get(first.children[0]!.child)}: ${first.children[0]!.why}`);
}
console.log(`not placed: ${plan.unplaced.length}`);

mkdirSync("out/examples", { recursive: true });
writeFileSync("out/examples/rppm-g-45.md", renderWeeklyPlanMarkdown(plan));
writeFileSync("out/examples/rppm-g-45.html", renderWeeklyPlanHtml(plan));
writeFileSync("out/examples/rppm-g-45-en.md", renderWeeklyPlanMarkdown(plan, { locale: "en" }));
writeFileSync("out/examples/rpph-g-45-tuesday.md", renderDailyPlanMarkdown(dailyPlan(plan, addDays(week, 1))));
console.log("written: out/examples/rppm-g-45.md, rppm-g-45.html, rppm-g-45-en.md, rpph-g-45-tuesday.md");
