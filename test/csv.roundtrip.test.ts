import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type Centre,
  type CentreInput,
  type CsvExportOptions,
  type ObservationInput,
  createSampleCentre,
  effectiveObservations,
  exportObservationsCsv,
  exportRosterCsv,
  importObservationsCsv,
  importRosterCsv,
  parseCentre,
  record,
} from "../src/index.js";
import { NameSchema } from "../src/model/common.js";
import { deepFreeze, edgyDate } from "./helpers/arbitraries.js";
import { tinyCentre, tinyCentreInput } from "./helpers/fixture.js";

const STYLES: readonly CsvExportOptions[] = [
  {},
  { excel: true },
  { language: "en" },
  { excel: true, language: "en" },
];

/**
 * Text that breaks CSV writers: separators, quotes, line breaks, formula starts, the list
 * separator and its escape, apostrophes, Indonesian words, emoji and combining marks. Cells are
 * trimmed on import, so the generated text has no white space at either end.
 */
const nastyText = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" }),
    fc.string({
      minLength: 1,
      maxLength: 12,
      unit: fc.constantFrom(";", ",", '"', "\n", "\r\n", "\r", "=", "+", "-", "@", "'", "\t", "|", "\\", " ", "a", "é", "Ayu", "anak-anak", "ñ", "👩🏽‍🏫", "e\u0301", "ق"),
    }),
  )
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const date = edgyDate.filter((d) => d >= "2024-02-29");
const INDICATORS = ["stppa2014.48-60.kog.c.3", "stppa2014.48-60.nam.a.3", "cp.jd.sosem", "cp.lms.literasi"] as const;
const ACTIVITIES = ["mont.sensorial.pink-tower", "mont.practical-life.spooning", "mont.language.sandpaper-letters"] as const;

const common = {
  child: fc.constantFrom("c-001", "c-002", "c-003"),
  date,
  author: fc.constant("e-01"),
  visibility: fc.constantFrom("staff" as const, "family" as const),
  note: optional(nastyText),
};

const observation: fc.Arbitrary<Omit<ObservationInput, "id">> = fc.oneof(
  fc.record(
    {
      kind: fc.constant("assessment" as const),
      ...common,
      indicator: fc.constantFrom(...INDICATORS),
      level: fc.constantFrom("BB", "MB", "BSH", "BSB", "belum-muncul", "sudah-muncul", "achieved", "not-yet", "not-sure"),
      context: optional(nastyText),
    },
    { requiredKeys: ["kind", "child", "date", "author", "visibility", "indicator", "level"] },
  ),
  fc.record(
    {
      kind: fc.constant("lesson" as const),
      ...common,
      activity: fc.constantFrom(...ACTIVITIES),
      stage: fc.constantFrom("presented" as const, "practicing" as const, "mastered" as const),
      threePeriodStage: optional(fc.constantFrom(1 as const, 2 as const, 3 as const)),
      variants: optional(fc.array(nastyText, { minLength: 1, maxLength: 4 })),
    },
    { requiredKeys: ["kind", "child", "date", "author", "visibility", "activity", "stage"] },
  ),
  fc.record(
    {
      kind: fc.constant("anecdote" as const),
      ...common,
      text: nastyText,
      indicators: fc.array(fc.constantFrom(...INDICATORS), { maxLength: 3 }),
    },
    { requiredKeys: ["kind", "child", "date", "author", "visibility", "text", "indicators"] },
  ),
  fc
    .record(
      {
        kind: fc.constant("growth" as const),
        ...common,
        weightKg: optional(fc.double({ min: 0.5, max: 60, noNaN: true })),
        heightCm: optional(fc.double({ min: 30, max: 150, noNaN: true })),
        headCircumferenceCm: optional(fc.double({ min: 25, max: 60, noNaN: true })),
      },
      { requiredKeys: ["kind", "child", "date", "author", "visibility"] },
    )
    .filter((g) => g.weightKg !== undefined || g.heightCm !== undefined || g.headCircumferenceCm !== undefined),
);

const observations = fc.array(observation, { maxLength: 25 }).map((list) => list.map((o, i) => ({ ...o, id: `p-${i}` }) as ObservationInput));

