import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type Centre,
  checkCentre,
  correct,
  effectiveObservations,
  eraseChild,
  type Journal,
  mergeJournals,
  type Observation,
  ObservationSchema,
  parseCalendarDate,
  parseCentre,
  record,
  recordChecklist,
  recordLesson,
  retract,
  ValidationError,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";
import { tinyCentre, tinyCentreInput } from "./helpers/fixture.js";
import { errorOf } from "./helpers/errors.js";


describe("record", () => {
  it("appends one observation and leaves the input untouched", () => {
    const centre = deepFreeze(tinyCentre());
    const before = JSON.stringify(centre);
    const next = record(centre, {
      kind: "anecdote",
      id: "a-1",
      child: "c-001",
      date: "2026-10-05",
      author: "e-01",
      visibility: "family",
      text: "Ayu menyusun menara merah muda sendiri lalu menghitung kubusnya.",
      indicators: ["stppa2014.48-60.kog.c.1"],
    });
    expect(next.journal.entries).toHaveLength(centre.journal.entries.length + 1);
    expect(next.journal.entries.at(-1)?.id).toBe("a-1");
    expect(JSON.stringify(centre)).toBe(before);
    expect(next.children).toBe(centre.children);
  });

  it("records a group presentation for many children in one call", () => {
    const centre = deepFreeze(tinyCentre());
    const next = recordLesson(centre, {
      id: "pres-1",
      date: "2026-10-06",
      author: "e-01",
      visibility: "family",
      activity: "mont.sensorial.pink-tower",
      stage: "presented",
      children: ["c-001", "c-002"],
    });
    expect(next.journal.entries.slice(-2).map((e) => [e.id, e.child, e.kind])).toEqual([
      ["pres-1.c-001", "c-001", "lesson"],
      ["pres-1.c-002", "c-002", "lesson"],
    ]);
  });

  it("records a checklist for a whole group in one call", () => {
    const next = recordChecklist(tinyCentre(), {
      id: "ck-1",
      date: "2026-10-07",
      author: "e-01",
      visibility: "family",
      indicator: "stppa2014.48-60.nam.a.3",
      results: [
        { child: "c-001", level: "BSH" },
        { child: "c-002", level: "MB" },
      ],
    });
    const added = next.journal.entries.slice(-2);
    expect(added.map((e) => (e.kind === "assessment" ? e.level : undefined))).toEqual(["BSH", "MB"]);
  });

  it("rejects a bad batch whole, naming every bad field, and loses nothing", () => {
    const centre = deepFreeze(tinyCentre());
    const e = errorOf(() =>
      record(centre, [
        { kind: "lesson", id: "b-1", child: "c-001", date: "2026-10-06", author: "e-01", visibility: "family", activity: "mont.sensorial.pink-tower", stage: "presented" },
        { kind: "assessment", id: "b-2", child: "c-001", date: "2026-10-06", author: "e-01", visibility: "family", indicator: "stppa2014.48-60.kog.c.3", level: "BSHH" as "BSH" },
        { kind: "growth", id: "b-3", child: "c-002", date: "2026-10-06", author: "e-01", visibility: "staff", weightKg: -1 },
      ]),
    );
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      ["[1].level", "invalid_value"],
      ["[2].weightKg", "too_small"],
    ]);
    expect(centre.journal.entries).toHaveLength(3);
  });

  it("rejects duplicates, unknown children and dates before birth", () => {
    const centre = tinyCentre();
    const e = errorOf(() =>
      record(centre, [
        { kind: "lesson", id: "o-1", child: "c-001", date: "2026-10-06", author: "e-01", visibility: "family", activity: "mont.sensorial.pink-tower", stage: "presented" },
        { kind: "lesson", id: "n-1", child: "c-999", date: "2026-10-06", author: "e-01", visibility: "family", activity: "mont.sensorial.pink-tower", stage: "presented" },
        { kind: "lesson", id: "n-2", child: "c-003", date: "2024-02-28", author: "e-01", visibility: "family", activity: "mont.sensorial.pink-tower", stage: "presented" },
        { kind: "lesson", id: "n-2", child: "c-001", date: "2026-10-06", author: "e-01", visibility: "family", activity: "mont.sensorial.pink-tower", stage: "presented" },
      ]),
    );
    expect(e.issues).toEqual([
      { path: "[0].id", code: "duplicate_id", message: 'id "o-1" is already in the journal' },
      { path: "[1].child", code: "unknown_reference", message: 'unknown child "c-999"' },
      { path: "[2].date", code: "before_birth", message: "date 2024-02-28 is before the child's birth date 2024-02-29" },
      { path: "[3].id", code: "duplicate_id", message: 'id "n-2" appears twice in this batch' },
    ]);
  });
});

