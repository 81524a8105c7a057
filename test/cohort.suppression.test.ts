import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseCalendarDate, ValidationError } from "../src/index.js";
import {
  type PublishedCell,
  type PublishedSummary,
  PublishedSummarySchema,
  publishedSummaryCsv,
  publishSummary,
  type Summary,
  type SummaryMeta,
  summaryFromRows,
  summaryRows,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";

const meta: SummaryMeta = {
  framework: "stppa2014",
  asOf: parseCalendarDate("2026-11-27"),
  period: { from: parseCalendarDate("2026-07-01"), to: parseCalendarDate("2026-12-31") },
};
const row = (dimension: string, keys: Record<string, string>, count: number) => ({ dimension, band: "", aspect: "", area: "", stage: "", level: "", kind: "", ...keys, count });
const children = (band: string, n: number) => row("children", { band }, n);
const levels = (aspect: string, band: string, level: string, n: number) => row("levels", { aspect, band, level }, n);
const lessons = (area: string, stage: string, n: number) => row("lessons", { area, stage }, n);
const concerns = (aspect: string, kind: string, n: number) => row("concerns", { aspect, kind }, n);

const find = (p: PublishedSummary, keys: Partial<PublishedCell>) =>
  p.cells.filter((c) => Object.entries(keys).every(([k, v]) => c[k as keyof PublishedCell] === v));
const counts = (p: PublishedSummary, keys: Partial<PublishedCell>, by: keyof PublishedCell) =>
  Object.fromEntries(find(p, keys).map((c) => [c[by], c.count]));

describe("publishSummary: worked examples", () => {
  const summary = deepFreeze(
    summaryFromRows(meta, [
      children("24-36", 12),
      children("48-60", 23),
      children("60-72", 3),
      children("none", 0),
      children("36-48", 40),
      levels("kog", "48-60", "BB", 2),
      levels("kog", "48-60", "MB", 30),
      levels("kog", "48-60", "BSH", 40),
      levels("kog", "48-60", "BSB", 12),
      levels("bhs", "48-60", "BB", 1),
      levels("bhs", "48-60", "MB", 1),
      levels("bhs", "48-60", "BSH", 50),
      levels("bhs", "48-60", "BSB", 30),
      levels("nam", "48-60", "BB", 0),
      levels("nam", "48-60", "MB", 11),
      levels("nam", "48-60", "BSH", 25),
      levels("nam", "48-60", "BSB", 0),
      levels("kog", "60-72", "BB", 0),
      levels("kog", "60-72", "MB", 12),
      levels("kog", "60-72", "BSH", 20),
      levels("kog", "60-72", "BSB", 0),
      lessons("sensorial", "presented", 4),
      lessons("sensorial", "practicing", 40),
      lessons("sensorial", "mastered", 33),
      concerns("kog", "still-bb", 3),
      concerns("kog", "not-observed", 0),
      concerns("bhs", "still-bb", 12),
    ]),
  );
  const published = publishSummary(summary);

  it("publishes the total and hides a small band together with the next smallest one", () => {
    // 3 is below 10; 78 − 12 − 23 − 40 would reveal it, so 12 is hidden too. 40, 23 and the zero stay.
    expect(counts(published, { dimension: "children" }, "band")).toEqual({ "*": 78, "24-36": null, "36-48": 40, "48-60": 23, "60-72": null, none: 0 });
  });

  it("hides every level of a band whose children are hidden (levels ÷ indicators would give them back)", () => {
    const doc = publishSummary(summaryFromRows(meta, [children("36-48", 40), children("48-60", 23), children("60-72", 3), levels("kog", "48-60", "BSH", 230)]));
    expect(counts(doc, { dimension: "children" }, "band")).toMatchObject({ "*": 66, "36-48": 40, "48-60": null, "60-72": null });
    expect(counts(doc, { dimension: "levels", aspect: "kog", band: "48-60" }, "level")).toEqual({ "*": null, BSH: null });
  });

  it("hides the next smallest level so a row total cannot reveal a small one", () => {
    expect(counts(published, { dimension: "levels", aspect: "kog", band: "48-60" }, "level")).toEqual({ "*": 84, BB: null, MB: 30, BSH: 40, BSB: null });
  });

  it("does not let two hidden 1s be worked out: the hidden cells hold at least k together", () => {
    // 1 + 1 = 2 would give both away (hidden cells are never zero), so BSB (30) is hidden too.
    expect(counts(published, { dimension: "levels", aspect: "bhs", band: "48-60" }, "level")).toEqual({ "*": 82, BB: null, MB: null, BSH: 50, BSB: null });
  });

  it("publishes zeros and rows without small cells as they are", () => {
    expect(counts(published, { dimension: "levels", aspect: "nam", band: "48-60" }, "level")).toEqual({ "*": 36, BB: 0, MB: 11, BSH: 25, BSB: 0 });
    expect(counts(published, { dimension: "concerns", aspect: "kog" }, "kind")).toEqual({ "still-bb": null, "not-observed": 0 });
    expect(counts(published, { dimension: "concerns", aspect: "bhs" }, "kind")).toEqual({ "still-bb": 12 });
  });

  it("hides everything about a band of fewer than k children, zeros included", () => {
    // Only 3 children are 60-72: their 32 records describe 3 children.
    expect(counts(published, { dimension: "levels", aspect: "kog", band: "60-72" }, "level")).toEqual({ "*": null, BB: null, MB: null, BSH: null, BSB: null });
  });

  it("hides a small stage with its area's next smallest", () => {
    expect(counts(published, { dimension: "lessons", area: "sensorial" }, "stage")).toEqual({ "*": 77, presented: null, practicing: 40, mastered: null });
  });

  it("hides every cell, zeros included, of a summary of fewer than k children", () => {
    const tiny = publishSummary(summaryFromRows(meta, [children("48-60", 6), lessons("culture", "mastered", 0), lessons("culture", "presented", 25), concerns("kog", "still-bb", 0)]));
    expect(tiny.cells.filter((c) => c.count !== null).map((c) => [c.dimension, c.band, c.count])).toEqual([]);
  });

  it("marks suppressed cells with null and a footnote, and keeps the metadata", () => {
    expect(PublishedSummarySchema.parse(published)).toEqual(published);
    expect(published).toMatchObject({ format: "tumbuh.published-summary", version: 1, k: 10, centres: 0, asOf: meta.asOf, period: meta.period });
    expect(published.footnote.id).toMatch(/kurang dari 10/);
    expect(published.footnote.en).toMatch(/fewer than 10/);
    const csv = publishedSummaryCsv(published).split("\n");
    expect(csv[0]).toBe("dimension,band,aspect,area,stage,level,kind,count,suppressed");
    expect(csv).toContain("children,*,,,,,,78,");
    expect(csv).toContain("children,60-72,,,,,,,ya");
    expect(publishedSummaryCsv(published, { language: "en" })).toContain("children,60-72,,,,,,,yes");
  });

  it("uses k, with a floor of 5", () => {
    const k12 = publishSummary(summary, { k: 12 });
    expect(counts(k12, { dimension: "levels", aspect: "nam", band: "48-60" }, "level")).toEqual({ "*": 36, BB: 0, MB: null, BSH: null, BSB: 0 });
    expect(counts(k12, { dimension: "concerns", aspect: "bhs" }, "kind")).toEqual({ "still-bb": 12 });
    expect(publishSummary(summary, { k: 5 }).k).toBe(5);
    expect(() => publishSummary(summary, { k: 4 })).toThrow(ValidationError);
    expect(() => publishSummary(summary, { k: 4 })).toThrow(/floor of 5/);
    expect(() => publishSummary(summary, { k: 7.5 })).toThrow(ValidationError);
    expect(() => publishSummary(summary, { k: Number.NaN })).toThrow(ValidationError);
  });
});

// ---- the derivation attack ----------------------------------------------------------------------

/** The additive relations a reader can see: a total (`*` in one key) and its parts. */
function relations(p: PublishedSummary): { total: PublishedCell; parts: PublishedCell[] }[] {
  const groups = new Map<string, { total?: PublishedCell; parts: PublishedCell[] }>();
  const sumOver: Record<string, keyof PublishedCell> = { children: "band", levels: "level", lessons: "stage" };
  for (const c of p.cells) {
    const over = sumOver[c.dimension];
    if (over === undefined) continue;
    const id = JSON.stringify({ ...c, count: 0, [over]: "" });
    const g = groups.get(id) ?? { parts: [] };
    if (c[over] === "*") g.total = c;
    else g.parts.push(c);
    groups.set(id, g);
  }
  return [...groups.values()].map((g) => ({ total: g.total!, parts: g.parts }));
}

/**
 * What a reader can work out about each suppressed cell: bounds from every relation, tightened
 * until nothing changes. Zeros are published unless a whole block is hidden (documented), so a
 * hidden cell in a partly published block is at least 1.
 */
function attack(p: PublishedSummary): Map<PublishedCell, [number, number]> {
  const bounds = new Map<PublishedCell, [number, number]>();
  const rels = relations(p);
  for (const r of rels) {
    const members = [r.total, ...r.parts];
    const allHidden = members.every((c) => c.count === null);
    for (const c of members) bounds.set(c, c.count === null ? [allHidden ? 0 : 1, Number.POSITIVE_INFINITY] : [c.count, c.count]);
  }
  for (let round = 0, changed = true; changed && round < 100; round++) {
    changed = false;
    const tighten = (c: PublishedCell, lo: number, hi: number) => {
      const [l, h] = bounds.get(c)!;
      const next: [number, number] = [Math.max(l, lo), Math.min(h, hi)];
      if (next[0] !== l || next[1] !== h) {
        bounds.set(c, next);
        changed = true;
      }
    };
    for (const r of rels) {
      const lo = r.parts.map((c) => bounds.get(c)![0]);
      const hi = r.parts.map((c) => bounds.get(c)![1]);
      const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
      tighten(r.total, sum(lo), sum(hi));
      const [tl, th] = bounds.get(r.total)!;
      const others = (xs: number[], i: number) => sum(xs.filter((_, j) => j !== i));
      r.parts.forEach((c, i) => tighten(c, tl - others(hi, i), th - others(lo, i)));
    }
  }
  return bounds;
}

const BANDS = ["24-36", "36-48", "48-60", "60-72", "none"];
const ASPECTS = ["nam", "kog", "bhs"];
const small = fc.oneof({ weight: 4, arbitrary: fc.nat(12) }, { weight: 2, arbitrary: fc.constantFrom(0, 1, 2) }, { weight: 1, arbitrary: fc.nat(300) });
const summaryArb: fc.Arbitrary<Summary> = fc
  .record({
    bands: fc.subarray(BANDS, { minLength: 1 }),
    aspects: fc.subarray(ASPECTS, { minLength: 1 }),
    levels: fc.subarray(["BB", "MB", "BSH", "BSB"], { minLength: 1 }),
    stages: fc.subarray(["presented", "practicing", "mastered"], { minLength: 1 }),
    values: fc.infiniteStream(small),
  })
  .map(({ bands, aspects, levels: ls, stages, values }) => {
    const next = () => values.next().value as number;
    const rows = [
      ...bands.map((b) => children(b, next())),
      ...bands.flatMap((b) => aspects.flatMap((a) => ls.map((l) => levels(a, b, l, next())))),
      ...["sensorial", "culture"].flatMap((area) => stages.map((s) => lessons(area, s, next()))),
      ...aspects.flatMap((a) => ["still-bb", "earlier-band"].map((k) => concerns(a, k, next()))),
    ];
    // Consistent data: a band without children has no levels.
    const empty = new Set(rows.filter((r) => r.dimension === "children" && r.count === 0).map((r) => r.band));
    return summaryFromRows(meta, rows.map((r) => (r.dimension === "levels" && empty.has(r.band) ? { ...r, count: 0 } : r)));
  });

describe("publishSummary: nobody can work out a suppressed cell", () => {
  fcTest.prop([summaryArb, fc.integer({ min: 5, max: 15 })], { numRuns: 300 })("by subtraction within or across totals", (summary, k) => {
    const published = publishSummary(deepFreeze(summary), { k });
    const bounds = attack(published);
    const truth = new Map(
      published.cells.map((c) => {
        const key = JSON.stringify({ ...c, count: 0 });
        return [key, 0];
      }),
    );
    // The true value of every cell, totals included.
    for (const r of summaryRows(summary)) {
      if (r.dimension === "centres") continue;
      truth.set(JSON.stringify({ ...r, count: 0 }), r.count);
      const over = ({ children: "band", levels: "level", lessons: "stage" } as const)[r.dimension as "children"];
      if (over !== undefined) {
        const key = JSON.stringify({ ...r, count: 0, [over]: "*" });
        truth.set(key, (truth.get(key) ?? 0) + r.count);
      }
    }
    for (const c of published.cells) {
      const value = truth.get(JSON.stringify({ ...c, count: 0 }))!;
      if (c.count !== null) {
        // Published cells are true, and either zero or at least k.
        expect(c.count).toBe(value);
        expect(c.count === 0 || c.count >= k).toBe(true);
        continue;
      }
      const b = bounds.get(c);
      if (b === undefined) continue; // a concern cell: no total to subtract from
      expect(b[0]).toBeLessThanOrEqual(value);
      expect(b[1]).toBeGreaterThanOrEqual(value);
      // The attack must not pin the value down.
      expect(b[0], `${JSON.stringify(c)} derived as ${value}`).toBeLessThan(b[1]);
    }
  });

  fcTest.prop([summaryArb, fc.integer({ min: 5, max: 15 })])("whatever k, a band of fewer than k children reveals nothing about its levels", (summary, k) => {
    const published = publishSummary(summary, { k });
    for (const [band, n] of Object.entries(summary.children)) {
      if (n > 0 && n < k) expect(find(published, { dimension: "levels", band }).every((c) => c.count === null)).toBe(true);
    }
  });

  it("finds a derivation when suppression is naive (the attack can fail)", () => {
    const naive: PublishedSummary = {
      ...publishSummary(summaryFromRows(meta, [children("48-60", 23), children("60-72", 3), children("36-48", 40)])),
    };
    const cells = naive.cells.map((c) => (c.dimension === "children" && c.band !== "*" ? { ...c, count: c.band === "60-72" ? null : c.band === "48-60" ? 23 : c.count } : c));
    const bounds = attack({ ...naive, cells });
    const hidden = cells.find((c) => c.band === "60-72")!;
    expect(bounds.get(hidden)).toEqual([3, 3]);
  });

  fcTest.prop([summaryArb])("is deterministic", (summary) => {
    expect(JSON.stringify(publishSummary(summary))).toBe(JSON.stringify(publishSummary(JSON.parse(JSON.stringify(summary)) as Summary)));
  });
});
