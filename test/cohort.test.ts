import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type Centre,
  type ObservationInput,
  createSampleCentre,
  parseCalendarDate,
  parseCentre,
  progressReport,
  record,
  ValidationError,
} from "../src/index.js";
import {
  combineSummaries,
  emptySummary,
  parseSummary,
  type Summary,
  type SummaryMeta,
  type SummaryRow,
  summarize,
  summaryFromRows,
  summaryRows,
  summaryRowsCsv,
  SummarySchema,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";
import { tinyCentreInput } from "./helpers/fixture.js";

const asOf = parseCalendarDate("2026-11-27");
const period = { from: parseCalendarDate("2026-07-01"), to: parseCalendarDate("2026-12-31") };
const meta: SummaryMeta = { framework: "stppa2014", asOf, period };
const base = { author: "e-01", visibility: "family" as const };
const a = (id: string, child: string, date: string, indicator: string, level: string, visibility: "family" | "staff" = "family") =>
  ({ ...base, kind: "assessment", id, child, date, indicator, level, visibility }) as ObservationInput;
const l = (id: string, child: string, date: string, activity: string, stage: "presented" | "practicing" | "mastered") =>
  ({ ...base, kind: "lesson", id, child, date, activity, stage }) as ObservationInput;

const consent = (aggregateStatistics: boolean) => ({ photos: true, shareWithFamilyApps: true, aggregateStatistics });

/**
 * Ayu and Bima (48-60), Dian (60-72) are counted; Citra has no consent for statistics, Eka left
 * before asOf, Fajar enrols after it.
 */
function scenario(): Centre {
  const doc = tinyCentreInput();
  const centre = parseCentre({
    ...doc,
    children: [
      ...doc.children,
      { id: "c-004", name: "Dian Kusuma", birthDate: "2021-03-10", group: "g-45", enrolledOn: "2025-07-14", consent: consent(true) },
      { id: "c-005", name: "Eka Saputra", birthDate: "2022-01-05", group: "g-45", enrolledOn: "2025-07-14", leftOn: "2026-10-01", consent: consent(true) },
      { id: "c-006", name: "Fajar Nugroho", birthDate: "2022-01-06", group: "g-45", enrolledOn: "2026-12-01", consent: consent(true) },
    ],
    journal: { schemaVersion: 1, entries: [] },
  });
  return record(centre, [
    a("p-1", "c-001", "2026-06-15", "stppa2014.48-60.kog.c.3", "BB"),
    a("s-1", "c-001", "2026-10-15", "stppa2014.48-60.kog.c.3", "BSH"),
    a("s-2", "c-001", "2026-10-20", "stppa2014.48-60.kog.c.1", "BSB"),
    a("s-3", "c-001", "2026-11-02", "stppa2014.48-60.kog.b.5", "BB"),
    a("s-4", "c-001", "2026-08-10", "stppa2014.48-60.nam.a.3", "BSH"),
    a("s-5", "c-001", "2026-11-10", "stppa2014.48-60.nam.a.3", "BB", "staff"),
    a("s-6", "c-001", "2026-12-20", "stppa2014.48-60.fm.a.1", "BB"),
    l("s-7", "c-001", "2026-09-02", "mont.sensorial.pink-tower", "presented"),
    l("s-8", "c-001", "2026-09-09", "mont.sensorial.pink-tower", "practicing"),
    a("b-1", "c-002", "2026-11-01", "stppa2014.48-60.kog.a.1", "BSB"),
    { ...base, kind: "retraction", id: "b-2", child: "c-002", date: "2026-11-02", target: "b-1" },
    a("b-3", "c-002", "2026-11-02", "stppa2014.48-60.bhs.a.1", "BB"),
    {
      ...base,
      kind: "correction",
      id: "b-4",
      child: "c-002",
      date: "2026-11-03",
      target: "b-3",
      replacement: { ...base, kind: "assessment", date: "2026-11-02", indicator: "stppa2014.48-60.bhs.a.1", level: "BSH" },
    },
    l("c-1", "c-003", "2026-09-02", "mont.practical-life.spooning", "presented"),
    a("d-1", "c-004", "2026-09-01", "stppa2014.48-60.kog.c.4", "MB"),
    a("d-2", "c-004", "2026-09-01", "stppa2014.60-72.kog.c.1", "BSH"),
    l("e-1", "c-005", "2026-09-02", "mont.practical-life.spooning", "mastered"),
  ] as ObservationInput[]);
}

const nonZero = (s: Summary) =>
  Object.fromEntries(
    summaryRows(s)
      .filter((r) => r.count > 0 && r.dimension !== "centres")
      .map((r) => [[r.dimension, r.aspect, r.band, r.area, r.stage, r.level, r.kind].filter(Boolean).join("/"), r.count]),
  );

describe("summarize: a hand-computed scenario", () => {
  const centre = deepFreeze(scenario());
  const summary = summarize(centre, { asOf, period });

  it("counts exactly the consenting children enrolled on asOf, with the report's rules", () => {
    const notObserved = Object.fromEntries(["nam", "fm", "kog", "bhs", "sosem", "seni"].map((x) => [`concerns/${x}/not-observed`, 3]));
    expect(nonZero(summary)).toEqual({
      "children/48-60": 2,
      "children/60-72": 1,
      // Ayu: kog.c.3 BSH (the earlier BB is superseded), kog.c.1 BSB, kog.b.5 BB; the staff-only
      // BB of nam.a.3 is the latest; fm.a.1 is dated after asOf and does not count.
      "levels/kog/48-60/BB": 1,
      "levels/kog/48-60/BSH": 1,
      "levels/kog/48-60/BSB": 1,
      "levels/nam/48-60/BB": 1,
      // Bima: the retracted BSB is gone, the corrected BB counts as BSH.
      "levels/bhs/48-60/BSH": 1,
      "levels/kog/60-72/BSH": 1,
      "lessons/sensorial/practicing": 1,
      "concerns/kog/still-bb": 1,
      "concerns/nam/still-bb": 1,
      // Dian's MB on a 48-60 indicator.
      "concerns/kog/earlier-band": 1,
      ...notObserved,
    });
    expect(summary.centres).toBe(1);
    expect(summary).toMatchObject({ format: "tumbuh.summary", version: 1, framework: "stppa2014", asOf, period });
  });

  it("has every cell of the framework, zeros included", () => {
    expect(Object.keys(summary.children)).toEqual(["0-3", "3-6", "6-9", "9-12", "12-18", "18-24", "24-36", "36-48", "48-60", "60-72", "none"]);
    expect(Object.keys(summary.levels)).toEqual(["nam", "fm", "kog", "bhs", "sosem", "seni"]);
    expect(Object.keys(summary.levels.kog ?? {})).toEqual(["48-60", "60-72"]);
    expect(summary.levels.fm?.["0-3"]).toEqual({ BB: 0, MB: 0, BSH: 0, BSB: 0 });
    expect(Object.keys(summary.lessons)).toEqual(["practical-life", "sensorial", "language", "mathematics", "culture"]);
    expect(summary.concerns.seni).toEqual({ "still-bb": 0, "not-observed": 3, "earlier-band": 0 });
  });

  it("raises no still-bb or not-observed concerns before two thirds of the period", () => {
    const early = summarize(centre, { asOf: parseCalendarDate("2026-09-30"), period });
    const kinds = summaryRows(early).filter((r) => r.dimension === "concerns" && r.count > 0).map((r) => r.kind);
    expect(new Set(kinds)).toEqual(new Set(["earlier-band"]));
  });

  it("counts a child who leaves on asOf, but not one who left the day before", () => {
    const on = summarize(centre, { asOf: parseCalendarDate("2026-10-01"), period });
    const after = summarize(centre, { asOf: parseCalendarDate("2026-10-02"), period });
    expect(on.lessons["practical-life"]?.mastered).toBe(1);
    expect(after.lessons["practical-life"]?.mastered).toBe(0);
  });

  it("contains no child's id or name", () => {
    const text = JSON.stringify(summary) + summaryRowsCsv(summary);
    for (const child of centre.children) {
      expect(text).not.toContain(child.id);
      expect(text).not.toContain(child.name);
      for (const part of child.name.split(" ")) expect(text).not.toContain(part);
    }
  });

  it("does not count a child whose family did not consent, whatever was recorded", () => {
    const withCitra = parseCentre({
      ...centre,
      children: centre.children.map((c) => (c.id === "c-003" ? { ...c, consent: consent(true) } : c)),
    });
    const more = summarize(withCitra, { asOf, period });
    expect(more.children["24-36"]).toBe(1);
    expect(more.lessons["practical-life"]?.presented).toBe(1);
    expect(summary.children["24-36"]).toBe(0);
    expect(summary.lessons["practical-life"]?.presented).toBe(0);
  });

  it("rejects unknown and non-STPPA frameworks and a period that ends before it starts", () => {
    expect(() => summarize(centre, { asOf, period, framework: "nope" })).toThrow(ValidationError);
    expect(() => summarize(centre, { asOf, period, framework: "merdeka-cp" })).toThrow(/cp framework/);
    expect(() => summarize(centre, { asOf, period: { from: period.to, to: period.from } })).toThrow(ValidationError);
  });
});

const samples = [11, 12, 13, 14, 15].map((seed, i) => deepFreeze(createSampleCentre({ seed, children: 20 + 5 * i, weeks: 10 })));
const sampleSummaries = samples.map((c) => summarize(c, { asOf, period }));

describe("summarize on sample centres", () => {
  it("is the sum of the staff progress reports of the counted children", () => {
    const centre = samples[2]!;
    const expected = new Map<string, number>();
    const bump = (key: string, n = 1) => n > 0 && expected.set(key, (expected.get(key) ?? 0) + n);
    for (const child of centre.children) {
      if (!child.consent.aggregateStatistics) continue;
      const r = progressReport(centre, child.id, { asOf, period });
      const band = r.band?.id ?? "none";
      bump(`children/${band}`);
      // A band without STPPA text reports on the CP and CDC milestones (basis cp-cdc): those
      // sections are not STPPA aspects, and summaries count STPPA aspects only.
      const stppaSections = r.basis === "cp-cdc" ? [] : r.sections;
      for (const s of stppaSections) for (const [level, n] of Object.entries(s.distribution)) bump(`levels/${s.id}/${band}/${level}`, n);
      for (const area of r.montessori.areas) for (const stage of ["presented", "practicing", "mastered"] as const) bump(`lessons/${area.area}/${stage}`, area[stage]);
      // Summaries count the three concern kinds of the assessment rules (not milestones or screenings).
      // A report on the CP (a band without STPPA text) raises still-BB / not-observed on its CP
      // items, which summaries do not count; earlier-band concerns are on STPPA items either way.
      const counted = r.concerns.filter((c) => c.kind === "earlier-band" || (r.basis !== "cp-cdc" && (c.kind === "still-bb" || c.kind === "not-observed")));
      const kinds = new Set(counted.map((c) => `concerns/${c.section}/${c.kind}`));
      for (const k of kinds) bump(k);
      // Nutrition status: the latest measurement in the period with a weight (BB/U), with a
      // length/height (PB/U, TB/U) and with both (BB/PB, BB/TB, IMT/U); flagged z-scores left out.
      const end = r.asOf < period.to ? r.asOf : period.to;
      const inPeriod = r.growthStatus.measurements.filter((m) => m.date >= period.from && m.date <= end);
      const latestWith = (has: (m: (typeof inPeriod)[number]) => boolean) => inPeriod.filter(has).at(-1);
      const reads = [
        [latestWith((m) => m.weightKg !== null), ["wfa"]],
        [latestWith((m) => m.heightCm !== null), ["lhfa"]],
        [latestWith((m) => m.weightKg !== null && m.heightCm !== null), ["wflh", "bmifa"]],
      ] as const;
      for (const [m, indices] of reads) {
        for (const index of indices) {
          const z = m?.[index];
          if (z && z.table !== "" && !z.flagged) bump(`nutrition/${band}/${z.category}/${z.table}`);
        }
      }
    }
    expect([...expected.keys()].some((k) => k.startsWith("nutrition/"))).toBe(true);
    expect(nonZero(sampleSummaries[2]!)).toEqual(Object.fromEntries(expected));
    expect(centre.children.some((c) => !c.consent.aggregateStatistics)).toBe(true);
  });

  it("is deterministic and round-trips through JSON and rows", () => {
    const s = sampleSummaries[0]!;
    expect(JSON.stringify(summarize(samples[0]!, { asOf, period }))).toBe(JSON.stringify(s));
    expect(parseSummary(JSON.stringify(s))).toEqual(s);
    expect(SummarySchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(summaryFromRows(meta, summaryRows(s))).toEqual(s);
  });

  it("contains no child's id, name or nickname", () => {
    samples.forEach((centre, i) => {
      const text = JSON.stringify(sampleSummaries[i]) + summaryRowsCsv(sampleSummaries[i]!);
      for (const child of centre.children) {
        expect(text).not.toContain(child.id);
        expect(text).not.toContain(child.name);
        if (child.nickname) expect(text).not.toMatch(new RegExp(`\\b${child.nickname}\\b`));
      }
    });
  });

  it("moves a child's contribution when consent is withdrawn, and nothing else", () => {
    const centre = samples[1]!;
    const counted = centre.children.filter((c) => c.consent.aggregateStatistics);
    const someone = counted[3]!;
    const setConsent = (keep: (id: string) => boolean) =>
      parseCentre({ ...centre, children: centre.children.map((c) => ({ ...c, consent: { ...c.consent, aggregateStatistics: c.consent.aggregateStatistics && keep(c.id) } })) });
    const without = summarize(setConsent((id) => id !== someone.id), { asOf, period });
    const only = summarize(setConsent((id) => id === someone.id), { asOf, period });
    expect(Object.values(only.children).reduce((x, y) => x + y, 0)).toBe(1);
    expect(summaryRows(combineSummaries(without, only)).slice(1)).toEqual(summaryRows(sampleSummaries[1]!).slice(1));
  });
});

// ---- combine: a commutative monoid -------------------------------------------------------------

const KEYS = summaryRows(sampleSummaries[0]!).filter((r) => r.dimension !== "centres");
const countArb = fc.oneof({ weight: 3, arbitrary: fc.nat(12) }, { weight: 1, arbitrary: fc.nat(5000) });
/** Arbitrary summaries: a random subset of the cells of a real one, with random counts. */
const summaryArb: fc.Arbitrary<Summary> = fc
  .tuple(fc.subarray(KEYS), fc.array(countArb, { minLength: KEYS.length, maxLength: KEYS.length }), fc.nat(3))
  .map(([cells, counts, centres]) =>
    summaryFromRows(meta, [{ ...KEYS[0]!, dimension: "centres", band: "", count: centres }, ...cells.map((c, i) => ({ ...c, count: counts[i]! }))]),
  );
const sampleArb = fc.constantFrom(...sampleSummaries);
const anySummary = fc.oneof(sampleArb, summaryArb);
const json = (s: Summary) => JSON.stringify(s);

describe("combineSummaries", () => {
  fcTest.prop([anySummary, anySummary], { numRuns: 50 })("is commutative", (x, y) => {
    expect(json(combineSummaries(x, y))).toBe(json(combineSummaries(y, x)));
  });

  fcTest.prop([anySummary, anySummary, anySummary], { numRuns: 50 })("is associative", (x, y, z) => {
    const left = combineSummaries(combineSummaries(x, y), z);
    expect(json(left)).toBe(json(combineSummaries(x, combineSummaries(y, z))));
    expect(json(left)).toBe(json(combineSummaries(x, y, z)));
  });

  fcTest.prop([anySummary])("has the empty summary as identity", (x) => {
    expect(json(combineSummaries(emptySummary(meta), x))).toBe(json(x));
    expect(json(combineSummaries(x, emptySummary(meta)))).toBe(json(x));
  });

  fcTest.prop([fc.array(sampleArb, { minLength: 1, maxLength: 6 }), fc.nat()], { numRuns: 50 })("adds up to the same total for any tree of centres", (list, cut) => {
    const flat = combineSummaries(emptySummary(meta), ...list);
    const i = cut % list.length;
    const tree = combineSummaries(combineSummaries(emptySummary(meta), ...list.slice(0, i)), combineSummaries(emptySummary(meta), ...list.slice(i).reverse()));
    expect(json(tree)).toBe(json(flat));
    expect(flat.centres).toBe(list.length);
    const sums = new Map<string, number>();
    const keyOf = (r: SummaryRow) => [r.dimension, r.band, r.aspect, r.area, r.stage, r.level, r.kind].join("/");
    for (const s of list) for (const r of summaryRows(s).slice(1)) sums.set(keyOf(r), (sums.get(keyOf(r)) ?? 0) + r.count);
    expect(new Map(summaryRows(flat).slice(1).map((r) => [keyOf(r), r.count]))).toEqual(sums);
  });

  it("does not change its inputs", () => {
    const x = deepFreeze(JSON.parse(json(sampleSummaries[0]!)) as Summary);
    const y = deepFreeze(JSON.parse(json(sampleSummaries[1]!)) as Summary);
    const before = json(x) + json(y);
    combineSummaries(x, y);
    expect(json(x) + json(y)).toBe(before);
  });

  it("refuses summaries of a different asOf, period or framework", () => {
    const s = sampleSummaries[0]!;
    const other = summarize(samples[1]!, { asOf: parseCalendarDate("2026-11-20"), period });
    expect(() => combineSummaries(s, other)).toThrow(ValidationError);
    try {
      combineSummaries(s, other);
    } catch (e) {
      expect((e as ValidationError).issues).toEqual([expect.objectContaining({ path: "summaries[1].asOf", code: "conflict" })]);
    }
    expect(() => combineSummaries(s, { ...s, period: { ...s.period, to: parseCalendarDate("2026-12-30") } })).toThrow(/period/);
  });
});

describe("summary rows", () => {
  it("are one row per cell plus the number of centres, with empty strings for unused keys", () => {
    const rows = summaryRows(sampleSummaries[0]!);
    expect(rows[0]).toEqual({ dimension: "centres", band: "", aspect: "", area: "", stage: "", level: "", kind: "", count: 1 });
    expect(rows).toContainEqual({ dimension: "levels", band: "48-60", aspect: "kog", area: "", stage: "", level: "BSH", kind: "", count: sampleSummaries[0]!.levels.kog?.["48-60"]?.BSH });
    expect(rows).toContainEqual({ dimension: "concerns", band: "", aspect: "fm", area: "", stage: "", level: "", kind: "still-bb", count: sampleSummaries[0]!.concerns.fm?.["still-bb"] });
    const csv = summaryRowsCsv(sampleSummaries[0]!).split("\n");
    expect(csv[0]).toBe("dimension,band,aspect,area,stage,level,kind,count");
    expect(csv[1]).toBe("centres,,,,,,,1");
    expect(csv).toHaveLength(rows.length + 2);
  });

  it("reject malformed rows", () => {
    const row = { dimension: "children", band: "48-60", aspect: "", area: "", stage: "", level: "", kind: "", count: 3 };
    expect(() => summaryFromRows(meta, [{ ...row, count: -1 }])).toThrow(ValidationError);
    expect(() => summaryFromRows(meta, [{ ...row, aspect: "kog" }])).toThrow(/leave aspect empty/);
    expect(() => summaryFromRows(meta, [{ ...row, dimension: "pupils" }])).toThrow(ValidationError);
    expect(() => summaryFromRows(meta, [{ ...row, band: "__proto__" }])).toThrow(ValidationError);
    expect(() => parseSummary(`{"children":{"__proto__":{}}}`)).toThrow(/__proto__/);
    expect(summaryFromRows(meta, [row, row]).children["48-60"]).toBe(6);
  });
});
