import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type Centre, effectiveObservations, parseCalendarDate, progressReport, record, resolveCurriculum, retract } from "../src/index.js";
import { tinyCentre } from "./helpers/fixture.js";

const asOf = parseCalendarDate("2026-11-27");

describe("retract() keeps the retraction's note among staff", () => {
  it("makes a retraction staff-only even when its target is family-visible", () => {
    const centre = retract(tinyCentre(), { id: "r-1", target: "o-1", date: "2026-09-05", author: "e-01", note: "Salah anak: ini catatan Bima." });
    const r = centre.journal.entries.find((e) => e.id === "r-1")!;
    expect(centre.journal.entries.find((e) => e.id === "o-1")!.visibility).toBe("family");
    expect(r.visibility).toBe("staff");
    // The staff-only retraction still withdraws the family-visible target, for families too.
    expect(effectiveObservations(centre.journal).some((e) => e.id === "o-1")).toBe(false);
    const family = progressReport(centre, "c-001", { asOf, audience: "family" });
    expect(JSON.stringify(family)).not.toContain("Salah anak");
    expect(family.sections.flatMap((s) => s.items).find((i) => i.id === "stppa2014.48-60.kog.c.3")?.latest ?? null).toBeNull();
  });

  it("uses the visibility the caller gives", () => {
    const centre = retract(tinyCentre(), { id: "r-1", target: "o-1", date: "2026-09-05", author: "e-01", visibility: "family" });
    expect(centre.journal.entries.find((e) => e.id === "r-1")!.visibility).toBe("family");
  });
});

describe("a staff-only lesson does not show in the family report", () => {
  const activities = [...resolveCurriculum(tinyCentre()).activities.values()].filter((a) => a.ageMonths.from <= 60 && a.ageMonths.to >= 48);
  const lesson = (centre: Centre, id: string, activity: string, stage: "presented" | "practicing" | "mastered", visibility: "staff" | "family") =>
    record(centre, { kind: "lesson", id, child: "c-001", date: "2026-10-01", author: "e-01", visibility, activity, stage });

  fcTest.prop(
    [fc.constantFrom(...activities.map((a) => a.id)), fc.constantFrom("presented" as const, "practicing" as const, "mastered" as const), fc.boolean()],
    { numRuns: 40 },
  )("the family report is the one it would be without the staff-only lesson", (activity, stage, withFamilyLesson) => {
    let base = tinyCentre();
    // Sometimes a family-visible lesson on a prerequisite chain too, so readiness is in play.
    if (withFamilyLesson) base = lesson(base, "f-1", activities[0]!.id, "mastered", "family");
    const withStaff = lesson(base, "s-1", activity, stage, "staff");
    expect(progressReport(withStaff, "c-001", { asOf, audience: "family" })).toEqual(progressReport(base, "c-001", { asOf, audience: "family" }));
  });

  it("a staff-only mastered lesson does not unlock its follow-up in the family report's next lessons", () => {
    const curriculum = resolveCurriculum(tinyCentre());
    const follow = [...curriculum.activities.values()].find(
      (a) => a.prerequisites.length === 1 && a.ageMonths.from <= 54 && a.ageMonths.to >= 54 && curriculum.activities.get(a.prerequisites[0]!)?.masterable,
    )!;
    const withStaff = lesson(tinyCentre(), "s-1", follow.prerequisites[0]!, "mastered", "staff");
    const family = progressReport(withStaff, "c-001", { asOf, audience: "family", nextLessons: 500 });
    const clean = progressReport(tinyCentre(), "c-001", { asOf, audience: "family", nextLessons: 500 });
    expect(family.montessori.next).toEqual(clean.montessori.next);
  });
});
