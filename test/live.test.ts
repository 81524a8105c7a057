import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type Centre,
  canonicalJson,
  checkObservations,
  createSampleCentre,
  eraseChild,
  mergeCentres,
  type ObservationInput,
  observationIds,
  parseCalendarDate,
  progressReport,
  record,
  recordChecklist,
  serializeCentre,
  ValidationError,
  weeklyPlan,
} from "../src/index.js";
import { liveState } from "../src/journal/live.js";
import { deepFreeze } from "./helpers/arbitraries.js";
import { errorOf } from "./helpers/errors.js";
import { tinyCentre } from "./helpers/fixture.js";

const asOf = parseCalendarDate("2026-11-27");

function growth(id: string, child = "c-001", author = "e-01"): ObservationInput {
  return { kind: "growth", id, child, date: "2026-11-02", author, visibility: "family", weightKg: 17.5 } as ObservationInput;
}

describe("record, live", () => {
  it("records a batch of 500 000 entries (it threw RangeError: Maximum call stack size exceeded above ~125 000)", () => {
    const centre = tinyCentre();
    const batch: ObservationInput[] = [];
    for (let i = 0; i < 500_000; i++) batch.push(growth(`g-${i}`));
    const next = record(centre, batch);
    expect(next.journal.entries.length).toBe(centre.journal.entries.length + 500_000);
    expect(next.journal.entries.at(-1)?.id).toBe("g-499999");
    // One bad entry anywhere rejects the batch with a ValidationError naming it, and keeps the centre.
    batch[321_987] = { ...batch[321_987]!, date: "2026-02-30" } as ObservationInput;
    const error = errorOf(() => record(next, batch));
    expect(error.issues.some((i) => i.path === "[321987].date")).toBe(true);
    expect(next.journal.entries.length).toBe(centre.journal.entries.length + 500_000);
  });

  it("never builds the whole entries array while an app records, reports and plans", () => {
    const sample = createSampleCentre({ seed: 5, children: 40, weeks: 10, asOf: "2026-11-27" });
    const child = sample.children[3]!;
    let c: Centre = record(sample, growth("first", child.id, sample.educators[0]!.id));
    for (let i = 0; i < 50; i++) {
      c = recordChecklist(c, {
        id: `ck-${i}`,
        date: "2026-11-27",
        author: c.educators[0]!.id,
        visibility: "family",
        indicator: "stppa2014.48-60.nam.a.1",
        results: c.children.filter((x) => x.group === child.group).map((x) => ({ child: x.id, level: "MB" as const })),
      });
      progressReport(c, child.id, { asOf });
      weeklyPlan(c, child.group, { week: "2026-11-30", asOf });
    }
    expect(liveState(c.journal).entries).toBeUndefined();
    // Reading entries builds them once, for that value only.
    expect(c.journal.entries.length).toBe(sample.journal.entries.length + 1 + 50 * c.children.filter((x) => x.group === child.group).length);
    expect(liveState(c.journal).entries).toBeDefined();
  });

  it("keeps a deep-frozen centre and its journal untouched", () => {
    const centre = deepFreeze(tinyCentre());
    const text = serializeCentre(centre);
    const a = record(centre, growth("a"));
    const b = record(a, growth("b"));
    const branch = record(a, growth("c"));
    expect(serializeCentre(centre)).toBe(text);
    expect(a.journal.entries.map((e) => e.id).slice(-1)).toEqual(["a"]);
    expect(b.journal.entries.map((e) => e.id).slice(-2)).toEqual(["a", "b"]);
    expect(branch.journal.entries.map((e) => e.id).slice(-2)).toEqual(["a", "c"]);
    expect(() => record(b, growth("a"))).toThrow(ValidationError);
    expect(record(branch, growth("b")).journal.entries.at(-1)?.id).toBe("b");
  });

  it("an erased child's ids and entries are gone for every later value", () => {
    const centre = record(tinyCentre(), [growth("x1"), growth("x2", "c-002")]);
    const { centre: erased, observations } = eraseChild(centre, "c-001");
    expect(observations.map((o) => o.id)).toContain("x1");
    expect(erased.journal.entries.some((e) => e.child === "c-001")).toBe(false);
    expect(erased.journal.entries.some((e) => e.id === "x2")).toBe(true);
    expect(centre.journal.entries.some((e) => e.id === "x1")).toBe(true);
    expect(JSON.parse(serializeCentre(erased)).journal.entries.some((e: { child: string }) => e.child === "c-001")).toBe(false);
  });
});

describe("checkObservations", () => {
  it("returns the parsed batch without recording it, or throws with every problem", () => {
    const centre = tinyCentre();
    const ok = checkObservations(centre, [growth("n1"), growth("n2")]);
    expect(ok.map((o) => o.id)).toEqual(["n1", "n2"]);
    expect(centre.journal.entries.some((e) => e.id === "n1")).toBe(false);
    const error = errorOf(() => checkObservations(centre, [growth("n1"), growth("n1"), { ...growth("n3"), child: "c-999" } as ObservationInput]));
    expect(error.issues.map((i) => `${i.path} ${i.code}`)).toEqual(["[1].id duplicate_id", "[2].child unknown_reference"]);
  });
});

