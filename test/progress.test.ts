import Database from "better-sqlite3";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type BaseObservation,
  type Centre,
  type ChildProgress,
  childLog,
  childProgress,
  createSampleCentre,
  effectiveObservations,
  foldProgress,
  latestLevels,
  parseCalendarDate,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";

const sample = deepFreeze(createSampleCentre({ seed: 7, children: 24, weeks: 10, asOf: "2026-11-27" }));

/** A fresh journal object, so the fold cache does not answer. */
const fresh = (centre: Centre, entries = centre.journal.entries): Centre => ({ ...centre, journal: { ...centre.journal, entries } });

/** The reference the fold is checked against: the effective journal, grouped and sorted naively. */
function naiveHistories(centre: Centre): Map<string, BaseObservation[]> {
  const out = new Map<string, BaseObservation[]>();
  for (const o of effectiveObservations(centre.journal)) {
    const list = out.get(o.child) ?? [];
    list.push(o);
    out.set(o.child, list);
  }
  const rank = { presented: 0, practicing: 1, mastered: 2 } as const;
  for (const list of out.values()) {
    list.sort((a, b) =>
      a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id !== b.id ? (a.id < b.id ? -1 : 1) : a.kind === "lesson" && b.kind === "lesson" ? rank[a.stage] - rank[b.stage] : 0,
    );
  }
  return out;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("foldProgress", () => {
  it("gives every child's effective observations in history order, whatever the journal order", () => {
    const expected = naiveHistories(sample);
    expect(expected.size).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const index = foldProgress(fresh(sample, shuffled(sample.journal.entries, seed)));
        expect([...index.children.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [child, list] of expected) expect(childLog(index, child).map((o) => o.id)).toEqual(list.map((o) => o.id));
      }),
      { numRuns: 10 },
    );
  });

  it("indexes each child's histories from that log, sorted, and answers like a Map", () => {
    const index = foldProgress(fresh(sample));
    const expected = naiveHistories(sample);
    expect(index.children.size).toBe(expected.size);
    const visited: string[] = [];
    index.children.forEach((progress, child, map) => {
      expect(map).toBe(index.children);
      expect(progress.child).toBe(child);
      visited.push(child);
      const log = expected.get(child)!;
      expect(progress.observationCount).toBe(log.length);
      for (const [indicator, history] of progress.levels) {
        expect(history.map((e) => e.id)).toEqual(log.filter((o) => o.kind === "assessment" && o.indicator === indicator).map((o) => o.id));
      }
      for (const [activity, history] of progress.lessons) {
        expect(history.map((e) => e.id)).toEqual(log.filter((o) => o.kind === "lesson" && o.activity === activity).map((o) => o.id));
      }
      expect(progress.growth.map((o) => o.id)).toEqual(log.filter((o) => o.kind === "growth").map((o) => o.id));
    });
    expect(visited).toEqual([...index.children.keys()]);
    expect([...index.children].map(([k]) => k)).toEqual(visited);
    expect([...index.children.entries()].map(([, v]) => v)).toEqual([...index.children.values()]);
    // Built once and kept.
    const first = visited[0]!;
    expect(index.children.get(first)).toBe(index.children.get(first));
    expect(index.children.has(first)).toBe(true);
    expect(index.children.has("c-nobody")).toBe(false);
    expect(childProgress(index, "c-nobody").observationCount).toBe(0);
    expect(childLog(index, "c-nobody")).toEqual([]);
  });

  it("childLog also reads an index built by hand", () => {
    const folded = foldProgress(fresh(sample));
    const child = [...folded.children.keys()][0]!;
    const byHand = { children: new Map<string, ChildProgress>([[child, folded.children.get(child)!]]) };
    const ids = (list: readonly BaseObservation[]) => list.map((o) => o.id).sort();
    // A hand-built ChildProgress has no place for attendance, care and family entries (they have
    // no per-indicator index): everything else is read back.
    const development = (list: readonly BaseObservation[]) => list.filter((o) => o.kind !== "attendance" && o.kind !== "care" && o.kind !== "family");
    expect(ids(childLog(byHand, child))).toEqual(ids(development(childLog(folded, child))));
    expect(childLog(folded, child).length).toBeGreaterThan(childLog(byHand, child).length);
  });
});

describe("latestLevels", () => {
  const asOf = parseCalendarDate("2026-11-27");

  it("equals SQLite's window function over the effective assessments", () => {
    const db = new Database(":memory:");
    try {
      db.exec("CREATE TABLE obs (id TEXT, child TEXT, indicator TEXT, date TEXT, level TEXT, visibility TEXT)");
      const insert = db.prepare("INSERT INTO obs VALUES (?, ?, ?, ?, ?, ?)");
      for (const o of effectiveObservations(sample.journal)) {
        if (o.kind === "assessment") insert.run(o.id, o.child, o.indicator, o.date, o.level, o.visibility);
      }
      const query = (where: string) =>
        db
          .prepare(
            `SELECT child, indicator, level, date, id FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY child, indicator ORDER BY date DESC, id DESC) AS rn FROM obs WHERE ${where}) WHERE rn = 1 ORDER BY child, indicator`,
          )
          .all() as { child: string; indicator: string; level: string; date: string; id: string }[];
      const ours = (rows: ReturnType<typeof latestLevels>) =>
        rows
          .map((r) => ({ child: r.child, indicator: r.indicator, level: r.level, date: r.date, id: r.observation }))
          .sort((a, b) => (a.child !== b.child ? (a.child < b.child ? -1 : 1) : a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0));
      const all = query("1 = 1");
      expect(all.length).toBeGreaterThan(100);
      expect(ours(latestLevels(sample))).toEqual(all);
      expect(ours(latestLevels(sample, { asOf: parseCalendarDate("2026-10-01") }))).toEqual(query("date <= '2026-10-01'"));
      expect(ours(latestLevels(sample, { asOf, familyOnly: true }))).toEqual(query(`date <= '${asOf}' AND visibility = 'family'`));
    } finally {
      db.close();
    }
  });

  it("does not depend on the order of the journal and changes nothing", () => {
    const key = (rows: ReturnType<typeof latestLevels>) => rows.map((r) => `${r.child} ${r.indicator} ${r.level} ${r.observation}`).sort();
    const expected = key(latestLevels(sample, { asOf }));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        expect(key(latestLevels(fresh(sample, shuffled(sample.journal.entries, seed)), { asOf }))).toEqual(expected);
      }),
      { numRuns: 5 },
    );
  });
});
