import { describe, expect, it } from "vitest";
import {
  ageInMonths,
  checkCentre,
  createSampleCentre,
  effectiveObservations,
  type LessonRecord,
  parseCalendarDate,
  parseCentre,
  resolveCurriculum,
  serializeCentre,
} from "../src/index.js";
// The name lists are fixture data of the sample module, not public API.
import { EDUCATOR_NAMES, GIVEN_NAMES, SECOND_NAMES } from "../src/sample/names.js";

const AS_OF = parseCalendarDate("2026-11-27");
const centre = createSampleCentre({ seed: 11, children: 80, weeks: 16, asOf: AS_OF });

describe("createSampleCentre", () => {
  it("is deterministic: the same options give byte-identical JSON", () => {
    const a = serializeCentre(createSampleCentre({ seed: 5, children: 25, weeks: 6, asOf: "2026-05-29" }));
    const b = serializeCentre(createSampleCentre({ seed: 5, children: 25, weeks: 6, asOf: "2026-05-29" }));
    expect(a).toBe(b);
    const other = serializeCentre(createSampleCentre({ seed: 6, children: 25, weeks: 6, asOf: "2026-05-29" }));
    expect(other).not.toBe(a);
  });

  it("has the requested number of children in five age groups from 1 to 6 years", () => {
    expect(centre.children).toHaveLength(80);
    expect(centre.groups).toHaveLength(5);
    const bands = new Map<string, Set<number>>();
    for (const child of centre.children) {
      const months = ageInMonths(child.birthDate, AS_OF);
      const band = Math.floor(months / 12);
      const set = bands.get(child.group) ?? new Set<number>();
      set.add(band);
      bands.set(child.group, set);
    }
    // Every group holds one year of age, and together they cover 1–2 … 5–6 years.
    for (const [group, years] of bands) expect([...years], group).toHaveLength(1);
    expect([...bands.values()].map((s) => [...s][0]).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("uses only made-up names from the sample name lists", () => {
    for (const child of centre.children) {
      const [given, second, ...rest] = child.name.split(" ");
      expect(rest, child.name).toEqual([]);
      expect(GIVEN_NAMES as readonly string[], child.name).toContain(given);
      expect(SECOND_NAMES as readonly string[], child.name).toContain(second);
      expect(child.nickname).toBe(given);
    }
    for (const educator of centre.educators) {
      expect(EDUCATOR_NAMES.some((n) => educator.name === n || educator.name.startsWith(`${n} `)), educator.name).toBe(true);
    }
  });

  it("passes checkCentre with asOf and reads back as a valid document", () => {
    expect(checkCentre(centre, { asOf: AS_OF })).toEqual([]);
    expect(parseCentre(serializeCentre(centre))).toEqual(centre);
  });

  it("has an inventory and a journal with every kind of record", () => {
    expect(centre.inventory.length).toBeGreaterThan(0);
    const kinds = new Set(centre.journal.entries.map((e) => e.kind));
    for (const kind of ["assessment", "lesson", "anecdote", "evidence", "growth", "retraction", "correction"]) {
      expect(kinds.has(kind as never), kind).toBe(true);
    }
    const dates = centre.journal.entries.map((e) => e.date);
    expect(dates.every((d) => d <= AS_OF)).toBe(true);
    expect(dates.some((d) => d < "2026-08-17")).toBe(true); // 16 weeks back from asOf
  });

  it("contains retractions and corrections that the effective journal applies", () => {
    const retractions = centre.journal.entries.filter((e) => e.kind === "retraction");
    const corrections = centre.journal.entries.filter((e) => e.kind === "correction");
    expect(retractions.length).toBeGreaterThan(0);
    expect(corrections.length).toBeGreaterThan(0);
    const effective = effectiveObservations(centre.journal);
    const ids = new Set(effective.map((o) => o.id));
    for (const r of retractions) if (r.kind === "retraction") expect(ids.has(r.target)).toBe(false);
    const byId = new Map(effective.map((o) => [o.id, o]));
    for (const c of corrections) {
      if (c.kind !== "correction" || c.replacement.kind !== "assessment") continue;
      expect(byId.get(c.target)).toMatchObject({ kind: "assessment", level: c.replacement.level });
    }
  });

  it("lessons follow the prerequisite graph in the effective journal", () => {
    const activities = resolveCurriculum(centre).activities;
    const lessons = effectiveObservations(centre.journal).filter((o): o is LessonRecord => o.kind === "lesson");
    const byChild = new Map<string, LessonRecord[]>();
    for (const l of lessons) byChild.set(l.child, [...(byChild.get(l.child) ?? []), l]);
    const violations: string[] = [];
    let presented = 0;
    for (const [child, records] of byChild) {
      for (const lesson of records) {
        if (lesson.stage !== "presented") continue;
        presented++;
        const activity = activities.get(lesson.activity);
        expect(activity, lesson.activity).toBeDefined();
        for (const p of activity!.prerequisites) {
          const prerequisite = activities.get(p)!;
          const met = records.some(
            (r) => r.activity === p && r.date <= lesson.date && (prerequisite.masterable ? r.stage === "mastered" : true),
          );
          if (!met) violations.push(`${child} ${lesson.date} ${lesson.activity} needs ${p}`);
        }
      }
    }
    expect(presented).toBeGreaterThan(100);
    expect(violations).toEqual([]);
  });

  it("presents lessons inside their age window", () => {
    const activities = resolveCurriculum(centre).activities;
    const births = new Map(centre.children.map((c) => [c.id, c.birthDate]));
    for (const o of effectiveObservations(centre.journal)) {
      if (o.kind !== "lesson" || o.stage !== "presented") continue;
      const a = activities.get(o.activity)!;
      const months = ageInMonths(births.get(o.child)!, o.date);
      // Ages are taken on the Monday of the week, so allow the days up to that week's Friday.
      expect(months, `${o.child} ${o.activity}`).toBeGreaterThanOrEqual(a.ageMonths.from);
      expect(months, `${o.child} ${o.activity}`).toBeLessThanOrEqual(a.ageMonths.to);
    }
  });

  it("scales to a large centre (2 000 children)", () => {
    const big = createSampleCentre({ seed: 3, children: 2000, weeks: 4, asOf: AS_OF });
    expect(big.children).toHaveLength(2000);
    expect(new Set(big.children.map((c) => c.id)).size).toBe(2000);
    expect(big.groups.length).toBeGreaterThanOrEqual(100);
    expect(big.journal.entries.length).toBeGreaterThan(2000 * 4);
    expect(checkCentre(big, { asOf: AS_OF })).toEqual([]);
  });
});