describe("observationIds", () => {
  it("makes device-prefixed ids that two devices never share, and continues after a restart", () => {
    const a = observationIds("tab-a");
    const b = observationIds("tab-b");
    const ids = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      ids.add(a());
      ids.add(b());
    }
    expect(ids.size).toBe(2000);
    const centre = record(tinyCentre(), [growth("tab-a.7"), growth("tab-a.41.c-001"), growth("tab-b.99")]);
    expect(observationIds("tab-a", { after: centre })()).toBe("tab-a.42");
    expect(() => observationIds("bad device")).toThrow(ValidationError);
  });
});

describe("mergeCentres", () => {
  const tablet = tinyCentre();
  const enrolled: Centre = {
    ...tablet,
    children: [...tablet.children, { ...tablet.children[0]!, id: "c-new", name: "Anak Baru" }] as Centre["children"],
  };

  it("keeps a child enrolled on one tablet and observed there (mergeJournals alone gave an unknown child)", () => {
    const a = record(enrolled, growth("new-1", "c-new"));
    const b = record(tablet, growth("b-1"));
    const { centre, conflicts, issues } = mergeCentres(a, b);
    expect(centre.children.some((c) => c.id === "c-new")).toBe(true);
    expect(centre.journal.entries.map((e) => e.id)).toEqual(expect.arrayContaining(["new-1", "b-1"]));
    expect(conflicts).toEqual([]);
    expect(issues).toEqual([]);
  });

  it("keeps an erased child erased when an older copy is merged in (roster and journal)", () => {
    const a = record(enrolled, growth("new-1", "c-new"));
    const erased = eraseChild(a, "c-new").centre;
    for (const [x, y] of [[erased, a], [a, erased]] as const) {
      const result = mergeCentres(x, y);
      expect(result.centre.children.some((c) => c.id === "c-new")).toBe(false);
      expect(result.centre.journal.entries.some((e) => e.child === "c-new")).toBe(false);
      expect(result.droppedChildren).toBe(1);
      expect(result.dropped).toBe(1);
      expect(result.issues).toEqual([]);
    }
  });

  it("keeps the educators' attendance recorded on either tablet (for the ratio checks)", () => {
    const sample = createSampleCentre({ seed: 5, children: 12, weeks: 2, asOf: "2026-11-27" });
    const all = sample.educatorAttendance ?? [];
    expect(all.length).toBeGreaterThan(1);
    const a = { ...sample, educatorAttendance: all.slice(0, 1) } as Centre;
    const b = { ...sample, educatorAttendance: all.slice(1) } as Centre;
    const merged = mergeCentres(a, b).centre;
    expect([...(merged.educatorAttendance ?? [])].map((e) => e.id).sort()).toEqual(all.map((e) => e.id).sort());
    expect(mergeCentres(tablet, tablet).centre.educatorAttendance).toBeUndefined();
  });

  it("reports every version of a record edited on both tablets", () => {
    const renamedA = { ...tablet, children: tablet.children.map((c, i) => (i === 0 ? { ...c, nickname: "Ayu" } : c)) } as Centre;
    const renamedB = { ...tablet, children: tablet.children.map((c, i) => (i === 0 ? { ...c, nickname: "Yuyu" } : c)) } as Centre;
    const { centre, conflicts } = mergeCentres(renamedA, renamedB);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.collection).toBe("children");
    const versions = [conflicts[0]!.kept, ...conflicts[0]!.others].map((c) => (c as { nickname: string }).nickname).sort();
    expect(versions).toEqual(["Ayu", "Yuyu"]);
    expect(centre.children.find((c) => c.id === tablet.children[0]!.id)).toEqual(conflicts[0]!.kept);
  });

  // Copies of one centre that each enrolled, renamed and recorded something of their own.
  const copy = fc.record({ enrol: fc.boolean(), nickname: fc.constantFrom(undefined, "Ayu", "Yuyu"), records: fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 6 }), level: fc.constantFrom("BB", "MB") }).map((o) => {
    let c: Centre = o.enrol ? enrolled : tablet;
    if (o.nickname !== undefined) c = { ...c, children: c.children.map((ch, i) => (i === 0 ? { ...ch, nickname: o.nickname } : ch)) } as Centre;
    return record(
      c,
      o.records.map((n) => ({ kind: "assessment", id: `m-${n}`, child: "c-001", date: "2026-11-03", author: "e-01", visibility: "family", indicator: "stppa2014.48-60.nam.a.1", level: n % 2 === 0 ? o.level : "BSH" }) as ObservationInput),
    );
  });
  const same = (x: Centre, y: Centre): void => {
    expect(canonicalJson(JSON.parse(serializeCentre(x)))).toBe(canonicalJson(JSON.parse(serializeCentre(y))));
  };

  fcTest.prop([copy, copy])("is commutative", (a, b) => {
    same(mergeCentres(a, b).centre, mergeCentres(b, a).centre);
  });
  fcTest.prop([copy, copy, copy])("is associative", (a, b, c) => {
    same(mergeCentres(mergeCentres(a, b).centre, c).centre, mergeCentres(a, mergeCentres(b, c).centre).centre);
  });
  fcTest.prop([copy, copy])("is idempotent", (a, b) => {
    const ab = mergeCentres(a, b).centre;
    same(mergeCentres(ab, ab).centre, ab);
    same(mergeCentres(ab, b).centre, ab);
  });
});
