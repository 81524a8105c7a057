import { describe, expect, it } from "vitest";
import { checkCentre, createSampleCentre, dailyNote, daySheet, parseCentre, progressReport, ratioCheck, renderDailyNoteText, serializeCentre } from "../src/index.js";
import { referenceParseCentre } from "./helpers/reference-centre.js";

describe("the sample centre's care day", () => {
  const centre = createSampleCentre();
  const date = "2026-11-27";

  it("is a valid centre, read the same by the fast and the reference parser", () => {
    expect(checkCentre(centre)).toEqual([]);
    const text = serializeCentre(centre);
    expect(parseCentre(text)).toEqual(referenceParseCentre(text));
  });

  it("has infant and toddler day sheets with what a caregiver must see", () => {
    const infants = daySheet(centre, "g-12", date, "13:00");
    const toddlers = daySheet(centre, "g-23", date, "13:00");
    expect(infants.counts.here).toBeGreaterThan(5);
    expect(infants.counts.absent + toddlers.counts.absent).toBe(2);
    expect(infants.counts.dosesDue + toddlers.counts.dosesDue).toBe(1);
    const evening = [...daySheet(centre, "g-12", date).children, ...daySheet(centre, "g-23", date).children];
    expect(evening.filter((c) => c.unknownCollector !== null).map((c) => c.unknownCollector)).toEqual(["Om Heru (tetangga)"]);
    expect(ratioCheck(centre, "g-12", date).configured).toBe(true);
  });

  it("writes daily notes without staff-only entries, and a rapor with the parents' voice", () => {
    for (const child of centre.children.filter((c) => c.group === "g-12" || c.group === "g-23")) {
      const text = renderDailyNoteText(dailyNote(centre, child.id, date), "id");
      // The medicine request (the parent's form) is staff-only: its form reference never shows.
      expect(text).not.toContain("formulir-obat");
    }
    const withReflection = centre.children.find((c) => progressReport(centre, c.id, { asOf: date as never }).parentReflection.entries.length > 0);
    expect(withReflection).toBeDefined();
  });
});
