/**
 * Report time with growth: the rapor of every child of a seeded sample centre, with its monthly
 * growth measurements read against the WHO standards (z-scores, categories, charts), against the
 * same centre with the growth measurements and the children's sex removed; plus the HTML render.
 * Run alone: `npx tsx bench/growth-report.ts`.
 */
import { type Centre, createSampleCentre, parseCalendarDate, parseCentre, progressReport, renderReportHtml, serializeCentre } from "../src/index.js";
import { time } from "./measure.js";

const asOf = parseCalendarDate("2026-11-27");
const RUNS = 9;

function withoutGrowth(centre: Centre): Centre {
  const doc = JSON.parse(serializeCentre(centre)) as { children: Record<string, unknown>[]; journal: { entries: { kind: string }[] } };
  for (const c of doc.children) delete c.sex;
  doc.journal.entries = doc.journal.entries.filter((o) => o.kind !== "growth");
  return parseCentre(doc);
}

const rows: string[][] = [];
for (const size of [60, 240]) {
  const centre = createSampleCentre({ children: size });
  const bare = withoutGrowth(centre);
  const ids = centre.children.map((c) => c.id);
  const growthLines = centre.journal.entries.filter((o) => o.kind === "growth").length;
  // Warm up the folds, the skeletons and the JIT on both centres.
  for (let i = 0; i < 5; i++) {
    for (const id of ids) {
      progressReport(centre, id, { asOf });
      progressReport(bare, id, { asOf });
      if (i === 0) renderReportHtml(progressReport(centre, id, { asOf }));
    }
  }
  const withMs = time(RUNS, () => ids.forEach((id) => progressReport(centre, id, { asOf })));
  const bareMs = time(RUNS, () => ids.forEach((id) => progressReport(bare, id, { asOf })));
  const htmlMs = time(RUNS, () => ids.forEach((id) => renderReportHtml(progressReport(centre, id, { asOf }))));
  rows.push([String(size), String(growthLines), (withMs / size).toFixed(3), (bareMs / size).toFixed(3), (htmlMs / size).toFixed(3)]);
}
const header = ["children", "growth measurements", "report with growth (ms/child)", "report without growth (ms/child)", "report + HTML with growth (ms/child)"];
console.log(header.join(" | "));
for (const r of rows) console.log(r.join(" | "));
