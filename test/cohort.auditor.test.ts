import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  combineSummaries,
  createSampleCentre,
  parseCalendarDate,
  publishSummary,
  type Summary,
  type SummaryMeta,
  summarize,
  summaryFromRows,
} from "../src/index.js";
import { auditGenerated, auditSuppression, indicatorCounts } from "./helpers/suppression-auditor.js";

const k = 10;
const meta: SummaryMeta = {
  framework: "stppa2014",
  asOf: parseCalendarDate("2026-11-27"),
  period: { from: parseCalendarDate("2026-07-01"), to: parseCalendarDate("2026-12-31") },
};

/** The example of docs/cohort.md: children 40 / 23 / 3 / 0, with levels consistent with them. */
function documentedExample(): Summary {
  const children = { "36-48": 40, "48-60": 23, "60-72": 3 } as Record<string, number>;
  const rows: Record<string, unknown>[] = [];
  const row = (dimension: string, keys: Record<string, string>, count: number) => ({ dimension, band: "", aspect: "", area: "", stage: "", level: "", kind: "", ...keys, count });
  for (const [band, n] of Object.entries(children)) rows.push(row("children", { band }, n));
  rows.push(row("children", { band: "none" }, 0));
  let i = 0;
  for (const [key, indicators] of indicatorCounts()) {
    const [aspect, band] = key.split("|") as [string, string];
    const total = indicators * (children[band] ?? 0);
    if (total === 0) continue;
    // A few BB and MB, most BSH, the rest BSB; varied by aspect.
    const bb = (i++ % 4) + 1;
    const mb = Math.min(total - bb, 3 + (i % 7));
    const bsh = Math.floor((total - bb - mb) * 0.7);
    rows.push(row("levels", { aspect, band, level: "BB" }, bb), row("levels", { aspect, band, level: "MB" }, mb));
    rows.push(row("levels", { aspect, band, level: "BSH" }, bsh), row("levels", { aspect, band, level: "BSB" }, total - bb - mb - bsh));
  }
  return summaryFromRows(meta, rows);
}

const show = (problems: ReturnType<typeof auditSuppression>) => problems.map((p) => `${p.table} ${p.cell} = ${p.value} in [${p.lo}, ${p.hi}]`);

