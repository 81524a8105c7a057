import { describe, expectTypeOf, it } from "vitest";
import type { CalendarDate, Centre, ChildId, Observation } from "../src/index.js";
import { parseCalendarDate } from "../src/index.js";

describe("types", () => {
  it("brands dates and ids", () => {
    expectTypeOf(parseCalendarDate("2026-11-28")).toEqualTypeOf<CalendarDate>();
    expectTypeOf<string>().not.toMatchTypeOf<CalendarDate>();
    expectTypeOf<string>().not.toMatchTypeOf<ChildId>();
    expectTypeOf<ChildId>().toMatchTypeOf<string>();
  });
  it("makes the centre deeply readonly", () => {
    expectTypeOf<Centre["children"]>().toMatchTypeOf<readonly unknown[]>();
    // @ts-expect-error the journal cannot be pushed to
    ((c: Centre) => c.journal.entries.push({} as Observation))({} as Centre);
    // @ts-expect-error a child's name cannot be reassigned
    ((c: Centre) => { c.children[0]!.name = "x"; })({} as Centre);
  });
  it("discriminates observations by kind", () => {
    const f = (o: Observation) => (o.kind === "lesson" ? o.stage : o.kind === "assessment" ? o.level : null);
    expectTypeOf(f).returns.toEqualTypeOf<"presented" | "practicing" | "mastered" | "BB" | "MB" | "BSH" | "BSB" | "belum-muncul" | "sudah-muncul" | "achieved" | "not-yet" | "not-sure" | null>();
  });
});
