import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  createSampleCentre,
  exportObservationsCsv,
  parseCalendarDate,
  progressReport,
  renderReportHtml,
  renderReportMarkdown,
  renderWeeklyPlanHtml,
  renderWeeklyPlanMarkdown,
  summarize,
  summaryRowsCsv,
  weeklyPlan,
} from "../src/index.js";

/**
 * Everything tumbuh produces for the sample centre must be byte-identical whatever the machine's
 * time zone and locale. `npm test` runs this file twice: TZ=Asia/Jakarta with LANG=id_ID and
 * TZ=America/Los_Angeles with LANG=tr_TR (Turkish: the classic case-mapping and collation trap),
 * and both runs must give the digest pinned below. Regenerate it with UPDATE_DIGEST=1 after a
 * deliberate change to any output.
 */
const DIGEST_FILE = fileURLToPath(new URL("./fixtures/determinism.sha256", import.meta.url));

function outputs(): string[] {
  const centre = createSampleCentre({ seed: 20261128, children: 30, weeks: 20, asOf: "2026-11-27" });
  const asOf = parseCalendarDate("2026-11-27");
  const out: string[] = [];
  for (const [i, child] of centre.children.entries()) {
    const report = progressReport(centre, child.id, {
      asOf,
      locale: i % 2 === 0 ? "id" : "en",
      audience: i % 3 === 0 ? "family" : "staff",
      framework: i % 4 === 0 ? "merdeka-cp" : "stppa2014",
    });
    out.push(JSON.stringify(report));
    if (i < 6) out.push(renderReportHtml(report), renderReportMarkdown(report));
  }
  for (const [i, group] of centre.groups.entries()) {
    const plan = weeklyPlan(centre, group.id, { week: "2026-11-30", asOf, locale: i % 2 === 0 ? "id" : "en" });
    out.push(JSON.stringify(plan), renderWeeklyPlanHtml(plan), renderWeeklyPlanMarkdown(plan));
  }
  out.push(summaryRowsCsv(summarize(centre, { asOf, period: { from: parseCalendarDate("2026-07-01"), to: parseCalendarDate("2026-12-31") } })));
  out.push(exportObservationsCsv(centre), exportObservationsCsv(centre, { excel: true }));
  return out;
}

describe("determinism across time zones and locales", () => {
  it("runs under the time zone and locale the script set", () => {
    // Proves the environment really varies between the two runs of `npm test`.
    const lang = process.env.LC_ALL ?? process.env.LANG;
    if (lang !== undefined && /^[a-z]{2}_[A-Z]{2}/.test(lang)) {
      expect(Intl.DateTimeFormat().resolvedOptions().locale).toBe(lang.slice(0, 5).replace("_", "-"));
    }
    if (process.env.TZ !== undefined) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });

  it("gives byte-identical reports, plans, summaries and exports", () => {
    const digest = createHash("sha256").update(outputs().join("\u0000")).digest("hex");
    if (process.env.UPDATE_DIGEST === "1") writeFileSync(DIGEST_FILE, `${digest}\n`);
    expect(digest).toBe(readFileSync(DIGEST_FILE, "utf8").trim());
  });
});
