import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createSampleCentre, parseCalendarDate } from "../src/index.js";
import {
  combineSummaries,
  publishSummary,
  SUMMARY_COLUMNS,
  type SummaryMeta,
  type SummaryRow,
  summarize,
  summaryFromRows,
  summaryRows,
  summaryRowsCsv,
} from "../src/index.js";

const asOf = parseCalendarDate("2026-11-27");
const period = { from: parseCalendarDate("2026-07-01"), to: parseCalendarDate("2026-12-31") };
const meta: SummaryMeta = { framework: "stppa2014", asOf, period };

// Five centres of different sizes, as five TK/KB would send them to the dinas.
const summaries = [21, 22, 23, 24, 25].map((seed, i) => summarize(createSampleCentre({ seed, children: 20 + 8 * i, weeks: 8 }), { asOf, period }));

const GROUP_BY = `
  SELECT dimension, band, aspect, area, stage, level, kind, SUM(count) AS count
  FROM rows
  GROUP BY dimension, band, aspect, area, stage, level, kind`;

const keyOf = (r: SummaryRow) => [r.dimension, r.band, r.aspect, r.area, r.stage, r.level, r.kind].join("|");
const sorted = (rows: readonly SummaryRow[]) => [...rows].sort((x, y) => (keyOf(x) < keyOf(y) ? -1 : keyOf(x) > keyOf(y) ? 1 : 0));

describe("summary rows in SQLite", () => {
  const db = new Database(":memory:");
  afterAll(() => db.close());
  db.exec(`CREATE TABLE rows (
    centre TEXT NOT NULL,
    dimension TEXT NOT NULL, band TEXT NOT NULL, aspect TEXT NOT NULL, area TEXT NOT NULL,
    stage TEXT NOT NULL, level TEXT NOT NULL, kind TEXT NOT NULL, count INTEGER NOT NULL)`);
  const insert = db.prepare(
    "INSERT INTO rows (centre, dimension, band, aspect, area, stage, level, kind, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  // The first two centres arrive as row objects, the others as CSV files.
  const load = db.transaction(() => {
    summaries.forEach((s, i) => {
      const centre = `centre-${i + 1}`;
      if (i < 2) {
        for (const r of summaryRows(s)) insert.run(centre, r.dimension, r.band, r.aspect, r.area, r.stage, r.level, r.kind, r.count);
        return;
      }
      const [header, ...lines] = summaryRowsCsv(s).trimEnd().split("\n");
      expect(header!.split(",")).toEqual([...SUMMARY_COLUMNS]);
      for (const line of lines) {
        const cells = line.split(",");
        insert.run(centre, ...cells.slice(0, 7), Number(cells[7]));
      }
    });
  });
  load();

  it("sums the rows of several centres to exactly the combined summary", () => {
    const fromSql = db.prepare(GROUP_BY).all() as SummaryRow[];
    const combined = combineSummaries(summaries[0]!, ...summaries.slice(1));
    expect(sorted(fromSql)).toEqual(sorted(summaryRows(combined)));
    expect(combined.centres).toBe(5);
    expect(db.prepare("SELECT SUM(count) AS n FROM rows WHERE dimension = 'centres'").get()).toEqual({ n: 5 });
  });

  it("gives back the combined summary (and its published table) through summaryFromRows", () => {
    const fromSql = db.prepare(GROUP_BY).all();
    const combined = combineSummaries(summaries[0]!, ...summaries.slice(1));
    const rebuilt = summaryFromRows(meta, fromSql);
    expect(rebuilt).toEqual(combined);
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(combined));
    expect(publishSummary(rebuilt)).toEqual(publishSummary(combined));
  });

  it("sums any subset (a kecamatan) to the combination of that subset", () => {
    const fromSql = db.prepare(`${GROUP_BY.replace("FROM rows", "FROM rows WHERE centre IN ('centre-2', 'centre-4')")}`).all() as SummaryRow[];
    expect(sorted(fromSql)).toEqual(sorted(summaryRows(combineSummaries(summaries[1]!, summaries[3]!))));
  });

  it("needs only SUM: every total of the summary is a sum of its rows", () => {
    const children = db.prepare("SELECT SUM(count) AS n FROM rows WHERE dimension = 'children'").get() as { n: number };
    const combined = combineSummaries(summaries[0]!, ...summaries.slice(1));
    expect(children.n).toBe(Object.values(combined.children).reduce((x, y) => x + y, 0));
    expect(children.n).toBeGreaterThan(100);
  });
});