describe("retractions and corrections", () => {
  it("the effective view applies them; the raw log keeps everything", () => {
    let centre = tinyCentre();
    centre = retract(centre, { id: "r-1", target: "o-2", date: "2026-09-05", author: "e-01", note: "salah anak" });
    centre = correct(centre, {
      id: "f-1",
      target: "o-1",
      date: "2026-09-06",
      author: "e-01",
      replacement: { kind: "assessment", date: "2026-09-01", author: "e-01", visibility: "family", indicator: "stppa2014.48-60.kog.c.3", level: "BSH" },
    });
    expect(centre.journal.entries.map((e) => e.id)).toEqual(["o-1", "o-2", "o-3", "r-1", "f-1"]);
    const effective = effectiveObservations(centre.journal);
    expect(effective.map((e) => e.id)).toEqual(["o-1", "o-3"]);
    const o1 = effective[0]!;
    expect(o1.kind === "assessment" && o1.level).toBe("BSH");
    expect(o1.child).toBe("c-001");
  });

  it("rejects a correction that changes the kind, and a retraction of nothing", () => {
    const centre = tinyCentre();
    const e = errorOf(() =>
      correct(centre, {
        id: "f-1",
        target: "o-1",
        date: "2026-09-06",
        author: "e-01",
        replacement: { kind: "growth", date: "2026-09-01", author: "e-01", visibility: "staff", weightKg: 15 },
      }),
    );
    expect(e.issues).toEqual([{ path: "replacement.kind", code: "invalid_value", message: "replacement kind growth differs from the target's kind assessment" }]);
    expect(() => retract(centre, { id: "r-9", target: "nope", date: "2026-09-06", author: "e-01" })).toThrow(ValidationError);
  });

  it("the latest correction wins whatever the log order", () => {
    const centre = tinyCentre();
    const fix = (id: string, date: string, level: "BSH" | "BSB") =>
      ({ kind: "correction", id, child: "c-001", date, author: "e-01", visibility: "family", target: "o-1",
        replacement: { kind: "assessment", date: "2026-09-01", author: "e-01", visibility: "family", indicator: "stppa2014.48-60.kog.c.3", level } }) as const;
    const a = record(centre, [fix("f-2", "2026-09-10", "BSB"), fix("f-1", "2026-09-08", "BSH")]);
    const b = record(centre, [fix("f-1", "2026-09-08", "BSH"), fix("f-2", "2026-09-10", "BSB")]);
    const levelOf = (c: Centre) => {
      const o = effectiveObservations(c.journal).find((e) => e.id === "o-1");
      return o?.kind === "assessment" ? o.level : undefined;
    };
    expect(levelOf(a)).toBe("BSB");
    expect(levelOf(b)).toBe("BSB");
  });
});

