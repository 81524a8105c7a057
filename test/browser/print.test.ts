import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSampleCentre,
  dailyPlan,
  parseCalendarDate,
  progressReport,
  renderDailyPlanHtml,
  renderReportHtml,
  renderWeeklyPlanHtml,
  weeklyPlan,
} from "../../src/index.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const asOf = parseCalendarDate("2026-11-27");
const centre = createSampleCentre({ seed: 2026, children: 60, weeks: 16, asOf });
const dir = mkdtempSync(join(tmpdir(), "tumbuh-print-"));

function page(name: string, html: string): string {
  const path = join(dir, `${name}.html`);
  writeFileSync(path, html);
  return path;
}

const kid45 = centre.children.find((c) => c.group === "g-45")!;
const kid56 = centre.children.find((c) => c.group === "g-56")!;
const toddler = centre.children.find((c) => c.group === "g-12")!;
const plan = weeklyPlan(centre, "g-45", { week: "2026-11-30", asOf });
const pages: { name: string; path: string; maxPages: number }[] = [
  { name: "rapor 4–5 (id, staff)", path: page("rapor-45-id", renderReportHtml(progressReport(centre, kid45.id, { asOf }))), maxPages: 8 },
  { name: "rapor 5–6 (en, family)", path: page("rapor-56-en", renderReportHtml(progressReport(centre, kid56.id, { asOf, locale: "en", audience: "family" }))), maxPages: 8 },
  { name: "rapor CP (id)", path: page("rapor-cp", renderReportHtml(progressReport(centre, kid45.id, { asOf, framework: "merdeka-cp" }))), maxPages: 8 },
  { name: "rapor 20 months (id)", path: page("rapor-toddler", renderReportHtml(progressReport(centre, toddler.id, { asOf }))), maxPages: 6 },
  // A week of a 20-child group lists every presentation with its reasons; with the larger catalog
  // (snake games, the zero game, practical life from 18 months) a TK A week prints to 10 pages.
  { name: "RPPM (id)", path: page("rppm", renderWeeklyPlanHtml(plan)), maxPages: 12 },
  { name: "RPPH (id)", path: page("rpph", renderDailyPlanHtml(dailyPlan(plan, "2026-12-01"))), maxPages: 3 },
];

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Counts the pages of a PDF by its page objects. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

describe("printable pages in a real browser", () => {
  for (const p of pages) {
    it(`${p.name}: no console errors, nothing overflows A4, no empty chart, prints to a few pages`, async () => {
      const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, javaScriptEnabled: false, offline: true });
      const tab = await context.newPage();
      const errors: string[] = [];
      tab.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      tab.on("pageerror", (e) => errors.push(e.message));
      tab.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
      const external: string[] = [];
      tab.on("request", (r) => {
        if (!r.url().startsWith("file://")) external.push(r.url());
      });
      await tab.goto(`file://${p.path}`);
      await tab.emulateMedia({ media: "print" });
      const layout = await tab.evaluate(() => {
        const root = document.documentElement;
        // A4 at 96 dpi is 794 px wide; the page's own margins come on top of the body's width.
        const overflowing = [...document.querySelectorAll("body *")]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.right > root.clientWidth + 1;
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
          .slice(0, 5);
        const charts = [...document.querySelectorAll("svg")].map((svg) => {
          const box = svg.getBoundingClientRect();
          return {
            width: box.width,
            height: box.height,
            marks: svg.querySelectorAll("rect, path, line, circle, text").length,
            text: (svg.querySelector("desc")?.textContent ?? "").trim(),
            titled: svg.querySelector("title") !== null,
          };
        });
        return {
          lang: root.lang,
          scrollWidth: root.scrollWidth,
          clientWidth: root.clientWidth,
          overflowing,
          charts,
          h1: document.querySelectorAll("h1").length,
          tables: document.querySelectorAll("table").length,
        };
      });
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      expect(layout.lang).toMatch(/^(id|en)$/);
      expect(layout.h1).toBeGreaterThanOrEqual(1);
      expect(layout.overflowing).toEqual([]);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      for (const chart of layout.charts) {
        expect(chart.width).toBeGreaterThan(50);
        expect(chart.height).toBeGreaterThan(20);
        // A chart either draws data or says explicitly that there is none ("belum ada data").
        expect(chart.marks).toBeGreaterThanOrEqual(2);
        expect(chart.titled).toBe(true);
        expect(chart.text.length).toBeGreaterThan(0);
      }
      const pdf = await tab.pdf({ format: "A4", printBackground: false, preferCSSPageSize: true });
      const count = pdfPages(pdf);
      writeFileSync(p.path.replace(/\.html$/, ".pdf"), pdf);
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(p.maxPages);
      await context.close();
    });
  }
});