describe("observations: export → import", () => {
  fcTest.prop([observations, fc.constantFrom(...STYLES)], { numRuns: 150 })("gives back the same observations, and re-importing adds nothing", (list, style) => {
    const base = tinyCentre();
    const centre = deepFreeze(record(base, list));
    const text = exportObservationsCsv(centre, style);
    const into = importObservationsCsv(base, text);
    expect(into.problems).toEqual([]);
    expect([into.added, into.skipped]).toEqual([list.length, base.journal.entries.length]);
    expect(into.centre.journal.entries).toEqual(centre.journal.entries);
    const again = importObservationsCsv(centre, text);
    expect([again.added, again.skipped, again.problems]).toEqual([0, centre.journal.entries.length, []]);
    // Writing the imported journal again gives the same text.
    expect(exportObservationsCsv(into.centre, style)).toBe(text);
  });

  it("gives back the effective observations of the sample centre (corrections applied, retractions left out)", () => {
    const sample = createSampleCentre({ children: 30, weeks: 8 });
    const expected = effectiveObservations(sample.journal).filter((o) => ["assessment", "lesson", "anecdote", "growth"].includes(o.kind));
    const empty: Centre = { ...sample, journal: { schemaVersion: 1, entries: [] } };
    for (const style of STYLES) {
      const result = importObservationsCsv(empty, exportObservationsCsv(sample, style));
      expect(result.problems).toEqual([]);
      expect(result.added).toBe(expected.length);
      expect(result.centre.journal.entries).toEqual(expected);
    }
  });
});

type ChildInput = CentreInput["children"][number];

const child: fc.Arbitrary<Omit<ChildInput, "id">> = fc
  .record(
    {
      // Names follow NameSchema (no control or bidi characters, not blank); other texts stay nasty.
      name: nastyText.filter((s) => NameSchema.safeParse(s).success),
      nickname: optional(nastyText.filter((s) => NameSchema.safeParse(s).success)),
      birthDate: edgyDate,
      group: fc.constantFrom("g-45", "g-23"),
      enrolledOn: edgyDate,
      leftOn: optional(edgyDate),
      consent: fc.record(
        {
          photos: fc.boolean(),
          shareWithFamilyApps: fc.boolean(),
          aggregateStatistics: fc.boolean(),
          recordedOn: optional(edgyDate),
          givenBy: optional(nastyText),
        },
        { requiredKeys: ["photos", "shareWithFamilyApps", "aggregateStatistics"] },
      ),
    },
    { requiredKeys: ["name", "birthDate", "group", "enrolledOn", "consent"] },
  )
  .filter((c) => (c.leftOn === undefined || c.leftOn >= c.enrolledOn) && c.enrolledOn >= c.birthDate);

describe("roster: export → import", () => {
  fcTest.prop([fc.array(child, { maxLength: 20 }), fc.constantFrom(...STYLES)], { numRuns: 150 })(
    "gives back the same children, and re-importing adds nothing",
    (children, style) => {
      const input = tinyCentreInput();
      const centre = deepFreeze(
        parseCentre({ ...input, children: children.map((c, i) => ({ ...c, id: `k-${i}` })), journal: { schemaVersion: 1, entries: [] } }),
      );
      const empty = parseCentre({ ...input, children: [], journal: { schemaVersion: 1, entries: [] } });
      const text = exportRosterCsv(centre, style);
      const into = importRosterCsv(empty, text);
      expect(into.problems).toEqual([]);
      expect(into.centre.children).toEqual(centre.children);
      const again = importRosterCsv(centre, text);
      expect([again.added, again.skipped, again.problems]).toEqual([0, children.length, []]);
      expect(exportRosterCsv(into.centre, style)).toBe(text);
    },
  );

  it("gives back the sample centre's children", () => {
    const sample = createSampleCentre({ children: 60, weeks: 1 });
    for (const style of STYLES) {
      const result = importRosterCsv({ ...sample, children: [] }, exportRosterCsv(sample, style));
      expect(result.problems).toEqual([]);
      // The roster CSV has no columns for family members, collectors, allergies or diet (lists of
      // records, kept in the centre document): everything else comes back.
      const withoutCare = sample.children.map(({ family: _f, collectors: _c, allergies: _a, diet: _d, ...rest }) => rest);
      expect(result.centre.children).toEqual(withoutCare);
    }
  });
});
