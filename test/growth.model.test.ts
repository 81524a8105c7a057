import { describe, expect, it } from "vitest";
import { isExactObservation } from "../src/io/fast-observation.js";
import { type Centre, ChildSchema, type Observation, ObservationSchema, parseCentre, serializeCentre } from "../src/index.js";
import { tinyCentre } from "./helpers/fixture.js";

const growth = { kind: "growth", id: "o-g1", child: "c-001", date: "2026-11-03", author: "e-01", visibility: "staff", weightKg: 16.2, heightCm: 104.5 } as const;

describe("model: child sex and measurement position (both optional)", () => {
  it("a child may record jenis kelamin, and documents without it stay valid", () => {
    const child = tinyCentre().children[0]!;
    expect(ChildSchema.safeParse(child).success).toBe(true);
    expect(ChildSchema.parse({ ...child, sex: "female" }).sex).toBe("female");
    expect(ChildSchema.safeParse({ ...child, sex: "P" }).success).toBe(false);
  });

  it("a growth measurement may record how it was taken", () => {
    expect(ObservationSchema.parse({ ...growth, position: "standing" })).toEqual({ ...growth, position: "standing" });
    expect(ObservationSchema.safeParse({ ...growth, position: "sitting" }).success).toBe(false);
    expect(ObservationSchema.safeParse(growth).success).toBe(true);
  });

  it("the fast validation path accepts exactly what the schema accepts for position", () => {
    expect(isExactObservation({ ...growth, position: "lying" })).toBe(true);
    expect(isExactObservation({ ...growth, position: "sitting" })).toBe(false);
    expect(isExactObservation(growth)).toBe(true);
  });

  it("a centre with sexes and positions serializes and parses back unchanged", () => {
    const base = tinyCentre();
    const centre: Centre = {
      ...base,
      children: base.children.map((c) => ({ ...c, sex: "male" as const })),
      journal: { ...base.journal, entries: [...base.journal.entries, ObservationSchema.parse({ ...growth, position: "lying" }) as Observation] },
    };
    expect(parseCentre(JSON.parse(serializeCentre(centre)))).toEqual(centre);
  });
});