describe("mergeJournals", () => {
  const obs = fc
    .record({
      id: fc.constantFrom("m-1", "m-2", "m-3", "m-4", "m-5", "m-6"),
      child: fc.constantFrom("c-001", "c-002"),
      day: fc.integer({ min: 1, max: 9 }),
      level: fc.constantFrom("BB", "MB", "BSH", "BSB" as const),
    })
    .map(
      (o) =>
        ObservationSchema.parse({
          kind: "assessment",
          id: o.id,
          child: o.child,
          date: `2026-10-0${o.day}`,
          author: "e-01",
          visibility: "family",
          indicator: "stppa2014.48-60.kog.c.3",
          level: o.level,
        }) as Observation,
    );
  const journal = fc.array(obs, { maxLength: 8 }).map((entries): Journal => {
    const seen = new Set<string>();
    return { schemaVersion: 1, entries: entries.filter((e) => !seen.has(e.id) && seen.add(e.id)) };
  });
  const norm = (j: Journal) => mergeJournals(j, { schemaVersion: 1, entries: [] }).journal;

  fcTest.prop([journal, journal])("is commutative", (a, b) => {
    expect(mergeJournals(a, b).journal).toEqual(mergeJournals(b, a).journal);
    expect(mergeJournals(a, b).conflicts.map((c) => c.id)).toEqual(mergeJournals(b, a).conflicts.map((c) => c.id));
  });
  fcTest.prop([journal, journal, journal])("is associative", (a, b, c) => {
    expect(mergeJournals(mergeJournals(a, b).journal, c).journal).toEqual(mergeJournals(a, mergeJournals(b, c).journal).journal);
  });
  fcTest.prop([journal, journal])("is idempotent", (a, b) => {
    const ab = mergeJournals(a, b).journal;
    expect(mergeJournals(a, a).journal).toEqual(norm(a));
    expect(mergeJournals(ab, b).journal).toEqual(ab);
    expect(mergeJournals(ab, ab).conflicts).toEqual([]);
  });
  fcTest.prop([journal, journal])("loses no record: every id of both is present, every differing version reported", (a, b) => {
    const { journal: m, conflicts } = mergeJournals(a, b);
    const ids = new Set(m.entries.map((e) => e.id));
    for (const e of [...a.entries, ...b.entries]) expect(ids.has(e.id)).toBe(true);
    for (const e of b.entries) {
      const other = a.entries.find((x) => x.id === e.id);
      if (other !== undefined && JSON.stringify(other) !== JSON.stringify(e)) {
        expect(conflicts.some((c) => c.id === e.id)).toBe(true);
      }
    }
  });

  it("reports the same id with different content with both versions", () => {
    const base = tinyCentre();
    const a = record(base, { kind: "lesson", id: "t-1", child: "c-001", date: "2026-10-06", author: "e-01", visibility: "family", activity: "mont.sensorial.pink-tower", stage: "presented" });
    const b = record(base, { kind: "lesson", id: "t-1", child: "c-001", date: "2026-10-06", author: "e-01", visibility: "family", activity: "mont.sensorial.pink-tower", stage: "practicing" });
    const { journal: merged, conflicts } = mergeJournals(a.journal, b.journal);
    expect(conflicts).toHaveLength(1);
    const stages = [conflicts[0]!.kept, conflicts[0]!.other].map((o) => (o.kind === "lesson" ? o.stage : ""));
    expect(stages.sort()).toEqual(["practicing", "presented"]);
    expect(merged.entries.filter((e) => e.id === "t-1")).toHaveLength(1);
  });
});

describe("eraseChild", () => {
  it("removes the child and every record about them, and returns what was removed", () => {
    const centre = deepFreeze(retract(tinyCentre(), { id: "r-1", target: "o-2", date: "2026-09-05", author: "e-01" }));
    const { centre: next, child, observations } = eraseChild(centre, "c-001");
    expect(child?.name).toBe("Ayu Lestari");
    expect(observations.map((o) => o.id)).toEqual(["o-1", "o-2", "r-1"]);
    expect(next.children.map((c) => c.id)).toEqual(["c-002", "c-003"]);
    expect(next.journal.entries.map((e) => e.id)).toEqual(["o-3"]);
    // The only trace is the tombstone (the pseudonymous id, no name, no content).
    expect(JSON.stringify({ ...next, journal: { ...next.journal, erased: undefined } })).not.toContain("c-001");
    expect(next.journal.erased).toEqual([{ child: "c-001" }]);
    expect(checkCentre(next)).toEqual([]);
  });
});

describe("checkCentre", () => {
  it("is empty for a consistent centre", () => {
    expect(checkCentre(tinyCentre(), { asOf: parseCalendarDate("2026-11-28") })).toEqual([]);
  });

  it("reports observations after asOf", () => {
    expect(checkCentre(tinyCentre(), { asOf: parseCalendarDate("2026-09-02") })).toEqual([
      { path: "journal.entries[2].date", code: "after_as_of", message: "date 2026-09-03 is after 2026-09-02" },
    ]);
  });

  it("reports prerequisite cycles in the centre's own activities", () => {
    const doc = tinyCentreInput();
    const activity = (id: string, prerequisites: string[]) => ({
      id,
      name: { id: id },
      area: "culture" as const,
      subArea: "geography",
      ageMonths: { from: 36, to: 72 },
      prerequisites,
      materials: [],
      directAims: [{ id: "mengenal" }],
      indirectAims: [],
      masterable: true,
      threePeriod: false,
      grouping: "individual" as const,
      maxChildren: 1,
      minutes: 10,
      parentExplanation: { id: "Contoh." },
      supports: [],
      origin: "centre" as const,
      sources: [],
    });
    const bad = { ...doc, curriculum: { ...doc.curriculum, activities: [activity("own.a", ["own.b"]), activity("own.b", ["own.a"])] } };
    const r = (() => {
      try {
        parseCentre(bad);
        return [];
      } catch (e) {
        return (e as ValidationError).issues;
      }
    })();
    expect(r).toEqual([{ path: "curriculum.activities[0].prerequisites", code: "cycle", message: "prerequisite cycle: own.a → own.b → own.a" }]);
  });
});