describe("the suppression auditor (linear programming over everything published)", () => {
  it("finds nothing to recover in the documented example (40 / 23 / 3, k = 10), levels included", () => {
    const truth = documentedExample();
    const published = publishSummary(truth, { k });
    expect(show(auditSuppression([{ name: "centre", truth, published }], k))).toEqual([]);
    // The cells the example hides are hidden, and levels ÷ indicators cannot give 23 back.
    const child = (band: string) => published.cells.find((c) => c.dimension === "children" && c.band === band)!.count;
    expect([child("36-48"), child("48-60"), child("60-72"), child("*")]).toEqual([40, null, null, 66]);
    expect(published.cells.filter((c) => c.dimension === "levels" && c.band === "48-60").every((c) => c.count === null)).toBe(true);
  });

  const centres = [
    { seed: 3, children: 14, weeks: 6 },
    { seed: 11, children: 25, weeks: 8 },
    { seed: 29, children: 40, weeks: 10 },
  ];
  for (const spec of centres) {
    it(`holds on a generated centre summary (seed ${spec.seed}, ${spec.children} children)`, () => {
      const centre = createSampleCentre({ ...spec, asOf: "2026-11-27" });
      const truth = summarize(centre, { asOf: meta.asOf, period: meta.period });
      const published = publishSummary(truth, { k });
      expect(published.cells.some((c) => c.count === null)).toBe(true);
      expect(show(auditSuppression([{ name: "centre", truth, published }], k))).toEqual([]);
    });
  }

  it("holds against the difference of two overlapping periods of one centre", () => {
    const centre = createSampleCentre({ seed: 11, children: 40, weeks: 20, asOf: "2026-11-27" });
    const first = summarize(centre, { asOf: meta.asOf, period: meta.period });
    const second = summarize(centre, { asOf: meta.asOf, period: { from: parseCalendarDate("2026-09-01"), to: parseCalendarDate("2026-11-27") } });
    const tables = [
      { name: "semester", truth: first, published: publishSummary(first, { k }) },
      { name: "term", truth: second, published: publishSummary(second, { k }) },
    ];
    expect(show(auditSuppression(tables, k, { sameChildren: [["semester", "term"]] }))).toEqual([]);
  });

  /** Two or three generated centres on one day and period. */
  const city = (seeds: readonly number[]) => seeds.map((seed, i) => summarize(createSampleCentre({ seed, children: 12 + 9 * i, weeks: 6, asOf: "2026-11-27" }), { asOf: meta.asOf, period: meta.period }));

  it("a city of two centres: one centre, knowing its own summary, learns nothing small about the other", () => {
    const [a, b] = city([5, 17]) as [Summary, Summary];
    const total = combineSummaries(a, b);
    const published = publishSummary(total, { k, parts: [a, b] });
    for (const [own, other] of [["a", "b"], ["b", "a"]] as const) {
      const truth = { a, b }[own];
      const tables = [
        { name: "city", truth: total, published },
        { name: own, truth, known: true },
        { name: other, truth: { a, b }[other] },
      ];
      const only = (table: string, value: number) => table === other && value > 0 && value < k;
      expect(show(auditSuppression(tables, k, { sums: [{ total: "city", parts: ["a", "b"] }], only }))).toEqual([]);
    }
  });

  it("a city total minus the other centres' published tables does not give a centre's small cells", () => {
    const parts = city([5, 17, 23]) as [Summary, Summary, Summary];
    const total = combineSummaries(...parts);
    const tables = [
      { name: "city", truth: total, published: publishSummary(total, { k, parts }) },
      { name: "c0", truth: parts[0], published: publishSummary(parts[0], { k }) },
      { name: "c1", truth: parts[1], published: publishSummary(parts[1], { k }) },
      { name: "c2", truth: parts[2] },
    ];
    // c2 publishes nothing: its small cells could only be learned from the city minus the others.
    const only = (table: string, value: number) => table === "c2" && value > 0 && value < k;
    expect(show(auditSuppression(tables, k, { sums: [{ total: "city", parts: ["c0", "c1", "c2"] }], only }))).toEqual([]);
  });

  it("catches the leak it is meant to catch: a table that hides 3 but publishes 23 and 66", () => {
    const truth = documentedExample();
    const published = publishSummary(truth, { k });
    const leaky = { ...published, cells: published.cells.map((c) => (c.dimension === "children" && c.band === "48-60" ? { ...c, count: 23 } : c)) };
    expect(show(auditSuppression([{ name: "centre", truth, published: leaky }], k))).toContain("centre children/60-72///// = 3 in [3, 3]");
  });
});

describe("the auditor on generated centres and cities (npm run fuzz runs many more)", () => {
  fcTest.prop([fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 8, max: 30 }), fc.integer({ min: 5, max: 12 })], { numRuns: 2 })(
    "no small cell is recoverable",
    (seed, children, k) => {
      expect(auditGenerated(seed, children, 4, k)).toEqual([]);
    },
  );
});

describe("publishSummary with parts", () => {
  it("terminates when a part is the whole (the rest is all zeros), and refuses parts that do not add up", () => {
    const truth = documentedExample();
    const alone = publishSummary(truth, { k, parts: [truth] });
    expect(alone.cells.filter((c) => c.count === null).length).toBeGreaterThanOrEqual(publishSummary(truth, { k }).cells.filter((c) => c.count === null).length);
    const other = summaryFromRows(meta, [{ dimension: "children", band: "48-60", aspect: "", area: "", stage: "", level: "", kind: "", count: 5 }]);
    expect(() => publishSummary(truth, { k, parts: [truth, other] })).toThrow(/do not add up/);
  });
});
