/// <reference types="node" />
import Database from "better-sqlite3";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSampleCentre, parseCalendarDate, publishSummary, summarize, summaryFromRows, summaryRows } from "../src/index.js";
import { summarizeJournalStream, writeJournalJsonl } from "../src/node/index.js";
import { NINA, SARI, type GrowthChildSpec, TYPO, growthCentre } from "./helpers/growth-centre.js";
import { summarizeJournalStreamReference } from "./helpers/stream-summary-reference.js";

const asOf = parseCalendarDate("2026-03-31");
const period = { from: parseCalendarDate("2026-01-01"), to: parseCalendarDate("2026-06-30") };
const meta = { framework: "stppa2014", asOf, period };

/** `n` copies of a child spec with their own ids. */
const copies = (spec: GrowthChildSpec, n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ ...spec, id: `${prefix}-${i + 1}` }));

// 3 stunted girls, 9 growing as expected, 1 with an implausible weight, 1 without sex, 1 without consent.
const centre = growthCentre([
  ...copies(SARI, 3, "c-s"),
  ...copies(NINA, 9, "c-n"),
  { ...TYPO, id: "c-t-1" },
  { ...NINA, id: "c-x-1", sex: undefined },
  { ...SARI, id: "c-c-1", consent: false },
]);
const summary = summarize(centre, { asOf, period });
const cells = (kind: string) =>
  Object.fromEntries(summaryRows(summary).filter((r) => r.dimension === "nutrition" && r.kind === kind && r.count > 0).map((r) => [`${r.band}/${r.level}`, r.count]));

