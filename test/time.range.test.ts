// The supported range of dates (1900-01-01 … 2999-12-31) is checked up front, everywhere a date
// comes in; walks over dates compare day numbers. Regression: `report --as-of 9999-12-27` looped
// forever, because a week walk reached "10000-01-03", which sorts before "9999-…" as text.
import { describe, expect, it } from "vitest";
import {
  CalendarDateSchema,
  ValidationError,
  createSampleCentre,
  isCalendarDate,
  parseCalendarDate,
  progressReport,
} from "../src/index.js";

describe("supported date range", () => {
  it.each(["1900-01-01", "2026-11-28", "2999-12-31"])("accepts %s", (d) => {
    expect(isCalendarDate(d)).toBe(true);
  });

  it.each(["9999-12-27", "9999-12-31", "3000-01-01", "1899-12-31", "1000-01-01"])("rejects %s with the range in the message", (d) => {
    expect(isCalendarDate(d)).toBe(false);
    expect(CalendarDateSchema.safeParse(d).success).toBe(false);
    try {
      parseCalendarDate(d);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const issue = (e as ValidationError).issues[0]!;
      expect(issue.code).toBe("invalid_date");
      expect(issue.message).toContain("1900-01-01");
      expect(issue.message).toContain("2999-12-31");
    }
  });

  it("a report at the last supported day finishes (the week walk compares numbers)", () => {
    const centre = createSampleCentre({ children: 2, seed: 7 });
    const child = centre.children[0]!;
    const report = progressReport(centre, child.id, { asOf: parseCalendarDate("2999-12-31") });
    expect(report.child.id).toBe(child.id);
  });

  it("a report asked for year 9999 is refused up front", () => {
    const centre = createSampleCentre({ children: 2, seed: 7 });
    expect(() => progressReport(centre, centre.children[0]!.id, { asOf: "9999-12-27" as never })).toThrow(ValidationError);
  });
});