describe("nutrition status in summaries", () => {
  it("counts each measured child once per Permenkes table, in the category of its latest measurement", () => {
    expect(summary.children["48-60"]).toBe(14);
    // Stunting: TB/U below −2 SD.
    expect(cells("lhfa-0-60")).toEqual({ "48-60/stunted": 3, "48-60/normal-height": 10 });
    // The flagged weight (BB/U +6.80, BB/TB +12.89) is not counted; its height is.
    expect(cells("wfa-0-60")).toEqual({ "48-60/normal-weight": 12 });
    expect(cells("wflh-0-60")).toEqual({ "48-60/normal": 12 });
    expect(summary.nutrition["lhfa-0-60"]?.["48-60"]?.["severely-stunted"]).toBe(0);
  });

  it("has the same nutrition cells (zeros included) in every summary of the framework", () => {
    const empty = summarize(createSampleCentre({ children: 5, weeks: 2 }), { asOf: parseCalendarDate("2026-11-27"), period: { from: parseCalendarDate("2026-07-01"), to: parseCalendarDate("2026-12-31") } });
    const keys = (s: typeof summary) => summaryRows(s).filter((r) => r.dimension === "nutrition").map((r) => `${r.kind}/${r.band}/${r.level}`);
    expect(keys(empty)).toEqual(keys(summary));
    expect(keys(summary)).toContain("bmifa-5-18/60-72/obese");
  });

  it("suppresses small nutrition cells and the cells that would reveal them", () => {
    const published = publishSummary(summary, { k: 10 });
    const cell = (level: string) => published.cells.find((c) => c.dimension === "nutrition" && c.kind === "lhfa-0-60" && c.band === "48-60" && c.level === level)!;
    expect(cell("*").count).toBe(13);
    expect(cell("stunted").count).toBeNull();
    // 10 alone would give 13 − 10 = 3 stunted: it is hidden too.
    expect(cell("normal-height").count).toBeNull();
    expect(cell("tall").count).toBe(0);
    const five = publishSummary(summary, { k: 5 });
    const at5 = (level: string) => five.cells.find((c) => c.dimension === "nutrition" && c.kind === "lhfa-0-60" && c.band === "48-60" && c.level === level)!.count;
    expect([at5("stunted"), at5("normal-height")]).toEqual([null, null]);
    // A band of fewer than k children publishes none of its nutrition cells.
    const small = summarize(growthCentre([...copies(NINA, 4, "c-n")]), { asOf, period });
    const smallCells = publishSummary(small, { k: 5 }).cells.filter((c) => c.dimension === "nutrition" && c.band === "48-60");
    expect(smallCells.length).toBeGreaterThan(0);
    expect(smallCells.every((c) => c.count === null)).toBe(true);
  });

  it("sums in SQLite like every other cell", () => {
    const db = new Database(":memory:");
    try {
      db.exec("CREATE TABLE rows (centre TEXT, dimension TEXT, band TEXT, aspect TEXT, area TEXT, stage TEXT, level TEXT, kind TEXT, count INTEGER)");
      const insert = db.prepare("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
      const other = summarize(growthCentre([...copies(SARI, 2, "c-s"), ...copies(NINA, 1, "c-n")]), { asOf, period });
      [summary, other].forEach((s, i) => {
        for (const r of summaryRows(s)) insert.run(`centre-${i}`, r.dimension, r.band, r.aspect, r.area, r.stage, r.level, r.kind, r.count);
      });
      const stunting = db
        .prepare("SELECT SUM(count) AS n FROM rows WHERE dimension = 'nutrition' AND kind = 'lhfa-0-60' AND level IN ('severely-stunted', 'stunted')")
        .get() as { n: number };
      expect(stunting.n).toBe(5);
      const rows = db.prepare("SELECT dimension, band, aspect, area, stage, level, kind, SUM(count) AS count FROM rows GROUP BY dimension, band, aspect, area, stage, level, kind").all();
      const rebuilt = summaryFromRows(meta, rows);
      expect(rebuilt.nutrition["lhfa-0-60"]?.["48-60"]).toMatchObject({ stunted: 5, "normal-height": 11 });
    } finally {
      db.close();
    }
  });
});

describe("nutrition status in the streaming summary", () => {
  const dir = mkdtempSync(join(tmpdir(), "tumbuh-nutrition-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("equals summarize, with corrections and retractions of measurements and lines the scanner leaves to JSON.parse", async () => {
    const path = join(dir, "jurnal.jsonl");
    await writeJournalJsonl(path, centre);
    const extra = [
      // Correct one stunted girl's March height to 106 cm (she becomes normal) and retract a normal girl's March measurement.
      { kind: "correction", id: "k-1", child: "c-s-1", date: "2026-03-20", author: "e-01", visibility: "staff", target: "g-c-s-1-2", replacement: { kind: "growth", date: "2026-03-10", author: "e-01", visibility: "family", weightKg: 16.9, heightCm: 106, position: "standing" } },
      { kind: "retraction", id: "k-2", child: "c-n-1", date: "2026-03-21", author: "e-01", visibility: "staff", target: "g-c-n-1-2" },
    ];
    // A measurement written with a \u escape and spaces goes through JSON.parse.
    const slow = '{ "kind": "growth", "id": "g-c-n-2-9", "child": "c-n-2", "date": "2026-03-11", "author": "e-01", "visibility": "family", "weightKg": 13.9, "heightCm": 96.4, "note": "\\u0041" }';
    writeFileSync(path, `${(await import("node:fs")).readFileSync(path, "utf8")}${extra.map((e) => JSON.stringify(e)).join("\n")}\n${slow}\n`);
    const roster = centre.children;
    const fast = await summarizeJournalStream(path, { roster, asOf, period });
    const oracle = await summarizeJournalStreamReference(path, { roster, asOf, period });
    expect(fast.badLines).toBe(0);
    expect(fast.summary).toEqual(oracle.summary);
    // c-s-1 is no longer stunted; c-n-2's latest (11 March) measurement is: 3 stunted still.
    expect(fast.summary.nutrition["lhfa-0-60"]?.["48-60"]).toMatchObject({ stunted: 3, "normal-height": 10 });
    const { parseCentre } = await import("../src/index.js");
    const { readFileSync } = await import("node:fs");
    const entries = readFileSync(path, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as unknown);
    const same = parseCentre({ ...JSON.parse(JSON.stringify(centre)), journal: { schemaVersion: 1, entries } });
    expect(fast.summary).toEqual(summarize(same, { asOf, period }));
  });

  it("equals summarize on the sample centre, whose children have sex and monthly measurements", async () => {
    const sample = createSampleCentre({ children: 40, weeks: 12 });
    const path = join(dir, "sample.jsonl");
    await writeJournalJsonl(path, sample);
    const options = { asOf: parseCalendarDate("2026-11-27"), period: { from: parseCalendarDate("2026-07-01"), to: parseCalendarDate("2026-12-31") } };
    const fast = await summarizeJournalStream(path, { roster: sample.children, curriculum: sample, ...options });
    const inMemory = summarize(sample, options);
    expect(fast.summary).toEqual(inMemory);
    const measured = Object.values(inMemory.nutrition["lhfa-0-60"] ?? {}).flatMap((b) => Object.values(b)).reduce((n, v) => n + v, 0);
    expect(measured).toBeGreaterThan(10);
  });
});
